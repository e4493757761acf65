//! The error type.

use thiserror::Error;

/// Why a page could not be turned into an [`Article`](crate::Article).
///
/// ```
/// let err = newsprint::extract("", None).unwrap_err();
/// assert!(matches!(err, newsprint::Error::Empty));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or only whitespace.
    #[error("input is empty")]
    Empty,
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits).
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Input size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The input is binary data, not HTML or text.
    #[error("input is not HTML or text (binary data)")]
    NotHtml,
    /// The document has more element nodes than [`Limits::max_nodes`](crate::Limits).
    #[error("document has more than {limit} nodes")]
    TooManyNodes {
        /// The configured limit.
        limit: usize,
    },
    /// The document nests elements deeper than [`Limits::max_depth`](crate::Limits).
    #[error("document nests elements deeper than {limit} levels")]
    TooDeep {
        /// The configured limit.
        limit: usize,
    },
    /// A tag carries more attributes than [`Limits::max_attributes`](crate::Limits).
    #[error("a tag has more than {limit} attributes")]
    TooManyAttributes {
        /// The configured limit.
        limit: usize,
    },
    /// The page URL given by the caller cannot be read as a URL (see
    /// [`parse_page_url`](crate::parse_page_url) for what is accepted).
    ///
    /// ```
    /// let err = newsprint::extract("<p>Hi</p>", Some("not a url")).unwrap_err();
    /// assert!(matches!(err, newsprint::Error::InvalidUrl { .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid page URL \"not a url\": relative URL without a base"
    /// );
    /// ```
    #[error("invalid page URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No article title or body text was found in the page.
    #[error("no article found in the page")]
    NoArticle,
    /// A rule could not be loaded or compiled.
    #[error("rule error: {0}")]
    Rule(String),
    /// A CSS selector is invalid or unsupported.
    #[error("invalid selector {selector:?}: {reason}")]
    Selector {
        /// The selector text.
        selector: String,
        /// What is wrong with it.
        reason: String,
    },
    /// An I/O error while reading rules from disk.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// `Result<T, newsprint::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
