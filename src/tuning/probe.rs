//! The cheap article check (`probe::is_probably_article`): how much prose
//! makes a page an article.

/// A paragraph counts as prose from this many characters (outside links);
/// each adds the square root of its length beyond the mark. Raising it
/// ignores more short paragraphs (captions, teasers).
pub(crate) const MIN_PARAGRAPH_CHARS: usize = 140;
/// A page that declares itself an article (JSON-LD, `og:type`, a
/// publication time) is one from this prose score. Raising it asks
/// declared articles for more text.
pub(crate) const MIN_DECLARED_ARTICLE_PROSE: f32 = 1.0;
/// A page that declares nothing is an article from this prose score
/// (about three long paragraphs). Raising it says "article" less often.
pub(crate) const MIN_UNDECLARED_ARTICLE_PROSE: f32 = 20.0;
/// Bytes after a JSON-LD `"@type"` key read for its value.
pub(crate) const JSON_LD_TYPE_WINDOW: usize = 200;
