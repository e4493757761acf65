//! Unit tests of the metadata stage, on pages written for these tests.

mod structured;
mod visible;

pub(super) use super::PageMetadata;
use crate::dom::Document;
use crate::fields::Fields;

/// What the page states, with no page URL.
pub(super) fn meta(html: &str) -> Fields {
    super::extract(&Document::parse(html).unwrap(), None).fields
}

/// What the page states, read at `url`.
pub(super) fn page_at(html: &str, url: &str) -> PageMetadata {
    let doc = Document::parse(html).unwrap();
    let page = url::Url::parse(url).unwrap();
    let base = super::base_url(&doc, Some(&page));
    super::extract(&doc, base.as_ref())
}

/// The fields the page states, read at `url`.
pub(super) fn meta_at(html: &str, url: &str) -> Fields {
    page_at(html, url).fields
}
