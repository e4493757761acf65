//! Page kind (`page_kind`): a multinomial logistic regression. Each
//! kind's score is its bias plus, for every feature, weight × feature
//! value (every feature lies in [0, 1]; `page_kind::FEATURES` names them);
//! the kind with the highest score wins and the softmax of the scores is
//! the confidence.
//!
//! The weights were fitted by `tools/kinds/fit.py` (L2 0.003; its
//! docstring gives the whole refit) on the signals of the 1,358 labelled
//! pages of wcxb-dev: training accuracy 0.901, 5-fold cross-validated
//! accuracy 0.862 with folds grouped by host (article precision 0.904,
//! recall 0.963). Refit rather than hand-edit: the features are computed in
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
pub(crate) const BIAS: [f32; 7] = [-0.134, -0.599, -1.177, -0.139, 1.269, 0.289, 1.028];

/// Points per unit of each feature (a row per feature, in the order of
/// [`page_kind::FEATURES`](crate::page_kind::FEATURES)) for each kind (the
/// columns, in the order of [`BIAS`]).
// Fitted numbers may happen to lie near a named constant (1/π …).
#[allow(clippy::approx_constant)]
#[rustfmt::skip]
pub(crate) const WEIGHTS: [[f32; 7]; FEATURE_COUNT] = [
    // article   forum product collect listing documen service
    [ 0.959, -0.125, -0.234, -0.205,  0.033, -0.201, -0.227], // decl_article
    [ 0.911, -0.424, -0.277, -0.326, -0.013,  0.049,  0.081], // og_article
    [-0.348,  0.625, -0.107, -0.050, -0.080, -0.024, -0.015], // decl_forum
    [-0.747, -0.190,  1.662, -0.412, -0.258, -0.151,  0.094], // decl_product
    [-0.175, -0.036, -0.011,  0.636, -0.132, -0.035, -0.235], // decl_product_group
    [ 0.078, -0.097,  0.044,  0.011,  0.475, -0.140, -0.370], // decl_list
    [-0.156, -0.018, -0.004, -0.025,  0.033,  0.246, -0.079], // decl_docs
    [-0.385, -0.099, -0.043,  0.010,  0.141, -0.289,  0.667], // decl_service
    [ 0.384,  0.448,  0.073, -0.288, -0.220, -0.220, -0.177], // dated
    [ 0.352,  0.192,  0.123, -0.236, -0.124,  0.125, -0.432], // dated_visibly
    [ 0.859, -0.190, -0.354, -0.250,  0.257, -0.105, -0.216], // authored
    [-0.354, -0.290, -0.278, -0.085,  0.375, -0.245,  0.874], // home
    [ 0.516, -0.137, -0.027, -0.017, -0.105, -0.116, -0.115], // dated_path
    [ 1.172,  0.519,  0.421, -0.509, -0.480, -0.347, -0.776], // slug
    [ 1.174,  0.033, -0.190, -0.269,  0.122, -0.276, -0.593], // story_path
    [ 0.018, -0.213, -0.175,  0.205,  0.227, -0.011, -0.054], // section_front
    [-0.362, -0.069, -0.185, -0.209, -0.074, -0.118,  1.018], // service_path
    [-0.114, -0.123, -0.086, -0.140,  0.698,  0.013, -0.249], // listing_path
    [-0.565,  1.752,  0.049,  0.296, -0.689, -0.293, -0.549], // forum_path
    [-0.090, -0.240,  1.156, -0.192, -0.303, -0.167, -0.165], // product_path
    [-0.594, -0.137,  0.050,  1.005,  0.369, -0.243, -0.447], // collection_path
    [-0.289, -0.196, -0.163, -0.142, -0.086,  1.594, -0.717], // docs_path
    [ 0.768,  0.131, -0.237, -0.463, -0.494,  0.210,  0.086], // prose
    [ 0.773, -0.028, -0.532,  0.234, -0.266, -0.019, -0.161], // prose_share
    [-0.686, -0.341,  0.217,  0.183,  0.087, -0.111,  0.650], // heading_density
    [-0.095, -0.045, -0.075, -0.098, -0.295,  0.705, -0.097], // code
    [-0.202,  0.067, -0.337,  0.369,  0.584,  0.030, -0.511], // teasers
    [-0.503, -0.126, -0.248,  0.453,  1.095, -0.185, -0.492], // list_body
    [-0.466,  1.335, -0.253, -0.213, -0.088, -0.176, -0.138], // posts
    [-0.737,  1.104, -0.102, -0.082, -0.034, -0.054, -0.094], // thread
    [-0.232, -0.166,  1.390,  0.152, -0.375, -0.140, -0.630], // cart
    [-0.438, -0.349,  0.545,  0.204,  0.159, -0.337,  0.216], // some_prices
    [ 0.002, -0.281,  0.085,  0.870, -0.271, -0.372, -0.031], // many_prices
    [ 0.047,  0.146,  0.165,  0.250,  0.332, -0.516, -0.423], // forms
    [-0.204,  0.026, -0.061,  0.174,  0.372, -0.230, -0.078], // cards
    [-0.208,  0.454, -0.134, -0.010,  0.269, -0.167, -0.204], // times
    [-0.318, -0.055, -0.035,  0.226,  0.330, -0.045, -0.104], // link_share
    [ 0.528,  0.186, -0.651, -0.282,  0.320,  0.249, -0.349], // body_share
    [ 0.066, -0.299,  0.083,  0.268, -0.188, -0.000,  0.070], // list_share
    [ 0.866,  0.485,  0.079, -0.895, -0.435, -0.455,  0.356], // title_words
    [ 0.059, -0.140, -0.132,  0.077,  0.306,  0.077, -0.250], // body_links
    [-0.742, -0.004, -0.232,  0.120, -0.068, -0.176,  1.103], // we
    [ 0.139, -0.110, -0.080,  0.128, -0.783,  0.025,  0.680], // you
    [ 0.057, -0.008, -0.422,  0.043,  0.276,  0.320, -0.266], // heading_links
    [ 0.137,  1.055,  0.677, -0.190, -0.406, -0.459, -0.814], // numeric_id
    [ 0.106,  0.294, -0.361,  0.597,  0.293, -0.261, -0.665], // query
    [-0.298,  0.305,  0.229, -0.578, -0.181,  0.632, -0.108], // page_ext
    [-0.355, -0.348, -0.418,  0.069,  0.171,  0.570,  0.309], // plain_last
    [ 0.593, -0.244,  0.028, -0.040, -0.111,  0.066, -0.291], // repeat_share
    [-0.748, -0.172,  0.350,  0.291,  0.052,  0.001,  0.225], // repeat_items
    [-0.068, -0.065, -0.365,  0.379,  0.423, -0.046, -0.259], // card_headings
    [-0.206, -0.239,  0.665,  0.487,  0.142, -0.772, -0.077], // images
    [-0.312, -0.052,  0.399, -0.394,  0.180,  0.383, -0.204], // page_tables
    [-0.200, -0.028, -0.086, -0.251, -0.396,  1.168, -0.206], // page_code
    [ 0.532, -0.362, -0.371, -0.195, -0.076,  0.296,  0.177], // li_share
    [-0.017, -0.508,  0.098,  0.183,  0.063, -0.134,  0.313], // headings_page
    [ 0.214, -0.157, -0.322,  0.574, -0.195, -0.249,  0.139], // body_many_prices
    [-0.464, -0.162,  0.449,  0.660, -0.312, -0.171,  0.004], // out_prices
    [ 0.305, -0.189,  0.184, -0.286, -0.569,  0.378,  0.177], // body_lists
    [ 0.362, -0.197,  0.064,  0.162, -0.247, -0.354,  0.209], // question_headings
    [-0.325,  0.117,  0.516,  0.024,  0.276, -0.532, -0.077], // short_share
    [-0.244,  0.041,  0.149,  0.372, -0.237,  0.083, -0.161], // no_body
    [-0.273, -0.056,  0.437,  0.454, -0.039, -0.285, -0.238], // controls
    [ 0.096, -0.058, -0.003, -0.079,  0.017,  0.222, -0.195], // navs
    [-0.033, -0.217, -0.222, -0.274, -0.486, -0.221,  1.452], // call_to_action
    [ 0.140, -0.108,  0.149, -0.047,  0.019, -0.101, -0.052], // more_labels
    [-0.268, -0.112,  0.061,  0.794, -0.092, -0.008, -0.371], // grid_controls
    [-0.194, -0.120, -0.117, -0.101, -0.102,  0.804, -0.170], // docs_labels
    [-0.010, -0.033, -0.065, -0.046, -0.122,  0.249,  0.028], // story_labels
];
