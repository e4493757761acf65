//! Candidate name strings → clean author names: checking that what is
//! left reads as a person's name (not a placeholder, a role, a handle, a
//! company or a newsroom), how far each source is trusted, and the final
//! clean-up and dedupe. Strings only; the lexicon holds the words, and
//! `split` cuts byline text into the candidate strings.

use super::super::{decode_entities, same_text, squash};
use super::split::split_names;
use crate::lexicon::{bylines, names, organisations, roles};
use crate::normalize_space;
use crate::parse::byline::is_wire_service;
use std::borrow::Cow;

/// Words that are not names when they stand alone: CMS defaults and
/// placeholders ("admin", "Unknown", "No Author") and paid-content labels
/// ("Sponsored content").
pub(super) fn is_placeholder_name(n: &str) -> bool {
    let l = n.to_lowercase();
    let l = l.as_str();
    names::PLACEHOLDER_NAMES.contains(&l)
        || names::SPONSOR_LABELS.contains(&l)
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

/// A news agency's short code after a name ("A/KNA", "A / DPA"): two to
/// six capitals, digits or dashes.
pub(super) fn is_agency_code(s: &str) -> bool {
    (2..=6).contains(&s.len())
        && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
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
    let n = without_glued_button(&n);
    let n = without_leading_role(&n);
    let n = without_trailing_label(&n);
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
    // A named team or desk ("Camphouse Team", "By the Lavazza Team"):
    // declared as the author, or in a visible byline, where it is held
    // back while another signal may still name a person.
    if is_collective(&words) {
        return Some(n);
    }
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
    let role = is_role_word(first)
        || first.rsplit('-').next().is_some_and(is_role_word)
        || roles::LEGAL_TITLES.contains(&first.to_lowercase().as_str());
    // A newsroom word before a name is the desk's name ("Redaktion
    // Polizeiticker Schweiz"), not a role to drop.
    let desk =
        is_collective_byline(first) && is_collective(&n.split_whitespace().collect::<Vec<_>>());
    if role
        && !desk
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

/// A button's label glued to the end of a name by markup that puts no
/// space between them ("Inga HoeltmannFollow Designer" → "Inga
/// Hoeltmann"): the name ends where the label starts, after a lower-case
/// letter; what follows the label (the person's headline) is dropped.
pub(super) fn without_glued_button(n: &str) -> Cow<'_, str> {
    let mut start = 0;
    for word in n.split_whitespace() {
        let at = n[start..].find(word).map_or(start, |i| start + i);
        start = at + word.len();
        for label in names::GLUED_BUTTON_LABELS {
            let Some(head) = word.strip_suffix(label) else {
                continue;
            };
            if head.chars().last().is_some_and(char::is_lowercase) {
                return Cow::Owned(format!("{}{head}", &n[..at]).trim_end().to_owned());
            }
        }
    }
    Cow::Borrowed(n)
}

/// A label after the name ("Help Net Security Sponsored") is dropped when
/// words remain.
pub(super) fn without_trailing_label(n: &str) -> String {
    match n.rsplit_once(' ') {
        Some((rest, last)) if names::LABELS_AFTER_NAME.contains(&last.to_lowercase().as_str()) => {
            rest.trim_end().to_owned()
        }
        _ => n.to_owned(),
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

/// A team's or desk's name: one to four capitalised words, then a
/// collective word ("Great Day Editorial Team", "Podium Staff").
/// The name may open with an article ("the Lavazza Team") or put the
/// collective word first ("Team Northwind").
pub(super) fn is_collective(words: &[&str]) -> bool {
    let words = match words.split_first() {
        Some((first, rest))
            if names::COLLECTIVE_ARTICLES
                .contains(&format!("{} ", first.to_lowercase()).as_str()) =>
        {
            rest
        }
        _ => words,
    };
    let collective = |w: &str| roles::COLLECTIVE_WORDS.contains(&w.to_lowercase().as_str());
    // "HLNF Staff Report": the desk's report is signed by the desk.
    let words = match words.split_last() {
        Some((last, rest))
            if rest.last().is_some_and(|w| collective(w))
                && roles::COLLECTIVE_TAILS.contains(&last.to_lowercase().as_str()) =>
        {
            rest
        }
        _ => words,
    };
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    match words {
        [first, rest @ ..] if collective(first) && (1..=2).contains(&rest.len()) => {
            rest.iter().all(capitalised) && !rest.iter().any(|w| collective(w))
        }
        [head @ .., last] => {
            (1..=4).contains(&head.len()) && collective(last) && head.iter().all(capitalised)
        }
        [] => false,
    }
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
