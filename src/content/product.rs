//! Product pages: the product's frame.
//!
//! A product page states its content in short pieces (the name, a price,
//! a few lines of description, a list of features, a table of specs) that
//! the prose scorer undervalues: it picks the longest prose on the page,
//! which is often a review, a legal notice in a footer dialog or a
//! newsletter box. The product's own headline anchors the content: the
//! body is the smallest container that holds both the headline and what
//! the scorer found, within the page's main column.

use std::collections::HashSet;

use crate::Block;
use crate::dom::{Document, NodeId, normalize_space};
use crate::tuning;

use super::classify::Role;

/// Whether the page declares itself a single product (JSON-LD `Product`,
/// `og:type` product), not a group of them.
pub(crate) fn declares_product(declared: &[String]) -> bool {
    use crate::lexicon::page_kinds::{PRODUCT_GROUP_TYPES, PRODUCT_TYPES};
    use crate::page_kind::declares_any;
    declares_any(declared, PRODUCT_TYPES) && !declares_any(declared, PRODUCT_GROUP_TYPES)
}

/// The page's main column: the one outermost of its main elements
/// (`mains`, in document order; `None` when two stand apart).
fn main_column(doc: &Document, mains: &[NodeId]) -> Option<NodeId> {
    let (&first, rest) = mains.split_first()?;
    rest.iter()
        .all(|&m| doc.contains(first, m))
        .then_some(first)
}

/// Whether a headline's text names the page's title (one holds the other,
/// case and spacing aside).
fn names_title(headline: &str, title: &str) -> bool {
    let norm = |s: &str| normalize_space(s).to_lowercase();
    let (h, t) = (norm(headline), norm(title));
    !h.is_empty() && (t.contains(&h) || h.contains(&t))
}

/// The product's frame: the lowest common ancestor of the product's
/// headline (the first `<h1>` that is not junk and names the page's
/// title) and the body roots, kept inside the main column when that holds
/// the headline. When the roots already hold the headline, the body is
/// the buy box grown to its ancestors (`grown_buy_box`). `None` when no
/// headline names the title, or nothing changes. `chars` is the kept text
/// of each node (`Stats::chars`); `mains` the page's main elements.
pub(crate) fn frame(
    doc: &Document,
    roles: &[Role],
    roots: &[NodeId],
    title: Option<&str>,
    chars: &[u32],
    mains: &[NodeId],
) -> Option<NodeId> {
    let title = title?;
    let h1 = doc
        .elements_named("h1")
        .find(|&h| roles[h.index()] != Role::Junk && names_title(&doc.text(h), title))?;
    if roots.iter().any(|&r| doc.contains(r, h1)) {
        return grown_buy_box(doc, roots, chars, mains);
    }
    let mut frame = doc.parent(h1)?;
    for &r in roots {
        while !doc.contains(frame, r) {
            frame = doc.parent(frame)?;
        }
    }
    if let Some(main) = main_column(doc, mains).filter(|&m| doc.contains(m, h1))
        && doc.contains(frame, main)
    {
        frame = main;
    }
    if doc.is(frame, "body") || doc.is(frame, "html") || roles[frame.index()] != Role::Keep {
        return None;
    }
    Some(frame)
}

/// A body root that holds the product's headline is often only the buy
/// box (name, price, a line of description, the cart button), while the
/// description, the features and the specs sit in its siblings (tabs,
/// sections below). The root grows to its ancestors, up to the main
/// column and never to `<body>`, while an ancestor holds at most
/// `tuning::PRODUCT_FRAME_MAX_GROWTH` times the root's text. `None` when
/// it cannot grow.
fn grown_buy_box(
    doc: &Document,
    roots: &[NodeId],
    chars: &[u32],
    mains: &[NodeId],
) -> Option<NodeId> {
    let [root] = roots else {
        return None;
    };
    let root = *root;
    let limit = chars[root.index()].saturating_mul(tuning::PRODUCT_FRAME_MAX_GROWTH);
    let main = main_column(doc, mains).filter(|&m| doc.contains(m, root));
    let mut frame = root;
    while Some(frame) != main {
        let parent = doc.parent(frame)?;
        if doc.is(parent, "body") || chars[parent.index()] > limit {
            break;
        }
        frame = parent;
    }
    (frame != root).then_some(frame)
}

/// The customer-review containers inside `roots`, outermost only, in
/// document order: elements whose class or id holds a word of
/// `lexicon::class_names::REVIEW_WORDS` as a whole token ("reviews",
/// "product-reviews", "review_list"; not "reviewed").
///
/// The roots themselves are never review boxes, and none is returned when
/// less than `tuning::MIN_BODY_CHARS` of the roots' text (`chars`) would
/// remain: a review that is the page's text (a critic's review of the
/// product) stays.
pub(crate) fn review_boxes(doc: &Document, roots: &[NodeId], chars: &[u32]) -> Vec<NodeId> {
    use crate::lexicon::class_names::REVIEW_WORDS;
    let names_reviews = |v: &str| {
        v.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| REVIEW_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w)))
    };
    // Ids of three words or more are anchors made from a heading
    // ("acme-x200-review"), not layout names ("reviews", "tab-reviews").
    let layout_id = |v: &&str| v.split(['-', '_']).count() <= tuning::MAX_REVIEW_ID_WORDS;
    let mut out = Vec::new();
    for &root in roots {
        let (mut i, end) = (root.index() + 1, doc.subtree_end(root));
        while i < end {
            let id = NodeId(i as u32);
            if doc.element(id).is_some()
                && (doc.attr(id, "class").is_some_and(names_reviews)
                    || doc
                        .attr(id, "id")
                        .filter(layout_id)
                        .is_some_and(names_reviews))
            {
                out.push(id);
                i = doc.subtree_end(id);
                continue;
            }
            i += 1;
        }
    }
    let total: u32 = roots.iter().map(|r| chars[r.index()]).sum();
    let reviews: u32 = out.iter().map(|b| chars[b.index()]).sum();
    if (total.saturating_sub(reviews) as usize) < tuning::MIN_BODY_CHARS {
        out.clear();
    }
    out
}

/// The product description the page states in its JSON-LD (`stated`), as
/// paragraphs, when the body found in the markup lacks it: a shop that
/// renders its description tabs with a script, or keeps them in a drawer
/// the page builds on demand, still states the text for search engines.
/// `None` when the description is short (under
/// `tuning::MIN_STATED_DESCRIPTION_WORDS` words) or when the body already
/// holds `tuning::STATED_DESCRIPTION_FOUND_SHARE_DIVISOR`ths of its words
/// or more.
pub(crate) fn missing_description(body: &[Block], stated: &str) -> Option<Vec<Block>> {
    let paragraphs = super::json_ld_body::paragraphs(stated);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let stated_words: Vec<String> = paragraphs.iter().flat_map(|p| words(&p.text())).collect();
    if stated_words.len() < tuning::MIN_STATED_DESCRIPTION_WORDS {
        return None;
    }
    let found: HashSet<String> = body.iter().flat_map(|b| words(&b.text())).collect();
    let present = stated_words.iter().filter(|w| found.contains(*w)).count();
    (present * tuning::STATED_DESCRIPTION_FOUND_SHARE_DIVISOR < stated_words.len())
        .then_some(paragraphs)
}
