//! Teaser boxes → [`RelatedList`]s: "Recommended" inside the body,
//! "Explore" / "Related" / "Most read" after it.
//!
//! A box is recognised by structure — several headline-like links, little
//! text outside them — with class names and the heading's vocabulary as
//! hints that lower the bar, not as the only signal.

use url::Url;

use super::classify::Role;
use super::score::Stats;
use crate::dom::{Document, NodeId, normalize_space};
use crate::lexicon::{bylines, teasers};
use crate::parse::url::{UrlUse, resolve as resolve_url};
use crate::tuning;
use crate::{RelatedItem, RelatedList};

/// True when a short text names a teaser list.
pub(crate) fn is_teaser_label(text: &str) -> bool {
    let t = text.trim();
    // Lengths first: most texts asked about are paragraphs, not labels.
    !t.is_empty()
        && t.chars().count() <= tuning::MAX_TEASER_LABEL_CHARS
        && teasers::box_heading_names_list(&t.to_lowercase())
}

/// A link that reads like a headline: several words, not a "more" link.
fn headline_text(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    if chars > tuning::MAX_HEADLINE_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    if matches!(
        lower.as_str(),
        "read more" | "more" | "see all" | "view all" | "show more" | "weiterlesen" | "mehr"
    ) {
        return false;
    }
    words >= tuning::MIN_HEADLINE_WORDS
        || (chars >= tuning::MIN_UNSPACED_HEADLINE_CHARS && !text.contains(' '))
}

/// Headline links of a box: `(link, title, href)`.
pub(crate) fn headline_links(
    doc: &Document,
    roles: &[Role],
    id: NodeId,
    limit: usize,
) -> Vec<(NodeId, String, String)> {
    let mut out = Vec::new();
    let end = doc.subtree_end(id);
    let mut i = id.index();
    while i < end {
        let n = NodeId(i as u32);
        if roles[i] == Role::Junk {
            i = doc.subtree_end(n);
            continue;
        }
        if doc.is(n, "a") {
            if let Some(href) = doc.attr(n, "href").map(str::trim)
                && !href.is_empty()
                && !href.starts_with('#')
                && !href.starts_with("javascript:")
            {
                let title = link_title(doc, n);
                if headline_text(&title) {
                    out.push((n, title, href.to_string()));
                    if out.len() >= limit {
                        break;
                    }
                }
            }
            i = doc.subtree_end(n);
            continue;
        }
        i += 1;
    }
    out
}

/// A teaser link's title: its heading when it has one, else its text.
fn link_title(doc: &Document, a: NodeId) -> String {
    for n in doc.descendants(a).skip(1) {
        if matches!(
            doc.tag_name(n),
            Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        ) {
            let t = doc.text(n);
            if !t.is_empty() {
                return t;
            }
        }
    }
    let t = doc.text(a);
    if t.is_empty() {
        doc.attr(a, "title")
            .map(normalize_space)
            .unwrap_or_default()
    } else {
        t
    }
}

/// True when an element in the body looks like a teaser box by structure.
pub(crate) fn looks_like_teaser_box(
    doc: &Document,
    roles: &[Role],
    stats: &Stats,
    id: NodeId,
) -> bool {
    if !matches!(
        doc.tag_name(id),
        Some("div" | "section" | "ul" | "ol" | "aside" | "nav" | "table" | "p")
    ) {
        return false;
    }
    let i = id.index();
    let chars = stats.chars[i];
    if chars == 0 || is_fact_table(doc, id) {
        return false;
    }
    let ld = stats.link_density(id);
    // Every teaser box below has at least this link density.
    if ld < tuning::MIN_LINK_DENSITY_FOR_TEASER_BOX {
        return false;
    }
    let labelled = box_label(doc, id).is_some_and(|l| is_teaser_label(&l));
    if labelled && ld >= tuning::MIN_LINK_DENSITY_FOR_LABELLED_TEASER_BOX {
        return !headline_links(doc, roles, id, 1).is_empty();
    }
    if ld < tuning::MIN_LINK_DENSITY_FOR_UNLABELLED_TEASER_BOX
        || stats.chars[i] - stats.link_chars[i] > tuning::MAX_UNLINKED_CHARS_IN_TEASER_BOX
    {
        return false;
    }
    let links = headline_links(doc, roles, id, tuning::MIN_HEADLINE_LINKS_IN_TEASER_BOX);
    links.len() >= tuning::MIN_HEADLINE_LINKS_IN_TEASER_BOX
        || (links.len() >= tuning::MIN_HEADLINE_LINKS_IN_TEASER_PARAGRAPH && doc.is(id, "p"))
}

/// A fact box (an infobox): a table whose rows are mostly label / value
/// pairs, a `th` followed by a `td`, with few links per value. Its links
/// name facts about the subject ("Founder: Netscape"); a navigation table
/// lists dozens of links per row.
pub(crate) fn is_fact_table(doc: &Document, id: NodeId) -> bool {
    if !doc.is(id, "table") {
        return false;
    }
    let (mut rows, mut pairs, mut links) = (0usize, 0usize, 0usize);
    let end = doc.subtree_end(id);
    let mut i = id.index() + 1;
    while i < end {
        let n = NodeId(i as u32);
        if doc.is(n, "table") {
            // A nested table: layout, not a fact box.
            return false;
        }
        if doc.is(n, "tr") {
            rows += 1;
            let cells: Vec<NodeId> = doc
                .element_children(n)
                .filter(|&c| doc.is(c, "th") || doc.is(c, "td"))
                .collect();
            if let [label, value] = cells[..]
                && doc.is(label, "th")
                && doc.is(value, "td")
            {
                pairs += 1;
                links += doc.descendants(value).filter(|&d| doc.is(d, "a")).count();
            }
        }
        i += 1;
    }
    pairs >= tuning::MIN_FACT_TABLE_ROWS
        && pairs * 2 >= rows
        && links <= pairs * tuning::MAX_LINKS_PER_FACT_ROW
}

/// A grid or list of teaser cards: three or more sibling elements of one
/// tag and class, each a headline link (with its image and a short excerpt)
/// and little text of its own, all to different pages.
pub(crate) fn looks_like_card_grid(
    doc: &Document,
    roles: &[Role],
    stats: &Stats,
    id: NodeId,
) -> bool {
    let cards: Vec<NodeId> = doc.element_children(id).collect();
    if cards.len() < tuning::MIN_CARDS_IN_GRID || cards.len() > tuning::MAX_CARDS_IN_GRID {
        return false;
    }
    // One kind of card: the same tag and the same first class name (the
    // rest often names the post's id and categories).
    let kind = |c: NodeId| {
        (
            doc.tag_name(c),
            doc.attr(c, "class")
                .and_then(|k| k.split_ascii_whitespace().next()),
        )
    };
    let first = kind(cards[0]);
    // List items are alike by their tag; other cards need a class too.
    if (first.1.is_none() && first.0 != Some("li")) || cards.iter().any(|&c| kind(c) != first) {
        return false;
    }
    let mut hrefs: Vec<String> = Vec::with_capacity(cards.len());
    for &c in &cards {
        let i = c.index();
        let own = stats.chars[i] - stats.link_chars[i];
        if stats.link_chars[i] == 0 || own > tuning::MAX_UNLINKED_CHARS_PER_CARD {
            return false;
        }
        let links = headline_links(doc, roles, c, tuning::LINKS_CHECKED_PER_CARD);
        let Some((_, _, href)) = links.first() else {
            return false;
        };
        // One story per card (its image and title may both link to it),
        // and the card opens with it: a title, not a call to action under
        // a feature's description.
        if links.iter().any(|(_, _, h)| h != href)
            || hrefs.contains(href)
            || !link_before_prose(doc, c)
        {
            return false;
        }
        hrefs.push(href.clone());
    }
    true
}

/// True when an element's headline link comes before any prose of its own
/// (a line of 40 characters or more outside links and figures): a teaser's
/// title above its excerpt, not a call to action under a description.
fn link_before_prose(doc: &Document, id: NodeId) -> bool {
    let end = doc.subtree_end(id);
    let mut i = id.index() + 1;
    while i < end {
        let n = NodeId(i as u32);
        if doc.is(n, "figure") || doc.is(n, "figcaption") {
            i = doc.subtree_end(n);
            continue;
        }
        if doc.is(n, "a") {
            if headline_text(&normalize_space(&doc.text(n))) {
                return true;
            }
            i = doc.subtree_end(n);
            continue;
        }
        if doc
            .text_node(n)
            .is_some_and(|t| t.trim().chars().count() >= tuning::MIN_PROSE_LINE_CHARS)
        {
            return false;
        }
        i += 1;
    }
    false
}

/// The heading of a box: its first heading (or title-classed element)
/// before the first headline link, or a short heading just before it.
pub(crate) fn box_label(doc: &Document, id: NodeId) -> Option<String> {
    for n in doc
        .descendants(id)
        .skip(1)
        .take(tuning::BOX_LABEL_SEARCH_NODES)
    {
        if doc.is(n, "a") || doc.is(n, "li") {
            break;
        }
        let is_heading = matches!(
            doc.tag_name(n),
            Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "strong" | "b")
        ) || {
            let ci = doc.class_and_id(n);
            doc.element(n).is_some()
                && (ci.contains("title") || ci.contains("heading") || ci.contains("label"))
        };
        if is_heading {
            let t = doc.text(n);
            if !t.is_empty() && t.chars().count() <= tuning::MAX_BOX_HEADING_CHARS {
                return Some(t);
            }
        } else if matches!(doc.tag_name(n), Some("span" | "p" | "div" | "dt"))
            && doc.subtree_end(n) - n.index() <= tuning::MAX_BOX_LABEL_LINE_NODES
        {
            // A plain line opening the box names it when it says "related"
            // ("<ul><span>More on this topic</span><li>…").
            let t = doc.text(n);
            if is_teaser_label(&t) {
                return Some(t);
            }
        }
    }
    let prev = previous_element_sibling(doc, id)?;
    if matches!(
        doc.tag_name(prev),
        Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    ) {
        let t = doc.text(prev);
        if !t.is_empty() && t.chars().count() <= tuning::MAX_PRECEDING_HEADING_CHARS {
            return Some(t);
        }
    }
    None
}

/// The next sibling that is an element.
pub(crate) fn next_element_sibling(doc: &Document, id: NodeId) -> Option<NodeId> {
    let mut s = doc.next_sibling(id);
    while let Some(n) = s {
        if doc.element(n).is_some() {
            return Some(n);
        }
        s = doc.next_sibling(n);
    }
    None
}

/// The element sibling before `id`.
pub(crate) fn previous_element_sibling(doc: &Document, id: NodeId) -> Option<NodeId> {
    std::iter::successors(doc.prev_sibling(id), |&n| doc.prev_sibling(n))
        .find(|&n| doc.element(n).is_some())
}

/// Reads the teasers of a box; `None` when it holds no headline link.
pub(crate) fn read_box(
    doc: &Document,
    roles: &[Role],
    base: Option<&Url>,
    id: NodeId,
    label: Option<String>,
) -> Option<RelatedList> {
    let links = headline_links(doc, roles, id, tuning::MAX_ITEMS_PER_TEASER_BOX);
    if links.is_empty() {
        return None;
    }
    let label = label.or_else(|| box_label(doc, id));
    let positions: Vec<u32> = links.iter().map(|(n, _, _)| n.0).collect();
    let mut items: Vec<RelatedItem> = Vec::new();
    for (a, title, href) in &links {
        if label
            .as_deref()
            .is_some_and(|l| l.eq_ignore_ascii_case(title))
        {
            continue;
        }
        let url = resolve_url(base, href, UrlUse::Link);
        if let Some(existing) = items.iter_mut().find(|it| it.url == url && url.is_some()) {
            if title.len() > existing.title.len() {
                existing.title = title.clone();
            }
            continue;
        }
        let container = item_container(doc, id, *a, &positions, &links);
        let author = container.and_then(|c| teaser_author(doc, c, *a));
        items.push(RelatedItem {
            title: title.clone(),
            url,
            author,
        });
    }
    (!items.is_empty()).then_some(RelatedList { label, items })
}

/// The largest ancestor of link `a` inside the box that holds no other
/// teaser's link.
fn item_container(
    doc: &Document,
    boxed: NodeId,
    a: NodeId,
    positions: &[u32],
    links: &[(NodeId, String, String)],
) -> Option<NodeId> {
    let href = links
        .iter()
        .find(|(n, _, _)| *n == a)
        .map(|(_, _, h)| h.as_str());
    let mut best = None;
    let mut cur = doc.parent(a);
    while let Some(c) = cur {
        if c == boxed {
            break;
        }
        let start = positions.partition_point(|&p| p < c.0);
        let end = positions.partition_point(|&p| (p as usize) < doc.subtree_end(c));
        let other = links[start..end]
            .iter()
            .any(|(_, _, h)| Some(h.as_str()) != href);
        if other {
            break;
        }
        best = Some(c);
        cur = doc.parent(c);
    }
    best
}

/// An author line in a teaser ("By Ana Ruiz", or an author-classed element).
fn teaser_author(doc: &Document, item: NodeId, link: NodeId) -> Option<String> {
    for n in doc.descendants(item) {
        if doc.contains(link, n) {
            continue;
        }
        if doc.element(n).is_some() {
            let ci = doc.class_and_id(n);
            if ci.contains("author") || ci.contains("byline") {
                let t = doc.text(n);
                if let Some(name) = author_name(&t) {
                    return Some(name);
                }
            }
        } else if let Some(t) = doc.text_node(n) {
            let t = normalize_space(t);
            if opens_with_teaser_author_label(&t) {
                if let Some(name) = author_name(&t) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// True when `t` opens with a teaser author label ("By ", any ASCII case).
fn opens_with_teaser_author_label(t: &str) -> bool {
    bylines::labels(bylines::TEASER_AUTHOR).any(|l| {
        t.get(..l.len()).is_some_and(|p| p.eq_ignore_ascii_case(l))
            && t.as_bytes().get(l.len()) == Some(&b' ')
    })
}

fn author_name(text: &str) -> Option<String> {
    let t = normalize_space(text);
    let stripped = bylines::labels(bylines::TEASER_AUTHOR)
        .flat_map(bylines::case_forms)
        .find_map(|form| t.strip_prefix(form.as_str())?.strip_prefix(' '));
    let t = stripped.unwrap_or(&t).trim();
    let words = t.split_whitespace().count();
    ((1..=tuning::MAX_TEASER_AUTHOR_WORDS).contains(&words)
        && t.chars().count() <= tuning::MAX_TEASER_AUTHOR_CHARS)
        .then(|| t.to_string())
}
