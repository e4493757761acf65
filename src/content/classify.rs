//! Per-node classification before scoring: what is never content (scripts,
//! hidden nodes, navigation, share bars, newsletter and cookie boxes, ads,
//! comments) and what looks like a teaser box (related / recommended /
//! explore / most read), judged from tag names, attributes and class/id
//! vocabulary.

use html5ever::local_name;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

use crate::dom::{Document, NodeData, NodeId, is_block_tag};
use crate::lexicon::class_names::{
    COMMENT_WORDS, CONTENT_WORDS, EXCEPTIONS, JUNK_TOKENS, JUNK_WORDS, TEASER_WORDS,
};
use crate::tuning;

/// What a node is to the body extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary node.
    Keep,
    /// Never part of the body (the whole subtree is skipped).
    Junk,
    /// Looks like a teaser box by its class/id or tag (`aside`): skipped in the
    /// body, examined for `related`.
    Teaser,
}

/// Splits an element's class and id into lower-cased word tokens at
/// non-alphanumerics and camelCase boundaries ("articleMeta-social" →
/// `article`, `meta`, `social`), into reusable buffers: `buf` holds the
/// token text, `spans` their byte ranges.
fn class_tokens(doc: &Document, id: NodeId, buf: &mut String, spans: &mut Vec<(usize, usize)>) {
    buf.clear();
    spans.clear();
    for attr in ["class", "id"] {
        let Some(v) = doc.attr(id, attr) else {
            continue;
        };
        // Long slug ids are anchors made from a heading's words
        // ("sharing-with-a-single-developer"), not layout names.
        if attr == "id" && v.split(['-', '_']).count() >= tuning::MIN_SLUG_ID_WORDS {
            continue;
        }
        let mut start = buf.len();
        let mut prev_lower = false;
        for c in v.chars() {
            // ASCII (nearly every class name) is classified without the
            // Unicode tables.
            let (alphanumeric, upper, lower_or_digit) = if c.is_ascii() {
                (
                    c.is_ascii_alphanumeric(),
                    c.is_ascii_uppercase(),
                    c.is_ascii_lowercase() || c.is_ascii_digit(),
                )
            } else {
                (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())
            };
            if alphanumeric {
                if upper && prev_lower && buf.len() > start {
                    spans.push((start, buf.len()));
                    start = buf.len();
                }
                prev_lower = lower_or_digit;
                // ASCII (nearly every class name) lowers without the
                // Unicode tables.
                if c.is_ascii() {
                    buf.push(c.to_ascii_lowercase());
                } else {
                    buf.extend(c.to_lowercase());
                }
            } else {
                prev_lower = false;
                if buf.len() > start {
                    spans.push((start, buf.len()));
                }
                start = buf.len();
            }
        }
        if buf.len() > start {
            spans.push((start, buf.len()));
        }
    }
}

const JUNK: u8 = 1;
const TEASER: u8 = 2;
const CONTENT: u8 = 4;
const COMMENT: u8 = 8;

/// One vocabulary entry: a word (or the two halves of a hyphenated word),
/// the categories it gives by prefix match and by whole-token match.
struct Entry {
    first: &'static str,
    second: Option<&'static str>,
    prefix_bits: u8,
    exact_bits: u8,
}

/// The class vocabulary. A word of four letters or more matches tokens
/// starting with it ("comments" for "comment"); shorter words and
/// [`JUNK_TOKENS`] match whole tokens only; a hyphenated word matches two
/// consecutive tokens, the second by prefix. Entries are grouped by first
/// byte for lookup.
struct Lexicon {
    entries: Vec<Entry>,
    by_first_byte: Vec<(usize, usize)>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut entries: Vec<Entry> = Vec::new();
    let mut add = |words: &[&'static str], bits: u8, exact_only: bool| {
        for &w in words {
            let (first, second) = match w.split_once('-') {
                Some((a, b)) => (a, Some(b)),
                None => (w, None),
            };
            let exact =
                second.is_none() && (exact_only || w.len() < tuning::MIN_PREFIX_CLASS_WORD_BYTES);
            let i = match entries
                .iter()
                .position(|e| e.first == first && e.second == second)
            {
                Some(i) => i,
                None => {
                    entries.push(Entry {
                        first,
                        second,
                        prefix_bits: 0,
                        exact_bits: 0,
                    });
                    entries.len() - 1
                }
            };
            if exact {
                entries[i].exact_bits |= bits;
            } else {
                entries[i].prefix_bits |= bits;
            }
        }
    };
    add(JUNK_WORDS, JUNK, false);
    add(JUNK_TOKENS, JUNK, true);
    add(TEASER_WORDS, TEASER, false);
    add(CONTENT_WORDS, CONTENT, false);
    add(COMMENT_WORDS, COMMENT, false);
    entries.sort_by_key(|e| e.first.as_bytes()[0]);
    let mut by_first_byte = vec![(0, 0); 256];
    let mut i = 0;
    while i < entries.len() {
        let b = entries[i].first.as_bytes()[0];
        let mut j = i;
        while j < entries.len() && entries[j].first.as_bytes()[0] == b {
            j += 1;
        }
        by_first_byte[b as usize] = (i, j);
        i = j;
    }
    Lexicon {
        entries,
        by_first_byte,
    }
});

/// Category bits of a token sequence (`next` is the following token).
fn token_bits(tok: &str, next: Option<&str>) -> u8 {
    let lex = &*LEXICON;
    let (s, e) = lex.by_first_byte[tok.as_bytes()[0] as usize];
    // Compounds that end in "teaser" ("newsteaser", "articleteaser") are
    // teasers too.
    let mut bits = if tok.len() > 6 && tok.ends_with("teaser") {
        TEASER
    } else {
        0
    };
    for entry in &lex.entries[s..e] {
        match entry.second {
            None => {
                if tok == entry.first {
                    bits |= entry.prefix_bits | entry.exact_bits;
                } else if entry.prefix_bits != 0
                    && tok.starts_with(entry.first)
                    && !EXCEPTIONS.contains(&tok)
                {
                    bits |= entry.prefix_bits;
                }
            }
            Some(second) => {
                if tok == entry.first && next.is_some_and(|n| n.starts_with(second)) {
                    bits |= entry.prefix_bits | entry.exact_bits;
                }
            }
        }
    }
    bits
}

/// What an element's class and id say, computed once per element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ClassFlags {
    pub junk: bool,
    pub teaser: bool,
    pub content: bool,
    pub comment: bool,
}

impl ClassFlags {
    /// Readability-style class weight: +25 for content words, -25 for junk
    /// and teaser words.
    pub(crate) fn weight(self) -> f32 {
        let mut w = 0.0;
        if self.junk || self.teaser {
            w -= tuning::NEGATIVE_CLASS_PENALTY;
        }
        if self.content {
            w += tuning::CONTENT_CLASS_BONUS;
        }
        w
    }
}

/// Class flags of every node.
///
/// Class strings repeat (every card of a grid, every paragraph of a body),
/// so the flags of an element without an id are computed once per distinct
/// class string and element shape (figure, inline) and then looked up.
pub(crate) fn class_flags(doc: &Document) -> Vec<ClassFlags> {
    let mut out = vec![ClassFlags::default(); doc.len()];
    let mut buf = String::new();
    let mut spans = Vec::new();
    let mut memo: FxHashMap<(&str, bool, bool), ClassFlags> = FxHashMap::default();
    for (i, slot) in out.iter_mut().enumerate() {
        let id = NodeId(i as u32);
        let Some(element) = doc.element(id) else {
            continue;
        };
        if element.attrs.is_empty() {
            continue;
        }
        let is_figure = element.name == local_name!("figure");
        // Class and id in one look at the attributes.
        let (mut class, mut has_id) = (None, false);
        for a in &element.attrs {
            if a.name.local == local_name!("class") {
                class = Some(&*a.value);
            } else if a.name.local == local_name!("id") {
                has_id = true;
            }
        }
        let memo_key = match class {
            Some(class) if !has_id => Some((class, is_figure, is_inline_tag(doc, id))),
            _ => None,
        };
        if let Some(flags) = memo_key.and_then(|k| memo.get(&k)) {
            *slot = *flags;
            continue;
        }
        let (flags, depends_on_children) =
            element_class_flags(doc, id, is_figure, &mut buf, &mut spans);
        *slot = flags;
        if let Some(key) = memo_key.filter(|_| !depends_on_children) {
            memo.insert(key, flags);
        }
    }
    out
}

/// The class flags of one element from its class and id words, and
/// whether they depend on the element's children (an image widget), which
/// keeps them from being reused for another element with the same class.
fn element_class_flags(
    doc: &Document,
    id: NodeId,
    is_figure: bool,
    buf: &mut String,
    spans: &mut Vec<(usize, usize)>,
) -> (ClassFlags, bool) {
    class_tokens(doc, id, buf, spans);
    let mut depends_on_children = false;
    if spans.is_empty() {
        // No class or id words: nothing to say.
        return (ClassFlags::default(), false);
    }
    let mut bits = 0;
    for (k, &(a, b)) in spans.iter().enumerate() {
        let token = &buf[a..b];
        // Page builders call every block a widget ("elementor-widget-
        // text-editor"); the words after it still say what it holds.
        if token == "widget"
            && k > 0
            && matches!(
                &buf[spans[k - 1].0..spans[k - 1].1],
                "elementor" | "siteorigin" | "so"
            )
        {
            continue;
        }
        // An editor's embedded-image widget ("widget-wrapper
        // type-image") holds a photo of the story, not a sidebar box.
        if token == "widget"
            && spans
                .iter()
                .any(|&(c, d)| matches!(&buf[c..d], "image" | "photo" | "picture"))
        {
            depends_on_children = true;
            if doc.descendants(id).any(|d| doc.is(d, "img")) {
                continue;
            }
        }
        // On a figure, a modifier ("fig--has-shares", "with-lightbox")
        // says what the figure carries, not what it is. (Only figures:
        // on other elements such utility classes still tip the body
        // choice the way the corpora measure best.)
        if is_figure && k > 0 && matches!(&buf[spans[k - 1].0..spans[k - 1].1], "has" | "with") {
            continue;
        }
        let next = spans.get(k + 1).map(|&(c, d)| &buf[c..d]);
        bits |= token_bits(token, next);
    }
    // A dateline inside a paragraph ("<span class=dateline>OSLO –
    // </span>The ferry …") opens the story's first sentence; one on a
    // line of its own is a meta line.
    if !is_inline_tag(doc, id)
        && spans
            .iter()
            .any(|&(a, b)| buf[a..b].starts_with("dateline"))
    {
        bits |= JUNK;
    }
    let flags = ClassFlags {
        junk: bits & JUNK != 0,
        teaser: bits & TEASER != 0,
        content: bits & CONTENT != 0,
        comment: bits & COMMENT != 0,
    };
    (flags, depends_on_children)
}

/// Phrasing elements that sit inside a line of text.
fn is_inline_tag(doc: &Document, id: NodeId) -> bool {
    doc.element(id).is_some_and(|e| {
        matches!(
            e.name,
            local_name!("span")
                | local_name!("em")
                | local_name!("strong")
                | local_name!("b")
                | local_name!("i")
                | local_name!("small")
                | local_name!("abbr")
                | local_name!("cite")
        )
    })
}

/// An inline `style` without whitespace, in lower case.
fn compact_style(style: &str) -> String {
    style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// True when an inline `style` hides the element.
fn style_hides(style: &str) -> bool {
    let s = compact_style(style);
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// True when an inline `style` takes the element out of the layout
/// (`display:none`).
fn style_displays_none(style: &str) -> bool {
    compact_style(style).contains("display:none")
}

/// The role of one element, ignoring its ancestors.
fn own_role(doc: &Document, flags: &[ClassFlags], id: NodeId) -> Role {
    styled_role(doc, flags, id, Style::Read)
}

/// Whether [`styled_role`] reads an inline style that hides the element.
#[derive(PartialEq, Eq)]
enum Style {
    Read,
    Ignored,
}

/// The role of one element, ignoring its ancestors, and its inline style
/// when `style` says so.
fn styled_role(doc: &Document, flags: &[ClassFlags], id: NodeId, style: Style) -> Role {
    let Some(el) = doc.element(id) else {
        return match doc.node(id).data {
            NodeData::Text(_) | NodeData::Document => Role::Keep,
            NodeData::Other => Role::Junk,
            NodeData::Element(_) => Role::Keep,
        };
    };
    if !el.html {
        // A MathML formula is text of the article; SVG drawings are not.
        return if is_formula(doc, id) {
            Role::Keep
        } else {
            Role::Junk
        };
    }
    if is_machinery(&el.name) {
        return Role::Junk;
    }
    match el.name {
        local_name!("nav")
        | local_name!("dialog")
        | local_name!("canvas")
        | local_name!("audio")
        | local_name!("video")
        | local_name!("map")
        | local_name!("rt")
        | local_name!("rp")
        | local_name!("noscript") => return Role::Junk,
        local_name!("aside") => return Role::Teaser,
        _ => {}
    }
    if (is_hidden_attr(doc, id)
        || doc.attr(id, "aria-hidden") == Some("true")
        || (style == Style::Read && doc.attr(id, "style").is_some_and(style_hides)))
        && !is_collapsed_panel(doc, id)
    {
        return Role::Junk;
    }
    if matches!(
        doc.attr(id, "role"),
        Some(
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "dialog"
                | "alertdialog"
                | "alert"
                | "search"
                | "menu"
                | "menubar"
                | "listbox"
                | "option"
                | "tooltip"
        )
    ) {
        return Role::Junk;
    }
    if matches!(
        el.name,
        local_name!("body") | local_name!("html") | local_name!("main")
    ) {
        return Role::Keep;
    }
    let f = flags[id.index()];
    if f.teaser {
        return Role::Teaser;
    }
    if f.junk && el.name != local_name!("article") {
        return Role::Junk;
    }
    Role::Keep
}

/// Roles of every node, inherited: a node inside a junk subtree is junk, a
/// node inside a teaser box is a teaser.
///
/// `protect` guards big containers: a node holding at least this many
/// characters of paragraph text is never junk or teaser by its class alone
/// (whole pages wrapped in `<form>` or in a div with a bad class name). The
/// page's only `<article>`, when it holds prose, guards its ancestors the
/// same way (an article shown in a "modal" layer).
pub(crate) fn roles(
    doc: &Document,
    flags: &[ClassFlags],
    para_chars: &[u32],
    links: &[u32],
    protect: u32,
) -> Vec<Role> {
    let guarded = body_guards(doc, para_chars);
    let n = doc.len();
    let mut roles = vec![Role::Keep; n];
    for i in 0..n {
        let id = NodeId(i as u32);
        let inherited = doc.parent(id).map_or(Role::Keep, |p| roles[p.index()]);
        if inherited == Role::Junk {
            roles[i] = Role::Junk;
            continue;
        }
        let own = own_role(doc, flags, id);
        let own = match own {
            Role::Junk | Role::Teaser
                // Around the page's marked article body, a "comment" class
                // names a feature ("commentOnSelection"), not the thread.
                // A modal dialog (a policy, a consent prompt) is closed
                // when the page loads: however long, it is not the page's
                // text unless it holds the marked article body.
                if (guarded[i] || para_chars[i] >= protect && !flags[i].comment && !is_modal(doc, id))
                    && is_soft(doc, id) =>
            {
                Role::Keep
            }
            // A "teaser" without links is a standfirst (German sites call the
            // dek "Teaser"), not a box of teasers.
            Role::Teaser if links[i] == 0 => Role::Keep,
            // Most of the page's text taken out of the layout by an inline
            // `display:none` is the page's content, shown by a script once
            // it has loaded (a storefront's product grid behind a loader,
            // an access gate). `visibility:hidden` keeps the element's
            // place: it hides on purpose.
            Role::Junk
                if u64::from(para_chars[i]) * tuning::HIDDEN_CONTENT_SHARE_DIVISOR
                    > u64::from(para_chars[0])
                    && doc.attr(id, "style").is_some_and(style_displays_none)
                    && styled_role(doc, flags, id, Style::Ignored) == Role::Keep =>
            {
                Role::Keep
            }
            r => r,
        };
        roles[i] = match (inherited, own) {
            (_, Role::Junk) => Role::Junk,
            (Role::Teaser, _) | (_, Role::Teaser) => Role::Teaser,
            _ => Role::Keep,
        };
    }
    roles
}

/// Nodes that hold what the page marks as its article body, so that no
/// class name of theirs drops it: the page's one `<article>` (with at least
/// 1,000 characters of paragraph text), and elements marked as the post
/// body (`itemprop=articleBody`, class `post-body` / `entry-content` /
/// `article-body`, with at least 200) — blog themes put posts in a
/// "widget", sites put stories in a "modal" layer.
fn body_guards(doc: &Document, para_chars: &[u32]) -> Vec<bool> {
    let mut guarded = vec![false; doc.len()];
    let mut guard = |node: NodeId| {
        let mut cur = Some(node);
        while let Some(c) = cur {
            if std::mem::replace(&mut guarded[c.index()], true) {
                break;
            }
            cur = doc.parent(c);
        }
    };
    let (mut articles, mut article) = (0, None);
    let mut formulas = Vec::new();
    for id in doc.elements() {
        if doc
            .element(id)
            .is_some_and(|e| e.name == local_name!("article"))
        {
            articles += 1;
            article = Some(id);
        }
        if is_formula(doc, id) {
            formulas.push(id);
        }
        if para_chars[id.index()] < tuning::MIN_GUARDED_MARKED_BODY_CHARS {
            continue;
        }
        if crate::dom::marks_article_body(doc, id) {
            guard(id);
            // The wrappers inside it that hold (nearly) all of its text
            // are the body too, whatever their class says.
            let mut cur = id;
            while let Some(inner) = doc.element_children(cur).find(|c| {
                para_chars[c.index()] * tuning::BODY_WRAPPER_SHARE_DIVISOR
                    >= para_chars[cur.index()] * (tuning::BODY_WRAPPER_SHARE_DIVISOR - 1)
            }) {
                guard(inner);
                cur = inner;
            }
        }
    }
    if let Some(a) = article
        .filter(|a| articles == 1 && para_chars[a.index()] >= tuning::MIN_GUARDED_ARTICLE_CHARS)
    {
        guard(a);
    }
    // A formula's inline wrappers carry the math renderer's class names
    // ("MathJax CtxtMenu_Attached_0"), which say nothing about the text.
    for id in formulas {
        let wrappers = doc
            .ancestors(id)
            .take_while(|&a| doc.element(a).is_some_and(|e| !is_block_tag(&e.name)));
        for a in wrappers {
            // Wrappers above an already guarded one are guarded too: each
            // is walked once, however many formulas share them.
            if std::mem::replace(&mut guarded[a.index()], true) {
                break;
            }
        }
    }
    guarded
}

/// A MathML `<math>` element: a formula, kept as text.
pub(crate) fn is_formula(doc: &Document, id: NodeId) -> bool {
    doc.element(id)
        .is_some_and(|e| !e.html && e.name == local_name!("math"))
}

/// Elements that are page machinery, never text: scripts, styles, embeds,
/// form controls, head matter.
fn is_machinery(name: &html5ever::LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("head")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("button")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
    )
}

/// The `hidden` attribute. (Streamed segments of server-rendered React
/// pages, `<div hidden id="S:0">`, were moved to their placeholders by the
/// tree builder, so what is still hidden here is never shown.)
fn is_hidden_attr(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, "hidden").is_some()
}

/// A collapsed panel of an accordion or disclosure (the WAI-ARIA pattern:
/// `role="region"` labelled by its header button): hidden until the reader
/// opens it, but part of the page's text, as a closed `<details>` is.
fn is_collapsed_panel(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, "role") == Some("region") && doc.attr(id, "aria-labelledby").is_some()
}

/// A modal dialog: `role=dialog` or `alertdialog`, or `aria-modal=true`.
fn is_modal(doc: &Document, id: NodeId) -> bool {
    matches!(doc.attr(id, "role"), Some("dialog" | "alertdialog"))
        || doc.attr(id, "aria-modal") == Some("true")
}

/// Classifications that a big text mass may override: class-based ones and
/// `aside`, but not scripts, hidden nodes or forms controls.
fn is_soft(doc: &Document, id: NodeId) -> bool {
    let Some(el) = doc.element(id) else {
        return false;
    };
    if !el.html || is_hidden_attr(doc, id) || doc.attr(id, "style").is_some_and(style_hides) {
        return false;
    }
    let page_footer = el.name == local_name!("footer") && is_page_footer(doc, id);
    !is_machinery(&el.name) && !page_footer
}

/// Boxes headed "About the author" (`lexicon::page_lines::AUTHOR_BOX_HEADINGS`):
/// the parent of such a heading, when the heading opens it and the box is
/// short and holds no `<h1>`. What they hold is the writer's biography.
pub(crate) fn author_boxes(doc: &Document) -> Vec<NodeId> {
    let mut out = Vec::new();
    for id in doc.elements() {
        // A person marked as the author in microdata, with a biography.
        if doc
            .attr(id, "itemprop")
            .is_some_and(|v| v.split_ascii_whitespace().any(|t| t == "author"))
            && doc.attr(id, "itemscope").is_some()
            && doc
                .attr(id, "itemtype")
                .is_some_and(|t| t.trim_end_matches('/').ends_with("/Person"))
        {
            let chars = doc.text(id).chars().count();
            if (tuning::MIN_AUTHOR_BIO_CHARS..=tuning::MAX_AUTHOR_BOX_CHARS).contains(&chars)
                && !doc.descendants(id).any(|n| doc.is(n, "h1"))
            {
                out.push(id);
            }
            continue;
        }
        if !matches!(
            doc.local_name(id),
            Some(&local_name!("h2") | &local_name!("h3") | &local_name!("h4") | &local_name!("h5"))
        ) {
            continue;
        }
        let heading = doc.text(id);
        let heading = heading.trim().trim_end_matches(':').trim().to_lowercase();
        if !crate::lexicon::page_lines::AUTHOR_BOX_HEADINGS.contains(&heading.as_str()) {
            continue;
        }
        let Some(parent) = doc.parent(id) else {
            continue;
        };
        let opens = doc.element_children(parent).next() == Some(id);
        if opens
            && !doc.descendants(parent).any(|n| doc.is(n, "h1"))
            && doc.text(parent).chars().count() <= tuning::MAX_AUTHOR_BOX_CHARS
        {
            out.push(parent);
        }
    }
    out
}

/// The page's footer: a `<footer>` outside any article or main column that
/// holds no article, main column or headline itself. Its legal notices and
/// "about us" text are never the article, however long they are.
fn is_page_footer(doc: &Document, id: NodeId) -> bool {
    let is_body_mark = |n: NodeId| {
        doc.is(n, "article") || doc.is(n, "main") || doc.attr(n, "itemprop") == Some("articleBody")
    };
    !doc.ancestors(id).any(is_body_mark)
        && !doc
            .descendants(id)
            .any(|n| is_body_mark(n) || doc.is(n, "h1"))
}

#[cfg(test)]
mod tests;
