//! Inline marks → a properly nested token stream shared by the Markdown and
//! HTML renderers.
//!
//! [`Mark`]s are byte ranges over a block's text and come from anywhere
//! (the extractor, a rule, a caller building an [`Article`](crate::Article)
//! by hand, a deserialised JSON file), so nothing about them is trusted:
//!
//! - ranges that are empty, reversed, past the end of the text or not on a
//!   char boundary are skipped;
//! - links whose target is not a safe URL ([`safe_url`]) are dropped (their
//!   text stays);
//! - a mark that starts inside another and ends after it is clipped to the
//!   outer mark's end;
//! - a mark inside a mark of the same kind (link in link, emphasis in
//!   emphasis, strong in strong) and anything inside inline code is skipped.
//!
//! So the nesting depth is at most four and the work is `O(n log n)` in the
//! number of marks.

use crate::parse::url::{UrlUse, safe_url};
use crate::{Mark, MarkKind};

/// An inline span kind after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Span {
    /// A link to a URL that passed [`safe_url`].
    Link(String),
    Emphasis,
    Strong,
}

/// One token of inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok<'a> {
    Text(&'a str),
    Open(Span),
    Close(Span),
    /// Inline code (never contains other tokens).
    Code(&'a str),
}

#[derive(Debug, Clone)]
struct Accepted {
    start: usize,
    end: usize,
    /// `None` for inline code.
    span: Option<Span>,
}

fn rank(kind: &MarkKind) -> u8 {
    match kind {
        MarkKind::Link { .. } => 0,
        MarkKind::Strong => 1,
        MarkKind::Emphasis => 2,
        MarkKind::Code => 3,
    }
}

fn same_category(a: &Option<Span>, b: &Option<Span>) -> bool {
    matches!(
        (a, b),
        (Some(Span::Link(_)), Some(Span::Link(_)))
            | (Some(Span::Emphasis), Some(Span::Emphasis))
            | (Some(Span::Strong), Some(Span::Strong))
            | (None, None)
    )
}

/// Turns a block's text and marks into a nested token stream.
pub(crate) fn tokens<'a>(text: &'a str, marks: &[Mark]) -> Vec<Tok<'a>> {
    let mut valid: Vec<&Mark> = marks
        .iter()
        .filter(|m| {
            m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
        })
        .collect();
    valid.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(rank(&a.kind).cmp(&rank(&b.kind)))
    });

    // Accept marks into a properly nested list (sorted by start, outer
    // first).
    let mut accepted: Vec<Accepted> = Vec::new();
    let mut stack: Vec<Accepted> = Vec::new();
    for m in valid {
        while stack.last().is_some_and(|top| top.end <= m.start) {
            stack.pop();
        }
        let span = match &m.kind {
            MarkKind::Link { href } => match safe_url(href, UrlUse::Link) {
                Some(u) => Some(Span::Link(u)),
                None => continue,
            },
            MarkKind::Emphasis => Some(Span::Emphasis),
            MarkKind::Strong => Some(Span::Strong),
            MarkKind::Code => None,
        };
        if stack
            .iter()
            .any(|s| s.span.is_none() || same_category(&s.span, &span))
        {
            continue;
        }
        let end = stack.last().map_or(m.end, |top| m.end.min(top.end));
        if end <= m.start {
            continue;
        }
        let a = Accepted {
            start: m.start,
            end,
            span,
        };
        stack.push(a.clone());
        accepted.push(a);
    }

    let mut out = Vec::with_capacity(accepted.len() * 3 + 1);
    let mut cursor = 0;
    let mut open: Vec<Accepted> = Vec::new();
    let push_text = |out: &mut Vec<Tok<'a>>, from: usize, to: usize| {
        if from < to {
            out.push(Tok::Text(&text[from..to]));
        }
    };
    for m in accepted {
        while let Some(top) = open.last() {
            if top.end > m.start {
                break;
            }
            let top = open.pop().expect("checked");
            push_text(&mut out, cursor, top.end);
            cursor = top.end;
            out.push(Tok::Close(top.span.expect("only spans are opened")));
        }
        push_text(&mut out, cursor, m.start);
        cursor = m.start;
        match &m.span {
            None => {
                out.push(Tok::Code(&text[m.start..m.end]));
                cursor = m.end;
            }
            Some(span) => {
                out.push(Tok::Open(span.clone()));
                open.push(m);
            }
        }
    }
    while let Some(top) = open.pop() {
        push_text(&mut out, cursor, top.end);
        cursor = top.end;
        out.push(Tok::Close(top.span.expect("only spans are opened")));
    }
    push_text(&mut out, cursor, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, kind: MarkKind) -> Mark {
        Mark::new(start, end, kind)
    }

    fn link(h: &str) -> MarkKind {
        MarkKind::Link { href: h.into() }
    }

    /// Concatenated text of the tokens is always the block text.
    fn text_of(toks: &[Tok<'_>]) -> String {
        toks.iter()
            .map(|t| match t {
                Tok::Text(s) | Tok::Code(s) => *s,
                _ => "",
            })
            .collect()
    }

    fn balanced(toks: &[Tok<'_>]) -> bool {
        let mut st = Vec::new();
        for t in toks {
            match t {
                Tok::Open(s) => st.push(s.clone()),
                Tok::Close(s) if st.pop().as_ref() != Some(s) => return false,
                _ => {}
            }
        }
        st.is_empty()
    }

    #[test]
    fn simple_marks() {
        let t = "read the report now";
        let toks = tokens(
            t,
            &[
                m(5, 15, link("https://e.com/r")),
                m(9, 15, MarkKind::Emphasis),
            ],
        );
        assert_eq!(
            toks,
            vec![
                Tok::Text("read "),
                Tok::Open(Span::Link("https://e.com/r".into())),
                Tok::Text("the "),
                Tok::Open(Span::Emphasis),
                Tok::Text("report"),
                Tok::Close(Span::Emphasis),
                Tok::Close(Span::Link("https://e.com/r".into())),
                Tok::Text(" now"),
            ]
        );
    }

    #[test]
    fn bad_offsets_are_skipped() {
        let t = "héllo wörld";
        let marks = [
            m(2, 3, MarkKind::Strong), // inside 'é'
            m(5, 2, MarkKind::Strong),
            m(0, 999, MarkKind::Strong),
            m(usize::MAX - 1, usize::MAX, MarkKind::Emphasis),
            m(3, 3, MarkKind::Code),
            m(0, 1, link("javascript:alert(1)")),
        ];
        let toks = tokens(t, &marks);
        assert_eq!(toks, vec![Tok::Text(t)]);
    }

    #[test]
    fn overlaps_are_clipped_and_same_kind_nesting_skipped() {
        let t = "abcdefghij";
        let marks = [
            m(0, 5, MarkKind::Emphasis),
            m(3, 8, MarkKind::Strong),
            m(1, 4, MarkKind::Emphasis),
            m(6, 9, MarkKind::Code),
            m(7, 8, MarkKind::Strong),
        ];
        let toks = tokens(t, &marks);
        assert_eq!(text_of(&toks), t);
        assert!(balanced(&toks));
        assert_eq!(
            toks,
            vec![
                Tok::Open(Span::Emphasis),
                Tok::Text("abc"),
                Tok::Open(Span::Strong),
                Tok::Text("de"),
                Tok::Close(Span::Strong),
                Tok::Close(Span::Emphasis),
                Tok::Text("f"),
                Tok::Code("ghi"),
                Tok::Text("j"),
            ]
        );
    }

    #[test]
    fn many_random_marks_stay_balanced() {
        let t = "The quick brown fox jumps over the lazy dog — ünïcödé";
        let mut seed = 12345u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..500 {
            let n = (next() % 12) as usize;
            let marks: Vec<Mark> = (0..n)
                .map(|_| {
                    let a = (next() % (t.len() as u64 + 3)) as usize;
                    let b = (next() % (t.len() as u64 + 3)) as usize;
                    let kind = match next() % 4 {
                        0 => link("/x"),
                        1 => MarkKind::Emphasis,
                        2 => MarkKind::Strong,
                        _ => MarkKind::Code,
                    };
                    m(a, b, kind)
                })
                .collect();
            let toks = tokens(t, &marks);
            assert_eq!(text_of(&toks), t);
            assert!(balanced(&toks));
        }
    }
}
