//! Publisher rules written by the user: one in Rust, one in TOML, applied to
//! a page.
//!
//! ```text
//! cargo run --example custom_rule
//! ```

use newsprint::chrono::NaiveDate;
use newsprint::rules::{DeclarativeRule, Fields, Rule, RuleHints};
use newsprint::{Article, Document, Extractor, PageDate, Url};

/// The same publisher's page, seen by two rules.
const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Night buses return to the old town | Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier"></head>
<body>
<div class="rc-desk">City desk</div>
<h1 class="rc-head">Night buses return to the old town</h1>
<p class="rc-dek">Three routes run again after midnight from Friday.</p>
<p class="rc-by">Words by Hanna Lind &amp; Piet Moor</p>
<span class="rc-date">Published 07.02.2025</span>
<div class="rc-body">
  <p>Night buses will run through the old town again from Friday, the transport board said, ending a two-year pause that began when drivers were moved to daytime routes.</p>
  <p>Three routes will leave the central square every thirty minutes between midnight and five in the morning, and fares will match the daytime price.</p>
  <aside class="rc-more"><a href="/trams">Tram line extension opens</a><a href="/bikes">Bike lanes on the bridge</a></aside>
  <p>Bar owners in the old town welcomed the decision, saying late staff had struggled to get home since the service stopped.</p>
  <p class="rc-plug">Get the Courier in your inbox every morning.</p>
</div>
</body></html>"#;

/// A rule in Rust: anything the page needs, with full access to the
/// document.
struct Courier;

impl Rule for Courier {
    fn name(&self) -> &str {
        "riverside-courier (code)"
    }

    fn hosts(&self) -> Vec<String> {
        vec!["riverside-courier.example".into()]
    }

    fn fields(&self, doc: &Document, _base: Option<&Url>) -> Fields {
        let text = |css: &str| doc.select_first(css).map(|n| doc.text(n));
        let mut f = Fields::default();
        f.section = text(".rc-desk");
        f.description = text(".rc-dek");
        f.authors = text(".rc-by")
            .map(|by| {
                by.trim_start_matches("Words by ")
                    .split(" & ")
                    .map(|s| s.trim().to_string())
                    .collect()
            })
            .unwrap_or_default();
        // "Published 07.02.2025" → the day 2025-02-07, read with the
        // chrono that newsprint re-exports.
        f.published = text(".rc-date").and_then(|d| {
            let day = NaiveDate::parse_from_str(d.rsplit(' ').next()?, "%d.%m.%Y").ok()?;
            Some(PageDate::Day(day))
        });
        f
    }

    fn hints(&self, doc: &Document) -> RuleHints {
        let mut h = RuleHints::default();
        h.body = doc.select_first(".rc-body").into_iter().collect();
        h.strip = doc.select_first(".rc-plug").into_iter().collect();
        if let Some(more) = doc.select_first(".rc-more") {
            h.related.push((Some("More from the Courier".into()), more));
        }
        h
    }

    fn finish(&self, _doc: &Document, article: &mut Article) {
        article.tags.push("transport".into());
    }
}

/// The same rule in ten lines of TOML.
const TOML_RULE: &str = r#"
name = "riverside-courier"
hosts = ["riverside-courier.example"]
section = ".rc-desk"
description = ".rc-dek"
authors = { selector = ".rc-by", strip_prefix = "Words by ", split = true }
published = { selector = ".rc-date", strip_prefix = "Published ", date_format = "%d.%m.%Y" }
body = ".rc-body"
strip = [".rc-plug"]
related = [{ selector = ".rc-more", label = "More from the Courier" }]
"#;

fn show(label: &str, a: &Article) {
    println!("== {label}");
    println!("rule:      {:?}", a.rule);
    println!("section:   {:?}", a.section);
    println!("title:     {:?}", a.title);
    println!("standfirst {:?}", a.description);
    println!("authors:   {:?}", a.authors);
    println!("published: {:?}", a.published);
    println!("tags:      {:?}", a.tags);
    for r in &a.related {
        let titles: Vec<&str> = r.items.iter().map(|i| i.title.as_str()).collect();
        println!("related:   {:?} {:?}", r.label, titles);
    }
    println!("{}\n", a.to_text());
}

fn main() -> Result<(), newsprint::Error> {
    let url = Some("https://www.riverside-courier.example/city/night-buses");

    let in_code = Extractor::builder().rule(Courier).build();
    show("rule in Rust", &in_code.extract(PAGE, url)?);

    let from_toml = Extractor::builder()
        .rule(DeclarativeRule::from_toml_str(TOML_RULE)?)
        .build();
    let a = from_toml.extract(PAGE, url)?;
    show("rule in TOML", &a);
    assert_eq!(a.authors, ["Hanna Lind", "Piet Moor"]);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-02-07")
    );
    Ok(())
}
