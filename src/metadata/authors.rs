//! Authors: declared names (JSON-LD, `<meta>`, `itemprop`), marked ones
//! (`rel=author`, author-page links), visible bylines and labelled author
//! lines, cleaned into a list of people (or, when the page names no person,
//! the organisation it names as author). Wire services go to `source`.

use std::borrow::Cow;

use super::byline::{is_wire_service, parse_byline};
use super::date::find_date_in_text;
use super::jsonld::LdInfo;
use super::signals::{MAX_SMALL_SUBTREE, Signals};
use super::title::is_logo_heading;
use super::{
    decode_entities, holds_main_column, in_furniture, lines_around, same_text, small_text, squash,
    text_nodes_from,
};

use crate::dom::{Document, NodeId};
use crate::lexicon::{calendar, names, organisations, roles};
use crate::normalize_space;

/// Words that are not names when they stand alone: CMS defaults and
/// placeholders ("admin", "Unknown", "No Author").
fn is_placeholder_name(n: &str) -> bool {
    let l = n.to_lowercase();
    let l = l.as_str();
    names::PLACEHOLDER_NAMES.contains(&l)
        || (!l.contains(' ') && l.len() > 5 && l.ends_with("admin"))
}

/// Collective bylines: the newsroom signs the piece ("Staff", "Redaktion",
/// "Editorial Team"). They are the page's byline, kept as one name.
fn is_collective_byline(n: &str) -> bool {
    let l = n.to_lowercase();
    let l = names::COLLECTIVE_ARTICLES
        .iter()
        .find_map(|a| l.strip_prefix(a))
        .unwrap_or(&l);
    names::COLLECTIVE_BYLINES.contains(&l)
}

/// Strips a leading "By" (and friends, see [`AUTHOR_LABELS`]) from a
/// byline.
fn strip_by(s: &str) -> &str {
    match label_len(s, Place::Byline) {
        Some(n) => s[n..].trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == ','),
        None => s.trim_start(),
    }
}

/// Drops a one-word label before a colon ("Interview: A", "Text: B").
fn strip_label(s: &str) -> &str {
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
    let s = match [
        " edited by",
        " photos by",
        " photographs by",
        " illustrations by",
        " additional reporting",
    ]
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
fn is_agency_code(s: &str) -> bool {
    (2..=6).contains(&s.len())
        && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// "A & B" → [A, B]; but "Pen & i" or "AT&T" stay whole: a part with fewer
/// than two letters is not a name of its own.
fn split_ampersand(s: &str) -> Vec<&str> {
    let letters = |p: &str| p.chars().filter(|c| c.is_alphabetic()).count();
    if s.contains('&') && s.split('&').all(|p| letters(p) >= 2) {
        s.split('&').collect()
    } else {
        vec![s]
    }
}

/// Removes parenthesised asides that hold a URL or an e-mail address.
fn without_url_asides(s: &str) -> Cow<'_, str> {
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
fn with_asides_as_list(s: &str) -> Cow<'_, str> {
    let lower = s.to_ascii_lowercase();
    for w in ["(with ", "(avec ", "(mit ", "(con ", "(com "] {
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
fn is_role_word(w: &str) -> bool {
    let l = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    roles::is_role_word(&l, roles::AUTHOR) || names::AUTHOR_BOX_WORDS.contains(&l.as_str())
}

fn is_credential(w: &str) -> bool {
    roles::is_author_credential(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Lower-case words allowed inside names ("Maarten van den Berg").
fn is_name_particle(w: &str) -> bool {
    names::is_particle(w, names::AUTHOR)
}

/// Month and weekday words that end a byline ("By A March 3, 2015"), and
/// the words that lead into a date there.
fn is_calendar_word(w: &str) -> bool {
    let l = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let l = l.as_str();
    calendar::is_english_name(l) || matches!(l, "updated" | "published" | "posted" | "on" | "at")
}

/// A plausible person name, cleaned; `None` for emails, URLs, handles,
/// placeholders, or text that is clearly not a name.
/// How far [`Trust`] the source goes decides how name-like the text must be.
fn clean_name(n: &str, trust: Trust) -> Option<String> {
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
        matches!(
            w.to_lowercase().as_str(),
            "by" | "von" | "par" | "por" | "di" | "door" | "and" | "und"
        )
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
fn is_handle(n: &str) -> bool {
    n.chars().next().is_some_and(char::is_alphabetic)
        && n.chars().count() <= 30
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A job title before a name ("Rechtsanwalt A B", "FOCUS-Online-Experte A
/// B") is dropped when two or more words remain.
fn without_leading_role(n: &str) -> String {
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
enum Trust {
    /// Declared as the author by metadata (JSON-LD, `<meta>`, `itemprop`).
    Declared,
    /// Marked as the author in the markup (`rel=author`).
    Marked,
    /// Found in visible text by a class or id name.
    Visible,
}

/// Two or three capitalised words and nothing that names an organisation.
fn looks_personal(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && !words
            .iter()
            .any(|w| organisations::is_org_word(&w.to_lowercase(), organisations::OUTLET))
}

/// Cleans, splits and dedupes author names (at most ten). Wire services
/// ("AFP", "Reuters") are not authors: the first goes to `source`.
fn finish_names(
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

/// True when a node sits in comments, teaser lists or a sidebar (a lighter
/// test than [`in_furniture`]: article footers may carry the author).
fn in_teasers(doc: &Document, id: NodeId) -> bool {
    doc.ancestors(id).any(|a| {
        if matches!(doc.tag_name(a), Some("body" | "html")) {
            return false;
        }
        doc.is(a, "nav")
            || (doc.is(a, "aside") && !doc.ancestors(a).any(|x| doc.is(x, "article")))
            || doc.attr(a, "class").is_some_and(|c| {
                c.split_ascii_whitespace().any(|t| {
                    let t = t.to_ascii_lowercase();
                    [
                        "comment",
                        "related",
                        "sidebar",
                        "recommend",
                        "widget",
                        "most-",
                    ]
                    .iter()
                    .any(|k| t.starts_with(k))
                        && !(t.starts_with("widget") && holds_main_column(doc, a))
                })
            })
    })
}

/// The value of an `itemprop=author` element: `content`, a nested
/// `itemprop=name`, or its own text.
fn itemprop_author(doc: &Document, id: NodeId) -> Option<String> {
    if let Some(c) = doc.attr(id, "content") {
        return Some(c.to_owned());
    }
    if doc.subtree_end(id) - id.index() <= MAX_SMALL_SUBTREE {
        for d in doc.descendants(id).skip(1) {
            if doc
                .attr(d, "itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "name"))
            {
                return doc
                    .attr(d, "content")
                    .map(str::to_owned)
                    .or_else(|| small_text(doc, d));
            }
        }
    }
    small_text(doc, id).filter(|t| t.chars().count() <= 100)
}

/// A line cut before a Chinese "posted in/at" ("A 發表在 B"): the name
/// comes before it.
fn before_posted_in(t: &str) -> &str {
    match ["發表", "发表"].iter().filter_map(|w| t.find(w)).min() {
        Some(p) => t[..p].trim_end(),
        None => t,
    }
}

/// A byline cut before the credit for other work (editing, photos,
/// translation) that follows the author's name, when a name comes first.
fn before_other_roles(t: &str) -> &str {
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
fn byline_text(t: &str) -> &str {
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

/// Names from the visible byline elements: the first usable candidate
/// outside page furniture; when it holds nested candidates, their innermost
/// ones (one per author) are read instead of its whole text.
fn visible_byline(
    doc: &Document,
    sig: &Signals<'_>,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    let nodes = &sig.byline_nodes;
    let mut i = 0;
    while i < nodes.len() {
        let c = nodes[i];
        let end = (i + 1..nodes.len())
            .find(|&j| !doc.contains(c, nodes[j]))
            .unwrap_or(nodes.len());
        let group = &nodes[i..end];
        i = end;
        if in_furniture(doc, c) {
            continue;
        }
        // Leaves: candidates in the group with no candidate inside them.
        let leaves: Vec<NodeId> = group
            .iter()
            .enumerate()
            .filter(|&(k, &n)| group.get(k + 1).is_none_or(|&next| !doc.contains(n, next)))
            .map(|(_, &n)| n)
            .collect();
        let mut tries: Vec<Vec<NodeId>> = Vec::new();
        if leaves.len() > 1 || leaves.first() != Some(&c) {
            tries.push(leaves);
        }
        tries.push(vec![c]);
        for t in tries {
            let mut names = Vec::new();
            let mut source = None;
            for n in t {
                let Some(text) = small_text(doc, n) else {
                    continue;
                };
                if text.chars().count() > 160 {
                    continue;
                }
                // "Eingestellt von A", "Submitted by A": the byline parser
                // knows "By" but not the longer labels.
                let text = match label_len(&text, Place::Line) {
                    Some(n) if text[..n].trim().contains(' ') => text[n..].trim().to_owned(),
                    _ => before_posted_in(&text).to_owned(),
                };
                let text = before_other_roles(&text);
                match parse_byline(text).or_else(|| parse_byline(byline_text(text))) {
                    Some(parsed) if !parsed.authors.is_empty() => {
                        names.extend(parsed.authors);
                        source = source.or(parsed.source);
                    }
                    // Our own splitter (strictly checked below) reads forms
                    // the byline parser declines ("Written by A Edited by B").
                    _ => names.push(byline_text(after_by_word(text).unwrap_or(text)).to_owned()),
                }
            }
            let names = finish_names(&names, site, Trust::Visible, &mut source);
            if wire.is_none() {
                *wire = source;
            }
            if !names.is_empty() {
                return Some(names);
            }
        }
    }
    None
}

/// Names after a "by" word (by, von, par, por, door, di) in the short
/// date/meta lines of the page, strictly checked.
fn by_word_in_meta_lines(
    doc: &Document,
    sig: &Signals<'_>,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    for &n in &sig.date_nodes {
        if in_furniture(doc, n) {
            continue;
        }
        let Some(text) = small_text(doc, n) else {
            continue;
        };
        if text.chars().count() > 160 {
            continue;
        }
        let Some(after) = after_by_word(&text) else {
            continue;
        };
        let rest = byline_text(after);
        let mut source = None;
        let names = finish_names(&[rest.to_owned()], site, Trust::Visible, &mut source);
        if wire.is_none() {
            *wire = source;
        }
        if !names.is_empty() {
            return Some(names);
        }
    }
    None
}

/// The text after the first "by" word of a line (by, von, par, por, door,
/// di), inside it or leading it: "Posted on May 3 by A" → "A".
fn after_by_word(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    [" by ", " von ", " par ", " por ", " door ", " di "]
        .iter()
        .filter_map(|w| lower.find(w).map(|i| i + w.len()))
        .min()
        .or_else(|| {
            ["by ", "von ", "par ", "por "]
                .iter()
                .find(|w| lower.starts_with(*w))
                .map(|w| w.len())
        })
        .map(|at| &text[at..])
}

/// Where a label may introduce an author's name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Before a name anywhere ("Autoren A und B", "Eingestellt von A").
    Name,
    /// Only with a colon ("Text: A"): the word is common in running text.
    Colon,
    /// Only inside a byline element ("door A", "di A"): too short or too
    /// common to open a line elsewhere.
    Byline,
}

/// Where a label is being read: in any line of the page, or in an element
/// that is a byline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Line,
    Byline,
}

/// Labels that introduce an author's name, lower case, longest first
/// where one starts another.
const AUTHOR_LABELS: &[(&str, Use)] = &[
    ("autoren", Use::Name),
    ("autorin", Use::Name),
    ("autor", Use::Name),
    ("authors", Use::Name),
    ("author", Use::Name),
    ("auteurs", Use::Name),
    ("auteur", Use::Name),
    ("autore", Use::Name),
    ("verfasserin", Use::Name),
    ("verfasser", Use::Name),
    ("written by", Use::Name),
    ("posted by", Use::Name),
    ("submitted by", Use::Name),
    ("words by", Use::Byline),
    ("text by", Use::Byline),
    ("story by", Use::Byline),
    ("geschrieben von", Use::Name),
    ("verfasst von", Use::Name),
    ("eingestellt von", Use::Name),
    ("publié par", Use::Name),
    ("rédigé par", Use::Name),
    ("escrito por", Use::Name),
    ("scritto da", Use::Name),
    ("by", Use::Name),
    ("von", Use::Name),
    ("par", Use::Name),
    ("por", Use::Byline),
    ("door", Use::Byline),
    ("di", Use::Byline),
    ("av", Use::Byline),
    ("texte", Use::Colon),
    ("text", Use::Colon),
    ("redaktion", Use::Colon),
    ("reporter", Use::Colon),
];

/// The byte length of the author label a text starts with (after leading
/// spaces and dashes), label and colon included; `None` when it has none.
/// In a line anywhere, a label without a colon must stand alone or come
/// before a name; in a byline element any label followed by a space, a
/// colon or a comma counts.
fn label_len(t: &str, place: Place) -> Option<usize> {
    let start = t.len()
        - t.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•')
        })
        .len();
    let rest = &t[start..];
    // Cheap first: every text node of the page comes through here.
    let first = rest.bytes().next()?.to_ascii_lowercase();
    for &(label, usage) in AUTHOR_LABELS {
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
            if usage != Use::Byline || place == Place::Byline {
                return Some(t.len() - value.len());
            }
            continue;
        }
        match (usage, place) {
            (Use::Colon, _) | (Use::Byline, Place::Line) => continue,
            (_, Place::Byline) => {
                if after.starts_with(|c: char| c.is_whitespace() || c == ',') {
                    return Some(start + n);
                }
            }
            (Use::Name, Place::Line) => {
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

/// Text nodes that start with an author label, in document order (at most
/// 48). Scanned only when no earlier signal named the author: most pages
/// never pay for it.
fn author_label_nodes(doc: &Document) -> Vec<NodeId> {
    text_nodes_from(doc, 0)
        // A label line is short; paragraphs are skipped unread.
        .filter(|&(_, t)| t.len() <= 240 && label_len(t, Place::Line).is_some())
        .map(|(id, _)| id)
        .take(48)
        .collect()
}

/// Names from a labelled line ("Autor: A", "<strong>Text:</strong> A",
/// "<h4>Author</h4><p>A</p>", "Eingestellt von A um 10:02"). Every part of
/// the line must read as a name: a sentence that starts with "By" is not a
/// byline.
fn labelled_author_line(
    doc: &Document,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    for t in author_label_nodes(doc) {
        let Some(raw) = doc.text_node(t) else {
            continue;
        };
        // The label opens its line, or follows a separator ("3.2.2020 - Text: A").
        let after_separator = raw.trim_start().starts_with(['-', '–', '—', '|', '·', '•']);
        if in_furniture(doc, t) || !(after_separator || starts_line(doc, t)) {
            continue;
        }
        let Some(at) = label_len(raw, Place::Line) else {
            continue;
        };
        let own = normalize_space(&raw[at..]);
        let line = if own.is_empty() {
            text_after(doc, label_element(doc, t, &normalize_space(raw)))
        } else {
            format!("{own} {}", text_after(doc, t))
        };
        let line = cut_before_connector(line.trim());
        let line = byline_text(line);
        if line.is_empty() || line.chars().count() > 100 {
            continue;
        }
        let mut source = None;
        let parts = split_names(line).len();
        let names = finish_names(&[line.to_owned()], site, Trust::Visible, &mut source);
        let complete = names.len() + usize::from(source.is_some()) >= parts;
        if wire.is_none() && complete {
            *wire = source;
        }
        if complete && !names.is_empty() {
            return Some(names);
        }
    }
    None
}

/// True when nothing but whitespace, `<br>`s or empty inline elements comes
/// before a node on its line ("<p>Autor: A</p>", not "… written by A").
fn starts_line(doc: &Document, node: NodeId) -> bool {
    let mut node = node;
    for _ in 0..4 {
        let mut prev = doc.prev_sibling(node);
        while let Some(p) = prev {
            if let Some(t) = doc.text_node(p) {
                if !t.trim().is_empty() {
                    return false;
                }
            } else if let Some(name) = doc.local_name(p) {
                if doc.is(p, "br") || crate::dom::is_block_tag(name) {
                    return true;
                }
                if small_text(doc, p).is_some_and(|t| !t.trim().is_empty()) {
                    return false;
                }
            }
            prev = doc.prev_sibling(p);
        }
        let Some(parent) = doc.parent(node) else {
            return true;
        };
        match doc.local_name(parent) {
            Some(name) if !crate::dom::is_block_tag(name) => node = parent,
            _ => return true,
        }
    }
    false
}

/// The element that holds nothing but a label's text ("<strong>Autor:</strong>",
/// "<h4>Author</h4>"), or the text node itself.
fn label_element(doc: &Document, text_node: NodeId, label: &str) -> NodeId {
    let mut node = text_node;
    for _ in 0..3 {
        let Some(parent) = doc.parent(node) else {
            break;
        };
        if matches!(doc.tag_name(parent), Some("body" | "html") | None)
            || small_text(doc, parent).is_none_or(|t| normalize_space(&t) != label)
        {
            break;
        }
        node = parent;
    }
    node
}

/// The text that follows a node on its line: the inline siblings after it
/// up to a `<br>` or a block, or the first block sibling when nothing
/// inline comes first.
fn text_after(doc: &Document, node: NodeId) -> String {
    let mut out = String::new();
    let mut next = doc.next_sibling(node);
    while let Some(n) = next {
        next = doc.next_sibling(n);
        if let Some(t) = doc.text_node(n) {
            out.push_str(t);
        } else if let Some(name) = doc.local_name(n) {
            if doc.is(n, "br") {
                if out.trim().is_empty() {
                    continue;
                }
                break;
            }
            let block = crate::dom::is_block_tag(name);
            if block && !out.trim().is_empty() {
                break;
            }
            if let Some(t) = small_text(doc, n) {
                out.push(' ');
                out.push_str(&t);
            }
            if block {
                break;
            }
        }
        if out.len() > 200 {
            break;
        }
    }
    normalize_space(&out)
}

/// A line cut before the words that lead into its date or place ("A am
/// 24. Juli", "A on May 3", "A le 3 mai", "A - Berlin").
fn cut_before_connector(line: &str) -> &str {
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

/// `<meta>` keys that declare the author, most specific first.
const META_AUTHOR_KEYS: [&str; 9] = [
    "dc:creator",
    "dcterm:creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru:author",
    "byl",
    "citation_author",
];

/// Names the page's metadata declares as authors: JSON-LD people, then the
/// first `<meta>` key with a usable value, then a "Written by" label pair.
fn declared_authors(
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    source: &mut Option<String>,
) -> Vec<String> {
    let from_ld = finish_names(&ld.authors, site, Trust::Declared, source);
    if !from_ld.is_empty() {
        return from_ld;
    }
    for key in META_AUTHOR_KEYS {
        // Library-style keys write one person per tag, "Last, First".
        let library = matches!(key, "dc:creator" | "dcterm:creator" | "citation_author");
        let vals: Vec<String> = sig
            .meta_all_pref(key)
            .map(|v| match library.then(|| uninverted_name(v)).flatten() {
                Some(n) => n,
                None => v.to_owned(),
            })
            .collect();
        let names = finish_names(&vals, site, Trust::Declared, source);
        if !names.is_empty() {
            return names;
        }
    }
    let labelled: Vec<String> = twitter_labelled_author(sig).into_iter().collect();
    finish_names(&labelled, site, Trust::Declared, source)
}

/// "Berg, Maarten van den" → "Maarten van den Berg", "Aalto, K." → "K. Aalto":
/// one comma, a surname of one word (or a particle and a word) before it,
/// one to three given names or initials after it.
fn uninverted_name(v: &str) -> Option<String> {
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

/// The value of a `twitter:labelN` / `twitter:dataN` pair whose label says
/// "Written by" (SEO plugins state the author so).
fn twitter_labelled_author(sig: &Signals<'_>) -> Option<String> {
    const LABEL_KEYS: [(&str, &str); 4] = [
        ("twitter:label1", "twitter:data1"),
        ("twitter:label2", "twitter:data2"),
        ("twitter:label3", "twitter:data3"),
        ("twitter:label4", "twitter:data4"),
    ];
    LABEL_KEYS.iter().find_map(|&(label, data)| {
        let l = sig.meta(label)?.trim().to_lowercase();
        let says_author = matches!(
            l.as_str(),
            "written by"
                | "author"
                | "verfasst von"
                | "geschrieben von"
                | "autor"
                | "écrit par"
                | "escrito por"
                | "scritto da"
                | "geschreven door"
        );
        says_author
            .then(|| sig.meta(data))
            .flatten()
            .map(str::to_owned)
    })
}

/// The first usable list of names down the chain of signals. Weak lists
/// are held back while a later signal may still name a person: user
/// handles only ("xk4410" before "Jonah Abel"), or the site's own name.
struct FirstNames<'a> {
    site: Option<&'a str>,
    weak: Option<Vec<String>>,
}

impl FirstNames<'_> {
    fn offer(&mut self, names: Vec<String>) -> Option<Vec<String>> {
        if names.is_empty() {
            return None;
        }
        let site_only = matches!((self.site, names.as_slice()), (Some(s), [n]) if same_text(s, n));
        if site_only || names.iter().all(|n| looks_like_handle(n)) {
            self.weak.get_or_insert(names);
            return None;
        }
        Some(names)
    }
}

/// A user name rather than a person's: one word with a digit or `_`, or
/// all lower case.
fn looks_like_handle(n: &str) -> bool {
    !n.contains(' ')
        && (n.chars().any(|c| c.is_ascii_digit() || c == '_')
            || n.chars().all(|c| !c.is_uppercase()) && n.chars().any(char::is_lowercase))
}

/// What every author signal looks at.
struct Page<'p, 'd> {
    doc: &'d Document,
    sig: &'p Signals<'d>,
    ld: &'p LdInfo,
    site: Option<&'p str>,
}

/// The names in (at most `max`) nodes outside page furniture: the
/// `itemprop=name` inside when there is one (an author link around a
/// photo, its credit and the name), else the text.
fn texts_outside_furniture(doc: &Document, nodes: &[NodeId], max: usize) -> Vec<String> {
    nodes
        .iter()
        .filter(|&&n| !in_furniture(doc, n))
        .filter_map(|&n| itemprop_author(doc, n))
        .take(max)
        .collect()
}

/// One signal: the names it finds (wire services go to the source).
type Signal = fn(&Page<'_, '_>, &mut Option<String>) -> Vec<String>;

/// The signals, from the most to the least reliable.
const SIGNALS: [Signal; 8] = [
    |p, src| declared_authors(p.sig, p.ld, p.site, src),
    // `itemprop=author` outside teaser lists.
    |p, src| {
        let item: Vec<String> = p
            .sig
            .item
            .authors
            .iter()
            .filter(|&&a| !in_teasers(p.doc, a))
            .filter_map(|&a| itemprop_author(p.doc, a))
            .collect();
        finish_names(&item, p.site, Trust::Declared, src)
    },
    // `rel=author` outside page furniture.
    |p, src| {
        let rel = texts_outside_furniture(p.doc, &p.sig.rel_author, usize::MAX);
        finish_names(&rel, p.site, Trust::Marked, src)
    },
    |p, src| visible_byline(p.doc, p.sig, p.site, src).unwrap_or_default(),
    // A meta line with a "by" word: "Ein Artikel von A | 27.01.2022".
    |p, src| by_word_in_meta_lines(p.doc, p.sig, p.site, src).unwrap_or_default(),
    // A labelled line: "Autor: A", "<h4>Author</h4><p>A</p>".
    |p, src| labelled_author_line(p.doc, p.site, src).unwrap_or_default(),
    // Links to an author page ("/author/jane-doe/") outside teaser lists.
    |p, src| {
        let linked = texts_outside_furniture(p.doc, &p.sig.author_links, 4);
        finish_names(&linked, p.site, Trust::Marked, src)
    },
    // A name in the headline's date line: "04.02.2022 | 13:10 | A B".
    |p, src| name_in_date_line(p.doc, p.sig, p.site, src).unwrap_or_default(),
];

/// The one name in a short date line just before or after the headline,
/// set off by separators ("04.02.2022 | 13:10 Uhr | Ana Lima",
/// "21. Jan 2022 // Ana Lima"): a part of two or three capitalised words
/// with no digits.
fn name_in_date_line(
    doc: &Document,
    sig: &Signals<'_>,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    let headline = sig
        .h1s
        .iter()
        .copied()
        .find(|&h| !is_logo_heading(doc, h))?;
    // The site's name is often in the page title too; a person's rarely.
    let page_title = sig.title.map(|t| doc.text(t)).unwrap_or_default();
    for (id, line) in lines_around(doc, headline, 3, 6) {
        if line.len() > 120 || in_furniture(doc, id) || find_date_in_text(line).is_none() {
            continue;
        }
        let names: Vec<&str> = line
            .split(['|', '•', '·'])
            .flat_map(|part| part.split(" // "))
            .flat_map(|part| part.split(" - "))
            .map(str::trim)
            .filter(|part| {
                let words: Vec<&str> = part.split_whitespace().collect();
                !part.contains(|c: char| c.is_ascii_digit())
                    && !page_title.contains(part)
                    && looks_personal(&words)
                    && words.iter().all(|w| {
                        // Capitalised, not shouted ("PAID CONTENT").
                        w.starts_with(char::is_uppercase)
                            && w.chars().skip(1).any(char::is_lowercase)
                            && !is_calendar_word(w)
                    })
            })
            .collect();
        if let [name] = names.as_slice() {
            let found = finish_names(&[(*name).to_owned()], site, Trust::Visible, wire);
            if !found.is_empty() {
                return Some(found);
            }
        }
    }
    None
}

/// The authors and the wire source of the page: the first signal that
/// names someone wins (weak lists held back, see [`FirstNames`]).
pub(super) fn authors(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
) -> (Vec<String>, Option<String>) {
    let page = Page { doc, sig, ld, site };
    let mut source = None;
    let mut first = FirstNames { site, weak: None };
    for signal in SIGNALS {
        if let Some(names) = first.offer(signal(&page, &mut source)) {
            return (names, source);
        }
    }
    if let Some(weak) = first.weak {
        return (weak, source);
    }
    // No person named: the organisation the page declares as author, even
    // the publisher itself ("City Wire"), or declared names that were only
    // the site's own.
    let orgs = finish_names(&ld.org_authors, None, Trust::Declared, &mut source);
    if !orgs.is_empty() {
        return (orgs, source);
    }
    let declared_any = !ld.authors.is_empty()
        || META_AUTHOR_KEYS.iter().any(|k| sig.meta(k).is_some())
        || twitter_labelled_author(sig).is_some();
    if !declared_any {
        return (Vec::new(), source);
    }
    let names = declared_authors(sig, ld, None, &mut source);
    (names, source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_label_table_for_lines_and_byline_elements() {
        // Anywhere: a label before a name, or with a colon.
        assert_eq!(strip_by("Written by Ana Lima"), "Ana Lima");
        assert_eq!(label_len("Autorin: Ana Lima", Place::Line), Some(8));
        assert_eq!(label_len("Text: Ana Lima", Place::Line), Some(5));
        // "Text" without a colon opens sentences, not bylines.
        assert_eq!(label_len("Text messages rose", Place::Line), None);
        // Short foreign "by" words count only inside a byline element.
        assert_eq!(label_len("door Jan de Vries", Place::Line), None);
        assert_eq!(strip_by("door Jan de Vries"), "Jan de Vries");
        assert_eq!(strip_by("By: Ana Lima"), "Ana Lima");
        assert_eq!(strip_by("by, Ana Lima"), "Ana Lima");
        // A name that starts like a label is left alone.
        assert_eq!(strip_by("Byron Diaz"), "Byron Diaz");
        assert_eq!(strip_by("Dimitri Hale"), "Dimitri Hale");
        assert_eq!(
            label_len("By Christmas eve the roads were clear", Place::Line),
            Some(2)
        );
    }
}
