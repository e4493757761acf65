//! The top of a dump: kicker, reading time, headline, standfirst, lead-image
//! caption, byline and date lines, up to where the body starts.
//!
//! The byline and date lines anchor the header: everything before the last
//! of them (within the first lines, and before two body-shaped paragraphs in
//! a row) is header. Inside it the headline is the line that repeats (a
//! headline copied twice, once as image alt text) or else the first
//! headline-shaped line; the short line just before it is the kicker; the
//! first sentence after it is the standfirst.

use super::caption::{self, Caption};
use super::lines::{
    self, Line, ends_sentence, is_all_caps, is_kicker_like, is_paragraph_like, is_title_like,
    same_line, words,
};
use super::score::{self, Kind};
use crate::PageDate;
use crate::lexicon::date_labels;
use crate::parse::{byline, date};
use crate::tuning;

/// What the header holds.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub section: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    pub published: Option<PageDate>,
    pub modified: Option<PageDate>,
    pub reading_time: Option<u32>,
    pub caption: Option<Caption>,
    /// Index of the first body line.
    pub body_start: usize,
}

/// Line-level facts used to segment the header.
#[derive(Debug, Default)]
struct Info {
    byline: Option<byline::Byline>,
    /// (ISO date, is an "updated" date)
    dates: Vec<(PageDate, bool)>,
    reading: Option<u32>,
    caption: Option<Caption>,
    noise: bool,
}

impl Info {
    fn is_meta(&self) -> bool {
        self.byline.is_some() || !self.dates.is_empty()
    }

    fn is_other(&self) -> bool {
        !self.is_meta() && self.reading.is_none() && self.caption.is_none() && !self.noise
    }
}

fn starts_with_any(lower: &str, reader: u8) -> bool {
    date_labels::words(reader).any(|p| {
        lower.starts_with(p)
            && lower[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// A date in one `•`/`|`-separated part of a line.
fn date_in_part(part: &str) -> Option<(PageDate, bool)> {
    if part.len() > tuning::dump::MAX_DATE_PART_BYTES {
        return None;
    }
    let lower = part.to_lowercase();
    let prefixed = starts_with_any(&lower, date_labels::DUMP_DATE_PREFIX);
    let iso = date::parse_date(part).or_else(|| {
        (prefixed && words(part) <= tuning::dump::MAX_LABELLED_DATE_WORDS)
            .then(|| date::find_date_in_text(part))
            .flatten()
    })?;
    Some((iso, starts_with_any(&lower, date_labels::DUMP_UPDATED)))
}

fn classify(line: &Line) -> Info {
    let t = line.text.as_str();
    let mut info = Info::default();
    if t.len() > tuning::dump::MAX_HEADER_LINE_BYTES {
        return info;
    }
    if line.is_noise() {
        info.noise = true;
        return info;
    }
    if let Some(b) = lines::parse_byline_line(t) {
        info.byline = Some(b);
        if let Some(d) = date::find_date_in_text(t) {
            info.dates.push((d, false));
        }
        for p in lines::meta_parts(t) {
            if let Some(r) = lines::reading_time(p) {
                info.reading = Some(r);
            }
        }
        return info;
    }
    if t.len() <= tuning::dump::MAX_META_LINE_BYTES {
        for p in lines::meta_parts(t) {
            if let Some(d) = date_in_part(p) {
                info.dates.push(d);
            } else if let Some(r) = lines::reading_time(p) {
                info.reading = Some(r);
            }
        }
        // A line with a date must be all metadata to count as one.
        if !info.dates.is_empty() || info.reading.is_some() {
            let all_meta = lines::meta_parts(t).all(|p| {
                date_in_part(p).is_some()
                    || lines::reading_time(p).is_some()
                    || lines::parse_byline_line(p).is_some()
            });
            if !all_meta {
                info.dates.clear();
                info.reading = None;
            } else {
                for p in lines::meta_parts(t) {
                    if let Some(b) = lines::parse_byline_line(p) {
                        info.byline = Some(b);
                    }
                }
            }
        }
        if info.is_meta() || info.reading.is_some() {
            return info;
        }
    }
    info.caption = caption::split_caption(t);
    info
}

/// Where the body text starts: the first paragraph-shaped line followed by
/// at least one more among the next [`tuning::dump::BODY_RUN_FOLLOW_LINES`]
/// lines (whole-page dumps carry menus and teaser rows before it).
fn body_run_start(lines: &[Line]) -> Option<usize> {
    let scan = lines.len().min(tuning::dump::BODY_RUN_SCAN_LINES);
    (0..scan).find(|&i| {
        is_paragraph_like(&lines[i].text)
            && lines[i + 1..lines.len().min(i + 1 + tuning::dump::BODY_RUN_FOLLOW_LINES)]
                .iter()
                .any(|l| is_paragraph_like(&l.text))
    })
}

/// Title-shaped page furniture: a tags line, a breadcrumb trail
/// ("News / Online learning / …"), a hashtag, link labels run together.
fn is_furniture_shaped(t: &str) -> bool {
    let separators = t.matches(['/', '›', '»', '>']).count();
    t.starts_with('#')
        || separators >= tuning::dump::MIN_BREADCRUMB_SEPARATORS
        || lines::tags_line(t).is_some()
        || score::is_glued_labels(t)
}

/// Segments the top of the dump. Lines more than
/// [`tuning::dump::HEADER_LOOK_BACK_LINES`] lines above the start of the body
/// text (`anchor`, the start of the article run, else the first two
/// paragraphs) are page chrome and are skipped.
///
/// `kinds` are the line kinds from `score`: consent banners, account
/// prompts and labels there are not header lines.
pub(crate) fn segment(lines: &[Line], anchor: Option<usize>, kinds: Option<&[Kind]>) -> Header {
    let from = anchor.or_else(|| body_run_start(lines)).map_or(0, |b| {
        b.saturating_sub(tuning::dump::HEADER_LOOK_BACK_LINES)
    });
    let mut h = segment_from(&lines[from..], kinds.and_then(|k| k.get(from..)));
    h.body_start += from;
    h
}

fn segment_from(lines: &[Line], kinds: Option<&[Kind]>) -> Header {
    let mut h = Header::default();
    let n = lines.len().min(tuning::dump::HEADER_WINDOW_LINES);
    if n == 0 {
        return h;
    }
    let mut infos: Vec<Info> = lines[..n].iter().map(classify).collect();
    if let Some(kinds) = kinds {
        for (info, k) in infos.iter_mut().zip(kinds) {
            if matches!(k, Kind::Chrome | Kind::Barrier) {
                *info = Info {
                    noise: true,
                    ..Info::default()
                };
            }
        }
    }

    // Stop looking at two body-shaped paragraphs in a row.
    let mut scan_end = n;
    for i in 0..n {
        if infos[i].is_other()
            && is_paragraph_like(&lines[i].text)
            && lines
                .get(i + 1)
                .is_some_and(|next| is_paragraph_like(&next.text))
        {
            scan_end = i;
            break;
        }
    }
    let meta_end = (0..scan_end).rev().find(|&i| infos[i].is_meta());

    // Lines that may be headline, kicker, standfirst.
    let limit = meta_end.map_or(scan_end, |m| m + 1);
    let others: Vec<usize> = (0..limit).filter(|&i| infos[i].is_other()).collect();

    let mut used = vec![false; n];
    let mut caption: Option<(usize, Caption)> = None;

    // Headline: a repeated line, else the first headline-shaped one.
    let mut title_idx = None;
    'outer: for (a, &i) in others.iter().enumerate() {
        if words(&lines[i].text) < tuning::dump::MIN_REPEATED_TITLE_WORDS
            || (ends_sentence(&lines[i].text)
                && words(&lines[i].text) > tuning::dump::MAX_REPEATED_SENTENCE_TITLE_WORDS)
        {
            continue;
        }
        for &j in &others[a + 1..] {
            if same_line(&lines[i].text, &lines[j].text) {
                title_idx = Some(i);
                break 'outer;
            }
        }
    }
    if title_idx.is_none() {
        let cands: Vec<usize> = others
            .iter()
            .copied()
            .filter(|&i| is_title_like(&lines[i].text) && !is_furniture_shaped(&lines[i].text))
            .collect();
        // A headline leads somewhere: to a standfirst, a caption, the
        // byline or date; menu entries lead to more menu entries.
        let leads_on = |i: usize| {
            let mut j = i + 1;
            while j < limit && infos[j].noise {
                j += 1;
            }
            j >= limit
                || !infos[j].is_other()
                || words(&lines[j].text) >= tuning::dump::MIN_LEAD_ON_WORDS
        };
        let first_meta = (0..limit).find(|&i| infos[i].is_meta());
        let mut first = None;
        let mut passing: Vec<usize> = Vec::new();
        for (k, &i) in cands.iter().enumerate() {
            let t = &lines[i].text;
            let short_kicker = is_kicker_like(t)
                && (is_all_caps(t) || words(t) <= tuning::dump::MAX_SHORT_KICKER_WORDS);
            let later = cands.get(k + 1).is_some_and(|&j| {
                j <= i + tuning::dump::KICKER_TO_TITLE_MAX_LINES && words(&lines[j].text) > words(t)
            });
            if short_kicker && later {
                continue;
            }
            first.get_or_insert(i);
            if t.contains('|') || !leads_on(i) {
                continue;
            }
            passing.push(i);
        }
        // With a byline or date below, the headline is the candidate
        // nearest above it (teasers above the headline also lead on to
        // their summaries), or the first of two adjacent ones (a headline
        // over an unpunctuated standfirst).
        title_idx = match first_meta {
            Some(m) => {
                let before: Vec<usize> = passing.iter().copied().filter(|&i| i < m).collect();
                match before.as_slice() {
                    [] => passing.first().copied(),
                    [.., p, l] if *l == p + 1 => Some(*p),
                    [.., l] => Some(*l),
                }
            }
            None => passing.first().copied(),
        };
        if title_idx.is_none() {
            title_idx = first;
        }
    }
    if title_idx.is_none() {
        // A short first line (two words) can still be the headline.
        title_idx = others.iter().copied().find(|&i| {
            let t = &lines[i].text;
            (tuning::dump::MIN_FALLBACK_TITLE_WORDS..=tuning::dump::MAX_TITLE_WORDS)
                .contains(&words(t))
                && !t.ends_with('.')
                && !is_all_caps(t)
        });
    }
    if let Some(ti) = title_idx {
        used[ti] = true;
        h.title = Some(lines[ti].text.clone());
        for &j in &others {
            if j != ti && same_line(&lines[j].text, &lines[ti].text) {
                used[j] = true;
            }
        }
        // Kicker: the kicker-shaped line just before the headline.
        let mut k = ti;
        while k > 0 {
            k -= 1;
            if infos[k].reading.is_some() || infos[k].noise {
                continue;
            }
            if infos[k].is_other()
                && !used[k]
                && is_kicker_like(&lines[k].text)
                && lines::related_label(&lines[k].text).is_none()
            {
                used[k] = true;
                h.section = Some(lines[k].text.clone());
            }
            break;
        }
    }

    // Credit-only lines ("Photo: X") make the unused line before them a
    // caption; the first caption is the lead image's.
    for i in 0..limit {
        if let Some(c) = &infos[i].caption {
            let mut c = c.clone();
            if c.caption.is_none()
                && i > 0
                && infos[i - 1].is_other()
                && !used[i - 1]
                && words(&lines[i - 1].text) >= tuning::dump::MIN_CAPTION_WORDS
            {
                c.caption = Some(lines[i - 1].text.clone());
                used[i - 1] = true;
            }
            if caption.is_none() {
                caption = Some((i, c));
            }
        }
    }

    if let Some(ti) = title_idx {
        // Standfirst: the first sentence after the headline, inside the header.
        let header_end = meta_end
            .map(|m| m + 1)
            .or_else(|| {
                caption
                    .as_ref()
                    .map(|(c, _)| c + 1)
                    .filter(|&c| c <= ti + tuning::dump::MAX_CAPTION_LINES_AFTER_TITLE)
            })
            .unwrap_or(ti + 1);
        if let Some(&s) = others.iter().find(|&&i| {
            i > ti
                && i < header_end
                && !used[i]
                && (tuning::dump::MIN_STANDFIRST_WORDS..=tuning::dump::MAX_STANDFIRST_WORDS)
                    .contains(&words(&lines[i].text))
        }) {
            used[s] = true;
            h.description = Some(lines[s].text.clone());
        }
    }

    // Header end: the last meta line, else the headline (or a caption close
    // after it), then any caption / credit / reading-time lines that follow.
    let mut end = match (meta_end, title_idx) {
        (Some(m), _) => m + 1,
        (None, Some(t)) => match &caption {
            Some((c, _)) if *c > t && *c <= t + tuning::dump::MAX_CAPTION_LINES_AFTER_TITLE => {
                c + 1
            }
            _ => t + 1,
        },
        (None, None) => 0,
    };
    if title_idx.is_none() && meta_end.is_none() {
        caption = None;
    } else if let Some((c, _)) = &caption
        && *c >= end
    {
        caption = None;
    }
    while end < lines.len() {
        let t = &lines[end].text;
        if lines::is_noise_marker(t) || h.title.as_deref().is_some_and(|ti| same_line(ti, t)) {
            end += 1;
            continue;
        }
        if let Some(r) = lines::reading_time(t) {
            h.reading_time.get_or_insert(r);
            end += 1;
            continue;
        }
        if caption.is_none()
            && !is_paragraph_like(t)
            && let Some(c) = caption::split_caption(t)
        {
            caption = Some((end, c));
            end += 1;
            continue;
        }
        break;
    }

    // A standfirst set below the byline: one line that continues the
    // header block without a blank line, with the body set off after it.
    if h.description.is_none()
        && let Some(ti) = title_idx
        && end < lines.len()
        && end > ti
        && (ti + 1..=end).all(|i| !lines[i].blank_before)
        && lines.get(end + 1).is_none_or(|l| l.blank_before)
        && (tuning::dump::MIN_LOW_STANDFIRST_WORDS..=tuning::dump::MAX_LOW_STANDFIRST_WORDS)
            .contains(&words(&lines[end].text))
    {
        h.description = Some(lines[end].text.clone());
        end += 1;
    }

    // Metadata lines and a name-only byline next to a date line.
    for info in &infos[..limit.min(end)] {
        if let Some(b) = &info.byline {
            for a in &b.authors {
                if !h.authors.contains(a) {
                    h.authors.push(a.clone());
                }
            }
            if h.source.is_none() {
                h.source = b.source.clone();
            }
        }
        for (d, updated) in &info.dates {
            let slot = if *updated {
                &mut h.modified
            } else {
                &mut h.published
            };
            if slot.is_none() {
                *slot = Some(*d);
            }
        }
        if let Some(r) = info.reading {
            h.reading_time.get_or_insert(r);
        }
    }
    if h.authors.is_empty() {
        for &i in &others {
            if used[i] || i >= end {
                continue;
            }
            let near_date = (i > 0 && !infos[i - 1].dates.is_empty())
                || infos.get(i + 1).is_some_and(|x| !x.dates.is_empty());
            let t = &lines[i].text;
            if near_date
                && !is_all_caps(t)
                && words(t) <= tuning::dump::MAX_NAME_LINE_WORDS
                && let Some(b) = byline::parse_byline(t)
                && !b.authors.is_empty()
            {
                used[i] = true;
                h.authors = b.authors;
                h.source = h.source.take().or(b.source);
                break;
            }
        }
    }
    h.caption = caption.map(|(_, c)| c);
    h.body_start = end;
    h
}
