//! What the page shows: bylines, author boxes and labels, date lines, on
//! pages written for these tests.

use super::*;

// ------------------------------------------------------------ visible bylines

#[test]
fn visible_bylines_with_one_two_three_authors() {
    let page = |b: &str| {
        format!("<body><h1>Rain returns</h1><div class=\"byline\">{b}</div><p>Text.</p></body>")
    };
    assert_eq!(meta(&page("By Ana Lima")).authors, ["Ana Lima"]);
    assert_eq!(
        meta(&page("By Ana Lima and Joe Park")).authors,
        ["Ana Lima", "Joe Park"]
    );
    assert_eq!(
        meta(&page("By Ana Lima, Joe Park and Mia Chen")).authors,
        ["Ana Lima", "Joe Park", "Mia Chen"]
    );
}

#[test]
fn wire_credit_goes_to_source() {
    let html = "<body><h1>Talks resume</h1><p class=\"byline\">By Emir Kaya, AFP</p></body>";
    let m = meta(html);
    assert_eq!(m.authors, ["Emir Kaya"]);
    assert_eq!(m.source.as_deref(), Some("AFP"));
    let html = "<body><h1>Talks resume</h1><span class=\"author\">Reuters</span></body>";
    let m = meta(html);
    assert!(m.authors.is_empty());
    assert_eq!(m.source.as_deref(), Some("Reuters"));
}

#[test]
fn nested_author_elements_read_one_per_author() {
    let html = r#"<body><h1>Council votes on budget</h1>
      <div class="article-byline">
        <span class="author-name">Petra Holm</span><span class="author-role">Senior Editor</span>
        <span class="author-name">Luis Ortega</span>
      </div></body>"#;
    assert_eq!(meta(html).authors, ["Petra Holm", "Luis Ortega"]);
}

#[test]
fn bylines_with_dates_roles_and_prefixes() {
    let page =
        |b: &str| format!("<body><h1>Rain returns</h1><div class=\"byline\">{b}</div></body>");
    assert_eq!(
        meta(&page("By Nadia Sharif | March 3, 2025")).authors,
        ["Nadia Sharif"]
    );
    assert_eq!(
        meta(&page("Interview: Jonas Weber")).authors,
        ["Jonas Weber"]
    );
    // A sentence in a byline-classed element is not a name.
    assert!(
        meta(&page("Sign up to get the newsletter every morning"))
            .authors
            .is_empty()
    );
    // Comment authors are not article authors.
    let html = r#"<body><h1>Rain</h1><div class="comments"><span class="author">Some Reader</span></div></body>"#;
    assert!(meta(html).authors.is_empty());
}

#[test]
fn author_names_are_cleaned_and_deduplicated() {
    let html = r#"<head><meta property="og:site_name" content="Metro Ledger">
      <meta name="author" content="By KATE MOSS, kate@ledger.example, Staff, Metro Ledger, kate moss">
      </head>"#;
    assert_eq!(meta(html).authors, ["KATE MOSS"]);
    let many: Vec<String> = (0..15)
        .map(|i| format!("Name Person{}", (b'A' + i) as char))
        .collect();
    let html = format!("<meta name=\"author\" content=\"{}\">", many.join(", "));
    assert_eq!(meta(&html).authors.len(), 10);
    // A profile URL in parentheses is dropped, the name kept.
    let m = meta(r#"<meta name="author" content="Dana Cole (https://dana.example/)">"#);
    assert_eq!(m.authors, ["Dana Cole"]);
}

#[test]
fn double_encoded_accents_and_domains_in_author_fields() {
    let m = meta(r#"<meta name="author" content="Redacci&amp;oacute;n Central">"#);
    assert_eq!(m.authors, ["Redacción Central"]);
    assert!(
        meta(r#"<meta name="author" content="newsdesk.example.de">"#)
            .authors
            .is_empty()
    );
    assert!(
        meta(r#"<meta name="author" content="Web Shop GmbH">"#)
            .authors
            .is_empty()
    );
}

#[test]
fn section_from_breadcrumbs_only_when_clear() {
    let page = |crumbs: &str| {
        format!(
            r#"<head><meta property="og:title" content="Blockhouse number three by the lake">
            <script type="application/ld+json">{{"@type":"BreadcrumbList","itemListElement":[{crumbs}]}}</script></head>"#
        )
    };
    let m = meta(&page(
        r#"{"name":"Home"},{"name":"Holidays"},{"name":"Blockhouse number three"}"#,
    ));
    assert_eq!(m.section.as_deref(), Some("Holidays"));
    let m = meta(&page(r#"{"name":"Home"},{"name":"Lake houses"}"#));
    assert_eq!(m.section.as_deref(), Some("Lake houses"));
    let m = meta(&page(r#"{"name":"Home"}"#));
    assert_eq!(m.section, None);
}

#[test]
fn bylines_with_case_changing_letters_do_not_panic() {
    for b in [
        "By ẞtefan Ⱥnders and İlkay Özdemir",
        "İİİİ and ẞẞ edited by Ⱥ",
        "Ⱥ (with İ and ẞ)",
    ] {
        let _ = meta(&format!(
            "<meta name=author content=\"{b}\"><div class=byline>{b}</div>"
        ));
    }
}

#[test]
fn date_from_the_url_path_as_a_last_resort() {
    let m = meta_at(
        "<h1>Notes on parsing</h1>",
        "https://blog.example/2019/08/02/notes-on-parsing/",
    );
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2019-08-02")
    );
    let m = meta_at(
        "<h1>x</h1>",
        "https://news.example/world/story-2021-03-14-storm",
    );
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2021-03-14")
    );
    // Not a date: a product number.
    let m = meta_at("<h1>x</h1>", "https://shop.example/item/2019/99/02");
    assert_eq!(m.published, None);
}

#[test]
fn author_page_links_name_the_author() {
    let html = r#"<body><h1>Autumn fair moves indoors</h1>
      <p>Posted by <a href="https://fair.example/author/hanna-kowal/">Hanna Kowal</a></p>
      <ul class="related-posts"><li><a href="/author/someone-else/">Someone Else</a></li></ul></body>"#;
    assert_eq!(meta(html).authors, ["Hanna Kowal"]);
    // The link wraps the author's photo and its credit as well as the name.
    let html = r#"<body><h1>Forest roads closed</h1><div class="my-2">
      <a href="/autoren/ida-berger-5521"><span class="photo"><img src="/ida.jpg" alt="Ida Berger">
      <span class="copyright">&copy; Ida Berger</span></span>
      <div class="name-box"><span itemprop="name"> Ida   Berger </span></div></a></div></body>"#;
    assert_eq!(meta(html).authors, ["Ida Berger"]);
}

#[test]
fn by_word_in_a_meta_line() {
    let html = r#"<body><h1>Winter training for young horses</h1>
      <div class="metaInfo">Ein Artikel von <strong>Pia Brandt</strong> | 27.01.2022 - 12:45</div></body>"#;
    let m = meta(html);
    assert_eq!(m.authors, ["Pia Brandt"]);
    assert_eq!(
        m.published.map(|d| d.day().to_string()).as_deref(),
        Some("2022-01-27")
    );
}

#[test]
fn written_by_label_pair_names_the_author() {
    let html = r#"<head><meta name="twitter:label1" content="Written by">
      <meta name="twitter:data1" content="Marta Quist">
      <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">
      </head><body><h1>Ferry timetable changes</h1></body>"#;
    assert_eq!(meta(html).authors, ["Marta Quist"]);
    // Other label pairs say nothing about the author.
    let html = r#"<head><meta name="twitter:label1" content="Est. reading time">
      <meta name="twitter:data1" content="Three Minutes"></head>"#;
    assert!(meta(html).authors.is_empty());
}

#[test]
fn labelled_author_lines() {
    let cases = [
        // A bold label inside the last paragraph, after a line break.
        (
            r#"<p>The museum reopens in May after two years of work.<br><strong>Text:</strong> Jorunn Aas</p>"#,
            vec!["Jorunn Aas"],
        ),
        // A heading label over a paragraph.
        (
            r#"<div class="meta"><h4>Autor</h4><p><a href="/profil/77">Kaspar Lind</a><b>, </b></p></div>"#,
            vec!["Kaspar Lind"],
        ),
        // A label word before two names.
        (
            r#"<p>Autoren Jelka Marn und Tobias Reh</p>"#,
            vec!["Jelka Marn", "Tobias Reh"],
        ),
        // A label after a date and a dash, with a role in brackets.
        (
            r#"<div class="when">11.03.2021 <span>-&nbsp;Redaktion: Ebba Strand (Pressesprecherin)</span></div>"#,
            vec!["Ebba Strand"],
        ),
        // "Posted by" then the date connector.
        (
            r#"<p class="postmeta">Eingestellt von <span class="fn">Ole Brandt</span> um <a href="/p/1">10:02</a></p>"#,
            vec!["Ole Brandt"],
        ),
    ];
    for (body, want) in cases {
        let html = format!("<body><h1>Harbour museum reopens</h1>{body}</body>");
        assert_eq!(meta(&html).authors, want, "{body}");
    }
}

#[test]
fn author_words_inside_sentences_are_not_bylines() {
    for body in [
        // Mid-sentence credit for someone else's book.
        r#"<p>The film adapts a short story written by <a href="/wiki/x">Ravi Menon</a>.</p>"#,
        // A sentence that starts with "By".
        r#"<p>By Christmas Eve, the whole village had gone to the coast for the festival.</p>"#,
    ] {
        let html = format!("<body><h1>Winter films</h1>{body}</body>");
        assert!(meta(&html).authors.is_empty(), "{body}");
    }
}

#[test]
fn by_word_after_a_date_in_a_byline_element() {
    let html = r#"<body><h1>Ten rooftop gardens</h1>
      <div class="page-meta-author">Posted on June 4, 2021 by Dana Levi</div></body>"#;
    assert_eq!(meta(html).authors, ["Dana Levi"]);
}

#[test]
fn user_handles_only_when_no_display_name_is_given() {
    // A handle the markup marks as the author is kept.
    let html = r#"<body><h1>Sigma lenses compared</h1>
      <div class="byline">von <a href="/author/lensfan1984/" rel="author">lensfan1984</a></div></body>"#;
    assert_eq!(meta(html).authors, ["lensfan1984"]);
    // A declared handle gives way to the display name shown on the page.
    let html = r#"<head><meta name="author" content="xk4410"></head><body><h1>Cut scenes</h1>
      <div class="byline"><span class="author-name">Jonah Abel</span></div></body>"#;
    assert_eq!(meta(html).authors, ["Jonah Abel"]);
}

#[test]
fn ampersand_splits_names_but_not_short_parts() {
    let html = r#"<meta name="author" content="Lia Moreau &amp; Tom Weiss">"#;
    assert_eq!(meta(html).authors, ["Lia Moreau", "Tom Weiss"]);
    let html = r#"<meta name="author" content="Pen &amp; i">"#;
    assert_eq!(meta(html).authors, ["Pen & i"]);
}

#[test]
fn collective_bylines_and_placeholders() {
    let page = |byline: &str| {
        format!(
            r#"<body><h1>Road closures</h1><div class="author-name"><span>{byline}</span></div></body>"#
        )
    };
    assert_eq!(meta(&page("By Staff Writer")).authors, ["Staff Writer"]);
    assert!(meta(&page("No Author")).authors.is_empty());
    let html = r#"<meta name="author" content="Redaktion">"#;
    assert_eq!(meta(html).authors, ["Redaktion"]);
    let html = r#"<meta name="author" content="siteadmin">"#;
    assert!(meta(html).authors.is_empty());
}

#[test]
fn site_declared_as_author_when_nothing_else_is() {
    let html = r#"<head><meta property="og:site_name" content="Pen &amp; i">
      <meta name="DC.creator" content="Pen &amp; i"></head><body><h1>Apps</h1></body>"#;
    assert_eq!(meta(html).authors, ["Pen & i"]);
    // A person on the page wins.
    let html = r#"<head><meta property="og:site_name" content="Pen &amp; i">
      <meta name="DC.creator" content="Pen &amp; i"></head><body><h1>Apps</h1>
      <p class="byline">By Ilse Kron</p></body>"#;
    assert_eq!(meta(html).authors, ["Ilse Kron"]);
}

#[test]
fn logo_headings_are_not_headlines() {
    // The site's own name in a first <h1> does not pick the title segment.
    let html = r#"<head><title>Night trains return to the valley - VALLEY TV</title>
      <meta property="og:site_name" content="VALLEY TV"></head>
      <body><h1 class="visually-hidden">VALLEY TV</h1><h1>Night trains return to the valley</h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Night trains return to the valley")
    );
    // A logo <h1> (a lone link home) names the site the title repeats.
    let html = r#"<head><title>Lantern Notes » Archive » Paper lanterns for the spring fair</title></head>
      <body><h1><a href="https://lantern.example/">Lantern Notes</a></h1>
      <div class="post"><h2>Paper lanterns for the spring fair</h2></div></body>"#;
    let t = meta(html).title.unwrap();
    assert!(!t.starts_with("Lantern Notes"), "{t}");
    // A banner marked as the headline before the article's own.
    let html = r#"<body><div class="branding"><p itemprop="headline"><a href="/" rel="home">Harbour Watch</a></p></div>
      <h2 itemprop="headline">Dredging starts at the north pier</h2></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Dredging starts at the north pier")
    );
}

#[test]
fn leading_topic_segment_that_the_site_name_contains_is_kept() {
    let html = r#"<head><title>Tidal Power – Clean energy from the sea | Foundation for Tidal Power</title></head>
      <body><h1><a href="https://tidal.example/">Foundation for Tidal Power</a></h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Tidal Power – Clean energy from the sea")
    );
}

#[test]
fn date_in_the_line_after_the_headline() {
    let html = r#"<body><h1>Bridge repairs finish early</h1>
      <p class="info">14.06.2021 08:15 Uhr</p><p>The bridge reopened on Saturday.</p></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.day().to_string()).as_deref(),
        Some("2021-06-14")
    );
    let html = r#"<body><h1>Bridge repairs finish early</h1>
      <div><span class="label">Datum:</span> <span class="value">22.09.2021</span></div></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2021-09-22")
    );
    // A dateline opening the first paragraph dates the article.
    let html = r#"<body><h1>Bridge repairs finish early</h1>
      <p>Feb. 23, 2015 -- Engineers who inspected the bridge found cracks in two of the piers,
      and the council has argued about the cost of the repairs ever since then, until now.</p></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2015-02-23")
    );
    // A date inside the body's long first paragraph is not the article's.
    let html = r#"<body><h1>Bridge repairs finish early</h1>
      <p>Engineers who first inspected the bridge on 3 March 2011 found cracks in two of the
      piers, and the council has argued about the cost of the repairs ever since then.</p></body>"#;
    assert_eq!(meta(html).published, None);
}

#[test]
fn date_in_the_header_block_above_the_headline() {
    // The site logo is the page's only <h1>; the headline is an <h2> with
    // the meta line ("By A | 12 mars 2019") just above it.
    let html = r#"<head><title>Le port rouvre | Le Quotidien</title></head><body>
      <h1><a href="/"><img src="/logo.png" alt="Le Quotidien">Le Quotidien</a></h1>
      <div class="top"><div class="figcaption">Photo: Marc Dubois</div>
        <span class="meta">Par <a href="/auteur/lea-martin">Léa Martin</a> | 12 mars 2019</span>
        <h2>Le port rouvre</h2><p class="chapo">Après six mois de travaux.</p></div>
      <div class="texte"><p>Le port de la ville a rouvert ce matin, le 4 avril 2019, après
      six mois de travaux sur les quais et la digue sud, plus tôt que prévu.</p></div></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2019-03-12")
    );
    // A press-release portal: the headline is an <h4>, the date above it.
    let html = r#"<head><title>Hybrid battery lasts longer</title></head><body>
      <h1><a href="/">Science Wire</a></h1><div class="release"><p><em>01.11.2023 11:35</em></p>
      <h4>Hybrid battery lasts longer</h4><h5>Dr. Eva Lind, press office</h5>
      <p>Researchers have built a battery that keeps its charge through a thousand cycles, with
      a cathode made of a cheap salt and an anode of carbon from wood waste.</p></div></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-01")
    );
    // A hidden navigation heading comes first; the headline is the <h1>
    // whose text is the title, with its date line after it.
    let html = r#"<head><title>Radon levels fall</title></head><body>
      <h1 class="hidden">Navigation and service</h1>
      <ul>{menu}</ul>
      <main><h1>Radon levels fall</h1>
      <div class="docData"><span>Date</span> <span>25.01.2022</span></div>
      <p>Indoor radon levels fell across the region last year.</p></main></body>"#;
    let menu: String = [
        "Home", "News", "Topics", "Data", "Maps", "Press", "Jobs", "Contact",
    ]
    .iter()
    .map(|item| format!("<li><a href='/{item}'>{item}</a> <span>Section</span></li>"))
    .collect();
    let html = html.replace("{menu}", &menu);
    assert_eq!(
        meta(&html).published.map(|d| d.to_string()).as_deref(),
        Some("2022-01-25")
    );
}

#[test]
fn agency_codes_roles_and_repeated_names_in_bylines() {
    let page = |byline: &str| {
        format!(r#"<body><h1>Bus fares rise</h1><div class="byline">{byline}</div></body>"#)
    };
    // "Name/AGENCY": the agency goes to `source`.
    let m = meta(&page("Von Jan Ostrowski/KNA"));
    assert_eq!(m.authors, ["Jan Ostrowski"]);
    assert_eq!(m.source.as_deref(), Some("KNA"));
    // A job title before the name.
    assert_eq!(
        meta(&page("Rechtsanwalt Tomas Wendt")).authors,
        ["Tomas Wendt"]
    );
    assert_eq!(
        meta(&page("By City-Desk-Editor Mara Holm")).authors,
        ["Mara Holm"]
    );
    // "All posts by A" next to "A".
    let html = r#"<meta name="author" content="Alles von Greta Lund, Greta Lund">"#;
    assert_eq!(meta(html).authors, ["Greta Lund"]);
    // A name that starts with a particle after a label.
    let html = r#"<body><h1>Tach</h1><p>Text.</p><div class="post-footer">
      <span class="post-author">Eingestellt von <span class="fn">van Dijk Ruud</span></span></div></body>"#;
    assert_eq!(meta(html).authors, ["van Dijk Ruud"]);
}

#[test]
fn library_style_creator_names_are_uninverted() {
    let html = r#"<head><meta name="DC.Creator" content="Aalto, K.">
      <meta name="DC.Creator" content="Berg, Maarten van den"></head>"#;
    assert_eq!(meta(html).authors, ["K. Aalto", "Maarten van den Berg"]);
    let html = r#"<head><meta name="citation_author" content="Okafor, Ngozi Ada"></head>"#;
    assert_eq!(meta(html).authors, ["Ngozi Ada Okafor"]);
    // A plain author list is not read as "Last, First".
    let html = r#"<head><meta name="author" content="Lena Berg, Sam Okafor"></head>"#;
    assert_eq!(meta(html).authors, ["Lena Berg", "Sam Okafor"]);
}

#[test]
fn chinese_posted_in_line_names_the_author() {
    let html = r#"<body><h1>山中小屋</h1><p>內文。</p>
      <p class="author">山間的家_小雨 發表在 <a href="https://blog.example/">部落格平台</a></p></body>"#;
    assert_eq!(meta(html).authors, ["山間的家_小雨"]);
}

#[test]
fn publisher_credit_lines_are_not_authors() {
    // The site's name in the author meta, split at "&" or followed by the
    // city: the visible byline names the reporter.
    for author in ["Dock & Pier", "Dock & Pier, Portsmouth, UK"] {
        let html = format!(
            r#"<head><meta property="og:site_name" content="Dock & Pier">
            <meta name="author" content="{author}"></head>
            <body><h1>Ferries return</h1><div class="wrote_by">By <a href="/reporters/ana-lima">Ana Lima</a></div>
            <p>The ferries are back.</p></body>"#
        );
        assert_eq!(meta(&html).authors, ["Ana Lima"], "{author}");
    }
    // A person named next to the publisher stays.
    let html = r#"<head><meta property="og:site_name" content="Dock News">
        <meta name="author" content="Ana Lima, Dock News"></head><body><h1>Ferries return</h1></body>"#;
    assert_eq!(meta(html).authors, ["Ana Lima"]);
    // A photo credit in a byline-classed slot is not an author.
    let html = r#"<body><h1>Ferries return</h1><figure><img src="/f.jpg">
        <p class="media__copyright text__byline">Bild &copy; Harbour TV</p></figure>
        <p>The ferries are back.</p></body>"#;
    assert!(meta(html).authors.is_empty(), "{:?}", meta(html).authors);
}
#[test]
fn a_publication_label_anywhere_dates_the_page() {
    // The label and the date in separate elements, far from the headline.
    let html = r#"<body><h1>Night sounds of the city</h1><p>An episode about the city at night.</p>
        <ul class="credits"><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li>
        <li><p class="title">Durée</p><p class="content">12 min</p></li></ul></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2019-05-23")
    );
    // With a colon, on one line.
    let html = r#"<body><h1>Night sounds</h1><div class="box"><p>Text of the review.</p>
        <p>Erschienen am: 01.11.2023</p></div></body>"#;
    assert_eq!(
        meta(html).published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-01")
    );
    // Not a label: a word that starts like one (far from the headline,
    // where no meta line is looked for).
    let filler = "<p>A line of the review.</p>".repeat(14);
    let html = format!(r#"<body><h1>Night sounds</h1>{filler}<p>Publishers 01.11.2023</p></body>"#);
    assert_eq!(meta(&html).published, None);
    // An update label dates a page that shows no other date (the date
    // readers see), and only then.
    let html = format!(
        r#"<body><h1>Night sounds</h1>{filler}<p>Publishers 01.11.2023</p>
        <p>Aktualisiert am 02.11.2023</p></body>"#
    );
    assert_eq!(
        meta(&html).published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-02")
    );
}

#[test]
fn credits_for_other_work_after_the_author_are_not_authors() {
    let page = |byline: &str| {
        format!(r#"<body><h1>Watching the cranes</h1><p class="byline author">{byline}</p></body>"#)
    };
    assert_eq!(
        meta(&page("Written by Ana Lima<br>Edited by Joe Park")).authors,
        ["Ana Lima"]
    );
    assert_eq!(
        meta(&page("By Ana Lima. Photos by Joe Park")).authors,
        ["Ana Lima"]
    );
}

#[test]
fn a_name_in_the_headline_date_line() {
    let page = |line: &str| {
        format!(
            r#"<head><title>Winter rules for riders - Riding Club Weekly</title></head><body>
            <div class="content"><small>{line}</small><h1>Winter rules for riders</h1>
            <p>The federation published its winter rules on Friday.</p></div></body>"#
        )
    };
    assert_eq!(
        meta(&page("04.02.2022 | 13:10 Uhr | Uta Berger")).authors,
        ["Uta Berger"]
    );
    // Shouted labels and the site's own name are not people.
    assert!(meta(&page("04.02.2022 | PAID CONTENT")).authors.is_empty());
    assert!(meta(&page("04.02.2022 | Riding Club")).authors.is_empty());
}

#[test]
fn author_box_links_are_not_names() {
    let html = r#"<body><h1>Drones over the harbour</h1>
        <div class="author-info"><span class="author">Heinz Berger</span>,
        <span class="author"><a href="/autor/heinz-berger">Weitere Beiträge</a></span></div>
        <p>Text.</p></body>"#;
    assert_eq!(meta(html).authors, ["Heinz Berger"]);
}

// ------------------------------------- author boxes: job titles, labels, dates

/// A page with `header` under the headline.
fn with_header(header: &str) -> String {
    format!(
        "<body><article><h1>Tides and the harbour wall</h1>{header}\
         <p>The wall held through the winter storms.</p></article></body>"
    )
}

#[test]
fn a_job_title_under_the_name_is_not_a_second_author() {
    // The title in an element of its own, its class saying so.
    let html = with_header(
        r#"<div class="post-author-info"><div class="post-author-name">Orla Finch</div>
        <div class="post-author-position">Head of Growth</div></div>"#,
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
    // A job title after the name in the byline text.
    for title in [
        "Marketing Director",
        "Former Acme Consultant",
        "Community Coordinator",
    ] {
        let html = with_header(&format!(
            r#"<div class="byline">By Orla Finch, {title}</div>"#
        ));
        assert_eq!(meta(&html).authors, ["Orla Finch"], "{title}");
    }
}

#[test]
fn author_box_labels_are_not_names() {
    let html = with_header(
        r#"<div class="author-box"><span class="author-label">The Author</span>
        <span class="author-name">Orla Finch</span></div>"#,
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
    let html = with_header(
        r#"<div class="author-tooltip"><a class="author-link" href="/people/">Full Bio</a></div>"#,
    );
    assert!(meta(&html).authors.is_empty());
}

#[test]
fn a_name_and_a_date_in_separate_elements_stay_apart() {
    let html = with_header(
        r#"<div class="resource-author-details"><p>Orla Finch</p><small>December 17, 2025</small></div>"#,
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
}

#[test]
fn a_sponsored_label_after_the_name_is_dropped() {
    let html = with_header(
        r#"<div class="author-byline"><a href="/people/orla">Orla Finch</a> <span class="mark">Sponsored</span></div>"#,
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
}

#[test]
fn a_name_after_the_date_in_a_byline_element() {
    let html = with_header(
        r#"<div class="publish-date-author">Dec. 19, 2025 &middot; Orla Finch on behalf of <a href="/teams/docs">the docs group</a></div>"#,
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
}

#[test]
fn an_article_by_heading_names_the_author_in_the_next_element() {
    let html = format!(
        "{}<section><h2>Article by</h2><div class=\"lead\">Orla Finch</div></section>",
        with_header("")
    );
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
}

#[test]
fn an_author_box_with_a_bio_gives_the_name_on_its_first_line() {
    let bio = "Orla Finch writes about coasts, ports and the people who keep them \
               running. Before that she spent ten years as a harbour engineer and \
               still walks the sea wall every morning before work.";
    let html = with_header(&format!(
        r#"<div class="blog_author-text"><div class="name">Orla Finch</div><div class="spacer"></div>
        <div class="rich"><p>{bio}</p></div></div>"#
    ));
    assert_eq!(meta(&html).authors, ["Orla Finch"]);
}

// ------------------------------------------------------------ headlines

#[test]
fn a_heading_classed_as_the_blog_title_that_shows_the_headline_is_the_title() {
    let html = r#"<head><title>Tide tables explained: 5 steps to reading them | Harbour Guides</title>
      <meta property="og:site_name" content="Harbour Guides"></head>
      <body><h1 class="blog-title">Tide tables explained: five simple steps to reading them</h1></body>"#;
    let m = meta(html);
    assert_eq!(
        m.title.as_deref(),
        Some("Tide tables explained: five simple steps to reading them")
    );
    assert_eq!(m.provenance.title, Some(crate::Signal::Visible));
    // The site's name so classed is still the logo.
    let html = r#"<head><title>Tide tables explained | Harbour Guides</title>
      <meta property="og:site_name" content="Harbour Guides"></head>
      <body><h1 class="blog-title">Harbour Guides</h1></body>"#;
    assert_eq!(meta(html).title.as_deref(), Some("Tide tables explained"));
}

#[test]
fn headings_are_compared_with_the_title_without_the_site_name() {
    // Three of the five headline words, but three of seven with the site.
    let html = r#"<head><title>Seven Key Sailing Knot Techniques | Knots-Online Shop</title></head>
      <body><h1>Sailing Knot Techniques Compared, with Pros and Cons</h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Sailing Knot Techniques Compared, with Pros and Cons")
    );
}

#[test]
fn words_run_into_the_headline_are_not_a_kicker() {
    // "The" and a year belong to the headline; a kicker sits in a span.
    for (h1, want) in [
        (
            "The Best Harbour Walks of 2026",
            "The Best Harbour Walks of 2026",
        ),
        (
            "2026 Best Harbour Walks of the Coast",
            "2026 Best Harbour Walks of the Coast",
        ),
        (
            "<span>Travel</span> Best Harbour Walks of the Coast",
            "Best Harbour Walks of the Coast",
        ),
    ] {
        let meta_title = want.trim_start_matches("The ").trim_start_matches("2026 ");
        let html = format!(
            r#"<head><meta property="og:title" content="{meta_title}"></head><body><h1>{h1}</h1></body>"#
        );
        assert_eq!(meta(&html).title.as_deref(), Some(want), "{h1}");
    }
}

#[test]
fn a_heading_the_metadata_states_whole_keeps_its_lead() {
    // The JSON-LD headline cuts the lead; og:title states the whole heading.
    let html = r#"<head><script type="application/ld+json">{"@type":"Article",
      "headline":"Knot Guild | Sailing 101"}</script>
      <meta property="og:site_name" content="Knot Guild">
      <meta property="og:title" content="Sailing for Beginners Sailing 101"></head>
      <body><h1>Sailing for Beginners <span>Sailing 101</span></h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Sailing for Beginners Sailing 101")
    );
}

#[test]
fn a_short_tail_set_apart_after_the_headline_is_cut() {
    let html = r#"<head><meta property="og:title" content="Night ferries return to the outer islands - Harbour Wire">
      <meta property="og:site_name" content="Harbour Wire"></head>
      <body><h1><a href="/s/1">Night ferries return to the outer islands</a>
      <span class="source"><a href="https://news.example/x">(news.example)</a></span>
      <span class="bubble">87</span></h1></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Night ferries return to the outer islands")
    );
}

#[test]
fn a_breadcrumb_heading_repeating_the_title_beats_a_rewritten_social_headline() {
    let html = r#"<head><title>Pier reopens after storm repairs | Harbour Post</title>
      <meta property="og:site_name" content="Harbour Post">
      <meta property="og:title" content="Storm-damaged pier welcomes walkers again"></head>
      <body><nav><ol class="breadcrumb"><li><a href="/">Home</a></li>
      <li><h1>Pier reopens after storm repairs</h1></li></ol></nav>
      <article><header><h2>Storm-damaged pier welcomes walkers again</h2></header>
      <p>Text.</p></article></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Pier reopens after storm repairs")
    );
}

#[test]
fn the_only_heading_of_an_article_is_its_headline() {
    let page = |og_type: &str| {
        format!(
            r#"<head><title>Rope Guide 2026: Top 7 Picks | Knot Guild</title>
            <meta property="og:type" content="{og_type}"></head>
            <body><h1>Which climbing rope should a beginner buy first?</h1><p>Text.</p></body>"#
        )
    };
    let m = meta_at(&page("article"), "https://knots.example/guides/ropes");
    assert_eq!(
        m.title.as_deref(),
        Some("Which climbing rope should a beginner buy first?")
    );
    assert_eq!(m.provenance.title, Some(crate::Signal::Visible));
    // A site's page that says it is a website, or its home page, keeps the
    // stated title: its `<h1>` is a slogan.
    let m = meta_at(&page("website"), "https://knots.example/guides/ropes");
    assert_eq!(m.title.as_deref(), Some("Rope Guide 2026: Top 7 Picks"));
    let m = meta_at(&page("article"), "https://knots.example/");
    assert_eq!(m.title.as_deref(), Some("Rope Guide 2026: Top 7 Picks"));
}

#[test]
fn a_one_word_heading_is_not_the_headline_of_a_long_title() {
    let html = r#"<head><meta property="og:title" content="How we found the leak in the harbour pumps, the cranes and the lighthouse"></head>
      <body><h1>Lighthouse</h1><p>Text.</p></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("How we found the leak in the harbour pumps, the cranes and the lighthouse")
    );
}

#[test]
fn a_heading_classed_as_a_strapline_or_for_screen_readers_is_not_the_headline() {
    let html = r#"<head><title>Night ferries return - Ferry update: new timetable</title></head>
      <body><h1 class="strapline">Ferry update: new timetable</h1>
      <article><h2 class="title">Night ferries return</h2></article></body>"#;
    assert_eq!(meta(html).title.as_deref(), Some("Night ferries return"));
    let html = r#"<head><title>Night ferries return to the islands | Timetables | Harbour Wire Service</title></head>
      <body><h1 class="sr-only">Night ferries return to the islands | Timetables | Harbour Wire Service</h1>
      <main><h2>Night ferries return to the islands</h2></main></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some("Night ferries return to the islands")
    );
}

#[test]
fn a_headline_cut_mid_phrase_is_completed_from_another_title() {
    let html = r#"<head><script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Ferry Friday: Which Crossing Suits Your Family? We Compare 4 Routes (Including"}</script>
      <meta property="og:title" content="Ferry Friday: Which Crossing Suits Your Family? We Compare 4 Routes (Including One Night Boat) - Harbour Post">
      <meta property="og:site_name" content="Harbour Post"></head>
      <body><p>Text.</p></body>"#;
    assert_eq!(
        meta(html).title.as_deref(),
        Some(
            "Ferry Friday: Which Crossing Suits Your Family? We Compare 4 Routes (Including One Night Boat)"
        )
    );
}

#[test]
fn a_domain_run_into_the_title_is_cut() {
    let html = r#"<head><title>knotnotes.example Sailing Knots</title></head>
      <body><h1><a href="/">knotnotes.example</a></h1><p>Text.</p></body>"#;
    assert_eq!(
        meta_at(html, "https://knotnotes.example/2025/knots")
            .title
            .as_deref(),
        Some("Sailing Knots")
    );
}

#[test]
fn topic_lists_are_found_by_any_spelling_of_their_class() {
    for class in ["article-tags", "tag_list", "TopicList", "Schlag-Worte"] {
        let page = format!(
            r#"<h1>Harbour reopens</h1><p>The harbour reopened on Monday after the strike.</p>
            <div class="{class}"><a href="/t/ports">Ports</a> <a href="/t/strikes">Strikes</a></div>"#
        );
        assert_eq!(meta(&page).tags, ["Ports", "Strikes"], "{class}");
    }
    // A lone "tag" names a card's kicker, not a list of topics.
    let page = r#"<h1>Harbour reopens</h1><p>The harbour reopened on Monday.</p>
        <div class="tag"><a href="/t/ports">Ports</a> <a href="/t/strikes">Strikes</a></div>"#;
    assert!(meta(page).tags.is_empty());
}

// ------------------------------------------------- issue 13: who is credited

#[test]
fn co_authors_in_the_byline_are_kept_when_the_metadata_names_one() {
    // The metadata names the first author only; the byline credits three.
    let html = r#"<head><script type="application/ld+json">{"@type":"BlogPosting",
      "headline":"Tide tables for the north coast","author":{"@type":"Person","name":"Ilse Marten"}}</script></head>
      <body><h1>Tide tables for the north coast</h1>
      <div class="post-authors">Written by <span>Dr Ilse Marten</span>, <span>Tomas Reyna</span> and <span>Aiko Brandt</span></div>
      <p>Text of the post.</p></body>"#;
    assert_eq!(
        meta(html).authors,
        ["Dr Ilse Marten", "Tomas Reyna", "Aiko Brandt"]
    );
    // A reviewer or a job title beside the byline adds no author.
    let html = r#"<head><meta name="author" content="Ilse Marten"></head>
      <body><h1>Tide tables for the north coast</h1>
      <div class="author-name">Ilse Marten, Tide Expert</div>
      <div class="author-reviewer">Reviewed by Tomas Reyna</div><p>Text.</p></body>"#;
    assert_eq!(meta(html).authors, ["Ilse Marten"]);
}

#[test]
fn the_publisher_stands_in_only_when_nothing_else_is_credited() {
    let publisher = |html: &str| {
        let page = super::super::extract(&Document::parse(html).unwrap(), None);
        (page.fields.authors, page.publisher_author.map(|(n, _)| n))
    };
    let page = |byline: &str| {
        format!(
            r#"<head><meta property="og:site_name" content="Harbour Energy Guide"></head>
      <body><h1>How heat pumps work</h1>{byline}<p>Text of the guide.</p></body>"#
        )
    };
    assert_eq!(
        publisher(&page("")),
        (vec![], Some("Harbour Energy Guide".to_owned()))
    );
    assert_eq!(
        publisher(&page(r#"<p class="byline">By Nadia Okoro</p>"#)),
        (vec!["Nadia Okoro".to_owned()], None)
    );
    // A tagline is no publisher name.
    let html = r#"<head><meta property="og:site_name" content="Harbour Guide – all about heat at home"></head>
      <body><h1>How heat pumps work</h1><p>Text.</p></body>"#;
    assert_eq!(publisher(html), (vec![], None));
}

#[test]
fn one_word_names_after_an_explicit_label_are_authors() {
    let page = |meta: &str| {
        format!("<body><h1>Spring at the allotment</h1>{meta}<p>Text of the post.</p></body>")
    };
    // A "by" word in a byline element, a first name or a handle after it.
    let byline = page(
        r#"<p class="post-byline">Posted by Brambleton under <a href="/c/garden">Garden</a></p>"#,
    );
    assert_eq!(meta(&byline).authors, ["Brambleton"]);
    let byline = page(
        r#"<span class="story-byline">Posted by <a href="/u/kestrel9">kestrel9</a> on Friday</span>"#,
    );
    assert_eq!(meta(&byline).authors, ["kestrel9"]);
    // A label with a colon before a user name, then the date.
    let labelled =
        page("<small>Verfasst von: <strong>gartenfreundin</strong> | 31. März 2009</small>");
    assert_eq!(meta(&labelled).authors, ["gartenfreundin"]);
    // Two capitalised words stay one name; another label is no name.
    let two = page(r#"<div class="author">Written By <a href="/a/1">Allotment On</a></div>"#);
    assert_ne!(meta(&two).authors, ["Allotment"]);
    let label = page("<p>Auteur : <span>Auteur(s) :</span></p>");
    assert!(meta(&label).authors.is_empty());
}

// ------------------------------------------------------------ titles

#[test]
fn mojibake_repair_leaves_real_accents_alone() {
    use crate::metadata::title::repair_mojibake;
    assert_eq!(
        repair_mojibake("Investor\u{e2}\u{20ac}\u{2122}s guide").as_deref(),
        Some("Investor\u{2019}s guide")
    );
    assert_eq!(
        repair_mojibake("Caf\u{c3}\u{a9} au lait").as_deref(),
        Some("Café au lait")
    );
    assert_eq!(repair_mojibake("Pâte à crêpes"), None);
    assert_eq!(repair_mojibake("Ã la carte"), None);
    assert_eq!(repair_mojibake("Plain title"), None);
}

#[test]
fn a_desk_named_after_a_newsroom_word_is_kept_whole() {
    // Declared as the author: "Redaktion" opens the desk's name, no role.
    let html = r#"<head><script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Road closed after crash","author":[{"@type":"Person",
      "name":"Redaktion Lakeside Wire"}]}</script></head>
      <body><h1>Road closed after crash</h1><p>Text.</p></body>"#;
    assert_eq!(meta(html).authors, ["Redaktion Lakeside Wire"]);
    // A role before a person's name is still dropped.
    let html = r#"<head><meta name="author" content="Rechtsanwalt Karl Brenner"></head>
      <body><h1>Rent law</h1><p>Text.</p></body>"#;
    assert_eq!(meta(html).authors, ["Karl Brenner"]);
}

#[test]
fn a_staff_report_desk_is_the_author() {
    let html = r#"<head><meta name="author" content="KVNF Staff Report"></head>
      <body><h1>County police log</h1><p>Text.</p></body>"#;
    assert_eq!(meta(html).authors, ["KVNF Staff Report"]);
}

#[test]
fn a_button_label_glued_to_the_name_is_cut() {
    let html = r#"<body><h1>A wedding in the country</h1>
      <div class="author-info"><a href="/in/mara">Mara Quell</a><a class="follow">Follow</a>
      <span>Change coach</span></div><p>Text of the post.</p></body>"#;
    assert_eq!(meta(html).authors, ["Mara Quell"]);
}

#[test]
fn a_one_word_name_after_the_date_and_a_by_word() {
    let html = r#"<body><h1>Stars fall out over the summer</h1>
      <h2>Stars <span>06.11.2023 13:30 von Selka</span></h2><p>Text of the story.</p></body>"#;
    assert_eq!(meta(html).authors, ["Selka"]);
    // A date line naming a place after "von" names no author twice over:
    // two capitalised words are a name, a sentence is not.
    let html = r#"<body><h1>Harbour news</h1>
      <p>06.11.2023 von Jonas Weil</p><p>Text of the story.</p></body>"#;
    assert_eq!(meta(html).authors, ["Jonas Weil"]);
}

#[test]
fn the_title_suffix_that_spells_the_host_names_the_publisher() {
    let publisher = |html: &str| {
        page_at(html, "https://www.hearthwise.example/rooms/damp")
            .publisher_author
            .map(|(n, _)| n)
    };
    let html = |title: &str| {
        format!(
            "<head><title>{title}</title></head><body><h1>Condensation on windows</h1><p>Text.</p></body>"
        )
    };
    assert_eq!(
        publisher(&html("Condensation on windows - hearthwise")).as_deref(),
        Some("hearthwise")
    );
    assert_eq!(
        publisher(&html("Condensation on windows | Hearthwise")).as_deref(),
        Some("Hearthwise")
    );
    let from = page_at(
        &html("Condensation on windows | Hearthwise"),
        "https://hearthwise.example/a",
    )
    .publisher_author
    .map(|(_, from)| from);
    assert_eq!(from, Some(crate::Signal::Meta));
    // A suffix that is not the host's name is no publisher.
    assert_eq!(
        publisher(&html("Condensation on windows | Home Guide")),
        None
    );
}

#[test]
fn a_paid_content_label_is_no_author() {
    let html = r#"<body><h1>Forum rules</h1>
      <p class="author">von Gesponserte Inhalte</p><p>Text of the post.</p></body>"#;
    assert!(meta(html).authors.is_empty());
    let html = r#"<body><h1>Forum rules</h1>
      <p class="author">By Sponsored Content</p><p>Text of the post.</p></body>"#;
    assert!(meta(html).authors.is_empty());
}

#[test]
fn an_institution_declared_as_author_yields_to_the_person_the_markup_names() {
    let html = r#"<head><meta name="author" content="Landesanstalt für Moorkunde und Torf"></head>
      <body><h1>The peat trade</h1><p>Text of the article.</p>
      <p>Autoren <span itemprop="author">Wiebke Sander</span></p></body>"#;
    assert_eq!(meta(html).authors, ["Wiebke Sander"]);
    // With no person named, the institution stays the author.
    let html = r#"<head><meta name="author" content="Institute for Coastal Studies"></head>
      <body><h1>The peat trade</h1><p>Text of the article.</p></body>"#;
    assert_eq!(meta(html).authors, ["Institute for Coastal Studies"]);
}
