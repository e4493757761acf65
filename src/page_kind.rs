//! What kind of page this is: an article, a forum thread, a product page …
//! ([`PageKind`]), with a confidence, from cheap signals of the page and
//! of the extraction: what the page declares (JSON-LD `@type`, `og:type`),
//! the shape of its URL, and the shape of what was extracted (long
//! paragraphs, code blocks, teaser lists, prices).
//!
//! The signals become features in [0, 1]; each kind's score is a
//! weighted sum of the features that speak for it (a logistic regression
//! fitted on labelled pages, `tools/kinds/fit.py`); the kind with the
//! highest score wins, and the confidence is the softmax of the scores (so
//! two close kinds give a low confidence). The weights live in
//! [`tuning::kind`](crate::tuning::kind).
//!
//! With `NEWSPRINT_KIND_SIGNALS` set in the environment, every page's
//! signals are written to standard error as a JSON line, for
//! `tools/kinds/fit.py` to refit the weights (a development aid).

use serde::{Deserialize, Serialize};
use url::Url;

use crate::lexicon::page_kinds as kinds;
use crate::tuning;
use crate::tuning::kind as weight;

/// The kind of a page. Extraction works the same for every kind; the kind
/// tells the caller what the body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageKind {
    /// A news story, blog post, essay, review or other article: one text
    /// with a headline.
    #[default]
    Article,
    /// A live blog: an article made of timed updates.
    LiveBlog,
    /// A forum thread or question-and-answer page: posts by several people.
    Forum,
    /// One product for sale: name, price, description.
    Product,
    /// A category or collection of products: a grid of product cards.
    Collection,
    /// An index of other pages: a section front, search results, a tag
    /// page, a job board, a list of links with summaries.
    Listing,
    /// Technical documentation, a manual or reference page.
    Documentation,
    /// A company's or service's own page: home, "about", features,
    /// pricing, contact.
    Service,
}

impl PageKind {
    /// All kinds, in declaration order.
    pub const ALL: [PageKind; 8] = [
        PageKind::Article,
        PageKind::LiveBlog,
        PageKind::Forum,
        PageKind::Product,
        PageKind::Collection,
        PageKind::Listing,
        PageKind::Documentation,
        PageKind::Service,
    ];

    /// The kind's name as in JSON (`"article"`, `"live_blog"` …).
    ///
    /// ```
    /// assert_eq!(newsprint::PageKind::LiveBlog.as_str(), "live_blog");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::LiveBlog => "live_blog",
            PageKind::Forum => "forum",
            PageKind::Product => "product",
            PageKind::Collection => "collection",
            PageKind::Listing => "listing",
            PageKind::Documentation => "documentation",
            PageKind::Service => "service",
        }
    }

    /// True for the kinds whose body is one article ([`Article`](Self::Article),
    /// [`LiveBlog`](Self::LiveBlog)).
    pub fn is_article(self) -> bool {
        matches!(self, PageKind::Article | PageKind::LiveBlog)
    }
}

/// What the classifier looks at.
#[derive(Debug, Default)]
pub(crate) struct KindSignals<'a> {
    /// JSON-LD `@type`s, lower case, and `og:<type>`.
    pub declared: &'a [String],
    /// The page URL (or its own canonical address).
    pub url: Option<&'a Url>,
    /// Body paragraphs of at least `tuning::kind::LONG_PARAGRAPH_WORDS`.
    pub long_paragraphs: usize,
    /// Code blocks in the body.
    pub code_blocks: usize,
    /// Teaser items found around the body.
    pub related_items: usize,
    /// The page states a publication date.
    pub dated: bool,
    /// The page names an author.
    pub authored: bool,
    /// Containers marked as posts, messages, replies or answers.
    pub posts: usize,
    /// The body is a thread of posts (`content::thread`).
    pub thread: bool,
    /// The body is the page's list of teasers (`content::listing`).
    pub list_body: bool,
    /// Body paragraphs, long or short.
    pub paragraphs: usize,
    /// Headings in the body.
    pub body_headings: usize,
    /// List items in the body.
    pub body_list_items: usize,
    /// Words in the body.
    pub body_words: usize,
    /// Reader comments or posts read from the page.
    pub comments: usize,
    /// The publication date was read from the page's visible text (not
    /// only from its metadata).
    pub dated_visibly: bool,
    /// The page states when it was last changed.
    pub modified: bool,
    /// Words in the title.
    pub title_words: usize,
    /// Bytes of body paragraph text …
    pub paragraph_bytes: usize,
    /// … and of it, bytes inside links.
    pub paragraph_link_bytes: usize,
    /// Figures in the body.
    pub figures: usize,
    /// Words of the body paragraphs in which a company speaks of itself
    /// ("we", "our").
    pub we_words: usize,
    /// Words of the body paragraphs that address the reader ("you").
    pub you_words: usize,
    /// What the page-wide pass counted.
    pub page: PageCounts,
}

/// The most likely kind and its confidence in [0, 1].
pub(crate) fn classify(s: &KindSignals<'_>) -> (PageKind, f32) {
    let scores = scores(s);
    let (best, top) = scores
        .iter()
        .copied()
        .fold((PageKind::Service, f32::MIN), |acc, (k, v)| {
            if v > acc.1 { (k, v) } else { acc }
        });
    let total: f32 = scores.iter().map(|&(_, v)| (v - top).exp()).sum();
    (best, 1.0 / total)
}

fn declares(s: &KindSignals<'_>, names: &[&str]) -> bool {
    declares_any(s.declared, names)
}

/// Whether the page's declared types (JSON-LD `@type`s and `og:` type,
/// lower case) hold one of `names`.
pub(crate) fn declares_any(declared: &[String], names: &[&str]) -> bool {
    declared.iter().any(|d| names.contains(&d.as_str()))
}

/// The URL's host and lower-case path segments.
fn url_parts(url: Option<&Url>) -> (String, Vec<String>) {
    let Some(u) = url else {
        return (String::new(), Vec::new());
    };
    let host = u.host_str().unwrap_or("").to_ascii_lowercase();
    let segs = u
        .path_segments()
        .map(|s| {
            s.filter(|p| !p.is_empty())
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    (host, segs)
}

fn any_segment(segs: &[String], words: &[&str]) -> bool {
    segs.iter().any(|s| {
        let stem = s.split('.').next().unwrap_or(s);
        words.contains(&stem)
    })
}

/// A year in the path (`/2024/05/…`): how stories are filed.
fn dated_path(segs: &[String]) -> bool {
    segs.iter()
        .any(|s| s.len() == 4 && s.starts_with("20") && s.bytes().all(|b| b.is_ascii_digit()))
}

/// Words of the last path segment (`why-the-port-strike-ended`: 4).
fn slug_words(segs: &[String]) -> usize {
    segs.last().map_or(0, |s| {
        s.split(['-', '_'])
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    })
}

/// `n` up to `cap`, as a share of `cap`.
fn capped(n: usize, cap: usize) -> f32 {
    n.min(cap) as f32 / cap as f32
}

/// `part` as a share of `whole` (0 when `whole` is 0).
fn share(part: usize, whole: usize) -> f32 {
    (part as f32 / whole.max(1) as f32).min(1.0)
}

/// `n` per 100 body words (over at least `RATE_MIN_WORDS`), up to `cap`,
/// as a share of `cap`.
fn rate(n: usize, words: usize, cap: usize) -> f32 {
    (n as f32 * 100.0 / words.max(weight::RATE_MIN_WORDS) as f32).min(cap as f32) / cap as f32
}

/// 1 for a signal present, 0 for one absent.
fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

fn scores(s: &KindSignals<'_>) -> [(PageKind, f32); 8] {
    use weight as w;
    let (host, segs) = url_parts(s.url);
    let p = &s.page;
    let slug = slug_words(&segs);
    let story_filed = dated_path(&segs) || slug >= w::ARTICLE_SLUG_WORDS;
    // A short path of plain words (`/news`, `/economy/`, `/sections/science`)
    // is a section front, not a story.
    let section_front = !segs.is_empty()
        && segs.len() <= 2
        && segs
            .iter()
            .all(|s| s.chars().all(|c| c.is_ascii_alphabetic()));
    // A page without a URL is not a home page.
    let home = flag(s.url.is_some() && segs.is_empty());
    let we = rate(s.we_words, s.body_words, w::PRONOUNS_PER_100_WORDS_CAP);
    let you = rate(s.you_words, s.body_words, w::PRONOUNS_PER_100_WORDS_CAP);
    let prose = capped(s.long_paragraphs, w::PROSE_CAP);
    let body_share = share(s.body_words * w::BYTES_PER_BODY_WORD, p.text_bytes);
    let link_share = share(p.link_text_bytes, p.text_bytes);
    let body_links = share(s.paragraph_link_bytes, s.paragraph_bytes);
    let heading_density = rate(s.body_headings, s.body_words, w::HEADINGS_PER_100_WORDS_CAP);
    let list_body = flag(s.list_body);
    let heading_links = capped(p.linked_headings, w::HEADING_LINKS_CAP);
    let declared_list =
        flag(declares(s, kinds::COLLECTION_TYPES) || declares(s, kinds::LISTING_TYPES));

    let article = w::ARTICLE_BIAS
        + w::ARTICLE_DECL_ARTICLE * flag(declares(s, kinds::ARTICLE_TYPES))
        + w::ARTICLE_OG_ARTICLE * flag(declares(s, kinds::OG_ARTICLE))
        + w::ARTICLE_DATED * flag(s.dated)
        + w::ARTICLE_DATED_VISIBLY * flag(s.dated_visibly)
        + w::ARTICLE_AUTHORED * flag(s.authored)
        + w::ARTICLE_DATED_PATH * flag(dated_path(&segs))
        + w::ARTICLE_SLUG * capped(slug, w::SLUG_WORDS_CAP)
        + w::ARTICLE_STORY_PATH * flag(any_segment(&segs, kinds::STORY_PATHS))
        + w::ARTICLE_PROSE * prose
        + w::ARTICLE_PROSE_SHARE * share(s.long_paragraphs, s.paragraphs)
        + w::ARTICLE_BODY_SHARE * body_share
        + w::ARTICLE_TITLE_WORDS * capped(s.title_words, w::TITLE_WORDS_CAP)
        + w::ARTICLE_WE * we
        + w::ARTICLE_YOU * you;

    let live = if declares(s, kinds::LIVE_BLOG_TYPES) {
        article + w::LIVE_BLOG
    } else {
        f32::NEG_INFINITY
    };

    let declared_forum = declares(s, kinds::FORUM_TYPES)
        || (declares(s, kinds::QUESTION_TYPES) && !declares(s, kinds::FAQ_TYPES));
    let forum = w::FORUM_BIAS
        + w::FORUM_DECL_FORUM * flag(declared_forum)
        + w::FORUM_FORUM_PATH * flag(any_segment(&segs, kinds::FORUM_PATHS))
        + w::FORUM_POSTS * capped(s.posts, w::POSTS_CAP)
        + w::FORUM_THREAD * flag(s.thread);

    let declared_product =
        declares(s, kinds::PRODUCT_TYPES) && !declares(s, kinds::PRODUCT_GROUP_TYPES);
    let product = w::PRODUCT_BIAS
        + w::PRODUCT_DECL_PRODUCT * flag(declared_product)
        + w::PRODUCT_PRODUCT_PATH * flag(any_segment(&segs, kinds::PRODUCT_PATHS))
        + w::PRODUCT_CART * flag(s.page.cart)
        + w::PRODUCT_SOME_PRICES * flag((1..w::MANY_PRICES).contains(&s.page.prices));

    let many_prices = if s.page.prices >= w::MANY_PRICES {
        capped(s.page.prices, w::PRICES_CAP)
    } else {
        0.0
    };
    let collection = w::COLLECTION_BIAS
        + w::COLLECTION_DECL_PRODUCT_GROUP * flag(declares(s, kinds::COLLECTION_STRONG_TYPES))
        + w::COLLECTION_DECL_LIST * declared_list
        + w::COLLECTION_COLLECTION_PATH * flag(any_segment(&segs, kinds::COLLECTION_PATHS))
        + w::COLLECTION_MANY_PRICES * many_prices
        + w::COLLECTION_LIST_BODY * list_body
        + w::COLLECTION_LINK_SHARE * link_share
        + w::COLLECTION_BODY_LINKS * body_links
        + w::COLLECTION_HEADING_LINKS * heading_links;

    let listing_path = any_segment(&segs, kinds::LISTING_PATHS) && !story_filed;
    let listing = w::LISTING_BIAS
        + w::LISTING_DECL_LIST * declared_list
        + w::LISTING_HOME * home
        + w::LISTING_SECTION_FRONT * flag(section_front)
        + w::LISTING_LISTING_PATH * flag(listing_path)
        + w::LISTING_TEASERS * capped(s.related_items, w::TEASERS_CAP)
        + w::LISTING_LIST_BODY * list_body
        + w::LISTING_CARDS * capped(p.articles, w::CARDS_CAP)
        + w::LISTING_TIMES * capped(p.times, w::TIMES_CAP)
        + w::LISTING_LINK_SHARE * link_share
        + w::LISTING_BODY_LINKS * body_links
        + w::LISTING_HEADING_LINKS * heading_links;

    let docs_place = any_segment(&segs, kinds::DOCUMENTATION_PATHS)
        || kinds::DOCUMENTATION_HOST_PREFIXES
            .iter()
            .any(|p| host.starts_with(p))
        || host.contains(kinds::DOCUMENTATION_HOST_WORD);
    let docs = w::DOCUMENTATION_BIAS
        + w::DOCUMENTATION_DECL_DOCS * flag(declares(s, kinds::DOCUMENTATION_TYPES))
        + w::DOCUMENTATION_DOCS_PATH * flag(docs_place)
        + w::DOCUMENTATION_CODE * capped(s.code_blocks, w::CODE_CAP)
        + w::DOCUMENTATION_PROSE * prose
        + w::DOCUMENTATION_BODY_SHARE * body_share
        + w::DOCUMENTATION_HEADING_DENSITY * heading_density;

    let service = w::SERVICE_BIAS
        + w::SERVICE_DECL_SERVICE * flag(declares(s, kinds::SERVICE_TYPES))
        + w::SERVICE_HOME * home
        + w::SERVICE_SERVICE_PATH * flag(any_segment(&segs, kinds::SERVICE_PATHS))
        + w::SERVICE_HEADING_DENSITY * heading_density
        + w::SERVICE_FORMS * capped(p.forms, w::FORMS_CAP)
        + w::SERVICE_LIST_SHARE * share(s.body_list_items, s.paragraphs + s.body_list_items)
        + w::SERVICE_WE * we
        + w::SERVICE_YOU * you;

    [
        (PageKind::Article, article),
        (PageKind::LiveBlog, live),
        (PageKind::Forum, forum),
        (PageKind::Product, product),
        (PageKind::Collection, collection),
        (PageKind::Listing, listing),
        (PageKind::Documentation, docs),
        (PageKind::Service, service),
    ]
}

/// What the page-wide pass ([`page_counts`]) counts: the page's money
/// amounts, its "add to cart" control, and the markup that tells a
/// company's page from a story or an index.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageCounts {
    /// Money amounts (`$19.99`, `25 €`) in the page's text.
    pub prices: usize,
    /// An "add to cart" control on the page.
    pub cart: bool,
    /// Bytes of visible text (scripts and styles left out).
    pub text_bytes: usize,
    /// Bytes of visible text that sits directly in a link.
    pub link_text_bytes: usize,
    /// `<form>` elements.
    pub forms: usize,
    /// `<article>` elements.
    pub articles: usize,
    /// `<time>` elements.
    pub times: usize,
    /// Headings (`<h1>` … `<h6>`) anywhere on the page.
    pub headings: usize,
    /// `<li>` elements anywhere on the page.
    pub list_items: usize,
    /// Headings whose text is a link (a teaser's title), anywhere on the
    /// page.
    pub linked_headings: usize,
}

/// The kind of `article`'s page: its extraction, what the page declares
/// (`declared`: JSON-LD types and `og:` type), its URL and what the
/// page-wide pass counted.
pub(crate) fn judge(
    article: &crate::Article,
    declared: &[String],
    url: Option<&Url>,
    page: PageCounts,
    posts: usize,
    thread: bool,
    list_body: bool,
) -> (PageKind, f32) {
    use crate::Block;
    let mut s = KindSignals {
        posts,
        thread,
        list_body,
        declared,
        url,
        dated: article.published.is_some(),
        authored: !article.authors.is_empty(),
        related_items: article.related.iter().map(|l| l.items.len()).sum(),
        page,
        body_words: article.word_count,
        comments: article.comments.len(),
        title_words: article
            .title
            .as_deref()
            .map_or(0, |t| t.split_whitespace().count()),
        dated_visibly: article.provenance.published == Some(crate::Signal::Visible),
        modified: article.modified.is_some(),
        ..KindSignals::default()
    };
    for b in &article.body {
        match b {
            Block::Paragraph { text, marks } => {
                s.paragraphs += 1;
                s.paragraph_bytes += text.len();
                for m in marks {
                    if matches!(m.kind, crate::MarkKind::Link { .. }) {
                        s.paragraph_link_bytes += m.end.saturating_sub(m.start);
                    }
                }
                let mut words = 0;
                for w in text.split_whitespace() {
                    words += 1;
                    // Most words are ruled out by their length or first
                    // letter before the lists are searched.
                    let first = w.as_bytes()[0].to_ascii_lowercase();
                    if w.len() > kinds::PRONOUN_MAX_BYTES + 2
                        || !kinds::PRONOUN_FIRST_LETTERS.contains(&first)
                    {
                        continue;
                    }
                    let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
                    if kinds::WE_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                        s.we_words += 1;
                    } else if kinds::YOU_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                        s.you_words += 1;
                    }
                }
                if words >= weight::LONG_PARAGRAPH_WORDS {
                    s.long_paragraphs += 1;
                }
            }
            Block::Figure { .. } => s.figures += 1,
            Block::Heading { .. } => s.body_headings += 1,
            Block::List { items, .. } => s.body_list_items += items.len(),
            Block::Code { .. } => s.code_blocks += 1,
            _ => {}
        }
    }
    if signal_dump_wanted() {
        dump_signals(&s);
    }
    classify(&s)
}

/// `NEWSPRINT_KIND_SIGNALS` set in the environment: every page's signals
/// are written to standard error as a JSON line (read by
/// `tools/kinds/fit.py`). A development aid, not part of the API.
fn signal_dump_wanted() -> bool {
    static WANTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *WANTED.get_or_init(|| std::env::var_os("NEWSPRINT_KIND_SIGNALS").is_some())
}

fn dump_signals(s: &KindSignals<'_>) {
    let p = &s.page;
    let line = serde_json::json!({
        "url": s.url.map(Url::as_str),
        "declared": s.declared,
        "long_paragraphs": s.long_paragraphs,
        "paragraphs": s.paragraphs,
        "body_headings": s.body_headings,
        "body_list_items": s.body_list_items,
        "body_words": s.body_words,
        "code_blocks": s.code_blocks,
        "related_items": s.related_items,
        "prices": s.page.prices,
        "cart": s.page.cart,
        "dated": s.dated,
        "authored": s.authored,
        "posts": s.posts,
        "thread": s.thread,
        "list_body": s.list_body,
        "comments": s.comments,
        "dated_visibly": s.dated_visibly,
        "modified": s.modified,
        "title_words": s.title_words,
        "paragraph_bytes": s.paragraph_bytes,
        "paragraph_link_bytes": s.paragraph_link_bytes,
        "figures": s.figures,
        "we_words": s.we_words,
        "you_words": s.you_words,
        "text_bytes": p.text_bytes,
        "link_text_bytes": p.link_text_bytes,
        "forms": p.forms,
        "articles": p.articles,
        "times": p.times,
        "headings": p.headings,
        "list_items": p.list_items,
        "linked_headings": p.linked_headings,
    });
    eprintln!("{line}");
}

/// A short label that is an "add to cart" control's.
pub(crate) fn is_cart_label(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    kinds::CART_LABELS.iter().any(|l| lower.contains(l))
}

/// A heading is the parent or grandparent of link `a`.
fn linked_heading(doc: &crate::dom::Document, a: crate::dom::NodeId) -> bool {
    use html5ever::local_name as tag;
    let is_heading = |n: crate::dom::NodeId| {
        doc.local_name(n).is_some_and(|name| {
            matches!(
                *name,
                tag!("h1") | tag!("h2") | tag!("h3") | tag!("h4") | tag!("h5") | tag!("h6")
            )
        })
    };
    let parent = doc.parent(a);
    parent.is_some_and(is_heading) || parent.and_then(|p| doc.parent(p)).is_some_and(is_heading)
}

/// The page's [`PageCounts`], in one pass over its nodes: money amounts
/// and an "add to cart" control read from its visible text nodes (a
/// control's label is a short node), and the elements counted by name.
pub(crate) fn page_counts(doc: &crate::dom::Document) -> PageCounts {
    use html5ever::local_name as tag;
    let mut c = PageCounts::default();
    for i in 0..doc.len() {
        let id = crate::dom::NodeId(i as u32);
        if let Some(name) = doc.local_name(id) {
            match *name {
                tag!("form") => c.forms += 1,
                tag!("article") => c.articles += 1,
                tag!("time") => c.times += 1,
                tag!("li") => c.list_items += 1,
                tag!("a") if linked_heading(doc, id) => c.linked_headings += 1,
                tag!("h1") | tag!("h2") | tag!("h3") | tag!("h4") | tag!("h5") | tag!("h6") => {
                    c.headings += 1;
                }
                _ => {}
            }
            continue;
        }
        let Some(t) = doc.text_node(id) else { continue };
        let parent = doc.parent(id).and_then(|p| doc.local_name(p));
        // Script and style text is code, not copy: skipped before its
        // (often long) bytes are scanned.
        if parent.is_some_and(|n| {
            matches!(
                *n,
                tag!("script") | tag!("style") | tag!("noscript") | tag!("template")
            )
        }) {
            continue;
        }
        c.text_bytes += t.len();
        if parent.is_some_and(|n| *n == tag!("a")) {
            c.link_text_bytes += t.len();
        }
        // `$` or the lead byte of `£ ¥` (C2) / `€ ₹` (E2).
        let money = memchr::memchr3(b'$', 0xC2, 0xE2, t.as_bytes()).is_some();
        // Every label starts with a, i or b: most short nodes are skipped
        // without lowering their case.
        let label = !c.cart
            && t.len() <= tuning::kind::CART_LABEL_MAX_BYTES
            && match t.bytes().find(|b| !b.is_ascii_whitespace()) {
                // Past ASCII spaces without decoding; other spaces (a
                // no-break space) the slow way.
                Some(b) if b.is_ascii() => b"aAiIbB".contains(&b),
                Some(_) => t.trim_start().starts_with(['a', 'A', 'i', 'I', 'b', 'B']),
                None => false,
            };
        if money {
            c.prices += count_prices(t);
        }
        if label {
            c.cart = is_cart_label(t);
        }
    }
    c
}

/// Money amounts in `text`: a currency sign next to a number (`$19.99`,
/// `19,99 €`, `£5`), counted up to a cap.
pub(crate) fn count_prices(text: &str) -> usize {
    let mut n = 0;
    for (i, c) in text.char_indices() {
        if !matches!(c, '$' | '€' | '£' | '¥' | '₹') {
            continue;
        }
        let after = text[i + c.len_utf8()..].trim_start_matches(' ');
        let before = text[..i].trim_end_matches([' ', '\u{a0}']);
        if after.starts_with(|d: char| d.is_ascii_digit())
            || before.ends_with(|d: char| d.is_ascii_digit())
        {
            n += 1;
            if n >= 1000 {
                break;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(u: &str) -> Url {
        Url::parse(u).unwrap()
    }

    #[test]
    fn declared_types_and_urls_decide() {
        let article = ["newsarticle".to_owned(), "og:article".to_owned()];
        let u = url("https://news.example/world/2025/03/01/port-strike-ends-after-nine-days");
        let s = KindSignals {
            declared: &article,
            url: Some(&u),
            long_paragraphs: 8,
            dated: true,
            authored: true,
            ..KindSignals::default()
        };
        let (k, c) = classify(&s);
        assert_eq!(k, PageKind::Article);
        assert!(c > 0.9, "{c}");

        let product = ["product".to_owned(), "offer".to_owned()];
        let u = url("https://shop.example/products/blue-kettle");
        let s = KindSignals {
            declared: &product,
            url: Some(&u),
            page: PageCounts {
                cart: true,
                prices: 2,
                ..PageCounts::default()
            },
            ..KindSignals::default()
        };
        assert_eq!(classify(&s).0, PageKind::Product);

        let u = url("https://forum.example/t/kettle-stopped-working/1234");
        let s = KindSignals {
            url: Some(&u),
            ..KindSignals::default()
        };
        assert_eq!(classify(&s).0, PageKind::Forum);

        let u = url("https://docs.example/guide/install");
        let s = KindSignals {
            url: Some(&u),
            code_blocks: 4,
            ..KindSignals::default()
        };
        assert_eq!(classify(&s).0, PageKind::Documentation);

        let u = url("https://shop.example/collections/kettles");
        let s = KindSignals {
            url: Some(&u),
            page: PageCounts {
                prices: 24,
                cart: true,
                ..PageCounts::default()
            },
            ..KindSignals::default()
        };
        assert_eq!(classify(&s).0, PageKind::Collection);

        let u = url("https://kettles.example/");
        let s = KindSignals {
            url: Some(&u),
            ..KindSignals::default()
        };
        assert_eq!(classify(&s).0, PageKind::Service);
    }

    #[test]
    fn a_body_that_is_a_list_of_teasers_speaks_for_a_listing() {
        let u = url("https://planet.example/coast-towns-this-week");
        let plain = KindSignals {
            url: Some(&u),
            related_items: 2,
            ..KindSignals::default()
        };
        assert_ne!(classify(&plain).0, PageKind::Listing);
        let listed = KindSignals {
            list_body: true,
            ..plain
        };
        assert_eq!(classify(&listed).0, PageKind::Listing);
        // With a grid of prices on a page that says it is a product group, the
        // list is a collection of products.
        let category = ["og:product.group".to_string()];
        let priced = KindSignals {
            page: PageCounts {
                prices: 12,
                ..PageCounts::default()
            },
            list_body: true,
            url: Some(&u),
            declared: &category,
            ..KindSignals::default()
        };
        assert_eq!(classify(&priced).0, PageKind::Collection);
    }

    #[test]
    fn the_pronoun_prefilter_keeps_every_listed_word() {
        for w in kinds::WE_WORDS.iter().chain(kinds::YOU_WORDS) {
            assert!(w.len() <= kinds::PRONOUN_MAX_BYTES, "{w}");
            assert!(
                kinds::PRONOUN_FIRST_LETTERS.contains(&w.as_bytes()[0]),
                "{w}"
            );
        }
    }

    #[test]
    fn prices_are_counted() {
        assert_eq!(
            count_prices("Kettle $19.99, mug 5 €, teapot £ 12 and $ signs"),
            3
        );
        assert_eq!(count_prices("no money here"), 0);
    }
}
