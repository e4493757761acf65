//! Page kind (`page_kind`): a multinomial logistic regression. Each
//! kind's score is its bias plus, for every feature, weight × feature
//! value (every feature lies in [0, 1]; `page_kind::FEATURES` names them);
//! the kind with the highest score wins and the softmax of the scores is
//! the confidence.
//!
//! The weights were fitted by `tools/kinds/fit.py` (L2 0.003; its
//! docstring gives the whole refit) on the signals of the 1,358 labelled
//! pages of wcxb-dev: training accuracy 0.909, 5-fold cross-validated
//! accuracy 0.870 with folds grouped by host (article precision 0.908,
//! recall 0.970). Refit rather than hand-edit: the features are computed in
//! `page_kind::features` and in `tools/kinds/features.py` alike, and
//! `fit.py` checks that the two agree.

/// A body paragraph of at least this many words is prose.
pub(crate) const LONG_PARAGRAPH_WORDS: usize = 30;
/// A body paragraph of fewer than this many words is short (a caption, a
/// teaser line, a label).
pub(crate) const SHORT_PARAGRAPH_WORDS: usize = 10;
/// How many ancestors of a linked heading are looked at for a repeated
/// sibling (a card of a grid).
pub(crate) const CARD_DEPTH: usize = 6;
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

/// A path segment with a run of at least this many digits (not a year)
/// files a page by its id.
pub(crate) const ID_DIGITS: usize = 4;
/// The repeated-sibling share counts each repeated element as this many
/// of the page's elements (a card holds several).
pub(crate) const ELEMENTS_PER_REPEAT: usize = 10;
/// Cap: repeated siblings.
pub(crate) const REPEATS_CAP: usize = 60;
/// The list-item share counts each `<li>` as this many of the page's
/// elements.
pub(crate) const ELEMENTS_PER_LIST_ITEM: usize = 10;
/// Cap: `<img>` elements.
pub(crate) const IMAGES_CAP: usize = 40;
/// Cap: `<table>` elements.
pub(crate) const TABLES_CAP: usize = 3;
/// Cap: `<pre>` and `<code>` elements.
pub(crate) const PAGE_CODE_CAP: usize = 10;
/// Cap: headings per 1,000 bytes of page text (over at least 1,000).
pub(crate) const HEADINGS_PER_1000_BYTES_CAP: usize = 5;
/// Cap: lists in the body.
pub(crate) const BODY_LISTS_CAP: usize = 6;
/// Cap: body headings that ask a question.
pub(crate) const QUESTION_HEADINGS_CAP: usize = 5;
/// A body of fewer words is none to speak of.
pub(crate) const NO_BODY_WORDS: usize = 50;
/// Cap: form controls.
pub(crate) const CONTROLS_CAP: usize = 20;
/// Cap: `<nav>` and `<aside>` elements.
pub(crate) const NAVS_CAP: usize = 6;
/// Cap: labels of each group (calls to action, "read more" …).
pub(crate) const LABELS_CAP: usize = 5;

// Fitted weights (`tools/kinds/emit.py` prints this block).

/// The number of features ([`page_kind::FEATURES`](crate::page_kind::FEATURES)).
pub(crate) const FEATURE_COUNT: usize = 69;

/// Each kind's points before any feature: article, forum, product,
/// collection, listing, documentation, service.
pub(crate) const BIAS: [f32; 7] = [-0.133, -0.600, -1.179, -0.136, 1.263, 0.292, 1.023];

/// Points per unit of each feature (a row per feature, in the order of
/// [`page_kind::FEATURES`](crate::page_kind::FEATURES)) for each kind (the
/// columns, in the order of [`BIAS`]).
#[rustfmt::skip]
pub(crate) const WEIGHTS: [[f32; 7]; FEATURE_COUNT] = [
    // article   forum product collect listing documen service
    [ 0.961, -0.126, -0.234, -0.204,  0.032, -0.204, -0.225], // decl_article
    [ 0.908, -0.424, -0.278, -0.324, -0.016,  0.054,  0.080], // og_article
    [-0.347,  0.625, -0.107, -0.050, -0.080, -0.025, -0.016], // decl_forum
    [-0.743, -0.191,  1.661, -0.405, -0.261, -0.152,  0.091], // decl_product
    [-0.174, -0.037, -0.014,  0.635, -0.138, -0.036, -0.236], // decl_product_group
    [ 0.080, -0.097,  0.041,  0.016,  0.472, -0.140, -0.372], // decl_list
    [-0.153, -0.017, -0.004, -0.022,  0.031,  0.245, -0.080], // decl_docs
    [-0.384, -0.099, -0.044,  0.011,  0.137, -0.286,  0.665], // decl_service
    [ 0.379,  0.449,  0.072, -0.287, -0.222, -0.214, -0.177], // dated
    [ 0.356,  0.191,  0.122, -0.233, -0.127,  0.124, -0.433], // dated_visibly
    [ 0.854, -0.189, -0.355, -0.247,  0.248, -0.101, -0.210], // authored
    [-0.357, -0.289, -0.278, -0.077,  0.367, -0.244,  0.879], // home
    [ 0.507, -0.134, -0.026, -0.017, -0.106, -0.113, -0.111], // dated_path
    [ 1.167,  0.519,  0.420, -0.506, -0.482, -0.344, -0.774], // slug
    [ 1.167,  0.033, -0.189, -0.267,  0.120, -0.272, -0.591], // story_path
    [ 0.020, -0.213, -0.175,  0.210,  0.225, -0.012, -0.055], // section_front
    [-0.357, -0.069, -0.186, -0.208, -0.076, -0.119,  1.015], // service_path
    [-0.121, -0.121, -0.085, -0.139,  0.694,  0.018, -0.246], // listing_path
    [-0.559,  1.751,  0.049,  0.298, -0.691, -0.296, -0.551], // forum_path
    [-0.090, -0.240,  1.155, -0.189, -0.304, -0.168, -0.164], // product_path
    [-0.592, -0.137,  0.048,  1.005,  0.368, -0.244, -0.448], // collection_path
    [-0.290, -0.197, -0.163, -0.141, -0.087,  1.596, -0.718], // docs_path
    [ 0.765,  0.131, -0.238, -0.461, -0.495,  0.213,  0.086], // prose
    [ 0.774, -0.029, -0.533,  0.235, -0.268, -0.022, -0.158], // prose_share
    [-0.682, -0.341,  0.216,  0.189,  0.080, -0.114,  0.652], // heading_density
    [-0.098, -0.044, -0.074, -0.098, -0.295,  0.705, -0.095], // code
    [-0.203,  0.068, -0.339,  0.374,  0.578,  0.028, -0.507], // teasers
    [-0.502, -0.126, -0.248,  0.460,  1.094, -0.185, -0.492], // list_body
    [-0.472,  1.335, -0.253, -0.210, -0.088, -0.175, -0.136], // posts
    [-0.732,  1.101, -0.103, -0.082, -0.035, -0.055, -0.095], // thread
    [-0.231, -0.165,  1.389,  0.155, -0.376, -0.141, -0.630], // cart
    [-0.439, -0.348,  0.544,  0.210,  0.153, -0.338,  0.218], // some_prices
    [ 0.007, -0.282,  0.084,  0.870, -0.269, -0.374, -0.035], // many_prices
    [ 0.044,  0.147,  0.163,  0.254,  0.328, -0.515, -0.421], // forms
    [-0.200,  0.027, -0.062,  0.179,  0.368, -0.231, -0.080], // cards
    [-0.211,  0.454, -0.134, -0.004,  0.268, -0.168, -0.205], // times
    [-0.319, -0.055, -0.036,  0.231,  0.326, -0.045, -0.102], // link_share
    [ 0.530,  0.187, -0.652, -0.279,  0.318,  0.246, -0.350], // body_share
    [ 0.066, -0.299,  0.082,  0.272, -0.197, -0.001,  0.076], // list_share
    [ 0.858,  0.484,  0.078, -0.891, -0.439, -0.451,  0.361], // title_words
    [ 0.060, -0.140, -0.133,  0.082,  0.303,  0.077, -0.249], // body_links
    [-0.733, -0.003, -0.234,  0.123, -0.072, -0.178,  1.097], // we
    [ 0.136, -0.109, -0.080,  0.131, -0.780,  0.024,  0.678], // you
    [ 0.057, -0.009, -0.423,  0.049,  0.270,  0.316, -0.261], // heading_links
    [ 0.141,  1.054,  0.676, -0.188, -0.407, -0.460, -0.817], // numeric_id
    [ 0.105,  0.294, -0.361,  0.598,  0.290, -0.261, -0.665], // query
    [-0.299,  0.306,  0.228, -0.574, -0.184,  0.632, -0.109], // page_ext
    [-0.353, -0.348, -0.419,  0.075,  0.170,  0.568,  0.307], // plain_last
    [ 0.593, -0.243,  0.027, -0.036, -0.114,  0.065, -0.291], // repeat_share
    [-0.744, -0.172,  0.348,  0.296,  0.044,  0.002,  0.227], // repeat_items
    [-0.069, -0.067, -0.365,  0.384,  0.420, -0.047, -0.256], // card_headings
    [-0.213, -0.239,  0.664,  0.492,  0.135, -0.767, -0.073], // images
    [-0.311, -0.052,  0.398, -0.389,  0.177,  0.381, -0.204], // page_tables
    [-0.199, -0.028, -0.085, -0.251, -0.396,  1.164, -0.205], // page_code
    [ 0.534, -0.362, -0.372, -0.192, -0.078,  0.296,  0.175], // li_share
    [-0.015, -0.508,  0.097,  0.190,  0.055, -0.135,  0.316], // headings_page
    [ 0.216, -0.157, -0.323,  0.574, -0.196, -0.250,  0.138], // body_many_prices
    [-0.465, -0.162,  0.447,  0.660, -0.312, -0.171,  0.003], // out_prices
    [ 0.303, -0.189,  0.183, -0.282, -0.571,  0.381,  0.175], // body_lists
    [ 0.358, -0.197,  0.063,  0.165, -0.248, -0.349,  0.209], // question_headings
    [-0.323,  0.117,  0.515,  0.030,  0.272, -0.532, -0.078], // short_share
    [-0.244,  0.042,  0.148,  0.374, -0.243,  0.085, -0.161], // no_body
    [-0.276, -0.055,  0.436,  0.460, -0.044, -0.286, -0.235], // controls
    [ 0.098, -0.059, -0.004, -0.075,  0.016,  0.220, -0.195], // navs
    [-0.030, -0.216, -0.222, -0.271, -0.484, -0.221,  1.444], // call_to_action
    [ 0.132, -0.107,  0.147, -0.040,  0.016, -0.099, -0.048], // more_labels
    [-0.267, -0.112,  0.060,  0.793, -0.094, -0.008, -0.372], // grid_controls
    [-0.193, -0.121, -0.117, -0.100, -0.103,  0.804, -0.170], // docs_labels
    [ 0.425, -0.052,  0.009, -0.113,  0.044, -0.073, -0.241], // story_labels
];
