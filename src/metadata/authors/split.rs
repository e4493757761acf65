//! Byline text → candidate name strings: author labels stripped ("By",
//! "Autorin:"), split on separators and conjunctions ("A, B and C", "A &
//! B", "A (with B)"), cut before dates, places and credits for other work,
//! and "Last, First" turned round. Strings only; the lexicon holds the
//! words, and `clean` checks what is left reads as a name.

use std::borrow::Cow;

use crate::lexicon::bylines::{self, LabelScope};
use crate::lexicon::{calendar, date_labels, names, roles};

/// Strips a leading "By" (and friends, see [`bylines::BYLINE_LABELS`]) from a
/// byline.
pub(super) fn strip_by(s: &str) -> &str {
    match label_len(s, ReadingContext::Byline) {
        Some(n) => s[n..].trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == ','),
        None => s.trim_start(),
    }
}

/// Drops a one-word label before a colon ("Interview: A", "Text: B").
pub(super) fn strip_label(s: &str) -> &str {
    match s.split_once(':') {
        Some((label, rest))
            if !label.trim().contains(' ')
                && label.trim().chars().count() <= 14
                && !rest.trim().is_empty()
                && !rest.starts_with("//") =>
        {
            rest.trim_start()
        }
        _ => s,
    }
}

/// Splits a byline-like string into names: "By A, B and C" → [A, B, C].
pub(crate) fn split_names(s: &str) -> Vec<String> {
    let s = without_url_asides(s);
    // "A (with B and C)" lists more authors.
    let s = with_asides_as_list(&s);
    if s.contains("://") || s.trim_start().starts_with("www.") {
        return Vec::new();
    }
    // Later credits ("Edited by …", "Photos by …") are not authors. ASCII
    // lower-casing keeps byte offsets, so positions found apply to `s`.
    let lower = s.to_ascii_lowercase();
    let s = match roles::LATER_CREDITS
        .iter()
        .chain(bylines::AFFILIATION_AFTER_NAME)
        .filter_map(|w| lower.find(w))
        .min()
    {
        Some(i) => &s[..i],
        None => &s[..],
    };
    let s = strip_by(strip_label(strip_by(s)));
    let mut out = Vec::new();
    for part in s
        .split([',', ';', '|', '•', '·', '/'])
        .flat_map(split_ampersand)
    {
        let mut rest = part;
        loop {
            let lower = rest.to_ascii_lowercase();
            let cut = names::CONJUNCTIONS[..names::COMMON_CONJUNCTIONS]
                .iter()
                .filter_map(|w| lower.find(&format!(" {w} ")).map(|i| (i, w.len() + 2)))
                .min();
            match cut {
                Some((i, l)) => {
                    out.push(strip_by(&rest[..i]).trim().to_owned());
                    rest = &rest[i + l..];
                }
                _ => {
                    out.push(strip_by(rest).trim().to_owned());
                    break;
                }
            }
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

/// "A & B" → [A, B]; but "Pen & i" or "AT&T" stay whole: a part with fewer
/// than two letters is not a name of its own.
pub(super) fn split_ampersand(s: &str) -> Vec<&str> {
    let letters = |p: &str| p.chars().filter(|c| c.is_alphabetic()).count();
    if s.contains('&') && s.split('&').all(|p| letters(p) >= 2) {
        s.split('&').collect()
    } else {
        vec![s]
    }
}

/// Removes parenthesised asides that hold a URL or an e-mail address.
pub(super) fn without_url_asides(s: &str) -> Cow<'_, str> {
    if !s.contains('(') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('(') {
        let Some(j) = rest[i..].find(')') else { break };
        let inner = &rest[i + 1..i + j];
        out.push_str(&rest[..i]);
        if !(inner.contains("://") || inner.contains('@') || inner.starts_with("www.")) {
            out.push_str(&rest[i..=i + j]);
        }
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// "A (with B and C)" / "A (avec B et C)" → "A, B and C".
pub(super) fn with_asides_as_list(s: &str) -> Cow<'_, str> {
    let lower = s.to_ascii_lowercase();
    for w in names::CO_AUTHOR_ASIDES {
        if let Some(i) = lower.find(w) {
            if let Some(j) = s[i..].find(')') {
                let inner = &s[i + w.len()..i + j];
                return Cow::Owned(format!(
                    "{}, {}{}",
                    s[..i].trim_end(),
                    inner,
                    &s[i + j + 1..]
                ));
            }
        }
    }
    Cow::Borrowed(s)
}

/// Month and weekday words that end a byline ("By A March 3, 2015"), and
/// the words that lead into a date there.
pub(super) fn is_calendar_word(w: &str) -> bool {
    let l = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let l = l.as_str();
    calendar::is_english_name(l) || date_labels::is_word(l, date_labels::BYLINE_END)
}

/// A line cut before a Chinese "posted in/at" ("A 發表在 B"): the name
/// comes before it.
pub(super) fn before_posted_in(t: &str) -> &str {
    match bylines::POSTED_AFTER_NAME
        .iter()
        .filter_map(|w| t.find(w))
        .min()
    {
        Some(p) => t[..p].trim_end(),
        None => t,
    }
}

/// A byline cut before the credit for other work (editing, photos,
/// translation) that follows the author's name, when a name comes first.
pub(super) fn before_other_roles(t: &str) -> &str {
    let starts_role = |i: usize| {
        roles::OTHER_ROLES.iter().any(|r| {
            t.get(i..i + r.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(r))
        })
    };
    t.char_indices()
        .skip(1)
        .find(|&(i, _)| starts_role(i))
        .map_or(t, |(i, _)| t[..i].trim_end())
}

/// A visible byline's text cut before separators and dates ("By A |
/// March 3, 2015" → "By A").
pub(super) fn byline_text(t: &str) -> &str {
    let mut cut = t.find(['|', '•', '·', '\n']).unwrap_or(t.len());
    if let Some(d) = t[..cut].find(|c: char| c.is_ascii_digit()) {
        cut = d;
    }
    cut = cut.min(before_posted_in(t).len());
    let mut s = t[..cut].trim_end();
    // Drop trailing calendar words left before the digits.
    while let Some(i) = s.rfind(char::is_whitespace) {
        let last = &s[i..];
        if is_calendar_word(last) || last.trim().chars().all(|c| !c.is_alphanumeric()) {
            s = s[..i].trim_end();
        } else {
            break;
        }
    }
    s.trim()
}

/// The text after the first "by" word of a line (by, von, par, por, door,
/// di), inside it or leading it: "Posted on May 3 by A" → "A".
pub(super) fn after_by_word(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    bylines::labels(bylines::BY_WORD_INSIDE)
        .filter_map(|w| lower.find(&format!(" {w} ")).map(|i| i + w.len() + 2))
        .min()
        .or_else(|| {
            bylines::labels(bylines::BY_WORD_LEADING)
                .find(|w| lower.starts_with(&format!("{w} ")))
                .map(|w| w.len() + 1)
        })
        .map(|at| &text[at..])
}

/// Where a label is being read: in any line of the page, or in an element
/// that is a byline.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ReadingContext {
    /// Any line of the page.
    Line,
    /// An element that is a byline.
    Byline,
}

/// The byte length of the author label a text starts with (after leading
/// spaces and dashes), label and colon included; `None` when it has none.
/// In a line anywhere, a label without a colon must stand alone or come
/// before a name; in a byline element any label followed by a space, a
/// colon or a comma counts.
pub(super) fn label_len(t: &str, place: ReadingContext) -> Option<usize> {
    let start = t.len()
        - t.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•')
        })
        .len();
    let rest = &t[start..];
    // Cheap first: every text node of the page comes through here.
    let first = rest.bytes().next()?.to_ascii_lowercase();
    for (label, usage) in bylines::author_labels() {
        let n = label.len();
        if label.as_bytes()[0] != first
            || rest.len() < n
            || !rest.as_bytes()[..n].eq_ignore_ascii_case(label.as_bytes())
            || !rest.is_char_boundary(n)
        {
            continue;
        }
        let after = &rest[n..];
        let tail = after.trim_start();
        if let Some(value) = tail.strip_prefix(':') {
            if usage != LabelScope::Byline || place == ReadingContext::Byline {
                return Some(t.len() - value.len());
            }
            continue;
        }
        match (usage, place) {
            (LabelScope::Colon, _) | (LabelScope::Byline, ReadingContext::Line) => continue,
            (_, ReadingContext::Byline) => {
                if after.starts_with(|c: char| c.is_whitespace() || c == ',') {
                    return Some(start + n);
                }
            }
            (LabelScope::Name, ReadingContext::Line) => {
                // The label stands alone, or a space and a name follow (a
                // capital, or a particle as in "von der Heide").
                let name_follows = tail.starts_with(char::is_uppercase)
                    || tail
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| names::is_particle(w, names::AUTHOR));
                if tail.is_empty() || (after.starts_with(char::is_whitespace) && name_follows) {
                    return Some(start + n);
                }
            }
        }
    }
    None
}

/// A line cut before the words that lead into its date or place ("A am
/// 24. Juli", "A on May 3", "A le 3 mai", "A - Berlin").
pub(super) fn cut_before_connector(line: &str) -> &str {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return line;
    }
    [
        " am ", " um ", " on ", " at ", " le ", " il ", " el ", " - ", " – ",
    ]
    .iter()
    .filter_map(|w| lower.find(w))
    .min()
    .map_or(line, |i| &line[..i])
}

/// The holder a copyright line names after its year: "© 2019 Ana Lima",
/// "Copyright (c) 2012- Ana Lima. All rights reserved" → "Ana Lima".
/// `None` without a copyright sign or word and a year before the name.
pub(super) fn copyright_holder(t: &str) -> Option<&str> {
    let at = t.find('©').map(|i| i + '©'.len_utf8()).or_else(|| {
        let lower = t.to_ascii_lowercase();
        lower.find("copyright").map(|i| i + "copyright".len())
    })?;
    let mut rest = t[at..].trim_start();
    for mark in ["(c)", "(C)", "©"] {
        rest = rest.strip_prefix(mark).unwrap_or(rest).trim_start();
    }
    // A year, or a range of years ("2006-2008", "2012-").
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    rest = rest[4..].trim_start();
    if let Some(r) = rest.strip_prefix(['-', '–']) {
        rest = r
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit());
        rest = rest.trim_start();
    }
    rest = rest.strip_prefix("by ").unwrap_or(rest).trim_start();
    let end = rest
        .find(['.', ',', '|', ';', '(', '\n'])
        .unwrap_or(rest.len());
    let name = rest[..end].trim();
    (!name.is_empty()).then_some(name)
}

/// "Berg, Maarten van den" → "Maarten van den Berg", "Aalto, K." → "K. Aalto":
/// one comma, a surname of one word (or a particle and a word) before it,
/// one to three given names or initials after it.
pub(super) fn uninverted_name(v: &str) -> Option<String> {
    let (last, first) = v.split_once(',')?;
    let (last, first) = (last.trim(), first.trim());
    if first.contains(',') || v.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let last_words: Vec<&str> = last.split_whitespace().collect();
    let first_words: Vec<&str> = first.split_whitespace().collect();
    let surname = match last_words.as_slice() {
        [w] => w.starts_with(char::is_uppercase),
        [p, w] => names::is_particle(p, names::AUTHOR) && w.starts_with(char::is_uppercase),
        _ => false,
    };
    let given = (1..=3).contains(&first_words.len())
        && first_words[0].starts_with(char::is_uppercase)
        && first_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || names::is_particle(w, names::AUTHOR));
    (surname && given).then(|| format!("{first} {last}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_holders() {
        assert_eq!(copyright_holder("© 2019 Ana Lima"), Some("Ana Lima"));
        assert_eq!(
            copyright_holder("Copyright (c) 2012- Ana Lima. All rights reserved."),
            Some("Ana Lima")
        );
        assert_eq!(
            copyright_holder("© 2006–2008 by Ana Lima"),
            Some("Ana Lima")
        );
        // A photo credit has no year.
        assert_eq!(copyright_holder("Photo © Ana Lima"), None);
        assert_eq!(copyright_holder("All rights reserved"), None);
    }

    #[test]
    fn one_label_table_for_lines_and_byline_elements() {
        // Anywhere: a label before a name, or with a colon.
        assert_eq!(strip_by("Written by Ana Lima"), "Ana Lima");
        assert_eq!(
            label_len("Autorin: Ana Lima", ReadingContext::Line),
            Some(8)
        );
        assert_eq!(label_len("Text: Ana Lima", ReadingContext::Line), Some(5));
        // "Text" without a colon opens sentences, not bylines.
        assert_eq!(label_len("Text messages rose", ReadingContext::Line), None);
        // Short foreign "by" words count only inside a byline element.
        assert_eq!(label_len("door Jan de Vries", ReadingContext::Line), None);
        assert_eq!(strip_by("door Jan de Vries"), "Jan de Vries");
        assert_eq!(strip_by("By: Ana Lima"), "Ana Lima");
        assert_eq!(strip_by("by, Ana Lima"), "Ana Lima");
        // A name that starts like a label is left alone.
        assert_eq!(strip_by("Byron Diaz"), "Byron Diaz");
        assert_eq!(strip_by("Dimitri Hale"), "Dimitri Hale");
        assert_eq!(
            label_len(
                "By Christmas eve the roads were clear",
                ReadingContext::Line
            ),
            Some(2)
        );
    }
}
