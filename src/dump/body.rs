//! The body of a dump and the teaser lists after (or inside) it.
//!
//! Walks the lines after the header once: paragraphs, short title-shaped
//! subheadings, bullet lists, captions with credits (figures); drops inline
//! furniture ("Advertisement", "Share"); takes wire-credit lines into
//! `source` and "Tags:" lines into `tags`; turns a label such as "Explore",
//! "Related" or "Mehr zum Thema" followed by headline-shaped lines into a
//! [`RelatedList`], pairing each teaser with the "By …" line under it.

use super::caption;
use super::lines::{
    self, Line, ends_sentence, is_paragraph_like, is_subheading_like, same_line, words,
};
use super::score::{self, Kind};
use crate::parse::{byline, date};
use crate::tuning;
use crate::{Block, Image, RelatedItem, RelatedList};

/// What the body walk found.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub blocks: Vec<Block>,
    pub related: Vec<RelatedList>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    pub reading_time: Option<u32>,
    /// Authors from a byline found below the header (e.g. at the end).
    pub authors: Vec<String>,
}

/// Context from the header.
pub(crate) struct Context<'a> {
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
}

/// How a teaser list ended.
enum ListEnd {
    /// Input or article end (footer).
    Stop,
    /// Another label starts here.
    Label,
    /// Body text resumes here.
    Resume,
}

/// Where the article text ends, from the line scores.
pub(crate) struct RunEnd<'a> {
    /// The article text is `lines[..end]`.
    pub end: usize,
    /// The kind of every line (indexed like `lines`).
    pub kinds: &'a [Kind],
}

/// Walks `lines[start..]`. With the article run (`run`), furniture lines
/// are skipped and, past the run's end, only what follows an article is
/// read (teaser lists, wire credits, tags, a closing byline) until a
/// stretch of [`tuning::dump::BODY_END_QUIET_LINES`] lines without any.
/// Without it, such a stretch without a paragraph ends the body.
pub(crate) fn segment(
    lines: &[Line],
    start: usize,
    run: Option<&RunEnd<'_>>,
    cx: &Context<'_>,
) -> Body {
    let mut b = Body::default();
    let mut i = start;
    // Lines walked since the last paragraph: a long stretch without one
    // after the article text is page chrome (menus, teaser rows, footer).
    let mut last_para = start;
    let mut has_para = false;
    while i < lines.len() {
        let t = lines[i].text.as_str();
        let next = lines.get(i + 1).map(|l| l.text.as_str());
        let tail = run.is_some_and(|r| i >= r.end);
        if tail {
            last_para = last_para.max(run.map_or(0, |r| r.end));
        }
        if ((run.is_none() && has_para) || tail)
            && i >= last_para + tuning::dump::BODY_END_QUIET_LINES
        {
            break;
        }
        if !tail && run.is_some_and(|r| r.kinds.get(i).is_some_and(|k| k.is_furniture())) {
            i += 1;
            continue;
        }

        if lines::is_footer(t) {
            if b.blocks.is_empty() {
                i += 1;
                continue;
            }
            break;
        }
        if lines[i].is_noise()
            || cx.title.is_some_and(|ti| same_line(ti, t))
            || (b.blocks.is_empty() && cx.description.is_some_and(|d| same_line(d, t)))
        {
            i += 1;
            continue;
        }
        if let Some(src) = lines::source_line(t) {
            b.source.get_or_insert(src);
            i += 1;
            continue;
        }
        if let Some(tags) = lines::tags_line(t) {
            for tag in tags {
                if !b.tags.contains(&tag) {
                    b.tags.push(tag);
                }
            }
            i += 1;
            continue;
        }
        if let Some(r) = lines::reading_time(t) {
            b.reading_time.get_or_insert(r);
            i += 1;
            continue;
        }
        if let Some((label, title)) = lines::inline_pointer(t) {
            push_item(&mut b.related, Some(label), RelatedItem::new(title));
            i += 1;
            continue;
        }
        if let Some(label) = lines::related_label(t) {
            let (j, end, mut list) = parse_list(lines, i + 1, label, &mut b.source);
            if matches!(end, ListEnd::Resume)
                && !tail
                && list.items.last().is_some_and(|it| {
                    it.author.is_none()
                        && is_subheading_like(&it.title)
                        && words(&it.title) <= tuning::dump::MAX_EMPTY_BOX_HEADING_WORDS
                })
            {
                // "Recommended" followed by a subheading: the teaser box was
                // empty in the dump, the short line belongs to the body.
                if let Some(it) = list.items.pop() {
                    b.blocks.push(Block::Heading {
                        level: 2,
                        text: it.title,
                    });
                }
            }
            if !list.items.is_empty() {
                merge_list(&mut b.related, list);
            }
            i = j;
            last_para = j;
            if matches!(end, ListEnd::Stop) {
                break;
            }
            continue;
        }
        if tail {
            if let Some(by) = lines::parse_byline_line(t)
                && b.authors.is_empty()
            {
                b.authors = by.authors;
                last_para = i + 1;
            }
            i += 1;
            continue;
        }
        if let Some((_, ordered)) = lines::is_bullet(t)
            && next.is_some_and(|n| lines::is_bullet(n).is_some())
        {
            let mut items = Vec::new();
            while let Some((item, o)) = lines.get(i).and_then(|l| lines::is_bullet(&l.text)) {
                if o != ordered {
                    break;
                }
                items.push(item.to_owned());
                i += 1;
            }
            b.blocks.push(Block::List { ordered, items });
            last_para = i;
            continue;
        }
        if lines::is_byline_line(t)
            && let Some(by) = lines::parse_byline_line(t)
        {
            if b.authors.is_empty() {
                b.authors = by.authors;
            }
            if b.source.is_none() {
                b.source = by.source;
            }
            i += 1;
            continue;
        }
        if !is_paragraph_like(t) || t.contains(" / ") {
            if let Some(c) = caption::split_caption(t) {
                push_caption(&mut b.blocks, c);
                i += 1;
                continue;
            }
        }
        if is_subheading_like(t) {
            let followed = next.is_some_and(|n| {
                words(n) >= tuning::dump::MIN_WORDS_AFTER_SUBHEADING
                    && !lines::is_footer(n)
                    && lines::related_label(n).is_none()
            });
            if followed
                && (!b.blocks.is_empty() || words(t) >= tuning::dump::MIN_FIRST_SUBHEADING_WORDS)
            {
                b.blocks.push(Block::Heading {
                    level: 2,
                    text: t.to_owned(),
                });
            }
            // A short line that leads nowhere is page furniture.
            i += 1;
            continue;
        }
        if b.source.is_none()
            && b.blocks.is_empty()
            && let Some(src) = dateline_source(t)
        {
            b.source = Some(src);
        }
        b.blocks.push(Block::paragraph(t));
        i += 1;
        last_para = i;
        has_para = true;
    }
    b
}

/// A caption line in the body becomes a figure; a credit-only line turns
/// the short paragraph before it into one.
fn push_caption(blocks: &mut Vec<Block>, c: caption::Caption) {
    if c.caption.is_none()
        && let Some(Block::Paragraph { text, .. }) = blocks.last()
        && words(text) <= tuning::dump::MAX_CREDITED_PARAGRAPH_WORDS
    {
        let text = text.clone();
        blocks.pop();
        blocks.push(Block::Figure {
            image: Image {
                url: None,
                alt: None,
                caption: Some(text),
                credit: Some(c.credit),
            },
        });
        return;
    }
    blocks.push(Block::Figure {
        image: Image {
            url: None,
            alt: None,
            caption: c.caption,
            credit: Some(c.credit),
        },
    });
}

/// "MOSCOW (AP) — …": the wire named in a dateline.
fn dateline_source(t: &str) -> Option<String> {
    let head = t
        .get(..t.len().min(tuning::dump::WIRE_DATELINE_BYTES))
        .or_else(|| {
            let mut e = tuning::dump::WIRE_DATELINE_BYTES.min(t.len());
            while !t.is_char_boundary(e) {
                e -= 1;
            }
            t.get(..e)
        })?;
    let open = head.find('(')?;
    let close = head[open..].find(')')? + open;
    let city = head[..open].trim().trim_end_matches(',');
    let inner = head[open + 1..close].trim();
    let rest = head[close + 1..].trim_start();
    (!city.is_empty()
        && lines::is_all_caps(city)
        && byline::is_wire_service(inner)
        && rest.starts_with(['—', '–', '-', ':']))
    .then(|| inner.to_owned())
}

fn push_item(related: &mut Vec<RelatedList>, label: Option<String>, item: RelatedItem) {
    if let Some(list) = related.iter_mut().find(|l| l.label == label) {
        list.items.push(item);
    } else {
        related.push(RelatedList {
            label,
            items: vec![item],
        });
    }
}

fn merge_list(related: &mut Vec<RelatedList>, list: RelatedList) {
    if let Some(existing) = related.iter_mut().find(|l| l.label == list.label) {
        existing.items.extend(list.items);
    } else {
        related.push(list);
    }
}

/// Reads teaser items after a label. Returns the index to continue at, how
/// the list ended, and the list.
fn parse_list(
    lines: &[Line],
    start: usize,
    label: String,
    source: &mut Option<String>,
) -> (usize, ListEnd, RelatedList) {
    let mut list = RelatedList {
        label: Some(label),
        items: Vec::new(),
    };
    let mut j = start;
    while j < lines.len() {
        let t = lines[j].text.as_str();
        if lines::is_footer(t) {
            return (j, ListEnd::Stop, list);
        }
        if lines::related_label(t).is_some() || score::is_comment_label(t) {
            return (j, ListEnd::Label, list);
        }
        if lines[j].is_noise() {
            j += 1;
            continue;
        }
        if let Some(by) = lines::parse_byline_line(t) {
            if let Some(last) = list.items.last_mut()
                && last.author.is_none()
                && !by.authors.is_empty()
            {
                last.author = Some(by.authors.join(", "));
            }
            j += 1;
            continue;
        }
        if let Some(src) = lines::source_line(t) {
            source.get_or_insert(src);
            j += 1;
            continue;
        }
        // Teaser furniture: dates, reading times, section kickers.
        if t.len() <= tuning::dump::MAX_TEASER_FURNITURE_BYTES
            && (date::parse_date(t).is_some()
                || byline::parse_reading_time(t).is_some()
                || (lines::is_all_caps(t) && words(t) <= tuning::dump::MAX_TEASER_KICKER_WORDS))
        {
            j += 1;
            continue;
        }
        let next_is_byline = lines
            .get(j + 1)
            .is_some_and(|n| lines::is_byline_line(&n.text));
        let body_shaped = (is_paragraph_like(t) && !t.trim_end().ends_with('?'))
            || words(t) > tuning::dump::MAX_TEASER_WORDS;
        if body_shaped && !next_is_byline {
            return (j, ListEnd::Resume, list);
        }
        let w = words(t);
        if (1..=tuning::dump::MAX_TEASER_WORDS).contains(&w)
            && t.chars().count() <= tuning::dump::MAX_TEASER_CHARS
            && !ends_with_colon(t)
        {
            let title = lines::is_bullet(t).map_or(t, |(x, _)| x);
            list.items.push(RelatedItem::new(title));
        }
        j += 1;
    }
    (j, ListEnd::Stop, list)
}

fn ends_with_colon(t: &str) -> bool {
    ends_sentence(t) && t.trim_end().ends_with(':')
}
