//! CommonMark output.
//!
//! Every character of article text is written so that it means itself:
//! ASCII punctuation that CommonMark (or GFM) gives a meaning anywhere in a
//! line is backslash-escaped (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|`
//! `~`), and so is punctuation that only matters at the start of a line
//! (`#`, `-`, `+`, `=`, the `.` / `)` after a number). Leading whitespace of
//! a line is dropped (it could start an indented code block) and line breaks
//! inside a text become hard line breaks (`\` at the end of the line), so
//! text can never open a new block, an HTML block, an autolink or a link
//! reference definition. Link and image targets go through the same URL
//! check as the HTML renderer; a link whose target fails it is written as
//! its text alone.

use std::fmt::Write as _;

use super::inline::{Span, Tok, tokens};
use super::{byline_line, table_width};
use crate::parse::url::{UrlUse, safe_url};
use crate::{Article, Block, Image, Mark, MarkKind, RelatedList};

/// Renders the whole article.
pub(crate) fn render(article: &Article) -> String {
    let mut blocks: Vec<String> = Vec::new();
    if let Some(title) = article.title.as_deref() {
        let t = heading(1, title);
        if !t.is_empty() {
            blocks.push(t);
        }
    }
    if let Some(line) = byline_line(article) {
        let marks = [Mark::new(0, line.len(), MarkKind::Emphasis)];
        blocks.push(inline(&line, &marks, false));
    }
    let mut last_list: Option<(bool, bool)> = None; // (ordered, alternate marker)
    for block in &article.body {
        let mut list_state = None;
        let rendered = match block {
            Block::Paragraph { text, marks } => inline(text, marks, false),
            Block::Heading { level, text } => heading(*level, text),
            Block::List { ordered, items } => {
                // Two lists in a row would merge into one: alternate the
                // marker (`-`/`*`, `.`/`)`) to keep them apart.
                let alt = matches!(last_list, Some((o, a)) if o == *ordered && !a);
                list_state = Some((*ordered, alt));
                list(*ordered, alt, items)
            }
            Block::Quote { text } => prefix_lines(&inline(text, &[], false), "> ", "> "),
            Block::Figure { image } => figure(image),
            Block::Table { rows, .. } => table(rows),
            Block::Code { text } => code_block(text),
        };
        if rendered.is_empty() {
            continue;
        }
        last_list = list_state;
        blocks.push(rendered);
    }
    for list in &article.related {
        let label = related_label(list);
        // A list right after a `-` list, with no heading between them,
        // would merge into it: use `*` then.
        let alt = label.is_none() && matches!(last_list, Some((false, false)));
        let items = related_items(list, if alt { '*' } else { '-' });
        if items.is_empty() {
            continue;
        }
        blocks.extend(label);
        blocks.push(items);
        last_list = Some((false, alt));
    }
    blocks.join("\n\n")
}

/// A related list's label as a level-2 heading, as in the HTML output.
fn related_label(list: &RelatedList) -> Option<String> {
    let label = list.label.as_deref()?.trim();
    Some(heading(2, label)).filter(|h| !h.is_empty())
}

/// A related list's items as a bullet list (`marker` `-` or `*`): the item
/// titles — links where the URL is safe — each followed by " — author" when
/// known. Items without a title are left out; none gives an empty string.
fn related_items(list: &RelatedList, marker: char) -> String {
    let mut out = String::new();
    for item in &list.items {
        let title = item.title.trim();
        if title.is_empty() {
            continue;
        }
        let mut text = title.to_string();
        let mut marks = Vec::new();
        if let Some(href) = item.url.as_deref() {
            // `inline` keeps the link only if the URL is safe.
            marks.push(Mark::new(
                0,
                text.len(),
                MarkKind::Link { href: href.into() },
            ));
        }
        if let Some(a) = item
            .author
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            text.push_str(" — ");
            text.push_str(a);
        }
        let body = inline(&text, &marks, true);
        if body.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push(marker);
        out.push(' ');
        out.push_str(&body);
    }
    out
}

/// `#` × level, then the text on one line.
fn heading(level: u8, text: &str) -> String {
    let body = inline(text, &[], true);
    if body.is_empty() {
        return String::new();
    }
    let level = level.clamp(1, 6) as usize;
    format!("{} {}", "#".repeat(level), body)
}

fn list(ordered: bool, alt: bool, items: &[String]) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for item in items {
        let body = inline(item, &[], false);
        if body.is_empty() {
            continue;
        }
        n += 1;
        let marker = match (ordered, alt) {
            (false, false) => "-".to_string(),
            (false, true) => "*".to_string(),
            (true, false) => format!("{n}."),
            (true, true) => format!("{n})"),
        };
        let first = format!("{marker} ");
        let cont = " ".repeat(first.len());
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&prefix_lines(&body, &first, &cont));
    }
    out
}

fn figure(image: &Image) -> String {
    let mut parts = Vec::new();
    if let Some(url) = image.url.as_deref().and_then(|u| safe_url(u, UrlUse::Web)) {
        let alt = image.alt.as_deref().unwrap_or("");
        parts.push(format!(
            "![{}]({})",
            inline(alt, &[], true),
            destination(&url)
        ));
    }
    let caption = super::caption_line(image);
    if let Some(c) = caption {
        let c = inline(&c, &[], false);
        if !c.is_empty() {
            parts.push(c);
        }
    }
    parts.join("\n\n")
}

/// A GFM table. GFM has exactly one header row: the table's first row
/// takes that place whether or not the page marked it as a header (further
/// header rows follow as ordinary rows).
fn table(rows: &[Vec<String>]) -> String {
    // GFM takes the column count from the header row and fills short body
    // rows with empty cells, so only the header is padded: the output stays
    // linear in the input however ragged the rows are.
    let width = table_width(rows);
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let row_line = |out: &mut String, row: &[String], cells: usize| {
        out.push('|');
        for i in 0..cells {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            let c = inline(cell, &[], true);
            if c.is_empty() {
                out.push_str("  |");
            } else {
                let _ = write!(out, " {c} |");
            }
        }
    };
    row_line(&mut out, &rows[0], width);
    out.push_str("\n|");
    for _ in 0..width {
        out.push_str(" --- |");
    }
    for row in &rows[1..] {
        out.push('\n');
        row_line(&mut out, row, row.len().max(1));
    }
    out
}

fn code_block(text: &str) -> String {
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return String::new();
    }
    let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
    format!("{fence}\n{text}\n{fence}")
}

fn longest_run(s: &str, c: char) -> usize {
    let mut best = 0;
    let mut cur = 0;
    for ch in s.chars() {
        if ch == c {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

/// Prefixes the first line with `first` and the others with `rest`.
fn prefix_lines(s: &str, first: &str, rest: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(s.len() + first.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(rest);
        } else {
            out.push_str(first);
        }
        out.push_str(line);
    }
    out
}

/// A link or image destination: whitespace and controls percent-encoded,
/// the characters that end or escape a destination backslash-escaped.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_whitespace() || c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            if matches!(c, '\\' | '(' | ')' | '<' | '>' | '&' | '`') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Inline Markdown for a text with its marks. `one_line` (headings, table
/// cells, alt text) turns line breaks into spaces and escapes `#` too.
fn inline(text: &str, marks: &[Mark], one_line: bool) -> String {
    let mut w = Writer {
        out: String::with_capacity(text.len() + 8),
        one_line,
        ..Writer::default()
    };
    for tok in tokens(text, marks) {
        match tok {
            Tok::Text(s) => {
                for c in s.chars() {
                    w.char(c);
                }
            }
            Tok::Open(span) => w.open.push((span, false)),
            Tok::Close(_) => w.close(),
            Tok::Code(s) => w.code(s),
        }
    }
    w.out
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Ws {
    #[default]
    None,
    Space,
    Break,
}

/// Streaming inline writer: defers whitespace and opening delimiters until
/// the next visible character, so that delimiters always hug text (which
/// CommonMark's flanking rules require) and marks over whitespace vanish.
#[derive(Default)]
struct Writer {
    out: String,
    /// Headings and table cells: line breaks become spaces, `#` and `|`
    /// escaped everywhere.
    one_line: bool,
    ws: Ws,
    /// Open spans and whether their opening delimiter was written.
    open: Vec<(Span, bool)>,
    /// True at the start of the text and after a hard break.
    line_start: bool,
    /// The line so far is a run of digits (a `1.` list marker could follow).
    digits: bool,
    /// The last written character is an unescaped `!`.
    bang: bool,
    started: bool,
}

impl Writer {
    /// Writes pending whitespace and opening delimiters before visible
    /// content.
    fn flush(&mut self) {
        if !self.started {
            self.started = true;
            self.line_start = true;
            self.ws = Ws::None;
        }
        match std::mem::take(&mut self.ws) {
            Ws::None => {}
            Ws::Space => self.raw(" "),
            Ws::Break => {
                self.raw("\\\n");
                self.line_start = true;
                self.digits = false;
            }
        }
        let pending = self.open.iter().position(|(_, done)| !done);
        if let Some(from) = pending {
            for i in from..self.open.len() {
                let delim = match &self.open[i].0 {
                    Span::Link(_) => {
                        if self.bang {
                            // `![` would start an image.
                            self.out.pop();
                            self.out.push_str("\\!");
                        }
                        "["
                    }
                    Span::Emphasis => "*",
                    Span::Strong => "**",
                };
                self.raw(delim);
                self.open[i].1 = true;
            }
            self.line_start = false;
            self.digits = false;
        }
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
        self.bang = false;
    }

    fn char(&mut self, c: char) {
        if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
            if self.started {
                if !self.one_line {
                    self.ws = Ws::Break;
                } else if self.ws == Ws::None {
                    self.ws = Ws::Space;
                }
            }
            return;
        }
        if c.is_whitespace() {
            if self.started && self.ws == Ws::None {
                self.ws = Ws::Space;
            }
            return;
        }
        self.flush();
        let mut escape = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~'
        );
        if self.line_start {
            escape |= matches!(c, '#' | '-' | '+' | '=');
            self.digits = c.is_ascii_digit();
            self.line_start = false;
        } else if self.digits {
            if matches!(c, '.' | ')') {
                escape = true;
            }
            self.digits = c.is_ascii_digit();
        }
        if self.one_line && c == '#' {
            escape = true;
        }
        if escape {
            self.out.push('\\');
        }
        if c == '\0' {
            self.out.push('\u{fffd}');
        } else {
            self.out.push(c);
        }
        self.bang = c == '!' && !escape;
    }

    fn close(&mut self) {
        let Some((span, written)) = self.open.pop() else {
            return;
        };
        if !written {
            return;
        }
        match span {
            Span::Link(url) => {
                self.raw("](");
                let d = destination(&url);
                self.raw(&d);
                self.raw(")");
            }
            Span::Emphasis => self.raw("*"),
            Span::Strong => self.raw("**"),
        }
    }

    fn code(&mut self, s: &str) {
        let flat: String = s
            .chars()
            .map(|c| {
                if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        if flat.trim().is_empty() {
            if self.started && self.ws == Ws::None && !flat.is_empty() {
                self.ws = Ws::Space;
            }
            return;
        }
        self.flush();
        let fence = "`".repeat(longest_run(&flat, '`') + 1);
        let pad = flat.starts_with(['`', ' ']) || flat.ends_with(['`', ' ']);
        self.raw(&fence);
        if pad {
            self.raw(" ");
        }
        self.raw(&flat);
        if pad {
            self.raw(" ");
        }
        self.raw(&fence);
        self.line_start = false;
        self.digits = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> String {
        inline(text, &[], false)
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            md("a *b* _c_ `d` [e](f) <g> & h|i ~j"),
            r"a \*b\* \_c\_ \`d\` \[e\](f) \<g\> \& h\|i \~j"
        );
        assert_eq!(md("# not a heading"), r"\# not a heading");
        assert_eq!(md("1. not a list"), r"1\. not a list");
        assert_eq!(md("2024) year"), r"2024\) year");
        assert_eq!(md("- no"), r"\- no");
        assert_eq!(md("+ no"), r"\+ no");
        assert_eq!(md("C# and 3.5"), "C# and 3.5");
        assert_eq!(md("   indented"), "indented");
        assert_eq!(md("line one\nline two\n\n"), "line one\\\nline two");
        assert_eq!(md("a\n=== b"), "a\\\n\\=== b");
    }

    #[test]
    fn marks_hug_text() {
        let t = "see  the report ";
        let marks = [
            Mark::new(3, 15, MarkKind::Emphasis),
            Mark::new(5, 8, MarkKind::Strong),
        ];
        assert_eq!(inline(t, &marks, false), "see ***the** report*");
        let marks = [Mark::new(3, 5, MarkKind::Strong)];
        assert_eq!(inline(t, &marks, false), "see the report");
    }

    #[test]
    fn links_and_code() {
        let t = "Wow!Read it `now`";
        let marks = [
            Mark::new(
                4,
                11,
                MarkKind::Link {
                    href: "https://e.com/a b(c)".into(),
                },
            ),
            Mark::new(12, 17, MarkKind::Code),
        ];
        assert_eq!(
            inline(t, &marks, false),
            r"Wow\![Read it](https://e.com/a%20b\(c\)) `` `now` ``"
        );
        let marks = [Mark::new(
            0,
            3,
            MarkKind::Link {
                href: "javascript:alert(1)".into(),
            },
        )];
        assert_eq!(inline(t, &marks, false), r"Wow!Read it \`now\`");
    }

    #[test]
    fn code_fence_is_longer_than_content_runs() {
        assert_eq!(code_block("a ``` b\n"), "````\na ``` b\n````");
        assert_eq!(code_block("x"), "```\nx\n```");
    }

    #[test]
    fn table_pipes_are_escaped_and_rows_padded() {
        let rows = vec![
            vec!["a|b".to_string(), "c".to_string()],
            vec!["d".to_string()],
        ];
        assert_eq!(table(&rows), "| a\\|b | c |\n| --- | --- |\n| d |");
    }
}
