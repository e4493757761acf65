//! Reader comments come back as data in `Article::comments`, never in the
//! body. Pages written for these tests.

const STORY: &str = r#"<article><h1>Bridge closed for repairs</h1><p class="byline">By Ana Lima</p>
<p>The east bridge is closed until Monday while crews replace the expansion joints, and traffic is sent over the old ferry road.</p>
<p>The council said the work had been planned for two years and could not wait for the summer.</p></article>"#;

#[test]
fn a_blog_comment_thread_with_nested_replies() {
    let html = format!(
        r#"{STORY}<section id="comments"><h2>3 comments</h2><ol class="comment-list">
<li class="comment even depth-1" id="comment-11"><article class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom Reed</b> <span class="says">says:</span></div>
  <div class="comment-metadata"><a href="https://town.example/bridge/#comment-11"><time datetime="2025-03-02T09:15:00+00:00">2 March 2025 at 9:15</time></a></div></footer>
  <div class="comment-content"><p>About time they fixed it.</p><p>The joints have rattled for years.</p></div>
  <div class="reply"><a href="?replytocom=11">Reply</a></div></article>
  <ol class="children"><li class="comment odd depth-2" id="comment-12"><article class="comment-body">
    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Mira Holt</b></div>
    <div class="comment-metadata"><time datetime="2025-03-02T10:00:00+00:00">2 March 2025</time></div></footer>
    <div class="comment-content"><p>Agreed, but the detour is long.</p></div></article></li></ol>
</li>
<li class="comment even depth-1" id="comment-13"><article class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Li Wei</b></div></footer>
  <div class="comment-content"><p>Will the buses still run?</p></div></article></li>
</ol></section>"#
    );
    let a = newsprint::extract(&html, Some("https://town.example/bridge/")).unwrap();
    let got: Vec<(Option<&str>, &str)> = a
        .comments
        .iter()
        .map(|c| (c.author.as_deref(), c.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("Tom Reed"),
                "About time they fixed it. The joints have rattled for years."
            ),
            (Some("Mira Holt"), "Agreed, but the detour is long."),
            (Some("Li Wei"), "Will the buses still run?"),
        ]
    );
    assert_eq!(
        a.comments[0].published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-02T09:15:00+00:00")
    );
    assert_eq!(
        a.comments[0].url.as_deref(),
        Some("https://town.example/bridge/#comment-11")
    );
    assert_eq!(
        a.comments[2].url.as_deref(),
        Some("https://town.example/bridge/#comment-13")
    );
    let body = a.body_text();
    assert!(body.contains("expansion joints"), "{body}");
    assert!(
        !body.contains("About time") && !body.contains("detour"),
        "{body}"
    );
}

#[test]
fn schema_org_comments() {
    let html = format!(
        r#"{STORY}<div class="discussion">
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author">Sam Ode</span> <time itemprop="dateCreated" datetime="2025-03-03">3 March</time>
  <div itemprop="text">Good news for cyclists.</div></div>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author">Ivy Park</span><div itemprop="text">Not for drivers.</div></div></div>"#
    );
    let a = newsprint::extract(&html, None).unwrap();
    let got: Vec<_> = a
        .comments
        .iter()
        .map(|c| (c.author.clone().unwrap_or_default(), c.text.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("Sam Ode".to_owned(), "Good news for cyclists.".to_owned()),
            ("Ivy Park".to_owned(), "Not for drivers.".to_owned())
        ]
    );
    assert_eq!(
        a.comments[0].published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03")
    );
}

#[test]
fn an_opinion_article_marked_comment_is_not_a_comment() {
    let html = r#"<article class="comment"><h1>Why the bridge matters</h1><p class="byline">By Ana Lima</p>
        <p>Opinion: the east bridge is the town's spine, and closing it for a week shows how little slack the roads have left.</p>
        <p>The council should plan a second crossing before the next repair is due.</p></article>"#;
    let a = newsprint::extract(html, None).unwrap();
    assert!(a.comments.is_empty(), "{:?}", a.comments);
}

#[test]
fn comments_can_be_left_out() {
    let html = format!(
        r#"{STORY}<ol><li class="comment" id="comment-1"><b class="fn">Tom</b><p>Finally.</p></li></ol>"#
    );
    assert_eq!(newsprint::extract(&html, None).unwrap().comments.len(), 1);
    let ex = newsprint::Extractor::builder().comments(false).build();
    assert!(ex.extract(&html, None).unwrap().comments.is_empty());
}
