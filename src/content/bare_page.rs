//! A bare page: a document that is nothing but its text — no navigation,
//! header, footer, sidebar or form around it, and a body that holds all
//! of its words. There is nothing on such a page to mistake for the
//! article, so the "no article" rule (`Error::NoArticle`) takes a short
//! bare page at its word: its text is its content. An error page (a
//! "404 Not Found" heading, "Access denied") is bare too, and stays no
//! article.

use html5ever::local_name as tag;

use crate::Article;
use crate::dom::{Document, NodeId, is_invisible_tag};
use crate::lexicon::page_lines::ERROR_PAGE_PHRASES;
use crate::parse::text::count_words;
use crate::tuning;

/// Whether the page is bare (see the module doc), given what was
/// extracted from it: its body and its title (the headline, left out of
/// the body, is part of what was taken).
pub(crate) fn is_bare(doc: &Document, article: &Article) -> bool {
    if article.word_count == 0 {
        return false;
    }
    let taken = article.word_count
        + article.title.as_deref().map_or(0, |t| {
            let (spaced, cjk) = count_words(t);
            spaced + cjk
        });
    words_taken_are_the_page(doc, taken)
}

/// Whether the page shows no chrome, holds at most a few words beyond
/// the `taken` ones, and is no error page.
fn words_taken_are_the_page(doc: &Document, taken: usize) -> bool {
    let mut page_words = 0;
    let mut first_line: Option<&str> = None;
    let title = doc.elements_named("title").next().map(|t| doc.text(t));
    let mut i = 0;
    while i < doc.len() {
        let id = NodeId(i as u32);
        if let Some(name) = doc.local_name(id) {
            match *name {
                // Page chrome: something besides the text.
                tag!("nav")
                | tag!("header")
                | tag!("footer")
                | tag!("aside")
                | tag!("form")
                | tag!("input")
                | tag!("select")
                | tag!("textarea")
                | tag!("button")
                | tag!("iframe") => return false,
                // Not shown (the head, scripts …): skipped whole.
                _ if is_invisible_tag(name) => {
                    i = doc.subtree_end(id);
                    continue;
                }
                _ => {}
            }
        } else if let Some(t) = doc.text_node(id) {
            let (spaced, cjk) = count_words(t);
            page_words += spaced + cjk;
            if first_line.is_none() && spaced + cjk > 0 {
                first_line = Some(t.trim());
            }
        }
        i += 1;
    }
    let whole = taken * tuning::BARE_PAGE_BODY_SHARE_DIVISOR
        >= page_words * (tuning::BARE_PAGE_BODY_SHARE_DIVISOR - 1);
    whole && !title.as_deref().is_some_and(is_error_line) && !first_line.is_some_and(is_error_line)
}

/// "404 Not Found", "Error 503", "Access denied": a line that reports a
/// failed request rather than content (case ignored). A status code
/// counts only on a short line, among its first words ("404 people came"
/// is a sentence, not a status).
fn is_error_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let status = |w: &str| {
        w.len() == 3
            && matches!(w.as_bytes()[0], b'4' | b'5')
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    let short = lower.split_whitespace().count() <= tuning::ERROR_LINE_MAX_WORDS;
    (short
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(status))
        || ERROR_PAGE_PHRASES.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bare(html: &str, taken_words: usize) -> bool {
        words_taken_are_the_page(&Document::parse(html).unwrap(), taken_words)
    }

    #[test]
    fn a_page_of_one_paragraph_is_bare() {
        assert!(bare(
            "<html><head><title>Notes</title></head><body><p>Short note here.</p></body></html>",
            3
        ));
    }

    #[test]
    fn navigation_or_a_form_is_page_chrome() {
        assert!(!bare(
            "<nav><a href=/>Home</a></nav><p>Short note here.</p>",
            3
        ));
        assert!(!bare(
            "<p>Please sign in.</p><form><input name=u><button>Go</button></form>",
            3
        ));
    }

    #[test]
    fn text_left_out_of_the_body_means_not_bare() {
        assert!(!bare(
            "<div>Menu Shop Cart Account Help</div><p>Short note here.</p>",
            3
        ));
    }

    #[test]
    fn error_pages_are_not_content() {
        let nginx = "<html><head><title>404 Not Found</title></head><body>\
            <center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>";
        assert!(!bare(nginx, 4));
        assert!(!bare(
            "<h1>Access denied</h1><p>You lack permission.</p>",
            5
        ));
        assert!(!bare("<p>Error 503: service unavailable</p>", 4));
    }

    #[test]
    fn numbers_that_are_not_a_status_do_not_matter() {
        assert!(bare("<p>404 people came to the fair this year.</p>", 8));
        assert!(bare("<p>Our 2024 report is out now.</p>", 6));
    }
}
