//! Built-in publisher rules, one file per publisher.
//!
//! Each rule is justified by what the generic heuristics miss on that
//! publisher's template, and has a fixture test page written by us
//! (`tests/fixtures/rules/`).

mod trtworld;

use std::sync::Arc;

use super::Rule;

pub use trtworld::TrtWorld;

/// All built-in rules.
///
/// ```
/// let names: Vec<String> = newsprint::rules::builtin::all()
///     .iter()
///     .map(|r| r.name().to_string())
///     .collect();
/// assert!(names.contains(&"trtworld".to_string()));
/// ```
pub fn all() -> Vec<Arc<dyn Rule>> {
    let mut out: Vec<Arc<dyn Rule>> = Vec::new();
    if let Some(r) = TrtWorld::new() {
        out.push(Arc::new(r));
    }
    out
}
