//! Hostile and pathological input: nothing may panic, overflow the stack or
//! hang; input beyond the configured [`Limits`] gives its own [`Error`]
//! variant; every article that does come out renders in all three formats.
//!
//! Sizes are real (100,000-deep nesting, a million siblings, a 50 MB page),
//! so run these with `cargo test --release` (as `.ci/run` does); there are no
//! timing assertions. The fuzz regression corpus in `fuzz/regressions/` is
//! replayed here too, and the example CLI is checked for clean failures.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsprint::{Article, Error, Extractor, Limits};

const PARA: &str = "The river authority said the new flood gates, finished a season late, \
    had already kept the lower town dry through two spring storms this year.";

/// Renders in every format (the renderers must not panic either) and returns
/// the article.
fn render_all(a: Article) -> Article {
    let t = a.to_text();
    let m = a.to_markdown();
    let h = a.to_html();
    assert!(h.starts_with("<article>") && h.ends_with("</article>"));
    assert!(t.len() <= m.len() + h.len() + 1);
    serde_json::to_string(&a).expect("article serialises");
    a
}

/// Default limits with one change (`Limits` is non-exhaustive).
fn limits(change: impl FnOnce(&mut Limits)) -> Limits {
    let mut l = Limits::default();
    change(&mut l);
    l
}

fn html(input: &str) -> Result<Article, Error> {
    newsprint::extract(input, Some("https://news.example/a/story")).map(render_all)
}

fn bytes(input: &[u8]) -> Result<Article, Error> {
    newsprint::extract_bytes(input, Some("https://news.example/a/story")).map(render_all)
}

fn text(input: &str) -> Result<Article, Error> {
    newsprint::extract_text(input, None).map(render_all)
}

fn page(body: &str) -> String {
    format!(
        "<!doctype html><html><head><title>Flood gates hold</title></head><body><article><h1>Flood gates hold</h1><p>{PARA}</p>{body}<p>{PARA}</p></article></body></html>"
    )
}

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

// ---------------------------------------------------------------------------
// Structure

#[test]
fn nesting_100_000_deep() {
    // Beyond the default depth limit (160) every tag gives TooDeep; block
    // containers are refused by a linear pre-scan, before html5ever (whose
    // cost for nested `<div>`s grows with the square of the depth) runs.
    for tag in ["span", "em", "div", "section"] {
        let input =
            format!("<{tag}>").repeat(100_000) + PARA + &format!("</{tag}>").repeat(100_000);
        assert!(
            matches!(html(&input), Err(Error::TooDeep { limit: 160 })),
            "<{tag}>"
        );
    }
    // With the limit raised, inline nesting parses (linear in html5ever).
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_depth = 200_000))
        .build();
    for tag in ["span", "em"] {
        let input =
            format!("<{tag}>").repeat(100_000) + PARA + &format!("</{tag}>").repeat(100_000);
        let r = ex.extract(&input, None);
        assert!(
            r.is_ok() || matches!(r, Err(Error::NoArticle)),
            "<{tag}>: {r:?}"
        );
    }
    // Mixed nesting that html5ever keeps as a tree (tables and lists reset
    // some scopes, so the document is a deep, irregular tree).
    let unit = "<div><ul><li><table><tr><td><p>cell text</p>";
    let input = page(&unit.repeat(15_000));
    let start = std::time::Instant::now();
    let _ = html(&input);
    eprintln!("15,000 nested table/list units: {:?}", start.elapsed());
}

#[test]
fn nesting_formatting_elements() {
    // Formatting elements are reconstructed by the parser; keep the count
    // moderate (the reconstruction is the parser's cost, not ours).
    for tag in ["b", "a href=/x", "em"] {
        let input = page(&format!("<{tag}>w ").repeat(5_000));
        let _ = html(&input);
    }
}

#[test]
fn deeper_than_max_depth_is_too_deep() {
    // Default limit: 160, well above real pages (the deepest of our
    // corpora nests 56 levels) and low enough that the parser's per-tag
    // walk of its open-element stack stays cheap.
    let input = "<span>".repeat(300) + "x";
    assert!(matches!(html(&input), Err(Error::TooDeep { limit: 160 })));
    let input = page(&("<span>".repeat(120) + PARA));
    assert!(html(&input).is_ok());
    // Configured limit.
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_depth = 1_000))
        .build();
    let input = page(&"<div>".repeat(1_500));
    assert!(matches!(
        ex.extract(&input, None),
        Err(Error::TooDeep { limit: 1_000 })
    ));
    assert!(ex.extract(&page(&"<div>".repeat(900)), None).is_ok());
}

#[test]
fn a_million_siblings() {
    let input = page(&"<span>w</span>".repeat(1_000_000));
    let _ = html(&input);
    let input = page(&"<p>Short line of text.</p>".repeat(300_000));
    let a = html(&input).expect("paragraphs give an article");
    assert!(a.word_count > 0);
    let input = page(&"<br>".repeat(1_000_000));
    let _ = html(&input);
}

#[test]
fn more_than_max_nodes_is_too_many_nodes() {
    // Default limit: 4,000,000 nodes.
    let input = "<br>".repeat(4_100_000);
    assert!(matches!(
        html(&input),
        Err(Error::TooManyNodes { limit: 4_000_000 })
    ));
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_nodes = 10_000))
        .build();
    let input = page(&"<p>x</p>".repeat(10_000));
    assert!(matches!(
        ex.extract(&input, None),
        Err(Error::TooManyNodes { limit: 10_000 })
    ));
}

// ---------------------------------------------------------------------------
// Size

#[test]
fn a_50_mb_page() {
    let mut body = String::with_capacity(51 << 20);
    let mut i = 0;
    while body.len() < 50_000_000 {
        body.push_str(&format!(
            "<div class=\"block-{i}\"><h2>Section {i}</h2><p>{PARA} <a href=\"/n/{i}\">More</a></p>\
             <ul><li><a href=\"/r/{i}\">Related headline {i}</a></li></ul></div>\n"
        ));
        i += 1;
    }
    let input = page(&body);
    assert!(input.len() > 50_000_000 && input.len() < 64 << 20);
    let a = html(&input).expect("a big page is still a page");
    assert!(a.title.is_some());
}

#[test]
fn over_max_input_bytes_is_too_large() {
    let input = "a".repeat((64 << 20) + 1);
    assert!(matches!(
        html(&input),
        Err(Error::TooLarge { limit, .. }) if limit == 64 << 20
    ));
    assert!(matches!(
        bytes(input.as_bytes()),
        Err(Error::TooLarge { .. })
    ));
    assert!(matches!(text(&input), Err(Error::TooLarge { .. })));
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_input_bytes = 1000))
        .build();
    let input = page(&format!("<p>{PARA}</p>").repeat(10));
    assert!(matches!(
        ex.extract(&input, None),
        Err(Error::TooLarge { size, limit: 1000 }) if size == input.len()
    ));
    assert!(matches!(
        ex.extract_bytes(input.as_bytes(), None),
        Err(Error::TooLarge { .. })
    ));
    assert!(matches!(
        ex.extract_text(&input, None),
        Err(Error::TooLarge { .. })
    ));
    // Error messages are one line and say what happened.
    let msg = html(&"a".repeat((64 << 20) + 1)).unwrap_err().to_string();
    assert!(msg.contains("limit") && !msg.contains('\n'), "{msg}");
}

#[test]
fn a_10_mb_paragraph() {
    let words = "flood ".repeat(10_000_000 / 6);
    let a = html(&page(&format!("<p>{words}</p>"))).expect("one huge paragraph");
    assert!(a.word_count >= 1_000_000);
    // One 10 MB "word" with no whitespace at all.
    let _ = html(&page(&format!("<p>{}</p>", "x".repeat(10_000_000))));
    // The same as a text dump.
    let _ = text(&format!("Flood gates hold\n\n{words}\n"));
    let _ = text(&"y".repeat(10_000_000));
}

#[test]
fn a_huge_attribute() {
    let big = "a".repeat(20_000_000);
    let _ = html(&page(&format!("<div class=\"{big}\"><p>{PARA}</p></div>")));
    let _ = html(&page(&format!(
        "<p><a href=\"https://x.example/{big}\">link</a> {PARA}</p>"
    )));
    let _ = html(&page(&format!(
        "<figure><img src=\"/{big}.jpg\" alt=\"{big}\"><figcaption>c</figcaption></figure>"
    )));
    let _ = html(&format!(
        "<html><head><meta property=\"og:title\" content=\"{big}\"></head><body><p>{PARA}</p></body></html>"
    ));
}

#[test]
fn repeated_html_and_body_tags_merge_attributes_within_the_limit() {
    // Each `<html aN>` / `<body aN>` adds its attributes to the one
    // element: merged past the limit they are an error, not an element
    // with 100,000 attributes (and the merge no longer rescans the
    // attributes already there for each new one).
    for tag in ["html", "body"] {
        let tags: String = (0..2_000).map(|i| format!("<{tag} a{i}=\"v\">")).collect();
        assert!(
            matches!(
                html(&page(&format!("<p>{PARA}</p>{tags}"))),
                Err(Error::TooManyAttributes { limit: 1_024 })
            ),
            "<{tag}>"
        );
        // The same names again and again merge into nothing new.
        let tags: String = (0..20_000)
            .map(|i| format!("<{tag} a{}>", i % 100))
            .collect();
        assert!(
            html(&page(&format!("<p>{PARA}</p>{tags}"))).is_ok(),
            "<{tag}>"
        );
    }
}

#[test]
fn formatting_elements_with_distinct_attributes_stop_at_the_depth_limit() {
    // `<b id=1><b id=2>…`: the parser compares each new formatting element
    // with all open ones (quadratic); they nest, so the depth limit ends
    // the parse early, inside a table cell or not.
    for wrap in ["<p>", "<table><tr><td>"] {
        let tags: String = (0..9_000).map(|i| format!("<b id={i}>x")).collect();
        assert!(
            matches!(
                html(&format!("{wrap}{tags}")),
                Err(Error::TooDeep { limit: 160 })
            ),
            "{wrap}"
        );
    }
}

#[test]
fn too_many_attributes_on_one_tag_is_an_error() {
    // html5ever's tokenizer checks each new attribute against all earlier
    // ones of the tag, so its cost is quadratic in attributes per tag (a
    // million would take many minutes). The markup is checked first.
    for value in ["=\"v\"", "", "='>'"] {
        let attrs: String = (0..1_000_000).map(|i| format!(" a{i}{value}")).collect();
        assert!(
            matches!(
                html(&page(&format!("<div{attrs}><p>{PARA}</p></div>"))),
                Err(Error::TooManyAttributes { limit: 1_024 })
            ),
            "{value}"
        );
    }
    // Up to the limit, the page is read; one more is an error.
    let attrs: String = (0..1_024).map(|i| format!(" data-a{i}=\"v\"")).collect();
    assert!(html(&page(&format!("<div{attrs}><p>{PARA}</p></div>"))).is_ok());
    let attrs: String = (0..1_025).map(|i| format!(" data-a{i}=\"v\"")).collect();
    assert!(matches!(
        html(&page(&format!("<div{attrs}><p>{PARA}</p></div>"))),
        Err(Error::TooManyAttributes { limit: 1_024 })
    ));
    // Long tokens that are not tags (a 100 KB comment, a 1 MB attribute
    // value) only make the parser look; the page is read.
    let comment = format!("<!-- {} -->", "note ".repeat(20_000));
    assert!(html(&page(&format!("{comment}<p>{PARA}</p>"))).is_ok());
    let value = "x".repeat(1_000_000);
    assert!(html(&page(&format!("<img src=\"data:,{value}\"><p>{PARA}</p>"))).is_ok());
    // A smaller configured limit is checked up front, exactly.
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_attributes = 50))
        .build();
    let attrs: String = (0..51).map(|i| format!(" a{i}")).collect();
    assert!(matches!(
        ex.extract(&page(&format!("<div{attrs}><p>{PARA}</p></div>")), None),
        Err(Error::TooManyAttributes { limit: 50 })
    ));
    // Script text that looks like an unclosed tag does not hide a later one.
    let attrs: String = (0..20_000).map(|i| format!(" a{i}")).collect();
    let input = page(&format!(
        "<script>if (a<b && c=\"x) {{}}</script><div{attrs}><p>{PARA}</p></div>"
    ));
    assert!(matches!(html(&input), Err(Error::TooManyAttributes { .. })));
}

// ---------------------------------------------------------------------------
// JSON-LD

#[test]
fn thousands_of_json_ld_blocks() {
    let block = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood gates hold","author":[{"@type":"Person","name":"Rhea Stone"}],"datePublished":"2025-04-02T08:00:00Z"}</script>"#;
    let input = format!(
        "<html><head>{}</head><body><article><p>{PARA}</p></article></body></html>",
        block.repeat(5_000)
    );
    let _ = html(&input);
    let graph = format!(
        r#"<script type="application/ld+json">{{"@graph":[{}]}}</script>"#,
        vec![r#"{"@type":"WebPage","name":"x"}"#; 50_000].join(",")
    );
    let _ = html(&page(&graph));
}

#[test]
fn malformed_json_ld() {
    let deep_arrays = "[".repeat(100_000);
    let deep_objects = r#"{"a":"#.repeat(100_000);
    let deep_graph = r#"{"@graph":"#.repeat(5_000) + "1" + &"}".repeat(5_000);
    let bad: Vec<String> = vec![
        "".into(),
        "{".into(),
        "}".into(),
        r#"{"@type":"#.into(),
        r#"{"@type":"NewsArticle","headline":}"#.into(),
        r#"{"@type":"NewsArticle",}"#.into(),
        r#"{"@type":["NewsArticle",null,1,{}],"headline":{"@value":["x"]}}"#.into(),
        r#"{"@type":"NewsArticle","headline":123,"author":true,"datePublished":[],"image":7}"#
            .into(),
        r#"{"@type":"NewsArticle","author":{"name":{"name":{"name":"x"}}}}"#.into(),
        r#"{"@type":"NewsArticle","datePublished":"99999-99-99T99:99:99+99:99"}"#.into(),
        r#"{"@type":"NewsArticle","datePublished":"-000001-01-01"}"#.into(),
        r#"{"@type":"NewsArticle","wordCount":1e400,"timeRequired":"PT99999999999999999M"}"#.into(),
        r#"{"@type":"NewsArticle","headline":"\ud800"}"#.into(),
        r#"{"@type":"NewsArticle","headline":"a\u0000b"}"#.into(),
        r#"// comment
           {"@type":"NewsArticle"}"#
            .into(),
        "<!--{\"@type\":\"NewsArticle\"}-->".into(),
        "<![CDATA[{\"@type\":\"NewsArticle\"}]]>".into(),
        r#"{"@type":"NewsArticle"}{"@type":"NewsArticle"}"#.into(),
        "NaN".into(),
        "\u{feff}{\"@type\":\"NewsArticle\",\"headline\":\"x\"}".into(),
        r#"{"@graph":{"@graph":{"@graph":[]}}}"#.into(),
        r#"{"@graph":[null,1,"s",[[[]]]]}"#.into(),
        deep_arrays,
        deep_objects,
        deep_graph,
        format!(
            r#"{{"@type":"NewsArticle","articleBody":"{}"}}"#,
            "x".repeat(5_000_000)
        ),
        format!(
            r#"{{"@type":"NewsArticle","author":[{}]}}"#,
            vec![r#"{"name":"A"}"#; 100_000].join(",")
        ),
    ];
    for b in &bad {
        let input = format!(
            "<html><head><script type=\"application/ld+json\">{b}</script></head><body><p>{PARA}</p></body></html>"
        );
        let _ = html(&input);
    }
}

// ---------------------------------------------------------------------------
// Bytes and charsets

#[test]
fn invalid_utf8_bytes() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let cases: Vec<Vec<u8>> = vec![
        [b"<p>".as_slice(), &[0xff, 0xfe, 0xfd], b"</p>"].concat(),
        [b"<html><body><p>".as_slice(), &[0x80; 2000], b"</p>"].concat(),
        [
            b"<p>overlong ".as_slice(),
            &[0xc0, 0xaf, 0xe0, 0x80, 0xaf],
            b"</p>",
        ]
        .concat(),
        [
            b"<p>surrogate ".as_slice(),
            &[0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf],
            b"</p>",
        ]
        .concat(),
        [b"<p>truncated ".as_slice(), &[0xf0, 0x9f, 0x98]].concat(),
        [
            b"<p>too big ".as_slice(),
            &[0xf4, 0x90, 0x80, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80],
            b"</p>",
        ]
        .concat(),
        [page("").as_bytes(), &rng.bytes(5000)].concat(),
    ];
    for c in &cases {
        let _ = bytes(c);
    }
    // Random bytes spliced into a real page, many times.
    let base = page(&format!("<p>{PARA}</p>")).into_bytes();
    for _ in 0..300 {
        let mut b = base.clone();
        for _ in 0..(rng.next() % 40) {
            let at = (rng.next() as usize) % b.len();
            b[at] = rng.next() as u8;
        }
        let _ = bytes(&b);
    }
}

#[test]
fn mixed_and_lying_charsets() {
    let latin1_body =
        b"<p>Gr\xfc\xdfe aus K\xf6ln, sagte die Beh\xf6rde am Dienstag zu den neuen Fluttoren.</p>";
    let utf8_body =
        "<p>Grüße aus Köln, sagte die Behörde am Dienstag zu den neuen Fluttoren.</p>".as_bytes();
    let sjis_body = b"<p>\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67</p>";
    let heads: &[&[u8]] = &[
        b"<meta charset=utf-8>",
        b"<meta charset=\"iso-8859-1\">",
        b"<meta charset=shift_jis>",
        b"<meta charset=utf-16>",
        b"<meta charset=utf-16le>",
        b"<meta charset=x-user-defined>",
        b"<meta charset=no-such-charset>",
        b"<meta charset=>",
        b"<meta charset=\"",
        b"<meta charset=utf-8><meta charset=windows-1251>",
        b"<meta http-equiv=Content-Type content=\"text/html; charset=koi8-r\">",
        b"<meta http-equiv=Content-Type content=\"text/html; charset=\">",
        b"<meta content=\"charset=gb18030\">",
        b"<meta",
    ];
    let boms: &[&[u8]] = &[b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"];
    for bom in boms {
        for head in heads {
            for body in [latin1_body.as_slice(), utf8_body, sjis_body] {
                let input = [*bom, *head, b"<title>T</title>", body].concat();
                let _ = bytes(&input);
            }
        }
    }
    // A declaration after the prescan window, and one split by junk.
    let late = [
        vec![b' '; 5000],
        b"<meta charset=iso-8859-2>".to_vec(),
        latin1_body.to_vec(),
    ]
    .concat();
    let _ = bytes(&late);
    // Real UTF-16 text, with and without a BOM.
    let utf16: Vec<u8> = page("<p>UTF-16 text</p>")
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let _ = bytes(&[b"\xff\xfe".as_slice(), &utf16].concat());
    let r = bytes(&utf16);
    assert!(r.is_ok() || r.is_err());
}

#[test]
fn nul_bytes() {
    let with_nuls = page(&format!("<p>{}</p>", "a\0b ".repeat(20)));
    let _ = html(&with_nuls);
    let _ = bytes(with_nuls.as_bytes());
    let _ = html(&format!("<p\0 class=x>{PARA}</p>"));
    let _ = html(&format!("<title>\0</title><p>{PARA}\0</p>"));
    let _ = html("\0");
    let _ = html(&"\0".repeat(10_000));
    let _ = text(&format!("Title\0\n\n{PARA}\0"));
    let _ = text(&"\0".repeat(10_000));
}

#[test]
fn binary_data_is_rejected_or_survives() {
    let mut rng = Rng(42);
    let png = [
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".as_slice(),
        &rng.bytes(10_000),
    ]
    .concat();
    let gzip = [b"\x1f\x8b\x08\0\0\0\0\0".as_slice(), &rng.bytes(10_000)].concat();
    let elf = [
        b"\x7fELF\x02\x01\x01\0".as_slice(),
        &[0u8; 64],
        &rng.bytes(10_000),
    ]
    .concat();
    let pdf = [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".as_slice(),
        &rng.bytes(10_000),
    ]
    .concat();
    for b in [&png, &gzip, &elf] {
        assert!(matches!(bytes(b), Err(Error::NotHtml)), "binary accepted");
    }
    let _ = bytes(&pdf);
    for seed in 1..200u64 {
        let mut r = Rng(seed);
        let n = (r.next() % 3000) as usize + 1;
        let b = r.bytes(n);
        let _ = bytes(&b);
        let s = String::from_utf8_lossy(&b);
        let _ = html(&s);
        let _ = text(&s);
    }
}

#[test]
fn empty_and_blank_input() {
    for s in ["", " ", "\n\t\r ", "\u{feff}", "\u{a0}\u{2003}"] {
        assert!(html(s).is_err(), "{s:?}");
        assert!(bytes(s.as_bytes()).is_err(), "{s:?}");
        assert!(text(s).is_err(), "{s:?}");
    }
    assert!(matches!(html(""), Err(Error::Empty)));
    assert!(matches!(bytes(b""), Err(Error::Empty)));
    assert!(matches!(text(""), Err(Error::Empty)));
    for s in [
        "<html></html>",
        "<!doctype html>",
        "<!-- only a comment -->",
        "<p></p><div> </div>",
    ] {
        assert!(html(s).is_err(), "{s}");
    }
}

#[test]
fn only_scripts_and_styles() {
    let input = format!(
        "<html><head>{}</head><body>{}</body></html>",
        "<style>p { color: red }</style>".repeat(1000),
        "<script>var story = 'Flood gates hold'; document.write(story);</script>".repeat(1000)
    );
    let r = html(&input);
    if let Ok(a) = &r {
        assert!(
            !a.to_text().contains("document.write"),
            "script text leaked: {a:?}"
        );
    }
    let _ = html("<script>");
    let _ = html("<style>");
    let _ = html("<script><!--<script>");
    let _ = html(&format!("<noscript><p>{PARA}</p></noscript>"));
}

#[test]
fn template_svg_and_math_content() {
    let cases = [
        format!("<template><p>{PARA} hidden in a template</p></template>"),
        format!("<template>{}</template>", "<template><div>".repeat(10_000)),
        format!("<svg><foreignObject><p>{PARA}</p></foreignObject><text>svg text</text></svg>"),
        format!("<svg>{}</svg>", "<g>".repeat(50_000)),
        format!("<math><mtext><p>{PARA}</p></mtext><mi>x</mi></math>"),
        format!("<math>{}</math>", "<mrow>".repeat(50_000)),
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>".to_string(),
        "<svg><title><p>x</p></title><desc><div>y</div></desc></svg>".to_string(),
    ];
    for c in &cases {
        let r = html(&page(c));
        if let Ok(a) = r {
            let t = a.to_text();
            assert!(
                !t.contains("hidden in a template"),
                "template content leaked"
            );
        }
    }
}

#[test]
fn weird_unicode() {
    let cases = [
        "\u{202e}txet desrever\u{202c} and \u{2066}isolated\u{2069}".to_string(),
        format!("a{}", "\u{301}".repeat(100_000)),
        "👩\u{200d}👩\u{200d}👧\u{200d}👦 family, 🏳\u{fe0f}\u{200d}🌈 flag".to_string(),
        "\u{ffff}\u{fffe}\u{10ffff}\u{e000}\u{f8ff} noncharacters".to_string(),
        "line\u{2028}separator\u{2029}paragraph\u{85}next".to_string(),
        "\u{feff}bom\u{feff}inside\u{200b}zero\u{200c}width\u{200d}joiners".to_string(),
        "ﷺ ﷽ 𒐫 ꧅ 𝕿𝖍𝖊 ⸻ long glyphs".to_string(),
        "\u{1}\u{2}\u{7f}\u{80}\u{9f} controls".to_string(),
        "İstanbul ǅ ß ΐ case mapping".to_string(),
        "\u{300}leading combining mark".to_string(),
        "\u{fdd0}\u{1fffe}\u{e0001}\u{e007f} tags".to_string(),
    ];
    for c in &cases {
        let _ = html(&page(&format!(
            "<h2>{c}</h2><p>{c} {PARA}</p><ul><li>{c}</li></ul>"
        )));
        let _ = html(&format!(
            "<title>{c}</title><h1>{c}</h1><p class=byline>By {c}</p><p>{PARA}</p>"
        ));
        let _ = text(&format!("{c}\nBy {c}\n\n{PARA} {c}\n"));
        let _ = bytes(page(c).as_bytes());
    }
}

#[test]
fn text_dumps_that_are_pathological() {
    let _ = text(&"\n".repeat(1_000_000));
    let _ = text(&"By\n".repeat(200_000));
    let _ = text(&format!("{PARA}\n").repeat(200_000));
    let _ = text(&"SOURCE:\nRecommended\nExplore\n".repeat(50_000));
    let _ = text(&"a\r".repeat(500_000));
    let _ = text(&" \t".repeat(500_000));
    let _ = text("<<<<>>>>");
}

#[test]
fn malformed_markup() {
    let cases = [
        "<p".repeat(100_000),
        "<".repeat(1_000_000),
        "</div>".repeat(100_000),
        "<!--".repeat(100_000),
        "<a href='".repeat(50_000),
        "<table>".repeat(20_000),
        "<tr><td>".repeat(50_000),
        "<select><option>".repeat(20_000),
        "<frameset>".repeat(10_000),
        "<p><table><p><table>".repeat(10_000),
        "&#".repeat(200_000),
        "&amp".repeat(200_000),
        "<ruby><rb><rt>".repeat(20_000),
        "<h1><h2><h3><h4><h5><h6>".repeat(10_000),
        "<form><form><isindex>".repeat(10_000),
        format!("<p>{PARA}</p>{}", "<img src=x>".repeat(200_000)),
        format!(
            "<article>{}</article>",
            "<figure><img src=a.jpg><figcaption>c</figcaption></figure>".repeat(50_000)
        ),
        format!(
            "<article><p>{PARA}</p>{}</article>",
            "<ul><li><a href=/x>teaser headline here</a></li></ul>".repeat(50_000)
        ),
    ];
    for c in &cases {
        let _ = html(c);
    }
}

// ---------------------------------------------------------------------------
// Fuzz regression corpus

fn corpus_files(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn fuzz_regression_corpus_replays() {
    let mut n = 0;
    for f in corpus_files("extract_html") {
        let data = std::fs::read(&f).unwrap();
        let _ = html(&String::from_utf8_lossy(&data));
        n += 1;
    }
    for f in corpus_files("extract_bytes") {
        let _ = bytes(&std::fs::read(&f).unwrap());
        n += 1;
    }
    for f in corpus_files("extract_text") {
        let data = std::fs::read(&f).unwrap();
        let _ = text(&String::from_utf8_lossy(&data));
        n += 1;
    }
    for f in corpus_files("render") {
        let data = std::fs::read(&f).unwrap();
        if let Ok(a) = serde_json::from_slice::<Article>(&data) {
            render_all(a);
        }
        n += 1;
    }
    let rule_page = page("<p class=byline>By A. Writer</p><div class=share>Share</div>");
    for f in corpus_files("rules") {
        let src = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for rule in [
            newsprint::rules::DeclarativeRule::from_toml_str(&src),
            newsprint::rules::DeclarativeRule::from_json_str(&src),
        ]
        .into_iter()
        .flatten()
        {
            let ex = Extractor::builder().rule(rule).build();
            let _ = ex
                .extract(&rule_page, Some("https://www.fuzz.example/a"))
                .map(render_all);
        }
        // And from disk, as `--rules FILE` loads it: errors name the file.
        if let Err(e) = newsprint::rules::load_path(&f) {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            assert!(e.to_string().contains(&name), "{e} does not name {name}");
        }
        n += 1;
    }
    for f in corpus_files("ftr") {
        let src = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        let (rule, report) = newsprint::rules::FtrRule::parse("fuzz.example", &src);
        let _ = report.to_string();
        let ex = Extractor::builder().rule(rule).build();
        let _ = ex
            .extract(&rule_page, Some("https://fuzz.example/a"))
            .map(render_all);
        n += 1;
    }
    assert!(n >= 20, "regression corpus has only {n} files");
}

// ---------------------------------------------------------------------------
// The example CLI fails cleanly.

/// The example binary, built (or found up to date) with the same profile as
/// this test by `cargo build --example extract`, so a stale binary from an
/// earlier build is never tested.
fn cli_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?.to_path_buf(); // target/<profile>
    let bin = profile_dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    let release = profile_dir.file_name()? == "release";
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["build", "--quiet", "--example", "extract"])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    if release {
        cmd.arg("--release");
    }
    let ok = cmd.status().ok()?.success();
    (ok && bin.is_file()).then_some(bin)
}

#[test]
fn cli_fails_cleanly_on_bad_input() {
    let Some(bin) = cli_binary() else {
        panic!("could not find or build the extract example");
    };
    let dir = std::env::temp_dir().join(format!("newsprint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("image.html");
    let mut rng = Rng(7);
    std::fs::write(
        &binary,
        [b"\x89PNG\r\n\x1a\n\0\0".as_slice(), &rng.bytes(4000)].concat(),
    )
    .unwrap();
    let empty = dir.join("empty.html");
    std::fs::write(&empty, b"").unwrap();
    let scripts = dir.join("scripts.html");
    std::fs::write(&scripts, "<script>x()</script>".repeat(10)).unwrap();
    let missing = dir.join("does-not-exist.html");
    let a_dir = dir.clone();

    let cases: Vec<(&str, Vec<String>)> = vec![
        ("binary file", vec![binary.display().to_string()]),
        ("empty file", vec![empty.display().to_string()]),
        ("no article", vec![scripts.display().to_string()]),
        ("missing file", vec![missing.display().to_string()]),
        ("a directory", vec![a_dir.display().to_string()]),
        ("bad flag", vec!["--no-such-flag".into()]),
        ("bad format", vec!["--format".into(), "yaml".into()]),
        ("missing value", vec!["--format".into()]),
        ("bad input kind", vec!["--input".into(), "pdf".into()]),
        ("two paths", vec!["a.html".into(), "b.html".into()]),
        (
            "missing rules",
            vec!["--rules".into(), missing.display().to_string()],
        ),
    ];
    for (what, args) in &cases {
        let out = Command::new(&bin).args(args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "{what}: exit status {:?}",
            out.status
        );
        assert!(out.stdout.is_empty(), "{what}: stdout not empty");
        assert!(!stderr.trim().is_empty(), "{what}: no message");
        assert!(
            !stderr.contains("panicked")
                && !stderr.contains("RUST_BACKTRACE")
                && !stderr.contains("stack backtrace"),
            "{what}: panic or backtrace: {stderr}"
        );
        // One line, except that option errors may add the usage line.
        let lines = stderr.trim_end().lines().count();
        let usage_ok = lines == 2
            && stderr
                .lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("usage:"));
        assert!(lines == 1 || usage_ok, "{what}: {lines} lines: {stderr}");
    }
    // Binary on stdin too.
    let mut child = Command::new(&bin)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(&[0u8, 1, 2, 3, 255, 254, 0, 0].repeat(500));
    }
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------
// Odd outputs and error reports

#[test]
fn too_large_reports_the_input_size() {
    // 600 KB of windows-1252 bytes decode to 1.2 MB of UTF-8: the limit
    // (1 MB) is on the bytes given, which pass.
    let ex = Extractor::builder()
        .limits(limits(|l| l.max_input_bytes = 1 << 20))
        .build();
    let para = format!(
        "<p>{}</p>",
        "\u{e9}\u{20ac}\u{e8} \u{20ac}\u{e0} ".repeat(20)
    );
    let mut input = b"<meta charset=windows-1252><title>Caf\xe9</title>".to_vec();
    while input.len() < 600_000 {
        input.extend(para.chars().map(|c| {
            if c == '\u{20ac}' {
                0x80
            } else {
                c as u32 as u8
            }
        }));
    }
    assert!(newsprint::decode_html_bytes(&input).len() > 1 << 20);
    assert!(ex.extract_bytes(&input, None).is_ok());
    // Over the limit, the error gives the size of the input.
    input.resize(2 << 20, b' ');
    match ex.extract_bytes(&input, None) {
        Err(Error::TooLarge { size, .. }) => assert_eq!(size, 2 << 20),
        other => panic!("{other:?}"),
    }
}

#[test]
fn binary_given_as_text_is_refused() {
    for seed in 1..50u64 {
        let b = Rng(seed).bytes(4_000);
        let s = String::from_utf8_lossy(&b);
        assert!(matches!(text(&s), Err(Error::NotHtml)), "seed {seed}");
        let decoded = newsprint::decode_html_bytes(&b);
        assert!(matches!(text(&decoded), Err(Error::NotHtml)), "seed {seed}");
    }
}

#[test]
fn odd_reading_times_and_replacement_characters() {
    let dump = |reading: &str| {
        format!("WORLD\n{reading}\nRivers rise across the north\nBy Ana Lima\n\n{PARA}\n\n{PARA}\n")
    };
    for reading in ["-5 min read", "12345678901234567890 min read"] {
        let a = text(&dump(reading)).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Rivers rise across the north"),
            "{reading}"
        );
        assert_ne!(a.reading_time_minutes, Some(5), "{reading}");
    }
    let a = html(&page(&format!("<p>-5 min read</p><p>{PARA}</p>"))).unwrap();
    assert_ne!(a.reading_time_minutes, Some(5));
    // A page whose charset decodes to nothing but U+FFFD holds no article.
    assert!(matches!(
        html(&"\u{fffd}".repeat(500)),
        Err(Error::NoArticle | Error::NotHtml)
    ));
}

#[test]
fn a_page_of_endless_comments_is_bounded() {
    // 20,000 elements marked as comments, nested 100 deep in places: the
    // comment reader stops at its cap and the page is still read.
    let mut html = page("");
    for i in 0..20_000 {
        html.push_str(&format!(
            "<div class=comment id=comment-{i}><b class=fn>n{i}</b><p>c{i} text</p></div>"
        ));
    }
    html.push_str(&"<div class=comment><p>deep</p>".repeat(100));
    let a = html_ok(&html);
    assert!(a.comments.len() <= 500, "{}", a.comments.len());
    assert!(!a.comments.is_empty());
}

fn html_ok(input: &str) -> Article {
    html(input).unwrap()
}
