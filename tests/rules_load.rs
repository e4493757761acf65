//! Loading rules from files and directories (`load_path`), FiveFilters
//! configs included.

use std::path::PathBuf;

use newsprint::Extractor;
use newsprint::rules::{load_path, load_path_with_report};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

const HARBOUR: &str = r#"<html><head><meta name="ht:published" content="2024-11-05T08:00:00Z"></head><body>
<h1 class="big ht-title">Ferry fares frozen for winter</h1>
<p class="ht-byline">Reported by Mira Solberg</p>
<div id="ht-body">
<p>The ferry company will keep fares at this summer's level until March, its chief executive said on Monday, after a season of record passenger numbers.</p>
<div class="ht-promo">Subscribe now for half price.</div>
<p>Advertisement</p>
<p>Island councils had asked for a freeze after fuel surcharges pushed a family return ticket above the price of a weekend hotel stay on the mainland.</p>
<div class="ht-share-tools">Share this</div>
</div></body></html>"#;

#[test]
fn loads_a_directory_of_mixed_rules() {
    let (rules, report) = load_path_with_report(fixtures().join("dir")).unwrap();
    let mut names: Vec<String> = rules.iter().map(|r| r.name().to_string()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ftr:harbour-times.example",
            "ftr:lakeside.example",
            "ridge-post",
            "valley-daily"
        ]
    );
    assert_eq!(report.files, 2);
    assert_eq!(report.count("strip").translated, 1);
    assert_eq!(report.count("strip").skipped, 1);
    assert!(
        report.skipped[0].reason.contains("text"),
        "{:?}",
        report.skipped
    );
    assert_eq!(report.skipped[0].line, 7);
}

#[test]
fn ftr_rule_applies_by_host() {
    let rules = load_path(fixtures().join("dir")).unwrap();
    let ex = Extractor::builder().rules(rules).build();
    let a = ex
        .extract(HARBOUR, Some("https://www.harbour-times.example/story/2"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("ftr:harbour-times.example"));
    assert_eq!(a.title.as_deref(), Some("Ferry fares frozen for winter"));
    assert_eq!(a.authors, ["Mira Solberg"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-11-05T08:00:00+00:00")
    );
    let text = a.body_text();
    assert!(text.contains("record passenger numbers"), "{text}");
    assert!(!text.contains("Subscribe now"), "{text}");
    assert!(!text.contains("Share this"), "{text}");
}

#[test]
fn dot_host_txt_covers_subdomains_only() {
    let rules = load_path(fixtures().join("dir")).unwrap();
    let ex = Extractor::builder()
        .builtin_rules(false)
        .rules(rules)
        .build();
    let page = "<h1>x</h1><article><div class=copy><p>Lake levels fell again this week, the water board said, as the dry spell entered its second month.</p><p>Farmers along the eastern shore were asked to water at night.</p></div></article>";
    let a = ex
        .extract(page, Some("https://news.lakeside.example/a"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("ftr:lakeside.example"));
    let a = ex
        .extract(page, Some("https://lakeside.example/a"))
        .unwrap();
    assert_eq!(a.rule, None);
}

#[test]
fn single_files_and_errors() {
    let rules = load_path(fixtures().join("dir/ridge-post.toml")).unwrap();
    assert_eq!(rules[0].name(), "ridge-post");
    let rules = load_path(fixtures().join("dir/valley-daily.json")).unwrap();
    assert_eq!(rules[0].name(), "valley-daily");
    let e = load_path(fixtures().join("broken.toml"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("broken.toml") && e.contains("line 4"), "{e}");
    let e = load_path(fixtures().join("dir/README.md"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a rule file"), "{e}");
    let e = load_path(fixtures().join("no-such-dir"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("no-such-dir"), "{e}");
}
