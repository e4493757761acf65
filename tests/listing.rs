//! Listing and collection pages (a section front, a shop's category grid):
//! their list of cards is the body. Pages written for these tests.

use newsprint::{Article, Extractor};

fn best_effort(html: &str, url: &str) -> Article {
    let ex = Extractor::builder().best_effort(true).build();
    ex.extract(html, Some(url)).unwrap()
}

/// Product tiles: a name, a line of detail, a price, a link.
fn tiles(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                r#"<li class="tile"><a href="/p/{i}"><img src="/i/{i}.jpg" alt=""></a>
                <div class="tile-name"><a href="/p/{i}">Roasted Bean Blend Number {i}</a></div>
                <div class="tile-note">Dark roast, whole bean, 400 g bag</div>
                <span class="tile-price">${i}4.99</span></li>"#
            )
        })
        .collect()
}

/// Product tiles whose only link is a "View" button (no headline link
/// marks them as teasers).
fn plain_tiles(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                r#"<li class="tile"><img src="/i/{i}.jpg" alt="">
                <div class="tile-name">Roasted Bean Blend Number {i}</div>
                <div class="tile-note">Dark roast, whole bean, 400 g bag</div>
                <span class="tile-price">${i}4.99</span><a href="/p/{i}">View</a></li>"#
            )
        })
        .collect()
}

#[test]
fn a_grid_hidden_until_a_script_shows_it_is_the_body() {
    // A storefront gate hides the whole main column with an inline style
    // until its script runs; the visible rest is a banner and a footer.
    let html = format!(
        r#"<title>Coffee | Roastery</title>
        <div class="banner"><p>Enter our prize draw for a year of coffee today.</p></div>
        <main><div class="gate-content" style="display:none">
        <h1>Coffee</h1><p>Whole beans and ground coffee, roasted weekly.</p>
        <ul class="grid">{}</ul></div></main>
        <footer><p>Roastery Ltd. All rights reserved.</p></footer>"#,
        tiles(12)
    );
    let a = best_effort(&html, "https://roastery.example/collections/coffee");
    let text = a.to_text();
    for i in [0, 6, 11] {
        assert!(
            text.contains(&format!("Roasted Bean Blend Number {i}")),
            "{text}"
        );
    }
    // A part hidden on purpose, keeping its place, stays out.
    let hidden = html.replace("display:none", "visibility:hidden");
    let a = best_effort(&hidden, "https://roastery.example/collections/coffee");
    assert!(
        !a.to_text().contains("Roasted Bean Blend"),
        "{}",
        a.to_text()
    );
}

#[test]
fn the_grid_is_not_a_menu_of_like_entries_in_the_navigation() {
    // The navigation's mega-menu holds more text, in like entries, than
    // the product grid: it is not the page's list.
    let menu: String = (0..30)
        .map(|i| {
            format!(
                r#"<li class="menu-entry"><a href="/c/{i}">Department {i}</a>
                <span>Everything for the kitchen and the garden, aisle {i}</span></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<title>Coffee | Roastery</title>
        <nav><ul class="mega">{menu}</ul></nav>
        <div class="notice"><p>Free delivery on every order over fifty dollars, all week long.</p></div>
        <div id="main"><h1>Coffee</h1><ul class="grid">{}</ul></div>"#,
        plain_tiles(8)
    );
    let a = best_effort(&html, "https://roastery.example/collections/coffee");
    let text = a.to_text();
    for i in [0, 7] {
        assert!(
            text.contains(&format!("Roasted Bean Blend Number {i}")),
            "{text}"
        );
    }
    assert!(!text.contains("Department 3"), "{text}");
}

#[test]
fn a_cards_text_in_a_caption_box_is_body_text() {
    // Bootstrap's thumbnail cards: the picture, then a box classed
    // "caption" that holds the product's name, maker and price.
    let cards: String = (0..9)
        .map(|i| {
            format!(
                r#"<div class="product"><div class="thumbnail">
                <a href="/p/{i}"><img src="/i/{i}.jpg" alt="Beamer Model {i} Laser Projector"></a>
                <a class="box" href="/p/{i}"><div class="caption">
                <div class="name">Beamer Model {i} Laser Projector</div>
                <div>Maker: Lumen Works</div><div>Price: ${i}99.00</div></div></a></div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<title>Projectors | AV Shop</title><div class="top"><a href="/">AV Shop</a></div>
        <div id="content"><h1>Projectors</h1><div class="product-list">{cards}</div></div>"#
    );
    let a = best_effort(&html, "https://avshop.example/projectors");
    let text = a.to_text();
    for i in [0, 4, 8] {
        assert!(
            text.contains(&format!("Beamer Model {i} Laser Projector")),
            "{text}"
        );
        assert!(text.contains(&format!("Price: ${i}99.00")), "{text}");
    }
}

#[test]
fn a_short_list_body_is_no_error() {
    // Eight department tiles and little else: fewer than 25 words, but the
    // body is the page's list, which says what the page is.
    let names = [
        "Refrigerator Accessories",
        "Bluetooth Loudspeakers",
        "Rechargeable Powerbanks",
        "Photographic Equipment",
        "Computer Peripherals",
        "Smartphone Accessories",
        "Television Wallmounts",
        "Kitchen Appliances",
    ];
    let tiles: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                r#"<li class="department"><a href="/c/{i}"><img src="/i/{i}.png" alt="">
                <span class="department-name">{n}</span> <mark class="count">({i}4)</mark></a></li>"#
            )
        })
        .collect();
    let html = format!(
        r#"<title>Electronics | Gadget Store</title><div id="main"><ul class="departments">{tiles}</ul></div>"#
    );
    let a = newsprint::extract(&html, Some("https://gadgets.example/electronics/"))
        .expect("a list body is not 'no article'");
    assert!(
        a.to_text().contains("Rechargeable Powerbanks"),
        "{}",
        a.to_text()
    );
    assert!(a.word_count < 25, "{}", a.word_count);
}

/// A section front with a long introduction: about 1,400 bytes of prose,
/// then thirty teaser cards.
fn front_with_long_intro(head: &str) -> String {
    let intro = "<p>Our technology desk follows the companies, the laws and the people \
        that shape the machines we use every day, from chips to cloud services.</p>"
        .repeat(10);
    let cards: String = (0..30)
        .map(|i| {
            format!(
                r#"<div class="card"><a href="/tech/story-{i}"><img src="/i/{i}.jpg" alt=""></a>
                <h3><a href="/tech/story-{i}">Chip makers race to build the next factory, part {i}</a></h3>
                <span class="summary">Plants in three countries compete for the orders of the year, and suppliers wait on the outcome {i}.</span></div>"#
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Technology | Daily Planet</title>{head}</head><body>
        <div id="page"><div class="top"><h1>Technology</h1><div class="intro">{intro}</div></div>
        <div class="stream">{cards}</div></div></body></html>"#
    )
}

#[test]
fn a_long_intro_does_not_hide_the_list_of_a_page_that_is_no_article() {
    let a = best_effort(
        &front_with_long_intro(""),
        "https://planet.example/technology",
    );
    let text = a.to_text();
    for i in [0, 15, 29] {
        assert!(
            text.contains(&format!(
                "Chip makers race to build the next factory, part {i}"
            )),
            "{text}"
        );
    }
    // The same page declaring itself a news article keeps its body short:
    // the cards are teasers.
    let declared = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Technology"}</script>"#;
    let a = best_effort(
        &front_with_long_intro(declared),
        "https://planet.example/technology",
    );
    assert!(!a.to_text().contains("part 29"), "{}", a.to_text());
}

#[test]
fn a_grid_inside_a_related_products_section_is_the_body() {
    // A shop's category page puts its one product grid inside a section
    // headed and class-named as related products (a theme's name for any
    // grid): the section's teaser mark does not keep the grid out of the
    // body once the grid is taken as the page's list.
    let cards: String = (0..10)
        .map(|i| {
            format!(
                r#"<div class="tile"><a href="/p/{i}"><img src="/i/{i}.jpg" alt="">
                <div class="tile-name">Folding Pruning Saw Number {i}</div>
                <div class="tile-note">Hardened steel blade, 250 mm</div>
                <span class="tile-price">${i}4.99</span></a></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<title>Garden tools | Toolshed</title>
        <div class="page"><div class="content"><h1>Garden tools</h1>
        <p>Everything for the garden, from pruning saws to watering cans, picked by our staff.</p>
        <section class="related-product"><h2>Related products</h2>
        <div class="container"><div class="grid">{cards}</div></div></section>
        </div></div>
        <footer><p>Toolshed Ltd. All rights reserved.</p></footer>"#
    );
    let a = best_effort(&html, "https://toolshed.example/garden-tools");
    let text = a.to_text();
    for i in [0, 5, 9] {
        assert!(
            text.contains(&format!("Folding Pruning Saw Number {i}")),
            "{text}"
        );
    }
    assert!(!text.contains("All rights reserved"), "{text}");
}

#[test]
fn a_part_class_named_as_junk_in_every_card_is_written() {
    // Every result holds its linked title and its authors in a block
    // class-named "meta" (a junk word elsewhere: an article's date line):
    // repeated in each card of the page's list, it is the card's text.
    let results: String = (0..12)
        .map(|i| {
            format!(
                r#"<div class="result"><span class="num">[{i}]</span>
                <div class="meta"><a href="/abs/{i}">Learning sparse tables from few examples, study {i}</a>
                <span class="authors">A. Lind, B. Okafor</span></div></div>"#
            )
        })
        .collect();
    let html = format!(
        r#"<title>Recent papers | Archive</title>
        <div class="page"><h1>Recent papers</h1><p>New this week in machine learning.</p>
        <div class="results">{results}</div></div>"#
    );
    let a = best_effort(&html, "https://archive.example/list/recent");
    let text = a.to_text();
    for i in [0, 6, 11] {
        assert!(
            text.contains(&format!(
                "Learning sparse tables from few examples, study {i}"
            )),
            "{text}"
        );
    }
}
