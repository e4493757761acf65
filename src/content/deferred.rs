//! Article markup a page defers to a script: kept as raw text inside a
//! `<noscript>` or a `<script type="text/template">` in the element the
//! page marks as its article body, where the parser leaves it unparsed.
//!
//! A single-page application (a forum engine, a shop front) can defer the
//! whole page the same way: its visible body is an empty shell and one
//! `<noscript>` holds the page as served to crawlers. When no marked body
//! defers markup, the biggest such copy is read
//! ([`tuning::thread::MIN_DEFERRED_PAGE_MARKUP_BYTES`]).

use crate::dom::{Document, NodeId, marks_article_body};
use crate::tuning;

/// The deferred markup inside the first element marked as the article
/// body (`itemprop=articleBody`, `post-body` …), if any.
pub(super) fn body_markup(doc: &Document) -> Option<String> {
    let marked = doc
        .elements()
        .find(|&id| marks_article_body(doc, id))
        .and_then(|body| {
            doc.descendants(body)
                .filter(|&d| is_deferred(doc, d))
                .map(|d| raw_text(doc, d))
                .find(|m| m.len() >= tuning::MIN_DEFERRED_MARKUP_BYTES && m.contains('<'))
        });
    marked.or_else(|| page_markup(doc))
}

/// The biggest `<noscript>` copy of the page inside its `<body>`: markup
/// of at least `tuning::thread::MIN_DEFERRED_PAGE_MARKUP_BYTES` that holds
/// paragraphs or text blocks.
fn page_markup(doc: &Document) -> Option<String> {
    let body = doc.elements_named("body").next()?;
    doc.descendants(body)
        .filter(|&d| doc.is(d, "noscript"))
        .map(|d| raw_text(doc, d))
        .filter(|m| {
            m.len() >= tuning::thread::MIN_DEFERRED_PAGE_MARKUP_BYTES
                && (m.contains("<p") || m.contains("<div"))
        })
        .max_by_key(String::len)
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

    #[test]
    fn an_application_shell_defers_the_whole_page() {
        let story = "<div class='post'><p>A reply of the thread, long enough to count.</p></div>"
            .repeat(60);
        let html = format!(
            "<body><div id='app'></div><noscript>short</noscript>\
             <noscript><div id='main'>{story}</div></noscript></body>"
        );
        let doc = Document::parse(&html).unwrap();
        assert!(body_markup(&doc).is_some_and(|m| m.contains("id='main'")));
        // A tracking pixel is no page.
        let html = "<body><noscript><img src='/p.gif'></noscript></body>";
        assert_eq!(body_markup(&Document::parse(html).unwrap()), None);
    }
}
