//! Tables in the body, on pages written for these tests: data tables become
//! one `table` block whatever their cells hold; tables used for page layout
//! are walked into like any other container.

use newsprint::Block;

const PROSE: &str = "<p>The county library service said on Thursday that its mobile \
    library will visit eleven more villages from the spring, after the council agreed \
    to pay for a second driver and a larger van.</p>\
    <p>Borrowers in the hill villages have asked for the service for years, and the \
    library says the new stops were chosen from a survey that drew almost two thousand \
    replies from across the county.</p>";

fn extract(body: &str) -> newsprint::Article {
    let html = format!(
        "<html><head><title>Mobile library reaches the hills</title></head><body><article>\
         <h1>Mobile library reaches the hills</h1>{PROSE}{body}{PROSE}</article></body></html>"
    );
    newsprint::extract(&html, Some("https://library.example/news/mobile")).unwrap()
}

fn tables(a: &newsprint::Article) -> Vec<&Vec<Vec<String>>> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Table { rows, .. } => Some(rows),
            _ => None,
        })
        .collect()
}

fn paragraphs(a: &newsprint::Article) -> Vec<String> {
    a.body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::text)
        .collect()
}

#[test]
fn cells_holding_paragraphs_lists_and_links_make_one_table() {
    let a = extract(
        "<table><thead><tr><th><p>Village</p></th><th><p>Day</p></th><th><p>Stops</p></th></tr></thead>\
         <tbody>\
         <tr><td><p><a href='/v/ashby'>Ashby</a></p></td><td><p>Monday</p></td>\
             <td><ul><li>Church</li><li>School</li></ul></td></tr>\
         <tr><td><p><a href='/v/brook'>Brook   End</a></p></td><td><p>Tuesday</p><p>(fortnightly)</p></td>\
             <td><ul><li>Green</li></ul></td></tr>\
         <tr><td><p>Coldharbour</p></td><td><p>Friday</p></td><td><p>Post office</p></td></tr>\
         </tbody></table>",
    );
    let t = tables(&a);
    assert_eq!(t.len(), 1, "{:#?}", a.body);
    assert_eq!(
        *t[0],
        vec![
            vec!["Village", "Day", "Stops"],
            vec!["Ashby", "Monday", "Church School"],
            vec!["Brook End", "Tuesday (fortnightly)", "Green"],
            vec!["Coldharbour", "Friday", "Post office"],
        ]
    );
    // No cell text leaks out as paragraphs or lists.
    assert!(
        !paragraphs(&a).iter().any(|p| p.contains("Monday")),
        "{:#?}",
        a.body
    );
    assert!(!a.body.iter().any(|b| matches!(b, Block::List { .. })));
}

#[test]
fn a_table_inside_a_blockquote_stays_a_table() {
    let a = extract(
        "<blockquote><table><tr><th>Release</th><th>Date</th></tr>\
         <tr><td><a href='/r/1'>1.0</a></td><td>April</td></tr>\
         <tr><td><a href='/r/2'>1.1</a></td><td>June</td></tr></table></blockquote>",
    );
    let t = tables(&a);
    assert_eq!(t.len(), 1, "{:#?}", a.body);
    assert_eq!(t[0][0], vec!["Release", "Date"]);
    assert_eq!(t[0][2], vec!["1.1", "June"]);
    assert!(!a.body.iter().any(|b| matches!(b, Block::Quote { .. })));
}

#[test]
fn a_quote_beside_a_table_in_one_blockquote_keeps_both() {
    let a = extract(
        "<blockquote><p>We will publish the timetable every month.</p>\
         <table><tr><th>Stop</th><th>Time</th></tr><tr><td>Ashby</td><td>9:00</td></tr></table>\
         </blockquote>",
    );
    assert!(
        a.body.iter().any(|b| matches!(b, Block::Quote { text } if text == "We will publish the timetable every month.")),
        "{:#?}",
        a.body
    );
    assert_eq!(tables(&a).len(), 1, "{:#?}", a.body);
}

/// Six short paragraphs, each under the long-paragraph mark on its own.
fn short_paragraphs() -> String {
    (0..6)
        .map(|n| {
            format!(
                "<p>Paragraph {n} of the story: the van will carry about three thousand \
                 books and a reading corner for children.</p>"
            )
        })
        .collect()
}

#[test]
fn a_layout_table_around_the_story_is_walked_into() {
    let html = format!(
        "<html><head><title>Mobile library reaches the hills</title></head><body>\
         <table width='100%'><tr><td class='menu'><a href='/'>Home</a><br><a href='/news'>News</a>\
         <br><a href='/events'>Events</a></td>\
         <td><h1>Mobile library reaches the hills</h1>{PROSE}{}</td></tr></table></body></html>",
        short_paragraphs()
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert!(tables(&a).is_empty(), "{:#?}", a.body);
    assert!(paragraphs(&a).len() >= 8, "{:#?}", a.body);
}

#[test]
fn a_two_column_table_of_prose_is_layout() {
    // Cells that are long prose (set with <br>, no <p>) are columns of text.
    let column = |w: &str| {
        (0..4)
            .map(|n| {
                format!(
                    "The {w} column, part {n}, says the van will stop for an hour in each \
                     village and carry large-print books, audio books and a small set of \
                     computers for anyone who needs to get online.<br><br>"
                )
            })
            .collect::<String>()
    };
    let a = extract(&format!(
        "<table><tr><td>{}</td><td>{}</td></tr></table>",
        column("left"),
        column("right")
    ));
    assert!(tables(&a).is_empty(), "{:#?}", a.body);
    assert!(a.body_text().contains("The right column, part 3"));
}

#[test]
fn a_single_cell_table_is_layout() {
    let a = extract(&format!(
        "<table><tr><td>{}</td></tr></table>",
        short_paragraphs()
    ));
    assert!(tables(&a).is_empty(), "{:#?}", a.body);
    assert!(a.body_text().contains("Paragraph 5 of the story"));
}

#[test]
fn a_fact_box_of_linked_values_is_a_table_not_a_teaser_box() {
    // An infobox: a caption, a logo, and label / value rows whose values
    // are mostly links. It is data about the subject, not links to read.
    let a = extract(
        "<table class='infobox'><caption>County Library Service</caption>\
         <tr><td colspan='2'><img src='/img/logo.png' width='200' height='140' alt='Logo'></td></tr>\
         <tr><th scope='row'>Type</th><td><a href='/wiki/Public_library'>Public library</a></td></tr>\
         <tr><th scope='row'>Founded</th><td>1921</td></tr>\
         <tr><th scope='row'>Parent</th><td><a href='/wiki/County_council'>The county council of the hills</a></td></tr>\
         <tr><th scope='row'>Branches</th><td><a href='/wiki/Branches'>Eleven branch libraries and two vans</a></td></tr>\
         <tr><th scope='row'>Website</th><td><a href='https://library.example/'>library.example</a></td></tr>\
         </table>",
    );
    let t = tables(&a);
    assert_eq!(t.len(), 1, "{:#?} {:#?}", a.body, a.related);
    assert_eq!(t[0][0], ["Type", "Public library"]);
    assert!(a.related.is_empty(), "{:#?}", a.related);
    assert!(
        a.body.iter().any(|b| matches!(b, Block::Figure { image }
            if image.url.as_deref() == Some("https://library.example/img/logo.png"))),
        "{:#?}",
        a.body
    );
}

#[test]
fn a_cell_holding_only_an_image_reads_as_its_alt_text() {
    let a = extract(
        "<table><tr><th>Village</th><th>Weekly</th><th>Saturday</th></tr>\
         <tr><td>Ashby</td><td><img src='/i/yes.png' alt='Yes' width='16'></td>\
         <td><img src='/i/no.png' alt='No' width='16'></td></tr>\
         <tr><td>Brook</td><td><img src='/i/yes.png' alt='Yes' width='16'></td>\
         <td><img src='/i/yes.png' alt='Yes' width='16'></td></tr></table>",
    );
    let t = tables(&a);
    assert_eq!(t.len(), 1, "{:#?}", a.body);
    assert_eq!(t[0][1], ["Ashby", "Yes", "No"]);
}

#[test]
fn pictures_set_side_by_side_in_a_fact_box_cell_are_kept() {
    // The infobox's first row: two linked pictures with short linked
    // labels under them, laid out with divs inside one cell.
    let a = extract(
        "<table class='infobox'><tr><th colspan='2'>County of Hillshire</th></tr>\
         <tr><td colspan='2'><div style='display:table'>\
         <div><a href='/wiki/File:Flag.svg' class='image' title='Flag of the County of Hillshire'><img src='/img/flag.png' width='125' height='63' alt='Flag'></a>\
         <div><a href='/wiki/Flag_of_Hillshire' title='Flag of the County of Hillshire'>Flag</a></div></div>\
         <div><a href='/wiki/File:Arms.svg' class='image' title='Coat of arms of the County of Hillshire'><img src='/img/arms.png' width='85' height='82' alt='Arms'></a>\
         <div><a href='/wiki/Arms_of_Hillshire' title='Coat of arms of the County of Hillshire'>Coat of arms</a></div></div></div></td></tr>\
         <tr><th scope='row'>Seat</th><td><a href='/wiki/Ashby'>Ashby</a></td></tr>\
         <tr><th scope='row'>Area</th><td>1,204 km2</td></tr>\
         <tr><th scope='row'>Population</th><td>212,000</td></tr>\
         </table>",
    );
    let urls: Vec<_> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Figure { image } => image.url.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(
        urls,
        [
            "https://library.example/img/flag.png",
            "https://library.example/img/arms.png"
        ],
        "{:#?} {:#?}",
        a.body,
        a.related
    );
}

#[test]
fn a_table_set_in_a_figure_is_a_table() {
    // The CMS's table block wraps the table in a <figure> with a caption,
    // here inside a closed "data" disclosure.
    let a = extract(
        "<details><summary>Data: stops by village</summary><figure class='wp-block-table'>\
         <table><thead><tr><th>Village</th><th>Stops a month</th></tr></thead>\
         <tbody><tr><td>Upper Fell</td><td>2</td></tr><tr><td>Low Beck</td><td>4</td></tr>\
         </tbody></table><figcaption>Source: county library service</figcaption></figure></details>",
    );
    let t = tables(&a);
    assert_eq!(t.len(), 1, "{:?}", a.body);
    assert_eq!(t[0][2], ["Low Beck", "4"]);
}

fn header_rows(a: &newsprint::Article) -> Vec<usize> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Table { header_rows, .. } => Some(*header_rows),
            _ => None,
        })
        .collect()
}

#[test]
fn header_rows_are_marked_from_thead_or_leading_th_rows() {
    // A two-row <thead>; a first row of <th> cells without <thead>; a table
    // with row headers only (<th scope=row> beside <td>) and no header row.
    let a = extract(
        "<table><thead><tr><th colspan='2'>Spring stops</th></tr>\
         <tr><th>Village</th><th>Day</th></tr></thead>\
         <tbody><tr><td>Ashby</td><td>Monday</td></tr><tr><td>Brook</td><td>Friday</td></tr></tbody></table>\
         <p>The autumn timetable keeps the same villages but moves the Friday stops to Thursday, \
         the library said, because the market square is closed on Fridays.</p>\
         <table><tr><th>Village</th><th>Day</th></tr>\
         <tr><td>Ashby</td><td>Monday</td></tr><tr><td>Brook</td><td>Thursday</td></tr></table>\
         <p>The van itself is new: it was bought with a grant and carries a lift for wheelchairs, \
         and the council will pay the second driver for three years.</p>\
         <table><tr><th scope='row'>Length</th><td>9 m</td></tr>\
         <tr><th scope='row'>Books</th><td>3,000</td></tr></table>",
    );
    assert_eq!(header_rows(&a), [2, 1, 0], "{:#?}", a.body);
    let html = a.to_html();
    assert!(html.contains("<thead>\n<tr><th>Spring stops</th></tr>\n<tr><th>Village</th><th>Day</th></tr>\n</thead>"), "{html}");
    assert!(
        html.contains("<table>\n<tbody>\n<tr><td>Length</td>"),
        "{html}"
    );
}
