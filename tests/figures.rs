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
