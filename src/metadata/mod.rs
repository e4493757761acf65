//! Page metadata: title, authors, dates, section, tags, description, site
//! name, language, canonical URL, lead image, source, reading time.
//!
//! Sources, strongest first: JSON-LD, OpenGraph / Twitter / Dublin Core
//! `<meta>`, `itemprop`, `<time datetime>`, visible bylines.

pub mod byline;
pub mod date;

use url::Url;

use crate::dom::Document;
use crate::{Article, Image};

/// Metadata found in a page, before the body is attached.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Standfirst or meta description.
    pub description: Option<String>,
    /// Author names.
    pub authors: Vec<String>,
    /// Publication date (ISO 8601).
    pub published: Option<String>,
    /// Modification date (ISO 8601).
    pub modified: Option<String>,
    /// Section / kicker.
    pub section: Option<String>,
    /// Keywords.
    pub tags: Vec<String>,
    /// Publication name.
    pub site_name: Option<String>,
    /// Language tag.
    pub lang: Option<String>,
    /// Canonical URL.
    pub canonical_url: Option<String>,
    /// Lead image.
    pub lead_image: Option<Image>,
    /// Wire service / source.
    pub source: Option<String>,
    /// Reading time shown on the page.
    pub reading_time_minutes: Option<u32>,
    /// JSON-LD `articleBody`, used to check the body, not as output.
    pub article_body: Option<String>,
}

impl Metadata {
    /// Moves the fields into a new [`Article`] (body empty).
    pub fn into_article(self) -> Article {
        Article {
            canonical_url: self.canonical_url,
            site_name: self.site_name,
            lang: self.lang,
            section: self.section,
            title: self.title,
            description: self.description,
            authors: self.authors,
            published: self.published,
            modified: self.modified,
            reading_time_minutes: self.reading_time_minutes,
            lead_image: self.lead_image,
            source: self.source,
            tags: self.tags,
            ..Article::default()
        }
    }
}

/// The base URL for resolving links: `<base href>` resolved against the page
/// URL, else the page URL.
pub fn base_url(doc: &Document, page: Option<&Url>) -> Option<Url> {
    let href = doc
        .elements_named("base")
        .find_map(|b| doc.attr(b, "href"))
        .map(str::trim);
    match (page, href) {
        (Some(p), Some(h)) => p.join(h).ok().or_else(|| Some(p.clone())),
        (None, Some(h)) => Url::parse(h).ok(),
        (Some(p), None) => Some(p.clone()),
        (None, None) => None,
    }
}

/// Extracts metadata from a parsed page.
pub fn extract(doc: &Document, _base: Option<&Url>) -> Metadata {
    let mut m = Metadata::default();
    m.title = doc
        .elements_named("h1")
        .map(|h| doc.text(h))
        .find(|t| !t.is_empty())
        .or_else(|| {
            doc.elements_named("title")
                .map(|t| doc.text(t))
                .find(|t| !t.is_empty())
        });
    m
}
