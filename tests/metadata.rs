//! Metadata through the public API: what the page states reaches the
//! [`newsprint::Article`]. The metadata stage's own tests live beside it
//! (`src/metadata/tests/`).

#[test]
fn metadata_reaches_the_article() {
    let html = r#"<html lang="en"><head><title>Market hall reopens - Town Crier</title>
      <meta property="og:site_name" content="Town Crier">
      <meta name="description" content="Stalls return after the roof repair.">
      <meta property="article:published_time" content="2025-01-15T09:00:00+00:00">
      </head><body><article><h1>Market hall reopens</h1><p class="byline">By Grace Obi</p>
      <p>The market hall reopened on Wednesday morning after eight months of repairs to its
      leaking roof, and traders said the first day was busier than any day last year.</p>
      <p>The council paid for most of the work, with a grant from the regional heritage fund
      covering the restoration of the original iron frame and the glass lantern.</p>
      </article></body></html>"#;
    let a = newsprint::extract(html, Some("https://crier.example/news/market")).unwrap();
    assert_eq!(a.title.as_deref(), Some("Market hall reopens"));
    assert_eq!(a.authors, ["Grace Obi"]);
    assert_eq!(a.site_name.as_deref(), Some("Town Crier"));
    assert_eq!(
        a.description.as_deref(),
        Some("Stalls return after the roof repair.")
    );
    assert_eq!(
        a.published.map(|d| d.day().to_string()).as_deref(),
        Some("2025-01-15")
    );
    assert_eq!(a.lang.as_deref(), Some("en"));
}

/// A page around `header` (the article's header lines, after `<body>`)
/// and `head` (extra `<head>` tags), with enough body text to be an article.
fn page(head: &str, header: &str) -> String {
    format!(
        r#"<html lang="en"><head>{head}</head><body><article>{header}
        <p>The ferry service to the outer islands resumed on Monday after a month of repairs
        to the landing stage, and the first boat left the harbour full of passengers.</p>
        <p>Islanders had relied on a small water taxi since the storm, which carried only a
        dozen people at a time and could not take vehicles or freight.</p>
        </article></body></html>"#
    )
}

#[test]
fn title_is_the_visible_headline_when_it_resembles_the_meta_title() {
    // The social title is a rewritten variant; the page shows its headline.
    let html = page(
        r#"<title>Opinion | Ferries are back, and the islands breathe again | Island Post</title>
        <meta property="og:site_name" content="Island Post">
        <meta property="og:title" content="Opinion | Ferries are back, and the islands breathe again">"#,
        "<h1>The ferries are back and the islands can breathe again</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("The ferries are back and the islands can breathe again")
    );
    assert_eq!(a.provenance.title, Some(newsprint::Signal::Visible));
}

#[test]
fn an_unrelated_heading_is_not_the_title() {
    // A section heading that shares nothing with the metadata title.
    let html = page(
        r#"<title>Ferry service resumes to the outer islands | Island Post</title>
        <meta property="og:site_name" content="Island Post">"#,
        "<h1>Latest news</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry service resumes to the outer islands")
    );
    assert_eq!(a.provenance.title, Some(newsprint::Signal::Meta));
}

#[test]
fn a_kicker_in_the_heading_stays_out_of_the_title() {
    let html = page(
        r#"<title>Ferry service resumes to the outer islands | Island Post</title>
        <meta property="og:site_name" content="Island Post">"#,
        "<h1><span>Transport</span> Ferry service resumes to the outer islands</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry service resumes to the outer islands")
    );
}

#[test]
fn a_kicker_also_in_the_meta_title_stays_out_of_the_title() {
    // The metadata title carries the kicker too ("Klimaschutz: …"); the
    // heading's markup tells the kicker, a date or a subline from the
    // headline itself.
    for (meta, h1) in [
        (
            "Klimaschutz: Bohren bis zum heißen Kern",
            r#"<span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren bis zum heißen Kern</span>"#,
        ),
        (
            "Nach Corona: Bohren bis zum heißen Kern",
            r#"<span class="dachzeile">Nach Corona</span> <span class="headline">Bohren bis zum heißen Kern</span>"#,
        ),
        (
            "Die Zukunft - Bohren bis zum heißen Kern",
            r#"<span class="overline">Die Zukunft</span>Bohren bis zum heißen Kern"#,
        ),
        (
            "Bohren bis zum heißen Kern",
            r#"Bohren bis zum heißen Kern<br><small>02.02.2022 • Verband, Presse</small>"#,
        ),
    ] {
        let html = page(
            &format!(r#"<title>{meta}</title><meta property="og:title" content="{meta}">"#),
            &format!("<h1>{h1}</h1>"),
        );
        let a = newsprint::extract(&html, None).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Bohren bis zum heißen Kern"),
            "{h1}"
        );
    }
}

#[test]
fn a_visible_date_in_another_format_and_language_is_read() {
    // No date in the metadata: only the meta line under the headline.
    let html = page(
        "<title>Fähre fährt wieder</title>",
        "<h1>Fähre fährt wieder</h1><div class='meta'>Von Jana Ried | 3. März 2024, 14:05 Uhr</div>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Visible));
}

#[test]
fn an_update_date_is_not_taken_for_the_publication_date() {
    let html = page(
        "<title>Ferry service resumes</title>",
        r#"<h1>Ferry service resumes</h1>
        <p class="dates"><span>Last updated</span> <time datetime="2024-06-20">June 20, 2024</time></p>
        <p class="posted">Posted on 12 June 2024</p>"#,
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-12")
    );
    assert_eq!(
        a.modified.map(|d| d.to_string()).as_deref(),
        Some("2024-06-20")
    );
}

#[test]
fn an_update_date_alone_is_the_date_readers_see() {
    let html = page(
        "<title>Ferry service resumes</title>",
        r#"<h1>Ferry service resumes</h1>
        <p class="dates">Updated <time datetime="2024-06-20">June 20, 2024</time></p>"#,
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-20")
    );
}

#[test]
fn the_year_comes_from_the_article_not_the_copyright_line_or_an_older_story() {
    // The page names an older story's URL in its teaser list and a
    // copyright year in its footer; the article's own date line wins, and
    // the URL date of the page itself is only a fallback.
    let html = format!(
        r#"{}<aside class="related"><ul><li><a href="https://post.example/2019/04/02/old-ferry">Old ferry retires</a>
        <time datetime="2019-04-02">2 April 2019</time></li></ul></aside>
        <footer>© 2021 Island Post</footer>"#,
        page(
            "<title>Ferry service resumes</title>",
            "<h1>Ferry service resumes</h1><p class='date'>May 6, 2024</p>",
        )
    );
    let a = newsprint::extract(&html, Some("https://post.example/2024/05/06/ferry")).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06")
    );
    // Without a visible date, the page's own URL path dates it (weakly).
    let html = page(
        "<title>Ferry service resumes</title>",
        "<h1>Ferry service resumes</h1>",
    );
    let a = newsprint::extract(&html, Some("https://post.example/2024/05/06/ferry")).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Url));
}

#[test]
fn a_teasers_or_comments_date_is_not_the_articles() {
    let html = format!(
        r#"<html><head><title>Ferry service resumes</title></head><body>
        <article><h1>Ferry service resumes</h1>
        <p>The ferry service to the outer islands resumed on Monday after a month of repairs
        to the landing stage, and the first boat left the harbour full of passengers.</p>
        <p>Islanders had relied on a small water taxi since the storm, which carried only a
        dozen people at a time and could not take vehicles or freight.</p></article>
        <section class="comments"><div class="comment"><span class="date">March 3, 2024</span>
        <p>Great news for the islands.</p></div></section>
        <ul class="related-stories"><li><a href="/b">Storm hits harbour</a>
        <time datetime="2024-02-01">Feb 1, 2024</time></li></ul>{}</body></html>"#,
        ""
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(a.published, None);
}

#[test]
fn the_meta_line_date_wins_over_another_day_in_the_metadata() {
    let day = |a: &newsprint::Article| a.published.map(|d| d.day().to_string());
    // The structured data keeps the day the page was first imported; the
    // meta line under the headline shows the day readers see.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
        "datePublished":"2023-01-05T10:00:00+00:00"}</script>"#,
        "<h1>Ferry service resumes</h1><p class='meta'>By Jana Ried · Nov 25, 2025</p>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(day(&a).as_deref(), Some("2025-11-25"));
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Visible));
    // The same day on both: the stated instant, with its time, is kept.
    // A numeric date read the other way round ("09.10.2024" for 10
    // September) is the same day too; a caption sentence above the
    // headline, a `<time>` contradicting its own `datetime` and a date
    // marked as the update are not the meta line's publication date.
    for line in [
        "<p class='meta'>September 10, 2024</p>",
        "<p class='meta'>09.10.2024</p>",
        "<p class='caption'>Crowds wait at the landing stage before the first boat left on Oct. 21, 2023.</p>",
        "<p><time datetime='17:00, 2 March 2024'>Monday 4 March 2024</time></p>",
        // WordPress prints the update date first, marked only by its
        // class and `itemprop`.
        r#"<div class="entry-meta"><time class="updated" itemprop="dateModified">8. Oktober 2025</time>
        <time class="entry-date published">10. September 2024</time></div>"#,
    ] {
        let header = if line.contains("caption") {
            format!("{line}<h1>Ferry service resumes</h1>")
        } else {
            format!("<h1>Ferry service resumes</h1>{line}")
        };
        let html = page(
            r#"<title>Ferry service resumes</title>
            <meta property="article:published_time" content="2024-09-10T08:30:00+02:00">"#,
            &header,
        );
        let a = newsprint::extract(&html, None).unwrap();
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2024-09-10T08:30:00+02:00"),
            "{line}"
        );
    }
}

#[test]
fn a_utc_instant_is_dated_on_the_day_readers_saw() {
    // 23:00 UTC is already the next day where the paper is printed.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <meta property="article:published_time" content="2024-05-05T23:00:00+00:00">"#,
        "<h1>Ferry service resumes</h1><p class='meta'>06.05.2024</p>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06")
    );
    // Offsets the page states are kept.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <meta property="article:published_time" content="2024-05-06T08:30:00+02:00">"#,
        "<h1>Ferry service resumes</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06T08:30:00+02:00")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Meta));
}

#[test]
fn provenance_names_each_fields_signal_and_is_serialised() {
    let html = page(
        r#"<title>Ferry service resumes</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
        "author":{"@type":"Person","name":"Jana Ried"},"datePublished":"2024-05-06T08:30:00+02:00"}</script>
        <meta name="description" content="Boats run again.">"#,
        "<h1>Ferry service resumes</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    let p = a.provenance;
    assert_eq!(p.title, Some(newsprint::Signal::Visible));
    assert_eq!(p.authors, Some(newsprint::Signal::JsonLd));
    assert_eq!(p.published, Some(newsprint::Signal::JsonLd));
    assert_eq!(p.description, Some(newsprint::Signal::Meta));
    assert_eq!(p.modified, None);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["provenance"]["authors"], "json_ld");
    assert!(json["provenance"].get("modified").is_none());
    // The JSON reads back.
    let back: newsprint::Article = serde_json::from_value(json).unwrap();
    assert_eq!(back.provenance, p);
}

#[test]
fn a_rules_fields_are_marked_rule() {
    let rule = newsprint::rules::DeclarativeRule::from_toml_str(
        "name = 'isles'\nhosts = ['post.example']\ntitle = '.hed'",
    )
    .unwrap();
    let ex = newsprint::Extractor::builder().rule(rule).build();
    let html = page(
        "<title>Ferry service resumes</title>",
        "<p class='hed'>Ferries run again</p>",
    );
    let a = ex
        .extract(&html, Some("https://post.example/ferry"))
        .unwrap();
    assert_eq!(a.title.as_deref(), Some("Ferries run again"));
    assert_eq!(a.provenance.title, Some(newsprint::Signal::Rule));
}

#[test]
fn links_resolve_against_the_canonical_url_without_a_page_url() {
    let html = r#"<html><head><title>Ferry service resumes</title>
        <link rel="canonical" href="https://post.example/news/ferry">
        <meta property="og:image" content="/img/ferry.jpg"></head><body><article>
        <h1>Ferry service resumes</h1>
        <p>The ferry service to the outer islands resumed on Monday after a month of repairs
        to the <a href="/tags/harbour">landing stage</a>, and the first boat left full.</p>
        <p>Islanders had relied on a small water taxi since the storm, which carried only a
        dozen people at a time and could not take vehicles or freight.</p></article>
        <section class="related"><h2>Related</h2><ul>
        <li><a href="/news/storm">Storm hits the harbour wall</a></li>
        <li><a href="old-ferry">The old ferry retires after forty years</a></li>
        <li><a href="../../life/islands">Life on the outer islands</a></li></ul></section>
        </body></html>"#;
    let a = newsprint::extract(html, None).unwrap();
    assert_eq!(
        a.lead_image.as_ref().and_then(|i| i.url.as_deref()),
        Some("https://post.example/img/ferry.jpg")
    );
    let urls: Vec<&str> = a
        .related
        .iter()
        .flat_map(|l| &l.items)
        .filter_map(|i| i.url.as_deref())
        .collect();
    assert!(!urls.is_empty());
    assert!(
        urls.iter().all(|u| u.starts_with("https://post.example/")),
        "{urls:?}"
    );
    let md = a.to_markdown();
    assert!(md.contains("https://post.example/tags/harbour"), "{md}");
}

#[test]
fn tags_from_rel_tag_links_and_json_ld_about() {
    let html = r#"<html><head><title>Bridge closed</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closed","keywords":"Roads, Repairs","about":[{"@type":"Thing","name":"East bridge"},{"@type":"Place","name":"Roads"}]}</script>
</head><body><nav><a rel="tag" href="/tag/weather">Weather</a></nav>
<article><h1>Bridge closed</h1><p class="byline">By Ana Lima</p>
<p>The east bridge is closed until Monday while crews replace the expansion joints, and traffic is sent over the old ferry road.</p>
<p class="tags">Topics: <a rel="tag" href="/tag/traffic">Traffic</a>, <a rel="tag" href="/tag/council">Town council</a>, <a rel="tag" href="/tag/repairs">repairs</a></p>
</article></body></html>"#;
    let a = newsprint::extract(html, None).unwrap();
    assert_eq!(
        a.tags,
        ["Roads", "Repairs", "East bridge", "Traffic", "Town council"]
    );
}

#[test]
fn lead_image_credit_from_json_ld_only_when_the_figure_shows_none() {
    let page = |figure: &str| {
        format!(
            r#"<html><head><title>Bridge closed</title><meta property="og:image" content="https://town.example/bridge.jpg">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Bridge closed","image":{{"@type":"ImageObject","url":"https://town.example/bridge.jpg","creditText":"Town Photo Desk","copyrightHolder":{{"@type":"Organization","name":"Town Media"}}}}}}</script>
</head><body><article><h1>Bridge closed</h1><p class="byline">By Ana Lima</p>{figure}
<p>The east bridge is closed until Monday while crews replace the expansion joints, and traffic is sent over the old ferry road.</p>
<p>The council said the work had been planned for two years and could not wait for the summer.</p></article></body></html>"#
        )
    };
    let credit = |html: String| {
        newsprint::extract(&html, None)
            .unwrap()
            .lead_image
            .and_then(|i| i.credit)
    };
    assert_eq!(credit(page("")).as_deref(), Some("Town Photo Desk"));
    let visible = r#"<figure><img src="https://town.example/bridge.jpg" alt="The bridge"><figcaption>The east bridge. <span class="credit">Photo: Ana Lima</span></figcaption></figure>"#;
    assert_eq!(credit(page(visible)).as_deref(), Some("Ana Lima"));
}

#[test]
fn a_declared_team_or_desk_is_the_author_when_no_person_is_named() {
    let page = |author: &str| {
        format!(
            r#"<html><head><title>Ten tips for spring</title><meta name="author" content="{author}"></head>
<body><article><h1>Ten tips for spring</h1>
<p>Spring is the time to clear the gutters, check the roof for loose tiles and clean the windows after the winter storms.</p>
<p>Start with the jobs that keep water out, then move on to the garden and the fences.</p></article></body></html>"#
        )
    };
    let authors = |a: &str| newsprint::extract(&page(a), None).unwrap().authors;
    assert_eq!(
        authors("Great Day Editorial Team"),
        ["Great Day Editorial Team"]
    );
    assert_eq!(authors("Podium Staff"), ["Podium Staff"]);
    // Roles are still not names.
    assert!(authors("senior editor").is_empty());
    assert!(authors("the marketing team").is_empty());
}

#[test]
fn a_team_in_the_visible_byline_is_the_author_when_no_person_is_named() {
    let authors = |header: &str| {
        newsprint::extract(
            &page(
                r#"<title>Ferry service resumes</title><meta property="og:site_name" content="Island Post">"#,
                header,
            ),
            None,
        )
        .unwrap()
        .authors
    };
    assert_eq!(
        authors(
            "<h1>Ferry service resumes</h1><p class='byline'>By the Harbour Desk Team | 2 May 2024</p>"
        ),
        ["the Harbour Desk Team"]
    );
    assert_eq!(
        authors("<h1>Ferry service resumes</h1><p class='byline'>Written by Team Northwind</p>"),
        ["Team Northwind"]
    );
    // A person named later on the page wins over the team; the site's own
    // staff credited beside a person is not an author.
    assert_eq!(
        authors(
            "<h1>Ferry service resumes</h1><p class='byline'>By the Harbour Desk Team</p>\
             <p class='author-box'>Autor: Jana Ried</p>"
        ),
        ["Jana Ried"]
    );
    assert_eq!(
        authors(
            "<h1>Ferry service resumes</h1><p class='byline'>By Jana Ried and Island Post Staff</p>"
        ),
        ["Jana Ried"]
    );
}

#[test]
fn a_name_beside_the_date_line_is_the_author() {
    // Name and date in two elements of one meta block, no label, no class.
    let html = page(
        "<title>Ferry service resumes</title>",
        r#"<h1>Ferry service resumes</h1><div class="post-info"><p>Jana Ried</p>
        <p>23.07.2025 · 6 min read</p></div>"#,
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(a.authors, ["Jana Ried"]);
    // A forum moderator's role and name is not a byline.
    let html = page(
        "<title>Ferry service resumes</title>",
        r#"<h1>Ferry service resumes</h1><div class="post-info"><p>Mod Sharon</p>
        <p>23.07.2025</p></div>"#,
    );
    assert!(newsprint::extract(&html, None).unwrap().authors.is_empty());
}

#[test]
fn a_date_alone_on_its_line_further_down_the_header_is_read() {
    // No date in the metadata or on the meta line: the header block goes on
    // with an author box and a row of links before the date's own line.
    let links: String = ["Home", "Blog", "Archive", "Share", "Email", "Print"]
        .iter()
        .map(|l| format!("<span>{l}</span>"))
        .collect();
    let html = page(
        "<title>Ferry service resumes</title>",
        &format!("<h1>Ferry service resumes</h1><div>{links}{links}<p>20 December 2025</p></div>"),
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-12-20")
    );
}

#[test]
fn the_visible_dek_is_the_description() {
    let body = "<p>The harbour authority said on Monday that the new crane line will be \
        ready before the winter storms, after two years of delays caused by a shortage of \
        steel and a dispute over the contract for the foundations along the quay.</p>"
        .repeat(4);
    let page = |dek: &str| {
        format!(
            "<html><head><title>Crane line ready by winter</title>\
             <meta name='description' content='Harbour cranes news: read the latest updates \
             on the crane line and more stories from the port.'></head><body><article>\
             <h1>Crane line ready by winter</h1>{dek}<div class='article-body'>{body}\
             <div class='summary-box'><p>In short: the cranes arrive, the quay stays open \
             and the work ends in November.</p></div></div></article></body></html>"
        )
    };
    let with_dek = page(
        "<p class='article__dek'>After two years of delays, the port's new cranes will \
         lift their first containers before the storms.</p>",
    );
    let a = newsprint::extract(&with_dek, Some("https://port.example/news/cranes")).unwrap();
    assert_eq!(
        a.description.as_deref(),
        Some(
            "After two years of delays, the port's new cranes will lift their first containers before the storms."
        )
    );
    assert_eq!(a.provenance.description, Some(newsprint::Signal::Visible));
    // Without a dek, the meta description; a "summary" box in the body is
    // not a dek.
    let a = newsprint::extract(&page(""), Some("https://port.example/news/cranes")).unwrap();
    assert!(
        a.description
            .as_deref()
            .unwrap_or("")
            .starts_with("Harbour cranes news"),
        "{:?}",
        a.description
    );
}

#[test]
fn a_scheduled_posts_stated_dates_are_kept_as_stated() {
    // Saved on the 3rd, scheduled to go live on the 12th: the structured
    // data states a publication later than the modification. Neither is
    // mislabelled; the publication date is the one the page states.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
        "datePublished":"2025-03-12T08:00:00+00:00","dateModified":"2025-03-03T15:01:45+00:00"}</script>"#,
        "<h1>Ferry service resumes</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.day().to_string()).as_deref(),
        Some("2025-03-12")
    );
    assert_eq!(
        a.modified.map(|d| d.day().to_string()).as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::JsonLd));
    assert_eq!(a.provenance.modified, Some(newsprint::Signal::JsonLd));
    // The same with meta tags.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <meta property="article:published_time" content="2025-03-12T08:00:00+00:00">
        <meta property="article:modified_time" content="2025-03-03T15:01:45+00:00">"#,
        "<h1>Ferry service resumes</h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.day().to_string()).as_deref(),
        Some("2025-03-12")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Meta));
}

#[test]
fn a_plain_published_date_meta_tag_is_read() {
    for (tag, day) in [
        (
            r#"<meta name="published-date" content="2021-02-16">"#,
            "2021-02-16",
        ),
        (
            r#"<meta name="published" content="July 17, 2025">"#,
            "2025-07-17",
        ),
    ] {
        let html = page(
            &format!("<title>Ferry service resumes</title>{tag}"),
            "<h1>Ferry service resumes</h1>",
        );
        let a = newsprint::extract(&html, None).unwrap();
        assert_eq!(
            a.published.map(|d| d.day().to_string()).as_deref(),
            Some(day),
            "{tag}"
        );
        assert_eq!(
            a.provenance.published,
            Some(newsprint::Signal::Meta),
            "{tag}"
        );
    }
}

#[test]
fn a_stated_day_month_date_read_the_wrong_way_round_yields_to_the_meta_line() {
    // The meta tag writes month first ("03-09-2026" for 9 March) and is
    // read day first; the meta line spells the month out.
    let html = page(
        r#"<title>Ferry service resumes</title>
        <meta name="article:published_time" content="03-09-2026">"#,
        "<h1>Ferry service resumes</h1><p class='meta'>Published March 9, 2026</p>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.day().to_string()).as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Visible));
}

#[test]
fn a_declared_author_that_is_the_publisher_gives_way_to_a_person() {
    let page = |line: &str| {
        format!(
            r#"<html><head><title>Les éléphants de la forêt</title>
<meta name="publisher" content="Radio Monde (www.radiomonde.example)">
<meta name="author" content="Radio Monde (www.radiomonde.example)"></head>
<body><article><h1>Les éléphants de la forêt</h1>
<p>Les paysans de la région voient les troupeaux traverser leurs champs chaque saison sèche, et les récoltes de manioc sont perdues en une nuit.</p>
<p>Les agents des eaux et forêts comptent les bêtes depuis trois ans pour savoir combien il en reste dans la réserve.</p>
{line}</article></body></html>"#
        )
    };
    let authors = |line: &str| newsprint::extract(&page(line), None).unwrap().authors;
    assert_eq!(authors("<p>Auteur : Léa Martin</p>"), ["Léa Martin"]);
    // No person named: the publisher stays the author.
    assert_eq!(authors(""), ["Radio Monde"]);
}

#[test]
fn the_owner_in_the_copyright_line_of_a_personal_site_is_the_author() {
    let page = r#"<html><head><title>Moving my build to a new language version</title></head>
<body><div id="main"><h1>Moving my build to a new language version</h1>
<p>The move took four years, most of it spent on the string types, and the test suite caught almost every mistake before a user saw it.</p>
<p>The rest of this post walks through what went well, what did not, and what I would do differently next time.</p></div>
<div id="footer"><p>Copyright (c) 2012- Ana Lima. All rights reserved. Design by a template shop.</p></div></body></html>"#;
    let authors = |url: &str| newsprint::extract(page, Some(url)).unwrap();
    let own = authors("https://analima.example/blog/new-version/");
    assert_eq!(own.authors, ["Ana Lima"]);
    assert_eq!(own.provenance.authors, Some(newsprint::Signal::Visible));
    // On a site that is not the holder's, the line names the owner of
    // the site, not the writer.
    assert!(
        authors("https://news.example/blog/new-version/")
            .authors
            .is_empty()
    );
}

#[test]
fn a_marked_user_name_after_a_by_word_is_the_author() {
    let page = |line: &str| {
        format!(
            r#"<html><head><title>Hackathon in the old mill</title></head>
<body><div class="node"><h1>Hackathon in the old mill</h1>
<p>Forty people spent the weekend in the old mill building tools for the town's repair café, and three of the projects are already in use.</p>
<p>The next meeting is planned for the autumn, in the same place, and newcomers are welcome.</p>
{line}</div></body></html>"#
        )
    };
    let authors = |line: &str| newsprint::extract(&page(line), None).unwrap().authors;
    assert_eq!(
        authors(
            r#"<div class="submitted">Gespeichert von <span class="username">kestrel</span> am 24. Juli 2017 - 18:55</div>"#
        ),
        ["kestrel"]
    );
    assert_eq!(
        authors(
            r#"<div class="meta">Von <a href="/team/ana" class="username">Ana.Lima</a> am Samstag</div>"#
        ),
        ["Ana.Lima"]
    );
    // A user name without a "by" word before it is no byline.
    assert!(
        authors(r#"<div class="meta">Logged in as <span class="username">kestrel</span></div>"#)
            .is_empty()
    );
}

#[test]
fn a_date_inside_the_headline_element_is_read() {
    // No date in the metadata: the meta line sits inside the `<h1>`,
    // after the title text.
    let html = page(
        "<title>Ferry service resumes</title>",
        "<h1>Ferry service resumes<br><small><span class='icon'></span>&nbsp; 02.02.2022 •&nbsp; Region</small></h1>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2022-02-02")
    );
    assert_eq!(a.provenance.published, Some(newsprint::Signal::Visible));
}

#[test]
fn a_written_label_dates_the_article_before_its_update_label() {
    // "Written: … / Updated: …" on one line: the first date is the
    // publication, not an update; a teaser's date further down is not
    // the article's.
    let html = format!(
        r#"{}<div class="more"><div class="item"><h2><a href="/b">Harbour gets new crane</a></h2>
        <p class="date">2023-11-03</p></div></div>"#,
        page(
            "<title>Ferry service resumes</title>",
            r#"<h1>Ferry service resumes</h1>
            <p class="date">Written: 2023-11-07 15:03:30<span> / </span>Updated: 2023-11-08 09:30:46</p>"#,
        )
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-07")
    );
}

#[test]
fn an_update_label_dates_a_page_that_shows_no_other_date() {
    for (line, want) in [
        ("<p><b>Aktualisiert am </b>17.01.2021.</p>", "2021-01-17"),
        (
            "<p style='text-align:right'>Last updated: November 13, 2025</p>",
            "2025-11-13",
        ),
    ] {
        // The label line stands at the end of the page, far below the
        // headline's meta line.
        let views: String = (1..=14)
            .map(|i| {
                format!("<p>Camera {i} looks over the landing stage and the harbour wall.</p>")
            })
            .collect();
        let html = format!(
            r#"<html><head><title>Webcams at the lake</title></head><body><main>
            <h1>Webcams at the lake</h1>
            <p>The ferry service to the outer islands resumed on Monday after a month of repairs
            to the landing stage, and the first boat left the harbour full of passengers.</p>
            <p>Islanders had relied on a small water taxi since the storm, which carried only a
            dozen people at a time and could not take vehicles or freight.</p>{views}{line}</main>
            </body></html>"#
        );
        let a = newsprint::extract(&html, None).unwrap();
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some(want),
            "{line}"
        );
    }
}

#[test]
fn a_publication_label_in_the_page_footer_dates_a_page_that_shows_no_other_date() {
    let html = format!(
        r#"{}<div class="page-foot"><p class="footer-line">Letzte Änderung: 31.10.2023 - 14:49:39<br>
        Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>"#,
        page(
            "<title>Ferry service resumes</title>",
            "<h1>Ferry service resumes</h1>"
        )
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-01")
    );
}

#[test]
fn a_numeric_date_is_read_day_first_on_a_page_in_a_day_first_locale() {
    let html = |lang: &str| {
        format!(
            r#"<html lang="{lang}"><head><title>Ferry service resumes</title></head><body><article>
            <h1>Ferry service resumes</h1><p><span class="source">Island Post</span>
            <span class="time">02/10/2020</span></p>
            <p>The ferry service to the outer islands resumed on Monday after a month of repairs
            to the landing stage, and the first boat left the harbour full of passengers.</p>
            <p>Islanders had relied on a small water taxi since the storm, which carried only a
            dozen people at a time and could not take vehicles or freight.</p>
            </article></body></html>"#
        )
    };
    for (lang, want) in [
        ("en-GB", "2020-10-02"),
        ("de", "2020-10-02"),
        ("en-US", "2020-02-10"),
    ] {
        let a = newsprint::extract(&html(lang), None).unwrap();
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some(want),
            "{lang}"
        );
    }
}

#[test]
fn a_news_dateline_after_the_place_dates_the_article() {
    let html = page(
        "<title>Gardens feed the villages</title>",
        "<h1>Gardens feed the villages</h1><p>By <strong>Jana Ried</strong></p>
        <p>HARBOURTON, Dec 20, 2025 (IPA) - Home gardens have made the villages of the dry
        northern plain more self-reliant, local officials said on Saturday.</p>",
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2025-12-20")
    );
}

#[test]
fn a_date_alone_under_the_author_box_after_the_body_dates_the_article() {
    // A long guide: the author box stands far below the headline.
    let views: String = (1..=45)
        .map(|i| {
            format!("<p>Step {i}: the crew checks the landing stage and the harbour wall.</p>")
        })
        .collect();
    let html = format!(
        r#"<html><head><title>How ferries are repaired</title></head><body><main>
        <h1>How ferries are repaired</h1>
        <p>The ferry service to the outer islands resumed on Monday after a month of repairs
        to the landing stage, and the first boat left the harbour full of passengers.</p>{views}
        <div class="author-box"><p>Written by <a href="/authors/jr">Jana Ried and Omar Lind</a></p>
        <p>April 8, 2024</p></div></main></body></html>"#
    );
    let a = newsprint::extract(&html, None).unwrap();
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-04-08")
    );
}

#[test]
fn a_heading_damaged_by_an_encoding_fault_gives_the_intact_meta_title() {
    // The heading's apostrophe and colon were lost to "?" on the way; the
    // metadata states the same headline intact.
    let html = page(
        r#"<title>What the Ferry Timetable Means: An Islander's Guide | Island Post</title>
        <meta property="og:title" content="What the Ferry Timetable Means: An Islander&#x27;s Guide">"#,
        "<h1>What the Ferry Timetable Means? An Islander? Guide</h1>",
    );
    let a = newsprint::extract(&html, Some("https://post.example/news/ferry")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("What the Ferry Timetable Means: An Islander's Guide")
    );
}

#[test]
fn a_real_question_mark_in_the_heading_is_kept() {
    let html = page(
        "<title>Will the ferry run this winter? | Island Post</title>",
        "<h1>Will the ferry run this winter? Islanders ask</h1>",
    );
    let a = newsprint::extract(&html, Some("https://post.example/news/ferry")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Will the ferry run this winter? Islanders ask")
    );
}

#[test]
fn a_double_encoded_title_is_repaired() {
    // The page's UTF-8 was read as Windows-1252 and encoded again.
    let html = page(
        "<title>The island\u{e2}\u{20ac}\u{2122}s ferry is back | Island Post</title>",
        "<h1>The island\u{e2}\u{20ac}\u{2122}s ferry is back in service</h1>",
    );
    let a = newsprint::extract(&html, Some("https://post.example/news/ferry")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("The island\u{2019}s ferry is back in service")
    );
}

#[test]
fn a_headline_nested_in_an_h1_is_the_title() {
    // `<h1><h2>…</h2></h1>`: the parser leaves an empty `<h1>` and the
    // headline in the `<h2>` after it, outside any `<article>`.
    let html = r#"<html lang="en"><head><title>12.05.2024 - Ferry service resumes to the outer islands - Island Post</title></head>
      <body><div class="top"><h1 class="t1"><h2 class="headline">Ferry service resumes to the outer islands</h2></h1>
      <h2 class="sub">After a month of repairs, the first boat left full</h2></div>
      <div class="content"><p>The ferry service to the outer islands resumed on Monday after a month of repairs
      to the landing stage, and the first boat left the harbour full of passengers.</p>
      <p>Islanders had relied on a small water taxi since the storm, which carried only a
      dozen people at a time and could not take vehicles or freight.</p></div></body></html>"#;
    let a = newsprint::extract(html, Some("https://post.example/news/ferry")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry service resumes to the outer islands")
    );
}

#[test]
fn a_question_mark_the_meta_title_leaves_out_is_no_damage() {
    let html = page(
        "<title>Where the ferry goes next | Island Post</title>",
        "<h1>Where the ferry goes next?</h1>",
    );
    let a = newsprint::extract(&html, Some("https://post.example/news/ferry")).unwrap();
    assert_eq!(a.title.as_deref(), Some("Where the ferry goes next?"));
}
