//! The headline: the candidates the page offers (JSON-LD, meta titles,
//! `itemprop=headline`, `<title>`, the `<h1>`), the site's logo heading
//! left out, and the site's name cut from the chosen title.

use url::Url;

use super::jsonld::LdInfo;
use super::signals::Signals;
use super::{clean, in_furniture, same_text, small_text, squash};
use crate::dom::{Document, NodeId};
use crate::lexicon::class_names;
use crate::parse::text::contains_ci;
use crate::tuning;
use crate::{Signal, normalize_space};

/// Separators between a headline and a site name in `<title>`-like strings.
const TITLE_SEPARATORS: [&str; 12] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " • ", " › ", " ‹ ",
];

/// Splits at title separators (and ": ") into segments with their byte
/// ranges, so contiguous sub-ranges can be compared.
fn title_cuts(t: &str, colon: bool) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    for sep in TITLE_SEPARATORS
        .iter()
        .copied()
        .chain(colon.then_some(": "))
    {
        let mut from = 0;
        while let Some(i) = t[from..].find(sep) {
            let at = from + i;
            cuts.push((at, at + sep.len()));
            from = at + sep.len();
        }
    }
    cuts.sort_unstable();
    cuts
}

/// Does `site` name the site segment `seg`?
fn is_site_segment(seg: &str, site: &str) -> bool {
    let (a, b) = (squash(seg), squash(site));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b
        || (a.len() >= tuning::MIN_SITE_SEGMENT_BYTES && b.contains(&a))
        || (b.len() >= tuning::MIN_SITE_SEGMENT_BYTES
            && a.contains(&b)
            && a.len() <= b.len() + tuning::MAX_SITE_SEGMENT_EXTRA_BYTES)
}

/// Strips site-name prefixes/suffixes from a title.
fn strip_site(raw: &str, site: Option<&str>, h1s: &[String]) -> String {
    let raw = raw
        .trim()
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '·'))
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '–' | '—' | '·'));
    // "Headline (Site)".
    let raw = match (site, raw.rfind(" (")) {
        (Some(s), Some(i))
            if raw.ends_with(')') && is_site_segment(&raw[i + 2..raw.len() - 1], s) =>
        {
            raw[..i].trim_end()
        }
        _ => raw,
    };
    // An h1 equal to the whole title, or to a title with leading/trailing
    // segments cut away, is the headline.
    if h1s.iter().any(|h| same_text(h, raw)) {
        return raw.to_owned();
    }
    let cuts = title_cuts(raw, true);
    if cuts.is_empty() {
        // The site's domain run into the title ("example.com Headline").
        if let (Some(site), Some((first, rest))) = (site, raw.split_once(' ')) {
            let domain = first.trim_end_matches(':');
            if domain.contains('.')
                && !domain.ends_with('.')
                && is_site_segment(domain, site)
                && rest.split_whitespace().count() >= 2
            {
                return rest.trim().to_owned();
            }
        }
        return raw.to_owned();
    }
    let mut starts = vec![0];
    starts.extend(cuts.iter().map(|c| c.1));
    let mut ends: Vec<usize> = cuts.iter().map(|c| c.0).collect();
    ends.push(raw.len());
    for h in h1s {
        let hs = squash(h);
        if hs.len() < tuning::MIN_H1_MATCH_BYTES {
            continue;
        }
        for &s in &starts {
            for &e in &ends {
                if e > s && squash(&raw[s..e]) == hs {
                    return raw[s..e].trim().to_owned();
                }
            }
        }
    }
    // Site name as first or last segment (strong separators only, not ": "
    // unless it is a prefix naming the site).
    let cuts_strong = title_cuts(raw, false);
    let mut t = raw;
    if let Some(site) = site {
        if let Some(&(a, _)) = cuts_strong.last() {
            if is_site_segment(&t[cuts_strong.last().map_or(0, |c| c.1)..], site) {
                // The site is named once: the rest is the headline.
                return t[..a].trim().to_owned();
            }
        }
        // A leading segment must name the site itself, not a topic word
        // of a longer site name ("Tidal Power – …" on "Foundation
        // for Tidal Power").
        let cuts2 = title_cuts(t, true);
        if let Some(&(a, b)) = cuts2.first() {
            let (seg, name) = (squash(&t[..a]), squash(site));
            if is_site_segment(&t[..a], site)
                && seg.len() * tuning::LEADING_SITE_SEGMENT_SHARE_DENOMINATOR
                    >= name.len() * tuning::LEADING_SITE_SEGMENT_SHARE_NUMERATOR
            {
                t = t[b..].trim();
            }
        }
        if t != raw {
            return t.to_owned();
        }
    }
    // No site name to compare: a short trailing segment after a strong
    // separator is most likely the site ("Headline | Site").
    if let Some(&(a, b)) = cuts_strong.last() {
        let tail = &raw[b..];
        let head = &raw[..a];
        let sep = &raw[a..b];
        let strong = !sep.contains('-') && !sep.contains('/');
        if strong
            && tail.split_whitespace().count() <= tuning::MAX_TRAILING_SITE_WORDS
            && head.split_whitespace().count() >= tuning::MIN_HEADLINE_WORDS_BEFORE_SITE
        {
            return head.trim().to_owned();
        }
    }
    raw.to_owned()
}

/// The headline a heading shows: the part whose class names it (`<span
/// class="article-heading__title">` after a kicker span) when there is
/// one, else the heading's text without what is not the headline — a
/// kicker or overline (by class), a `<time>`, a `<small>` subline.
pub(super) fn heading_text(doc: &Document, h: NodeId) -> Option<String> {
    let full = small_text(doc, h)?;
    let end = doc.subtree_end(h);
    let classed = |d: NodeId, words: &[&str]| {
        doc.attr(d, "class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| words.iter().any(|w| contains_ci(t, w)))
        })
    };
    let not_headline = |d: NodeId| {
        doc.is(d, "time") || doc.is(d, "small") || classed(d, class_names::NOT_HEADLINE_PART_WORDS)
    };
    let title_part = (h.index() + 1..end)
        .map(|i| NodeId(i as u32))
        .filter(|&d| doc.element(d).is_some())
        .find(|&d| classed(d, class_names::HEADLINE_PART_WORDS) && !not_headline(d))
        .map(|d| doc.text(d))
        .filter(|t| t.chars().count() >= tuning::MIN_TITLE_CHARS && t.len() < full.len());
    if title_part.is_some() {
        return title_part;
    }
    let mut out = String::new();
    let mut dropped = false;
    let mut i = h.index() + 1;
    while i < end {
        let d = NodeId(i as u32);
        if doc.element(d).is_some() {
            if not_headline(d) || doc.is(d, "script") || doc.is(d, "style") {
                dropped = true;
                out.push(' ');
                i = doc.subtree_end(d);
                continue;
            }
            if doc.is(d, "br") {
                out.push(' ');
            }
        } else if let Some(t) = doc.text_node(d) {
            out.push_str(t);
        }
        i += 1;
    }
    let rest = normalize_space(&out);
    if dropped && rest.chars().count() >= tuning::MIN_TITLE_CHARS {
        return Some(rest);
    }
    Some(full)
}

/// A heading classed as what is not a headline: a kicker or strapline, or
/// text for screen readers only (the `<title>` repeated for them).
fn classed_not_headline(doc: &Document, h: NodeId) -> bool {
    doc.attr(h, "class").is_some_and(|c| {
        c.split_ascii_whitespace().any(|t| {
            class_names::NOT_HEADLINE_PART_WORDS
                .iter()
                .any(|w| contains_ci(t, w))
        })
    })
}

/// An `<h1>` that holds the site's logo or name rather than the headline:
/// named so by its class or id ("site-title", "logo"), or nothing but a
/// link to the home page.
pub(super) fn is_logo_heading(doc: &Document, h: NodeId) -> bool {
    logo_by_name(doc, h) || home_link_only(doc, h)
}

/// A heading whose class or id names the site's logo or title.
fn logo_by_name(doc: &Document, h: NodeId) -> bool {
    let names = doc.class_and_id(h).to_ascii_lowercase();
    [
        "site-title",
        "site-name",
        "sitename",
        "logo",
        "brand",
        "blog-title",
    ]
    .iter()
    .any(|w| names.contains(w))
}

/// A heading that is nothing but a link to the home page.
fn home_link_only(doc: &Document, h: NodeId) -> bool {
    let links: Vec<NodeId> = doc
        .descendants(h)
        .filter(|&d| doc.is(d, "a"))
        .take(2)
        .collect();
    match links.as_slice() {
        [a] => {
            doc.attr(*a, "href").is_some_and(is_home_link)
                && squash(&doc.text(*a)) == squash(&doc.text(h))
        }
        _ => false,
    }
}

/// A link to a site's home page: "/", "https://example.com/", or an
/// archived copy of one ("https://web.archive.org/web/2014/http://example.com/").
fn is_home_link(href: &str) -> bool {
    let href = href.trim();
    let rest = href.rsplit_once("://").map_or(href, |(_, r)| r);
    if href.starts_with('/') && !href.starts_with("//") {
        return matches!(href, "/" | "/index.html" | "/index.php");
    }
    rest.trim_end_matches('/').find('/').is_none() && href.contains("://")
}

/// The title of the page (see [`chosen_title`]), with text double-encoded
/// by the page (UTF-8 read as Windows-1252, "â€™" for "’") repaired.
pub(super) fn title(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    base: Option<&Url>,
) -> Option<Title> {
    let mut t = chosen_title(doc, sig, ld, site, base)?;
    if let Some(fixed) = repair_mojibake(&t.text) {
        t.text = fixed;
    }
    if let Some(fixed) = repair_mojibake(&t.stated) {
        t.stated = fixed;
    }
    Some(t)
}

/// The headline: the visible one when the page shows it, else the best
/// metadata title, site name cut.
fn chosen_title(
    doc: &Document,
    sig: &Signals<'_>,
    ld: &LdInfo,
    site: Option<&str>,
    base: Option<&Url>,
) -> Option<Title> {
    let title_el = sig.title.and_then(|t| clean(&doc.text(t)));
    let meta_title = sig
        .first_meta(&[
            "dc:title",
            "dcterm:title",
            "og:title",
            "twitter:title",
            "parsely-title",
            "sailthru:title",
        ])
        .and_then(clean);
    // What the metadata states, site name cut: a heading classed as the
    // blog's title that shows this is the story's headline, not a logo.
    let stated: Vec<String> = [&ld.title, &ld.alt_title, &meta_title, &title_el]
        .into_iter()
        .flatten()
        .map(|t| strip_site(t, site, &[]))
        .collect();
    let is_logo = |h: NodeId| is_logo_among(doc, h, &stated, site);
    let (h1s, h1_nodes): (Vec<String>, Vec<NodeId>) = sig
        .h1s
        .iter()
        .filter(|&&h| !is_logo(h) && !classed_not_headline(doc, h))
        .filter_map(|&h| heading_text(doc, h).map(|t| (t, h)))
        .filter(|(t, _)| {
            t.chars().count() <= tuning::MAX_TITLE_CHARS && !site.is_some_and(|s| same_text(s, t))
        })
        .unzip();
    let item_headline = sig
        .item
        .headlines
        .iter()
        .find(|&&h| !is_logo(h))
        .and_then(|&h| small_text(doc, h));
    // A JSON-LD headline that disagrees with the page while the object's
    // `name` agrees with it (encyclopaedias put a summary in `headline`).
    let agrees = |t: &str| {
        h1s.iter().any(|h| same_text(h, t))
            || title_el
                .as_deref()
                .is_some_and(|e| squash(e).contains(&squash(t)))
    };
    let ld_title = match (&ld.title, &ld.alt_title) {
        (Some(h), Some(n)) if !agrees(h) && agrees(n) => Some(n.clone()),
        (h, _) => h.clone(),
    };
    // The logo heading names the site when the metadata does not.
    let logo = || {
        sig.h1s
            .iter()
            .find(|&&h| is_logo(h))
            .and_then(|&h| small_text(doc, h))
            .map(|t| normalize_space(&t))
    };
    let host = host_label(base);
    let site_hint = site.map(str::to_owned).or_else(logo).or(host.clone());
    // What the metadata calls the page, as stated and with the site name
    // cut, to recognise the visible headline.
    let mut references: Vec<String> = [&ld_title, &meta_title, &title_el]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    // The page's only `<h1>` may be its headline on a page that says it
    // is an article, or says nothing and is not the site's home page (whose
    // `<h1>` is a slogan).
    let home = base.is_some_and(|u| matches!(u.path(), "" | "/"));
    let og_type = sig.meta("og:type").map(|t| t.trim().to_ascii_lowercase());
    let sole_ok = ld.is_article || (!home && og_type.as_deref().is_none_or(|t| t == "article"));
    for i in 0..references.len() {
        let cut = strip_site(&references[i], site_hint.as_deref(), &[]);
        if cut != references[i] {
            references.push(cut);
        }
    }
    let candidates = [
        (ld_title.clone().filter(|_| ld.is_article), Signal::JsonLd),
        (meta_title, Signal::Meta),
        (item_headline, Signal::Microdata),
        (sig.meta("title").and_then(clean), Signal::Meta),
        (title_el.clone(), Signal::Meta),
        (ld_title, Signal::JsonLd),
    ];
    // A candidate that is only the site's name is not a headline: the site
    // name as stated, or a short title naming the host ("DimidoBlog" on
    // dimido.de).
    let is_site = |t: &str| {
        site.is_some_and(|s| same_text(s, t))
            || host.as_deref().is_some_and(|h| {
                t.split_whitespace().count() <= tuning::MAX_LOGO_TITLE_WORDS
                    && squash(t).contains(h)
            })
    };
    let (candidates, signals): (Vec<String>, Vec<Signal>) = candidates
        .into_iter()
        .filter_map(|(t, s)| t.map(|t| (t, s)))
        .filter(|(t, _)| t.chars().count() >= tuning::MIN_TITLE_CHARS)
        .unzip();
    let visible = visible_headline(doc, sig, &references, &is_site, &is_logo, sole_ok);
    let (raw, signal) = candidates
        .iter()
        .zip(&signals)
        .find(|(t, _)| !is_site(t))
        .map(|(t, s)| (t, *s))
        .or_else(|| {
            h1s.iter()
                .find(|h| !is_site(h))
                .map(|h| (h, Signal::Visible))
        })
        .or(candidates.first().zip(signals.first().copied()))
        .or(h1s.first().map(|h| (h, Signal::Visible)))?;
    let t = strip_site(raw, site_hint.as_deref(), &h1s);
    // A metadata title cut short (an unescaped quote in `content`, a length
    // cap) is a prefix of the visible headline.
    let extends =
        |h: &str| h.len() > t.len() + 1 && t.chars().count() >= 12 && h.starts_with(t.as_str());
    let mut signal = signal;
    // Not a heading that sets what follows the title apart in an element
    // of its own ("Headline <span>(example.com)</span>"): that is a tail.
    let ts = squash(&t);
    let longer = h1s
        .iter()
        .zip(&h1_nodes)
        .find(|(h, node)| extends(h) && set_apart(doc, **node, &ts) != Some(true))
        .map(|(h, _)| h.clone())
        .or_else(|| {
            // Another candidate going on with a quotation (`content="A "B""`),
            // or with more words where this one stops mid-phrase (a JSON-LD
            // `headline` cut at 110 characters) — not with a separator and a
            // subtitle or site name.
            candidates
                .iter()
                .zip(&signals)
                // Stripping only shortens: a candidate no longer than the title
                // cannot extend it.
                .filter(|(c, _)| c.len() > t.len() + 1)
                .map(|(c, s)| (strip_site(c, site_hint.as_deref(), &h1s), *s))
                .find(|(c, _)| {
                    extends(c) && {
                        let rest = &c[t.len()..];
                        rest.trim_start()
                            .starts_with(['"', '“', '„', '\'', '‘', '«', '»'])
                            || rest.strip_prefix(' ').is_some_and(|r| {
                                r.starts_with(|ch: char| ch.is_alphanumeric() || ch == '(')
                            })
                    }
                })
                .map(|(c, s)| {
                    signal = s;
                    c
                })
        });
    let t = longer.unwrap_or(t);
    if let Some((h, node)) = visible {
        // A heading that holds the metadata title after a kicker set apart
        // in an element of its own ("<span>Open Progress</span>Why …") is
        // the headline with its kicker: the metadata title is the headline
        // alone. Words run into the headline ("The Best …", "2025 Guide
        // to …") are the headline's own.
        // So is one with a short tail set apart after the title ("Headline
        // <span>(example.com)</span> <span>87</span>"). Unless the metadata
        // states the whole heading as the title.
        let (hs, ts) = (squash(&h), squash(&t));
        let tail_words = h
            .split_whitespace()
            .count()
            .saturating_sub(t.split_whitespace().count());
        let wrapped = ts.len() >= tuning::MIN_H1_MATCH_BYTES * 2
            && hs.len() > ts.len()
            && hs.contains(&ts)
            && (!hs.starts_with(&ts) || tail_words <= tuning::HEADING_TAIL_MAX_WORDS)
            && !references.iter().any(|r| same_text(r, &h))
            && set_apart(doc, node, &ts) != Some(false);
        if !wrapped {
            // A heading that lost characters to an encoding fault ("?" for
            // an apostrophe) shows the title the metadata states intact.
            if let Some(intact) = references.iter().rev().find(|r| damaged_copy(&h, r)) {
                return Some(Title {
                    text: intact.clone(),
                    from: Signal::Visible,
                    stated: t,
                });
            }
            return Some(Title {
                text: h,
                from: Signal::Visible,
                stated: t,
            });
        }
    }
    // A title the page shows as its heading is the visible headline.
    let signal = if h1s.iter().any(|h| same_text(h, &t)) {
        Signal::Visible
    } else {
        signal
    };
    Some(Title {
        text: t.clone(),
        from: signal,
        stated: t,
    })
}

/// Is `h` the site's logo heading? One that is nothing but a link home
/// is; one merely classed so ("blog-title") is not when it shows the
/// headline the metadata states (`stated`, site name cut).
fn is_logo_among(doc: &Document, h: NodeId, stated: &[String], site: Option<&str>) -> bool {
    if home_link_only(doc, h) {
        return true;
    }
    if !logo_by_name(doc, h) {
        return false;
    }
    let Some(t) = heading_text(doc, h) else {
        return true;
    };
    if site.is_some_and(|s| same_text(s, &t)) {
        return true;
    }
    !stated.iter().any(|r| {
        let (shared, share) = resemblance(&t, r);
        shared >= tuning::LOGO_CLASS_HEADLINE_MIN_SHARED_WORDS
            && share >= tuning::HEADLINE_META_WORD_SHARE
    })
}

/// Does heading `h` set the text around `title` (squashed) apart in
/// elements of their own — the title starting and ending with text nodes
/// of its own, after a kicker span or before a tail — rather than run
/// words into the headline? `None` when the title is not found in the
/// heading's text nodes.
fn set_apart(doc: &Document, h: NodeId, title: &str) -> Option<bool> {
    let end = doc.subtree_end(h);
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut i = h.index() + 1;
    while i < end {
        let d = NodeId(i as u32);
        if doc.is(d, "script") || doc.is(d, "style") {
            i = doc.subtree_end(d);
            continue;
        }
        if let Some(t) = doc.text_node(d) {
            let sq = squash(t);
            if !sq.is_empty() {
                starts.push(text.len());
                text.push_str(&sq);
            }
        }
        i += 1;
    }
    let p = text.find(title)?;
    let end = p + title.len();
    Some(starts.contains(&p) && (end == text.len() || starts.contains(&end)))
}

/// The chosen title, where it came from, and the title the metadata states
/// (site name cut), which the body stage uses to find the headline.
pub(super) struct Title {
    pub text: String,
    pub from: Signal,
    pub stated: String,
}

/// Distinct lower-case words (letters and digits).
fn word_set(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// How much a heading resembles a metadata title: the number of shared
/// distinct words and their share of the shorter one's; nothing when the
/// heading is far longer (a block holding more than the headline).
fn resemblance(heading: &str, reference: &str) -> (usize, f32) {
    let (h, r) = (word_set(heading), word_set(reference));
    if h.is_empty() || r.is_empty() {
        return (0, 0.0);
    }
    if h.len() > r.len() * tuning::HEADLINE_MAX_WORDS_FACTOR + tuning::HEADLINE_EXTRA_WORDS {
        return (0, 0.0);
    }
    let shared = h.iter().filter(|w| r.binary_search(w).is_ok()).count();
    (shared, shared as f32 / h.len().min(r.len()) as f32)
}

/// The headline as the page shows it: the `<h1>` (else, when the page has
/// no usable `<h1>`, an `<h1>` in a breadcrumb or page header that shows
/// a metadata title word for word, else an `<h2>` in the article or its
/// header) that resembles what the metadata calls the page, the closest
/// one when several do; failing that, the page's only `<h1>` when it is
/// long enough to be a headline rather than a blog's or a section's name.
/// Page furniture, logo headings and the site's own name are never the
/// headline. `None` when no heading qualifies (or the page states no
/// title at all: then the caller falls back to the first heading).
fn visible_headline(
    doc: &Document,
    sig: &Signals<'_>,
    references: &[String],
    is_site: &dyn Fn(&str) -> bool,
    is_logo: &dyn Fn(NodeId) -> bool,
    sole_ok: bool,
) -> Option<(String, NodeId)> {
    if references.is_empty() {
        return None;
    }
    let usable = |&h: &NodeId| -> Option<(String, NodeId)> {
        if is_logo(h) || in_furniture(doc, h) || classed_not_headline(doc, h) {
            return None;
        }
        let t = normalize_space(&heading_text(doc, h)?);
        let n = t.chars().count();
        ((tuning::MIN_TITLE_CHARS..=tuning::MAX_TITLE_CHARS).contains(&n) && !is_site(&t))
            .then_some((t, h))
    };
    let h1s: Vec<(String, NodeId)> = sig.h1s.iter().filter_map(usable).collect();
    let headings: Vec<(String, NodeId)> = if h1s.is_empty() {
        // An `<h1>` in the breadcrumb or page header that repeats a
        // metadata title is the headline the page shows.
        let shown = sig
            .h1s
            .iter()
            .filter(|&&h| !is_logo(h) && !classed_not_headline(doc, h))
            .find_map(|&h| {
                let t = normalize_space(&heading_text(doc, h)?);
                (!is_site(&t) && references.iter().any(|r| same_text(r, &t))).then_some((t, h))
            });
        if shown.is_some() {
            return shown;
        }
        sig.h2s
            .iter()
            .filter(|&&h| {
                doc.ancestors(h)
                    .any(|a| doc.is(a, "article") || doc.is(a, "header") || doc.is(a, "main"))
                    || after_empty_h1(doc, h)
            })
            .filter_map(usable)
            .collect()
    } else {
        h1s.clone()
    };
    // The closest heading: the most shared words (a one-word heading such
    // as a company name in a list is contained in many titles), then the
    // highest share.
    let mut best: Option<((usize, f32), (String, NodeId))> = None;
    for (h, node) in headings {
        let one_word = word_set(&h).len() == 1;
        let score = references
            .iter()
            // A one-word heading is the headline of a short title only.
            .filter(|r| !one_word || word_set(r).len() <= tuning::ONE_WORD_HEADLINE_MAX_TITLE_WORDS)
            .map(|r| resemblance(&h, r))
            .fold((0, 0.0), |a, b| if b > a { b } else { a });
        // Two words in common at least, unless the heading is one word.
        let enough = score.0 >= 2 || (one_word && score.0 == 1);
        if enough
            && score.1 >= tuning::HEADLINE_META_WORD_SHARE
            && best.as_ref().is_none_or(|b| score > b.0)
        {
            best = Some((score, (h, node)));
        }
    }
    if let Some((_, found)) = best {
        return Some(found);
    }
    // The page's only headline-sized `<h1>`, the metadata title reworded
    // past recognition (an SEO title).
    match h1s.as_slice() {
        // Not a paragraph set as a heading: no longer than a resembling
        // heading may be.
        [(h, node)]
            if sole_ok
                && h.split_whitespace().count() >= tuning::SOLE_HEADING_MIN_WORDS
                && !h.ends_with(':')
                && references.iter().any(|r| {
                    word_set(h).len()
                        <= word_set(r).len() * tuning::HEADLINE_MAX_WORDS_FACTOR
                            + tuning::HEADLINE_EXTRA_WORDS
                }) =>
        {
            Some((h.clone(), *node))
        }
        _ => None,
    }
}

/// The distinctive label of the page's host, squashed: "www.dimido.de" →
/// "dimido", "news.example.co.uk" → "example".
fn host_label(base: Option<&Url>) -> Option<String> {
    let host = base?.host_str()?;
    if host.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    // Skip a second-level public suffix ("co.uk", "com.au").
    let mut i = labels.len() - 2;
    if i > 0
        && matches!(
            labels[i],
            "co" | "com" | "org" | "net" | "ac" | "gov" | "or" | "ne"
        )
    {
        i -= 1;
    }
    let l = squash(labels[i]);
    (l.len() >= 4 && !matches!(l.as_str(), "fakehost" | "localhost" | "example")).then_some(l)
}

/// Is `h` the heading an `<h1>` was written around (`<h1><h2>Headline</h2></h1>`)?
/// The parser closes the `<h1>` at the nested heading's start, so the page
/// holds an empty `<h1>` and the headline as the heading right after it.
fn after_empty_h1(doc: &Document, h: NodeId) -> bool {
    let mut prev = doc.prev_sibling(h);
    while let Some(p) = prev {
        if doc.element(p).is_some() {
            return doc.is(p, "h1") && doc.text(p).trim().is_empty();
        }
        if doc.text_node(p).is_some_and(|t| !t.trim().is_empty()) {
            return false;
        }
        prev = doc.prev_sibling(p);
    }
    false
}

/// Is `heading` a copy of `stated` with characters lost to an encoding
/// fault: each `?` or U+FFFD in it stands for one to
/// [`tuning::MAX_DAMAGED_RUN_CHARS`] characters of `stated` (not spaces),
/// at least one of them something other than the mark itself.
fn damaged_copy(heading: &str, stated: &str) -> bool {
    let is_mark = |c: char| c == '?' || c == '\u{FFFD}';
    if !heading.contains(is_mark) || heading.len() < tuning::MIN_H1_MATCH_BYTES {
        return false;
    }
    let mut pieces = heading.split(is_mark);
    let Some(mut rest) = pieces.next().and_then(|first| stated.strip_prefix(first)) else {
        return false;
    };
    let mut lost = false;
    let mut pieces = pieces.peekable();
    while let Some(piece) = pieces.next() {
        let last = pieces.peek().is_none();
        // The shortest run of stated characters the mark stands for.
        let found = rest
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()))
            .take(tuning::MAX_DAMAGED_RUN_CHARS)
            .find(|&i| {
                i > 0
                    && !rest[..i].contains(char::is_whitespace)
                    && if last {
                        &rest[i..] == piece
                    } else {
                        rest[i..].starts_with(piece)
                    }
            });
        let Some(i) = found else {
            return false;
        };
        lost |= !matches!(&rest[..i], "?" | "\u{FFFD}");
        rest = &rest[i + piece.len()..];
    }
    lost && rest.is_empty()
}

/// Text the page double-encoded (its UTF-8 bytes read as Windows-1252 or
/// Latin-1 and encoded again: "Investorâ€™s", "cafÃ©") decoded once more;
/// `None` when `s` does not read so. Only runs that start as the common
/// UTF-8 lead bytes read as text ("Â", "Ã", "â") are taken for such text,
/// and the whole string must decode.
pub(crate) fn repair_mojibake(s: &str) -> Option<String> {
    if !s.contains(['Â', 'Ã', 'â']) {
        return None;
    }
    // Back to the bytes Windows-1252 read them from; a character it
    // cannot write means the text was not read that way.
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(s);
    if unmappable {
        return None;
    }
    let fixed = String::from_utf8(bytes.into_owned()).ok()?;
    (fixed != s).then_some(fixed)
}
