//! The `selectors` crate glue: our selector implementation ([`Simple`],
//! plain strings for names and values), its parser settings, and the
//! element handle ([`El`]) the matching engine walks the arena with.

use super::*;

/// Our selector implementation: plain strings for names and values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Simple;

/// A string usable as identifier, local name, namespace and attribute value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CssString(pub(super) String);

impl<'a> From<&'a str> for CssString {
    fn from(s: &'a str) -> Self {
        CssString(s.to_string())
    }
}

impl AsRef<str> for CssString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl ToCss for CssString {
    fn to_css<W: fmt::Write>(&self, dest: &mut W) -> fmt::Result {
        cssparser::serialize_identifier(&self.0, dest)
    }
}

impl PrecomputedHash for CssString {
    fn precomputed_hash(&self) -> u32 {
        // FNV-1a: only used for the ancestor Bloom filter, which we do not
        // feed, but the trait requires a hash.
        let mut h: u32 = 0x811c_9dc5;
        for b in self.0.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
        h
    }
}

/// No non-tree-structural pseudo-classes (`:hover` …) are supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoPseudoClass {}

impl ToCss for NoPseudoClass {
    fn to_css<W: fmt::Write>(&self, _dest: &mut W) -> fmt::Result {
        match *self {}
    }
}

impl selectors::parser::NonTSPseudoClass for NoPseudoClass {
    fn is_active_or_hover(&self) -> bool {
        match *self {}
    }
    fn is_user_action_state(&self) -> bool {
        match *self {}
    }
}

/// No pseudo-elements are supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoPseudoElement {}

impl ToCss for NoPseudoElement {
    fn to_css<W: fmt::Write>(&self, _dest: &mut W) -> fmt::Result {
        match *self {}
    }
}

impl selectors::parser::PseudoElement for NoPseudoElement {}

impl selectors::SelectorImpl for Simple {
    type ExtraMatchingData<'a> = ();
    type AttrValue = CssString;
    type Identifier = CssString;
    type LocalName = CssString;
    type NamespaceUrl = CssString;
    type NamespacePrefix = CssString;
    type BorrowedNamespaceUrl = CssString;
    type BorrowedLocalName = CssString;
    type NonTSPseudoClass = NoPseudoClass;
    type PseudoElement = NoPseudoElement;
}

pub(super) struct SimpleParser;

impl<'i> selectors::Parser<'i> for SimpleParser {
    type Impl = Simple;
    type Error = SelectorParseErrorKind;

    fn parse_is_and_where(&self) -> bool {
        true
    }

    fn parse_has(&self) -> bool {
        true
    }

    fn parse_nth_child_of(&self) -> bool {
        true
    }
}

/// Deepest nesting of parentheses accepted in a selector.
pub(super) const MAX_NESTING: usize = 32;

/// Deepest element (below the document node) that `:has()` looks at.
pub(super) const HAS_MAX_DEPTH: usize = 1024;

/// An element handle for matching.
#[derive(Clone, Copy)]
pub(super) struct El<'a> {
    pub(super) doc: &'a Document,
    pub(super) id: NodeId,
}

impl fmt::Debug for El<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<{}#{}>",
            self.doc.tag_name(self.id).unwrap_or("?"),
            self.id.0
        )
    }
}

impl<'a> El<'a> {
    fn at(&self, id: NodeId) -> El<'a> {
        El { doc: self.doc, id }
    }

    fn name(&self) -> &str {
        self.doc.tag_name(self.id).unwrap_or("")
    }

    /// The previous sibling node (any kind), found without a back link: the
    /// node just before us in document order is either our parent or inside
    /// our previous sibling's subtree.
    fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        let parent = self.doc.parent(id)?;
        let mut cur = NodeId(id.0.checked_sub(1)?);
        while cur != parent {
            let p = self.doc.parent(cur)?;
            if p == parent {
                return Some(cur);
            }
            cur = p;
        }
        None
    }
}

impl<'a> selectors::Element for El<'a> {
    type Impl = Simple;

    fn opaque(&self) -> OpaqueElement {
        OpaqueElement::new(self.doc.node(self.id))
    }

    fn parent_element(&self) -> Option<Self> {
        let p = self.doc.parent(self.id)?;
        self.doc.element(p).map(|_| self.at(p))
    }

    fn parent_node_is_shadow_root(&self) -> bool {
        false
    }

    fn containing_shadow_host(&self) -> Option<Self> {
        None
    }

    fn is_pseudo_element(&self) -> bool {
        false
    }

    fn prev_sibling_element(&self) -> Option<Self> {
        let mut cur = self.prev_sibling(self.id);
        while let Some(c) = cur {
            if self.doc.element(c).is_some() {
                return Some(self.at(c));
            }
            cur = self.prev_sibling(c);
        }
        None
    }

    fn next_sibling_element(&self) -> Option<Self> {
        let mut cur = self.doc.next_sibling(self.id);
        while let Some(c) = cur {
            if self.doc.element(c).is_some() {
                return Some(self.at(c));
            }
            cur = self.doc.next_sibling(c);
        }
        None
    }

    fn first_element_child(&self) -> Option<Self> {
        // Only `:has()` walks down, and the matching engine does it by
        // recursion: elements nested deeper than `HAS_MAX_DEPTH` are not
        // searched, so no document can overflow the stack.
        if self.doc.depth(self.id) >= HAS_MAX_DEPTH {
            return None;
        }
        self.doc
            .element_children(self.id)
            .next()
            .map(|c| self.at(c))
    }

    fn is_html_element_in_html_document(&self) -> bool {
        self.doc.element(self.id).is_some_and(|e| e.html)
    }

    fn has_local_name(&self, local_name: &CssString) -> bool {
        self.name() == local_name.0
    }

    fn has_namespace(&self, _ns: &CssString) -> bool {
        true
    }

    fn is_same_type(&self, other: &Self) -> bool {
        self.name() == other.name()
    }

    fn attr_matches(
        &self,
        ns: &NamespaceConstraint<&CssString>,
        local_name: &CssString,
        operation: &AttrSelectorOperation<&CssString>,
    ) -> bool {
        if let NamespaceConstraint::Specific(ns) = ns
            && !ns.0.is_empty()
        {
            return false;
        }
        self.doc
            .attr(self.id, &local_name.0)
            .is_some_and(|v| operation.eval_str(v))
    }

    fn match_non_ts_pseudo_class(
        &self,
        pc: &NoPseudoClass,
        _context: &mut MatchingContext<Simple>,
    ) -> bool {
        match *pc {}
    }

    fn match_pseudo_element(
        &self,
        pe: &NoPseudoElement,
        _context: &mut MatchingContext<Simple>,
    ) -> bool {
        match *pe {}
    }

    fn apply_selector_flags(&self, _flags: ElementSelectorFlags) {}

    fn is_link(&self) -> bool {
        matches!(self.name(), "a" | "area" | "link") && self.doc.attr(self.id, "href").is_some()
    }

    fn is_html_slot_element(&self) -> bool {
        false
    }

    fn has_id(&self, id: &CssString, case_sensitivity: CaseSensitivity) -> bool {
        self.doc
            .attr(self.id, "id")
            .is_some_and(|v| case_sensitivity.eq(v.as_bytes(), id.0.as_bytes()))
    }

    fn has_class(&self, name: &CssString, case_sensitivity: CaseSensitivity) -> bool {
        self.doc.attr(self.id, "class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| case_sensitivity.eq(t.as_bytes(), name.0.as_bytes()))
        })
    }

    fn has_custom_state(&self, _name: &CssString) -> bool {
        false
    }

    fn imported_part(&self, _name: &CssString) -> Option<CssString> {
        None
    }

    fn is_part(&self, _name: &CssString) -> bool {
        false
    }

    fn is_empty(&self) -> bool {
        self.doc
            .children(self.id)
            .all(|c| match &self.doc.node(c).data {
                NodeData::Element(_) => false,
                NodeData::Text(t) => t.is_empty(),
                _ => true,
            })
    }

    fn is_root(&self) -> bool {
        self.doc
            .parent(self.id)
            .is_some_and(|p| matches!(self.doc.node(p).data, NodeData::Document))
    }

    fn add_element_unique_hashes(&self, _filter: &mut BloomFilter) -> bool {
        false
    }
}

impl Borrow<str> for CssString {
    fn borrow(&self) -> &str {
        &self.0
    }
}
