//! Metadata through the public API: what the page states reaches the
//! [`newsprint::Article`]. The metadata stage's own tests live beside it
//! (`src/metadata/tests/`).

#[test]
fn metadata_reaches_the_article() {
    let html = r#"<html lang="en"><head><title>Market hall reopens - Town Crier</title>
      <meta property="og:site_name" content="Town Crier">
      <meta name="description" content="Stalls return after the roof repair.">
      <meta property="article:published_time" content="2025-01-15T09:00:00+00:00">
      </head><body><article><h1>Market hall reopens</h1><p class="byline">By Grace Obi</p>
      <p>The market hall reopened on Wednesday morning after eight months of repairs to its
      leaking roof, and traders said the first day was busier than any day last year.</p>
      <p>The council paid for most of the work, with a grant from the regional heritage fund
      covering the restoration of the original iron frame and the glass lantern.</p>
      </article></body></html>"#;
    let a = newsprint::extract(html, Some("https://crier.example/news/market")).unwrap();
    assert_eq!(a.title.as_deref(), Some("Market hall reopens"));
    assert_eq!(a.authors, ["Grace Obi"]);
    assert_eq!(a.site_name.as_deref(), Some("Town Crier"));
    assert_eq!(
        a.description.as_deref(),
        Some("Stalls return after the roof repair.")
    );
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2025-01-15"));
    assert_eq!(a.lang.as_deref(), Some("en"));
}
