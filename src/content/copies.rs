//! Copies of a block of the page: a carousel's cloned slides, the mobile
//! and the desktop layout of one description, a tab's text repeated in an
//! accordion. Pages carry them for their scripts; a reader sees the text
//! once. A copy is a container (an element holding blocks, not a lone
//! paragraph) whose text repeats, word for word, the text of an earlier
//! container outside it.

use std::collections::HashMap;

use crate::dom::{Document, NodeData, NodeId};
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
        let mut i = start;
        while i < end {
            let id = NodeId(i as u32);
            let k = i - start;
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
