//! Structured signals: JSON-LD, meta tags, microdata, `<time>`, titles and
//! dates, on pages written for these tests.

use super::*;

// ------------------------------------------------------------ JSON-LD

#[test]
fn json_ld_graph_with_id_references() {
    let html = r#"<html><head><title>Harbour cranes return | Coastline Post</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://coast.example/#site","name":"Coastline Post"},
 {"@type":"Person","@id":"https://coast.example/#/person/1","name":"Rosa Almeida"},
 {"@type":"Organization","@id":"https://coast.example/#org","name":"Coastline Post"},
 {"@type":"WebPage","@id":"https://coast.example/cranes","name":"Harbour cranes return | Coastline Post"},
 {"@type":["NewsArticle"],"headline":"Harbour cranes return after a decade",
  "author":{"@id":"https://coast.example/#/person/1"},
  "publisher":{"@id":"https://coast.example/#org"},
  "datePublished":"2024-05-02T09:30:00+02:00","dateModified":"2024-05-03T11:00:00+02:00",
  "articleSection":["Business","Ports"],"keywords":"ports, cranes, jobs",
  "image":{"@type":"ImageObject","url":"/img/cranes.jpg","caption":"Two new cranes at dawn"},
  "inLanguage":"pt-PT","articleBody":"The cranes arrived on Tuesday.",
  "mainEntityOfPage":"https://coast.example/cranes"}]}
</script></head><body><h1>Harbour cranes return after a decade</h1></body></html>"#;
    let PageMetadata {
        fields: m,
        article_body,
        image_caption,
        ..
    } = page_at(html, "https://coast.example/cranes?ref=home");
    assert_eq!(
        m.title.as_deref(),
        Some("Harbour cranes return after a decade")
    );
    assert_eq!(m.authors, ["Rosa Almeida"]);
    assert_eq!(m.site_name.as_deref(), Some("Coastline Post"));
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-02T09:30:00+02:00")
    );
    assert_eq!(
        m.modified.map(|d| d.to_string()).as_deref(),
        Some("2024-05-03T11:00:00+02:00")
    );
    assert_eq!(m.section.as_deref(), Some("Business"));
    assert_eq!(m.tags, ["ports", "cranes", "jobs"]);
    assert_eq!(m.lang.as_deref(), Some("pt-PT"));
    assert_eq!(
        article_body.as_deref(),
        Some("The cranes arrived on Tuesday.")
    );
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://coast.example/cranes")
    );
    let img = m.lead_image.unwrap();
    assert_eq!(
        img.url.as_deref(),
        Some("https://coast.example/img/cranes.jpg")
    );
    // The structured caption stands apart: the visible one wins over it.
    assert_eq!(img.caption, None);
    assert_eq!(image_caption.as_deref(), Some("Two new cranes at dawn"));
}

#[test]
fn json_ld_top_level_array_and_author_kinds() {
    let html = r#"<head><script type="application/ld+json">[
 {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Science"}]},
 {"@type":["Article","ReportageNewsArticle"],"name":"Glaciers retreat faster",
  "author":[{"@type":"Person","name":"Ivo Petrov"},"Lena Berg",
            {"@type":"Person","givenName":"Sam","familyName":"Okafor"},
            {"@type":"Organization","name":"Alpine Desk Weekly"}],
  "publisher":{"@type":"Organization","name":"Alpine Desk Weekly"},
  "keywords":["ice","climate"],"image":["https://cdn.example/a.jpg","https://cdn.example/b.jpg"]}]
</script></head><body><p>text</p></body>"#;
    let m = meta(html);
    assert_eq!(m.title.as_deref(), Some("Glaciers retreat faster"));
    assert_eq!(m.authors, ["Ivo Petrov", "Lena Berg", "Sam Okafor"]);
    assert_eq!(m.site_name.as_deref(), Some("Alpine Desk Weekly"));
    assert_eq!(m.tags, ["ice", "climate"]);
    assert_eq!(
        m.lead_image.and_then(|i| i.url).as_deref(),
        Some("https://cdn.example/a.jpg")
    );
}

#[test]
fn json_ld_organisation_author_only_when_no_person_is_named() {
    // The page names only its own newsroom as author: that is the byline.
    let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram line opens",
      "author":{"@type":"Organization","name":"City Wire"},"publisher":{"@type":"Organization","name":"City Wire"}}</script>"#;
    assert_eq!(meta(html).authors, ["City Wire"]);
    // A person named anywhere wins over the organisation.
    let html = r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram line opens",
      "author":{"@type":"Organization","name":"City Wire"}}</script></head>
      <body><h1>Tram line opens</h1><p class="byline">By Nadia Okoro</p></body>"#;
    assert_eq!(meta(html).authors, ["Nadia Okoro"]);
    // An organisation that is not the publisher is kept when nothing else names a person.
    let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram line opens",
      "author":{"@type":"Organization","name":"Contributors to the Tram Wiki"},"publisher":{"@type":"Organization","name":"City Wire"}}</script>"#;
    assert_eq!(meta(html).authors, ["Contributors to the Tram Wiki"]);
}

#[test]
fn malformed_json_ld_is_repaired_or_skipped() {
    let html = "<head>\
      <script type=\"application/ld+json\">{ this is not json at all </script>\
      <script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"NewsArticle\",\n \"headline\": \"Bridge reopens\",\n \"description\": \"Line one\nline two\",\n \"author\": [{\"name\": \"Noor Haddad\",},],\n}\n//]]></script>\
      <script type=\"application/ld+json\"><!-- {\"@type\":\"WebSite\",\"name\":\"Riverside Daily\"} --></script>\
      </head>";
    let m = meta(html);
    assert_eq!(m.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(m.authors, ["Noor Haddad"]);
    assert_eq!(m.description.as_deref(), Some("Line one line two"));
    assert_eq!(m.site_name.as_deref(), Some("Riverside Daily"));
}

#[test]
fn thousands_of_json_ld_blocks_do_not_hurt() {
    let mut html = String::from("<head>");
    for i in 0..3000 {
        html.push_str(&format!(
            "<script type=\"application/ld+json\">{{\"@type\":\"Thing\",\"name\":\"n{i}\",}}</script>"
        ));
    }
    html.push_str("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Found it\"}</script>");
    html.push_str(&"<script type=\"application/ld+json\">[[[[[[[[[[".repeat(50));
    let m = meta(&html);
    assert_eq!(m.title.as_deref(), Some("Found it"));
}

#[test]
fn encyclopaedia_headline_summary_defers_to_name() {
    let html = r#"<head><title>Hermit crab - Open Encyclopedia</title>
      <script type="application/ld+json">{"@type":"Article","name":"Hermit crab",
        "headline":"crustacean that lives in borrowed shells"}</script></head>
      <body><h1>Hermit crab</h1></body>"#;
    assert_eq!(meta(html).title.as_deref(), Some("Hermit crab"));
}

// ------------------------------------------------------------ meta tags

#[test]
fn open_graph_only_page() {
    let html = r#"<html lang="en-GB"><head>
      <meta property="og:title" content="Night buses return to the valley">
      <meta property="og:description" content="Fares stay the same &amp;amp; timetables grow.">
      <meta property="og:site_name" content="Valley Courier">
      <meta property="og:image" content="/media/bus.jpg">
      <meta property="og:image:alt" content="A bus at a stop in the rain">
      <meta property="og:url" content="https://courier.example/buses">
      <meta property="article:published_time" content="2023-11-20T06:15:00Z">
      <meta property="article:modified_time" content="2023-11-20T08:00:00Z">
      <meta property="article:section" content="Transport">
      <meta property="article:tag" content="buses"><meta property="article:tag" content="night">
      <meta property="article:author" content="https://courier.example/staff/ines">
      <meta name="author" content="Ines Varga">
      </head><body><p>x</p></body></html>"#;
    let m = meta_at(html, "https://courier.example/buses");
    assert_eq!(m.title.as_deref(), Some("Night buses return to the valley"));
    assert_eq!(
        m.description.as_deref(),
        Some("Fares stay the same & timetables grow.")
    );
    assert_eq!(m.site_name.as_deref(), Some("Valley Courier"));
    assert_eq!(m.authors, ["Ines Varga"]);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-20T06:15:00+00:00")
    );
    assert_eq!(
        m.modified.map(|d| d.to_string()).as_deref(),
        Some("2023-11-20T08:00:00+00:00")
    );
    assert_eq!(m.section.as_deref(), Some("Transport"));
    assert_eq!(m.tags, ["buses", "night"]);
    assert_eq!(m.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://courier.example/buses")
    );
    let img = m.lead_image.unwrap();
    assert_eq!(
        img.url.as_deref(),
        Some("https://courier.example/media/bus.jpg")
    );
    assert_eq!(img.alt.as_deref(), Some("A bus at a stop in the rain"));
}

#[test]
fn space_separated_properties_and_case_insensitive_keys() {
    let html = r#"<head><title>ignored</title>
      <meta property="og:title twitter:title" content="Shared title">
      <meta property="OG:Description" content="Upper-case key">
      <meta property="dc:creator og:whatever" content="Tomas Ruiz">
      <meta NAME="DC.date.issued" content="2022-07-09">
      </head>"#;
    let m = meta(html);
    assert_eq!(m.title.as_deref(), Some("Shared title"));
    assert_eq!(m.description.as_deref(), Some("Upper-case key"));
    assert_eq!(m.authors, ["Tomas Ruiz"]);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2022-07-09")
    );
}

#[test]
fn parsely_sailthru_and_keywords() {
    let html = r#"<head>
      <meta name="parsely-title" content="Orchard harvest doubles">
      <meta name="parsely-author" content="Aiko Tanaka">
      <meta name="parsely-pub-date" content="2021-09-30T10:00:00Z">
      <meta name="news_keywords" content="apples, farming, weather">
      </head>"#;
    let m = meta(html);
    assert_eq!(m.title.as_deref(), Some("Orchard harvest doubles"));
    assert_eq!(m.authors, ["Aiko Tanaka"]);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2021-09-30T10:00:00+00:00")
    );
    assert_eq!(m.tags, ["apples", "farming", "weather"]);
    let m = meta(
        r#"<meta name="sailthru.author" content="Bea Quinn"><meta name="keywords" content="a,b">"#,
    );
    assert_eq!(m.authors, ["Bea Quinn"]);
    assert_eq!(m.tags, ["a", "b"]);
}

#[test]
fn language_and_canonical_fallbacks() {
    let html = r#"<head><meta http-equiv="Content-Language" content="de-AT">
      <link rel="canonical" href="/politik/wahl-2024"></head>"#;
    let m = meta_at(html, "https://zeitung.example/x/y?utm=1");
    assert_eq!(m.lang.as_deref(), Some("de-AT"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://zeitung.example/politik/wahl-2024")
    );
    let m = meta(r#"<meta property="og:locale" content="fr_FR">"#);
    assert_eq!(m.lang.as_deref(), Some("fr-FR"));
}

#[test]
fn reading_time_from_twitter_labels_and_page_text() {
    let html = r#"<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ola Nowak">
      <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="7 minutes">"#;
    assert_eq!(meta(html).reading_time_minutes, Some(7));
    let html = r#"<body><h1>Headline here</h1><span class="reading-time">4 min read</span></body>"#;
    assert_eq!(meta(html).reading_time_minutes, Some(4));
}

// ------------------------------------------------------------ microdata, <time>

#[test]
fn microdata_only_page() {
    let html = r#"<body><article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Library extends opening hours</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <a href="/people/ruth"><span itemprop="name">Ruth Adeyemi</span></a></span>
      <time itemprop="datePublished" datetime="2020-02-14T08:00:00+01:00">14 Feb</time>
      <meta itemprop="dateModified" content="2020-02-15">
      <p>Body.</p></article></body>"#;
    let m = meta(html);
    assert_eq!(m.title.as_deref(), Some("Library extends opening hours"));
    assert_eq!(m.authors, ["Ruth Adeyemi"]);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2020-02-14T08:00:00+01:00")
    );
    assert_eq!(
        m.modified.map(|d| d.to_string()).as_deref(),
        Some("2020-02-15")
    );
}

#[test]
fn time_element_after_headline_not_in_teasers() {
    let html = r#"<body><nav><time datetime="2019-01-01">old</time></nav>
      <h1>Snow closes the pass</h1><p class="meta">Posted <time datetime="2021-12-03T07:45:00Z">Friday</time></p>
      <ul class="related"><li><time datetime="2018-05-05">x</time></li></ul></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2021-12-03T07:45:00+00:00")
    );
}

#[test]
fn rel_author_link() {
    let html = r#"<body><h1>Ferry timetable changes</h1>
      <p>Words by <a rel="author" href="/u/kofi">Kofi Mensah</a></p></body>"#;
    assert_eq!(meta(html).authors, ["Kofi Mensah"]);
}

// ------------------------------------------------------------ titles

#[test]
fn title_site_suffix_and_prefix_stripping() {
    let m = meta(
        r#"<head><title>Wind farm approved | North Gazette</title>
      <meta property="og:site_name" content="North Gazette"></head>"#,
    );
    assert_eq!(m.title.as_deref(), Some("Wind farm approved"));
    let m = meta(
        r#"<head><title>North Gazette: Wind farm approved</title>
      <meta property="og:site_name" content="North Gazette"></head>"#,
    );
    assert_eq!(m.title.as_deref(), Some("Wind farm approved"));
    let m = meta(
        r#"<head><title>Wind farm approved by the council after long debate | NG</title></head>"#,
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Wind farm approved by the council after long debate")
    );
}

#[test]
fn title_prefers_h1_matching_a_segment() {
    let html = r#"<head><title>Opinion: Why the tide tables matter - The Harbour Log</title></head>
      <body><h1>Why the tide tables matter</h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Why the tide tables matter")
    );
    // A title with a hyphen that belongs to it is kept whole when there is
    // no site name to remove.
    let html = r#"<head><title>Check-in - the slow art of arriving at hotels</title></head>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Check-in - the slow art of arriving at hotels")
    );
}

#[test]
fn title_that_is_only_the_site_name_is_skipped() {
    let html = r#"<head><meta property="og:title" content="Lakeside Times">
      <meta property="og:site_name" content="Lakeside Times">
      <title>Ice fishing season opens early - Lakeside Times</title></head>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Ice fishing season opens early")
    );
}

#[test]
fn truncated_meta_title_is_completed_from_h1() {
    let html = r#"<head><meta property="og:title" content="Minister calls the plan "></head>
      <body><h1>Minister calls the plan "unworkable"</h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Minister calls the plan \"unworkable\"")
    );
}

// ------------------------------------------------------------ dates

#[test]
fn date_formats_are_normalised() {
    let m = meta(r#"<meta name="date" content="March 3, 2025">"#);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03")
    );
    let m = meta(r#"<meta name="pubdate" content="2019-06-01T12:00:00+0200">"#);
    assert_eq!(
        m.published.map(|d| d.day().to_string()).as_deref(),
        Some("2019-06-01")
    );
    let m = meta(r#"<meta name="publish-date" content="12.05.2018">"#);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2018-05-12")
    );
}

#[test]
fn stated_publication_after_stated_modification_is_kept() {
    // A post saved, then scheduled: the metadata states a modification
    // before the publication, and both are kept as stated.
    let html = r#"<meta property="article:published_time" content="2024-03-10T10:00:00Z">
      <meta property="article:modified_time" content="2024-03-01T10:00:00Z">"#;
    let m = meta(html);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-10T10:00:00+00:00")
    );
    assert_eq!(
        m.modified.map(|d| d.to_string()).as_deref(),
        Some("2024-03-01T10:00:00+00:00")
    );
}

#[test]
fn local_offset_preferred_for_the_same_instant() {
    let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"h","datePublished":"2017-02-24T01:18:13Z"}</script>
      <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2017-02-23T17:18:13-08:00")
    );
}

#[test]
fn empty_and_hostile_pages_do_not_panic() {
    for html in [
        "",
        "<meta>",
        "<meta property content>",
        "<script type=application/ld+json></script>",
        "<script type=application/ld+json>\"just a string\"</script>",
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"x\"},\"image\":{\"@id\":\"x\"}}</script>",
        "<title></title><h1></h1>",
        "<div class=byline>By</div><time datetime=nonsense></time>",
    ] {
        let _ = meta(html);
    }
    // Deeper than the default limit allows: raised for this test.
    let limits = crate::Limits {
        max_depth: 100_000,
        ..crate::Limits::default()
    };
    let deep = "<div class=author>".repeat(3_000) + "By Deep Name";
    let doc = Document::parse_with_limits(&deep, &limits).unwrap();
    let _ = super::super::extract(&doc, None);
}
