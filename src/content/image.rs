//! Images: the real URL behind lazy-loading markup, and a figure's caption
//! split from its credit.

use once_cell::sync::Lazy;
use url::Url;

use crate::Image;
use crate::dom::{Document, NodeId, normalize_space};
use crate::lexicon::{class_names, credits};
use crate::parse::url::{UrlUse, resolve as resolve_url};
use crate::tuning;

/// Attributes that lazy loaders put the real URL in, best first.
const LAZY_SRC_ATTRS: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-lazy",
];

/// An image source resolved against `base`, through the URL gate.
fn image_url(base: Option<&Url>, src: &str) -> Option<String> {
    resolve_url(base, src, UrlUse::Web)
}

/// True for sources that are placeholders rather than the image.
fn is_placeholder(src: &str) -> bool {
    let s = src.trim();
    s.is_empty()
        || s.starts_with("data:")
        || s.starts_with("about:")
        || s.contains("placeholder")
        || s.contains("blank.gif")
        || s.contains("spacer.gif")
        || s.contains("pixel.gif")
        || s.contains("transparent.")
        || s.contains("lazy-load")
        || s.contains("lazyload")
}

/// The largest candidate of a `srcset` list.
fn best_from_srcset(srcset: &str) -> Option<&str> {
    let mut best: Option<(&str, f32)> = None;
    for part in srcset.split(", ").flat_map(|p| p.split(",\n")) {
        let mut it = part.split_whitespace();
        let Some(url) = it.next() else { continue };
        if is_placeholder(url) {
            continue;
        }
        let size = it
            .next()
            .and_then(|d| d.trim_end_matches(['w', 'x']).parse::<f32>().ok())
            .unwrap_or(1.0);
        if best.is_none_or(|(_, s)| size > s) {
            best = Some((url, size));
        }
    }
    best.map(|(u, _)| u)
}

/// The real source URL of an `img` (or `source`/`picture` descendant),
/// looking through lazy-loading attributes and `srcset`.
pub(crate) fn img_src(doc: &Document, img: NodeId) -> Option<&str> {
    if let Some(src) = doc.attr(img, "src").filter(|s| !is_placeholder(s)) {
        return Some(src);
    }
    for a in LAZY_SRC_ATTRS {
        if let Some(v) = doc.attr(img, a).filter(|s| !is_placeholder(s)) {
            return Some(v);
        }
    }
    for a in ["srcset", "data-srcset", "data-lazy-srcset"] {
        if let Some(v) = doc.attr(img, a).and_then(best_from_srcset) {
            return Some(v);
        }
    }
    None
}

/// Finds an image URL in a `<noscript>`'s raw markup (html5ever keeps it as
/// text when scripting is on).
fn noscript_src(doc: &Document, noscript: NodeId) -> Option<String> {
    let raw: String = doc
        .children(noscript)
        .filter_map(|c| doc.text_node(c))
        .collect();
    let lower = raw.to_ascii_lowercase();
    let at = lower.find("<img")?;
    let rest = &raw[at..];
    let lower_rest = &lower[at..];
    let s = lower_rest.find(" src=")? + 5;
    let tail = &rest[s..];
    let (quote, tail) = match tail.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &tail[1..]),
        _ => (None, tail),
    };
    let end = tail
        .find(|c: char| Some(c) == quote || (quote.is_none() && (c.is_whitespace() || c == '>')))
        .unwrap_or(tail.len());
    let src = &tail[..end];
    (!is_placeholder(src)).then(|| src.to_string())
}

/// A pixel size attribute (`"20"`, `"20px"`); `None` when absent or not a
/// plain number of pixels.
fn pixels(doc: &Document, img: NodeId, name: &str) -> Option<u32> {
    let v = doc.attr(img, name)?.trim();
    let digits = v.len() - v.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &v[digits..];
    if digits == 0 || !(rest.is_empty() || rest.eq_ignore_ascii_case("px")) {
        return None;
    }
    v[..digits].parse().ok()
}

/// An image that is not content: hidden from assistive technology (what it
/// shows is stated elsewhere, e.g. a formula's MathML), or declared smaller
/// than [`tuning::MAX_ICON_PX`] (an icon, a spacer, a rule). A zero size is
/// "auto" in some markup and does not count.
pub(crate) fn is_decorative(doc: &Document, img: NodeId) -> bool {
    doc.attr(img, "aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || ["width", "height"]
            .iter()
            .filter_map(|a| pixels(doc, img, a))
            .any(|px| px > 0 && px < tuning::MAX_ICON_PX)
}

/// True for URLs in the formats of icons and logos (`.svg`, `.ico`): an
/// image found bare among other content (in a list item, a table cell) in
/// such a format is a symbol, not a picture.
fn is_icon_format(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.to_ascii_lowercase();
    path.ends_with(".svg") || path.ends_with(".ico")
}

/// A picture found bare among other content (an `img` or `picture` in a
/// list item or a table cell, not in a `figure`): an image with a URL
/// that is not decorative and not in an icon format.
pub(crate) fn bare_picture(doc: &Document, node: NodeId, base: Option<&Url>) -> Option<Image> {
    let image = find_image(doc, node, base)?;
    (!is_icon_format(image.url.as_deref()?)).then_some(image)
}

/// The first image inside `root` (the node itself when it is an `img`),
/// with its resolved URL and alt text. Decorative images
/// ([`is_decorative`]) are passed over.
pub(crate) fn find_image(doc: &Document, root: NodeId, base: Option<&Url>) -> Option<Image> {
    let mut fallback_noscript = None;
    for n in doc.descendants(root) {
        match doc.tag_name(n) {
            Some("img") if is_decorative(doc, n) => {}
            Some("img") => {
                if let Some(src) = img_src(doc, n) {
                    return Some(Image {
                        url: image_url(base, src),
                        alt: doc
                            .attr(n, "alt")
                            .map(normalize_space)
                            .filter(|a| !a.is_empty()),
                        ..Image::default()
                    });
                }
            }
            Some("source") => {
                if let Some(src) = doc.attr(n, "srcset").and_then(best_from_srcset) {
                    return Some(Image {
                        url: image_url(base, src),
                        ..Image::default()
                    });
                }
            }
            Some("noscript") if fallback_noscript.is_none() => {
                fallback_noscript = noscript_src(doc, n);
            }
            _ => {}
        }
    }
    fallback_noscript.map(|src| Image {
        url: image_url(base, &src),
        ..Image::default()
    })
}

/// Attributes that state an image's credit, on the figure or the image.
const CREDIT_ATTRS: &[&str] = &["data-credit", "data-copyright", "data-photo-credit"];

/// Class/id words of an element that holds a photo credit.
fn is_credit_element(doc: &Document, id: NodeId) -> bool {
    let ci = doc.class_and_id(id);
    class_names::CREDIT_CLASS_WORDS
        .iter()
        .any(|w| ci.contains(w))
}

/// Prefixes that introduce a credit inside caption text (see
/// [`credits::html_prefixes`]).
static CREDIT_PREFIXES: Lazy<Vec<String>> = Lazy::new(credits::html_prefixes);

/// A credit stated on its own ("(© Agency/Name)", "Photo: Name"): the
/// name without the label and brackets.
pub(crate) fn clean_credit(s: &str) -> String {
    let mut t = normalize_space(s);
    // Brackets around the whole credit: "(© Agency)", "[Photo: X]".
    // Full-width brackets too, as Chinese and Japanese set them: "（写真：X）".
    while let Some(inner) = [('(', ')'), ('[', ']'), ('（', '）'), ('【', '】')]
        .iter()
        .find_map(|&(o, c)| t.strip_prefix(o).and_then(|r| r.strip_suffix(c)))
    {
        t = inner.trim().to_owned();
    }
    let t = strip_credit_prefix(&t);
    t.strip_prefix('©')
        .map_or(t.clone(), |r| r.trim().to_owned())
}

/// Splits caption text into caption and credit: "Text. Photo: X",
/// "Text (Photo: X)", "Text / AGENCY", "Text © X".
pub(crate) fn split_caption_credit(text: &str) -> (Option<String>, Option<String>) {
    let text = normalize_space(text);
    if text.is_empty() {
        return (None, None);
    }
    let lower = text.to_lowercase();
    // A parenthesised credit at the end.
    if text.ends_with(')')
        && let Some(open) = text.rfind('(')
    {
        let inner = &text[open + 1..text.len() - 1];
        let inner_l = inner.to_lowercase();
        if CREDIT_PREFIXES.iter().any(|p| inner_l.starts_with(p)) {
            let credit = strip_credit_prefix(inner);
            let caption = text[..open].trim().to_string();
            return (non_empty(caption), non_empty(credit));
        }
    }
    // A credit prefix after the caption.
    for p in CREDIT_PREFIXES.iter() {
        if let Some(pos) = find_boundary(&lower, p) {
            let caption = text[..pos]
                .trim()
                .trim_end_matches(['|', '-', '–', '—'])
                .trim();
            let credit = strip_credit_prefix(&text[pos..]);
            return (non_empty(caption.to_string()), non_empty(credit));
        }
    }
    // "Caption / CREDIT": a short final segment after " / ".
    if let Some(pos) = text.find(" / ") {
        let (cap, cred) = (&text[..pos], &text[pos + 3..]);
        if cred.split_whitespace().count() <= tuning::MAX_SLASH_CREDIT_WORDS
            && !cap.trim().is_empty()
        {
            return (
                non_empty(cap.trim().to_string()),
                non_empty(cred.trim().to_string()),
            );
        }
    }
    (Some(text), None)
}

/// Position of `prefix` in `lower` at a word boundary (start or after a
/// space / punctuation), not at position 0 unless the whole text is a credit.
fn find_boundary(lower: &str, prefix: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(off) = lower[from..].find(prefix) {
        let pos = from + off;
        let before = lower[..pos].chars().next_back();
        if pos == 0 || before.is_some_and(|c| c.is_whitespace() || ".|-–—(".contains(c)) {
            return Some(pos);
        }
        from = pos + prefix.len();
    }
    None
}

/// The credit without its leading label: a caption credit prefix
/// ([`CREDIT_PREFIXES`]), else a "photo by" form of any language
/// ([`credits::CREDIT_BY_PREFIXES`], read only here, where the text is
/// already known to be a credit).
fn strip_credit_prefix(s: &str) -> String {
    let s = s.trim();
    let lower = s.to_lowercase();
    // A prefix that ends in a letter ends at a word boundary ("Photo by
    // X", not "Photo Bystrom").
    let at_boundary = |p: &str| {
        lower.starts_with(p)
            && (!p.ends_with(char::is_alphanumeric)
                || !lower[p.len()..].starts_with(char::is_alphanumeric))
    };
    let prefix = CREDIT_PREFIXES
        .iter()
        .map(String::as_str)
        .chain(credits::CREDIT_BY_PREFIXES.iter().copied())
        .find(|p| at_boundary(p));
    // Lower-casing keeps the byte length of these prefixes' letters, but
    // check the boundary all the same.
    match prefix {
        Some(p) if s.is_char_boundary(p.len()) => s[p.len()..]
            .trim()
            .trim_start_matches([':', '：'])
            .trim()
            .to_string(),
        _ => s.to_string(),
    }
}

fn non_empty(s: String) -> Option<String> {
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// An image with caption and credit from a `figure` (or any container with
/// an image and a caption element).
pub(crate) fn figure(doc: &Document, fig: NodeId, base: Option<&Url>) -> Option<Image> {
    let mut image = find_image(doc, fig, base).unwrap_or_default();
    let caption_node = doc.descendants(fig).find(|&n| {
        doc.is(n, "figcaption") || {
            let ci = doc.class_and_id(n);
            doc.element(n).is_some() && (ci.contains("caption") || ci.contains("legend"))
        }
    });
    if let Some(cap) = caption_node {
        // A credit element inside the caption: by its class, or the
        // `<small>` print that captions set credits in.
        let credit_node = doc.descendants(cap).skip(1).find(|&n| {
            doc.element(n).is_some() && (is_credit_element(doc, n) || doc.is(n, "small"))
        });
        match credit_node {
            Some(cr) => {
                let credit = doc.text(cr);
                let full = doc.text(cap);
                let caption = full.replacen(&credit, "", 1);
                image.caption = non_empty(normalize_space(&caption));
                image.credit = non_empty(clean_credit(&credit));
            }
            None => {
                let (c, cr) = split_caption_credit(&doc.text(cap));
                image.caption = c;
                image.credit = cr;
            }
        }
    }
    // A credit element beside the caption: by its class, or short small
    // print (`<small>` under the picture).
    if image.credit.is_none()
        && let Some(cr) = doc.descendants(fig).skip(1).find(|&n| {
            doc.element(n).is_some()
                && (is_credit_element(doc, n)
                    || (doc.is(n, "small")
                        && caption_node.is_none_or(|c| !doc.contains(c, n))
                        && doc.text(n).split_whitespace().count()
                            <= tuning::MAX_SMALL_CREDIT_WORDS))
        })
    {
        image.credit = non_empty(clean_credit(&doc.text(cr)));
    }
    if image.credit.is_none() {
        // A credit stated in an attribute of the figure or its image.
        image.credit = doc
            .descendants(fig)
            .find_map(|n| {
                CREDIT_ATTRS
                    .iter()
                    .find_map(|a| doc.attr(n, a).map(normalize_space))
                    .filter(|v| !v.is_empty())
            })
            .and_then(|v| non_empty(clean_credit(&v)));
    }
    (!image.is_empty()).then_some(image)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_credit_forms() {
        assert_eq!(
            split_caption_credit("Boats at dawn. Photo: Ana Ruiz"),
            (Some("Boats at dawn.".into()), Some("Ana Ruiz".into()))
        );
        assert_eq!(
            split_caption_credit("Boats at dawn (Photo: Reuters)"),
            (Some("Boats at dawn".into()), Some("Reuters".into()))
        );
        assert_eq!(
            split_caption_credit("Boats at dawn. / SEA IMAGES via Reuters"),
            (
                Some("Boats at dawn.".into()),
                Some("SEA IMAGES via Reuters".into())
            )
        );
        assert_eq!(
            split_caption_credit("Just a caption."),
            (Some("Just a caption.".into()), None)
        );
    }

    #[test]
    fn credit_labels_and_brackets_of_other_scripts_and_languages() {
        assert_eq!(clean_credit("（写真：山本一郎）"), "山本一郎");
        assert_eq!(clean_credit("Foto di Marco Rossi"), "Marco Rossi");
        assert_eq!(clean_credit("Photo by Peter Long"), "Peter Long");
        assert_eq!(clean_credit("fot. Jan Nowak"), "Jan Nowak");
        // A name that starts like a label is left alone.
        assert_eq!(clean_credit("Photo Bystrom"), "Photo Bystrom");
        assert_eq!(
            split_caption_credit("Vista del embalse. Fotografía: Carmen Ortiz"),
            (
                Some("Vista del embalse.".into()),
                Some("Carmen Ortiz".into())
            )
        );
        assert_eq!(
            split_caption_credit("Screenshots von damals. (Bildquelle: Hersteller)"),
            (
                Some("Screenshots von damals.".into()),
                Some("Hersteller".into())
            )
        );
        // "foto di" is caption text when nothing says it is a credit.
        assert_eq!(
            split_caption_credit("Una foto di famiglia sul ponte"),
            (Some("Una foto di famiglia sul ponte".into()), None)
        );
    }

    #[test]
    fn lazy_images() {
        let doc = Document::parse(
            r#"<figure><img src="data:image/gif;base64,AAA" data-src="/a.jpg"><figcaption>Cap <span class="credit">Jo / AP</span></figcaption></figure>"#,
        )
        .unwrap();
        let base = Url::parse("https://x.test/n/1").unwrap();
        let fig = doc.elements_named("figure").next().unwrap();
        let img = figure(&doc, fig, Some(&base)).unwrap();
        assert_eq!(img.url.as_deref(), Some("https://x.test/a.jpg"));
        assert_eq!(img.caption.as_deref(), Some("Cap"));
        assert_eq!(img.credit.as_deref(), Some("Jo / AP"));

        let doc =
            Document::parse(r#"<div><img srcset="/s.jpg 300w, /l.jpg 1200w"></div>"#).unwrap();
        assert_eq!(
            find_image(&doc, doc.root(), None).unwrap().url.as_deref(),
            Some("/l.jpg")
        );
    }
}
