//! # newsprint
//!
//! Extract the structure of news articles from web pages: title, standfirst,
//! authors, dates, section, lead image with caption and credit, the body as
//! typed [`Block`]s — and, kept apart, the boilerplate around it ("Recommended"
//! boxes, "Explore" / "Related" / "Most read" teaser lists), returned as data in
//! [`Article::related`] instead of leaking into the text.
//!
//! ```
//! let html = r#"<html lang="en"><head><title>Port strike ends | Daily Planet</title>
//!   <meta property="og:site_name" content="Daily Planet"></head>
//!   <body><article><h1>Port strike ends</h1><p class="byline">By Lois Lane</p>
//!   <p>Dock workers returned on Monday after a nine-day strike that had left
//!   container ships waiting outside the harbour and shelves half empty.</p>
//!   <p>The union said the agreement raises wages by six percent over two years,
//!   and the port authority promised new safety equipment by spring.</p>
//!   </article></body></html>"#;
//! let article = newsprint::extract(html, Some("https://planet.example/news/port"))?;
//! assert_eq!(article.title.as_deref(), Some("Port strike ends"));
//! assert_eq!(article.authors, ["Lois Lane"]);
//! assert_eq!(article.site_name.as_deref(), Some("Daily Planet"));
//! println!("{}", article.to_markdown());
//! # Ok::<(), newsprint::Error>(())
//! ```
//!
//! The pipeline: [`dom`] (parse, charset) → page signals and rule lookup
//! ([`rules`]) → [`metadata`] and [`content`] → [`Article`] → [`render`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod content;
mod dom;
mod dump;
mod error;
mod extractor;
mod fields;
mod lexicon;
mod limits;
mod metadata;
mod page_date;
mod page_kind;
mod parse;
mod probe;
mod render;
pub mod rules;
mod tuning;

pub use article::{
    Article, Block, BodySource, Comment, Image, Mark, MarkKind, Provenance, RelatedItem,
    RelatedList, Signal,
};
pub use dom::charset::decode_html_bytes;
pub use dom::select::Selector;
pub use dom::{Document, NodeId};
pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder, InputKind, looks_like_html, parse_page_url};
pub use limits::Limits;
pub use page_date::{PageDate, ParseDateError};
pub use page_kind::PageKind;
pub(crate) use parse::text::normalize_space;
pub use probe::is_probably_article;

/// The URL type of the [`url`](https://docs.rs/url) crate newsprint is built
/// with, re-exported so that a [`Rule`](rules::Rule) written in Rust (its
/// [`fields`](rules::Rule::fields) method takes an `Option<&Url>`) compiles
/// with newsprint alone, without matching newsprint's `url` version.
///
/// ```
/// use newsprint::rules::{Fields, Rule};
/// use newsprint::{Document, Url};
///
/// struct Desk;
/// impl Rule for Desk {
///     fn name(&self) -> &str { "desk" }
///     fn hosts(&self) -> Vec<String> { vec!["paper.example".into()] }
///     fn fields(&self, doc: &Document, base: Option<&Url>) -> Fields {
///         let mut f = Fields::default();
///         f.section = base.and_then(|b| b.path_segments()?.next().map(str::to_owned));
///         f.title = doc.select_first("h1").map(|n| doc.text(n));
///         f
///     }
/// }
///
/// let ex = newsprint::Extractor::builder().rule(Desk).build();
/// let a = ex.extract(
///     "<h1>Dam opens</h1><p>The new dam opened on Monday after six years of building work upstream.</p>",
///     Some("https://paper.example/region/dam"),
/// )?;
/// assert_eq!(a.section.as_deref(), Some("region"));
/// assert_eq!(a.rule.as_deref(), Some("desk"));
/// # Ok::<(), newsprint::Error>(())
/// ```
pub use url::Url;

/// The whole [`url`](https://docs.rs/url) crate newsprint is built with
/// (`newsprint::url::ParseError`, …); [`Url`] is also at the top level.
pub use url;

/// The [`chrono`](https://docs.rs/chrono) crate newsprint is built with: the
/// types [`PageDate`] gives out (`NaiveDate`, `DateTime<FixedOffset>`).
pub use chrono;

/// Extracts an article from HTML with the default [`Extractor`].
///
/// `url` is the page's address: it resolves relative links and selects a
/// publisher rule. A `url` that cannot be read as a URL gives
/// [`Error::InvalidUrl`]; a scheme-less `host.tld/path` is read as https
/// (the rule: [`parse_page_url`]).
///
/// ```
/// let a = newsprint::extract("<h1>Dam opens</h1><p>The new dam on the upper river opened on Monday after six years of building work, and the first water flowed through its turbines before noon under a clear sky.</p>", None)?;
/// assert_eq!(a.title.as_deref(), Some("Dam opens"));
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn extract(html: &str, url: Option<&str>) -> Result<Article> {
    Extractor::default_ref().extract(html, url)
}

/// Extracts an article from raw page bytes, sniffing the character encoding.
///
/// ```
/// let bytes = b"<meta charset=latin1><h1>Caf\xe9 reopens</h1><p>The caf\xe9 on the square reopened on Monday after a year of repairs, \
///     and the first customers queued in the rain for coffee and the cakes it has sold since 1911.</p>";
/// let a = newsprint::extract_bytes(bytes, None)?;
/// assert_eq!(a.title.as_deref(), Some("Café reopens"));
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8], url: Option<&str>) -> Result<Article> {
    Extractor::default_ref().extract_bytes(bytes, url)
}

/// Extracts an article from a plain-text dump of a page (copied text,
/// `lynx -dump`, a crawler's text mode).
///
/// ```
/// let text = "WORLD\nRivers rise across the north\nBy Ana Lima\nMarch 3, 2025\n\n\
///     Heavy rain swelled rivers across the north on Sunday, and officials opened flood gates upstream.\n\n\
///     Residents near the banks were asked to move to higher ground before nightfall.\n";
/// let a = newsprint::extract_text(text, None)?;
/// assert_eq!(a.authors, ["Ana Lima"]);
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn extract_text(text: &str, url: Option<&str>) -> Result<Article> {
    Extractor::default_ref().extract_text(text, url)
}
