//! Plain-text page dumps → [`Article`].
//!
//! A dump is what remains of a page without its markup: text copied from a
//! browser, a crawler's text mode, `lynx -dump`. Blank lines are unreliable
//! there, so the dump is read line by line and each line is judged by its
//! shape (length, capitalisation, end punctuation) and its position relative
//! to the headline and the byline:
//!
//! 1. `lines` cleans the lines (lynx link markers, hard wrapping) and holds
//!    the line-level signals and fixed phrases.
//! 2. `header` finds kicker, reading time, headline (merging repeated copies),
//!    standfirst, lead-image caption and credit, byline and date lines.
//! 3. `score` classifies every line (prose, short line, repeated menu
//!    entry, chrome, barrier) and picks the article as the run of lines
//!    with the highest score; the header is looked for just above it.
//! 4. `body` walks the run: paragraphs, subheadings, lists, figures, wire
//!    credits, tags, inline markers dropped, teaser lists into `related`.
//!
//! Entry point: [`crate::extract_text`] / [`crate::Extractor::extract_text`].
//!
//! ```
//! let dump = "POLITICS\n3 min read\nCouncil approves new tram line\n\
//!     The route links the station with the university campus.\n\
//!     By Ana Lima and Tom Reed\nMarch 3, 2025\n\n\
//!     The city council approved the new tram line on Monday after two years of debate and consultation.\n\n\
//!     Construction is due to start next spring, and the first trams should run three years later.\n\n\
//!     Related\nBus fares to rise in April\nBy Jo Park\nNew bridge opens to cyclists\n";
//! let a = newsprint::extract_text(dump, None)?;
//! assert_eq!(a.section.as_deref(), Some("POLITICS"));
//! assert_eq!(a.title.as_deref(), Some("Council approves new tram line"));
//! assert_eq!(a.authors, ["Ana Lima", "Tom Reed"]);
//! assert_eq!(a.published.unwrap().to_string(), "2025-03-03");
//! assert_eq!(a.body.len(), 2);
//! assert_eq!(a.related[0].items[0].author.as_deref(), Some("Jo Park"));
//! # Ok::<(), newsprint::Error>(())
//! ```

mod body;
mod caption;
mod header;
mod lines;
mod score;

use crate::{Article, Image};

/// Segments a text dump into an article; also returns the number of post
/// headers when the dump is a forum or Q&A thread (0 otherwise), a
/// page-kind signal.
pub(crate) fn extract(text: &str, url: Option<&str>) -> (Article, usize) {
    let lines = lines::split_lines(text);
    let posts = score::thread_posts(&lines);
    let run = score::best_run(&lines);
    let head = header::segment(
        &lines,
        run.as_ref().map(|r| r.start),
        run.as_ref().map(|r| r.kinds.as_slice()),
    );
    let cx = body::Context {
        title: head.title.as_deref(),
        description: head.description.as_deref(),
    };
    let body = match &run {
        Some(r) => {
            // The header may take the first lines of the run (a standfirst,
            // a byline under it), not more.
            let start = if head.body_start > r.start
                && head.body_start < r.end
                && head.body_start <= r.start + crate::tuning::dump::MAX_HEADER_LINES_INTO_RUN
            {
                head.body_start
            } else {
                r.start
            };
            body::segment(
                &lines,
                start,
                Some(&body::RunEnd {
                    end: r.end,
                    kinds: &r.kinds,
                }),
                &cx,
            )
        }
        None => body::segment(&lines, head.body_start, None, &cx),
    };
    let lead_image = head.caption.map(|c| Image {
        url: None,
        alt: None,
        caption: c.caption,
        credit: Some(c.credit).filter(|s| !s.is_empty()),
    });
    let authors = if head.authors.is_empty() {
        body.authors
    } else {
        head.authors
    };
    let article = Article {
        url: url.map(str::to_owned),
        section: head.section,
        title: head.title,
        description: head.description,
        authors,
        published: head.published,
        modified: head.modified,
        reading_time_minutes: head.reading_time.or(body.reading_time),
        lead_image,
        source: head.source.or(body.source),
        tags: body.tags,
        body: body.blocks,
        related: body.related,
        ..Article::default()
    };
    (article, posts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_panics_on_odd_input() {
        // 10 MB in release builds; debug builds are ~50x slower per byte.
        let scale = if cfg!(debug_assertions) { 10 } else { 1 };
        let long_line = "word ".repeat(2_000_000 / scale);
        let many_lines = "Short line\n".repeat(200_000 / scale);
        let inputs: Vec<String> = vec![
            String::new(),
            "\n\n\n\n".into(),
            "   \t \r\n \u{feff}".into(),
            "By".into(),
            "[".into(),
            "[12".into(),
            "[1234567890123]".into(),
            "Explore\nBy A\nBy B".into(),
            "Recommended".into(),
            "\u{0}\u{1}\u{2}".into(),
            "Ünïcödé ﬁ ligature\nالعربية\n中文标题\nBy 李 明\n2025年3月1日".into(),
            "𝕳𝖊𝖆𝖉𝖑𝖎𝖓𝖊 / ©".into(),
            " / ".into(),
            "Photo:".into(),
            "(".into(),
            long_line,
            many_lines,
        ];
        for s in &inputs {
            let _ = extract(s, None);
        }
    }
}
