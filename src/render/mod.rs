//! Renderers: plain text, Markdown (CommonMark), safe HTML.
//!
//! | method | what it contains |
//! |---|---|
//! | [`Article::to_text`] | the body only, blocks separated by a blank line |
//! | [`Article::to_markdown`] | title (`#`), a byline/date line, the body, then each `related` list as `##` label and bullet list |
//! | [`Article::to_html`] | `<article>`: title, byline/date line, body, then each `related` list as an `<aside>` |
//!
//! The Markdown and HTML outputs carry a short header: the title as a level-1
//! heading, then one line "By A, B and C · 2025-03-01" (authors and the
//! `published` date, whichever exist) — in Markdown emphasised, in HTML a
//! `<p><small>`. The date is the calendar date of `published` as the page
//! states it (`2015-07-24T05:36:09+01:00` shows as `2015-07-24`: the day at
//! the page's own offset, not converted to UTC, so it matches the day the
//! page prints); the full timestamp stays in [`Article::published`]. The
//! description, lead image and other metadata are left to the caller (they
//! are fields of the [`Article`]).
//!
//! After the body, both Markdown and HTML show each [`related`](Article::related)
//! list in its order: the label as a level-2 heading (`## Explore`,
//! `<h2>`), then a bullet list of the item titles — linked when the item's
//! URL passes the URL rule below — each followed by its author when known.
//! To leave the boilerplate lists out, clear them first
//! (`article.related.clear()`).
//!
//! Inline marks ([`Mark`](crate::Mark)) are byte ranges that may come from
//! anywhere, so they are validated: out-of-range, reversed or non-char-boundary
//! ranges are skipped, overlapping ranges are clipped to nest, links with an
//! unsafe target lose their link but keep their text. Rendering never panics.
//!
//! URLs (links, image sources, related items) are kept only with the schemes
//! `http`, `https`, `mailto` (links only) or no scheme (relative), judged
//! after decoding character references and removing whitespace, control and
//! invisible characters (`jav&#x09;ascript:`, `java\tscript:` are dropped).

mod html;
mod inline;
mod markdown;
mod text;

use crate::{Article, Image};

impl Article {
    /// The body as plain text, blocks separated by a blank line (what the
    /// example CLI prints with `--format text`).
    ///
    /// ```
    /// let mut a = newsprint::Article::default();
    /// a.body.push(newsprint::Block::paragraph("Hello."));
    /// a.body.push(newsprint::Block::List { ordered: false, items: vec!["one".into(), "two".into()] });
    /// assert_eq!(a.to_text(), "Hello.\n\none\ntwo");
    /// ```
    pub fn to_text(&self) -> String {
        text::render(self)
    }

    /// The article as CommonMark: the title as `# `, an emphasised
    /// byline/date line, then the body — headings at their level, paragraphs
    /// with links, emphasis and code, lists, block quotes, figures as
    /// `![alt](url)` followed by a caption/credit paragraph, tables as GFM
    /// pipe tables (the first row is the header), code as fenced blocks —
    /// and after the body each `related` list, as in [`to_html`](Self::to_html):
    /// a `##` label and a bullet list of linked titles ("title — author").
    /// The byline shows the calendar date of `published`. Text is escaped so it means what it says; link and image targets that
    /// are not `http`, `https`, `mailto` (links) or relative are dropped. No
    /// trailing newline.
    ///
    /// ```
    /// use newsprint::{Article, Block, Mark, MarkKind};
    /// let mut a = Article::default();
    /// a.title = Some("Port *strike* ends".into());
    /// a.authors = vec!["Lois Lane".into()];
    /// let text = "Read the full agreement.";
    /// let marks = vec![Mark::new(9, 23, MarkKind::Link { href: "https://port.example/deal".into() })];
    /// a.body.push(Block::Paragraph { text: text.into(), marks });
    /// a.body.push(Block::Heading { level: 2, text: "What changes".into() });
    /// assert_eq!(
    ///     a.to_markdown(),
    ///     "# Port \\*strike\\* ends\n\n*By Lois Lane*\n\n\
    ///      Read the [full agreement](https://port.example/deal).\n\n## What changes"
    /// );
    ///
    /// // A date and a related list; `a.related.clear()` leaves lists out.
    /// a.published = "2015-07-24T05:36:09+01:00".parse().ok();
    /// let mut teaser = newsprint::RelatedItem::new("Ferry fares rise");
    /// teaser.url = Some("https://port.example/ferry".into());
    /// let mut list = newsprint::RelatedList::default();
    /// list.label = Some("Explore".into());
    /// list.items = vec![teaser];
    /// a.related = vec![list];
    /// let md = a.to_markdown();
    /// assert!(md.contains("*By Lois Lane · 2015-07-24*"));
    /// assert!(md.ends_with("## Explore\n\n- [Ferry fares rise](https://port.example/ferry)"));
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }

    /// The article as safe HTML: an `<article>` element holding the title
    /// (`<h1>`), a byline/date line, the body blocks, and each `related`
    /// list as an `<aside>` with an `<h2>` label and a `<ul>` of links.
    ///
    /// Safe by construction: only allow-listed elements (`article`, `aside`,
    /// `h1`–`h6`, `p`, `a`, `em`, `strong`, `code`, `pre`, `ul`, `ol`, `li`,
    /// `blockquote`, `figure`, `img`, `figcaption`, `table`, `thead`,
    /// `tbody`, `tr`, `th`, `td`, `small`) and attributes (`href`,
    /// `rel="nofollow noopener"`, `src`, `alt`) are written, all text and
    /// attribute values are escaped, and only `http`, `https`, `mailto`
    /// (links) and relative URLs survive.
    ///
    /// ```
    /// use newsprint::{Article, Block, Mark, MarkKind};
    /// let mut a = Article::default();
    /// a.title = Some("<script>alert(1)</script>".into());
    /// let marks = vec![Mark::new(0, 5, MarkKind::Link { href: "javascript:alert(1)".into() })];
    /// a.body.push(Block::Paragraph { text: "Click me".into(), marks });
    /// let html = a.to_html();
    /// assert_eq!(
    ///     html,
    ///     "<article>\n<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>\n<p>Click me</p>\n</article>"
    /// );
    /// ```
    pub fn to_html(&self) -> String {
        html::render(self)
    }
}

/// "By A, B and C · 2025-03-01" from the authors and the published date.
fn byline_line(article: &Article) -> Option<String> {
    let authors: Vec<&str> = article
        .authors
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    let mut parts = Vec::new();
    if let Some((last, rest)) = authors.split_last() {
        let names = if rest.is_empty() {
            (*last).to_string()
        } else {
            format!("{} and {}", rest.join(", "), last)
        };
        parts.push(format!("By {names}"));
    }
    if let Some(date) = article.published {
        parts.push(date.day().format("%Y-%m-%d").to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// An image's caption and credit, trimmed, empty ones as `None`.
fn caption_parts(image: &Image) -> (Option<&str>, Option<&str>) {
    fn trimmed(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|c| !c.is_empty())
    }
    (trimmed(&image.caption), trimmed(&image.credit))
}

/// "Caption — Credit", either part alone, or `None`.
fn caption_line(image: &Image) -> Option<String> {
    match caption_parts(image) {
        (Some(a), Some(b)) => Some(format!("{a} — {b}")),
        (Some(a), None) | (None, Some(a)) => Some(a.to_string()),
        (None, None) => None,
    }
}

/// The number of columns of a table: its widest row.
fn table_width(rows: &[Vec<String>]) -> usize {
    rows.iter().map(Vec::len).max().unwrap_or(0)
}
