//! [`Limits`]: the resource limits every stage works within. The lowest
//! layer (the DOM builder) imports it, so it lives on its own.

/// Resource limits. Input beyond them gives an [`Error`](crate::Error), never a hang.
///
/// ```
/// let limits = newsprint::Limits::default();
/// assert_eq!(limits.max_input_bytes, 64 * 1024 * 1024);
/// assert_eq!(limits.max_nodes, 4_000_000);
/// assert_eq!(limits.max_depth, 10_000);
/// assert_eq!(limits.max_attributes, 16_384);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes (default 64 MiB).
    pub max_input_bytes: usize,
    /// Most DOM nodes accepted (default 4,000,000).
    pub max_nodes: usize,
    /// Deepest element nesting accepted (default 10,000; real pages stay
    /// below a few hundred). Parsing stops as soon as an element is attached
    /// deeper, as the HTML parser's cost grows with the nesting depth.
    pub max_depth: usize,
    /// Most attributes on one tag (default 16,384; real pages stay below a
    /// hundred). The HTML tokenizer's cost grows with the square of this
    /// number, so a tag beyond it stops the parse with an error. Limits of
    /// 16,384 and more are checked while parsing, at no cost to normal
    /// pages; smaller ones by a scan of the markup first.
    pub max_attributes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 4_000_000,
            max_depth: 10_000,
            max_attributes: 16_384,
        }
    }
}
