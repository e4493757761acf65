//! Class and id vocabulary: the words in `class` / `id` attributes that
//! say what an HTML container is (boilerplate, a teaser box, the article
//! body, comments). Read only by `content::classify`, which splits class
//! names into tokens and matches them against these lists.
//!
//! How a list is matched is said at the list: a word of four letters or
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
    "jump",
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
