//! One pass over the document's elements, collecting everything the metadata
//! stage looks at: `<meta>` tags, `<title>`, `<h1>`s, `<link rel>`, JSON-LD
//! script text, `itemprop` microdata, `<time>` elements and visible
//! byline / date containers. Later stages only look things up here.

use std::borrow::Cow;

use html5ever::local_name;

use crate::dom::{Document, NodeId};
use crate::lexicon::class_names::{
    DENIES_BYLINE, DENIES_DATE, HEADER_CLASS_WORDS, SAYS_BYLINE, SAYS_DATE, SAYS_READING_TIME,
};
use crate::lexicon::{bylines, meta_keys};
use crate::parse::text::contains_ci;

/// Caps that keep hostile pages linear and cheap.
const MAX_H1: usize = 8;
const MAX_CANDIDATES: usize = 48;
/// Largest subtree (in nodes) whose text we read for a byline or date.
pub(crate) const MAX_SMALL_SUBTREE: usize = 60;

/// One `<meta>` key/value pair. `key` is lower case with `.` turned into `:`
/// ("DC.creator" → "dc:creator").
#[derive(Debug)]
pub(crate) struct MetaTag<'a> {
    pub key: Cow<'a, str>,
    pub value: &'a str,
    /// From a `property` attribute (stronger than `name` for the same key).
    pub property: bool,
}

/// `itemprop` microdata found in the page (first occurrences, document order).
#[derive(Debug, Default)]
pub(crate) struct ItemProps<'a> {
    /// `itemprop=headline` elements (the first few: a site banner may come first).
    pub headlines: Vec<NodeId>,
    pub authors: Vec<NodeId>,
    pub published: Option<&'a str>,
    pub published_node: Option<NodeId>,
    pub modified: Option<&'a str>,
    pub section: Option<NodeId>,
    pub description: Option<NodeId>,
}

/// Everything collected in the single pass.
#[derive(Debug, Default)]
pub(crate) struct Signals<'a> {
    pub metas: Vec<MetaTag<'a>>,
    pub title: Option<NodeId>,
    pub h1s: Vec<NodeId>,
    /// The first `<h2>`s (the headline of pages that keep `<h1>` for the
    /// logo or have none).
    pub h2s: Vec<NodeId>,
    pub html_lang: Option<&'a str>,
    pub canonical: Option<&'a str>,
    pub rel_author: Vec<NodeId>,
    /// Links to an author page (`/author/jane-doe/`), in document order.
    pub author_links: Vec<NodeId>,
    pub json_ld: Vec<NodeId>,
    pub item: ItemProps<'a>,
    /// `<time>` elements: (node, datetime attribute, has `pubdate`).
    pub times: Vec<(NodeId, Option<&'a str>, bool)>,
    /// Elements whose class/id names a byline or author.
    pub byline_nodes: Vec<NodeId>,
    /// Elements whose class/id names a date.
    pub date_nodes: Vec<NodeId>,
    /// Elements whose class/id names a reading time.
    pub reading_nodes: Vec<NodeId>,
}

impl<'a> Signals<'a> {
    /// Looks up a meta value: property-attribute values first, then name
    /// values; the first in document order within each kind.
    pub fn meta(&self, key: &str) -> Option<&'a str> {
        debug_assert!(is_known_key(key), "meta key {key} is never collected");
        let mut by_name = None;
        for m in &self.metas {
            if m.key == key && !m.value.trim().is_empty() {
                if m.property {
                    return Some(m.value);
                }
                by_name = by_name.or(Some(m.value));
            }
        }
        by_name
    }

    /// All values for a key (for repeated tags such as `article:tag`).
    pub fn meta_all<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'a str> + 's {
        debug_assert!(is_known_key(key), "meta key {key} is never collected");
        self.metas
            .iter()
            .filter(move |m| m.key == key && !m.value.trim().is_empty())
            .map(|m| m.value)
    }

    /// All values for a key from `property` attributes when there are any,
    /// else from `name` attributes (a page that states both means the same
    /// thing twice).
    pub fn meta_all_pref<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'a str> + 's {
        debug_assert!(is_known_key(key), "meta key {key} is never collected");
        let has_prop = self
            .metas
            .iter()
            .any(|m| m.key == key && m.property && !m.value.trim().is_empty());
        self.metas
            .iter()
            .filter(move |m| m.key == key && m.property == has_prop && !m.value.trim().is_empty())
            .map(|m| m.value)
    }

    /// The first key of `keys` that has a value.
    pub fn first_meta(&self, keys: &[&str]) -> Option<&'a str> {
        keys.iter().find_map(|k| self.meta(k))
    }
}

fn normalise_key(k: &str) -> Cow<'_, str> {
    // Most keys ("og:title") are already in normal form: no allocation.
    if !k.is_empty()
        && k.bytes()
            .all(|b| !b.is_ascii_uppercase() && b != b'.' && !b.is_ascii_whitespace())
        && !k.starts_with("dcterms:")
    {
        return Cow::Borrowed(k);
    }
    let mut s: String = k
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c == '.' {
                ':'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    // "dcterms:" and "dcterm:" are the same vocabulary.
    if let Some(rest) = s.strip_prefix("dcterms:") {
        s = format!("dcterm:{rest}");
    }
    Cow::Owned(s)
}

/// For every pair of lower-case bytes, 1 + the index of the group of
/// [`HEADER_CLASS_WORDS`] starting with that pair (0: no keyword starts
/// so). Groups list keyword indices, so a position of a class name costs
/// one table lookup.
struct PairIndex {
    table: Vec<u8>,
    groups: Vec<Vec<u8>>,
}

static PAIRS: once_cell::sync::Lazy<PairIndex> = once_cell::sync::Lazy::new(|| {
    let mut table = vec![0u8; 1 << 16];
    let mut groups: Vec<Vec<u8>> = Vec::new();
    for (i, (w, _)) in HEADER_CLASS_WORDS.iter().enumerate() {
        let b = w.as_bytes();
        let k = (usize::from(b[0]) << 8) | usize::from(b[1]);
        if table[k] == 0 {
            groups.push(Vec::new());
            table[k] = groups.len() as u8;
        }
        groups[usize::from(table[k]) - 1].push(i as u8);
    }
    PairIndex { table, groups }
});

/// The kinds of keyword in a class or id value (ASCII case-insensitive), in
/// one pass and without copying.
fn class_kinds(s: &str) -> u8 {
    let b = s.as_bytes();
    let idx = &*PAIRS;
    let mut found = 0;
    for i in 0..b.len().saturating_sub(1) {
        let k = (usize::from(b[i].to_ascii_lowercase()) << 8)
            | usize::from(b[i + 1].to_ascii_lowercase());
        let g = idx.table[k];
        if g == 0 {
            continue;
        }
        for &w in &idx.groups[usize::from(g) - 1] {
            let (word, kind) = HEADER_CLASS_WORDS[usize::from(w)];
            let word = word.as_bytes();
            if b.len() - i >= word.len() && b[i..i + word.len()].eq_ignore_ascii_case(word) {
                found |= kind;
            }
        }
    }
    found
}

/// True for links to an author's page: `…/author/jane-doe/`, `/autor/…`.
fn is_author_href(h: &str) -> bool {
    // Cheap test first: every link of the page comes through here.
    if !(h.contains("/aut") || h.contains("/Aut") || h.contains("/AUT")) {
        return false;
    }
    bylines::AUTHOR_PAGE_PATHS.iter().any(|p| contains_ci(h, p))
}

fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split_ascii_whitespace()
}

/// Collects the signals in one pass over the document.
pub(crate) fn collect(doc: &Document) -> Signals<'_> {
    let mut s = Signals::default();
    let mut class_memo: rustc_hash::FxHashMap<&str, u8> = rustc_hash::FxHashMap::default();
    let mut i = 0usize;
    let n = doc.len();
    while i < n {
        let id = NodeId(i as u32);
        i += 1;
        let Some(el) = doc.element(id) else { continue };
        if !el.html {
            // Nothing in <svg>/<math> is metadata; skip the subtree.
            i = doc.subtree_end(id);
            continue;
        }
        match el.name {
            local_name!("meta") => collect_meta(doc, id, &mut s),
            local_name!("title") => {
                if s.title.is_none() {
                    s.title = Some(id);
                }
            }
            local_name!("h1") => {
                if s.h1s.len() < MAX_H1 {
                    s.h1s.push(id);
                }
            }
            local_name!("h2") => {
                if s.h2s.len() < MAX_H1 {
                    s.h2s.push(id);
                }
            }
            local_name!("html") => {
                if s.html_lang.is_none() {
                    s.html_lang = doc.attr(id, "lang").or_else(|| doc.attr(id, "xml:lang"));
                }
            }
            local_name!("link") => {
                if let Some(rel) = doc.attr(id, "rel") {
                    if tokens(rel).any(|t| t.eq_ignore_ascii_case("canonical"))
                        && s.canonical.is_none()
                    {
                        s.canonical = doc.attr(id, "href");
                    }
                }
            }
            local_name!("script") => {
                if doc
                    .attr(id, "type")
                    .is_some_and(|t| contains_ci(t, "ld+json"))
                {
                    s.json_ld.push(id);
                }
                // Script content is never markup.
                i = doc.subtree_end(id);
                continue;
            }
            local_name!("style") | local_name!("template") | local_name!("noscript") => {
                i = doc.subtree_end(id);
                continue;
            }
            local_name!("time") => {
                if s.times.len() < MAX_CANDIDATES {
                    let dt = doc.attr(id, "datetime");
                    let pubdate = doc.attr(id, "pubdate").is_some();
                    s.times.push((id, dt, pubdate));
                }
            }
            local_name!("a") => {
                if s.rel_author.len() < MAX_CANDIDATES
                    && doc
                        .attr(id, "rel")
                        .is_some_and(|r| tokens(r).any(|t| t.eq_ignore_ascii_case("author")))
                {
                    s.rel_author.push(id);
                } else if s.author_links.len() < MAX_CANDIDATES
                    && doc.attr(id, "href").is_some_and(is_author_href)
                {
                    s.author_links.push(id);
                }
            }
            _ => {}
        }
        // One pass over the attributes, comparing interned names.
        let (mut class, mut idattr, mut itemprop) = ("", "", None);
        for a in &el.attrs {
            let value = &a.value;
            match a.name.local {
                local_name!("class") => class = value,
                local_name!("id") => idattr = value,
                local_name!("itemprop") => itemprop = Some(&**value),
                _ => {}
            }
        }
        if let Some(ip) = itemprop {
            collect_itemprop(doc, id, ip, &mut s);
        }
        // Visible byline / date / reading-time containers, by class or id.
        if class.is_empty() && idattr.is_empty() {
            continue;
        }
        let small = doc.subtree_end(id) - id.index() <= MAX_SMALL_SUBTREE;
        if !small {
            continue;
        }
        // Class strings repeat (every card of a grid): each is read once.
        let kinds = *class_memo
            .entry(class)
            .or_insert_with(|| class_kinds(class))
            | class_kinds(idattr);
        if kinds == 0 {
            continue;
        }
        if s.byline_nodes.len() < MAX_CANDIDATES
            && kinds & (SAYS_BYLINE | DENIES_BYLINE) == SAYS_BYLINE
        {
            s.byline_nodes.push(id);
        }
        if s.date_nodes.len() < MAX_CANDIDATES && kinds & (SAYS_DATE | DENIES_DATE) == SAYS_DATE {
            s.date_nodes.push(id);
        }
        if s.reading_nodes.len() < 8 && kinds & SAYS_READING_TIME != 0 {
            s.reading_nodes.push(id);
        }
    }
    s
}

/// Meta keys the metadata stage reads: everything else is not stored.
fn is_known_key(k: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "og:",
        "article:",
        "twitter:",
        "dc:",
        "dcterm:",
        "parsely-",
        "sailthru:",
        "citation_",
        "http-equiv:",
    ];
    const KEYS: &[&str] = &[
        "author",
        "byl",
        "description",
        "keywords",
        "news_keywords",
        "title",
        "section",
        "language",
        "application-name",
        "apple-mobile-web-app-title",
        "publisher",
    ];
    PREFIXES.iter().any(|p| k.starts_with(p))
        || KEYS.contains(&k)
        || meta_keys::PUBLISHED_KEYS.contains(&k)
        || meta_keys::MODIFIED_KEYS.contains(&k)
}

fn push_meta<'a>(s: &mut Signals<'a>, raw_key: &'a str, value: &'a str, property: bool) {
    let key = normalise_key(raw_key);
    if is_known_key(&key) {
        s.metas.push(MetaTag {
            key,
            value,
            property,
        });
    }
}

fn collect_meta<'a>(doc: &'a Document, id: NodeId, s: &mut Signals<'a>) {
    let el = match doc.element(id) {
        Some(e) => e,
        None => return,
    };
    let (mut content, mut property, mut name, mut itemprop, mut equiv) =
        (None, None, None, None, None);
    for a in &el.attrs {
        let v = &a.value;
        match a.name.local {
            local_name!("content") => content = Some(&**v),
            local_name!("property") => property = Some(&**v),
            local_name!("name") => name = Some(&**v),
            local_name!("itemprop") => itemprop = Some(&**v),
            local_name!("http-equiv") => equiv = Some(&**v),
            _ => {}
        }
    }
    let Some(value) = content.filter(|c| !c.trim().is_empty()) else {
        return;
    };
    for k in property.into_iter().flat_map(tokens) {
        push_meta(s, k, value, true);
    }
    for k in name.into_iter().chain(itemprop).flat_map(tokens) {
        push_meta(s, k, value, false);
    }
    if let Some(h) = equiv {
        s.metas.push(MetaTag {
            key: Cow::Owned(format!("http-equiv:{}", normalise_key(h))),
            value,
            property: false,
        });
    }
}

fn collect_itemprop<'a>(doc: &'a Document, id: NodeId, ip: &'a str, s: &mut Signals<'a>) {
    let value_attr = || {
        doc.attr(id, "content")
            .or_else(|| doc.attr(id, "datetime"))
            // <abbr class="published" title="2018-06-05T08:00:00-07:00">
            .or_else(|| doc.is(id, "abbr").then(|| doc.attr(id, "title")).flatten())
            .filter(|v| !v.trim().is_empty())
    };
    for t in tokens(ip) {
        match t {
            "headline" if s.item.headlines.len() < 4 && !doc.is(id, "meta") => {
                s.item.headlines.push(id)
            }
            "author" | "creator" if s.item.authors.len() < MAX_CANDIDATES => {
                s.item.authors.push(id)
            }
            "datePublished" | "dateCreated" if s.item.published.is_none() => {
                s.item.published = value_attr();
                if s.item.published.is_none() && s.item.published_node.is_none() {
                    s.item.published_node = Some(id);
                }
            }
            "dateModified" if s.item.modified.is_none() => s.item.modified = value_attr(),
            "articleSection" if s.item.section.is_none() => s.item.section = Some(id),
            "description" if s.item.description.is_none() => s.item.description = Some(id),
            _ => {}
        }
    }
}
