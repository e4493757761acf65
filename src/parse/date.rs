//! Date strings → ISO 8601.
//!
//! [`parse_date`] normalises a string that *is* a date (a `<meta>` value, a
//! dateline, "Published 1 March 2025 10:30 GMT") and [`find_date_in_text`]
//! finds the first date inside a longer line.
//!
//! Output follows the [`Article`](crate::Article) contract:
//!
//! - a calendar date `YYYY-MM-DD` when only the day is known;
//! - RFC 3339 with offset (`2025-03-01T10:30:00+00:00`) when a time and an
//!   offset (numeric, `Z`, or a known zone abbreviation such as `GMT`, `CET`,
//!   `EST`) are known;
//! - a time without any offset is dropped and only the date is kept: guessing
//!   the zone would invent a precision the page does not give.
//!
//! Accepted forms: ISO 8601 / RFC 3339, RFC 2822, "March 1, 2025",
//! "Mar. 1, 2025", "1 March 2025", "1st of March 2025", "01.03.2025" (day
//! first), "2025/03/01", "2025.03.01", "03/01/2025" (month first when
//! ambiguous, day first when the first number is above 12), month names in
//! English, German, French, Spanish, Italian, Portuguese, Dutch and Turkish,
//! leading weekday names and "Published" / "Updated" / "Aktualisiert" …
//! prefixes. Years outside 1990–2100 are rejected. Relative dates ("3 hours
//! ago") are not resolved: there is no clock in a pure library.

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike};

use crate::PageDate;

use crate::lexicon::calendar::{self, is_weekday, month_number};
use crate::lexicon::date_labels;

/// Normalises a date string to ISO 8601 (see the [module docs](self)).
///
/// The whole string must be a date: apart from the date and an optional
/// time and zone, only connecting words ("Published", "Updated:", "on",
/// "at", weekday names …) and punctuation may appear.
pub fn parse_date(s: &str) -> Option<PageDate> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let toks = tokenize(s);
    let found = scan(s, &toks)?;
    // Everything outside the date and time must be connecting words.
    for (i, t) in toks.iter().enumerate() {
        if found.covers(i) {
            continue;
        }
        match t.kind {
            Kind::Num => return None,
            Kind::Word => {
                if !is_noise_word(&t.text(s).to_lowercase()) {
                    return None;
                }
            }
            Kind::Punct => {}
        }
    }
    Some(found.render())
}

/// Finds the first plausible date inside a longer line of text and returns it
/// normalised to ISO 8601. Only the first 4 KiB of `s` are searched.
pub fn find_date_in_text(s: &str) -> Option<PageDate> {
    let s = prefix_bytes(s, 4096);
    if s.is_empty() {
        return None;
    }
    let toks = tokenize(s);
    scan(s, &toks).map(|f| f.render())
}

/// Is the first date in `s` written `NN/NN/YYYY` with both numbers 12 or
/// below ("02/10/2020")? Such a date is read month first; a page in a
/// day-first locale meant the other order.
pub(crate) fn ambiguous_slash_date(s: &str) -> bool {
    let s = prefix_bytes(s, 4096);
    let Some(start) = date_start(s) else {
        return false;
    };
    let mut parts = s[start..].splitn(3, '/');
    let small = |p: Option<&str>| {
        p.is_some_and(|p| {
            (1..=2).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u8>().is_ok_and(|n| (1..=12).contains(&n))
        })
    };
    let (a, b, rest) = (parts.next(), parts.next(), parts.next());
    small(a)
        && small(b)
        && rest.is_some_and(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit))
}

/// Does `s` open with a four-digit year ("2024-09-10…", "2024/09/10")?
/// Such a date cannot have had its day and month read the wrong way round.
pub(crate) fn year_first(s: &str) -> bool {
    let b = s.trim_start().as_bytes();
    b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && !b[4].is_ascii_digit()
}

/// The byte offset where the first date in `s` starts, if there is one.
/// Used to cut dates glued onto bylines.
pub(crate) fn date_start(s: &str) -> Option<usize> {
    let s = prefix_bytes(s, 4096);
    let toks = tokenize(s);
    let f = scan(s, &toks)?;
    let first = f.date_span.0.min(f.time_span.map_or(usize::MAX, |t| t.0));
    // Include a preceding weekday name in the cut.
    let mut start = toks.get(first)?.start;
    let mut i = first;
    while i > 0 {
        i -= 1;
        match toks[i].kind {
            Kind::Punct => continue,
            Kind::Word if is_weekday(&toks[i].text(s).to_lowercase()) => start = toks[i].start,
            _ => break,
        }
    }
    Some(start)
}

/// The longest prefix of `s` of at most `max` bytes ending on a char boundary.
fn prefix_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// Whitespace directly before the token.
    space_before: bool,
}

impl Tok {
    fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

fn tokenize(s: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut space = false;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = it.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
        }
        toks.push(Tok {
            kind,
            start: i,
            end,
            space_before: space,
        });
        space = false;
    }
    toks
}

// ---------------------------------------------------------------- scanning

#[derive(Debug, Clone, Copy)]
struct Found {
    date: NaiveDate,
    time: Option<(NaiveTime, Option<i32>)>,
    /// Token index range (inclusive start, exclusive end) of the date.
    date_span: (usize, usize),
    /// Token index range of the time and zone, if any.
    time_span: Option<(usize, usize)>,
}

impl Found {
    fn covers(&self, i: usize) -> bool {
        (self.date_span.0..self.date_span.1).contains(&i)
            || self.time_span.is_some_and(|(a, b)| (a..b).contains(&i))
    }

    fn render(&self) -> PageDate {
        if let Some((t, Some(off))) = self.time
            && let Some(tz) = FixedOffset::east_opt(off)
            && let Some(dt) = tz.from_local_datetime(&self.date.and_time(t)).single()
        {
            // Whole seconds, as the contract prints them.
            return PageDate::DateTime(dt.with_nanosecond(0).unwrap_or(dt));
        }
        PageDate::Day(self.date)
    }
}

/// Finds the first date in the token stream, then a time next to it.
fn scan(s: &str, toks: &[Tok]) -> Option<Found> {
    for i in 0..toks.len() {
        if let Some((date, end)) = date_at(s, toks, i) {
            let mut found = Found {
                date,
                time: None,
                date_span: (i, end),
                time_span: None,
            };
            // A time after the date: skip connecting punctuation/words.
            let mut j = end;
            let mut skipped = 0;
            while j < toks.len() && skipped < 3 {
                let t = toks[j];
                let w = t.text(s).to_lowercase();
                let connector = (t.kind == Kind::Punct && !matches!(w.as_str(), "+" | "−"))
                    || (t.kind == Kind::Word && calendar::BEFORE_TIME.contains(&w.as_str()));
                if connector {
                    j += 1;
                    skipped += 1;
                    continue;
                }
                break;
            }
            if let Some((time, off, tend)) = time_at(s, toks, j) {
                found.time = Some((time, off));
                found.time_span = Some((j, tend));
                // A zone written before the date ("14:05 UTC 1 March") was
                // handled below; a bare "T" glued form needs nothing more.
                return Some(found);
            }
            // A time before the date ("10:30 GMT, 1 March 2025").
            for k in i.saturating_sub(8)..i {
                if let Some((time, off, tend)) = time_at(s, toks, k)
                    && tend <= i
                    && toks[tend..i]
                        .iter()
                        .all(|t| t.kind == Kind::Punct || is_noise_word(&t.text(s).to_lowercase()))
                {
                    found.time = Some((time, off));
                    found.time_span = Some((k, tend));
                    break;
                }
            }
            return Some(found);
        }
    }
    None
}

fn num(s: &str, t: Option<&Tok>) -> Option<(u32, usize)> {
    let t = t?;
    if t.kind != Kind::Num {
        return None;
    }
    let txt = t.text(s);
    if txt.len() > 4 {
        return None;
    }
    txt.parse().ok().map(|n| (n, txt.len()))
}

fn punct<'a>(s: &'a str, t: Option<&Tok>) -> Option<&'a str> {
    let t = t?;
    (t.kind == Kind::Punct).then(|| t.text(s))
}

fn word(s: &str, t: Option<&Tok>) -> Option<String> {
    let t = t?;
    (t.kind == Kind::Word).then(|| t.text(s).to_lowercase())
}

fn make_date(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1990..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// True when the token at `i` is glued to the previous one with a character
/// that makes it part of a bigger number (e.g. "1.2.2025.4", "v3/2025").
fn glued_number_before(s: &str, toks: &[Tok], i: usize) -> bool {
    if i < 2 || toks[i].space_before {
        return false;
    }
    let p = toks[i - 1];
    !p.space_before && toks[i - 2].kind == Kind::Num && matches!(p.text(s), "." | "/" | "-" | ":")
}

/// A date starting at token `i`: returns the date and the end token index.
fn date_at(s: &str, toks: &[Tok], i: usize) -> Option<(NaiveDate, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        Kind::Num => {
            if glued_number_before(s, toks, i) {
                return None;
            }
            numeric_date(s, toks, i).or_else(|| day_month_year(s, toks, i))
        }
        Kind::Word => month_day_year(s, toks, i),
        Kind::Punct => None,
    }
}

/// YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, DD.MM.YYYY, DD-MM-YYYY, MM/DD/YYYY.
fn numeric_date(s: &str, toks: &[Tok], i: usize) -> Option<(NaiveDate, usize)> {
    let (a, alen) = num(s, toks.get(i))?;
    let p1 = punct(s, toks.get(i + 1))?;
    if !matches!(p1, "-" | "/" | ".") {
        return None;
    }
    let (b, blen) = num(s, toks.get(i + 2))?;
    let p2 = punct(s, toks.get(i + 3))?;
    if p2 != p1 {
        return None;
    }
    let (c, clen) = num(s, toks.get(i + 4))?;
    // The parts must be glued together; a German day-first date may put
    // a space after each dot ("4. 2. 2022").
    let spaced_dots = p1 == "." && alen <= 2 && blen <= 2 && clen == 4;
    let glued = !toks[i + 1].space_before
        && !toks[i + 3].space_before
        && (spaced_dots || (!toks[i + 2].space_before && !toks[i + 4].space_before));
    if !glued {
        return None;
    }
    // Not followed by more of the same separator and digits ("1.2.3.4").
    if let (Some(p), Some(n)) = (punct(s, toks.get(i + 5)), toks.get(i + 6))
        && p == p1
        && n.kind == Kind::Num
        && !toks[i + 5].space_before
    {
        return None;
    }
    let date = if alen == 4 {
        make_date(a, b, c)?
    } else if clen == 4 && alen <= 2 {
        match p1 {
            "/" if a <= 12 && b <= 12 => make_date(c, a, b)?,
            "/" if a > 12 => make_date(c, b, a)?,
            "/" => make_date(c, a, b)?,
            _ => make_date(c, b, a)?,
        }
    } else if p1 == "." && (alen, blen, clen) == (2, 2, 2) {
        // The short German form, zero-padded: "23.09.22".
        make_date(2000 + c, b, a)?
    } else {
        return None;
    };
    Some((date, i + 5))
}

/// "1 March 2025", "1. März 2025", "1er mars 2025", "1 de marzo de 2025",
/// "1st of March, 2025", "01 Mar 2025".
fn day_month_year(s: &str, toks: &[Tok], i: usize) -> Option<(NaiveDate, usize)> {
    let (d, dlen) = num(s, toks.get(i))?;
    if dlen > 2 || d == 0 || d > 31 {
        return None;
    }
    let mut j = i + 1;
    // Ordinal suffix / dot.
    if let Some(w) = word(s, toks.get(j))
        && calendar::ORDINAL_SUFFIXES.contains(&w.as_str())
        && !toks[j].space_before
    {
        j += 1;
    }
    if punct(s, toks.get(j)) == Some(".") {
        j += 1;
    }
    if let Some(w) = word(s, toks.get(j))
        && calendar::BEFORE_MONTH.contains(&w.as_str())
    {
        j += 1;
    }
    let m = month_number(&word(s, toks.get(j))?)?;
    j += 1;
    if punct(s, toks.get(j)) == Some(".") {
        j += 1;
    }
    if punct(s, toks.get(j)) == Some(",") {
        j += 1;
    }
    if let Some(w) = word(s, toks.get(j))
        && calendar::BEFORE_YEAR.contains(&w.as_str())
    {
        j += 1;
    }
    let (y, ylen) = num(s, toks.get(j))?;
    if ylen != 4 {
        return None;
    }
    Some((make_date(y, m, d)?, j + 1))
}

/// "March 1, 2025", "Mar. 1, 2025", "March 1st 2025", "Sept 1 2025".
fn month_day_year(s: &str, toks: &[Tok], i: usize) -> Option<(NaiveDate, usize)> {
    let m = month_number(&word(s, toks.get(i))?)?;
    let mut j = i + 1;
    if punct(s, toks.get(j)) == Some(".") {
        j += 1;
    }
    let (d, dlen) = num(s, toks.get(j))?;
    if dlen > 2 || d == 0 || d > 31 {
        return None;
    }
    j += 1;
    if let Some(w) = word(s, toks.get(j))
        && calendar::ORDINAL_SUFFIXES[..calendar::ENGLISH_ORDINAL_SUFFIXES].contains(&w.as_str())
        && !toks[j].space_before
    {
        j += 1;
    }
    if matches!(punct(s, toks.get(j)), Some("," | ".")) {
        j += 1;
    }
    let (y, ylen) = num(s, toks.get(j))?;
    if ylen != 4 {
        return None;
    }
    Some((make_date(y, m, d)?, j + 1))
}

/// A time at token `i`: "10:30", "10:30:15.123", "10.30 Uhr", "10h30",
/// "2:05 pm", followed by an optional zone ("Z", "+03:00", "GMT", "UTC+3").
/// Returns the time, the offset in seconds east when known, and the end index.
fn time_at(s: &str, toks: &[Tok], i: usize) -> Option<(NaiveTime, Option<i32>, usize)> {
    let (mut h, hlen) = num(s, toks.get(i))?;
    if hlen > 2 {
        return None;
    }
    let sep = toks.get(i + 1)?;
    let sep_txt = sep.text(s).to_lowercase();
    if sep.space_before || !matches!(sep_txt.as_str(), ":" | "." | "h") {
        return None;
    }
    let mtok = toks.get(i + 2)?;
    let (min, mlen) = num(s, Some(mtok))?;
    if mlen != 2 || mtok.space_before {
        return None;
    }
    let mut j = i + 3;
    let mut sec = 0;
    if punct(s, toks.get(j)) == Some(":")
        && let Some((sv, 2)) = num(s, toks.get(j + 1))
    {
        sec = sv;
        j += 2;
        // Fractional seconds.
        if punct(s, toks.get(j)) == Some(".")
            && toks
                .get(j + 1)
                .is_some_and(|t| t.kind == Kind::Num && !t.space_before)
        {
            j += 2;
        }
    }
    // am / pm / a.m. / p.m. / Uhr / h
    let mut pm = None;
    let mut suffix = j > i + 3;
    if let Some(w) = word(s, toks.get(j)) {
        match w.as_str() {
            "am" | "pm" => {
                pm = Some(w == "pm");
                j += 1;
            }
            "a" | "p"
                if punct(s, toks.get(j + 1)) == Some(".")
                    && word(s, toks.get(j + 2)).as_deref() == Some("m") =>
            {
                pm = Some(w == "p");
                j += 3;
                if punct(s, toks.get(j)) == Some(".") {
                    j += 1;
                }
            }
            "uhr" | "h" => {
                suffix = true;
                j += 1;
            }
            _ => {}
        }
    }
    if let Some(p) = pm {
        if h == 0 || h > 12 {
            return None;
        }
        h = match (h, p) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    } else if sep_txt == "." && !suffix {
        // "10.30" alone is too ambiguous (could be a number).
        return None;
    }
    let time = NaiveTime::from_hms_opt(h, min, sec)?;
    // Zone.
    let (off, end) = zone_at(s, toks, j);
    Some((time, off, end))
}

/// A zone at token `j`: returns the offset in seconds and the end index
/// (== `j` when there is none).
fn zone_at(s: &str, toks: &[Tok], j: usize) -> (Option<i32>, usize) {
    let mut k = j;
    let opened = punct(s, toks.get(k)) == Some("(");
    if opened {
        k += 1;
    }
    let mut base: Option<i32> = None;
    if let Some(w) = toks.get(k).filter(|t| t.kind == Kind::Word) {
        let raw = w.text(s);
        if let Some(o) = zone_abbrev(raw) {
            base = Some(o);
            k += 1;
        }
    }
    // Numeric offset: +03:00, +0300, +03, -5.
    if let Some(sign) = punct(s, toks.get(k))
        && matches!(sign, "+" | "-" | "−")
        && (base.is_some() || !toks[k].space_before || k == j)
        && let Some((n, nlen)) = num(s, toks.get(k + 1))
        && !toks[k + 1].space_before
    {
        let mut secs = None;
        let mut end = k + 2;
        if nlen == 4 {
            secs = Some(((n / 100) * 3600 + (n % 100) * 60) as i32);
        } else if nlen <= 2 {
            let mut mins = 0;
            if punct(s, toks.get(k + 2)) == Some(":")
                && let Some((mm, 2)) = num(s, toks.get(k + 3))
            {
                mins = mm;
                end = k + 4;
            }
            secs = Some((n * 3600 + mins * 60) as i32);
        }
        if let Some(v) = secs
            && v <= 14 * 3600
        {
            let v = if sign == "+" { v } else { -v };
            base = Some(base.unwrap_or(0) + v);
            k = end;
        }
    }
    if base.is_none() {
        return (None, j);
    }
    if opened && punct(s, toks.get(k)) == Some(")") {
        k += 1;
    }
    (base, k)
}

fn zone_abbrev(w: &str) -> Option<i32> {
    const H: i32 = 3600;
    Some(match w {
        "Z" | "UTC" | "GMT" | "UT" | "WET" => 0,
        "BST" | "CET" | "MEZ" | "WEST" | "WAT" => H,
        "CEST" | "MESZ" | "EET" | "CAT" | "SAST" => 2 * H,
        "EEST" | "MSK" | "TRT" | "AST" | "EAT" => 3 * H,
        "GST" => 4 * H,
        "PKT" => 5 * H,
        "IST" => 5 * H + 1800,
        "ICT" | "WIB" => 7 * H,
        "CST" | "SGT" | "HKT" | "AWST" | "PHT" => {
            // CST is ambiguous (China / US Central); US Central is more
            // common on English news pages.
            if w == "CST" { -6 * H } else { 8 * H }
        }
        "JST" | "KST" => 9 * H,
        "AEST" => 10 * H,
        "AEDT" => 11 * H,
        "NZST" => 12 * H,
        "NZDT" => 13 * H,
        "EST" => -5 * H,
        "EDT" => -4 * H,
        "CDT" => -5 * H,
        "MST" => -7 * H,
        "MDT" => -6 * H,
        "PST" => -8 * H,
        "PDT" => -7 * H,
        _ => return None,
    })
}

/// Words that may surround a date in a string that is a date.
fn is_noise_word(w: &str) -> bool {
    is_weekday(w)
        || zone_abbrev(&w.to_uppercase()).is_some()
        || date_labels::is_word(w, date_labels::AROUND_DATE)
}

#[cfg(test)]
mod tests;
