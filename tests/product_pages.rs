//! The body of pages that are not articles: product pages, copies made
//! for scripts, modal dialogs. Every page here is written for these tests.

use newsprint::Extractor;

fn body_of(html: &str, url: &str) -> String {
    let ex = Extractor::builder().best_effort(true).build();
    ex.extract(html, Some(url)).unwrap().body_text()
}

/// A customer review: long prose, the kind the scorer likes best.
fn review(n: usize) -> String {
    format!(
        r#"<div class="review"><p>Review {n}: I have used this kettle every morning for three months now,
        and it still boils quickly, the whistle is loud enough to hear from the garden, and the
        handle has never been too hot to hold, even when the pot was full to the brim.</p>
        <p>The enamel chipped a little near the spout after a fall, which is my fault, but it has
        not rusted, and the lid still closes firmly, so I would buy it again without a doubt.</p></div>"#
    )
}

fn kettle_page(head: &str) -> String {
    format!(
        r#"<html><head><title>Blue kettle – Kettle Shop</title>{head}</head>
        <body><nav><a href="/">Home</a> <a href="/kettles">Kettles</a></nav>
        <main><div class="product">
          <div class="product-top">
            <div class="gallery"><img src="/k.jpg" alt="Blue kettle"></div>
            <div class="buy"><h1>Blue kettle</h1><p>€39.00</p><button>Add to cart</button></div>
          </div>
          <div class="details">
            <h2>Description</h2>
            <p>A 1.5 litre stovetop kettle in blue enamel with a whistle.</p>
            <p>Made in a small works in Portugal, enamelled twice and fired by hand.</p>
            <h2>Specifications</h2>
            <ul><li>Capacity: 1.5 litres</li><li>Material: enamelled steel</li>
            <li>Handle: beech wood</li><li>Hobs: gas, electric, induction</li></ul>
          </div>
          <section class="reviews"><h2>What customers say</h2>{}</section>
        </div></main>
        <footer><p>© Kettle Shop</p></footer></body></html>"#,
        (1..=4).map(review).collect::<String>()
    )
}

#[test]
fn a_product_page_body_is_the_product_not_its_reviews() {
    let html = kettle_page(
        r#"<script type="application/ld+json">{"@type":"Product","name":"Blue kettle"}</script>"#,
    );
    let body = body_of(&html, "https://shop.example/products/blue-kettle");
    assert!(body.contains("stovetop kettle in blue enamel"), "{body}");
    assert!(body.contains("Material: enamelled steel"), "{body}");
    assert!(!body.contains("© Kettle Shop"), "{body}");
}

#[test]
fn a_product_page_leaves_its_customer_reviews_out() {
    let html = kettle_page(
        r#"<script type="application/ld+json">{"@type":"Product","name":"Blue kettle"}</script>"#,
    );
    let body = body_of(&html, "https://shop.example/products/blue-kettle");
    assert!(body.contains("Material: enamelled steel"), "{body}");
    assert!(!body.contains("Review 1:"), "{body}");
}

#[test]
fn a_critics_review_of_a_product_stays() {
    // The review is the page's text: it is never left out.
    let html = format!(
        r#"<html><head><title>Blue kettle review</title>
        <script type="application/ld+json">{{"@type":"Product","name":"Blue kettle"}}</script></head>
        <body><main><h1>Blue kettle review</h1><div class="review">{}</div></main></body></html>"#,
        (1..=3).map(review).collect::<String>()
    );
    let body = body_of(&html, "https://mag.example/blue-kettle-review");
    assert!(body.contains("Review 2:"), "{body}");
}

#[test]
fn a_page_with_a_cart_button_is_read_as_a_product() {
    // No structured data: the "Add to cart" control says it.
    let body = body_of(&kettle_page(""), "https://shop.example/kettles/blue");
    assert!(body.contains("stovetop kettle in blue enamel"), "{body}");
    assert!(body.contains("Material: enamelled steel"), "{body}");
}

#[test]
fn a_page_that_is_no_product_keeps_its_body() {
    // The same layout without a Product declaration: the frame is not used,
    // the reviews (the page's prose) stay the body.
    let html = format!(
        r#"<html><head><title>Blue kettle – Kettle Shop</title></head>
        <body><main><div class="buy"><h1>Blue kettle</h1></div>
        <div class="details"><p>A short note.</p></div>
        <section class="reviews">{}</section></main></body></html>"#,
        (1..=4).map(review).collect::<String>()
    );
    let body = body_of(&html, "https://shop.example/notes/blue-kettle");
    assert!(body.contains("Review 1:"), "{body}");
    assert!(!body.contains("A short note."), "{body}");
}

#[test]
fn a_closed_modal_dialog_is_not_the_body_however_long() {
    let policy = "<p>We process personal information for our legitimate purposes of running our \
        business, complying with applicable laws and protecting our websites, our customers and \
        anyone who uses our services, and we keep it only as long as the law requires.</p>"
        .repeat(12);
    let html = format!(
        r#"<html><head><title>Opening hours</title></head><body>
        <main><h1>Opening hours</h1>
        <p>The library on Quay Street opens from nine to six on weekdays and from ten to four on
        Saturdays; on Sundays and public holidays it stays closed, and the book drop by the
        side door takes returns at any hour of the day or night.</p></main>
        <footer><a href="/privacy">Privacy policy</a>
        <div role="dialog" aria-modal="true" class="policy"><h2>Privacy policy</h2>{policy}</div>
        </footer></body></html>"#
    );
    let body = body_of(&html, "https://library.example/hours");
    assert!(body.contains("Quay Street"), "{body}");
    assert!(!body.contains("legitimate purposes"), "{body}");
}

#[test]
fn a_cloned_slide_is_read_once() {
    let slide = |n: usize, clone: &str| {
        format!(
            r#"<div class="slide {clone}"><p>Quote {n}: the staff helped me choose a bike that fits,
            adjusted the saddle twice and called a week later to ask how the first rides went.</p>
            <span>Customer {n}</span></div>"#
        )
    };
    let html = format!(
        r#"<html><head><title>Our shop</title></head><body><main><h1>Our shop</h1>
        <p>We have repaired and sold bicycles on Mill Lane since 1984, and every bike that leaves
        the workshop has been checked by two mechanics, ridden around the block and cleaned.</p>
        <div class="testimonials">{}{}</div></main></body></html>"#,
        (1..=3).map(|n| slide(n, "")).collect::<String>(),
        (1..=3).map(|n| slide(n, "cloned")).collect::<String>()
    );
    let body = body_of(&html, "https://bikes.example/about");
    assert_eq!(body.matches("Quote 2:").count(), 1, "{body}");
    assert!(body.contains("Quote 3:"), "{body}");
}

#[test]
fn a_paragraph_the_text_repeats_stays() {
    // Repeated paragraphs of the text itself (not containers) are kept.
    let para = "<p>The tide comes in twice a day over the flats, and walkers who set out \
        without a tide table are caught by it every summer, some of them within sight of the shore.</p>";
    let html = format!(
        "<html><head><title>Tides</title></head><body><article><h1>Tides</h1>\
         <div>{para}<p>Guides lead walks at low water.</p></div><h2>Again</h2><div>{para}</div>\
         </article></body></html>"
    );
    let body = body_of(&html, "https://coast.example/tides");
    assert_eq!(body.matches("The tide comes in").count(), 2, "{body}");
}

#[test]
fn a_buy_box_body_grows_to_the_product_details() {
    // The scorer picks the buy box (it holds the one long paragraph); the
    // details beside it are the product too.
    let html = r#"<html><head><title>Glass cup 120 ml | Cup Co</title>
        <script type="application/ld+json">{"@type":"Product","name":"Glass cup 120 ml"}</script></head>
        <body><div class="site"><div class="product">
          <div class="images"><img src="/cup.jpg" alt="Glass cup"></div>
          <div class="summary"><h1>Glass cup 120 ml</h1><p class="price">€24.00</p>
            <p>A small reusable cup blown from borosilicate glass, with a silicone band that keeps
            your fingers cool, a lid that clicks shut, and nothing in it that is made of plastic.</p>
            <button>Add to cart</button></div>
          <div class="tabs"><h2>Features</h2>
            <ul><li>Holds 120 ml</li><li>Dishwasher safe</li><li>Fits under most espresso machines</li></ul>
            <h2>Care</h2><p>Rinse after use.</p></div>
        </div></div></body></html>"#;
    let body = body_of(html, "https://cups.example/product/glass-cup-120");
    assert!(body.contains("borosilicate glass"), "{body}");
    assert!(body.contains("Fits under most espresso machines"), "{body}");
}

/// A shop page whose description tab a script fills in: the markup holds
/// the buy box only, the JSON-LD states the description.
fn scripted_description_page(markup_description: &str) -> String {
    let description = "A stovetop kettle in blue enamel that holds one and a half litres, \
        whistles when the water boils, and sits on gas, electric and induction hobs alike. \
        Each one is enamelled twice and fired by hand in a small works in Portugal, \
        with a beech handle that stays cool.";
    format!(
        r#"<html><head><title>Blue kettle – Kettle Shop</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Product",
        "name":"Blue kettle","description":"{description}",
        "offers":{{"@type":"Offer","price":"39.00","priceCurrency":"EUR"}}}}</script></head>
        <body><nav><a href="/">Home</a> <a href="/kettles">Kettles</a></nav>
        <div class="product">
          <div class="gallery"><img src="/k.jpg" alt="Blue kettle"></div>
          <div class="buy"><h1>Blue kettle</h1><p>€39.00</p>
          <p>Free delivery on orders over €50, returns within 30 days.</p>
          <button>Add to cart</button></div>
          <div class="tabs" data-tab="description">{markup_description}</div>
        </div>
        <footer><p>© Kettle Shop</p></footer></body></html>"#
    )
}

#[test]
fn a_product_description_stated_only_in_json_ld_joins_the_body() {
    let html = scripted_description_page("");
    let body = body_of(&html, "https://shop.example/products/blue-kettle");
    assert!(body.contains("whistles when the water boils"), "{body}");
    assert!(body.contains("€39.00"), "{body}");
}

#[test]
fn a_product_description_already_in_the_markup_is_not_added_again() {
    let html = scripted_description_page(
        "<p>A stovetop kettle in blue enamel that holds one and a half litres, whistles when \
         the water boils, and sits on gas, electric and induction hobs alike.</p>\
         <p>Each one is enamelled twice and fired by hand in a small works in Portugal, with a \
         beech handle that stays cool.</p>",
    );
    let body = body_of(&html, "https://shop.example/products/blue-kettle");
    assert_eq!(
        body.matches("whistles when the water boils").count(),
        1,
        "{body}"
    );
}

/// A feature row written twice for screen sizes, Tailwind style: the
/// description under the picture for phones (`md:hidden`), beside the
/// heading for larger screens (`hidden md:block`).
fn feature_row(title: &str, text: &str) -> String {
    format!(
        r#"<div class="flex flex-col md:flex-row gap-4">
          <div class="w-full md:w-1/2"><img src="/f.jpg" alt="">
            <div class="text-center pt-6 md:hidden">{text}</div></div>
          <div class="w-full md:w-1/2"><h3 class="text-3xl">{title}</h3>
            <div class="mb-4 hidden md:block">{text}</div></div>
        </div>"#
    )
}

#[test]
fn a_description_written_for_phones_and_for_desktops_is_read_once() {
    let rows = [
        ("Night vision", "The larger sensor gathers more light at dusk, so the owls that visit after sunset come out sharp."),
        ("Weatherproof", "Seals around every seam keep the rain out, and the housing stays sound through frost and heat."),
        ("Long battery", "One charge lasts a month of daily visits, and the solar roof tops it up on bright afternoons."),
    ]
    .iter()
    .map(|(t, x)| feature_row(t, x))
    .collect::<String>();
    let html = format!(
        r#"<html><head><title>Garden camera – Birdhouse Co</title>
        <script type="application/ld+json">{{"@type":"Product","name":"Garden camera"}}</script></head>
        <body><nav><a href="/">Home</a></nav><main><h1>Garden camera</h1><p>€149.00</p>
        <button>Add to cart</button>{rows}</main><footer>© Birdhouse Co</footer></body></html>"#
    );
    let body = body_of(&html, "https://birdhouse.example/product/garden-camera");
    assert_eq!(body.matches("larger sensor gathers").count(), 1, "{body}");
    assert_eq!(body.matches("Seals around every seam").count(), 1, "{body}");
    assert!(body.contains("Weatherproof"), "{body}");
    // The desktop copy, after its heading, is the one kept.
    let heading = body.find("Long battery").unwrap();
    let text = body.find("One charge lasts").unwrap();
    assert!(text > heading, "{body}");
}

#[test]
fn a_phone_copy_before_the_desktop_copy_is_read_once_where_the_desktop_has_it() {
    // Bootstrap: a short line for phones (`d-md-none`) comes first in the
    // markup, its desktop copy (`d-none d-md-block`) after the intro.
    let line = "Bring your bike before noon, collect it by six.";
    let html = format!(
        r#"<html><head><title>Services – Mill Lane Bikes</title></head><body><main>
        <h1>Repairs and servicing</h1>
        <p class="lead d-md-none">{line}</p>
        <p>We service every make of bicycle, from children's bikes to cargo bikes, with parts in stock
        for most repairs and a fixed price list that you can read before you hand over your bike.</p>
        <p class="lead d-none d-md-block">{line}</p>
        <p>Call us to book a slot for a full service in spring, when the queue is longest, and we
        will tell you on the phone what the work is likely to cost before you come in.</p>
        </main></body></html>"#
    );
    let body = body_of(&html, "https://bikes.example/services");
    assert_eq!(
        body.matches("Bring your bike before noon").count(),
        1,
        "{body}"
    );
    let intro = body.find("fixed price list").unwrap();
    assert!(body.find("Bring your bike").unwrap() > intro, "{body}");
}

#[test]
fn a_heading_repeated_without_a_screen_mark_stays() {
    // A pull quote and a section label repeated in the text, with layout
    // classes that say nothing of screen sizes: both copies stay.
    let quote = "Nobody walks the flats without a tide table twice.";
    let html = format!(
        r#"<html><head><title>Tides</title></head><body><article><h1>Tides</h1>
        <p>The tide comes in twice a day over the flats, and walkers who set out without a tide
        table are caught by it every summer, some of them within sight of the shore.</p>
        <p class="text-lg md:w-1/2">{quote}</p>
        <p>Guides lead walks at low water and carry a radio; {quote} one of them told us, laughing.</p>
        <div class="col-md-6"><p class="lead">{quote}</p></div>
        <p>The coastguard is called out to the flats a dozen times a year, mostly in August.</p>
        </article></body></html>"#
    );
    let body = body_of(&html, "https://coast.example/tides");
    assert_eq!(body.matches("Nobody walks the flats").count(), 3, "{body}");
}
