//! Safe HTML output.
//!
//! Safe by construction: the output is built from the [`Article`] model, not
//! from the page's markup, so the only elements that can appear are the ones
//! written here — `article`, `h1`–`h6`, `p`, `a`, `em`, `strong`, `code`,
//! `pre`, `ul`, `ol`, `li`, `blockquote`, `figure`, `img`, `figcaption`,
//! `table`, `thead`, `tbody`, `tr`, `th`, `td`, `small`, `aside` — with the
//! attributes `href` and `rel` (on `a`), `src` and `alt` (on `img`). Every
//! text and attribute value is escaped (`&`, `<`, `>`, `"`, `'`); control
//! characters are removed and NUL becomes U+FFFD. URLs pass the scheme check
//! of the [`url`](super::url) module (`http`, `https`, `mailto` for links,
//! relative references) or are dropped: a link without a safe target is
//! written as plain text, an image without one is left out (its caption
//! stays).

use super::inline::{Span, Tok, tokens};
use super::{byline_line, caption_parts, table_width};
use crate::parse::url::{UrlUse, safe_url};
use crate::{Article, Block, Image, Mark, RelatedList};

/// Renders the whole article.
pub(crate) fn render(article: &Article) -> String {
    let mut out = String::with_capacity(256 + article.word_count * 8);
    out.push_str("<article>\n");
    if let Some(title) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
        out.push_str("<h1>");
        text(&mut out, title.trim());
        out.push_str("</h1>\n");
    }
    if let Some(line) = byline_line(article) {
        out.push_str("<p><small>");
        text(&mut out, &line);
        out.push_str("</small></p>\n");
    }
    for block in &article.body {
        self::block(&mut out, block);
    }
    for list in &article.related {
        related(&mut out, list);
    }
    out.push_str("</article>");
    out
}

fn block(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph { text: t, marks } => {
            if t.trim().is_empty() {
                return;
            }
            out.push_str("<p>");
            inline(out, t, marks);
            out.push_str("</p>\n");
        }
        Block::Heading { level, text: t } => {
            if t.trim().is_empty() {
                return;
            }
            let level = (*level).clamp(1, 6);
            out.push_str(&format!("<h{level}>"));
            text(out, t.trim());
            out.push_str(&format!("</h{level}>\n"));
        }
        Block::List { ordered, items } => {
            let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
            if items.is_empty() {
                return;
            }
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag}>\n"));
            for item in items {
                out.push_str("<li>");
                text(out, item.trim());
                out.push_str("</li>\n");
            }
            out.push_str(&format!("</{tag}>\n"));
        }
        Block::Quote { text: t } => {
            if t.trim().is_empty() {
                return;
            }
            out.push_str("<blockquote><p>");
            text(out, t.trim());
            out.push_str("</p></blockquote>\n");
        }
        Block::Figure { image } => figure(out, image),
        Block::Table { rows, header_rows } => table(out, rows, *header_rows),
        Block::Code { text: t } => {
            if t.trim().is_empty() {
                return;
            }
            out.push_str("<pre><code>");
            text(out, t);
            out.push_str("</code></pre>\n");
        }
    }
}

fn figure(out: &mut String, image: &Image) {
    let src = image.url.as_deref().and_then(|u| safe_url(u, UrlUse::Web));
    let (cap, credit) = caption_parts(image);
    if src.is_none() && cap.is_none() && credit.is_none() {
        return;
    }
    out.push_str("<figure>");
    if let Some(src) = src {
        out.push_str("<img src=\"");
        text(out, &src);
        out.push('"');
        if let Some(alt) = image.alt.as_deref() {
            out.push_str(" alt=\"");
            text(out, alt.trim());
            out.push('"');
        }
        out.push('>');
    }
    if cap.is_some() || credit.is_some() {
        out.push_str("<figcaption>");
        if let Some(c) = cap {
            text(out, c);
        }
        if let Some(c) = credit {
            if cap.is_some() {
                out.push(' ');
            }
            out.push_str("<small>");
            text(out, c);
            out.push_str("</small>");
        }
        out.push_str("</figcaption>");
    }
    out.push_str("</figure>\n");
}

/// A table: its header rows in `<thead>` as `<th>` cells, the others in
/// `<tbody>`.
fn table(out: &mut String, rows: &[Vec<String>], header_rows: usize) {
    let width = table_width(rows);
    if width == 0 {
        return;
    }
    out.push_str("<table>\n");
    let (head, body) = rows.split_at(header_rows.min(rows.len()));
    // Rows are written as they are (no padding to the widest row), so the
    // output stays linear in the input however ragged the rows are.
    let row = |out: &mut String, cells: &[String], cell: &str| {
        out.push_str("<tr>");
        for c in cells {
            out.push_str(&format!("<{cell}>"));
            text(out, c.trim());
            out.push_str(&format!("</{cell}>"));
        }
        out.push_str("</tr>\n");
    };
    if !head.is_empty() {
        out.push_str("<thead>\n");
        for h in head {
            row(out, h, "th");
        }
        out.push_str("</thead>\n");
    }
    out.push_str("<tbody>\n");
    for r in body {
        row(out, r, "td");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn related(out: &mut String, list: &RelatedList) {
    let items: Vec<_> = list
        .items
        .iter()
        .filter(|i| !i.title.trim().is_empty())
        .collect();
    if items.is_empty() {
        return;
    }
    out.push_str("<aside>\n");
    if let Some(label) = list.label.as_deref().filter(|l| !l.trim().is_empty()) {
        out.push_str("<h2>");
        text(out, label.trim());
        out.push_str("</h2>\n");
    }
    out.push_str("<ul>\n");
    for item in items {
        out.push_str("<li>");
        match item.url.as_deref().and_then(|u| safe_url(u, UrlUse::Link)) {
            Some(href) => {
                open_link(out, &href);
                text(out, item.title.trim());
                out.push_str("</a>");
            }
            None => text(out, item.title.trim()),
        }
        if let Some(a) = item.author.as_deref().filter(|a| !a.trim().is_empty()) {
            out.push_str(" <small>");
            text(out, a.trim());
            out.push_str("</small>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</aside>\n");
}

fn open_link(out: &mut String, href: &str) {
    out.push_str("<a href=\"");
    text(out, href);
    out.push_str("\" rel=\"nofollow noopener\">");
}

fn inline(out: &mut String, t: &str, marks: &[Mark]) {
    for tok in tokens(t, marks) {
        match tok {
            Tok::Text(s) => text(out, s),
            Tok::Open(Span::Link(href)) => open_link(out, &href),
            Tok::Open(Span::Emphasis) => out.push_str("<em>"),
            Tok::Open(Span::Strong) => out.push_str("<strong>"),
            Tok::Close(Span::Link(_)) => out.push_str("</a>"),
            Tok::Close(Span::Emphasis) => out.push_str("</em>"),
            Tok::Close(Span::Strong) => out.push_str("</strong>"),
            Tok::Code(s) => {
                out.push_str("<code>");
                text(out, s);
                out.push_str("</code>");
            }
        }
    }
}

/// Escapes text for element content and double-quoted attribute values.
fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{fffd}'),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MarkKind;

    #[test]
    fn escapes_everything() {
        let mut s = String::new();
        text(&mut s, "<script>\"a\" & 'b'\0\u{7}</script>");
        assert_eq!(
            s,
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;\u{fffd}&lt;/script&gt;"
        );
    }

    #[test]
    fn paragraph_with_marks() {
        let mut s = String::new();
        let marks = vec![
            Mark::new(0, 4, MarkKind::Strong),
            Mark::new(
                5,
                9,
                MarkKind::Link {
                    href: "https://e.com/?a=1&b=\"2\"".into(),
                },
            ),
            Mark::new(
                10,
                13,
                MarkKind::Link {
                    href: "javascript:alert(1)".into(),
                },
            ),
        ];
        block(
            &mut s,
            &Block::Paragraph {
                text: "Read this <b> now".into(),
                marks,
            },
        );
        assert_eq!(
            s,
            "<p><strong>Read</strong> <a href=\"https://e.com/?a=1&amp;b=&quot;2&quot;\" rel=\"nofollow noopener\">this</a> &lt;b&gt; now</p>\n"
        );
    }

    #[test]
    fn figure_drops_unsafe_src_but_keeps_caption() {
        let mut s = String::new();
        let image = Image {
            url: Some("javascript:alert(1)".into()),
            alt: Some("x".into()),
            caption: Some("Harbour at dawn".into()),
            credit: Some("Photo: A. Lens".into()),
        };
        figure(&mut s, &image);
        assert_eq!(
            s,
            "<figure><figcaption>Harbour at dawn <small>Photo: A. Lens</small></figcaption></figure>\n"
        );
    }
}
