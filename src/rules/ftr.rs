//! Import of FiveFilters `ftr-site-config` files (`example.com.txt`, and
//! `.example.com.txt` for every subdomain).
//!
//! The format is one `directive: value` per line, `#` comments. XPath
//! expressions of `title`, `author`, `date`, `body` and `strip` are
//! translated to CSS where CSS can say the same thing; the rest are skipped
//! and listed in the [`ImportReport`] with a reason. `strip_id_or_class` and
//! `strip_image_src` become attribute selectors; `test_url` is kept; `prune`,
//! `tidy`, `find_string` / `replace_string`, login, paging and header
//! directives have no effect here and are counted as ignored.
//!
//! Translated XPath: name tests and `*`; `/` and `//` steps; the `child::`,
//! `descendant::`, `descendant-or-self::node()` and `following-sibling::`
//! axes; `parent::` / `..` and `ancestor::` (as `:has(…)`); predicates with
//! `@attr` existence, `=` / `!=` against a literal, `contains()`,
//! `starts-with()`, `ends-with()`, `normalize-space(@attr)`, the class-token
//! idiom `contains(concat(' ', normalize-space(@class), ' '), ' x ')`,
//! `and` / `or` / `not()`, `self::x`, relative paths (`[.//p]`), positions
//! (`[1]`, `[last()]`, `[position() < 3]`); unions `|`; `(…)[1]`; terminal
//! `@attr` and `text()` steps; `substring-after()` / `substring-before()` /
//! `normalize-space()` / `string()` around a path. Skipped: tests on text
//! content (`contains(text(), …)`, `.='…'`), positions on upward axes, the
//! `preceding*` / `following::` axes, other functions.
//!
//! ```
//! use newsprint::rules::FtrRule;
//! let (rule, report) = FtrRule::parse("planet.example", "\
//!     title: //h1[@class='headline']\n\
//!     author: //meta[@name='author']/@content\n\
//!     body: //div[contains(concat(' ',normalize-space(@class),' '),' story ')]\n\
//!     strip: //div[contains(text(), 'Advert')]\n\
//!     strip_id_or_class: newsletter\n\
//!     test_url: https://planet.example/news/1\n");
//! assert_eq!(newsprint::rules::Rule::name(&rule), "ftr:planet.example");
//! assert_eq!(rule.test_urls(), ["https://planet.example/news/1"]);
//! assert_eq!(report.count("body").translated, 1);
//! assert_eq!(report.count("strip").skipped, 1);
//! assert!(report.skipped[0].reason.contains("text"));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use url::Url;

use super::declarative::{DeclarativeRule, FieldRule, Probe};
use super::xpath::{self, Target};
use super::{Fields, Rule, clip};
use crate::dom::Document;
use crate::rules::RuleHints;
use crate::{Article, Block, Error, Result, Selector};

/// A rule imported from a FiveFilters site config.
#[derive(Debug, Clone)]
pub struct FtrRule {
    inner: DeclarativeRule,
    test_urls: Vec<String>,
}

/// Counts for one directive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DirectiveCount {
    /// Expressions turned into CSS.
    pub translated: usize,
    /// Expressions skipped (see [`ImportReport::skipped`]).
    pub skipped: usize,
    /// Lines of a directive this importer does not use.
    pub ignored: usize,
}

/// An expression the importer could not translate.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Skipped {
    /// The file (or the host for [`FtrRule::parse`]).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The directive (`body`, `title` …).
    pub directive: String,
    /// The XPath as written.
    pub expression: String,
    /// Why it was skipped.
    pub reason: String,
}

/// What an import translated and skipped, per directive.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ImportReport {
    /// Site config files read.
    pub files: usize,
    /// Counts per directive name.
    pub directives: BTreeMap<String, DirectiveCount>,
    /// Every skipped expression with its reason.
    pub skipped: Vec<Skipped>,
}

impl ImportReport {
    /// The counts for one directive (zero when it never occurred).
    pub fn count(&self, directive: &str) -> DirectiveCount {
        self.directives.get(directive).copied().unwrap_or_default()
    }

    /// Share of expressions translated over the given directives, 0–1
    /// (1 when there were none).
    pub fn translated_ratio(&self, directives: &[&str]) -> f64 {
        let (mut t, mut all) = (0usize, 0usize);
        for d in directives {
            let c = self.count(d);
            t += c.translated;
            all += c.translated + c.skipped;
        }
        if all == 0 { 1.0 } else { t as f64 / all as f64 }
    }

    /// Adds another report's counts to this one.
    pub fn merge(&mut self, other: ImportReport) {
        self.files += other.files;
        for (k, v) in other.directives {
            let e = self.directives.entry(k).or_default();
            e.translated += v.translated;
            e.skipped += v.skipped;
            e.ignored += v.ignored;
        }
        self.skipped.extend(other.skipped);
    }

    fn bump(&mut self, directive: &str, f: impl FnOnce(&mut DirectiveCount)) {
        // `replace_string(x)` and `http_header(x)` count under their name.
        let key = directive.split('(').next().unwrap_or(directive).trim();
        f(self.directives.entry(key.to_ascii_lowercase()).or_default());
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} site config files", self.files)?;
        for (d, c) in &self.directives {
            let d = clip(d);
            let all = c.translated + c.skipped;
            if all > 0 {
                writeln!(
                    f,
                    "{d:>20}: {:>5} translated, {:>4} skipped ({:.1}%)",
                    c.translated,
                    c.skipped,
                    100.0 * c.translated as f64 / all as f64
                )?;
            } else {
                writeln!(f, "{d:>20}: {:>5} ignored", c.ignored)?;
            }
        }
        Ok(())
    }
}

/// Directives whose values are XPath expressions we translate.
const XPATH_DIRECTIVES: &[&str] = &["title", "author", "date", "body", "strip"];

impl FtrRule {
    /// Parses a site config for `host` (a leading `.` means every
    /// subdomain). Never fails: what cannot be used is in the report.
    pub fn parse(host: &str, src: &str) -> (FtrRule, ImportReport) {
        Self::parse_named(host, src, host)
    }

    /// Reads a site config file of at most
    /// [`MAX_RULE_FILE_BYTES`](super::MAX_RULE_FILE_BYTES); the host comes
    /// from the file name.
    pub fn from_path(path: impl AsRef<Path>) -> Result<(FtrRule, ImportReport)> {
        let path = path.as_ref();
        let bytes = super::read_rule_file(path)?;
        let src = String::from_utf8_lossy(&bytes);
        let host = host_from_file_name(path)
            .ok_or_else(|| Error::Rule(format!("{}: not a host.txt file name", path.display())))?;
        Ok(Self::parse_named(&host, &src, &path.display().to_string()))
    }

    /// Example pages the config was written for (`test_url:` lines).
    pub fn test_urls(&self) -> &[String] {
        &self.test_urls
    }

    fn parse_named(host: &str, src: &str, label: &str) -> (FtrRule, ImportReport) {
        let host = host.trim().to_ascii_lowercase();
        let (pattern, plain) = match host.strip_prefix('.') {
            Some(rest) => (format!("*.{rest}"), rest.to_string()),
            None => (host.clone(), host.clone()),
        };
        let mut report = ImportReport {
            files: 1,
            ..ImportReport::default()
        };
        let mut rule = DeclarativeRule {
            name: format!("ftr:{plain}"),
            hosts: vec![pattern],
            ..DeclarativeRule::default()
        };
        let mut test_urls = Vec::new();
        let mut title = FieldRule::default();
        let mut author = FieldRule {
            strip_prefix: vec!["By ".into()],
            ..FieldRule::default()
        };
        let mut date = FieldRule::default();

        for (no, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((directive, value)) = split_directive(line) else {
                continue;
            };
            let value = value.trim();
            let skip = |report: &mut ImportReport, reason: String| {
                report.bump(directive, |c| c.skipped += 1);
                report.skipped.push(Skipped {
                    file: label.to_string(),
                    line: no + 1,
                    directive: directive.to_string(),
                    expression: value.to_string(),
                    reason,
                });
            };
            if XPATH_DIRECTIVES.contains(&directive) {
                let probes = match translate(value) {
                    Ok(p) => p,
                    Err(reason) => {
                        skip(&mut report, reason);
                        continue;
                    }
                };
                report.bump(directive, |c| c.translated += 1);
                match directive {
                    "title" => title.probes.extend(probes),
                    "author" => author.probes.extend(probes),
                    "date" => date.probes.extend(probes),
                    "body" => rule.body.extend(probes),
                    _ => rule.strip.extend(probes.into_iter().map(|p| p.selector)),
                }
                continue;
            }
            match directive {
                "strip_id_or_class" | "strip_image_src" => {
                    let v = value.trim_matches(|c| c == '"' || c == '\'').trim();
                    if v.is_empty() {
                        skip(&mut report, "empty value".into());
                        continue;
                    }
                    let q = quote(v);
                    let css = if directive == "strip_image_src" {
                        format!("img[src*={q}]")
                    } else {
                        format!("[id*={q}], [class*={q}]")
                    };
                    match Selector::parse(&css) {
                        Ok(s) => {
                            rule.strip.push(s);
                            report.bump(directive, |c| c.translated += 1);
                        }
                        Err(e) => skip(&mut report, e.to_string()),
                    }
                }
                "test_url" => {
                    test_urls.push(value.to_string());
                    report.bump(directive, |c| c.ignored += 1);
                }
                _ => report.bump(directive, |c| c.ignored += 1),
            }
        }
        let some = |f: FieldRule| (!f.probes.is_empty()).then_some(f);
        rule.title = some(title);
        rule.authors = some(author);
        rule.published = some(date);
        (
            FtrRule {
                inner: rule,
                test_urls,
            },
            report,
        )
    }
}

/// `directive: value`, where the directive may carry a parenthesised
/// argument containing colons (`replace_string(a:b): c`).
fn split_directive(line: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ':' if depth == 0 => return Some((line[..i].trim(), &line[i + 1..])),
            _ => {}
        }
    }
    None
}

/// XPath → probes, checking that the CSS compiles.
fn translate(xpath: &str) -> std::result::Result<Vec<Probe>, String> {
    let alts = xpath::to_css(xpath)?;
    let mut out = Vec::new();
    for alt in alts {
        let selector = Selector::parse(&alt.selector)
            .map_err(|e| format!("translated CSS `{}` rejected: {e}", clip(&alt.selector)))?;
        out.push(Probe {
            selector,
            attr: match alt.target {
                Target::Attr(a) => Some(a),
                Target::Text => None,
            },
            first_only: alt.first_only,
            after: alt.after,
            before: alt.before,
        });
    }
    Ok(out)
}

fn quote(s: &str) -> String {
    let mut out = String::new();
    let _ = cssparser::serialize_string(s, &mut out);
    out
}

/// `example.com.txt` → `example.com`; `.example.com.txt` → `.example.com`.
/// `None` for files that are not site configs (`LICENSE.txt`, `global.txt`).
pub(crate) fn host_from_file_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".txt")?;
    let bare = stem.trim_start_matches('.');
    if !bare.contains('.') || bare.contains(char::is_whitespace) {
        return None;
    }
    Some(stem.to_string())
}

impl Rule for FtrRule {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn hosts(&self) -> Vec<String> {
        self.inner.hosts()
    }

    fn fields(&self, doc: &Document, base: Option<&Url>) -> Fields {
        self.inner.fields(doc, base)
    }

    fn hints(&self, doc: &Document) -> RuleHints {
        self.inner.hints(doc)
    }

    fn is_boilerplate(&self, doc: &Document, block: &Block) -> bool {
        self.inner.is_boilerplate(doc, block)
    }

    fn finish(&self, doc: &Document, article: &mut Article) {
        self.inner.finish(doc, article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "\
# a comment
title: //h1[@class='hl']
title: //meta[@property='og:title']/@content
author: //span[@class='by']/a
date: //time/@datetime
body: //div[@id='story'] | //div[@id='gallery']
body: //article
strip: //div[contains(@class,'promo')]
strip: //p[contains(., 'Subscribe')]
strip_id_or_class: share
strip_image_src: /pixel.gif
prune: no
tidy: no
replace_string(<br:x>): <p>
unknown_directive: whatever
test_url: https://news.example/a
test_url: https://news.example/b
";

    #[test]
    fn parses_directives_and_reports() {
        let (rule, report) = FtrRule::parse(".news.example", CONFIG);
        assert_eq!(rule.hosts(), ["*.news.example"]);
        assert_eq!(rule.name(), "ftr:news.example");
        assert_eq!(rule.test_urls().len(), 2);
        assert_eq!(report.count("title").translated, 2);
        assert_eq!(report.count("body").translated, 2);
        assert_eq!(report.count("strip").translated, 1);
        assert_eq!(report.count("strip").skipped, 1);
        assert_eq!(report.count("strip_id_or_class").translated, 1);
        assert_eq!(report.count("prune").ignored, 1);
        assert_eq!(report.count("replace_string").ignored, 1);
        assert_eq!(report.skipped.len(), 1);
        assert_eq!(report.skipped[0].line, 9);
        assert!(report.to_string().contains("title"));
    }

    #[test]
    fn applies_to_a_page() {
        let (rule, _) = FtrRule::parse("news.example", CONFIG);
        let doc = Document::parse(
            "<head><meta property='og:title' content='Meta title'></head>\
             <article><span class=by><a>Ana Lima</a></span><time datetime='2024-05-06'>x</time>\
             <div id=story><p>Text</p><div class='share-bar'>s</div></div>\
             <div class=promo>ad</div><img src='/pixel.gif'></article>",
        )
        .unwrap();
        let f = rule.fields(&doc, None);
        assert_eq!(f.title.as_deref(), Some("Meta title"));
        assert_eq!(f.authors, ["Ana Lima"]);
        assert_eq!(
            f.published.map(|d| d.to_string()).as_deref(),
            Some("2024-05-06")
        );
        let h = rule.hints(&doc);
        assert_eq!(h.body.len(), 1);
        assert_eq!(doc.attr(h.body[0], "id"), Some("story"));
        assert_eq!(h.strip.len(), 3);
    }

    #[test]
    fn file_names() {
        assert_eq!(
            host_from_file_name(Path::new("x/.bbc.co.uk.txt")).as_deref(),
            Some(".bbc.co.uk")
        );
        assert_eq!(host_from_file_name(Path::new("LICENSE.txt")), None);
        assert_eq!(host_from_file_name(Path::new("global.txt")), None);
        assert_eq!(host_from_file_name(Path::new("a.com.toml")), None);
    }

    #[test]
    fn garbage_never_panics() {
        for src in [
            "",
            ":",
            "body:",
            "title: ((((",
            "body: //div[@a='",
            "\u{0}\u{feff}body: //p",
            "strip_id_or_class:",
            "body: //div[1][2][last()]",
            "title: //*/@*",
        ] {
            let _ = FtrRule::parse("x.example", src);
        }
    }
}
