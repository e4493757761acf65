//! Organisation words: what makes a name an institution, a company or a
//! news outlet rather than a person.
//!
//! Each entry says which reader takes it:
//!
//! - [`BYLINE`]: the byline-string parser (`parse::byline`, both paths): a
//!   byline part holding the word is an affiliation ("Center for X") and
//!   is skipped;
//! - [`OUTLET`]: the HTML author chain (`metadata::authors`): a two- or
//!   three-word name holding the word reads as a publication ("City News",
//!   "The Daily Herald"), not as the person a personal blog is named
//!   after.

/// Read by the byline-string parser.
pub(crate) const BYLINE: u8 = 1;
/// Read by the HTML author chain's "reads as an outlet" check.
pub(crate) const OUTLET: u8 = 2;

/// Organisation words, lower case, with their readers.
pub(crate) const ORG_WORDS: &[(&str, u8)] = &[
    ("project", BYLINE),
    ("institute", BYLINE),
    ("university", BYLINE),
    ("center", BYLINE),
    ("centre", BYLINE),
    ("foundation", BYLINE),
    ("department", BYLINE),
    ("ministry", BYLINE),
    ("council", BYLINE),
    ("association", BYLINE),
    ("society", BYLINE),
    ("group", BYLINE | OUTLET),
    ("news", BYLINE | OUTLET),
    ("media", BYLINE | OUTLET),
    ("magazine", BYLINE | OUTLET),
    ("agency", BYLINE | OUTLET),
    ("company", BYLINE),
    ("inc", BYLINE | OUTLET),
    ("ltd", BYLINE | OUTLET),
    ("gmbh", BYLINE),
    ("school", BYLINE),
    ("college", BYLINE),
    ("laboratory", BYLINE),
    ("lab", BYLINE),
    ("redaktion", BYLINE),
    ("zeitung", BYLINE),
    ("times", OUTLET),
    ("post", OUTLET),
    ("daily", OUTLET),
    ("press", OUTLET),
    ("journal", OUTLET),
    ("tribune", OUTLET),
    ("herald", OUTLET),
    ("network", OUTLET),
    ("online", OUTLET),
    ("tv", OUTLET),
    ("radio", OUTLET),
    ("gazette", OUTLET),
    ("weekly", OUTLET),
    ("channel", OUTLET),
    ("the", OUTLET),
    ("blog", OUTLET),
    ("review", OUTLET),
    ("world", OUTLET),
    ("today", OUTLET),
    ("report", OUTLET),
    ("club", OUTLET),
];

/// True when the lower-case word `w` is an organisation word for `reader`
/// ([`BYLINE`] or [`OUTLET`]).
pub(crate) fn is_org_word(w: &str, reader: u8) -> bool {
    super::reads(ORG_WORDS, w, reader)
}

/// Legal forms of companies in their usual case ("GmbH", "Ltd"): the HTML
/// author chain rejects a name holding one (case-sensitive, outer
/// punctuation trimmed); the byline parser's lower-case `BYLINE` words
/// above cover "gmbh", "inc" and "ltd".
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "GmbH", "Ltd", "Inc", "LLC", "AG", "Corp", "KG", "SRL", "SARL", "BV",
];

/// Words that name an institution, not a newsroom or an outlet, lower
/// case: a declared author holding one is an organisation.
pub(crate) const INSTITUTION_WORDS: &[&str] = &[
    "institute",
    "university",
    "foundation",
    "department",
    "ministry",
    "council",
    "association",
    "society",
    "school",
    "college",
    "laboratory",
    "institut",
    "universität",
    "stiftung",
];

/// Endings of German compound words that name an institution
/// ("Landesanstalt", "Forschungsinstitut", "Landeskirche"), lower case:
/// a declared author holding one is an organisation.
pub(crate) const INSTITUTION_ENDINGS: &[&str] = &[
    "anstalt",
    "institut",
    "kirche",
    "verband",
    "verein",
    "stiftung",
    "ministerium",
    "universität",
    "hochschule",
    "behörde",
    "zentrum",
];
