//! Page kind (`page_kind`): the points each signal gives the kind it
//! speaks for. The kind with most points wins; raising a weight makes its
//! signal decide more often.

/// A body paragraph of at least this many words is prose.
pub(crate) const LONG_PARAGRAPH_WORDS: usize = 30;
/// Article: JSON-LD of an article type.
pub(crate) const DECLARED_ARTICLE: f32 = 2.5;
/// Article: `og:type` article (many non-article pages say it too).
pub(crate) const OG_ARTICLE: f32 = 1.0;
/// Article: a publication date.
pub(crate) const DATED: f32 = 1.0;
/// Article: an author.
pub(crate) const AUTHORED: f32 = 1.0;
/// Article: at least this many long paragraphs …
pub(crate) const ARTICLE_LONG_PARAGRAPHS: usize = 4;
/// … give this many points.
pub(crate) const ARTICLE_PROSE: f32 = 1.5;
/// Article: a dated path or a long slug …
pub(crate) const ARTICLE_PATH: f32 = 1.0;
/// … of at least this many words.
pub(crate) const ARTICLE_SLUG_WORDS: usize = 4;
/// A structured-data type that names the kind outright (`Product`,
/// `DiscussionForumPosting`, `TechArticle`, `og:product.group`).
pub(crate) const DECLARED_STRONG: f32 = 3.0;
/// A structured-data type that hints at the kind (`ItemList`, `FAQPage`).
pub(crate) const DECLARED_WEAK: f32 = 1.0;
/// A URL path segment or host that names the kind (`/forum/`, `docs.`).
pub(crate) const KIND_PATH: f32 = 2.0;
/// Product: an "add to cart" control.
pub(crate) const CART: f32 = 2.0;
/// Product: a few prices on the page (fewer than [`MANY_PRICES`]).
pub(crate) const SOME_PRICES: f32 = 0.5;
/// Collection: at least this many prices is a grid of products …
pub(crate) const MANY_PRICES: usize = 8;
/// … and gives this many points.
pub(crate) const MANY_PRICES_POINTS: f32 = 2.5;
/// Listing: at least this many teaser items …
pub(crate) const MANY_TEASERS: usize = 10;
/// … give this many points.
pub(crate) const TEASER_LIST: f32 = 1.5;
/// Listing: teasers and no long paragraph at all.
pub(crate) const NO_PROSE_BUT_TEASERS: f32 = 1.0;
/// Documentation: at least this many code blocks …
pub(crate) const DOC_CODE_BLOCKS: usize = 2;
/// … give this many points.
pub(crate) const CODE: f32 = 1.5;
/// Service: the fallback kind starts with these points.
pub(crate) const SERVICE_BASE: f32 = 1.0;
/// Service: neither date nor author.
pub(crate) const UNSIGNED: f32 = 1.0;
/// Article: points taken when the page has neither date nor author.
pub(crate) const ARTICLE_UNSIGNED: f32 = 1.0;
/// A short path of plain words (`/news`): points taken from article,
/// given to listing.
pub(crate) const SECTION_FRONT: f32 = 1.0;
/// Forum: at least this many post containers …
pub(crate) const MANY_POSTS: usize = 3;
/// … give this many points.
pub(crate) const POSTS: f32 = 1.5;
/// A text node this short (bytes) can be a control's label ("Add to
/// cart"); longer ones are prose and are not searched for it.
pub(crate) const CART_LABEL_MAX_BYTES: usize = 40;
/// Forum: the body is a thread of posts, each signed and dated (the
/// posts were found as the page's content).
pub(crate) const THREAD_BODY: f32 = 3.0;
/// Listing and collection: the body is the page's list of teasers
/// (`content::listing` found it the page's content).
pub(crate) const LIST_BODY: f32 = 2.0;
