//! Python-compatible text primitives used by the reference scorers in
//! `../shared/tools`: `re` `\w+` tokens, `\s+` squashing, `str.strip()`,
//! `str.casefold()`, and the HTML text collection of `score_readability.py`.
//!
//! The character classes come from tables generated with Python itself
//! (`gen_pytables.py`), so e.g. combining marks split tokens and U+001C..1F
//! count as whitespace exactly as they do in the reference scorers.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use crate::pytables::{CASEFOLD, SPACE, WORD};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < c {
                std::cmp::Ordering::Less
            } else if a > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Python `re` `\w` (Unicode str pattern).
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(WORD, c)
}

/// Python `re` `\s` / `str.isspace()`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' | '\x1c'..='\x1f'
        );
    }
    in_ranges(SPACE, c)
}

/// `re.findall(r"\w+", text)`.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// `re.sub(r"\s+", " ", text).strip()`.
pub fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for c in text.chars() {
        if is_space(c) {
            pending = true;
        } else {
            if pending && !out.is_empty() {
                out.push(' ');
            }
            pending = false;
            out.push(c);
        }
    }
    out
}

/// `str.strip()` (Python whitespace).
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `str.strip(chars)`.
pub fn strip_chars<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_matches(|c| chars.contains(c))
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            match CASEFOLD.binary_search_by_key(&(c as u32), |&(k, _)| k) {
                Ok(i) => out.push_str(CASEFOLD[i].1),
                Err(_) => out.push(c),
            }
        }
    }
    out
}

/// Block-level tags of `score_readability.py`: a space at their boundaries.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "img",
    "video",
    "audio",
    "iframe",
];
/// Tags whose content `score_readability.py` drops.
const SKIP: &[&str] = &["script", "style", "noscript", "template"];

struct Collector {
    parts: RefCell<(String, usize)>,
}

impl TokenSink for Collector {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.parts.borrow_mut();
        let (text, skip) = &mut *st;
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                if SKIP.contains(&name) {
                    match tag.kind {
                        TagKind::StartTag if !tag.self_closing => *skip += 1,
                        TagKind::StartTag => {}
                        TagKind::EndTag => *skip = skip.saturating_sub(1),
                    }
                } else if BLOCK.contains(&name) {
                    text.push(' ');
                }
                // Python's HTMLParser treats script and style content as CDATA.
                if tag.kind == TagKind::StartTag && !tag.self_closing {
                    if name == "script" {
                        return TokenSinkResult::RawData(RawKind::ScriptData);
                    }
                    if name == "style" {
                        return TokenSinkResult::RawData(RawKind::Rawtext);
                    }
                }
            }
            Token::CharacterTokens(t) if *skip == 0 => text.push_str(&t),
            Token::NullCharacterToken if *skip == 0 => text.push('\0'),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// `html_text()` of `score_readability.py`: text content with a space at
/// block boundaries, entities decoded, script/style/noscript/template dropped,
/// whitespace squashed.
pub fn html_text(markup: &str) -> String {
    let sink = Collector {
        parts: RefCell::new((String::new(), 0)),
    };
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(markup));
    let _ = tok.feed(&queue);
    tok.end();
    let text = std::mem::take(&mut tok.sink.parts.borrow_mut().0);
    squash(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_word_classes() {
        assert_eq!(
            tokens("naïve कि x²y ½ Ⅻ a_b"),
            vec!["naïve", "क", "x²y", "½", "Ⅻ", "a_b"]
        );
        assert!(is_space('\x1c') && is_space('\u{a0}') && !is_space('\u{200b}'));
        assert_eq!(casefold("STRASSE Straße ΣΑΣ"), "strasse strasse σασ");
    }
}
