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
    /// The page holds no article. The rule, applied after extraction:
    ///
    /// - a page with neither a title nor a body is never an article;
    /// - a page with a body of at least 25 words (each Chinese or Japanese
    ///   character counts as a word) is an article;
    /// - a shorter page is an article only when something says so: a
    ///   publication date, an author, JSON-LD of an article type or
    ///   `og:type` "article", a publisher rule that matched it, or a body
    ///   that is the page's list of teasers or products (a listing, a
    ///   collection);
    /// - or when the page is bare: nothing but its text, with no
    ///   navigation, header, footer, aside or form, and a body that holds
    ///   (nearly) all its words — a fragment, a note, a test page. There is
    ///   nothing on it to mistake for the article, so its text is the
    ///   content; a bare error page ("404 Not Found", "Access denied") is
    ///   still no article.
    ///
    /// Everything else — "hello" beside a site's menu, a login wall, a
    /// product tile, a page of navigation — is `NoArticle`. Callers that
    /// want whatever the page holds anyway (a feed reader, an archive) turn
    /// the rule off with
    /// [`ExtractorBuilder::best_effort`](crate::ExtractorBuilder::best_effort);
    /// then only the first point applies.
    ///
    /// ```
    /// use newsprint::Error;
    /// // Short, beside a menu, and nothing says "article": no article.
    /// let page = r#"<nav><a href="/">Home</a></nav><p>hello</p>"#;
    /// assert!(matches!(newsprint::extract(page, None), Err(Error::NoArticle)));
    /// // The same text alone is the page's content.
    /// assert_eq!(newsprint::extract("<p>hello</p>", None)?.body_text(), "hello");
    /// // Just as short, but dated and signed: a brief.
    /// let brief = r#"<meta property="article:published_time" content="2025-03-01">
    ///     <h1>Bridge closed</h1><p class="byline">By Ana Lima</p>
    ///     <p>The east bridge is closed until Monday.</p>"#;
    /// let a = newsprint::extract(brief, None)?;
    /// assert_eq!(a.title.as_deref(), Some("Bridge closed"));
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    #[error("no article found in the page")]
    NoArticle,
    /// A rule could not be loaded or compiled.
    #[error("rule error: {0}")]
    Rule(String),
    /// A CSS selector is invalid or unsupported.
    #[error("invalid selector {:?}: {}", clip(selector), plain_reason(reason))]
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

/// Most characters of a selector quoted in an error message.
const MAX_QUOTED_CHARS: usize = 100;

/// `s` cut to [`MAX_QUOTED_CHARS`] characters, with `…` when cut.
fn clip(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        None => s.into(),
        Some((at, _)) => format!("{}…", &s[..at]).into(),
    }
}

/// A selector parser's reason in plain words: the CSS parser reports
/// terse names (`EndOfInput`, `InvalidState`, `UnexpectedToken(…)`).
fn plain_reason(reason: &str) -> std::borrow::Cow<'_, str> {
    let name_end = reason
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(reason.len());
    let (name, rest) = reason.split_at(name_end);
    // Already words (our own reasons): keep them.
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return clip(reason);
    }
    let words = match name {
        "EndOfInput" => "the selector ends too early".to_string(),
        "InvalidState" => "invalid selector syntax".to_string(),
        "EmptySelector" => "empty selector".to_string(),
        "DanglingCombinator" => "a combinator with nothing after it".to_string(),
        "UnexpectedToken" => "unexpected token".to_string(),
        "UnsupportedPseudoClassOrElement" => "unsupported pseudo-class or element".to_string(),
        "UnexpectedIdent" => "unexpected name".to_string(),
        "PseudoElementExpectedIdent" | "NoIdentForPseudo" => {
            "expected a name after `:`".to_string()
        }
        "ClassNeedsIdent" => "expected a class name after `.`".to_string(),
        "BadValueInAttr" => "bad value in an attribute selector".to_string(),
        "ExpectedBarInAttr" | "UnexpectedTokenInAttributeSelector" => {
            "invalid attribute selector".to_string()
        }
        // Any other name: its words, lower case.
        other => {
            let mut w = String::new();
            for (i, c) in other.chars().enumerate() {
                if c.is_ascii_uppercase() && i > 0 {
                    w.push(' ');
                }
                w.push(c.to_ascii_lowercase());
            }
            w
        }
    };
    // A payload such as `(Ident("x"))` or `(Delim('!'))`: keep the quoted
    // text, clipped, if there is one.
    let detail = rest
        .split(['"', '\''])
        .nth(1)
        .filter(|d| !d.is_empty())
        .map(|d| format!(" `{}`", clip(d)))
        .unwrap_or_default();
    format!("{words}{detail}").into()
}

/// `Result<T, newsprint::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
