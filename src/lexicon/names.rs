//! Person-name vocabulary: particles inside names ("van", "de", "al"),
//! words that are never names, CMS placeholder names, collective bylines
//! ("Staff", "Redaktion") and the conjunctions that join names.
//!
//! Readers: [`BYLINE`] is the byline-string parser (`parse::byline`, used
//! by the HTML and the text-dump path alike); [`AUTHOR`] is the HTML author
//! chain (`metadata::authors`), which also reads the placeholder,
//! collective-byline and author-box lists. Text dumps only read bylines
//! through the parser.

/// Read by the byline-string parser.
pub(crate) const BYLINE: u8 = 1;
/// Read by the HTML author chain.
pub(crate) const AUTHOR: u8 = 2;

/// Lower-case particles allowed inside names ("Maarten van den Berg"),
/// with their readers. The byline parser compares a whole word, dot kept
/// ("st"); the author chain knows Scandinavian "af" and "st." too.
pub(crate) const PARTICLES: &[(&str, u8)] = &[
    ("de", BYLINE | AUTHOR),
    ("da", BYLINE | AUTHOR),
    ("do", BYLINE | AUTHOR),
    ("dos", BYLINE | AUTHOR),
    ("das", BYLINE | AUTHOR),
    ("del", BYLINE | AUTHOR),
    ("della", BYLINE | AUTHOR),
    ("der", BYLINE | AUTHOR),
    ("den", BYLINE | AUTHOR),
    ("di", BYLINE | AUTHOR),
    ("du", BYLINE | AUTHOR),
    ("la", BYLINE | AUTHOR),
    ("le", BYLINE | AUTHOR),
    ("van", BYLINE | AUTHOR),
    ("von", BYLINE | AUTHOR),
    ("zu", BYLINE | AUTHOR),
    ("ten", BYLINE | AUTHOR),
    ("ter", BYLINE | AUTHOR),
    ("bin", BYLINE | AUTHOR),
    ("bint", BYLINE | AUTHOR),
    ("ibn", BYLINE | AUTHOR),
    ("al", BYLINE | AUTHOR),
    ("el", BYLINE | AUTHOR),
    ("y", BYLINE | AUTHOR),
    ("e", BYLINE | AUTHOR),
    ("st", BYLINE),
    ("af", AUTHOR),
    ("st.", AUTHOR),
];

/// True when the lower-case word `w` is a name particle for `reader`.
pub(crate) fn is_particle(w: &str, reader: u8) -> bool {
    super::reads(PARTICLES, w, reader)
}

/// Words that are not part of a name, lower case: a byline part holding
/// one reads as a sentence or a menu ("By the time…", "Share"). Byline
/// parser only; particles among them ("der", "le") are allowed after the
/// first word.
pub(crate) const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "said",
    "says",
    "this",
    "that",
    "these",
    "it",
    "its",
    "we",
    "you",
    "he",
    "she",
    "they",
    "our",
    "my",
    "his",
    "her",
    "their",
    "more",
    "news",
    "home",
    "share",
    "follow",
    "subscribe",
    "read",
    "opinion",
    "comment",
    "comments",
    "menu",
    "search",
    "login",
    "time",
    "der",
    "die",
    "das",
    "ist",
    "und",
    "le",
    "les",
    "des",
];

/// CMS defaults and placeholders that stand where an author's name should
/// ("admin", "Unknown", "No Author"), lower case. HTML author chain only
/// (which also drops one-word names ending in "admin").
pub(crate) const PLACEHOLDER_NAMES: &[&str] = &[
    "admin",
    "administrator",
    "editor",
    "unknown",
    "anonymous",
    "guest",
    "author",
    "no author",
    "no-author",
    "null",
    "none",
    "n/a",
    "admin",
    "the author",
];

/// Labels of paid content that stand where a post's or article's author
/// would ("Gesponserte Inhalte", "Sponsored content"), lower case: no
/// author.
pub(crate) const SPONSOR_LABELS: &[&str] = &[
    "sponsored",
    "sponsored content",
    "sponsored post",
    "paid content",
    "paid post",
    "partner content",
    "advertisement",
    "anzeige",
    "werbung",
    "gesponsert",
    "gesponserte inhalte",
    "contenu sponsorisé",
    "contenido patrocinado",
];

/// Articles dropped before a collective byline ("The Staff").
pub(crate) const COLLECTIVE_ARTICLES: &[&str] = &["the ", "die ", "la "];

/// Collective bylines: the newsroom signs the piece ("Staff", "Redaktion",
/// "Editorial Team"), lower case. The HTML author chain keeps one as the
/// page's byline when no person is named.
pub(crate) const COLLECTIVE_BYLINES: &[&str] = &[
    "staff",
    "staff writer",
    "staff writers",
    "staff reporter",
    "staff reporters",
    "editors",
    "editorial staff",
    "editorial team",
    "editorial board",
    "newsroom",
    "news desk",
    "web desk",
    "redaktion",
    "online-redaktion",
    "onlineredaktion",
    "rédaction",
    "redazione",
    "redacción",
    "redactie",
];

/// Author-box furniture ("Follow", "View profile", "Published", "Twitter"):
/// a candidate name holding one of these words, lower case, is not a name.
/// HTML author chain only: text-dump bylines have no author boxes.
pub(crate) const AUTHOR_BOX_WORDS: &[&str] = &[
    "follow",
    "view",
    "posts",
    "profile",
    "more",
    "published",
    "updated",
    "share",
    "email",
    "twitter",
    "facebook",
    "about",
    "shares",
    "comments",
    "articles",
    "artikel",
    "beiträge",
    "weitere",
    "profil",
    "folgen",
    "bio",
];

/// Button labels of an author card that markup can glue to the end of the
/// name with no space ("Inga HoeltmannFollow"), as written: cut there.
pub(crate) const GLUED_BUTTON_LABELS: &[&str] = &["Follow", "Folgen", "Subscribe", "Abonnieren"];

/// Labels a page sets right after the author's name ("Help Net Security
/// Sponsored"), lower case: cut from the end of a candidate name.
pub(crate) const LABELS_AFTER_NAME: &[&str] = &["sponsored", "advertorial", "anzeige"];

/// Conjunctions that join names in a byline ("A and B", "A und B", "A y
/// B"), lower case, in the order they are split on. All readers split on
/// the first five; the byline parser also on Turkish "ve" and Dutch "en".
pub(crate) const CONJUNCTIONS: &[&str] = &["and", "und", "et", "y", "e", "ve", "en"];

/// How many [`CONJUNCTIONS`] every reader splits on.
pub(crate) const COMMON_CONJUNCTIONS: usize = 5;

/// `metadata::authors`: an aside that opens with one of these, lower case,
/// lists co-authors ("A (with B and C)", "A (avec B et C)") and is read as
/// more names. Tried in this order; the first found wins.
pub(crate) const CO_AUTHOR_ASIDES: &[&str] = &["(with ", "(avec ", "(mit ", "(con ", "(com "];

/// `metadata::authors`: academic and courtesy titles before a name ("Dr.
/// Ana Lima", "Prof. Jan Horn"), lower case, trailing dot dropped; read
/// only to compare two spellings of one person's name.
pub(crate) const HONORIFICS: &[&str] = &[
    "dr", "prof", "mr", "mrs", "ms", "mag", "dipl", "ing", "sir", "dame",
];

/// True when a word is one of the [`HONORIFICS`] (case and a trailing dot
/// ignored).
pub(crate) fn is_honorific(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    HONORIFICS.contains(&w.as_str())
}
