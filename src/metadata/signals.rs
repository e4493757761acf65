//! One pass over the document's elements, collecting everything the metadata
//! stage looks at: `<meta>` tags, `<title>`, `<h1>`s, `<link rel>`, JSON-LD
//! script text, `itemprop` microdata, `<time>` elements and visible
//! byline / date containers. Later stages only look things up here.

use html5ever::local_name;

use crate::dom::{Document, NodeId};

/// Caps that keep hostile pages linear and cheap.
const MAX_H1: usize = 8;
const MAX_CANDIDATES: usize = 48;
const MAX_JSON_LD: usize = 256;
/// Largest subtree (in nodes) whose text we read for a byline or date.
pub(crate) const MAX_SMALL_SUBTREE: usize = 60;

/// One `<meta>` key/value pair. `key` is lower case with `.` turned into `:`
/// ("DC.creator" → "dc:creator").
#[derive(Debug)]
pub(crate) struct MetaTag<'a> {
    pub key: String,
    pub value: &'a str,
    /// From a `property` attribute (stronger than `name` for the same key).
    pub property: bool,
}

/// `itemprop` microdata found in the page (first occurrences, document order).
#[derive(Debug, Default)]
pub(crate) struct ItemProps<'a> {
    pub headline: Option<NodeId>,
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
    pub html_lang: Option<&'a str>,
    pub canonical: Option<&'a str>,
    pub rel_author: Vec<NodeId>,
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
        self.metas
            .iter()
            .filter(move |m| m.key == key && !m.value.trim().is_empty())
            .map(|m| m.value)
    }

    /// All values for a key from `property` attributes when there are any,
    /// else from `name` attributes (a page that states both means the same
    /// thing twice).
    pub fn meta_all_pref<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'a str> + 's {
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

/// ASCII case-insensitive substring test.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let n = needle.len();
    hay.len() >= n
        && hay
            .as_bytes()
            .windows(n)
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn normalise_key(k: &str) -> String {
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
    s
}

fn class_says_byline(s: &str) -> bool {
    (contains_ci(s, "byline")
        || contains_ci(s, "author")
        || contains_ci(s, "writer")
        || contains_ci(s, "dateline")
        || contains_ci(s, "writtenby")
        || contains_ci(s, "contributor")
        || contains_ci(s, "reporter"))
        && !contains_ci(s, "comment")
        && !contains_ci(s, "avatar")
        && !contains_ci(s, "authorbio")
        && !contains_ci(s, "author-bio")
        && !contains_ci(s, "author_bio")
        && !contains_ci(s, "image")
        && !contains_ci(s, "photo")
}

fn class_says_date(s: &str) -> bool {
    (contains_ci(s, "date")
        || contains_ci(s, "published")
        || contains_ci(s, "timestamp")
        || contains_ci(s, "posted")
        || contains_ci(s, "time"))
        && !contains_ci(s, "update")
        && !contains_ci(s, "comment")
}

fn class_says_reading_time(s: &str) -> bool {
    contains_ci(s, "reading-time")
        || contains_ci(s, "readingtime")
        || contains_ci(s, "read-time")
        || contains_ci(s, "reading_time")
        || contains_ci(s, "readtime")
}

fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split_ascii_whitespace()
}

/// Collects the signals in one pass over the document.
pub(crate) fn collect(doc: &Document) -> Signals<'_> {
    let mut s = Signals::default();
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
                if s.json_ld.len() < MAX_JSON_LD
                    && doc
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
                }
            }
            _ => {}
        }
        if let Some(ip) = doc.attr(id, "itemprop") {
            collect_itemprop(doc, id, ip, &mut s);
        }
        // Visible byline / date / reading-time containers, by class or id.
        let class = doc.attr(id, "class").unwrap_or("");
        let idattr = doc.attr(id, "id").unwrap_or("");
        if class.is_empty() && idattr.is_empty() {
            continue;
        }
        let small = doc.subtree_end(id) - id.index() <= MAX_SMALL_SUBTREE;
        if !small {
            continue;
        }
        if s.byline_nodes.len() < MAX_CANDIDATES
            && (class_says_byline(class) || class_says_byline(idattr))
        {
            s.byline_nodes.push(id);
        }
        if s.date_nodes.len() < MAX_CANDIDATES
            && (class_says_date(class) || class_says_date(idattr))
        {
            s.date_nodes.push(id);
        }
        if s.reading_nodes.len() < 8
            && (class_says_reading_time(class) || class_says_reading_time(idattr))
        {
            s.reading_nodes.push(id);
        }
    }
    s
}

fn collect_meta<'a>(doc: &'a Document, id: NodeId, s: &mut Signals<'a>) {
    let value = doc.attr(id, "content").unwrap_or("");
    if let Some(p) = doc.attr(id, "property") {
        for k in tokens(p) {
            s.metas.push(MetaTag {
                key: normalise_key(k),
                value,
                property: true,
            });
        }
    }
    for attr in ["name", "itemprop"] {
        if let Some(p) = doc.attr(id, attr) {
            for k in tokens(p) {
                s.metas.push(MetaTag {
                    key: normalise_key(k),
                    value,
                    property: false,
                });
            }
        }
    }
    if let Some(h) = doc.attr(id, "http-equiv") {
        s.metas.push(MetaTag {
            key: format!("http-equiv:{}", normalise_key(h)),
            value,
            property: false,
        });
    }
}

fn collect_itemprop<'a>(doc: &'a Document, id: NodeId, ip: &'a str, s: &mut Signals<'a>) {
    let value_attr = || {
        doc.attr(id, "content")
            .or_else(|| doc.attr(id, "datetime"))
            .filter(|v| !v.trim().is_empty())
    };
    for t in tokens(ip) {
        match t {
            "headline" if s.item.headline.is_none() && !doc.is(id, "meta") => {
                s.item.headline = Some(id)
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
