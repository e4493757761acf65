//! The document tree: parsing (html5ever, building through our own tree
//! sink), charset sniffing, and a flat, read-only arena the rest of the
//! pipeline walks.
//!
//! The arena stores nodes in document (pre-)order, so the subtree of node `n`
//! is the contiguous index range `n ..= last_descendant(n)`. Every traversal is
//! an index loop: no recursion, so no input can overflow the stack.

pub mod charset;
pub mod select;
mod sink;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, ParseOpts, local_name, parse_document};

use crate::limits::Limits;
pub(crate) use crate::parse::text::normalize_space;
use crate::{Error, Result};

/// Input is handed to the parser in pieces of this size; the node and depth
/// limits are checked between pieces, so a hostile page stops early (deep
/// nesting of block elements costs html5ever time quadratic in the depth).
const PARSE_CHUNK_BYTES: usize = 16 * 1024;

/// Index of a node in a [`Document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    /// The arena index.
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a node is.
#[derive(Debug, Clone)]
pub(crate) enum NodeData {
    Document,
    Element(Element),
    Text(StrTendril),
    /// Comments, doctypes, processing instructions.
    Other,
}

/// An element's name and attributes.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub name: LocalName,
    /// True for elements in the HTML namespace (false inside `<svg>`/`<math>`).
    pub html: bool,
    pub attrs: Vec<Attribute>,
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub parent: Option<NodeId>,
    pub prev_sibling: Option<NodeId>,
    pub next_sibling: Option<NodeId>,
    pub first_child: Option<NodeId>,
    /// Index of the last node of this node's subtree (itself when a leaf).
    pub last_descendant: u32,
    pub depth: u32,
    pub data: NodeData,
}

/// A parsed HTML document.
///
/// Read-only: extraction never mutates the tree, it marks nodes instead.
///
/// ```
/// let doc = newsprint::Document::parse("<p class='lead'>Hi <b>there</b></p>").unwrap();
/// let p = doc.elements_named("p").next().unwrap();
/// assert!(doc.has_class(p, "lead"));
/// assert_eq!(doc.text(p), "Hi there");
/// assert_eq!(doc.tag_name(p), Some("p"));
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    pub(crate) nodes: Vec<Node>,
}

impl Document {
    /// Parses HTML with the default [`Limits`].
    ///
    /// ```
    /// let doc = newsprint::Document::parse("<title>x</title>").unwrap();
    /// assert!(doc.len() > 3);
    /// ```
    pub fn parse(html: &str) -> Result<Document> {
        Self::parse_with_limits(html, &Limits::default())
    }

    /// Parses HTML, refusing documents beyond `limits`.
    ///
    /// ```
    /// let mut limits = newsprint::Limits::default();
    /// limits.max_nodes = 10;
    /// let html = "<p>a</p>".repeat(50);
    /// assert!(newsprint::Document::parse_with_limits(&html, &limits).is_err());
    /// ```
    pub fn parse_with_limits(html: &str, limits: &Limits) -> Result<Document> {
        if html.len() > limits.max_input_bytes {
            return Err(Error::TooLarge {
                size: html.len(),
                limit: limits.max_input_bytes,
            });
        }
        let too_many_attributes = Err(Error::TooManyAttributes {
            limit: limits.max_attributes,
        });
        // The tree sink sees every tag's attributes and flags one over the
        // limit. But the tokenizer's cost grows with the square of a tag's
        // attribute count before the sink sees it, so a huge tag must be
        // caught earlier: when a tag spans two chunks or more, some chunk
        // lies wholly inside it and leaves the tree unchanged; the markup is
        // scanned then, once (most pages never pay for it).
        let mut scanned = false;
        let mut parser =
            parse_document(sink::Builder::new(limits, html.len()), ParseOpts::default());
        // Feed the input in chunks so that a page with too many nodes stops
        // early instead of being built whole.
        let mut rest = html;
        while !rest.is_empty() {
            let mut cut = rest.len().min(PARSE_CHUNK_BYTES);
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            let (chunk, tail) = rest.split_at(cut);
            let before = parser.tokenizer.sink.sink.activity();
            parser.process(StrTendril::from_slice(chunk));
            let sink = &parser.tokenizer.sink.sink;
            if !scanned && sink.activity() == before {
                scanned = true;
                if has_tag_with_more_attributes(html, limits.max_attributes) {
                    return too_many_attributes;
                }
            }
            if sink.overflowed() {
                return Err(Error::TooManyNodes {
                    limit: limits.max_nodes,
                });
            }
            if sink.too_deep() {
                return Err(Error::TooDeep {
                    limit: limits.max_depth,
                });
            }
            if sink.too_many_attributes() {
                return too_many_attributes;
            }
            rest = tail;
        }
        let sink = parser.finish();
        if sink.too_many_attributes() {
            return too_many_attributes;
        }
        sink.into_document(limits)
    }

    /// Number of nodes (elements, text, and others).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when the document has only its root node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// The document node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id.index()].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The local name of an element ("p", "div"), `None` for other nodes.
    pub fn tag_name(&self, id: NodeId) -> Option<&str> {
        self.element(id).map(|e| &*e.name)
    }

    pub(crate) fn local_name(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(|e| &e.name)
    }

    /// True when `id` is an HTML element named `name` (lower case).
    pub fn is(&self, id: NodeId, name: &str) -> bool {
        self.element(id).is_some_and(|e| &*e.name == name)
    }

    /// The value of attribute `name` of an element.
    #[inline]
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        let attrs = &self.element(id)?.attrs;
        // The names asked for on every element are compared as atoms
        // (integers); reading an atom's text costs a table lookup per
        // attribute. The match folds away where `name` is a literal.
        let atom = match name {
            "class" => local_name!("class"),
            "id" => local_name!("id"),
            "itemprop" => local_name!("itemprop"),
            "itemtype" => local_name!("itemtype"),
            "role" => local_name!("role"),
            "style" => local_name!("style"),
            "hidden" => local_name!("hidden"),
            "aria-hidden" => local_name!("aria-hidden"),
            "href" => local_name!("href"),
            "src" => local_name!("src"),
            "content" => local_name!("content"),
            "rel" => local_name!("rel"),
            "datetime" => local_name!("datetime"),
            "type" => local_name!("type"),
            "title" => local_name!("title"),
            "property" => local_name!("property"),
            "name" => local_name!("name"),
            "alt" => local_name!("alt"),
            "lang" => local_name!("lang"),
            "itemscope" => local_name!("itemscope"),
            _ => {
                return attrs
                    .iter()
                    .find(|a| &*a.name.local == name)
                    .map(|a| &*a.value);
            }
        };
        attrs
            .iter()
            .find(|a| a.name.local == atom)
            .map(|a| &*a.value)
    }

    /// The text of a text node, `None` for other nodes.
    pub fn text_node(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id.index()].data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The parent node.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.index()].parent
    }

    /// Depth below the document node.
    pub fn depth(&self, id: NodeId) -> usize {
        self.nodes[id.index()].depth as usize
    }

    /// The children of a node, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: self.nodes[id.index()].first_child,
        }
    }

    /// The element children of a node.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.element(c).is_some())
    }

    /// The next sibling.
    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.index()].next_sibling
    }

    /// The previous sibling.
    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.index()].prev_sibling
    }

    /// The node and all its descendants in document order.
    pub fn descendants(&self, id: NodeId) -> impl Iterator<Item = NodeId> + use<> {
        let last = self.nodes[id.index()].last_descendant;
        (id.0..=last).map(NodeId)
    }

    /// The index one past the subtree of `id`: the first node after it in
    /// document order that is not its descendant.
    pub(crate) fn subtree_end(&self, id: NodeId) -> usize {
        self.nodes[id.index()].last_descendant as usize + 1
    }

    /// True when `a` is `b` or an ancestor of `b`.
    pub fn contains(&self, a: NodeId, b: NodeId) -> bool {
        a.0 <= b.0 && b.0 <= self.nodes[a.index()].last_descendant
    }

    /// Ancestors of a node, nearest first (not including the node).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&n| self.parent(n))
    }

    /// All elements in document order.
    pub fn elements(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len() as u32)
            .map(NodeId)
            .filter(|&n| self.element(n).is_some())
    }

    /// All elements named `name`, in document order.
    pub fn elements_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.elements().filter(move |&n| self.is(n, name))
    }

    /// The whitespace-normalised text of a subtree (scripts, styles and
    /// templates skipped; block boundaries become spaces).
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        self.collect_text(id, &mut out);
        normalize_space(&out)
    }

    /// [`Self::text`] with a space also where a block element closes, so
    /// that inline text after a block stays apart: "<p>Ana Lima</p><small>May
    /// 3</small>" reads "Ana Lima May 3", not "Ana LimaMay 3".
    pub(crate) fn text_apart(&self, id: NodeId) -> String {
        let mut out = String::new();
        self.collect_text_spaced(id, &mut out, true);
        normalize_space(&out)
    }

    /// Appends the raw text of a subtree to `out`, skipping script, style,
    /// noscript and template content. A space is added where a block
    /// element opens and at a `br` (code keeps its own spacing).
    pub(crate) fn collect_text(&self, id: NodeId, out: &mut String) {
        self.collect_text_spaced(id, out, false);
    }

    /// [`Self::collect_text`], with a space also where a block element
    /// closes when `at_block_ends` (see [`Self::text_apart`]).
    fn collect_text_spaced(&self, id: NodeId, out: &mut String, at_block_ends: bool) {
        let end = self.subtree_end(id);
        let mut i = id.index();
        // The last descendants of the open block elements, innermost last.
        let mut block_ends: Vec<usize> = Vec::new();
        while i < end {
            match &self.nodes[i].data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element(e) => {
                    if is_invisible_tag(&e.name) {
                        i = self.nodes[i].last_descendant as usize + 1;
                        Self::close_blocks(&mut block_ends, i, out);
                        continue;
                    }
                    if is_block_tag(&e.name) || e.name == local_name!("br") {
                        out.push(' ');
                        if at_block_ends && i > id.index() {
                            block_ends.push(self.nodes[i].last_descendant as usize);
                        }
                    }
                }
                _ => {}
            }
            i += 1;
            Self::close_blocks(&mut block_ends, i, out);
        }
    }

    /// Adds a space for each block element in `block_ends` that has closed
    /// before node index `next`.
    fn close_blocks(block_ends: &mut Vec<usize>, next: usize, out: &mut String) {
        while block_ends.last().is_some_and(|&e| e < next) {
            block_ends.pop();
            out.push(' ');
        }
    }

    /// The `id` attribute and class list of an element joined by a space, lower
    /// case: handy for keyword tests.
    pub(crate) fn class_and_id(&self, id: NodeId) -> String {
        let mut s = String::new();
        if let Some(c) = self.attr(id, "class") {
            s.push_str(c);
        }
        if let Some(i) = self.attr(id, "id") {
            s.push(' ');
            s.push_str(i);
        }
        s.make_ascii_lowercase();
        s
    }

    /// True when `class` is one of the element's class tokens.
    pub fn has_class(&self, id: NodeId, class: &str) -> bool {
        self.attr(id, "class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == class))
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    doc: &'a Document,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.doc.nodes[cur.index()].next_sibling;
        Some(cur)
    }
}

/// Elements whose content is never visible text.
pub(crate) fn is_invisible_tag(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("head")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("button")
    )
}

/// Block-level elements: their boundaries separate words.
pub(crate) fn is_block_tag(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("p")
            | local_name!("div")
            | local_name!("section")
            | local_name!("article")
            | local_name!("main")
            | local_name!("aside")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("nav")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("li")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("dd")
            | local_name!("table")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tbody")
            | local_name!("blockquote")
            | local_name!("pre")
            | local_name!("figure")
            | local_name!("figcaption")
            | local_name!("form")
            | local_name!("hr")
            | local_name!("address")
            | local_name!("caption")
            | local_name!("details")
            | local_name!("summary")
            | local_name!("body")
            | local_name!("html")
            | local_name!("img")
    )
}

/// True when some tag in the markup carries more than `limit` attributes.
/// A linear scan in the tokenizer's terms (tag name, attribute names, quoted
/// or bare values); text between tags is skipped with a fast search for `<`.
/// Script text can look like a tag, which only ever over-counts.
fn has_tag_with_more_attributes(html: &str, limit: usize) -> bool {
    let b = html.as_bytes();
    // A tag with more than `limit` attributes is at least 2 × limit bytes.
    if b.len() < limit.saturating_mul(2) {
        return false;
    }
    let space = |c: u8| c.is_ascii_whitespace();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let mut j = i + off + 1;
        if j >= b.len() || !b[j].is_ascii_alphabetic() {
            i = j;
            continue;
        }
        while j < b.len() && !space(b[j]) && !matches!(b[j], b'>' | b'/') {
            j += 1;
        }
        let mut count = 0usize;
        loop {
            while j < b.len() && (space(b[j]) || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            count += 1;
            if count > limit {
                return true;
            }
            j += 1;
            while j < b.len() && !space(b[j]) && !matches!(b[j], b'>' | b'=' | b'/') {
                j += 1;
            }
            while j < b.len() && space(b[j]) {
                j += 1;
            }
            if j < b.len() && b[j] == b'=' {
                j += 1;
                while j < b.len() && space(b[j]) {
                    j += 1;
                }
                if j < b.len() && matches!(b[j], b'"' | b'\'') {
                    let quote = b[j];
                    // An unclosed quote (script text that looked like a
                    // tag) is stepped over: the scan goes on.
                    j += memchr::memchr(quote, &b[j + 1..]).map_or(1, |p| p + 2);
                } else {
                    while j < b.len() && !space(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                }
            }
        }
        i = j.min(b.len());
        if i >= b.len() {
            break;
        }
    }
    false
}

/// True when the page marks the element as the post or article body:
/// `itemprop=articleBody`, or a `post-body` / `entry-content` /
/// `article-body` class (the names blog and CMS themes use), or
/// `instapaper_body` (the read-later convention many sites follow).
pub(crate) fn marks_article_body(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "articleBody"))
        || doc.attr(id, "class").is_some_and(|c| {
            c.split_ascii_whitespace().any(|t| {
                matches!(
                    t,
                    "post-body" | "entry-content" | "article-body" | "instapaper_body"
                )
            })
        })
}

#[cfg(test)]
mod tests;
