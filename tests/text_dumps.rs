//! Plain-text page dumps through the public API (`newsprint::extract_text`).
//!
//! The fixtures in `tests/fixtures/text/` are our own synthetic dumps, each a
//! variation on the layout of a news page copied as text. The last test reads
//! the project's seed dump from `../shared/seeds/` when it exists.

use std::path::Path;

use newsprint::{Article, Block, Extractor, InputKind, RelatedList};

fn fixture(name: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/text")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    newsprint::extract_text(&text, None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[path = "common/blocks.rs"]
mod blocks;
use blocks::paragraphs;

fn headings(a: &Article) -> Vec<&str> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn list<'a>(a: &'a Article, label: &str) -> &'a RelatedList {
    a.related
        .iter()
        .find(|l| l.label.as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no related list {label:?} in {:?}", a.related))
}

/// No teaser title of any related list appears in the body.
fn assert_teasers_not_in_body(a: &Article) {
    let body = a.body_text();
    for l in &a.related {
        for item in &l.items {
            assert!(
                !body.contains(&item.title),
                "teaser {:?} leaked into the body",
                item.title
            );
        }
    }
}

#[test]
fn no_kicker_related_list_and_inline_markers() {
    let a = fixture("no_kicker.txt");
    assert_eq!(a.section, None);
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour town votes to ban cruise ships from old port")
    );
    assert!(
        a.description
            .as_deref()
            .unwrap()
            .starts_with("Residents backed the plan")
    );
    assert_eq!(a.authors, ["Ana Lima"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03T10:30:00+00:00")
    );
    assert_eq!(a.lead_image, None);
    assert_eq!(paragraphs(&a).len(), 5);
    assert_eq!(headings(&a), ["What changes for visitors"]);
    let body = a.body_text();
    assert!(!body.contains("Advertisement"));
    assert!(!body.contains("Read more"));
    let related = list(&a, "Related");
    assert_eq!(related.items.len(), 3);
    assert!(related.items.iter().all(|i| i.author.is_none()));
    assert_eq!(
        list(&a, "Read more").items[0].title,
        "Ferry operators warn of higher fares on island routes"
    );
    assert_teasers_not_in_body(&a);
}

#[test]
fn several_authors_caption_list_and_source() {
    let a = fixture("several_authors.txt");
    assert_eq!(a.section.as_deref(), Some("BUSINESS"));
    assert_eq!(a.reading_time_minutes, Some(5));
    assert_eq!(
        a.title.as_deref(),
        Some("Chipmakers race to build plants as demand for sensors soars")
    );
    assert!(a.description.is_some());
    assert_eq!(a.authors, ["Ana Lima", "Tom Reed", "Jo Park"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    let img = a.lead_image.as_ref().expect("lead image");
    assert_eq!(
        img.caption.as_deref(),
        Some("Workers in clean-room suits at a semiconductor plant.")
    );
    assert_eq!(img.credit.as_deref(), Some("Lena Ortiz/Getty Images"));
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert!(
        a.body
            .iter()
            .any(|b| matches!(b, Block::List { ordered: false, items } if items.len() == 3))
    );
    assert!(!a.body_text().contains("Source:"));
    let more = list(&a, "More from Business");
    let authors: Vec<Option<&str>> = more.items.iter().map(|i| i.author.as_deref()).collect();
    assert_eq!(
        authors,
        [Some("Sam Cole"), None, Some("Mira Shah, Leo Brandt")]
    );
    assert_teasers_not_in_body(&a);
}

#[test]
fn german_conventions() {
    let a = fixture("german.txt");
    assert_eq!(a.section.as_deref(), Some("POLITIK"));
    assert_eq!(a.reading_time_minutes, Some(3));
    assert_eq!(
        a.title.as_deref(),
        Some("Stadtrat beschließt neue Radwege in der Innenstadt")
    );
    assert!(
        a.description
            .as_deref()
            .unwrap()
            .starts_with("Nach monatelangem Streit")
    );
    assert_eq!(a.authors, ["Anna Schmidt", "Jonas Weber"]);
    // A time without a zone keeps only the date.
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-01")
    );
    let img = a.lead_image.as_ref().expect("lead image");
    assert_eq!(
        img.caption.as_deref(),
        Some("Radfahrer auf der Brückenstraße am Morgen.")
    );
    assert_eq!(img.credit.as_deref(), Some("dpa"));
    assert_eq!(a.source.as_deref(), Some("dpa"));
    assert_eq!(paragraphs(&a).len(), 5);
    assert_eq!(headings(&a), ["Wie es jetzt weitergeht"]);
    assert!(!a.body_text().contains("Anzeige"));
    let more = list(&a, "Mehr zum Thema");
    assert_eq!(more.items.len(), 3);
    assert_eq!(more.items[0].author.as_deref(), Some("Petra Klein"));
    assert_eq!(more.items[1].author, None);
    assert_teasers_not_in_body(&a);
}

#[test]
fn byline_with_glued_time_and_dateline_wire() {
    let a = fixture("dateline_no_caption.txt");
    assert_eq!(a.section.as_deref(), Some("World"));
    assert_eq!(
        a.title.as_deref(),
        Some("Fire crews contain wildfire near coastal villages")
    );
    assert_eq!(a.authors, ["Carla Mendes"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-05T14:05:00-05:00")
    );
    assert_eq!(a.lead_image, None);
    assert_eq!(a.source.as_deref(), Some("AP"));
    assert_eq!(paragraphs(&a).len(), 3);
    assert!(paragraphs(&a)[0].starts_with("LISBON (AP)"));
    assert_eq!(list(&a, "Read next").items.len(), 3);
    assert_teasers_not_in_body(&a);
}

#[test]
fn site_chrome_weekday_date_role_and_unauthored_teasers() {
    let a = fixture("teasers_no_authors.txt");
    assert_eq!(a.section.as_deref(), Some("SCIENCE & HEALTH"));
    assert_eq!(
        a.title.as_deref(),
        Some("Researchers map the sleeping habits of city foxes")
    );
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-08")
    );
    assert_eq!(a.authors, ["Omar Haddad"]);
    let img = a.lead_image.as_ref().expect("lead image");
    assert_eq!(
        img.caption.as_deref(),
        Some("A fox crosses a park path at dusk")
    );
    assert_eq!(img.credit.as_deref(), Some("JOHN DOE/AFP"));
    // The standfirst set under the caption, joined to the header block.
    assert!(a.description.as_deref().unwrap().starts_with("GPS collars"));
    assert_eq!(paragraphs(&a).len(), 4);
    let body = a.body_text();
    assert!(!body.contains("Also read"));
    assert!(!body.contains("Skip to main content"));
    assert!(!body.contains("All rights reserved"));
    let explore = list(&a, "Explore");
    assert_eq!(explore.items.len(), 3);
    assert!(explore.items.iter().all(|i| i.author.is_none()));
    assert_teasers_not_in_body(&a);
}

#[test]
fn french_conventions() {
    let a = fixture("french.txt");
    assert_eq!(a.section.as_deref(), Some("Société"));
    assert_eq!(
        a.title.as_deref(),
        Some("Le marché couvert rouvre après deux ans de travaux")
    );
    assert_eq!(a.authors, ["Claire Martin"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-02-12")
    );
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(list(&a, "À lire aussi").items.len(), 2);
    assert_teasers_not_in_body(&a);
}

#[test]
fn question_headline_name_only_byline_updated_and_numbered_list() {
    let a = fixture("updated_most_read.txt");
    assert_eq!(
        a.title.as_deref(),
        Some("Can a four-day week work for hospitals?")
    );
    assert!(
        a.description
            .as_deref()
            .unwrap()
            .starts_with("Two clinics tried")
    );
    // No "By": a name on its own line next to the date line.
    assert_eq!(a.authors, ["Priya Raman"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-01-14")
    );
    assert_eq!(
        a.modified.map(|d| d.to_string()).as_deref(),
        Some("2025-01-16")
    );
    assert_eq!(paragraphs(&a).len(), 3);
    let most = list(&a, "Most read");
    assert_eq!(most.items.len(), 3);
    assert_eq!(
        most.items[1].title, "Train strike called off after late-night talks",
        "list numbers are stripped"
    );
    assert_teasers_not_in_body(&a);
}

#[test]
fn minimal_headline_and_body() {
    let a = fixture("minimal.txt");
    assert_eq!(
        a.title.as_deref(),
        Some("Library extends opening hours during exam season")
    );
    assert_eq!(a.section, None);
    assert_eq!(a.description, None);
    assert!(a.authors.is_empty());
    assert_eq!(a.published, None);
    assert_eq!(paragraphs(&a).len(), 2);
    assert!(a.related.is_empty());
    // Estimated from the body when the page shows none.
    assert_eq!(a.reading_time_minutes, Some(1));
}

#[test]
fn lynx_dump_with_wrapped_lines() {
    let a = fixture("lynx_wrapped.txt");
    assert_eq!(a.section, None, "the navigation row is not a kicker");
    assert_eq!(
        a.title.as_deref(),
        Some("Town council agrees budget after long debate")
    );
    assert_eq!(a.authors, ["Jo Park"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-10")
    );
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].contains("Tuesday evening, after a debate"));
    assert!(!a.body_text().contains("https://"));
}

#[test]
fn auto_input_recognises_dumps() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text/german.txt");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(!newsprint::looks_like_html(&text));
    let a = Extractor::default()
        .extract_auto(&text, None, InputKind::Auto)
        .unwrap();
    assert_eq!(a.authors, ["Anna Schmidt", "Jonas Weber"]);
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs = [
        "\n\n\n",
        "one line without a newline at all, and nothing else to go by",
        "By Someone",
        "Explore\nBy A\nBy B\n",
        "Recommended\n\nRecommended\n",
        "\u{202e}reversed\u{202c} text\nالعنوان الرئيسي\n标题\n",
        "SOURCE:\n(\n/ \nPhoto:\n©\n",
        "Title\r\nBy Ana Lima\r\nMarch 1, 2025\r\n\r\nA paragraph of text that is long enough to be body text for the test.\r\n",
    ];
    for s in inputs {
        let _ = newsprint::extract_text(s, None);
    }
}

/// The dump this project started from (read at run time, never copied).
#[test]
#[ignore = "needs ../shared/seeds (run by CI with --ignored)"]
fn seed_trt_world_dump() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_2eb3cb2c5dea158d.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is needed: {e}", path.display()));
    let a = Extractor::default()
        .extract_auto(&text, None, InputKind::Auto)
        .expect("auto detection reads the dump as text");
    let b = newsprint::extract_text(&text, None).unwrap();
    assert_eq!(a, b, "auto detection must treat the dump as text");

    assert_eq!(
        a.section.as_deref().map(str::to_lowercase).as_deref(),
        Some("international diplomacy")
    );
    assert_eq!(a.reading_time_minutes, Some(2));
    let title = a.title.as_deref().expect("title");
    assert!(
        text.lines().any(|l| l.trim() == title) && title.split_whitespace().count() >= 5,
        "the title is a whole headline line of the dump"
    );
    assert_eq!(
        text.matches(title).count(),
        2,
        "the dump repeats the headline"
    );
    assert!(!a.body_text().contains(title), "headline only once");
    assert!(
        a.description
            .as_deref()
            .is_some_and(|d| d.starts_with("The meeting came as"))
    );
    let img = a.lead_image.as_ref().expect("lead image");
    assert!(
        img.caption
            .as_deref()
            .is_some_and(|c| c.starts_with("During the meeting, Putin thanked"))
    );
    assert_eq!(
        img.credit.as_deref(),
        Some("MAXAR TECHNOLOGIES VIA GOOGLE/ Handout via Reuters")
    );
    assert_eq!(a.authors, ["Emir Isci"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(a.source.as_deref(), Some("AFP"));
    assert_eq!(paragraphs(&a).len(), 9);
    assert_eq!(headings(&a), ["Military cooperation"]);
    let body = a.body_text();
    assert!(!body.contains("Recommended"));
    assert!(!body.contains("SOURCE"));
    assert!(!body.contains("Explore"));
    let explore = list(&a, "Explore");
    assert_eq!(explore.items.len(), 16);
    assert_teasers_not_in_body(&a);
    // Authors attached exactly where the dump shows a "By" line under a teaser.
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for item in &explore.items {
        let at = lines
            .iter()
            .position(|l| *l == item.title)
            .expect("teaser title is a line of the dump");
        let shown = lines
            .get(at + 1)
            .and_then(|l| l.strip_prefix("By "))
            .map(str::to_owned);
        assert_eq!(item.author, shown, "author of {:?}", item.title);
    }
    assert_eq!(explore.items[0].author.as_deref(), Some("Kazim Alam"));
}
