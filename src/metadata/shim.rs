//! TEMPORARY stand-ins for `metadata::date` and `metadata::byline`, which are
//! being written on another branch. Deleted once that branch is merged.

/// ISO-ish date normalisation: `YYYY-MM-DD[Thh:mm[:ss][offset]]`.
pub(crate) fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let y: u32 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let rest = &s[10..];
    if rest.len() >= 6 && (rest.starts_with('T') || rest.starts_with(' ')) {
        let t = &rest[1..];
        let tb = t.as_bytes();
        if tb.len() >= 5 && tb[2] == b':' {
            let end = t
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z')))
                .unwrap_or(t.len());
            return Some(format!("{}T{}", &s[0..10], &t[..end]));
        }
    }
    Some(s[0..10].to_owned())
}

/// Finds a date in free text (shim: ISO dates only).
pub(crate) fn find_date_in_text(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        if b[i].is_ascii_digit() && s.is_char_boundary(i) {
            if let Some(d) = parse_date(&s[i..]) {
                return Some(d);
            }
        }
    }
    None
}

/// Byline shim.
pub(crate) struct Byline {
    pub authors: Vec<String>,
    pub source: Option<String>,
}

/// "By A and B" → authors (shim).
pub(crate) fn parse_byline(s: &str) -> Option<Byline> {
    let authors = super::split_names(s);
    if authors.is_empty() {
        None
    } else {
        Some(Byline {
            authors,
            source: None,
        })
    }
}

/// Wire service names (shim).
pub(crate) fn is_wire_service(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "afp"
            | "ap"
            | "reuters"
            | "dpa"
            | "associated press"
            | "the associated press"
            | "anadolu"
            | "aa"
            | "efe"
            | "ansa"
            | "upi"
            | "pa"
            | "pa media"
            | "xinhua"
            | "kyodo"
            | "sda"
            | "apa"
    )
}
