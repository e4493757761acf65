//! `Article::page_kind` on pages of each kind, written for these tests.

use newsprint::{Extractor, PageKind};

fn kind_of(html: &str, url: &str) -> (PageKind, f32) {
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex.extract(html, Some(url)).unwrap();
    (a.page_kind, a.kind_confidence)
}

const PROSE: &str = "<p>The harbour board voted on Tuesday to move the ferry terminal closer to the \
    old market, a plan that adds a covered walkway for passengers waiting in the rain during the \
    long winter months and a new ticket hall.</p>";

#[test]
fn a_dated_signed_story_is_an_article() {
    let html = format!(
        r#"<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-01T08:00:00Z">
        <h1>Ferry terminal moves to the old market</h1><p class="byline">By Mira Holt</p>{}"#,
        PROSE.repeat(6)
    );
    let (k, c) = kind_of(
        &html,
        "https://gazette.example/news/2025/03/01/ferry-terminal-moves-to-old-market",
    );
    assert_eq!(k, PageKind::Article);
    assert!(c > 0.8, "{c}");
}

#[test]
fn a_product_page_is_a_product() {
    let html = r#"<script type="application/ld+json">{"@type":"Product","name":"Blue kettle","offers":{"@type":"Offer","price":"39.00","priceCurrency":"EUR"}}</script>
        <h1>Blue kettle</h1><p class="price">€39.00</p><button>Add to cart</button>
        <p>A 1.5 litre kettle with a blue enamel finish, a whistle and a wooden handle that stays cool.</p>"#;
    assert_eq!(
        kind_of(html, "https://shop.example/products/blue-kettle").0,
        PageKind::Product
    );
}

#[test]
fn a_thread_of_posts_is_a_forum() {
    let post = |who: &str| {
        format!(
            r#"<div class="post"><span class="author">{who}</span><time>2 days ago</time>
            <div class="message">My kettle stopped switching off by itself after the descaling, and the light stays on. Has anyone had the same problem with this model?</div></div>"#
        )
    };
    let html = format!(
        "<h1>Kettle does not switch off</h1>{}{}{}{}",
        post("ana"),
        post("tom"),
        post("li"),
        post("jo")
    );
    assert_eq!(
        kind_of(
            &html,
            "https://talk.example/t/kettle-does-not-switch-off/812"
        )
        .0,
        PageKind::Forum
    );
}

#[test]
fn a_manual_page_with_code_is_documentation() {
    let html = format!(
        "<h1>Installing the client</h1>{PROSE}<pre><code>cargo install client</code></pre>{PROSE}<pre><code>client --help</code></pre>"
    );
    assert_eq!(
        kind_of(&html, "https://docs.client.example/guide/install").0,
        PageKind::Documentation
    );
}

#[test]
fn a_page_of_teasers_is_a_listing_with_its_teasers_as_data() {
    // Not yet: the footer line "© Daily Planet" still comes back as the body.
    let mut items = String::new();
    for i in 0..14 {
        items.push_str(&format!(
            r#"<li><a href="/world/story-number-{i}-about-the-coast">Storm damage on the coast, part {i}</a><p>Short summary {i}.</p></li>"#
        ));
    }
    let html = format!(
        r#"<title>World | Daily Planet</title><nav><a href="/">Home</a><a href="/world">World</a></nav>
        <main><h1>World</h1><ul class="teasers">{items}</ul></main>
        <footer><p>World</p><p>© Daily Planet</p></footer>"#
    );
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex
        .extract(&html, Some("https://planet.example/world"))
        .unwrap();
    assert_eq!(a.page_kind, PageKind::Listing, "{a:?}");
    let teasers: usize = a.related.iter().map(|l| l.items.len()).sum();
    assert_eq!(teasers, 14, "{:?}", a.related);
}

#[test]
fn a_company_home_page_is_a_service() {
    let html = "<title>Kettle Repairs Ltd</title><h1>We fix kettles</h1>\
        <p>Fast repairs for every make, collected from your door.</p><h2>Prices</h2><p>From 15 pounds.</p><a href=/contact>Contact us</a>";
    assert_eq!(
        kind_of(html, "https://kettlerepairs.example/").0,
        PageKind::Service
    );
}

/// A section front: a heading, a line of intro, and rows of teaser cards
/// (headline link and summary each), then a footer.
fn section_front(rows: usize) -> String {
    let mut grid = String::new();
    for r in 0..rows {
        grid.push_str(r#"<div class="row">"#);
        for c in 0..3 {
            grid.push_str(&format!(
                r#"<div class="card"><a href="/coast/story-{r}-{c}-storm-damage"><img src="/i/{r}{c}.jpg" alt=""></a>
                <h3><a href="/coast/story-{r}-{c}-storm-damage">Storm damage on the north coast, report {r}{c}</a></h3>
                <p>Harbour walls gave way in row {r}, column {c}; the council counts the cost.</p></div>"#
            ));
        }
        grid.push_str("</div>");
    }
    format!(
        r#"<title>Coast | Daily Planet</title><div id="page"><h1>Coast</h1><p>News from the coast towns.</p>
        <div class="grid">{grid}</div></div>
        <div id="site-info"><p>Daily Planet, 1 Harbour Street. All rights reserved by the publisher.</p>
        <a href="/about">About us</a> <a href="/contact">Contact</a></div>"#
    )
}

#[test]
fn a_page_of_teaser_cards_has_them_in_its_body_not_the_footer() {
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex
        .extract(&section_front(3), Some("https://planet.example/coast"))
        .unwrap();
    let text = a.to_text();
    for (r, c) in [(0, 0), (1, 2), (2, 1)] {
        assert!(
            text.contains(&format!("Storm damage on the north coast, report {r}{c}")),
            "{text}"
        );
        assert!(
            text.contains(&format!("Harbour walls gave way in row {r}, column {c}")),
            "{text}"
        );
    }
    assert!(!text.contains("All rights reserved"), "{text}");
    // The teasers stay data too.
    let teasers: usize = a.related.iter().map(|l| l.items.len()).sum();
    assert_eq!(teasers, 9, "{:?}", a.related);
}

#[test]
fn an_article_keeps_its_teaser_grid_out_of_the_body() {
    let html = section_front(3).replace(
        "<p>News from the coast towns.</p>",
        &format!("<p class=byline>By Mira Holt</p>{}", PROSE.repeat(6)),
    );
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex
        .extract(
            &html,
            Some("https://planet.example/coast/2025/03/01/harbour-walls"),
        )
        .unwrap();
    let text = a.to_text();
    assert!(text.contains("ferry terminal"), "{text}");
    assert!(!text.contains("Storm damage on the north coast"), "{text}");
}

#[test]
fn a_grid_of_product_tiles_is_the_body_of_a_category_page() {
    // Each tile's only link is a 'View' button: no headline link marks it
    // as a teaser.
    let mut tiles = String::new();
    for i in 0..12 {
        tiles.push_str(&format!(
            r#"<li class="tile"><img src="/i/{i}.jpg" alt="">
            <div class="tile-name">Trail Boot Model {i} - Waterproof Leather</div>
            <div class="tile-rating">{i} reviews, average 4 of 5 stars</div>
            <span class="tile-price">${i}9.00</span><a href="/p/{i}">View</a></li>"#
        ));
    }
    let filters: String = (0..10)
        .map(|i| format!(r#"<a href="/c/hiking-boots?size={i}">Size {i}</a> "#))
        .collect();
    let html = format!(
        r#"<title>Hiking boots | Outfitter</title><div class="top"><a href="/">Outfitter</a></div>
        <div id="main"><div class="intro"><h1>Hiking boots</h1><p>Boots for long days on rough trails, chosen by our staff, with free returns within thirty days of delivery.</p></div>
        <div class="filters">{filters}</div><ul class="results">{tiles}</ul></div>
        <div class="bottom"><p>Outfitter Ltd. Prices include tax. All rights reserved.</p></div>"#
    );
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex
        .extract(&html, Some("https://outfitter.example/c/hiking-boots"))
        .unwrap();
    let text = a.to_text();
    for i in [0, 5, 11] {
        assert!(
            text.contains(&format!("Trail Boot Model {i} - Waterproof Leather")),
            "{text}"
        );
    }
    assert!(!text.contains("All rights reserved"), "{text}");
    assert_eq!(a.page_kind, PageKind::Collection, "{text}");
}

/// A company site's chrome: a menu, a newsletter form, a footer with a
/// copyright year.
fn company_chrome(main: &str) -> String {
    format!(
        r#"<header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav></header>
        <main>{main}</main>
        <footer><form action="/subscribe"><input name="email"><button>Subscribe</button></form>
        <p>© 2025 Harbour Heating Ltd. All rights reserved.</p></footer>"#
    )
}

#[test]
fn an_undated_how_to_post_on_a_company_site_is_an_article() {
    let step = |n: usize| {
        format!(
            "<h2>Step {n}</h2><p>Turn the small square valve at the top corner of the radiator a quarter \
            turn with the key, hold a cloth under it, and wait until the hissing stops and a steady drop of \
            water appears, which tells you the trapped air has left that part of the system for now.</p>"
        )
    };
    let steps: String = (1..=6).map(step).collect();
    let html = company_chrome(&format!(
        "<title>How to bleed a radiator without making a mess</title>\
        <h1>How to bleed a radiator without making a mess</h1>{steps}"
    ));
    let (k, _) = kind_of(
        &html,
        "https://harbourheating.example/blog/how-to-bleed-a-radiator",
    );
    assert_eq!(k, PageKind::Article);
}

#[test]
fn a_company_service_page_with_a_stated_date_is_a_service() {
    // Site software states a date and `og:type` article on every page.
    let offer = |name: &str| {
        format!(
            "<h2>{name}</h2><p>Our engineers arrive within the hour and we carry the parts for most boilers.</p>\
            <ul><li>Fixed price</li><li>Twelve month guarantee</li></ul>"
        )
    };
    let offers: String = [
        "Boiler repair",
        "Annual service",
        "Power flushing",
        "Smart thermostats",
    ]
    .iter()
    .map(|n| offer(n))
    .collect();
    let html = format!(
        r#"<meta property="og:type" content="article"><meta property="article:published_time" content="2023-05-02T10:00:00Z">
        {}"#,
        company_chrome(&format!(
            "<title>Heating Engineers in Portside</title><h1>Heating Engineers in Portside</h1>\
            <p>We keep homes in Portside warm all year. Our team is gas safe registered and we answer the phone day and night.</p>\
            {offers}<h2>Book a visit</h2><p>Call us or use our booking form and we will confirm within the hour.</p>"
        ))
    );
    let (k, _) = kind_of(
        &html,
        "https://harbourheating.example/heating-engineers-in-portside/",
    );
    assert_eq!(k, PageKind::Service);
}

#[test]
fn a_blog_index_of_dated_cards_is_a_listing() {
    let mut cards = String::new();
    for i in 1..=12 {
        cards.push_str(&format!(
            r#"<article class="card"><h2><a href="/blog/notes-from-the-workshop-part-{i}">Notes from the workshop, part {i}</a></h2>
            <time datetime="2025-02-{i:02}">{i} February 2025</time><p>Valves, seals and a stubborn pump in the old boiler room.</p>
            <a href="/blog/notes-from-the-workshop-part-{i}">Read more</a></article>"#
        ));
    }
    let html = company_chrome(&format!("<title>Blog</title><h1>Blog</h1>{cards}"));
    let (k, _) = kind_of(&html, "https://harbourheating.example/blog/");
    assert_eq!(k, PageKind::Listing);
}

/// A shop's category page at a plain address: product cards that repeat
/// one class, each with a linked name and a price, under "Sort by" and
/// "Filter" controls. The cards' structure and the grid's controls say
/// collection, though neither the URL nor the page declares it.
#[test]
fn a_sortable_grid_of_priced_cards_is_a_collection() {
    let mut cards = String::new();
    for (i, name) in [
        "Blue enamel kettle",
        "Copper whistling kettle",
        "Glass tea kettle",
        "Stovetop kettle, matt black",
        "Electric gooseneck kettle",
        "Travel kettle, 0.5 litre",
        "Cast iron kettle",
        "Camping kettle with handle",
        "Cordless kettle, white",
        "Retro kettle, cream",
        "Kettle with filter",
        "Steel kettle, 2 litre",
    ]
    .iter()
    .enumerate()
    {
        cards.push_str(&format!(
            r#"<div class="product-card"><a href="/p/{i}"><img src="/img/{i}.jpg" alt=""></a>
            <h3><a href="/p/{i}">{name}</a></h3><span class="amount">${}.99</span>
            <button>Quick view</button><button>Add to cart</button></div>"#,
            20 + i
        ));
    }
    let html = format!(
        r#"<html><head><title>Kettles</title></head><body>
        <nav><a href="/">Home</a> <a href="/kitchen">Kitchen</a></nav>
        <h1>Kettles</h1><div class="toolbar"><button>Filter</button><label>Sort by</label>
        <select><option>Price</option></select></div>
        <div class="grid">{cards}</div>
        <footer>Kettle House, 4 Mill Lane</footer></body></html>"#
    );
    let (k, _) = kind_of(&html, "https://kettlehouse.example/kettles-teapots");
    assert_eq!(k, PageKind::Collection);
}

/// A manual's page without code blocks or a documentation address: the
/// page's furniture ("On this page", "Edit this page", "View source", "Was
/// this page helpful?") and commands in inline code say documentation.
#[test]
fn a_manual_page_with_its_furniture_is_documentation() {
    let section = |h: &str, c: &str| {
        format!(
            "<h2>{h}</h2><p>Open the settings panel and choose the option named here, or run \
            <code>notebox {c}</code>; the change applies to every project of the account from the \
            next sync on, and the previous value stays in the history of the workspace for thirty \
            days.</p>"
        )
    };
    let html = format!(
        r##"<html><head><title>Sync settings</title></head><body>
        <nav><a href="/start">Start</a> <a href="/sync">Sync</a> <a href="/sharing">Sharing</a></nav>
        <aside><p>On this page</p><ul><li><a href="#a">Schedule</a></li><li><a href="#b">Conflicts</a></li></ul></aside>
        <main><h1>Sync settings</h1>{}{}{}{}
        <a href="https://git.example/edit">Edit this page</a> <a href="https://git.example/src">View source</a>
        <p>Was this page helpful?</p></main></body></html>"##,
        section("Schedule", "sync --every 1h"),
        section("Conflicts", "sync --keep both"),
        section("Folders", "sync --add ~/notes"),
        section("Devices", "devices list")
    );
    let (k, _) = kind_of(&html, "https://notebox.example/help/sync-settings");
    assert_eq!(k, PageKind::Documentation);
}
