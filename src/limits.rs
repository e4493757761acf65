//! [`Limits`]: the resource limits every stage works within. The lowest
//! layer (the DOM builder) imports it, so it lives on its own.

/// Resource limits. Input beyond them gives an [`Error`](crate::Error), never a hang.
///
/// ```
/// let limits = newsprint::Limits::default();
/// assert_eq!(limits.max_input_bytes, 64 * 1024 * 1024);
/// assert_eq!(limits.max_nodes, 4_000_000);
/// assert_eq!(limits.max_depth, 160);
/// assert_eq!(limits.max_attributes, 1_024);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes (default 64 MiB).
    pub max_input_bytes: usize,
    /// Most DOM nodes accepted (default 4,000,000).
    pub max_nodes: usize,
    /// Deepest element nesting accepted (default 160; the deepest of the
    /// 2,100 real pages of our test corpora nests 56 levels, and browsers
    /// stop nesting at 512). Parsing stops with [`Error::TooDeep`](crate::Error)
    /// as soon as an element is attached deeper: the HTML parser walks its
    /// stack of open elements for many tags, so its cost per tag grows with
    /// the depth, and this limit is what keeps the whole parse linear.
    pub max_depth: usize,
    /// Most attributes on one element (default 1,024; real pages stay below
    /// a hundred), counting those that repeated `<html>` / `<body>` tags
    /// merge into one element. The HTML tokenizer's cost per tag grows with
    /// the square of its attribute count, so an element beyond the limit
    /// stops the parse with [`Error::TooManyAttributes`](crate::Error).
    pub max_attributes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 4_000_000,
            max_depth: 160,
            max_attributes: 1_024,
        }
    }
}
