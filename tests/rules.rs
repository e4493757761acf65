//! Publisher rules through the public API: choice by host and fingerprint,
//! precedence, per-field fallback, the stale-rule guard, and the built-ins on
//! our own fixture pages.

use std::sync::Arc;

use newsprint::rules::{DeclarativeRule, Fields, Rule};
use newsprint::{Article, Document, Extractor};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/rules/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn toml(src: &str) -> DeclarativeRule {
    DeclarativeRule::from_toml_str(src).unwrap_or_else(|e| panic!("{e}"))
}

/// A page of our own with a long body, a teaser box, and a site name.
const PAGE: &str = r#"<html><head><title>Harbour cranes go electric | Port Gazette</title>
<meta property="og:site_name" content="Port Gazette">
<meta name="generator" content="PressKit 4.2"></head><body class="pg-article">
<div class="pg-kicker">SHIPPING</div>
<h1 class="pg-headline">Harbour cranes go electric</h1>
<p class="pg-by">Words by Rosa Klee &amp; Jonas Pil</p>
<span class="pg-when">12/03/2025</span>
<div class="pg-teaser"><p>Short teaser about cranes and more.</p></div>
<div class="pg-story">
<p>The harbour authority switched its last diesel crane to mains power on Tuesday, completing a conversion that began four years ago and cost less than planned.</p>
<p>Operators say the electric cranes are quieter and need less maintenance, and the authority expects the change to cut the port's fuel bill by a third each year.</p>
<p>Neighbours living near the container terminal had complained for years about engine noise at night, when most ships are unloaded and the cranes work hardest.</p>
<p>The next step is shore power for ships at berth, so that vessels can switch off their own engines while they are in port, the authority's director said.</p>
<p>Read more: our full coverage of the port's plans.</p>
</div>
<div class="pg-more"><a href="/a">Tug crews strike for better pay</a><a href="/b">New lock opens upstream</a></div>
</body></html>"#;

fn extract_with(rule: impl Rule + 'static, url: Option<&str>) -> Article {
    Extractor::builder()
        .builtin_rules(false)
        .rule(rule)
        .build()
        .extract(PAGE, url)
        .unwrap()
}

#[test]
fn host_and_subdomain_matching() {
    let exact = || toml("name='exact'\nhosts=['portgazette.example']\nsection='.pg-kicker'");
    let a = extract_with(exact(), Some("https://portgazette.example/x"));
    assert_eq!(a.rule.as_deref(), Some("exact"));
    assert_eq!(a.section.as_deref(), Some("SHIPPING"));
    // A plain host also covers its subdomains.
    let a = extract_with(exact(), Some("https://www.portgazette.example/x"));
    assert_eq!(a.rule.as_deref(), Some("exact"));
    // Not a suffix match on the bare string.
    let a = extract_with(exact(), Some("https://notportgazette.example/x"));
    assert_eq!(a.rule, None);

    let wild = || toml("name='wild'\nhosts=['*.portgazette.example']");
    assert_eq!(
        extract_with(wild(), Some("https://news.portgazette.example/x"))
            .rule
            .as_deref(),
        Some("wild")
    );
    assert_eq!(
        extract_with(wild(), Some("https://portgazette.example/x")).rule,
        None
    );
}

#[test]
fn exact_host_beats_parent_domain() {
    let ex = Extractor::builder()
        .builtin_rules(false)
        .rule(toml("name='parent'\nhosts=['portgazette.example']"))
        .rule(toml("name='child'\nhosts=['news.portgazette.example']"))
        .build();
    let a = ex
        .extract(PAGE, Some("https://news.portgazette.example/1"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("child"));
    let a = ex
        .extract(PAGE, Some("https://shop.portgazette.example/1"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("parent"));
}

#[test]
fn fingerprint_matching_without_url() {
    let by_site = toml("name='site'\nfingerprint={site_name='port gazette'}");
    assert_eq!(extract_with(by_site, None).rule.as_deref(), Some("site"));
    let by_gen = toml("name='gen'\nfingerprint={generator='PressKit'}");
    assert_eq!(extract_with(by_gen, None).rule.as_deref(), Some("gen"));
    let by_sel = toml("name='sel'\nfingerprint={selector='body.pg-article'}");
    assert_eq!(extract_with(by_sel, None).rule.as_deref(), Some("sel"));
    let wrong = toml("name='no'\nfingerprint={site_name='Other Paper'}");
    assert_eq!(extract_with(wrong, None).rule, None);
}

#[test]
fn user_rules_take_precedence_over_builtins_and_each_other() {
    let first = toml("name='mine'\nhosts=['trtworld.com']\nsection='.pg-kicker'");
    let second = toml("name='later'\nhosts=['trtworld.com']");
    let ex = Extractor::builder().rule(first).rule(second).build();
    let a = ex
        .extract(PAGE, Some("https://www.trtworld.com/a"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("mine"));
    // Without user rules the built-in answers for the same host.
    let a = Extractor::default()
        .extract(PAGE, Some("https://www.trtworld.com/a"))
        .unwrap();
    assert_eq!(a.rule.as_deref(), Some("trtworld"));
}

#[test]
fn rule_fields_override_and_missing_fields_fall_back() {
    let rule = toml(
        r#"
        name = "pg"
        hosts = ["portgazette.example"]
        title = ["h1.nothing-here", "h1.pg-headline"]
        authors = { selector = ".pg-by", strip_prefix = "Words by ", split = true }
        published = { selector = ".pg-when", date_format = "%d/%m/%Y" }
        description = ".no-such-standfirst"
        body = ".pg-story"
        related = [{ selector = ".pg-more", label = "More from the port" }]
        drop_blocks = ["Read more:"]
        "#,
    );
    let a = extract_with(rule, Some("https://portgazette.example/cranes"));
    assert_eq!(a.title.as_deref(), Some("Harbour cranes go electric"));
    assert_eq!(a.authors, ["Rosa Klee", "Jonas Pil"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-12")
    );
    // The rule's description finds nothing: the heuristics' value (or none)
    // stands, never an empty string.
    assert_ne!(a.description.as_deref(), Some(""));
    let text = a.body_text();
    assert!(text.contains("last diesel crane"));
    assert!(!text.contains("Read more:"), "drop_blocks removes the plug");
    assert!(!text.contains("Short teaser"));
    let more = a
        .related
        .iter()
        .find(|r| r.label.as_deref() == Some("More from the port"));
    let more = more.expect("rule-named teaser box");
    assert_eq!(more.items.len(), 2);
}

#[test]
fn stale_rule_whose_body_matches_nothing_keeps_the_article() {
    let rule = toml("name='stale'\nhosts=['portgazette.example']\nbody='.old-story-class'");
    let a = extract_with(rule, Some("https://portgazette.example/cranes"));
    assert_eq!(a.rule.as_deref(), Some("stale"));
    assert_eq!(a.body_source, newsprint::BodySource::StaleRule);
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(text.contains("shore power"), "{text}");
}

#[test]
fn stale_rule_whose_body_hits_a_teaser_keeps_the_article() {
    let rule = toml("name='stale'\nhosts=['portgazette.example']\nbody='.pg-teaser'");
    let a = extract_with(rule, Some("https://portgazette.example/cranes"));
    assert_eq!(a.body_source, newsprint::BodySource::StaleRule);
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(text.contains("shore power"), "{text}");
}

#[test]
fn body_source_names_the_rule_or_the_heuristics() {
    let rule = toml("name='fresh'\nhosts=['portgazette.example']\nbody='.pg-story'");
    let a = extract_with(rule, Some("https://portgazette.example/cranes"));
    assert_eq!(a.body_source, newsprint::BodySource::Rule);
    // A rule without a body selector leaves the body to the heuristics.
    let rule = toml("name='meta-only'\nhosts=['portgazette.example']\ntitle='h1'");
    let a = extract_with(rule, Some("https://portgazette.example/cranes"));
    assert_eq!(a.rule.as_deref(), Some("meta-only"));
    assert_eq!(a.body_source, newsprint::BodySource::Heuristics);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["body_source"], "heuristics");
}

/// A rule written in Rust: overrides a field, names the body, drops blocks,
/// and post-processes the article.
struct CodeRule;

impl Rule for CodeRule {
    fn name(&self) -> &str {
        "code"
    }
    fn hosts(&self) -> Vec<String> {
        vec!["portgazette.example".into()]
    }
    fn fields(&self, doc: &Document, _base: Option<&url::Url>) -> Fields {
        let mut f = Fields::default();
        f.section = doc
            .select_first(".pg-kicker")
            .map(|n| doc.text(n).to_lowercase());
        f
    }
    fn hints(&self, doc: &Document) -> newsprint::rules::RuleHints {
        let mut h = newsprint::rules::RuleHints::default();
        h.body = doc.select_first(".pg-story").into_iter().collect();
        h
    }
    fn is_boilerplate(&self, _doc: &Document, block: &newsprint::Block) -> bool {
        block.text().starts_with("Read more")
    }
    fn finish(&self, _doc: &Document, article: &mut Article) {
        article.tags.push("ports".into());
    }
}

#[test]
fn rules_in_code() {
    let a = extract_with(CodeRule, Some("https://portgazette.example/x"));
    assert_eq!(a.rule.as_deref(), Some("code"));
    assert_eq!(a.section.as_deref(), Some("shipping"));
    assert_eq!(a.tags, ["ports"]);
    assert!(!a.body_text().contains("Read more"));
    let shared: Arc<dyn Rule> = Arc::new(CodeRule);
    fn send_sync<T: Send + Sync + ?Sized>(_: &T) {}
    send_sync(&*shared);
}

#[test]
fn invalid_selectors_are_rejected_with_the_line() {
    let e = DeclarativeRule::from_toml_str("name='x'\nhosts=['a.example']\nbody='div:::p'\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 3"), "{e}");
}

#[test]
fn trtworld_builtin_on_our_fixture() {
    let html = fixture("trtworld.html");
    let a =
        newsprint::extract(&html, Some("https://www.trtworld.com/article/rail-tunnel")).unwrap();
    assert_eq!(a.rule.as_deref(), Some("trtworld"));
    assert_eq!(a.section.as_deref(), Some("Transport & Infrastructure"));
    assert_eq!(a.reading_time_minutes, Some(3));
    assert_eq!(
        a.title.as_deref(),
        Some("Mountain rail tunnel opens after eleven years of digging")
    );
    assert!(
        a.description
            .as_deref()
            .unwrap_or("")
            .starts_with("The 38-kilometre bore")
    );
    assert_eq!(a.authors, ["Ines Marek", "Dario Fenn", "Sami Okafor"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-06-02")
    );
    let img = a.lead_image.as_ref().expect("lead image");
    assert_eq!(
        img.caption.as_deref(),
        Some("Workers gather at the northern portal before the first passenger train.")
    );
    assert_eq!(
        img.credit.as_deref(),
        Some("NORA HALDEN / Alpine Lens Agency")
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    let text = a.body_text();
    assert!(text.contains("first passenger train rolled"));
    assert!(text.contains("Cost and delays"));
    assert!(!text.contains("SOURCE:"), "{text}");
    assert!(
        !text.contains("Night trains"),
        "recommended box left in body"
    );
    assert!(!text.contains("Share"));
    let rec = a
        .related
        .iter()
        .find(|r| r.label.as_deref() == Some("Recommended"));
    assert_eq!(rec.expect("Recommended list").items.len(), 2);
    let explore = a
        .related
        .iter()
        .find(|r| r.label.as_deref() == Some("Explore"));
    let explore = explore.expect("Explore list");
    assert_eq!(explore.items.len(), 3);
    assert_eq!(explore.items[0].author.as_deref(), Some("Lena Brix"));
    assert!(
        explore.items[0]
            .url
            .as_deref()
            .unwrap_or("")
            .ends_with("/article/ferry-routes")
    );
}

#[test]
fn trtworld_by_fingerprint_and_on_trt_global() {
    let html = fixture("trtworld.html");
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(a.rule.as_deref(), Some("trtworld"));
    let a = newsprint::extract(&html, Some("https://www.trt.global/world/x")).unwrap();
    assert_eq!(a.rule.as_deref(), Some("trtworld"));
}

#[test]
fn nytimes_builtin_joins_the_split_body() {
    let html = fixture("nytimes.html");
    let a = newsprint::extract(
        &html,
        Some("https://www.nytimes.com/2024/03/15/climate/glacier.html"),
    )
    .unwrap();
    assert_eq!(a.rule.as_deref(), Some("nytimes"));
    assert_eq!(a.authors, ["Ana Soto", "Lee O'Park"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-15")
    );
    assert_eq!(a.section.as_deref(), Some("Climate"));
    let text = a.body_text();
    assert!(
        text.contains("school gym on Thursday"),
        "first part kept: {text}"
    );
    assert!(
        text.contains("A second vote is planned"),
        "second part kept: {text}"
    );
    assert!(!text.contains("Advertisement"), "{text}");
    assert!(!text.contains("Continue reading"), "{text}");
    assert!(!text.contains("appears in print"), "{text}");
}

#[test]
fn nytimes_builtin_drops_interactive_charts_and_asides() {
    let html = r#"<html><head><meta name="byl" content="By Ruth Imre"><meta name="CG" content="business">
    <meta name="pdate" content="20230102"></head><body><article>
    <h1>Freight rates fall for a third month</h1>
    <section name="articleBody" itemprop="articleBody">
      <div class="StoryBodyCompanionColumn"><div><p>Container freight rates fell again in December, the third monthly drop in a row, as demand for imported goods cooled after the holiday rush.</p>
      <p>Shipping lines have responded by idling vessels and cancelling sailings on the busiest routes between Asia and Europe.</p></div></div>
      <section class="interactive-embedded"><p class="interactive-leadin">Rates since 2019</p>
        <div class="interactive-graphic"><p>$12,000</p><p>$8,000</p><p>'19</p><p>'20</p><p>'21</p></div></section>
      <aside><a href="/r1">Ports brace for a slow year</a><a href="/r2">Why your parcel is late</a></aside>
      <div class="StoryBodyCompanionColumn"><div><p>Analysts expect rates to settle above their pre-pandemic level because fuel and crew costs have risen since then.</p></div></div>
    </section></article></body></html>"#;
    // No URL: the page's own meta tags identify the publisher.
    let a = newsprint::extract(html, None).unwrap();
    assert_eq!(a.rule.as_deref(), Some("nytimes"));
    let text = a.body_text();
    assert!(text.contains("third monthly drop"), "{text}");
    assert!(text.contains("pre-pandemic level"), "{text}");
    assert!(!text.contains("$12,000"), "{text}");
    assert!(!text.contains("Ports brace"), "{text}");
}
