//! Decoding `&[u8]` input: BOM, `<meta charset>` / `http-equiv` declarations,
//! then UTF-8 validity, with windows-1252 as the web's default fallback.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How many leading bytes are scanned for a `<meta>` charset declaration.
const PRESCAN_BYTES: usize = 4096;

/// Decodes page bytes to a string, sniffing the character encoding.
///
/// Order: a byte-order mark; a `<meta charset>` or `http-equiv` declaration
/// in the first 4 KiB (a declared UTF-16 is read as UTF-8, as browsers do);
/// valid UTF-8; else windows-1252. Malformed sequences become U+FFFD.
///
/// ```
/// let bytes = b"<meta charset=\"iso-8859-1\"><p>Gr\xfc\xdfe</p>";
/// assert!(newsprint::decode_html_bytes(bytes).contains("Grüße"));
/// ```
pub fn decode_html_bytes(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    let declared = declared_encoding(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let enc = match declared {
        Some(enc) if enc == UTF_8 => UTF_8,
        // A lying declaration is common: trust valid UTF-8 over it.
        Some(_) if is_non_ascii_utf8(bytes) => UTF_8,
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    text.into_owned()
}

/// True when the bytes are valid UTF-8 and contain multi-byte sequences (so
/// decoding them as a single-byte encoding would surely be wrong).
fn is_non_ascii_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// Finds `charset=` inside a `<meta …>` tag in the prescan window.
fn declared_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut pos = 0;
    while let Some(off) = find(&lower[pos..], b"<meta") {
        let start = pos + off;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut rest = &tag[c + 7..];
            rest = trim_start(rest);
            if let Some(r) = rest.strip_prefix(b"=") {
                let r = trim_start(r);
                let r = r
                    .strip_prefix(b"\"")
                    .or_else(|| r.strip_prefix(b"'"))
                    .unwrap_or(r);
                let label_end = r
                    .iter()
                    .position(|&b| {
                        b == b'"' || b == b'\'' || b == b';' || b == b'/' || b.is_ascii_whitespace()
                    })
                    .unwrap_or(r.len());
                if let Some(enc) = Encoding::for_label(&r[..label_end]) {
                    // UTF-16 cannot be declared from inside an ASCII-compatible stream.
                    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        return Some(UTF_8);
                    }
                    return Some(enc);
                }
            }
        }
        pos = end.max(start + 1);
        if pos >= lower.len() {
            break;
        }
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<p>é</p>".as_bytes());
        assert_eq!(decode_html_bytes(&b), "<p>é</p>");
    }

    #[test]
    fn http_equiv_declaration() {
        let b = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8</p>";
        assert!(decode_html_bytes(b).contains("При"));
    }

    #[test]
    fn lying_declaration_with_valid_utf8() {
        let b = "<meta charset=iso-8859-1><p>Grüße</p>".as_bytes();
        assert!(decode_html_bytes(b).contains("Grüße"));
    }

    #[test]
    fn undeclared_latin1_falls_back() {
        assert!(decode_html_bytes(b"<p>caf\xe9</p>").contains("café"));
    }
}
