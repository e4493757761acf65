//! Reading an article's blocks in tests.

use newsprint::{Article, Block};

/// The texts of the body's paragraph blocks, in order.
pub fn paragraphs(a: &Article) -> Vec<&str> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}
