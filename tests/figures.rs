//! Images between the paragraphs of the body, on pages written for these
//! tests: each becomes a `figure` block with its caption and credit.

use newsprint::{Block, Image};

const PROSE: &str = "<p>The town's first tram in sixty years made its trial run on \
    Sunday morning, carrying engineers and a handful of invited passengers along the \
    new line from the station to the market square.</p>\
    <p>Regular services start next month, and the operator says trams will run every \
    eight minutes at peak times, with the first departure shortly after five.</p>";

fn extract(body: &str) -> newsprint::Article {
    let html = format!(
        "<html><head><title>Trams return to the town</title></head><body><article>\
         <h1>Trams return to the town</h1>{PROSE}{body}{PROSE}</article></body></html>"
    );
    newsprint::extract(&html, Some("https://tram.example/news/trial-run")).unwrap()
}

fn figures(a: &newsprint::Article) -> Vec<&Image> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Figure { image } => Some(image),
            _ => None,
        })
        .collect()
}

fn urls(a: &newsprint::Article) -> Vec<String> {
    figures(a).iter().filter_map(|i| i.url.clone()).collect()
}

#[test]
fn lazy_srcset_picture_and_noscript_images_become_figures() {
    let a = extract(
        "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/lazy.jpg'>\
         <figcaption>The depot.</figcaption></figure>\
         <p>Between the photos.</p>\
         <figure><img srcset='/img/small.jpg 300w, /img/large.jpg 1200w'></figure>\
         <p>Between the photos.</p>\
         <figure><picture><source srcset='/img/pic.webp 800w'><img src=''></picture></figure>\
         <p>Between the photos.</p>\
         <figure><noscript><img src='/img/noscript.jpg'></noscript></figure>",
    );
    assert_eq!(
        urls(&a),
        [
            "https://tram.example/img/lazy.jpg",
            "https://tram.example/img/large.jpg",
            "https://tram.example/img/pic.webp",
            "https://tram.example/img/noscript.jpg",
        ],
        "{:#?}",
        a.body
    );
}

#[test]
fn a_figure_whose_class_says_it_has_share_buttons_is_kept() {
    let a = extract(
        "<figure class='element-image fig--has-shares'><img src='/img/tram.jpg' alt='Tram'>\
         <figcaption>The tram at the market square.</figcaption></figure>",
    );
    let f = figures(&a);
    assert_eq!(f.len(), 1, "{:#?}", a.body);
    assert_eq!(
        f[0].caption.as_deref(),
        Some("The tram at the market square.")
    );
}

#[test]
fn a_caption_table_is_a_figure() {
    // Blog editors set an image and its caption in a two-row table.
    let a = extract(
        "<table class='tr-caption-container' align='center'><tbody>\
         <tr><td><a href='/img/line-map.png'><img src='/img/line-map-small.png'></a></td></tr>\
         <tr><td class='tr-caption'>Map of the new line</td></tr></tbody></table>",
    );
    let f = figures(&a);
    assert_eq!(f.len(), 1, "{:#?}", a.body);
    assert_eq!(
        f[0].url.as_deref(),
        Some("https://tram.example/img/line-map-small.png")
    );
    assert_eq!(f[0].caption.as_deref(), Some("Map of the new line"));
    assert!(!a.body.iter().any(|b| matches!(b, Block::Table { .. })));
}

#[test]
fn captioned_images_inside_list_items_are_kept() {
    let a = extract(
        "<ul><li>Ticket machines now take cards.\
           <div class='wp-caption'><img src='/img/machine.png'>\
           <p class='wp-caption-text'>A ticket machine at the station.</p></div></li>\
         <li>Stops announce the next tram.</li></ul>",
    );
    let f = figures(&a);
    assert_eq!(f.len(), 1, "{:#?}", a.body);
    assert_eq!(
        f[0].caption.as_deref(),
        Some("A ticket machine at the station.")
    );
    let items = a
        .body
        .iter()
        .find_map(|b| match b {
            Block::List { items, .. } => Some(items),
            _ => None,
        })
        .expect("the list stays a list");
    assert_eq!(
        *items,
        [
            "Ticket machines now take cards.",
            "Stops announce the next tram."
        ]
    );
}

/// The caption and credit of a single figure in the body.
fn caption_credit(figure: &str) -> (Option<String>, Option<String>) {
    let a = extract(figure);
    let f = figures(&a);
    assert_eq!(f.len(), 1, "{:#?}", a.body);
    (f[0].caption.clone(), f[0].credit.clone())
}

fn pair(caption: &str, credit: &str) -> (Option<String>, Option<String>) {
    (Some(caption.into()), Some(credit.into()))
}

#[test]
fn credits_glued_to_the_caption_split_off_in_several_languages() {
    let fig = |cap: &str| {
        format!("<figure><img src='/img/t.jpg'><figcaption>{cap}</figcaption></figure>")
    };
    assert_eq!(
        caption_credit(&fig("Passengers board in Kyiv. Photo: Jane Roe/Reuters")),
        pair("Passengers board in Kyiv.", "Jane Roe/Reuters")
    );
    assert_eq!(
        caption_credit(&fig("Die neue Straßenbahn am Markt (Foto: dpa)")),
        pair("Die neue Straßenbahn am Markt", "dpa")
    );
    assert_eq!(
        caption_credit(&fig("Die neue Straßenbahn am Markt. Bild: Anna Berg")),
        pair("Die neue Straßenbahn am Markt.", "Anna Berg")
    );
    assert_eq!(
        caption_credit(&fig("Le tramway place du Marché. Crédit : AFP")),
        pair("Le tramway place du Marché.", "AFP")
    );
    assert_eq!(
        caption_credit(&fig("The depot at night. Image: City Transport")),
        pair("The depot at night.", "City Transport")
    );
    assert_eq!(
        caption_credit(&fig("El tranvía en la plaza © Luis Mora")),
        pair("El tranvía en la plaza", "Luis Mora")
    );
}

#[test]
fn credits_in_their_own_element_or_attribute() {
    assert_eq!(
        caption_credit(
            "<figure><img src='/img/t.jpg'><figcaption>The tram at the market square. \
             <small>Ana Ruiz / City Transport</small></figcaption></figure>"
        ),
        pair(
            "The tram at the market square.",
            "Ana Ruiz / City Transport"
        )
    );
    assert_eq!(
        caption_credit(
            "<figure><img src='/img/t.jpg'><figcaption>Der Betriebshof. \
             <span class='credit'>Foto: Jonas Weber</span></figcaption></figure>"
        ),
        pair("Der Betriebshof.", "Jonas Weber")
    );
    assert_eq!(
        caption_credit(
            "<figure data-credit='Marie Dubois'><img src='/img/t.jpg'>\
             <figcaption>Le dépôt des tramways.</figcaption></figure>"
        ),
        pair("Le dépôt des tramways.", "Marie Dubois")
    );
    assert_eq!(
        caption_credit(
            "<figure><img src='/img/t.jpg' data-copyright='© City Archive'>\
             <figcaption>The first tram, 1901.</figcaption></figure>"
        ),
        pair("The first tram, 1901.", "City Archive")
    );
}

#[test]
fn a_gallery_list_of_images_becomes_figures() {
    // A bare `<ul>` of images (no figure, no caption container): a gallery.
    let a = extract(
        "<ul class='gallery'><li><img src='/img/g1.jpg' alt='Depot'></li>\
         <li><img src='/img/g2.jpg' alt='Tram'></li>\
         <li><a href='/img/g3-large.jpg'><img data-src='/img/g3.jpg' alt='Square'></a></li></ul>",
    );
    assert_eq!(
        urls(&a),
        [
            "https://tram.example/img/g1.jpg",
            "https://tram.example/img/g2.jpg",
            "https://tram.example/img/g3.jpg",
        ],
        "{:#?}",
        a.body
    );
}

#[test]
fn images_in_list_items_with_text_are_kept_after_the_list() {
    // A feature list: each item a screenshot, a heading and a paragraph.
    let a = extract(
        "<ul class='features'>\
         <li><a href='/video/1'><img src='/img/feature-1.jpg' alt='Screenshot'></a>\
         <h2>Live map</h2><p>See every tram on the line as it moves.</p></li>\
         <li><a href='/video/2'><img src='/img/feature-2.jpg' alt='Screenshot'></a>\
         <h2>Tickets</h2><p>Buy a ticket on your phone before you board.</p></li></ul>",
    );
    assert_eq!(
        urls(&a),
        [
            "https://tram.example/img/feature-1.jpg",
            "https://tram.example/img/feature-2.jpg",
        ],
        "{:#?}",
        a.body
    );
    assert!(a.body.iter().any(|b| matches!(b, Block::List { items, .. }
        if items.len() == 2 && items[0].contains("Live map"))));
}

#[test]
fn icons_spacers_and_hidden_images_are_not_figures() {
    let a = extract(
        "<p><img src='/img/spacer.gif' width='1' height='1'></p>\
         <p><img src='/img/check.png' width='20px'></p>\
         <p><img src='/img/formula.svg' aria-hidden='true' alt='x^2'></p>\
         <p><img src='/img/depot.jpg' width='640' height='0'></p>",
    );
    assert_eq!(
        urls(&a),
        ["https://tram.example/img/depot.jpg"],
        "{:#?}",
        a.body
    );
}

#[test]
fn an_image_widget_with_its_caption_is_a_figure() {
    // An editor's embedded-image "widget" inside the story: the widget
    // holds the photo and its caption, not a sidebar box.
    let a = extract(
        "<div class='dnd-widget-wrapper type-image'><div class='atom-rendered'>\
         <div class='image'><img src='/img/depot.jpg' width='564' height='423'></div></div>\
         <div class='dnd-caption-wrapper'>The depot before the trams came back</div></div>",
    );
    let figs = figures(&a);
    assert_eq!(figs.len(), 1, "{:#?}", a.body);
    assert_eq!(
        figs[0].url.as_deref(),
        Some("https://tram.example/img/depot.jpg")
    );
    assert_eq!(
        figs[0].caption.as_deref(),
        Some("The depot before the trams came back")
    );
}

#[test]
fn images_in_a_data_table_follow_the_table_as_figures() {
    // A table of the largest stops with a photo of each: the table stays a
    // table of text, and the photos (not the small flag icons) follow it.
    let a = extract(
        "<table><tr><th>Stop</th><th>Riders</th><th>Photo</th></tr>\
         <tr><td><img src='/img/flag.png' width='23' height='15'> Market</td><td>4,100</td>\
         <td><img src='/img/market.jpg' width='120' height='80' alt='Market stop'></td></tr>\
         <tr><td>Station</td><td>3,800</td>\
         <td><img src='/img/station.jpg' width='120' height='80' alt='Station stop'></td></tr>\
         </table>",
    );
    assert!(
        a.body
            .iter()
            .any(|b| matches!(b, Block::Table { rows, .. } if rows.len() == 3)),
        "{:#?}",
        a.body
    );
    assert_eq!(
        urls(&a),
        [
            "https://tram.example/img/market.jpg",
            "https://tram.example/img/station.jpg",
        ],
        "{:#?}",
        a.body
    );
}

#[test]
fn a_container_with_one_image_and_a_caption_element_is_a_figure() {
    // No `figure` tag: a wrapper holding the photo and a caption element.
    let a = extract(
        "<div class='media-wrapper'><div class='img'><img src='/img/line.jpg' alt='New line'></div>\
         <div class='media-caption'>Track laying on the new line in May</div></div>",
    );
    let figs = figures(&a);
    assert_eq!(figs.len(), 1, "{:#?}", a.body);
    assert_eq!(
        figs[0].caption.as_deref(),
        Some("Track laying on the new line in May")
    );
    assert!(
        !a.body
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, .. } if text.contains("Track laying"))),
        "{:#?}",
        a.body
    );
}

#[test]
fn a_large_image_inside_running_text_follows_its_paragraph() {
    let a = extract(
        "<p>Riders per day since the trial began <img src='/img/riders.png' width='600' \
         height='300' alt='Chart of riders'> and the numbers keep rising.\
         <img src='/img/emoji/1f68b.png' alt='tram' class='emoji'></p>",
    );
    assert_eq!(
        urls(&a),
        ["https://tram.example/img/riders.png"],
        "{:#?}",
        a.body
    );
    let i = a
        .body
        .iter()
        .position(|b| matches!(b, Block::Figure { .. }))
        .unwrap();
    assert!(
        a.body[i - 1]
            .text()
            .starts_with("Riders per day since the trial began and the numbers"),
        "{:#?}",
        a.body
    );
}

#[test]
fn a_lead_image_credit_line_in_the_body_is_the_lead_image_credit() {
    let html = format!(
        "<html><head><title>Straßenbahn kehrt zurück</title></head><body><article>\
         <h1>Straßenbahn kehrt zurück</h1><figure><img src='/img/bahn.jpg' alt='Die Bahn'></figure>\
         {PROSE}<p><em>Titelbild: Jonas Weber/dpa</em></p></article></body></html>"
    );
    let a = newsprint::extract(&html, Some("https://tram.example/news/bahn")).unwrap();
    assert_eq!(
        a.lead_image.as_ref().and_then(|i| i.credit.as_deref()),
        Some("Jonas Weber/dpa"),
        "{:#?}",
        a.lead_image
    );
    assert!(!a.to_text().contains("Titelbild"), "{}", a.to_text());
}

#[test]
fn a_slideshow_list_of_captioned_images_is_a_run_of_captioned_figures() {
    let a = extract(
        "<div class='slideshow'><ul class='slides'>\
         <li><img src='/img/s1.jpg' alt='Slide'><p class='slide-caption'>The depot at dawn</p></li>\
         <li><img src='/img/s2.jpg' alt='Slide'><p class='slide-caption'>The first passengers</p></li>\
         </ul></div>",
    );
    let caps: Vec<_> = figures(&a).iter().map(|i| i.caption.clone()).collect();
    assert_eq!(
        caps,
        [
            Some("The depot at dawn".to_string()),
            Some("The first passengers".to_string())
        ],
        "{:#?}",
        a.body
    );
    assert!(
        !a.body.iter().any(|b| matches!(b, Block::List { .. })),
        "{:#?}",
        a.body
    );
}
