//! Where a page names its authors: declared metadata (JSON-LD, `<meta>`,
//! `twitter:label`), visible byline elements, "by" words in date lines,
//! labelled author lines and a lone name in the date line under the
//! headline. Each returns raw candidates cleaned by `clean`.

use super::super::jsonld::LdInfo;
use super::super::signals::{MAX_SMALL_SUBTREE, Signals};
use super::super::title::is_logo_heading;
use super::super::{
    holds_main_column, in_furniture, lines_around, same_text, small_text, text_nodes_from,
};
use super::clean::*;
use super::split::*;
use crate::dom::{Document, NodeId};
use crate::lexicon::bylines;
use crate::normalize_space;
use crate::parse::byline::parse_byline;
use crate::parse::date::find_date_in_text;
use crate::tuning;

/// True when a node sits in comments, teaser lists or a sidebar (a lighter
/// test than [`in_furniture`]: article footers may carry the author).
pub(super) fn in_teasers(doc: &Document, id: NodeId) -> bool {
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
pub(super) fn itemprop_author(doc: &Document, id: NodeId) -> Option<String> {
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

/// Names from the visible byline elements: the first usable candidate
/// outside page furniture; when it holds nested candidates, their innermost
/// ones (one per author) are read instead of its whole text.
pub(super) fn visible_byline(
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
                let Some(mut text) = small_text(doc, n).map(|_| doc.text_apart(n)) else {
                    continue;
                };
                if text.chars().count() > 160 {
                    // An author box: the name on its first line, the bio after.
                    match first_line(doc, n) {
                        Some(line) if line.chars().count() <= 60 => text = line,
                        _ => continue,
                    }
                }
                // "Eingestellt von A", "Submitted by A": the byline parser
                // knows "By" but not the longer labels.
                let text = match label_len(&text, ReadingContext::Line) {
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
                    _ => names.push(name_part(after_by_word(text).unwrap_or(text), site)),
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
        let Some(text) = small_text(doc, c).filter(|t| t.chars().count() <= 160) else {
            continue;
        };
        let text = normalize_space(&text);
        let rest = match label_len(&text, ReadingContext::Byline) {
            Some(at) => Some(&text[at..]),
            None => after_by_word(&text),
        };
        if let Some(names) = rest.and_then(|r| one_word_after_label(r, site, wire)) {
            return Some(names);
        }
    }
    None
}

/// The one word an explicit author label or "by" word introduces
/// ("Posted by Nesselsetzer under News", "Verfasst von: mitundvoneinander
/// | 31. Dezember", "13:30 von Olga"): a first name or a user handle,
/// which visible text alone does not make a name. `rest` is the text after
/// the label. A capitalised word ends at a lower-case word that is no name
/// particle ("Nesselsetzer under").
fn one_word_after_label(
    rest: &str,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    // Up to a separator or a word that opens with a digit (a date); every
    // word kept ("Audiophile On" is two words, not one and a trailing
    // "on"), digits inside a handle too ("kestrel9").
    let mut prev = ' ';
    let cut = rest
        .char_indices()
        .find(|&(_, c)| {
            let date = c.is_ascii_digit() && prev.is_whitespace();
            prev = c;
            date || matches!(c, '|' | '•' | '·' | '\n')
        })
        .map_or(rest.len(), |(i, _)| i);
    let rest = rest[..cut].trim();
    let mut words = rest.split_whitespace();
    let first = words.next()?;
    let ends_here = match words.next() {
        None => true,
        Some("-" | "–" | "—") => true,
        // A date word ends any name ("kestrel9 on Friday"); a lower-case
        // word ends a capitalised one ("Nesselsetzer under News").
        Some(next) => {
            next.starts_with(char::is_lowercase)
                && (is_calendar_word(next)
                    || (first.starts_with(char::is_uppercase) && !is_name_particle(next)))
        }
    };
    // Another label ("Auteur : Auteur(s) :") is no name.
    let label_word = first.contains(['(', ')', ':'])
        || label_len(first, ReadingContext::Byline).is_some()
        || bylines::is_label(&first.to_lowercase(), bylines::BY_WORD_LEADING);
    if !ends_here || label_word {
        return None;
    }
    let names = finish_names(&[first.to_owned()], site, Trust::Marked, wire);
    (names.len() == 1).then_some(names)
}

/// The part of a byline line that reads as a name: the text before its
/// first separator or date, else the first later part that does ("Dec. 19,
/// 2025 · Ana Lima").
fn name_part(text: &str, site: Option<&str>) -> String {
    let first = byline_text(text);
    let reads_as_name =
        |t: &str| !finish_names(&[t.to_owned()], site, Trust::Visible, &mut None).is_empty();
    if reads_as_name(first) {
        return first.to_owned();
    }
    text.split(['|', '•', '·'])
        .skip(1)
        .map(byline_text)
        .find(|p| reads_as_name(p))
        .unwrap_or(first)
        .to_owned()
}

/// The text of a node up to its first line break (a block element or a
/// `<br>` after some text), whitespace normalised; `None` when empty.
fn first_line(doc: &Document, id: NodeId) -> Option<String> {
    let mut out = String::new();
    for d in doc.descendants(id).skip(1) {
        if let Some(t) = doc.text_node(d) {
            if !doc
                .ancestors(d)
                .take_while(|&a| a != id)
                .any(|a| doc.local_name(a).is_some_and(crate::dom::is_invisible_tag))
            {
                out.push_str(t);
            }
        } else if let Some(name) = doc.local_name(d) {
            if (doc.is(d, "br") || crate::dom::is_block_tag(name)) && !out.trim().is_empty() {
                break;
            }
        }
        if out.len() > 400 {
            return None;
        }
    }
    let line = normalize_space(&out);
    (!line.is_empty()).then_some(line)
}

/// Names after a "by" word (by, von, par, por, door, di) in the short
/// date/meta lines of the page, strictly checked.
pub(super) fn by_word_in_meta_lines(
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
        if let Some(names) = one_word_after_label(after, site, wire) {
            return Some(names);
        }
    }
    None
}

/// Text nodes that start with an author label, in document order (at most
/// 48). Scanned only when no earlier signal named the author: most pages
/// never pay for it.
pub(super) fn author_label_nodes(doc: &Document) -> Vec<NodeId> {
    text_nodes_from(doc, 0)
        // A label line is short; paragraphs are skipped unread.
        .filter(|&(_, t)| t.len() <= 240 && label_len(t, ReadingContext::Line).is_some())
        .map(|(id, _)| id)
        .take(48)
        .collect()
}

/// Names from a labelled line ("Autor: A", "<strong>Text:</strong> A",
/// "<h4>Author</h4><p>A</p>", "Eingestellt von A um 10:02"). Every part of
/// the line must read as a name: a sentence that starts with "By" is not a
/// byline.
pub(super) fn labelled_author_line(
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
        let Some(at) = label_len(raw, ReadingContext::Line) else {
            continue;
        };
        let own = normalize_space(&raw[at..]);
        let full = if own.is_empty() {
            text_after(doc, label_element(doc, t, &normalize_space(raw)))
        } else {
            format!("{own} {}", text_after(doc, t))
        };
        let line = cut_before_connector(full.trim());
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
        // An explicit label (several words, or a colon) may introduce a
        // first name or a handle.
        let label = raw[..at].trim_matches(|c: char| c.is_whitespace() || "-–—|·•".contains(c));
        let explicit = label.ends_with(':') || label.contains(' ');
        if let Some(names) = explicit
            .then(|| one_word_after_label(&full, site, wire))
            .flatten()
        {
            return Some(names);
        }
    }
    None
}

/// True when nothing but whitespace, `<br>`s or empty inline elements comes
/// before a node on its line ("<p>Autor: A</p>", not "… written by A").
pub(super) fn starts_line(doc: &Document, node: NodeId) -> bool {
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
pub(super) fn label_element(doc: &Document, text_node: NodeId, label: &str) -> NodeId {
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
pub(super) fn text_after(doc: &Document, node: NodeId) -> String {
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

/// Names the page's metadata declares as authors: JSON-LD people, then the
/// first `<meta>` key with a usable value, then a "Written by" label pair.
pub(super) fn declared_authors(
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    source: &mut Option<String>,
) -> Vec<String> {
    let from_ld = finish_names(&ld.authors, site, Trust::Declared, source);
    if !from_ld.is_empty() {
        return from_ld;
    }
    for key in bylines::META_AUTHOR_KEYS {
        // Library-style keys write one person per tag, "Last, First".
        let library = bylines::INVERTED_NAME_META_KEYS.contains(&key);
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

/// The value of a `twitter:labelN` / `twitter:dataN` pair whose label says
/// "Written by" (SEO plugins state the author so).
pub(super) fn twitter_labelled_author(sig: &Signals<'_>) -> Option<String> {
    const LABEL_KEYS: [(&str, &str); 4] = [
        ("twitter:label1", "twitter:data1"),
        ("twitter:label2", "twitter:data2"),
        ("twitter:label3", "twitter:data3"),
        ("twitter:label4", "twitter:data4"),
    ];
    LABEL_KEYS.iter().find_map(|&(label, data)| {
        let l = sig.meta(label)?.trim().to_lowercase();
        let says_author = bylines::is_label(&l, bylines::TWITTER_LABEL);
        says_author
            .then(|| sig.meta(data))
            .flatten()
            .map(str::to_owned)
    })
}

/// The one name in a short date line just before or after the headline,
/// set off by separators ("04.02.2022 | 13:10 Uhr | Ana Lima",
/// "21. Jan 2022 // Ana Lima"): a part of two or three capitalised words
/// with no digits.
pub(super) fn name_in_date_line(
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
        // The date, then a "by" word and the author: "06.11.2023 13:30 von
        // Olga", "May 3, 2024 by Ana Lima".
        if let Some(after) = after_by_word(line) {
            let before = &line[..line.len() - after.len()];
            if find_date_in_text(before).is_some() {
                let found =
                    finish_names(&[byline_text(after).to_owned()], site, Trust::Visible, wire);
                if !found.is_empty() {
                    return Some(found);
                }
                if let Some(found) = one_word_after_label(after, site, wire) {
                    return Some(found);
                }
            }
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
    name_beside_date_line(doc, headline, &page_title, site, wire)
}

/// A name alone on the line just before or after the headline's date
/// line, the two in separate elements of one meta block ("Elliot Raba" /
/// "23.07.2025 · 6 min read", "Podium Staff" / "May 2, 2025").
fn name_beside_date_line(
    doc: &Document,
    headline: NodeId,
    page_title: &str,
    site: Option<&str>,
    wire: &mut Option<String>,
) -> Option<Vec<String>> {
    let mut above = lines_around(doc, headline, tuning::NAME_LINES_BEFORE_HEADLINE, 0);
    above.reverse();
    let below = lines_around(doc, headline, 0, tuning::NAME_LINES_AFTER_HEADLINE);
    for side in [&below, &above] {
        let Some(at) = side.iter().position(|&(id, line)| {
            line.len() <= tuning::MAX_NAME_DATE_LINE_BYTES
                && !in_furniture(doc, id)
                && find_date_in_text(line).is_some()
        }) else {
            continue;
        };
        let beside = [at.checked_sub(1), Some(at + 1)];
        for (id, line) in beside.into_iter().flatten().filter_map(|i| side.get(i)) {
            let words: Vec<&str> = line.split_whitespace().collect();
            let shaped = (looks_personal(&words) || is_collective(&words))
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_alphabetic)
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && !is_calendar_word(w)
                });
            if !shaped || in_furniture(doc, *id) || page_title.contains(line) {
                continue;
            }
            let found = finish_names(&[(*line).to_owned()], site, Trust::Visible, wire);
            if !found.is_empty() {
                return Some(found);
            }
        }
    }
    None
}

/// The person a copyright line of the page names ("© 2019 Ana Lima" on a
/// personal site), the last such line outside figures and photo credits:
/// a name of two or three capitalised words that is no organisation and
/// not the site's name. Read only when nothing else names an author.
///
/// The name must also stand in the site's host (`owner`, squashed:
/// "analima.example"): a company's copyright line is no byline.
pub(super) fn copyright_person(
    doc: &Document,
    site: Option<&str>,
    owner: &[String],
) -> Option<Vec<String>> {
    let mut found = None;
    for (id, t) in text_nodes_from(doc, 0) {
        if t.len() > 400 || !(t.contains('©') || t.contains("opyright")) {
            continue;
        }
        let Some(name) = copyright_holder(t) else {
            continue;
        };
        let in_figure = doc.ancestors(id).any(|a| {
            doc.is(a, "figure")
                || doc.is(a, "figcaption")
                || doc
                    .attr(a, "class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("credit"))
        });
        let words: Vec<&str> = name.split_whitespace().collect();
        let personal = looks_personal(&words)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
            })
            && !site.is_some_and(|s| same_text(s, name))
            && {
                let n = super::super::squash(name);
                owner.iter().any(|o| o.contains(&n))
            };
        if !in_figure && personal {
            found = Some(name.to_owned());
        }
    }
    let names = finish_names(&[found?], site, Trust::Visible, &mut None);
    (!names.is_empty()).then_some(names)
}

/// A user name the markup marks as one (class `username`) right after a
/// "by" word on its line ("Von <a class=username>ana.lima</a> am 3. Mai",
/// "Submitted by <span class=username>kestrel</span>"): the author's
/// handle, kept as written. Comments and teaser lists are left out.
pub(super) fn username_after_by(doc: &Document) -> Option<Vec<String>> {
    for id in doc.elements().take(tuning::MAX_USERNAME_SCAN_ELEMENTS) {
        let marked = doc.attr(id, "class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("username"))
        });
        if !marked {
            continue;
        }
        let Some(prev) = doc.prev_sibling(id).and_then(|p| doc.text_node(p)) else {
            continue;
        };
        let last = prev
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let by = bylines::is_label(&last, bylines::BY_WORD_INSIDE)
            || bylines::is_label(&last, bylines::BY_WORD_LEADING);
        if !by || in_teasers(doc, id) || in_furniture(doc, id) {
            continue;
        }
        let Some(text) = small_text(doc, id) else {
            continue;
        };
        let name = normalize_space(&text);
        if name.chars().count() >= 2 && is_handle(&name) && !is_placeholder_name(&name) {
            return Some(vec![name]);
        }
    }
    None
}
