//! Per-node classification before scoring: what is never content (scripts,
//! hidden nodes, navigation, share bars, newsletter and cookie boxes, ads,
//! comments) and what looks like a teaser box (related / recommended /
//! explore / most read), judged from tag names, attributes and class/id
//! vocabulary.

use std::collections::HashMap;

use html5ever::local_name;
use once_cell::sync::Lazy;

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

const JUNK: u8 = 1;
const TEASER: u8 = 2;
const CONTENT: u8 = 4;
const COMMENT: u8 = 8;

/// The class vocabulary as a map from word to `(categories matched by
/// prefix, categories matched only as a whole token)`. A word of four
/// letters or more matches tokens starting with it ("comments" for
/// "comment"); shorter words and [`JUNK_TOKENS`] match whole tokens only; a
/// hyphenated word matches two consecutive tokens.
static LEXICON: Lazy<HashMap<&'static str, (u8, u8)>> = Lazy::new(|| {
    let mut map: HashMap<&'static str, (u8, u8)> = HashMap::new();
    let mut add = |words: &[&'static str], bits: u8, exact_only: bool| {
        for &w in words {
            let e = map.entry(w).or_default();
            if exact_only || w.len() < 4 {
                e.1 |= bits;
            } else {
                e.0 |= bits;
            }
        }
    };
    add(JUNK_WORDS, JUNK, false);
    add(JUNK_TOKENS, JUNK, true);
    add(TEASER_WORDS, TEASER, false);
    add(CONTENT_WORDS, CONTENT, false);
    add(&["comment", "disqus"], COMMENT, false);
    map
});

/// Tokens that start like a junk word but are not junk.
const EXCEPTIONS: &[&str] = &[
    "commentary",
    "commentaries",
    "navy",
    "shared",
    "advertorial",
];

/// Categories of one token or token pair: whole-key and prefix matches.
fn lookup(key: &str, min_prefix: usize) -> u8 {
    let lex = &*LEXICON;
    let mut bits = lex.get(key).map_or(0, |&(p, e)| p | e);
    if EXCEPTIONS.contains(&key) {
        return bits;
    }
    // No lexicon word is longer than this: longer prefixes cannot match, and
    // stopping here keeps a huge class token linear, not quadratic.
    static MAX_WORD: Lazy<usize> = Lazy::new(|| LEXICON.keys().map(|k| k.len()).max().unwrap_or(0));
    for (l, _) in key.char_indices().skip(1) {
        if l > *MAX_WORD {
            break;
        }
        if l >= min_prefix.max(4)
            && let Some(&(p, _)) = lex.get(&key[..l])
        {
            bits |= p;
        }
    }
    bits
}

/// Category bits of a token list.
fn categorize(tokens: &[String]) -> u8 {
    let mut bits = 0;
    for (i, t) in tokens.iter().enumerate() {
        bits |= lookup(t, 0);
        if let Some(next) = tokens.get(i + 1) {
            let pair = format!("{t}-{next}");
            bits |= lookup(&pair, t.len() + 2);
        }
    }
    bits
}

/// What an element's class and id say, computed once per element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ClassFlags {
    pub junk: bool,
    pub teaser: bool,
    pub content: bool,
    pub comment: bool,
}

impl ClassFlags {
    /// Readability-style class weight: +25 for content words, -25 for junk
    /// and teaser words.
    pub(crate) fn weight(self) -> f32 {
        let mut w = 0.0;
        if self.junk || self.teaser {
            w -= 25.0;
        }
        if self.content {
            w += 25.0;
        }
        w
    }
}

/// Class flags of every node.
pub(crate) fn class_flags(doc: &Document) -> Vec<ClassFlags> {
    let mut out = vec![ClassFlags::default(); doc.len()];
    for (i, slot) in out.iter_mut().enumerate() {
        let id = NodeId(i as u32);
        if doc.element(id).is_none() {
            continue;
        }
        let tokens = class_tokens(doc, id);
        if tokens.is_empty() {
            continue;
        }
        let bits = categorize(&tokens);
        *slot = ClassFlags {
            junk: bits & JUNK != 0,
            teaser: bits & TEASER != 0,
            content: bits & CONTENT != 0,
            comment: bits & COMMENT != 0,
        };
    }
    out
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
fn own_role(doc: &Document, flags: &[ClassFlags], id: NodeId) -> Role {
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
    let f = flags[id.index()];
    if f.teaser {
        return Role::Teaser;
    }
    if f.junk && el.name != local_name!("article") {
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
pub(crate) fn roles(
    doc: &Document,
    flags: &[ClassFlags],
    para_chars: &[u32],
    protect: u32,
) -> Vec<Role> {
    let n = doc.len();
    let mut roles = vec![Role::Keep; n];
    for i in 0..n {
        let id = NodeId(i as u32);
        let inherited = doc.parent(id).map_or(Role::Keep, |p| roles[p.index()]);
        if inherited == Role::Junk {
            roles[i] = Role::Junk;
            continue;
        }
        let own = own_role(doc, flags, id);
        let own = match own {
            Role::Junk | Role::Teaser
                if para_chars[i] >= protect && !flags[i].comment && is_soft(doc, id) =>
            {
                Role::Keep
            }
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
        let roles = roles(&doc, &class_flags(&doc), &zeros, u32::MAX);
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
