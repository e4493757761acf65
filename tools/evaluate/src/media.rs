//! What the "figures kept" and "tables kept" rates count in an expected
//! output (Readability's `expected.html`).
//!
//! Readability keeps whatever images and tables sit inside the content it
//! chose, decorative ones included: status icons repeated in every cell of a
//! table, 1-pixel spacers, corner pieces of a boxed layout, the image
//! fallbacks of formulas whose MathML is kept as text, and tables that only
//! lay the page out. Counting those would reward an extractor for turning
//! spacers into figures, so the counts leave them out, by rules that do not
//! look at what newsprint does:
//!
//! - an image is **decorative** when it declares itself hidden from
//!   assistive technology (`aria-hidden="true"`: what it shows is stated
//!   elsewhere, e.g. a formula's MathML) or when its `width` or `height`
//!   attribute is a positive number of pixels below [`ICON_MAX_PX`] (icons,
//!   spacers, rules);
//! - a table is a **layout** table by the data-table test that browsers'
//!   accessibility code uses and that Readability itself applies to choose
//!   which tables to spare when it cleans (`_markDataTables`): declared
//!   `role="presentation"` or `datatable="0"` → layout; a `summary`, a
//!   non-empty `caption`, or a `col`/`colgroup`/`thead`/`tfoot`/`th`
//!   inside → data; a table inside it → layout; otherwise by size: 10 or
//!   more rows or more than 4 columns → data, else data when rows × columns
//!   exceed 10.
//!
//! Images and tables inside script, style, noscript and template content are
//! not counted, as they are not shown.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Images shown smaller than this many pixels (declared `width` or
/// `height`) are icons, spacers or rules, not figures.
pub const ICON_MAX_PX: u32 = 32;

/// The media of an expected output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaCount {
    /// Content images (what "figures kept" measures against).
    pub images: usize,
    /// The `src` of each content image, in order (empty when absent).
    pub sources: Vec<String>,
    /// Decorative images left out of `images`.
    pub decorative_images: usize,
    /// Data tables (what "tables kept" measures against).
    pub tables: usize,
    /// Layout tables left out of `tables`.
    pub layout_tables: usize,
}

/// True when two image URLs name the same file: the same last path
/// segment (query and fragment aside), as when one is resolved and the
/// other relative, or one is the `srcset` candidate of the other's size.
///
/// ```
/// use newsprint_evaluate::media::same_file;
/// assert!(same_file("https://x.test/a/b/photo.jpg?w=600", "/b/photo.jpg"));
/// assert!(!same_file("https://x.test/a/photo.jpg", "https://x.test/a/other.jpg"));
/// ```
pub fn same_file(a: &str, b: &str) -> bool {
    fn file(u: &str) -> &str {
        let path = u.split(['?', '#']).next().unwrap_or(u);
        path.rsplit('/').next().unwrap_or(path)
    }
    let (fa, fb) = (file(a.trim()), file(b.trim()));
    !fa.is_empty() && fa == fb
}

/// Counts the content images and data tables of an expected output.
///
/// ```
/// let m = newsprint_evaluate::media::count_media(
///     "<figure><img src=a.jpg></figure><img src=dot.gif width=1 height=1>\
///      <noscript><img src=a.jpg></noscript>\
///      <table><tr><th>a<th>b<tr><td>1<td>2</table>\
///      <table><tr><td>layout</table>",
/// );
/// assert_eq!((m.images, m.decorative_images, m.tables, m.layout_tables), (1, 1, 1, 1));
/// ```
pub fn count_media(markup: &str) -> MediaCount {
    let sink = MediaCounter {
        state: RefCell::new(State::default()),
    };
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(markup));
    let _ = tok.feed(&queue);
    tok.end();
    let mut st = tok.sink.state.into_inner();
    // Tables left open at the end of the markup are judged as they stand.
    while let Some(t) = st.tables.pop() {
        st.close_table(t);
    }
    st.count
}

/// Tags whose content is not shown.
const SKIP: &[&str] = &["script", "style", "noscript", "template"];

/// What is known of a table while its content streams by.
#[derive(Debug, Default)]
struct TableFrame {
    /// Decided by an attribute or a descendant: `Some(true)` data.
    decided: Option<bool>,
    nested: bool,
    rows: usize,
    columns: usize,
    row_columns: usize,
    caption_open: bool,
    caption_content: bool,
}

#[derive(Debug, Default)]
struct State {
    count: MediaCount,
    skip: usize,
    tables: Vec<TableFrame>,
}

impl State {
    fn close_table(&mut self, t: TableFrame) {
        let data = t.decided.unwrap_or_else(|| {
            if t.caption_content {
                true
            } else if t.nested {
                false
            } else {
                let columns = t.columns.max(t.row_columns);
                t.rows >= 10 || columns > 4 || t.rows * columns > 10
            }
        });
        if data {
            self.count.tables += 1;
        } else {
            self.count.layout_tables += 1;
        }
    }

    fn start(&mut self, tag: &Tag) {
        let name: &str = &tag.name;
        // Any content inside a caption makes it non-empty.
        for t in &mut self.tables {
            if t.caption_open {
                t.caption_content = true;
            }
        }
        match name {
            "img" => {
                if is_decorative(tag) {
                    self.count.decorative_images += 1;
                } else {
                    self.count.images += 1;
                    let src = attr(tag, "src").unwrap_or_default().to_owned();
                    self.count.sources.push(src);
                }
            }
            "table" => {
                for t in &mut self.tables {
                    t.nested = true;
                }
                let decided = match (attr(tag, "role"), attr(tag, "datatable")) {
                    (Some("presentation"), _) | (_, Some("0")) => Some(false),
                    _ if attr(tag, "summary").is_some_and(|s| !s.is_empty()) => Some(true),
                    _ => None,
                };
                self.tables.push(TableFrame {
                    decided,
                    ..TableFrame::default()
                });
            }
            "col" | "colgroup" | "thead" | "tfoot" | "th" => {
                for t in &mut self.tables {
                    t.decided.get_or_insert(true);
                }
            }
            "caption" => {
                if let Some(t) = self.tables.last_mut() {
                    t.caption_open = true;
                }
            }
            "tr" => {
                let span = span(tag, "rowspan");
                for t in &mut self.tables {
                    t.columns = t.columns.max(t.row_columns);
                    t.row_columns = 0;
                    t.rows += span;
                }
            }
            "td" => {
                let span = span(tag, "colspan");
                for t in &mut self.tables {
                    t.row_columns += span;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "table" => {
                if let Some(t) = self.tables.pop() {
                    self.close_table(t);
                }
            }
            "caption" => {
                if let Some(t) = self.tables.last_mut() {
                    t.caption_open = false;
                }
            }
            _ => {}
        }
    }
}

fn attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| a.value.trim())
}

/// A `rowspan` / `colspan` value, 1 when absent or not a number.
fn span(tag: &Tag, name: &str) -> usize {
    attr(tag, name)
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
        .min(1000)
}

/// A pixel size attribute: the leading digits (`"20"`, `"20px"`).
fn pixels(tag: &Tag, name: &str) -> Option<u32> {
    let v = attr(tag, name)?;
    let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &v[digits.len()..];
    if digits.is_empty() || !(rest.is_empty() || rest.eq_ignore_ascii_case("px")) {
        return None;
    }
    digits.parse().ok()
}

fn is_decorative(tag: &Tag) -> bool {
    if attr(tag, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    // A zero size is "auto" in some markup, not a hidden image.
    ["width", "height"]
        .iter()
        .filter_map(|a| pixels(tag, a))
        .any(|px| px > 0 && px < ICON_MAX_PX)
}

struct MediaCounter {
    state: RefCell<State>,
}

impl TokenSink for MediaCounter {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                if SKIP.contains(&name) {
                    match tag.kind {
                        TagKind::StartTag if !tag.self_closing => st.skip += 1,
                        TagKind::StartTag => {}
                        TagKind::EndTag => st.skip = st.skip.saturating_sub(1),
                    }
                } else if st.skip == 0 {
                    match tag.kind {
                        TagKind::StartTag => {
                            st.start(&tag);
                            if tag.self_closing && name == "table" {
                                st.end(name);
                            }
                        }
                        TagKind::EndTag => st.end(name),
                    }
                }
                if tag.kind == TagKind::StartTag && !tag.self_closing {
                    if name == "script" {
                        return TokenSinkResult::RawData(RawKind::ScriptData);
                    }
                    if name == "style" {
                        return TokenSinkResult::RawData(RawKind::Rawtext);
                    }
                }
            }
            Token::CharacterTokens(t) if st.skip == 0 && !t.trim().is_empty() => {
                for f in &mut st.tables {
                    if f.caption_open {
                        f.caption_content = true;
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}
