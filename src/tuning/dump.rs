//! Text dumps: the thresholds of the plain-text extractor (`dump`).
//!
//! A dump has no markup, so every decision is made on a line's shape:
//! its length, its word count, its end punctuation, and how far it stands
//! from the headline and the byline. Words are whitespace-separated and
//! counted up to [`WORD_COUNT_CAP`]. Where a name says bytes, the check is
//! a cheap guard on `str::len`; otherwise lengths are in characters.

// ---------------------------------------------------------------------------
// Lines: cleaning, unwrapping and line shapes (`dump::lines`).

/// Words are counted up to this many, so long lines stay cheap. Must stay
/// above every word threshold of the dump extractor.
pub(crate) const WORD_COUNT_CAP: usize = 200;
/// A line holding this many lynx link markers (`[12]`)… is a row of links
/// (navigation) when short. Raising it drops fewer link rows.
pub(crate) const MIN_LINK_ROW_LINKS: usize = 2;
/// …and at most this many words per link. Raising it takes longer lines
/// with a few links for navigation.
pub(crate) const MAX_LINK_ROW_WORDS_PER_LINK: usize = 3;
/// Bylines, "Read more: …" pointers and "Tags:" lines are at most this long
/// (bytes); longer lines can only be body text and skip those checks.
pub(crate) const MAX_LABEL_LINE_BYTES: usize = 300;
/// A dump with fewer lines than this is never read as hard-wrapped.
pub(crate) const MIN_LINES_FOR_HARD_WRAP: usize = 6;
/// A hard-wrapped dump's longest line is at least this long (a terminal
/// width)… Lowering it unwraps narrower dumps.
pub(crate) const MIN_HARD_WRAP_WIDTH: usize = 50;
/// …and at most this long. Raising it unwraps dumps with longer lines.
pub(crate) const MAX_HARD_WRAP_WIDTH: usize = 100;
/// A line counts as wrapped when it fills at least NUMERATOR / DENOMINATOR
/// (3/4) of the longest line and text follows without a blank line.
/// Raising the share makes fewer lines count as wrapped.
pub(crate) const WRAPPED_LINE_SHARE_NUMERATOR: usize = 3;
/// See [`WRAPPED_LINE_SHARE_NUMERATOR`].
pub(crate) const WRAPPED_LINE_SHARE_DENOMINATOR: usize = 4;
/// A hard-wrapped dump has at least this many wrapped lines… Raising it
/// unwraps fewer short dumps.
pub(crate) const MIN_WRAPPED_LINES: usize = 4;
/// …making at least 1/N of its lines. Raising N unwraps dumps with fewer
/// wrapped lines.
pub(crate) const WRAPPED_LINES_SHARE_DIVISOR: usize = 5;
/// When unwrapping, a line continues the one before it when that one fills
/// at least NUMERATOR / DENOMINATOR (2/3) of the longest line. Raising the
/// share joins fewer lines.
pub(crate) const CONTINUED_LINE_SHARE_NUMERATOR: usize = 2;
/// See [`CONTINUED_LINE_SHARE_NUMERATOR`].
pub(crate) const CONTINUED_LINE_SHARE_DENOMINATOR: usize = 3;
/// "All capitals" needs at least this many letters (a lone "A" is not).
pub(crate) const MIN_ALL_CAPS_LETTERS: usize = 2;
/// A line ending like a sentence is a paragraph from this many words.
/// Raising it reads more short sentences as furniture or headings.
pub(crate) const MIN_SENTENCE_PARAGRAPH_WORDS: usize = 15;
/// A line of this many words is a paragraph however it ends.
pub(crate) const MIN_PARAGRAPH_WORDS: usize = 40;
/// A headline has at least this many words… Raising it skips short
/// headlines (menu entries are short too).
pub(crate) const MIN_TITLE_WORDS: usize = 3;
/// …and at most this many. Raising it takes longer lines for headlines.
pub(crate) const MAX_TITLE_WORDS: usize = 30;
/// A headline has at least this many characters…
pub(crate) const MIN_TITLE_CHARS: usize = 12;
/// …and at most this many.
pub(crate) const MAX_TITLE_CHARS: usize = 300;
/// A kicker (section label) has at most this many words… Raising it takes
/// longer lines for kickers.
pub(crate) const MAX_KICKER_WORDS: usize = 6;
/// …and at most this many characters.
pub(crate) const MAX_KICKER_CHARS: usize = 60;
/// A subheading inside the body has at most this many words… Raising it
/// takes longer unpunctuated lines for subheadings.
pub(crate) const MAX_SUBHEADING_WORDS: usize = 10;
/// …and at most this many characters.
pub(crate) const MAX_SUBHEADING_CHARS: usize = 90;
/// A subheading ending in `?` or `!` has at most this many words (longer
/// questions are sentences).
pub(crate) const MAX_QUESTION_SUBHEADING_WORDS: usize = 8;
/// A numbered list item's number has at most this many digits ("12. …");
/// longer numbers open sentences ("2025. …").
pub(crate) const MAX_LIST_NUMBER_DIGITS: usize = 2;
/// An inline marker ("Advertisement", "Share") is at most this long
/// (bytes).
pub(crate) const MAX_NOISE_MARKER_BYTES: usize = 60;
/// A teaser-list label ("Related", "More from Europe") is at most this
/// long (bytes)…
pub(crate) const MAX_RELATED_LABEL_BYTES: usize = 80;
/// …and at most this many words. Raising either takes longer lines for
/// labels.
pub(crate) const MAX_RELATED_LABEL_WORDS: usize = 7;
/// The title after "Read more:" on the same line has at least this many
/// words.
pub(crate) const MIN_POINTER_TITLE_WORDS: usize = 2;
/// A footer line (copyright, site links) is at most this long (bytes).
/// Raising it ends the article at longer lines.
pub(crate) const MAX_FOOTER_LINE_BYTES: usize = 200;
/// A tag in a "Tags:" line is at most this long (bytes).
pub(crate) const MAX_TAG_BYTES: usize = 60;

// ---------------------------------------------------------------------------
// Captions and credits (`dump::caption`).

/// A credit has at most this many words. Raising it reads longer line ends
/// as credits.
pub(crate) const MAX_CREDIT_WORDS: usize = 12;
/// A credit read by its shape ("Caption / CREDIT") is at most this long
/// (bytes).
pub(crate) const MAX_SHAPED_CREDIT_BYTES: usize = 140;
/// A credit read by its shape is mostly capitals: capitals times this reach
/// the letters (2: at least half). Raising it reads more mixed-case line
/// ends as credits.
pub(crate) const CREDIT_CAPITALS_FACTOR: usize = 2;
/// A credit-only line ("Photo: Jane Doe/Reuters") is at most this long
/// (bytes); a caption's credit is looked for in its last this many bytes.
pub(crate) const MAX_CREDIT_LINE_BYTES: usize = 160;
/// …and at most this many words.
pub(crate) const MAX_CREDIT_LINE_WORDS: usize = 14;
/// A line longer than this (bytes) is not split into caption and credit.
pub(crate) const MAX_CAPTION_LINE_BYTES: usize = 1000;
/// A caption beside a credit has at least this many words. Raising it
/// takes fewer short lines for captions.
pub(crate) const MIN_CAPTION_WORDS: usize = 2;

// ---------------------------------------------------------------------------
// Header: headline, kicker, standfirst, byline and dates (`dump::header`).

/// The header is looked for in this many lines from where it may begin.
/// Raising it finds headers under longer menus.
pub(crate) const HEADER_WINDOW_LINES: usize = 40;
/// The header may begin this many lines before the start of the body text;
/// lines above are page chrome. Raising it looks further up.
pub(crate) const HEADER_LOOK_BACK_LINES: usize = 20;
/// The start of the body text is searched for in this many lines.
pub(crate) const BODY_RUN_SCAN_LINES: usize = 5000;
/// The body text starts at a paragraph followed by another within this
/// many lines. Raising it starts the body at more isolated paragraphs.
pub(crate) const BODY_RUN_FOLLOW_LINES: usize = 3;
/// A line longer than this (bytes) is body text and is not classified as
/// header metadata.
pub(crate) const MAX_HEADER_LINE_BYTES: usize = 1000;
/// A line of dates and reading times ("March 3, 2025 | 3 min read") is at
/// most this long (bytes).
pub(crate) const MAX_META_LINE_BYTES: usize = 200;
/// One part of such a line holding a date is at most this long (bytes).
pub(crate) const MAX_DATE_PART_BYTES: usize = 120;
/// A labelled date part ("Published on …") is searched for a date in its
/// text when it has at most this many words.
pub(crate) const MAX_LABELLED_DATE_WORDS: usize = 12;
/// A reading-time line or part ("3 min read") is at most this long (bytes).
pub(crate) const MAX_READING_TIME_BYTES: usize = 60;
/// A headline found by repetition has at least this many words.
pub(crate) const MIN_REPEATED_TITLE_WORDS: usize = 3;
/// A repeated line ending like a sentence with more than this many words is
/// body text, not the headline.
pub(crate) const MAX_REPEATED_SENTENCE_TITLE_WORDS: usize = 40;
/// A headline leads on to a line of at least this many words (a standfirst)
/// unless metadata follows it; menu entries lead to more short entries.
/// Raising it refuses more headline candidates.
pub(crate) const MIN_LEAD_ON_WORDS: usize = 8;
/// A kicker-shaped headline candidate with at most this many words…
pub(crate) const MAX_SHORT_KICKER_WORDS: usize = 3;
/// …followed within this many lines by a longer candidate is a kicker, not
/// the headline.
pub(crate) const KICKER_TO_TITLE_MAX_LINES: usize = 2;
/// Without a headline-shaped line, a line of at least this many words (up
/// to [`MAX_TITLE_WORDS`]) may still be the headline.
pub(crate) const MIN_FALLBACK_TITLE_WORDS: usize = 2;
/// A lead-image caption at most this many lines below the headline ends
/// the header when no byline or date does.
pub(crate) const MAX_CAPTION_LINES_AFTER_TITLE: usize = 4;
/// A standfirst between headline and byline has at least this many
/// words…
pub(crate) const MIN_STANDFIRST_WORDS: usize = 5;
/// …and at most this many. Raising it takes longer paragraphs for
/// standfirsts.
pub(crate) const MAX_STANDFIRST_WORDS: usize = 90;
/// A standfirst set below the byline has at least this many words…
pub(crate) const MIN_LOW_STANDFIRST_WORDS: usize = 8;
/// …and at most this many.
pub(crate) const MAX_LOW_STANDFIRST_WORDS: usize = 45;
/// A name-only byline next to a date line has at most this many words.
pub(crate) const MAX_NAME_LINE_WORDS: usize = 8;

// ---------------------------------------------------------------------------
// Body and teaser lists (`dump::body`).

/// After the first paragraph, this many lines without a paragraph end the
/// article (what follows is menus, teaser rows, footer). Raising it reads
/// further past gaps in the text.
pub(crate) const BODY_END_QUIET_LINES: usize = 10;
/// A source line ("SOURCE: Reuters") is at most this long (bytes).
pub(crate) const MAX_SOURCE_LINE_BYTES: usize = 100;
/// A wire dateline ("MOSCOW (AP) — …") is looked for in a paragraph's
/// first this many bytes.
pub(crate) const WIRE_DATELINE_BYTES: usize = 60;
/// A subheading is kept when the line after it has at least this many
/// words (a paragraph); otherwise it is furniture.
pub(crate) const MIN_WORDS_AFTER_SUBHEADING: usize = 8;
/// A subheading before any body block has at least this many words.
pub(crate) const MIN_FIRST_SUBHEADING_WORDS: usize = 2;
/// A teaser label followed by one short subheading and then body text was
/// an empty box: the subheading (at most this many words) goes back to the
/// body.
pub(crate) const MAX_EMPTY_BOX_HEADING_WORDS: usize = 6;
/// A paragraph before a credit-only line becomes the figure's caption when
/// it has at most this many words.
pub(crate) const MAX_CREDITED_PARAGRAPH_WORDS: usize = 40;
/// Teaser furniture (dates, reading times, section kickers) in a teaser
/// list is at most this long (bytes).
pub(crate) const MAX_TEASER_FURNITURE_BYTES: usize = 80;
/// A section kicker in a teaser list has at most this many words.
pub(crate) const MAX_TEASER_KICKER_WORDS: usize = 4;
/// A teaser title has at most this many words; a longer line is body text
/// resuming. Raising it takes longer lines for teasers.
pub(crate) const MAX_TEASER_WORDS: usize = 40;
/// A teaser title has at most this many characters.
pub(crate) const MAX_TEASER_CHARS: usize = 300;

// ---------------------------------------------------------------------------
// Line scores and the article run (`dump::score`).

/// A line of at least this many words is prose when it ends like a
/// sentence or has enough function words. Raising it takes fewer lines
/// for prose.
pub(crate) const MIN_PROSE_WORDS: usize = 10;
/// A line of at least [`MIN_PROSE_WORDS`] that does not end like a sentence
/// is prose when at least this share of its words are function words
/// (stop-word density, as in jusText). Raising it takes fewer unpunctuated
/// lines for prose.
pub(crate) const MIN_PROSE_STOP_WORD_SHARE: f32 = 0.15;
/// A shorter line ending like a sentence with at least this many words is
/// a short sentence: it counts [`SHORT_SENTENCE_WEIGHT`] per word.
pub(crate) const MIN_SHORT_SENTENCE_WORDS: usize = 5;
/// What a word of a short sentence counts, against one for a word of prose.
pub(crate) const SHORT_SENTENCE_WEIGHT: f32 = 0.5;
/// What a short line (a label, menu entry, heading, list item) costs the
/// run that holds it. Raising it ends runs at shorter menus; lowering it
/// carries runs over longer lists and tables of contents.
pub(crate) const SHORT_LINE_COST: f32 = 1.5;
/// What a short line repeated elsewhere in the dump (a menu shown twice)
/// costs.
pub(crate) const REPEATED_LINE_COST: f32 = 3.0;
/// A line is checked for repetition when it has fewer words than this.
pub(crate) const MAX_REPEATED_LINE_WORDS: usize = 15;
/// A line with a chrome phrase ("Sign up", "Privacy policy") is chrome when
/// it has fewer words than this.
pub(crate) const MAX_CHROME_LINE_WORDS: usize = 25;
/// A chrome line costs its words, and at least this much.
pub(crate) const MIN_CHROME_LINE_COST: f32 = 5.0;
/// A line holding this many different consent words ("cookies",
/// "consent", "partners") is a consent banner, however long.
pub(crate) const MIN_CONSENT_WORDS: usize = 2;
/// What a label opening a comment section or a teaser list costs: the run
/// crosses it only when the text on both sides is longer. Raising it ends
/// more articles at such labels.
pub(crate) const BARRIER_LINE_COST: f32 = 40.0;
/// A line ending in an ellipsis with fewer words than this is a truncated
/// teaser, scored as a short line.
pub(crate) const MAX_TRUNCATED_TEASER_WORDS: usize = 40;
/// The header may end this many lines past the start of the run (the run
/// can open on a standfirst or byline the header takes).
pub(crate) const MAX_HEADER_LINES_INTO_RUN: usize = 6;
/// The comment section starts at the first of
/// [`MIN_COMMENT_CLUSTER_POSTS`] post headers ("Jo Park says:", a date with
/// a time, "Reply") found within this many lines. Raising it finds looser
/// comment sections.
pub(crate) const COMMENT_CLUSTER_LINES: usize = 24;
/// See [`COMMENT_CLUSTER_LINES`].
pub(crate) const MIN_COMMENT_CLUSTER_POSTS: usize = 3;
/// The article run is looked for above the comment section only when the
/// text above it scores at least this much (prose words): a forum thread
/// or a page of reviews is all posts.
pub(crate) const MIN_SCORE_ABOVE_COMMENTS: f32 = 200.0;
/// A post header ("Jo Park says:") has at most this many words.
pub(crate) const MAX_POST_HEADER_WORDS: usize = 8;
/// A post header is at most this long (bytes).
pub(crate) const MAX_POST_HEADER_BYTES: usize = 80;
/// A line with at least this many places where a capital follows a
/// lower-case letter without a space ("MoneyWhat")…
pub(crate) const MIN_GLUED_LABELS: usize = 3;
/// …and one such place per this many words or fewer is link labels run
/// together (a menu), not prose.
pub(crate) const GLUED_LABEL_WORDS_PER_JOIN: usize = 4;
/// A byline line ("By Ana Lima | March 3, 2025") has at most this many
/// words.
pub(crate) const MAX_BYLINE_BARRIER_WORDS: usize = 14;
/// What a byline costs the run that holds it: the article's text starts
/// below its byline, so a run rarely crosses one (teasers above the
/// headline stay out). Lowering it lets runs join text above a byline.
pub(crate) const BYLINE_LINE_COST: f32 = 60.0;
/// A dump with more byline lines than this is a list of posts: its
/// bylines are scored as short lines.
pub(crate) const MAX_HEADING_BYLINES: usize = 2;
/// A teaser label ("Read more") found this many times in the dump is a
/// button repeated under each item, not the head of a teaser list: it is
/// scored as a repeated line, not as a barrier.
pub(crate) const MIN_BUTTON_COPIES: usize = 3;
/// A line with this many path separators (`/`, `›`, `»`, `>`) is a
/// breadcrumb trail, never the headline.
pub(crate) const MIN_BREADCRUMB_SEPARATORS: usize = 2;
/// The run ends at its last barrier (a teaser or comment label) when the
/// text after it scores less than this share of the text before it: a
/// labelled box closing the run is not the article's end. Raising it cuts
/// more runs at their last label.
pub(crate) const MAX_TAIL_BOX_SHARE: f32 = 0.5;
