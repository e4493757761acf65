//! The main body: finding its root, cleaning it, turning it into blocks, and
//! moving teaser boxes into `related`.
//!
//! Stages, each a module:
//! 1. `classify` — roles per node: junk (never content), teaser box, keep;
//! 2. `score` — text statistics and candidate scoring → body root(s);
//! 3. `teaser_boxes` finds boxes by structure, `related` reads teaser boxes
//!    (inside and after the body) → `related`;
//! 4. `blocks` — the body subtrees → typed blocks; `lead_image` picks the
//!    article's image;
//! 5. `tidy` — clean-up of the block list (title repeated, byline and source
//!    lines);
//! 6. fallbacks for pages whose markup holds little of the article:
//!    `deferred` (markup kept as text for a script) and `json_ld_body` (the
//!    stated `articleBody`).
//!
//! The thresholds all these stages use live in `crate::tuning`.

pub(crate) mod bare_page;
mod blocks;
mod classify;
pub(crate) mod comments;
mod copies;
mod deferred;
mod image;
mod json_ld_body;
mod lead_image;
mod listing;
mod product;
pub(crate) mod related;
mod score;
mod teaser_boxes;
mod thread;

pub(crate) use image::clean_credit;
mod tidy;

use url::Url;

use crate::dom::{Document, NodeData, NodeId};
use crate::lexicon::page_kinds;
use crate::page_kind::declares_any;
use crate::tuning;
use crate::{Block, BodySource, Image, RelatedList};
use classify::{ClassFlags, Role};
use score::Stats;

use crate::rules::RuleHints;

/// Inputs to body extraction.
pub(crate) struct ContentInput<'a> {
    pub base: Option<&'a Url>,
    pub title: Option<&'a str>,
    pub json_ld_body: Option<&'a str>,
    /// The JSON-LD `Product`'s `description` (`product::missing_description`).
    pub product_description: Option<&'a str>,
    pub hints: &'a RuleHints,
    /// The caller's limits, for markup parsed on the way (see `deferred`).
    pub limits: &'a crate::Limits,
    /// The types the page declares (JSON-LD `@type`s and `og:` type,
    /// lower case), read by `thread`.
    pub declared: &'a [String],
    /// The page has an "add to cart" control (`page_kind::page_counts`).
    pub cart: bool,
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
    /// The posts of a thread that is the page's content (`thread`); the
    /// body then holds them too.
    pub posts: Vec<crate::Comment>,
    /// The body holds the page's list of teasers (`listing`): the page is
    /// a listing or a collection.
    pub list_body: bool,
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
    (total / tuning::PROTECTED_PROSE_SHARE_DIVISOR).max(tuning::MIN_PROTECTED_PROSE_CHARS)
}

/// Roles, statistics and candidate scores of a page.
struct Analysis {
    roles: Vec<Role>,
    stats: Stats,
    scores: Vec<f32>,
    /// The page's visible non-link text, in characters, whatever the roles.
    prose: u32,
}

/// What the class and id vocabulary may decide in an analysis.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClassNames {
    /// Class names prune (junk, teaser) and weigh candidates.
    Trusted,
    /// Junk words do not prune (only comment markers, teaser words and
    /// content words count): the second opinion for pages whose layout
    /// calls every block a "widget" or a "module".
    Ignored,
}

/// What is measured once per page, whatever the class names decide: text
/// measures, prose mass and link counts per node, and the class flags.
struct PageMeasures {
    measures: Vec<(u32, u32)>,
    mass: Vec<u32>,
    links: Vec<u32>,
    flags: Vec<ClassFlags>,
    /// Boxes headed "About the author" (`classify::author_boxes`).
    author_boxes: Vec<NodeId>,
}

impl PageMeasures {
    fn of(doc: &Document) -> PageMeasures {
        let measures = score::measure_all(doc);
        let (mass, links) = prose_mass(doc, &measures);
        PageMeasures {
            measures,
            mass,
            links,
            flags: classify::class_flags(doc),
            author_boxes: classify::author_boxes(doc),
        }
    }
}

/// Classifies and scores every node; `strip` subtrees (from a rule) and
/// author boxes are junk.
fn analyze(
    doc: &Document,
    page: &PageMeasures,
    strip: &[NodeId],
    class_names: ClassNames,
) -> Analysis {
    let blind_flags: Vec<ClassFlags>;
    let flags = match class_names {
        ClassNames::Trusted => &page.flags,
        ClassNames::Ignored => {
            blind_flags = class_blind_flags(&page.flags);
            &blind_flags
        }
    };
    let roles = roles_with(doc, page, strip, flags);
    let stats = Stats::gather(doc, &roles, &page.measures);
    let scores = score::score_candidates(doc, &roles, flags, &stats);
    Analysis {
        roles,
        stats,
        scores,
        prose: page.mass[0],
    }
}

/// The class flags with junk words ignored (only comment markers prune).
fn class_blind_flags(flags: &[ClassFlags]) -> Vec<ClassFlags> {
    flags
        .iter()
        .map(|f| ClassFlags {
            junk: f.comment,
            ..*f
        })
        .collect()
}

/// The roles of every node read with `flags`; `strip` subtrees (from a
/// rule) and author boxes are junk.
fn roles_with(
    doc: &Document,
    page: &PageMeasures,
    strip: &[NodeId],
    flags: &[ClassFlags],
) -> Vec<Role> {
    let protect = protect_threshold(page.mass[0]);
    let mut roles = classify::roles(doc, flags, &page.mass, &page.links, protect);
    for &s in strip.iter().chain(&page.author_boxes) {
        for n in doc.descendants(s) {
            roles[n.index()] = Role::Junk;
        }
    }
    roles
}

/// The heuristic body roots of an analysis and their characters of text.
fn heuristic_body(doc: &Document, a: &Analysis) -> (Vec<NodeId>, u32) {
    let roots = match score::top_candidate(doc, &a.stats, &a.scores) {
        Some(top) => score::with_siblings(doc, &a.roles, &a.stats, &a.scores, top),
        None => fallback_root(doc).into_iter().collect(),
    };
    let chars = roots.iter().map(|r| a.stats.chars[r.index()]).sum();
    (roots, chars)
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
        posts: inner_content.posts,
        list_body: inner_content.list_body,
        ..content
    }
}

/// Whether a body holds `tuning::MIN_BODY_CHARS` of text (read only as far as
/// needed: most bodies pass on their first paragraph).
fn has_body_text(body: &[Block]) -> bool {
    let mut chars = 0;
    body.iter().any(|b| {
        chars += b.text().len();
        chars >= tuning::MIN_BODY_CHARS
    })
}

fn body_chars(body: &[Block]) -> usize {
    body.iter().map(|b| b.text().len()).sum()
}

/// Extracts the body from the page's markup.
fn extract_from_markup(doc: &Document, input: &ContentInput<'_>) -> Content {
    let page = PageMeasures::of(doc);
    let mut analysis = analyze(doc, &page, &input.hints.strip, ClassNames::Trusted);
    let (mut heuristic_roots, mut heuristic_chars) = heuristic_body(doc, &analysis);
    let mut recovered = false;
    // Self-check: class names pruned most of the page's prose away (a
    // layout that calls every block a "widget"). A second opinion that
    // ignores them wins when it finds a clearly bigger body.
    if heuristic_chars * tuning::SELF_CHECK_PROSE_SHARE_DIVISOR < analysis.prose {
        let blind = analyze(doc, &page, &input.hints.strip, ClassNames::Ignored);
        let headline = doc.elements_named("h1").next();
        let (mut blind_roots, _) = heuristic_body(doc, &blind);
        // Link lists merged in beside the body (a byline box with social
        // links) are not the body: drop them, judge what remains.
        if blind_roots.len() > 1 {
            blind_roots
                .retain(|&r| blind.stats.link_density(r) < tuning::CLASS_BLIND_MAX_LINK_DENSITY);
        }
        let blind_chars: u32 = blind_roots
            .iter()
            .map(|r| blind.stats.chars[r.index()])
            .sum();
        if !blind_roots.is_empty()
            && blind_chars
                >= heuristic_chars * tuning::CLASS_BLIND_MIN_GAIN_FACTOR
                    + tuning::CLASS_BLIND_MIN_EXTRA_CHARS
            && blind_roots.iter().all(|&r| {
                blind.stats.link_density(r) < tuning::CLASS_BLIND_MAX_LINK_DENSITY
                    && !std::iter::once(r)
                        .chain(doc.ancestors(r))
                        .any(|a| doc.is(a, "aside"))
                    // Not a banner above the headline (shipping offers, a
                    // cookie notice): the article holds or follows it.
                    && headline.is_none_or(|h| r > h || doc.contains(r, h))
            })
        {
            analysis = blind;
            heuristic_roots = blind_roots;
            heuristic_chars = blind_chars;
            recovered = true;
        }
    }
    let Analysis { roles, stats, .. } = analysis;
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
        && (rule_chars * tuning::RULE_BODY_MIN_SHARE_DIVISOR >= heuristic_chars
            || rule_chars >= tuning::RULE_BODY_TRUSTED_CHARS);
    // A body cut to one section may widen: to the product's frame on a
    // product page, else to the main column on a page that declares no
    // article. Both look for the page's main elements, found once.
    let product_page = input.cart || product::declares_product(input.declared);
    let column_page = !declares_article_kind(input.declared);
    let mains = if !use_rule && (product_page || column_page) {
        main_elements(doc)
    } else {
        Vec::new()
    };
    let frame = (!use_rule && product_page)
        .then(|| {
            product::frame(
                doc,
                &roles,
                &heuristic_roots,
                input.title,
                &stats.chars,
                &mains,
            )
        })
        .flatten();
    let main = if use_rule || frame.is_some() || !column_page {
        None
    } else {
        main_column(
            doc,
            &mains,
            &roles,
            &stats,
            &heuristic_roots,
            heuristic_chars,
        )
    };
    let roots: Vec<NodeId> = if use_rule {
        input.hints.body.clone()
    } else if let Some(frame) = frame {
        vec![frame]
    } else if let Some(main) = main {
        vec![main]
    } else {
        heuristic_roots
    };
    let body_source = if use_rule {
        BodySource::Rule
    } else if input.hints.names_body || !input.hints.body.is_empty() {
        BodySource::StaleRule
    } else if main.is_some() {
        BodySource::MainColumn
    } else if recovered {
        BodySource::ClassBlind
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
        teaser_boxes::find_structural_boxes(doc, &roles, &stats, root, &mut boxes);
    }
    for after in teaser_boxes::following_region(doc, &roots) {
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
        let found = teaser_boxes::label_heading(doc, *b);
        if let Some(h) = found {
            labels.push(h);
        }
        box_labels.push(found.map(|h| doc.text(h)));
    }

    let mut related_lists: Vec<RelatedList> = Vec::new();
    let mut read_boxes: Vec<listing::ReadBox> = Vec::new();
    for ((b, label), found) in boxes.iter().zip(box_labels) {
        let label = label.clone().or(found);
        if let Some(list) = related::read_box(doc, &roles, input.base, *b, label) {
            read_boxes.push(listing::ReadBox {
                node: *b,
                items: list.items.len(),
                labelled: list.label.as_deref().is_some_and(related::is_teaser_label),
            });
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
    // Copies made for scripts (cloned slides, a second layout) are read once.
    let mut left_out = copies::find(doc, &roles, &stats, &roots);
    // A headline's column may be the whole `<body>`: its header and footer
    // are the site's, not the page's.
    if let Some(column) = main.filter(|_| mains.is_empty()) {
        left_out.extend(page_chrome(doc, column));
        left_out.sort_unstable();
    }
    // A product's customer reviews are readers' comments, not its text.
    if product_page {
        left_out.extend(product::review_boxes(doc, &roots, &stats.chars));
        left_out.sort_unstable();
    }
    let skip = |n: NodeId| {
        box_ids.binary_search(&n).is_ok()
            || labels.contains(&n)
            || left_out.binary_search(&n).is_ok()
    };
    // Class-blind roles (junk words of class names ignored), for the
    // junk that repeats in the body (`listing`).
    let blind_roles = || {
        roles_with(
            doc,
            &page,
            &input.hints.strip,
            &class_blind_flags(&page.flags),
        )
    };
    let mut body = blocks::BlockWriter::blocks_of(doc, &roles, &stats, input.base, &skip, &roots);
    // A page whose content is a list of teasers: the list is the body too.
    let lists = if use_rule {
        Vec::new()
    } else {
        listing::main_lists(
            doc,
            &roles,
            &read_boxes,
            &body,
            &roots,
            &page,
            declares_article(input.declared),
        )
    };
    if !lists.is_empty() {
        let roles = listing::lift_teasers(doc, &roles, &blind_roles(), &lists);
        let stats = Stats::gather(doc, &roles, &page.measures);
        let list_roots = listing::roots_with_lists(doc, &roots, &lists);
        let cells = listing::cells_read_as_boxes(doc, &box_ids, &lists);
        let skip = |n: NodeId| {
            // A box that is a list or holds one (a grid the box finders
            // read as three rows) is written, and so are a list's cells
            // read as boxes.
            (box_ids.binary_search(&n).is_ok()
                && !lists.iter().any(|&l| doc.contains(n, l))
                && cells.binary_search(&n).is_err())
                || labels.contains(&n)
                || left_out.binary_search(&n).is_ok()
        };
        body = blocks::BlockWriter::list_blocks_of(
            doc,
            &roles,
            &stats,
            input.base,
            &skip,
            &list_roots,
        );
    }
    let mut body_source = body_source;
    // The markup holds little of the article (rendered by a script, or cut
    // short) while the page's JSON-LD states the body: that text it is.
    if !use_rule
        && let Some(stated) = input.json_ld_body.map(json_ld_body::paragraphs)
        && json_ld_body::replaces(&body, &stated)
    {
        body = stated;
        body_source = BodySource::JsonLd;
    }
    // A product page whose markup lacks the description it states: the
    // stated text joins the body, after the product's name when the body
    // opens with it.
    if !use_rule
        && product_page
        && let Some(stated) = input
            .product_description
            .and_then(|d| product::missing_description(&body, d))
    {
        if body.is_empty() {
            body_source = BodySource::JsonLd;
        }
        let at = usize::from(matches!(body.first(), Some(Block::Heading { .. })));
        body.splice(at..at, stated);
    }

    let mut content = Content {
        lead_image: lead_image::lead_image(doc, &roots, input.base),
        list_body: !lists.is_empty(),
        body_source,
        ..Content::default()
    };
    tidy::tidy_blocks(&mut body, input.title, &mut content, &mut related_lists);
    content.body = body;
    content.related = related_lists;
    if !use_rule {
        thread::read(doc, &page, &stats, &roots, input, &mut content);
    }
    content
}

/// The page's main elements (`<main>` or `role="main"`), in document
/// order.
fn main_elements(doc: &Document) -> Vec<NodeId> {
    doc.elements()
        .filter(|&e| doc.is(e, "main") || doc.attr(e, "role") == Some("main"))
        .collect()
}

/// The page says what kind of story it is, so its best node stays the
/// body: a JSON-LD article type, or `og:type` article on a page that does
/// not declare a product. (An article's main column also holds teasers,
/// comments and asides.)
fn declares_article_kind(declared: &[String]) -> bool {
    declares_any(declared, page_kinds::ARTICLE_TYPES)
        || (declares_any(declared, page_kinds::OG_ARTICLE)
            && !declares_any(declared, page_kinds::PRODUCT_TYPES))
}

/// The page's main column (the kept one of `mains` with most text) when
/// the heuristic body (`roots`, `chars` of text) is a small part of it: a
/// landing, product or category page of many short sections, where one
/// section scores best but all of them are the content. A page without
/// main elements takes its headline's column instead (`headline_column`).
fn main_column(
    doc: &Document,
    mains: &[NodeId],
    roles: &[Role],
    stats: &Stats,
    roots: &[NodeId],
    chars: u32,
) -> Option<NodeId> {
    // A column no element marks as main is trusted less: it must read as
    // prose, not as a page of links.
    let (main, max_link_density) = if mains.is_empty() {
        (
            headline_column(doc, roles, roots)?,
            tuning::HEADLINE_COLUMN_MAX_LINK_DENSITY,
        )
    } else {
        let main = mains
            .iter()
            .copied()
            .filter(|&e| roles[e.index()] == Role::Keep)
            .max_by_key(|m| stats.chars[m.index()])?;
        (main, tuning::MAIN_COLUMN_MAX_LINK_DENSITY)
    };
    (roots.iter().all(|&r| r != main && doc.contains(main, r))
        && chars * tuning::MAIN_COLUMN_SHARE_DIVISOR < stats.chars[main.index()]
        && stats.link_density(main) < max_link_density)
        .then_some(main)
}

/// The column of a page without main elements: the smallest kept
/// container of the page's headline (its first kept `<h1>`) and the body
/// roots, `<body>` itself at most. A landing page stacks its sections
/// under the headline's hero (often as children of `<body>`, between a
/// header and a footer that are junk); one section scores best, the
/// column holds them all.
fn headline_column(doc: &Document, roles: &[Role], roots: &[NodeId]) -> Option<NodeId> {
    let h1 = doc
        .elements_named("h1")
        .find(|&h| roles[h.index()] == Role::Keep)?;
    let mut column = doc.parent(h1)?;
    for &r in roots {
        while !doc.contains(column, r) {
            column = doc.parent(column)?;
        }
    }
    (!doc.is(column, "html") && roles[column.index()] == Role::Keep).then_some(column)
}

/// The site's header and footer among a column's children: `<footer>`
/// elements, and `<header>` elements that hold no `<h1>` (a page's own
/// header holds its headline).
fn page_chrome(doc: &Document, column: NodeId) -> Vec<NodeId> {
    doc.element_children(column)
        .filter(|&c| {
            doc.is(c, "footer")
                || (doc.is(c, "header") && !doc.descendants(c).any(|d| doc.is(d, "h1")))
        })
        .collect()
}

/// The page declares itself an article: a JSON-LD article type, or
/// `og:type` "article".
fn declares_article(declared: &[String]) -> bool {
    declares_any(declared, page_kinds::ARTICLE_TYPES)
        || declares_any(declared, page_kinds::OG_ARTICLE)
}

/// When nothing scores: the `body` element.
fn fallback_root(doc: &Document) -> Option<NodeId> {
    doc.elements_named("body").next()
}
