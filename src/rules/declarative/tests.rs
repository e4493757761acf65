use super::*;

#[test]
fn toml_and_json_give_the_same_rule() {
    let t = DeclarativeRule::from_toml_str(
        "name='a'\nhosts='a.example'\ntitle=['h1.x','h1']\nbody='.b'\n",
    )
    .unwrap();
    let j = DeclarativeRule::from_json_str(
        r#"{"name":"a","hosts":"a.example","title":["h1.x","h1"],"body":".b"}"#,
    )
    .unwrap();
    assert_eq!(t.hosts, j.hosts);
    assert_eq!(t.title.unwrap().probes.len(), 2);
    assert_eq!(j.body.len(), 1);
}

#[test]
fn errors_name_the_line() {
    let e = DeclarativeRule::from_toml_str("name='a'\n\ntitle = { selectr = 'h1' }\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 3") && e.contains("selectr"), "{e}");
    let e = DeclarativeRule::from_toml_str("name='a'\nbody = 'p'\nstrip = ['div >']\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 3") && e.contains("div >"), "{e}");
    let e = DeclarativeRule::from_json_str("{\"name\":\"a\",\n\"title\": 3}")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 2"), "{e}");
    assert!(DeclarativeRule::from_toml_str("hosts = 'x'").is_err());
}

#[test]
fn field_post_processing() {
    let r = DeclarativeRule::from_toml_str(
        r#"
        name = "t"
        authors = { selector = ".by", strip_prefix = ["By ", "Von "], split = true }
        published = { selector = ".when", date_format = "%d/%m/%Y" }
        modified = { selector = "time.mod", attr = "datetime" }
        reading_time = ".rt"
        source = { selector = ".src", strip_prefix = "SOURCE:" }
        tags = { selector = ".tags", split = "|" }
        "#,
    )
    .unwrap();
    let doc = Document::parse(
        "<p class=by>By Ana Lima, Bo Chen and Cy Dee</p><p class=when>03/02/2025</p>\
         <time class=mod datetime='2025-02-04T10:00:00+01:00'>x</time>\
         <span class=rt>4 min read</span><p class=src>SOURCE: AFP</p><p class=tags>a | b</p>",
    )
    .unwrap();
    let f = r.fields(&doc, None);
    assert_eq!(f.authors, ["Ana Lima", "Bo Chen", "Cy Dee"]);
    assert_eq!(
        f.published.map(|d| d.to_string()).as_deref(),
        Some("2025-02-03")
    );
    assert_eq!(
        f.modified.map(|d| d.to_string()).as_deref(),
        Some("2025-02-04T10:00:00+01:00")
    );
    assert_eq!(f.reading_time_minutes, Some(4));
    assert_eq!(f.source.as_deref(), Some("AFP"));
    assert_eq!(f.tags, ["a", "b"]);
}

#[test]
fn field_lists_mix_selectors_and_tables() {
    let r = DeclarativeRule::from_toml_str(
        r#"
        name = "t"
        published = [{ selector = "time", attr = "datetime" }, { selector = ".d", strip_prefix = "On " }]
        "#,
    )
    .unwrap();
    let with_attr =
        Document::parse("<time datetime='2025-01-02'>x</time><p class=d>On 3 May 2024</p>")
            .unwrap();
    let text_only = Document::parse("<time>soon</time><p class=d>On 3 May 2024</p>").unwrap();
    assert_eq!(
        r.fields(&with_attr, None)
            .published
            .map(|d| d.to_string())
            .as_deref(),
        Some("2025-01-02")
    );
    assert_eq!(
        r.fields(&text_only, None)
            .published
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-03")
    );
    assert!(DeclarativeRule::from_toml_str("name='t'\ntitle=[{ attr = 'content' }]").is_err());
    assert!(DeclarativeRule::from_toml_str("name='t'\ntitle=[3]").is_err());
}

#[test]
fn selectors_are_tried_in_order_and_missing_fields_stay_empty() {
    let r = DeclarativeRule::from_toml_str(
        "name='t'\ntitle=['h1.none','h2.t','h1']\nsection='.nothing'\nbody=['.gone','.b']",
    )
    .unwrap();
    let doc = Document::parse("<h1>one</h1><h2 class=t>two</h2><div class=b>x</div>").unwrap();
    let f = r.fields(&doc, None);
    assert_eq!(f.title.as_deref(), Some("two"));
    assert_eq!(f.section, None);
    let h = r.hints(&doc);
    assert_eq!(h.body.len(), 1);
    assert_eq!(doc.tag_name(h.body[0]), Some("div"));
    // A strip selector that would remove the body is not applied to it.
    let r = DeclarativeRule::from_toml_str("name='t'\nbody='.b'\nstrip=['body', 'h1']").unwrap();
    let h = r.hints(&doc);
    assert_eq!(h.strip.len(), 1);
    assert_eq!(doc.tag_name(h.strip[0]), Some("h1"));
}

#[test]
fn fingerprint_needs_every_given_condition() {
    let r = DeclarativeRule::from_toml_str(
        "name='t'\nfingerprint={site_name='Planet', selector='body.planet'}",
    )
    .unwrap();
    let yes = Document::parse(
        "<meta property='og:site_name' content='planet'><body class=planet>x</body>",
    )
    .unwrap();
    let no =
        Document::parse("<meta property='og:site_name' content='Planet'><body>x</body>").unwrap();
    assert!(r.fingerprint(&yes));
    assert!(!r.fingerprint(&no));
    let none = DeclarativeRule::from_toml_str("name='t'").unwrap();
    assert!(!none.fingerprint(&yes));
}
