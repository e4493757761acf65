use super::*;

// The tests compare the dates as they print.
fn parse_date(s: &str) -> Option<String> {
    super::parse_date(s).map(|d| d.to_string())
}

fn find_date_in_text(s: &str) -> Option<String> {
    super::find_date_in_text(s).map(|d| d.to_string())
}

#[test]
fn parse_date_examples() {
    assert_eq!(parse_date("March 1, 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(parse_date("01.03.2025").as_deref(), Some("2025-03-01"));
    assert_eq!(
        parse_date("Published 1 March 2025 10:30 GMT").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
    assert_eq!(
        parse_date("Samstag, 1. März 2025").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(parse_date("The meeting was long"), None);
}

#[test]
fn find_date_in_text_examples() {
    assert_eq!(
        find_date_in_text("By Ana Lima • Mar. 3, 2025, 14:05 UTC").as_deref(),
        Some("2025-03-03T14:05:00+00:00")
    );
    assert_eq!(find_date_in_text("No date in here, 2 min read"), None);
}

fn p(s: &str) -> Option<String> {
    parse_date(s)
}

#[test]
fn iso_and_rfc3339() {
    assert_eq!(p("2025-03-01").as_deref(), Some("2025-03-01"));
    assert_eq!(
        p("2025-03-01T10:30:00Z").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
    assert_eq!(
        p("2025-03-01T10:30:00.123+03:00").as_deref(),
        Some("2025-03-01T10:30:00+03:00")
    );
    assert_eq!(
        p("2025-03-01T10:30:00+0100").as_deref(),
        Some("2025-03-01T10:30:00+01:00")
    );
    assert_eq!(
        p("2025-03-01 10:30:00-05:00").as_deref(),
        Some("2025-03-01T10:30:00-05:00")
    );
    // Time without offset: the date only.
    assert_eq!(p("2025-03-01T10:30:00").as_deref(), Some("2025-03-01"));
}

#[test]
fn rfc2822() {
    assert_eq!(
        p("Sat, 01 Mar 2025 10:30:00 +0000").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
    assert_eq!(
        p("Sat, 1 Mar 2025 10:30:00 GMT").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
}

#[test]
fn english_forms() {
    for s in [
        "March 1, 2025",
        "Mar. 1, 2025",
        "Mar 1 2025",
        "March 1st, 2025",
        "1 March 2025",
        "1st of March 2025",
        "01 Mar 2025",
        "Saturday, March 1, 2025",
        "Sat 1 March 2025",
        "Published March 1, 2025",
        "Updated: March 1, 2025",
        "Published on 1 March 2025",
        "MARCH 1, 2025",
    ] {
        assert_eq!(p(s).as_deref(), Some("2025-03-01"), "{s}");
    }
}

#[test]
fn numeric_forms() {
    assert_eq!(p("01.03.2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("1.3.2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("2025/03/01").as_deref(), Some("2025-03-01"));
    assert_eq!(p("2025.03.01").as_deref(), Some("2025-03-01"));
    assert_eq!(p("01-03-2025").as_deref(), Some("2025-03-01"));
    // Slashes: month first when ambiguous, day first when it cannot be.
    assert_eq!(p("03/01/2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("25/03/2025").as_deref(), Some("2025-03-25"));
    assert_eq!(p("2025-02-30"), None);
    // Two-digit years only in the zero-padded dotted form.
    assert_eq!(p("23.09.22").as_deref(), Some("2022-09-23"));
    assert_eq!(p("3.9.22"), None);
    assert_eq!(p("23/09/22"), None);
    // German day-first dates may put a space after each dot; the parts
    // must still be glued to their dots.
    assert_eq!(p("4. 2. 2022").as_deref(), Some("2022-02-04"));
    assert_eq!(p("4 .2 .2022"), None);
    assert_eq!(p("4/ 2/ 2022"), None);
}

#[test]
fn ambiguous_slash_dates_are_told_apart() {
    use super::ambiguous_slash_date as amb;
    assert!(amb("The Guardian 02/10/2020"));
    assert!(!amb("25/10/2020"));
    assert!(!amb("02.10.2020"));
    assert!(!amb("2020/10/02"));
    assert!(!amb("no date"));
}

#[test]
fn times_and_zones() {
    assert_eq!(
        p("Published 1 March 2025 10:30 GMT").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
    assert_eq!(
        p("March 1, 2025 at 2:05 p.m. EST").as_deref(),
        Some("2025-03-01T14:05:00-05:00")
    );
    assert_eq!(
        p("March 1, 2025 12:15 am UTC").as_deref(),
        Some("2025-03-01T00:15:00+00:00")
    );
    assert_eq!(
        p("14:05 UTC, 1 March 2025").as_deref(),
        Some("2025-03-01T14:05:00+00:00")
    );
    assert_eq!(
        p("01.03.2025, 14:05 Uhr").as_deref(),
        Some("2025-03-01"),
        "no zone: date only"
    );
    assert_eq!(
        p("01.03.2025 um 14.05 Uhr MEZ").as_deref(),
        Some("2025-03-01T14:05:00+01:00")
    );
    // Ambiguous US zone names keep the date only.
    assert_eq!(
        p("March 1, 2025 10:30 a.m. ET").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        p("1 March 2025 10:30 GMT+3").as_deref(),
        Some("2025-03-01T10:30:00+03:00")
    );
    assert_eq!(
        p("Updated: 1 March 2025 (10:30 GMT)").as_deref(),
        Some("2025-03-01T10:30:00+00:00")
    );
}

#[test]
fn other_languages() {
    assert_eq!(p("1. März 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("Samstag, 1. März 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(
        p("Veröffentlicht am 1. März 2025").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(p("Aktualisiert: 01.03.2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("1er mars 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("samedi 1 mars 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(
        p("Publié le 12 février 2025").as_deref(),
        Some("2025-02-12")
    );
    assert_eq!(p("1 de marzo de 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(
        p("sábado, 1 de marzo de 2025").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(p("1 marzo 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("1 Mart 2025").as_deref(), Some("2025-03-01"));
    assert_eq!(p("17 août 2024").as_deref(), Some("2024-08-17"));
}

#[test]
fn rejects() {
    for s in [
        "",
        "   ",
        "yesterday",
        "3 hours ago",
        "March 2025",
        "1 March 1850",
        "1 March 2150",
        "01.03.1985",
        "The meeting was held on March 1, 2025 in Moscow",
        "Version 1.2.2025.4",
        "2 min read",
        "March 32, 2025",
        "13/13/2025",
    ] {
        assert_eq!(p(s), None, "{s:?}");
    }
}

#[test]
fn finds_in_text() {
    let f = find_date_in_text;
    assert_eq!(
        f("The meeting was held on March 1, 2025 in Moscow").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        f("By Ana Lima • 1 March 2025").as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        f("Berlin, 01.03.2025, 14:05 UTC: Ein Text").as_deref(),
        Some("2025-03-01T14:05:00+00:00")
    );
    assert_eq!(f("In 2025, 3.5 million people"), None);
    assert_eq!(f("Version 1.2.2025.4 released"), None);
    assert_eq!(f("no digits at all"), None);
}

#[test]
fn date_start_cuts_weekday() {
    let s = "By Ana Lima Saturday, March 1, 2025";
    let i = date_start(s).unwrap();
    assert_eq!(s[..i].trim_end(), "By Ana Lima");
}

#[test]
fn no_panics_on_odd_input() {
    for s in [
        "\u{0}\u{feff}1.1.",
        "9999999999999999999999-01-01",
        "2025-",
        "2025-03-",
        "12:",
        "1 de",
        "März",
        "𝟙 March 2025",
        "٢٠٢٥-٠٣-٠١",
        "1:00 +99999",
        "+",
    ] {
        let _ = parse_date(s);
        let _ = find_date_in_text(s);
        let _ = date_start(s);
    }
    let long = "1 ".repeat(100_000);
    assert_eq!(find_date_in_text(&long), None);
}

#[test]
fn year_first_dates_are_told_from_day_month_ones() {
    assert!(year_first("2024-09-10T08:30:00+02:00"));
    assert!(year_first(" 2024/09/10"));
    assert!(!year_first("03-09-2026"));
    assert!(!year_first("September 10, 2024"));
    assert!(!year_first("20240910"));
    assert!(!year_first("2024"));
}
