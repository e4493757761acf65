//! Listing bodies: a page whose main content is a list of teasers (a
//! section front, search results, a category's product grid, a job board)
//! has its teasers found as teaser boxes, and the body the scoring found is
//! only the list's heading and intro, a banner or the footer. When such a
//! list is not labelled as a box of teasers ("Related", "More stories"), outside the page's
//! navigation, header, footer and asides, and holds clearly more text than
//! the body, it is the body too: its cards are written as blocks, and its
//! items stay in `related` as data. Not when the body is long or states a
//! price (one product's page, whose grids are recommendations).

use super::classify::Role;
use crate::dom::{Document, NodeId};
use crate::tuning::listing as tuning;

/// A teaser box as read for `related`.
pub(super) struct ReadBox {
    pub node: NodeId,
    pub items: usize,
    pub labelled: bool,
}

/// The boxes that are the page's main list, in document order; empty when
/// the body holds the page's content (`body_chars`: its text, in bytes) or
/// states a price (`body_prices`): then it is one product's page, and the
/// grids around it are recommendations.
pub(super) fn main_lists(
    doc: &Document,
    roles: &[Role],
    boxes: &[ReadBox],
    body_chars: usize,
    body_prices: usize,
) -> Vec<NodeId> {
    if body_chars > tuning::MAX_BODY_CHARS || body_prices > 0 {
        return Vec::new();
    }
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
    if chars < tuning::MIN_BOX_CHARS || chars < body_chars * tuning::BOX_TO_BODY_FACTOR {
        return Vec::new();
    }
    picked.into_iter().map(|b| b.node).collect()
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

/// The roles with the lists' teaser marks lifted, so that their cards are
/// written (junk inside them stays junk).
pub(super) fn lift_teasers(doc: &Document, roles: &[Role], lists: &[NodeId]) -> Vec<Role> {
    let mut out = roles.to_vec();
    for &l in lists {
        for n in doc.descendants(l) {
            if out[n.index()] == Role::Teaser {
                out[n.index()] = Role::Keep;
            }
        }
    }
    out
}
