//! Plain-text page dumps → [`Article`](crate::Article).

use crate::{Article, Block};

/// Segments a text dump into an article.
pub(crate) fn extract(text: &str, url: Option<&str>) -> Article {
    let mut a = Article {
        url: url.map(str::to_owned),
        ..Article::default()
    };
    for para in text.split("\n\n") {
        let p = crate::normalize_space(para);
        if !p.is_empty() {
            a.body.push(Block::paragraph(p));
        }
    }
    a
}
