//! DOM → typed blocks: paragraphs with inline marks, headings, lists, quotes,
//! figures, tables and code, walking the chosen body subtrees iteratively.

use html5ever::local_name;
use url::Url;

use super::classify::Role;
use super::image::{bare_picture, figure, find_image};
use super::score::Stats;
use crate::dom::{Document, NodeData, NodeId, normalize_space};
use crate::parse::text::is_unsafe_control;
use crate::parse::url::{UrlUse, resolve as resolve_url};
use crate::tuning;
use crate::{Block, Mark, MarkKind};

/// Text being gathered for one paragraph, with inline marks.
#[derive(Default)]
struct InlineBuf {
    text: String,
    marks: Vec<Mark>,
    space: bool,
    /// Large images met inside the running text: figures after the
    /// paragraph.
    figures: Vec<crate::Image>,
}

impl InlineBuf {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c == '\u{ad}' || is_unsafe_control(c) {
                // A soft hyphen is a hint for line breaking, not text.
                continue;
            }
            if c.is_whitespace() || c == '\u{200b}' {
                self.space = !self.text.is_empty();
            } else {
                if self.space {
                    self.text.push(' ');
                    self.space = false;
                }
                self.text.push(c);
            }
        }
    }

    fn take(&mut self) -> Option<(String, Vec<Mark>)> {
        self.space = false;
        if self.text.is_empty() {
            self.marks.clear();
            return None;
        }
        let text = std::mem::take(&mut self.text);
        let marks = std::mem::take(&mut self.marks)
            .into_iter()
            .filter(|m| m.end > m.start && m.end <= text.len())
            .collect();
        Some((text, marks))
    }
}

/// What a visit of the walker does.
enum Step {
    Enter(NodeId),
    /// Close an inline mark opened at this byte offset.
    CloseMark(usize, MarkKind),
    /// End of a block container: flush the paragraph in progress.
    Flush,
}

/// Turns subtrees into blocks. Nodes whose role is not `Keep` or that are in
/// `skip` are left out.
pub(crate) struct BlockWriter<'a> {
    pub doc: &'a Document,
    pub roles: &'a [Role],
    pub stats: &'a Stats,
    pub base: Option<&'a Url>,
    /// Subtrees handled elsewhere (teaser boxes, the byline …).
    pub skip: &'a dyn Fn(NodeId) -> bool,
    /// Writing a listing's cards (`content::listing`): a container
    /// class-named "caption" beside a card's picture holds the card's text
    /// (a product's name and price, a teaser's title), written as
    /// paragraphs, not as the picture's caption. `figcaption` stays a
    /// caption.
    pub cards: bool,
    pub blocks: Vec<Block>,
}

impl<'a> BlockWriter<'a> {
    /// The blocks of `roots`, in order, written with these roles and
    /// statistics, skipping what `skip` says is handled elsewhere.
    pub(crate) fn blocks_of(
        doc: &'a Document,
        roles: &'a [Role],
        stats: &'a Stats,
        base: Option<&'a Url>,
        skip: &'a dyn Fn(NodeId) -> bool,
        roots: &[NodeId],
    ) -> Vec<Block> {
        Self::write_roots(doc, roles, stats, base, skip, roots, false)
    }

    /// The blocks of `roots` as [`Self::blocks_of`] writes them, for a body
    /// that holds a listing's cards ([`Self::cards`]).
    pub(crate) fn list_blocks_of(
        doc: &'a Document,
        roles: &'a [Role],
        stats: &'a Stats,
        base: Option<&'a Url>,
        skip: &'a dyn Fn(NodeId) -> bool,
        roots: &[NodeId],
    ) -> Vec<Block> {
        Self::write_roots(doc, roles, stats, base, skip, roots, true)
    }

    fn write_roots(
        doc: &'a Document,
        roles: &'a [Role],
        stats: &'a Stats,
        base: Option<&'a Url>,
        skip: &'a dyn Fn(NodeId) -> bool,
        roots: &[NodeId],
        cards: bool,
    ) -> Vec<Block> {
        let writer = BlockWriter {
            doc,
            roles,
            stats,
            base,
            skip,
            cards,
            blocks: Vec::new(),
        };
        writer.write_all(roots)
    }

    fn write_all(mut self, roots: &[NodeId]) -> Vec<Block> {
        for &r in roots {
            self.write(r);
        }
        self.blocks
    }

    /// Appends the blocks of one subtree.
    pub(crate) fn write(&mut self, root: NodeId) {
        let doc = self.doc;
        let mut buf = InlineBuf::default();
        let mut stack = vec![Step::Flush, Step::Enter(root)];
        while let Some(step) = stack.pop() {
            let id = match step {
                Step::Flush => {
                    self.flush(&mut buf);
                    continue;
                }
                Step::CloseMark(start, kind) => {
                    let end = buf.text.len();
                    if end > start {
                        buf.marks.push(Mark::new(start, end, kind));
                    }
                    continue;
                }
                Step::Enter(id) => id,
            };
            if self.roles[id.index()] != Role::Keep || (self.skip)(id) {
                continue;
            }
            let el = match &doc.node(id).data {
                NodeData::Text(t) => {
                    buf.push_text(t);
                    continue;
                }
                NodeData::Element(e) => e,
                NodeData::Document => {
                    push_children(doc, id, &mut stack);
                    continue;
                }
                NodeData::Other => continue,
            };
            if !el.html {
                // Only formulas are kept (see `classify`): their text, with
                // display formulas as paragraphs of their own.
                let display = doc.attr(id, "display") == Some("block");
                if display {
                    self.flush(&mut buf);
                }
                buf.push_text(&formula_text(doc, id));
                if display {
                    self.flush(&mut buf);
                }
                continue;
            }
            match el.name {
                local_name!("h1")
                | local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6") => {
                    self.flush(&mut buf);
                    let level = el.name.as_bytes()[1] - b'0';
                    let text = doc.text(id);
                    if !text.is_empty() {
                        self.blocks.push(Block::Heading { level, text });
                    }
                }
                local_name!("ul") | local_name!("ol") => {
                    self.flush(&mut buf);
                    if self.list_holds_prose(id) {
                        stack.push(Step::Flush);
                        push_children(doc, id, &mut stack);
                    } else {
                        self.list(id, el.name == local_name!("ol"));
                    }
                }
                local_name!("blockquote") => {
                    self.flush(&mut buf);
                    self.quote(id);
                }
                local_name!("pre") => {
                    self.flush(&mut buf);
                    let mut raw = String::new();
                    doc.collect_text(id, &mut raw);
                    raw.retain(|c| !is_unsafe_control(c));
                    let text = raw.trim_matches('\n').trim_end().to_string();
                    if !text.trim().is_empty() {
                        self.blocks.push(Block::Code { text });
                    }
                }
                local_name!("figure") => {
                    self.flush(&mut buf);
                    // A figure that sets a table (WordPress's table block)
                    // is the table, with its caption as text.
                    if doc.descendants(id).any(|d| doc.is(d, "table"))
                        && !doc.descendants(id).any(|d| doc.is(d, "img"))
                    {
                        stack.push(Step::Flush);
                        push_children(doc, id, &mut stack);
                    } else if let Some(image) = figure(doc, id, self.base) {
                        self.blocks.push(Block::Figure { image });
                    }
                }
                local_name!("img") | local_name!("picture") => {
                    // A standalone image becomes a figure. Images inside
                    // running text stay out of it, and one declared large
                    // (a chart, a photo set in the text) follows its
                    // paragraph as a figure; small ones are emoji and
                    // symbols.
                    if buf.text.trim().is_empty() {
                        if let Some(image) = find_image(doc, id, self.base) {
                            self.flush(&mut buf);
                            self.blocks.push(Block::Figure { image });
                        }
                    } else if is_declared_large(doc, id)
                        && let Some(image) = bare_picture(doc, id, self.base)
                    {
                        buf.figures.push(image);
                    }
                }
                local_name!("table") => {
                    self.flush(&mut buf);
                    if let Some(image) = self.caption_table(id) {
                        self.blocks.push(Block::Figure { image });
                    } else if self.is_layout_table(id) {
                        stack.push(Step::Flush);
                        push_children(doc, id, &mut stack);
                    } else {
                        let (rows, header_rows) = self.table_rows(id);
                        if !rows.is_empty() {
                            self.blocks.push(Block::Table { rows, header_rows });
                        }
                        self.table_pictures(id);
                    }
                }
                local_name!("br") => {
                    // Two line breaks in a row separate paragraphs.
                    let next_is_br = doc
                        .next_sibling(id)
                        .map(|n| match doc.text_node(n) {
                            Some(t) if t.trim().is_empty() => doc.next_sibling(n),
                            _ => Some(n),
                        })
                        .is_some_and(|n| n.is_some_and(|n| doc.is(n, "br")));
                    if next_is_br {
                        self.flush(&mut buf);
                    } else {
                        buf.space = !buf.text.is_empty();
                    }
                }
                local_name!("hr") => self.flush(&mut buf),
                local_name!("a") => {
                    let href = doc
                        .attr(id, "href")
                        .filter(|h| !h.trim_start().starts_with('#'))
                        .and_then(|h| resolve_url(self.base, h, UrlUse::Link));
                    self.open_inline(
                        id,
                        &mut buf,
                        &mut stack,
                        href.map(|href| MarkKind::Link { href }),
                    );
                }
                local_name!("em") | local_name!("i") | local_name!("cite") => {
                    self.open_inline(id, &mut buf, &mut stack, Some(MarkKind::Emphasis))
                }
                local_name!("strong") | local_name!("b") => {
                    self.open_inline(id, &mut buf, &mut stack, Some(MarkKind::Strong))
                }
                local_name!("code") | local_name!("kbd") | local_name!("samp") => {
                    self.open_inline(id, &mut buf, &mut stack, Some(MarkKind::Code))
                }
                ref name if crate::dom::is_block_tag(name) => {
                    self.flush(&mut buf);
                    if let Some(image) = self.figure_container(id) {
                        self.blocks.push(Block::Figure { image });
                        continue;
                    }
                    stack.push(Step::Flush);
                    push_children(doc, id, &mut stack);
                }
                _ => push_children(doc, id, &mut stack),
            }
        }
        self.flush(&mut buf);
    }

    fn open_inline(
        &self,
        id: NodeId,
        buf: &mut InlineBuf,
        stack: &mut Vec<Step>,
        kind: Option<MarkKind>,
    ) {
        if let Some(kind) = kind {
            if buf.space {
                buf.text.push(' ');
                buf.space = false;
            }
            stack.push(Step::CloseMark(buf.text.len(), kind));
        }
        push_children(self.doc, id, stack);
    }

    fn flush(&mut self, buf: &mut InlineBuf) {
        if let Some((text, marks)) = buf.take() {
            // Marks that begin at a space pushed for them are trimmed.
            self.blocks.push(Block::Paragraph { text, marks });
        }
        self.blocks
            .extend(buf.figures.drain(..).map(|image| Block::Figure { image }));
    }

    /// Lists whose items hold paragraphs of prose are containers, not lists.
    fn list_holds_prose(&self, id: NodeId) -> bool {
        let s = self.stats;
        s.paragraphs[id.index()] >= tuning::MIN_PROSE_LIST_PARAGRAPHS
            && s.chars[id.index()] > tuning::MIN_PROSE_LIST_CHARS
    }

    /// A list: its items' text, and after it the captioned images its items
    /// hold (a `figure`, or an image in a caption container), as figures.
    fn list(&mut self, id: NodeId, ordered: bool) {
        let doc = self.doc;
        let mut figures = Vec::new();
        let mut items = Vec::new();
        for li in doc
            .element_children(id)
            .filter(|&li| self.roles[li.index()] == Role::Keep && !(self.skip)(li))
        {
            // An item that is one captioned picture (a slideshow's slide)
            // is a figure, not a line of the list.
            if self.figure_container(li).is_some() {
                figures.push(li);
                continue;
            }
            let start = figures.len();
            self.item_figures(li, &mut figures);
            let text = self.visible_text_without(li, &figures[start..]);
            if !text.is_empty() {
                items.push(text);
            }
        }
        if !items.is_empty() {
            self.blocks.push(Block::List { ordered, items });
        }
        for f in figures {
            let image = if is_picture_tag(doc, f) {
                bare_picture(doc, f, self.base)
            } else {
                figure(doc, f, self.base)
            };
            if let Some(image) = image {
                self.blocks.push(Block::Figure { image });
            }
        }
    }

    /// The pictures in the cells of a data table, as figures after it: the
    /// table's blocks hold its text only (a table of photos, an infobox's
    /// logo). Icons and symbols in the cells are left out
    /// ([`bare_picture`]).
    fn table_pictures(&mut self, id: NodeId) {
        let doc = self.doc;
        let mut images = Vec::new();
        self.walk_kept(id, |n| {
            let picture = is_picture_tag(doc, n);
            if picture && let Some(image) = bare_picture(doc, n, self.base) {
                images.push(image);
            }
            picture
        });
        self.blocks
            .extend(images.into_iter().map(|image| Block::Figure { image }));
    }

    /// Walks the kept nodes under `root` (not `root` itself) in document
    /// order, leaving out junk and skipped subtrees; `take` sees each node
    /// and returns true to pass over its subtree.
    fn walk_kept(&self, root: NodeId, mut take: impl FnMut(NodeId) -> bool) {
        let doc = self.doc;
        let end = doc.subtree_end(root);
        let mut i = root.index() + 1;
        while i < end {
            let n = NodeId(i as u32);
            if self.roles[i] != Role::Keep || (self.skip)(n) || take(n) {
                i = doc.subtree_end(n);
            } else {
                i += 1;
            }
        }
    }

    /// The images in a list item: `figure` elements and caption containers
    /// (`wp-caption`) holding an image, and pictures standing bare in the
    /// item (a gallery's `<li><img></li>`, a feature list's screenshot),
    /// outermost first.
    fn item_figures(&self, li: NodeId, out: &mut Vec<NodeId>) {
        let doc = self.doc;
        self.walk_kept(li, |n| {
            let is_figure = doc.element(n).is_some()
                && (doc.is(n, "figure")
                    || (self.class_caption(n) && doc.descendants(n).any(|d| doc.is(d, "img"))));
            let take =
                is_figure || (is_picture_tag(doc, n) && bare_picture(doc, n, self.base).is_some());
            if take {
                out.push(n);
            }
            take
        });
    }

    /// A container class-named as a caption (`wp-caption`), unless a
    /// listing's cards are written ([`Self::cards`]).
    fn class_caption(&self, n: NodeId) -> bool {
        !self.cards && self.doc.class_and_id(n).contains("caption")
    }

    /// A table that only sets one image and its caption (blog editors'
    /// caption tables): the figure it holds.
    fn caption_table(&self, id: NodeId) -> Option<crate::Image> {
        let doc = self.doc;
        let mut images = 0;
        let mut rows = 0;
        for n in doc.descendants(id).skip(1) {
            match doc.tag_name(n) {
                Some("img") => images += 1,
                Some("tr") => rows += 1,
                Some("table") => return None,
                _ => {}
            }
        }
        if images != 1
            || rows > tuning::MAX_CAPTION_TABLE_ROWS
            || self.stats.chars[id.index()] > tuning::MAX_CAPTION_TABLE_CHARS
        {
            return None;
        }
        let mut image = figure(doc, id, self.base)?;
        image.url.as_ref()?;
        if image.caption.is_none() {
            let (caption, credit) = super::image::split_caption_credit(&self.visible_text(id));
            image.caption = caption;
            image.credit = image.credit.or(credit);
        }
        Some(image)
    }

    /// A container that is a figure without the `figure` tag: one picture
    /// and an element whose class names it the caption (`image-wrapper >
    /// img + div.caption`), with no other text of its own. The figure it
    /// holds, caption and credit read as for a `figure`.
    fn figure_container(&self, id: NodeId) -> Option<crate::Image> {
        let doc = self.doc;
        if doc.is(id, "p") || self.stats.chars[id.index()] > tuning::MAX_FIGURE_CONTAINER_CHARS {
            return None;
        }
        let (mut pictures, mut caption) = (0, None);
        self.walk_kept(id, |n| {
            if is_picture_tag(doc, n) {
                if !doc.is(n, "img") || !super::image::is_decorative(doc, n) {
                    pictures += 1;
                }
                return true;
            }
            if caption.is_none()
                && doc.element(n).is_some()
                && (doc.is(n, "figcaption") || self.class_caption(n))
            {
                caption = Some(n);
                return true;
            }
            false
        });
        let caption = caption?;
        if pictures != 1
            || self.stats.chars[caption.index()] == 0
            || self.visible_text_without(id, &[caption]).chars().count()
                > tuning::MAX_FIGURE_CONTAINER_LOOSE_CHARS
        {
            return None;
        }
        let image = figure(doc, id, self.base)?;
        image.url.as_ref()?;
        Some(image)
    }

    /// A table cell's text; a cell holding only icons reads as their alt
    /// text (a "yes" tick, a flag named by its country). Pictures in cells
    /// become figures after the table ([`Self::table_pictures`]).
    fn cell_text(&self, cell: NodeId) -> String {
        let text = self.visible_text(cell);
        if !text.is_empty() {
            return text;
        }
        let doc = self.doc;
        let alts: Vec<String> = doc
            .descendants(cell)
            .filter(|&n| {
                doc.is(n, "img")
                    && self.roles[n.index()] == Role::Keep
                    && super::image::is_decorative(doc, n)
            })
            .filter_map(|n| doc.attr(n, "alt").map(normalize_space))
            .filter(|a| !a.is_empty())
            .collect();
        alts.join(" ")
    }

    /// Text of a subtree leaving out junk and skipped nodes.
    fn visible_text(&self, id: NodeId) -> String {
        self.visible_text_without(id, &[])
    }

    /// Text of a subtree leaving out junk, skipped nodes and the subtrees
    /// in `exclude`.
    fn visible_text_without(&self, id: NodeId, exclude: &[NodeId]) -> String {
        let doc = self.doc;
        let mut out = String::new();
        let end = doc.subtree_end(id);
        let mut i = id.index();
        while i < end {
            let n = NodeId(i as u32);
            if self.roles[i] != Role::Keep
                || (i != id.index() && ((self.skip)(n) || exclude.contains(&n)))
            {
                i = doc.subtree_end(n);
                continue;
            }
            match &doc.node(n).data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element(e)
                    if crate::dom::is_block_tag(&e.name) || e.name == local_name!("br") =>
                {
                    out.push(' ')
                }
                _ => {}
            }
            i += 1;
        }
        normalize_space(&out)
    }

    /// A block quotation: its paragraph texts joined by blank lines. Tables
    /// and figures inside it (a blockquote often only indents them) stay
    /// blocks of their own, with the text around them quoted before and
    /// after.
    fn quote(&mut self, id: NodeId) {
        let mut sub = BlockWriter {
            doc: self.doc,
            roles: self.roles,
            stats: self.stats,
            base: self.base,
            skip: self.skip,
            cards: self.cards,
            blocks: Vec::new(),
        };
        let doc = self.doc;
        for c in doc.children(id) {
            sub.write(c);
        }
        let mut texts: Vec<String> = Vec::new();
        for block in sub.blocks {
            if matches!(block, Block::Table { .. } | Block::Figure { .. }) {
                self.push_quote(&mut texts);
                self.blocks.push(block);
            } else {
                let text = block.text();
                if !text.is_empty() {
                    texts.push(text);
                }
            }
        }
        self.push_quote(&mut texts);
    }

    fn push_quote(&mut self, texts: &mut Vec<String>) {
        if !texts.is_empty() {
            let text = texts.join("\n\n");
            texts.clear();
            self.blocks.push(Block::Quote { text });
        }
    }

    /// Tables used for page layout: a single cell, nested tables, or cells
    /// that are columns of prose (a long block, several paragraphs, or much
    /// text in one cell). Cells holding a short paragraph, a list or links
    /// are data: their text is flattened into the cell.
    fn is_layout_table(&self, id: NodeId) -> bool {
        let doc = self.doc;
        if doc.attr(id, "role") == Some("presentation") {
            return true;
        }
        let s = self.stats;
        let mut cells = 0usize;
        for n in doc.descendants(id).skip(1) {
            match doc.tag_name(n) {
                Some("table") => return true,
                Some("p") | Some("div") | Some("h1") | Some("h2") | Some("h3") | Some("ul")
                    if s.chars[n.index()] > tuning::MAX_DATA_TABLE_CELL_BLOCK_CHARS =>
                {
                    return true;
                }
                Some("td") | Some("th") => {
                    if s.paragraphs[n.index()] >= tuning::MIN_LAYOUT_CELL_PARAGRAPHS
                        || s.chars[n.index()] > tuning::MAX_DATA_TABLE_CELL_CHARS
                    {
                        return true;
                    }
                    cells += 1;
                }
                _ => {}
            }
        }
        cells <= 1
    }

    /// The rows of a data table as cell texts, and how many of the first
    /// rows are header rows (rows of a `<thead>`, or leading rows whose
    /// cells are all `<th>`).
    fn table_rows(&self, id: NodeId) -> (Vec<Vec<String>>, usize) {
        let doc = self.doc;
        let mut rows = Vec::new();
        let mut header_rows = 0;
        let mut in_header = true;
        for tr in doc.descendants(id).filter(|&n| doc.is(n, "tr")) {
            let cells: Vec<NodeId> = doc
                .element_children(tr)
                .filter(|&c| doc.is(c, "td") || doc.is(c, "th"))
                .collect();
            let row: Vec<String> = cells.iter().map(|&c| self.cell_text(c)).collect();
            if row.iter().any(|c| !c.is_empty()) {
                let is_header = doc.parent(tr).is_some_and(|p| doc.is(p, "thead"))
                    || cells.iter().all(|&c| doc.is(c, "th"));
                in_header &= is_header;
                if in_header {
                    header_rows += 1;
                }
                rows.push(row);
            }
        }
        (rows, header_rows)
    }
}

/// The text of a MathML formula as it reads: its tokens (`<mi>x</mi>`,
/// `<mo>=</mo>`, `<mn>2</mn>`) separated by spaces, without the source
/// annotations (TeX) that some formulas carry.
fn formula_text(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    let mut i = id.index();
    let end = doc.subtree_end(id);
    while i < end {
        let node = NodeId(i as u32);
        if doc.is(node, "annotation") || doc.is(node, "annotation-xml") {
            i = doc.subtree_end(node);
            continue;
        }
        if let Some(t) = doc.text_node(node) {
            out.push(' ');
            out.push_str(t);
        }
        i += 1;
    }
    normalize_space(&out)
}

/// An image (or a picture's `img`) whose `width` or `height` attribute is
/// at least [`tuning::MIN_INLINE_FIGURE_PX`].
fn is_declared_large(doc: &Document, id: NodeId) -> bool {
    let img = doc.descendants(id).find(|&n| doc.is(n, "img"));
    img.is_some_and(|img| {
        ["width", "height"].iter().any(|a| {
            doc.attr(img, a)
                .map(|v| v.trim().trim_end_matches("px"))
                .and_then(|v| v.parse::<u32>().ok())
                .is_some_and(|px| px >= tuning::MIN_INLINE_FIGURE_PX)
        })
    })
}

/// An `img` or a `picture`.
fn is_picture_tag(doc: &Document, id: NodeId) -> bool {
    doc.is(id, "img") || doc.is(id, "picture")
}

fn push_children(doc: &Document, id: NodeId, stack: &mut Vec<Step>) {
    let start = stack.len();
    stack.extend(doc.children(id).map(Step::Enter));
    stack[start..].reverse();
}
