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

use crate::content::related::{next_element_sibling, previous_element_sibling};
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
    /// Money amounts in the body's text (a product's price, a grid's
    /// prices when the body is the grid).
    pub body_prices: usize,
    /// Lists in the body.
    pub body_lists: usize,
    /// Bytes of the body's list items.
    pub body_list_bytes: usize,
    /// Tables in the body.
    pub body_tables: usize,
    /// Body headings that ask a question (an FAQ's).
    pub question_headings: usize,
    /// Body paragraphs of fewer than `tuning::kind::SHORT_PARAGRAPH_WORDS`.
    pub short_paragraphs: usize,
    /// Words of the body paragraphs in which a writer speaks of
    /// themselves ("I", "my").
    pub i_words: usize,
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

/// The classifier's features, in the order of the rows of
/// [`tuning::kind::WEIGHTS`](crate::tuning::kind::WEIGHTS) (and of
/// `FEATURES` in `tools/kinds/features.py`, which computes them from a
/// signal dump the same way).
pub(crate) const FEATURES: [&str; weight::FEATURE_COUNT] = [
    "decl_article",
    "og_article",
    "decl_forum",
    "decl_product",
    "decl_product_group",
    "decl_list",
    "decl_docs",
    "decl_service",
    "dated",
    "dated_visibly",
    "authored",
    "home",
    "dated_path",
    "slug",
    "story_path",
    "section_front",
    "service_path",
    "listing_path",
    "forum_path",
    "product_path",
    "collection_path",
    "docs_path",
    "prose",
    "prose_share",
    "heading_density",
    "code",
    "teasers",
    "list_body",
    "posts",
    "thread",
    "cart",
    "some_prices",
    "many_prices",
    "forms",
    "cards",
    "times",
    "link_share",
    "body_share",
    "list_share",
    "title_words",
    "body_links",
    "we",
    "you",
    "heading_links",
    "numeric_id",
    "query",
    "page_ext",
    "plain_last",
    "repeat_share",
    "repeat_items",
    "card_headings",
    "images",
    "page_tables",
    "page_code",
    "li_share",
    "headings_page",
    "body_many_prices",
    "out_prices",
    "body_lists",
    "question_headings",
    "short_share",
    "no_body",
    "controls",
    "navs",
    "call_to_action",
    "more_labels",
    "grid_controls",
    "docs_labels",
    "story_labels",
];

/// A path segment with a run of at least `ID_DIGITS` digits that is not a
/// year (`/item/48213`, `/t/kettle/1234`): a page filed by its id.
fn numeric_id(segs: &[String]) -> bool {
    segs.iter().any(|s| {
        let year = s.len() == 4 && s.starts_with("20");
        let mut run = 0;
        let mut longest = 0;
        for b in s.bytes() {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        !year && longest >= weight::ID_DIGITS
    })
}

/// The last path segment names a page file (`.html`, `.php` …).
fn page_file(segs: &[String]) -> bool {
    segs.last().is_some_and(|s| {
        kinds::PAGE_FILE_ENDS
            .iter()
            .any(|e| s.len() > e.len() && s.ends_with(e))
    })
}

/// The feature values of a page, each in [0, 1], in the order of
/// [`FEATURES`].
fn features(s: &KindSignals<'_>) -> [f32; weight::FEATURE_COUNT] {
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
    let declared_forum = declares(s, kinds::FORUM_TYPES)
        || (declares(s, kinds::QUESTION_TYPES) && !declares(s, kinds::FAQ_TYPES));
    let declared_product =
        declares(s, kinds::PRODUCT_TYPES) && !declares(s, kinds::PRODUCT_GROUP_TYPES);
    let many_prices = if p.prices >= w::MANY_PRICES {
        capped(p.prices, w::PRICES_CAP)
    } else {
        0.0
    };
    let docs_place = any_segment(&segs, kinds::DOCUMENTATION_PATHS)
        || kinds::DOCUMENTATION_HOST_PREFIXES
            .iter()
            .any(|p| host.starts_with(p))
        || host.contains(kinds::DOCUMENTATION_HOST_WORD);
    let body_many_prices = if s.body_prices >= w::MANY_PRICES {
        capped(s.body_prices, w::PRICES_CAP)
    } else {
        0.0
    };
    let elements = p.elements.max(1);
    let last_plain = segs
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_alphabetic()));
    [
        flag(declares(s, kinds::ARTICLE_TYPES)),
        flag(declares(s, kinds::OG_ARTICLE)),
        flag(declared_forum),
        flag(declared_product),
        flag(declares(s, kinds::COLLECTION_STRONG_TYPES)),
        flag(declares(s, kinds::COLLECTION_TYPES) || declares(s, kinds::LISTING_TYPES)),
        flag(declares(s, kinds::DOCUMENTATION_TYPES)),
        flag(declares(s, kinds::SERVICE_TYPES)),
        flag(s.dated),
        flag(s.dated_visibly),
        flag(s.authored),
        // A page without a URL is not a home page.
        flag(s.url.is_some() && segs.is_empty()),
        flag(dated_path(&segs)),
        capped(slug, w::SLUG_WORDS_CAP),
        flag(any_segment(&segs, kinds::STORY_PATHS)),
        flag(section_front),
        flag(any_segment(&segs, kinds::SERVICE_PATHS)),
        flag(any_segment(&segs, kinds::LISTING_PATHS) && !story_filed),
        flag(any_segment(&segs, kinds::FORUM_PATHS)),
        flag(any_segment(&segs, kinds::PRODUCT_PATHS)),
        flag(any_segment(&segs, kinds::COLLECTION_PATHS)),
        flag(docs_place),
        capped(s.long_paragraphs, w::PROSE_CAP),
        share(s.long_paragraphs, s.paragraphs),
        rate(s.body_headings, s.body_words, w::HEADINGS_PER_100_WORDS_CAP),
        capped(s.code_blocks, w::CODE_CAP),
        capped(s.related_items, w::TEASERS_CAP),
        flag(s.list_body),
        capped(s.posts, w::POSTS_CAP),
        flag(s.thread),
        flag(p.cart),
        flag((1..w::MANY_PRICES).contains(&p.prices)),
        many_prices,
        capped(p.forms, w::FORMS_CAP),
        capped(p.articles, w::CARDS_CAP),
        capped(p.times, w::TIMES_CAP),
        share(p.link_text_bytes, p.text_bytes),
        share(s.body_words * w::BYTES_PER_BODY_WORD, p.text_bytes),
        share(s.body_list_items, s.paragraphs + s.body_list_items),
        capped(s.title_words, w::TITLE_WORDS_CAP),
        share(s.paragraph_link_bytes, s.paragraph_bytes),
        rate(s.we_words, s.body_words, w::PRONOUNS_PER_100_WORDS_CAP),
        rate(s.you_words, s.body_words, w::PRONOUNS_PER_100_WORDS_CAP),
        capped(p.linked_headings, w::HEADING_LINKS_CAP),
        flag(numeric_id(&segs)),
        flag(
            s.url
                .is_some_and(|u| u.query().is_some_and(|q| !q.is_empty())),
        ),
        flag(page_file(&segs)),
        flag(last_plain && !segs.is_empty()),
        share(p.repeated_items * w::ELEMENTS_PER_REPEAT, elements),
        capped(p.repeated_items, w::REPEATS_CAP),
        capped(p.card_headings, w::HEADING_LINKS_CAP),
        capped(p.images, w::IMAGES_CAP),
        capped(p.tables, w::TABLES_CAP),
        capped(p.code, w::PAGE_CODE_CAP),
        share(p.list_items * w::ELEMENTS_PER_LIST_ITEM, elements),
        (p.headings as f32 * 1000.0 / p.text_bytes.max(1000) as f32)
            .min(w::HEADINGS_PER_1000_BYTES_CAP as f32)
            / w::HEADINGS_PER_1000_BYTES_CAP as f32,
        body_many_prices,
        capped(p.prices.saturating_sub(s.body_prices), w::PRICES_CAP),
        capped(s.body_lists, w::BODY_LISTS_CAP),
        capped(s.question_headings, w::QUESTION_HEADINGS_CAP),
        share(s.short_paragraphs, s.paragraphs),
        flag(s.body_words < w::NO_BODY_WORDS),
        capped(p.controls, w::CONTROLS_CAP),
        capped(p.navs, w::NAVS_CAP),
        capped(p.call_to_action, w::LABELS_CAP),
        capped(p.more_labels, w::LABELS_CAP),
        capped(p.grid_controls, w::LABELS_CAP),
        capped(p.docs_labels, w::LABELS_CAP),
        capped(p.story_labels, w::LABELS_CAP),
    ]
}

/// Each kind's score: its bias plus the weighted features; a live blog
/// scores as an article plus `LIVE_BLOG` when the page declares one.
fn scores(s: &KindSignals<'_>) -> [(PageKind, f32); 8] {
    let x = features(s);
    let mut z = weight::BIAS;
    for (v, row) in x.iter().zip(weight::WEIGHTS.iter()) {
        if *v != 0.0 {
            for (zk, wk) in z.iter_mut().zip(row) {
                *zk += v * wk;
            }
        }
    }
    let [article, forum, product, collection, listing, docs, service] = z;
    let live = if declares(s, kinds::LIVE_BLOG_TYPES) {
        article + weight::LIVE_BLOG
    } else {
        f32::NEG_INFINITY
    };
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
    /// Block elements that repeat their previous element sibling's tag and
    /// (non-empty) class: the items of grids, lists of cards, menus.
    pub repeated_items: usize,
    /// Runs of such repeated siblings (each run of two or more counts
    /// once).
    pub repeated_groups: usize,
    /// Linked headings inside a repeated sibling (a card's title), within
    /// `tuning::kind::CARD_DEPTH` levels.
    pub card_headings: usize,
    /// `<img>` elements.
    pub images: usize,
    /// Form controls (`<input>`, `<select>`, `<button>`, `<textarea>`).
    pub controls: usize,
    /// `<a>` elements.
    pub links: usize,
    /// `<table>` elements.
    pub tables: usize,
    /// `<pre>` and `<code>` elements.
    pub code: usize,
    /// `<nav>` and `<aside>` elements.
    pub navs: usize,
    /// Elements of any kind.
    pub elements: usize,
    /// A link to the next page (`rel="next"`): a paged index.
    pub next_page: bool,
    /// Links to a telephone number (`tel:`): a business's page.
    pub phone_links: usize,
    /// Calls to action ("Get started", "Contact us",
    /// `lexicon::page_kinds::CALL_TO_ACTION_LABELS`).
    pub call_to_action: usize,
    /// "Read more" and next-page labels (`MORE_LABELS`).
    pub more_labels: usize,
    /// Sorting and filtering controls of a shop grid
    /// (`GRID_CONTROL_LABELS`).
    pub grid_controls: usize,
    /// A manual's page furniture ("Edit this page", "On this page").
    pub docs_labels: usize,
    /// A story's furniture ("Leave a reply", "5 min read").
    pub story_labels: usize,
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
                    if is_i_word(w) {
                        s.i_words += 1;
                        continue;
                    }
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
                } else if words < weight::SHORT_PARAGRAPH_WORDS {
                    s.short_paragraphs += 1;
                }
                s.body_prices += prices_in(text);
            }
            Block::Figure { .. } => s.figures += 1,
            Block::Heading { text, .. } => {
                s.body_headings += 1;
                s.question_headings += usize::from(text.trim_end().ends_with('?'));
                s.body_prices += prices_in(text);
            }
            Block::List { items, .. } => {
                s.body_lists += 1;
                s.body_list_items += items.len();
                for it in items {
                    s.body_list_bytes += it.len();
                    s.body_prices += prices_in(it);
                }
            }
            Block::Table { rows, .. } => {
                s.body_tables += 1;
                for cell in rows.iter().flatten() {
                    s.body_prices += prices_in(cell);
                }
            }
            Block::Code { .. } => s.code_blocks += 1,
            _ => {}
        }
    }
    if signal_dump_wanted() {
        dump_signals(&s);
    }
    classify(&s)
}

/// Money amounts in `text`, the text scanned only when it holds a
/// currency sign's byte.
fn prices_in(text: &str) -> usize {
    if memchr::memchr3(b'$', 0xC2, 0xE2, text.as_bytes()).is_some() {
        count_prices(text)
    } else {
        0
    }
}

/// "I", "I'm", "my" …: a writer speaking of themselves.
fn is_i_word(w: &str) -> bool {
    let b = w.as_bytes();
    match b[0] {
        b'I' => b.len() == 1 || matches!(b.get(1), Some(b'\'') | Some(0xE2)),
        b'm' | b'M' => w.len() == 2 && b[1].eq_ignore_ascii_case(&b'y'),
        _ => false,
    }
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
    let more = serde_json::json!({
        "body_prices": s.body_prices,
        "body_lists": s.body_lists,
        "body_list_bytes": s.body_list_bytes,
        "body_tables": s.body_tables,
        "question_headings": s.question_headings,
        "short_paragraphs": s.short_paragraphs,
        "i_words": s.i_words,
        "repeated_items": p.repeated_items,
        "repeated_groups": p.repeated_groups,
        "card_headings": p.card_headings,
        "images": p.images,
        "controls": p.controls,
        "links": p.links,
        "tables": p.tables,
        "code": p.code,
        "navs": p.navs,
        "elements": p.elements,
        "next_page": p.next_page,
        "phone_links": p.phone_links,
        "call_to_action": p.call_to_action,
        "more_labels": p.more_labels,
        "grid_controls": p.grid_controls,
        "docs_labels": p.docs_labels,
        "story_labels": p.story_labels,
    });
    let mut line = line;
    if let (Some(a), serde_json::Value::Object(b)) = (line.as_object_mut(), more) {
        a.extend(b);
        // The features as the library computes them, for `fit.py` to
        // check its own against.
        let named: serde_json::Map<String, serde_json::Value> = FEATURES
            .iter()
            .zip(features(s))
            .map(|(n, v)| ((*n).to_owned(), serde_json::json!(v)))
            .collect();
        a.insert("features".to_owned(), serde_json::Value::Object(named));
    }
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
            c.elements += 1;
            match *name {
                tag!("form") => c.forms += 1,
                tag!("article") => {
                    c.articles += 1;
                    count_repeat(doc, id, &mut c);
                }
                tag!("time") => c.times += 1,
                tag!("li") => {
                    c.list_items += 1;
                    count_repeat(doc, id, &mut c);
                }
                tag!("div") | tag!("section") | tag!("tr") => count_repeat(doc, id, &mut c),
                tag!("a") => {
                    c.links += 1;
                    if linked_heading(doc, id) {
                        c.linked_headings += 1;
                        if in_repeated_sibling(doc, id) {
                            c.card_headings += 1;
                        }
                    }
                    if !c.next_page && doc.attr(id, "rel").is_some_and(is_next_rel) {
                        c.next_page = true;
                    }
                    if doc.attr(id, "href").is_some_and(|h| {
                        h.as_bytes()
                            .get(..4)
                            .is_some_and(|b| b.eq_ignore_ascii_case(b"tel:"))
                    }) {
                        c.phone_links += 1;
                    }
                }
                tag!("link") => {
                    if !c.next_page && doc.attr(id, "rel").is_some_and(is_next_rel) {
                        c.next_page = true;
                    }
                }
                tag!("img") => c.images += 1,
                tag!("input") | tag!("select") | tag!("button") | tag!("textarea") => {
                    c.controls += 1;
                }
                tag!("table") => c.tables += 1,
                tag!("pre") | tag!("code") => c.code += 1,
                tag!("nav") | tag!("aside") => c.navs += 1,
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
        if t.len() <= kinds::LABEL_MAX_BYTES {
            count_label(t, &mut c);
        }
    }
    c
}

/// Counts a short text node that is one of the labels of
/// [`PageCounts`] (case and trailing arrows or colons ignored).
fn count_label(t: &str, c: &mut PageCounts) {
    let t = t.trim().trim_end_matches(|ch: char| {
        matches!(ch, ':' | '›' | '»' | '→' | '>' | '…' | '?' | '.' | ' ')
    });
    // Every label is at least four bytes and starts with a letter (a
    // reading time with a digit).
    if t.len() < 4 || !t.as_bytes()[0].is_ascii_alphanumeric() {
        return;
    }
    let is = |list: &[&str]| list.iter().any(|l| t.eq_ignore_ascii_case(l));
    if is(kinds::CALL_TO_ACTION_LABELS) {
        c.call_to_action += 1;
    } else if is(kinds::MORE_LABELS) {
        c.more_labels += 1;
    } else if is(kinds::GRID_CONTROL_LABELS) {
        c.grid_controls += 1;
    } else if is(kinds::DOCUMENTATION_LABELS) {
        c.docs_labels += 1;
    } else if is(kinds::STORY_LABELS)
        || kinds::READING_TIME_ENDS.iter().any(|e| {
            t.len() > e.len()
                && t.is_char_boundary(t.len() - e.len())
                && t[t.len() - e.len()..].eq_ignore_ascii_case(e)
        })
    {
        c.story_labels += 1;
    }
}

/// `rel` names the next page.
fn is_next_rel(rel: &str) -> bool {
    rel.split_ascii_whitespace()
        .any(|t| t.eq_ignore_ascii_case("next"))
}

/// `a` and `b` have the same tag and the same non-empty class.
fn same_signature(
    doc: &crate::dom::Document,
    a: crate::dom::NodeId,
    b: crate::dom::NodeId,
) -> bool {
    doc.local_name(a) == doc.local_name(b)
        && doc
            .attr(a, "class")
            .is_some_and(|c| !c.is_empty() && doc.attr(b, "class") == Some(c))
}

/// Counts `id` into the repeated siblings when it repeats the element
/// before it, and a new run when that one did not repeat its own.
fn count_repeat(doc: &crate::dom::Document, id: crate::dom::NodeId, c: &mut PageCounts) {
    let Some(prev) = previous_element_sibling(doc, id) else {
        return;
    };
    if !same_signature(doc, id, prev) {
        return;
    }
    c.repeated_items += 1;
    if !previous_element_sibling(doc, prev).is_some_and(|pp| same_signature(doc, prev, pp)) {
        c.repeated_groups += 1;
    }
}

/// One of the `CARD_DEPTH` nearest ancestors of `id` repeats a sibling's
/// tag and class: `id` sits in a card of a grid or list.
fn in_repeated_sibling(doc: &crate::dom::Document, id: crate::dom::NodeId) -> bool {
    doc.ancestors(id).take(tuning::kind::CARD_DEPTH).any(|a| {
        previous_element_sibling(doc, a).is_some_and(|p| same_signature(doc, a, p))
            || next_element_sibling(doc, a).is_some_and(|n| same_signature(doc, a, n))
    })
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
            body_words: 400,
            paragraphs: 8,
            long_paragraphs: 6,
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
    fn the_page_pass_counts_repeated_cards_labels_and_phone_links() {
        let card = |i: usize| {
            format!(
                r#"<li class="card"><h3><a href="/p/{i}">Kettle {i}</a></h3><span>$2{i}.00</span></li>"#
            )
        };
        let html = format!(
            r#"<ul>{}{}{}</ul><button>Sort by:</button><a href="/more">Read more »</a>
            <a href="TEL:+15550100">Call</a><a href="/demo">Get started</a><p>5 min read</p>
            <a href="/edit">Edit this page</a>"#,
            card(1),
            card(2),
            card(3)
        );
        let doc = crate::dom::Document::parse(&html).unwrap();
        let c = page_counts(&doc);
        assert_eq!((c.repeated_items, c.repeated_groups), (2, 1));
        assert_eq!((c.linked_headings, c.card_headings), (3, 3));
        assert_eq!(c.grid_controls, 1);
        assert_eq!(c.more_labels, 1);
        assert_eq!(c.phone_links, 1);
        assert_eq!(c.call_to_action, 1);
        assert_eq!(c.story_labels, 1);
        assert_eq!(c.docs_labels, 1);
    }

    #[test]
    fn url_shapes() {
        let segs = |p: &str| url_parts(Some(&url(p))).1;
        assert!(numeric_id(&segs("https://shop.example/item/48213")));
        assert!(!numeric_id(&segs("https://news.example/2024/05/story")));
        assert!(page_file(&segs("https://shop.example/kettles.html")));
        assert!(!page_file(&segs("https://shop.example/kettles")));
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
