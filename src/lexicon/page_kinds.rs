//! What says which kind a page is (`page_kind`): the structured-data
//! types a page declares (JSON-LD `@type` and `og:` types, lower case),
//! the URL path segments and host names that file each kind, and the page
//! words of shops and threads. Each table is read by `page_kind` for the
//! kind it names; `POST_WORDS` also by `content::comments`.

/// JSON-LD types of an article.
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "opinionnewsarticle",
    "analysisnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "scholarlyarticle",
    "report",
];

/// `og:type` of an article (many non-article pages declare it too).
pub(crate) const OG_ARTICLE: &[&str] = &["og:article"];

/// URL path segments under which sites file their stories, guides and
/// posts (`/blog/…`, `/articles/…`, `/insights/…`).
pub(crate) const STORY_PATHS: &[&str] = &[
    "blog",
    "blogs",
    "article",
    "articles",
    "post",
    "posts",
    "story",
    "insights",
    "resources",
    "resource-center",
    "knowledge",
    "news",
    "stories",
    "magazine",
    "journal",
    "opinion",
    "tips",
    "advice",
];

/// Words in which a company or service speaks of itself, compared
/// without case: its own pages say them more than stories do.
pub(crate) const WE_WORDS: &[&str] = &[
    "we", "our", "ours", "we're", "we've", "wir", "unser", "unsere", "nous", "notre", "nos",
    "nuestro", "nuestra", "nuestros", "noi", "nostro", "nostra", "onze", "wij",
];

/// Words that address the reader, compared without case.
pub(crate) const YOU_WORDS: &[&str] = &[
    "you", "your", "you're", "yours", "vous", "votre", "vos", "usted",
];

/// The longest word of [`WE_WORDS`] and [`YOU_WORDS`], in bytes.
pub(crate) const PRONOUN_MAX_BYTES: usize = 8;

/// The first letters of [`WE_WORDS`] and [`YOU_WORDS`].
pub(crate) const PRONOUN_FIRST_LETTERS: &[u8] = b"wonuyv";

/// JSON-LD type of a live blog.
pub(crate) const LIVE_BLOG_TYPES: &[&str] = &["liveblogposting"];

/// Declared types of a forum thread or Q&A page.
pub(crate) const FORUM_TYPES: &[&str] = &["discussionforumposting", "qapage", "og:forum"];

/// A question page, a forum's kind unless an FAQ page is declared too.
pub(crate) const QUESTION_TYPES: &[&str] = &["question"];

/// An FAQ page: its questions are not a forum.
pub(crate) const FAQ_TYPES: &[&str] = &["faqpage"];

/// URL path segments of forum threads.
pub(crate) const FORUM_PATHS: &[&str] = &[
    "forum",
    "forums",
    "thread",
    "threads",
    "topic",
    "topics",
    "t",
    "questions",
    "question",
    "discussion",
    "discussions",
    "community",
    "board",
    "boards",
    "viewtopic",
    "showthread",
    "comments",
    "r",
];

/// Ends of a host label naming a whole site as a forum
/// (`forum.example.org`, `forums.example.com`, `examplerforum.com`): every
/// page of such a site that holds a thread of posts is that thread, even
/// when its software declares each page an article.
pub(crate) const FORUM_HOST_LABEL_ENDS: &[&str] = &["forum", "forums"];

/// Declared types of one product.
pub(crate) const PRODUCT_TYPES: &[&str] = &["product", "og:product", "og:ebay-objects:item"];

/// Declared types of a group of products, which a product page is not.
pub(crate) const PRODUCT_GROUP_TYPES: &[&str] = &["og:product.group", "collectionpage", "itemlist"];

/// URL path segments of product pages.
pub(crate) const PRODUCT_PATHS: &[&str] =
    &["product", "products", "p", "dp", "item", "itm", "pd", "buy"];

/// Declared types that name a product collection outright.
pub(crate) const COLLECTION_STRONG_TYPES: &[&str] = &["og:product.group"];

/// Declared types that hint at a collection.
pub(crate) const COLLECTION_TYPES: &[&str] = &["collectionpage", "itemlist", "offercatalog"];

/// URL path segments of product collections.
pub(crate) const COLLECTION_PATHS: &[&str] = &[
    "collections",
    "collection",
    "category",
    "categories",
    "c",
    "shop",
    "store",
    "catalog",
    "catalogue",
    "department",
    "b",
    "s",
];

/// Declared types that hint at a listing.
pub(crate) const LISTING_TYPES: &[&str] = &["itemlist", "collectionpage", "searchresultspage"];

/// URL path segments of listings (tag pages, search, archives, section fronts).
pub(crate) const LISTING_PATHS: &[&str] = &[
    "tag",
    "tags",
    "search",
    "jobs",
    "job",
    "archive",
    "archives",
    "list",
    "lists",
    "results",
    "page",
    "latest",
    "news",
    "blog",
    "events",
    "directory",
];

/// Declared types of documentation.
pub(crate) const DOCUMENTATION_TYPES: &[&str] =
    &["techarticle", "apireference", "softwaresourcecode"];

/// URL path segments of documentation.
pub(crate) const DOCUMENTATION_PATHS: &[&str] = &[
    "docs",
    "doc",
    "documentation",
    "api",
    "reference",
    "manual",
    "guide",
    "guides",
    "wiki",
    "handbook",
    "tutorial",
    "tutorials",
    "learn",
    "kb",
    "library",
    "howto",
    "man",
];

/// URL path segments of a company's own pages.
pub(crate) const SERVICE_PATHS: &[&str] = &[
    "about",
    "about-us",
    "services",
    "service",
    "pricing",
    "contact",
    "contact-us",
    "solutions",
    "features",
    "company",
    "careers",
    "team",
    "locations",
    "plans",
    "enterprise",
    "platform",
];

/// Declared types that hint at a company's own page.
pub(crate) const SERVICE_TYPES: &[&str] = &[
    "faqpage",
    "aboutpage",
    "contactpage",
    "localbusiness",
    "service",
    "professionalservice",
];

/// Host name starts of documentation sites.
pub(crate) const DOCUMENTATION_HOST_PREFIXES: &[&str] =
    &["docs.", "developer.", "developers.", "wiki."];
/// A host name word of documentation hosting.
pub(crate) const DOCUMENTATION_HOST_WORD: &str = "readthedocs";

/// "Add to cart" control labels, lower case: a shop's product page.
pub(crate) const CART_LABELS: &[&str] = &[
    "add to cart",
    "add to bag",
    "add to basket",
    "in den warenkorb",
    "ajouter au panier",
    "añadir al carrito",
    "aggiungi al carrello",
    "buy now",
];

/// Labels of a company's calls to action, lower case: a service page.
pub(crate) const CALL_TO_ACTION_LABELS: &[&str] = &[
    "get started",
    "get started for free",
    "start for free",
    "contact us",
    "contact sales",
    "talk to sales",
    "get in touch",
    "book a demo",
    "request a demo",
    "get a demo",
    "schedule a demo",
    "request a quote",
    "get a quote",
    "get a free quote",
    "free quote",
    "free trial",
    "start free trial",
    "start your free trial",
    "try it free",
    "try for free",
    "try free",
    "schedule a consultation",
    "book a consultation",
    "free consultation",
    "call now",
    "call us",
    "call us today",
    "apply now",
    "enroll now",
    "book now",
    "request information",
    "request info",
    "sign up for free",
    "sign up free",
];

/// Labels of a link to more of an index, lower case: a teaser's "read
/// more", a list's next page.
pub(crate) const MORE_LABELS: &[&str] = &[
    "read more",
    "continue reading",
    "read full story",
    "read the full story",
    "read article",
    "load more",
    "show more",
    "older posts",
    "newer posts",
    "older entries",
    "newer entries",
    "next page",
    "weiterlesen",
    "lire la suite",
    "leer más",
];

/// Labels of a shop grid's controls, lower case: sorting, filtering,
/// quick views.
pub(crate) const GRID_CONTROL_LABELS: &[&str] = &[
    "sort by",
    "sort",
    "filter",
    "filters",
    "filter by",
    "refine",
    "refine by",
    "clear all",
    "quick view",
    "quick shop",
    "quickview",
    "compare",
    "add to wishlist",
    "add to compare",
    "show filters",
    "apply filters",
    "sortieren",
    "trier par",
    "ordenar por",
];

/// Labels of a manual's page furniture, lower case.
pub(crate) const DOCUMENTATION_LABELS: &[&str] = &[
    "edit this page",
    "edit on github",
    "on this page",
    "table of contents",
    "in this article",
    "view source",
    "was this page helpful",
    "api reference",
    "search docs",
    "search the docs",
];

/// Labels of a story's furniture, lower case: comments and sharing.
pub(crate) const STORY_LABELS: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "post a comment",
    "share this article",
    "share this post",
    "share this story",
    "related articles",
    "related posts",
    "related stories",
    "you may also like",
    "more stories",
];

/// The end of a story's reading-time label ("5 min read").
pub(crate) const READING_TIME_ENDS: &[&str] =
    &["min read", "minute read", "minutes read", "mins read"];

/// Endings of a last URL segment that names a page file.
pub(crate) const PAGE_FILE_ENDS: &[&str] = &[".html", ".htm", ".php", ".asp", ".aspx", ".jsp"];

/// A label is looked for in text nodes of at most this many bytes.
pub(crate) const LABEL_MAX_BYTES: usize = 32;

/// Class and id words of a thread's posts (also read by
/// `content::comments`, which counts them in its one pass).
pub(crate) const POST_WORDS: &[&str] = &[
    "post",
    "message",
    "reply",
    "answer",
    "comment",
    "postbody",
    "post-body",
    "post-content",
    "message-content",
    "message-body",
    "comment-body",
    "topic-post",
    "forum-post",
    "bbwrapper",
    "cooked",
];

/// `dump::score`: text-dump line openings (lower case) that mark a forum
/// or question-and-answer thread, whose posts are the page's content
/// rather than comments under an article.
pub(crate) const THREAD_LINE_PREFIXES: &[&str] = &[
    "thread starter",
    "start date",
    "original poster",
    "joined:",
    "posts:",
    "improve this question",
    "improve this answer",
    "asked ",
    "answered ",
    "accepted answer",
    "posted in ",
    "topic starter",
    "beiträge:",
    "registriert:",
    "messages:",
    "inscrit le",
];
