//! The [`Extractor`]: options, limits, and the pipeline that ties the stages
//! together.

use std::sync::Arc;

use once_cell::sync::Lazy;
use url::Url;

use crate::content::{self, ContentInput};
use crate::dom::Document;
use crate::dom::charset::decode_html_bytes;
use crate::fields::Fields;
use crate::metadata;
use crate::rules::{Registry, Rule, RuleHints};
use crate::{Article, Error, Limits, Result, tuning};

/// What kind of input [`Extractor::extract_auto`] should assume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Decide from the content ([`looks_like_html`]).
    #[default]
    Auto,
    /// HTML markup.
    Html,
    /// A plain-text page dump.
    Text,
}

/// True when the text looks like HTML markup rather than a plain-text dump:
/// it starts (after whitespace and a BOM) with `<`, or carries common tags.
///
/// ```
/// assert!(newsprint::looks_like_html("<!doctype html><p>x</p>"));
/// assert!(!newsprint::looks_like_html("Headline\nBy Someone\n\nText."));
/// ```
pub fn looks_like_html(input: &str) -> bool {
    let t = input.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if t.starts_with('<') {
        return true;
    }
    let head: String = t
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<html", "<body", "<div", "<p>", "<p ", "<head", "<meta", "<br",
    ]
    .iter()
    .filter(|m| head.contains(*m))
    .count()
        >= 2
}

/// A configured, reusable extractor. Cheap to clone, `Send + Sync`: share one
/// across threads.
///
/// ```
/// let extractor = newsprint::Extractor::builder().build();
/// let a = extractor.extract("<h1>Dam opens</h1><p>The new dam on the upper river opened on Monday after six years of building work, and the first water flowed through its turbines before noon under a clear sky.</p>", None)?;
/// assert_eq!(a.title.as_deref(), Some("Dam opens"));
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Clone)]
pub struct Extractor {
    limits: Limits,
    rules: Arc<Registry>,
    best_effort: bool,
    comments: bool,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("limits", &self.limits)
            .field("rules", &self.rules.len())
            .field("best_effort", &self.best_effort)
            .field("comments", &self.comments)
            .finish()
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::builder().build()
    }
}

static DEFAULT_EXTRACTOR: Lazy<Extractor> = Lazy::new(Extractor::default);

/// Builds an [`Extractor`]. Defaults: [`Limits::default`], built-in publisher
/// rules on, no user rules.
///
/// ```
/// let mut limits = newsprint::Limits::default();
/// limits.max_input_bytes = 1 << 20;
/// let ex = newsprint::Extractor::builder()
///     .limits(limits)
///     .builtin_rules(false)
///     .build();
/// assert!(ex.extract(&"x".repeat(2 << 20), None).is_err());
/// ```
#[derive(Default)]
pub struct ExtractorBuilder {
    limits: Limits,
    no_builtins: bool,
    user_rules: Vec<Arc<dyn Rule>>,
    best_effort: bool,
    no_comments: bool,
}

impl ExtractorBuilder {
    /// Sets resource limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Turns the built-in publisher rules on (default) or off.
    pub fn builtin_rules(mut self, on: bool) -> Self {
        self.no_builtins = !on;
        self
    }

    /// Adds a user rule; user rules take precedence over built-ins, and
    /// earlier-added user rules over later ones.
    pub fn rule(mut self, rule: impl Rule + 'static) -> Self {
        self.user_rules.push(Arc::new(rule));
        self
    }

    /// Adds several user rules (for example from
    /// [`rules::load_path`](crate::rules::load_path)).
    pub fn rules(mut self, rules: impl IntoIterator<Item = Arc<dyn Rule>>) -> Self {
        self.user_rules.extend(rules);
        self
    }

    /// Best effort (off by default): return whatever the page holds, even
    /// when it does not look like an article. With it, extraction fails with
    /// [`Error::NoArticle`] only when the page has neither a title nor a
    /// body; without it, also when the body is short and nothing says
    /// the page is an article (the rule: [`Error::NoArticle`]).
    ///
    /// ```
    /// let page = r#"<title>Opening hours</title><nav><a href="/">Home</a></nav>
    ///     <p>Open daily from nine to five.</p>"#;
    /// assert!(matches!(newsprint::extract(page, None), Err(newsprint::Error::NoArticle)));
    /// let ex = newsprint::Extractor::builder().best_effort(true).build();
    /// let a = ex.extract(page, None)?;
    /// assert_eq!(a.body_text(), "Open daily from nine to five.");
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn best_effort(mut self, on: bool) -> Self {
        self.best_effort = on;
        self
    }

    /// Reads reader comments into [`Article::comments`] (on by default);
    /// `false` leaves them out entirely. They never reach the body either
    /// way.
    ///
    /// ```
    /// let page = r#"<h1>Bridge closed</h1><p class="byline">By Ana Lima</p>
    ///     <p>The east bridge is closed until Monday while crews replace its joints.</p>
    ///     <ol class="comment-list"><li class="comment" id="comment-7">
    ///     <b class="fn">Tom</b> <time datetime="2025-03-02">2 March</time>
    ///     <p>About time they fixed it.</p></li></ol>"#;
    /// let a = newsprint::extract(page, Some("https://town.example/bridge"))?;
    /// assert_eq!(a.comments[0].author.as_deref(), Some("Tom"));
    /// assert_eq!(a.comments[0].text, "About time they fixed it.");
    /// assert_eq!(a.comments[0].url.as_deref(), Some("https://town.example/bridge#comment-7"));
    /// assert!(!a.body_text().contains("About time"));
    ///
    /// let ex = newsprint::Extractor::builder().comments(false).build();
    /// assert!(ex.extract(page, None)?.comments.is_empty());
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn comments(mut self, on: bool) -> Self {
        self.no_comments = !on;
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        let mut registry = Registry::new();
        for r in self.user_rules {
            registry.push(r);
        }
        if !self.no_builtins {
            for r in crate::rules::builtin::all() {
                registry.push(r);
            }
        }
        Extractor {
            limits: self.limits,
            rules: Arc::new(registry),
            best_effort: self.best_effort,
            comments: !self.no_comments,
        }
    }
}

impl Extractor {
    /// A builder with the documented defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    pub(crate) fn default_ref() -> &'static Extractor {
        &DEFAULT_EXTRACTOR
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Extracts an article from raw bytes: charset sniffed, then HTML or text
    /// decided by [`looks_like_html`].
    ///
    /// ```
    /// let ex = newsprint::Extractor::default();
    /// assert!(ex.extract_bytes(&[0u8, 159, 146, 150, 0, 0, 1, 2], None).is_err());
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8], url: Option<&str>) -> Result<Article> {
        let url = PageUrl::check(url)?;
        self.check_size(bytes.len())?;
        let text = decode_html_bytes(bytes);
        self.extract_kind(&text, &url, InputKind::Auto)
    }

    /// Extracts from a string of the given kind ([`InputKind::Auto`] decides by
    /// [`looks_like_html`]).
    pub fn extract_auto(&self, input: &str, url: Option<&str>, kind: InputKind) -> Result<Article> {
        let url = PageUrl::check(url)?;
        self.check_size(input.len())?;
        self.extract_kind(input, &url, kind)
    }

    fn extract_kind(&self, input: &str, url: &PageUrl<'_>, kind: InputKind) -> Result<Article> {
        let html = match kind {
            InputKind::Html => true,
            InputKind::Text => false,
            InputKind::Auto => looks_like_html(input),
        };
        if html {
            self.extract_html(input, url)
        } else {
            self.extract_dump(input, url)
        }
    }

    /// Extracts an article from a plain-text page dump.
    pub fn extract_text(&self, text: &str, url: Option<&str>) -> Result<Article> {
        let url = PageUrl::check(url)?;
        self.check_size(text.len())?;
        self.extract_dump(text, &url)
    }

    /// The entry points check the input's size (the bytes given, not the
    /// text they decode to) before calling the stages below.
    fn extract_dump(&self, text: &str, url: &PageUrl<'_>) -> Result<Article> {
        if text.trim().is_empty() {
            return Err(Error::Empty);
        }
        if looks_binary(text) {
            return Err(Error::NotHtml);
        }
        let (mut article, posts) = crate::dump::extract(text, url.given);
        article.drop_unsafe_urls();
        article.finish_counts();
        (article.page_kind, article.kind_confidence) = crate::page_kind::judge(
            &article,
            &[],
            url.base.as_ref(),
            text_page_counts(text),
            posts,
            false,
            false,
        );
        // A text dump has no markup to tell a bare page by.
        self.decide(None, article, false)
    }

    /// Extracts an article from HTML.
    ///
    /// `url` is the page's address; one that cannot be read as a URL is an
    /// error (the rule: [`parse_page_url`](crate::parse_page_url)).
    ///
    /// ```
    /// let ex = newsprint::Extractor::default();
    /// let html = "<h1>Dam opens</h1><p>The new dam on the upper river opened on Monday after six years of building work, and the first water flowed through its turbines before noon under a clear sky.</p>";
    /// let a = ex.extract(html, Some("news.example/world/1"))?;
    /// assert_eq!(a.url.as_deref(), Some("news.example/world/1"));
    /// assert!(matches!(
    ///     ex.extract(html, Some("not a url")),
    ///     Err(newsprint::Error::InvalidUrl { .. })
    /// ));
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn extract(&self, html: &str, url: Option<&str>) -> Result<Article> {
        let url = PageUrl::check(url)?;
        self.check_size(html.len())?;
        self.extract_html(html, &url)
    }

    fn extract_html(&self, html: &str, url: &PageUrl<'_>) -> Result<Article> {
        if html.trim().is_empty() {
            return Err(Error::Empty);
        }
        if looks_binary(html) {
            return Err(Error::NotHtml);
        }
        // Decoded from a legacy charset, the text can be longer than the
        // bytes whose size was checked: the limit is on the input.
        let limits = if html.len() > self.limits.max_input_bytes {
            std::borrow::Cow::Owned(Limits {
                max_input_bytes: html.len(),
                ..self.limits.clone()
            })
        } else {
            std::borrow::Cow::Borrowed(&self.limits)
        };
        let doc = Document::parse_with_limits(html, &limits)?;
        self.extract_parsed(&doc, url)
    }

    /// Extracts an article from an already parsed [`Document`].
    pub fn extract_document(&self, doc: &Document, url: Option<&str>) -> Result<Article> {
        self.extract_parsed(doc, &PageUrl::check(url)?)
    }

    fn extract_parsed(&self, doc: &Document, url: &PageUrl<'_>) -> Result<Article> {
        let base = metadata::base_url(doc, url.base.as_ref());
        let host = url
            .base
            .as_ref()
            .and_then(|u| u.host_str().map(str::to_owned));

        let rule = self.rules.select(host.as_deref(), doc);
        let page = metadata::extract(doc, base.as_ref());
        let (from_rule, hints) = match rule {
            Some(r) => (
                r.fields(doc, base.as_ref()).stamp(crate::Signal::Rule),
                r.hints(doc),
            ),
            None => (Fields::default(), RuleHints::default()),
        };
        // Rule over the page's own statements; the body heuristics below
        // fill what both leave open.
        // The body stage finds the headline by the rule's title, else by
        // the title the metadata states.
        let body_title = from_rule.title.clone().or(page.stated_title);
        let stated = from_rule.or(page.fields);

        // The page's counts (prices, an "add to cart" control, forms,
        // cards …): a product page's body is read around the product
        // (`content::product`), and the kind is judged on them.
        let counts = crate::page_kind::page_counts(doc);
        let content = content::extract(
            doc,
            &ContentInput {
                cart: counts.cart,
                base: base.as_ref(),
                title: body_title.as_deref().or(stated.title.as_deref()),
                json_ld_body: page.article_body.as_deref(),
                product_description: page.product_description.as_deref(),
                hints: &hints,
                limits: &self.limits,
                declared: &page.declared_types,
            },
        );
        let from_body = Fields {
            authors: content.byline_authors,
            source: content.source,
            lead_image: content.lead_image,
            ..Fields::default()
        }
        .stamp(crate::Signal::Body);

        let mut article = stated.or(from_body).into_article();
        // Structured data's caption and credit only where the visible
        // figure shows none; the credit, whatever its source, without
        // label or brackets.
        if let Some(img) = &mut article.lead_image {
            img.caption = img.caption.take().or(page.image_caption.clone());
            img.credit = img
                .credit
                .as_deref()
                .or(page.image_credit.as_deref())
                .map(content::clean_credit)
                .filter(|c| !c.is_empty());
        }
        article.url = url.given.map(str::to_owned);
        article.body = content.body;
        article.related = content.related;
        article.body_source = content.body_source;
        let list_body = content.list_body;
        if let Some(r) = rule {
            article.rule = Some(r.name().to_owned());
            article.body.retain(|b| !r.is_boilerplate(doc, b));
            r.finish(doc, &mut article);
        }
        let threads = content::comments::thread_marks(doc);
        let thread_posts = content.posts.len();
        let first_poster = content.posts.first().and_then(|p| p.author.clone());
        if self.comments {
            article.comments = if content.posts.is_empty() {
                content::comments::comments(doc, &threads, base.as_ref())
            } else {
                content.posts
            };
        }
        article.drop_unsafe_urls();
        article.finish_counts();
        (article.page_kind, article.kind_confidence) = crate::page_kind::judge(
            &article,
            &page.declared_types,
            url.base.as_ref().or(base.as_ref()),
            counts,
            threads.posts.max(thread_posts),
            thread_posts > 0,
            list_body,
        );
        // After the kind is judged: a thread's starter says who wrote the
        // thread, not that the page is an article.
        starter_as_author(&mut article, first_poster.as_deref());
        // A body that is the page's list of teasers says what the page is
        // (a listing, a collection) as a declared article type does.
        let mut article = self.decide(Some(doc), article, page.declares_article || list_body)?;
        // Last: the publisher stands as the author of a page that credits
        // no one else; it says nothing about what the page is.
        if article.authors.is_empty() {
            if let Some((name, from)) = page.publisher_author {
                article.authors = vec![name];
                article.provenance.authors = Some(from);
            }
        }
        Ok(article)
    }

    /// The "no article" rule (documented at [`Error::NoArticle`]).
    fn decide(
        &self,
        doc: Option<&Document>,
        article: Article,
        declares_article: bool,
    ) -> Result<Article> {
        if article.title.is_none() && article.body.is_empty() {
            return Err(Error::NoArticle);
        }
        let long_enough = article.word_count >= tuning::MIN_ARTICLE_WORDS;
        let says_article = declares_article
            || article.published.is_some()
            || !article.authors.is_empty()
            || article.rule.is_some();
        // Last, as it walks the page again: a short page that is nothing
        // but its text is that text.
        if self.best_effort
            || long_enough
            || says_article
            || doc.is_some_and(|d| content::bare_page::is_bare(d, &article))
        {
            Ok(article)
        } else {
            Err(Error::NoArticle)
        }
    }

    fn check_size(&self, len: usize) -> Result<()> {
        if len > self.limits.max_input_bytes {
            return Err(Error::TooLarge {
                size: len,
                limit: self.limits.max_input_bytes,
            });
        }
        Ok(())
    }
}

/// The page counts of a text dump: its money amounts, "add to cart"
/// label and size (it has no markup to count).
fn text_page_counts(text: &str) -> crate::page_kind::PageCounts {
    let cart = text.lines().any(|l| {
        l.len() <= crate::tuning::kind::CART_LABEL_MAX_BYTES && crate::page_kind::is_cart_label(l)
    });
    crate::page_kind::PageCounts {
        prices: crate::page_kind::count_prices(text),
        cart,
        text_bytes: text.len(),
        ..Default::default()
    }
}

/// Binary data, judged on the decoded text: among its first 1,024
/// characters, more than 1 in `tuning::BINARY_CONTROL_SHARE` are control
/// characters (NUL, the C0 range other than tab, line breaks and form feed,
/// DEL, the C1 range) or U+FFFD (bytes no charset could decode). Text has
/// next to none; random or compressed data decodes to about one in eight
/// (as windows-1252) or one in two (as UTF-8).
fn looks_binary(text: &str) -> bool {
    let (mut chars, mut suspicious) = (0usize, 0usize);
    for c in text.chars().take(1024) {
        chars += 1;
        let control =
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}';
        suspicious += usize::from(control);
    }
    suspicious * tuning::BINARY_CONTROL_SHARE > chars
}

/// Reads a page URL the way the `extract*` functions do, or says why it
/// cannot be read.
///
/// The rule, applied to every `url` argument of [`extract`](crate::extract),
/// [`Extractor::extract`] and their siblings:
///
/// - an absolute URL (`https://host/path`, also `urn:…`, `mailto:…`) is
///   accepted; surrounding whitespace is ignored;
/// - a scheme-less `host.tld/path` (the first segment holds a dot, no
///   spaces) is read as `https://host.tld/path`;
/// - a `javascript:`, `vbscript:` or `data:` URL (in any case, with any
///   control or tab characters in it) is [`Error::InvalidUrl`]: it is not
///   a page address, and it would be stored in [`Article::url`];
/// - anything else — blank, a relative path (`/a/b`), words (`not a url`),
///   an invalid host — is [`Error::InvalidUrl`]: extraction stops before the
///   page is read, and nothing is stored.
///
/// An accepted URL is stored in [`Article::url`] as the caller gave it. Only
/// an `http` or `https` URL resolves the page's relative links; the others
/// (`urn:isbn:…`, `file:///…`) are stored but resolve nothing.
///
/// ```
/// use newsprint::parse_page_url;
/// assert_eq!(parse_page_url("news.example/world/1")?.as_str(), "https://news.example/world/1");
/// assert_eq!(parse_page_url(" https://news.example/a ")?.host_str(), Some("news.example"));
/// assert!(parse_page_url("urn:isbn:0451450523").is_ok());
/// for bad in ["not a url", "", "/world/1", "https://exa mple.com/", "JavaScript:alert(1)", "\tdata:text/html,x"] {
///     assert!(matches!(parse_page_url(bad), Err(newsprint::Error::InvalidUrl { .. })), "{bad}");
/// }
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn parse_page_url(url: &str) -> Result<Url> {
    let u = url.trim();
    let invalid = |reason: String| Error::InvalidUrl {
        url: url.to_owned(),
        reason,
    };
    if u.is_empty() {
        return Err(invalid("empty".into()));
    }
    let parsed = match Url::parse(u) {
        Err(url::ParseError::RelativeUrlWithoutBase)
            if !u.starts_with(['/', '.', '?', '#'])
                && u.split('/')
                    .next()
                    .is_some_and(|h| h.contains('.') && !h.contains(' ')) =>
        {
            Url::parse(&format!("https://{u}")).map_err(|e| invalid(e.to_string()))?
        }
        other => other.map_err(|e| invalid(e.to_string()))?,
    };
    // The URL parser has lowercased the scheme and removed tabs, newlines
    // and leading control characters, as a browser does.
    if matches!(parsed.scheme(), "javascript" | "vbscript" | "data") {
        return Err(invalid(format!(
            "a {}: URL is not a page address",
            parsed.scheme()
        )));
    }
    Ok(parsed)
}

/// Checks the caller's page URL: the string to store and the base for
/// links (a hierarchical URL only: an id like "hard::page.html" parses
/// with scheme "hard" but resolves no link).
/// The caller's page URL, checked once per call: as given (stored in
/// `Article::url`) and, when it can resolve links, parsed.
struct PageUrl<'a> {
    given: Option<&'a str>,
    base: Option<Url>,
}

impl<'a> PageUrl<'a> {
    fn check(url: Option<&'a str>) -> Result<PageUrl<'a>> {
        let base = match url {
            None => None,
            Some(u) => Some(parse_page_url(u)?).filter(crate::parse::url::is_web_base),
        };
        Ok(PageUrl { given: url, base })
    }
}

/// A thread's author is the person who started it: when the page's
/// content is a thread of posts, the first post's author stands for the
/// page where no signal named an author, or where the markup named every
/// poster (one `itemprop=author` or byline per post). Declared authors
/// (JSON-LD, `<meta>`) and a rule's are kept.
fn starter_as_author(article: &mut Article, first_poster: Option<&str>) {
    use crate::Signal::{JsonLd, Meta, Rule};
    let kept = matches!(article.provenance.authors, Some(JsonLd | Meta | Rule));
    if kept || article.authors.len() == 1 {
        return;
    }
    let Some(starter) = first_poster.and_then(metadata::thread_starter) else {
        return;
    };
    article.authors = vec![starter];
    article.provenance.authors = Some(crate::Signal::Visible);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }

    #[test]
    fn page_urls_that_can_resolve_links() {
        let base = |u: &str| {
            PageUrl::check(Some(u))
                .ok()
                .and_then(|p| p.base)
                .map(String::from)
        };
        assert_eq!(
            base("https://news.example/a/b?c=1").as_deref(),
            Some("https://news.example/a/b?c=1")
        );
        assert_eq!(
            base(" news.example/world/story ").as_deref(),
            Some("https://news.example/world/story")
        );
        // Identifiers and non-hierarchical URLs are accepted but are no
        // base for links.
        for u in ["hard::page.html", "urn:isbn:123", "mailto:a@b.example"] {
            assert!(PageUrl::check(Some(u)).is_ok(), "{u}");
            assert_eq!(base(u), None, "{u}");
        }
        // What cannot be read as a URL is an error.
        for u in ["page 7", "/a/b", "not a url", " ", "http://"] {
            assert!(
                matches!(PageUrl::check(Some(u)), Err(Error::InvalidUrl { .. })),
                "{u}"
            );
        }
    }

    #[test]
    fn binary_is_rejected() {
        let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(matches!(
            Extractor::default().extract_bytes(&bytes, None),
            Err(Error::NotHtml)
        ));
    }

    #[test]
    fn empty_is_an_error() {
        assert!(matches!(crate::extract("  \n ", None), Err(Error::Empty)));
    }
}
