//! What words mean, with no DOM: one table per concept, used alike by the
//! HTML path (`metadata`, `content`) and the text-dump path (`dump`), and
//! by the string parsers in `parse`.
//!
//! Each table says where it applies. Where the HTML and text-dump paths read
//! a concept differently, the difference is written down at the table (a
//! field, a separate named list, or a doc comment), not kept as a second
//! copy of the list.
//!
//! This module imports nothing from the rest of the crate.

pub(crate) mod agencies;
pub(crate) mod bylines;
pub(crate) mod calendar;
pub(crate) mod class_names;
pub(crate) mod credits;
pub(crate) mod date_labels;
pub(crate) mod meta_keys;
pub(crate) mod names;
pub(crate) mod organisations;
pub(crate) mod page_kinds;
pub(crate) mod page_lines;
pub(crate) mod roles;
pub(crate) mod stop_words;
pub(crate) mod teasers;
pub(crate) mod threads;

/// A language a table entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
    /// Turkish.
    Tr,
}

/// True when `w` is an entry of `table` that `reader` (one of the table's
/// reader flags) takes. Tables with readers are lists of `(word, readers)`.
pub(crate) fn reads(table: &[(&str, u8)], w: &str, reader: u8) -> bool {
    table
        .iter()
        .any(|&(entry, readers)| readers & reader != 0 && entry == w)
}
