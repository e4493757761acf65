//! Tuning: every threshold the extraction pipeline decides by, in one
//! place, grouped by pipeline stage.
//!
//! Each constant says what it decides and which way raising it moves the
//! output. They are judgement calls measured on the test corpora, not
//! limits on input size (those are the public [`Limits`](crate::Limits)).
//! A constant serves one decision: where two decisions happen to share a
//! value, each has its own constant so that either can be tuned alone.
//!
//! Lengths are in characters (`chars().count()`) unless a name says bytes;
//! the text statistics of `content::score` count characters of normalised
//! text. Link density is link text over all text, 0 to 1.
//!
//! The plain-text extractor's thresholds are in [`dump`].

pub(crate) mod dump;
pub(crate) mod kind;
pub(crate) mod listing;
pub(crate) mod probe;
pub(crate) mod thread;

// ---------------------------------------------------------------------------
// Article: counts and the "no article" decision (`article`, `extractor`).

/// Reading speed for word-spaced scripts, in words per minute, used when the
/// page does not state a reading time. Raising it shortens the estimates.
pub(crate) const READING_WORDS_PER_MINUTE: usize = 230;
/// Reading speed for Chinese and Japanese text, in characters per minute
/// (each character counts as one word in `word_count`).
pub(crate) const READING_CJK_CHARS_PER_MINUTE: usize = 500;
/// A page whose body has fewer words than this, and that shows no sign of
/// being an article (no date, author, article-typed structured data or
/// publisher rule), is not an article: extraction returns
/// `Error::NoArticle` unless the caller asks for best effort. Raising it
/// turns more short pages into errors.
pub(crate) const MIN_ARTICLE_WORDS: usize = 25;
/// A short page is still an article when it is bare (`content::bare_page`:
/// no navigation, header, footer, aside or form) and its title and body
/// hold at least (D − 1)/D of the page's words, D being this divisor (9/10).
/// Lowering it accepts bare pages whose body left more text out.
pub(crate) const BARE_PAGE_BODY_SHARE_DIVISOR: usize = 10;
/// A status code ("404", "503") makes a line an error report only on a
/// line of at most this many words (`content::bare_page`).
pub(crate) const ERROR_LINE_MAX_WORDS: usize = 6;
/// Input whose first 1,024 characters hold more than one control character
/// (NUL, ESC, DEL, C1) or U+FFFD in this many is binary data, refused with
/// `Error::NotHtml`. Raising it refuses inputs with fewer stray controls.
pub(crate) const BINARY_CONTROL_SHARE: usize = 10;
/// At most this many comments are read from a page (a bound on the cost
/// of hostile pages; real comment sections are far shorter).
pub(crate) const MAX_COMMENTS: usize = 500;
/// Post containers are counted up to this many (the page-kind signal
/// saturates long before).
pub(crate) const MAX_COUNTED_POSTS: usize = 100;
/// A comment with less text than this (characters) is left out.
pub(crate) const MIN_COMMENT_CHARS: usize = 2;
/// A commenter's name longer than this is not a name.
pub(crate) const MAX_COMMENT_AUTHOR_CHARS: usize = 80;

// ---------------------------------------------------------------------------
// Classify: roles from class names and structure (`content::classify`).

/// Score added to a candidate whose class or id says "content" (`article`,
/// `story`, `body`…). Raising it lets class names outweigh text statistics.
pub(crate) const CONTENT_CLASS_BONUS: f32 = 25.0;
/// Score taken from a candidate whose class or id says "junk" or "teaser".
/// Raising it keeps such containers out of the body more firmly.
pub(crate) const NEGATIVE_CLASS_PENALTY: f32 = 25.0;
/// Class words shorter than this (in bytes) match only whole tokens, never
/// as a prefix ("ad" must not match "address"). Raising it makes more words
/// match exactly, so fewer class names are recognised.
pub(crate) const MIN_PREFIX_CLASS_WORD_BYTES: usize = 4;
/// An `id` of this many `-`/`_` separated words or more is a slug made from
/// a heading, and its words are not read as layout names. Raising it reads
/// more ids as layout names (more pruning).
pub(crate) const MIN_SLUG_ID_WORDS: usize = 4;
/// An element hidden by an inline `display:none` that holds more than this share
/// (1/N) of the page's prose is the page's content, shown by a script
/// (`content::classify`). Raising the divisor keeps smaller hidden parts.
pub(crate) const HIDDEN_CONTENT_SHARE_DIVISOR: u64 = 2;
/// A container holding this share (1/N) of the page's prose is protected
/// from class-name pruning. Raising the divisor protects smaller containers.
pub(crate) const PROTECTED_PROSE_SHARE_DIVISOR: u32 = 3;
/// ... and at least this much prose. Raising it protects fewer containers
/// on short pages.
pub(crate) const MIN_PROTECTED_PROSE_CHARS: u32 = 300;
/// A box headed "About the author" is the writer's biography up to this
/// many characters; a longer one may hold the story and is left alone.
/// Raising it drops longer boxes.
pub(crate) const MAX_AUTHOR_BOX_CHARS: usize = 1500;
/// A microdata author (`itemprop=author`, a `Person`) holding at least this
/// many characters is a biography box, not a byline. Raising it keeps
/// longer author boxes.
pub(crate) const MIN_AUTHOR_BIO_CHARS: usize = 120;
/// The visible standfirst (`metadata::visible_dek`) is looked for among
/// this many nodes after the headline…
pub(crate) const DEK_SEARCH_NODES: usize = 80;
/// …and holds this many characters at least…
pub(crate) const DEK_MIN_CHARS: usize = 30;
/// …and at most.
pub(crate) const DEK_MAX_CHARS: usize = 600;
/// The search stops at a paragraph of this many characters not named a
/// dek: the body's running text has started.
pub(crate) const DEK_BODY_PARAGRAPH_CHARS: usize = 150;
/// Paragraph text an element marked as the post body (`itemprop=
/// articleBody`, `entry-content`…) needs before its class names can no
/// longer drop it. Raising it guards fewer marked bodies.
pub(crate) const MIN_GUARDED_MARKED_BODY_CHARS: u32 = 200;

/// A wrapper inside a marked article body that holds all but 1/N of its
/// paragraph text is the body too (guarded the same way).
pub(crate) const BODY_WRAPPER_SHARE_DIVISOR: u32 = 10;
/// Paragraph text the page's only `<article>` needs to be guarded the same
/// way. Raising it guards fewer articles.
pub(crate) const MIN_GUARDED_ARTICLE_CHARS: u32 = 1000;

// ---------------------------------------------------------------------------
// Score: text statistics and candidate scoring (`content::score`).

/// A leaf block counts as paragraph text when its link text times this is
/// below its text (2: less than half links). Raising it counts more
/// link-heavy blocks as prose.
pub(crate) const PARAGRAPH_LINK_TEXT_FACTOR: u32 = 2;
/// Base score of `div`, `article`, `main`, `section` candidates. Raising it
/// favours generic containers over the other tags.
pub(crate) const TAG_SCORE_CONTAINER: f32 = 5.0;
/// Base score of `pre`, `td`, `blockquote` candidates.
pub(crate) const TAG_SCORE_TEXT_BLOCK: f32 = 3.0;
/// Base score of lists, list items, `address` and `form` candidates
/// (negative). Raising it (towards zero) lets lists win more often.
pub(crate) const TAG_SCORE_LIST_OR_FORM: f32 = -3.0;
/// Base score of headings and `th` candidates (negative).
pub(crate) const TAG_SCORE_HEADING: f32 = -5.0;
/// Paragraphs shorter than this score nothing. Raising it ignores more
/// short lines (captions, labels) when scoring.
pub(crate) const MIN_SCORED_PARAGRAPH_CHARS: u32 = 25;
/// The score every paragraph that counts starts with.
pub(crate) const PARAGRAPH_BASE_SCORE: f32 = 1.0;
/// A paragraph earns a point per this many characters… Raising it weighs
/// length less against commas.
pub(crate) const CHARS_PER_LENGTH_POINT: f32 = 100.0;
/// …up to this many points. Raising it favours long paragraphs.
pub(crate) const MAX_LENGTH_POINTS: f32 = 3.0;
/// How many ancestors (the parent included) receive a paragraph's score.
/// Raising it lets higher wrappers compete for the body.
pub(crate) const SCORED_ANCESTOR_LEVELS: usize = 5;
/// The grandparent gets the paragraph's score divided by this. Raising it
/// favours the paragraph's direct parent.
pub(crate) const GRANDPARENT_SCORE_DIVIDER: f32 = 2.0;
/// Ancestors above the grandparent get the score divided by their level
/// times this. Raising it favours closer ancestors.
pub(crate) const DISTANT_ANCESTOR_DIVIDER_PER_LEVEL: f32 = 3.0;
/// Candidates with less text than this are not considered for the body.
/// Raising it skips small bodies (and the boxes that might beat them).
pub(crate) const MIN_CANDIDATE_CHARS: u32 = 140;
/// A candidate scoring at least this share of the top score is a near tie
/// that may take over when it holds clearly more text. Raising it makes the
/// top score harder to overrule.
pub(crate) const NEAR_TIE_SCORE_RATIO: f32 = 0.75;
/// A near tie takes over when it holds this many times the top candidate's
/// text. Raising it keeps the top candidate more often.
pub(crate) const BIGGER_CANDIDATE_TEXT_FACTOR: u32 = 3;
/// …and its link density is below this. Raising it lets link-heavier
/// containers (pages with teaser lists) take over.
pub(crate) const MAX_LINK_DENSITY_FOR_BIGGER_CANDIDATE: f32 = 0.3;
/// How many of the top-ranked candidates are looked at for a common
/// ancestor.
pub(crate) const CLOSE_CANDIDATES_RANKED: usize = 5;
/// A ranked candidate scoring at least this share of the top score is
/// "close": possibly another part of the same body. Raising it merges fewer
/// parts.
pub(crate) const CLOSE_SCORE_RATIO: f32 = 0.75;
/// At least this many close candidates start the search for their common
/// ancestor. Raising it makes the body grow to a common ancestor less often.
pub(crate) const MIN_CLOSE_CANDIDATES: usize = 3;
/// The common ancestor must hold this many close candidates. Raising it
/// makes the merge stricter.
pub(crate) const MIN_CLOSE_CANDIDATES_HELD: usize = 3;
/// Climbing from the top candidate stops at a parent scoring below the
/// top's score divided by this. Raising it lets the body climb through
/// weaker-scoring wrappers.
pub(crate) const CLIMB_MIN_SCORE_DIVIDER: f32 = 3.0;

// ---------------------------------------------------------------------------
// Expansion: growing the body root to ancestors (`content::score`), and
// siblings joining it.

/// Expansion to a parent: the least text it must add, in percent of the
/// candidate's. Raising it expands less.
pub(crate) const EXPAND_MIN_ADDED_PCT: u32 = 3;
/// Expansion to a parent: enough text before the candidate, whatever the
/// candidate's size (a standfirst above a long body), in characters.
/// Raising it expands less.
pub(crate) const EXPAND_MIN_ADDED_CHARS: u32 = 150;
/// Expansion to a parent: the most link text (percent) the parent may add.
/// Raising it lets the body grow over link lists.
pub(crate) const EXPAND_MAX_LINK_PCT: u32 = 15;
/// Expansion to a parent: the least paragraph text (percent) it must add.
/// Raising it expands less.
pub(crate) const EXPAND_MIN_PARA_PCT: u32 = 60;
/// Expansion by a small step: a parent that adds at most this many
/// characters with few links (a section's title, a button)… Raising it
/// climbs over more text.
pub(crate) const EXPAND_SMALL_STEP_CHARS: u32 = 160;
/// …is climbed over when an ancestor holds at least this many times the
/// candidate's paragraph text (the other sections of the same body).
/// Raising it climbs only into bodies of more sections.
pub(crate) const SECTIONED_BODY_GROWTH_FACTOR: u32 = 2;
/// …at most this many levels further up. Raising it looks further.
pub(crate) const SECTIONED_BODY_MAX_LEVELS: usize = 4;
/// A body root that is one of a run of like sections (same tag and first
/// class, each with prose and few links) grows to the run's parent: how
/// many levels above the root such a section may sit…
pub(crate) const REPEATED_SECTION_MAX_LEVELS: usize = 3;
/// …the paragraph text each section of the run needs…
pub(crate) const REPEATED_SECTION_MIN_PROSE_CHARS: u32 = 300;
/// …the link density each stays below…
pub(crate) const REPEATED_SECTION_MAX_LINK_DENSITY: f32 = 0.2;
/// …and how many like sections the run needs besides the root's own (more
/// than this many in all).
pub(crate) const REPEATED_SECTION_MIN_OTHERS: usize = 2;
/// A sibling of the top candidate joins the body when it scores this share
/// of the top score… Raising it joins fewer siblings.
pub(crate) const SIBLING_SCORE_SHARE: f32 = 0.2;
/// …or at least this score, whichever is higher.
pub(crate) const MIN_SIBLING_SCORE: f32 = 10.0;
/// Bonus, as a share of the top score, for a sibling with the top
/// candidate's class. Raising it joins more same-class siblings.
pub(crate) const SAME_CLASS_SIBLING_BONUS_SHARE: f32 = 0.2;
/// A same-class sibling that scored nothing still joins with more than this
/// much text… Raising it joins fewer.
pub(crate) const SAME_CLASS_SIBLING_MIN_CHARS: u32 = 80;
/// …and a link density below this.
pub(crate) const MAX_LINK_DENSITY_FOR_SAME_CLASS_SIBLING: f32 = 0.25;
/// A sibling `<p>` with more than this much text is prose and joins…
/// Raising it joins fewer loose paragraphs.
pub(crate) const PROSE_SIBLING_MIN_CHARS: u32 = 80;
/// …when its link density is below this.
pub(crate) const MAX_LINK_DENSITY_FOR_PROSE_SIBLING: f32 = 0.25;
/// A sibling `<p>` shorter than this, without links, ending with a full
/// stop, is a short sentence and joins. Raising it joins longer ones.
pub(crate) const SHORT_SENTENCE_SIBLING_MAX_CHARS: u32 = 80;

// ---------------------------------------------------------------------------
// Related-teaser detection: teaser boxes and their labels
// (`content::related`, `content::teaser_boxes`).

/// A teaser-list label ("Related", "Read more") is at most this long.
/// Raising it takes longer lines for labels.
pub(crate) const MAX_TEASER_LABEL_CHARS: usize = 60;
/// A link longer than this is not a headline. Raising it counts longer
/// links (excerpts) as headlines.
pub(crate) const MAX_HEADLINE_CHARS: usize = 250;
/// A headline link has at least this many words… Raising it ignores short
/// links ("Video", "Next story").
pub(crate) const MIN_HEADLINE_WORDS: usize = 3;
/// …or, written without spaces (Chinese, Japanese), this many characters.
pub(crate) const MIN_UNSPACED_HEADLINE_CHARS: usize = 12;
/// No teaser box has a link density below this. Raising it finds fewer
/// teaser boxes.
pub(crate) const MIN_LINK_DENSITY_FOR_TEASER_BOX: f32 = 0.3;
/// A box labelled as a teaser list ("Related") is one from this link
/// density, with one headline link. Raising it finds fewer labelled boxes.
pub(crate) const MIN_LINK_DENSITY_FOR_LABELLED_TEASER_BOX: f32 = 0.3;
/// An unlabelled box needs this link density. Raising it finds fewer
/// unlabelled teaser boxes (more link lists stay in the body).
pub(crate) const MIN_LINK_DENSITY_FOR_UNLABELLED_TEASER_BOX: f32 = 0.6;
/// An unlabelled box holds at most this much text outside links. Raising it
/// takes boxes with longer excerpts for teasers.
pub(crate) const MAX_UNLINKED_CHARS_IN_TEASER_BOX: u32 = 400;
/// An unlabelled box holds at least this many headline links. Raising it
/// finds fewer (smaller boxes stay in the body).
pub(crate) const MIN_HEADLINE_LINKS_IN_TEASER_BOX: usize = 3;
/// A paragraph holding this many headline links is a teaser box.
pub(crate) const MIN_HEADLINE_LINKS_IN_TEASER_PARAGRAPH: usize = 2;
/// A card grid has at least this many cards. Raising it finds fewer grids.
pub(crate) const MIN_CARDS_IN_GRID: usize = 3;
/// …and at most this many (beyond, it is a page listing, not a box).
pub(crate) const MAX_CARDS_IN_GRID: usize = 200;
/// A card holds at most this much text outside links. Raising it takes
/// cards with longer excerpts.
pub(crate) const MAX_UNLINKED_CHARS_PER_CARD: u32 = 400;
/// Headline links read per card to check they all lead to one story.
pub(crate) const LINKS_CHECKED_PER_CARD: usize = 4;
/// A text line this long before a card's headline link is prose: the card
/// is a description with a call to action, not a teaser. Raising it lets
/// longer lines stand above a teaser's title.
pub(crate) const MIN_PROSE_LINE_CHARS: usize = 40;
/// A box's heading is looked for among its first this many nodes.
pub(crate) const BOX_LABEL_SEARCH_NODES: usize = 40;
/// A heading inside a box names it when at most this long.
pub(crate) const MAX_BOX_HEADING_CHARS: usize = 80;
/// A plain line opening a box (a `span`, `p`…) names it when its subtree
/// has at most this many nodes.
pub(crate) const MAX_BOX_LABEL_LINE_NODES: usize = 4;
/// A heading just before a box names it when at most this long.
pub(crate) const MAX_PRECEDING_HEADING_CHARS: usize = 60;
/// Items read from one teaser box, at most.
pub(crate) const MAX_ITEMS_PER_TEASER_BOX: usize = 200;
/// A teaser's author line has at most this many words… Raising it keeps
/// longer author lines.
pub(crate) const MAX_TEASER_AUTHOR_WORDS: usize = 8;
/// …and at most this many characters.
pub(crate) const MAX_TEASER_AUTHOR_CHARS: usize = 80;
/// A heading labelling a box is looked for before the box and before this
/// many of its wrappers. Raising it takes headings further away as labels.
pub(crate) const LABEL_HEADING_LEVELS: usize = 3;
/// A label line opening a run of one-link cards inside the body is at most
/// this long.
pub(crate) const MAX_LINK_RUN_LABEL_CHARS: u32 = 60;
/// A one-link card in such a run is at most this long…
pub(crate) const MAX_LINK_CARD_CHARS: u32 = 250;
/// …and at least this much link text. Raising it takes fewer blocks as
/// cards.
pub(crate) const MIN_LINK_DENSITY_FOR_LINK_CARD: f32 = 0.8;
/// A card grid inside the body is a teaser box when less paragraph text
/// than this follows it (other boxes not counted). Raising it moves more
/// grids out of the body.
pub(crate) const MAX_PROSE_AFTER_END_GRID: u32 = 300;
/// Teaser boxes after the body are looked for among the siblings of the
/// body root and of this many of its ancestors. Raising it looks further.
pub(crate) const FOLLOWING_REGION_LEVELS: usize = 4;

// ---------------------------------------------------------------------------
// Blocks: the body subtrees as blocks (`content::blocks`).

/// A list with this many paragraphs… is a container of prose, not a list.
pub(crate) const MIN_PROSE_LIST_PARAGRAPHS: u32 = 3;
/// …and more than this much text. Raising either writes more such lists as
/// lists.
pub(crate) const MIN_PROSE_LIST_CHARS: u32 = 1000;
/// A table holding a block with more than this much text is page layout.
/// Raising it writes more tables as tables.
pub(crate) const MAX_DATA_TABLE_CELL_BLOCK_CHARS: u32 = 200;
/// A table with one image, at most this many rows and at most
/// `MAX_CAPTION_TABLE_CHARS` of text is a captioned image (a figure), not a
/// table. Raising either writes more such tables as figures.
pub(crate) const MAX_CAPTION_TABLE_ROWS: usize = 3;
/// See `MAX_CAPTION_TABLE_ROWS`.
pub(crate) const MAX_CAPTION_TABLE_CHARS: u32 = 300;
/// A container (not a `figure`) with one picture, a caption element and at
/// most this much text is a figure. Raising it reads bigger boxes as
/// figures.
pub(crate) const MAX_FIGURE_CONTAINER_CHARS: u32 = 400;
/// …and at most this much text outside the caption element (an "Enlarge"
/// label). Raising it lets more such text go with the figure.
pub(crate) const MAX_FIGURE_CONTAINER_LOOSE_CHARS: usize = 20;
/// A table with a cell holding this many paragraphs is page layout (a
/// column of text); cells with fewer, shorter paragraphs are data cells whose
/// text is flattened. Lowering it writes fewer tables as tables.
pub(crate) const MIN_LAYOUT_CELL_PARAGRAPHS: u32 = 3;
/// A table with a cell of more than this much text is page layout (a
/// column of prose, however it is marked up). Raising it writes more tables
/// as tables.
pub(crate) const MAX_DATA_TABLE_CELL_CHARS: u32 = 600;

// ---------------------------------------------------------------------------
// Image: the lead image and captions (`content::lead_image`, `content::image`).

/// A bare lead image looks for its caption in this many ancestors. Raising
/// it takes captions from further away.
pub(crate) const CAPTION_CONTAINER_LEVELS: usize = 2;
/// An image whose `width` or `height` attribute is a positive number of
/// pixels below this is an icon, a spacer or a rule, never a figure.
/// Raising it drops larger images as decorative.
pub(crate) const MAX_ICON_PX: u32 = 32;
/// An image inside running text declared at least this many pixels wide
/// or high is a figure after its paragraph; smaller ones (emoji, symbols)
/// stay out of the body. Lowering it makes figures of smaller images.
pub(crate) const MIN_INLINE_FIGURE_PX: u32 = 200;
/// A table whose rows are mostly label / value pairs (a `th` then a `td`),
/// with at least this many such rows, is a fact box (an infobox): data,
/// not a box of teaser links, even when its values are links. Raising it
/// lets more such tables be read as teaser boxes.
pub(crate) const MIN_FACT_TABLE_ROWS: usize = 3;
/// …and its value cells hold at most this many links each on average (a
/// navigation table lists dozens per row). Raising it keeps more link
/// tables in the body.
pub(crate) const MAX_LINKS_PER_FACT_ROW: usize = 2;
/// In "Caption / CREDIT", the credit is at most this many words. Raising
/// it splits more captions at " / ".
pub(crate) const MAX_SLASH_CREDIT_WORDS: usize = 12;
/// A `<small>` beside a figure's caption (not inside it) is the image's
/// credit when it has at most this many words; longer small print is a
/// note, not a credit.
pub(crate) const MAX_SMALL_CREDIT_WORDS: usize = 12;
/// A paragraph right after an uncaptioned figure is its caption when at
/// most this long (and it reads as one). Raising it takes longer
/// paragraphs for captions.
pub(crate) const MAX_LOOSE_CAPTION_CHARS: usize = 300;

/// Main column: the heuristic body gives way to the page's `<main>` when
/// the main column holds more than this many times its text (on pages that
/// do not declare an article). Lowering it widens more often.
pub(crate) const MAIN_COLUMN_SHARE_DIVISOR: u32 = 2;
/// …and the main column's link density is below this (a column of links is
/// a listing, read by `content::listing`).
pub(crate) const MAIN_COLUMN_MAX_LINK_DENSITY: f32 = 0.5;
/// …or below this for a page without main elements, whose column is the
/// container of the headline and the body (`content::headline_column`):
/// lower, since no markup vouches for it.
pub(crate) const HEADLINE_COLUMN_MAX_LINK_DENSITY: f32 = 0.3;

// ---------------------------------------------------------------------------
// Tidy: the block list's head and tail (`content::tidy`).

/// Blocks this near the start may be a repeated title or a byline line.
/// Raising it looks deeper into the body for them.
pub(crate) const BODY_HEAD_BLOCKS: usize = 4;
/// Blocks this near the end may be a source line, an appeal or a lone link.
pub(crate) const BODY_TAIL_BLOCKS: usize = 3;
/// A paragraph this long (bytes) is prose: head and tail labels are
/// trimmed only when such a paragraph remains.
pub(crate) const MIN_PROSE_PARAGRAPH_BYTES: usize = 200;
/// At most this many trailing headings / labels are trimmed.
pub(crate) const MAX_TRAILING_BLOCKS_TRIMMED: usize = 3;
/// At most this many leading label lines (kickers, datelines) are trimmed.
pub(crate) const MAX_LEADING_LABELS_TRIMMED: usize = 3;
/// A line without closing punctuation at most this long is a label.
/// Raising it drops longer unpunctuated lines.
pub(crate) const MAX_LABEL_LINE_CHARS: usize = 40;
/// A paragraph that is one link is navigation when at most this long…
pub(crate) const MAX_LONE_LINK_CHARS: usize = 40;
/// …and at most this many words.
pub(crate) const MAX_LONE_LINK_WORDS: usize = 3;
/// A "Tags:" line's rest is links when its link text times this reaches
/// the rest's length (2: half). Raising it drops more tag lines.
pub(crate) const TAG_LINE_LINK_TEXT_FACTOR: usize = 2;
/// A line of share buttons is at most this long (bytes).
pub(crate) const MAX_SHARE_LINE_BYTES: usize = 120;
/// …and names at least this many services. Raising it drops fewer lines.
pub(crate) const MIN_SHARE_NAMES: usize = 2;
/// An appeal to the reader (subscribe, get the app, donate, log in to
/// comment) or a rights notice is at most this long. Raising it drops
/// longer paragraphs that mention a newsletter.
pub(crate) const MAX_NOTICE_CHARS: usize = 250;
/// A box of contact details at the end of a body starts at most this many
/// blocks before the end. Raising it drops longer contact boxes.
pub(crate) const MAX_CONTACT_BOX_BLOCKS: usize = 8;
/// Every line of a contact box is at most this long (chars): a longer one
/// is prose, and the box is kept.
pub(crate) const MAX_CONTACT_LINE_CHARS: usize = 200;
/// A line with at least this many digits holds a phone number.
pub(crate) const MIN_PHONE_DIGITS: usize = 6;
/// A "By …" line at the top of the body is at most this long.
pub(crate) const MAX_BODY_BYLINE_CHARS: usize = 100;
/// "Read more: …" lines: the label has at most this many words.
pub(crate) const MAX_READ_MORE_LABEL_WORDS: usize = 5;
/// "Read more: …" lines: the link may miss this many bytes of the rest
/// (quotes, a full stop).
pub(crate) const READ_MORE_LINK_SLACK_BYTES: usize = 2;
/// A container holding blocks and at least this many characters of
/// text, whose text repeats an earlier container's word for word, is a
/// copy (a carousel's cloned slides, the mobile and desktop copies of one
/// description) and is left out (`content::copies`). Lowering it drops
/// shorter copies.
pub(crate) const MIN_COPY_CHARS: u32 = 80;
/// A subtree of at least this many characters of text, equal to another
/// subtree's and marked by its classes as the small-screen copy
/// (`md:hidden`, `d-md-none`, `visible-xs`) where the other is not, is
/// left out (`content::copies`). The mark, not the length, says it is a
/// copy, so headings count too; raising it keeps short copies (a
/// repeated price or title).
pub(crate) const MIN_RESPONSIVE_COPY_CHARS: u32 = 4;
/// On a product page, a body root holding the product's headline (a buy
/// box) grows to ancestors holding at most this many times its text
/// (`content::product`). Raising it lets the body take in more of the
/// page around the buy box; the main column bounds it anyway.
pub(crate) const PRODUCT_FRAME_MAX_GROWTH: u32 = 8;
/// An id names a product's reviews box when it has at most this many
/// words ("reviews", "tab-reviews"); longer ids are anchors made from a
/// heading ("acme-x200-review").
pub(crate) const MAX_REVIEW_ID_WORDS: usize = 2;

// ---------------------------------------------------------------------------
// Rule-vs-heuristic guard and body fallbacks (`content`).

/// A rule's body wins when it holds at least 1/N of the heuristic body's
/// text. Raising N trusts rules that hit a smaller part of the page.
pub(crate) const RULE_BODY_MIN_SHARE_DIVISOR: u32 = 2;
/// A rule's body of at least this much text wins whatever the heuristics
/// found. Raising it trusts rules less.
pub(crate) const RULE_BODY_TRUSTED_CHARS: u32 = 2000;
/// Self-check: when the chosen body holds less than 1/N of the page's
/// visible non-link text, a second pass that ignores class names is tried.
/// Raising N tries it on fewer pages.
pub(crate) const SELF_CHECK_PROSE_SHARE_DIVISOR: u32 = 3;
/// The class-blind body replaces the chosen one when it holds at least
/// this many times its text… Raising it keeps the class-aware body more.
pub(crate) const CLASS_BLIND_MIN_GAIN_FACTOR: u32 = 2;
/// …plus this many characters (so that tiny bodies do not flip on a
/// handful of words).
pub(crate) const CLASS_BLIND_MIN_EXTRA_CHARS: u32 = 500;
/// The class-blind body is refused when one of its roots has at least this
/// link density (a navigation block the class names rightly pruned).
pub(crate) const CLASS_BLIND_MAX_LINK_DENSITY: f32 = 0.35;
/// Below this many characters of text a body is looked for in markup the
/// page defers to a script. Raising it tries the fallback more often.
pub(crate) const MIN_BODY_CHARS: usize = 200;
/// Deferred markup shorter than this (bytes) is not parsed for a body.
pub(crate) const MIN_DEFERRED_MARKUP_BYTES: usize = 500;
/// Characters the JSON-LD stated body must hold before it can replace the
/// body found in the markup: shorter values are summaries.
pub(crate) const MIN_STATED_CHARS: usize = 500;
/// The stated body replaces the markup's when it is more than this many
/// times longer. Raising it keeps the markup's body more often.
pub(crate) const STATED_BODY_GROWTH_FACTOR: usize = 3;
/// Words a product page's JSON-LD `description` must hold before it may
/// join a body that lacks it (`content::product::missing_description`):
/// shorter ones are taglines.
pub(crate) const MIN_STATED_DESCRIPTION_WORDS: usize = 30;
/// The stated product description joins the body when fewer than 1/N of
/// its words appear in the body. Raising N adds it less often.
pub(crate) const STATED_DESCRIPTION_FOUND_SHARE_DIVISOR: usize = 2;

// ---------------------------------------------------------------------------
// Metadata: site name, section, tags, title, dates (`metadata`).

/// An app name (`application-name`) stands for the site name only when it
/// has at most this many words. Raising it accepts longer app names.
pub(crate) const MAX_APP_NAME_WORDS: usize = 4;
/// A site name longer than this is refused. Raising it accepts longer ones.
pub(crate) const MAX_SITE_NAME_CHARS: usize = 80;
/// The publisher's name stands as the author of a page that credits no
/// one else only when it has at most this many words (longer "site names"
/// are taglines: "Anglerboard – the forum for anglers"). Raising it
/// accepts longer publisher names.
pub(crate) const MAX_PUBLISHER_AUTHOR_WORDS: usize = 4;
/// A byline element read for co-authors the metadata left out holds at
/// most this many characters (a list of a few names, not an author box).
/// Raising it reads longer elements.
pub(crate) const MAX_CO_AUTHOR_BYLINE_CHARS: usize = 160;
/// A "widget" holding 1/N of the page's nodes is the main column of a blog
/// layout, not a box. Raising N treats smaller widgets as the main column.
pub(crate) const MAIN_COLUMN_NODE_SHARE_DIVISOR: usize = 4;
/// Nodes of a widget searched for a marked article body.
pub(crate) const MAIN_COLUMN_SEARCH_NODES: usize = 4000;
/// A breadcrumb item of at least this many words is compared to the title
/// by word overlap (shorter ones must match it whole).
pub(crate) const MIN_BREADCRUMB_WORDS_FOR_OVERLAP: usize = 2;
/// A breadcrumb item sharing this share of its words with the title is the
/// article itself, not its section. Raising it takes more items for
/// sections.
pub(crate) const BREADCRUMB_TITLE_OVERLAP: f32 = 0.6;
/// A breadcrumb section has at most this many words.
pub(crate) const MAX_BREADCRUMB_SECTION_WORDS: usize = 3;
/// A section name longer than this is refused.
pub(crate) const MAX_SECTION_CHARS: usize = 60;
/// A tag longer than this is refused.
pub(crate) const MAX_TAG_CHARS: usize = 60;
/// A link in a topic list (a container named for tags or topics) is a tag
/// when it has at most this many words; a list holding a longer link is a
/// list of headlines, not of topics.
pub(crate) const MAX_TOPIC_LINK_WORDS: usize = 5;
/// A topic list's own text outside its links (its label, "Topics:", the
/// separators) is at most this many characters.
pub(crate) const MAX_TOPIC_LIST_LABEL_CHARS: usize = 40;
/// At most this many tags are kept.
pub(crate) const MAX_TAGS: usize = 30;
/// A reading-time element's text is read when at most this long.
pub(crate) const MAX_READING_TIME_CHARS: usize = 60;
/// A title segment (squashed, bytes) this long or longer is compared with
/// the site name by containment. Raising it strips fewer short segments.
pub(crate) const MIN_SITE_SEGMENT_BYTES: usize = 4;
/// A segment containing the site name may be this much longer (squashed
/// bytes) and still be the site. Raising it strips longer segments.
pub(crate) const MAX_SITE_SEGMENT_EXTRA_BYTES: usize = 8;
/// An `<h1>` shorter than this (squashed bytes) is not matched inside the
/// `<title>`.
pub(crate) const MIN_H1_MATCH_BYTES: usize = 4;
/// A leading segment is the site when its squashed length is at least
/// NUMERATOR / DENOMINATOR (3/4) of the site name's. Raising the share
/// strips fewer leading segments.
pub(crate) const LEADING_SITE_SEGMENT_SHARE_NUMERATOR: usize = 3;
/// See [`LEADING_SITE_SEGMENT_SHARE_NUMERATOR`].
pub(crate) const LEADING_SITE_SEGMENT_SHARE_DENOMINATOR: usize = 4;
/// Without a site name, a trailing segment of at most this many words after
/// a strong separator is the site…
pub(crate) const MAX_TRAILING_SITE_WORDS: usize = 4;
/// …when the headline before it has at least this many words.
pub(crate) const MIN_HEADLINE_WORDS_BEFORE_SITE: usize = 4;
/// A visible heading is the headline when at least this share of the
/// distinct words of the shorter of it and a metadata title (`og:title`,
/// `<title>`, JSON-LD `headline`) occur in the other. Raising it keeps
/// the metadata title more often when the page rewords its headline.
pub(crate) const HEADLINE_META_WORD_SHARE: f32 = 0.5;
/// A visible heading with more than this many times the words of the
/// metadata title it resembles (plus [`HEADLINE_EXTRA_WORDS`]) is a block
/// holding more than the headline.
pub(crate) const HEADLINE_MAX_WORDS_FACTOR: usize = 2;
/// See [`HEADLINE_MAX_WORDS_FACTOR`].
pub(crate) const HEADLINE_EXTRA_WORDS: usize = 6;
/// The page's only `<h1>` is its headline, even when it shares too few
/// words with the metadata title (a rewritten SEO title), when it has at
/// least this many words; shorter sole headings are as often a blog's or a
/// section's name. Raising it keeps the metadata title more often.
pub(crate) const SOLE_HEADING_MIN_WORDS: usize = 5;
/// A one-word heading resembles a metadata title of at most this many
/// words (site name cut) — a long title that merely contains the word
/// ("…, Cursor, Discord, and …") is not that heading's.
pub(crate) const ONE_WORD_HEADLINE_MAX_TITLE_WORDS: usize = 3;
/// A heading named a logo by its class ("blog-title") is the headline all
/// the same when it shares at least this many distinct words with the
/// metadata title (and enough of them, [`HEADLINE_META_WORD_SHARE`]).
pub(crate) const LOGO_CLASS_HEADLINE_MIN_SHARED_WORDS: usize = 3;
/// A heading that holds the metadata title and, set apart in elements of
/// their own, at most this many more words after it (a source, a comment
/// count: "Headline (example.com) 87") shows the metadata title as its
/// headline. Raising it cuts longer tails, subtitles among them.
pub(crate) const HEADING_TAIL_MAX_WORDS: usize = 3;
/// An `<h1>` longer than this is not a title candidate.
pub(crate) const MAX_TITLE_CHARS: usize = 300;
/// A title candidate of at most this many words that contains the host name
/// is the site's logo, not a title.
pub(crate) const MAX_LOGO_TITLE_WORDS: usize = 3;
/// A title candidate shorter than this is refused.
pub(crate) const MIN_TITLE_CHARS: usize = 2;
/// A `?` or U+FFFD in a heading stands for at most this many characters of
/// the metadata title the heading copies (an apostrophe and the "s" after
/// it lost to an encoding fault).
pub(crate) const MAX_DAMAGED_RUN_CHARS: usize = 3;
/// A visible date is an update date when its element or one of this many
/// enclosing elements (each with short text) opens with an update label.
pub(crate) const UPDATED_LABEL_ANCESTORS: usize = 2;
/// A date element's text is read when at most this long.
pub(crate) const MAX_DATE_ELEMENT_CHARS: usize = 100;
/// A line near the headline longer than this (bytes) is body text: only a
/// dateline opening it counts.
pub(crate) const MAX_DATE_LINE_BYTES: usize = 160;
/// Lines before the headline searched for its date line with the
/// author's name beside it (`metadata::authors`).
pub(crate) const NAME_LINES_BEFORE_HEADLINE: usize = 3;
/// Lines after the headline searched for that date line.
pub(crate) const NAME_LINES_AFTER_HEADLINE: usize = 8;
/// That date line is at most this long (bytes): a meta line, not prose.
pub(crate) const MAX_NAME_DATE_LINE_BYTES: usize = 60;
/// Lines after the headline searched for a line that is only a date, when
/// the page states no date anywhere else.
pub(crate) const DATE_ONLY_LINES_AFTER_HEADLINE: usize = 40;
/// Such a line is at most this long (bytes).
pub(crate) const MAX_DATE_ONLY_LINE_BYTES: usize = 48;
/// A line near the headline with more words than this is a sentence (a
/// photo caption "… on Oct. 21, 2023."), not a meta line: only a dateline
/// opening it counts.
pub(crate) const MAX_DATE_LINE_WORDS: usize = 14;
/// The dateline opening such a line is looked for in its first this many
/// bytes.
pub(crate) const DATELINE_HEAD_BYTES: usize = 32;
/// The place in capitals that may open a news dateline before its date
/// ("RAJSHAHI, Dec 20, 2025 (BSS) -") is at most this many bytes.
pub(crate) const MAX_DATELINE_PLACE_BYTES: usize = 32;
/// Lines after a byline label ("Written by") searched for a date alone on
/// its line (the name comes first).
pub(crate) const DATE_LINES_AFTER_BYLINE: usize = 3;
/// Lines before the headline searched for its date.
pub(crate) const DATE_LINES_BEFORE_HEADLINE: usize = 4;
/// Lines after the headline searched for its date.
pub(crate) const DATE_LINES_AFTER_HEADLINE: usize = 12;
/// A "Published:" line longer than this (bytes) is prose, not a label.
pub(crate) const MAX_PUBLISHED_LABEL_LINE_BYTES: usize = 200;
/// The line after a bare "Published:" label holds its date when at most
/// this long (bytes).
pub(crate) const MAX_PUBLISHED_DATE_LINE_BYTES: usize = 100;

/// Elements read, in page order, when looking for a user name marked as
/// one after a "by" word (the last author signal; bounds its cost on huge
/// pages).
pub const MAX_USERNAME_SCAN_ELEMENTS: usize = 20_000;
