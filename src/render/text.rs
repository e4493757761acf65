//! Plain-text output.

use crate::Article;

/// The body as plain text: each prose block's [`Block::text`](crate::Block::text)
/// (list items on their own lines, table cells tab-separated; figures left
/// out), blocks separated by one blank line, empty blocks skipped. No
/// title or other header: this is the body text the CLI's `--format text`
/// prints and the quality scorers compare.
pub(crate) fn render(article: &Article) -> String {
    article.body_text()
}
