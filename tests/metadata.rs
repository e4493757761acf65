//! Metadata stage: JSON-LD, meta tags, microdata, visible bylines, titles
//! and dates, on pages written for these tests.

use newsprint::Document;
use newsprint::metadata::{self, Metadata};

fn meta(html: &str) -> Metadata {
    metadata::extract(&Document::parse(html).unwrap(), None)
}

/// Runs the metadata stage over the readability corpus (when `../shared`
/// exists) and writes `target/metadata-readability.json` in the form
/// `score_readability.py --pred` reads. `cargo test --test metadata -- --ignored`.
#[test]
#[ignore]
fn corpus_readability_predictions() {
    let dir = std::path::Path::new("../shared/corpus/readability");
    if !dir.is_dir() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let mut out = serde_json::Map::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let Ok(bytes) = std::fs::read(e.path().join("source.html")) else {
            continue;
        };
        let html = newsprint::decode_html_bytes(&bytes);
        let Ok(doc) = Document::parse(&html) else {
            continue;
        };
        let base = url::Url::parse("http://fakehost/test/page.html").ok();
        let m = metadata::extract(&doc, base.as_ref());
        let byline = (!m.authors.is_empty()).then(|| m.authors.join(", "));
        out.insert(
            e.file_name().to_string_lossy().into_owned(),
            serde_json::json!({
                "title": m.title, "byline": byline, "publishedTime": m.published,
                "siteName": m.site_name, "excerpt": m.description, "lang": m.lang,
                "articleBody": "",
            }),
        );
    }
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/metadata-readability.json");
    std::fs::write(&path, serde_json::to_string_pretty(&out).unwrap()).unwrap();
    eprintln!("wrote {} pages to {}", out.len(), path.display());
}
