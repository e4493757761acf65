//! `<meta>` names and properties that state an article's dates, strongest
//! first. Read by the metadata stage (`metadata::page_dates`) for the
//! values, and by the signal collector (`metadata::signals`) to keep their
//! elements.

/// Meta keys that state the publication date, strongest first.
pub(crate) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "parsely-pub-date",
    "sailthru:date",
    "dc:date:issued",
    "dcterm:issued",
    "dcterm:created",
    "dc:date",
    "dcterm:date",
    "dc:date:created",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "published-date",
    "published_date",
    "published",
    "publishdate",
    "publication_date",
    "citation_publication_date",
    "release_date",
    "og:published_time",
];

/// Meta keys that state the modification date, strongest first.
pub(crate) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "dcterm:modified",
    "datemodified",
    "last-modified",
    "http-equiv:last-modified",
];
