//! The tree builder sink: html5ever builds straight into index-linked nodes
//! (no reference counting, no per-node `RefCell`), which [`Builder::finish`]
//! then lays out in document order as the [`Document`] arena.
//!
//! This replaces `markup5ever_rcdom` on the hot path: the same tree, with one
//! allocation-free move per node instead of an `Rc` allocation, a children
//! vector and a copy.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::{HashMap, HashSet};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName, ns};
use once_cell::sync::Lazy;

use super::{Document, Element, Node, NodeData, NodeId};
use crate::Error;
use crate::limits::Limits;

const NONE: u32 = u32::MAX;

/// Name returned for non-elements (the tree builder never asks for them).
static NO_NAME: Lazy<QualName> = Lazy::new(|| QualName::new(None, ns!(), "".into()));

enum BuildData {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        template_contents: u32,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, doctypes, processing instructions, template fragments.
    Other,
}

struct BuildNode {
    parent: u32,
    first_child: u32,
    last_child: u32,
    prev_sibling: u32,
    next_sibling: u32,
    /// Depth when last attached (a guard only: moved subtrees keep theirs).
    depth: u32,
    data: BuildData,
}

impl BuildNode {
    fn new(data: BuildData) -> Self {
        BuildNode {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev_sibling: NONE,
            next_sibling: NONE,
            depth: 0,
            data,
        }
    }
}

/// The html5ever `TreeSink`.
pub(crate) struct Builder {
    nodes: RefCell<Vec<BuildNode>>,
    max_nodes: usize,
    /// Set when the node limit was passed: the caller stops feeding input.
    overflow: Cell<bool>,
    max_depth: u32,
    /// Set when an element was attached deeper than the depth limit: the
    /// caller stops feeding input (deep nesting costs the parser quadratic
    /// time, so it must stop early).
    too_deep: Cell<bool>,
    /// Tree changes so far (nodes made, nodes and text attached). The caller
    /// reads it to see whether a chunk of input changed the tree at all.
    activity: Cell<u64>,
    max_attributes: usize,
    /// Set when an element got more attributes than the limit, on its tag
    /// or merged in from repeated `<html>` / `<body>` tags.
    too_many_attributes: Cell<bool>,
    /// The attribute names of the elements that repeated `<html>` /
    /// `<body>` tags merge attributes into, so that each merge costs the
    /// new attributes only, not the ones already there.
    merged_names: RefCell<HashMap<u32, HashSet<QualName>>>,
    /// Streamed-rendering markers seen so far (see [`StreamedPart`]).
    streamed: RefCell<Vec<(StreamedPart, u32)>>,
}

/// The two halves of a server-rendered page streamed out of order (React's
/// streaming renderer, used by Next.js and others): the page is sent with a
/// `<template id="B:7">` (or `P:7`) placeholder where a part goes, and the
/// part itself follows at the end of the document in a
/// `<div hidden id="S:7">`, for a script to move into place. Without
/// scripts the article would sit, hidden, after the footer; the builder
/// moves it where the script would.
#[derive(Debug, Clone, PartialEq, Eq)]
enum StreamedPart {
    /// A `template` whose id is `B:x` or `P:x`: where part `x` goes.
    Placeholder(String),
    /// A hidden `div` whose id is `S:x`: part `x`.
    Segment(String),
}

impl StreamedPart {
    fn of(name: &QualName, attrs: &[Attribute]) -> Option<StreamedPart> {
        let id = attrs
            .iter()
            .find(|a| &*a.name.local == "id")?
            .value
            .as_ref();
        let (kind, key) = id.split_once(':')?;
        if key.is_empty() || key.len() > 8 {
            return None;
        }
        match (&*name.local, kind) {
            ("template", "B" | "P") => Some(StreamedPart::Placeholder(key.to_owned())),
            ("div", "S") if attrs.iter().any(|a| &*a.name.local == "hidden") => {
                Some(StreamedPart::Segment(key.to_owned()))
            }
            _ => None,
        }
    }
}

/// Node 1: a detached fragment, the fallback for template contents.
const TRASH: u32 = 1;

impl Builder {
    pub(crate) fn new(limits: &Limits, input_len: usize) -> Builder {
        // About one node per 60 bytes of markup on real pages.
        let mut nodes = Vec::with_capacity((input_len / 60).clamp(64, 1 << 20));
        nodes.push(BuildNode::new(BuildData::Document));
        nodes.push(BuildNode::new(BuildData::Other));
        Builder {
            nodes: RefCell::new(nodes),
            max_nodes: limits.max_nodes,
            overflow: Cell::new(false),
            max_depth: u32::try_from(limits.max_depth).unwrap_or(u32::MAX),
            too_deep: Cell::new(false),
            activity: Cell::new(0),
            max_attributes: limits.max_attributes,
            too_many_attributes: Cell::new(false),
            merged_names: RefCell::new(HashMap::new()),
            streamed: RefCell::new(Vec::new()),
        }
    }

    /// Tree changes so far; unchanged across a chunk of input means the
    /// tokenizer spent the whole chunk inside one token (a tag, a comment).
    pub(crate) fn activity(&self) -> u64 {
        self.activity.get()
    }

    fn touch(&self) {
        self.activity.set(self.activity.get().wrapping_add(1));
    }

    fn push(&self, data: BuildData) -> u32 {
        self.touch();
        let mut nodes = self.nodes.borrow_mut();
        if nodes.len() >= self.max_nodes.saturating_add(2) {
            self.overflow.set(true);
        }
        nodes.push(BuildNode::new(data));
        (nodes.len() - 1) as u32
    }

    /// True once more nodes than the limit were created.
    pub(crate) fn overflowed(&self) -> bool {
        self.overflow.get()
    }

    /// True once an element was attached deeper than the depth limit.
    pub(crate) fn too_deep(&self) -> bool {
        self.too_deep.get()
    }

    /// True once an element had more attributes than the limit.
    pub(crate) fn too_many_attributes(&self) -> bool {
        self.too_many_attributes.get()
    }

    fn note_depth(&self, depth: u32) {
        if depth > self.max_depth {
            self.too_deep.set(true);
        }
    }

    fn detach(nodes: &mut [BuildNode], n: u32) {
        let (parent, prev, next) = {
            let node = &nodes[n as usize];
            (node.parent, node.prev_sibling, node.next_sibling)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next_sibling = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            nodes[next as usize].prev_sibling = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let node = &mut nodes[n as usize];
        node.parent = NONE;
        node.prev_sibling = NONE;
        node.next_sibling = NONE;
    }

    /// Appends `child` to `parent`; returns the child's depth.
    fn append_node(nodes: &mut [BuildNode], parent: u32, child: u32) -> u32 {
        if parent == TRASH || child == TRASH {
            return 0;
        }
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last_child;
        let depth = nodes[parent as usize].depth + 1;
        nodes[child as usize].depth = depth;
        nodes[child as usize].parent = parent;
        nodes[child as usize].prev_sibling = last;
        if last != NONE {
            nodes[last as usize].next_sibling = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        nodes[parent as usize].last_child = child;
        depth
    }

    fn insert_before(nodes: &mut [BuildNode], sibling: u32, child: u32) {
        if sibling == TRASH || child == TRASH {
            return;
        }
        Self::detach(nodes, child);
        let parent = nodes[sibling as usize].parent;
        if parent == NONE {
            return;
        }
        let prev = nodes[sibling as usize].prev_sibling;
        nodes[child as usize].parent = parent;
        nodes[child as usize].prev_sibling = prev;
        nodes[child as usize].next_sibling = sibling;
        nodes[sibling as usize].prev_sibling = child;
        if prev != NONE {
            nodes[prev as usize].next_sibling = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
    }

    /// Appends text to a text node when `target` is one.
    fn extend_text(nodes: &mut [BuildNode], target: u32, text: &StrTendril) -> bool {
        if target == NONE {
            return false;
        }
        if let BuildData::Text(t) = &mut nodes[target as usize].data {
            t.push_tendril(text);
            true
        } else {
            false
        }
    }

    /// Lays the tree out in document order. Template contents are left out,
    /// as browsers do not render them.
    pub(crate) fn into_document(self, limits: &Limits) -> Result<Document, Error> {
        if self.overflow.get() {
            return Err(Error::TooManyNodes {
                limit: limits.max_nodes,
            });
        }
        let mut build = self.nodes.into_inner();
        place_streamed_parts(&mut build, &self.streamed.into_inner());
        let mut nodes: Vec<Node> = Vec::with_capacity(build.len());
        // (build index, new parent, depth)
        let mut stack: Vec<(u32, Option<NodeId>, u32)> = vec![(0, None, 0)];
        let mut last_child: Vec<Option<NodeId>> = Vec::new();
        while let Some((b, parent, depth)) = stack.pop() {
            if depth as usize > limits.max_depth {
                return Err(Error::TooDeep {
                    limit: limits.max_depth,
                });
            }
            let data = match std::mem::replace(&mut build[b as usize].data, BuildData::Other) {
                BuildData::Document => NodeData::Document,
                BuildData::Element { name, attrs, .. } => NodeData::Element(Element {
                    html: name.ns == ns!(html),
                    name: name.local,
                    attrs,
                }),
                BuildData::Text(t) => NodeData::Text(t),
                BuildData::Other => NodeData::Other,
            };
            let id = NodeId(nodes.len() as u32);
            nodes.push(Node {
                parent,
                prev_sibling: None,
                next_sibling: None,
                first_child: None,
                last_descendant: id.0,
                depth,
                data,
            });
            if last_child.len() <= id.index() {
                last_child.resize(id.index() + 1, None);
            }
            if let Some(p) = parent {
                match last_child[p.index()] {
                    Some(prev) => {
                        nodes[prev.index()].next_sibling = Some(id);
                        nodes[id.index()].prev_sibling = Some(prev);
                    }
                    None => nodes[p.index()].first_child = Some(id),
                }
                last_child[p.index()] = Some(id);
            }
            // Children in reverse so they pop in order.
            let mut c = build[b as usize].last_child;
            while c != NONE {
                stack.push((c, Some(id), depth + 1));
                c = build[c as usize].prev_sibling;
            }
        }
        for i in (1..nodes.len()).rev() {
            if let Some(p) = nodes[i].parent {
                let last = nodes[i].last_descendant;
                let pn = &mut nodes[p.index()];
                if last > pn.last_descendant {
                    pn.last_descendant = last;
                }
            }
        }
        Ok(Document { nodes })
    }
}

/// Moves each streamed part (a hidden `div id="S:x"`) to its placeholder
/// (`template id="B:x"` or `P:x`), as the page's script would: the part's
/// children go before the placeholder, and the placeholder and the emptied
/// part leave the tree. A part whose placeholder sits inside it, or that has
/// no placeholder, stays where it is.
fn place_streamed_parts(build: &mut [BuildNode], streamed: &[(StreamedPart, u32)]) {
    for (part, segment) in streamed {
        let StreamedPart::Segment(key) = part else {
            continue;
        };
        let Some(&(_, placeholder)) = streamed
            .iter()
            .find(|(p, _)| matches!(p, StreamedPart::Placeholder(k) if k == key))
        else {
            continue;
        };
        let (segment, placeholder) = (*segment, placeholder);
        if build[placeholder as usize].parent == NONE || is_inside(build, placeholder, segment) {
            continue;
        }
        let mut c = build[segment as usize].first_child;
        while c != NONE {
            let next = build[c as usize].next_sibling;
            Builder::insert_before(build, placeholder, c);
            c = next;
        }
        Builder::detach(build, placeholder);
        Builder::detach(build, segment);
    }
}

/// Whether `node` is `ancestor` or one of its descendants in the build tree.
fn is_inside(build: &[BuildNode], node: u32, ancestor: u32) -> bool {
    let mut n = node;
    while n != NONE {
        if n == ancestor {
            return true;
        }
        n = build[n as usize].parent;
    }
    false
}

impl TreeSink for Builder {
    type Handle = u32;
    type Output = Self;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[*target as usize].data {
                BuildData::Element { name, .. } => name,
                _ => &NO_NAME,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        if attrs.len() > self.max_attributes {
            self.too_many_attributes.set(true);
        }
        let template_contents = if flags.template {
            self.push(BuildData::Other)
        } else {
            NONE
        };
        let streamed = StreamedPart::of(&name, &attrs);
        let id = self.push(BuildData::Element {
            name,
            attrs,
            template_contents,
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        });
        if let Some(part) = streamed {
            self.streamed.borrow_mut().push((part, id));
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(BuildData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(BuildData::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        self.touch();
        match child {
            NodeOrText::AppendNode(n) => {
                let depth = Self::append_node(&mut self.nodes.borrow_mut(), *parent, n);
                self.note_depth(depth);
            }
            NodeOrText::AppendText(text) => {
                if *parent == TRASH {
                    return;
                }
                let last = self.nodes.borrow()[*parent as usize].last_child;
                if Self::extend_text(&mut self.nodes.borrow_mut(), last, &text) {
                    return;
                }
                let n = self.push(BuildData::Text(text));
                Self::append_node(&mut self.nodes.borrow_mut(), *parent, n);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        let n = self.push(BuildData::Other);
        Self::append_node(&mut self.nodes.borrow_mut(), 0, n);
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        match &self.nodes.borrow()[*target as usize].data {
            BuildData::Element {
                template_contents, ..
            } if *template_contents != NONE => *template_contents,
            _ => TRASH,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        self.touch();
        match new_node {
            NodeOrText::AppendNode(n) => {
                Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, n);
            }
            NodeOrText::AppendText(text) => {
                if *sibling == TRASH {
                    return;
                }
                let prev = self.nodes.borrow()[*sibling as usize].prev_sibling;
                if Self::extend_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    return;
                }
                let n = self.push(BuildData::Text(text));
                Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, n);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        if attrs.is_empty() || self.too_many_attributes.get() {
            return;
        }
        let mut nodes = self.nodes.borrow_mut();
        let BuildData::Element {
            attrs: existing, ..
        } = &mut nodes[*target as usize].data
        else {
            return;
        };
        let mut merged = self.merged_names.borrow_mut();
        let names = merged
            .entry(*target)
            .or_insert_with(|| existing.iter().map(|a| a.name.clone()).collect());
        for a in attrs {
            if names.insert(a.name.clone()) {
                existing.push(a);
            }
        }
        if existing.len() > self.max_attributes {
            self.too_many_attributes.set(true);
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        let mut c = nodes[*node as usize].first_child;
        while c != NONE {
            let next = nodes[c as usize].next_sibling;
            Self::append_node(&mut nodes, *new_parent, c);
            c = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &u32) -> bool {
        matches!(
            self.nodes.borrow()[*handle as usize].data,
            BuildData::Element {
                mathml_annotation_xml_integration_point: true,
                ..
            }
        )
    }
}
