//! The URL gate: every URL that goes into an [`Article`](crate::Article)
//! (canonical URL, lead image, figures, link marks, teaser items, a rule's
//! values) passes [`resolve`], and every URL the renderers write passes
//! [`safe_url`] again.
//!
//! A URL is kept only when its scheme is `http`, `https` (and `mailto` for
//! links) or when it has no scheme at all (a relative reference, kept as
//! such only when there is no base to resolve it against). The scheme
//! is judged the paranoid way: character references are decoded first
//! (`&#106;avascript:`, `jav&#x09;ascript:`, `javascript&colon;`), then every
//! whitespace, control and invisible formatting character is removed
//! anywhere in the string (`java\tscript:`, `\u{1}javascript:`), and whatever
//! precedes the first `:` that comes before any `/`, `?` or `#` is the
//! scheme. Browsers remove fewer characters than this, so whatever scheme a
//! browser would see, we saw too.

use url::Url;

/// Where a URL will be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UrlUse {
    /// A link target (`href`, a teaser's URL): `http`, `https`, `mailto`,
    /// relative.
    Link,
    /// A web address: an image source, a canonical URL, a base: `http`,
    /// `https`, relative.
    Web,
}

impl UrlUse {
    fn allows(self, scheme: &str) -> bool {
        let s = scheme.to_ascii_lowercase();
        match self {
            UrlUse::Link => matches!(s.as_str(), "http" | "https" | "mailto"),
            UrlUse::Web => matches!(s.as_str(), "http" | "https"),
        }
    }
}

/// The gate into the model: `raw` judged by [`safe_url`], then resolved
/// against `base` (an absolute URL stays absolute), and kept only when the
/// resolved URL's scheme is allowed for `usage`. Without a base, a relative
/// reference is kept as it is.
pub(crate) fn resolve(base: Option<&Url>, raw: &str, usage: UrlUse) -> Option<String> {
    let cleaned = safe_url(raw, usage)?;
    let resolved = match base {
        Some(b) => b.join(&cleaned).ok()?,
        None => match Url::parse(&cleaned) {
            Ok(u) => u,
            Err(_) => return Some(cleaned),
        },
    };
    usage.allows(resolved.scheme()).then(|| resolved.into())
}

/// The last check of a URL already in the model: judged by [`safe_url`]
/// (no parsing, no resolving).
pub(crate) fn keep_safe(url: &mut Option<String>, usage: UrlUse) {
    if let Some(u) = url.as_deref() {
        *url = safe_url(u, usage);
    }
}

/// A base for resolving links: only a web (`http`, `https`) URL.
pub(crate) fn is_web_base(u: &Url) -> bool {
    UrlUse::Web.allows(u.scheme()) && !u.cannot_be_a_base()
}

/// The URL to emit, or `None` when it must be dropped.
///
/// The returned string is the input with surrounding whitespace and every
/// control character removed; it still needs escaping for its context.
pub(crate) fn safe_url(raw: &str, usage: UrlUse) -> Option<String> {
    // Most URLs are plain printable ASCII with no character reference:
    // nothing to remove or decode, the scheme is what it reads.
    if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_graphic() && b != b'&') {
        return match scheme(raw) {
            None => Some(raw.to_owned()),
            Some(s) => usage.allows(s).then(|| raw.to_owned()),
        };
    }
    let cleaned: String = raw
        .trim_matches(|c: char| c.is_whitespace() || c.is_control())
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let judged: String = decode_char_refs(&cleaned)
        .chars()
        .filter(|&c| !is_ignorable(c))
        .collect();
    match scheme(&judged) {
        None => Some(cleaned),
        Some(s) => usage.allows(s).then_some(cleaned),
    }
}

/// Characters removed before judging a scheme: whitespace, controls, and
/// invisible formatting characters.
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
        )
}

/// The text before the first `:` when that colon comes before any `/`, `?`
/// or `#`; `None` for relative references.
fn scheme(s: &str) -> Option<&str> {
    let end = s.find([':', '/', '?', '#'])?;
    (s.as_bytes()[end] == b':').then(|| &s[..end])
}

/// Decodes numeric character references (`&#106;`, `&#x6A`, with or without
/// the `;`) and the named references that can hide URL syntax. Unknown
/// references are left as they are. Applied repeatedly (at most a few
/// rounds) so that `&amp;#106;` is decoded too.
fn decode_char_refs(s: &str) -> String {
    let mut cur = s.to_string();
    for _ in 0..4 {
        if !cur.contains('&') {
            break;
        }
        let next = decode_once(&cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    cur
}

fn decode_once(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        match decode_ref(rest) {
            Some((ch, used)) => {
                out.push(ch);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes one reference at the start of `s` (which starts with `&`):
/// the character and the number of bytes used.
fn decode_ref(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (radix, digits_at) = match b.get(2) {
            Some(b'x' | b'X') => (16, 3),
            _ => (10, 2),
        };
        let digits = s[digits_at..]
            .bytes()
            .take_while(|c| c.is_ascii_digit() || (radix == 16 && c.is_ascii_hexdigit()))
            .count();
        if digits == 0 {
            return None;
        }
        let text = &s[digits_at..digits_at + digits];
        // Overlong numbers (`&#0000000106;`) are valid; clamp the value.
        let value = u32::from_str_radix(text.trim_start_matches('0'), radix)
            .ok()
            .or_else(|| text.bytes().all(|c| c == b'0').then_some(0))
            .unwrap_or(0xFFFD);
        let ch = char::from_u32(value)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}');
        let mut used = digits_at + digits;
        if b.get(used) == Some(&b';') {
            used += 1;
        }
        return Some((ch, used));
    }
    let name_len = s[1..]
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    let ch = match name {
        "colon" => ':',
        "Tab" => '\t',
        "NewLine" => '\n',
        "nbsp" | "NonBreakingSpace" => '\u{a0}',
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "sol" => '/',
        "bsol" => '\\',
        "quest" => '?',
        "num" => '#',
        "period" => '.',
        "comma" => ',',
        "semi" => ';',
        "equals" => '=',
        "lpar" => '(',
        "rpar" => ')',
        "excl" => '!',
        "plus" => '+',
        "percnt" => '%',
        "ZeroWidthSpace" => '\u{200b}',
        "shy" => '\u{ad}',
        _ => return None,
    };
    let mut used = 1 + name_len;
    if b.get(used) == Some(&b';') {
        used += 1;
    }
    Some((ch, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(s: &str) -> Option<String> {
        safe_url(s, UrlUse::Link)
    }

    #[test]
    fn allowed_schemes_and_relative_urls_pass() {
        for u in [
            "https://example.com/a?b=1&c=2#d",
            "http://example.com",
            "HTTPS://EXAMPLE.COM",
            "mailto:desk@example.com",
            "/world/story",
            "story.html",
            "//cdn.example.com/x.jpg",
            "?page=2",
            "#section",
            "a/b:c",
        ] {
            assert!(link(u).is_some(), "{u}");
        }
        assert_eq!(
            link("  https://e.com/\t").as_deref(),
            Some("https://e.com/")
        );
    }

    #[test]
    fn dangerous_schemes_are_dropped() {
        for u in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\u{0}script:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "jav&#9;ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#0000106&#0000097vascript:alert(1)",
            "javascript&colon;alert(1)",
            "javascript&#58;alert(1)",
            "&amp;#106;avascript:alert(1)",
            "java\u{200b}script:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "livescript:x",
            "file:///etc/passwd",
            "",
            "   ",
        ] {
            assert!(link(u).is_none(), "{u:?}");
        }
        assert!(safe_url("mailto:a@b", UrlUse::Web).is_none());
        assert!(safe_url("data:image/png;base64,AAAA", UrlUse::Web).is_none());
    }

    #[test]
    fn hostile_references_do_not_panic() {
        for u in [
            "&#",
            "&#x",
            "&#99999999999999999999;",
            "&#x110000;",
            "&#0;",
            "&",
            "&&&&;",
            "&#xD800;javascript:",
        ] {
            let _ = link(u);
        }
    }
}
