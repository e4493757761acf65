//! Text clean-up shared by every stage: whitespace collapsed, character
//! references left in text decoded. No DOM, strings in and out.

use std::borrow::Cow;

/// ASCII case-insensitive substring test.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let n = needle.len();
    hay.len() >= n
        && hay
            .as_bytes()
            .windows(n)
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Characters no output may carry: control characters other than
/// whitespace (ESC, BEL, BS, DEL, the C1 range), which a terminal would
/// obey, and the bidi embedding, override and isolate controls, which
/// reorder what a reader sees (U+202A–U+202E, U+2066–U+2069).
pub(crate) fn is_unsafe_control(ch: char) -> bool {
    if ch.is_ascii() {
        return (ch < ' ' && !matches!(ch, '\t' | '\n' | '\r' | '\x0b' | '\x0c')) || ch == '\x7f';
    }
    (ch.is_control() && !ch.is_whitespace())
        || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Collapses runs of whitespace (including NBSP) to one space and trims;
/// soft hyphens, zero-width spaces, byte-order marks and unsafe controls
/// ([`is_unsafe_control`]) are not text.
pub(crate) fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    if s.is_ascii() {
        // The common case, a word at a time: the same rules as below.
        let bytes = s.as_bytes();
        let is_space = |b: u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            let start = i;
            let mut controls = false;
            while i < bytes.len() && !is_space(bytes[i]) {
                controls |= bytes[i] < b' ' || bytes[i] == 0x7f;
                i += 1;
            }
            if start == i {
                break;
            }
            let word = &s[start..i];
            if controls && word.bytes().all(|b| b < b' ' || b == 0x7f) {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            if controls {
                out.extend(word.chars().filter(|&c| c >= ' ' && c != '\x7f'));
            } else {
                out.push_str(word);
            }
        }
        return out;
    }
    for ch in s.chars() {
        if ch == '\u{ad}' || is_unsafe_control(ch) {
            // A soft hyphen is a hint for line breaking, not text.
            continue;
        }
        if ch.is_whitespace() || ch == '\u{200b}' || ch == '\u{feff}' {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(ch);
        }
    }
    out
}

/// Decodes character references left in text (`&amp;`, `&#8217;`, `&quot;`…).
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = match end {
            Some(e) if e <= 10 && rest[e..].starts_with(';') => {
                let name = &rest[1..e];
                let ch = if let Some(num) = name.strip_prefix('#') {
                    let n = if let Some(h) = num.strip_prefix(['x', 'X']) {
                        u32::from_str_radix(h, 16).ok()
                    } else {
                        num.parse().ok()
                    };
                    n.and_then(char::from_u32)
                } else {
                    match name {
                        _ if latin1_entity(name).is_some() => latin1_entity(name),
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        "nbsp" => Some('\u{a0}'),
                        "rsquo" => Some('\u{2019}'),
                        "lsquo" => Some('\u{2018}'),
                        "rdquo" => Some('\u{201d}'),
                        "ldquo" => Some('\u{201c}'),
                        "ndash" => Some('\u{2013}'),
                        "mdash" => Some('\u{2014}'),
                        "hellip" => Some('\u{2026}'),
                        _ => None,
                    }
                };
                ch.map(|c| (c, e + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Latin-1 letters by entity name ("oacute" → 'ó'), the ones pages leave
/// double-encoded most often.
fn latin1_entity(name: &str) -> Option<char> {
    const MARKS: &[(&str, &str, &str)] = &[
        ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
        ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ("uml", "aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"),
        ("tilde", "anoANO", "ãñõÃÑÕ"),
        ("cedil", "cC", "çÇ"),
        ("ring", "aA", "åÅ"),
        ("slash", "oO", "øØ"),
    ];
    match name {
        "szlig" => return Some('ß'),
        "aelig" => return Some('æ'),
        "AElig" => return Some('Æ'),
        "oelig" => return Some('œ'),
        "OElig" => return Some('Œ'),
        "eth" => return Some('ð'),
        "thorn" => return Some('þ'),
        _ => {}
    }
    let mut chars = name.chars();
    let base = chars.next()?;
    let mark = chars.as_str();
    let (_, from, to) = MARKS.iter().find(|(m, _, _)| *m == mark)?;
    let i = from.chars().position(|c| c == base)?;
    to.chars().nth(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_decoded_once() {
        assert_eq!(decode_entities("Caf&eacute; &amp; bar"), "Café & bar");
        assert_eq!(decode_entities("&#8217;&#x2014;"), "\u{2019}\u{2014}");
        assert_eq!(decode_entities("&amp;amp;"), "&amp;");
        assert_eq!(decode_entities("AT&T &unknown;"), "AT&T &unknown;");
    }
}

/// Words in `s` as readers count them: runs of non-space characters, except
/// that each Chinese or Japanese character (Han, kana) is a word of its own
/// and CJK punctuation separates words. Returns (spaced words, CJK
/// characters).
pub(crate) fn count_words(s: &str) -> (usize, usize) {
    let (mut spaced, mut cjk) = (0, 0);
    let mut in_word = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII (most text) is read a byte at a time, without decoding.
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                in_word = false;
            } else if !in_word {
                spaced += 1;
                in_word = true;
            }
            continue;
        }
        let Some(ch) = s[i..].chars().next() else {
            break;
        };
        i += ch.len_utf8();
        if is_cjk_letter(ch) {
            cjk += 1;
            in_word = false;
        } else if ch.is_whitespace() || is_cjk_punctuation(ch) {
            in_word = false;
        } else if !in_word {
            spaced += 1;
            in_word = true;
        }
    }
    (spaced, cjk)
}

/// Han ideographs, hiragana and katakana: scripts written without spaces
/// between words.
fn is_cjk_letter(ch: char) -> bool {
    matches!(ch,
        '\u{3040}'..='\u{30ff}'      // hiragana, katakana
        | '\u{31f0}'..='\u{31ff}'    // katakana extensions
        | '\u{3400}'..='\u{4dbf}'    // CJK extension A
        | '\u{4e00}'..='\u{9fff}'    // CJK unified ideographs
        | '\u{f900}'..='\u{faff}'    // compatibility ideographs
        | '\u{ff66}'..='\u{ff9f}'    // half-width katakana
        | '\u{20000}'..='\u{3134f}') // extensions B–G
}

/// CJK symbols and punctuation, full-width punctuation: word separators.
fn is_cjk_punctuation(ch: char) -> bool {
    matches!(ch, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '\u{ff5b}'..='\u{ff65}')
}

#[cfg(test)]
mod word_tests {
    use super::count_words;

    #[test]
    fn spaced_words_are_runs_between_spaces() {
        assert_eq!(count_words("The port  reopened on Monday."), (5, 0));
    }

    #[test]
    fn each_chinese_or_japanese_character_is_a_word() {
        // Eight ideographs and an ideographic full stop; then kanji and kana.
        assert_eq!(count_words("港口周一重新开放。"), (0, 8));
        assert_eq!(count_words("東京で雨"), (0, 4));
        // Mixed text: the Latin run counts once.
        assert_eq!(count_words("新版本 Rust 1.80 发布"), (2, 5));
    }

    #[test]
    fn accented_words_and_unicode_spaces_count_like_ascii() {
        // A no-break space and an em space separate words; accents do not.
        assert_eq!(count_words("café\u{a0}déjà\u{2003}vu  naïve"), (4, 0));
        assert_eq!(count_words("\tNo\x0bbreak\x0c"), (2, 0));
    }
}
