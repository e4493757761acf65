use super::*;

fn texts(doc: &Document, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).into_iter().map(|n| doc.text(n)).collect()
}

const HTML: &str = r#"<html><body>
        <article id="main" class="story Big">
          <h1 data-x="head line">Title</h1>
          <p class="byline">By A</p>
          <div class="body"><p>one</p><p class="x">two</p><p>three</p></div>
          <aside class="related"><a href="/r">Rel</a></aside>
        </article>
        <footer><p>foot</p></footer>
        </body></html>"#;

#[test]
fn type_class_id_and_combinators() {
    let doc = Document::parse(HTML).unwrap();
    assert_eq!(texts(&doc, "p.byline"), ["By A"]);
    assert_eq!(texts(&doc, "#main > h1"), ["Title"]);
    assert_eq!(texts(&doc, "article .body p").len(), 3);
    assert_eq!(texts(&doc, "article > p"), ["By A"]);
    assert_eq!(texts(&doc, "h1 + p"), ["By A"]);
    assert_eq!(texts(&doc, "h1 ~ aside"), ["Rel"]);
    assert_eq!(texts(&doc, "footer p, h1"), ["Title", "foot"]);
    assert_eq!(texts(&doc, "*.Big > h1"), ["Title"]);
    assert!(texts(&doc, ".big").is_empty());
}

#[test]
fn tag_names_in_any_case_and_mixed_lists() {
    let doc = Document::parse(HTML).unwrap();
    assert_eq!(texts(&doc, "ARTICLE > P"), ["By A"]);
    // A list where one selector names no tag is tested in full.
    assert_eq!(texts(&doc, "h1, .byline"), ["Title", "By A"]);
    assert_eq!(texts(&doc, ":is(h1, footer p)"), ["Title", "foot"]);
}

#[test]
fn attributes() {
    let doc = Document::parse(HTML).unwrap();
    assert_eq!(texts(&doc, "[data-x]"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x='head line']"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x~=line]"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x^=he]"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x$=ine]"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x*='d l']"), ["Title"]);
    assert_eq!(texts(&doc, "[data-x='HEAD LINE' i]"), ["Title"]);
    assert_eq!(texts(&doc, "a[href='/r']"), ["Rel"]);
    assert_eq!(texts(&doc, "[class|=story]").len(), 0);
}

#[test]
fn structural_pseudo_classes() {
    let doc = Document::parse(HTML).unwrap();
    assert_eq!(texts(&doc, ".body p:first-child"), ["one"]);
    assert_eq!(texts(&doc, ".body p:last-child"), ["three"]);
    assert_eq!(texts(&doc, ".body p:nth-child(2)"), ["two"]);
    assert_eq!(texts(&doc, ".body p:nth-of-type(odd)"), ["one", "three"]);
    assert_eq!(texts(&doc, ".body p:not(.x)"), ["one", "three"]);
    assert_eq!(texts(&doc, "div:has(> p.x) > p:first-child"), ["one"]);
    assert_eq!(texts(&doc, "article:has(aside) > h1"), ["Title"]);
    assert_eq!(texts(&doc, ":is(h1, footer p)"), ["Title", "foot"]);
    assert_eq!(texts(&doc, "a:only-child"), ["Rel"]);
    let root = Selector::parse(":root").unwrap();
    let hits = doc.select(&root);
    assert_eq!(hits.len(), 1);
    assert_eq!(doc.tag_name(hits[0]), Some("html"));
}

#[test]
fn invalid_selectors_are_errors() {
    for bad in [
        "",
        "  ",
        "p[",
        "p >",
        ">",
        "a::before",
        "a:hover",
        "::",
        "p,,",
        "#",
        ".",
        "p:nth-child(x)",
        "}",
        "a[b=",
        "a:has()",
    ] {
        let e = Selector::parse(bad);
        assert!(
            matches!(e, Err(Error::Selector { .. })),
            "{bad:?} should be rejected: {e:?}"
        );
    }
}

#[test]
fn deeply_nested_selectors_are_refused() {
    let css = format!("{}p{}", ":is(".repeat(100_000), ")".repeat(100_000));
    assert!(Selector::parse(&css).is_err());
    assert!(Selector::parse(":is(:not(:is(p)))").is_ok());
}

#[test]
fn non_elements_never_match() {
    let doc = Document::parse("<p>text</p>").unwrap();
    let any = Selector::parse("*").unwrap();
    assert!(!any.matches(&doc, doc.root()));
    for n in doc.descendants(doc.root()) {
        if doc.text_node(n).is_some() {
            assert!(!any.matches(&doc, n));
        }
    }
}

#[test]
fn deep_trees_do_not_overflow() {
    // Deeper than the default limit allows: raised for this test.
    let limits = crate::Limits {
        max_depth: 100_000,
        ..crate::Limits::default()
    };
    let html = "<div>".repeat(3_000) + "<p class=x>deep</p>";
    let doc = Document::parse_with_limits(&html, &limits).unwrap();
    assert_eq!(texts(&doc, "div > p.x"), ["deep"]);
    assert_eq!(texts(&doc, "body div p").len(), 1);
    // `:has()` searches a bounded depth instead of recursing without end.
    assert!(texts(&doc, "body:has(p.x)").is_empty());
    let html = "<div>".repeat(900) + "<p class=x>deep</p>";
    let doc = Document::parse_with_limits(&html, &limits).unwrap();
    assert_eq!(texts(&doc, "div:has(> p.x) > p"), ["deep"]);
    assert_eq!(texts(&doc, "body:has(p.x) p"), ["deep"]);
}

#[test]
fn select_many_agrees_with_select() {
    let doc = Document::parse(HTML).unwrap();
    let css = [
        "p",
        ".byline",
        "#main > h1",
        "article .body p:nth-child(2)",
        "[data-x]",
        "*",
        "div:has(> p.x), footer p",
        ".body > .x, h1",
        "a[href]",
        "ARTICLE.Big",
    ];
    let sels: Vec<Selector> = css.iter().map(|c| Selector::parse(c).unwrap()).collect();
    let refs: Vec<&Selector> = sels.iter().collect();
    let many = doc.select_many(doc.root(), &refs);
    for (i, s) in sels.iter().enumerate() {
        assert_eq!(many[i], doc.select(s), "{}", css[i]);
    }
}

#[test]
fn selector_is_send_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Selector>();
}
