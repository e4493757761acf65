//! [`PageDate`]: a date as a page states it — a calendar day, or a date and
//! time with the page's UTC offset.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A publication or modification date as the page states it: either a
/// calendar day (the page gives no time) or a date and time with the UTC
/// offset the page gives. A time without an offset is never invented: such
/// a page yields a [`Day`](PageDate::Day).
///
/// Shown and serialised as ISO 8601 — `2025-03-01` or
/// `2025-03-01T10:30:00+01:00` (seconds, the page's own offset) — which is
/// the JSON contract of [`Article::published`](crate::Article::published).
/// Parsed back from the same forms ([`FromStr`]; any RFC 3339 date-time is
/// accepted).
///
/// ```
/// use newsprint::PageDate;
/// let day: PageDate = "2025-03-01".parse()?;
/// let at: PageDate = "2025-03-01T10:30:00+01:00".parse()?;
/// assert!(!day.has_time() && at.has_time());
/// assert_eq!(at.day(), day.day());
/// assert_eq!(at.to_string(), "2025-03-01T10:30:00+01:00");
/// assert_eq!(serde_json::to_string(&day).unwrap(), r#""2025-03-01""#);
///
/// // Ordered in time: a day counts as its midnight in UTC.
/// let mut dates = vec![at, day, "2024-12-31".parse()?];
/// dates.sort();
/// assert_eq!(dates[0].to_string(), "2024-12-31");
/// assert_eq!(dates[2], at);
/// # Ok::<(), newsprint::ParseDateError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub enum PageDate {
    /// Only the calendar day is known.
    Day(NaiveDate),
    /// A date and time with the UTC offset the page states.
    DateTime(DateTime<FixedOffset>),
}

impl PageDate {
    /// The calendar day as the page prints it: for a date-time, the day at
    /// the page's own offset (not converted to UTC).
    ///
    /// ```
    /// let d: newsprint::PageDate = "2025-03-01T23:30:00-05:00".parse()?;
    /// assert_eq!(d.day().to_string(), "2025-03-01");
    /// # Ok::<(), newsprint::ParseDateError>(())
    /// ```
    pub fn day(&self) -> NaiveDate {
        match self {
            PageDate::Day(d) => *d,
            PageDate::DateTime(dt) => dt.date_naive(),
        }
    }

    /// The date and time with its offset, when the page gives a time.
    pub fn date_time(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            PageDate::Day(_) => None,
            PageDate::DateTime(dt) => Some(*dt),
        }
    }

    /// Whether the page gives a time of day (and an offset) as well as the
    /// day.
    pub fn has_time(&self) -> bool {
        matches!(self, PageDate::DateTime(_))
    }

    /// Seconds since the Unix epoch of the instant (a day at its midnight in
    /// UTC): what decides which of two dates is later.
    pub(crate) fn timestamp(&self) -> i64 {
        self.key().0.and_utc().timestamp()
    }

    /// A date-time stated at UTC (`Z` or `+00:00`), which pages often use
    /// in structured data for a time they print in their own zone.
    pub(crate) fn is_utc(&self) -> bool {
        matches!(self, PageDate::DateTime(dt) if dt.offset().local_minus_utc() == 0)
    }

    /// What orders and compares dates: the instant in UTC (a day at its
    /// midnight), then day before date-time, then the offset, so that two
    /// dates are equal exactly when they print the same.
    fn key(&self) -> (NaiveDateTime, bool, i32) {
        match self {
            PageDate::Day(d) => (d.and_time(chrono::NaiveTime::MIN), false, 0),
            PageDate::DateTime(dt) => (dt.naive_utc(), true, dt.offset().local_minus_utc()),
        }
    }
}

impl PartialEq for PageDate {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for PageDate {}

impl PartialOrd for PageDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PageDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for PageDate {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for PageDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PageDate::DateTime(dt) => f.write_str(&dt.to_rfc3339_opts(SecondsFormat::Secs, false)),
        }
    }
}

/// A string that is neither `YYYY-MM-DD` nor an RFC 3339 date-time.
///
/// ```
/// let err = "March 1".parse::<newsprint::PageDate>().unwrap_err();
/// assert_eq!(err.to_string(), "not an ISO 8601 date: \"March 1\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateError {
    input: String,
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.input.chars().take(64).collect();
        write!(f, "not an ISO 8601 date: {shown:?}")
    }
}

impl std::error::Error for ParseDateError {}

impl FromStr for PageDate {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.len() == 10
            && let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        {
            return Ok(PageDate::Day(d));
        }
        DateTime::parse_from_rfc3339(s)
            .map(PageDate::DateTime)
            .map_err(|_| ParseDateError {
                input: s.to_owned(),
            })
    }
}

impl Serialize for PageDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PageDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::PageDate;

    fn date(s: &str) -> PageDate {
        s.parse().unwrap()
    }

    #[test]
    fn prints_what_it_parsed() {
        for s in [
            "2015-07-24",
            "2015-07-24T05:36:09+01:00",
            "2015-07-24T05:36:09-07:00",
        ] {
            assert_eq!(date(s).to_string(), s);
        }
        // Z is an offset of zero.
        assert_eq!(
            date("2015-07-24T05:36:09Z").to_string(),
            "2015-07-24T05:36:09+00:00"
        );
    }

    #[test]
    fn equal_only_when_printed_the_same() {
        // The same instant at two offsets: ordered together, not equal.
        let a = date("2025-03-01T10:00:00+00:00");
        let b = date("2025-03-01T11:00:00+01:00");
        assert_ne!(a, b);
        assert_ne!(date("2025-03-01"), date("2025-03-01T00:00:00+00:00"));
        assert_eq!(date("2025-03-01"), date(" 2025-03-01 "));
    }

    #[test]
    fn orders_by_instant() {
        let mut v = [
            date("2025-03-02T01:00:00+00:00"),
            date("2025-03-01T23:00:00-05:00"), // 04:00 UTC on the 2nd
            date("2025-03-02"),                // midnight UTC on the 2nd
        ];
        v.sort();
        let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "2025-03-02",
                "2025-03-02T01:00:00+00:00",
                "2025-03-01T23:00:00-05:00"
            ]
        );
    }

    #[test]
    fn refuses_other_forms() {
        for s in [
            "",
            "2025-3-1",
            "March 1, 2025",
            "2025-03-01T10:00:00",
            "2025-02-30",
        ] {
            assert!(s.parse::<PageDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn json_round_trip() {
        let d = date("2021-11-01T10:52:50+01:00");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2021-11-01T10:52:50+01:00\"");
        assert_eq!(serde_json::from_str::<PageDate>(&json).unwrap(), d);
        assert!(serde_json::from_str::<PageDate>("\"yesterday\"").is_err());
    }
}
