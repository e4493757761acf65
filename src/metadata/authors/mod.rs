//! Authors: declared names (JSON-LD, `<meta>`, `itemprop`), marked ones
//! (`rel=author`, author-page links), visible bylines and labelled author
//! lines, cleaned into a list of people (or, when the page names no person,
//! the organisation it names as author). Wire services go to `source`.
//!
//! Files: `split` cuts byline text into candidate name strings and
//! `clean` checks and cleans those into names (both strings only);
//! `sources` finds candidates in the page (DOM); this module runs the
//! signal chain, strongest first.

mod clean;
mod sources;
mod split;

use super::jsonld::LdInfo;
use super::signals::Signals;
use super::{in_furniture, same_text};
use crate::dom::{Document, NodeId};
use crate::lexicon::bylines;
use crate::normalize_space;
use crate::tuning;
use clean::*;
use sources::*;
use split::{ReadingContext, after_by_word, label_len, split_names};

/// The first usable list of names down the chain of signals. Weak lists
/// are held back while a later signal may still name a person: user
/// handles only ("xk4410" before "Jonah Abel"), a team or desk ("Podium
/// Staff"), or the site's own name.
pub(super) struct FirstNames<'a> {
    site: Option<&'a str>,
    /// The publisher's names the page declares (JSON-LD `publisher` and
    /// `WebSite`, `<meta name=publisher>`): an author of that name is the
    /// organisation, held back like the site's name while a person may
    /// still be named.
    publishers: Vec<String>,
    weak: Option<Vec<String>>,
}

impl FirstNames<'_> {
    /// `declared`: the names come from the page's metadata, where a team
    /// is not held back.
    fn offer(&mut self, mut names: Vec<String>, declared: bool) -> Option<Vec<String>> {
        let team = |n: &String| is_collective(&n.split_whitespace().collect::<Vec<_>>());
        // The site's own staff beside the people it credits ("A, Philly
        // Staff" on Philly's site) is not an author of its own.
        let site = self.site;
        let own_staff = |n: &String| {
            team(n)
                && site.is_some_and(|s| {
                    n.rsplit_once(' ')
                        .is_some_and(|(head, _)| same_text(s, head.trim_start_matches("The ")))
                })
        };
        if names.iter().any(|n| !team(n)) {
            names.retain(|n| !own_staff(n));
        }
        if names.is_empty() {
            return None;
        }
        let site_only = match names.as_slice() {
            [n] => {
                self.site.is_some_and(|s| same_text(s, n))
                    || self.publishers.iter().any(|p| same_text(p, n))
            }
            _ => false,
        };
        let weak = |n: &String| looks_like_handle(n) || (!declared && team(n));
        // A declared author that names an institution ("Landesanstalt für
        // Wald", "Institute for X") is the site-wide default: a person the
        // article's own markup names comes first.
        let institution = declared && names.iter().any(|n| names_institution(n));
        if site_only || institution || names.iter().all(weak) {
            self.weak.get_or_insert(names);
            return None;
        }
        Some(names)
    }
}

/// A name holding an institution's word ("Institute", "Foundation") or a
/// German compound ending in one ("Landesanstalt", "Forschungsinstitut").
fn names_institution(n: &str) -> bool {
    n.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        crate::lexicon::organisations::INSTITUTION_WORDS.contains(&w.as_str())
            || crate::lexicon::organisations::INSTITUTION_ENDINGS
                .iter()
                .any(|e| w.len() > e.len() && w.ends_with(e))
    })
}

/// A name without a trailing parenthesised aside: "Deutsche Welle
/// (www.dw.com)" → "Deutsche Welle".
fn without_aside(n: &str) -> String {
    let n = n.trim();
    match n.find(" (") {
        Some(i) if n.ends_with(')') && i > 0 => n[..i].trim().to_owned(),
        _ => n.to_owned(),
    }
}

/// A user name rather than a person's: one word with a digit or `_`, or
/// all lower case.
pub(super) fn looks_like_handle(n: &str) -> bool {
    !n.contains(' ')
        && (n.chars().any(|c| c.is_ascii_digit() || c == '_')
            || n.chars().all(|c| !c.is_uppercase()) && n.chars().any(char::is_lowercase))
}

/// What every author signal looks at.
pub(super) struct Page<'p, 'd> {
    doc: &'d Document,
    sig: &'p Signals<'d>,
    ld: &'p LdInfo,
    site: Option<&'p str>,
}

/// The names in (at most `max`) nodes outside page furniture: the
/// `itemprop=name` inside when there is one (an author link around a
/// photo, its credit and the name), else the text.
pub(super) fn texts_outside_furniture(doc: &Document, nodes: &[NodeId], max: usize) -> Vec<String> {
    nodes
        .iter()
        .filter(|&&n| !in_furniture(doc, n))
        .filter_map(|&n| itemprop_author(doc, n))
        .take(max)
        .collect()
}

/// One signal: the names it finds (wire services go to the source).
pub(super) type Signal = fn(&Page<'_, '_>, &mut Option<String>) -> Vec<String>;

/// The signals, from the most to the least reliable.
pub(super) const SIGNALS: [Signal; 9] = [
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
    // A marked user name after a "by" word: "Von <a class=username>ana.lima</a>".
    |p, _| username_after_by(p.doc).unwrap_or_default(),
];

/// The authors and the wire source of the page: the first signal that
/// names someone wins (weak lists held back, see [`FirstNames`]).
pub(super) fn authors(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    base: Option<&url::Url>,
) -> (Vec<String>, Option<String>, Option<crate::Signal>) {
    let page = Page { doc, sig, ld, site };
    let mut source = None;
    let publishers = [
        ld.publisher.as_deref(),
        ld.website_name.as_deref(),
        sig.meta("publisher"),
    ]
    .into_iter()
    .flatten()
    .map(without_aside)
    // A person who publishes their own site (a blog) is its author.
    .filter(|p| !ld.authors.iter().any(|a| same_text(a, p)))
    .collect();
    let mut first = FirstNames {
        site,
        publishers,
        weak: None,
    };
    let mut weak_from = None;
    for (i, signal) in SIGNALS.iter().enumerate() {
        let kind = signal_kind(i, ld);
        let had_weak = first.weak.is_some();
        if let Some(names) = first.offer(signal(&page, &mut source), i == 0) {
            if i == 0 {
                if let Some(shown) = byline_over_declared(&page, &names) {
                    return (shown, source, Some(crate::Signal::Visible));
                }
            }
            return (names, source, Some(kind));
        }
        if !had_weak && first.weak.is_some() {
            weak_from = Some(kind);
        }
    }
    if let Some(weak) = first.weak {
        return (weak, source, weak_from);
    }
    // No person named: the organisation the page declares as author, even
    // the publisher itself ("City Wire"), or declared names that were only
    // the site's own.
    let orgs = finish_names(&ld.org_authors, None, Trust::Declared, &mut source);
    if !orgs.is_empty() {
        return (orgs, source, Some(crate::Signal::JsonLd));
    }
    let declared_any = !ld.authors.is_empty()
        || bylines::META_AUTHOR_KEYS
            .iter()
            .any(|k| sig.meta(k).is_some())
        || twitter_labelled_author(sig).is_some();
    if !declared_any {
        // The person the page's copyright line names (a personal site).
        // The site's host names its owner ("analima.example").
        let owner: Vec<String> = sig
            .canonical
            .into_iter()
            .chain(sig.meta("og:url"))
            .filter_map(|u| url::Url::parse(u).ok())
            .chain(base.cloned())
            .filter_map(|u| u.host_str().map(super::squash))
            .collect();
        if let Some(names) = copyright_person(doc, site, &owner) {
            return (names, source, Some(crate::Signal::Visible));
        }
    } else {
        let names = declared_authors(sig, ld, None, &mut source);
        if !names.is_empty() {
            return (names, source, Some(signal_kind(0, ld)));
        }
    }
    (Vec::new(), source, None)
}

/// The visible byline instead of the names the metadata declares when it
/// credits them and co-authors the metadata left out: one byline element
/// whose text is a list of names ("By A, B and C") holding every declared
/// name and more. Every part of the list must read as a name, so a role
/// or a reviewer line beside the byline never adds an author.
fn byline_over_declared(page: &Page<'_, '_>, declared: &[String]) -> Option<Vec<String>> {
    let (doc, sig) = (page.doc, page.sig);
    let key = |n: &str| super::squash(without_honorific(n));
    let declared_keys: Vec<String> = declared.iter().map(|d| key(d)).collect();
    for &n in &sig.byline_nodes {
        let Some(text) = super::small_text(doc, n) else {
            continue;
        };
        if text.chars().count() > tuning::MAX_CO_AUTHOR_BYLINE_CHARS || in_furniture(doc, n) {
            continue;
        }
        let text = normalize_space(&text);
        let list = match label_len(&text, ReadingContext::Line) {
            Some(at) => text[at..].trim(),
            None => after_by_word(&text).unwrap_or(&text),
        };
        let parts = split_names(list);
        if parts.len() <= declared.len() {
            continue;
        }
        let names = finish_names(&[list.to_owned()], page.site, Trust::Visible, &mut None);
        let complete = names.len() == parts.len();
        let holds_declared = declared_keys
            .iter()
            .all(|d| names.iter().any(|s| &key(s) == d));
        if complete && holds_declared {
            return Some(names);
        }
    }
    None
}

/// A name without its leading academic or courtesy titles ("Dr. Ana
/// Lima" → "Ana Lima"), for comparing names only.
fn without_honorific(n: &str) -> &str {
    let mut n = n.trim();
    while let Some((first, rest)) = n.split_once(' ') {
        if !crate::lexicon::names::is_honorific(first) {
            break;
        }
        n = rest.trim_start();
    }
    n
}

/// The publisher organisation, to stand as the author of a page that
/// credits no person, team or organisation (applied last, after the page
/// kind and the "no article" decision, which it must not sway): the site's name (`og:site_name`, else
/// the JSON-LD `publisher` or `WebSite`, else the `<title>` suffix that
/// spells the page's host), when it reads as a name (a few words, no
/// tagline, no URL).
pub(super) fn publisher_as_author(
    doc: &Document,
    sig: &Signals<'_>,
    site: Option<&str>,
    page_urls: &[&str],
) -> Option<(String, crate::Signal)> {
    let titled;
    let site_declared = site;
    let site = match site {
        Some(s) => s,
        None => {
            titled = site_in_title(doc, sig, page_urls)?;
            titled.as_str()
        }
    };
    let name = without_aside(site);
    let words = name.split_whitespace().count();
    let reads_as_name = (1..=tuning::MAX_PUBLISHER_AUTHOR_WORDS).contains(&words)
        && !name.contains("://")
        && !name.contains(['|', '•', '·', ':', '»', '«', '–', '—'])
        && !name.contains(" - ")
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && !crate::parse::byline::is_wire_service(&name);
    // The `<title>` is page metadata, as `og:site_name` is.
    let from =
        if site_declared.is_none() || sig.first_meta(&["og:site_name", "og:sitename"]).is_some() {
            crate::Signal::Meta
        } else {
            crate::Signal::JsonLd
        };
    reads_as_name.then_some((name, from))
}

/// The site's name as the last segment of the page's `<title>` ("Story -
/// hausinfo", "Story | Greenpeace") on a page that declares none, when
/// that segment spells the first label of the page's host
/// ("hausinfo.ch", "www.greenpeace.de"): the publisher names itself there.
fn site_in_title(doc: &Document, sig: &Signals<'_>, page_urls: &[&str]) -> Option<String> {
    let title = normalize_space(&doc.text(sig.title?));
    let at = [" | ", " - ", " – ", " — ", " · "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| i + sep.len()))
        .max()?;
    let segment = title[at..].trim();
    let key = super::squash(segment);
    let spelled = page_urls
        .iter()
        .filter_map(|u| url::Url::parse(u).ok())
        .any(|u| {
            u.host_str().is_some_and(|h| {
                let label = h.trim_start_matches("www.").split('.').next().unwrap_or("");
                !key.is_empty() && super::squash(label) == key
            })
        });
    spelled.then(|| segment.to_owned())
}

/// The name of the person who started a thread (its first post's author
/// as the post shows it), cleaned: a user handle is kept as written
/// ("b.scherer", "r23"); other text must read as one name. `None` for an
/// avatar's initial, a placeholder or several names.
pub(crate) fn thread_starter(shown: &str) -> Option<String> {
    let n = crate::normalize_space(shown);
    if n.chars().count() >= 2 && is_handle(&n) && !is_placeholder_name(&n) {
        return Some(n);
    }
    match finish_names(&[n], None, Trust::Marked, &mut None).as_slice() {
        [one] if one.chars().count() >= 2 => Some(one.clone()),
        _ => None,
    }
}

/// The kind of signal [`SIGNALS`]`[i]` reads: declared names come from
/// JSON-LD when it names authors, else from `<meta>`.
fn signal_kind(i: usize, ld: &LdInfo) -> crate::Signal {
    use crate::Signal::*;
    match i {
        0 if !ld.authors.is_empty() => JsonLd,
        0 => Meta,
        1 => Microdata,
        _ => Visible,
    }
}
