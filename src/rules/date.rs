//! Date normalisation for rule values.
//!
//! A small private parser until `metadata::date::parse_date` lands on main;
//! then this delegates to it.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// A date as ISO 8601: RFC 3339 when a time with offset is known, else the
/// calendar date. `None` when nothing date-like is found.
pub(crate) fn parse_date(v: &str) -> Option<String> {
    let s = v.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.to_rfc3339());
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.to_rfc3339());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(d) = DateTime::parse_from_str(s, fmt) {
            return Some(d.to_rfc3339());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(d.date().format("%Y-%m-%d").to_string());
        }
    }
    // Leading ISO date ("2025-03-01", "2025-03-01 | 10:00").
    if let Some(head) = s.get(..10)
        && let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d")
    {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    // "March 3, 2025", "3 March 2025", "Mar 3 2025", "03.02.2025".
    let cleaned: String = s
        .replace(',', " ")
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for fmt in ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%A %B %d %Y", "%A %d %B %Y"] {
        for n in (3..=cleaned.split(' ').count()).rev() {
            let part: Vec<&str> = cleaned.split(' ').take(n).collect();
            if let Ok(d) = NaiveDate::parse_from_str(&part.join(" "), fmt) {
                return Some(d.format("%Y-%m-%d").to_string());
            }
        }
    }
    for fmt in ["%d.%m.%Y", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(cleaned.split(' ').next()?, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn common_forms() {
        assert_eq!(parse_date("2025-03-01").as_deref(), Some("2025-03-01"));
        assert_eq!(
            parse_date("2025-03-01T10:20:00Z").as_deref(),
            Some("2025-03-01T10:20:00+00:00")
        );
        assert_eq!(parse_date("March 1, 2025").as_deref(), Some("2025-03-01"));
        assert_eq!(parse_date("1 Mar 2025 10:00").as_deref(), Some("2025-03-01"));
        assert_eq!(parse_date("01.03.2025").as_deref(), Some("2025-03-01"));
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
    }
}
