//! Teaser boxes found by structure rather than by class name: link lists
//! with headline links inside the body, labelled runs of one-link cards,
//! card grids at the body's end, and the boxes that follow the body.

use super::classify::Role;
use super::related;
use super::score::Stats;
use crate::dom::{Document, NodeId, normalize_space};
use crate::tuning;

/// A heading with teaser vocabulary just before a box, or before the
/// wrapper the box opens (up to three levels).
pub(super) fn label_heading(doc: &Document, boxed: NodeId) -> Option<NodeId> {
    let mut cur = boxed;
    for _ in 0..tuning::LABEL_HEADING_LEVELS {
        if let Some(prev) = related::previous_element_sibling(doc, cur) {
            let is_label = matches!(
                doc.tag_name(prev),
                Some("h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div" | "strong")
            ) && related::is_teaser_label(&doc.text(prev));
            return is_label.then_some(prev);
        }
        cur = doc.parent(cur)?;
    }
    None
}

/// Structural teaser boxes inside the body (link lists with headline links).
pub(super) fn find_structural_boxes(
    doc: &Document,
    roles: &[Role],
    stats: &Stats,
    root: NodeId,
    out: &mut Vec<(NodeId, Option<String>)>,
) {
    let end = doc.subtree_end(root);
    let mut grids: Vec<NodeId> = Vec::new();
    let mut i = root.index() + 1;
    while i < end {
        let id = NodeId(i as u32);
        if roles[i] != Role::Keep || doc.element(id).is_none() {
            i = if doc.element(id).is_some() {
                doc.subtree_end(id)
            } else {
                i + 1
            };
            continue;
        }
        // A fact box's cells are its data, not boxes of their own.
        if related::is_fact_table(doc, id) {
            i = doc.subtree_end(id);
            continue;
        }
        if stats.link_chars[i] > 0 && related::looks_like_teaser_box(doc, roles, stats, id) {
            out.push((id, None));
            i = doc.subtree_end(id);
            continue;
        }
        // Card grids: decided below, once all are known.
        if stats.link_chars[i] > 0 && related::looks_like_card_grid(doc, roles, stats, id) {
            grids.push(id);
            i = doc.subtree_end(id);
            continue;
        }
        if stats.link_chars[i] == 0
            && (1..=tuning::MAX_LINK_RUN_LABEL_CHARS).contains(&stats.chars[i])
            && matches!(
                doc.tag_name(id),
                Some("p" | "div" | "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "b")
            )
            && related::next_element_sibling(doc, id)
                .is_some_and(|s| stats.link_chars[s.index()] > 0)
        {
            let run = labelled_link_run(doc, roles, stats, id);
            if let Some(&last) = run.last() {
                let label = normalize_space(&doc.text(id));
                out.extend(run.into_iter().map(|n| (n, Some(label.clone()))));
                i = doc.subtree_end(last);
                continue;
            }
        }
        i += 1;
    }
    // Card grids at the end of the body: no prose follows them but other
    // teaser boxes (a listicle's items are followed by more of the article).
    for &g in grids.iter().rev() {
        let end = doc.subtree_end(g);
        let boxed: u32 = out
            .iter()
            .filter(|&&(b, _)| b.index() >= end && doc.contains(root, b))
            .map(|&(b, _)| stats.para_chars[b.index()])
            .sum();
        if prose_after(doc, stats, root, g).saturating_sub(boxed) < tuning::MAX_PROSE_AFTER_END_GRID
        {
            out.push((g, None));
        } else {
            break;
        }
    }
}

/// Paragraph text after `node` inside `root`: its following siblings and
/// those of its ancestors up to `root`.
fn prose_after(doc: &Document, stats: &Stats, root: NodeId, node: NodeId) -> u32 {
    let mut total = 0;
    let mut cur = node;
    while cur != root {
        let mut sib = doc.next_sibling(cur);
        while let Some(s) = sib {
            total += stats.para_chars[s.index()];
            sib = doc.next_sibling(s);
        }
        match doc.parent(cur) {
            Some(p) => cur = p,
            None => break,
        }
    }
    total
}

/// A teaser label line ("Schon gelesen?", "Read more") followed by sibling
/// blocks that are each one headline link (embedded post cards, "Read more"
/// links one per paragraph): those blocks form a teaser box.
fn labelled_link_run(doc: &Document, roles: &[Role], stats: &Stats, label: NodeId) -> Vec<NodeId> {
    if !related::is_teaser_label(&doc.text(label)) {
        return Vec::new();
    }
    let mut run = Vec::new();
    let mut next = doc.next_sibling(label);
    while let Some(s) = next {
        next = doc.next_sibling(s);
        if doc.element(s).is_none() {
            if doc.text_node(s).is_some_and(|t| !t.trim().is_empty()) {
                break;
            }
            continue;
        }
        let i = s.index();
        if stats.chars[i] == 0 {
            continue;
        }
        let card = roles[i] == Role::Keep
            && stats.chars[i] <= tuning::MAX_LINK_CARD_CHARS
            && stats.link_density(s) >= tuning::MIN_LINK_DENSITY_FOR_LINK_CARD
            && related::headline_links(doc, roles, s, 2).len() == 1;
        if !card {
            break;
        }
        run.push(s);
    }
    run
}

/// Element siblings after the body roots and after their ancestors, up to
/// `body`: where "Explore" / "Related" lists live.
pub(super) fn following_region(doc: &Document, roots: &[NodeId]) -> Vec<NodeId> {
    let Some(&last) = roots.last() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cur = last;
    for _ in 0..tuning::FOLLOWING_REGION_LEVELS {
        let mut sib = doc.next_sibling(cur);
        while let Some(s) = sib {
            if doc.element(s).is_some() {
                out.push(s);
            }
            sib = doc.next_sibling(s);
        }
        match doc.parent(cur) {
            Some(p) if !doc.is(p, "body") && doc.element(p).is_some() => cur = p,
            _ => break,
        }
    }
    out
}
