//! Threads: a forum thread, a question with its answers, a page of posts.
//! When the posts are what the page holds, they are its body.
//!
//! A post is found by structure, not by engine:
//! - repeated post containers: elements of one signature (tag and first
//!   class token, digits left out) that each name an author (an
//!   `itemprop=author`, an author or user-name class, a link to a member
//!   profile), carry a date (`<time>`, `itemprop=datePublished`, a short
//!   dated element marked as a date) and hold text of their own; the
//!   signature with the most text is the thread;
//! - elements marked as posts in schema.org microdata (`Comment`,
//!   `Answer`, `Question`, `DiscussionForumPosting`).
//!
//! A post holding other posts (replies) keeps only its own text; one
//! with no text of its own (a wrapper around the posts) is no post.
//!
//! **The decision** (documented at [`Article::comments`](crate::Article)):
//! the posts are the page's content when the body the scoring found lies
//! inside one post or around the posts with little text of its own
//! outside them. The body is then every post in page order (the first
//! post first), each as its author line, its date line as shown, and its
//! text as blocks; and `comments` lists the same posts as data. An
//! article with a comment section keeps its body: its text lies outside
//! the comments.

use std::collections::BTreeMap;

use crate::dom::{Document, NodeId, normalize_space};
use crate::lexicon::page_kinds;
use crate::lexicon::threads as words;
use crate::parse::date::{find_date_in_text, parse_date};
use crate::tuning::thread as tune;
use crate::{Block, Comment, PageDate};
use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;

use super::classify::{self, ClassFlags};
use super::score::Stats;
use super::{Content, PageMeasures, blocks};

/// One post: its container and the elements naming its author and date.
struct Post {
    node: NodeId,
    author: Option<NodeId>,
    date: Option<NodeId>,
}

/// Posts of the page's thread, in page order (none when there is no
/// thread of at least `tune::MIN_THREAD_POSTS`).
fn find(doc: &Document, page: &PageMeasures) -> Vec<NodeId> {
    let n = doc.len();
    let mut dates = vec![0u32; n];
    let mut marked = Vec::new();
    for i in (0..n).rev() {
        let id = NodeId(i as u32);
        // Most elements carry no attribute and are no `<time>`: nothing
        // to read.
        if doc
            .element(id)
            .is_some_and(|e| !e.attrs.is_empty() || doc.is(id, "time"))
        {
            if is_date(doc, page, id) {
                dates[i] += 1;
            }
            if is_marked_post(doc, id) {
                marked.push(id);
            }
        }
        if let Some(p) = doc.parent(id) {
            dates[p.index()] += dates[i];
        }
    }
    // Whether a subtree names an author, read only for the few containers
    // that can still be posts (reading every element costs more than the
    // rest of the search).
    let signed = |id: NodeId| doc.descendants(id).any(|d| is_author(doc, d));
    marked.reverse();
    // A post marked in microdata still names its author or its date (the
    // questions of an FAQ name neither).
    marked.retain(|&m| dates[m.index()] > 0 || signed(m));
    // Repeated containers: siblings of one signature, each with an author,
    // a date and text.
    let mut groups: BTreeMap<(u32, String), Vec<NodeId>> = BTreeMap::new();
    for id in doc.elements() {
        let i = id.index();
        if dates[i] == 0 || page.mass[i] < tune::MIN_POST_CHARS {
            continue;
        }
        let (Some(sig), Some(parent)) = (signature(doc, id), doc.parent(id)) else {
            continue;
        };
        let key = (parent.0, sig);
        if let Some(members) = groups.get_mut(&key) {
            members.push(id);
        } else if groups.len() < tune::MAX_SIGNATURES {
            groups.insert(key, vec![id]);
        }
    }
    for members in groups.values_mut() {
        if members.len() >= tune::MIN_THREAD_POSTS {
            members.retain(|&m| signed(m));
        }
    }
    let groups: Vec<(String, Vec<NodeId>, u32)> = groups
        .into_iter()
        .filter(|(_, m)| m.len() >= tune::MIN_THREAD_POSTS)
        .map(|((_, sig), m)| {
            let text: u32 = m.iter().map(|a| page.mass[a.index()]).sum();
            (sig, m, text)
        })
        .collect();
    // Columns of a layout hold a thread: a group most of whose text is
    // in the members of a group of another signature is no thread
    // (replies nested in posts share their signature); and a group whose
    // class or id names a post ("message", "reply" …) comes before one
    // whose names do not ("row", "col").
    let best = groups
        .iter()
        .filter(|(sig, m, text)| {
            let inner: u32 = groups
                .iter()
                .filter(|(s, _, _)| s != sig)
                .flat_map(|(_, h, _)| h.iter())
                .filter(|&&q| m.iter().any(|&a| a != q && doc.contains(a, q)))
                .map(|q| page.mass[q.index()])
                .sum();
            inner * tune::NESTED_THREAD_SHARE_DIVISOR < *text
        })
        .max_by_key(|(_, m, t)| {
            let worded = m.iter().any(|&a| class_id_has(doc, a, &POST_CONTAINER));
            (worded, *t)
        })
        .map(|(_, m, _)| m.clone())
        .unwrap_or_default();
    let mut posts: Vec<NodeId> = best;
    posts.extend(
        marked
            .into_iter()
            .filter(|m| page.mass[m.index()] >= tune::MIN_POST_CHARS),
    );
    posts.sort();
    posts.dedup();
    posts.truncate(crate::tuning::MAX_COMMENTS);
    // A wrapper around posts with no text of its own is no post.
    let own: Vec<u32> = posts
        .iter()
        .map(|&p| own_mass(doc, page, &posts, p))
        .collect();
    let posts: Vec<NodeId> = posts
        .iter()
        .zip(own)
        .filter(|&(_, m)| m >= tune::MIN_POST_CHARS)
        .map(|(&p, _)| p)
        .collect();
    if posts.len() >= tune::MIN_THREAD_POSTS {
        posts
    } else {
        Vec::new()
    }
}

/// Visible non-link text of `p` outside the other posts inside it.
fn own_mass(doc: &Document, page: &PageMeasures, posts: &[NodeId], p: NodeId) -> u32 {
    let inner: u32 = top_level(
        doc,
        posts
            .iter()
            .copied()
            .filter(|&q| q != p && doc.contains(p, q)),
    )
    .iter()
    .map(|q| page.mass[q.index()])
    .sum();
    page.mass[p.index()].saturating_sub(inner)
}

/// The nodes not inside another one of them.
fn top_level(doc: &Document, nodes: impl Iterator<Item = NodeId>) -> Vec<NodeId> {
    let nodes: Vec<NodeId> = nodes.collect();
    nodes
        .iter()
        .copied()
        .filter(|&a| !nodes.iter().any(|&b| b != a && doc.contains(b, a)))
        .collect()
}

/// Tag, first class token and id, with digits left out:
/// `article.message#js-post-`, `div.post#p`; none for an element with
/// neither class nor id.
fn signature(doc: &Document, id: NodeId) -> Option<String> {
    let tag = doc.tag_name(id)?;
    let class = doc
        .attr(id, "class")
        .and_then(|c| c.split_ascii_whitespace().next())
        .unwrap_or("");
    let ident = doc.attr(id, "id").unwrap_or("");
    if class.is_empty() && ident.is_empty() {
        return None;
    }
    let strip = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_ascii_digit())
            .take(tune::MAX_SIGNATURE_CHARS)
            .collect()
    };
    Some(format!("{tag}.{}#{}", strip(class), strip(ident)))
}

/// A case-insensitive matcher for any word of a list (one scan of the
/// value, however many words).
fn matcher(words: &[&str]) -> AhoCorasick {
    // Class values are short: a DFA without a prefilter answers fastest.
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(words)
        .expect("a word list builds a matcher")
}

static AUTHOR_CLASS: Lazy<AhoCorasick> = Lazy::new(|| matcher(words::AUTHOR_CLASS_WORDS));
static DATE_CLASS: Lazy<AhoCorasick> = Lazy::new(|| matcher(words::DATE_CLASS_WORDS));
static PROFILE_HREF: Lazy<AhoCorasick> = Lazy::new(|| matcher(words::PROFILE_HREF_PARTS));
static POST_CONTAINER: Lazy<AhoCorasick> = Lazy::new(|| matcher(words::POST_CONTAINER_WORDS));

fn class_id_has(doc: &Document, id: NodeId, words: &AhoCorasick) -> bool {
    let has = |v: &str| v.len() < 400 && words.is_match(v);
    doc.attr(id, "class").is_some_and(has) || doc.attr(id, "id").is_some_and(has)
}

fn itemprop_is(doc: &Document, id: NodeId, list: &[&str]) -> bool {
    doc.attr(id, "itemprop")
        .is_some_and(|v| v.split_ascii_whitespace().any(|t| list.contains(&t)))
}

/// An element that names a post's author.
fn is_author(doc: &Document, id: NodeId) -> bool {
    itemprop_is(doc, id, words::AUTHOR_ITEM_PROPS)
        || class_id_has(doc, id, &AUTHOR_CLASS)
        || (doc.is(id, "a")
            && doc
                .attr(id, "href")
                .is_some_and(|h| PROFILE_HREF.is_match(h)))
}

/// An element that states a post's date: a `<time>`, an element marked
/// as the date in microdata, or a short element whose class names a date
/// and whose text holds one ("2019-02-23, 09:14 PM (edited …)").
fn is_date(doc: &Document, page: &PageMeasures, id: NodeId) -> bool {
    let Some(element) = doc.element(id) else {
        return false;
    };
    if element.name == html5ever::local_name!("time") {
        return true;
    }
    // Asked of every element: its attributes are read in one look.
    let (mut class, mut ident, mut itemprop) = (None, None, None);
    for a in &element.attrs {
        match a.name.local {
            html5ever::local_name!("class") => class = Some(&*a.value),
            html5ever::local_name!("id") => ident = Some(&*a.value),
            html5ever::local_name!("itemprop") => itemprop = Some(&*a.value),
            _ => {}
        }
    }
    if itemprop.is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| words::DATE_ITEM_PROPS.contains(&t))
    }) {
        return true;
    }
    let names_date = |v: &str| v.len() < 400 && DATE_CLASS.is_match(v);
    page.mass[id.index()] as usize <= tune::MAX_DATE_ELEMENT_CHARS
        && (class.is_some_and(names_date) || ident.is_some_and(names_date))
        && {
            let t = doc.text(id);
            t.bytes().any(|b| b.is_ascii_digit())
                && (t.chars().count() <= tune::MAX_HEADER_CHARS || find_date_in_text(&t).is_some())
        }
}

fn is_marked_post(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, "itemtype").is_some_and(|t| {
        let t = t.trim_end_matches('/');
        words::POST_ITEM_TYPES.iter().any(|w| t.ends_with(w))
    })
}

/// The first marker under `post` (outside `nested` posts) with short
/// visible text, among those `rank` puts first (lower is better), and
/// the deepest marker inside it that still has text (the profile link
/// inside an author pane).
fn marker(
    doc: &Document,
    post: NodeId,
    nested: &[NodeId],
    test: impl Fn(NodeId) -> bool,
    rank: impl Fn(NodeId) -> u8,
) -> Option<NodeId> {
    let own = |n: NodeId| !nested.iter().any(|&q| doc.contains(q, n));
    let short = |n: NodeId| {
        let t = doc.text(n);
        !t.is_empty() && t.chars().count() <= tune::MAX_HEADER_CHARS
    };
    let first = doc
        .descendants(post)
        .skip(1)
        .filter(|&n| own(n) && doc.element(n).is_some() && test(n) && short(n))
        .take(tune::MAX_MARKERS_READ)
        .min_by_key(|&n| rank(n))?;
    Some(
        doc.descendants(first)
            .skip(1)
            .filter(|&n| doc.element(n).is_some() && test(n) && short(n))
            .last()
            .unwrap_or(first),
    )
}

/// Author markers by trust: microdata and profile links name the person;
/// a class word can name a pane of statistics about them.
fn author_rank(doc: &Document, n: NodeId) -> u8 {
    if itemprop_is(doc, n, words::AUTHOR_ITEM_PROPS) {
        0
    } else if doc.is(n, "a") {
        1
    } else {
        2
    }
}

/// The date as the post shows it: the element's own text when it holds
/// the date ("2019-02-23, 09:14 PM" before an edit note in a child),
/// else all its text.
fn shown_date(doc: &Document, d: NodeId) -> String {
    let own: String = doc.children(d).filter_map(|c| doc.text_node(c)).collect();
    let own = normalize_space(&own);
    if own.bytes().any(|b| b.is_ascii_digit()) {
        own
    } else {
        normalize_space(&doc.text(d))
    }
}

/// Makes the posts the body when they are the page's content (see the
/// module documentation); `roots` and `stats` are the scoring's body.
pub(super) fn read(
    doc: &Document,
    page: &PageMeasures,
    stats: &Stats,
    roots: &[NodeId],
    input: &super::ContentInput<'_>,
    content: &mut Content,
) {
    let base = input.base;
    let mut nodes = find(doc, page);
    if nodes.is_empty() {
        return;
    }
    // A page that declares itself an article (and not a thread) keeps
    // its article unless the scoring found next to nothing.
    let declares = |types: &[&str]| crate::page_kind::declares_any(input.declared, types);
    // A site that names itself a forum in its host: forum software
    // often declares every thread page an article.
    let forum_site = input.base.is_some_and(is_forum_host);
    let article = declares(page_kinds::ARTICLE_TYPES)
        && !forum_site
        && !declares(page_kinds::FORUM_TYPES)
        && !declares(page_kinds::QUESTION_TYPES);
    // A page filed or declared as a thread.
    let filed_as_thread = forum_site
        || declares(page_kinds::FORUM_TYPES)
        || declares(page_kinds::QUESTION_TYPES)
        || input.base.is_some_and(|u| {
            u.path_segments().is_some_and(|mut segs| {
                segs.any(|seg| {
                    let seg = seg.to_ascii_lowercase();
                    page_kinds::FORUM_PATHS.contains(&seg.as_str())
                })
            })
        });
    // On such a page, a signed and dated container just before the
    // posts is the opening post (a question above its answers, a
    // discussion above its comments), marked up apart from them.
    if filed_as_thread
        && !article
        && let Some(first) = opening_post(doc, page, nodes[0])
    {
        nodes.insert(0, first);
    }
    let top = top_level(doc, nodes.iter().copied());
    let thread_chars: u32 = top.iter().map(|p| page.mass[p.index()]).sum();
    if thread_chars < tune::MIN_THREAD_CHARS {
        return;
    }
    // How much of the scoring's body lies outside the posts: its
    // paragraph text (an article's), not the page chrome a wide root
    // holds.
    let mut meets = false;
    let mut outside = 0u32;
    for &r in roots {
        if top.iter().any(|&p| doc.contains(p, r)) {
            meets = true;
            continue;
        }
        let inner: u32 = top
            .iter()
            .filter(|&&p| doc.contains(r, p))
            .map(|p| stats.para_chars[p.index()])
            .sum();
        meets |= top.iter().any(|&p| doc.contains(r, p));
        outside += stats.para_chars[r.index()].saturating_sub(inner);
    }
    let body_chars: u32 = content.body.iter().map(|b| b.text().len() as u32).sum();
    let lone = !meets && body_chars <= tune::MAX_LONE_BODY_CHARS;
    // A body the scoring found away from the posts (an install banner, a
    // cookie dialog) that holds far less text than they do.
    let astray = !meets
        && !article
        && filed_as_thread
        && body_chars * tune::ASTRAY_BODY_SHARE_DIVISOR < thread_chars;
    let around = (meets && !article || lone)
        && outside <= tune::MAX_OUTSIDE_CHARS
        && outside * tune::OUTSIDE_SHARE_DIVISOR <= thread_chars;
    if !(around || astray) {
        return;
    }

    // Roles that let the posts' text through: comment markers and the
    // containers of the posts prune nothing here.
    let mut flags: Vec<ClassFlags> = page
        .flags
        .iter()
        .map(|f| if f.comment { ClassFlags::default() } else { *f })
        .collect();
    for &p in &nodes {
        flags[p.index()] = ClassFlags::default();
        for a in doc.ancestors(p) {
            flags[a.index()] = ClassFlags::default();
        }
    }
    let protect = super::protect_threshold(page.mass[0]);
    let roles = classify::roles(doc, &flags, &page.mass, &page.links, protect);
    let stats = Stats::gather(doc, &roles, &page.measures);

    let mut body = Vec::new();
    let mut posts = Vec::new();
    for &p in &nodes {
        let nested: Vec<NodeId> = nodes
            .iter()
            .copied()
            .filter(|&q| q != p && doc.contains(p, q))
            .collect();
        let post = Post {
            node: p,
            author: marker(
                doc,
                p,
                &nested,
                |n| is_author(doc, n),
                |n| author_rank(doc, n),
            ),
            date: marker(doc, p, &nested, |n| is_date(doc, page, n), |_| 0),
        };
        let root = text_root(doc, page, &stats, &nodes, &post, &nested);
        let skip =
            |n: NodeId| nested.contains(&n) || Some(n) == post.author || Some(n) == post.date;
        let blocks: Vec<Block> =
            blocks::BlockWriter::blocks_of(doc, &roles, &stats, base, &skip, &[root])
                .into_iter()
                .filter(|b| !b.text().trim().is_empty() || matches!(b, Block::Figure { .. }))
                .collect();
        if blocks.iter().all(|b| b.text().trim().is_empty()) {
            continue;
        }
        let author = post.author.map(|a| normalize_space(&doc.text(a)));
        let shown_date = post.date.map(|d| shown_date(doc, d));
        if let Some(a) = &author {
            body.push(Block::paragraph(a.clone()));
        }
        if let Some(d) = &shown_date {
            body.push(Block::paragraph(d.clone()));
        }
        let text = blocks
            .iter()
            .map(|b| b.text())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        body.extend(blocks);
        posts.push(Comment {
            author,
            published: post.date.and_then(|d| date_of(doc, d)),
            text,
            url: permalink(doc, post.node, base),
        });
    }
    if posts.len() < tune::MIN_THREAD_POSTS {
        return;
    }
    content.body = body;
    content.posts = posts;
}

/// Whether a label of the address's host (not its top-level domain)
/// names the site a forum: `forum.example.org`, `examplerforums.com`.
fn is_forum_host(url: &url::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let mut labels: Vec<&str> = host.split('.').collect();
    labels.pop();
    labels.iter().any(|label| {
        let label = label.to_ascii_lowercase();
        page_kinds::FORUM_HOST_LABEL_ENDS
            .iter()
            .any(|end| label.ends_with(end))
    })
}

/// The opening post of a thread whose first post is `first`: the nearest
/// element before it, among the earlier siblings of `first` and of its
/// ancestors, that names an author and a date, holds text and no post.
fn opening_post(doc: &Document, page: &PageMeasures, first: NodeId) -> Option<NodeId> {
    let posty = |a: NodeId| {
        let marks = |test: &dyn Fn(NodeId) -> bool| {
            doc.descendants(a)
                .filter(|&n| doc.element(n).is_some())
                .take(tune::MAX_OPENING_ELEMENTS)
                .any(test)
        };
        page.mass[a.index()] >= tune::MIN_POST_CHARS
            && marks(&|n| is_author(doc, n))
            && marks(&|n| is_date(doc, page, n))
    };
    std::iter::once(first)
        .chain(doc.ancestors(first))
        .take(tune::MAX_OPENING_DEPTH)
        .find_map(|a| {
            std::iter::successors(doc.prev_sibling(a), |&s| doc.prev_sibling(s))
                .filter(|&s| doc.element(s).is_some())
                .take(tune::MAX_OPENING_SIBLINGS)
                .find(|&s| posty(s))
        })
}

/// The element holding a post's text: the one marked as its text
/// (`itemprop=text`), else the innermost wrapper that holds most of the
/// post's own text.
fn text_root(
    doc: &Document,
    page: &PageMeasures,
    stats: &Stats,
    all: &[NodeId],
    post: &Post,
    nested: &[NodeId],
) -> NodeId {
    let own = |n: NodeId| !nested.iter().any(|&q| doc.contains(q, n));
    if let Some(m) = doc
        .descendants(post.node)
        .skip(1)
        .filter(|&n| own(n) && itemprop_is(doc, n, words::TEXT_ITEM_PROPS))
        .max_by_key(|n| page.mass[n.index()])
        .filter(|n| page.mass[n.index()] > 0)
    {
        return m;
    }
    // The author and date lines are no part of the text.
    let header: u32 = [post.author, post.date]
        .iter()
        .flatten()
        .map(|n| page.mass[n.index()])
        .sum();
    let total = own_mass(doc, page, all, post.node).saturating_sub(header);
    let mut cur = post.node;
    loop {
        let kids: Vec<NodeId> = doc
            .element_children(cur)
            .filter(|c| !nested.contains(c))
            .collect();
        let Some((best, mass)) = kids
            .iter()
            .map(|&c| (c, own_mass(doc, page, all, c)))
            .max_by_key(|&(_, m)| m)
        else {
            return cur;
        };
        // Into a wrapper only: not into one block of text, and not away
        // from paragraphs beside it.
        let block = matches!(
            doc.tag_name(best),
            Some("p" | "pre" | "blockquote" | "ul" | "ol" | "table" | "li" | "h2" | "h3" | "h4")
        );
        let beside = kids
            .iter()
            .any(|&c| c != best && stats.paragraphs[c.index()] > 0);
        if block || beside || mass * 10 < total * tune::TEXT_ROOT_SHARE_TENTHS {
            return cur;
        }
        cur = best;
    }
}

/// The post's date from its date element: a machine-readable attribute,
/// else its text.
fn date_of(doc: &Document, d: NodeId) -> Option<PageDate> {
    ["datetime", "content", "title"]
        .iter()
        .filter_map(|a| doc.attr(d, a))
        .find_map(parse_date)
        .or_else(|| find_date_in_text(&doc.text(d)))
}

/// The post's address: the page address with the post's id as fragment.
fn permalink(doc: &Document, post: NodeId, base: Option<&url::Url>) -> Option<String> {
    let id = doc.attr(post, "id")?.trim();
    if id.is_empty() {
        return None;
    }
    let mut u = base?.clone();
    u.set_fragment(Some(id));
    Some(u.into())
}
