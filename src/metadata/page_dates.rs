//! Which dates the page states: publication and modification, from
//! JSON-LD, meta tags, microdata, `<time>`, date-classed elements, the URL,
//! and the lines around the headline or under a publication label.

use chrono::{Datelike, NaiveDate};
use url::Url;

use super::jsonld::LdInfo;
use super::signals::Signals;
use super::title::{heading_text, is_logo_heading};
use super::{furniture, in_furniture, lines_around, same_text, small_text, text_nodes_from};
use crate::dom::{Document, NodeId};
use crate::lexicon::meta_keys::{MODIFIED_KEYS, PUBLISHED_KEYS};
use crate::lexicon::{bylines, class_names, date_labels};
use crate::parse::date::{self, find_date_in_text, parse_date};
use crate::parse::text::contains_ci;
use crate::tuning;
use crate::{PageDate, Signal};

/// A calendar date in a URL path: `/2019/08/02/` or `-2019-08-02`, the way
/// blogs and news sites file their articles.
fn url_date(urls: &[&str]) -> Option<PageDate> {
    for u in urls {
        let Ok(url) = Url::parse(u) else { continue };
        let segs: Vec<&str> = url.path().split(['/', '-', '_']).collect();
        for w in segs.windows(3) {
            let ok = w[0].len() == 4
                && w[1].len() == 2
                && w[2].len() == 2
                && w.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
            if ok {
                if let Some(d) = parse_date(&format!("{}-{}-{}", w[0], w[1], w[2])) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// A date and the kind of signal it came from.
pub(super) type Dated = (PageDate, Signal);

pub(super) fn dates(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    urls: &[&str],
    title: Option<&str>,
) -> (Option<Dated>, Option<Dated>) {
    let with = |s: Signal| move |d: PageDate| (d, s);
    let meta_pub = PUBLISHED_KEYS
        .iter()
        .find_map(|k| sig.meta(k).and_then(|v| parse_date(v).map(|d| (d, v))));
    let ld_pub = ld
        .published
        .as_deref()
        .and_then(|v| parse_date(v).map(|d| (d, v)));
    // Whether the stated date is written year first (ISO 8601), so that
    // its day and month cannot have been read the wrong way round.
    let year_first = ld_pub
        .or(meta_pub)
        .is_none_or(|(_, raw)| date::year_first(raw));
    let meta_pub = meta_pub.map(|(d, _)| d);
    let stated = ld_pub
        .map(|(l, _)| prefer_local(l, meta_pub))
        .map(with(Signal::JsonLd))
        .or_else(|| meta_pub.map(with(Signal::Meta)))
        .map(|d| readers_day(doc, sig, title, d));
    // The date on the article's meta line is the one readers see, and
    // the one kept when the metadata states another day.
    let seen = date_near_headline(doc, sig, title, true);
    let published = match (stated, seen) {
        (Some(s), Some(v)) => Some(agree(s, v, year_first)),
        (None, Some(v)) => Some((v, Signal::Visible)),
        (s, None) => s,
    }
    .or_else(|| {
        sig.item
            .published
            .and_then(parse_date)
            .or_else(|| {
                sig.item
                    .published_node
                    .and_then(|n| small_text(doc, n))
                    .and_then(|t| parse_date(&t).or_else(|| find_date_in_text(&t)))
            })
            .map(with(Signal::Microdata))
    })
    .or_else(|| {
        time_element(doc, sig)
            .or_else(|| {
                sig.date_nodes
                    .iter()
                    .filter(|&&n| !in_furniture(doc, n) && !says_updated(doc, n))
                    .filter_map(|&n| small_text(doc, n))
                    .filter(|t| t.chars().count() <= tuning::MAX_DATE_ELEMENT_CHARS)
                    .find_map(|t| find_date_in_text(&t))
            })
            .map(with(Signal::Visible))
    })
    .or_else(|| url_date(urls).map(with(Signal::Url)))
    .or_else(|| {
        date_near_headline(doc, sig, title, true)
            .or_else(|| labelled_date(doc, date_labels::PUBLISHED_LABEL, false))
            .or_else(|| date_only_line(doc, sig, title))
            // Only an update date is shown: readers take it for the
            // article's date.
            .or_else(|| visible_updated(doc, sig))
            .or_else(|| labelled_date(doc, date_labels::DUMP_UPDATED, false))
            .or_else(|| date_near_headline(doc, sig, title, false))
            // The page's footer says when it went up, or when it was last
            // changed ("Erschienen am: …", "Stand 27.01.2022").
            .or_else(|| labelled_date(doc, date_labels::PUBLISHED_LABEL, true))
            .or_else(|| labelled_date(doc, date_labels::DUMP_UPDATED, true))
            .or_else(|| date_after_byline(doc))
            .map(with(Signal::Visible))
    });
    let modified = ld
        .modified
        .as_deref()
        .and_then(parse_date)
        .map(with(Signal::JsonLd))
        .or_else(|| {
            MODIFIED_KEYS
                .iter()
                .find_map(|k| sig.meta(k).and_then(parse_date))
                .map(with(Signal::Meta))
        })
        .or_else(|| {
            sig.item
                .modified
                .and_then(parse_date)
                .map(with(Signal::Microdata))
        })
        .or_else(|| visible_updated(doc, sig).map(with(Signal::Visible)));
    order_dates(published, modified)
}

/// A date in the short lines around the headline ("14.06.2021 08:15
/// Uhr", "Datum: 22.09.2021", "3. Feb. 2016 // A"): the meta line most
/// pages put just above the headline in its header block, or just after
/// it, whatever its class. Long text (the body) is not read.
fn date_near_headline(
    doc: &Document,
    sig: &Signals<'_>,
    title: Option<&str>,
    skip_updated: bool,
) -> Option<PageDate> {
    let titled = titled_heading(doc, sig, title);
    let first_h1 = sig.h1s.iter().copied().find(|&h| !is_logo_heading(doc, h));
    let mut headlines = titled
        .into_iter()
        .chain(first_h1.filter(|&h| Some(h) != titled));
    let day_first = day_first_locale(sig.html_lang);
    headlines.find_map(|h| date_near(doc, h, skip_updated, day_first))
}

/// Does the page's language write numeric dates day first ("02/10/2020"
/// for 2 October)? English only in the regions that do (en-GB, en-AU…);
/// every other language but a few that write the year first.
fn day_first_locale(lang: Option<&str>) -> bool {
    let Some(lang) = lang else { return false };
    let lang = lang.to_ascii_lowercase();
    let (language, region) = lang.split_once(['-', '_']).unwrap_or((lang.as_str(), ""));
    match language {
        "en" => DAY_FIRST_ENGLISH_REGIONS.contains(&region),
        "" | "zh" | "ja" | "ko" | "hu" | "lt" | "mn" => false,
        _ => true,
    }
}

/// The regions whose English writes numeric dates day first.
const DAY_FIRST_ENGLISH_REGIONS: &[&str] = &["gb", "uk", "au", "nz", "ie", "in", "za", "ng", "pk"];

/// `d` with its day and month exchanged, when that is a date.
fn swap_day_month(d: PageDate) -> PageDate {
    let day = d.day();
    let Some(swapped) = NaiveDate::from_ymd_opt(day.year(), day.day(), day.month()) else {
        return d;
    };
    match d {
        PageDate::Day(_) => PageDate::Day(swapped),
        PageDate::DateTime(dt) => dt
            .with_day(1)
            .and_then(|t| t.with_month(swapped.month()))
            .and_then(|t| t.with_day(swapped.day()))
            .map_or(d, PageDate::DateTime),
    }
}

fn date_near(
    doc: &Document,
    headline: NodeId,
    skip_updated: bool,
    day_first: bool,
) -> Option<PageDate> {
    let date_in = |&(id, t): &(NodeId, &str)| {
        // A long line is the body, a sentence a caption: only a dateline
        // opening it counts ("27.1.2022 – The council …").
        let line = if t.len() > tuning::MAX_DATE_LINE_BYTES
            || t.split_whitespace().count() > tuning::MAX_DATE_LINE_WORDS
        {
            let cut = (0..=tuning::DATELINE_HEAD_BYTES)
                .rev()
                .find(|&i| t.is_char_boundary(i))
                .unwrap_or(0);
            let head = &t[..cut];
            if date::date_start(head) == Some(0) {
                head
            } else {
                // A news dateline: the place in capitals, then the date
                // ("RAJSHAHI, Dec 20, 2025 (BSS) - …").
                let rest = after_dateline_place(t)?;
                let cut = (0..=tuning::DATELINE_HEAD_BYTES.min(rest.len()))
                    .rev()
                    .find(|&i| rest.is_char_boundary(i))
                    .unwrap_or(0);
                let head = &rest[..cut];
                if date::date_start(head) != Some(0) {
                    return None;
                }
                head
            }
        } else {
            t
        };
        // Every date has digits (its year): most lines are skipped unread.
        if !line.bytes().any(|b| b.is_ascii_digit())
            || in_furniture(doc, id)
            || (skip_updated && says_updated(doc, id))
        {
            return None;
        }
        let mut found = find_date_in_text(line)?;
        if day_first && date::ambiguous_slash_date(line) {
            found = swap_day_month(found);
        }
        // A `<time>` whose own `datetime` names another day contradicts
        // itself: neither is trusted.
        let own = doc
            .parent(id)
            .filter(|&p| doc.is(p, "time"))
            .and_then(|p| doc.attr(p, "datetime"))
            .and_then(|dt| parse_date(dt).or_else(|| find_date_in_text(dt)));
        match own {
            Some(o) if o.day() != found.day() => None,
            _ => Some(found),
        }
    };
    // A headline may hold its own meta line after the title text
    // (`<h1>Title<br><small>02.02.2022</small></h1>`).
    let end = doc.subtree_end(headline);
    let inner: Vec<(NodeId, &str)> = text_nodes_from(doc, headline.index())
        .take_while(|(id, _)| id.index() < end)
        .map(|(id, t)| (id, t.trim()))
        .filter(|(_, t)| !t.is_empty())
        .skip(1)
        .collect();
    inner
        .iter()
        .chain(
            lines_around(
                doc,
                headline,
                tuning::DATE_LINES_BEFORE_HEADLINE,
                tuning::DATE_LINES_AFTER_HEADLINE,
            )
            .iter(),
        )
        .find_map(date_in)
}

/// The text after the place that opens a news dateline: a name in capital
/// letters (at most [`tuning::MAX_DATELINE_PLACE_BYTES`]) and a comma.
fn after_dateline_place(t: &str) -> Option<&str> {
    let comma = t.find(',')?;
    let place = &t[..comma];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''));
    (comma <= tuning::MAX_DATELINE_PLACE_BYTES && letters >= 3 && capitals)
        .then(|| t[comma + 1..].trim_start())
}

/// A date alone on its line just after a byline ("Written by" / the
/// name / "April 8, 2024"): an author box that dates the article, read
/// when the page shows no other date.
fn date_after_byline(doc: &Document) -> Option<PageDate> {
    let mut window = 0usize;
    for (id, t) in text_nodes_from(doc, 0) {
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if window > 0 {
            window -= 1;
            if t.len() <= tuning::MAX_DATE_ONLY_LINE_BYTES
                && t.bytes().any(|b| b.is_ascii_digit())
                && !in_furniture(doc, id)
            {
                if let Some(d) = parse_date(t) {
                    return Some(d);
                }
            }
        }
        if t.len() <= tuning::MAX_NAME_DATE_LINE_BYTES && opens_with_byline_label(t) {
            window = tuning::DATE_LINES_AFTER_BYLINE;
        }
    }
    None
}

/// Does `t` open with a byline label that may stand anywhere ("Written
/// by", "By", "Von"), as a whole word?
fn opens_with_byline_label(t: &str) -> bool {
    let lower = t.to_lowercase();
    bylines::BYLINE_LABELS
        .iter()
        .filter(|l| l.author == Some(bylines::LabelScope::Name))
        .any(|l| {
            lower
                .strip_prefix(l.label)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '\u{a0}']))
        })
}

/// A line that is nothing but a date, further down the headline's block
/// than the meta line is looked for (after an author box, a share bar):
/// the last resort of a page that states no date elsewhere.
fn date_only_line(doc: &Document, sig: &Signals<'_>, title: Option<&str>) -> Option<PageDate> {
    let titled = titled_heading(doc, sig, title);
    let first_h1 = sig.h1s.iter().copied().find(|&h| !is_logo_heading(doc, h));
    let headline = titled.or(first_h1)?;
    lines_around(doc, headline, 0, tuning::DATE_ONLY_LINES_AFTER_HEADLINE)
        .into_iter()
        .filter(|&(id, t)| {
            t.len() <= tuning::MAX_DATE_ONLY_LINE_BYTES
                && t.bytes().any(|b| b.is_ascii_digit())
                && !in_furniture(doc, id)
                && !says_updated(doc, id)
        })
        .find_map(|(_, t)| parse_date(t))
}

/// A date under a label of kind `label` (one [`date_labels`] flag)
/// anywhere on the page ("Erschienen am: 01.11.2023", `<p>Mise en
/// ligne</p><p>23 mai 2019</p>`, "<b>Aktualisiert am</b> 17.01.2021"): the
/// date in the rest of the label's line, or in the next line when the
/// rest holds no digit. `in_footer` also reads the page's footer (a
/// last resort: its labels can date the page itself), never navigation,
/// comments or teasers.
fn labelled_date(doc: &Document, label: u8, in_footer: bool) -> Option<PageDate> {
    let mut lines = text_nodes_from(doc, 0)
        .map(|(id, t)| (id, t.trim()))
        .filter(|(_, t)| !t.is_empty());
    while let Some((id, t)) = lines.next() {
        if t.len() > tuning::MAX_PUBLISHED_LABEL_LINE_BYTES {
            continue;
        }
        let Some(rest) = after_label(t, label) else {
            continue;
        };
        if furniture(doc, id, !in_footer) {
            continue;
        }
        let date = if rest.bytes().any(|b| b.is_ascii_digit()) {
            find_date_in_text(rest)
        } else {
            lines
                .next()
                .filter(|(_, next)| next.len() <= tuning::MAX_PUBLISHED_DATE_LINE_BYTES)
                .and_then(|(_, next)| find_date_in_text(next))
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

/// The text after a label of kind `label` that opens `t` (its colon
/// dropped), when `t` opens with one.
fn after_label(t: &str, label: u8) -> Option<&str> {
    let first = t.bytes().next()?.to_ascii_lowercase();
    date_labels::words(label).find_map(|label| {
        let n = label.len();
        if label.as_bytes()[0] != first || !t.is_char_boundary(n.min(t.len())) || t.len() < n {
            return None;
        }
        if !t[..n].to_lowercase().eq(label) {
            return None;
        }
        let rest = &t[n..];
        // A whole word: "Published" but not "Publishers".
        if rest.starts_with(char::is_alphanumeric) {
            return None;
        }
        Some(rest.trim_start_matches([':', ' ', '\u{a0}']).trim())
    })
}

/// The heading whose text is the title: an `<h1>`, else an `<h2>` to
/// `<h4>`.
fn titled_heading(doc: &Document, sig: &Signals<'_>, title: Option<&str>) -> Option<NodeId> {
    let title = title?;
    let is_title = |&id: &NodeId| {
        small_text(doc, id).is_some_and(|t| same_text(&t, title))
            || heading_text(doc, id).is_some_and(|t| same_text(&t, title))
    };
    sig.h1s.iter().copied().find(is_title).or_else(|| {
        (0..doc.len())
            .map(|i| NodeId(i as u32))
            .filter(|&id| matches!(doc.tag_name(id), Some("h2" | "h3" | "h4")))
            .find(is_title)
    })
}

/// The `<time>` that dates the article: one marked `pubdate`/`itemprop`,
/// else the first after the headline outside page furniture.
fn time_element(doc: &Document, sig: &Signals<'_>) -> Option<PageDate> {
    let first_h1 = sig.h1s.first().copied();
    let usable = |&&(id, dt, _): &&(NodeId, Option<&str>, bool)| {
        dt.is_some() && !in_furniture(doc, id) && !says_updated(doc, id)
    };
    let parse = |&(id, dt, _): &(NodeId, Option<&str>, bool)| {
        dt.and_then(parse_date).or_else(|| {
            small_text(doc, id).and_then(|t| parse_date(&t).or_else(|| find_date_in_text(&t)))
        })
    };
    if let Some(d) = sig
        .times
        .iter()
        .filter(|t| {
            t.2 || doc.attr(t.0, "itemprop").is_some()
                || doc.attr(t.0, "class").is_some_and(|c| {
                    (contains_ci(c, "publish")
                        || contains_ci(c, "entry-date")
                        || contains_ci(c, "post-date"))
                        && !contains_ci(c, "update")
                })
        })
        .filter(|t| !in_furniture(doc, t.0) && !says_updated(doc, t.0))
        .find_map(parse)
    {
        return Some(d);
    }
    sig.times
        .iter()
        .filter(usable)
        .filter(|t| {
            first_h1.is_none_or(|h| t.0 > h)
                || doc
                    .ancestors(t.0)
                    .any(|a| doc.is(a, "article") || doc.is(a, "header"))
        })
        .filter(|t| !doc.ancestors(t.0).any(|a| doc.is(a, "li")))
        .find_map(parse)
}

/// Of two statements of the same instant, the one in the publisher's local
/// offset: its calendar day is the one readers saw.
fn prefer_local(ld: PageDate, other: Option<PageDate>) -> PageDate {
    match other {
        Some(o) if o.timestamp() == ld.timestamp() && ld.is_utc() && !o.is_utc() => o,
        _ => ld,
    }
}

/// Is the date stated in the page's structured data or meta tags (rather
/// than read from its text or URL)?
fn is_stated(s: Signal) -> bool {
    matches!(s, Signal::JsonLd | Signal::Meta | Signal::Microdata)
}

/// Published later than modified. A visible update date before the
/// publication is another story's or a comment's: dropped. Both stated in
/// the metadata: a post saved, then scheduled to go live later; each is
/// kept as stated. Else the two were mislabelled: swapped. Equal values are
/// kept as they are.
fn order_dates(p: Option<Dated>, m: Option<Dated>) -> (Option<Dated>, Option<Dated>) {
    match (p, m) {
        (Some(p), Some(m)) => {
            let later = p.0.timestamp() > m.0.timestamp();
            // Same calendar day with only one side timed: not a conflict.
            if later && m.1 == Signal::Visible {
                (Some(p), None)
            } else if later && p.0.day() != m.0.day() && !(is_stated(p.1) && is_stated(m.1)) {
                (Some(m), Some(p))
            } else {
                (Some(p), Some(m))
            }
        }
        other => other,
    }
}

/// The first label (publication or update) that occurs in `lower`, by
/// position: whether it is an update label.
fn first_label_is_update(lower: &str) -> Option<bool> {
    let at = |reader: u8| {
        date_labels::words(reader)
            .filter_map(|l| lower.find(l))
            .min()
    };
    match (
        at(date_labels::UPDATE_LABEL),
        at(date_labels::PUBLISHED_LABEL),
    ) {
        (Some(u), Some(p)) => Some(u < p),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// Does the date at `id` sit under an update label ("Last Updated on Feb
/// 27", `<span>Updated</span> <time>…</time>`)? Read in the node's own
/// short text and in up to [`tuning::UPDATED_LABEL_ANCESTORS`] enclosing
/// elements whose text stays short (a meta line, not the whole header).
pub(super) fn says_updated(doc: &Document, id: NodeId) -> bool {
    let node = if doc.element(id).is_some() {
        Some(id)
    } else {
        doc.parent(id)
    };
    let Some(node) = node else { return false };
    if std::iter::once(node)
        .chain(doc.parent(node))
        .any(|n| marked_modified(doc, n))
    {
        return true;
    }
    std::iter::once(node)
        .chain(doc.ancestors(node))
        .take(tuning::UPDATED_LABEL_ANCESTORS + 1)
        .map_while(|a| {
            small_text(doc, a).filter(|t| t.chars().count() <= tuning::MAX_DATE_ELEMENT_CHARS)
        })
        .find_map(|t| first_label_is_update(&t.to_lowercase()))
        .unwrap_or(false)
}

/// Does the element's markup say it holds the modification date
/// (`itemprop="dateModified"`, `class="updated"`), without also saying it
/// holds the publication date (`class="entry-date published updated"`)?
fn marked_modified(doc: &Document, id: NodeId) -> bool {
    if doc
        .attr(id, "itemprop")
        .is_some_and(|p| contains_ci(p, "datemodified"))
    {
        return true;
    }
    let Some(class) = doc.attr(id, "class") else {
        return false;
    };
    let says = |words: &[&str]| words.iter().any(|w| contains_ci(class, w));
    says(class_names::MODIFIED_DATE_CLASS_WORDS) && !says(class_names::PUBLISHED_DATE_CLASS_WORDS)
}

/// A visible date under an update label, the modification date when the
/// page states none in its metadata.
fn visible_updated(doc: &Document, sig: &Signals<'_>) -> Option<PageDate> {
    let dated = |id: NodeId| {
        small_text(doc, id)
            .filter(|t| t.chars().count() <= tuning::MAX_DATE_ELEMENT_CHARS)
            .and_then(|t| parse_date(&t).or_else(|| find_date_in_text(&t)))
    };
    sig.times
        .iter()
        .filter(|t| !in_furniture(doc, t.0) && says_updated(doc, t.0))
        .find_map(|t| t.1.and_then(parse_date).or_else(|| dated(t.0)))
        .or_else(|| {
            sig.date_nodes
                .iter()
                .filter(|&&n| !in_furniture(doc, n) && says_updated(doc, n))
                .find_map(|&n| dated(n))
        })
}

/// A publication instant stated in UTC is shown to readers in the
/// publisher's zone: late in the evening UTC is already the next day in
/// Europe, early in the morning still the day before in America. When
/// the visible date line names the day before or after the UTC day, that
/// is the day readers saw, and the one kept.
fn readers_day(doc: &Document, sig: &Signals<'_>, title: Option<&str>, d: Dated) -> Dated {
    if !d.0.is_utc() {
        return d;
    }
    match date_near_headline(doc, sig, title, true) {
        Some(seen) if (d.0.day() - seen.day()).num_days().abs() == 1 => (seen, Signal::Visible),
        _ => d,
    }
}

/// The stated publication date `stated` against the date `seen` on the
/// meta line: the stated one (with its time and offset) when both name the
/// same day, or when the seen one is the same day read with day and month
/// the other way round ("09.10.2024" on a page that writes month first)
/// and the stated one is written year first (`year_first`), so cannot be
/// the misread one; else the seen one.
fn agree(stated: Dated, seen: PageDate, year_first: bool) -> Dated {
    let (s, v) = (stated.0.day(), seen.day());
    let swapped = NaiveDate::from_ymd_opt(v.year(), v.day(), v.month());
    if s == v || (year_first && swapped == Some(s)) {
        stated
    } else {
        (seen, Signal::Visible)
    }
}
