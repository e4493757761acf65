//! `is_probably_article`, the cheap check, on pages written for these tests.

use newsprint::is_probably_article;

const PARA: &str = "<p>The harbour board voted on Tuesday to keep the old crane on the quay, \
    after a campaign by residents who said it was the last piece of the working port that \
    the town still had, and that it should be painted rather than sold for scrap.</p>";

fn page(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head><title>Page</title>{head}</head><body>{body}</body></html>")
}

#[test]
fn several_paragraphs_of_prose_are_an_article() {
    assert!(is_probably_article(&page("", &PARA.repeat(4))));
}

#[test]
fn one_paragraph_is_not_enough_without_a_declaration() {
    assert!(!is_probably_article(&page("", PARA)));
}

#[test]
fn a_declared_article_needs_only_some_prose() {
    let ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\
              \"@type\":[\"NewsArticle\"],\"headline\":\"Crane stays\"}</script>";
    assert!(is_probably_article(&page(ld, PARA)));
    let og = "<meta property='og:type' content='article'>";
    assert!(is_probably_article(&page(og, PARA)));
    // Declared, but with no paragraph of prose at all.
    assert!(!is_probably_article(&page(og, "<h1>Crane stays</h1>")));
}

#[test]
fn a_declared_product_or_forum_is_not_an_article() {
    let ld = "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Kettle\"}</script>";
    assert!(!is_probably_article(&page(ld, &PARA.repeat(4))));
    let og = "<meta content=\"product\" property=\"og:type\">";
    assert!(!is_probably_article(&page(og, &PARA.repeat(4))));
    let forum =
        "<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\"}</script>";
    assert!(!is_probably_article(&page(forum, &PARA.repeat(4))));
}

#[test]
fn links_and_script_text_are_not_prose() {
    // A list of teaser links, each long enough on its own.
    let teasers: String = (0..8)
        .map(|i| {
            format!(
                "<p><a href='/story/{i}'>Story {i}: the harbour board voted on Tuesday to keep \
                 the old crane on the quay after a long campaign by the residents of the town</a></p>"
            )
        })
        .collect();
    assert!(!is_probably_article(&page("", &teasers)));
    // Paragraph markup inside a script is code, not text.
    let script = format!(
        "<script>var tpl = '{}';</script>",
        PARA.repeat(6).replace('\'', "")
    );
    assert!(!is_probably_article(&page(&script, "<h1>Hello</h1>")));
}

#[test]
fn garbage_never_panics() {
    for input in [
        "",
        "<",
        "<p",
        "<!--",
        "<script",
        "<meta og:type content=",
        "\u{0}<p>\u{fffd}",
    ] {
        let _ = is_probably_article(input);
    }
}
