//! Pure string parsing shared by the HTML path (`metadata`, `content`,
//! `rules`) and the text-dump path (`dump`): no DOM, only strings in and
//! values out. The words these parsers recognise live in `lexicon`.
//!
//! - [`date`]: date strings → ISO 8601 dates;
//! - [`byline`]: byline strings → author names and a wire source, wire-credit
//!   lines ("SOURCE: AFP", "(AP)"), reading times ("3 min read");
//! - [`text`]: whitespace and character references;
//! - [`url`]: the one gate every URL passes on its way into an
//!   [`Article`](crate::Article) and into rendered output.

pub(crate) mod byline;
pub(crate) mod date;
pub(crate) mod text;
pub(crate) mod url;
