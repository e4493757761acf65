//! The [`Registry`]: which rule applies to a page.

use std::collections::HashMap;
use std::sync::Arc;

use super::Rule;
use crate::dom::Document;

/// An ordered set of rules; earlier rules win.
///
/// Choice for a page: the rules naming its exact host, then those naming a
/// parent domain (nearest first), then the first rule whose
/// [`fingerprint`](Rule::fingerprint) matches. Within a level the earlier
/// rule wins, and [`ExtractorBuilder`](crate::ExtractorBuilder) puts user
/// rules before the built-ins.
#[derive(Default)]
pub(crate) struct Registry {
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
    pub(crate) fn new() -> Self {
        Registry::default()
    }

    /// Adds a rule after the existing ones.
    pub(crate) fn push(&mut self, rule: Arc<dyn Rule>) {
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
    pub(crate) fn len(&self) -> usize {
        self.rules.len()
    }

    /// The rule for a page: exact host, then parent domains, then
    /// fingerprint. A `"example.com"` host pattern matches that host and its
    /// subdomains; `"*.example.com"` only subdomains.
    pub(crate) fn select(&self, host: Option<&str>, doc: &Document) -> Option<&dyn Rule> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::DeclarativeRule;

    #[test]
    fn exact_host_then_parent_domains_then_nothing() {
        let mut reg = Registry::new();
        let rule = |toml: &str| Arc::new(DeclarativeRule::from_toml_str(toml).unwrap());
        reg.push(rule("name='a'\nhosts=['news.example']"));
        reg.push(rule("name='b'\nhosts=['*.example']"));
        let doc = Document::parse("<p>x</p>").unwrap();
        let pick = |host| reg.select(Some(host), &doc).map(|r| r.name().to_owned());
        assert_eq!(pick("www.news.example").as_deref(), Some("a"));
        assert_eq!(pick("other.example").as_deref(), Some("b"));
        assert_eq!(pick("example"), None);
    }
}
