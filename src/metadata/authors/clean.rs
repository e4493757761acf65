//! Candidate text → clean author names: splitting "By A, B and C",
//! dropping labels, roles, dates and credits for other work, and checking
//! that what is left reads as a person's name. Strings only; the lexicon
//! holds the words.

use std::borrow::Cow;

use super::super::{decode_entities, same_text, squash};
use crate::lexicon::bylines::{self, LabelScope};
use crate::lexicon::{calendar, date_labels, names, organisations, roles};
use crate::normalize_space;
use crate::parse::byline::is_wire_service;

/// Words that are not names when they stand alone: CMS defaults and
/// placeholders ("admin", "Unknown", "No Author").
pub(super) fn is_placeholder_name(n: &str) -> bool {
    let l = n.to_lowercase();
    let l = l.as_str();
    names::PLACEHOLDER_NAMES.contains(&l)
        || (!l.contains(' ') && l.len() > 5 && l.ends_with("admin"))
}

/// Collective bylines: the newsroom signs the piece ("Staff", "Redaktion",
/// "Editorial Team"). They are the page's byline, kept as one name.
pub(super) fn is_collective_byline(n: &str) -> bool {
    let l = n.to_lowercase();
    let l = names::COLLECTIVE_ARTICLES
        .iter()
        .find_map(|a| l.strip_prefix(a))
        .unwrap_or(&l);
    names::COLLECTIVE_BYLINES.contains(&l)
}

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

/// A news agency's short code after a name ("A/KNA", "A / DPA"): two to
/// six capitals, digits or dashes.
pub(super) fn is_agency_code(s: &str) -> bool {
    (2..=6).contains(&s.len())
        && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
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

/// Job titles and credentials: a name that contains one is a role line.
pub(super) fn is_role_word(w: &str) -> bool {
    let l = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    roles::is_role_word(&l, roles::AUTHOR) || names::AUTHOR_BOX_WORDS.contains(&l.as_str())
}

pub(super) fn is_credential(w: &str) -> bool {
    roles::is_author_credential(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Lower-case words allowed inside names ("Maarten van den Berg").
pub(super) fn is_name_particle(w: &str) -> bool {
    names::is_particle(w, names::AUTHOR)
}

/// Month and weekday words that end a byline ("By A March 3, 2015"), and
/// the words that lead into a date there.
pub(super) fn is_calendar_word(w: &str) -> bool {
    let l = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let l = l.as_str();
    calendar::is_english_name(l) || date_labels::is_word(l, date_labels::BYLINE_END)
}

/// A plausible person name, cleaned; `None` for emails, URLs, handles,
/// placeholders, or text that is clearly not a name.
/// How far [`Trust`] the source goes decides how name-like the text must be.
pub(super) fn clean_name(n: &str, trust: Trust) -> Option<String> {
    let n = normalize_space(&decode_entities(n));
    let n = n
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ':' | '-' | '|' | '–' | '—')
        })
        .to_owned();
    // Drop a trailing parenthesised aside such as a URL or a role.
    let n = match n.find(" (") {
        Some(i) if n.ends_with(')') && i > 0 => n[..i].trim().to_owned(),
        _ => n,
    };
    if n.chars().count() < 2 || n.chars().count() > 60 {
        return None;
    }
    let n = without_leading_role(&n);
    if is_collective_byline(&n) {
        return Some(n);
    }
    if n.contains('@') || n.contains("://") || n.starts_with("www.") || n.contains(".com") {
        return None;
    }
    // Markup debris, and a photo credit ("Bild © Agency") in a byline slot.
    if n.contains(['<', '>', '{', '}', '=', '©']) {
        return None;
    }
    // Digits: only in a user handle ("freeman1984") the markup calls the
    // author; in text they are dates and counts.
    if n.chars().any(|c| c.is_ascii_digit()) && (trust == Trust::Visible || !is_handle(&n)) {
        return None;
    }
    if n.split_whitespace().count() > 5
        || is_placeholder_name(&n)
        || n.contains([':', '?', '!', '$'])
    {
        return None;
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    if words.iter().any(|w| is_role_word(w)) {
        return None;
    }
    if words.len() == 1 && is_credential(words[0]) {
        return None;
    }
    // Domains and dotted handles ("example.de", "ana.lima") and companies.
    let dotted = |w: &&str| {
        let b = w.as_bytes();
        (1..b.len().saturating_sub(1)).any(|i| b[i] == b'.' && b[i + 1].is_ascii_lowercase())
    };
    let company = |w: &&str| {
        organisations::LEGAL_FORMS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    if words.iter().any(dotted) || words.iter().any(company) {
        return None;
    }
    if n.matches('(').count() != n.matches(')').count() {
        return None;
    }
    if words.last().is_some_and(|w| {
        let w = w.to_lowercase();
        bylines::is_label(&w, bylines::BY_WORD_INSIDE) || matches!(w.as_str(), "and" | "und")
    }) {
        return None;
    }
    // Cased scripts: names from text must have every word capitalised, bar
    // particles ("de", "van"); a lone word (a user handle) is accepted only
    // where the markup says it is the author.
    let lower_word = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    let cased = n.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    if cased && trust != Trust::Declared {
        if words.len() > 1 && words.iter().any(|w| lower_word(w) && !is_name_particle(w)) {
            return None;
        }
        if words.len() < 2 && trust == Trust::Visible {
            return None;
        }
    }

    // Must start with a letter.
    if !n.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    Some(n)
}

/// A user handle: one word of letters, digits, `_`, `-` or `.`, starting
/// with a letter.
pub(super) fn is_handle(n: &str) -> bool {
    n.chars().next().is_some_and(char::is_alphabetic)
        && n.chars().count() <= 30
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A job title before a name ("Rechtsanwalt A B", "FOCUS-Online-Experte A
/// B") is dropped when two or more words remain.
pub(super) fn without_leading_role(n: &str) -> String {
    let mut words = n.split_whitespace();
    let Some(first) = words.next() else {
        return n.to_owned();
    };
    let rest: Vec<&str> = words.collect();
    let role = !is_collective_byline(first) && is_role_word(first)
        || first.rsplit('-').next().is_some_and(is_role_word)
        || roles::LEGAL_TITLES.contains(&first.to_lowercase().as_str());
    if role
        && rest.len() >= 2
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
    {
        rest.join(" ")
    } else {
        n.to_owned()
    }
}

/// How much a source of author names is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Trust {
    /// Declared as the author by metadata (JSON-LD, `<meta>`, `itemprop`).
    Declared,
    /// Marked as the author in the markup (`rel=author`).
    Marked,
    /// Found in visible text by a class or id name.
    Visible,
}

/// Two or three capitalised words and nothing that names an organisation.
pub(super) fn looks_personal(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && !words
            .iter()
            .any(|w| organisations::is_org_word(&w.to_lowercase(), organisations::OUTLET))
}

/// Cleans, splits and dedupes author names (at most ten). Wire services
/// ("AFP", "Reuters") are not authors: the first goes to `source`.
pub(super) fn finish_names(
    raw: &[String],
    site: Option<&str>,
    trust: Trust,
    source: &mut Option<String>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        let parts = split_names(&decode_entities(r));
        let several = parts.len() > 1;
        // The publisher's credit line: the site's name split up ("Jobs &
        // Hire") or followed by its city ("City News, Springfield, USA").
        if several
            && site.is_some_and(|s| {
                let site = squash(s);
                !site.is_empty()
                    && squash(r).starts_with(&site)
                    && parts
                        .iter()
                        .all(|p| p.split_whitespace().count() < 2 || same_text(s, p))
            })
        {
            continue;
        }
        for part in parts {
            if is_wire_service(part.trim()) || (several && is_agency_code(part.trim())) {
                if source.is_none() {
                    *source = Some(part.trim().to_owned());
                }
                continue;
            }
            if let Some(n) = clean_name(&part, trust) {
                if !out.iter().any(|o| o.to_lowercase() == n.to_lowercase()) {
                    out.push(n);
                }
            }
        }
        if out.len() >= 10 {
            out.truncate(10);
            break;
        }
    }
    // "All posts by A" next to "A" is the same person.
    let suffix_of = |long: &str, short: &str| {
        let (l, s) = (long.to_lowercase(), short.to_lowercase());
        s.contains(' ') && l.len() > s.len() && l.ends_with(&format!(" {s}"))
    };
    let copy = out.clone();
    out.retain(|n| !copy.iter().any(|o| suffix_of(n, o)));
    // "Staff" next to a person's name is a role, not a second author.
    let capitalised = |n: &String| {
        n.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
    };
    if out
        .iter()
        .any(|n| !is_collective_byline(n) && capitalised(n))
    {
        out.retain(|n| !is_collective_byline(n));
    }
    // The site's own name is not an author, unless it is the only name and
    // reads as a person's (a personal blog named after its author).
    if let Some(site) = site {
        let sole = out.len() == 1;
        out.retain(|n| {
            !same_text(site, n)
                || (sole && looks_personal(&n.split_whitespace().collect::<Vec<_>>()))
        });
    }
    out
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
                    || tail.split_whitespace().next().is_some_and(is_name_particle);
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
        [p, w] => is_name_particle(p) && w.starts_with(char::is_uppercase),
        _ => false,
    };
    let given = (1..=3).contains(&first_words.len())
        && first_words[0].starts_with(char::is_uppercase)
        && first_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_particle(w));
    (surname && given).then(|| format!("{first} {last}"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
