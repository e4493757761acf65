//! Reader comments as data ([`Comment`]): each comment of the page's
//! comment section with its author, date, text and permalink. Comment
//! sections never reach the body (their class names make them junk); this
//! reads them instead of dropping them.
//!
//! A comment is an element marked as one: schema.org `Comment` microdata
//! (`itemtype=…/Comment`, `itemprop=comment`), an id like `comment-123`, or
//! the class `comment` (the markup of WordPress and most blog engines).
//! Replies nested in a comment are comments of their own; a comment's text
//! leaves them out.

use html5ever::local_name;
use url::Url;

use crate::dom::{Document, NodeId, normalize_space};
use crate::lexicon::{bylines, page_kinds};
use crate::parse::date::{date_start, find_date_in_text, parse_date};
use crate::parse::text::contains_ci;
use crate::parse::url::{UrlUse, resolve as resolve_url};
use crate::{Comment, tuning};

/// What one pass over the page's elements finds of its threads: the
/// elements marked as single comments, and how many containers are
/// marked as posts of a thread (read by `page_kind`).
pub(crate) struct ThreadMarks {
    comments: Vec<NodeId>,
    /// Containers whose class or id names a post, message, reply, answer
    /// or comment, counted up to a cap.
    pub posts: usize,
}

/// Cheap filter before the word comparisons: every post word (and every
/// `comment-123` id) is at least 4 bytes and starts with one of these
/// letters.
fn may_be_post_word(t: &str) -> bool {
    t.len() >= 4 && b"pmracbPMRACB".contains(&t.as_bytes()[0])
}

/// Scans the elements once (each element's attributes read once).
pub(crate) fn thread_marks(doc: &Document) -> ThreadMarks {
    let mut marks = ThreadMarks {
        comments: Vec::new(),
        posts: 0,
    };
    for id in doc.elements() {
        let Some(el) = doc.element(id) else { continue };
        if el.attrs.is_empty() {
            continue;
        }
        let (mut comment, mut post) = (false, false);
        for a in &el.attrs {
            let v = &*a.value;
            // Atoms compare as integers; their text needs a table lookup.
            match a.name.local {
                local_name!("class") => {
                    for t in v.split_ascii_whitespace().filter(|t| may_be_post_word(t)) {
                        comment |= t.eq_ignore_ascii_case("comment");
                        post |= page_kinds::POST_WORDS
                            .iter()
                            .any(|w| t.eq_ignore_ascii_case(w));
                    }
                }
                local_name!("id") if may_be_post_word(v) => {
                    post |= page_kinds::POST_WORDS
                        .iter()
                        .any(|w| v.eq_ignore_ascii_case(w));
                    comment |= v
                        .get(..7)
                        .is_some_and(|p| p.eq_ignore_ascii_case("comment"))
                        && v[7..]
                            .trim_start_matches(['-', '_'])
                            .bytes()
                            .all(|b| b.is_ascii_digit())
                        && v[7..].bytes().any(|b| b.is_ascii_digit());
                }
                local_name!("itemtype") => comment |= v.trim_end_matches('/').ends_with("/Comment"),
                local_name!("itemprop") => {
                    comment |= v.split_ascii_whitespace().any(|t| t == "comment")
                }
                _ => {}
            }
        }
        if comment && marks.comments.len() < tuning::MAX_COMMENTS {
            marks.comments.push(id);
        }
        if post && marks.posts < tuning::MAX_COUNTED_POSTS {
            marks.posts += 1;
        }
    }
    marks
}

/// The comments of the page, in page order.
pub(crate) fn comments(doc: &Document, marks: &ThreadMarks, base: Option<&Url>) -> Vec<Comment> {
    let items = &marks.comments;
    let mut out = Vec::new();
    for &item in items {
        // An "opinion" article marked `comment` holds the headline; a
        // comment form holds a text area.
        if doc
            .descendants(item)
            .any(|n| doc.is(n, "h1") || doc.is(n, "textarea") || doc.is(n, "form"))
        {
            continue;
        }
        // Replies inside this comment: their text is theirs.
        let nested: Vec<NodeId> = items
            .iter()
            .copied()
            .filter(|&o| o != item && doc.contains(item, o))
            .collect();
        let own = |n: NodeId| !nested.iter().any(|&o| doc.contains(o, n));
        let text = comment_text(doc, item, &own);
        if text.chars().count() < tuning::MIN_COMMENT_CHARS {
            continue;
        }
        out.push(Comment {
            author: author(doc, item, &own),
            published: date(doc, item, &own),
            text,
            url: permalink(doc, item, base),
        });
    }
    out
}

fn class_has(doc: &Document, id: NodeId, words: &[&str]) -> bool {
    doc.attr(id, "class")
        .is_some_and(|c| words.iter().any(|w| contains_ci(c, w)))
}

/// The comment's words: its marked text element (`comment-content`,
/// `itemprop=text`), else its paragraphs, else its own text.
fn comment_text(doc: &Document, item: NodeId, own: &dyn Fn(NodeId) -> bool) -> String {
    let marked = doc
        .descendants(item)
        .filter(|&n| own(n) && n != item)
        .find(|&n| {
            doc.attr(n, "itemprop") == Some("text")
                || class_has(
                    doc,
                    n,
                    &[
                        "comment-content",
                        "comment-text",
                        "comment-body-text",
                        "comment__text",
                        "comment-message",
                    ],
                )
        });
    if let Some(m) = marked {
        return normalize_space(&doc.text(m));
    }
    // Paragraphs that are one link ("Reply", a permalink) are controls.
    let lone_link = |p: NodeId, t: &str| {
        doc.descendants(p)
            .filter(|&n| doc.is(n, "a"))
            .any(|a| normalize_space(&doc.text(a)) == t)
    };
    let paragraphs: Vec<String> = doc
        .descendants(item)
        .filter(|&n| doc.is(n, "p") && own(n))
        .map(|p| (p, normalize_space(&doc.text(p))))
        .filter(|(p, t)| !t.is_empty() && !lone_link(*p, t))
        .map(|(_, t)| t)
        .collect();
    if !paragraphs.is_empty() {
        return paragraphs.join("\n\n");
    }
    String::new()
}

/// The commenter: an element marked as the author or name (`fn`,
/// `comment-author`, `itemprop=author`), its short text without "says:".
fn author(doc: &Document, item: NodeId, own: &dyn Fn(NodeId) -> bool) -> Option<String> {
    let node = doc
        .descendants(item)
        .filter(|&n| own(n) && n != item)
        .find(|&n| {
            matches!(doc.attr(n, "itemprop"), Some("author" | "creator"))
                || class_has(doc, n, &["author", "username", "user-name", "commenter"])
                || doc
                    .attr(n, "class")
                    .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == "fn"))
        })?;
    let mut name = normalize_space(&doc.text(node));
    // "Name · March 10, 2017 at 12:20": the date is not the name.
    if let Some(at) = date_start(&name) {
        name.truncate(at);
    }
    let mut name = name
        .trim_end_matches(|c: char| matches!(c, ':' | '·' | '|' | '-' | ',') || c.is_whitespace());
    let lower = name.to_lowercase();
    if let Some(verb) = bylines::COMMENTER_VERBS
        .iter()
        .find(|v| lower.ends_with(&format!(" {v}")))
    {
        name = name[..name.len() - verb.len() - 1].trim_end();
    }
    (!name.is_empty() && name.chars().count() <= tuning::MAX_COMMENT_AUTHOR_CHARS)
        .then(|| name.to_owned())
}

/// When the comment was written: its `<time datetime>`, else a date in an
/// element marked as its date or metadata.
fn date(doc: &Document, item: NodeId, own: &dyn Fn(NodeId) -> bool) -> Option<crate::PageDate> {
    let nodes: Vec<NodeId> = doc
        .descendants(item)
        .filter(|&n| own(n) && n != item)
        .collect();
    nodes
        .iter()
        .filter(|&&n| doc.is(n, "time"))
        .find_map(|&n| {
            doc.attr(n, "datetime")
                .and_then(parse_date)
                .or_else(|| find_date_in_text(&doc.text(n)))
        })
        .or_else(|| {
            nodes
                .iter()
                .filter(|&&n| class_has(doc, n, &["date", "time", "meta"]))
                .find_map(|&n| {
                    let t = normalize_space(&doc.text(n));
                    (t.len() <= 200).then(|| find_date_in_text(&t)).flatten()
                })
        })
}

/// The comment's own address: a link to `#comment…` inside it, else the
/// page address with the comment's id as fragment.
fn permalink(doc: &Document, item: NodeId, base: Option<&Url>) -> Option<String> {
    let linked = doc
        .descendants(item)
        .filter(|&n| doc.is(n, "a"))
        .filter_map(|n| doc.attr(n, "href"))
        .find(|h| h.contains("#comment"))
        .and_then(|h| resolve_url(base, h, UrlUse::Link));
    linked.or_else(|| {
        let id = doc.attr(item, "id")?.trim();
        let mut u = base?.clone();
        u.set_fragment(Some(id));
        Some(u.into())
    })
}
