//! Built-in publisher rules, one file per publisher.
//!
//! Each rule is justified by what the generic heuristics miss on that
//! publisher's template, and has a fixture test page written by us
//! (`tests/fixtures/rules/`).

mod nytimes;
mod trtworld;

use std::sync::Arc;

use super::Rule;

pub use nytimes::NyTimes;
pub use trtworld::TrtWorld;

/// All built-in rules.
pub fn all() -> Vec<Arc<dyn Rule>> {
    let mut out: Vec<Arc<dyn Rule>> = Vec::new();
    if let Some(r) = TrtWorld::new() {
        out.push(Arc::new(r));
    }
    if let Some(r) = NyTimes::new() {
        out.push(Arc::new(r));
    }
    out
}

/// All-caps text as shown on the page ("JEFFREY GETTLEMAN", "OCEAN
/// GOVERNANCE") → title case; text with any lower-case letter is kept.
pub(crate) fn fix_shouting(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    name.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            const SMALL: &[&str] = &[
                "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to",
            ];
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut out = String::with_capacity(lower.len());
            let mut up = true;
            for c in lower.chars() {
                if up && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                    up = false;
                } else {
                    out.push(c);
                }
                if matches!(c, '-' | '\'' | '’' | '.') {
                    up = true;
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_loads() {
        let names: Vec<String> = all().iter().map(|r| r.name().to_string()).collect();
        assert!(names.contains(&"trtworld".to_string()));
        assert!(names.contains(&"nytimes".to_string()));
    }

    #[test]
    fn shouted_names() {
        assert_eq!(fix_shouting("JEFFREY GETTLEMAN"), "Jeffrey Gettleman");
        assert_eq!(fix_shouting("MARY O'NEIL-SMITH"), "Mary O'Neil-Smith");
        assert_eq!(fix_shouting("Nelson D. Schwartz"), "Nelson D. Schwartz");
        assert_eq!(fix_shouting("STATE OF THE UNION"), "State of the Union");
        assert_eq!(
            fix_shouting("TRANSPORT & INFRASTRUCTURE"),
            "Transport & Infrastructure"
        );
    }
}
