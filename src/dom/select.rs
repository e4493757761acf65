//! CSS selectors on the [`Document`] arena (the `selectors` crate's matching
//! engine over our own node handles).
//!
//! Placeholder until the selector adapter lands: parsing reports the selector
//! as unsupported.

use super::{Document, NodeId};
use crate::{Error, Result};

/// A compiled CSS selector list.
#[derive(Debug, Clone)]
pub struct Selector {
    _source: String,
}

impl Selector {
    /// Compiles a selector list such as `"article .byline, .author a"`.
    pub fn parse(css: &str) -> Result<Selector> {
        Err(Error::Selector {
            selector: css.to_string(),
            reason: "selectors are not implemented yet".into(),
        })
    }

    /// True when the element matches.
    pub fn matches(&self, _doc: &Document, _id: NodeId) -> bool {
        false
    }
}

impl Document {
    /// Elements matching `selector` within the subtree of `scope` (inclusive),
    /// in document order.
    pub fn select_in(&self, scope: NodeId, selector: &Selector) -> Vec<NodeId> {
        self.descendants(scope)
            .filter(|&n| self.element(n).is_some() && selector.matches(self, n))
            .collect()
    }

    /// Elements matching `selector` in the whole document.
    pub fn select(&self, selector: &Selector) -> Vec<NodeId> {
        self.select_in(self.root(), selector)
    }

    /// The first element matching a selector given as text; `None` when
    /// nothing matches or the selector is invalid.
    pub fn select_first(&self, css: &str) -> Option<NodeId> {
        let sel = Selector::parse(css).ok()?;
        self.descendants(self.root())
            .find(|&n| self.element(n).is_some() && sel.matches(self, n))
    }
}
