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
//! blocks leniently; [`date`] and [`byline`] parse the strings; this module
//! chooses and cleans the values (site-name suffixes off titles, author lists
//! deduplicated, wire services moved to `source`, published ≤ modified).

mod authors;
pub mod byline;
pub mod date;
mod jsonld;
mod signals;

use std::borrow::Cow;

use html5ever::local_name;
use url::Url;

use crate::dom::{Document, NodeId};
use crate::{Article, Image, normalize_space};

use byline::parse_reading_time;
use date::{find_date_in_text, parse_date};
use jsonld::LdInfo;
use signals::{MAX_SMALL_SUBTREE, Signals, contains_ci};

/// Metadata found in a page, before the body is attached.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Standfirst or meta description.
    pub description: Option<String>,
    /// Author names.
    pub authors: Vec<String>,
    /// Publication date (ISO 8601).
    pub published: Option<String>,
    /// Modification date (ISO 8601).
    pub modified: Option<String>,
    /// Section / kicker.
    pub section: Option<String>,
    /// Keywords.
    pub tags: Vec<String>,
    /// Publication name.
    pub site_name: Option<String>,
    /// Language tag.
    pub lang: Option<String>,
    /// Canonical URL.
    pub canonical_url: Option<String>,
    /// Lead image.
    pub lead_image: Option<Image>,
    /// Wire service / source.
    pub source: Option<String>,
    /// Reading time shown on the page.
    pub reading_time_minutes: Option<u32>,
    /// JSON-LD `articleBody`, used to check the body, not as output.
    pub article_body: Option<String>,
}

impl Metadata {
    /// Moves the fields into a new [`Article`] (body empty).
    pub fn into_article(self) -> Article {
        Article {
            canonical_url: self.canonical_url,
            site_name: self.site_name,
            lang: self.lang,
            section: self.section,
            title: self.title,
            description: self.description,
            authors: self.authors,
            published: self.published,
            modified: self.modified,
            reading_time_minutes: self.reading_time_minutes,
            lead_image: self.lead_image,
            source: self.source,
            tags: self.tags,
            ..Article::default()
        }
    }
}

/// The base URL for resolving links: `<base href>` resolved against the page
/// URL, else the page URL.
pub fn base_url(doc: &Document, page: Option<&Url>) -> Option<Url> {
    let href = doc
        .elements_named("base")
        .find_map(|b| doc.attr(b, "href"))
        .map(str::trim);
    match (page, href) {
        (Some(p), Some(h)) => p.join(h).ok().or_else(|| Some(p.clone())),
        (None, Some(h)) => Url::parse(h).ok(),
        (Some(p), None) => Some(p.clone()),
        (None, None) => None,
    }
}

/// Extracts metadata from a parsed page.
///
/// Sources, strongest first: JSON-LD, `<meta>` (Dublin Core, OpenGraph,
/// Twitter, Parse.ly, Sailthru, generic names), `itemprop` microdata,
/// `<time>`, `rel=author`, and visible byline / date elements. Each field
/// falls back to the next source when the stronger one has nothing usable.
///
/// ```
/// let html = r#"<html lang="en"><head><title>Rain returns - Daily Planet</title>
///   <meta property="og:site_name" content="Daily Planet">
///   <meta property="article:published_time" content="2025-03-01T08:00:00Z">
///   </head><body><h1>Rain returns</h1><p class="byline">By Ana Lima and Joe Park</p></body></html>"#;
/// let doc = newsprint::Document::parse(html)?;
/// let m = newsprint::metadata::extract(&doc, None);
/// assert_eq!(m.title.as_deref(), Some("Rain returns"));
/// assert_eq!(m.authors, ["Ana Lima", "Joe Park"]);
/// assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2025-03-01"));
/// assert_eq!(m.lang.as_deref(), Some("en"));
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn extract(doc: &Document, base: Option<&Url>) -> Metadata {
    let sig = signals::collect(doc);
    let scripts: Vec<Cow<'_, str>> = sig.json_ld.iter().map(|&id| raw_text(doc, id)).collect();
    let ld = jsonld::read(scripts.iter().map(|s| s.as_ref()));
    let mut m = Metadata::default();

    m.site_name = site_name(&sig, &ld);
    m.title = title(doc, &sig, &ld, m.site_name.as_deref(), base);
    m.description = description(doc, &sig, &ld);
    let (authors, source) = authors::authors(doc, &sig, &ld, m.site_name.as_deref());
    m.authors = authors;
    m.source = source;
    let page_urls: Vec<&str> = sig
        .canonical
        .into_iter()
        .chain(sig.meta("og:url"))
        .chain(base.map(Url::as_str))
        .collect();
    let (published, modified) = dates(doc, &sig, &ld, &page_urls, m.title.as_deref());
    m.published = published;
    m.modified = modified;
    m.section = section(doc, &sig, &ld, m.title.as_deref());
    m.tags = tags(&sig, &ld);
    m.lang = lang(&sig, &ld);
    m.canonical_url = sig
        .canonical
        .map(str::to_owned)
        .or_else(|| sig.meta("og:url").map(str::to_owned))
        .or_else(|| ld.url.clone())
        .and_then(|u| absolute(&u, base));
    m.lead_image = lead_image(&sig, &ld, base);
    m.reading_time_minutes = reading_time(doc, &sig);
    m.article_body = ld.body;
    m
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

/// Decodes character references left in text (`&amp;`, `&#8217;`, `&quot;`…).
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = match end {
            Some(e) if e <= 10 && rest[e..].starts_with(';') => {
                let name = &rest[1..e];
                let ch = if let Some(num) = name.strip_prefix('#') {
                    let n = if let Some(h) = num.strip_prefix(['x', 'X']) {
                        u32::from_str_radix(h, 16).ok()
                    } else {
                        num.parse().ok()
                    };
                    n.and_then(char::from_u32)
                } else {
                    match name {
                        _ if latin1_entity(name).is_some() => latin1_entity(name),
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        "nbsp" => Some('\u{a0}'),
                        "rsquo" => Some('\u{2019}'),
                        "lsquo" => Some('\u{2018}'),
                        "rdquo" => Some('\u{201d}'),
                        "ldquo" => Some('\u{201c}'),
                        "ndash" => Some('\u{2013}'),
                        "mdash" => Some('\u{2014}'),
                        "hellip" => Some('\u{2026}'),
                        _ => None,
                    }
                };
                ch.map(|c| (c, e + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Latin-1 letters by entity name ("oacute" → 'ó'), the ones pages leave
/// double-encoded most often.
fn latin1_entity(name: &str) -> Option<char> {
    const MARKS: &[(&str, &str, &str)] = &[
        ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
        ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ("uml", "aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"),
        ("tilde", "anoANO", "ãñõÃÑÕ"),
        ("cedil", "cC", "çÇ"),
        ("ring", "aA", "åÅ"),
        ("slash", "oO", "øØ"),
    ];
    match name {
        "szlig" => return Some('ß'),
        "aelig" => return Some('æ'),
        "AElig" => return Some('Æ'),
        "oelig" => return Some('œ'),
        "OElig" => return Some('Œ'),
        "eth" => return Some('ð'),
        "thorn" => return Some('þ'),
        _ => {}
    }
    let mut chars = name.chars();
    let base = chars.next()?;
    let mark = chars.as_str();
    let (_, from, to) = MARKS.iter().find(|(m, _, _)| *m == mark)?;
    let i = from.chars().position(|c| c == base)?;
    to.chars().nth(i)
}

fn absolute(u: &str, base: Option<&Url>) -> Option<String> {
    let u = u.trim();
    if u.is_empty() || u.starts_with("data:") || u.starts_with("javascript:") {
        return None;
    }
    if let Ok(abs) = Url::parse(u) {
        return Some(abs.to_string());
    }
    match base {
        Some(b) => b.join(u).ok().map(|x| x.to_string()),
        None => Some(u.to_owned()),
    }
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
                .filter(|n| n.split_whitespace().count() <= 4)
        })
        .filter(|s| s.chars().count() <= 80)
}

// ---------------------------------------------------------------- title

/// Separators between a headline and a site name in `<title>`-like strings.
const TITLE_SEPARATORS: [&str; 12] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " • ", " › ", " ‹ ",
];

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

/// Splits at title separators (and ": ") into segments with their byte
/// ranges, so contiguous sub-ranges can be compared.
fn title_cuts(t: &str, colon: bool) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    for sep in TITLE_SEPARATORS
        .iter()
        .copied()
        .chain(colon.then_some(": "))
    {
        let mut from = 0;
        while let Some(i) = t[from..].find(sep) {
            let at = from + i;
            cuts.push((at, at + sep.len()));
            from = at + sep.len();
        }
    }
    cuts.sort_unstable();
    cuts
}

/// Does `site` name the site segment `seg`?
fn is_site_segment(seg: &str, site: &str) -> bool {
    let (a, b) = (squash(seg), squash(site));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b
        || (a.len() >= 4 && b.contains(&a))
        || (b.len() >= 4 && a.contains(&b) && a.len() <= b.len() + 8)
}

/// Strips site-name prefixes/suffixes from a title.
fn strip_site(raw: &str, site: Option<&str>, h1s: &[String]) -> String {
    let raw = raw
        .trim()
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '·'))
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '–' | '—' | '·'));
    // "Headline (Site)".
    let raw = match (site, raw.rfind(" (")) {
        (Some(s), Some(i))
            if raw.ends_with(')') && is_site_segment(&raw[i + 2..raw.len() - 1], s) =>
        {
            raw[..i].trim_end()
        }
        _ => raw,
    };
    // An h1 equal to the whole title, or to a title with leading/trailing
    // segments cut away, is the headline.
    if h1s.iter().any(|h| same_text(h, raw)) {
        return raw.to_owned();
    }
    let cuts = title_cuts(raw, true);
    if cuts.is_empty() {
        return raw.to_owned();
    }
    let mut starts = vec![0];
    starts.extend(cuts.iter().map(|c| c.1));
    let mut ends: Vec<usize> = cuts.iter().map(|c| c.0).collect();
    ends.push(raw.len());
    for h in h1s {
        let hs = squash(h);
        if hs.len() < 4 {
            continue;
        }
        for &s in &starts {
            for &e in &ends {
                if e > s && squash(&raw[s..e]) == hs {
                    return raw[s..e].trim().to_owned();
                }
            }
        }
    }
    // Site name as first or last segment (strong separators only, not ": "
    // unless it is a prefix naming the site).
    let cuts_strong = title_cuts(raw, false);
    let mut t = raw;
    if let Some(site) = site {
        if let Some(&(a, _)) = cuts_strong.last() {
            if is_site_segment(&t[cuts_strong.last().map_or(0, |c| c.1)..], site) {
                // The site is named once: the rest is the headline.
                return t[..a].trim().to_owned();
            }
        }
        // A leading segment must name the site itself, not a topic word
        // of a longer site name ("Tidal Power – …" on "Foundation
        // for Tidal Power").
        let cuts2 = title_cuts(t, true);
        if let Some(&(a, b)) = cuts2.first() {
            let (seg, name) = (squash(&t[..a]), squash(site));
            if is_site_segment(&t[..a], site) && seg.len() * 4 >= name.len() * 3 {
                t = t[b..].trim();
            }
        }
        if t != raw {
            return t.to_owned();
        }
    }
    // No site name to compare: a short trailing segment after a strong
    // separator is most likely the site ("Headline | Site").
    if let Some(&(a, b)) = cuts_strong.last() {
        let tail = &raw[b..];
        let head = &raw[..a];
        let sep = &raw[a..b];
        let strong = !sep.contains('-') && !sep.contains('/');
        if strong && tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 4 {
            return head.trim().to_owned();
        }
    }
    raw.to_owned()
}

/// An `<h1>` that holds the site's logo or name rather than the headline:
/// named so by its class or id ("site-title", "logo"), or nothing but a
/// link to the home page.
fn is_logo_heading(doc: &Document, h: NodeId) -> bool {
    let names = doc.class_and_id(h).to_ascii_lowercase();
    if [
        "site-title",
        "site-name",
        "sitename",
        "logo",
        "brand",
        "blog-title",
    ]
    .iter()
    .any(|w| names.contains(w))
    {
        return true;
    }
    let links: Vec<NodeId> = doc
        .descendants(h)
        .filter(|&d| doc.is(d, "a"))
        .take(2)
        .collect();
    match links.as_slice() {
        [a] => {
            doc.attr(*a, "href").is_some_and(is_home_link)
                && squash(&doc.text(*a)) == squash(&doc.text(h))
        }
        _ => false,
    }
}

/// A link to a site's home page: "/", "https://example.com/", or an
/// archived copy of one ("https://web.archive.org/web/2014/http://example.com/").
fn is_home_link(href: &str) -> bool {
    let href = href.trim();
    let rest = href.rsplit_once("://").map_or(href, |(_, r)| r);
    if href.starts_with('/') && !href.starts_with("//") {
        return matches!(href, "/" | "/index.html" | "/index.php");
    }
    rest.trim_end_matches('/').find('/').is_none() && href.contains("://")
}

fn title(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    base: Option<&Url>,
) -> Option<String> {
    let h1s: Vec<String> = sig
        .h1s
        .iter()
        .filter(|&&h| !is_logo_heading(doc, h))
        .filter_map(|&h| small_text(doc, h))
        .filter(|t| t.chars().count() <= 300 && !site.is_some_and(|s| same_text(s, t)))
        .collect();
    let title_el = sig.title.and_then(|t| clean(&doc.text(t)));
    let item_headline = sig
        .item
        .headlines
        .iter()
        .find(|&&h| !is_logo_heading(doc, h))
        .and_then(|&h| small_text(doc, h));
    let meta_title = sig
        .first_meta(&[
            "dc:title",
            "dcterm:title",
            "og:title",
            "twitter:title",
            "parsely-title",
            "sailthru:title",
        ])
        .and_then(clean);
    // A JSON-LD headline that disagrees with the page while the object's
    // `name` agrees with it (encyclopaedias put a summary in `headline`).
    let agrees = |t: &str| {
        h1s.iter().any(|h| same_text(h, t))
            || title_el
                .as_deref()
                .is_some_and(|e| squash(e).contains(&squash(t)))
    };
    let ld_title = match (&ld.title, &ld.alt_title) {
        (Some(h), Some(n)) if !agrees(h) && agrees(n) => Some(n.clone()),
        (h, _) => h.clone(),
    };
    let candidates = [
        ld_title.clone().filter(|_| ld.is_article),
        meta_title,
        item_headline,
        sig.meta("title").and_then(clean),
        title_el.clone(),
        ld_title,
    ];
    // A candidate that is only the site's name is not a headline: the site
    // name as stated, or a short title naming the host ("DimidoBlog" on
    // dimido.de).
    let host = host_label(base);
    let is_site = |t: &str| {
        site.is_some_and(|s| same_text(s, t))
            || host
                .as_deref()
                .is_some_and(|h| t.split_whitespace().count() <= 3 && squash(t).contains(h))
    };
    let candidates: Vec<String> = candidates
        .into_iter()
        .flatten()
        .filter(|t| t.chars().count() >= 2)
        .collect();
    let raw = candidates
        .iter()
        .find(|t| !is_site(t))
        .or_else(|| h1s.iter().find(|h| !is_site(h)))
        .or(candidates.first())
        .or(h1s.first())?;
    // The logo heading names the site when the metadata does not.
    let logo = || {
        sig.h1s
            .iter()
            .find(|&&h| is_logo_heading(doc, h))
            .and_then(|&h| small_text(doc, h))
            .map(|t| normalize_space(&t))
    };
    let site_hint = site.map(str::to_owned).or_else(logo).or(host);
    let t = strip_site(raw, site_hint.as_deref(), &h1s);
    // A metadata title cut short (an unescaped quote in `content`, a length
    // cap) is a prefix of the visible headline.
    let extends =
        |h: &str| h.len() > t.len() + 1 && t.chars().count() >= 12 && h.starts_with(t.as_str());
    let longer = h1s.iter().find(|h| extends(h)).cloned().or_else(|| {
        // Another candidate going on with a quotation: `content="A "B""`.
        candidates
            .iter()
            // Stripping only shortens: a candidate no longer than the title
            // cannot extend it.
            .filter(|c| c.len() > t.len() + 1)
            .map(|c| strip_site(c, site_hint.as_deref(), &h1s))
            .find(|c| {
                extends(c)
                    && c[t.len()..]
                        .trim_start()
                        .starts_with(['"', '“', '„', '\'', '‘', '«', '»'])
            })
    });
    Some(longer.unwrap_or(t))
}

/// The distinctive label of the page's host, squashed: "www.dimido.de" →
/// "dimido", "news.example.co.uk" → "example".
fn host_label(base: Option<&Url>) -> Option<String> {
    let host = base?.host_str()?;
    if host.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    // Skip a second-level public suffix ("co.uk", "com.au").
    let mut i = labels.len() - 2;
    if i > 0
        && matches!(
            labels[i],
            "co" | "com" | "org" | "net" | "ac" | "gov" | "or" | "ne"
        )
    {
        i -= 1;
    }
    let l = squash(labels[i]);
    (l.len() >= 4 && !matches!(l.as_str(), "fakehost" | "localhost" | "example")).then_some(l)
}

fn description(doc: &Document, sig: &Signals<'_>, ld: &LdInfo) -> Option<String> {
    sig.first_meta(&[
        "dc:description",
        "dcterm:description",
        "og:description",
        "description",
        "twitter:description",
        "sailthru:description",
    ])
    .and_then(clean)
    .or_else(|| ld.description.clone())
    .or_else(|| sig.item.description.and_then(|d| small_text(doc, d)))
}

/// A "widget" that holds the article body, or a quarter of the page, is the
/// main column of a blog layout (Blogger puts the posts in `widget Blog`),
/// not a box beside it.
pub(super) fn holds_main_column(doc: &Document, id: NodeId) -> bool {
    if (doc.subtree_end(id) - id.index()) * 4 > doc.len() {
        return true;
    }
    doc.descendants(id)
        .take(4000)
        .any(|d| crate::dom::marks_article_body(doc, d))
}

/// True when a node sits in page furniture rather than the article: inside
/// `nav`/`form`, a `footer`/`aside`/sidebar/widget that is not part of an
/// `<article>`, or a container whose class names comments or related links.
fn in_furniture(doc: &Document, id: NodeId) -> bool {
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
        if matches!(name, Some("footer" | "aside")) && !in_article {
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
            if !in_article
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

// ---------------------------------------------------------------- dates

/// A calendar date in a URL path: `/2019/08/02/` or `-2019-08-02`, the way
/// blogs and news sites file their articles.
fn url_date(urls: &[&str]) -> Option<String> {
    for u in urls {
        let Ok(url) = Url::parse(u) else { continue };
        let segs: Vec<&str> = url.path().split(['/', '-', '_']).collect();
        for w in segs.windows(3) {
            let ok = w[0].len() == 4
                && w[1].len() == 2
                && w[2].len() == 2
                && w.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
            if ok {
                if let Some(d) = parse_date(&format!("{}-{}-{}", w[0], w[1], w[2])) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// Meta keys that state the publication date, strongest first.
pub(super) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "parsely-pub-date",
    "sailthru:date",
    "dc:date:issued",
    "dcterm:issued",
    "dcterm:created",
    "dc:date",
    "dcterm:date",
    "dc:date:created",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publishdate",
    "publication_date",
    "citation_publication_date",
    "release_date",
    "og:published_time",
];

/// Meta keys that state the modification date, strongest first.
pub(super) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "dcterm:modified",
    "datemodified",
    "last-modified",
    "http-equiv:last-modified",
];

fn dates(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    urls: &[&str],
    title: Option<&str>,
) -> (Option<String>, Option<String>) {
    let meta_pub = PUBLISHED_KEYS
        .iter()
        .find_map(|k| sig.meta(k).and_then(parse_date));
    let published = ld
        .published
        .as_deref()
        .and_then(parse_date)
        .map(|l| prefer_local(l, meta_pub.as_deref()))
        .or(meta_pub)
        .or_else(|| sig.item.published.and_then(parse_date))
        .or_else(|| {
            sig.item
                .published_node
                .and_then(|n| small_text(doc, n))
                .and_then(|t| parse_date(&t).or_else(|| find_date_in_text(&t)))
        })
        .or_else(|| time_element(doc, sig))
        .or_else(|| {
            sig.date_nodes
                .iter()
                .filter(|&&n| !in_furniture(doc, n))
                .filter_map(|&n| small_text(doc, n))
                .filter(|t| t.chars().count() <= 100)
                .find_map(|t| find_date_in_text(&t))
        })
        .or_else(|| url_date(urls))
        .or_else(|| date_near_headline(doc, sig, title))
        .or_else(|| labelled_date(doc));
    let modified = ld
        .modified
        .as_deref()
        .and_then(parse_date)
        .or_else(|| {
            MODIFIED_KEYS
                .iter()
                .find_map(|k| sig.meta(k).and_then(parse_date))
        })
        .or_else(|| sig.item.modified.and_then(parse_date));
    order_dates(published, modified)
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

/// A date in the short lines around the headline ("14.06.2021 08:15
/// Uhr", "Datum: 22.09.2021", "3. Feb. 2016 // A"): the meta line most
/// pages put just above the headline in its header block, or just after
/// it, whatever its class. Long text (the body) is not read.
fn date_near_headline(doc: &Document, sig: &Signals<'_>, title: Option<&str>) -> Option<String> {
    let titled = titled_heading(doc, sig, title);
    let first_h1 = sig.h1s.iter().copied().find(|&h| !is_logo_heading(doc, h));
    let mut headlines = titled
        .into_iter()
        .chain(first_h1.filter(|&h| Some(h) != titled));
    headlines.find_map(|h| date_near(doc, h))
}

fn date_near(doc: &Document, headline: NodeId) -> Option<String> {
    let date_in = |&(id, t): &(NodeId, &str)| {
        // A long line is the body: only a dateline opening it counts
        // ("27.1.2022 – The council …").
        let line = if t.len() > 160 {
            let cut = (0..=32).rev().find(|&i| t.is_char_boundary(i)).unwrap_or(0);
            let head = &t[..cut];
            if date::date_start(head) != Some(0) {
                return None;
            }
            head
        } else {
            t
        };
        // Every date has digits (its year): most lines are skipped unread.
        if !line.bytes().any(|b| b.is_ascii_digit()) || in_furniture(doc, id) {
            return None;
        }
        find_date_in_text(line)
    };
    let lines = |start: usize| {
        text_nodes_from(doc, start)
            .map(|(id, t)| (id, t.trim()))
            .filter(|(_, t)| !t.is_empty())
    };
    // The header block: the headline's parent, or its grandparent when the
    // headline sits alone in a wrapper.
    let parent = doc.parent(headline)?;
    let block = if doc
        .children(parent)
        .filter(|&c| doc.element(c).is_some())
        .count()
        > 1
    {
        parent
    } else {
        doc.parent(parent).unwrap_or(parent)
    };
    let before: Vec<(NodeId, &str)> = lines(block.index())
        .take_while(|(id, _)| *id < headline)
        .collect();
    before.iter().rev().take(4).find_map(date_in).or_else(|| {
        lines(doc.subtree_end(headline))
            .take(12)
            .find_map(|l| date_in(&l))
    })
}

/// Labels that introduce the publication date, lower case.
const PUBLISHED_LABELS: &[&str] = &[
    "published on",
    "published",
    "posted on",
    "erschienen am",
    "erschienen",
    "veröffentlicht am",
    "veröffentlicht",
    "publiziert am",
    "publié le",
    "publié",
    "mise en ligne le",
    "mise en ligne",
    "publicado el",
    "publicado",
    "pubblicato il",
    "pubblicato",
    "gepubliceerd op",
    "gepubliceerd",
];

/// A date under a publication label anywhere on the page ("Erschienen am:
/// 01.11.2023", `<p>Mise en ligne</p><p>23 mai 2019</p>`): the date in the
/// rest of the label's line, or in the next line when the label stands
/// alone.
fn labelled_date(doc: &Document) -> Option<String> {
    let mut lines = text_nodes_from(doc, 0)
        .map(|(id, t)| (id, t.trim()))
        .filter(|(_, t)| !t.is_empty());
    while let Some((id, t)) = lines.next() {
        if t.len() > 200 {
            continue;
        }
        let Some(rest) = after_published_label(t) else {
            continue;
        };
        if in_furniture(doc, id) {
            continue;
        }
        let date = if rest.is_empty() {
            lines
                .next()
                .filter(|(_, next)| next.len() <= 100)
                .and_then(|(_, next)| find_date_in_text(next))
        } else {
            find_date_in_text(rest)
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

/// The text after a publication label that opens `t` (its colon
/// dropped), when `t` opens with one.
fn after_published_label(t: &str) -> Option<&str> {
    let first = t.bytes().next()?.to_ascii_lowercase();
    PUBLISHED_LABELS.iter().find_map(|label| {
        let n = label.len();
        if label.as_bytes()[0] != first || !t.is_char_boundary(n.min(t.len())) || t.len() < n {
            return None;
        }
        if !t[..n].to_lowercase().eq(label) {
            return None;
        }
        let rest = &t[n..];
        // A whole word: "Published" but not "Publishers".
        if rest.starts_with(char::is_alphanumeric) {
            return None;
        }
        Some(rest.trim_start_matches([':', ' ', '\u{a0}']).trim())
    })
}

/// The heading whose text is the title: an `<h1>`, else an `<h2>` or
/// `<h3>`.
fn titled_heading(doc: &Document, sig: &Signals<'_>, title: Option<&str>) -> Option<NodeId> {
    let title = title?;
    let is_title = |&id: &NodeId| small_text(doc, id).is_some_and(|t| same_text(&t, title));
    sig.h1s.iter().copied().find(is_title).or_else(|| {
        (0..doc.len())
            .map(|i| NodeId(i as u32))
            .filter(|&id| doc.is(id, "h2") || doc.is(id, "h3"))
            .find(is_title)
    })
}

/// The `<time>` that dates the article: one marked `pubdate`/`itemprop`,
/// else the first after the headline outside page furniture.
fn time_element(doc: &Document, sig: &Signals<'_>) -> Option<String> {
    let first_h1 = sig.h1s.first().copied();
    let usable =
        |&&(id, dt, _): &&(NodeId, Option<&str>, bool)| dt.is_some() && !in_furniture(doc, id);
    let parse = |&(id, dt, _): &(NodeId, Option<&str>, bool)| {
        dt.and_then(parse_date).or_else(|| {
            small_text(doc, id).and_then(|t| parse_date(&t).or_else(|| find_date_in_text(&t)))
        })
    };
    if let Some(d) = sig
        .times
        .iter()
        .filter(|t| {
            t.2 || doc.attr(t.0, "itemprop").is_some()
                || doc.attr(t.0, "class").is_some_and(|c| {
                    (contains_ci(c, "publish")
                        || contains_ci(c, "entry-date")
                        || contains_ci(c, "post-date"))
                        && !contains_ci(c, "update")
                })
        })
        .filter(|t| !in_furniture(doc, t.0))
        .find_map(parse)
    {
        return Some(d);
    }
    sig.times
        .iter()
        .filter(usable)
        .filter(|t| {
            first_h1.is_none_or(|h| t.0 > h)
                || doc
                    .ancestors(t.0)
                    .any(|a| doc.is(a, "article") || doc.is(a, "header"))
        })
        .filter(|t| !doc.ancestors(t.0).any(|a| doc.is(a, "li")))
        .find_map(parse)
}

/// Of two statements of the same instant, the one in the publisher's local
/// offset: its calendar day is the one readers saw.
fn prefer_local(ld: String, other: Option<&str>) -> String {
    match other {
        Some(o)
            if date_key(o).is_some()
                && date_key(o) == date_key(&ld)
                && (ld.ends_with('Z') || ld.ends_with("+00:00"))
                && !(o.ends_with('Z') || o.ends_with("+00:00")) =>
        {
            o.to_owned()
        }
        _ => ld,
    }
}

/// Comparable key for an ISO date: UTC seconds when the time is known, else
/// the day at midnight.
fn date_key(d: &str) -> Option<i64> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(d) {
        return Some(t.timestamp());
    }
    let day = chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok()?;
    Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// Published must not be later than modified: when it is, the two were
/// mislabelled; swap them. Equal or unparseable values are kept as they are.
fn order_dates(p: Option<String>, m: Option<String>) -> (Option<String>, Option<String>) {
    match (p, m) {
        (Some(p), Some(m)) => match (date_key(&p), date_key(&m)) {
            // Same calendar day with only one side timed: not a conflict.
            (Some(a), Some(b)) if a > b && p.get(..10) != m.get(..10) => (Some(m), Some(p)),
            _ => (Some(p), Some(m)),
        },
        other => other,
    }
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
                    same_text(t, b) || (b.split_whitespace().count() >= 2 && overlap(t, b) >= 0.6)
                })
            };
            let last = match crumbs.last() {
                Some(l) if is_page(l) => crumbs.len().checked_sub(2).map(|i| &crumbs[i]),
                l => l,
            };
            last.filter(|b| b.split_whitespace().count() <= 3 && !is_page(b))
                .cloned()
        })
        .filter(|s| s.chars().count() <= 60 && !s.contains("://"))
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

fn tags(sig: &Signals<'_>, ld: &LdInfo) -> Vec<String> {
    let mut raw: Vec<String> = ld.tags.clone();
    raw.extend(sig.meta_all("article:tag").map(str::to_owned));
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
            if t.chars().count() > 60 || out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
                continue;
            }
            out.push(t);
            if out.len() >= 30 {
                return out;
            }
        }
    }
    out
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

fn lead_image(sig: &Signals<'_>, ld: &LdInfo, base: Option<&Url>) -> Option<Image> {
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
    if let Some(li) = &ld.image {
        if absolute(&li.url, base).as_deref() == Some(url.as_str()) || og.is_none() {
            img.caption = li.caption.clone();
        }
    }
    Some(img)
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
        .filter(|t| t.chars().count() <= 60)
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
