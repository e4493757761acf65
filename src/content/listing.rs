//! Listing bodies: a page whose main content is a list of teasers (a
//! section front, search results, a category's product grid, a job board)
//! has its teasers found as teaser boxes, and the body the scoring found is
//! only the list's heading and intro, a banner or the footer. When such a
//! list is not labelled as a box of teasers ("Related", "More stories"), outside the page's
//! navigation, header, footer and asides, and holds clearly more text than
//! the body, it is the body too: its cards are written as blocks, and its
//! items stay in `related` as data. A grid of like cards that no teaser
//! box holds (product tiles whose links wrap the whole card) counts too.
//! Not when the body is long or states a price (one product's page, whose
//! grids are recommendations).

use std::collections::HashMap;

use super::classify::Role;
use crate::dom::{Document, NodeData, NodeId};
use crate::lexicon::class_names;
use crate::tuning::listing as tuning;

/// A teaser box as read for `related`.
pub(super) struct ReadBox {
    pub node: NodeId,
    pub items: usize,
    pub labelled: bool,
}

/// The page's main list, in document order: its teaser boxes, or else a
/// grid of like cards the box finders missed ([`repeated_grid`]); empty
/// when the body holds the page's content (its text is long: longer on a
/// page that `declares_article`) or states a
/// price: then it is one product's page, and the grids around it are
/// recommendations — unless the body `roots` are cards of the list found
/// (the scoring picked one card of a product grid). `page`: the page's
/// text measures and link counts per node.
pub(super) fn main_lists(
    doc: &Document,
    roles: &[Role],
    boxes: &[ReadBox],
    body: &[crate::Block],
    roots: &[NodeId],
    page: &super::PageMeasures,
    declares_article: bool,
) -> Vec<NodeId> {
    let body_chars = super::body_chars(body);
    // A page that does not declare itself an article can have a longer
    // introduction above its list (a section front's blurb, a category's
    // buying guide).
    let max_body = if declares_article {
        tuning::MAX_BODY_CHARS
    } else {
        tuning::UNDECLARED_MAX_BODY_CHARS
    };
    if body_chars > max_body {
        return Vec::new();
    }
    let min_list_chars = (body_chars * tuning::BOX_TO_BODY_FACTOR).max(tuning::MIN_BOX_CHARS);
    // The prices are counted only for the short bodies this can apply to.
    let priced = body
        .iter()
        .any(|b| crate::page_kind::count_prices(&b.text()) > 0);
    let mut lists = box_lists(doc, roles, boxes, min_list_chars);
    // The body is a grid the box finders cut into boxes, left out of it
    // (rows of cells each read as a box of teasers): the grid is the body,
    // prices or not (it is no product's page).
    let mut cut_grid = false;
    if lists.is_empty()
        && let Some((chars, grid)) = repeated_grid(doc, roles, &page.measures, &page.links)
    {
        if chars >= min_list_chars {
            lists.push(grid);
        } else if chars > body_chars
            && boxes
                .iter()
                .any(|b| b.node != grid && doc.contains(grid, b.node))
            && grid_fills_a_root(doc, roots, grid, &page.measures)
        {
            lists.push(grid);
            cut_grid = true;
        }
    }
    if priced && !cut_grid && !roots_are_cards(doc, roots, &lists) {
        lists.clear();
    }
    lists
}

/// `grid` lies inside one of the body `roots` and holds at least
/// [`tuning::GRID_SHARE_OF_ROOT_PCT`] percent of that root's text: the
/// root is the grid and little else (not a product's page with a row of
/// recommendations).
fn grid_fills_a_root(
    doc: &Document,
    roots: &[NodeId],
    grid: NodeId,
    measures: &[(u32, u32)],
) -> bool {
    let text = |n: NodeId| -> u64 {
        doc.descendants(n)
            .filter(|&d| matches!(doc.node(d).data, NodeData::Text(_)))
            .map(|d| u64::from(measures[d.index()].0))
            .sum()
    };
    roots.iter().any(|&r| {
        doc.contains(r, grid)
            && text(grid) * 100 >= text(r) * u64::from(tuning::GRID_SHARE_OF_ROOT_PCT)
    })
}

/// Every body root lies inside one of `lists` (and is not the list
/// itself): the body found is one card, or a few, of the list.
fn roots_are_cards(doc: &Document, roots: &[NodeId], lists: &[NodeId]) -> bool {
    !roots.is_empty()
        && roots
            .iter()
            .all(|&r| lists.iter().any(|&l| l != r && doc.contains(l, r)))
}

/// The teaser boxes that are the page's main list.
fn box_lists(
    doc: &Document,
    roles: &[Role],
    boxes: &[ReadBox],
    min_list_chars: usize,
) -> Vec<NodeId> {
    let picked: Vec<&ReadBox> = boxes
        .iter()
        .filter(|b| !b.labelled && b.items >= tuning::MIN_BOX_ITEMS)
        .filter(|b| roles[b.node.index()] != Role::Junk && !in_page_chrome(doc, b.node))
        .collect();
    let items: usize = picked.iter().map(|b| b.items).sum();
    if items < tuning::MIN_ITEMS {
        return Vec::new();
    }
    let chars: usize = picked.iter().map(|b| doc.text(b.node).len()).sum();
    if chars < min_list_chars {
        return Vec::new();
    }
    picked.into_iter().map(|b| b.node).collect()
}

/// The element whose children are a grid of like cards (one tag and first
/// class, each with a link and some text: product tiles, result rows) that
/// holds the most text, with the characters of its cards. The cards must
/// hold most of the element's text, so that a wrapper of unlike parts (a
/// header, a footer) is not taken for a grid.
fn repeated_grid(
    doc: &Document,
    roles: &[Role],
    measures: &[(u32, u32)],
    links: &[u32],
) -> Option<(usize, NodeId)> {
    let n = doc.len();
    let mut text = vec![0u32; n];
    for i in (0..n).rev() {
        let id = NodeId(i as u32);
        match &doc.node(id).data {
            NodeData::Text(_) => text[i] += measures[i].0,
            NodeData::Element(e) if crate::dom::is_invisible_tag(&e.name) => {
                text[i] = 0;
                continue;
            }
            _ => {}
        }
        if let Some(p) = doc.parent(id) {
            text[p.index()] += text[i];
        }
    }
    let signature = |k: NodeId| (doc.tag_name(k), first_class(doc, k));
    let mut best: Option<(u32, NodeId)> = None;
    let mut kids: Vec<NodeId> = Vec::new();
    for id in doc.elements() {
        kids.clear();
        kids.extend(doc.element_children(id));
        if kids.len() < tuning::MIN_ITEMS || text[id.index()] == 0 {
            continue;
        }
        // The most common signature among the first children (a bounded
        // look: a grid's first cards are alike).
        let mut common = (0, kids[0]);
        for &k in kids.iter().take(tuning::GRID_SIGNATURES_TRIED) {
            let same = kids
                .iter()
                .filter(|&&o| signature(o) == signature(k))
                .count();
            if same > common.0 {
                common = (same, k);
            }
            if same * 2 > kids.len() {
                break;
            }
        }
        let sig = signature(common.1);
        let (mut cards, mut card_text) = (0usize, 0u32);
        for &k in &kids {
            if signature(k) == sig
                && links[k.index()] > 0
                && text[k.index()] >= tuning::MIN_CARD_CHARS
            {
                cards += 1;
                card_text += text[k.index()];
            }
        }
        if cards < tuning::MIN_ITEMS
            || card_text * 100 < text[id.index()] * tuning::GRID_MIN_CARD_TEXT_PCT
            || best.is_some_and(|(t, _)| t >= card_text)
            || !usable_grid(doc, roles, id)
        {
            continue;
        }
        best = Some((card_text, id));
    }
    best.map(|(chars, grid)| (chars as usize, grid))
}

/// A grid that can be the page's main list: not junk (nor inside junk:
/// roles are inherited), not in the page's chrome, and not the page's
/// `body` or `html` (whose children are the page's parts, not cards).
fn usable_grid(doc: &Document, roles: &[Role], grid: NodeId) -> bool {
    roles[grid.index()] != Role::Junk
        && !matches!(doc.tag_name(grid), Some("body" | "html"))
        && !in_page_chrome(doc, grid)
}

fn first_class(doc: &Document, id: NodeId) -> Option<&str> {
    doc.attr(id, "class")?.split_ascii_whitespace().next()
}

/// Inside (or being) the page's navigation, header, footer or an aside.
fn in_page_chrome(doc: &Document, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(doc.ancestors(id))
        .any(|a| matches!(doc.tag_name(a), Some("nav" | "header" | "footer" | "aside")))
}

/// The body roots once `lists` join the body: the roots that hold a list
/// or end before the last list starts (a heading and intro), and the lists
/// no root holds, in document order. Roots after the lists (a footer that
/// scored as the body) are dropped.
pub(super) fn roots_with_lists(doc: &Document, roots: &[NodeId], lists: &[NodeId]) -> Vec<NodeId> {
    let Some(&last) = lists.last() else {
        return roots.to_vec();
    };
    let mut out: Vec<NodeId> = roots
        .iter()
        .copied()
        .filter(|&r| {
            lists.iter().any(|&l| doc.contains(r, l)) || doc.subtree_end(r) <= last.index()
        })
        .collect();
    for &l in lists {
        if !out.iter().any(|&r| doc.contains(r, l)) {
            out.push(l);
        }
    }
    out.sort();
    // A list inside another list's subtree is written with it.
    out.dedup_by(|b, a| doc.contains(*a, *b));
    out
}

/// The teaser boxes (`boxes`, in document order) that are cells of one of
/// `lists`: inside it, and alike (one tag and first class) with another
/// box inside it — a grid's rows or columns that the box finders read as
/// boxes of teasers. A box of its own kind inside a list (a row of
/// recommendations in a product's layout) is not a cell. In document
/// order.
pub(super) fn cells_read_as_boxes(
    doc: &Document,
    boxes: &[NodeId],
    lists: &[NodeId],
) -> Vec<NodeId> {
    let signature = |n: NodeId| (doc.tag_name(n), first_class(doc, n));
    let mut cells = Vec::new();
    for &l in lists {
        let inside: Vec<NodeId> = boxes
            .iter()
            .copied()
            .filter(|&b| b != l && doc.contains(l, b))
            .collect();
        cells.extend(inside.iter().copied().filter(|&b| {
            inside
                .iter()
                .any(|&o| o != b && signature(o) == signature(b))
        }));
    }
    cells.sort_unstable();
    cells.dedup();
    cells
}

/// The roles with the lists' teaser marks lifted, so that their cards are
/// written. Teaser marks on a list's ancestors are lifted from those
/// ancestors alone, so that a writer walking down from the body root
/// reaches the list (a grid inside a "related products" section); their
/// other parts stay out. Junk that repeats across the cards is lifted too
/// ([`repeated_junk`]).
pub(super) fn lift_teasers(
    doc: &Document,
    roles: &[Role],
    blind: &[Role],
    lists: &[NodeId],
) -> Vec<Role> {
    let mut out = roles.to_vec();
    for &l in lists {
        for n in doc.descendants(l) {
            if out[n.index()] == Role::Teaser {
                out[n.index()] = Role::Keep;
            }
        }
        for junk in repeated_junk(doc, roles, blind, l) {
            for n in doc.descendants(junk) {
                if blind[n.index()] != Role::Junk {
                    out[n.index()] = Role::Keep;
                }
            }
        }
        for a in doc.ancestors(l) {
            if out[a.index()] != Role::Teaser {
                break;
            }
            out[a.index()] = Role::Keep;
        }
    }
    out
}

/// The junk subtrees of `list` that are junk by their class names alone
/// (the class-blind roles, `blind`, keep them) and that repeat: at least
/// [`tuning::MIN_REPEATED_JUNK`] of them share one tag and class
/// attribute. They are a part of every card (a result's "meta" block with
/// its title and authors, a tile's overlay link with the product's name, a
/// card's "widget" description), not a region beside the cards (a sidebar,
/// a filter panel), which is one of its kind. Text for screen readers only
/// stays junk.
fn repeated_junk(doc: &Document, roles: &[Role], blind: &[Role], list: NodeId) -> Vec<NodeId> {
    let lifted = |n: NodeId| {
        roles[n.index()] == Role::Junk
            && blind[n.index()] != Role::Junk
            && doc
                .parent(n)
                .is_some_and(|p| roles[p.index()] != Role::Junk)
            && !doc.attr(n, "class").is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                class_names::SCREEN_READER_ONLY_WORDS
                    .iter()
                    .any(|w| c.contains(w))
            })
    };
    let roots: Vec<NodeId> = doc.descendants(list).filter(|&n| lifted(n)).collect();
    let signature = |n: NodeId| (doc.tag_name(n), doc.attr(n, "class"));
    let mut counts: HashMap<_, usize> = HashMap::new();
    for &r in &roots {
        *counts.entry(signature(r)).or_default() += 1;
    }
    roots
        .into_iter()
        .filter(|&r| counts[&signature(r)] >= tuning::MIN_REPEATED_JUNK)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid_of(html: &str, body_chars: usize) -> Option<String> {
        let min_list_chars = (body_chars * tuning::BOX_TO_BODY_FACTOR).max(tuning::MIN_BOX_CHARS);
        let doc = Document::parse(html).unwrap();
        let roles = vec![Role::Keep; doc.len()];
        let measures = super::super::score::measure_all(&doc);
        let (_, links) = super::super::prose_mass(&doc, &measures);
        repeated_grid(&doc, &roles, &measures, &links)
            .filter(|&(chars, _)| chars >= min_list_chars)
            .map(|(_, g)| doc.attr(g, "id").unwrap_or("?").to_owned())
    }

    #[test]
    fn a_grid_of_like_cards_is_found_and_a_menu_is_not() {
        let tile = |i: usize| {
            format!(
                r#"<li class="tile"><div>Trail Boot Model {i} - Waterproof Leather</div>
                <span>{i} reviews</span><a href="/p/{i}">View</a></li>"#
            )
        };
        let tiles: String = (0..8).map(tile).collect();
        let html = format!(r#"<div id="page"><p>Boots.</p><ul id="grid">{tiles}</ul></div>"#);
        assert_eq!(grid_of(&html, 10).as_deref(), Some("grid"));
        // A body three times shorter than the grid's text is not dwarfed.
        assert_eq!(grid_of(&html, 1000), None);
        // Menu entries are too short to be cards.
        let menu: String = (0..8)
            .map(|i| format!(r#"<li class="m"><a href="/s/{i}">Section {i}</a></li>"#))
            .collect();
        assert_eq!(grid_of(&format!(r#"<ul id="menu">{menu}</ul>"#), 0), None);
        // Like cards that hold little of their parent's text: not a grid.
        let prose = "<p>A long paragraph of something else entirely.</p>".repeat(40);
        let mixed = format!(
            r#"<div id="mixed">{}<div>{prose}</div></div>"#,
            tiles.replace("li", "div")
        );
        assert_eq!(grid_of(&mixed, 0), None);
    }

    #[test]
    fn a_bigger_grid_in_the_page_chrome_does_not_hide_the_main_grid() {
        let tile = |i: usize| {
            format!(
                r#"<li class="tile"><div>Trail Boot Model {i} - Waterproof Leather</div>
                <a href="/p/{i}">View</a></li>"#
            )
        };
        let tiles: String = (0..6).map(tile).collect();
        let entry = |i: usize| {
            format!(
                r#"<li class="entry"><a href="/c/{i}">Department {i}</a>
                <span>Everything for the kitchen and the garden, aisle {i}</span></li>"#
            )
        };
        let menu: String = (0..20).map(entry).collect();
        let html = format!(
            r#"<nav><ul id="menu">{menu}</ul></nav><div id="page"><ul id="grid">{tiles}</ul></div>"#
        );
        assert_eq!(grid_of(&html, 10).as_deref(), Some("grid"));
        // The page's body, whose children are its parts, is no grid.
        let parts: String = (0..6)
            .map(|i| format!(r#"<div class="part"><a href="/s/{i}">Part {i}</a> of the page, with words</div>"#))
            .collect();
        assert_eq!(grid_of(&format!("<body>{parts}</body>"), 0), None);
    }

    #[test]
    fn a_body_cut_to_one_priced_card_grows_to_its_grid() {
        let row = |i: usize| {
            format!(
                r#"<li class="row" id="row{i}"><div><a href="/item/{i}">Harbour Print Number {i}, 8x10 art print</a></div>
                <div>Brand new</div><div>${i}.95</div></li>"#
            )
        };
        let rows: String = (0..12).map(row).collect();
        let doc = Document::parse(&format!(r#"<ul id="grid">{rows}</ul>"#)).unwrap();
        let roles = vec![Role::Keep; doc.len()];
        let page = super::super::PageMeasures::of(&doc);
        let id = |name: &str| doc.elements().find(|&e| doc.attr(e, "id") == Some(name));
        let card = id("row7").unwrap();
        let body = vec![crate::Block::Paragraph {
            text: "Harbour Print Number 7, 8x10 art print Brand new $7.95".into(),
            marks: Vec::new(),
        }];
        let lists = main_lists(&doc, &roles, &[], &body, &[card], &page, true);
        assert_eq!(lists, vec![id("grid").unwrap()]);
        // A priced body that is not one of the cards is one product's page.
        let root = doc.root();
        assert!(main_lists(&doc, &roles, &[], &body, &[root], &page, true).is_empty());
    }

    #[test]
    fn a_body_that_is_a_grid_cut_into_boxes_grows_to_the_grid() {
        let row = |i: usize| {
            format!(
                r#"<li class="row"><a href="/book/{i}">The Lighthouse Keeper's Daughter, volume {i}</a>
                <div>Marta Lindqvist</div><div>${i}2.40</div></li>"#
            )
        };
        let rows: String = (0..12).map(row).collect();
        let page = |extra: &str| {
            format!(r#"<div id="root"><h2>Best sellers</h2><ol id="grid">{rows}</ol>{extra}</div>"#)
        };
        // The body written holds half of the rows: the others were read
        // as teaser boxes and left out (one is enough here).
        let body: Vec<crate::Block> = (0..6)
            .map(|i| crate::Block::Paragraph {
                text: format!(
                    "The Lighthouse Keeper's Daughter, volume {i} Marta Lindqvist ${i}2.40"
                ),
                marks: Vec::new(),
            })
            .collect();
        let lists_of = |html: &str| {
            let doc = Document::parse(html).unwrap();
            let roles = vec![Role::Keep; doc.len()];
            let page = super::super::PageMeasures::of(&doc);
            let id = |name: &str| doc.elements().find(|&e| doc.attr(e, "id") == Some(name));
            let root = id("root").unwrap();
            // One of the rows left out, read as a box of teasers.
            let row = doc.elements().find(|&e| doc.is(e, "li")).unwrap();
            let boxes = [ReadBox {
                node: row,
                items: 1,
                labelled: false,
            }];
            main_lists(&doc, &roles, &boxes, &body, &[root], &page, true)
                .iter()
                .map(|&l| doc.attr(l, "id").unwrap_or("?").to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(lists_of(&page("")), vec!["grid".to_owned()]);
        // A root that holds much else beside the grid (one product's
        // page with a row of recommendations) keeps its body.
        let description = "<p>A hand-bound edition on heavy paper, with notes.</p>".repeat(40);
        assert!(lists_of(&page(&description)).is_empty());
    }

    #[test]
    fn cells_of_a_list_read_as_boxes_are_alike_boxes_inside_it() {
        let doc = Document::parse(
            r#"<div id="grid"><div class="cell" id="c1"><a href="/1">One</a></div>
            <div class="cell" id="c2"><a href="/2">Two</a></div>
            <div class="recs" id="recs"><a href="/3">Three</a></div></div>
            <div class="cell" id="out"><a href="/4">Four</a></div>"#,
        )
        .unwrap();
        let id = |name: &str| {
            doc.elements()
                .find(|&e| doc.attr(e, "id") == Some(name))
                .unwrap()
        };
        let boxes = [id("c1"), id("c2"), id("recs"), id("out")];
        let cells = cells_read_as_boxes(&doc, &boxes, &[id("grid")]);
        assert_eq!(cells, vec![id("c1"), id("c2")]);
    }
}
