//! TRT World (trtworld.com, trt.global).
//!
//! What the template needs beyond the generic heuristics: the kicker above
//! the headline is the section; the "N min read" line is the publisher's
//! reading time; the `h2` under the headline is the standfirst; the
//! figcaption holds caption and credit, either in two spans or as
//! `caption / CREDIT`; the byline names several authors; a `SOURCE:AFP` line
//! closes the body and names the wire service; a "Recommended" box sits in
//! the middle of the body and an "Explore" teaser list follows it.

use url::Url;

use crate::dom::Document;
use crate::rules::RuleHints;
use crate::rules::declarative::DeclarativeRule;
use crate::rules::{Fields, Rule};
use crate::{Article, Block, Image};

const SPEC: &str = r#"
name = "trtworld"
hosts = ["trtworld.com", "trt.global"]
fingerprint = { site_name = "TRT World" }

title = ["h1.article-title", "article h1", "h1"]
description = [".article-standfirst", "article h1 ~ h2[class*=standfirst]", "[class*=standfirst]", "[class*=article-spot]"]
section = [".article-kicker", "[class*=kicker]", "[class*=article-category]"]
reading_time = [".reading-time", "[class*=reading-time]", "[class*=readingTime]", "[class*=read-time]"]
authors = { selector = [".article-meta .byline", ".byline", "[class*=author-name]"], strip_prefix = ["By ", "by "], split = true }
published = [{ selector = "time[datetime]", attr = "datetime" }, ".article-meta time", ".article-date", "time"]
caption = ["figure figcaption .caption", "figure [class*=caption-text]"]
credit = ["figure figcaption .credit", "figure [class*=credit]"]
source = { selector = [".article-source", "[class*=article-source]"], strip_prefix = ["SOURCE:", "Source:"] }

body = [".article-content", "[class*=article-content]", "[class*=article-body]"]
strip = [".share-bar", "[class*=share-bar]", ".newsletter-signup", "[class*=newsletter]"]
related = [
  { selector = ".recommended-box, [class*=recommended]", label = "Recommended" },
  { selector = "section.explore, [class*=explore]", label = "Explore" },
]
"#;

/// The TRT World rule (a declarative core plus code for the caption/credit
/// split and the `SOURCE:` line).
///
/// ```
/// let html = r#"<meta property="og:site_name" content="TRT World">
///   <div class="article-kicker">WORLD</div><span class="reading-time">3 min read</span>
///   <h1 class="article-title">Rivers rise</h1>
///   <div class="article-content"><p>Heavy rain swelled rivers across the north on Sunday, officials said.</p>
///   <p class="article-source">SOURCE:Reuters</p></div>"#;
/// let a = newsprint::extract(html, None)?;
/// assert_eq!(a.rule.as_deref(), Some("trtworld"));
/// assert_eq!(a.section.as_deref(), Some("World"));
/// assert_eq!(a.reading_time_minutes, Some(3));
/// assert_eq!(a.source.as_deref(), Some("Reuters"));
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TrtWorld {
    core: DeclarativeRule,
}

impl TrtWorld {
    /// The rule; `None` only if its embedded definition failed to compile
    /// (a test guards against that).
    pub fn new() -> Option<TrtWorld> {
        DeclarativeRule::from_toml_named(SPEC, "builtin/trtworld")
            .ok()
            .map(|core| TrtWorld { core })
    }
}

/// `SOURCE:AFP`, `Source: Reuters` → the agency (the shared wire-credit
/// parser).
fn source_line(text: &str) -> Option<String> {
    crate::parse::byline::parse_source_line(text)
}

impl Rule for TrtWorld {
    fn name(&self) -> &str {
        "trtworld"
    }

    fn hosts(&self) -> Vec<String> {
        self.core.hosts()
    }

    fn fingerprint(&self, doc: &Document) -> bool {
        self.core.fingerprint(doc)
    }

    fn fields(&self, doc: &Document, base: Option<&Url>) -> Fields {
        let mut f = self.core.fields(doc, base);
        // The kicker is set in capitals.
        f.section = f.section.map(|s| super::fix_shouting(&s));
        // Caption and credit in one figcaption: "caption / CREDIT".
        let needs_split = f
            .lead_image
            .as_ref()
            .is_none_or(|i| i.caption.is_none() || i.credit.is_none());
        if needs_split && let Some(fc) = doc.select_first("figure figcaption") {
            let text = doc.text(fc);
            if let Some((cap, credit)) = text.split_once(" / ") {
                let img = f.lead_image.get_or_insert_with(Image::default);
                let cap = cap.trim();
                let credit = credit.trim();
                if img.caption.is_none() && !cap.is_empty() {
                    img.caption = Some(cap.to_string());
                }
                if img.credit.is_none() && !credit.is_empty() {
                    img.credit = Some(credit.to_string());
                }
            }
        }
        // A SOURCE: paragraph without its class.
        if f.source.is_none() {
            let hints = self.core.hints(doc);
            f.source = hints
                .body
                .iter()
                .flat_map(|&b| doc.descendants(b))
                .filter(|&n| doc.is(n, "p"))
                .find_map(|p| source_line(&doc.text(p)));
        }
        f
    }

    fn hints(&self, doc: &Document) -> RuleHints {
        self.core.hints(doc)
    }

    fn is_boilerplate(&self, _doc: &Document, block: &Block) -> bool {
        matches!(block, Block::Paragraph { text, .. } if source_line(text).is_some())
    }

    fn finish(&self, _doc: &Document, _article: &mut Article) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_definition_compiles() {
        assert!(DeclarativeRule::from_toml_named(SPEC, "builtin/trtworld").is_ok());
        assert!(TrtWorld::new().is_some());
    }

    #[test]
    fn source_lines() {
        assert_eq!(source_line("SOURCE:AFP").as_deref(), Some("AFP"));
        assert_eq!(source_line("Source: Reuters ").as_deref(), Some("Reuters"));
        assert_eq!(source_line("Sources say the talks failed"), None);
        assert_eq!(source_line("SOURCE:"), None);
    }
}
