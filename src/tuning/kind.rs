//! Page kind (`page_kind`): a multinomial logistic regression. Each
//! kind's score is its bias plus, for each feature that speaks for it,
//! weight × feature value (every feature lies in [0, 1]); the kind with the
//! highest score wins and the softmax of the scores is the confidence.
//!
//! The weights were fitted by `tools/kinds/fit.py` (L2 0.0003) on the
//! signals of the 1,358 labelled pages of wcxb-dev: training accuracy
//! 0.855, 5-fold cross-validated accuracy 0.842 with folds grouped by host.
//! Each feature may speak only for the kinds it names, which keeps the
//! model to 55 weights and 7 biases. Refit rather than hand-edit: the
//! features are computed in `page_kind::scores` and in
//! `tools/kinds/features.py` alike.

/// A body paragraph of at least this many words is prose.
pub(crate) const LONG_PARAGRAPH_WORDS: usize = 30;
/// A last URL segment of at least this many words is a story's slug (a
/// listing segment in its path then does not count).
pub(crate) const ARTICLE_SLUG_WORDS: usize = 4;
/// Below this many prices a page may be one product's; from it on the
/// prices are a grid of products.
pub(crate) const MANY_PRICES: usize = 8;
/// A text node this short (bytes) can be a control's label ("Add to
/// cart"); longer ones are prose and are not searched for it.
pub(crate) const CART_LABEL_MAX_BYTES: usize = 40;
/// A live blog declared (`LiveBlogPosting`): its points over an article's.
pub(crate) const LIVE_BLOG: f32 = 3.0;

/// Counted features saturate at a cap: words of the last URL segment.
pub(crate) const SLUG_WORDS_CAP: usize = 8;
/// Cap: long paragraphs.
pub(crate) const PROSE_CAP: usize = 8;
/// Cap: body headings per 100 body words.
pub(crate) const HEADINGS_PER_100_WORDS_CAP: usize = 5;
/// Cap: code blocks.
pub(crate) const CODE_CAP: usize = 4;
/// Cap: teaser items.
pub(crate) const TEASERS_CAP: usize = 20;
/// Cap: post containers.
pub(crate) const POSTS_CAP: usize = 6;
/// Cap: prices.
pub(crate) const PRICES_CAP: usize = 30;
/// Cap: forms.
pub(crate) const FORMS_CAP: usize = 4;
/// Cap: `<article>` elements.
pub(crate) const CARDS_CAP: usize = 20;
/// Cap: `<time>` elements.
pub(crate) const TIMES_CAP: usize = 20;
/// Cap: headings that are links.
pub(crate) const HEADING_LINKS_CAP: usize = 20;
/// Cap: title words.
pub(crate) const TITLE_WORDS_CAP: usize = 12;
/// Cap: "we" or "you" words per 100 body words.
pub(crate) const PRONOUNS_PER_100_WORDS_CAP: usize = 4;
/// Per-100-word rates are taken over at least this many words (a short
/// body's one "we" is no rate).
pub(crate) const RATE_MIN_WORDS: usize = 100;
/// Bytes of page text one body word stands for, in the body's share of
/// the page's text.
pub(crate) const BYTES_PER_BODY_WORD: usize = 6;

// Fitted weights (`tools/kinds/emit.py` prints this block).
/// Article: the points every page starts with.
pub(crate) const ARTICLE_BIAS: f32 = -0.73;
/// Forum: the points every page starts with.
pub(crate) const FORUM_BIAS: f32 = -0.01;
/// Product: the points every page starts with.
pub(crate) const PRODUCT_BIAS: f32 = 0.28;
/// Collection: the points every page starts with.
pub(crate) const COLLECTION_BIAS: f32 = 0.66;
/// Listing: the points every page starts with.
pub(crate) const LISTING_BIAS: f32 = 1.13;
/// Documentation: the points every page starts with.
pub(crate) const DOCUMENTATION_BIAS: f32 = 0.46;
/// Service: the points every page starts with.
pub(crate) const SERVICE_BIAS: f32 = 1.51;
/// Article: JSON-LD of an article type.
pub(crate) const ARTICLE_DECL_ARTICLE: f32 = 1.73;
/// Article: `og:type` article (many non-article pages say it too).
pub(crate) const ARTICLE_OG_ARTICLE: f32 = 1.24;
/// Forum: a declared forum or question type.
pub(crate) const FORUM_DECL_FORUM: f32 = 2.65;
/// Product: a declared product (not a group of products).
pub(crate) const PRODUCT_DECL_PRODUCT: f32 = 3.64;
/// Collection: a declared group of products (`og:product.group`).
pub(crate) const COLLECTION_DECL_PRODUCT_GROUP: f32 = 1.96;
/// Collection: a declared list type (`ItemList`, `CollectionPage`).
pub(crate) const COLLECTION_DECL_LIST: f32 = 0.57;
/// Listing: a declared list type (`ItemList`, `CollectionPage`).
pub(crate) const LISTING_DECL_LIST: f32 = 1.30;
/// Documentation: a declared documentation type (`TechArticle`).
pub(crate) const DOCUMENTATION_DECL_DOCS: f32 = 1.71;
/// Service: a declared business, service, FAQ, about or contact page.
pub(crate) const SERVICE_DECL_SERVICE: f32 = 1.41;
/// Article: a publication date.
pub(crate) const ARTICLE_DATED: f32 = 0.35;
/// Article: a publication date in the visible text.
pub(crate) const ARTICLE_DATED_VISIBLY: f32 = 0.63;
/// Article: an author.
pub(crate) const ARTICLE_AUTHORED: f32 = 1.04;
/// Listing: a URL without a path (a home page; no URL is none).
pub(crate) const LISTING_HOME: f32 = 1.61;
/// Service: a URL without a path (a home page; no URL is none).
pub(crate) const SERVICE_HOME: f32 = 2.17;
/// Article: a year in the URL path.
pub(crate) const ARTICLE_DATED_PATH: f32 = 1.59;
/// Article: words in the last URL segment, up to `SLUG_WORDS_CAP`, as a share of it.
pub(crate) const ARTICLE_SLUG: f32 = 2.26;
/// Article: a URL segment under which stories are filed (`/blog/`).
pub(crate) const ARTICLE_STORY_PATH: f32 = 2.11;
/// Listing: a short path of plain words (`/news`).
pub(crate) const LISTING_SECTION_FRONT: f32 = 0.36;
/// Service: a URL segment of a company's own pages (`/services/`).
pub(crate) const SERVICE_SERVICE_PATH: f32 = 2.18;
/// Listing: a URL segment of listings (`/tag/`), the path not a story's.
pub(crate) const LISTING_LISTING_PATH: f32 = 2.17;
/// Forum: a URL segment of forum threads (`/t/`).
pub(crate) const FORUM_FORUM_PATH: f32 = 3.68;
/// Product: a URL segment of product pages (`/p/`).
pub(crate) const PRODUCT_PRODUCT_PATH: f32 = 2.18;
/// Collection: a URL segment of product collections (`/collections/`).
pub(crate) const COLLECTION_COLLECTION_PATH: f32 = 2.04;
/// Documentation: a URL segment or host of documentation (`/docs/`, `docs.`).
pub(crate) const DOCUMENTATION_DOCS_PATH: f32 = 3.55;
/// Article: long paragraphs, up to `PROSE_CAP`, as a share of it.
pub(crate) const ARTICLE_PROSE: f32 = 0.98;
/// Documentation: long paragraphs, up to `PROSE_CAP`, as a share of it.
pub(crate) const DOCUMENTATION_PROSE: f32 = 0.42;
/// Article: the share of body paragraphs that are long.
pub(crate) const ARTICLE_PROSE_SHARE: f32 = 1.35;
/// Documentation: body headings per 100 words, up to `HEADINGS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const DOCUMENTATION_HEADING_DENSITY: f32 = -0.56;
/// Service: body headings per 100 words, up to `HEADINGS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const SERVICE_HEADING_DENSITY: f32 = 1.54;
/// Documentation: code blocks, up to `CODE_CAP`, as a share of it.
pub(crate) const DOCUMENTATION_CODE: f32 = 3.29;
/// Listing: teaser items around the body, up to `TEASERS_CAP`, as a share of it.
pub(crate) const LISTING_TEASERS: f32 = 0.90;
/// Collection: the body is the page's list of teasers.
pub(crate) const COLLECTION_LIST_BODY: f32 = 2.26;
/// Listing: the body is the page's list of teasers.
pub(crate) const LISTING_LIST_BODY: f32 = 2.80;
/// Forum: post containers, up to `POSTS_CAP`, as a share of it.
pub(crate) const FORUM_POSTS: f32 = 3.18;
/// Forum: the body is a thread of posts.
pub(crate) const FORUM_THREAD: f32 = 3.51;
/// Product: an "add to cart" control.
pub(crate) const PRODUCT_CART: f32 = 3.34;
/// Product: a few prices (fewer than `MANY_PRICES`).
pub(crate) const PRODUCT_SOME_PRICES: f32 = 0.81;
/// Collection: at least `MANY_PRICES` prices: their number, up to `PRICES_CAP`, as a share of it.
pub(crate) const COLLECTION_MANY_PRICES: f32 = 2.65;
/// Service: `<form>`s on the page, up to `FORMS_CAP`, as a share of it (comment and newsletter forms sit under stories).
pub(crate) const SERVICE_FORMS: f32 = -1.21;
/// Listing: `<article>` elements, up to `CARDS_CAP`, as a share of it (a grid of cards).
pub(crate) const LISTING_CARDS: f32 = 0.80;
/// Listing: `<time>` elements, up to `TIMES_CAP`, as a share of it (a dated item each).
pub(crate) const LISTING_TIMES: f32 = 0.65;
/// Collection: the share of the page's text that is link text.
pub(crate) const COLLECTION_LINK_SHARE: f32 = 1.64;
/// Listing: the share of the page's text that is link text.
pub(crate) const LISTING_LINK_SHARE: f32 = 2.15;
/// Article: the body's share of the page's text (six bytes a body word, at most one).
pub(crate) const ARTICLE_BODY_SHARE: f32 = 1.56;
/// Documentation: the body's share of the page's text (six bytes a body word, at most one).
pub(crate) const DOCUMENTATION_BODY_SHARE: f32 = 0.95;
/// Service: the share of body list items among body paragraphs and list items.
pub(crate) const SERVICE_LIST_SHARE: f32 = 0.82;
/// Article: title words, up to `TITLE_WORDS_CAP`, as a share of it (headlines are sentences, a company's page titles are names).
pub(crate) const ARTICLE_TITLE_WORDS: f32 = 1.22;
/// Collection: the share of body paragraph text that is link text.
pub(crate) const COLLECTION_BODY_LINKS: f32 = 0.55;
/// Listing: the share of body paragraph text that is link text.
pub(crate) const LISTING_BODY_LINKS: f32 = 1.04;
/// Article: "we" and "our" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const ARTICLE_WE: f32 = -1.91;
/// Service: "we" and "our" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const SERVICE_WE: f32 = 1.92;
/// Article: "you" and "your" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const ARTICLE_YOU: f32 = 0.85;
/// Service: "you" and "your" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it.
pub(crate) const SERVICE_YOU: f32 = 1.66;
/// Collection: headings that are links (teaser titles), up to `HEADING_LINKS_CAP`, as a share of it.
pub(crate) const COLLECTION_HEADING_LINKS: f32 = 1.21;
/// Listing: headings that are links (teaser titles), up to `HEADING_LINKS_CAP`, as a share of it.
pub(crate) const LISTING_HEADING_LINKS: f32 = 0.80;
