//! Teaser labels: the headings and lines that name a list of links to
//! other articles ("Related", "Most read", "Lesen Sie auch", "Lire aussi").
//!
//! Each entry says where it is read:
//!
//! - [`BOX`]: an HTML teaser-box heading (`content::related`) names a list
//!   when it *contains* the phrase (so phrases may be word stems such as
//!   "recommend", and no `BOX` phrase contains another);
//! - [`LINE`]: a text-dump line (`dump::lines`) that *is* the phrase (after
//!   trimming arrows and colons) heads a teaser list or marks a pointer;
//! - [`LINE_PREFIX`]: a short text-dump line that *starts* with the phrase
//!   and a space ("More from Business").
//!
//! The HTML reader is looser (stems, substrings): box headings sit in
//! markup that already looks like a teaser box. A text-dump line has no
//! markup, so only whole known labels count there.

/// Read in HTML teaser-box headings, by containment.
pub(crate) const BOX: u8 = 1;
/// Read as a whole text-dump line.
pub(crate) const LINE: u8 = 2;
/// Read at the start of a text-dump line, before a space.
pub(crate) const LINE_PREFIX: u8 = 4;

/// Teaser labels, lower case, with where each is read.
pub(crate) const TEASER_LABELS: &[(&str, u8)] = &[
    ("related", BOX | LINE),
    ("recommend", BOX),
    ("explore", BOX | LINE),
    ("read more", BOX | LINE),
    ("more from", BOX | LINE_PREFIX),
    ("more on", BOX | LINE_PREFIX),
    ("more stories", BOX | LINE),
    ("more news", BOX | LINE),
    ("most read", BOX | LINE),
    ("popular", BOX | LINE),
    ("trending", BOX | LINE),
    ("you may also like", BOX | LINE),
    ("you might also like", BOX | LINE),
    ("also read", BOX | LINE),
    ("read also", BOX | LINE),
    ("read next", BOX | LINE),
    ("further reading", BOX),
    ("see also", BOX | LINE),
    ("editor's picks", BOX | LINE),
    ("top stories", BOX | LINE),
    ("latest", BOX | LINE),
    ("weitere", BOX),
    ("zum thema", BOX),
    ("mehr lesen", BOX | LINE),
    ("ähnliche artikel", BOX | LINE),
    ("ähnliche beiträge", BOX | LINE),
    ("ähnliche themen", BOX | LINE),
    ("vous aimerez aussi", BOX | LINE),
    ("à voir aussi", BOX | LINE),
    ("dans la même rubrique", BOX),
    ("artículos relacionados", BOX | LINE),
    ("noticias relacionadas", BOX | LINE),
    ("articoli correlati", BOX | LINE),
    ("potrebbe interessarti", BOX),
    ("ti potrebbe interessare", BOX),
    ("more like this", BOX | LINE),
    ("mehr aus", BOX | LINE_PREFIX),
    ("lesen sie auch", BOX | LINE),
    ("auch interessant", BOX | LINE),
    ("das könnte", BOX),
    ("meistgelesen", BOX | LINE),
    ("lire aussi", BOX | LINE),
    ("sur le même sujet", BOX | LINE),
    ("lee también", BOX),
    ("leggi anche", BOX | LINE),
    ("ler também", BOX),
    ("leia também", BOX),
    ("gerelateerd", BOX),
    ("puede interesar", BOX),
    ("puedes ver", BOX),
    ("auch lesen", BOX),
    ("weiterlesen", BOX),
    ("schon gelesen", BOX),
    ("czytaj więcej", BOX),
    ("czytaj też", BOX),
    ("czytaj także", BOX),
    ("zobacz też", BOX),
    ("leia mais", BOX),
    ("lire la suite", BOX),
    ("lees ook", BOX | LINE),
    ("related articles", LINE),
    ("related stories", LINE),
    ("related news", LINE),
    ("related content", LINE),
    ("related coverage", LINE),
    ("related topics", LINE),
    ("related posts", LINE),
    ("recommended", LINE),
    ("recommended for you", LINE),
    ("recommended stories", LINE),
    ("recommended articles", LINE),
    ("recommended reading", LINE),
    ("most popular", LINE),
    ("most viewed", LINE),
    ("most shared", LINE),
    ("popular now", LINE),
    ("trending now", LINE),
    ("more articles", LINE),
    ("more to read", LINE),
    ("top news", LINE),
    ("latest news", LINE),
    ("latest stories", LINE),
    ("editors' picks", LINE),
    ("editor’s picks", LINE),
    ("you may be interested in", LINE),
    ("what to read next", LINE),
    ("more on this story", LINE),
    ("more on this topic", LINE),
    ("in other news", LINE),
    ("mehr zum thema", LINE | LINE_PREFIX),
    ("das könnte sie auch interessieren", LINE),
    ("das könnte dich auch interessieren", LINE),
    ("meistgelesene artikel", LINE),
    ("am meisten gelesen", LINE),
    ("weitere artikel", LINE),
    ("lesen sie mehr", LINE),
    ("empfehlungen", LINE),
    ("à lire aussi", LINE),
    ("a lire aussi", LINE),
    ("les plus lus", LINE),
    ("te puede interesar", LINE),
    ("lo más leído", LINE),
    ("más noticias", LINE),
    ("relacionadas", LINE),
    ("i più letti", LINE),
    ("ilgili haberler", LINE),
    ("more in", LINE_PREFIX),
    ("more about", LINE_PREFIX),
    ("mehr zu", LINE_PREFIX),
    ("plus de", LINE_PREFIX),
    ("más de", LINE_PREFIX),
];

/// True when `lower` (a lower-case box heading) contains a [`BOX`] label.
pub(crate) fn box_heading_names_list(lower: &str) -> bool {
    TEASER_LABELS
        .iter()
        .any(|&(w, reads)| reads & BOX != 0 && lower.contains(w))
}

/// True when `key` (a lower-case text-dump line, trimmed) is a [`LINE`]
/// label.
pub(crate) fn is_line_label(key: &str) -> bool {
    super::reads(TEASER_LABELS, key, LINE)
}

/// True when `key` (a lower-case text-dump line, trimmed) starts with a
/// [`LINE_PREFIX`] label and a space.
pub(crate) fn starts_with_line_prefix(key: &str) -> bool {
    TEASER_LABELS.iter().any(|&(w, reads)| {
        reads & LINE_PREFIX != 0 && key.strip_prefix(w).is_some_and(|r| r.starts_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_box_label_holds_another() {
        for &(a, ra) in TEASER_LABELS {
            for &(b, rb) in TEASER_LABELS {
                if ra & BOX != 0 && rb & BOX != 0 && a != b {
                    assert!(!a.contains(b), "{a} holds {b}");
                }
            }
        }
    }

    #[test]
    fn reads_per_place() {
        assert!(box_heading_names_list("recommended for you"));
        assert!(!is_line_label("recommend"));
        assert!(is_line_label("recommended for you"));
        assert!(starts_with_line_prefix("more from business"));
        assert!(!starts_with_line_prefix("more fromage"));
    }
}
