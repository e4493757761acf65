//! Month and weekday words per language, lower case, and the small words
//! of a written date (ordinal suffixes, "de", "of", "at") at the end.
//!
//! Where each form applies:
//!
//! - date parsing (`parse::date`, both the HTML and the text-dump path):
//!   every language, full names, usual abbreviations and other spellings
//!   ([`month_number`], [`is_weekday`]);
//! - the end of an HTML byline (`metadata::authors`, "By A March 3, 2015"):
//!   English full names and usual abbreviations only ([`is_english_name`]):
//!   the cut there already runs before the first digit, so the words left
//!   are the ones before a day number, and the other spellings ("Thurs")
//!   were never cut there.

use super::Lang;

/// The month words of one language: full names and abbreviations, January
/// first.
pub(crate) struct Months {
    /// The language.
    pub lang: Lang,
    /// Per month, January first: full names (with spelling variants such as
    /// "maerz" for "märz"), then abbreviations.
    pub names: [&'static [&'static str]; 12],
}

/// Month words per language. A word may stand in two languages ("mai",
/// "april"); it always names the same month.
pub(crate) const MONTHS: &[Months] = &[
    Months {
        lang: Lang::En,
        names: [
            &["january", "jan"],
            &["february", "feb"],
            &["march", "mar"],
            &["april", "apr"],
            &["may"],
            &["june", "jun"],
            &["july", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["october", "oct"],
            &["november", "nov"],
            &["december", "dec", "dec."],
        ],
    },
    Months {
        lang: Lang::De,
        names: [
            &["januar", "jänner", "jaenner"],
            &["februar", "febr"],
            &["märz", "maerz", "mär", "mrz"],
            &["april", "apr"],
            &["mai"],
            &["juni"],
            &["juli"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["dezember", "dez"],
        ],
    },
    Months {
        lang: Lang::Fr,
        names: [
            &["janvier", "janv"],
            &["février", "fevrier", "févr", "fevr"],
            &["mars"],
            &["avril", "avr"],
            &["mai"],
            &["juin"],
            &["juillet", "juil"],
            &["août", "aout"],
            &["septembre"],
            &["octobre"],
            &["novembre"],
            &["décembre", "decembre", "déc"],
        ],
    },
    Months {
        lang: Lang::Es,
        names: [
            &["enero", "ene"],
            &["febrero"],
            &["marzo"],
            &["abril", "abr"],
            &["mayo"],
            &["junio"],
            &["julio"],
            &["agosto", "ago"],
            &["septiembre", "setiembre"],
            &["octubre"],
            &["noviembre"],
            &["diciembre", "dic"],
        ],
    },
    Months {
        lang: Lang::It,
        names: [
            &["gennaio", "gen"],
            &["febbraio"],
            &["marzo"],
            &["aprile"],
            &["maggio", "mag"],
            &["giugno", "giu"],
            &["luglio", "lug"],
            &["agosto", "ago"],
            &["settembre", "set"],
            &["ottobre", "ott"],
            &["novembre"],
            &["dicembre"],
        ],
    },
    Months {
        lang: Lang::Pt,
        names: [
            &["janeiro"],
            &["fevereiro", "fev"],
            &["março", "marco"],
            &["abril", "abr"],
            &["maio"],
            &["junho"],
            &["julho"],
            &["agosto", "ago"],
            &["setembro", "set"],
            &["outubro", "out"],
            &["novembro"],
            &["dezembro"],
        ],
    },
    Months {
        lang: Lang::Nl,
        names: [
            &["januari"],
            &["februari"],
            &["maart"],
            &["april"],
            &["mei"],
            &["juni"],
            &["juli"],
            &["augustus"],
            &["september"],
            &["oktober"],
            &["november"],
            &["december"],
        ],
    },
    Months {
        lang: Lang::Tr,
        names: [
            &["ocak"],
            &["şubat", "subat"],
            &["mart"],
            &["nisan"],
            &["mayıs", "mayis"],
            &["haziran"],
            &["temmuz"],
            &["ağustos", "agustos"],
            &["eylül", "eylul"],
            &["ekim"],
            &["kasım", "kasim"],
            &["aralık", "aralik"],
        ],
    },
];

/// The weekday words of one language.
pub(crate) struct Weekdays {
    /// The language.
    pub lang: Lang,
    /// Full names (with spelling variants), Monday first.
    pub full: &'static [&'static str],
    /// The usual abbreviations.
    pub short: &'static [&'static str],
    /// Other abbreviations ("tues", "thurs"): read by the date parser only.
    pub other: &'static [&'static str],
}

/// Weekday words per language.
pub(crate) const WEEKDAYS: &[Weekdays] = &[
    Weekdays {
        lang: Lang::En,
        full: &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
        short: &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        other: &["tues", "thur", "thurs"],
    },
    Weekdays {
        lang: Lang::De,
        full: &[
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
        ],
        short: &["mo", "di", "mi", "do", "fr", "sa", "so"],
        other: &[],
    },
    Weekdays {
        lang: Lang::Fr,
        full: &[
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        short: &[],
        other: &[],
    },
    Weekdays {
        lang: Lang::Es,
        full: &[
            "lunes",
            "martes",
            "miércoles",
            "miercoles",
            "jueves",
            "viernes",
            "sábado",
            "sabado",
            "domingo",
        ],
        short: &[],
        other: &[],
    },
    Weekdays {
        lang: Lang::It,
        full: &[
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
        ],
        short: &[],
        other: &[],
    },
    Weekdays {
        lang: Lang::Nl,
        full: &[
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
        short: &[],
        other: &[],
    },
    Weekdays {
        lang: Lang::Tr,
        full: &[
            "pazartesi",
            "salı",
            "çarşamba",
            "perşembe",
            "cuma",
            "cumartesi",
            "pazar",
        ],
        short: &[],
        other: &[],
    },
];

/// Month number (1–12) for a lower-case month name or abbreviation in any
/// language. Used by the date parser.
pub(crate) fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().find_map(|m| {
        (1..)
            .zip(m.names.iter())
            .find_map(|(n, names)| names.contains(&w).then_some(n))
    })
}

/// True for a lower-case weekday name or abbreviation in any language. Used
/// by the date parser.
pub(crate) fn is_weekday(w: &str) -> bool {
    WEEKDAYS
        .iter()
        .any(|d| d.full.contains(&w) || d.short.contains(&w) || d.other.contains(&w))
}

/// True for an English month or weekday name or its usual abbreviation
/// ("march", "mar", "monday", "mon"), lower case: the calendar words that
/// end an HTML byline.
pub(crate) fn is_english_name(w: &str) -> bool {
    let months = MONTHS
        .iter()
        .filter(|m| m.lang == Lang::En)
        .any(|m| m.names.iter().any(|names| names.contains(&w)));
    let days = WEEKDAYS
        .iter()
        .filter(|d| d.lang == Lang::En)
        .any(|d| d.full.contains(&w) || d.short.contains(&w));
    months || days
}

// ---------------------------------------------------------------------------
// The small words of a written date, lower case, read by `parse::date`.

/// An ordinal suffix glued to the day number ("1st", "1er", "1º"). Day
/// before month ("1er mars") takes all; month before day ("March 1st")
/// only the first [`ENGLISH_ORDINAL_SUFFIXES`].
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er", "e", "º", "o"];

/// How many [`ORDINAL_SUFFIXES`] are English (month-before-day dates).
pub(crate) const ENGLISH_ORDINAL_SUFFIXES: usize = 4;

/// Between the day and the month ("1st of March", "1 de marzo").
pub(crate) const BEFORE_MONTH: &[&str] = &["of", "de"];

/// Between the month and the year ("1 de marzo de 2025", "del 2025").
pub(crate) const BEFORE_YEAR: &[&str] = &["de", "del"];

/// Between a date and its time ("March 3 at 10:00", "3. März um 10 Uhr",
/// "3 de março às 10h"), skipped with punctuation.
pub(crate) const BEFORE_TIME: &[&str] =
    &["at", "um", "à", "a", "t", "las", "alle", "saat", "om", "às"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_language() {
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("märz"), Some(3));
        assert_eq!(month_number("mai"), Some(5));
        assert_eq!(month_number("aralik"), Some(12));
        assert_eq!(month_number("set"), Some(9));
        assert_eq!(month_number("monday"), None);
    }

    #[test]
    fn a_word_names_one_month() {
        for m in MONTHS {
            for (n, names) in (1..).zip(m.names.iter()) {
                for w in *names {
                    assert_eq!(month_number(w), Some(n), "{w}");
                }
            }
        }
    }

    #[test]
    fn byline_calendar_words_are_english() {
        assert!(is_english_name("sept"));
        assert!(is_english_name("mon"));
        assert!(!is_english_name("thurs"));
        assert!(!is_english_name("märz"));
        assert!(is_weekday("thurs"));
        assert!(is_weekday("samstag"));
    }
}
