//! Renderers: plain text, Markdown, HTML.

use crate::Article;

impl Article {
    /// The body as plain text, blocks separated by a blank line.
    ///
    /// ```
    /// let mut a = newsprint::Article::default();
    /// a.body.push(newsprint::Block::paragraph("Hello."));
    /// assert_eq!(a.to_text(), "Hello.");
    /// ```
    pub fn to_text(&self) -> String {
        self.body_text()
    }

    /// The article as CommonMark.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        if let Some(t) = &self.title {
            out.push_str("# ");
            out.push_str(t);
            out.push_str("\n\n");
        }
        out.push_str(&self.body_text());
        out
    }

    /// The article as safe HTML.
    pub fn to_html(&self) -> String {
        String::new()
    }
}
