//! The lead image of the article: the first figure before the body text
//! starts, else the body's own first figure.

use url::Url;

use super::image;
use crate::Image;
use crate::dom::{Document, NodeId};
use crate::tuning;

/// The lead image: the first figure (or captioned image) of the article
/// before the body text starts, else the body's own first figure.
pub(super) fn lead_image(doc: &Document, roots: &[NodeId], base: Option<&Url>) -> Option<Image> {
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
    for anc in doc.ancestors(img).take(tuning::CAPTION_CONTAINER_LEVELS) {
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
