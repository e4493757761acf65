//! The [`Article`] model: what newsprint returns, and the JSON contract.
//!
//! Field names are stable API: they are the keys of the JSON form
//! (`serde_json::to_string(&article)`). Absent values are `None` / empty
//! vectors, never empty strings.

use serde::{Deserialize, Serialize};

use crate::{PageDate, PageKind, tuning};

/// A news article extracted from a page.
///
/// ```
/// let html = "<html><head><title>Rain returns</title></head><body><article>\
///     <h1>Rain returns</h1><p>After a dry month, rain returned to the valley on \
///     Tuesday, filling the reservoirs that farmers had watched drain all summer.</p>\
///     <p>More rain is forecast for the weekend.</p></article></body></html>";
/// let article = newsprint::extract(html, None)?;
/// assert_eq!(article.title.as_deref(), Some("Rain returns"));
/// assert!(article.word_count > 10);
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The URL the page was fetched from, as given by the caller.
    pub url: Option<String>,
    /// The canonical URL the page declares (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// The publication's name ("TRT World").
    pub site_name: Option<String>,
    /// The page language as a BCP 47 tag ("en", "de-DE").
    pub lang: Option<String>,
    /// The section or kicker ("International Diplomacy").
    pub section: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The standfirst / dek, else the meta description.
    pub description: Option<String>,
    /// Author names, in page order, without "By" and without wire names.
    pub authors: Vec<String>,
    /// Publication date: a calendar day, or a date-time with the page's
    /// offset ([`PageDate`]). In JSON `YYYY-MM-DD` when only the day is
    /// known, RFC 3339 with offset when the time is.
    pub published: Option<PageDate>,
    /// Last modification date, same type and format as `published`.
    pub modified: Option<PageDate>,
    /// Reading time in minutes: as shown on the page, else estimated.
    pub reading_time_minutes: Option<u32>,
    /// Number of words in the body; each Chinese or Japanese character
    /// counts as one word.
    pub word_count: usize,
    /// The lead image with its caption and credit.
    pub lead_image: Option<Image>,
    /// Wire service or original source ("AFP", "Reuters").
    pub source: Option<String>,
    /// Keywords / tags.
    pub tags: Vec<String>,
    /// The article body as typed blocks.
    pub body: Vec<Block>,
    /// Boilerplate teaser lists found in or after the body ("Recommended",
    /// "Explore", "Related", "Most read" …), kept as data.
    pub related: Vec<RelatedList>,
    /// The name of the publisher rule that was applied, if any.
    pub rule: Option<String>,
    /// Where the body came from: the generic heuristics, the rule's body
    /// selector, or the heuristics because the rule's body looked stale.
    #[serde(default)]
    pub body_source: BodySource,
    /// Which signal each metadata field came from (see [`Provenance`]).
    #[serde(default)]
    pub provenance: Provenance,
    /// What kind of page this is ([`PageKind`]): an article, a forum
    /// thread, a product page … The body is extracted the same way for
    /// every kind.
    #[serde(default)]
    pub page_kind: PageKind,
    /// How sure [`page_kind`](Self::page_kind) is, from 0 to 1 (its share
    /// of the evidence; below about 0.5 another kind was close).
    #[serde(default)]
    pub kind_confidence: f32,
    /// Reader comments found on the page, kept out of the body (empty when
    /// the page has none, or with
    /// [`ExtractorBuilder::comments(false)`](crate::ExtractorBuilder::comments)).
    ///
    /// On a forum thread or a question with its answers, where the posts
    /// are the page's content, the body holds **all the posts** in page
    /// order (the opening post first), each as its author line, its date
    /// line as the page shows it, then its text; and `comments` lists the
    /// same posts as data (author, date, text, permalink), the opening
    /// post first. [`page_kind`](Self::page_kind) is then
    /// [`PageKind::Forum`] as a rule. Posts are found by structure
    /// (repeated containers that each name an author and a date, or
    /// schema.org `Comment` / `Answer` / `Question` /
    /// `DiscussionForumPosting` items), not by forum engine. An article
    /// keeps its body: its comment section stays here, out of the body.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

/// One reader comment ([`Article::comments`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Comment {
    /// The commenter's name as shown.
    pub author: Option<String>,
    /// When the comment was written.
    pub published: Option<PageDate>,
    /// The comment's text, whitespace collapsed (paragraphs read one by
    /// one are separated by a blank line).
    pub text: String,
    /// The comment's own address (its permalink), when the page gives one.
    pub url: Option<String>,
}

/// Which signal of the page gave each metadata field of an [`Article`], so
/// that users can judge a value and debug a wrong one. A field that is
/// absent from the article has no entry (`None`, left out of the JSON).
///
/// In JSON: `"provenance": {"title": "visible", "authors": "json_ld",
/// "published": "meta"}`.
///
/// ```
/// use newsprint::Signal;
/// let html = r#"<html><head><title>Tide tables | Harbour Times</title>
///     <meta property="article:published_time" content="2024-05-02T08:00:00+02:00">
///     </head><body><article><h1>Tide tables</h1>
///     <p class="byline">By Ada Quay</p>
///     <p>The harbour office printed new tide tables on Thursday, a week after
///     the old ones were found to be an hour off at spring tides.</p></article></body></html>"#;
/// let a = newsprint::extract(html, None)?;
/// assert_eq!(a.title.as_deref(), Some("Tide tables"));
/// assert_eq!(a.provenance.title, Some(Signal::Visible));
/// assert_eq!(a.provenance.published, Some(Signal::Meta));
/// assert_eq!(a.provenance.authors, Some(Signal::Visible));
/// assert_eq!(a.provenance.modified, None);
/// let json = serde_json::to_value(&a).unwrap();
/// assert_eq!(json["provenance"]["published"], "meta");
/// assert!(json["provenance"].get("modified").is_none());
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provenance {
    /// Where the title came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Signal>,
    /// Where the description came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Signal>,
    /// Where the authors came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Signal>,
    /// Where the publication date came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Signal>,
    /// Where the modification date came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Signal>,
}

impl Provenance {
    /// True when no field has an entry.
    ///
    /// ```
    /// assert!(newsprint::Provenance::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        *self == Provenance::default()
    }
}

/// A kind of signal a metadata value can come from (see [`Provenance`]).
/// Serialised in `snake_case` (`"json_ld"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Signal {
    /// A JSON-LD block (`NewsArticle`, `BlogPosting`…).
    JsonLd,
    /// The document's metadata: `<meta>` tags (OpenGraph, Twitter, Dublin
    /// Core…) or the `<title>` element.
    Meta,
    /// `itemprop` microdata.
    Microdata,
    /// Text a reader sees: the headline, a byline, a date line, a
    /// `<time>` element, an author link.
    Visible,
    /// The page URL's path (`/2024/05/02/`): a weak signal, used last.
    Url,
    /// A publisher rule's selector.
    Rule,
    /// The body heuristics (a byline or wire line found in the body text).
    Body,
}

/// Where an [`Article`]'s body came from.
///
/// A rule's body selector is checked against the heuristic candidate: when
/// it finds nothing, or only a small part of a clearly bigger candidate (a
/// teaser after a redesign), the heuristic body is used and the article
/// says so, so that stale rules can be found and updated.
///
/// ```
/// use newsprint::{BodySource, Extractor};
/// let rule = newsprint::rules::DeclarativeRule::from_toml_str(
///     "name = 'harbour'\nhosts = ['harbour.example']\nbody = '.story-body-v1'",
/// )?;
/// let extractor = Extractor::builder().rule(rule).build();
/// let html = "<html><body><h1>Cranes return</h1><div class='story-v2'>\
///     <p>The harbour's last diesel crane left on Monday, replaced by two \
///     electric cranes that run on shore power from the new substation.</p>\
///     <p>Dock workers said the new cranes are quieter and faster.</p></div></body></html>";
/// let article = extractor.extract(html, Some("https://harbour.example/cranes"))?;
/// assert_eq!(article.rule.as_deref(), Some("harbour"));
/// assert_eq!(article.body_source, BodySource::StaleRule);
/// assert!(article.body_text().contains("last diesel crane"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodySource {
    /// The generic heuristics: no rule names a body.
    #[default]
    Heuristics,
    /// The publisher rule's body selector.
    Rule,
    /// The heuristics, because the rule's body selector found nothing or
    /// only a small part of a clearly bigger candidate: the rule is
    /// probably stale.
    StaleRule,
    /// The page's JSON-LD `articleBody`, as plain paragraphs: the markup
    /// held less than a third of it (a page rendered by a script).
    JsonLd,
    /// The heuristics with class names ignored: the class-aware pass kept
    /// only a small part of the page's prose (layouts that call every block
    /// a "widget"), and a second pass without them found a clearly bigger
    /// body.
    ClassBlind,
    /// The page's main column (`<main>` or `role="main"`): the best node
    /// held less than half of it, on a page that does not declare an
    /// article (a landing, product or category page of many short
    /// sections).
    MainColumn,
}

/// An image with its caption and credit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Image {
    /// Absolute image URL.
    pub url: Option<String>,
    /// Alternative text.
    pub alt: Option<String>,
    /// Caption text, without the credit.
    pub caption: Option<String>,
    /// Photographer / agency credit.
    pub credit: Option<String>,
}

impl Image {
    /// True when every field is `None`.
    ///
    /// ```
    /// assert!(newsprint::Image::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.url.is_none() && self.alt.is_none() && self.caption.is_none() && self.credit.is_none()
    }
}

/// Inline structure inside a text block: a byte range of the block's `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mark {
    /// Start byte offset into `text` (inclusive, on a char boundary).
    pub start: usize,
    /// End byte offset into `text` (exclusive, on a char boundary).
    pub end: usize,
    /// What the range is.
    #[serde(flatten)]
    pub kind: MarkKind,
}

impl Mark {
    /// A new mark over `start..end`.
    ///
    /// ```
    /// use newsprint::{Mark, MarkKind};
    /// let m = Mark::new(0, 4, MarkKind::Strong);
    /// assert_eq!(m.end - m.start, 4);
    /// ```
    pub fn new(start: usize, end: usize, kind: MarkKind) -> Self {
        Mark { start, end, kind }
    }
}

/// The kind of an inline [`Mark`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mark", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkKind {
    /// A hyperlink to an absolute (or, without a base URL, relative) URL.
    Link {
        /// The link target.
        href: String,
    },
    /// Emphasis (`em`, `i`).
    Emphasis,
    /// Strong emphasis (`strong`, `b`).
    Strong,
    /// Inline code.
    Code,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A paragraph of text.
    Paragraph {
        /// Plain text.
        text: String,
        /// Inline links and emphasis over `text`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        marks: Vec<Mark>,
    },
    /// A subheading.
    Heading {
        /// 1–6, as in HTML.
        level: u8,
        /// Plain text.
        text: String,
    },
    /// A bulleted or numbered list.
    List {
        /// True for numbered lists.
        ordered: bool,
        /// Item texts.
        items: Vec<String>,
    },
    /// A block quotation.
    Quote {
        /// Plain text.
        text: String,
    },
    /// An image inside the body.
    Figure {
        /// The image with caption and credit.
        image: Image,
    },
    /// A table as rows of cell texts, header rows first.
    ///
    /// ```
    /// use newsprint::Block;
    /// let html = "<html><body><article><h1>Ferry times</h1>\
    ///     <p>The island ferry keeps its winter timetable until the end of March, \
    ///     the operator said, with two crossings fewer on weekdays than in summer.</p>\
    ///     <table><thead><tr><th>Day</th><th>First</th></tr></thead>\
    ///     <tr><td>Monday</td><td>06:10</td></tr><tr><td>Sunday</td><td>08:40</td></tr></table>\
    ///     <p>Tickets bought online remain valid on any crossing of the same day, \
    ///     and season passes are sold at the harbour office from Monday.</p></article></body></html>";
    /// let article = newsprint::extract(html, None)?;
    /// let table = article.body.iter().find(|b| matches!(b, Block::Table { .. })).unwrap();
    /// let Block::Table { rows, header_rows } = table else { unreachable!() };
    /// assert_eq!(rows[0], ["Day", "First"]);
    /// assert_eq!(*header_rows, 1);
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    Table {
        /// Rows of cells.
        rows: Vec<Vec<String>>,
        /// How many of the first `rows` are header rows: rows of a
        /// `<thead>`, or leading rows whose cells are all `<th>`. 0 when the
        /// table marks no header.
        #[serde(default)]
        header_rows: usize,
    },
    /// Preformatted text / code.
    Code {
        /// The text, whitespace preserved.
        text: String,
    },
}

impl Block {
    /// A paragraph without inline marks.
    ///
    /// ```
    /// let b = newsprint::Block::paragraph("Hello.");
    /// assert_eq!(b.text(), "Hello.");
    /// ```
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::Paragraph {
            text: text.into(),
            marks: Vec::new(),
        }
    }

    /// The plain text of the block (list items and table cells joined by
    /// newlines and tabs; a figure's caption).
    ///
    /// ```
    /// use newsprint::Block;
    /// let list = Block::List { ordered: false, items: vec!["a".into(), "b".into()] };
    /// assert_eq!(list.text(), "a\nb");
    /// ```
    pub fn text(&self) -> String {
        match self {
            Block::Paragraph { text, .. }
            | Block::Heading { text, .. }
            | Block::Quote { text }
            | Block::Code { text } => text.clone(),
            Block::List { items, .. } => items.join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Figure { image } => image.caption.clone().unwrap_or_default(),
        }
    }
}

/// A boilerplate teaser list ("Explore", "Related", "Recommended" …).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RelatedList {
    /// The list's heading as shown on the page, if any.
    pub label: Option<String>,
    /// The teasers.
    pub items: Vec<RelatedItem>,
}

/// One teaser in a [`RelatedList`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// Teaser headline.
    pub title: String,
    /// Absolute link target.
    pub url: Option<String>,
    /// Author shown with the teaser.
    pub author: Option<String>,
}

impl RelatedItem {
    /// A teaser with a title only.
    ///
    /// ```
    /// let item = newsprint::RelatedItem::new("Markets rally");
    /// assert_eq!(item.title, "Markets rally");
    /// ```
    pub fn new(title: impl Into<String>) -> Self {
        RelatedItem {
            title: title.into(),
            url: None,
            author: None,
        }
    }
}

impl Article {
    /// The body as plain text: the prose blocks separated by a blank line.
    /// Figures are left out — a caption describes an image, not the story —
    /// and stay available as [`Block::Figure`] and in the Markdown and HTML
    /// output.
    ///
    /// ```
    /// let mut a = newsprint::Article::default();
    /// a.body.push(newsprint::Block::paragraph("One."));
    /// a.body.push(newsprint::Block::paragraph("Two."));
    /// assert_eq!(a.body_text(), "One.\n\nTwo.");
    /// ```
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for block in &self.body {
            if matches!(block, Block::Figure { .. }) {
                continue;
            }
            let t = block.text();
            if t.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&t);
        }
        out
    }

    /// Passes every URL field through the URL gate once more, whatever put
    /// it there (the page, a rule's code): only `http`, `https` (and
    /// `mailto` for links) or relative URLs stay; the others are removed
    /// (a link mark is dropped, its text kept).
    pub(crate) fn drop_unsafe_urls(&mut self) {
        use crate::parse::url::{UrlUse, keep_safe, safe_url};
        keep_safe(&mut self.canonical_url, UrlUse::Web);
        if let Some(img) = &mut self.lead_image {
            keep_safe(&mut img.url, UrlUse::Web);
        }
        for block in &mut self.body {
            match block {
                Block::Figure { image } => keep_safe(&mut image.url, UrlUse::Web),
                Block::Paragraph { marks, .. } => marks.retain_mut(|m| match &mut m.kind {
                    MarkKind::Link { href } => match safe_url(href, UrlUse::Link) {
                        Some(safe) => {
                            *href = safe;
                            true
                        }
                        None => false,
                    },
                    _ => true,
                }),
                _ => {}
            }
        }
        for item in self.related.iter_mut().flat_map(|l| &mut l.items) {
            keep_safe(&mut item.url, UrlUse::Link);
        }
        for c in &mut self.comments {
            keep_safe(&mut c.url, UrlUse::Link);
        }
    }

    /// Recomputes `word_count` from the body (each Chinese or Japanese
    /// character counts as a word) and, when the page did not state one,
    /// estimates `reading_time_minutes` (230 words or 500 CJK characters a
    /// minute).
    pub(crate) fn finish_counts(&mut self) {
        let (mut spaced, mut cjk) = (0, 0);
        for block in &self.body {
            let (s, c) = crate::parse::text::count_words(&block.text());
            spaced += s;
            cjk += c;
        }
        self.word_count = spaced + cjk;
        if self.reading_time_minutes.is_none() && self.word_count > 0 {
            let per_minute =
                tuning::READING_WORDS_PER_MINUTE * tuning::READING_CJK_CHARS_PER_MINUTE;
            let weighted = spaced * tuning::READING_CJK_CHARS_PER_MINUTE
                + cjk * tuning::READING_WORDS_PER_MINUTE;
            self.reading_time_minutes = Some(weighted.div_ceil(per_minute).max(1) as u32);
        }
    }
}
