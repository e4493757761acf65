use super::*;

#[test]
fn parse_byline_examples() {
    let b = parse_byline("By Ana Lima, Tom Reed and Jo Park, AFP").unwrap();
    assert_eq!(b.authors, ["Ana Lima", "Tom Reed", "Jo Park"]);
    assert_eq!(b.source.as_deref(), Some("AFP"));

    let b = parse_byline("Von Anna Schmidt und Jonas Weber").unwrap();
    assert_eq!(b.authors, ["Anna Schmidt", "Jonas Weber"]);

    assert!(parse_byline("By the time the ships arrived the port was closed").is_none());
}

#[test]
fn is_wire_service_examples() {
    assert!(is_wire_service("AFP"));
    assert!(is_wire_service("The Associated Press"));
    assert!(is_wire_service("dpa/AFP"));
    assert!(!is_wire_service("Deniz Arslan"));
}

#[test]
fn parse_source_line_examples() {
    assert_eq!(parse_source_line("SOURCE:AFP").as_deref(), Some("AFP"));
    assert_eq!(parse_source_line("(AP)").as_deref(), Some("AP"));
    assert_eq!(parse_source_line("The source said it was over."), None);
}

#[test]
fn parse_reading_time_examples() {
    assert_eq!(parse_reading_time("2 min read"), Some(2));
    assert_eq!(parse_reading_time("-5 min read"), None);
    assert_eq!(parse_reading_time("\u{2212}5 min read"), None);
    assert_eq!(parse_reading_time("12345678901234567890 min read"), None);
    assert_eq!(parse_reading_time("Lesezeit: 3 Min."), Some(3));
    assert_eq!(parse_reading_time("He waited 2 minutes."), None);
}

fn authors(s: &str) -> Vec<String> {
    parse_byline(s).map(|b| b.authors).unwrap_or_default()
}

fn source(s: &str) -> Option<String> {
    parse_byline(s).and_then(|b| b.source)
}

#[test]
fn simple_forms() {
    assert_eq!(authors("By Deniz Arslan"), ["Deniz Arslan"]);
    assert_eq!(authors("BY EMIR ISCI"), ["EMIR ISCI"]);
    assert_eq!(authors("by Ana Lima"), ["Ana Lima"]);
    assert_eq!(authors("By: Ana Lima"), ["Ana Lima"]);
    assert_eq!(authors("Ana Lima"), ["Ana Lima"]);
    assert_eq!(authors("Written by Ana Lima"), ["Ana Lima"]);
    assert_eq!(authors("By Sadiq S Bhat"), ["Sadiq S Bhat"]);
    assert_eq!(authors("By J. R. Smith"), ["J. R. Smith"]);
    assert_eq!(authors("By Ahmet Arda Sensoy"), ["Ahmet Arda Sensoy"]);
    assert_eq!(authors("By Ludwig van Beethoven"), ["Ludwig van Beethoven"]);
    assert_eq!(authors("By Bashar al-Assad"), ["Bashar al-Assad"]);
    assert_eq!(authors("By Seán O'Brien"), ["Seán O'Brien"]);
}

#[test]
fn several_authors() {
    assert_eq!(
        authors("By Ana Lima and Tom Reed"),
        ["Ana Lima", "Tom Reed"]
    );
    assert_eq!(
        authors("By Ana Lima, Tom Reed and Jo Park"),
        ["Ana Lima", "Tom Reed", "Jo Park"]
    );
    assert_eq!(
        authors("By Ana Lima, Tom Reed, and Jo Park"),
        ["Ana Lima", "Tom Reed", "Jo Park"]
    );
    assert_eq!(authors("by Ana Lima & Tom Reed"), ["Ana Lima", "Tom Reed"]);
    assert_eq!(
        authors("Von Anna Schmidt und Jonas Weber"),
        ["Anna Schmidt", "Jonas Weber"]
    );
    assert_eq!(
        authors("Par Claire Martin et Luc Bernard"),
        ["Claire Martin", "Luc Bernard"]
    );
    assert_eq!(
        authors("Por María García y José Ruiz"),
        ["María García", "José Ruiz"]
    );
}

#[test]
fn roles() {
    assert_eq!(authors("By Ana Lima, Senior Correspondent"), ["Ana Lima"]);
    assert_eq!(authors("Ana Lima | Reporter"), ["Ana Lima"]);
    assert_eq!(
        authors("By Ana Lima, TRT World correspondent in Moscow"),
        ["Ana Lima"]
    );
    assert_eq!(authors("Ana Lima, in Moscow"), ["Ana Lima"]);
    assert_eq!(authors("By Ana Lima (Staff Writer)"), ["Ana Lima"]);
    assert!(parse_byline("By Staff Reporter").is_none());
    assert_eq!(authors("By Jo Park, MD"), ["Jo Park"]);
    assert_eq!(
        authors("By Jo Park, PhD, and Ana Lima, MPH"),
        ["Jo Park", "Ana Lima"]
    );
    assert_eq!(
        authors("By Ana Lima, Speech, Privacy, and Technology Project"),
        ["Ana Lima"]
    );
}

#[test]
fn wire_names() {
    let b = parse_byline("By Ana Lima, AFP").unwrap();
    assert_eq!(b.authors, ["Ana Lima"]);
    assert_eq!(b.source.as_deref(), Some("AFP"));
    let b = parse_byline("By AP").unwrap();
    assert!(b.authors.is_empty());
    assert_eq!(b.source.as_deref(), Some("AP"));
    assert_eq!(source("Reuters").as_deref(), Some("Reuters"));
    let b = parse_byline("Ana Lima with Reuters").unwrap();
    assert_eq!(b.authors, ["Ana Lima"]);
    assert_eq!(b.source.as_deref(), Some("Reuters"));
    assert_eq!(source("By Ana Lima (AFP)").as_deref(), Some("AFP"));
    assert_eq!(source("By Ana Lima | dpa").as_deref(), Some("dpa"));
    assert_eq!(
        source("By The Associated Press").as_deref(),
        Some("The Associated Press")
    );
    assert_eq!(authors("Ana Lima, Anadolu Agency"), ["Ana Lima"]);
}

#[test]
fn glued_dates() {
    assert_eq!(authors("By Ana Lima • March 1, 2025"), ["Ana Lima"]);
    assert_eq!(authors("By Ana Lima Updated 3 hours ago"), ["Ana Lima"]);
    assert_eq!(authors("By Ana Lima March 1, 2025"), ["Ana Lima"]);
    assert_eq!(
        authors("By Ana Lima on Saturday, March 1, 2025"),
        ["Ana Lima"]
    );
    assert_eq!(authors("By Ana Lima | 01.03.2025, 10:30"), ["Ana Lima"]);
    assert_eq!(authors("Von Anna Schmidt, 01.03.2025"), ["Anna Schmidt"]);
    assert_eq!(authors("By Ana Lima - 2 hours ago"), ["Ana Lima"]);
    assert_eq!(
        authors("By Ana Lima — Published 1 March 2025"),
        ["Ana Lima"]
    );
}

#[test]
fn rejects_non_names() {
    for s in [
        "",
        "By the time the ships arrived the port was closed",
        "By",
        "by car or on foot",
        "The council confirmed the vote in a short statement.",
        "By 2030 the plan will be finished",
        "Recommended",
        "By one two three four five six seven eight",
        "Share this article",
        "Read more",
    ] {
        assert!(parse_byline(s).is_none(), "{s:?} → {:?}", parse_byline(s));
    }
}

#[test]
fn wire_service_names() {
    for s in [
        "AFP",
        "AP",
        "A.P.",
        "Reuters",
        "dpa",
        "ANSA",
        "EFE",
        "Anadolu Agency",
        "AA",
        "PA",
        "PA Media",
        "Xinhua",
        "Bloomberg",
        "KNA",
        "epd",
        "AFP/Reuters",
        "AP and Reuters",
        "dpa, AFP",
        "Agencies",
        "The Associated Press",
    ] {
        assert!(is_wire_service(s), "{s}");
    }
    for s in [
        "",
        "Deniz Arslan",
        "TRT World",
        "The Guardian",
        "AFP reported that",
    ] {
        assert!(!is_wire_service(s), "{s}");
    }
}

#[test]
fn source_lines() {
    let p = parse_source_line;
    assert_eq!(p("SOURCE:AFP").as_deref(), Some("AFP"));
    assert_eq!(p("Source: Reuters").as_deref(), Some("Reuters"));
    assert_eq!(
        p("SOURCE : TRT World and agencies").as_deref(),
        Some("TRT World and agencies")
    );
    assert_eq!(p("Quelle: dpa").as_deref(), Some("dpa"));
    assert_eq!(p("(AP)").as_deref(), Some("AP"));
    assert_eq!(p("— AFP").as_deref(), Some("AFP"));
    assert_eq!(p("- Reuters").as_deref(), Some("Reuters"));
    assert_eq!(p("with AFP").as_deref(), Some("AFP"));
    assert_eq!(p("Reuters").as_deref(), Some("Reuters"));
    assert_eq!(p("AFP/Reuters").as_deref(), Some("AFP/Reuters"));
    assert_eq!(
        p("Source: the minister said that the talks would continue."),
        None
    );
    assert_eq!(p("(Ana Lima)"), None);
    assert_eq!(p("The council confirmed the vote."), None);
    assert_eq!(p(""), None);
}

#[test]
fn reading_times() {
    let r = parse_reading_time;
    assert_eq!(r("2 min read"), Some(2));
    assert_eq!(r("5 MIN READ"), Some(5));
    assert_eq!(r("Reading time: 4 minutes"), Some(4));
    assert_eq!(r("Lesezeit: 3 Min."), Some(3));
    assert_eq!(r("3-minute read"), Some(3));
    assert_eq!(r("Temps de lecture : 4 min"), Some(4));
    assert_eq!(r("⏱ 7 mins read"), Some(7));
    assert_eq!(r("He waited 2 minutes."), None);
    assert_eq!(r("read more"), None);
    assert_eq!(r("0 min read"), None);
    assert_eq!(
        r("It took 2 min to read the report, and then they read it again and again"),
        None
    );
}

#[test]
fn no_panics() {
    for s in [
        "By (",
        "By )",
        "(((",
        "By Ä Ö Ü ß",
        "By 𝔄𝔫𝔞",
        "Von: ",
        "by by by",
        " - - - ",
        "İstanbul",
        "By İbrahim Kalın",
        "ǅemal",
    ] {
        let _ = parse_byline(s);
        let _ = parse_source_line(s);
        let _ = parse_reading_time(s);
        let _ = is_wire_service(s);
    }
    let long = "By A ".repeat(100_000);
    assert!(parse_byline(&long).is_none());
}
