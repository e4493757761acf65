use super::*;

#[test]
fn whitespace_is_collapsed_and_invisible_characters_dropped() {
    assert_eq!(normalize_space("  a \n\t b\u{a0} "), "a b");
    assert_eq!(normalize_space("Mit\u{ad}tel\u{ad}alter"), "Mittelalter");
    assert_eq!(normalize_space("\u{feff}x\u{200b}y"), "x y");
}

#[test]
fn ascii_controls_are_dropped_and_spaces_around_them_collapsed() {
    assert_eq!(normalize_space("a \x01 b"), "a b");
    assert_eq!(normalize_space("a\x01b\x7f c"), "ab c");
    assert_eq!(
        normalize_space("\x02 \x0c lead\r\ntrail \x1b"),
        "lead trail"
    );
    assert_eq!(normalize_space(" \t "), "");
    // The same rules with and without other scripts in the string.
    assert_eq!(normalize_space("é\x01 b"), "é b");
}

#[test]
fn arena_links_children_and_extents() {
    let doc = Document::parse("<div><p>a</p><p>b<i>c</i></p></div><span>z</span>").unwrap();
    let div = doc.elements_named("div").next().unwrap();
    let ps: Vec<_> = doc.element_children(div).collect();
    assert_eq!(ps.len(), 2);
    assert_eq!(doc.text(ps[1]), "bc");
    assert_eq!(doc.text(div), "a bc");
    let span = doc.elements_named("span").next().unwrap();
    assert!(!doc.contains(div, span));
    assert!(doc.contains(div, ps[1]));
    assert_eq!(doc.parent(ps[0]), Some(div));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let limits = Limits {
        max_depth: 100_000,
        ..Limits::default()
    };
    let html = "<span>".repeat(50_000) + "x";
    let doc = Document::parse_with_limits(&html, &limits).unwrap();
    assert!(doc.len() > 1000);
    assert!(doc.text(doc.root()).contains('x'));
}

#[test]
fn deep_block_nesting_stops_the_parse() {
    let html = "<div>".repeat(20_000);
    assert!(matches!(
        Document::parse(&html),
        Err(Error::TooDeep { limit: 160 })
    ));
    // Closed containers and script text do not add up.
    let ok = "<div></div>".repeat(20_000) + "<script>" + &"<div>".repeat(20_000) + "</script>";
    assert!(Document::parse(&ok).is_ok());
}

#[test]
fn too_many_attributes_is_an_error_before_parsing() {
    let limits = Limits {
        max_attributes: 100,
        ..Limits::default()
    };
    let tag = |n: usize, value: &str| {
        let attrs: Vec<String> = (0..n).map(|i| format!("a{i}{value}")).collect();
        format!("<p>x</p><div {}>y</div>", attrs.join(" "))
    };
    for value in ["", "=1", "=\"a > b\"", "='q'"] {
        assert!(
            matches!(
                Document::parse_with_limits(&tag(101, value), &limits),
                Err(Error::TooManyAttributes { limit: 100 })
            ),
            "{value}"
        );
        assert!(Document::parse_with_limits(&tag(100, value), &limits).is_ok());
    }
    // Many attributes spread over many tags are fine, and so is text.
    let many = "<i a b c d e f g h i j></i>".repeat(200) + &" word".repeat(500);
    assert!(Document::parse_with_limits(&many, &limits).is_ok());
}

#[test]
fn depth_limit_is_an_error() {
    let limits = Limits {
        max_depth: 100,
        ..Limits::default()
    };
    let html = "<div>".repeat(500);
    assert!(matches!(
        Document::parse_with_limits(&html, &limits),
        Err(Error::TooDeep { .. })
    ));
}

#[test]
fn scripts_are_not_text() {
    let doc = Document::parse("<p>a<script>var x=1;</script><style>p{}</style>b</p>").unwrap();
    assert_eq!(doc.text(doc.root()), "ab");
}

#[test]
fn streamed_parts_move_to_their_placeholders() {
    let doc = Document::parse(
        "<body><p>one</p><template id='P:1'></template><p>four</p>\
         <div hidden id='S:1'><p>two</p><template id='B:2'></template></div>\
         <div hidden id='S:2'><p>three</p></div><div hidden id='S:9'><p>nine</p></div></body>",
    )
    .unwrap();
    let order: Vec<String> = doc.elements_named("p").map(|p| doc.text(p)).collect();
    assert_eq!(order, ["one", "two", "three", "four", "nine"]);
    // The moved parts are no longer hidden; a part without placeholder is.
    let hidden: Vec<String> = doc
        .elements()
        .filter(|&e| doc.attr(e, "hidden").is_some())
        .map(|e| doc.text(e))
        .collect();
    assert_eq!(hidden, ["nine"]);
    assert_eq!(doc.elements_named("template").count(), 0);
}

#[test]
fn a_placeholder_inside_its_own_part_is_left_alone() {
    let doc = Document::parse("<div hidden id='S:3'><p>x</p><template id='B:3'></template></div>")
        .unwrap();
    let p = doc.elements_named("p").next().unwrap();
    assert!(doc.ancestors(p).any(|a| doc.attr(a, "id") == Some("S:3")));
}
