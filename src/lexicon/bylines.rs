//! Byline labels: the words that introduce an author's name ("By",
//! "Von", "Par", "Autorin:", "Written by", "Eingestellt von").
//!
//! One table, [`BYLINE_LABELS`]; each entry says which readers take it
//! (the reader flags below) and, for the HTML author reader, where the
//! label may stand ([`BylineLabel::author`], a [`LabelScope`]).
//!
//! Order: a label comes before any shorter label it starts with ("autoren"
//! before "autor", "text by" before "text"). Every reader takes the first
//! label that matches, and two labels can only both match when one starts
//! the other, so this one rule keeps each reader's result.

/// `parse::byline`: stripped from the start of a byline segment when a
/// space or a colon follows (ASCII case ignored; "di" only in lower case,
/// as "Di Maria" is a name).
pub(crate) const PARSED: u16 = 1;
/// `dump::lines`: a text-dump line that opens with the label and a space
/// is a byline line.
pub(crate) const DUMP_SPACE: u16 = 2;
/// `dump::lines`: a text-dump line that opens with the label and a colon
/// is a byline line.
pub(crate) const DUMP_COLON: u16 = 4;
/// `content::tidy`: a short line at the top of the body that opens with
/// the label capitalised ("By ") and a space is a byline.
pub(crate) const BODY_CAPITALISED: u16 = 8;
/// `content::tidy`: as [`BODY_CAPITALISED`], in lower case ("by ").
pub(crate) const BODY_LOWER: u16 = 16;
/// `content::tidy`: as [`BODY_CAPITALISED`], in upper case ("BY ").
pub(crate) const BODY_UPPER: u16 = 32;
/// `metadata::authors`: a "by" word between spaces inside a line ("Posted
/// on May 3 by A"); a name never ends with one.
pub(crate) const BY_WORD_INSIDE: u16 = 64;
/// `metadata::authors`: a "by" word and a space that open a line.
pub(crate) const BY_WORD_LEADING: u16 = 128;

/// `metadata::authors`: an SEO `twitter:labelN` whose whole value is the
/// label names the author in the paired `twitter:dataN`.
pub(crate) const TWITTER_LABEL: u16 = 256;
/// `content::related`: a teaser line that opens with the label (ASCII case
/// ignored) and a space gives the teaser's author; the label is stripped
/// in its capitalised, lower or upper case form.
pub(crate) const TEASER_AUTHOR: u16 = 512;

/// Where the HTML author reader (`metadata::authors`) lets a label
/// introduce a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelScope {
    /// Before a name anywhere ("Autoren A und B", "Eingestellt von A").
    Name,
    /// Only with a colon ("Text: A"): the word is common in running text.
    Colon,
    /// Only inside a byline element ("door A", "di A"): too short or too
    /// common to open a line elsewhere.
    Byline,
}

/// One byline label, lower case.
pub(crate) struct BylineLabel {
    /// The label word(s).
    pub label: &'static str,
    /// The readers that take it: the flags above.
    pub readers: u16,
    /// Where the HTML author reader takes it; `None` when it does not.
    pub author: Option<LabelScope>,
}

const fn l(label: &'static str, author: Option<LabelScope>, readers: u16) -> BylineLabel {
    BylineLabel {
        label,
        readers,
        author,
    }
}

const NAME: Option<LabelScope> = Some(LabelScope::Name);
const COLON: Option<LabelScope> = Some(LabelScope::Colon);
const BYLINE: Option<LabelScope> = Some(LabelScope::Byline);
const P: u16 = PARSED;
const DS: u16 = DUMP_SPACE;
const DC: u16 = DUMP_COLON;
const BC: u16 = BODY_CAPITALISED;
const BL: u16 = BODY_LOWER;
const BU: u16 = BODY_UPPER;
const IN: u16 = BY_WORD_INSIDE;
const LEAD: u16 = BY_WORD_LEADING;
const TW: u16 = TWITTER_LABEL;
const TE: u16 = TEASER_AUTHOR;

/// Byline labels, with who reads each (see the module doc for the order).
pub(crate) const BYLINE_LABELS: &[BylineLabel] = &[
    l("autoren", NAME, P),
    l("autorin", NAME, P),
    l("autor", NAME, P | DC | TW),
    l("authors", NAME, P),
    l("author", NAME, P | DC | TW),
    l("auteurs", NAME, 0),
    l("auteur", NAME, P),
    l("autore", NAME, 0),
    l("verfasserin", NAME, 0),
    l("verfasser", NAME, 0),
    l("written by", NAME, P | DS | TW),
    l("article by", NAME, 0),
    l("posted by", NAME, 0),
    l("submitted by", NAME, 0),
    l("words by", BYLINE, P),
    l("text by", BYLINE, P),
    l("text von", None, P),
    l("story by", BYLINE, P),
    l("reporting by", None, P),
    l("ein beitrag von", None, P),
    l("a report by", None, P),
    l("geschrieben von", NAME, TW),
    l("verfasst von", NAME, TW),
    l("eingestellt von", NAME, 0),
    l("publié par", NAME, 0),
    l("rédigé par", NAME, 0),
    l("écrit par", None, TW),
    l("escrito por", NAME, TW),
    l("scritto da", NAME, TW),
    l("geschreven door", None, TW),
    l("by", NAME, P | DS | DC | BC | BL | BU | IN | LEAD | TE),
    l("von", NAME, P | DS | DC | BC | BL | IN | LEAD),
    l("par", NAME, P | DS | BC | IN | LEAD),
    l("por", BYLINE, P | DS | BC | IN | LEAD),
    l("door", BYLINE, P | DS | IN),
    l("di", BYLINE, P | IN),
    l("av", BYLINE, 0),
    l("texte", COLON, 0),
    l("text", COLON, P | DC),
    l("redaktion", COLON, 0),
    l("reporter", COLON, 0),
    l("yazar", None, P),
];

/// `metadata::authors`: Chinese "posted" (traditional and simplified) that
/// follows the author's name ("A 發表在 B"); the name is cut before it.
pub(crate) const POSTED_AFTER_NAME: &[&str] = &["發表", "发表"];

/// `metadata::authors`: words after a name that lead into the group or
/// body the author writes for ("A on behalf of the docs team"), lower
/// case with spaces around; the name is cut before them.
pub(crate) const AFFILIATION_AFTER_NAME: &[&str] = &[" on behalf of "];

/// `metadata::authors`: `<meta>` keys that declare the author, lower case
/// with `.` as `:` (as `metadata::signals` stores keys), most specific
/// first; the first key with a usable value gives the authors.
pub(crate) const META_AUTHOR_KEYS: [&str; 9] = [
    "dc:creator",
    "dcterm:creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru:author",
    "byl",
    "citation_author",
];

/// `metadata::authors`: the [`META_AUTHOR_KEYS`] of library-style
/// metadata, which write one person per tag as "Last, First".
pub(crate) const INVERTED_NAME_META_KEYS: &[&str] =
    &["dc:creator", "dcterm:creator", "citation_author"];

/// `metadata::signals`: link paths that lead to an author's page
/// ("…/author/jane-doe/", "/autor/…"), lower case, ASCII case ignored.
pub(crate) const AUTHOR_PAGE_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/autoren/",
    "/auteur/",
    "/auteurs/",
    "/autore/",
];

/// The labels `reader` (one reader flag) takes, in table order.
pub(crate) fn labels(reader: u16) -> impl Iterator<Item = &'static str> {
    BYLINE_LABELS
        .iter()
        .filter(move |l| l.readers & reader != 0)
        .map(|l| l.label)
}

/// True when `w` is a label that `reader` takes.
pub(crate) fn is_label(w: &str, reader: u16) -> bool {
    labels(reader).any(|l| l == w)
}

/// The labels the HTML author reader takes, in table order, with where
/// each may stand.
pub(crate) fn author_labels() -> impl Iterator<Item = (&'static str, LabelScope)> {
    BYLINE_LABELS
        .iter()
        .filter_map(|l| l.author.map(|scope| (l.label, scope)))
}

/// `label` capitalised, in lower case and in upper case, in that order
/// (the forms [`BODY_CAPITALISED`], [`BODY_LOWER`] and [`BODY_UPPER`]
/// name).
pub(crate) fn case_forms(label: &str) -> [String; 3] {
    let mut cap = String::with_capacity(label.len());
    let mut chars = label.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    [cap, label.to_owned(), label.to_uppercase()]
}

/// The body-line forms of every label, each with a space after it
/// ("By ", "by ", "BY ", "Von ", …), as the body flags say.
pub(crate) fn body_line_forms() -> impl Iterator<Item = String> {
    BYLINE_LABELS.iter().flat_map(|l| {
        case_forms(l.label)
            .into_iter()
            .zip([BODY_CAPITALISED, BODY_LOWER, BODY_UPPER])
            .filter(move |&(_, flag)| l.readers & flag != 0)
            .map(|(form, _)| form + " ")
    })
}

/// Verbs a comment thread puts after the commenter's name ("Tom says:",
/// "Tanya sagt"), dropped from the name (`content::comments`).
pub(crate) const COMMENTER_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "sagt",
    "schreibt",
    "meint",
    "dit",
    "écrit",
    "dice",
    "escribió",
    "scrive",
    "ha scritto",
    "zegt",
    "schreef",
    "diz",
    "disse",
];
