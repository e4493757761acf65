use super::*;

/// The role of the first `tag`, with every subtree counted as linked
/// (`linked`) or link-free.
fn role_with_links(html: &str, tag: &str, linked: bool) -> Role {
    let doc = Document::parse(html).unwrap();
    let zeros = vec![0; doc.len()];
    let links = vec![u32::from(linked); doc.len()];
    let roles = roles(&doc, &class_flags(&doc), &zeros, &links, u32::MAX);
    let id = doc.elements_named(tag).next().unwrap();
    roles[id.index()]
}

fn role_of(html: &str, tag: &str) -> Role {
    role_with_links(html, tag, true)
}

#[test]
fn link_free_teaser_is_a_standfirst() {
    let html = "<p class='article-teaser'>The dek of the story.</p>";
    assert_eq!(role_with_links(html, "p", false), Role::Keep);
    assert_eq!(role_with_links(html, "p", true), Role::Teaser);
}

#[test]
fn the_only_article_guards_its_layer() {
    // The role of the first <article>, every node holding `mass`
    // characters of prose; `protect` is out of reach, so size alone
    // protects nothing.
    let role = |mass: u32, second_article: bool| {
        let mut html = "<div class='modal'><article><p>x</p></article></div>".to_owned();
        if second_article {
            html.push_str("<article><p>z</p></article>");
        }
        let doc = Document::parse(&html).unwrap();
        let para = vec![mass; doc.len()];
        let links = vec![0; doc.len()];
        let r = roles(&doc, &class_flags(&doc), &para, &links, u32::MAX);
        r[doc.elements_named("article").next().unwrap().index()]
    };
    assert_eq!(role(5000, false), Role::Keep);
    // Not when it is short, nor when the page has several articles.
    assert_eq!(role(200, false), Role::Junk);
    assert_eq!(role(5000, true), Role::Junk);
}

#[test]
fn a_marked_post_body_guards_its_widget() {
    let role = |html: &str, mass: u32| {
        let doc = Document::parse(html).unwrap();
        let para = vec![mass; doc.len()];
        let links = vec![0; doc.len()];
        let r = roles(&doc, &class_flags(&doc), &para, &links, u32::MAX);
        r[doc.elements_named("p").next().unwrap().index()]
    };
    let blog = "<div class='widget Blog'><div class='post-body entry-content'><p>x</p></div></div>";
    assert_eq!(role(blog, 500), Role::Keep);
    assert_eq!(role(blog, 50), Role::Junk);
    let plain = "<div class='widget'><div class='summary'><p>x</p></div></div>";
    assert_eq!(role(plain, 500), Role::Junk);
}

#[test]
fn datelines_in_a_sentence_are_text() {
    let inline = "<p><span class='dateline'>OSLO –</span> The ferry</p>";
    assert_eq!(role_of(inline, "span"), Role::Keep);
    let block = "<div class='dateline'>March 3, 2025</div>";
    assert_eq!(role_of(block, "div"), Role::Junk);
    let time = "<time class='dateline'>3 Feb 2021</time>";
    assert_eq!(role_of(time, "time"), Role::Junk);
}

#[test]
fn page_builder_widgets_are_layout() {
    let html = "<div class='elementor-widget-wrap'><div class='elementor-widget \
        elementor-widget-text-editor'><p>x</p></div></div>";
    assert_eq!(role_of(html, "p"), Role::Keep);
    // The words after "widget" still count.
    let html = "<div class='elementor-widget elementor-widget-share-buttons'><p>x</p></div>";
    assert_eq!(role_of(html, "p"), Role::Junk);
    // A widget of its own is still page furniture.
    assert_eq!(
        role_of("<div class='widget'><p>x</p></div>", "p"),
        Role::Junk
    );
}

#[test]
fn vocabulary() {
    assert_eq!(
        role_of("<div class='share-bar'><p>x</p></div>", "p"),
        Role::Junk
    );
    assert_eq!(
        role_of(
            "<div class='related-stories'><p><a href='/a'>x</a></p></div>",
            "p"
        ),
        Role::Teaser
    );
    assert_eq!(
        role_of("<div class='header-image'><p>x</p></div>", "p"),
        Role::Keep
    );
    assert_eq!(
        role_of("<div style='display: none'><p>x</p></div>", "p"),
        Role::Junk
    );
    assert_eq!(role_of("<nav><p>x</p></nav>", "p"), Role::Junk);
    assert_eq!(role_of("<div class='ad'><p>x</p></div>", "p"), Role::Junk);
    assert_eq!(role_of("<div class='read'><p>x</p></div>", "p"), Role::Keep);
}

#[test]
fn jump_links_are_junk_but_the_sections_they_jump_to_are_not() {
    for class in [
        "jump-links",
        "mw-jump-link",
        "jumplinks",
        "jump-to-nav",
        "jumpbox",
    ] {
        let html = format!("<div class='{class}'><a href='#a'>A</a></div>");
        assert_eq!(role_of(&html, "div"), Role::Junk, "{class}");
    }
    for class in ["cws-jump-section", "jumptarget", "sourceJump"] {
        let html = format!("<section class='{class}'><p>Text</p></section>");
        assert_eq!(role_of(&html, "section"), Role::Keep, "{class}");
    }
}
