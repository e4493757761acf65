//! Bylines, wire credits and reading times as printed on news pages.
//!
//! - [`parse_byline`]: "By A, B and C", "Von A und B", "By A, AFP",
//!   "A | Reporter", "By A • March 1, 2025" → author names plus a wire source.
//! - [`is_wire_service`]: AFP, AP, Reuters, dpa, EFE, Anadolu Agency …
//! - [`parse_source_line`]: "SOURCE:AFP", "Source: Reuters", "(AP)", "— AFP".
//! - [`parse_reading_time`]: "2 min read", "Lesezeit: 3 Min.".

use super::date;
use crate::lexicon::{agencies, bylines, date_labels, names, organisations, page_lines, roles};

/// A parsed byline: the people who wrote the piece and, apart from them, the
/// wire service it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Byline {
    /// Person names in byline order, without "By", roles or dates.
    pub authors: Vec<String>,
    /// A wire service named in the byline ("AFP", "Reuters"), if any.
    pub source: Option<String>,
}

/// Parses a byline into author names and a wire source.
///
/// The "By" prefix is optional (call it on the text of a known byline
/// element), and "Von" (German), "Par" (French), "Por" (Spanish), "Di"
/// (Italian), "Door" (Dutch) work the same. Roles ("Senior Correspondent"),
/// glued dates ("• March 1, 2025", "Updated 3 hours ago") and wire names
/// ("By A, AFP", "A with Reuters") are split off. Returns `None` when the
/// text does not read as a list of names (a sentence, lowercase words,
/// digits, too many words) and names no wire service either.
pub fn parse_byline(s: &str) -> Option<Byline> {
    let s = super::text::normalize_space(s);
    if s.is_empty() || s.len() > 300 {
        return None;
    }
    let mut out = Byline::default();
    let segments = split_segments(&s);
    let mut first = true;
    for seg in segments {
        let seg = seg.trim();
        if seg.is_empty() {
            continue;
        }
        if first {
            first = false;
            parse_names(seg, &mut out)?;
            continue;
        }
        // Later segments: a wire name, a role, or a date / anything else,
        // after which nothing belongs to the byline any more.
        let clean = trim_punct(seg);
        if is_wire_service(clean) {
            out.source.get_or_insert_with(|| clean.to_owned());
        } else if is_role(clean) {
            continue;
        } else {
            break;
        }
    }
    if out.authors.is_empty() && out.source.is_none() {
        None
    } else {
        Some(out)
    }
}

/// True when `s` names a news agency / wire service (AFP, AP, Reuters, dpa,
/// ANSA, EFE, Anadolu Agency / AA, PA, Xinhua, Bloomberg, KNA, epd, …), or a
/// combination of them ("AFP/Reuters", "AP and Reuters"), or "agencies".
pub fn is_wire_service(s: &str) -> bool {
    let s = trim_punct(s.trim());
    if s.is_empty() || s.len() > 80 {
        return false;
    }
    let lower = s.to_lowercase().replace('.', "");
    let lower = super::text::normalize_space(&lower);
    let mut any = false;
    for part in lower
        .split(['/', ',', '&', '+', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" und "))
    {
        let p = part.trim();
        if p.is_empty() {
            continue;
        }
        if !agencies::is_wire_name(p) {
            return false;
        }
        any = true;
    }
    any
}

/// Parses a wire-credit line: "SOURCE:AFP", "Source: Reuters", "Quelle: dpa",
/// "(AP)", "— AFP", "with AFP", or a line that is only a wire name. Returns
/// the source as written.
pub fn parse_source_line(s: &str) -> Option<String> {
    let s = super::text::normalize_space(s);
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    for prefix in page_lines::SOURCE_LABELS {
        if let Some(rest) = strip_prefix_ci(&s, prefix)
            && let Some(after) = rest.trim_start().strip_prefix(':')
        {
            let value = trim_punct(after.trim());
            let words = value.split_whitespace().count();
            if (1..=8).contains(&words) && !after.trim_end().ends_with(['.', '?', '!']) {
                return Some(value.to_owned());
            }
            return None;
        }
    }
    // "(AP)", "[Reuters]"
    if let Some(inner) = s
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| s.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
    {
        let inner = inner.trim();
        return is_wire_service(inner).then(|| inner.to_owned());
    }
    // "— AFP", "- Reuters"
    let dashless = s.trim_start_matches(['—', '–', '-', '―', '/', '©']).trim();
    if dashless.len() != s.len() && is_wire_service(dashless) {
        return Some(trim_punct(dashless).to_owned());
    }
    // "with AFP", "mit dpa", "Additional reporting by Reuters"
    for prefix in page_lines::WIRE_CREDIT_LEADS {
        if let Some(rest) = strip_prefix_ci(&s, prefix) {
            let rest = trim_punct(rest.trim());
            if is_wire_service(rest) {
                return Some(rest.to_owned());
            }
        }
    }
    let whole = trim_punct(&s);
    if is_wire_service(whole) {
        return Some(whole.to_owned());
    }
    None
}

/// Parses a reading-time label: "2 min read", "5 MIN READ", "Reading time: 4
/// minutes", "Lesezeit: 3 Min.", "3-minute read", "Temps de lecture : 4 min".
pub fn parse_reading_time(s: &str) -> Option<u32> {
    if s.len() > 120 {
        return None;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let keyword = words
        .iter()
        .any(|w| page_lines::READING_TIME_WORDS.contains(w));
    // "-5 min read" is not a reading time.
    let negative = lower.char_indices().any(|(i, c)| {
        matches!(c, '-' | '\u{2212}')
            && lower[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    if negative {
        return None;
    }
    if !keyword || words.len() > 8 {
        return None;
    }
    for pair in words.windows(2) {
        if let Ok(n) = pair[0].parse::<u32>()
            && (1..=300).contains(&n)
            && page_lines::READING_TIME_UNITS.contains(&pair[1])
        {
            return Some(n);
        }
    }
    None
}

// ------------------------------------------------------------- internals

/// Splits a byline at separators that set off dates and roles.
fn split_segments(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let sep_len = match c {
            '•' | '|' | '·' | '◦' | '▪' | '—' | '–' | '\u{2015}' => c.len_utf8(),
            '-' | '/' if s[..i].ends_with(' ') && s[i + 1..].starts_with(' ') && i > start => 1,
            _ => 0,
        };
        if sep_len > 0 {
            out.push(&s[start..i]);
            start = i + sep_len;
        }
    }
    out.push(&s[start..]);
    out
}

/// `s` without the ASCII prefix `p`, compared case-insensitively.
fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| &s[p.len()..])
}

/// Byte offset of the ASCII `needle` in `hay`, compared case-insensitively.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.char_indices().map(|(i, _)| i).find(|&i| {
        hay.get(i..i + needle.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(needle))
    })
}

/// Strips a "By" / "Von" / "Par" … prefix; the flag says whether one was there.
fn strip_prefix(seg: &str) -> (&str, bool) {
    for p in bylines::labels(bylines::PARSED) {
        if let Some(rest) = strip_prefix_ci(seg, p)
            && (rest.is_empty() || rest.starts_with([' ', ':']))
        {
            // Italian "di" only in lower case: "Di Maria" is a name.
            if p == "di" && !seg.starts_with("di") {
                continue;
            }
            let r = rest.trim_start();
            return (r.strip_prefix(':').unwrap_or(r).trim_start(), true);
        }
    }
    (seg, false)
}

fn cut_at_date(seg: &str) -> &str {
    let mut end = seg.len();
    if let Some(d) = date::date_start(seg) {
        end = end.min(d);
    }
    let mut pos = 0;
    for w in seg.split(' ') {
        let lw = w.to_lowercase();
        let core = lw.trim_matches(|c: char| !c.is_alphanumeric());
        if pos > 0
            && (date_labels::is_word(core, date_labels::BYLINE_CUT)
                || w.chars().any(|c| c.is_ascii_digit()))
        {
            end = end.min(pos);
            break;
        }
        pos += w.len() + 1;
    }
    let mut out = seg[..end].trim_end();
    // Drop dangling connectors ("By A on").
    loop {
        let t = out.trim_end_matches(|c: char| c == ',' || c == ':' || c.is_whitespace());
        match t.rsplit_once(' ') {
            Some((head, last))
                if date_labels::is_word(&last.to_lowercase(), date_labels::BYLINE_TRAILING) =>
            {
                out = head;
            }
            _ => {
                out = t;
                break;
            }
        }
    }
    out
}

fn parse_names(seg: &str, out: &mut Byline) -> Option<()> {
    let (seg, prefixed) = strip_prefix(seg);
    // Parenthesised wire names: "Ana Lima (AFP)".
    let mut owned = String::with_capacity(seg.len());
    let mut rest = seg;
    while let Some(open) = rest.find('(') {
        owned.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close) => {
                let inner = after[..close].trim();
                if is_wire_service(inner) {
                    out.source.get_or_insert_with(|| inner.to_owned());
                } else if !is_role(inner) {
                    // Not a credit: keep it so validation sees it.
                    owned.push('(');
                    owned.push_str(&after[..=close]);
                }
                rest = &after[close + 1..];
            }
            None => {
                rest = after;
            }
        }
    }
    owned.push_str(rest);
    let seg = cut_at_date(owned.trim());
    if seg.is_empty() {
        return (out.source.is_some()).then_some(());
    }

    let mut parts: Vec<(String, bool)> = Vec::new(); // (text, after "with")
    for piece in seg.split([',', ';']) {
        let mut piece = piece.trim();
        let conjunctions = names::CONJUNCTIONS[..names::COMMON_CONJUNCTIONS].iter();
        for conj in conjunctions.chain(&["&"]) {
            if let Some(r) = piece.strip_prefix(conj).and_then(|r| r.strip_prefix(' ')) {
                piece = r;
            }
        }
        let (main, with) = split_with(piece);
        for name in split_conj(main) {
            parts.push((name.to_owned(), false));
        }
        if let Some(w) = with {
            for name in split_conj(w) {
                parts.push((name.to_owned(), true));
            }
        }
    }

    for (idx, (part, _with)) in parts.iter().enumerate() {
        let part = trim_punct(part.trim());
        if part.is_empty() {
            continue;
        }
        if is_wire_service(part) {
            out.source.get_or_insert_with(|| part.to_owned());
        } else if is_role(part) {
            continue;
        } else if is_name(part) && ((prefixed && idx == 0) || part.split_whitespace().count() > 1) {
            if !out.authors.iter().any(|a| a == part) {
                out.authors.push(part.to_owned());
            }
        } else if idx == 0 || part.split_whitespace().count() > 5 {
            return None;
        }
    }
    Some(())
}

fn split_with(piece: &str) -> (&str, Option<&str>) {
    for w in [
        " with additional reporting by ",
        " with additional reporting from ",
        " with ",
        " mit ",
        " avec ",
        " con ",
    ] {
        if let Some(i) = find_ci(piece, w) {
            return (&piece[..i], Some(&piece[i + w.len()..]));
        }
    }
    (piece, None)
}

fn split_conj(s: &str) -> Vec<&str> {
    let mut out = vec![s];
    // "&" is split on right after "and".
    let (and, rest) = names::CONJUNCTIONS.split_at(1);
    for word in and.iter().chain(&["&"]).chain(rest) {
        let sep = format!(" {word} ");
        out = out
            .into_iter()
            .flat_map(|p| p.split(sep.as_str()))
            .collect::<Vec<_>>();
    }
    out
}

fn trim_punct(s: &str) -> &str {
    s.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '.' | '|' | '•' | '·' | '-' | '—' | '–' | '*'
            )
    })
}

fn is_role(part: &str) -> bool {
    let lower = part.to_lowercase();
    if lower.starts_with("in ") || lower.starts_with("for ") || lower.starts_with("from ") {
        return true;
    }
    if roles::is_byline_credential(lower.trim()) {
        return true;
    }
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        roles::is_role_word(w, roles::BYLINE)
            || organisations::is_org_word(w, organisations::BYLINE)
    })
}

fn is_particle(lw: &str) -> bool {
    names::is_particle(lw, names::BYLINE)
}

/// True when `part` reads as a person's name: 1–5 capitalised words (name
/// particles such as "van", "de", "al" aside), no digits, no sentence marks.
pub(crate) fn is_name(part: &str) -> bool {
    if part.len() < 2 || part.len() > 60 {
        return false;
    }
    if part.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '@' | '?'
                    | '!'
                    | ':'
                    | '"'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '/'
                    | '#'
                    | '='
                    | '<'
                    | '>'
                    | '+'
                    | '%'
                    | '&'
                    | '…'
            )
    }) {
        return false;
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    let mut capitalised = 0;
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        if names::NOT_NAMES.contains(&lw.as_str()) && !(i > 0 && is_particle(&lw)) {
            return false;
        }
        if is_particle(&lw) && !w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // "al-Assad", "d'Arcy", "bin-Salman"
        let core = ["al-", "el-", "d'", "d’", "l'", "o'"]
            .iter()
            .find_map(|p| lw.starts_with(p).then(|| &w[p.len()..]))
            .unwrap_or(w);
        let Some(c) = core.chars().next() else {
            return false;
        };
        if !(c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())) {
            return false;
        }
        if w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            return false;
        }
        capitalised += 1;
    }
    (1..=5).contains(&capitalised)
}

#[cfg(test)]
mod tests;
