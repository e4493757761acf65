//! Class and id vocabulary: the words in `class` / `id` attributes that
//! say what an HTML element is (boilerplate, a teaser box, the article
//! body, comments; a byline, a date, a photo credit).
//!
//! The container lists are read by `content::classify`, which splits class
//! names into tokens and matches them against these lists. The element
//! lists at the end ([`HEADER_CLASS_WORDS`], [`CREDIT_CLASS_WORDS`]) are
//! read by `metadata::signals` and `content::image` as substrings.
//!
//! How a container list is matched is said at the list: a word of four letters or
//! more (`tuning::MIN_PREFIX_CLASS_WORD_BYTES`) matches tokens that start
//! with it ("comments" for "comment"), shorter words and [`JUNK_TOKENS`]
//! match whole tokens only, a hyphenated word matches two consecutive
//! tokens (the second by prefix), and [`EXCEPTIONS`] are tokens a prefix
//! match must skip.

/// Class/id words (or word prefixes) that mark boilerplate containers.
pub(crate) const JUNK_WORDS: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "consent",
    "gdpr",
    "advert",
    "advertisement",
    "sponsor",
    "promo",
    "banner",
    "popup",
    "modal",
    "breadcrumb",
    "pagination",
    "pager",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "toolbar",
    "widget",
    "masthead",
    "skip-link",
    "outbrain",
    "taboola",
    "paywall",
    "byline",
    "author-bio",
    "author-box",
    "about-author",
    "bio-box",
    "tags",
    "tag-list",
    "taglist",
    "keywords",
    "rating",
    "print-only",
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "timestamp",
    "follow",
    "donate",
    "app-download",
    "login",
    "meta-info",
    "article-meta",
    "post-meta",
    "entry-meta",
    "postmetadata",
    "caption-credit",
    "copyright",
    "credit",
    "photo-credit",
    // Jump links (a list of anchors into the page), not the sections they
    // jump to ("jump-section", "jumptarget").
    "jump-link",
    "jumplink",
    "jump-to",
    "jump-nav",
    "jumpnav",
    "jumpbox",
    "overlay",
    "lightbox",
    "carousel",
];

/// Short words that only count as whole class tokens ("ad" must not match
/// "header" or "read").
pub(crate) const JUNK_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "nav",
    "share",
    "tags",
    "meta",
    "print",
    "hide",
    "author",
    "date",
    "related-tags",
];

/// Class/id tokens (whole, any case) that mark the customer reviews of a
/// product page (`content::product`).
pub(crate) const REVIEW_WORDS: &[&str] = &["review", "reviews"];

/// Class/id words that mark teaser boxes.
pub(crate) const TEASER_WORDS: &[&str] = &[
    "related",
    "recommend",
    "more-from",
    "morefrom",
    "more-stories",
    "more-articles",
    "more-news",
    "morestories",
    "read-more",
    "readmore",
    "read-next",
    "readnext",
    "explore",
    "most-read",
    "mostread",
    "most-popular",
    "mostpopular",
    "popular",
    "trending",
    "also-read",
    "alsoread",
    "teaser",
    "next-article",
    "you-may",
    "further-reading",
    "see-also",
    "recirc",
    "weitere",
    "empfehlung",
    "mehr-zum",
];

/// Class/id words that mark the article body (a positive class weight).
pub(crate) const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose",
];

/// Tokens that start like a junk word but are not junk.
pub(crate) const EXCEPTIONS: &[&str] = &[
    "commentary",
    "commentaries",
    "navy",
    "shared",
    "advertorial",
];

/// Class/id words that mark a comment section (also junk, see
/// [`JUNK_WORDS`]).
pub(crate) const COMMENT_WORDS: &[&str] = &["comment", "disqus"];

// ---------------------------------------------------------------------------
// Header elements: what a class/id says about a small element near the
// headline (`metadata::signals`). A class or id says "byline" when it holds
// a word with [`SAYS_BYLINE`] and none with [`DENIES_BYLINE`], and so on.

/// The element may hold the byline.
pub(crate) const SAYS_BYLINE: u8 = 1;
/// The element is not the byline (an avatar, an author bio, a comment).
pub(crate) const DENIES_BYLINE: u8 = 2;
/// The element may hold the publication date.
pub(crate) const SAYS_DATE: u8 = 4;
/// The element does not hold the publication date (an update, a comment).
pub(crate) const DENIES_DATE: u8 = 8;
/// The element may hold the reading time.
pub(crate) const SAYS_READING_TIME: u8 = 16;

/// Class/id words (substrings, any case) of a visible standfirst under the
/// headline, read by `metadata` as the description.
pub(crate) const DEK_CLASS_WORDS: &[&str] = &[
    "dek",
    "standfirst",
    "subtitle",
    "sub-title",
    "subheadline",
    "sub-headline",
    "strapline",
    "summary",
    "lede",
    "excerpt",
    "teaser-text",
    "article-intro",
    "post-intro",
    // French, Spanish, Italian, Swedish/Norwegian and Portuguese names.
    "chapo",
    "chapeau",
    "entradilla",
    "bajada",
    "sommario",
    "ingress",
    "linha-fina",
    // "description" alone also names a site's tagline under its name and
    // a thread's starter line.
    "article-description",
    "post-description",
    "story-description",
    "entry-description",
];

/// `metadata::signals`: class/id substrings (lower case, ASCII case
/// ignored) of the visible byline, date and reading-time elements, with
/// what each says (the flags above).
pub(crate) const HEADER_CLASS_WORDS: &[(&str, u8)] = &[
    ("byline", SAYS_BYLINE),
    ("author", SAYS_BYLINE),
    ("auteur", SAYS_BYLINE),
    ("autor", SAYS_BYLINE),
    ("writer", SAYS_BYLINE),
    ("writtenby", SAYS_BYLINE),
    ("contributor", SAYS_BYLINE),
    ("reporter", SAYS_BYLINE),
    ("dateline", SAYS_BYLINE | SAYS_DATE),
    ("comment", DENIES_BYLINE | DENIES_DATE),
    ("avatar", DENIES_BYLINE),
    ("authorbio", DENIES_BYLINE),
    ("author-bio", DENIES_BYLINE),
    ("author_bio", DENIES_BYLINE),
    ("__bio", DENIES_BYLINE),
    // The author's job title under the name ("author-position", "author-role").
    ("position", DENIES_BYLINE),
    ("jobtitle", DENIES_BYLINE),
    ("job-title", DENIES_BYLINE),
    ("-role", DENIES_BYLINE),
    ("_role", DENIES_BYLINE),
    ("image", DENIES_BYLINE),
    ("photo", DENIES_BYLINE),
    ("date", SAYS_DATE),
    ("datum", SAYS_DATE),
    ("fecha", SAYS_DATE),
    ("metadata", SAYS_DATE),
    ("article-meta", SAYS_DATE),
    ("post-meta", SAYS_DATE),
    ("entry-meta", SAYS_DATE),
    ("metainfo", SAYS_DATE),
    ("meta-info", SAYS_DATE),
    ("meta_info", SAYS_DATE),
    ("published", SAYS_DATE),
    ("posted", SAYS_DATE),
    ("time", SAYS_DATE),
    ("update", DENIES_DATE),
    ("reading-time", SAYS_READING_TIME),
    ("readingtime", SAYS_READING_TIME),
    ("read-time", SAYS_READING_TIME),
    ("reading_time", SAYS_READING_TIME),
    ("readtime", SAYS_READING_TIME),
];

/// `metadata::page_dates`: class substrings (lower case, ASCII case
/// ignored) of an element holding the date the article was last modified
/// (`<time class="updated">`), unless a word of
/// [`PUBLISHED_DATE_CLASS_WORDS`] is there too.
pub(crate) const MODIFIED_DATE_CLASS_WORDS: &[&str] = &["updated", "modified"];

/// `metadata::page_dates`: class substrings that say an element holds the
/// publication date, even when it is also marked updated (WordPress's
/// `entry-date published updated`).
pub(crate) const PUBLISHED_DATE_CLASS_WORDS: &[&str] = &["publish", "entry-date", "posted"];

/// `metadata::title`: class substrings (ASCII case ignored) of the part of
/// a heading that holds the headline itself, after a kicker
/// (`<span class="headline">`, `article-heading__title`).
pub(crate) const HEADLINE_PART_WORDS: &[&str] = &["title", "headline"];

/// `metadata::title`: class substrings of the parts of a heading that are
/// not the headline: kickers, overlines, sublines and text for screen
/// readers only.
pub(crate) const NOT_HEADLINE_PART_WORDS: &[&str] = &[
    "kicker",
    "overline",
    "dachzeile",
    "spitzmarke",
    "supertitle",
    "super-title",
    "subtitle",
    "sub-title",
    "subline",
    "subhead",
    "sub-head",
    "eyebrow",
    "topline",
    "roofline",
    "strapline",
    "visually-hidden",
    "sr-only",
    "screen-reader",
];

/// Class substrings (lower case) of text shown to screen readers only
/// ("Sale price", "Rated 4 out of 5"): it stays out of a listing's cards
/// even where other junk words of class names are ignored
/// (`content::listing`).
pub(crate) const SCREEN_READER_ONLY_WORDS: &[&str] = &[
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader",
    "screenreader",
];

/// `metadata` tags: class/id parts (lower case, whole parts of a class name
/// split at `-` and `_`) of a list of the article's topic links ("Tags:
/// Shipping, Jobs", "Meer over: Windenergie"). Plural or list words only:
/// a single `tag` or `topic` also names a card's kicker label.
pub(crate) const TAG_LIST_CLASS_PARTS: &[&str] = &[
    "tags",
    "taglist",
    "topics",
    "topiclist",
    "keywords",
    "schlagworte",
    "schlagwoerter",
    "stichworte",
    "themen",
    "onderwerpen",
    "trefwoorden",
    "temas",
    "etiquetas",
    "argomenti",
    "tematy",
    "tagi",
    "etiketter",
    "motscles",
];

/// `metadata` tags: the label of a topic list when it is set as a link
/// (to the site's index of tags), lower case, besides the words of
/// [`TAG_LIST_CLASS_PARTS`]: never a tag.
pub(crate) const TAG_LIST_LABELS: &[&str] = &[
    "tag",
    "topic",
    "thema",
    "themes",
    "sujets",
    "mots-clés",
    "mots clés",
    "schlagwörter",
    "onderwerp",
    "tema",
    "ämnen",
    "all tags",
    "all topics",
    "alle themen",
];

/// `content::image`: class/id substrings (lower case) of an element that
/// holds a photo credit rather than a caption.
pub(crate) const CREDIT_CLASS_WORDS: &[&str] = &[
    "credit",
    "copyright",
    "photographer",
    "source",
    "author",
    "byline",
    "rights",
];

/// Screen sizes in class names that say a copy of a block is shown on
/// small screens only ("mobile-only", "visible-xs", "show-for-small",
/// "hidden-phone"…): read by `content::copies`, which splits a class name
/// at `-`, `_` and `:` and matches whole words.
pub(crate) const SMALL_SCREEN_WORDS: &[&str] = &["mobile", "phone", "xs", "small", "touch"];

/// Screen sizes (and breakpoint names from `sm` up) in class names that say
/// a copy is for larger screens ("desktop-only", "hidden-lg",
/// "d-md-none", "md:hidden", "show-for-medium"): read by
/// `content::copies`. `sm` is here because the utility frameworks
/// (Tailwind `sm:hidden`, Bootstrap `d-sm-none`) name a breakpoint by its
/// lower bound; Bootstrap 3's `hidden-sm` hides the small-tablet range,
/// read alike.
pub(crate) const LARGE_SCREEN_WORDS: &[&str] = &[
    "desktop",
    "sm",
    "md",
    "lg",
    "xl",
    "xxl",
    "2xl",
    "large",
    "medium",
    "widescreen",
];

/// Words of a class name that, beside a screen-size word, say the element
/// is hidden at that size ("hidden-xs", "md:hidden", "d-lg-none",
/// "hide-on-desktop"): read by `content::copies`.
pub(crate) const HIDDEN_AT_SIZE_WORDS: &[&str] = &["hide", "hidden", "none"];

/// Words of a class name that, beside a screen-size word, say the element
/// is shown at that size only ("visible-xs", "mobile-only", "md:block",
/// "d-md-flex", "show-for-large"): read by `content::copies`. The display
/// values are the Tailwind and Bootstrap display utilities.
pub(crate) const SHOWN_AT_SIZE_WORDS: &[&str] = &[
    "show", "visible", "only", "block", "flex", "grid", "inline", "table", "contents",
];

/// Words of a class name that turn a size into an upper bound
/// ("max-md:hidden" hides below `md`, "hidden-md-down" hides up to `md`):
/// read by `content::copies`.
pub(crate) const UPPER_BOUND_WORDS: &[&str] = &["max", "down"];
