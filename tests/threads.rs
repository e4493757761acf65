//! Forum threads: when the posts are the page's content they are its
//! body (every post, first post first, each with its author and date
//! lines) and come back as data in `Article::comments`. Pages written for
//! these tests.

use newsprint::PageKind;

/// One post of a forum engine that calls its posts "comments" in its
/// class names (which prune comment sections from article bodies).
fn post(id: u32, who: &str, when: &str, shown: &str, text: &str) -> String {
    format!(
        r#"<article class="cPost ipsComment" id="elComment_{id}">
  <aside class="cAuthorPane"><h3 class="cAuthorPane_author"><a href="https://board.example/profile/{id}-x/">{who}</a></h3>
    <ul class="cAuthorPane_info"><li>412 posts</li></ul></aside>
  <div class="postWrap"><div class="postMeta"><a href="?comment={id}">Posted <time datetime="{when}">{shown}</time></a></div>
  <div class="postContent" data-role="commentContent">{text}</div>
  <ul class="postControls"><li><a href="?quote={id}">Quote</a></li></ul></div>
</article>"#
    )
}

fn forum_page() -> String {
    let posts = [
        post(
            101,
            "Ada Quill",
            "2024-03-05T07:02:39Z",
            "March 5, 2024",
            "<p>The new kettle firmware stops the boil at ninety degrees, and I cannot find the setting that brings back the full boil.</p><p>Has anyone found it?</p>",
        ),
        post(
            102,
            "Ben Forge",
            "2024-03-05T08:10:00Z",
            "March 5, 2024",
            "<p>It moved to the advanced menu: hold the lid button for five seconds and the temperature list comes back.</p>",
        ),
        post(
            103,
            "Cy Marlow",
            "2024-03-06T19:45:00Z",
            "March 6, 2024",
            "<p>Thanks, that worked for me too.</p>",
        ),
    ]
    .concat();
    format!(
        r#"<html><head><title>Kettle stops at ninety degrees - Kettle Owners Board</title></head><body>
<nav><a href="/">Home</a> <a href="/forums">Forums</a></nav>
<div class="sidebar"><h3>Who is online</h3><p>14 members and 80 guests are reading the board right now.</p></div>
<main><h1>Kettle stops at ninety degrees</h1><div class="cTopic">{posts}</div></main>
<footer><p>Kettle Owners Board, powered by a forum engine.</p></footer></body></html>"#
    )
}

#[test]
fn a_thread_of_posts_is_its_body() {
    let a = newsprint::extract(
        &forum_page(),
        Some("https://board.example/topic/88-kettle-stops-at-ninety-degrees/"),
    )
    .unwrap();
    let body = a.body_text();
    // Every post, in page order, each after its author and date lines.
    let order = [
        "Ada Quill",
        "March 5, 2024",
        "full boil",
        "Has anyone found it?",
        "Ben Forge",
        "advanced menu",
        "Cy Marlow",
        "March 6, 2024",
        "that worked for me too",
    ];
    assert_in_order(&body, &order);
    for chrome in ["Quote", "412 posts", "members and 80 guests", "powered by"] {
        assert!(!body.contains(chrome), "{chrome:?} in\n{body}");
    }
    // The same posts as data.
    let posts: Vec<(Option<&str>, String)> = a
        .comments
        .iter()
        .map(|c| (c.author.as_deref(), c.published.map(|d| d.to_string())))
        .map(|(w, d)| (w, d.unwrap_or_default()))
        .collect();
    assert_eq!(
        posts,
        [
            (Some("Ada Quill"), "2024-03-05T07:02:39+00:00".to_owned()),
            (Some("Ben Forge"), "2024-03-05T08:10:00+00:00".to_owned()),
            (Some("Cy Marlow"), "2024-03-06T19:45:00+00:00".to_owned()),
        ]
    );
    assert!(a.comments[1].text.contains("advanced menu"));
    assert_eq!(
        a.comments[0].url.as_deref(),
        Some("https://board.example/topic/88-kettle-stops-at-ninety-degrees/#elComment_101")
    );
    assert_eq!(a.page_kind, PageKind::Forum);

    // The same posts as the comment section of an article, longer than
    // the story: the story stays the body, the comments stay out of it.
    let story = "<p>The harbour office printed new tide tables on Thursday, a week after the old ones were found to be an hour off for the whole of April, and the ferry company changed its timetable the same afternoon.</p>\
        <p>Skippers said the mistake had cost them a morning of fishing, and the office promised to check its figures against the coastguard's before every season.</p>\
        <p>The corrected tables are on sale at the harbour office and at the ferry terminal, and they can be read free of charge on the notice board by the slipway.</p>\
        <p>A spokesman said the error came from a spreadsheet that had not been updated after the clocks changed, and that it would not happen again.</p>";
    let long = "<p>I have fished from this harbour for thirty years and I have never seen the tables this wrong, and nobody at the office answered the phone when we called about it on the Monday morning, which is the worst part of all of this.</p>";
    let comments = [
        post(1, "Dee Hart", "2024-04-02T10:00:00Z", "April 2, 2024", long),
        post(
            2,
            "Eli Stone",
            "2024-04-02T11:00:00Z",
            "April 2, 2024",
            long,
        ),
        post(3, "Fay Moss", "2024-04-02T12:00:00Z", "April 2, 2024", long),
        post(4, "Gus Lane", "2024-04-02T13:00:00Z", "April 2, 2024", long),
    ]
    .concat();
    let html = format!(
        r#"<html><body><div class="page"><article class="story"><h1>Tide tables reprinted</h1>
<p class="byline">By Ada Quay</p>{story}</article>
<section class="comments"><h2>Comments</h2>{comments}</section></div></body></html>"#
    );
    let a = newsprint::extract(
        &html,
        Some("https://harbour.example/news/tide-tables-reprinted"),
    )
    .unwrap();
    let body = a.body_text();
    assert!(body.starts_with("The harbour office printed"), "{body}");
    assert!(!body.contains("thirty years"), "{body}");
}

/// An application shell: the visible body is an empty mount point and a
/// `<noscript>` holds the page as served to crawlers, with its posts
/// marked in schema.org microdata.
#[test]
fn an_application_shell_is_read_from_its_noscript_copy() {
    let reply = |n: u32, who: &str, when: &str, text: &str| {
        format!(
            r#"<div id="post_{n}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
  <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <a itemprop="url" href="https://talk.example/u/{who}"><span itemprop="name">{who}</span></a></span>
    <span class="crawler-post-infos"><time itemprop="datePublished" datetime="{when}" class="post-time">{when}</time></span></div>
  <div class="post" itemprop="text"><p>{text}</p></div></div>"#
        )
    };
    let replies = [
        reply(2, "bo", "2024-09-06", "The same happens here since the update on Thursday, every export stops halfway through the second page."),
        reply(3, "cy", "2024-09-07", "Rolling back to the previous release fixed it for our team until a patch comes out."),
    ]
    .concat();
    let crawler = format!(
        r#"<div id="main-outlet"><h1>Exports stop halfway</h1>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Exports stop halfway">
<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta">
  <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://talk.example/u/al"><span itemprop="name">al</span></a></span>
  <span class="crawler-post-infos"><time datetime="2024-09-05" class="post-time">2024-09-05</time></span></div>
  <div class="post" itemprop="text"><p>Since this week every export of a long report stops halfway and the file cannot be opened afterwards.</p></div></div>
{replies}</div>{pad}</div>"#,
        pad = "<!-- crawler view -->".repeat(200)
    );
    let html = format!(
        r#"<html><head><title>Exports stop halfway - Talk</title></head><body>
<section id="splash"><div class="dots"></div></section><div id="app"></div>
<noscript>{crawler}</noscript></body></html>"#
    );
    let a = newsprint::extract(
        &html,
        Some("https://talk.example/t/exports-stop-halfway/931"),
    )
    .unwrap();
    let body = a.body_text();
    for part in [
        "al",
        "stops halfway and the file",
        "bo",
        "second page",
        "cy",
        "Rolling back",
    ] {
        assert!(body.contains(part), "{part:?} missing:\n{body}");
    }
    assert!(body.find("stops halfway and the file") < body.find("Rolling back"));
    let authors: Vec<_> = a
        .comments
        .iter()
        .filter_map(|c| c.author.as_deref())
        .collect();
    assert_eq!(authors, ["al", "bo", "cy"]);
    assert_eq!(a.page_kind, PageKind::Forum);
}

/// Questions and answers of an FAQ are marked in microdata too, but name
/// no author and no date: they are no thread.
#[test]
fn an_faq_is_no_thread_but_a_thread_of_questions_is() {
    let qa = |q: &str, a: &str| {
        format!(
            r#"<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">{q}</h3>
<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>{a}</p></div></div></div>"#
        )
    };
    let faq = [
        qa("How long does delivery take?", "Parcels arrive within three working days anywhere on the mainland, and islands take a day longer."),
        qa("Can I return a kettle?", "Yes, within thirty days of delivery, in its box, with the receipt or the order number."),
    ]
    .concat();
    let story = "<p>Our kettles are made in a small workshop by the river, where six people build, test and pack every one of them by hand before it leaves.</p>".repeat(3);
    let html = format!(
        r#"<html><body><main><h1>About our kettles</h1><div class="intro">{story}</div><section class="faq"><h2>Questions</h2>{faq}</section></main></body></html>"#
    );
    let a = newsprint::Extractor::builder()
        .best_effort(true)
        .build()
        .extract(&html, Some("https://kettles.example/about"))
        .unwrap();
    assert!(
        a.body_text().starts_with("Our kettles are made"),
        "{}",
        a.body_text()
    );
    assert_ne!(a.page_kind, PageKind::Forum);

    // Questions signed and dated by members are a thread.
    let signed = |n: u32, who: &str, text: &str| {
        format!(
            r#"<div class="answer" id="answer-{n}" itemscope itemtype="https://schema.org/Answer">
<div class="answer-body" itemprop="text"><p>{text}</p></div>
<div class="user-card">answered <time datetime="2023-05-0{n}">May {n}, 2023</time> by <a href="/users/{n}/{who}">{who}</a></div></div>"#
        )
    };
    let html = format!(
        r#"<html><body><h1>Why does my kettle click?</h1>
<div class="question" id="question" itemscope itemtype="https://schema.org/Question">
<div class="question-body" itemprop="text"><p>My kettle clicks twice before it boils, and the second click comes with a hiss that sounds like steam escaping from the lid.</p></div>
<div class="user-card">asked <time datetime="2023-05-01">May 1, 2023</time> by <a href="/users/9/dot">dot</a></div></div>
<div class="answers">{}{}</div></body></html>"#,
        signed(
            2,
            "eve",
            "The first click is the thermostat settling, the second is the switch; the hiss is normal on most models."
        ),
        signed(
            3,
            "fox",
            "Descale it: a layer of scale makes the element click and hiss before the water moves at all."
        ),
    );
    let a = newsprint::extract(
        &html,
        Some("https://ask.example/questions/77/why-does-my-kettle-click"),
    )
    .unwrap();
    let body = a.body_text();
    for part in [
        "clicks twice",
        "eve",
        "thermostat settling",
        "fox",
        "Descale it",
    ] {
        assert!(body.contains(part), "{part:?} missing:\n{body}");
    }
    assert_eq!(a.comments.len(), 3);
}

/// A discussion engine that shows its opening post in a container of its
/// own above a list of comments: the opening post comes first, then the
/// comments, on a page filed as a discussion.
#[test]
fn the_opening_post_above_its_replies() {
    let reply = |n: u32, who: &str, text: &str| {
        format!(
            r#"<li class="Item ItemComment" id="Comment_{n}"><div class="Comment">
<div class="Item-Header"><span class="Author"><a href="/profile/{who}" class="Username">{who}</a></span>
<span class="DateCreated"><time datetime="2025-03-0{n}T10:00:00+00:00">March {n}, 2025</time></span></div>
<div class="Item-Body"><div class="Message userContent"><p>{text}</p></div></div></div></li>"#
        )
    };
    let html = format!(
        r#"<html><body><div class="Frame-body"><div class="Content MainContent">
<h1>Moving the club night to Thursdays</h1>
<div class="Discussion"><div class="Item-Header DiscussionHeader"><span class="Author"><a href="/profile/lin" class="Username">lin</a></span>
<span class="DateCreated"><time datetime="2025-03-01T09:00:00+00:00">March 1, 2025</time></span></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">
<p>The hall on Wednesdays has been double-booked three times this winter, and the caretaker has offered us Thursdays from April for the same rent.</p>
<p>Before I say yes I would like to hear from everyone who cannot make Thursdays, because the point of the club is that people come, and a cheaper evening nobody can attend helps nobody.</p>
<p>Please reply here by the end of the month.</p></div></div></div></div>
<ul class="MessageList DataList Comments">{}{}</ul></div></div></body></html>"#,
        reply(
            2,
            "max",
            "Thursdays suit me better, the buses run later that night and the car park by the hall is empty after six."
        ),
        reply(
            3,
            "noor",
            "I teach on Thursdays until eight, so I would miss the first hour, but I could still come for the second half of the evening."
        ),
    );
    let a = newsprint::extract(
        &html,
        Some("https://club.example/discussion/412/moving-the-club-night"),
    )
    .unwrap();
    let body = a.body_text();
    let first = body.find("double-booked").expect(&body);
    let reply = body.find("buses run later").expect(&body);
    assert!(first < reply, "{body}");
    assert!(body.contains("until eight"), "{body}");
    assert_eq!(a.page_kind, PageKind::Forum);
}

/// A forum post marked up with schema.org `Comment` microdata: its author
/// (a profile link) and its date in the post's head.
fn microdata_post(id: u32, who: &str, text: &str) -> String {
    format!(
        r#"<div class="post" id="post-{id}" itemscope itemtype="https://schema.org/Comment">
  <div class="post-head"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/members/{who}.{id}/"><span itemprop="name">{who}</span></a></span>
  <time itemprop="datePublished" datetime="2024-05-0{id}T10:00:00Z">May {id}, 2024</time></div>
  <div class="post-body" itemprop="text">{text}</div>
</div>"#
    )
}

/// The person who started the thread is its author: not every poster
/// (each post marks its author), and not nobody when no byline names one.
#[test]
fn the_thread_starter_is_the_author() {
    let marked = microdata_post;
    let page = |posts: String| {
        format!(
            r#"<html><head><title>Pump hums at night - Pond Board</title></head><body>
<main><h1>Pump hums at night</h1><div class="thread">{posts}</div></main></body></html>"#
        )
    };
    let three = [
        marked(1, "reedwarbler_7", "<p>My pond pump started to hum loudly at night after I cleaned the filter last weekend, and the flow looks weaker than before.</p>"),
        marked(2, "Marta Kolb", "<p>Check the impeller: a bit of grit behind it makes exactly that noise, and it is easy to take out and rinse.</p>"),
        marked(3, "lilypad", "<p>Same here last spring, it was the impeller. Rinse it and the hum goes away.</p>"),
    ]
    .concat();
    let a = newsprint::extract(
        &page(three),
        Some("https://pond.example/threads/pump-hums.12/"),
    )
    .unwrap();
    assert!(a.comments.len() >= 3, "{:?}", a.comments);
    assert_eq!(a.authors, ["reedwarbler_7"]);
    assert_eq!(a.provenance.authors, Some(newsprint::Signal::Visible));

    // The engine's own forum view without microdata: no byline at all,
    // the first post's author line names the starter.
    let plain = |id: u32, who: &str, text: &str| {
        format!(
            r#"<div class="message" id="post-{id}"><div class="message-user"><a class="username" href="/members/{id}/">{who}</a></div>
  <div class="message-date"><time datetime="2024-05-0{id}T10:00:00Z">May {id}, 2024</time></div>
  <div class="message-content"><p>{text}</p></div></div>"#
        )
    };
    let three = [
        plain(1, "b.scherer", "The backup job stops at the same file every night and the log only says that the disk was busy, which it is not."),
        plain(2, "Olu Ade", "Run it once by hand with the verbose flag: the real error is printed before the summary line."),
        plain(3, "kip", "The verbose flag showed a permissions error on my box, maybe yours too."),
    ]
    .concat();
    let a =
        newsprint::extract(&page(three), Some("https://ops.example/t/backup-stops/41")).unwrap();
    assert!(!a.comments.is_empty(), "no thread found");
    assert_eq!(a.authors, ["b.scherer"]);
    // The starter names who wrote the thread; it does not make the page
    // an article.
    assert_eq!(a.page_kind, PageKind::Forum);
}

/// A thread page of a site whose host names it a forum, whose software
/// declares every page an article and marks the replies as comments.
fn forum_site_page() -> String {
    let reply = |n: u32, who: &str, text: &str| {
        format!(
            r#"<li class="Board-item"><span id="post{n}"></span><div class="Board-content" itemscope itemtype="http://schema.org/Comment">
  <div class="Board-header"><a href="/members/{who}.html" class="Board-username" itemprop="author">{who}</a>
  <time class="Board-date" datetime="2024-05-2{n}T10:00:00" itemprop="dateCreated">2 years ago</time></div>
  <div class="Board-message" itemprop="text">{text}</div>
  <div class="Board-actions"><a href="/reply">Reply</a> <a href="/share">Share</a></div></div></li>"#
        )
    };
    let replies = [
        reply(1, "tidewalker", "Bolt the bracket to the rafter, not to the plasterboard: plasterboard alone will not carry a bike through the winter. Find the rafter with a stud finder, drill a pilot hole and use lag screws at least three inches long."),
        reply(2, "gearhound", "I used two ceiling hooks and a pulley kit, and the bike has been up there for three years without a wobble. The pulley lets you lift it with one hand, and a cleat on the wall holds the rope when it is up."),
        reply(3, "tidewalker", "Measure the door height first, or the handlebars will catch the frame every time you open it. Leave a hand's width between the wheels and the door rails, and hang the heavier bike nearest the wall."),
    ]
    .concat();
    format!(
        r#"<html><head><title>Hanging a bike from the garage ceiling</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"Hanging a bike from the garage ceiling","author":{{"@type":"Person","name":"spokeless"}}}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/garage-area/">Garage area</a></nav>
<div class="Thread"><header class="Thread-header"><h1>Hanging a bike from the garage ceiling</h1>
<div class="Thread-meta">by <a href="/members/spokeless.html" class="Thread-username">spokeless</a> Posted: <time datetime="2024-05-20T08:00:00">2 years ago</time></div></header>
<div class="Thread-content"><div id="main-post" class="Thread-post">My garage has a high ceiling and I would like to hang two bikes from it to free the floor. What kind of hooks or brackets hold a heavy mountain bike safely, and how do you get it up there without a ladder every time?</div>
<section id="comments" class="Board"><ul class="Board-list">{replies}</ul></section></div></div>
<aside class="Trending"><h3>Trending topics</h3><ul><li><a href="/t/1">Best garage floor paint</a></li></ul></aside>
<footer><p>Garage Builders Forum, all rights reserved.</p></footer></body></html>"#
    )
}

#[test]
fn a_forum_site_that_declares_articles_keeps_its_replies() {
    let html = forum_site_page();
    let a = newsprint::extract(
        &html,
        Some("https://www.garagebuildersforum.example/garage-area/4411-hanging-a-bike.html"),
    )
    .unwrap();
    let body = a.body_text();
    let order = [
        "tidewalker",
        "plasterboard alone",
        "gearhound",
        "pulley kit",
        "tidewalker",
        "Measure the door height",
    ];
    assert_in_order(&body, &order);
    for chrome in ["Trending topics", "all rights reserved", "Share"] {
        assert!(!body.contains(chrome), "{chrome:?} in\n{body}");
    }
    assert!(a.comments.len() >= 3, "{:?}", a.comments);

    // The same page on a site that does not call itself a forum is an
    // article with a comment section: the comments stay out of its body.
    let a = newsprint::extract(
        &html,
        Some("https://www.garagebuilders.example/garage-area/4411-hanging-a-bike.html"),
    )
    .unwrap();
    let body = a.body_text();
    assert!(body.contains("high ceiling"), "{body}");
    assert!(!body.contains("pulley kit"), "{body}");
}

/// Each of `parts` is in `body`, after the one before it.
fn assert_in_order(body: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = body[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing after byte {from}:\n{body}"));
        from += at + part.len();
    }
}

/// The site's name stands in for an author only when nothing else is
/// credited: a thread's starter wins over it.
#[test]
fn the_thread_starter_wins_over_the_site_name() {
    let post = microdata_post;
    let posts = [
        post(1, "reedwarbler_7", "<p>My pond pump started to hum loudly at night after I cleaned the filter last weekend, and the flow looks weaker than before.</p>"),
        post(2, "Marta Kolb", "<p>Check the impeller: a bit of grit behind it makes exactly that noise, and it is easy to take out and rinse.</p>"),
        post(3, "lilypad", "<p>Same here last spring, it was the impeller. Rinse it and the hum goes away.</p>"),
    ]
    .concat();
    let html = format!(
        r#"<html><head><title>Pump hums at night - Pond Board</title>
<meta property="og:site_name" content="Pond Board"></head><body>
<main><h1>Pump hums at night</h1><div class="thread">{posts}</div></main></body></html>"#
    );
    let a = newsprint::extract(&html, Some("https://pond.example/threads/pump-hums.12/")).unwrap();
    assert_eq!(a.authors, ["reedwarbler_7"]);
}
