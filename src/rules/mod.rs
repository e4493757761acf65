//! Per-publisher extraction rules: the [`Rule`] trait, the registry that
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

pub(crate) mod builtin;
pub mod declarative;
mod ftr;
mod registry;
mod xpath;

pub use declarative::DeclarativeRule;
pub use ftr::{FtrRule, ImportReport};
pub(crate) use registry::Registry;

pub use crate::fields::Fields;

use std::sync::Arc;

use url::Url;

use crate::dom::{Document, NodeId};
use crate::{Article, Block, Error, Result};

/// What a publisher rule says about the body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleHints {
    /// Body roots, in order (their blocks are concatenated).
    pub body: Vec<NodeId>,
    /// Subtrees to remove.
    pub strip: Vec<NodeId>,
    /// Teaser boxes, with their label when the rule knows it.
    pub related: Vec<(Option<String>, NodeId)>,
    /// The rule names a body (even when its selectors found nothing on
    /// this page): an empty `body` then means the rule is stale.
    pub names_body: bool,
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

/// Largest rule file accepted, in bytes (1 MiB): declarative rules and
/// FiveFilters site configs are a few kilobytes; a bigger file is refused
/// with [`Error::Rule`] before it is read.
pub const MAX_RULE_FILE_BYTES: u64 = 1024 * 1024;

/// Most characters of rule input quoted in an error message or skip
/// reason; longer input is cut and ends with `…`.
pub(crate) const MAX_QUOTED_CHARS: usize = 100;

/// `s` cut to [`MAX_QUOTED_CHARS`] characters (with `…` when cut), for
/// quoting rule input in messages.
pub(crate) fn clip(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        None => s.into(),
        Some((at, _)) => format!("{}…", &s[..at]).into(),
    }
}

/// Every line of an error message clipped (parser errors quote the
/// offending source line, which in a hostile file can be megabytes long).
pub(crate) fn clip_lines(msg: &str) -> String {
    msg.lines().map(clip).collect::<Vec<_>>().join("\n")
}

/// Reads a rule file of at most [`MAX_RULE_FILE_BYTES`]: the size on disk
/// is checked first, then the read itself is bounded (the file may grow,
/// or not report its size).
pub(crate) fn read_rule_file(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let too_big = || {
        Error::Rule(format!(
            "{}: file is larger than the rule-file limit of {MAX_RULE_FILE_BYTES} bytes",
            path.display()
        ))
    };
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.len() > MAX_RULE_FILE_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    file.take(MAX_RULE_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_RULE_FILE_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Loads rules from a file or a directory.
///
/// Files: `.toml` and `.json` are [declarative rules](declarative); `.txt`
/// files named after a host (`example.com.txt`, `.example.com.txt`) are
/// FiveFilters site configs. A directory loads every such file in it, in
/// file-name order (other files are ignored). A malformed declarative rule
/// is an error naming the file and line; FiveFilters expressions that cannot
/// be translated are skipped (see [`load_path_with_report`]). A file larger
/// than [`MAX_RULE_FILE_BYTES`] is an error.
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
