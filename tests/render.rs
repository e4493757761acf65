//! Renderer behaviour through the public API: plain text, CommonMark (checked
//! by parsing the output with pulldown-cmark) and HTML (checked by parsing it
//! with html5ever).

use newsprint::{Article, Block, Image, Mark, MarkKind, RelatedItem, RelatedList};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Whitespace runs collapsed to one space, ends trimmed.
fn normalize_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn md_events(md: &str) -> Vec<Event<'_>> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    Parser::new_ext(md, opts).collect()
}

/// The text a CommonMark reader sees, whitespace collapsed.
fn md_text(md: &str) -> String {
    let mut s = String::new();
    for e in md_events(md) {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(&t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => s.push(' '),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in {md:?}"),
            _ => {}
        }
    }
    normalize_space(&s)
}

fn para(text: &str, marks: Vec<Mark>) -> Block {
    Block::Paragraph {
        text: text.into(),
        marks,
    }
}

fn article(body: Vec<Block>) -> Article {
    let mut a = Article::default();
    a.body = body;
    a
}

fn sample() -> Article {
    let mut a = Article::default();
    a.title = Some("Night buses stay".into());
    a.authors = vec!["Ana Lima".into(), "Tom Berg".into(), "Li Wei".into()];
    a.published = "2025-03-01".parse().ok();
    let text = "The council kept the service, said the mayor.";
    let at = |w: &str| {
        let i = text.find(w).unwrap();
        (i, i + w.len())
    };
    let (c0, c1) = at("council");
    let (s0, s1) = at("service");
    let (d0, d1) = at("said");
    let marks = vec![
        Mark::new(
            c0,
            c1,
            MarkKind::Link {
                href: "https://town.example/council".into(),
            },
        ),
        Mark::new(s0, s1, MarkKind::Emphasis),
        Mark::new(d0, d1, MarkKind::Strong),
    ];
    let mut image = Image::default();
    image.url = Some("https://town.example/bus.jpg".into());
    image.alt = Some("A bus at night".into());
    image.caption = Some("The last bus leaves the square.".into());
    image.credit = Some("Photo: Desk".into());
    a.body = vec![
        para(text, marks),
        Block::Heading {
            level: 2,
            text: "Routes".into(),
        },
        Block::List {
            ordered: false,
            items: vec!["North".into(), "South".into()],
        },
        Block::List {
            ordered: true,
            items: vec!["First".into(), "Second".into()],
        },
        Block::Quote {
            text: "We need it, said a student.".into(),
        },
        Block::Figure { image },
        Block::Table {
            rows: vec![
                vec!["Line".into(), "Last bus".into()],
                vec!["N1".into(), "01:30".into()],
            ],
            header_rows: 1,
        },
        Block::Code {
            text: "let x = `tick`;\n```\nend".into(),
        },
    ];
    let mut item = RelatedItem::new("Tram plans");
    item.url = Some("https://town.example/tram".into());
    item.author = Some("Kim Ode".into());
    let mut list = RelatedList::default();
    list.label = Some("Explore".into());
    list.items = vec![item, RelatedItem::new("Parking fees")];
    a.related = vec![list];
    a
}

#[test]
fn text_is_body_blocks_separated_by_blank_lines() {
    let a = sample();
    let t = a.to_text();
    let blocks: Vec<&str> = t.split("\n\n").collect();
    // Figures are not prose: they are left out of the plain text.
    let prose = a
        .body
        .iter()
        .filter(|b| !matches!(b, Block::Figure { .. }))
        .count();
    assert_eq!(blocks.len(), prose);
    assert!(prose < a.body.len(), "the sample has a figure");
    assert_eq!(blocks[0], "The council kept the service, said the mayor.");
    assert_eq!(blocks[2], "North\nSouth");
    assert_eq!(blocks[4], "We need it, said a student.");
    assert_eq!(blocks[5], "Line\tLast bus\nN1\t01:30");
    assert!(!t.contains("The last bus leaves the square."), "no caption");
    assert!(!t.contains("Night buses stay"), "no title in text output");
    assert_eq!(Article::default().to_text(), "");
}

#[test]
fn markdown_structure() {
    let a = sample();
    let md = a.to_markdown();
    let events = md_events(&md);
    let mut headings = Vec::new();
    let mut links = Vec::new();
    let mut images = Vec::new();
    let mut lists = Vec::new();
    let mut code = String::new();
    let mut in_code = false;
    let mut quotes = 0;
    let mut tables = 0;
    let mut cells = Vec::new();
    let mut in_cell = false;
    for e in &events {
        match e {
            Event::Start(Tag::Heading { level, .. }) => headings.push(*level),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => images.push(dest_url.to_string()),
            Event::Start(Tag::List(start)) => lists.push(*start),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                cells.push(String::new());
            }
            Event::End(TagEnd::TableCell) => in_cell = false,
            Event::Text(t) if in_code => code.push_str(t),
            Event::Text(t) if in_cell => cells.last_mut().unwrap().push_str(t),
            _ => {}
        }
    }
    // The body's H2, then the related list's label, as in the HTML.
    assert_eq!(
        headings,
        [HeadingLevel::H1, HeadingLevel::H2, HeadingLevel::H2]
    );
    assert_eq!(
        links,
        ["https://town.example/council", "https://town.example/tram"]
    );
    assert_eq!(images, ["https://town.example/bus.jpg"]);
    assert_eq!(lists, [None, Some(1), None]);
    assert_eq!(code, "let x = `tick`;\n```\nend\n");
    assert_eq!(quotes, 1);
    assert_eq!(tables, 1);
    assert_eq!(cells, ["Line", "Last bus", "N1", "01:30"]);
    assert!(
        md.starts_with("# Night buses stay\n\n*By Ana Lima, Tom Berg and Li Wei · 2025-03-01*\n\n")
    );
    assert!(md.contains(
        "The [council](https://town.example/council) kept the *service*, **said** the mayor."
    ));
    assert!(md.contains("The last bus leaves the square. — Photo: Desk"));
    assert!(md.ends_with(
        "## Explore\n\n- [Tram plans](https://town.example/tram) — Kim Ode\n- Parking fees"
    ));
    assert!(!md.ends_with('\n'));
}

#[test]
fn byline_shows_the_calendar_date() {
    let mut a = Article::default();
    a.authors = vec!["Ana Lima".into()];
    for (published, shown) in [
        ("2015-07-24T05:36:09+01:00", "2015-07-24"),
        // The day at the page's own offset, not converted to UTC.
        ("2015-07-24T00:30:00+02:00", "2015-07-24"),
        ("2015-07-23T23:30:00-07:00", "2015-07-23"),
        ("2015-07-24", "2015-07-24"),
    ] {
        a.published = Some(published.parse().unwrap());
        assert_eq!(a.to_markdown(), format!("*By Ana Lima · {shown}*"));
        assert_eq!(
            a.to_html(),
            format!("<article>\n<p><small>By Ana Lima · {shown}</small></p>\n</article>")
        );
    }
}

#[test]
fn markdown_related_lists_follow_the_html() {
    let mut a = Article::default();
    a.body.push(Block::List {
        ordered: false,
        items: vec!["body item".into()],
    });
    let mut teaser = RelatedItem::new("- not a list *or* [link]");
    teaser.url = Some("javascript:alert(1)".into());
    let mut unlabelled = RelatedList::default();
    unlabelled.items = vec![teaser, RelatedItem::new("  ")];
    let mut empty = RelatedList::default();
    empty.label = Some("Most read".into());
    empty.items = vec![RelatedItem::new(" ")];
    a.related = vec![unlabelled, empty];
    let md = a.to_markdown();
    // No label: the list keeps apart from the body's `-` list with `*`;
    // the unsafe link is dropped, the title stays as text; lists with no
    // titled item are left out, as in the HTML.
    assert_eq!(md, "- body item\n\n* \\- not a list \\*or\\* \\[link\\]");
    let events = md_events(&md);
    let lists = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::List(_))))
        .count();
    assert_eq!(lists, 2);
    assert!(!a.to_html().contains("Most read"));
}

#[test]
fn markdown_text_means_what_it_says() {
    // Text full of Markdown syntax reads back as the same text.
    let nasty = [
        "# not a heading",
        "1. not a list",
        "- not a list",
        "+ not a list",
        "* not a list",
        "> not a quote",
        "    not code",
        "```not a fence",
        "~~~ not a fence",
        "--- not a rule",
        "***",
        "___",
        "<div>not html</div>",
        "<!-- not a comment -->",
        "<https://not.an.autolink>",
        "[not](a link) ![not](an image)",
        "[ref]: https://not.a.definition",
        "*not em* _not em_ **not strong** __not strong__",
        "`not code` ``also not``",
        "&amp; &lt; &#42; &copy; stay as written",
        "a | table | row",
        "back\\slash \\* and \\\\",
        "trailing backslash\\",
        "Setext\n===",
        "Setext\n---",
        "line\nbreaks\n\nand blank lines",
        "~~not struck~~",
        "2024) year",
        "Wow! [link-like] text",
        "tab\tinside",
        "emoji 🚌 and ünïcödé and RTL \u{202e}x\u{202c}",
    ];
    for s in nasty {
        for make in [
            |s: &str| article(vec![para(s, vec![])]),
            |s: &str| article(vec![Block::Quote { text: s.into() }]),
            |s: &str| {
                article(vec![Block::List {
                    ordered: false,
                    items: vec![s.into()],
                }])
            },
            |s: &str| {
                article(vec![Block::List {
                    ordered: true,
                    items: vec![s.into(), s.into()],
                }])
            },
            |s: &str| {
                article(vec![Block::Heading {
                    level: 3,
                    text: s.into(),
                }])
            },
        ] {
            let a = make(s);
            let md = a.to_markdown();
            let expected = normalize_space(&a.to_text());
            assert_eq!(md_text(&md), expected, "{s:?} rendered as {md:?}");
            // Only the block we wrote: one paragraph/quote/list/heading.
            let blocks = md_events(&md)
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        Event::Start(
                            Tag::Heading { .. }
                                | Tag::CodeBlock(_)
                                | Tag::HtmlBlock
                                | Tag::Table(_)
                        ) | Event::Rule
                    )
                })
                .count();
            let is_heading = matches!(a.body[0], Block::Heading { .. });
            assert_eq!(
                blocks,
                usize::from(is_heading),
                "{s:?} made extra blocks: {md:?}"
            );
        }
    }
}

#[test]
fn markdown_marks_with_random_ranges_keep_the_text() {
    let text = "Héllo *wörld* [with] `code` and <b>tags</b> — 🚌 end";
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..2000 {
        let n = (next() % 8) as usize;
        let marks = (0..n)
            .map(|_| {
                let a = (next() % (text.len() as u64 + 4)) as usize;
                let b = (next() % (text.len() as u64 + 4)) as usize;
                let kind = match next() % 5 {
                    0 => MarkKind::Link {
                        href: "https://ok.example/(x) y".into(),
                    },
                    1 => MarkKind::Link {
                        href: "javascript:alert(1)".into(),
                    },
                    2 => MarkKind::Emphasis,
                    3 => MarkKind::Strong,
                    _ => MarkKind::Code,
                };
                Mark::new(a, b, kind)
            })
            .collect();
        let a = article(vec![para(text, marks)]);
        let md = a.to_markdown();
        // Emphasis delimiters may fail to pair in rare adjacencies (then a
        // literal `*` shows), but no text may be lost or turned into HTML.
        let seen = md_text(&md).replace('*', "");
        assert_eq!(seen, normalize_space(text).replace('*', ""), "{md}");
        let html = a.to_html();
        assert!(html.contains("<p>"));
    }
}

#[test]
fn markdown_keeps_consecutive_lists_apart() {
    let a = article(vec![
        Block::List {
            ordered: false,
            items: vec!["a".into()],
        },
        Block::List {
            ordered: false,
            items: vec!["b".into()],
        },
        Block::List {
            ordered: true,
            items: vec!["c".into()],
        },
        Block::List {
            ordered: true,
            items: vec!["d".into()],
        },
    ]);
    let md = a.to_markdown();
    let lists = md_events(&md)
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::List(_))))
        .count();
    assert_eq!(lists, 4, "{md}");
}

#[test]
fn markdown_and_html_skip_empty_and_clamp_levels() {
    let a = article(vec![
        para("", vec![]),
        para("   ", vec![]),
        Block::Heading {
            level: 0,
            text: "zero".into(),
        },
        Block::Heading {
            level: 9,
            text: "nine".into(),
        },
        Block::List {
            ordered: false,
            items: vec![],
        },
        Block::Table {
            rows: vec![],
            header_rows: 0,
        },
        Block::Table {
            rows: vec![vec![]],
            header_rows: 3,
        },
        Block::Code { text: "".into() },
        Block::Figure {
            image: Image::default(),
        },
    ]);
    assert_eq!(a.to_markdown(), "# zero\n\n###### nine");
    assert_eq!(
        a.to_html(),
        "<article>\n<h1>zero</h1>\n<h6>nine</h6>\n</article>"
    );
}

#[test]
fn html_structure() {
    let a = sample();
    let html = a.to_html();
    let expected_parts = [
        "<article>\n<h1>Night buses stay</h1>\n<p><small>By Ana Lima, Tom Berg and Li Wei · 2025-03-01</small></p>\n",
        "<p>The <a href=\"https://town.example/council\" rel=\"nofollow noopener\">council</a> kept the <em>service</em>, <strong>said</strong> the mayor.</p>\n",
        "<h2>Routes</h2>\n",
        "<ul>\n<li>North</li>\n<li>South</li>\n</ul>\n",
        "<ol>\n<li>First</li>\n<li>Second</li>\n</ol>\n",
        "<blockquote><p>We need it, said a student.</p></blockquote>\n",
        "<figure><img src=\"https://town.example/bus.jpg\" alt=\"A bus at night\"><figcaption>The last bus leaves the square. <small>Photo: Desk</small></figcaption></figure>\n",
        "<table>\n<thead>\n<tr><th>Line</th><th>Last bus</th></tr>\n</thead>\n<tbody>\n<tr><td>N1</td><td>01:30</td></tr>\n</tbody>\n</table>\n",
        "<pre><code>let x = `tick`;\n```\nend</code></pre>\n",
        "<aside>\n<h2>Explore</h2>\n<ul>\n<li><a href=\"https://town.example/tram\" rel=\"nofollow noopener\">Tram plans</a> <small>Kim Ode</small></li>\n<li>Parking fees</li>\n</ul>\n</aside>\n</article>",
    ];
    let joined: String = expected_parts.concat();
    assert_eq!(html, joined);
    // The crate's own parser reads the body text back.
    let doc = newsprint::Document::parse(&html).unwrap();
    let p = doc.elements_named("p").nth(1).unwrap();
    assert_eq!(doc.text(p), "The council kept the service, said the mayor.");
}

#[test]
fn extracted_sample_renders() {
    let html = "<html><head><title>Dock strike ends</title></head><body><article>\
        <h1>Dock strike ends</h1><p>Workers returned on Monday after a nine-day strike that left \
        ships waiting outside the harbour and shelves half empty in town.</p>\
        <p>The union said the deal raises wages by six percent over two years, and the port \
        promised new safety gear by spring.</p></article></body></html>";
    let a = newsprint::extract(html, Some("https://port.example/news/strike")).unwrap();
    let md = a.to_markdown();
    assert!(md.starts_with("# Dock strike ends"));
    assert!(md_text(&md).contains("Workers returned on Monday"));
    let h = a.to_html();
    assert!(h.contains("<h1>Dock strike ends</h1>"));
    assert!(h.contains("<p>Workers returned on Monday"));
    assert!(a.to_text().starts_with("Workers returned on Monday"));
}
