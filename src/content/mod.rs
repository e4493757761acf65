//! The main body: finding its root, cleaning it, turning it into blocks, and
//! moving teaser boxes into `related`.
//!
//! Stages, each a module:
//! 1. `classify` — roles per node: junk (never content), teaser box, keep;
//! 2. `score` — text statistics and candidate scoring → body root(s);
//! 3. `related` — teaser boxes inside and after the body → `related`;
//! 4. `blocks` — the body subtrees → typed blocks;
//! 5. clean-up of the block list (title repeated, byline and source lines);
//! 6. fallbacks for pages whose markup holds little of the article:
//!    `deferred` (markup kept as text for a script) and `json_ld` (the
//!    stated `articleBody`).

mod blocks;
mod classify;
mod deferred;
mod image;
mod json_ld;
mod related;
mod score;

use url::Url;

use crate::dom::{Document, NodeData, NodeId, normalize_space};
use crate::{Block, BodySource, Image, RelatedList};
use classify::Role;
use score::Stats;

use crate::rules::RuleHints;

/// Inputs to body extraction.
pub(crate) struct ContentInput<'a> {
    pub base: Option<&'a Url>,
    pub title: Option<&'a str>,
    pub json_ld_body: Option<&'a str>,
    pub hints: &'a RuleHints,
    /// The caller's limits, for markup parsed on the way (see `deferred`).
    pub limits: &'a crate::Limits,
}

/// The extracted body and what was found around it.
#[derive(Debug, Default)]
pub(crate) struct Content {
    pub body: Vec<Block>,
    pub related: Vec<RelatedList>,
    pub lead_image: Option<Image>,
    pub byline_authors: Vec<String>,
    pub source: Option<String>,
    pub body_source: BodySource,
}

/// Non-link text characters per node, ignoring scripts and the like: the
/// "prose mass" that protects big containers from class-name pruning.
/// Also counts the links (`a[href]`) in each subtree.
fn prose_mass(doc: &Document, measures: &[(u32, u32)]) -> (Vec<u32>, Vec<u32>) {
    let n = doc.len();
    let mut mass = vec![0u32; n];
    let mut links = vec![0u32; n];
    let mut in_link = vec![false; n];
    for i in 0..n {
        let id = NodeId(i as u32);
        let parent_link = doc.parent(id).is_some_and(|p| in_link[p.index()]);
        in_link[i] = parent_link || doc.is(id, "a");
    }
    for i in (0..n).rev() {
        let id = NodeId(i as u32);
        match &doc.node(id).data {
            NodeData::Text(_) if !in_link[i] => mass[i] += measures[i].0,
            NodeData::Element(e) if crate::dom::is_invisible_tag(&e.name) => {
                mass[i] = 0;
                links[i] = 0;
                continue;
            }
            NodeData::Element(e) if e.name == html5ever::local_name!("a") => {
                links[i] += u32::from(doc.attr(id, "href").is_some());
            }
            _ => {}
        }
        if let Some(p) = doc.parent(id) {
            mass[p.index()] += mass[i];
            links[p.index()] += links[i];
        }
    }
    (mass, links)
}

/// Prose mass from which a container is protected from class-name pruning:
/// a third of the page's prose, at least 300 characters.
fn protect_threshold(total: u32) -> u32 {
    (total / 3).max(300)
}

/// Roles, statistics and candidate scores of a page.
struct Analysis {
    roles: Vec<Role>,
    stats: Stats,
    scores: Vec<f32>,
}

/// Classifies and scores every node; `strip` subtrees (from a rule) are junk.
fn analyze(doc: &Document, strip: &[NodeId]) -> Analysis {
    let measures = score::measure_all(doc);
    let (mass, links) = prose_mass(doc, &measures);
    let protect = protect_threshold(mass[0]);
    let flags = classify::class_flags(doc);
    let mut roles = classify::roles(doc, &flags, &mass, &links, protect);
    for &s in strip {
        for n in doc.descendants(s) {
            roles[n.index()] = Role::Junk;
        }
    }
    let stats = Stats::gather(doc, &roles, &measures);
    let scores = score::score_candidates(doc, &roles, &flags, &stats);
    Analysis {
        roles,
        stats,
        scores,
    }
}

/// Extracts the body.
pub(crate) fn extract(doc: &Document, input: &ContentInput<'_>) -> Content {
    let content = extract_from_markup(doc, input);
    if has_body_text(&content.body) {
        return content;
    }
    // The body element holds its markup only as text, for a script to
    // render: a `<noscript>` copy or a `<script type="text/template">`
    // (Blogger's dynamic views). That markup, parsed, is the article.
    let Some(inner) =
        deferred::body_markup(doc).and_then(|m| Document::parse_with_limits(&m, input.limits).ok())
    else {
        return content;
    };
    // The rule's hints name nodes of the page, not of this markup.
    let no_hints = RuleHints::default();
    let inner_input = ContentInput {
        hints: &no_hints,
        ..*input
    };
    let inner_content = extract_from_markup(&inner, &inner_input);
    if body_chars(&inner_content.body) <= body_chars(&content.body) {
        return content;
    }
    Content {
        body: inner_content.body,
        lead_image: content.lead_image.or(inner_content.lead_image),
        byline_authors: if content.byline_authors.is_empty() {
            inner_content.byline_authors
        } else {
            content.byline_authors
        },
        source: content.source.or(inner_content.source),
        ..content
    }
}

/// Below this many characters of text a body is looked for in markup the
/// page defers to a script.
const MIN_BODY_CHARS: usize = 200;

/// Whether a body holds `MIN_BODY_CHARS` of text (read only as far as
/// needed: most bodies pass on their first paragraph).
fn has_body_text(body: &[Block]) -> bool {
    let mut chars = 0;
    body.iter().any(|b| {
        chars += b.text().len();
        chars >= MIN_BODY_CHARS
    })
}

fn body_chars(body: &[Block]) -> usize {
    body.iter().map(|b| b.text().len()).sum()
}

/// Extracts the body from the page's markup.
fn extract_from_markup(doc: &Document, input: &ContentInput<'_>) -> Content {
    let Analysis {
        roles,
        stats,
        scores,
        ..
    } = analyze(doc, &input.hints.strip);

    let heuristic_roots = match score::top_candidate(doc, &stats, &scores) {
        Some(top) => score::with_siblings(doc, &roles, &stats, &scores, top),
        None => fallback_root(doc).into_iter().collect(),
    };
    let heuristic_chars: u32 = heuristic_roots.iter().map(|r| stats.chars[r.index()]).sum();
    let rule_chars: u32 = input
        .hints
        .body
        .iter()
        .map(|r| stats.chars[r.index()])
        .sum();
    // A rule's body wins unless it is empty or a small part of a clearly
    // bigger heuristic candidate (a stale selector that now hits a teaser).
    let use_rule = !input.hints.body.is_empty()
        && rule_chars > 0
        && (rule_chars * 2 >= heuristic_chars || rule_chars >= 2000);
    let roots: Vec<NodeId> = if use_rule {
        input.hints.body.clone()
    } else {
        heuristic_roots
    };
    let body_source = if use_rule {
        BodySource::Rule
    } else if input.hints.names_body || !input.hints.body.is_empty() {
        BodySource::StaleRule
    } else {
        BodySource::Heuristics
    };

    // Teaser boxes: class/tag-marked boxes anywhere, rule-named ones, and
    // structural ones inside or right after the body.
    let mut boxes: Vec<(NodeId, Option<String>)> = input
        .hints
        .related
        .iter()
        .map(|(l, n)| (*n, l.clone()))
        .collect();
    for i in 0..doc.len() {
        let id = NodeId(i as u32);
        if roles[i] == Role::Teaser
            && doc
                .parent(id)
                .is_none_or(|p| roles[p.index()] != Role::Teaser)
        {
            boxes.push((id, None));
        }
    }
    for &root in &roots {
        find_structural_boxes(doc, &roles, &stats, root, &mut boxes);
    }
    for after in following_region(doc, &roots) {
        if roles[after.index()] == Role::Keep
            && (related::looks_like_teaser_box(doc, &roles, &stats, after)
                || related::looks_like_card_grid(doc, &roles, &stats, after))
        {
            boxes.push((after, None));
        }
    }
    boxes.sort_by_key(|(n, _)| *n);
    boxes.dedup_by(|b, a| doc.contains(a.0, b.0));

    // Headings that label a box sit just before it: leave them out of the body.
    let mut labels: Vec<NodeId> = Vec::new();
    let mut box_labels: Vec<Option<String>> = Vec::new();
    for (b, _) in &boxes {
        let found = label_heading(doc, *b);
        if let Some(h) = found {
            labels.push(h);
        }
        box_labels.push(found.map(|h| doc.text(h)));
    }

    let mut related_lists: Vec<RelatedList> = Vec::new();
    for ((b, label), found) in boxes.iter().zip(box_labels) {
        let label = label.clone().or(found);
        if let Some(list) = related::read_box(doc, &roles, input.base, *b, label) {
            // Cards of one labelled run are one list.
            match related_lists.last_mut() {
                Some(prev) if prev.label.is_some() && prev.label == list.label => {
                    prev.items.extend(list.items);
                }
                _ => related_lists.push(list),
            }
        }
    }

    let box_ids: Vec<NodeId> = boxes.iter().map(|(n, _)| *n).collect();
    let skip = |n: NodeId| box_ids.binary_search(&n).is_ok() || labels.contains(&n);
    let mut writer = blocks::BlockWriter {
        doc,
        roles: &roles,
        stats: &stats,
        base: input.base,
        skip: &skip,
        blocks: Vec::new(),
    };
    for &r in &roots {
        writer.write(r);
    }
    let mut body = writer.blocks;
    let mut body_source = body_source;
    // The markup holds little of the article (rendered by a script, or cut
    // short) while the page's JSON-LD states the body: that text it is.
    if !use_rule
        && let Some(stated) = input.json_ld_body.map(json_ld::paragraphs)
        && json_ld::replaces(&body, &stated)
    {
        body = stated;
        body_source = BodySource::JsonLd;
    }

    let mut content = Content {
        lead_image: lead_image(doc, &roots, input.base),
        body_source,
        ..Content::default()
    };
    tidy_blocks(&mut body, input.title, &mut content, &mut related_lists);
    content.body = body;
    content.related = related_lists;
    content
}

/// A heading with teaser vocabulary just before a box, or before the
/// wrapper the box opens (up to three levels).
fn label_heading(doc: &Document, boxed: NodeId) -> Option<NodeId> {
    let mut cur = boxed;
    for _ in 0..3 {
        if let Some(prev) = related::previous_element_sibling(doc, cur) {
            let is_label = matches!(
                doc.tag_name(prev),
                Some("h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div" | "strong")
            ) && related::is_teaser_label(&doc.text(prev));
            return is_label.then_some(prev);
        }
        cur = doc.parent(cur)?;
    }
    None
}

/// Structural teaser boxes inside the body (link lists with headline links).
fn find_structural_boxes(
    doc: &Document,
    roles: &[Role],
    stats: &Stats,
    root: NodeId,
    out: &mut Vec<(NodeId, Option<String>)>,
) {
    let end = doc.subtree_end(root);
    let mut grids: Vec<NodeId> = Vec::new();
    let mut i = root.index() + 1;
    while i < end {
        let id = NodeId(i as u32);
        if roles[i] != Role::Keep || doc.element(id).is_none() {
            i = if doc.element(id).is_some() {
                doc.subtree_end(id)
            } else {
                i + 1
            };
            continue;
        }
        if stats.link_chars[i] > 0 && related::looks_like_teaser_box(doc, roles, stats, id) {
            out.push((id, None));
            i = doc.subtree_end(id);
            continue;
        }
        // Card grids: decided below, once all are known.
        if stats.link_chars[i] > 0 && related::looks_like_card_grid(doc, roles, stats, id) {
            grids.push(id);
            i = doc.subtree_end(id);
            continue;
        }
        if stats.link_chars[i] == 0
            && (1..=60).contains(&stats.chars[i])
            && matches!(
                doc.tag_name(id),
                Some("p" | "div" | "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "b")
            )
            && related::next_element_sibling(doc, id)
                .is_some_and(|s| stats.link_chars[s.index()] > 0)
        {
            let run = labelled_link_run(doc, roles, stats, id);
            if let Some(&last) = run.last() {
                let label = normalize_space(&doc.text(id));
                out.extend(run.into_iter().map(|n| (n, Some(label.clone()))));
                i = doc.subtree_end(last);
                continue;
            }
        }
        i += 1;
    }
    // Card grids at the end of the body: no prose follows them but other
    // teaser boxes (a listicle's items are followed by more of the article).
    for &g in grids.iter().rev() {
        let end = doc.subtree_end(g);
        let boxed: u32 = out
            .iter()
            .filter(|&&(b, _)| b.index() >= end && doc.contains(root, b))
            .map(|&(b, _)| stats.para_chars[b.index()])
            .sum();
        if prose_after(doc, stats, root, g).saturating_sub(boxed) < 300 {
            out.push((g, None));
        } else {
            break;
        }
    }
}

/// Paragraph text after `node` inside `root`: its following siblings and
/// those of its ancestors up to `root`.
fn prose_after(doc: &Document, stats: &Stats, root: NodeId, node: NodeId) -> u32 {
    let mut total = 0;
    let mut cur = node;
    while cur != root {
        let mut sib = doc.next_sibling(cur);
        while let Some(s) = sib {
            total += stats.para_chars[s.index()];
            sib = doc.next_sibling(s);
        }
        match doc.parent(cur) {
            Some(p) => cur = p,
            None => break,
        }
    }
    total
}

/// A teaser label line ("Schon gelesen?", "Read more") followed by sibling
/// blocks that are each one headline link (embedded post cards, "Read more"
/// links one per paragraph): those blocks form a teaser box.
fn labelled_link_run(doc: &Document, roles: &[Role], stats: &Stats, label: NodeId) -> Vec<NodeId> {
    if !related::is_teaser_label(&doc.text(label)) {
        return Vec::new();
    }
    let mut run = Vec::new();
    let mut next = doc.next_sibling(label);
    while let Some(s) = next {
        next = doc.next_sibling(s);
        if doc.element(s).is_none() {
            if doc.text_node(s).is_some_and(|t| !t.trim().is_empty()) {
                break;
            }
            continue;
        }
        let i = s.index();
        if stats.chars[i] == 0 {
            continue;
        }
        let card = roles[i] == Role::Keep
            && stats.chars[i] <= 250
            && stats.link_density(s) >= 0.8
            && related::headline_links(doc, roles, s, 2).len() == 1;
        if !card {
            break;
        }
        run.push(s);
    }
    run
}

/// Element siblings after the body roots and after their ancestors, up to
/// `body`: where "Explore" / "Related" lists live.
fn following_region(doc: &Document, roots: &[NodeId]) -> Vec<NodeId> {
    let Some(&last) = roots.last() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cur = last;
    for _ in 0..4 {
        let mut sib = doc.next_sibling(cur);
        while let Some(s) = sib {
            if doc.element(s).is_some() {
                out.push(s);
            }
            sib = doc.next_sibling(s);
        }
        match doc.parent(cur) {
            Some(p) if !doc.is(p, "body") && doc.element(p).is_some() => cur = p,
            _ => break,
        }
    }
    out
}

/// When nothing scores: the `body` element.
fn fallback_root(doc: &Document) -> Option<NodeId> {
    doc.elements_named("body").next()
}

/// The lead image: the first figure (or captioned image) of the article
/// before the body text starts, else the body's own first figure.
fn lead_image(doc: &Document, roots: &[NodeId], base: Option<&Url>) -> Option<Image> {
    let first = *roots.first()?;
    let scope = doc
        .ancestors(first)
        .find(|&a| doc.is(a, "article") || doc.is(a, "main"))
        .unwrap_or_else(|| doc.parent(first).unwrap_or(first));
    let mut candidates = (scope.0..first.0).map(NodeId).chain(doc.descendants(first));
    let img = candidates.find(|&n| doc.is(n, "figure") || doc.is(n, "img"))?;
    if doc.is(img, "figure") {
        return image::figure(doc, img, base);
    }
    // A bare image: its container up to two levels may carry the caption.
    let mut container = img;
    for anc in doc.ancestors(img).take(2) {
        let has_caption = doc.descendants(anc).any(|n| {
            doc.element(n).is_some() && {
                let ci = doc.class_and_id(n);
                ci.contains("caption") || doc.is(n, "figcaption")
            }
        });
        if has_caption {
            container = anc;
            break;
        }
    }
    image::figure(doc, container, base)
}

/// Final touches on the block list: drop a repeated title, take byline and
/// source lines out of the text, move "Read more: …" lines into `related`.
fn tidy_blocks(
    body: &mut Vec<Block>,
    title: Option<&str>,
    content: &mut Content,
    related: &mut Vec<RelatedList>,
) {
    let title_norm = title.map(|t| normalize_space(t).to_lowercase());
    let mut out = Vec::with_capacity(body.len());
    let n = body.len();
    for (i, block) in std::mem::take(body).into_iter().enumerate() {
        let text = block.text();
        let near_start = i < 4;
        let near_end = i + 3 >= n;
        if near_start
            && let Some(t) = &title_norm
            && matches!(block, Block::Heading { .. } | Block::Paragraph { .. })
            && normalize_space(&text).to_lowercase() == *t
        {
            continue;
        }
        if let Block::Paragraph { marks, .. } = &block {
            if near_start && let Some(byline) = byline_line(&text) {
                if content.byline_authors.is_empty() {
                    content.byline_authors = byline.authors;
                }
                if content.source.is_none() {
                    content.source = byline.source;
                }
                continue;
            }
            if near_end && let Some(src) = source_line(&text) {
                content.source.get_or_insert(src);
                continue;
            }
            if near_end && is_call_to_action(&text) {
                continue;
            }
            if is_share_line(&text) {
                continue;
            }
            if (near_end && is_lone_link(&text, marks)) || is_tag_line(&text, marks) {
                continue;
            }
            if let Some((label, item)) = read_more_line(&text, marks) {
                match related
                    .iter_mut()
                    .find(|l| l.label.as_deref() == Some(label.as_str()))
                {
                    Some(list) => list.items.push(item),
                    None => related.push(RelatedList {
                        label: Some(label),
                        items: vec![item],
                    }),
                }
                continue;
            }
        }
        if let (Some(Block::Figure { image }), Block::Paragraph { .. }) = (out.last_mut(), &block)
            && image.caption.is_none()
            && text.chars().count() <= 300
            && looks_like_caption(&text, image.alt.as_deref())
        {
            let (caption, credit) = image::split_caption_credit(&text);
            image.caption = caption;
            image.credit = image.credit.take().or(credit);
            continue;
        }
        out.push(block);
    }
    // The tail of a body: a heading there heads nothing, and short unpunctuated
    // lines after the last paragraph are labels ("Contact:", "About the
    // author", "Tags") of boxes that were left out.
    let has_prose = |blocks: &[Block]| {
        blocks
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, .. } if text.len() >= 200))
    };
    let mut trimmed = 0;
    while let Some(last) = out.last()
        && trimmed < 3
        && has_prose(&out[..out.len() - 1])
    {
        trimmed += 1;
        let drop = match last {
            Block::Heading { .. } => true,
            Block::Paragraph { text, .. } => {
                related::is_teaser_label(text) || is_trailing_label(text)
            }
            _ => false,
        };
        if drop {
            out.pop();
        } else {
            break;
        }
    }
    // The head of a body: short unpunctuated lines before the first real
    // paragraph are kickers, datelines and labels.
    let mut lead = 0;
    while lead < 3 && lead + 1 < out.len() {
        match &out[lead] {
            Block::Paragraph { text, .. } if is_trailing_label(text) => lead += 1,
            _ => break,
        }
    }
    if lead > 0 && has_prose(&out[lead..]) {
        out.drain(..lead);
    }
    *body = out;
}

/// A paragraph right after an image that reads as its caption: it repeats
/// the alt text or carries a credit marker.
fn looks_like_caption(text: &str, alt: Option<&str>) -> bool {
    let lower = text.to_lowercase();
    alt.is_some_and(|a| !a.is_empty() && lower.starts_with(&a.to_lowercase()))
        || [
            "©",
            "foto:",
            "photo:",
            "bild:",
            "image:",
            "credit:",
            "getty images",
            "(c)",
        ]
        .iter()
        .any(|m| lower.contains(m))
}

/// A short line without closing punctuation: a label, not a sentence.
fn is_trailing_label(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 40
        && !t.ends_with(['.', '!', '?', ')', '"', '”', '“', '»', '«', '…', '。'])
}

/// A short paragraph that is one link and nothing else ("Back to the
/// overview", "PDF", "Next"): navigation, not prose.
fn is_lone_link(text: &str, marks: &[crate::Mark]) -> bool {
    text.chars().count() <= 40
        && text.split_whitespace().count() <= 3
        && marks.iter().any(|m| {
            matches!(m.kind, crate::MarkKind::Link { .. }) && m.start == 0 && m.end >= text.len()
        })
}

/// Labels of keyword lines ("Tags: a, b, c").
const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "topics",
    "keywords",
    "themen",
    "schlagwörter",
    "schlagworte",
    "temas",
    "etiquetas",
    "mots-clés",
    "sujets",
];

/// "Tags: …" lines whose rest is links.
fn is_tag_line(text: &str, marks: &[crate::Mark]) -> bool {
    let Some((label, rest)) = text.split_once(':') else {
        return TAG_LABELS.contains(&text.trim().to_lowercase().as_str());
    };
    let label = label.trim().to_lowercase();
    if !TAG_LABELS.contains(&label.as_str()) {
        return false;
    }
    let linked: usize = marks
        .iter()
        .filter(|m| matches!(m.kind, crate::MarkKind::Link { .. }))
        .map(|m| m.end - m.start)
        .sum();
    rest.trim().is_empty() || linked * 2 >= rest.trim().len()
}

/// Words of subscription / newsletter / follow-us appeals (lower case).
const CALL_TO_ACTION: &[&str] = &[
    "subscribe",
    "subscription",
    "newsletter",
    "sign up",
    "signing up",
    "follow us",
    "abonnieren",
    "abonnement",
    "abonnez",
    "suscríbete",
    "suscribete",
    "síguenos",
    "siguenos",
    "folgen sie uns",
    "melden sie sich",
    "iscriviti",
];

/// Names on share buttons, lower case.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "pinterest",
    "whatsapp",
    "linkedin",
    "xing",
    "reddit",
    "telegram",
    "tumblr",
    "flipboard",
    "pocket",
    "threads",
    "bluesky",
    "mastodon",
    "messenger",
    "email",
    "e-mail",
    "mail",
    "print",
    "drucken",
    "share",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "tweet",
];

/// A line of share buttons ("Facebook Twitter Pinterest", or the names
/// run together as buttons render them: "FacebookTwitterE-Mail").
fn is_share_line(text: &str) -> bool {
    if text.len() > 120 {
        return false;
    }
    let lower = text.to_lowercase();
    let mut names = 0;
    for word in lower.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '/' | ',')) {
        let mut rest = word.trim_matches(|c: char| !c.is_alphanumeric());
        // Names run together: take the longest name the rest starts with.
        while !rest.is_empty() {
            let Some(name) = SHARE_WORDS
                .iter()
                .filter(|w| rest.starts_with(*w))
                .max_by_key(|w| w.len())
            else {
                return false;
            };
            rest = rest[name.len()..].trim_start_matches(|c: char| !c.is_alphanumeric());
            names += 1;
        }
    }
    names >= 2
}

/// A short appeal to subscribe or follow, as publishers end articles with.
fn is_call_to_action(text: &str) -> bool {
    if text.chars().count() > 250 {
        return false;
    }
    let lower = text.to_lowercase();
    CALL_TO_ACTION.iter().any(|w| lower.contains(w))
}

/// "By A and B" as a standalone short line at the top of the body.
fn byline_line(text: &str) -> Option<crate::metadata::byline::Byline> {
    let t = text.trim();
    let starts_with_by = ["By ", "by ", "BY ", "Von ", "von ", "Par ", "Por "]
        .iter()
        .any(|p| t.starts_with(p));
    if !starts_with_by || t.chars().count() > 100 {
        return None;
    }
    crate::metadata::byline::parse_byline(t).filter(|b| !b.authors.is_empty())
}

/// A wire-credit line ("SOURCE: AFP", "(AP)") at the end of the body.
fn source_line(text: &str) -> Option<String> {
    crate::metadata::byline::parse_source_line(text)
}

/// "Read more: <headline link>" inside the body → a related item.
fn read_more_line(text: &str, marks: &[crate::Mark]) -> Option<(String, crate::RelatedItem)> {
    let (prefix, rest) = text.split_once(':')?;
    if !related::is_teaser_label(prefix) || prefix.split_whitespace().count() > 5 {
        return None;
    }
    let link = marks.iter().find_map(|m| match &m.kind {
        crate::MarkKind::Link { href } if m.end - m.start + 2 >= rest.trim().len() => {
            Some(href.clone())
        }
        _ => None,
    })?;
    let title = rest.trim().to_string();
    if title.is_empty() {
        return None;
    }
    Some((
        prefix.trim().to_string(),
        crate::RelatedItem {
            title,
            url: Some(link),
            author: None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_button_lines() {
        for line in [
            "FacebookTwitterPinterest",
            "Facebook Twitter E-Mail",
            "Teilen: WhatsApp | Facebook | Drucken",
            "FacebookWhatsAppLinkedIn",
        ] {
            assert!(is_share_line(line), "{line}");
        }
        for line in [
            "Facebook",
            "Facebook and Twitter fined",
            "Share prices fell on Monday.",
            "Mailbox Twitter",
        ] {
            assert!(!is_share_line(line), "{line}");
        }
    }

    #[test]
    fn byline_lines() {
        assert_eq!(
            byline_line("By Ana Ruiz and Omar Haddad").unwrap().authors,
            ["Ana Ruiz", "Omar Haddad"]
        );
        assert!(byline_line("By the way, this is a sentence about things.").is_none());
        assert_eq!(source_line("SOURCE:AFP").as_deref(), Some("AFP"));
        assert_eq!(source_line("Source: Reuters").as_deref(), Some("Reuters"));
        assert!(source_line("Sources say the deal is close to being finished now.").is_none());
        assert!(byline_line("Ana Ruiz").is_none());
    }
}
