//! Copies of a block of the page: a carousel's cloned slides, the mobile
//! and the desktop layout of one description, a tab's text repeated in an
//! accordion. Pages carry them for their scripts; a reader sees the text
//! once. A copy is a container (an element holding blocks, not a lone
//! paragraph) whose text repeats, word for word, the text of an earlier
//! container outside it.
//!
//! A page may also carry one text twice for screen sizes, a mobile and a
//! desktop layout, with classes saying which copy shows where
//! (`md:hidden` / `hidden md:block`, `d-md-none` / `d-none d-md-block`,
//! `visible-xs` / `hidden-xs`, `mobile-only`). There a copy may be a lone
//! paragraph or a heading: when a subtree's text equals another's and the
//! one is marked (itself or by an ancestor) as the small-screen copy while
//! the other is not, the small-screen copy is left out. Text that repeats
//! without such a mark (a pull quote, a repeated heading) is kept.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::dom::{Document, NodeData, NodeId};
use crate::lexicon::class_names::{
    HIDDEN_AT_SIZE_WORDS, LARGE_SCREEN_WORDS, SHOWN_AT_SIZE_WORDS, SMALL_SCREEN_WORDS,
    UPPER_BOUND_WORDS,
};
use crate::tuning;

use super::classify::Role;
use super::score::Stats;

/// FNV-1a over the words of a text, spacing aside.
fn words_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for word in text.split_whitespace() {
        for b in word.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The copies inside `roots`, in document order: containers with at least
/// `tuning::MIN_COPY_CHARS` of kept text equal to an earlier container's.
/// The text of a container is summed from its text nodes, so that two
/// containers match whatever whitespace sits between their tags.
///
/// Before those, the small-screen copies of [`responsive_copies`] (which
/// the container rule then neither drops again nor keeps as the first of
/// a pair).
pub(crate) fn find(doc: &Document, roles: &[Role], stats: &Stats, roots: &[NodeId]) -> Vec<NodeId> {
    let mut copies = Vec::new();
    let mut first_seen: HashMap<(u64, u32), NodeId> = HashMap::new();
    for &root in roots {
        let (start, end) = (root.index(), doc.subtree_end(root));
        let mut hash = vec![0u64; end - start];
        let mut chars = vec![0u32; end - start];
        for i in (start..end).rev() {
            let id = NodeId(i as u32);
            if roles[i] != Role::Keep {
                continue;
            }
            if let NodeData::Text(t) = &doc.node(id).data {
                let t = t.trim();
                if !t.is_empty() {
                    hash[i - start] = words_hash(t);
                    chars[i - start] = t.chars().count() as u32;
                }
            }
            if let Some(p) = doc
                .parent(id)
                .filter(|&p| p.index() >= start && p.index() < end)
            {
                // An unordered sum: copies keep the order anyway.
                hash[p.index() - start] = hash[p.index() - start].wrapping_add(hash[i - start]);
                chars[p.index() - start] += chars[i - start];
            }
        }
        let small_screen = responsive_copies(doc, roles, root, &hash, &chars);
        let mut i = start;
        while i < end {
            let id = NodeId(i as u32);
            let k = i - start;
            if small_screen.binary_search(&id).is_ok() {
                copies.push(id);
                i = doc.subtree_end(id);
                continue;
            }
            if roles[i] == Role::Keep
                && doc.element(id).is_some()
                && stats.has_block_child[i]
                && chars[k] >= tuning::MIN_COPY_CHARS
            {
                match first_seen.get(&(hash[k], chars[k])) {
                    Some(&first) if !doc.contains(first, id) => {
                        copies.push(id);
                        i = doc.subtree_end(id);
                        continue;
                    }
                    Some(_) => {}
                    None => {
                        first_seen.insert((hash[k], chars[k]), id);
                    }
                }
            }
            i += 1;
        }
    }
    copies
}

/// Which screen sizes a class name says an element is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScreenMark {
    /// Shown on small screens only (`md:hidden`, `visible-xs`).
    Small,
    /// Shown on larger screens only (`hidden md:block`, `hidden-xs`).
    Large,
    /// Said both ways (hidden at every size, or a middle range only).
    Both,
}

/// What one class name (a whitespace-separated class) says of screen
/// sizes: a size word and a hidden-or-shown word among its words (split at
/// `-`, `_` and `:`), read the other way round after an upper-bound word.
fn class_screen_mark(class: &str) -> Option<ScreenMark> {
    let (mut small, mut large, mut hidden, mut shown, mut upper) =
        (false, false, false, false, false);
    for word in class.split(['-', '_', ':']) {
        if word.is_empty() || word.len() > 10 {
            continue;
        }
        let word_is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        small |= word_is(SMALL_SCREEN_WORDS);
        large |= word_is(LARGE_SCREEN_WORDS);
        hidden |= word_is(HIDDEN_AT_SIZE_WORDS);
        shown |= word_is(SHOWN_AT_SIZE_WORDS);
        upper |= word_is(UPPER_BOUND_WORDS);
    }
    if small == large || !(hidden || shown) {
        return None;
    }
    // "hidden-for-small-only" hides; "only" alone shows.
    let shown = !hidden;
    // Small screens, or below a bound, are the same side.
    let small_side = small != upper;
    Some(if shown == small_side {
        ScreenMark::Small
    } else {
        ScreenMark::Large
    })
}

/// What an element's classes say of screen sizes.
fn element_screen_mark(doc: &Document, id: NodeId) -> Option<ScreenMark> {
    let mut mark = None;
    for class in doc.attr(id, "class")?.split_ascii_whitespace() {
        mark = match (mark, class_screen_mark(class)) {
            (m, None) => m,
            (None, m) => m,
            (Some(a), Some(b)) if a == b => Some(a),
            _ => Some(ScreenMark::Both),
        };
    }
    mark
}

/// The screen mark of the text `top` holds, and the node to leave out
/// if that mark is [`ScreenMark::Small`]: the nearest marked node from
/// the innermost wrapper of `top`'s text up to `root` (`hash`, `chars` as
/// in [`responsive_copies`]), or `top` when the mark sits above it.
fn screen_mark(
    doc: &Document,
    root: NodeId,
    top: NodeId,
    hash: &[u64],
    chars: &[u32],
) -> Option<(ScreenMark, NodeId)> {
    let start = root.index();
    let key = |n: NodeId| (hash[n.index() - start], chars[n.index() - start]);
    // Down the wrappers: the one child holding all of the text.
    let mut inner = top;
    while let Some(child) = doc.children(inner).find(|&c| key(c) == key(top)) {
        inner = child;
    }
    let mut node = Some(inner);
    while let Some(n) = node {
        if let Some(mark) = element_screen_mark(doc, n) {
            let leave_out = if doc.contains(top, n) { n } else { top };
            return Some((mark, leave_out));
        }
        if n == root {
            break;
        }
        node = doc.parent(n);
    }
    None
}

/// The small-screen copies inside `root`, sorted: subtrees whose kept text
/// (`hash`, `chars`: the words hash and character count of each node of
/// the root's subtree, by index from the root) equals another subtree's,
/// marked for small screens while the other is not, when the text comes
/// exactly twice. Only the outermost
/// node of a run of wrappers around one text is compared, so two nodes
/// compared never hold one another.
fn responsive_copies(
    doc: &Document,
    roles: &[Role],
    root: NodeId,
    hash: &[u64],
    chars: &[u32],
) -> Vec<NodeId> {
    let start = root.index();
    let mut by_text: FxHashMap<(u64, u32), Vec<NodeId>> = FxHashMap::default();
    for (k, (&h, &c)) in hash.iter().zip(chars).enumerate() {
        let id = NodeId((start + k) as u32);
        if c < tuning::MIN_RESPONSIVE_COPY_CHARS
            || roles[start + k] != Role::Keep
            || doc.element(id).is_none()
        {
            continue;
        }
        let wrapped = k > 0
            && doc.parent(id).is_some_and(|p| {
                let j = p.index() - start;
                hash[j] == h && chars[j] == c
            });
        if !wrapped {
            by_text.entry((h, c)).or_default().push(id);
        }
    }
    let mut out = Vec::new();
    // Exactly two: a text that comes three times or more is a label
    // repeated by items (a town, a difficulty), not one block's two layouts.
    for twins in by_text.values().filter(|t| t.len() == 2) {
        let marks: Vec<Option<(ScreenMark, NodeId)>> = twins
            .iter()
            .map(|&n| screen_mark(doc, root, n, hash, chars))
            .collect();
        let small = |m: &Option<(ScreenMark, NodeId)>| matches!(m, Some((ScreenMark::Small, _)));
        if marks.iter().all(small) {
            continue;
        }
        out.extend(marks.iter().filter(|m| small(m)).map(|m| m.unwrap().1));
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::{ScreenMark, class_screen_mark};

    #[test]
    fn screen_marks_of_class_names() {
        let small = Some(ScreenMark::Small);
        let large = Some(ScreenMark::Large);
        for class in [
            "md:hidden",
            "lg:hidden",
            "d-md-none",
            "visible-xs",
            "visible-xs-block",
            "hidden-lg",
            "show-for-small-only",
            "mobile-only",
            "hide-on-desktop",
            "elementor-hidden-desktop",
            "vc_hidden-lg",
            "max-md:block",
        ] {
            assert_eq!(class_screen_mark(class), small, "{class}");
        }
        for class in [
            "md:block",
            "lg:flex",
            "d-md-block",
            "hidden-xs",
            "vc_hidden-xs",
            "desktop-only",
            "hide-for-small-only",
            "show-for-medium",
            "max-md:hidden",
            "is-hidden-mobile",
        ] {
            assert_eq!(class_screen_mark(class), large, "{class}");
        }
        for class in [
            "hidden",
            "d-none",
            "md:w-1/2",
            "col-md-6",
            "md:max-w-xs",
            "mobile",
        ] {
            assert_eq!(class_screen_mark(class), None, "{class}");
        }
    }
}
