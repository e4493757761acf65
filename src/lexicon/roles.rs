//! Roles, job titles and credentials: words that make a byline part or an
//! author candidate a role ("Senior Correspondent", "Jo Park, MD") rather
//! than a person's name.
//!
//! Each entry says which reader takes it:
//!
//! - [`BYLINE`]: the byline-string parser (`parse::byline`, both the HTML
//!   and the text-dump path): a byline part holding the word is a role and
//!   is skipped;
//! - [`AUTHOR`]: the HTML author chain (`metadata::authors`): a candidate
//!   name holding the word is not a name, and a leading one is dropped
//!   ("Chefredakteur A B" → "A B").
//!
//! The two differ on purpose in what they risk: the byline parser sees
//! short parts after a comma or in brackets, so broad words ("special",
//! "fellow") are safe there; the author chain sees whole candidate names
//! from markup, where it also knows "autor" or "editor-in-chief".

/// Read by the byline-string parser.
pub(crate) const BYLINE: u8 = 1;
/// Read by the HTML author chain.
pub(crate) const AUTHOR: u8 = 2;

/// Role words, lower case, with their readers.
pub(crate) const ROLE_WORDS: &[(&str, u8)] = &[
    ("reporter", BYLINE | AUTHOR),
    ("correspondent", BYLINE | AUTHOR),
    ("editor", BYLINE | AUTHOR),
    ("writer", BYLINE | AUTHOR),
    ("columnist", BYLINE | AUTHOR),
    ("contributor", BYLINE | AUTHOR),
    ("staff", BYLINE | AUTHOR),
    ("analyst", BYLINE | AUTHOR),
    ("producer", BYLINE | AUTHOR),
    ("journalist", BYLINE | AUTHOR),
    ("photographer", BYLINE | AUTHOR),
    // A job title after the name ("Jo Park, Shipping Expert").
    ("expert", BYLINE | AUTHOR),
    ("dietitian", BYLINE | AUTHOR),
    // A forum moderator signing a thread ("Mod Sharon").
    ("moderator", BYLINE | AUTHOR),
    ("mod", AUTHOR),
    ("reporterin", BYLINE),
    ("korrespondent", BYLINE | AUTHOR),
    ("korrespondentin", BYLINE | AUTHOR),
    ("redakteur", BYLINE | AUTHOR),
    ("redakteurin", BYLINE | AUTHOR),
    ("redaktion", BYLINE | AUTHOR),
    ("journaliste", BYLINE | AUTHOR),
    ("envoyé", BYLINE | AUTHOR),
    ("envoyée", BYLINE | AUTHOR),
    ("corresponsal", BYLINE),
    ("redactor", BYLINE),
    ("redactora", BYLINE),
    ("periodista", BYLINE),
    ("editorial", BYLINE),
    ("desk", BYLINE | AUTHOR),
    ("team", BYLINE | AUTHOR),
    ("bureau", BYLINE | AUTHOR),
    ("chief", BYLINE | AUTHOR),
    ("senior", BYLINE | AUTHOR),
    ("deputy", BYLINE | AUTHOR),
    ("newsroom", BYLINE),
    ("intern", BYLINE),
    ("fellow", BYLINE),
    ("anchor", BYLINE),
    ("presenter", BYLINE),
    ("researcher", BYLINE),
    ("professor", BYLINE),
    ("author", BYLINE),
    ("contributing", BYLINE | AUTHOR),
    ("freelance", BYLINE),
    ("special", BYLINE),
    ("editors", AUTHOR),
    ("managing", AUTHOR),
    ("associate", AUTHOR),
    ("autor", AUTHOR),
    ("autorin", AUTHOR),
    ("chefredakteur", AUTHOR),
    ("chefredakteurin", AUTHOR),
    ("experte", AUTHOR),
    ("expertin", AUTHOR),
    ("rédacteur", AUTHOR),
    ("rédactrice", AUTHOR),
    ("spécial", AUTHOR),
    ("spéciale", AUTHOR),
    ("editor-in-chief", AUTHOR),
    // Job titles an author box sets under the name ("Marketing Director",
    // "Former McKinsey Consultant", "Sr. Director of Operations").
    ("director", AUTHOR),
    ("manager", AUTHOR),
    ("consultant", AUTHOR),
    ("coordinator", AUTHOR),
    ("specialist", AUTHOR),
    ("strategist", AUTHOR),
    ("officer", AUTHOR),
    ("founder", AUTHOR),
    ("co-founder", AUTHOR),
    ("ceo", AUTHOR),
    ("president", AUTHOR),
    ("reviewer", AUTHOR),
    ("former", AUTHOR),
    ("certified", AUTHOR),
];

/// True when the lower-case word `w` is a role word for `reader`
/// ([`BYLINE`] or [`AUTHOR`]).
pub(crate) fn is_role_word(w: &str, reader: u8) -> bool {
    super::reads(ROLE_WORDS, w, reader)
}

/// Job titles before a lawyer's name, dropped by the HTML author chain
/// ("Rechtsanwalt A B"); compared lower case.
pub(crate) const LEGAL_TITLES: &[&str] = &[
    "rechtsanwalt",
    "rechtsanwältin",
    "fachanwalt",
    "fachanwältin",
    "lawyer",
    "attorney",
];

/// Academic and professional credentials written after a name ("Jo Park,
/// MD"), in their usual case, with their readers: the byline parser
/// compares a whole part lower case (dots kept); the HTML author chain
/// compares a lone word case-sensitively, outer punctuation trimmed.
pub(crate) const CREDENTIALS: &[(&str, u8)] = &[
    ("MA", BYLINE | AUTHOR),
    ("MD", BYLINE | AUTHOR),
    ("PhD", BYLINE | AUTHOR),
    ("Ph.D", BYLINE | AUTHOR),
    ("Ph.D.", BYLINE),
    ("MPH", BYLINE | AUTHOR),
    ("RN", BYLINE | AUTHOR),
    ("MBA", BYLINE | AUTHOR),
    ("MSc", BYLINE | AUTHOR),
    ("BSc", BYLINE | AUTHOR),
    ("DDS", BYLINE | AUTHOR),
    ("JD", BYLINE),
    ("LLM", BYLINE),
    ("Jr", BYLINE | AUTHOR),
    ("Jr.", BYLINE),
    ("Sr", BYLINE | AUTHOR),
    ("Sr.", BYLINE),
    ("II", BYLINE),
    ("III", BYLINE),
    ("Esq", BYLINE),
    ("MS", AUTHOR),
    ("DO", AUTHOR),
    ("FACP", AUTHOR),
    ("LCSW", AUTHOR),
    ("RD", AUTHOR),
    ("CPA", AUTHOR),
    ("PharmD", AUTHOR),
];

/// True when the lower-case byline part `lower` is a credential
/// ([`BYLINE`] reader).
pub(crate) fn is_byline_credential(lower: &str) -> bool {
    CREDENTIALS
        .iter()
        .any(|&(c, readers)| readers & BYLINE != 0 && c.to_lowercase() == lower)
}

/// True when the word `w` (outer punctuation trimmed, case kept) is a
/// credential ([`AUTHOR`] reader).
pub(crate) fn is_author_credential(w: &str) -> bool {
    CREDENTIALS
        .iter()
        .any(|&(c, readers)| readers & AUTHOR != 0 && c == w)
}

/// `metadata::authors`: the credits after which a byline string
/// lists no more authors ("A and B edited by C", "A additional reporting
/// C"), lower case with their leading space; the string is cut at the
/// first. A narrower list than [`OTHER_ROLES`], as these cut a whole string
/// before it is split into names.
pub(crate) const LATER_CREDITS: &[&str] = &[
    " edited by",
    " photos by",
    " photographs by",
    " illustrations by",
    " additional reporting",
];

/// Credits for other work than writing, which follow the author in an
/// HTML byline ("Written by A Edited by B"), lower case.
pub(crate) const OTHER_ROLES: &[&str] = &[
    "edited by",
    "editing by",
    "photos by",
    "photographs by",
    "photography by",
    "illustration by",
    "illustrations by",
    "translated by",
    "translation by",
    "fact-checked by",
    "reviewed by",
    "redigiert von",
    "übersetzt von",
    "fotos von",
];

/// The last word of a named team or desk that a page declares as its
/// author ("Camphouse Team", "TOI Lifestyle Desk", "The Currency editors"):
/// read as an author only from declared metadata, where no person is named.
pub(crate) const COLLECTIVE_WORDS: &[&str] = &[
    "team",
    "staff",
    "desk",
    "editors",
    "newsroom",
    "redaktion",
    "crew",
];

/// Words that may follow a [`COLLECTIVE_WORDS`] word in a desk's byline
/// ("HLNF Staff Report", "Staff Reports"), lower case.
pub(crate) const COLLECTIVE_TAILS: &[&str] = &["report", "reports"];
