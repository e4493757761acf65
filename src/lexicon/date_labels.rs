//! Publication labels and the other words that stand around a date
//! ("Published", "Updated", "Veröffentlicht am", "Mis à jour", "on",
//! "Uhr", "ago").
//!
//! One table, [`DATE_WORDS`], lower case; each entry says which readers
//! take it (the flags below). Month and weekday names are in
//! [`super::calendar`].
//!
//! Order: the publication-label reader takes the first label that opens a
//! line as a whole word, so a label comes before any shorter label it
//! starts with ("published on" before "published"). The other readers
//! test membership only.

/// `metadata::page_dates`: a label that opens a line ("Erschienen am:",
/// "Mise en ligne") says the date after it, or on the next line, is the
/// publication date.
pub(crate) const PUBLISHED_LABEL: u8 = 1;
/// `dump::header`: a date part of a text-dump line that opens with the
/// word (a whole word) gives the date the page was updated; so does, in
/// `metadata::page_dates`, an HTML line that opens with it (read when the
/// page shows no other date).
pub(crate) const DUMP_UPDATED: u8 = 2;
/// `dump::header`: a part of a text-dump line that opens with the word (a
/// whole word) is a date line even when other words surround the date.
pub(crate) const DUMP_DATE_PREFIX: u8 = 4;
/// `parse::date`: may surround the date in a string that is only a date
/// ("Published on Monday, 3 May 2021 at 10:00 CET").
pub(crate) const AROUND_DATE: u8 = 8;
/// `parse::byline`: a byline is cut before this word, from its second word
/// on ("By A Updated 3 hours ago" → "By A").
pub(crate) const BYLINE_CUT: u8 = 16;
/// `metadata::authors`: like an English month or weekday name, ends the
/// names in a byline ("By A Published March 3").
pub(crate) const BYLINE_END: u8 = 32;
/// `metadata::page_dates`: found in a date element's short text (or its
/// meta line), says the date is a modification date, never the
/// publication date ("Last updated on Feb 27").
pub(crate) const UPDATE_LABEL: u8 = 64;
/// `parse::byline`: left dangling at the end of a byline cut before its
/// date, and dropped ("By A on" → "By A").
pub(crate) const BYLINE_TRAILING: u8 = 128;

const PUB: u8 = PUBLISHED_LABEL;
const UPD: u8 = DUMP_UPDATED;
const PRE: u8 = DUMP_DATE_PREFIX;
const AR: u8 = AROUND_DATE;
const CUT: u8 = BYLINE_CUT;
const END: u8 = BYLINE_END;
const MOD: u8 = UPDATE_LABEL;
const TRL: u8 = BYLINE_TRAILING;

/// Date words, lower case, with who reads each (see the module doc for
/// the order).
pub(crate) const DATE_WORDS: &[(&str, u8)] = &[
    // Publication labels.
    ("published on", PUB),
    ("published", PUB | PRE | AR | CUT | END),
    ("posted on", PUB),
    ("written on", PUB),
    ("written", PUB),
    ("erschienen am", PUB),
    ("erschienen", PUB),
    ("veröffentlicht am", PUB),
    ("veröffentlicht", PUB | PRE | AR | CUT),
    ("publiziert am", PUB),
    ("publié le", PUB),
    ("publié", PUB | PRE | AR | CUT),
    ("mise en ligne le", PUB),
    ("mise en ligne", PUB),
    ("publicado el", PUB),
    ("publicado", PUB | PRE | AR | CUT),
    ("pubblicato il", PUB),
    ("pubblicato", PUB | PRE | AR),
    ("gepubliceerd op", PUB),
    ("gepubliceerd", PUB | AR),
    ("first published", PRE),
    ("posted", PRE | AR | CUT | END),
    ("yayınlanma", PRE | AR),
    ("date", PRE | AR),
    ("dated", AR),
    ("issued", AR),
    ("created", AR),
    ("erstellt", AR),
    ("publie", AR),
    ("first", AR),
    ("original", AR),
    ("originally", AR),
    ("tarihi", AR),
    // Update labels.
    ("updated", UPD | PRE | AR | CUT | END | MOD),
    ("last updated", UPD | PRE | MOD),
    ("modified", UPD | AR | MOD),
    ("last modified", UPD | MOD),
    ("edited", AR),
    ("aktualisiert", UPD | PRE | AR | CUT | MOD),
    ("zuletzt aktualisiert", UPD | MOD),
    ("zuletzt", AR),
    ("stand", UPD | PRE | AR),
    ("mis à jour", UPD | PRE | MOD),
    ("mise à jour", UPD | MOD),
    ("mis", AR | CUT),
    ("à", AR),
    ("jour", AR),
    ("actualizado", UPD | PRE | AR | CUT | MOD),
    ("aggiornato", UPD | PRE | AR | MOD),
    ("geändert", MOD),
    ("actualización", MOD),
    ("güncelleme", UPD | PRE | AR),
    ("bijgewerkt", UPD | AR | MOD),
    ("last", AR | CUT),
    // Connectors and time words.
    ("on", AR | END | TRL),
    ("at", AR | END | TRL),
    ("am", AR | TRL),
    ("pm", AR),
    ("a", AR),
    ("p", AR),
    ("m", AR),
    ("h", AR),
    ("t", AR),
    ("time", AR),
    ("local", AR),
    ("and", AR),
    ("et", AR),
    ("pt", AR),
    ("ct", AR),
    ("mt", AR),
    ("uhr", AR),
    ("um", AR | TRL),
    ("vom", AR | TRL),
    ("le", AR | TRL),
    ("el", AR | TRL),
    ("de", AR),
    ("del", AR),
    ("las", AR),
    ("il", AR | TRL),
    ("alle", AR),
    ("ore", AR),
    ("op", AR | TRL),
    ("om", AR),
    ("saat", AR),
    ("the", TRL),
    // Relative dates.
    ("ago", CUT),
    ("hours", CUT),
    ("minutes", CUT),
    ("yesterday", CUT),
    ("today", CUT),
    ("gestern", CUT),
    ("heute", CUT),
];

/// The words `reader` (one flag) takes, in table order.
pub(crate) fn words(reader: u8) -> impl Iterator<Item = &'static str> {
    DATE_WORDS
        .iter()
        .filter(move |&&(_, readers)| readers & reader != 0)
        .map(|&(w, _)| w)
}

/// True when `w` is a word that `reader` takes.
pub(crate) fn is_word(w: &str, reader: u8) -> bool {
    super::reads(DATE_WORDS, w, reader)
}
