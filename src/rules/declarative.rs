//! Declarative rules: CSS selectors per field, written in TOML or JSON.
//!
//! A rule file names the rule, the hosts it applies to (and/or a page
//! fingerprint), and for each field a list of selectors tried in order; the
//! first selector that yields a non-empty value wins. Every field left out,
//! or whose selectors find nothing, falls back to the generic heuristics.
//!
//! ```toml
//! name = "daily-planet"
//! hosts = ["dailyplanet.example", "*.planet-news.example"]
//! fingerprint = { site_name = "Daily Planet" }   # used when there is no URL
//!
//! title = "h1.headline"
//! authors = { selector = ".byline", strip_prefix = "By ", split = true }
//! published = [{ selector = "time[datetime]", attr = "datetime" }, ".dateline"]
//! section = [".kicker", "nav.breadcrumb li:last-child"]
//! body = ".story-body"
//! strip = [".newsletter-box", ".share-bar"]
//! related = [{ selector = ".more-stories", label = "More stories" }]
//! ```
//!
//! A field is a selector string, a table, or a list of selectors and tables
//! (tried in order; each table may read its own `attr`, and the cleaning
//! options of the list apply to every value):
//!
//! | key | meaning |
//! |---|---|
//! | `selector` / `selectors` | one selector or a list, tried in order |
//! | `attr` | read this attribute (`content`, `datetime`, `src`) instead of the text |
//! | `strip_prefix` / `strip_suffix` | a string or list removed from the value (case-insensitive), e.g. `"By "` |
//! | `split` | `true` splits names on `,` `;` `&` and ` and `; a string splits on that separator |
//! | `date_format` | a `chrono` format (`"%d %B %Y"`) for dates the generic parser cannot read |
//!
//! Fields: `title`, `description`, `authors`, `published`, `modified`,
//! `section`, `source`, `tags`, `image` (lead image URL), `caption`, `credit`,
//! `reading_time` (the first number is taken). Body keys: `body` (selectors
//! tried in order; every match of the first that matches is a body root),
//! `strip` (every match removed), `related` (teaser boxes, each `selector`
//! with an optional `label`), `drop_blocks` (body blocks whose text starts
//! with one of these strings are boilerplate).
//!
//! The `fingerprint` table has `site_name` (the `og:site_name` or
//! `application-name` value, case-insensitive), `generator` (a substring of
//! the `generator` meta) and `selector` (an element that must exist); all the
//! keys given must hold.

mod spec;

use std::path::Path;

use url::Url;

use super::{Fields, Rule, clip, clip_lines};
use crate::dom::{Document, NodeId, normalize_space};
use crate::parse::url::{UrlUse, resolve as resolve_url};
use crate::rules::RuleHints;
use crate::{Article, Block, Error, Image, PageDate, Result, Selector};
use spec::RuleSpec;

/// A rule read from TOML or JSON (see the [module docs](self) for the format).
///
/// ```
/// use newsprint::rules::DeclarativeRule;
/// let rule = DeclarativeRule::from_toml_str(r#"
///     name = "planet"
///     hosts = ["planet.example"]
///     authors = { selector = ".byline", strip_prefix = "By ", split = true }
/// "#)?;
/// let html = "<h1>Port strike ends</h1><p class=byline>By Lois Lane and Jimmy Olsen</p>\
///     <p>Dock workers returned on Monday after a nine-day strike that had left ships waiting.</p>";
/// let ex = newsprint::Extractor::builder().rule(rule).build();
/// let a = ex.extract(html, Some("https://www.planet.example/a"))?;
/// assert_eq!(a.rule.as_deref(), Some("planet"));
/// assert_eq!(a.authors, ["Lois Lane", "Jimmy Olsen"]);
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct DeclarativeRule {
    pub(crate) name: String,
    pub(crate) hosts: Vec<String>,
    pub(crate) fingerprint: Fingerprint,
    pub(crate) title: Option<FieldRule>,
    pub(crate) description: Option<FieldRule>,
    pub(crate) authors: Option<FieldRule>,
    pub(crate) published: Option<FieldRule>,
    pub(crate) modified: Option<FieldRule>,
    pub(crate) section: Option<FieldRule>,
    pub(crate) source: Option<FieldRule>,
    pub(crate) tags: Option<FieldRule>,
    pub(crate) image: Option<FieldRule>,
    pub(crate) caption: Option<FieldRule>,
    pub(crate) credit: Option<FieldRule>,
    pub(crate) reading_time: Option<FieldRule>,
    pub(crate) body: Vec<Probe>,
    pub(crate) strip: Vec<Selector>,
    pub(crate) related: Vec<(Selector, Option<String>)>,
    pub(crate) drop_blocks: Vec<String>,
}

/// One place to look: a selector, and what to read from its matches.
#[derive(Debug, Clone)]
pub(crate) struct Probe {
    pub selector: Selector,
    /// Attribute to read; `None` reads the text.
    pub attr: Option<String>,
    /// Only the first match in document order counts.
    pub first_only: bool,
    /// Keep only the text after this marker (no value when it is absent).
    pub after: Option<String>,
    /// Keep only the text before this marker.
    pub before: Option<String>,
}

impl Probe {
    pub(crate) fn text(selector: Selector) -> Probe {
        Probe {
            selector,
            attr: None,
            first_only: false,
            after: None,
            before: None,
        }
    }

    /// Matches, outermost only (a match inside another match is dropped).
    fn nodes(&self, doc: &Document) -> Vec<NodeId> {
        outermost(doc, &doc.select(&self.selector), self.first_only)
    }

    fn value(&self, doc: &Document, n: NodeId) -> Option<String> {
        let mut v = match &self.attr {
            Some(a) => normalize_space(doc.attr(n, a)?),
            None => doc.text(n),
        };
        if let Some(m) = &self.after {
            let at = v.find(m.as_str())?;
            v = v[at + m.len()..].trim().to_string();
        }
        if let Some(m) = &self.before
            && let Some(at) = v.find(m.as_str())
        {
            v = v[..at].trim().to_string();
        }
        (!v.is_empty()).then_some(v)
    }
}

/// The matches not inside an earlier match (document order in, document
/// order out); only the first with `first_only`.
fn outermost(doc: &Document, hits: &[NodeId], first_only: bool) -> Vec<NodeId> {
    let mut out: Vec<NodeId> = Vec::new();
    for &n in hits {
        if out.last().is_some_and(|&l| doc.contains(l, n)) {
            continue;
        }
        out.push(n);
        if first_only {
            break;
        }
    }
    out
}

/// Where a field lives and how to clean it.
#[derive(Debug, Clone, Default)]
pub(crate) struct FieldRule {
    pub probes: Vec<Probe>,
    pub strip_prefix: Vec<String>,
    pub strip_suffix: Vec<String>,
    pub split: Option<Split>,
    pub date_format: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) enum Split {
    Names,
    On(String),
}

impl FieldRule {
    /// Every cleaned value of the first probe that yields any.
    fn values(&self, doc: &Document) -> Vec<String> {
        for p in &self.probes {
            let mut out: Vec<String> = Vec::new();
            for n in p.nodes(doc) {
                let Some(v) = p.value(doc, n) else { continue };
                let v = self.clean(&v);
                let parts = match &self.split {
                    Some(s) => split_value(&v, s),
                    None => vec![v],
                };
                for part in parts {
                    let part = self.clean(&part);
                    if !part.is_empty() && !out.contains(&part) {
                        out.push(part);
                    }
                }
            }
            if !out.is_empty() {
                return out;
            }
        }
        Vec::new()
    }

    /// The first cleaned value, stopping at the first match that has one.
    fn first(&self, doc: &Document) -> Option<String> {
        for p in &self.probes {
            for n in doc.select_iter(doc.root(), &p.selector) {
                if let Some(v) = p.value(doc, n) {
                    let v = self.clean(&v);
                    let part = match &self.split {
                        Some(s) => split_value(&v, s)
                            .into_iter()
                            .map(|x| self.clean(&x))
                            .find(|x| !x.is_empty()),
                        None => Some(v),
                    };
                    if let Some(part) = part.filter(|x| !x.is_empty()) {
                        return Some(part);
                    }
                }
                if p.first_only {
                    break;
                }
            }
        }
        None
    }

    fn clean(&self, v: &str) -> String {
        let mut s = v.trim();
        loop {
            let before = s.len();
            for p in &self.strip_prefix {
                if let Some(rest) = strip_prefix_ci(s, p) {
                    s = rest.trim_start();
                }
            }
            for p in &self.strip_suffix {
                if let Some(rest) = strip_suffix_ci(s, p) {
                    s = rest.trim_end();
                }
            }
            if s.len() == before {
                break;
            }
        }
        s.trim_matches(|c: char| c.is_whitespace() || c == '|' || c == '·')
            .to_string()
    }
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    (!p.is_empty() && head.eq_ignore_ascii_case(p)).then(|| &s[p.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    (!p.is_empty() && tail.eq_ignore_ascii_case(p)).then(|| &s[..cut])
}

/// Splits a list of names: `A, B and C`, `A & B`, `A; B`.
fn split_value(v: &str, how: &Split) -> Vec<String> {
    match how {
        Split::On(sep) => v.split(sep.as_str()).map(str::to_string).collect(),
        Split::Names => {
            let mut parts = vec![v.to_string()];
            for sep in [";", ",", " & ", " and ", " und ", " et ", " y "] {
                parts = parts
                    .iter()
                    .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
                    .collect();
            }
            parts
        }
    }
}

/// Conditions on the page that identify the publisher.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fingerprint {
    pub site_name: Option<String>,
    pub generator: Option<String>,
    pub selector: Option<Selector>,
}

impl Fingerprint {
    fn is_empty(&self) -> bool {
        self.site_name.is_none() && self.generator.is_none() && self.selector.is_none()
    }

    fn matches(&self, doc: &Document) -> bool {
        if self.is_empty() {
            return false;
        }
        let meta = |keys: &[&str]| -> Vec<String> {
            doc.elements_named("meta")
                .filter(|&m| {
                    let k = doc
                        .attr(m, "property")
                        .or_else(|| doc.attr(m, "name"))
                        .unwrap_or("");
                    keys.iter().any(|key| k.eq_ignore_ascii_case(key))
                })
                .filter_map(|m| doc.attr(m, "content").map(normalize_space))
                .collect()
        };
        if let Some(want) = &self.site_name
            && !meta(&["og:site_name", "application-name"])
                .iter()
                .any(|v| v.eq_ignore_ascii_case(want))
        {
            return false;
        }
        if let Some(want) = &self.generator {
            let want = want.to_lowercase();
            if !meta(&["generator"])
                .iter()
                .any(|v| v.to_lowercase().contains(&want))
            {
                return false;
            }
        }
        if let Some(sel) = &self.selector
            && doc.select_first_in(doc.root(), sel).is_none()
        {
            return false;
        }
        true
    }
}

impl DeclarativeRule {
    /// Reads a rule from TOML. Errors carry the line and column.
    ///
    /// ```
    /// let err = newsprint::rules::DeclarativeRule::from_toml_str("name = \"x\"\ntitle = \"h1[\"\n")
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("line 2"), "{err}");
    /// ```
    pub fn from_toml_str(src: &str) -> Result<DeclarativeRule> {
        Self::from_toml_named(src, "<string>")
    }

    /// Reads a rule from JSON (the same keys as TOML).
    ///
    /// ```
    /// let r = newsprint::rules::DeclarativeRule::from_json_str(
    ///     r#"{"name": "x", "hosts": ["x.example"], "title": ["h1.big", "h1"]}"#)?;
    /// assert_eq!(newsprint::rules::Rule::name(&r), "x");
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn from_json_str(src: &str) -> Result<DeclarativeRule> {
        Self::from_json_named(src, "<string>")
    }

    /// Reads a `.toml` or `.json` rule file of at most
    /// [`MAX_RULE_FILE_BYTES`](super::MAX_RULE_FILE_BYTES).
    pub fn from_path(path: impl AsRef<Path>) -> Result<DeclarativeRule> {
        let path = path.as_ref();
        let bytes = super::read_rule_file(path)?;
        let src = String::from_utf8(bytes).map_err(|_| Error::Io {
            path: path.display().to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "stream did not contain valid UTF-8",
            ),
        })?;
        let label = path.display().to_string();
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json {
            Self::from_json_named(&src, &label)
        } else {
            Self::from_toml_named(&src, &label)
        }
    }

    pub(crate) fn from_toml_named(src: &str, label: &str) -> Result<DeclarativeRule> {
        let spec: RuleSpec = toml::from_str(src).map_err(|e| {
            Error::Rule(format!("{label}: {}", clip_lines(e.to_string().trim_end())))
        })?;
        spec.compile(src, label)
    }

    pub(crate) fn from_json_named(src: &str, label: &str) -> Result<DeclarativeRule> {
        let spec: RuleSpec = serde_json::from_str(src).map_err(|e| {
            // The message may quote a value whole; keep the position.
            let full = e.to_string();
            let what = full.rsplit_once(" at line ").map_or(full.as_str(), |m| m.0);
            Error::Rule(format!(
                "{label}: {} at line {} column {}",
                clip(what),
                e.line(),
                e.column()
            ))
        })?;
        spec.compile(src, label)
    }
}

impl Rule for DeclarativeRule {
    fn name(&self) -> &str {
        &self.name
    }

    fn hosts(&self) -> Vec<String> {
        self.hosts.clone()
    }

    fn fingerprint(&self, doc: &Document) -> bool {
        self.fingerprint.matches(doc)
    }

    fn fields(&self, doc: &Document, base: Option<&Url>) -> Fields {
        let one = |f: &Option<FieldRule>| f.as_ref().and_then(|f| f.first(doc));
        let many = |f: &Option<FieldRule>| f.as_ref().map(|f| f.values(doc)).unwrap_or_default();
        let date = |f: &Option<FieldRule>| {
            let f = f.as_ref()?;
            f.values(doc)
                .iter()
                .find_map(|v| normalise_date(v, f.date_format.as_deref()))
        };
        let image_url = one(&self.image).and_then(|u| resolve_url(base, &u, UrlUse::Web));
        let caption = one(&self.caption);
        let credit = one(&self.credit);
        let lead_image =
            (image_url.is_some() || caption.is_some() || credit.is_some()).then(|| Image {
                url: image_url,
                caption,
                credit,
                ..Image::default()
            });
        Fields {
            title: one(&self.title),
            description: one(&self.description),
            authors: many(&self.authors),
            published: date(&self.published),
            modified: date(&self.modified),
            section: one(&self.section),
            source: one(&self.source),
            tags: many(&self.tags),
            lead_image,
            reading_time_minutes: one(&self.reading_time).and_then(|t| first_number(&t)),
            ..Fields::default()
        }
    }

    fn hints(&self, doc: &Document) -> RuleHints {
        let mut hints = RuleHints {
            names_body: !self.body.is_empty(),
            ..RuleHints::default()
        };
        if self.body.is_empty() && self.strip.is_empty() && self.related.is_empty() {
            return hints;
        }
        // One pass over the document for every selector.
        let mut all: Vec<&Selector> = Vec::new();
        all.extend(self.body.iter().map(|p| &p.selector));
        all.extend(self.strip.iter());
        all.extend(self.related.iter().map(|(s, _)| s));
        let found = doc.select_many(doc.root(), &all);
        let (body_hits, rest) = found.split_at(self.body.len());
        let (strip_hits, related_hits) = rest.split_at(self.strip.len());
        for (p, hits) in self.body.iter().zip(body_hits) {
            let nodes = outermost(doc, hits, p.first_only);
            if !nodes.is_empty() {
                hints.body = nodes;
                break;
            }
        }
        for hits in strip_hits {
            // Never strip a subtree that holds the body.
            let body = &hints.body;
            hints.strip.extend(
                hits.iter()
                    .copied()
                    .filter(|&n| !body.iter().any(|&b| doc.contains(n, b))),
            );
        }
        for ((_, label), hits) in self.related.iter().zip(related_hits) {
            for n in outermost(doc, hits, false) {
                hints.related.push((label.clone(), n));
            }
        }
        hints
    }

    fn is_boilerplate(&self, _doc: &Document, block: &Block) -> bool {
        if self.drop_blocks.is_empty() {
            return false;
        }
        let text = block.text();
        let text = text.trim_start();
        self.drop_blocks
            .iter()
            .any(|p| strip_prefix_ci(text, p).is_some())
    }

    fn finish(&self, _doc: &Document, _article: &mut Article) {}
}

/// The first run of digits in `s`.
fn first_number(s: &str) -> Option<u32> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let digits: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// A date value read with `format` when given, else by the generic parser.
/// A time without an offset keeps only its day.
pub(crate) fn normalise_date(v: &str, format: Option<&str>) -> Option<PageDate> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike};
    if let Some(fmt) = format {
        if let Ok(d) = DateTime::parse_from_str(v, fmt) {
            return Some(PageDate::DateTime(d.with_nanosecond(0).unwrap_or(d)));
        }
        if let Ok(d) = NaiveDateTime::parse_from_str(v, fmt) {
            return Some(PageDate::Day(d.date()));
        }
        if let Ok(d) = NaiveDate::parse_from_str(v, fmt) {
            return Some(PageDate::Day(d));
        }
    }
    crate::parse::date::parse_date(v)
}

#[cfg(test)]
mod tests;
