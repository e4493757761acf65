//! Body extraction on pages written for these tests: what stays in the body
//! and what goes to `related`.

const PROSE: &str = "<p>The harbour authority confirmed on Monday that the last diesel crane \
    has left the north pier, replaced by two electric cranes that draw shore power from \
    the new substation built last winter.</p>\
    <p>Dock workers said the new cranes are quieter, and the port expects the change to \
    cut its emissions by a fifth, according to figures the authority published.</p>\
    <p>The old crane will be shipped to a museum in the south, where it is to be restored \
    and shown next to the first steam crane the harbour ever owned.</p>";

fn extract(body: &str) -> newsprint::Article {
    let html = format!(
        "<html><head><title>Cranes return</title></head><body><article>\
         <h1>Cranes return</h1>{body}</article></body></html>"
    );
    newsprint::extract(&html, Some("https://harbour.example/news/cranes")).unwrap()
}

#[test]
fn labelled_run_of_link_cards_goes_to_related() {
    let a = extract(&format!(
        "{PROSE}<p><strong>Schon gelesen?</strong></p>\
         <blockquote class='embed'><p><a href='/news/tugboats'>New tugboats arrive in the harbour</a></p></blockquote>\
         <p><iframe src='/embed/tugboats'></iframe></p>\
         <blockquote class='embed'><p><a href='/news/ferries'>Ferry timetable changes next month</a></p></blockquote>"
    ));
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(!text.contains("tugboats"), "{text}");
    assert!(!text.contains("Schon gelesen"), "{text}");
    let list = a
        .related
        .iter()
        .find(|l| l.label.as_deref() == Some("Schon gelesen?"))
        .expect("a related list for the labelled run");
    let titles: Vec<&str> = list.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "New tugboats arrive in the harbour",
            "Ferry timetable changes next month"
        ]
    );
    assert_eq!(
        list.items[0].url.as_deref(),
        Some("https://harbour.example/news/tugboats")
    );
}

#[test]
fn a_link_in_prose_after_a_label_like_line_stays() {
    // "Latest" introduces a paragraph of prose with a link: not a teaser card.
    let a = extract(&format!(
        "{PROSE}<p>Latest</p><p>The authority will publish its <a href='/report'>annual \
         report</a> in May, with the figures for every pier and the plans for the next decade.</p>"
    ));
    assert!(a.body_text().contains("annual report"), "{}", a.body_text());
}

#[test]
fn page_builder_text_blocks_are_the_body() {
    let html = format!(
        "<html><body><h1>Cranes return</h1>\
         <div class='elementor-widget-wrap'><div class='elementor-widget elementor-widget-text-editor'>\
         <div class='elementor-text-editor'>{PROSE}</div></div></div>\
         <div class='elementor-widget elementor-widget-share-buttons'><a href='/s'>Share on every network you know</a></div>\
         </body></html>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(!text.contains("Share on"), "{text}");
}

#[test]
fn a_standfirst_set_as_a_heading_in_a_sibling_column_is_kept() {
    let links: String = (0..40)
        .map(|n| format!("<p><a href='/tag/{n}'>Harbour topic number {n} and more</a></p>"))
        .collect();
    let html = format!(
        "<html><body><h1>Cranes return</h1><div class='row'>\
         <div class='text-column'><h2>The harbour has retired its last diesel crane, the \
         authority said on Monday, after a year of work on the new substation.</h2></div>\
         <div class='text-column'>{PROSE}</div>\
         <div class='share-column'><a href='/share'>Share this story with your friends</a></div>\
         <div class='link-column'>{links}</div>\
         </div></body></html>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("retired its last diesel crane"), "{text}");
    assert!(text.contains("shipped to a museum"), "{text}");
    assert!(!text.contains("Share this story"), "{text}");
}

#[test]
fn a_standfirst_above_a_long_body_is_kept() {
    let long: String = (0..12).map(|_| PROSE).collect();
    let html = format!(
        "<html><body><div class='story'><h2>Cranes return</h2>\
         <div class='lead'>The harbour has retired its last diesel crane. How did the port \
         manage the change so fast, and what does it mean for the dock workers and the town?</div>\
         <div class='story-text'>{long}</div></div>\
         <div class='footer'><a href='/a'>About us</a> <a href='/c'>Contact</a></div></body></html>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("How did the port"), "{}", &text[..200]);
    assert!(text.contains("shipped to a museum"));
    assert!(!text.contains("About us"));
}

#[test]
fn a_grid_of_teaser_cards_after_the_story_goes_to_related() {
    let card = |n: u32| {
        format!(
            "<article class='post-card post-{n} category-harbour'>\
             <a href='/story-{n}'><img src='/img/{n}.jpg' alt=''></a>\
             <h3><a href='/story-{n}'>Harbour story number {n} for the weekend</a></h3>\
             <p>A short excerpt of story {n}, about the tides, the fishing fleet, the new \
             ferry timetable and the plans for the old lighthouse on the north pier.</p></article>"
        )
    };
    let cards: String = (0..4).map(card).collect();
    let a = extract(&format!("{PROSE}<div class='posts'>{cards}</div>"));
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(!text.contains("Harbour story number"), "{text}");
    assert!(!text.contains("short excerpt"), "{text}");
    let items: usize = a.related.iter().map(|l| l.items.len()).sum();
    assert_eq!(items, 4, "{:?}", a.related);
}

#[test]
fn feature_sections_with_a_closing_link_are_content() {
    // Each section opens with its heading and text and ends with a call to
    // action: a product page, not teaser cards.
    let section = |n: u32| {
        format!(
            "<section class='feature'><h3>Feature {n}</h3><p>What feature {n} does for the \
             harbour crews, in a sentence or two.</p><a href='/feature-{n}'>See what it can do for you</a></section>"
        )
    };
    let sections: String = (0..4).map(section).collect();
    let a = extract(&format!("{PROSE}<div class='features'>{sections}</div>"));
    assert!(
        a.body_text().contains("What feature 2 does"),
        "{}",
        a.body_text()
    );
}

#[test]
fn list_item_cards_that_open_with_a_photo_go_to_related() {
    let card = |n: u32| {
        format!(
            "<li><article><figure><span>Photo</span><a href='/story-{n}'><img src='/i/{n}.jpg' alt=''></a>\
             <figcaption><span>Credit</span>Harbour Office</figcaption></figure>\
             <div><h2><a href='/story-{n}'>Harbour story number {n} for the weekend</a></h2>\
             <p>A short excerpt of story {n}, about the tides, the fishing fleet, the new \
             ferry timetable and the plans for the old lighthouse on the north pier.</p>\
             <p><span>By Ines Rook</span></p></div></article></li>"
        )
    };
    let cards: String = (0..4).map(card).collect();
    let a = extract(&format!("{PROSE}<ol>{cards}</ol>"));
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(!text.contains("Harbour story number"), "{text}");
    let items: usize = a.related.iter().map(|l| l.items.len()).sum();
    assert_eq!(items, 4, "{:?}", a.related);
}

#[test]
fn a_card_grid_followed_by_another_teaser_box_still_goes() {
    let card = |n: u32| {
        format!(
            "<li class='card'><h3><a href='/story-{n}'>Harbour story number {n} for the weekend</a></h3>\
             <p>A short excerpt of story {n}, about the tides, the fishing fleet, the new \
             ferry timetable and the plans for the old lighthouse on the north pier.</p></li>"
        )
    };
    let cards: String = (0..4).map(card).collect();
    let latest: String = (0..8)
        .map(|n| {
            format!(
                "<li><a href='/latest-{n}'>Latest harbour news item number {n} today</a>\
                 <p>Posted this morning, with a note from the desk.</p></li>"
            )
        })
        .collect();
    let a = extract(&format!(
        "{PROSE}<ul class='grid'>{cards}</ul><h3>Latest</h3><ul class='latest'>{latest}</ul>"
    ));
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(!text.contains("Harbour story number"), "{text}");
    assert!(!text.contains("Latest harbour news"), "{text}");
}

#[test]
fn mathml_formulas_are_read_as_text() {
    let a = extract(&format!(
        "{PROSE}<p>The load on each crane is \
         <m-wrap class='MathRender CtxtMenu_Attached_0'><m-glyphs aria-hidden='true'></m-glyphs>\
         <math><mi>F</mi><mo>=</mo><mi>m</mi><mi>g</mi>\
         <annotation encoding='application/x-tex'>F = mg</annotation></math></m-wrap>, \
         where g is gravity.</p>\
         <math display='block'><msup><mi>E</mi><mn>2</mn></msup></math>\
         <p>The drawing <svg><text>Crane outline</text></svg> shows the pier.</p>\
         <p>Hidden source <span style='display:none'><math><mi>q</mi></math></span> stays out.</p>"
    ));
    let paragraphs: Vec<&str> = a
        .body
        .iter()
        .filter_map(|b| match b {
            newsprint::Block::Paragraph { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // Inline: the formula's tokens in the sentence, its TeX source left out,
    // the renderer's "menu" class on its wrapper ignored.
    assert!(
        paragraphs.contains(&"The load on each crane is F = m g, where g is gravity."),
        "{paragraphs:?}"
    );
    // A display formula is a paragraph of its own.
    assert!(paragraphs.contains(&"E 2"), "{paragraphs:?}");
    let text = a.body_text();
    assert!(!text.contains("Crane outline"), "{text}");
    assert!(!text.contains(" q "), "{text}");
}

#[test]
fn an_article_broken_by_double_line_breaks_beats_a_small_box_with_a_content_class() {
    // The whole story is one <p> broken by <br><br> (each part a paragraph,
    // as Readability reads it); a short site blurb below has "content" in
    // its class name.
    let story = [
        "The busiest stand belonged to a van maker, which showed an electric camper with a \
         pop-up roof, a solar panel on top, and a small kitchen in the boot that folds away \
         when the owners want the space for their luggage.",
        "The electric version of the van comes with a bed, a fridge, and a shower, and the \
         maker says it will go on sale in the spring at a price it did not want to give, \
         although dealers at the fair expect it to cost a lot.",
        "Another premiere was a limited edition of a small van, with an awning, a folding \
         table, and a second battery, built in a run of sixty for the home market and already \
         sold out before the doors of the fair had opened.",
        "Visitors queued for an hour to see it, and the organisers counted more visitors on \
         the first day than in any year before, despite the rain, the strikes on the \
         railways, and the closure of the motorway to the north.",
    ]
    .join("<br>\n<br>");
    let html = format!(
        "<html><head><title>Camper vans at the fair</title></head><body>\
         <div class='page'><h1>Camper vans at the fair</h1><div class='news_detail'>\
         <div class='row'><p>{story}</p></div></div></div>\
         <div class='bottom'><div class='col info_content'><p>Van World is the trade magazine \
         for the camper industry with news and tests and market data every month in print and \
         online for dealers and workshops and fleet buyers across the whole country, since the \
         year of its founding.</p></div></div></body></html>"
    );
    let a = newsprint::extract(&html, Some("https://vans.example/news/fair")).unwrap();
    let text = a.body_text();
    assert!(text.contains("The electric version"), "{text}");
    assert!(text.contains("Visitors queued"), "{text}");
    assert!(!text.contains("trade magazine"), "{text}");
}

#[test]
fn a_script_rendered_page_gets_its_json_ld_body() {
    // The markup is an app shell: a menu and an empty root; the article is
    // only in the JSON-LD.
    let body = "The harbour authority confirmed on Monday that the last diesel crane has left \
        the north pier, replaced by two electric cranes.\\n\\nDock workers said the new cranes \
        are quieter, and the port expects the change to cut its emissions by a fifth.\\n\\n\
        The old crane will be shipped to a museum in the south, where it is to be restored \
        and shown next to the first steam crane the harbour ever owned, from next summer on, \
        in a hall built for it with money from the city and from a fund of local firms. \
        Tickets for the opening are to go on sale in the spring, the museum said.";
    let html = format!(
        r#"<html><head><title>Cranes return</title>
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Cranes return",
        "articleBody":"{body}"}}</script></head>
        <body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
        <div id="root"></div><script src="/app.js"></script></body></html>"#
    );
    let a = newsprint::extract(&html, Some("https://harbour.example/news/cranes")).unwrap();
    assert_eq!(a.body_source, newsprint::BodySource::JsonLd);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body_text().starts_with("The harbour authority confirmed"));
    assert!(!a.body_text().contains("Home"));
    // A page whose markup holds the article keeps its own body.
    let a = extract(PROSE);
    assert_eq!(a.body_source, newsprint::BodySource::Heuristics);
}

#[test]
fn markup_deferred_to_a_script_is_read() {
    // A blog's dynamic view: the post body holds its markup as a template
    // for a script, and again in <noscript>; the page has no other text.
    let post = PROSE.replace('"', "&quot;");
    let html = format!(
        "<html><head><title>Cranes return</title></head><body>\
         <div class='widget Blog'><div class='post'><h2 class='title'>Cranes return</h2>\
         <div class='post-body'><div class='post-content' itemprop='articleBody'>\
         <script type='text/template'>{post}</script><noscript>{post}</noscript>\
         </div></div></div></div></body></html>"
    );
    let a = newsprint::extract(&html, Some("https://blog.example/2020/05/cranes.html")).unwrap();
    let text = a.body_text();
    assert!(text.contains("last diesel crane"), "{text}");
    assert!(text.contains("first steam crane"), "{text}");
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_list_named_by_its_first_line_and_compound_teaser_classes_go_to_related() {
    let a = extract(&format!(
        "{PROSE}<div><ul class='lnkrel'><span>Artikel und Videos zum Thema</span>\
         <li><a href='/news/tugboats'>New tugboats arrive in the harbour</a></li>\
         <li><a href='/news/ferries'>Ferry timetable changes next month</a></li></ul></div>\
         <p>The authority will publish the figures for every pier in May, with the plans for \
         the next decade and the money it expects to spend on the quays.</p>"
    ));
    let text = a.body_text();
    assert!(!text.contains("tugboats"), "{text}");
    assert!(text.contains("figures for every pier"), "{text}");
    let list = a
        .related
        .iter()
        .find(|l| l.label.as_deref() == Some("Artikel und Videos zum Thema"))
        .expect("the list, with its label");
    assert_eq!(list.items.len(), 2);
    // One teaser card after the story, marked by a compound class name.
    let a = extract(&format!(
        "{PROSE}<div class='contel newsteaser'><a href='/news/dredging'>\
         <h2>Dredging of the harbour mouth starts next week</h2>\
         <p class='desc'>What the work means for the ferries.</p></a></div>"
    ));
    assert!(!a.body_text().contains("Dredging"), "{}", a.body_text());
}

#[test]
fn teaser_labels_in_several_languages() {
    for label in [
        "Mehr lesen:",
        "Ähnliche Themen",
        "Vous aimerez aussi",
        "Articoli correlati",
    ] {
        let a = extract(&format!(
            "{PROSE}<h3>{label}</h3>\
             <p><a href='/news/tugboats'>New tugboats arrive in the harbour</a></p>\
             <p><a href='/news/ferries'>Ferry timetable changes next month</a></p>"
        ));
        let text = a.body_text();
        assert!(!text.contains("tugboats"), "{label}: {text}");
        assert!(
            !text.contains(label.trim_end_matches(':')),
            "{label}: {text}"
        );
        assert!(
            a.related.iter().any(|l| l.items.len() == 2),
            "{label}: {:?}",
            a.related
        );
    }
}

#[test]
fn soft_hyphens_are_not_text() {
    let a = extract(&format!(
        "<p>Im Mit&shy;tel&shy;al&shy;ter war der Ha\u{ad}fen das Aus\u{ad}hän\u{ad}ge\u{ad}schild \
         der Stadt, sagen die Historiker, und er ist es bis heute geblieben.</p>{PROSE}"
    ));
    let text = a.body_text();
    assert!(
        text.contains("Im Mittelalter war der Hafen das Aushängeschild"),
        "{text}"
    );
    assert!(!text.contains('\u{ad}'));
}

#[test]
fn a_box_headed_about_the_author_is_not_the_body() {
    // A map story: the graphic carries it, the text is one line; the
    // author box below it, under its own heading, is longer prose.
    let html = "<html><head><title>How many parties stand | Map Monthly</title></head><body>\
        <main><article><h1>How many parties stand</h1>\
        <figure><img src='/maps/parties.png' width='1200' height='900' alt='Map'></figure>\
        <section class='content'><p><em>Because there are so many, and many stand in only a \
        few regions, the map shows the largest ones.</em></p></section></article>\
        <div class='pb'><h2>Über den Autor:</h2><div class='columns'><a href='/autoren/ole-berg'>Ole Berg</a>\
        <div class='content'><p>Born in 1983, he has been an editor here since 2015, mostly as layout \
        designer, illustrator and copy editor. He studied linguistics, art history and German as a \
        foreign language at the university in the old harbour town.</p>\
        <p>His main research interest lies in the study of language and the way maps are read.</p>\
        </div></div></div></main></body></html>";
    let a = newsprint::extract(html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("largest ones"), "{text}");
    assert!(!text.contains("Born in 1983"), "{text}");
}

#[test]
fn a_microdata_author_with_a_biography_is_not_body_text() {
    // A plugin's author box after the story: the author as a schema.org
    // Person, with a photo, a name and a biography.
    let para = "<p>The growers on the slopes above the town picked the last of the \
        red grapes on Friday, two weeks later than last year, after a cool and wet \
        September slowed the ripening in the higher rows.</p>";
    let html = format!(
        "<html><head><title>A late harvest | Wine Notes</title></head><body><article>\
         <h1>A late harvest</h1>{para}{para}{para}\
         <div class='col'>About the writer</div>\
         <div class='sabox-wrap' itemtype='https://schema.org/Person' itemscope itemprop='author'>\
         <img src='/img/ana.jpg' alt='Ana Roth' itemprop='image'>\
         <a href='/author/ana-roth/' rel='author' itemprop='url'><span itemprop='name'>Ana Roth</span></a>\
         <div itemprop='description'><p>Twenty years of writing about wine, tastings in her \
         home town and, before that, a long apprenticeship in a cellar in the south.</p></div>\
         </div></article></body></html>"
    );
    let a = newsprint::extract(&html, None).unwrap();
    let text = a.body_text();
    assert!(text.contains("higher rows"), "{text}");
    assert!(!text.contains("Twenty years"), "{text}");
    assert_eq!(a.authors, ["Ana Roth"]);
}

#[test]
fn appeals_and_notices_at_the_end_are_not_the_story() {
    for tail in [
        "<p>Get the latest harbour news straight to your phone with the Harbour Times app.</p>",
        "<p>For the latest stories download the Harbour Times apps for iOS and Android.</p>",
        "<p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p>",
        "<p>Comments are closed.</p>",
        "<p>We want to hear what you think. Write a letter to the editor.</p>",
        "<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>",
        "<p>Les opinions exprimées dans ce blog n'engagent que leurs auteurs.</p>",
        "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0.</p>",
    ] {
        let a = extract(&format!("{PROSE}{tail}"));
        let text = a.body_text();
        assert!(text.contains("steam crane"), "{tail}: {text}");
        assert!(!text.contains(&tail[3..20]), "{tail}: {text}");
    }
}

#[test]
fn news_about_apps_and_support_stays_in_the_body() {
    for tail in [
        "<p>The harbour app is sold in the App Store and on Google Play for two euros.</p>",
        "<p>Die Hafenarbeiter unterstützen den Umbau, sagte ihr Sprecher.</p>",
        "<p>Visitors can log in to set an alert for the next crane delivery.</p>",
    ] {
        let a = extract(&format!("{PROSE}{tail}"));
        let text = a.body_text();
        assert!(text.contains(&tail[3..20]), "{tail}: {text}");
    }
}

#[test]
fn a_contact_box_at_the_end_is_not_the_story() {
    let long = "<p>The authority said the two electric cranes were bought with money from the \
        regional climate fund, which pays half the cost of machines that replace diesel ones, \
        and that a third crane is planned for the south pier once its quay wall is rebuilt.</p>";
    let a = extract(&format!(
        "{PROSE}{long}<p>Kontakt:</p><p>Dr. Jane Roe, Harbour Authority, E-Mail: jane.roe@harbour.example</p>\
         <p>Ansprechpartner zum Thema:</p><p>Omar Haddad</p><p>Telefon +49 (0)40 / 12 34 56 78</p>"
    ));
    let text = a.body_text();
    assert!(text.contains("steam crane"), "{text}");
    assert!(!text.contains("Kontakt"), "{text}");
    assert!(!text.contains("jane.roe"), "{text}");
    assert!(!text.contains("Omar Haddad"), "{text}");
    // A "Contact" line followed by prose is a section of the story.
    let a = extract(&format!(
        "{PROSE}<h2>Contact</h2><p>First contact with the crane makers came in spring, when \
         the authority wrote to three firms and asked for offers; two answered within the \
         month, and the harbour chose the one that promised delivery by sea, ahead of the \
         winter storms that close the north pier for weeks each year.</p>"
    ));
    assert!(a.body_text().contains("First contact"), "{}", a.body_text());
}

#[test]
fn a_custom_dropdown_is_not_text() {
    let options: String = (1..=40)
        .map(|i| {
            format!("<div role='option' data-value='Port {i}'><span>Port number {i}</span></div>")
        })
        .collect();
    let a = extract(&format!(
        "{PROSE}<form><label>Choose your port</label><div role='listbox'>{options}</div></form>\
         <div role='search'><p>Search the harbour archive by keyword or date</p></div>"
    ));
    let text = a.body_text();
    assert!(text.contains("steam crane"), "{text}");
    assert!(!text.contains("Port number"), "{text}");
    assert!(!text.contains("harbour archive"), "{text}");
}
