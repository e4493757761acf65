//! Per-node classification before scoring: what is never content (scripts,
//! hidden nodes, navigation, share bars, newsletter and cookie boxes, ads,
//! comments) and what looks like a teaser box (related / recommended /
//! explore / most read), judged from tag names, attributes and class/id
//! vocabulary.

use html5ever::local_name;

use crate::dom::{Document, NodeData, NodeId};

/// What a node is to the body extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary node.
    Keep,
    /// Never part of the body (the whole subtree is skipped).
    Junk,
    /// Looks like a teaser box by its class/id or tag (`aside`): skipped in the
    /// body, examined for `related`.
    Teaser,
}

/// Class/id words (or word prefixes) that mark boilerplate containers.
const JUNK_WORDS: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "consent",
    "gdpr",
    "advert",
    "advertisement",
    "sponsor",
    "promo",
    "banner",
    "popup",
    "modal",
    "breadcrumb",
    "pagination",
    "pager",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "toolbar",
    "widget",
    "masthead",
    "skip-link",
    "outbrain",
    "taboola",
    "paywall",
    "byline",
    "author-bio",
    "author-box",
    "about-author",
    "bio-box",
    "tags",
    "tag-list",
    "taglist",
    "keywords",
    "rating",
    "print-only",
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "dateline",
    "timestamp",
    "follow",
    "donate",
    "app-download",
    "login",
    "meta-info",
    "article-meta",
    "post-meta",
    "entry-meta",
    "postmetadata",
    "caption-credit",
    "copyright",
    "credit",
    "photo-credit",
    "jump",
    "overlay",
    "lightbox",
    "carousel",
];

/// Short words that only count as whole class tokens ("ad" must not match
/// "header" or "read").
const JUNK_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "nav",
    "share",
    "tags",
    "meta",
    "print",
    "hide",
    "author",
    "date",
    "related-tags",
];

/// Class/id words that mark teaser boxes.
const TEASER_WORDS: &[&str] = &[
    "related",
    "recommend",
    "more-from",
    "morefrom",
    "more-stories",
    "more-articles",
    "more-news",
    "morestories",
    "read-more",
    "readmore",
    "read-next",
    "readnext",
    "explore",
    "most-read",
    "mostread",
    "most-popular",
    "mostpopular",
    "popular",
    "trending",
    "also-read",
    "alsoread",
    "teaser",
    "next-article",
    "you-may",
    "further-reading",
    "see-also",
    "recirc",
    "weitere",
    "empfehlung",
    "mehr-zum",
];

/// Class/id words that mark the article body (a positive class weight).
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose",
];

/// Lower-cased word tokens of an element's class and id: split at
/// non-alphanumerics and camelCase boundaries ("articleMeta-social" →
/// `article`, `meta`, `social`).
pub(crate) fn class_tokens(doc: &Document, id: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["class", "id"] {
        let Some(v) = doc.attr(id, attr) else {
            continue;
        };
        let mut cur = String::new();
        let mut prev_lower = false;
        for c in v.chars() {
            if c.is_alphanumeric() {
                if c.is_uppercase() && prev_lower && !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                cur.extend(c.to_lowercase());
            } else {
                prev_lower = false;
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

/// True when the tokens contain `word`: a single word matches a token equal
/// to it or, for words of four letters or more, a token starting with it
/// ("comments" for "comment"); a hyphenated word matches consecutive tokens.
fn has_word(tokens: &[String], word: &str) -> bool {
    if word.contains('-') {
        let parts: Vec<&str> = word.split('-').collect();
        return tokens.windows(parts.len()).any(|w| {
            w.iter().zip(&parts).enumerate().all(|(k, (t, p))| {
                if k + 1 == parts.len() {
                    t.starts_with(p)
                } else {
                    t == p
                }
            })
        });
    }
    tokens.iter().any(|t| {
        t == word || (word.len() >= 4 && t.starts_with(word) && !EXCEPTIONS.contains(&t.as_str()))
    })
}

/// Tokens that start like a junk word but are not junk.
const EXCEPTIONS: &[&str] = &[
    "commentary",
    "commentaries",
    "navy",
    "shared",
    "advertorial",
];

fn any_word(tokens: &[String], words: &[&str]) -> bool {
    words.iter().any(|w| has_word(tokens, w))
}

/// True when the class/id names the article body.
pub(crate) fn names_content(tokens: &[String]) -> bool {
    any_word(tokens, CONTENT_WORDS)
}

fn names_junk(tokens: &[String]) -> bool {
    any_word(tokens, JUNK_WORDS) || any_word(tokens, JUNK_TOKENS)
}

fn names_teaser(tokens: &[String]) -> bool {
    any_word(tokens, TEASER_WORDS)
}

/// Readability-style class weight: +25 for content words, -25 for junk and
/// teaser words.
pub(crate) fn class_weight(doc: &Document, id: NodeId) -> f32 {
    let tokens = class_tokens(doc, id);
    if tokens.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if names_junk(&tokens) || names_teaser(&tokens) {
        w -= 25.0;
    }
    if names_content(&tokens) {
        w += 25.0;
    }
    w
}

/// True when an inline `style` hides the element.
fn style_hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// The role of one element, ignoring its ancestors.
fn own_role(doc: &Document, id: NodeId) -> Role {
    let Some(el) = doc.element(id) else {
        return match doc.node(id).data {
            NodeData::Text(_) | NodeData::Document => Role::Keep,
            NodeData::Other => Role::Junk,
            NodeData::Element(_) => Role::Keep,
        };
    };
    if !el.html {
        return Role::Junk;
    }
    match el.name {
        local_name!("script")
        | local_name!("style")
        | local_name!("template")
        | local_name!("head")
        | local_name!("iframe")
        | local_name!("object")
        | local_name!("embed")
        | local_name!("select")
        | local_name!("textarea")
        | local_name!("button")
        | local_name!("input")
        | local_name!("nav")
        | local_name!("link")
        | local_name!("meta")
        | local_name!("dialog")
        | local_name!("canvas")
        | local_name!("audio")
        | local_name!("video")
        | local_name!("map")
        | local_name!("noscript") => return Role::Junk,
        local_name!("aside") => return Role::Teaser,
        _ => {}
    }
    if doc.attr(id, "hidden").is_some()
        || doc.attr(id, "aria-hidden") == Some("true")
        || doc.attr(id, "style").is_some_and(style_hides)
    {
        return Role::Junk;
    }
    if matches!(
        doc.attr(id, "role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "alert")
    ) {
        return Role::Junk;
    }
    if matches!(
        el.name,
        local_name!("body") | local_name!("html") | local_name!("main")
    ) {
        return Role::Keep;
    }
    let tokens = class_tokens(doc, id);
    if tokens.is_empty() {
        return Role::Keep;
    }
    if names_teaser(&tokens) {
        return Role::Teaser;
    }
    if names_junk(&tokens) && el.name != local_name!("article") {
        return Role::Junk;
    }
    Role::Keep
}

/// Roles of every node, inherited: a node inside a junk subtree is junk, a
/// node inside a teaser box is a teaser.
///
/// `protect` guards big containers: a node holding at least this many
/// characters of paragraph text is never junk or teaser by its class alone
/// (whole pages wrapped in `<form>` or in a div with a bad class name).
pub(crate) fn roles(doc: &Document, para_chars: &[u32], protect: u32) -> Vec<Role> {
    let n = doc.len();
    let mut roles = vec![Role::Keep; n];
    for i in 0..n {
        let id = NodeId(i as u32);
        let inherited = doc.parent(id).map_or(Role::Keep, |p| roles[p.index()]);
        if inherited == Role::Junk {
            roles[i] = Role::Junk;
            continue;
        }
        let own = own_role(doc, id);
        let own = match own {
            Role::Junk | Role::Teaser if para_chars[i] >= protect && is_soft(doc, id) => Role::Keep,
            r => r,
        };
        roles[i] = match (inherited, own) {
            (_, Role::Junk) => Role::Junk,
            (Role::Teaser, _) | (_, Role::Teaser) => Role::Teaser,
            _ => Role::Keep,
        };
    }
    roles
}

/// Classifications that a big text mass may override: class-based ones and
/// `aside`, but not scripts, hidden nodes or forms controls.
fn is_soft(doc: &Document, id: NodeId) -> bool {
    let Some(el) = doc.element(id) else {
        return false;
    };
    if !el.html
        || doc.attr(id, "hidden").is_some()
        || doc.attr(id, "style").is_some_and(style_hides)
    {
        return false;
    }
    if any_word(&class_tokens(doc, id), &["comment", "disqus"]) {
        return false;
    }
    !matches!(
        el.name,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("head")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("button")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role_of(html: &str, tag: &str) -> Role {
        let doc = Document::parse(html).unwrap();
        let zeros = vec![0; doc.len()];
        let roles = roles(&doc, &zeros, u32::MAX);
        let id = doc.elements_named(tag).next().unwrap();
        roles[id.index()]
    }

    #[test]
    fn vocabulary() {
        assert_eq!(
            role_of("<div class='share-bar'><p>x</p></div>", "p"),
            Role::Junk
        );
        assert_eq!(
            role_of("<div class='related-stories'><p>x</p></div>", "p"),
            Role::Teaser
        );
        assert_eq!(
            role_of("<div class='header-image'><p>x</p></div>", "p"),
            Role::Keep
        );
        assert_eq!(
            role_of("<div style='display: none'><p>x</p></div>", "p"),
            Role::Junk
        );
        assert_eq!(role_of("<nav><p>x</p></nav>", "p"), Role::Junk);
        assert_eq!(role_of("<div class='ad'><p>x</p></div>", "p"), Role::Junk);
        assert_eq!(role_of("<div class='read'><p>x</p></div>", "p"), Role::Keep);
    }
}
