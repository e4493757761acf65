//! Text statistics per node and candidate scoring: which subtree is the
//! article body.
//!
//! Statistics are gathered in one bottom-up pass over the arena (children
//! follow their parent, so a reverse index loop sees every child before its
//! parent). Scoring follows Readability's idea: paragraphs score by length
//! and commas, hand their score to parent and grandparent, class names weigh
//! in, and link density discounts the result.

use html5ever::local_name;

use super::classify::{ClassFlags, Role};
use crate::dom::{Document, NodeData, NodeId, is_block_tag};
use crate::tuning;
use crate::tuning::{
    EXPAND_MAX_LINK_PCT, EXPAND_MIN_ADDED_CHARS, EXPAND_MIN_ADDED_PCT, EXPAND_MIN_PARA_PCT,
    MIN_CANDIDATE_CHARS,
};

/// Per-node text statistics over the content-eligible (`Role::Keep`) tree.
pub(crate) struct Stats {
    /// Characters of visible text (whitespace runs count once).
    pub chars: Vec<u32>,
    /// Characters of visible text inside links.
    pub link_chars: Vec<u32>,
    /// Commas in the text (Latin, CJK and Arabic forms).
    pub commas: Vec<u32>,
    /// Number of `p` (and paragraph-like) descendants with some text.
    pub paragraphs: Vec<u32>,
    /// True when the element has a block-level element child.
    pub has_block_child: Vec<bool>,
    /// Characters of the element's own inline content (text children and
    /// inline element children), as a paragraph wrapped around them would hold.
    pub inline_chars: Vec<u32>,
    /// Commas in that inline content.
    pub inline_commas: Vec<u32>,
    /// Characters inside paragraphs (`p`, `pre`, and leaf text blocks).
    pub para_chars: Vec<u32>,
}

/// Counts characters (collapsing whitespace runs) and commas of a text.
///
/// A byte scan: UTF-8 continuation bytes are skipped, ASCII whitespace runs
/// count once; the multi-byte commas (`，` `、` `،`) are recognised by their
/// lead bytes.
pub(crate) fn measure(text: &str) -> (u32, u32) {
    let bytes = text.as_bytes();
    let mut chars = 0u32;
    let mut commas = 0u32;
    let mut in_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if !in_space {
                chars += 1;
                in_space = true;
            }
        } else if b & 0xC0 != 0x80 {
            in_space = false;
            chars += 1;
            match b {
                b',' => commas += 1,
                0xEF if bytes.get(i + 1..i + 3) == Some(&[0xBC, 0x8C]) => commas += 1,
                0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x81]) => commas += 1,
                0xD8 if bytes.get(i + 1) == Some(&0x8C) => commas += 1,
                _ => {}
            }
        }
        i += 1;
    }
    (chars, commas)
}

/// `measure` of every text node (zero for other nodes), computed once.
pub(crate) fn measure_all(doc: &Document) -> Vec<(u32, u32)> {
    doc.nodes
        .iter()
        .map(|n| match &n.data {
            NodeData::Text(t) => {
                // Script, style and noscript text is never measured.
                let hidden = n
                    .parent
                    .and_then(|p| doc.local_name(p))
                    .is_some_and(crate::dom::is_invisible_tag);
                if hidden { (0, 0) } else { measure(t) }
            }
            _ => (0, 0),
        })
        .collect()
}

impl Stats {
    /// Gathers statistics; nodes whose role is not `Keep` contribute nothing.
    pub(crate) fn gather(doc: &Document, roles: &[Role], measures: &[(u32, u32)]) -> Stats {
        let n = doc.len();
        let mut s = Stats {
            chars: vec![0; n],
            link_chars: vec![0; n],
            commas: vec![0; n],
            paragraphs: vec![0; n],
            has_block_child: vec![false; n],
            inline_chars: vec![0; n],
            inline_commas: vec![0; n],
            para_chars: vec![0; n],
        };
        for i in (0..n).rev() {
            if roles[i] != Role::Keep {
                continue;
            }
            let id = NodeId(i as u32);
            match &doc.node(id).data {
                NodeData::Text(_) => {
                    let (c, k) = measures[i];
                    s.chars[i] += c;
                    s.commas[i] += k;
                }
                NodeData::Element(e) => {
                    if e.name == local_name!("a") {
                        s.link_chars[i] = s.chars[i];
                    }
                    if e.name == local_name!("p") && s.chars[i] > 0 {
                        s.paragraphs[i] += 1;
                    }
                    let leaf_block = is_block_tag(&e.name) && !s.has_block_child[i];
                    if leaf_block
                        && !matches!(
                            e.name,
                            local_name!("li") | local_name!("td") | local_name!("th")
                        )
                        && s.link_chars[i] * tuning::PARAGRAPH_LINK_TEXT_FACTOR < s.chars[i]
                    {
                        s.para_chars[i] = s.para_chars[i].max(s.chars[i]);
                    }
                }
                _ => {}
            }
            if let Some(p) = doc.parent(id) {
                let p = p.index();
                s.chars[p] += s.chars[i];
                s.link_chars[p] += s.link_chars[i];
                s.commas[p] += s.commas[i];
                s.paragraphs[p] += s.paragraphs[i];
                s.para_chars[p] += s.para_chars[i];
                match doc.local_name(id) {
                    Some(name) if is_block_tag(name) && *name != local_name!("br") => {
                        s.has_block_child[p] = true;
                    }
                    _ => {
                        s.inline_chars[p] += s.chars[i];
                        s.inline_commas[p] += s.commas[i];
                    }
                }
            }
        }
        s
    }

    /// Share of the text that is link text.
    pub(crate) fn link_density(&self, id: NodeId) -> f32 {
        let c = self.chars[id.index()];
        if c == 0 {
            0.0
        } else {
            self.link_chars[id.index()] as f32 / c as f32
        }
    }
}

/// Base score of a candidate by its tag.
fn tag_score(doc: &Document, id: NodeId) -> f32 {
    match doc.tag_name(id) {
        Some("div") | Some("article") | Some("main") | Some("section") => {
            tuning::TAG_SCORE_CONTAINER
        }
        Some("pre") | Some("td") | Some("blockquote") => tuning::TAG_SCORE_TEXT_BLOCK,
        Some("address") | Some("ol") | Some("ul") | Some("dl") | Some("dd") | Some("dt")
        | Some("li") | Some("form") => tuning::TAG_SCORE_LIST_OR_FORM,
        Some("h1") | Some("h2") | Some("h3") | Some("h4") | Some("h5") | Some("h6")
        | Some("th") => tuning::TAG_SCORE_HEADING,
        _ => 0.0,
    }
}

/// True for nodes whose own text is scored as a paragraph.
fn is_paragraph_like(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    match doc.tag_name(id) {
        Some("p") | Some("pre") | Some("td") => true,
        Some("div") | Some("section") | Some("article") | Some("dd") => {
            !stats.has_block_child[id.index()]
        }
        _ => false,
    }
}

/// The content score of the text of `id` (only its inline children when
/// `inline_only`): one point, one per comma and one per 100 characters (at
/// most three) for each paragraph of at least 25 characters. A run of
/// `<br><br>` separates paragraphs, as in the many pages that write a
/// whole article as one `<p>` or `<div>` broken by double line breaks.
fn paragraph_content(doc: &Document, stats: &Stats, id: NodeId, inline_only: bool) -> f32 {
    let score = |chars: u32, commas: u32| {
        if chars < tuning::MIN_SCORED_PARAGRAPH_CHARS {
            0.0
        } else {
            tuning::PARAGRAPH_BASE_SCORE
                + commas as f32
                + (chars as f32 / tuning::CHARS_PER_LENGTH_POINT)
                    .floor()
                    .min(tuning::MAX_LENGTH_POINTS)
        }
    };
    let (mut total, mut chars, mut commas) = (0.0, 0u32, 0u32);
    let mut after_br = false;
    for c in doc.children(id) {
        let name = doc.local_name(c);
        if name == Some(&local_name!("br")) {
            if after_br && chars > 0 {
                total += score(chars, commas);
                (chars, commas) = (0, 0);
            }
            after_br = true;
            continue;
        }
        if inline_only && name.is_some_and(is_block_tag) {
            continue;
        }
        let i = c.index();
        if stats.chars[i] == 0 {
            continue;
        }
        after_br = false;
        chars += stats.chars[i];
        commas += stats.commas[i];
    }
    total + score(chars, commas)
}

/// Candidate scores (NaN where a node is not a candidate).
pub(crate) fn score_candidates(
    doc: &Document,
    roles: &[Role],
    flags: &[ClassFlags],
    stats: &Stats,
) -> Vec<f32> {
    let n = doc.len();
    let mut score = vec![f32::NAN; n];
    for (i, role) in roles.iter().enumerate().take(n) {
        let id = NodeId(i as u32);
        if *role != Role::Keep || doc.element(id).is_none() {
            continue;
        }
        // A paragraph-like element gives its score to its ancestors; inline
        // text loose in a container counts as a paragraph inside it.
        let (content, first) = if is_paragraph_like(doc, stats, id) {
            (paragraph_content(doc, stats, id, false), doc.parent(id))
        } else if stats.has_block_child[i] {
            (paragraph_content(doc, stats, id, true), Some(id))
        } else {
            continue;
        };
        if content == 0.0 {
            continue;
        }
        let chain = first
            .into_iter()
            .chain(first.into_iter().flat_map(|f| doc.ancestors(f)));
        for (level, anc) in chain.take(tuning::SCORED_ANCESTOR_LEVELS).enumerate() {
            if doc.element(anc).is_none() {
                break;
            }
            let a = anc.index();
            if score[a].is_nan() {
                score[a] = tag_score(doc, anc) + flags[a].weight();
            }
            let divider = match level {
                0 => 1.0,
                1 => tuning::GRANDPARENT_SCORE_DIVIDER,
                l => l as f32 * tuning::DISTANT_ANCESTOR_DIVIDER_PER_LEVEL,
            };
            score[a] += content / divider;
        }
    }
    for (i, s) in score.iter_mut().enumerate() {
        if !s.is_nan() {
            *s *= 1.0 - stats.link_density(NodeId(i as u32));
        }
    }
    score
}

/// The best candidate, refined: when several of the top candidates share an
/// ancestor, that ancestor is the body; a parent that scores about as well
/// as the winner takes over.
pub(crate) fn top_candidate(doc: &Document, stats: &Stats, score: &[f32]) -> Option<NodeId> {
    let mut ranked: Vec<(f32, NodeId)> = score
        .iter()
        .enumerate()
        .filter(|&(i, s)| !s.is_nan() && stats.chars[i] >= MIN_CANDIDATE_CHARS)
        .map(|(i, &s)| (s, NodeId(i as u32)))
        .collect();
    if ranked.is_empty() {
        return None;
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (top_score, mut top) = ranked[0];
    // Near-ties go to the candidate holding clearly more text: a small box
    // with a lucky class name must not beat the body (however many such
    // boxes rank above it).
    let bigger = ranked[1..]
        .iter()
        .filter(|(s, n)| {
            *s >= top_score * tuning::NEAR_TIE_SCORE_RATIO
                && stats.chars[n.index()]
                    >= stats.chars[top.index()] * tuning::BIGGER_CANDIDATE_TEXT_FACTOR
                && stats.link_density(*n) < tuning::MAX_LINK_DENSITY_FOR_BIGGER_CANDIDATE
                && !doc.contains(*n, top)
        })
        .max_by_key(|(_, n)| stats.chars[n.index()])
        .map(|&(_, n)| n);
    ranked.truncate(tuning::CLOSE_CANDIDATES_RANKED);
    if let Some(bigger) = bigger {
        top = bigger;
    }

    // Alternatives close in score whose common ancestor may be the body
    // (unless the top gave way to a bigger candidate: the small ones were
    // boxes, not parts of the body).
    let close: Vec<NodeId> = ranked[1..]
        .iter()
        .filter(|(s, _)| *s >= top_score * tuning::CLOSE_SCORE_RATIO)
        .map(|&(_, n)| n)
        .collect();
    if bigger.is_none() && close.len() >= tuning::MIN_CLOSE_CANDIDATES {
        let mut anc = doc.parent(top);
        while let Some(a) = anc {
            if doc.is(a, "body") || doc.element(a).is_none() {
                break;
            }
            let holding = close.iter().filter(|&&c| doc.contains(a, c)).count();
            if holding >= tuning::MIN_CLOSE_CANDIDATES_HELD {
                top = a;
                break;
            }
            anc = doc.parent(a);
        }
    }

    // Climb while the parent is the better-scoring home of this text.
    let mut last = score[top.index()];
    let threshold = last / tuning::CLIMB_MIN_SCORE_DIVIDER;
    let mut cur = top;
    while let Some(p) = doc.parent(cur) {
        if doc.is(p, "body") || doc.element(p).is_none() {
            break;
        }
        let ps = score[p.index()];
        if ps.is_nan() {
            cur = p;
            continue;
        }
        if ps < threshold {
            break;
        }
        if ps > last {
            top = p;
            break;
        }
        last = ps;
        cur = p;
    }

    // Table rows and sections of a table are not a body: take the table.
    while matches!(
        doc.tag_name(top),
        Some("tr" | "tbody" | "thead" | "tfoot" | "td" | "th")
    ) && let Some(p) = doc.parent(top)
    {
        top = p;
    }

    // Expand to ancestors that add substantial prose: the body split into
    // sections, or a lead part held apart from the rest.
    while let Some(p) = doc.parent(top) {
        if is_page_root(doc, p) {
            break;
        }
        match expansion(doc, stats, top, p) {
            Expansion::Worth => top = p,
            // A little text around the candidate (a section's title, a
            // "visit site" button): worth climbing over only when an
            // ancestor a few levels up adds the other sections of the same
            // body (at least as much prose again as the candidate holds).
            Expansion::Small => match sectioned_body(doc, stats, top, p) {
                Some(home) => top = home,
                None => break,
            },
            Expansion::Stop => break,
        }
    }

    // One of a run of like sections (the items of a list article, the
    // panels of an accordion): the body is the run.
    if let Some(run) = repeated_sections(doc, stats, top) {
        top = run;
    }

    // A lone child wrapper adds nothing: prefer the parent holding the same text.
    while let Some(p) = doc.parent(top) {
        if doc.is(p, "body") || doc.element(p).is_none() {
            break;
        }
        if doc.element_children(p).count() == 1
            && stats.chars[p.index()] == stats.chars[top.index()]
        {
            top = p;
        } else {
            break;
        }
    }
    Some(top)
}

/// Siblings of the top candidate that belong to the body too (Readability's
/// sibling merge), in document order, the candidate included.
pub(crate) fn with_siblings(
    doc: &Document,
    roles: &[Role],
    stats: &Stats,
    score: &[f32],
    top: NodeId,
) -> Vec<NodeId> {
    let Some(parent) = doc.parent(top) else {
        return vec![top];
    };
    let top_score = score[top.index()].max(0.0);
    let threshold = (top_score * tuning::SIBLING_SCORE_SHARE).max(tuning::MIN_SIBLING_SCORE);
    let top_class = doc.attr(top, "class").unwrap_or("");
    let mut out = Vec::new();
    for sib in doc.element_children(parent) {
        if sib == top {
            out.push(sib);
            continue;
        }
        if roles[sib.index()] != Role::Keep {
            continue;
        }
        let mut bonus = 0.0;
        let same_class = !top_class.is_empty() && doc.attr(sib, "class") == Some(top_class);
        if same_class {
            bonus += top_score * tuning::SAME_CLASS_SIBLING_BONUS_SHARE;
        }
        let s = score[sib.index()];
        if !s.is_nan() && s + bonus >= threshold {
            out.push(sib);
            continue;
        }
        // A block of the same kind as the winner holding prose that scored
        // nothing (a standfirst set as a heading in a page-builder column).
        if same_class
            && stats.chars[sib.index()] > tuning::SAME_CLASS_SIBLING_MIN_CHARS
            && stats.link_density(sib) < tuning::MAX_LINK_DENSITY_FOR_SAME_CLASS_SIBLING
        {
            out.push(sib);
            continue;
        }
        if doc.is(sib, "p") {
            let chars = stats.chars[sib.index()];
            let ld = stats.link_density(sib);
            let long_prose = chars > tuning::PROSE_SIBLING_MIN_CHARS
                && ld < tuning::MAX_LINK_DENSITY_FOR_PROSE_SIBLING;
            let short_sentence = chars > 0
                && chars < tuning::SHORT_SENTENCE_SIBLING_MAX_CHARS
                && ld == 0.0
                && doc.text(sib).ends_with('.');
            if long_prose || short_sentence {
                out.push(sib);
            }
        }
    }
    out
}

/// The parent of `top` (or of one of its nearest ancestors) when that
/// ancestor is one of a run of like sections: siblings with its tag and
/// first class name that each hold prose with few links. Such a run is
/// one body cut into items ("the 20 best …", an FAQ's panels), of which
/// the scoring picked one.
fn repeated_sections(doc: &Document, stats: &Stats, top: NodeId) -> Option<NodeId> {
    let mut cur = top;
    for _ in 0..tuning::REPEATED_SECTION_MAX_LEVELS {
        let parent = doc.parent(cur).filter(|&p| !is_page_root(doc, p))?;
        let like = |n: NodeId| {
            doc.tag_name(n) == doc.tag_name(cur)
                && first_class(doc, n).is_some()
                && first_class(doc, n) == first_class(doc, cur)
                && stats.para_chars[n.index()] >= tuning::REPEATED_SECTION_MIN_PROSE_CHARS
                && stats.link_density(n) < tuning::REPEATED_SECTION_MAX_LINK_DENSITY
        };
        if like(cur)
            && doc.element_children(parent).filter(|&c| like(c)).count()
                > tuning::REPEATED_SECTION_MIN_OTHERS
        {
            return Some(parent);
        }
        cur = parent;
    }
    None
}

fn first_class(doc: &Document, id: NodeId) -> Option<&str> {
    doc.attr(id, "class")?.split_ascii_whitespace().next()
}

/// The `body` element or above: never a body candidate by expansion.
fn is_page_root(doc: &Document, id: NodeId) -> bool {
    doc.is(id, "body") || doc.element(id).is_none()
}

/// The ancestor of `from` (reached from `top` by a small step) that holds
/// the other sections of the body: climbing by small or worthwhile steps,
/// at most a few levels, until the paragraph text has grown enough.
fn sectioned_body(doc: &Document, stats: &Stats, top: NodeId, from: NodeId) -> Option<NodeId> {
    let wanted = stats.para_chars[top.index()] * tuning::SECTIONED_BODY_GROWTH_FACTOR;
    let mut cur = from;
    for _ in 0..tuning::SECTIONED_BODY_MAX_LEVELS {
        let gp = doc.parent(cur).filter(|&g| !is_page_root(doc, g))?;
        match expansion(doc, stats, cur, gp) {
            Expansion::Stop => return None,
            Expansion::Worth if stats.para_chars[gp.index()] >= wanted => return Some(gp),
            Expansion::Worth | Expansion::Small => cur = gp,
        }
    }
    None
}

/// What growing the body root from `top` to its parent `p` would add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expansion {
    /// Nothing, or substantial prose with few links: take the parent.
    Worth,
    /// Only a little text with few links (a title, a button).
    Small,
    /// Anything else: stop.
    Stop,
}

fn expansion(doc: &Document, stats: &Stats, top: NodeId, p: NodeId) -> Expansion {
    let (pi, ti) = (p.index(), top.index());
    let added = stats.chars[pi].saturating_sub(stats.chars[ti]);
    let added_links = stats.link_chars[pi].saturating_sub(stats.link_chars[ti]);
    let added_para = stats.para_chars[pi].saturating_sub(stats.para_chars[ti]);
    let before: u32 = doc
        .element_children(p)
        .take_while(|&c| c < top)
        .map(|c| stats.chars[c.index()])
        .sum();
    let worth = (added * 100 >= stats.chars[ti] * EXPAND_MIN_ADDED_PCT
        || before >= EXPAND_MIN_ADDED_CHARS)
        && added_links * 100 < added * EXPAND_MAX_LINK_PCT
        && added_para * 100 >= added * EXPAND_MIN_PARA_PCT;
    if added == 0 || worth {
        Expansion::Worth
    } else if added <= tuning::EXPAND_SMALL_STEP_CHARS
        && added_links * 100 < added * EXPAND_MAX_LINK_PCT
    {
        Expansion::Small
    } else {
        Expansion::Stop
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Roles all `Keep`, statistics gathered for real.
    fn stats_of(doc: &Document) -> Stats {
        let roles = vec![Role::Keep; doc.len()];
        Stats::gather(doc, &roles, &measure_all(doc))
    }

    #[test]
    fn many_small_boxes_ranked_above_the_body_do_not_win() {
        let teaser = "<div class='box'>A teaser for another story on the site, with a short \
                      summary of what it says about the harbour, the cranes there and the \
                      people who work them.</div>";
        let body = "<p>The story itself, a long paragraph about the harbour cranes.</p>".repeat(20);
        let html = format!(
            "<div id='side'>{}</div><div id='story'>{body}</div>",
            teaser.repeat(6)
        );
        let doc = Document::parse(&html).unwrap();
        let stats = stats_of(&doc);
        let story = doc
            .elements()
            .find(|&e| doc.attr(e, "id") == Some("story"))
            .unwrap();
        // Six boxes score 34, the story 30: it ranks seventh, within 25%.
        let mut score = vec![f32::NAN; doc.len()];
        for b in doc
            .elements()
            .filter(|&e| doc.attr(e, "class") == Some("box"))
        {
            score[b.index()] = 34.0;
        }
        score[story.index()] = 30.0;
        assert_eq!(top_candidate(&doc, &stats, &score), Some(story));
        // Far behind, the body does not take over.
        score[story.index()] = 20.0;
        assert_ne!(top_candidate(&doc, &stats, &score), Some(story));
    }

    #[test]
    fn one_of_a_run_of_like_sections_grows_to_the_run() {
        let prose = "<p>One item of the list, with its own long paragraph of prose that \
                     explains what the item is, why it made the list and what it costs.</p>"
            .repeat(3);
        let run = |class2: &str, links: &str| {
            format!(
                "<div id='run'><section class='rank one'><div id='top'>{prose}</div></section>\
                 <section class='rank two'>{prose}{links}</section>\
                 <section class='{class2}'>{prose}{links}</section>\
                 <section class='{class2} four'>{prose}{links}</section></div>"
            )
        };
        let find = |doc: &Document, id: &str| {
            doc.elements()
                .find(|&e| doc.attr(e, "id") == Some(id))
                .unwrap()
        };
        let doc = Document::parse(&run("rank three", "")).unwrap();
        let stats = stats_of(&doc);
        let top = find(&doc, "top");
        assert_eq!(
            repeated_sections(&doc, &stats, top),
            Some(find(&doc, "run"))
        );
        // One like section besides the root's own is too few.
        let doc = Document::parse(&run("other", "")).unwrap();
        let stats = stats_of(&doc);
        assert_eq!(repeated_sections(&doc, &stats, find(&doc, "top")), None);
        // Link-heavy "sections" are teaser cards, not items of a body.
        let links = "<a href='/x'>Another story on the site about something else</a>".repeat(8);
        let doc = Document::parse(&run("rank three", &links)).unwrap();
        let stats = stats_of(&doc);
        assert_eq!(repeated_sections(&doc, &stats, find(&doc, "top")), None);
    }
}
