//! What kind of page this is: an article, a forum thread, a product page …
//! ([`PageKind`]), with a confidence, from cheap signals of the page and
//! of the extraction: what the page declares (JSON-LD `@type`, `og:type`),
//! the shape of its URL, and the shape of what was extracted (long
//! paragraphs, code blocks, teaser lists, prices).
//!
//! Each kind collects points from the signals that speak for it; the kind
//! with the most points wins, and the confidence is its share of the
//! points after a softmax (so two close kinds give a low confidence). The
//! weights live in [`tuning::kind`](crate::tuning::kind).

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
    /// Money amounts (`$19.99`, `25 €`) in the page's text.
    pub prices: usize,
    /// An "add to cart" control on the page.
    pub cart: bool,
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
    s.declared.iter().any(|d| names.contains(&d.as_str()))
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

/// A dated path (`/2024/05/…`) or a last segment that is a long slug
/// (`/why-the-port-strike-ended`): how articles are filed.
fn article_path(segs: &[String]) -> bool {
    let dated = segs
        .iter()
        .any(|s| s.len() == 4 && s.starts_with("20") && s.bytes().all(|b| b.is_ascii_digit()));
    let slug = segs.last().is_some_and(|s| {
        s.split(['-', '_'])
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= weight::ARTICLE_SLUG_WORDS
    });
    dated || slug
}

fn scores(s: &KindSignals<'_>) -> [(PageKind, f32); 8] {
    let (host, segs) = url_parts(s.url);
    let mut article = 0.0;
    if declares(s, kinds::ARTICLE_TYPES) {
        article += weight::DECLARED_ARTICLE;
    }
    if declares(s, kinds::OG_ARTICLE) {
        article += weight::OG_ARTICLE;
    }
    if s.dated {
        article += weight::DATED;
    }
    if s.authored {
        article += weight::AUTHORED;
    }
    if s.long_paragraphs >= weight::ARTICLE_LONG_PARAGRAPHS {
        article += weight::ARTICLE_PROSE;
    }
    if article_path(&segs) {
        article += weight::ARTICLE_PATH;
    }
    let unsigned = !s.dated && !s.authored;
    if unsigned {
        article -= weight::ARTICLE_UNSIGNED;
    }
    // A short path of plain words (`/news`, `/economy/`, `/sections/science`)
    // is a section front, not a story.
    let section_front = !segs.is_empty()
        && segs.len() <= 2
        && segs
            .iter()
            .all(|s| s.chars().all(|c| c.is_ascii_alphabetic()));
    if section_front {
        article -= weight::SECTION_FRONT;
    }

    let live = if declares(s, kinds::LIVE_BLOG_TYPES) {
        weight::DECLARED_STRONG + article
    } else {
        0.0
    };

    let mut forum = 0.0;
    if declares(s, kinds::FORUM_TYPES)
        || (declares(s, kinds::QUESTION_TYPES) && !declares(s, kinds::FAQ_TYPES))
    {
        forum += weight::DECLARED_STRONG;
    }
    if any_segment(&segs, kinds::FORUM_PATHS) {
        forum += weight::KIND_PATH;
    }
    if s.posts >= weight::MANY_POSTS {
        forum += weight::POSTS;
    }
    if s.thread {
        forum += weight::THREAD_BODY;
    }

    let mut product = 0.0;
    if declares(s, kinds::PRODUCT_TYPES) && !declares(s, kinds::PRODUCT_GROUP_TYPES) {
        product += weight::DECLARED_STRONG;
    }
    if s.cart {
        product += weight::CART;
    }
    if any_segment(&segs, kinds::PRODUCT_PATHS) {
        product += weight::KIND_PATH;
    }
    if (1..weight::MANY_PRICES).contains(&s.prices) {
        product += weight::SOME_PRICES;
    }

    let mut collection = 0.0;
    if declares(s, kinds::COLLECTION_STRONG_TYPES) {
        collection += weight::DECLARED_STRONG;
    }
    if declares(s, kinds::COLLECTION_TYPES) {
        collection += weight::DECLARED_WEAK;
    }
    if s.prices >= weight::MANY_PRICES {
        collection += weight::MANY_PRICES_POINTS;
    }
    if any_segment(&segs, kinds::COLLECTION_PATHS) {
        collection += weight::KIND_PATH;
    }

    if s.list_body {
        collection += weight::LIST_BODY;
    }

    let mut listing = 0.0;
    if s.list_body {
        listing += weight::LIST_BODY;
    }
    if declares(s, kinds::LISTING_TYPES) {
        listing += weight::DECLARED_WEAK;
    }
    if s.related_items >= weight::MANY_TEASERS {
        listing += weight::TEASER_LIST;
    }
    if s.long_paragraphs == 0 && s.related_items > 0 {
        listing += weight::NO_PROSE_BUT_TEASERS;
    }
    if section_front {
        listing += weight::SECTION_FRONT;
    }
    if any_segment(&segs, kinds::LISTING_PATHS) && !article_path(&segs) {
        listing += weight::KIND_PATH;
    }

    let mut docs = 0.0;
    if declares(s, kinds::DOCUMENTATION_TYPES) {
        docs += weight::DECLARED_STRONG;
    }
    if kinds::DOCUMENTATION_HOST_PREFIXES
        .iter()
        .any(|p| host.starts_with(p))
        || host.contains(kinds::DOCUMENTATION_HOST_WORD)
    {
        docs += weight::KIND_PATH;
    }
    if any_segment(&segs, kinds::DOCUMENTATION_PATHS) {
        docs += weight::KIND_PATH;
    }
    if s.code_blocks >= weight::DOC_CODE_BLOCKS {
        docs += weight::CODE;
    }

    let mut service = weight::SERVICE_BASE;
    if segs.is_empty() || any_segment(&segs, kinds::SERVICE_PATHS) {
        service += weight::KIND_PATH;
    }
    if declares(s, kinds::SERVICE_TYPES) {
        service += weight::DECLARED_WEAK;
    }
    if unsigned {
        service += weight::UNSIGNED;
    }

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

/// The kind of `article`'s page: its extraction, what the page declares
/// (`declared`: JSON-LD types and `og:` type), its URL and its whole text.
pub(crate) fn judge(
    article: &crate::Article,
    declared: &[String],
    url: Option<&Url>,
    commerce: (usize, bool),
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
        prices: commerce.0,
        cart: commerce.1,
        ..KindSignals::default()
    };
    for b in &article.body {
        match b {
            Block::Paragraph { text, .. }
                if text.split_whitespace().count() >= weight::LONG_PARAGRAPH_WORDS =>
            {
                s.long_paragraphs += 1;
            }
            Block::Code { .. } => s.code_blocks += 1,
            _ => {}
        }
    }
    classify(&s)
}

/// A short label that is an "add to cart" control's.
pub(crate) fn is_cart_label(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    kinds::CART_LABELS.iter().any(|l| lower.contains(l))
}

/// The page's money amounts and whether it has an "add to cart" control,
/// read from its visible text nodes (a control's label is a short node).
pub(crate) fn commerce(doc: &crate::dom::Document) -> (usize, bool) {
    let (mut prices, mut cart) = (0, false);
    for i in 0..doc.len() {
        let id = crate::dom::NodeId(i as u32);
        let Some(t) = doc.text_node(id) else { continue };
        // Script and style text is code, not copy: skipped before its
        // (often long) bytes are scanned.
        if doc
            .parent(id)
            .and_then(|p| doc.local_name(p))
            .is_some_and(|n| {
                matches!(
                    *n,
                    html5ever::local_name!("script")
                        | html5ever::local_name!("style")
                        | html5ever::local_name!("noscript")
                        | html5ever::local_name!("template")
                )
            })
        {
            continue;
        }
        // `$` or the lead byte of `£ ¥` (C2) / `€ ₹` (E2).
        let money = memchr::memchr3(b'$', 0xC2, 0xE2, t.as_bytes()).is_some();
        // Every label starts with a, i or b: most short nodes are skipped
        // without lowering their case.
        let label = !cart
            && t.len() <= tuning::kind::CART_LABEL_MAX_BYTES
            && t.trim_start()
                .bytes()
                .next()
                .is_some_and(|b| b"aAiIbB".contains(&b));
        if !(money || label) {
            continue;
        }
        if money {
            prices += count_prices(t);
        }
        if label {
            cart = is_cart_label(t);
        }
    }
    (prices, cart)
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
            cart: true,
            prices: 2,
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
            prices: 24,
            cart: true,
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
            related_items: 9,
            ..KindSignals::default()
        };
        assert_eq!(classify(&plain).0, PageKind::Service);
        let listed = KindSignals {
            list_body: true,
            ..plain
        };
        assert_eq!(classify(&listed).0, PageKind::Listing);
        // With a grid of prices, the list is a collection of products.
        let priced = KindSignals {
            prices: 12,
            list_body: true,
            url: Some(&u),
            ..KindSignals::default()
        };
        assert_eq!(classify(&priced).0, PageKind::Collection);
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
