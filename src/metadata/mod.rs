//! Page metadata: title, authors, dates, section, tags, description, site
//! name, language, canonical URL, lead image, source, reading time.
//!
//! Sources, strongest first: JSON-LD, OpenGraph / Twitter / Dublin Core /
//! Parse.ly / Sailthru `<meta>`, `itemprop`, `<time datetime>`,
//! `rel=author`, visible bylines and dates found by class or id, and last the
//! URL path. Each field falls back to the next source.
//!
//! Stages: `signals` walks the document once and collects everything the
//! fields need (no per-field document scans); `jsonld` parses the JSON-LD
//! blocks leniently; [`date`] and [`byline`] (re-exported from the DOM-free
//! string parsers the text-dump path shares) parse the strings; `title`,
//! `authors` and `page_dates` choose and clean those fields (site-name suffixes
//! off titles, author lists deduplicated, wire services moved to `source`,
//! published ≤ modified); this module assembles the rest.

mod authors;
pub(crate) use authors::thread_starter;
mod jsonld;
mod page_dates;
mod signals;
mod title;

use std::borrow::Cow;

use html5ever::local_name;
use url::Url;

use crate::dom::{Document, NodeId};
use crate::fields::Fields;
use crate::lexicon::class_names;
use crate::parse::text::decode_entities;
use crate::parse::url::{UrlUse, is_web_base, resolve as resolve_url};
use crate::tuning;
use crate::{Image, Signal, normalize_space};

use crate::parse::byline::parse_reading_time;
use crate::parse::text::contains_ci;
use jsonld::LdInfo;
use signals::{MAX_SMALL_SUBTREE, Signals};

/// What the page itself states: the metadata [`Fields`], and the JSON-LD
/// `articleBody`, used to check the body (not as output).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PageMetadata {
    /// The fields the page's signals give.
    pub fields: Fields,
    /// JSON-LD `articleBody`.
    pub article_body: Option<String>,
    /// The JSON-LD `Product`'s `description` (`content::product`).
    pub product_description: Option<String>,
    /// The title the metadata states (site name cut), which may differ
    /// from the visible headline in `fields.title`.
    pub stated_title: Option<String>,
    /// The page declares itself an article: JSON-LD of an article type or
    /// `og:type` "article".
    pub declares_article: bool,
    /// Every JSON-LD `@type` of the page, and its `og:type`, lower case:
    /// what the page says it is (read by `page_kind`).
    pub declared_types: Vec<String>,
    /// The JSON-LD lead image's credit (`creditText`, `copyrightHolder`,
    /// `author`): used when the visible figure shows none.
    pub image_credit: Option<String>,
    /// The JSON-LD lead image's caption, when that image is the page's
    /// lead image: used when the visible figure shows none (structured
    /// captions are often keyword strings written for search engines).
    pub image_caption: Option<String>,
    /// The publisher's name and where it came from, the author of a page
    /// that credits no one else: applied by the extractor after the page
    /// kind and the "no article" decision, which it must not sway.
    pub publisher_author: Option<(String, Signal)>,
}

/// The base URL for resolving links: `<base href>` resolved against the page
/// URL, else the page URL. Without a page URL, the page's own address stands
/// in for it: its `<link rel=canonical>`, else its `og:url` (absolute
/// `http(s)` URLs only), so that links in the body, the lead image and the
/// teaser lists still resolve.
pub fn base_url(doc: &Document, page: Option<&Url>) -> Option<Url> {
    let href = doc
        .elements_named("base")
        .find_map(|b| doc.attr(b, "href"))
        .map(str::trim);
    let own;
    let page = match page {
        Some(p) => Some(p),
        None => {
            own = own_address(doc);
            own.as_ref()
        }
    };
    // A `<base href>` that is not a web URL (`javascript://x/%0a…`) is
    // ignored: it would become the base of every relative link.
    let href_base = |b: Result<Url, url::ParseError>| b.ok().filter(is_web_base);
    match (page, href) {
        (Some(p), Some(h)) => href_base(p.join(h)).or_else(|| Some(p.clone())),
        (None, Some(h)) => href_base(Url::parse(h)),
        (Some(p), None) => Some(p.clone()),
        (None, None) => None,
    }
}

/// The address the page states for itself: `<link rel=canonical>`, else
/// `og:url`; absolute `http(s)` URLs only.
fn own_address(doc: &Document) -> Option<Url> {
    let web = |u: &str| {
        Url::parse(u.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
    };
    let canonical = doc
        .elements_named("link")
        .filter(|&l| {
            doc.attr(l, "rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .find_map(|l| doc.attr(l, "href").and_then(web));
    canonical.or_else(|| {
        doc.elements_named("meta")
            .filter(|&m| {
                doc.attr(m, "property")
                    .or_else(|| doc.attr(m, "name"))
                    .is_some_and(|p| p.trim().eq_ignore_ascii_case("og:url"))
            })
            .find_map(|m| doc.attr(m, "content").and_then(web))
    })
}

/// Extracts metadata from a parsed page.
///
/// Sources, strongest first: JSON-LD, `<meta>` (Dublin Core, OpenGraph,
/// Twitter, Parse.ly, Sailthru, generic names), `itemprop` microdata,
/// `<time>`, `rel=author`, and visible byline / date elements. Each field
/// falls back to the next source when the stronger one has nothing usable.
///
pub(crate) fn extract(doc: &Document, base: Option<&Url>) -> PageMetadata {
    let sig = signals::collect(doc);
    let scripts: Vec<Cow<'_, str>> = sig.json_ld.iter().map(|&id| raw_text(doc, id)).collect();
    let ld = jsonld::read(scripts.iter().map(|s| s.as_ref()));
    let mut m = Fields {
        site_name: site_name(&sig, &ld),
        ..Fields::default()
    };
    let mut stated_title = None;
    if let Some(t) = title::title(doc, &sig, &ld, m.site_name.as_deref(), base) {
        m.title = Some(t.text);
        m.provenance.title = Some(t.from);
        stated_title = Some(t.stated);
    }
    if let Some((d, from)) = description(doc, &sig, &ld) {
        m.description = Some(d);
        m.provenance.description = Some(from);
    }
    let (authors, source, from) = authors::authors(doc, &sig, &ld, m.site_name.as_deref(), base);
    let page_urls: Vec<&str> = sig
        .canonical
        .into_iter()
        .chain(sig.meta("og:url"))
        .chain(base.map(Url::as_str))
        .collect();
    let publisher_author = if authors.is_empty() {
        authors::publisher_as_author(doc, &sig, m.site_name.as_deref(), &page_urls)
    } else {
        None
    };
    m.provenance.authors = from.filter(|_| !authors.is_empty());
    m.authors = authors;
    m.source = source;
    let (published, modified) = page_dates::dates(doc, &sig, &ld, &page_urls, m.title.as_deref());
    (m.published, m.provenance.published) = published.unzip();
    (m.modified, m.provenance.modified) = modified.unzip();
    m.section = section(doc, &sig, &ld, m.title.as_deref());
    m.tags = tags(doc, &sig, &ld);
    m.lang = lang(&sig, &ld);
    m.canonical_url = sig
        .canonical
        .map(str::to_owned)
        .or_else(|| sig.meta("og:url").map(str::to_owned))
        .or_else(|| ld.url.clone())
        .and_then(|u| absolute(&u, base));
    let (lead, image_caption) = lead_image(&sig, &ld, base).unzip();
    m.lead_image = lead;
    let image_caption = image_caption.flatten();
    m.reading_time_minutes = reading_time(doc, &sig);
    let declares_article = ld.is_article
        || sig
            .meta("og:type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("article"));
    let mut declared_types: Vec<String> = ld.types.iter().map(|t| t.to_ascii_lowercase()).collect();
    if let Some(og) = sig.meta("og:type") {
        declared_types.push(format!("og:{}", og.trim().to_ascii_lowercase()));
    }
    let image_credit = ld.image.as_ref().and_then(|i| i.credit.clone());
    PageMetadata {
        fields: m,
        article_body: ld.body,
        product_description: ld.product_description,
        stated_title,
        declares_article,
        declared_types,
        image_credit,
        image_caption,
        publisher_author,
    }
}

/// The text of a script (its raw child text, which `Document::text` skips).
fn raw_text(doc: &Document, id: NodeId) -> Cow<'_, str> {
    let mut parts = doc.children(id).filter_map(|c| doc.text_node(c));
    let first = parts.next().unwrap_or("");
    match parts.next() {
        None => Cow::Borrowed(first),
        Some(second) => {
            let mut s = String::from(first);
            s.push_str(second);
            parts.for_each(|p| s.push_str(p));
            Cow::Owned(s)
        }
    }
}

/// Text of a small element, `None` for big subtrees (cost stays bounded).
fn small_text(doc: &Document, id: NodeId) -> Option<String> {
    if doc.subtree_end(id) - id.index() > MAX_SMALL_SUBTREE * 4 {
        return None;
    }
    let t = doc.text(id);
    (!t.is_empty()).then_some(t)
}

/// Cleans a value: entities decoded (pages double-encode), whitespace
/// normalised, empty → `None`.
fn clean(s: &str) -> Option<String> {
    let t = normalize_space(&decode_entities(s));
    (!t.is_empty()).then_some(t)
}

/// A page or image address from the metadata, through the URL gate.
fn absolute(u: &str, base: Option<&Url>) -> Option<String> {
    resolve_url(base, u, UrlUse::Web)
}

fn site_name(sig: &Signals<'_>, ld: &LdInfo) -> Option<String> {
    sig.first_meta(&["og:site_name", "og:sitename"])
        .and_then(clean)
        .or_else(|| ld.publisher.clone())
        .or_else(|| ld.website_name.clone())
        .or_else(|| {
            // App names are site names only when short.
            sig.first_meta(&["application-name", "apple-mobile-web-app-title"])
                .and_then(clean)
                .filter(|n| n.split_whitespace().count() <= tuning::MAX_APP_NAME_WORDS)
        })
        .filter(|s| s.chars().count() <= tuning::MAX_SITE_NAME_CHARS)
}

/// Lower case, letters and digits only: "The Daily-Planet" → "thedailyplanet".
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (squash(a), squash(b));
    !a.is_empty() && a == b
}

fn description(doc: &Document, sig: &Signals<'_>, ld: &LdInfo) -> Option<(String, Signal)> {
    if let Some(dek) = visible_dek(doc) {
        return Some((dek, Signal::Visible));
    }
    sig.first_meta(&[
        "dc:description",
        "dcterm:description",
        "og:description",
        "description",
        "twitter:description",
        "sailthru:description",
    ])
    .and_then(clean)
    .map(|d| (d, Signal::Meta))
    .or_else(|| ld.description.clone().map(|d| (d, Signal::JsonLd)))
    .or_else(|| {
        sig.item
            .description
            .and_then(|d| small_text(doc, d))
            .map(|d| (d, Signal::Microdata))
    })
}

/// The standfirst a reader sees: an element just after the page's
/// headline whose class or id names a dek ("article-dek", "standfirst",
/// "subtitle", "summary"…), with a sentence or two of text and no more than
/// a link. The search ends where the body's running text starts (a
/// paragraph of some length with no such name), so a "summary" box further down is never
/// taken. It wins over the meta description, which is often a rewrite for
/// search engines.
fn visible_dek(doc: &Document) -> Option<String> {
    let h1 = doc.elements_named("h1").find(|&h| !in_furniture(doc, h))?;
    let end = (doc.subtree_end(h1) + tuning::DEK_SEARCH_NODES).min(doc.len());
    for i in doc.subtree_end(h1)..end {
        let id = NodeId(i as u32);
        if doc.element(id).is_none() {
            continue;
        }
        let named = [doc.attr(id, "class"), doc.attr(id, "id")]
            .into_iter()
            .flatten()
            .any(|v| {
                v.len() < 200
                    && crate::lexicon::class_names::DEK_CLASS_WORDS
                        .iter()
                        .any(|w| crate::parse::text::contains_ci(v, w))
            });
        let chars = || doc.text(id).chars().count();
        if named {
            let links = doc.descendants(id).filter(|&d| doc.is(d, "a")).count();
            let n = chars();
            if (tuning::DEK_MIN_CHARS..=tuning::DEK_MAX_CHARS).contains(&n)
                && links <= 1
                && !in_furniture(doc, id)
            {
                return Some(normalize_space(&doc.text(id)));
            }
        } else if doc.is(id, "p") && chars() >= tuning::DEK_BODY_PARAGRAPH_CHARS {
            break;
        }
    }
    None
}

/// A "widget" that holds the article body, or a quarter of the page, is the
/// main column of a blog layout (Blogger puts the posts in `widget Blog`),
/// not a box beside it.
pub(super) fn holds_main_column(doc: &Document, id: NodeId) -> bool {
    if (doc.subtree_end(id) - id.index()) * tuning::MAIN_COLUMN_NODE_SHARE_DIVISOR > doc.len() {
        return true;
    }
    doc.descendants(id)
        .take(tuning::MAIN_COLUMN_SEARCH_NODES)
        .any(|d| crate::dom::marks_article_body(doc, d))
}

/// True when a node sits in page furniture rather than the article: inside
/// `nav`/`form`, a `footer`/`aside`/sidebar/widget that is not part of an
/// `<article>`, or a container whose class names comments or related links.
fn in_furniture(doc: &Document, id: NodeId) -> bool {
    furniture(doc, id, true)
}

/// Like [`in_furniture`]; `footer` says whether a page footer (or
/// sidebar, widget) outside the article counts as furniture, where
/// navigation, forms, comments and teaser lists always do.
fn furniture(doc: &Document, id: NodeId, footer: bool) -> bool {
    // Nearest first. A sidebar, footer or widget inside an `<article>` is the
    // article's own (its meta column); outside, it is the page's.
    let ancestors: Vec<NodeId> = doc.ancestors(id).collect();
    let outermost_article = ancestors.iter().rposition(|&a| doc.is(a, "article"));
    for (k, &a) in ancestors.iter().enumerate() {
        let name = doc.tag_name(a);
        match name {
            Some("body" | "html") => break,
            Some("nav" | "form") => return true,
            _ => {}
        }
        let in_article = outermost_article.is_some_and(|p| p > k);
        if footer && matches!(name, Some("footer" | "aside")) && !in_article {
            return true;
        }
        let Some(class) = doc.attr(a, "class") else {
            continue;
        };
        for t in class.split_ascii_whitespace() {
            let t = t.to_ascii_lowercase();
            if ["comment", "related", "recommend", "most-"]
                .iter()
                .any(|k| t.starts_with(k))
            {
                return true;
            }
            if footer
                && !in_article
                && ["sidebar", "footer", "widget"]
                    .iter()
                    .any(|k| t.starts_with(k))
                && !(t.starts_with("widget") && holds_main_column(doc, a))
            {
                return true;
            }
        }
    }
    false
}

/// The non-empty text lines around a headline, nearest first: up to
/// `above` lines above it in its header block (its parent, or its
/// grandparent when the headline sits alone in a wrapper), then up to
/// `below` lines after it.
pub(super) fn lines_around(
    doc: &Document,
    headline: NodeId,
    above: usize,
    below: usize,
) -> Vec<(NodeId, &str)> {
    let lines = |start: usize| {
        text_nodes_from(doc, start)
            .map(|(id, t)| (id, t.trim()))
            .filter(|(_, t)| !t.is_empty())
    };
    let Some(parent) = doc.parent(headline) else {
        return Vec::new();
    };
    let alone = doc
        .children(parent)
        .filter(|&c| doc.element(c).is_some())
        .count()
        <= 1;
    let block = if alone {
        doc.parent(parent).unwrap_or(parent)
    } else {
        parent
    };
    let mut out: Vec<(NodeId, &str)> = lines(block.index())
        .take_while(|(id, _)| *id < headline)
        .collect();
    out.reverse();
    out.truncate(above);
    out.extend(lines(doc.subtree_end(headline)).take(below));
    out
}

/// Text nodes in document order from node index `start`, leaving out the
/// subtrees that hold no page text: scripts, styles, templates, `noscript`,
/// `head`, navigation, forms and foreign (SVG, MathML) content.
pub(super) fn text_nodes_from(
    doc: &Document,
    start: usize,
) -> impl Iterator<Item = (NodeId, &str)> + '_ {
    let mut i = start;
    std::iter::from_fn(move || {
        while i < doc.len() {
            let id = NodeId(i as u32);
            i += 1;
            if let Some(el) = doc.element(id) {
                let skip = !el.html
                    || matches!(
                        el.name,
                        local_name!("script")
                            | local_name!("style")
                            | local_name!("noscript")
                            | local_name!("template")
                            | local_name!("head")
                            | local_name!("nav")
                            | local_name!("form")
                    );
                if skip {
                    i = doc.subtree_end(id);
                }
            } else if let Some(t) = doc.text_node(id) {
                return Some((id, t));
            }
        }
        None
    })
}

// ---------------------------------------------------------------- the rest

fn section(doc: &Document, sig: &Signals<'_>, ld: &LdInfo, title: Option<&str>) -> Option<String> {
    sig.first_meta(&["article:section", "og:article:section"])
        .and_then(clean)
        .or_else(|| ld.section.clone())
        .or_else(|| {
            sig.first_meta(&["parsely-section", "section", "sailthru:section"])
                .and_then(clean)
        })
        .or_else(|| sig.item.section.and_then(|s| small_text(doc, s)))
        .or_else(|| {
            // The breadcrumb's section: its last item unless that is the
            // article itself (then the one before), short, never "Home".
            let crumbs = &ld.breadcrumbs;
            let is_page = |b: &str| {
                title.is_some_and(|t| {
                    same_text(t, b)
                        || (b.split_whitespace().count()
                            >= tuning::MIN_BREADCRUMB_WORDS_FOR_OVERLAP
                            && overlap(t, b) >= tuning::BREADCRUMB_TITLE_OVERLAP)
                })
            };
            let last = match crumbs.last() {
                Some(l) if is_page(l) => crumbs.len().checked_sub(2).map(|i| &crumbs[i]),
                l => l,
            };
            last.filter(|b| {
                b.split_whitespace().count() <= tuning::MAX_BREADCRUMB_SECTION_WORDS && !is_page(b)
            })
            .cloned()
        })
        .filter(|s| s.chars().count() <= tuning::MAX_SECTION_CHARS && !s.contains("://"))
}

/// Share of `b`'s words that also occur in `a` (case-insensitive).
fn overlap(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (aw, bw) = (words(a), words(b));
    if bw.is_empty() {
        return 0.0;
    }
    bw.iter().filter(|w| aw.contains(w)).count() as f32 / bw.len() as f32
}

/// Tags: JSON-LD `keywords` and `about`, `article:tag`, then the page's
/// `rel="tag"` links outside navigation, then the article's topic lists
/// ([`topic_lists`]); the `keywords` metas only when none of these exist.
/// De-duplicated, in that order.
fn tags(doc: &Document, sig: &Signals<'_>, ld: &LdInfo) -> Vec<String> {
    let mut raw: Vec<String> = ld.tags.clone();
    raw.extend(sig.meta_all("article:tag").map(str::to_owned));
    raw.extend(
        doc.elements_named("a")
            .filter(|&a| {
                doc.attr(a, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("tag"))
                }) && !in_furniture(doc, a)
            })
            // A tag is one term, not a comma list.
            .map(|a| doc.text(a).replace([',', ';'], " "))
            .take(tuning::MAX_TAGS),
    );
    raw.extend(topic_lists(doc));
    if raw.is_empty() {
        for key in ["news_keywords", "keywords", "parsely-tags", "sailthru:tags"] {
            if let Some(v) = sig.meta(key) {
                raw.push(v.to_owned());
                break;
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        for t in r.split([',', ';']) {
            let Some(t) = clean(t) else { continue };
            if t.chars().count() > tuning::MAX_TAG_CHARS
                || out.iter().any(|o| o.eq_ignore_ascii_case(&t))
            {
                continue;
            }
            out.push(t);
            if out.len() >= tuning::MAX_TAGS {
                return out;
            }
        }
    }
    out
}

/// The links of the article's topic lists: elements after the headline
/// whose class or id names a list of tags or topics
/// ([`class_names::TAG_LIST_CLASS_PARTS`]), outside page furniture and
/// menus, holding nothing but short links
/// ([`tuning::MAX_TOPIC_LINK_WORDS`]) and a label.
///
/// Not topic lists: a site menu of topic pages (named for navigation, or
/// above the headline); an A–Z index (one-letter links); lists that repeat
/// with the same tag and class (the tags of each teaser card in a list).
/// Not tags: links that go nowhere (`#`, a "Show more" button, a comment
/// counter), links with no letter, and the list's own label or buttons
/// ("Tags", "Edit tags"). A hashtag's `#` is not part of the tag.
fn topic_lists(doc: &Document) -> Vec<String> {
    let Some(h1) = doc.elements_named("h1").find(|&h| !in_furniture(doc, h)) else {
        return Vec::new();
    };
    // (tag name and class of the list, its tags)
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    let mut i = doc.subtree_end(h1);
    while i < doc.len() {
        let id = NodeId(i as u32);
        i += 1;
        if doc.element(id).is_none() || doc.is(id, "a") || !names_topic_list(doc, id) {
            continue;
        }
        let links: Vec<NodeId> = doc.descendants(id).filter(|&d| doc.is(d, "a")).collect();
        let texts: Vec<String> = links
            .iter()
            .map(|&a| normalize_space(&doc.text(a)))
            .collect();
        let link_chars: usize = texts.iter().map(|t| t.chars().count()).sum();
        let own_chars = normalize_space(&doc.text(id))
            .chars()
            .count()
            .saturating_sub(link_chars + texts.len());
        let ok = !texts.is_empty()
            && texts.len() <= tuning::MAX_TAGS
            && texts.iter().all(|t| {
                t.chars().count() > 1
                    && t.split_whitespace().count() <= tuning::MAX_TOPIC_LINK_WORDS
            })
            && own_chars <= tuning::MAX_TOPIC_LIST_LABEL_CHARS
            && !in_furniture(doc, id)
            && !in_menu(doc, id);
        if !ok {
            continue;
        }
        let tags = links
            .iter()
            .zip(texts)
            .filter(|&(&a, ref t)| {
                let goes_somewhere = doc.attr(a, "href").is_some_and(|h| {
                    let h = h.trim();
                    !h.is_empty()
                        && !h.starts_with('#')
                        && !h.to_ascii_lowercase().starts_with("javascript:")
                });
                // "Tags", "Edit tags": the list's label or its buttons.
                let label = t.to_lowercase();
                let names_list = |w: &str| {
                    class_names::TAG_LIST_CLASS_PARTS.contains(&w)
                        || class_names::TAG_LIST_LABELS.contains(&w)
                };
                goes_somewhere
                    && t.chars().any(char::is_alphabetic)
                    && !names_list(&label)
                    && !label.split_whitespace().any(names_list)
            })
            // A hashtag-style label ("#Skoda") names the tag "Skoda".
            .map(|(_, t)| t.trim_start_matches('#').trim().to_owned())
            .collect();
        let signature = format!(
            "{} {}",
            doc.tag_name(id).unwrap_or_default(),
            doc.attr(id, "class").unwrap_or_default()
        );
        lists.push((signature, tags));
        i = doc.subtree_end(id);
    }
    let repeats = |sig: &str| lists.iter().filter(|(s, _)| s == sig).count() > 1;
    lists
        .iter()
        .filter(|(sig, _)| !repeats(sig))
        .flat_map(|(_, tags)| tags.iter().cloned())
        .collect()
}

/// A class or id part names a topic list (see [`topic_lists`]): a part
/// between `-`/`_` separators, or the whole name with its separators left
/// out, is one of the list names. Compared in a small stack buffer: this
/// runs on every element after the headline.
fn names_topic_list(doc: &Document, id: NodeId) -> bool {
    [doc.attr(id, "class"), doc.attr(id, "id")]
        .into_iter()
        .flatten()
        .flat_map(str::split_ascii_whitespace)
        .any(|name| {
            is_topic_list_name(name.bytes().filter(|&b| b != b'-' && b != b'_'))
                || (name.contains(['-', '_'])
                    && name
                        .split(['-', '_'])
                        .any(|part| is_topic_list_name(part.bytes())))
        })
}

/// `word` (its bytes) is one of [`class_names::TAG_LIST_CLASS_PARTS`],
/// ignoring ASCII case.
fn is_topic_list_name(word: impl Iterator<Item = u8>) -> bool {
    let mut buf = [0u8; 16];
    let mut len = 0;
    for b in word {
        if len == buf.len() {
            return false;
        }
        buf[len] = b.to_ascii_lowercase();
        len += 1;
    }
    let word = &buf[..len];
    class_names::TAG_LIST_CLASS_PARTS
        .iter()
        .any(|w| w.as_bytes() == word)
}

/// Inside a site menu: a `header` outside the article, or an element
/// whose class names a menu or navigation.
fn in_menu(doc: &Document, id: NodeId) -> bool {
    let in_article = doc.ancestors(id).any(|a| doc.is(a, "article"));
    doc.ancestors(id).any(|a| {
        (doc.is(a, "header") && !in_article)
            || doc.attr(a, "class").is_some_and(|c| {
                c.split_ascii_whitespace().any(|t| {
                    let t = t.to_ascii_lowercase();
                    t.starts_with("menu") || t.starts_with("nav") || t.ends_with("menu")
                })
            })
    })
}

fn lang(sig: &Signals<'_>, ld: &LdInfo) -> Option<String> {
    let raw = sig
        .html_lang
        .map(str::to_owned)
        .or_else(|| sig.meta("http-equiv:content-language").map(str::to_owned))
        .or_else(|| {
            sig.first_meta(&["dc:language", "dcterm:language", "language"])
                .map(str::to_owned)
        })
        .or_else(|| ld.lang.clone())
        .or_else(|| sig.meta("og:locale").map(|l| l.replace('_', "-")))?;
    let t = raw.split([',', ';']).next()?.trim();
    let valid = !t.is_empty()
        && t.len() <= 35
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| t.replace('_', "-"))
}

/// The stated lead image (URL and alt), with the JSON-LD caption of that
/// image apart: the visible caption wins over it.
fn lead_image(
    sig: &Signals<'_>,
    ld: &LdInfo,
    base: Option<&Url>,
) -> Option<(Image, Option<String>)> {
    let og = sig.first_meta(&["og:image", "og:image:url", "og:image:secure_url"]);
    let tw = sig.first_meta(&["twitter:image", "twitter:image:src"]);
    let ld_url = ld.image.as_ref().map(|i| i.url.as_str());
    let url = og.or(ld_url).or(tw).and_then(|u| absolute(u, base))?;
    let mut img = Image {
        url: Some(url.clone()),
        ..Image::default()
    };
    img.alt = sig
        .first_meta(&["og:image:alt", "twitter:image:alt"])
        .and_then(clean);
    let caption = ld
        .image
        .as_ref()
        .filter(|li| absolute(&li.url, base).as_deref() == Some(url.as_str()) || og.is_none())
        .and_then(|li| li.caption.clone());
    Some((img, caption))
}

fn reading_time(doc: &Document, sig: &Signals<'_>) -> Option<u32> {
    // Twitter label/data pairs ("Est. reading time" / "4 minutes").
    for i in 1..=4 {
        let label = sig.meta(&format!("twitter:label{i}"));
        if label.is_some_and(|l| contains_ci(l, "reading time") || contains_ci(l, "read time")) {
            if let Some(n) = sig
                .meta(&format!("twitter:data{i}"))
                .and_then(leading_number)
            {
                return Some(n);
            }
        }
    }
    sig.reading_nodes
        .iter()
        .filter_map(|&n| small_text(doc, n))
        .filter(|t| t.chars().count() <= tuning::MAX_READING_TIME_CHARS)
        .find_map(|t| parse_reading_time(&t))
}

fn leading_number(s: &str) -> Option<u32> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let digits: String = s[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|&n| n > 0 && n < 600)
}

#[cfg(test)]
mod tests;
