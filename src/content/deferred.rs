//! Article markup a page defers to a script: kept as raw text inside a
//! `<noscript>` or a `<script type="text/template">` in the element the
//! page marks as its article body, where the parser leaves it unparsed.

use crate::dom::{Document, NodeId, marks_article_body};
use crate::tuning;

/// The deferred markup inside the first element marked as the article
/// body (`itemprop=articleBody`, `post-body` …), if any.
pub(super) fn body_markup(doc: &Document) -> Option<String> {
    let body = doc.elements().find(|&id| marks_article_body(doc, id))?;
    doc.descendants(body)
        .filter(|&d| is_deferred(doc, d))
        .map(|d| raw_text(doc, d))
        .find(|m| m.len() >= tuning::MIN_DEFERRED_MARKUP_BYTES && m.contains('<'))
}

/// A `<noscript>`, or a script that holds a template rather than code.
fn is_deferred(doc: &Document, id: NodeId) -> bool {
    doc.is(id, "noscript")
        || (doc.is(id, "script")
            && doc
                .attr(id, "type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("text/template")))
}

fn raw_text(doc: &Document, id: NodeId) -> String {
    doc.children(id).filter_map(|c| doc.text_node(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_template_markup_in_the_marked_body_only() {
        let story = "<p>A paragraph of the story, long enough to count.</p>".repeat(12);
        let html = format!(
            "<div class='sidebar'><noscript>{story}</noscript></div>\
             <div itemprop='articleBody'><script type='text/template'>{story}</script></div>"
        );
        let doc = Document::parse(&html).unwrap();
        assert_eq!(body_markup(&doc).as_deref(), Some(story.as_str()));
        // Code in an ordinary script is not markup to read.
        let html = format!("<div class='post-body'><script>var s = '{story}';</script></div>");
        assert_eq!(body_markup(&Document::parse(&html).unwrap()), None);
    }
}
