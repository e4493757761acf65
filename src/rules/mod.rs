//! Per-publisher extraction rules: the [`Rule`] trait, the [`Registry`] that
//! picks a rule for a page, and the built-in publishers.
//!
//! Three ways to write a rule:
//! - in Rust, implementing [`Rule`] (every method has a do-nothing default);
//! - declaratively, in TOML or JSON ([`DeclarativeRule`], format in
//!   [`declarative`]);
//! - by loading FiveFilters `ftr-site-config` files ([`FtrRule`], XPath
//!   translated to CSS where CSS can say the same thing).
//!
//! [`load_path`] reads any of the file kinds, alone or a directory of them.
//!
//! Rules are hints, not orders: a field the rule does not find falls back
//! to the generic heuristics, and a rule body that is empty or a small part
//! of a clearly better heuristic candidate is ignored, so a publisher's
//! redesign does not lose articles.
//!
//! ```
//! let rule = newsprint::rules::DeclarativeRule::from_toml_str(r#"
//!     name = "daily-planet"
//!     hosts = ["dailyplanet.example"]
//!     section = ".kicker"
//!     authors = { selector = ".byline", strip_prefix = "By ", split = true }
//!     body = ".story-body"
//! "#)?;
//! let ex = newsprint::Extractor::builder().rule(rule).build();
//! let html = r#"<p class="kicker">Metro</p><h1>Port strike ends</h1>
//!     <p class="byline">By Lois Lane and Jimmy Olsen</p>
//!     <div class="story-body"><p>Dock workers returned on Monday after a nine-day strike
//!     that had left container ships waiting outside the harbour.</p></div>"#;
//! let a = ex.extract(html, Some("https://dailyplanet.example/metro/strike"))?;
//! assert_eq!(a.rule.as_deref(), Some("daily-planet"));
//! assert_eq!(a.section.as_deref(), Some("Metro"));
//! assert_eq!(a.authors, ["Lois Lane", "Jimmy Olsen"]);
//! # Ok::<(), newsprint::Error>(())
//! ```

pub mod builtin;
pub mod declarative;
pub mod ftr;
mod xpath;

pub use declarative::DeclarativeRule;
pub use ftr::{FtrRule, ImportReport};

use std::collections::HashMap;
use std::sync::Arc;

use url::Url;

use crate::content::RuleHints;
use crate::dom::Document;
use crate::metadata::Metadata;
use crate::{Article, Block, Error, Image, Result};

/// Field values a rule found. Every `None` / empty field falls back to the
/// generic heuristics.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Fields {
    /// Headline.
    pub title: Option<String>,
    /// Standfirst.
    pub description: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Modification date, ISO 8601.
    pub modified: Option<String>,
    /// Section / kicker.
    pub section: Option<String>,
    /// Wire service / source.
    pub source: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Lead image (fields merged over the generic one).
    pub lead_image: Option<Image>,
    /// Reading time shown on the page.
    pub reading_time_minutes: Option<u32>,
}

impl Fields {
    /// Overrides `meta` with every field this rule found.
    pub(crate) fn apply_to(self, meta: &mut Metadata) {
        fn set<T>(slot: &mut Option<T>, v: Option<T>) {
            if v.is_some() {
                *slot = v;
            }
        }
        set(&mut meta.title, self.title);
        set(&mut meta.description, self.description);
        set(&mut meta.published, self.published);
        set(&mut meta.modified, self.modified);
        set(&mut meta.section, self.section);
        set(&mut meta.source, self.source);
        set(&mut meta.reading_time_minutes, self.reading_time_minutes);
        if !self.authors.is_empty() {
            meta.authors = self.authors;
        }
        if !self.tags.is_empty() {
            meta.tags = self.tags;
        }
        if let Some(img) = self.lead_image {
            let lead = meta.lead_image.get_or_insert_with(Image::default);
            set(&mut lead.url, img.url);
            set(&mut lead.alt, img.alt);
            set(&mut lead.caption, img.caption);
            set(&mut lead.credit, img.credit);
        }
    }
}

/// A publisher rule. Implement it in Rust, or write a declarative rule file.
///
/// Every method has a default that does nothing, so a rule implements only
/// what its publisher needs.
pub trait Rule: Send + Sync {
    /// A short name, reported in [`Article::rule`].
    fn name(&self) -> &str;

    /// Hosts this rule applies to: `"example.com"` (that host and its
    /// subdomains) or `"*.example.com"` (subdomains only).
    fn hosts(&self) -> Vec<String> {
        Vec::new()
    }

    /// True when the page itself shows it is this publisher's (used when no
    /// URL is given).
    fn fingerprint(&self, _doc: &Document) -> bool {
        false
    }

    /// Field values found by the rule.
    fn fields(&self, _doc: &Document, _base: Option<&Url>) -> Fields {
        Fields::default()
    }

    /// Body root, nodes to strip, and teaser boxes.
    fn hints(&self, _doc: &Document) -> RuleHints {
        RuleHints::default()
    }

    /// True when a body block is the publisher's boilerplate (a newsletter
    /// plug, a "Read more" line) and must be dropped. Asked for every block
    /// before [`finish`](Rule::finish).
    fn is_boilerplate(&self, _doc: &Document, _block: &Block) -> bool {
        false
    }

    /// Last word on the assembled article.
    fn finish(&self, _doc: &Document, _article: &mut Article) {}
}

impl std::fmt::Debug for dyn Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Rule").field(&self.name()).finish()
    }
}

/// An ordered set of rules; earlier rules win.
///
/// Choice for a page: the rules naming its exact host, then those naming a
/// parent domain (nearest first), then the first rule whose
/// [`fingerprint`](Rule::fingerprint) matches. Within a level the earlier
/// rule wins, and [`ExtractorBuilder`](crate::ExtractorBuilder) puts user
/// rules before the built-ins.
///
/// ```
/// use std::sync::Arc;
/// use newsprint::rules::{DeclarativeRule, Registry};
/// let mut reg = Registry::new();
/// reg.push(Arc::new(DeclarativeRule::from_toml_str("name='a'\nhosts=['news.example']")?));
/// reg.push(Arc::new(DeclarativeRule::from_toml_str("name='b'\nhosts=['*.example']")?));
/// let doc = newsprint::Document::parse("<p>x</p>")?;
/// assert_eq!(reg.select(Some("www.news.example"), &doc).map(|r| r.name()), Some("a"));
/// assert_eq!(reg.select(Some("other.example"), &doc).map(|r| r.name()), Some("b"));
/// assert!(reg.select(Some("example"), &doc).is_none());
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Default)]
pub struct Registry {
    rules: Vec<Arc<dyn Rule>>,
    /// Host pattern (`example.com` or `*.example.com`) → rule indexes, in
    /// order.
    by_host: HashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("rules", &self.rules.len())
            .finish()
    }
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Adds a rule after the existing ones.
    pub fn push(&mut self, rule: Arc<dyn Rule>) {
        let idx = self.rules.len();
        for h in rule.hosts() {
            let h = h.trim().trim_end_matches('.').to_ascii_lowercase();
            if h.is_empty() {
                continue;
            }
            let slot = self.by_host.entry(h).or_default();
            if !slot.contains(&idx) {
                slot.push(idx);
            }
        }
        self.rules.push(rule);
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rule for a page: exact host, then parent domains, then
    /// fingerprint. A `"example.com"` host pattern matches that host and its
    /// subdomains; `"*.example.com"` only subdomains.
    pub fn select(&self, host: Option<&str>, doc: &Document) -> Option<&dyn Rule> {
        if let Some(host) = host {
            let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
            let mut candidate = host.as_str();
            let mut wild = String::new();
            loop {
                let mut best: Option<usize> =
                    self.by_host.get(candidate).and_then(|v| v.first().copied());
                if candidate != host {
                    wild.clear();
                    wild.push_str("*.");
                    wild.push_str(candidate);
                    if let Some(&w) = self.by_host.get(&wild).and_then(|v| v.first()) {
                        best = Some(best.map_or(w, |b| b.min(w)));
                    }
                }
                if let Some(i) = best {
                    return Some(self.rules[i].as_ref());
                }
                match candidate.split_once('.') {
                    Some((_, rest)) if !rest.is_empty() => candidate = rest,
                    _ => break,
                }
            }
        }
        self.rules
            .iter()
            .find(|r| r.fingerprint(doc))
            .map(|r| r.as_ref())
    }
}

/// Loads rules from a file or a directory.
///
/// Files: `.toml` and `.json` are [declarative rules](declarative); `.txt`
/// files named after a host (`example.com.txt`, `.example.com.txt`) are
/// FiveFilters site configs. A directory loads every such file in it, in
/// file-name order (other files are ignored). A malformed declarative rule
/// is an error naming the file and line; FiveFilters expressions that cannot
/// be translated are skipped (see [`load_path_with_report`]).
///
/// ```
/// let dir = std::env::temp_dir().join(format!("newsprint-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("planet.toml"), "name = 'planet'\nhosts = ['planet.example']\ntitle = 'h1'\n").unwrap();
/// std::fs::write(dir.join("news.example.txt"), "body: //article\n").unwrap();
/// let rules = newsprint::rules::load_path(&dir)?;
/// assert_eq!(rules.len(), 2);
/// # std::fs::remove_dir_all(&dir).ok();
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn load_path(path: impl AsRef<std::path::Path>) -> Result<Vec<Arc<dyn Rule>>> {
    load_path_with_report(path).map(|(rules, _)| rules)
}

/// Like [`load_path`], also returning what the FiveFilters import translated
/// and skipped.
pub fn load_path_with_report(
    path: impl AsRef<std::path::Path>,
) -> Result<(Vec<Arc<dyn Rule>>, ImportReport)> {
    let path = path.as_ref();
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let mut rules: Vec<Arc<dyn Rule>> = Vec::new();
    let mut report = ImportReport::default();
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(path)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            load_file(&f, false, &mut rules, &mut report)?;
        }
    } else {
        load_file(path, true, &mut rules, &mut report)?;
    }
    Ok((rules, report))
}

fn load_file(
    path: &std::path::Path,
    explicit: bool,
    rules: &mut Vec<Arc<dyn Rule>>,
    report: &mut ImportReport,
) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("toml" | "json") => rules.push(Arc::new(DeclarativeRule::from_path(path)?)),
        Some("txt") if ftr::host_from_file_name(path).is_some() => {
            let (rule, r) = FtrRule::from_path(path)?;
            report.merge(r);
            rules.push(Arc::new(rule));
        }
        _ if explicit => {
            return Err(Error::Rule(format!(
                "{}: not a rule file (expected .toml, .json, or a FiveFilters host.txt)",
                path.display()
            )));
        }
        _ => {}
    }
    Ok(())
}
