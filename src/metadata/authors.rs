//! Authors: declared names (JSON-LD, `<meta>`, `itemprop`), marked ones
//! (`rel=author`, author-page links), visible bylines and labelled author
//! lines, cleaned into a list of people (or, when the page names no person,
//! the organisation it names as author). Wire services go to `source`.

use std::borrow::Cow;

use super::byline::{is_wire_service, parse_byline};
use super::jsonld::LdInfo;
use super::signals::{MAX_SMALL_SUBTREE, Signals};
use super::{decode_entities, in_furniture, same_text, small_text};
use crate::dom::{Document, NodeId};
use crate::normalize_space;

/// Words that are not names when they stand alone.
fn is_placeholder_name(n: &str) -> bool {
    let l = n.to_lowercase();
    matches!(
        l.as_str(),
        "staff"
            | "admin"
            | "administrator"
            | "editor"
            | "editors"
            | "editorial"
            | "editorial staff"
            | "editorial team"
            | "newsroom"
            | "news desk"
            | "web desk"
            | "staff writer"
            | "staff reporter"
            | "unknown"
            | "anonymous"
            | "guest"
            | "author"
            | "redaktion"
            | "rédaction"
            | "null"
            | "none"
    )
}

/// Strips a leading "By" (and friends) from a byline.
fn strip_by(s: &str) -> &str {
    let mut t = s.trim_start();
    for p in [
        "written by",
        "posted by",
        "words by",
        "text by",
        "story by",
        "by:",
        "by,",
        "by",
        "author",
        "autor",
        "autorin",
        "von",
        "par",
        "por",
        "door",
        "di",
        "av",
        "author:",
        "authors:",
    ] {
        if t.len() > p.len() && t.is_char_boundary(p.len()) && t[..p.len()].eq_ignore_ascii_case(p)
        {
            let rest = &t[p.len()..];
            if p.ends_with([':', ','])
                || rest.starts_with(|c: char| c.is_whitespace() || c == ':' || c == ',')
            {
                t = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == ',');
                break;
            }
        }
    }
    t
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
    for part in s.split([',', ';', '&', '|', '•', '·']) {
        let mut rest = part;
        loop {
            let lower = rest.to_ascii_lowercase();
            let cut = [" and ", " und ", " et ", " y ", " e "]
                .iter()
                .filter_map(|w| lower.find(w).map(|i| (i, w.len())))
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
    matches!(
        l.as_str(),
        "editor"
            | "editors"
            | "correspondent"
            | "reporter"
            | "writer"
            | "columnist"
            | "contributor"
            | "producer"
            | "photographer"
            | "staff"
            | "desk"
            | "team"
            | "senior"
            | "chief"
            | "deputy"
            | "managing"
            | "associate"
            | "contributing"
            | "follow"
            | "view"
            | "posts"
            | "profile"
            | "more"
            | "published"
            | "updated"
            | "share"
            | "email"
            | "twitter"
            | "facebook"
            | "about"
            | "bureau"
            | "redakteur"
            | "redakteurin"
            | "autor"
            | "autorin"
            | "journalist"
            | "journaliste"
            | "analyst"
            | "chefredakteur"
            | "chefredakteurin"
            | "redaktion"
            | "experte"
            | "expertin"
            | "korrespondent"
            | "korrespondentin"
            | "rédacteur"
            | "rédactrice"
            | "envoyé"
            | "envoyée"
            | "spécial"
            | "spéciale"
            | "editor-in-chief"
            | "shares"
            | "comments"
    )
}

fn is_credential(w: &str) -> bool {
    let t = w.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        t,
        "MA" | "MD"
            | "PhD"
            | "Ph.D"
            | "RN"
            | "MPH"
            | "MS"
            | "MSc"
            | "BSc"
            | "DO"
            | "DDS"
            | "Jr"
            | "Sr"
            | "FACP"
            | "MBA"
            | "LCSW"
            | "RD"
            | "CPA"
            | "PharmD"
    )
}

/// Lower-case words allowed inside names ("Michiel de Jong").
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "das"
            | "do"
            | "dos"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "du"
            | "di"
            | "bin"
            | "bint"
            | "al"
            | "el"
            | "ibn"
            | "ten"
            | "ter"
            | "y"
            | "e"
            | "zu"
            | "af"
            | "st."
    )
}

/// Month and weekday words that end a byline ("By A March 3, 2015").
fn is_calendar_word(w: &str) -> bool {
    let l = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let l = l.as_str();
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "updated",
        "published",
        "posted",
        "on",
        "at",
    ]
    .contains(&l)
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
    if n.contains('@') || n.contains("://") || n.starts_with("www.") || n.contains(".com") {
        return None;
    }
    if n.chars().any(|c| c.is_ascii_digit()) || n.contains(['<', '>', '{', '}', '=']) {
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
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "GmbH" | "Ltd" | "Inc" | "LLC" | "AG" | "Corp" | "KG" | "SRL" | "SARL" | "BV"
        )
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
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "news"
                    | "times"
                    | "post"
                    | "daily"
                    | "media"
                    | "press"
                    | "magazine"
                    | "journal"
                    | "tribune"
                    | "herald"
                    | "network"
                    | "group"
                    | "online"
                    | "tv"
                    | "radio"
                    | "gazette"
                    | "weekly"
                    | "channel"
                    | "agency"
                    | "the"
                    | "inc"
                    | "ltd"
                    | "blog"
                    | "review"
                    | "world"
                    | "today"
                    | "report"
                    | "club"
            )
        })
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
        for part in split_names(&decode_entities(r)) {
            if is_wire_service(part.trim()) {
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

/// A visible byline's text cut before separators and dates ("By A |
/// March 3, 2015" → "By A").
fn byline_text(t: &str) -> &str {
    let mut cut = t.find(['|', '•', '·', '\n']).unwrap_or(t.len());
    if let Some(d) = t[..cut].find(|c: char| c.is_ascii_digit()) {
        cut = d;
    }
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
                match parse_byline(&text).or_else(|| parse_byline(byline_text(&text))) {
                    Some(parsed) if !parsed.authors.is_empty() => {
                        names.extend(parsed.authors);
                        source = source.or(parsed.source);
                    }
                    // Our own splitter (strictly checked below) reads forms
                    // the byline parser declines ("Written by A Edited by B").
                    _ => names.push(byline_text(&text).to_owned()),
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
        let lower = text.to_ascii_lowercase();
        let at = [" by ", " von ", " par ", " por ", " door ", " di "]
            .iter()
            .filter_map(|w| lower.find(w).map(|i| i + w.len()))
            .min()
            .or_else(|| {
                ["by ", "von ", "par ", "por "]
                    .iter()
                    .find(|w| lower.starts_with(*w))
                    .map(|w| w.len())
            })?;
        let rest = byline_text(&text[at..]);
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

pub(super) fn authors(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
) -> (Vec<String>, Option<String>) {
    let mut source = None;
    let from_ld = finish_names(&ld.authors, site, Trust::Declared, &mut source);
    if !from_ld.is_empty() {
        return (from_ld, source);
    }
    for key in [
        "dc:creator",
        "dcterm:creator",
        "author",
        "article:author",
        "parsely-author",
        "sailthru:author",
        "byl",
        "citation_author",
    ] {
        let vals: Vec<String> = sig.meta_all_pref(key).map(str::to_owned).collect();
        let names = finish_names(&vals, site, Trust::Declared, &mut source);
        if !names.is_empty() {
            return (names, source);
        }
    }
    let item: Vec<String> = sig
        .item
        .authors
        .iter()
        .filter(|&&a| !in_teasers(doc, a))
        .filter_map(|&a| itemprop_author(doc, a))
        .collect();
    let names = finish_names(&item, site, Trust::Declared, &mut source);
    if !names.is_empty() {
        return (names, source);
    }
    let rel: Vec<String> = sig
        .rel_author
        .iter()
        .filter(|&&a| !in_furniture(doc, a))
        .filter_map(|&a| small_text(doc, a))
        .collect();
    let names = finish_names(&rel, site, Trust::Marked, &mut source);
    if !names.is_empty() {
        return (names, source);
    }
    if let Some(names) = visible_byline(doc, sig, site, &mut source) {
        return (names, source);
    }
    // A meta line with a "by" word: "Ein Artikel von A | 27.01.2022".
    if let Some(names) = by_word_in_meta_lines(doc, sig, site, &mut source) {
        return (names, source);
    }
    // Links to an author page ("/author/jane-doe/") outside teaser lists.
    let linked: Vec<String> = sig
        .author_links
        .iter()
        .filter(|&&a| !in_furniture(doc, a))
        .filter_map(|&a| small_text(doc, a))
        .take(4)
        .collect();
    let names = finish_names(&linked, site, Trust::Marked, &mut source);
    if !names.is_empty() {
        return (names, source);
    }
    // Organisations named as authors (never the publisher itself).
    let orgs = finish_names(&ld.org_authors, site, Trust::Declared, &mut source);
    let publisher = ld.publisher.as_deref();
    let orgs = orgs
        .into_iter()
        .filter(|o| !publisher.is_some_and(|p| same_text(p, o)))
        .collect();
    (orgs, source)
}
