//! The body a page states in its JSON-LD (`articleBody`), as paragraphs:
//! the fallback for pages whose markup holds little of the article
//! (rendered in the browser by a script, or cut short before a paywall).

use crate::Block;
use crate::parse::text::decode_entities;
use crate::tuning;

/// Paragraphs of a JSON-LD `articleBody`: split at line breaks (and at
/// `<p>`/`<br>` when the publisher put markup in it), tags dropped,
/// character references decoded.
pub(super) fn paragraphs(stated: &str) -> Vec<Block> {
    let text = if stated.contains('<') {
        without_tags(stated)
    } else {
        stated.to_owned()
    };
    text.split('\n')
        .map(|line| crate::normalize_space(&decode_entities(line)))
        .filter(|line| !line.is_empty())
        .map(Block::paragraph)
        .collect()
}

/// Whether the stated body should replace the body found in the markup:
/// it is long, and the markup gave less than a third of its text.
pub(super) fn replaces(found: &[Block], stated: &[Block]) -> bool {
    let chars = |blocks: &[Block]| -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Figure { .. } => 0,
                b => b.text().chars().count(),
            })
            .sum()
    };
    let stated_chars = chars(stated);
    stated_chars >= tuning::MIN_STATED_CHARS
        && chars(found) * tuning::STATED_BODY_GROWTH_FACTOR < stated_chars
}

/// Markup turned into lines: block ends and `<br>` become line breaks,
/// other tags are dropped.
fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            // A lone "<" is text ("a < b").
            out.push_str(&rest[open..]);
            return out;
        };
        let tag = rest[open + 1..open + close]
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if matches!(
            tag.as_str(),
            "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
        ) {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks.iter().map(Block::text).collect()
    }

    #[test]
    fn lines_become_paragraphs() {
        let b = paragraphs("First line of the story.\n\n  Second &amp; last.  \n");
        assert_eq!(texts(&b), ["First line of the story.", "Second & last."]);
    }

    #[test]
    fn markup_inside_is_read_as_text() {
        let b = paragraphs("<p>One <b>bold</b> claim.</p><p>Two, a &lt; b.<br>Three</p>");
        assert_eq!(texts(&b), ["One bold claim.", "Two, a < b.", "Three"]);
        // A lone angle bracket is text.
        assert_eq!(texts(&paragraphs("a < b and c")), ["a < b and c"]);
    }

    #[test]
    fn replaces_only_a_much_shorter_body() {
        let stated = paragraphs(&"A sentence of the stated body. ".repeat(30));
        assert!(replaces(&[], &stated));
        let found = [Block::paragraph(
            "A sentence of the stated body. ".repeat(12),
        )];
        assert!(!replaces(&found, &stated));
        // A short summary never replaces anything.
        assert!(!replaces(&[], &paragraphs("A short summary.")));
    }
}
