//! The "no article" rule (documented at `Error::NoArticle`): which pages are
//! refused, which short pages still count as articles, and best effort.

use newsprint::{Error, Extractor};

fn refused(html: &str) -> bool {
    matches!(newsprint::extract(html, None), Err(Error::NoArticle))
}

const SHORT: &str = "<p>The east bridge is closed until Monday for repairs.</p>";

/// A site's navigation: the page is more than its text.
const NAV: &str = r#"<nav><a href="/">Home</a> <a href="/news">News</a></nav>"#;

#[test]
fn short_pages_without_article_signals_are_refused() {
    assert!(refused(&format!("{NAV}<p>hello</p>")));
    assert!(refused(&format!(
        "<title>Bridge closed</title>{NAV}<h1>Bridge closed</h1>{SHORT}"
    )));
    // A login wall and an empty grid.
    assert!(refused(
        "<title>Sign in</title><form><label>E-mail</label><input name=e><button>Next</button></form>"
    ));
    assert!(refused(&format!(
        "<title>Rugs</title>{NAV}<h1>Rugs</h1><ul><li>Sort by</li><li>Price</li></ul><p>0 results</p>"
    )));
    // The site's name, which stands as the author of a page that credits
    // no one, is no sign of an article.
    assert!(refused(&format!(
        r#"<meta property="og:site_name" content="Bridge Watch"><title>Bridge closed</title>{NAV}<h1>Bridge closed</h1>{SHORT}"#
    )));
}

#[test]
fn a_short_page_that_is_nothing_but_its_text_is_that_text() {
    for page in [
        "hello".to_owned(),
        SHORT.to_owned(),
        format!(
            "<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1>{SHORT}</body></html>"
        ),
        "<ol><li><p>A list of one point, and nothing else on the page.</p></li></ol>".to_owned(),
    ] {
        let a = newsprint::extract(&page, None).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(a.word_count >= 1, "{page}");
    }
    // Text a script replaces is still the page's text.
    let a =
        newsprint::extract(r#"<a href="javascript:"><p>abc</p><p>def</p>ghi</a>"#, None).unwrap();
    assert_eq!(a.word_count, 3);
}

#[test]
fn bare_error_pages_are_no_article() {
    assert!(refused(
        "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1>\
         </center><hr><center>nginx</center></body></html>"
    ));
    assert!(refused(
        "<h1>Access denied</h1><p>You do not have permission.</p>"
    ));
    assert!(refused(
        "<title>Seite nicht gefunden</title><p>Bitte versuchen Sie es später.</p>"
    ));
}

#[test]
fn a_kept_page_that_credits_no_one_names_its_publisher() {
    let page = format!(
        r#"<meta property="og:site_name" content="Bridge Watch"><meta property="og:type" content="article"><title>Bridge closed</title><h1>Bridge closed</h1>{SHORT}"#
    );
    let a = newsprint::extract(&page, None).unwrap();
    assert_eq!(a.authors, ["Bridge Watch"]);
    assert_eq!(a.provenance.authors, Some(newsprint::Signal::Meta));
}

#[test]
fn short_pages_that_say_article_are_kept() {
    let head = "<title>Bridge closed</title><h1>Bridge closed</h1>";
    for signal in [
        r#"<meta property="article:published_time" content="2025-03-01T08:00:00Z">"#,
        r#"<p class="byline">By Ana Lima</p>"#,
        r#"<meta property="og:type" content="article">"#,
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closed"}</script>"#,
    ] {
        let page = format!("{signal}{head}{SHORT}");
        let a = newsprint::extract(&page, None).unwrap_or_else(|e| panic!("{signal}: {e}"));
        assert_eq!(a.title.as_deref(), Some("Bridge closed"), "{signal}");
    }
}

#[test]
fn long_enough_bodies_are_articles_whatever_the_signals() {
    let p = "<p>The east bridge is closed until Monday while crews replace the \
             expansion joints, and traffic is sent over the old ferry road, which adds \
             about twenty minutes to the trip.</p>";
    let a = newsprint::extract(p, None).unwrap();
    assert!(a.word_count >= 25, "{}", a.word_count);
}

#[test]
fn chinese_text_counts_characters_as_words() {
    // Thirty ideographs: thirty words, an article; spaces would count two.
    let p = "<title>港口</title><p>港口周一重新开放，码头工人在罢工九天后返回工作岗位，货船开始进港。</p>";
    let a = newsprint::extract(p, None).unwrap();
    assert!(a.word_count >= 25, "{}", a.word_count);
    assert_eq!(a.reading_time_minutes, Some(1));
}

#[test]
fn best_effort_returns_what_the_page_holds() {
    let ex = Extractor::builder().best_effort(true).build();
    let a = ex.extract("hello", None).unwrap();
    assert_eq!(a.body_text(), "hello");
    assert_eq!(a.word_count, 1);
    // Still an error when there is nothing at all.
    assert!(matches!(
        ex.extract("<div><span></span></div>", None),
        Err(Error::NoArticle)
    ));
    // Text mode follows the same rule.
    assert!(matches!(
        newsprint::extract_text("hello\n", None),
        Err(Error::NoArticle)
    ));
    assert!(ex.extract_text("hello\n", None).is_ok());
}
