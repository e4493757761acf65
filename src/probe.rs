//! A cheap "is this an article?" check that reads the raw HTML once,
//! without building a DOM: for crawlers that want to skip pages before
//! paying for a full extraction (Readability.js offers the same as
//! `isProbablyReaderable`).
//!
//! The scan reads what the page declares (JSON-LD `@type`, `og:type`,
//! `article:published_time`) and how much prose it holds: each paragraph
//! (`<p>`, `<pre>`) of at least [`tuning::probe::MIN_PARAGRAPH_CHARS`]
//! characters, outside links, adds the square root of its length beyond
//! that mark, so one long text counts less than several real paragraphs.
//! Script, style and template text is skipped unread.

use memchr::memchr;

use crate::lexicon::page_kinds;
use crate::tuning::probe as tune;

/// Declared types of pages that are not articles: products, product groups,
/// listings, forums, documentation and a company's own pages.
const OTHER_PAGE_TYPES: &[&[&str]] = &[
    page_kinds::PRODUCT_TYPES,
    page_kinds::PRODUCT_GROUP_TYPES,
    page_kinds::COLLECTION_TYPES,
    page_kinds::LISTING_TYPES,
    page_kinds::FORUM_TYPES,
    page_kinds::DOCUMENTATION_TYPES,
    page_kinds::SERVICE_TYPES,
];

/// Declared types of articles (a live blog is one).
const ARTICLE_PAGE_TYPES: &[&[&str]] = &[page_kinds::ARTICLE_TYPES, page_kinds::LIVE_BLOG_TYPES];

/// `value` (a declared type, or `og:` and an `og:type`) is one of `lists`.
fn is_one_of(value: &[u8], lists: &[&[&str]]) -> bool {
    lists
        .iter()
        .any(|l| l.iter().any(|t| value.eq_ignore_ascii_case(t.as_bytes())))
}

/// What the page's structured data says it is.
#[derive(Default, Clone, Copy)]
struct Declared {
    article: bool,
    other: bool,
}

/// True when `html` is probably an article (a news story, a blog post, an
/// essay, a guide): the page declares itself an article and holds some
/// prose, or it holds several paragraphs of prose and does not declare
/// itself a product, listing or forum page. Much cheaper than
/// [`extract`](crate::extract): one pass over the bytes, no DOM.
///
/// Measured on wcxb-dev's 1,358 labelled pages (article vs. every other
/// kind), the README gives its precision and recall; `extract`'s
/// [`page_kind`](crate::Article::page_kind) is the more accurate answer.
///
/// ```
/// let para = "<p>The harbour board voted on Tuesday to keep the old crane on the quay, \
///     after a campaign by residents who said it was the last piece of the working port \
///     that the town still had, and that it should be painted rather than sold for scrap.</p>";
/// let story = format!("<html><head><meta property='og:type' content='article'></head>\
///     <body><h1>Crane stays</h1>{para}{para}</body></html>");
/// assert!(newsprint::is_probably_article(&story));
///
/// let shop = "<html><head><meta property='og:type' content='product'></head>\
///     <body><h1>Blue kettle</h1><p>$24.99</p><button>Add to cart</button></body></html>";
/// assert!(!newsprint::is_probably_article(shop));
/// ```
pub fn is_probably_article(html: &str) -> bool {
    let (declared, prose) = scan(html);
    if declared.article {
        prose >= tune::MIN_DECLARED_ARTICLE_PROSE
    } else if declared.other {
        false
    } else {
        prose >= tune::MIN_UNDECLARED_ARTICLE_PROSE
    }
}

/// One paragraph being read: its visible characters and those inside
/// links.
#[derive(Default)]
struct Paragraph {
    chars: usize,
    link_chars: usize,
    in_space: bool,
}

impl Paragraph {
    fn add_text(&mut self, text: &[u8], in_link: bool) {
        for &b in text {
            if b.is_ascii_whitespace() {
                if !self.in_space {
                    self.in_space = true;
                    self.count(in_link);
                }
            } else if b & 0xC0 != 0x80 {
                self.in_space = false;
                self.count(in_link);
            }
        }
    }

    fn count(&mut self, in_link: bool) {
        self.chars += 1;
        if in_link {
            self.link_chars += 1;
        }
    }

    /// The paragraph's contribution to the prose score.
    fn score(&self) -> f32 {
        let own = self.chars.saturating_sub(self.link_chars);
        if own < tune::MIN_PARAGRAPH_CHARS || self.link_chars * 2 > self.chars {
            return 0.0;
        }
        ((own - tune::MIN_PARAGRAPH_CHARS) as f32).sqrt()
    }
}

/// The page's declarations and its prose score, in one pass.
fn scan(html: &str) -> (Declared, f32) {
    let b = html.as_bytes();
    let mut declared = Declared::default();
    let mut prose = 0.0f32;
    let mut para: Option<Paragraph> = None;
    let mut in_link = false;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let lt = i + off;
        if let Some(p) = para.as_mut() {
            p.add_text(&b[i..lt], in_link);
        }
        if b[lt..].starts_with(b"<!--") {
            i = find(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let Some(tag) = Tag::read(b, lt) else {
            i = lt + 1;
            continue;
        };
        i = tag.end;
        let name = tag.name;
        if !tag.closing && matches!(name, "script" | "style" | "template" | "textarea") {
            let close = find_end_tag(b, i, name.as_bytes());
            if name == "script" && contains_ci(tag.attrs, b"ld+json") {
                read_json_ld(&b[i..close], &mut declared);
            }
            i = close;
            continue;
        }
        match (name, tag.closing) {
            ("meta", false) => read_meta(tag.attrs, &mut declared),
            ("a", closing) => in_link = !closing,
            ("p" | "pre", false) => {
                prose += para.take().map_or(0.0, |p| p.score());
                para = Some(Paragraph::default());
            }
            (name, _) if BLOCK_NAMES.contains(&name) => {
                prose += para.take().map_or(0.0, |p| p.score());
            }
            _ => {}
        }
    }
    prose += para.map_or(0.0, |p| p.score());
    (declared, prose)
}

/// A start or end tag: its lower-case name (only the names the scan asks
/// about are recognised; others read as ""), its attribute bytes, and the
/// index after its `>`.
struct Tag<'a> {
    name: &'static str,
    closing: bool,
    attrs: &'a [u8],
    end: usize,
}

/// Tags whose text is not prose, skipped unread, and the tags read for
/// declarations and links.
const SPECIAL_NAMES: &[&str] = &["script", "style", "template", "textarea", "meta", "a"];

/// Block tags: each ends the paragraph being read.
const BLOCK_NAMES: &[&str] = &[
    "p",
    "pre",
    "div",
    "section",
    "article",
    "li",
    "ul",
    "ol",
    "td",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "body",
    "footer",
    "header",
    "nav",
    "aside",
    "form",
];

impl<'a> Tag<'a> {
    fn read(b: &'a [u8], lt: usize) -> Option<Tag<'a>> {
        let mut j = lt + 1;
        let closing = b.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let start = j;
        while j < b.len() && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j == start {
            return None;
        }
        let raw = &b[start..j];
        let name = SPECIAL_NAMES
            .iter()
            .chain(BLOCK_NAMES)
            .find(|n| raw.eq_ignore_ascii_case(n.as_bytes()))
            .copied()
            .unwrap_or("");
        let gt = memchr(b'>', &b[j..]).map_or(b.len(), |k| j + k);
        Some(Tag {
            name,
            closing,
            attrs: &b[j..gt],
            end: (gt + 1).min(b.len()),
        })
    }
}

/// `og:type` and `article:published_time` metas.
fn read_meta(attrs: &[u8], declared: &mut Declared) {
    if contains_ci(attrs, b"article:published_time") {
        declared.article = true;
    }
    if contains_ci(attrs, b"og:type") {
        let content = attr_value(attrs, b"content").unwrap_or(b"").trim_ascii();
        let og: Vec<u8> = [b"og:".as_slice(), content].concat();
        for value in [content, og.as_slice()] {
            if is_one_of(value, ARTICLE_PAGE_TYPES) {
                declared.article = true;
            } else if is_one_of(value, OTHER_PAGE_TYPES) {
                declared.other = true;
            }
        }
    }
}

/// JSON-LD `@type` values: article types, and the types of pages that are
/// not articles.
fn read_json_ld(json: &[u8], declared: &mut Declared) {
    let mut k = 0;
    while let Some(at) = find(json, k, b"\"@type\"") {
        k = at + 7;
        // The value: a string or the first strings of an array.
        let rest = &json[k..json.len().min(k + tune::JSON_LD_TYPE_WINDOW)];
        let value_end = rest
            .iter()
            .position(|&c| c == b',' || c == b'}' || c == b']')
            .unwrap_or(rest.len());
        // Every quoted string of the value is a type.
        for quoted in rest[..value_end].split(|&c| c == b'"').skip(1).step_by(2) {
            if is_one_of(quoted, ARTICLE_PAGE_TYPES) {
                declared.article = true;
            } else if is_one_of(quoted, OTHER_PAGE_TYPES) {
                declared.other = true;
            }
        }
    }
}

/// The value of attribute `name` in a tag's attribute bytes.
fn attr_value<'a>(attrs: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut k = 0;
    while let Some(at) = find_ci(attrs, k, name) {
        k = at + name.len();
        let rest = attrs[k..].trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        return Some(match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let body = &rest[1..];
                &body[..memchr(q, body).unwrap_or(body.len())]
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|c| c.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        });
    }
    None
}

/// The index of `needle` in `hay` from `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|k| from + k)
}

/// The index of the end tag `</name` at or after `from` (ASCII case
/// insensitive), or the end of the input.
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut k = from;
    while let Some(lt) = find(b, k, b"</") {
        let at = lt + 2;
        if b.get(at..at + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return lt;
        }
        k = at;
    }
    b.len()
}

/// The index of `needle` in `hay` from `from`, ASCII case-insensitive
/// (`needle` is short and lower case).
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = hay.get(from..)?;
    let first = *needle.first()?;
    let mut k = 0;
    while k + needle.len() <= rest.len() {
        let off = memchr::memchr2(first, first.to_ascii_uppercase(), &rest[k..])?;
        let at = k + off;
        if rest
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(from + at);
        }
        k = at + 1;
    }
    None
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    find_ci(hay, 0, needle).is_some()
}
