//! Unsafe URLs and unsafe characters never reach the model: a property test
//! over obfuscated `javascript:` / `vbscript:` / `data:` URLs placed in
//! every spot a page (or the caller) can put a URL, and control and bidi
//! characters in every kind of text. All pages are written here.

use newsprint::{Article, Block, Extractor, MarkKind};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// One obfuscated spelling of a dangerous scheme plus a payload.
fn hostile_url(rng: &mut Rng) -> String {
    let scheme = ["javascript", "vbscript", "data"][rng.below(3)];
    let mut out = String::new();
    // Leading controls and spaces that URL parsers strip.
    for _ in 0..rng.below(3) {
        out.push_str(["\u{1}", "\u{1f}", " ", "\t", "\n", "&#1;", "&#x09;"][rng.below(7)]);
    }
    for c in scheme.chars() {
        match rng.below(6) {
            0 => out.push(c.to_ascii_uppercase()),
            1 => out.push_str(&format!("&#{};", c as u32)),
            2 => out.push_str(&format!("&#x{:X}", c as u32)),
            3 => {
                out.push(c);
                out.push_str(["\t", "\n", "\r", "&#x09;", "&Tab;"][rng.below(5)]);
            }
            _ => out.push(c),
        }
    }
    out.push_str(["&colon;", ":", "&#58;", "&#x3a;"][rng.below(4)]);
    out.push_str(
        [
            "alert(1)",
            "text/html,<script>alert(1)</script>",
            "//x/%0aalert(1)",
        ][rng.below(3)],
    );
    out
}

/// Escapes for a double-quoted attribute (the obfuscations stay: they are
/// character references the parser decodes).
fn attr(s: &str) -> String {
    s.replace('"', "&quot;").replace('<', "&lt;")
}

/// A page with `u` in every place a URL can come from.
fn page_with(u: &str) -> String {
    let a = attr(u);
    let json = u
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('\t', "\\t");
    let json: String = json
        .chars()
        .map(|c| {
            if c.is_control() {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect();
    format!(
        r#"<html><head><title>Ferry fares rise</title>
<base href="{a}">
<link rel="canonical" href="{a}"><meta property="og:url" content="{a}">
<meta property="og:image" content="{a}"><meta name="twitter:image" content="{a}">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Ferry fares rise","url":"{json}","image":{{"@type":"ImageObject","url":"{json}","caption":"The ferry"}},"author":{{"@type":"Person","name":"Ana Lima","url":"{json}"}}}}</script>
</head><body><article><h1>Ferry fares rise</h1><p class="byline">By Ana Lima</p>
<figure><img src="{a}" alt="The ferry"><figcaption>The ferry at dawn.</figcaption></figure>
<p>Fares on the island ferry rise by a tenth from Monday, the operator said, <a href="{a}">citing fuel costs</a> and a <a href="relative/page">new timetable</a>.</p>
<figure><img data-src="{a}" src="data:image/gif;base64,R0lGOD"><picture><source srcset="{a} 2x"></picture></figure>
<p>Season tickets keep their price until the end of the year, and children under twelve still travel free on every crossing.</p>
<aside class="related"><h2>Related</h2><ul>
<li><a href="{a}">Harbour works delay the evening crossing</a></li>
<li><a href="{a}">Island school reopens after the storm repairs</a></li>
<li><a href="/news/ferry-timetable">New ferry timetable for the winter months</a></li>
</ul></aside></article></body></html>"#
    )
}

/// Every URL field of the article.
fn urls(a: &Article) -> Vec<String> {
    let mut out: Vec<String> = [&a.url, &a.canonical_url]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    out.extend(a.lead_image.iter().filter_map(|i| i.url.clone()));
    for b in &a.body {
        match b {
            Block::Figure { image } => out.extend(image.url.clone()),
            Block::Paragraph { marks, .. } => {
                out.extend(marks.iter().filter_map(|m| match &m.kind {
                    MarkKind::Link { href } => Some(href.clone()),
                    _ => None,
                }))
            }
            _ => {}
        }
    }
    out.extend(
        a.related
            .iter()
            .flat_map(|l| &l.items)
            .filter_map(|i| i.url.clone()),
    );
    out
}

/// What a browser would take the scheme to be: controls and whitespace
/// removed, lowercased.
fn looks_dangerous(u: &str) -> bool {
    let s: String = u
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "javascript:",
        "vbscript:",
        "data:",
        "javascript&",
        "vbscript&",
        "&#",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

#[test]
fn no_dangerous_url_reaches_any_url_field() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let ex = Extractor::builder().best_effort(true).build();
    for round in 0..300 {
        let u = hostile_url(&mut rng);
        let html = page_with(&u);
        for page_url in [None, Some("https://ferry.example/news/fares")] {
            let a = ex
                .extract(&html, page_url)
                .unwrap_or_else(|e| panic!("{u:?}: {e}"));
            for found in urls(&a) {
                assert!(
                    !looks_dangerous(&found),
                    "round {round}, {u:?} gave {found:?}"
                );
            }
            // The article itself is still there.
            assert!(a.body_text().contains("Fares on the island ferry"), "{u:?}");
        }
        // As the page URL given by the caller, it is refused.
        let as_page_url = u
            .replace("&#1;", "\u{1}")
            .replace("&#x09;", "\t")
            .replace("&Tab;", "\t");
        if !as_page_url.contains('&') {
            assert!(
                matches!(
                    ex.extract(&html, Some(&as_page_url)),
                    Err(newsprint::Error::InvalidUrl { .. })
                ),
                "{as_page_url:?}"
            );
        }
    }
}

#[test]
fn a_hostile_base_href_is_ignored() {
    let html = r#"<base href="javascript://x/%0aalert(1)//"><h1>Ferry fares rise</h1><p class="byline">By Ana Lima</p>
        <p>Fares rise by a tenth from Monday, <a href="timetable">the operator said</a> in a statement.</p>"#;
    for page_url in [None, Some("https://ferry.example/news/fares")] {
        let a = newsprint::extract(html, page_url).unwrap();
        let links = urls(&a);
        assert!(links.iter().all(|u| !looks_dangerous(u)), "{links:?}");
        let expected = if page_url.is_some() {
            "https://ferry.example/news/timetable"
        } else {
            "timetable"
        };
        assert!(links.iter().any(|u| u == expected), "{links:?}");
    }
}

#[test]
fn only_web_links_stay_in_the_model() {
    let html = r#"<h1>Ferry fares rise</h1><p class="byline">By Ana Lima</p><p>Fares rise by a tenth
        <a href="whatsapp://send?text=x">share</a>, <a href="blob:https://x/1">see</a>,
        <a href="mailto:desk@ferry.example">write</a> and <a href="HTTPS://ferry.example/a">read</a> more.</p>"#;
    let a = newsprint::extract(html, None).unwrap();
    assert_eq!(
        urls(&a),
        ["mailto:desk@ferry.example", "https://ferry.example/a"]
    );
}

#[test]
fn control_and_bidi_characters_never_reach_the_output() {
    let nasty = "\u{1b}[31m\u{7}\u{8}\u{202e}\u{2066}\u{9b}";
    let quiet = "\u{7}\u{8}\u{202e}\u{2066}\u{9b}";
    let html = format!(
        "<title>Ferry{nasty} fares rise</title><h1>Ferry{nasty} fares rise</h1>\
         <p class=byline>By Ana{quiet} Lima</p>\
         <p>Fares{nasty} on the island ferry rise by a tenth from Monday, the operator said, citing fuel costs and a new timetable for the winter.</p>\
         <pre>let fare ={nasty} 10;\n\tprint(fare);</pre><ul><li>Item{nasty} one</li><li>two</li></ul>\
         <table><tr><td>cell{nasty}</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let json = serde_json::to_string(&a).unwrap();
    let decoded: String = serde_json::from_str::<serde_json::Value>(&json)
        .unwrap()
        .to_string();
    for out in [a.to_text(), a.to_markdown(), a.to_html(), decoded] {
        assert!(
            !out.chars().any(|c| (c.is_control() && !c.is_whitespace())
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)),
            "{out:?}"
        );
    }
    assert_eq!(a.title.as_deref(), Some("Ferry[31m fares rise"));
    assert_eq!(a.authors, ["Ana Lima"]);
    // The code block keeps its own line breaks and tabs.
    assert!(
        a.to_text().contains("let fare =[31m 10;\n\tprint(fare);"),
        "{}",
        a.to_text()
    );

    // The same in a text dump.
    let dump = format!(
        "Ferry{nasty} fares rise\nBy Ana Lima\n\nFares{nasty} on the island ferry rise by a tenth from Monday, the operator said today.\n\nSeason tickets keep their price until the end of the year, and children travel free.\n"
    );
    let a = newsprint::extract_text(&dump, None).unwrap();
    let out = a.to_text() + &a.to_markdown() + a.title.as_deref().unwrap_or("");
    assert!(
        !out.chars()
            .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
        "{out:?}"
    );
}
