//! Never lose the article: pages shaped like the ones where a single pass
//! returned an empty or wrong body, written for these tests. Each page has
//! the article and the furniture around it; the body must be the article.

use newsprint::BodySource;

/// Paragraphs of an article, numbered so that a test can tell which ones
/// reached the body.
fn paragraph(i: usize) -> String {
    format!(
        "<p>Section {i} of the guide explains, in plain words, how a household can \
         plan its budget for the coming year, which costs to check first, and why \
         small monthly savings add up to a real reserve by the end of winter.</p>"
    )
}

fn page(head_and_body: &str) -> String {
    format!(
        "<!doctype html><html lang='en'><head><title>Nine money tips | Harbour Bank</title>\
         </head><body><nav><a href='/'>Home</a> <a href='/loans'>Loans</a> \
         <a href='/savings'>Savings</a></nav>{head_and_body}\
         <footer><p>© Harbour Bank. Member of the deposit scheme.</p></footer></body></html>"
    )
}

#[test]
fn article_split_over_many_widget_modules_is_found() {
    // A page builder wraps every paragraph group in its own "widget"
    // module: no single module holds a third of the page's text, and every
    // one carries a class that reads as page furniture.
    let modules: String = (1..=8)
        .map(|i| {
            format!(
                "<div class='row-fluid'><div class='span12 widget-span widget-type-cell'>\
                 <div class='hs_wrapper hs_wrapper_widget'><h2>Tip {i}</h2>{}</div></div></div>",
                paragraph(i)
            )
        })
        .collect();
    let html = page(&format!(
        "<div class='page-content'><h1>Nine money tips</h1>{modules}</div>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in 1..=8 {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
    assert!(!text.contains("deposit scheme"), "{text}");
    assert_eq!(a.body_source, BodySource::ClassBlind);
}

#[test]
fn body_in_titled_sections_is_kept_whole() {
    // Each part of the article is its own section: a short title line set
    // in a plain div, then the text in a nested rich-text container. The
    // first part is the longest, but no section alone is the article.
    let sections: String = (1..=6)
        .map(|i| {
            let paragraphs: String = (0..if i == 1 { 7 } else { 2 })
                .map(|k| paragraph(i * 10 + k))
                .collect();
            format!(
                "<section class='blog-section'><div class='section-title'>Part {i}</div>\
                 <div class='container'><div class='wrapper'><div class='rich-text'>\
                 {paragraphs}</div></div></div></section>"
            )
        })
        .collect();
    let html = page(&format!(
        "<div class='article-page'><h1>Nine money tips</h1><div id='main-content'>{sections}</div>\
         <div class='aside-box'><a href='/a'>Open an account</a> <a href='/b'>Find a branch</a></div></div>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in 1..=6 {
        assert!(
            text.contains(&format!("Section {} of the guide", i * 10 + 1)),
            "{text}"
        );
    }
    assert!(!text.contains("deposit scheme"), "{text}");
}

#[test]
fn list_article_keeps_every_item() {
    // "The best four …": an intro block, then one section per item with a
    // heading, paragraphs and a pros list. The intro's own wrapper adds a
    // short note; the items sit three levels up.
    let items: String = (1..=4)
        .map(|i| {
            format!(
                "<section class='ranking-item rank-{i}'><div class='padding'><div class='container'>\
                 <h2>{i}. Planner number {i}</h2><div class='rich-text'>{}{}</div>\
                 <ul><li>Clear monthly view of every cost</li><li>Exports to a spreadsheet</li></ul>\
                 </div></div></section>",
                paragraph(i * 10),
                paragraph(i * 10 + 1)
            )
        })
        .collect();
    let intro: String = (1..=5).map(paragraph).collect();
    let html = page(&format!(
        "<main><section class='hero'><h1>The best four budget planners</h1></section>\
         <section class='ranking-intro'><div class='padding'><div class='container'>\
         <div class='rich-text'>{intro}</div><div class='note'>Prices checked in May.</div>\
         </div></div></section>{items}</main>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/best-planners")).unwrap();
    let text = a.body_text();
    assert!(text.contains("Section 1 of the guide"), "{text}");
    for i in 1..=4 {
        assert!(
            text.contains(&format!("Section {} of the guide", i * 10 + 1)),
            "{text}"
        );
    }
}

#[test]
fn streamed_react_segments_are_read() {
    // Server-rendered React streams the page into a hidden segment that a
    // script moves into place (`<div hidden id="S:0">`, `$RC("B:0","S:0")`);
    // without scripts, that segment is where the article is.
    let body: String = (1..=4).map(paragraph).collect();
    let html = page(&format!(
        "<template id='B:0'></template><p>Loading…</p>\
         <div hidden id='S:0'><main><article><h1>Nine money tips</h1>{body}</article></main></div>\
         <script>$RC('B:0','S:0')</script><div hidden id='modal'><p>{}</p></div>",
        "A hidden dialog that must stay out of the body, however long its text is, \
         because the page never shows it to a reader."
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in 1..=4 {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
    assert!(!text.contains("hidden dialog"), "{text}");
}

#[test]
fn streamed_part_is_read_in_its_place() {
    // The part of the article a script streams in later sits, hidden,
    // after the footer; its placeholder is in the middle of the article.
    // Read without scripts, the part belongs where the placeholder is.
    let first: String = (1..=3).map(paragraph).collect();
    let last: String = (6..=7).map(paragraph).collect();
    let streamed: String = (4..=5).map(paragraph).collect();
    let html = format!(
        "<!doctype html><html lang='en'><head><title>Nine money tips</title></head><body>\
         <nav><a href='/'>Home</a></nav><main><article><h1>Nine money tips</h1>{first}\
         <template id='B:a'></template><div class='skeleton'></div>{last}</article></main>\
         <footer><p>© Harbour Bank. Member of the deposit scheme.</p></footer>\
         <div hidden id='S:a'><section class='more'>{streamed}</section></div>\
         <script>$RC('B:a','S:a')</script></body></html>"
    );
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    let positions: Vec<usize> = (1..=7)
        .map(|i| {
            text.find(&format!("Section {i} of the guide"))
                .unwrap_or_else(|| panic!("paragraph {i} missing: {text}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(!text.contains("deposit scheme"), "{text}");
}

#[test]
fn comment_feature_wrapper_inside_marked_body_is_kept() {
    // The marked article body wraps its text in a feature layer whose class
    // says "comment" (comment on a selected passage), and the page has a
    // real comment thread too: the body is the article, not the thread.
    let body: String = (1..=5).map(paragraph).collect();
    let html = page(&format!(
        "<main><h1>Nine money tips</h1><div class='post-content instapaper_body'>\
         <div class='commentOnSelection'><div id='postContent'>{body}</div></div></div>\
         <div class='comments-section'><div class='comment'><p>Great tips, thank you \
         for writing this, I will share it with my whole family tonight.</p></div></div></main>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in 1..=5 {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
    assert!(!text.contains("Great tips"), "{text}");
}

#[test]
fn link_box_beside_widget_modules_does_not_veto_them() {
    // As above, every part of the article is a "widget"; beside them, in the
    // same column, sits the author box: a paragraph of credentials and a
    // row of profile links. The box must not cost the article its body.
    let modules: String = (1..=24)
        .map(|i| {
            format!(
                "<div class='c-product-widget'><h2>Pick {i}</h2>\
                 <div class='c-product-widget__content'>{}</div></div>",
                paragraph(i)
            )
        })
        .collect();
    let html = page(&format!(
        "<div class='feature'><h1>Nine money tips</h1><div class='col'>\
         <div class='article-byline'><div class='article-byline__content'>\
         <div class='article-byline__written-by'><strong>Written by</strong> \
         <strong><a href='/authors/jane-roe'>Jane Roe</a></strong>, \
         <strong><a href='/authors/john-doe'>John Doe</a></strong>, and \
         <strong><a href='/authors/ann-lee'>Ann Lee</a></strong></div>\
         </div></div><div class='disclaimer-box'><p class='disclaimer'>Products are chosen \
         independently by our editors. Purchases made through our links may earn us a \
         commission.</p></div>\
         <div class='feature__content-block'>{modules}</div></div></div>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in 1..=24 {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
    assert!(!text.contains("John Doe"), "{text}");
}

#[test]
fn collapsed_accordion_panels_are_part_of_the_body() {
    // An FAQ in the WAI-ARIA accordion pattern: each answer is a region
    // labelled by its header button, hidden until opened. The answers are
    // the page's text; a hidden dialog is not.
    let panels: String = (1..=4)
        .map(|i| {
            format!(
                "<div class='accordion'><h3><button id='q{i}' aria-controls='a{i}' \
                 aria-expanded='false'>Question {i}</button></h3>\
                 <div id='a{i}' role='region' aria-labelledby='q{i}' style='display:none'>{}</div></div>",
                paragraph(i + 10)
            )
        })
        .collect();
    let intro: String = (1..=3).map(paragraph).collect();
    let html = page(&format!(
        "<main><article><h1>Nine money tips</h1>{intro}<h2>Questions</h2>{panels}</article>\
         <div class='modal' style='display: none'><p>Sign up to our newsletter to receive \
         every tip in your inbox before anyone else reads it, free of charge.</p></div></main>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in (1..=3).chain(11..=14) {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
    assert!(!text.contains("newsletter"), "{text}");
}

#[test]
fn a_page_of_full_posts_keeps_every_post() {
    // A blog page that shows its latest posts in full, one <article> each
    // with a row of links under it, the first post longest: the scoring
    // finds the first post, but the page's text is all of them.
    let posts: String = (1..=4)
        .map(|i| {
            let text: String = if i == 1 {
                (20..=22).map(paragraph).collect()
            } else {
                (i * 10..i * 10 + 2).map(paragraph).collect()
            };
            format!(
                "<article class='entry cf'><h2>Post {i}</h2>\
                 <div class='entry-body'><div class='html-block'>{text}</div>\
                 <p class='entry-links'><a href='/p/{i}/a'>Share this post with a friend</a> \
                 <a href='/p/{i}/b'>Print this post for later</a> \
                 <a href='/p/{i}/c'>Save this post to your list</a></p></div></article>"
            )
        })
        .collect();
    let html = page(&format!(
        "<section class='blog-list'>{posts}</section>\
         <aside><p>About the bank: we have served the harbour towns since 1902.</p></aside>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/blog")).unwrap();
    let text = a.body_text();
    for i in [20, 21, 22, 20, 21, 30, 31, 40, 41] {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
}

#[test]
fn every_panel_of_an_accordion_guide_is_kept() {
    // A guide set as an accordion: each step is a panel (heading button and
    // a rich-text region, each in its own wrapper) and each panel holds
    // about the same amount of text. No single panel is the article.
    let panels: String = (1..=5)
        .map(|i| {
            format!(
                "<div class='es-accordion'><h3><button>Step {i}</button></h3>\
                 <div class='es-accordion__content'><div class='rich-text'>{}{}\
                 <ul><li><a href='/calc/{i}'>Open the budget calculator for step {i}</a></li>\
                 <li><a href='/guide/{i}'>Read the full guide to step {i} of the plan</a></li></ul>\
                 </div></div></div>",
                // The first step is the longest.
                if i == 1 {
                    (20..=23).map(paragraph).collect::<String>()
                } else {
                    paragraph(i)
                },
                paragraph(i + 10)
            )
        })
        .collect();
    let html = page(&format!(
        "<main><h1>Nine money tips</h1><div class='intro'><p>Short intro.</p></div>\
         <div class='es-accordion-list'>{panels}</div>\
         <div class='cta'><a href='/apply'>Apply now</a></div></main>"
    ));
    let a = newsprint::extract(&html, Some("https://bank.example/tips")).unwrap();
    let text = a.body_text();
    for i in (2..=5).chain(11..=15).chain(20..=23) {
        assert!(
            text.contains(&format!("Section {i} of the guide")),
            "{text}"
        );
    }
}

#[test]
fn a_long_legal_notice_in_the_page_footer_never_wins() {
    // A short programme page in <main>; the site's footer carries two long
    // paragraphs of disclaimers, longer than the article itself.
    let notice = "<p>This material is provided for general information only and does \
        not replace the advice of a qualified adviser. Figures were obtained from sources \
        believed to be reliable but are not guaranteed, may change without notice and may \
        not reflect the current view of the firm or of any of its partners or affiliates.</p>\
        <p>Products described on this site may not be available in every region. The firm \
        and its employees accept no responsibility for the content of other websites or \
        social networks linked from these pages. Please do not send personal information \
        by email, and contact the office by telephone for any question about a policy.</p>\
        <p>Advisory services are offered through a registered adviser and only in the \
        states where it is registered or exempt from registration. Investment products are \
        not insured by any government agency, are not deposits and may lose value, \
        including the amount first invested; past results do not promise future ones.</p>";
    let html = format!(
        "<!doctype html><html lang='en'><head><title>Van rental programme | Quay Cover</title>\
         </head><body><header class='site-header'><a href='/'>Quay Cover</a></header>\
         <main class='l-main'><section class='l-section'><div class='cols'><div class='col'>\
         <h1>Van rental programme</h1><p>Request our free guide</p></div></div></section>\
         <section class='l-section'><div class='cols'><div class='col'><div class='text-column'>\
         <div class='wrapper'><p>Careful screening of renters keeps unqualified drivers away \
         from your vans: sound practice at the rental counter is the first step to keeping \
         your fleet safe and in good condition.</p><p><strong>The guide covers:</strong></p>\
         <ul><li>Procedures at the rental counter</li><li>Rentals to visiting drivers</li>\
         <li>Reporting a loss</li><li>Vehicles with hand controls</li></ul></div></div></div></div>\
         </section></main>\
         <footer id='page-footer' class='l-footer'><section class='l-section'><div class='cols'>\
         <div class='col'><div class='text-column'><div class='wrapper'>\
         {notice}<p>Copyright 2024 Quay Cover. All rights reserved.</p></div></div></div></div>\
         </section></footer>\
         </body></html>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("rental counter"), "{text}");
    assert!(!text.contains("qualified adviser"), "{text}");
}

/// A landing page: the main column is a hero, a list of features, a
/// "how it works" text, a row of quotes and questions with answers. Only
/// the "how it works" text is paragraphs, and it scores best; it must not
/// stand for the page.
fn landing_page(declared: &str) -> String {
    let names = [
        "Live berths",
        "Crane plans",
        "Crew rosters",
        "Tide alerts",
        "Pilot calls",
        "Shift notes",
        "Cargo lists",
        "Weather feed",
    ];
    let features: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<li><strong>{name}</strong> Feature {}: one screen shows every berth and \
                 crew, updated each minute</li>",
                i + 1
            )
        })
        .collect();
    let answers: String = (1..=6)
        .map(|i| {
            format!(
                "<details><summary>Question {i}</summary>Answer {i}: the planner runs in the \
                 browser and needs no installation on the quay</details>"
            )
        })
        .collect();
    format!(
        "<!doctype html><html lang='en'><head><title>Dock planner</title>{declared}</head>\
         <body><nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav><main>\
         <section class='hero'><h1>Plan your port in one place</h1>\
         <span>Harbour teams use the dock planner to run berths, cranes and crews</span></section>\
         <section class='features'><h2>What you get</h2><ul class='grid'>{features}</ul></section>\
         <section class='how'><h2>How it works</h2><div class='text'><p>Connect the planner to \
         your port's systems, import the berth map and the crane list, and invite the shift \
         leaders, the pilots and the berth masters, each with their own view.</p><p>From the \
         first day, every change a pilot, a crane driver or a berth master makes shows up on \
         the shared plan, so nobody works from yesterday's printout, and the office sees at a \
         glance where a ship will wait, which crane is free, and when the next tide window \
         opens for the deep berths.</p></div></section>\
         <section class='quotes'><h2>What harbour masters say</h2>\
         <blockquote>We cut waiting times at the north pier by a third in one season</blockquote>\
         <blockquote>The crews finally see the same plan as the office does</blockquote></section>\
         <section class='questions'><h2>Questions</h2>{answers}</section>\
         </main><footer><p>© Dock Planner Ltd.</p></footer></body></html>"
    )
}

/// The landing page's body holds every section (the intro, the feature
/// grid, the story, the FAQ) and not the site footer.
fn assert_every_section_is_the_body(a: &newsprint::Article) {
    let text = a.body_text();
    assert!(text.contains("shift leaders"), "{text}");
    assert!(text.contains("Feature 3"), "{text}");
    assert!(text.contains("north pier by a third"), "{text}");
    assert!(text.contains("Answer 5"), "{text}");
    assert!(!text.contains("Dock Planner Ltd"), "{text}");
    assert_eq!(a.body_source, BodySource::MainColumn);
}

#[test]
fn every_section_of_a_landing_page_is_the_body() {
    let a = newsprint::extract(&landing_page(""), Some("https://dockplanner.example/")).unwrap();
    assert_every_section_is_the_body(&a);
}

#[test]
fn an_article_keeps_its_best_node_inside_a_busy_main_column() {
    // The same column on a page that declares an article: there the rest
    // of the main column is furniture around the story, not the story.
    let head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\
                \"headline\":\"Plan your port in one place\"}</script>";
    let a = newsprint::extract(
        &landing_page(head),
        Some("https://dockplanner.example/news/x"),
    )
    .unwrap();
    let text = a.body_text();
    assert!(text.contains("shift leaders"), "{text}");
    assert!(!text.contains("Answer 5"), "{text}");
    assert_eq!(a.body_source, BodySource::Heuristics);
}

#[test]
fn every_section_of_a_landing_page_without_main_is_the_body() {
    // The same sections, stacked as children of <body> with no element
    // marked as main: the headline's column holds them all.
    let html = landing_page("")
        .replace("<main>", "")
        .replace("</main>", "");
    let a = newsprint::extract(&html, Some("https://dockplanner.example/")).unwrap();
    assert_every_section_is_the_body(&a);
}
