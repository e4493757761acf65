//! The one partial-field model: what a source found about an article's
//! metadata, and the one merge that turns the sources into an [`Article`].
//!
//! Three sources fill the same [`Fields`]: a publisher rule
//! ([`Rule::fields`](crate::rules::Rule::fields)), the page's own signals
//! (JSON-LD, `<meta>`, microdata, visible byline and date lines) and the
//! body heuristics (a byline or wire line found inside the body, the lead
//! figure). [`Fields::or`] merges them field by field, rule over page
//! signals over heuristics, and [`Fields::into_article`] moves the result
//! into an [`Article`]. Adding a field means adding it here and to
//! [`Article`]; the compiler points at the two functions to extend.
//!
//! Each source also says where its values came from ([`Provenance`]): the
//! metadata stage per signal (JSON-LD, `<meta>`, microdata, visible text,
//! URL), a rule and the body heuristics as a whole ([`Fields::stamp`]); the
//! merge keeps the provenance of the source whose value won.

use crate::{Article, Image, PageDate, Provenance, Signal};

/// Field values one source found. Every `None` / empty field falls back to
/// the next source (rule → page signals → body heuristics).
///
/// ```
/// let mut from_rule = newsprint::rules::Fields::default();
/// from_rule.title = Some("Port strike ends".into());
/// let mut from_page = newsprint::rules::Fields::default();
/// from_page.title = Some("Port strike ends | Daily Planet".into());
/// from_page.authors = vec!["Lois Lane".into()];
/// let merged = from_rule.or(from_page);
/// assert_eq!(merged.title.as_deref(), Some("Port strike ends"));
/// assert_eq!(merged.authors, ["Lois Lane"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Fields {
    /// Headline.
    pub title: Option<String>,
    /// Standfirst.
    pub description: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date.
    pub published: Option<PageDate>,
    /// Modification date.
    pub modified: Option<PageDate>,
    /// Section / kicker.
    pub section: Option<String>,
    /// Wire service / source.
    pub source: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Lead image (merged with other sources' image field by field).
    pub lead_image: Option<Image>,
    /// Reading time shown on the page.
    pub reading_time_minutes: Option<u32>,
    /// Publication name.
    pub site_name: Option<String>,
    /// Language tag.
    pub lang: Option<String>,
    /// Canonical URL.
    pub canonical_url: Option<String>,
    /// Where the title, description, authors and dates came from.
    pub provenance: Provenance,
}

impl Fields {
    /// Merges two sources: each field of `self` that is set wins, the rest
    /// come from `fallback`. Lists are taken whole (a non-empty list wins);
    /// the lead image is merged field by field, keeping `self`'s image.
    pub fn or(self, fallback: Fields) -> Fields {
        let Fields {
            title,
            description,
            authors,
            published,
            modified,
            section,
            source,
            tags,
            lead_image,
            reading_time_minutes,
            site_name,
            lang,
            canonical_url,
            provenance,
        } = self;
        // The provenance of the side whose value is kept.
        fn pick<T>(own: bool, a: Option<T>, b: Option<T>) -> Option<T> {
            if own { a } else { b }
        }
        let p = Provenance {
            title: pick(title.is_some(), provenance.title, fallback.provenance.title),
            description: pick(
                description.is_some(),
                provenance.description,
                fallback.provenance.description,
            ),
            authors: pick(
                !authors.is_empty(),
                provenance.authors,
                fallback.provenance.authors,
            ),
            published: pick(
                published.is_some(),
                provenance.published,
                fallback.provenance.published,
            ),
            modified: pick(
                modified.is_some(),
                provenance.modified,
                fallback.provenance.modified,
            ),
        };
        fn list(v: Vec<String>, fallback: Vec<String>) -> Vec<String> {
            if v.is_empty() { fallback } else { v }
        }
        Fields {
            title: title.or(fallback.title),
            description: description.or(fallback.description),
            authors: list(authors, fallback.authors),
            published: published.or(fallback.published),
            modified: modified.or(fallback.modified),
            section: section.or(fallback.section),
            source: source.or(fallback.source),
            tags: list(tags, fallback.tags),
            lead_image: merge_image(lead_image, fallback.lead_image),
            reading_time_minutes: reading_time_minutes.or(fallback.reading_time_minutes),
            site_name: site_name.or(fallback.site_name),
            lang: lang.or(fallback.lang),
            canonical_url: canonical_url.or(fallback.canonical_url),
            provenance: p,
        }
    }

    /// Records `signal` as the provenance of every set field that has none
    /// yet (a rule's or the body heuristics' fields, which come from one
    /// signal each).
    ///
    /// ```
    /// use newsprint::{Signal, rules::Fields};
    /// let mut f = Fields::default();
    /// f.title = Some("Port strike ends".into());
    /// let f = f.stamp(Signal::Rule);
    /// assert_eq!(f.provenance.title, Some(Signal::Rule));
    /// assert_eq!(f.provenance.published, None);
    /// ```
    pub fn stamp(mut self, signal: Signal) -> Fields {
        let p = &mut self.provenance;
        let fill = |slot: &mut Option<Signal>, set: bool| {
            if set && slot.is_none() {
                *slot = Some(signal);
            }
        };
        fill(&mut p.title, self.title.is_some());
        fill(&mut p.description, self.description.is_some());
        fill(&mut p.authors, !self.authors.is_empty());
        fill(&mut p.published, self.published.is_some());
        fill(&mut p.modified, self.modified.is_some());
        self
    }

    /// Moves the fields into a new [`Article`] (body empty).
    pub(crate) fn into_article(self) -> Article {
        let Fields {
            title,
            description,
            authors,
            published,
            modified,
            section,
            source,
            tags,
            lead_image,
            reading_time_minutes,
            site_name,
            lang,
            canonical_url,
            provenance,
        } = self;
        Article {
            canonical_url,
            site_name,
            lang,
            section,
            title,
            description,
            authors,
            published,
            modified,
            reading_time_minutes,
            lead_image,
            source,
            tags,
            provenance,
            ..Article::default()
        }
    }
}

/// The first image, its missing fields filled from the second; the
/// second alone when there is no first.
fn merge_image(first: Option<Image>, second: Option<Image>) -> Option<Image> {
    match (first, second) {
        (Some(mut a), Some(b)) => {
            a.url = a.url.or(b.url);
            a.alt = a.alt.or(b.alt);
            a.caption = a.caption.or(b.caption);
            a.credit = a.credit.or(b.credit);
            Some(a)
        }
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_source_wins_field_by_field() {
        let rule = Fields {
            section: Some("Metro".into()),
            lead_image: Some(Image {
                credit: Some("Rule credit".into()),
                ..Image::default()
            }),
            ..Fields::default()
        };
        let page = Fields {
            section: Some("News".into()),
            title: Some("Cranes return".into()),
            tags: vec!["ports".into()],
            lead_image: Some(Image {
                url: Some("https://a.example/i.jpg".into()),
                credit: Some("Page credit".into()),
                ..Image::default()
            }),
            ..Fields::default()
        };
        let m = rule.or(page);
        assert_eq!(m.section.as_deref(), Some("Metro"));
        assert_eq!(m.title.as_deref(), Some("Cranes return"));
        assert_eq!(m.tags, ["ports"]);
        let img = m.lead_image.unwrap();
        assert_eq!(img.credit.as_deref(), Some("Rule credit"));
        assert_eq!(img.url.as_deref(), Some("https://a.example/i.jpg"));
    }

    #[test]
    fn into_article_keeps_every_field() {
        let a = Fields {
            title: Some("T".into()),
            site_name: Some("S".into()),
            canonical_url: Some("https://a.example/".into()),
            reading_time_minutes: Some(3),
            ..Fields::default()
        }
        .into_article();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.site_name.as_deref(), Some("S"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://a.example/"));
        assert_eq!(a.reading_time_minutes, Some(3));
        assert!(a.body.is_empty());
    }
}
