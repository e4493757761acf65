//! CSS selectors on the [`Document`] arena: the `selectors` crate's matching
//! engine (the one Servo and `scraper` use) over our own node handles.
//!
//! Supported: type, universal, class, id, attribute selectors (`[a]`,
//! `[a=v]`, `[a~=v]`, `[a|=v]`, `[a^=v]`, `[a$=v]`, `[a*=v]`, `i` flag),
//! descendant / child / sibling combinators, `:not()`, `:is()`, `:where()`,
//! `:has()`, `:nth-child()`, `:nth-of-type()`, `:first-child`,
//! `:last-child`, `:only-child`, `:empty`, `:root`. Pseudo-elements and
//! state pseudo-classes (`:hover`) are rejected as errors. `:has()` looks at
//! most 1,024 levels below the document node (real pages nest far less), so
//! that no input can overflow the stack.
//!
//! ```
//! use newsprint::{Document, Selector};
//! let doc = Document::parse(
//!     "<article><p class='byline'>By A</p><div><p>one</p><p>two</p></div></article>",
//! )?;
//! let sel = Selector::parse("article > div p:nth-child(2)")?;
//! let hits = doc.select(&sel);
//! assert_eq!(hits.len(), 1);
//! assert_eq!(doc.text(hits[0]), "two");
//! assert_eq!(doc.select_first("p.byline").map(|p| doc.text(p)).as_deref(), Some("By A"));
//! assert!(Selector::parse("p[").is_err());
//! # Ok::<(), newsprint::Error>(())
//! ```

use std::borrow::Borrow;
use std::fmt;

use cssparser::ToCss;
use precomputed_hash::PrecomputedHash;
use selectors::attr::{AttrSelectorOperation, CaseSensitivity, NamespaceConstraint};
use selectors::bloom::BloomFilter;
use selectors::context::{
    MatchingContext, MatchingForInvalidation, MatchingMode, NeedsSelectorFlags, QuirksMode,
    SelectorCaches,
};
use selectors::matching::{ElementSelectorFlags, matches_selector_list};
use selectors::parser::{ParseRelative, SelectorParseErrorKind};
use selectors::{OpaqueElement, SelectorList};

use super::{Document, NodeData, NodeId};
use crate::{Error, Result};

mod glue;
use glue::*;

/// A compiled CSS selector list such as `"article .byline, .author a"`.
///
/// Cheap to clone, `Send + Sync`.
#[derive(Clone)]
pub struct Selector {
    source: String,
    list: SelectorList<Simple>,
    /// The lower-case tag names the list's selectors end in, when every one
    /// names its element's tag: a cheap test before the full match.
    rightmost_tags: Option<Vec<String>>,
}

impl fmt::Debug for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Selector").field(&self.source).finish()
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Selector {
    /// Compiles a selector list. Invalid or unsupported syntax gives
    /// [`Error::Selector`], never a panic.
    ///
    /// ```
    /// assert!(newsprint::Selector::parse("div.a > p:not(.b), h1").is_ok());
    /// let err = newsprint::Selector::parse("a::before").unwrap_err();
    /// assert!(matches!(err, newsprint::Error::Selector { .. }));
    /// ```
    pub fn parse(css: &str) -> Result<Selector> {
        let err = |reason: String| Error::Selector {
            selector: css.to_string(),
            reason,
        };
        if css.trim().is_empty() {
            return Err(err("empty selector".into()));
        }
        // The parser recurses into `:is(:not(…))`: bound the nesting first.
        let mut depth = 0usize;
        for c in css.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_NESTING {
                return Err(err(format!("nested deeper than {MAX_NESTING} levels")));
            }
        }
        let mut parser = cssparser::Parser::new(css);
        let list =
            SelectorList::parse(&SimpleParser, &mut parser, ParseRelative::No).map_err(|e| {
                err(match e.kind {
                    cssparser::ParseErrorKind::Basic(b) => format!("{b:?}"),
                    cssparser::ParseErrorKind::Custom(c) => format!("{c:?}"),
                })
            })?;
        let rightmost_tags = list
            .slice()
            .iter()
            .map(|complex| {
                complex.iter().find_map(|c| match c {
                    selectors::parser::Component::LocalName(l) => {
                        Some(l.lower_name.0.as_str().to_owned())
                    }
                    _ => None,
                })
            })
            .collect();
        Ok(Selector {
            source: css.to_string(),
            list,
            rightmost_tags,
        })
    }

    /// The selector text as given.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True when the node is an element that matches.
    ///
    /// ```
    /// let doc = newsprint::Document::parse("<p id=x class='a b'>t</p>")?;
    /// let p = doc.elements_named("p").next().unwrap();
    /// assert!(newsprint::Selector::parse("#x.b")?.matches(&doc, p));
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn matches(&self, doc: &Document, id: NodeId) -> bool {
        let mut caches = SelectorCaches::default();
        self.matches_cached(doc, id, &mut caches)
    }

    fn matches_cached(&self, doc: &Document, id: NodeId, caches: &mut SelectorCaches) -> bool {
        if id.index() >= doc.nodes.len() {
            return false;
        }
        let Some(el) = doc.element(id) else {
            return false;
        };
        if let Some(tags) = &self.rightmost_tags {
            let name: &str = &el.name;
            if !tags.iter().any(|t| t.eq_ignore_ascii_case(name)) {
                return false;
            }
        }
        let mut ctx = MatchingContext::new(
            MatchingMode::Normal,
            None,
            caches,
            QuirksMode::NoQuirks,
            NeedsSelectorFlags::No,
            MatchingForInvalidation::No,
        );
        matches_selector_list(&self.list, El { doc, id }, &mut ctx)
    }
}

impl Document {
    /// Elements matching `selector` within the subtree of `scope` (inclusive),
    /// in document order.
    ///
    /// ```
    /// let doc = newsprint::Document::parse("<div><p>a</p></div><p>b</p>")?;
    /// let div = doc.elements_named("div").next().unwrap();
    /// let p = newsprint::Selector::parse("p")?;
    /// assert_eq!(doc.select_in(div, &p).len(), 1);
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn select_in(&self, scope: NodeId, selector: &Selector) -> Vec<NodeId> {
        let mut caches = SelectorCaches::default();
        self.descendants(scope)
            .filter(|&n| selector.matches_cached(self, n, &mut caches))
            .collect()
    }

    /// Elements matching `selector` in the whole document.
    pub fn select(&self, selector: &Selector) -> Vec<NodeId> {
        self.select_in(self.root(), selector)
    }

    /// Elements matching `selector` within `scope`, lazily.
    pub(crate) fn select_iter<'a>(
        &'a self,
        scope: NodeId,
        selector: &'a Selector,
    ) -> impl Iterator<Item = NodeId> + 'a {
        let mut caches = SelectorCaches::default();
        self.descendants(scope)
            .filter(move |&n| selector.matches_cached(self, n, &mut caches))
    }

    /// The first element matching `selector` within `scope` (inclusive).
    pub fn select_first_in(&self, scope: NodeId, selector: &Selector) -> Option<NodeId> {
        let mut caches = SelectorCaches::default();
        self.descendants(scope)
            .find(|&n| selector.matches_cached(self, n, &mut caches))
    }

    /// The first element matching a selector given as text; `None` when
    /// nothing matches or the selector is invalid.
    pub fn select_first(&self, css: &str) -> Option<NodeId> {
        let sel = Selector::parse(css).ok()?;
        self.select_first_in(self.root(), &sel)
    }
}

impl Document {
    /// Every selector's matches within `scope`, in one pass: each element
    /// is tested only against the selectors whose rightmost id, class or
    /// tag it carries (the bucketing browsers use for style sheets).
    /// `out[i]` holds the matches of `selectors[i]` in document order.
    pub(crate) fn select_many(&self, scope: NodeId, selectors: &[&Selector]) -> Vec<Vec<NodeId>> {
        use selectors::matching::matches_selector;
        use selectors::parser::Component;
        use std::collections::HashMap;

        type Complex = selectors::parser::Selector<Simple>;
        let mut entries: Vec<(usize, &Complex)> = Vec::new();
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_class: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_tag: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut any: Vec<usize> = Vec::new();
        for (li, sel) in selectors.iter().enumerate() {
            for complex in sel.list.slice() {
                let e = entries.len();
                entries.push((li, complex));
                let (mut id, mut class, mut tag) = (None, None, None);
                for c in complex.iter() {
                    match c {
                        Component::ID(i) => id = Some(i.0.as_str()),
                        Component::Class(k) => class = class.or(Some(k.0.as_str())),
                        Component::LocalName(l) => tag = Some(l.lower_name.0.as_str()),
                        _ => {}
                    }
                }
                match (id, class, tag) {
                    (Some(i), ..) => by_id.entry(i).or_default().push(e),
                    (None, Some(k), _) => by_class.entry(k).or_default().push(e),
                    (None, None, Some(t)) => by_tag.entry(t).or_default().push(e),
                    _ => any.push(e),
                }
            }
        }
        let mut out: Vec<Vec<NodeId>> = vec![Vec::new(); selectors.len()];
        let mut caches = SelectorCaches::default();
        let mut candidates: Vec<usize> = Vec::new();
        for n in self.descendants(scope) {
            let Some(el) = self.element(n) else { continue };
            candidates.clear();
            candidates.extend_from_slice(&any);
            if let Some(v) = by_tag.get(&*el.name) {
                candidates.extend_from_slice(v);
            } else if el.name.bytes().any(|b| b.is_ascii_uppercase())
                && let Some(v) = by_tag.get(el.name.to_ascii_lowercase().as_str())
            {
                candidates.extend_from_slice(v);
            }
            if !by_id.is_empty()
                && let Some(v) = self.attr(n, "id").and_then(|i| by_id.get(i))
            {
                candidates.extend_from_slice(v);
            }
            if !by_class.is_empty()
                && let Some(classes) = self.attr(n, "class")
            {
                for c in classes.split_ascii_whitespace() {
                    if let Some(v) = by_class.get(c) {
                        candidates.extend_from_slice(v);
                    }
                }
            }
            if candidates.is_empty() {
                continue;
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &e in &candidates {
                let (li, complex) = entries[e];
                if out[li].last() == Some(&n) {
                    continue;
                }
                let mut ctx = MatchingContext::new(
                    MatchingMode::Normal,
                    None,
                    &mut caches,
                    QuirksMode::NoQuirks,
                    NeedsSelectorFlags::No,
                    MatchingForInvalidation::No,
                );
                if matches_selector(complex, 0, None, El { doc: self, id: n }, &mut ctx) {
                    out[li].push(n);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
