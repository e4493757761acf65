//! Metadata stage: JSON-LD, meta tags, microdata, visible bylines, titles
//! and dates, on pages written for these tests.

use newsprint::Document;
use newsprint::metadata::{self, Metadata};

fn meta(html: &str) -> Metadata {
    metadata::extract(&Document::parse(html).unwrap(), None)
}

/// Metadata of every page in a directory of `NAME/source.html` pages or of
/// `NAME.html` files, keyed by NAME, in the predictions format of the
/// `../shared/tools` scorers.
fn corpus_predictions(
    files: Vec<(String, std::path::PathBuf, Option<String>)>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut out = serde_json::Map::new();
    for (name, path, url) in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let html = newsprint::decode_html_bytes(&bytes);
        let Ok(doc) = Document::parse(&html) else {
            continue;
        };
        let page = url.as_deref().and_then(|u| url::Url::parse(u).ok());
        let base = metadata::base_url(&doc, page.as_ref());
        let m = metadata::extract(&doc, base.as_ref());
        let byline = (!m.authors.is_empty()).then(|| m.authors.join(", "));
        out.insert(
            name,
            serde_json::json!({
                "title": m.title, "byline": byline, "publishedTime": m.published,
                "siteName": m.site_name, "excerpt": m.description, "lang": m.lang,
                "articleBody": "",
            }),
        );
    }
    out
}

fn write_predictions(name: &str, out: &serde_json::Map<String, serde_json::Value>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name);
    std::fs::write(&path, serde_json::to_string_pretty(out).unwrap()).unwrap();
    eprintln!("wrote {} pages to {}", out.len(), path.display());
}

/// Runs the metadata stage over the trafilatura-dev pages (when `../shared`
/// exists) and writes `target/metadata-trafilatura.json` for
/// `score_withwithout.py --pred`. `cargo test --test metadata -- --ignored`.
#[test]
#[ignore]
fn corpus_trafilatura_predictions() {
    let dir = std::path::Path::new("../shared/corpus/trafilatura-dev");
    let Ok(eval) = std::fs::read_to_string(dir.join("evaldata.json")) else {
        eprintln!("skipped: {} not found", dir.display());
        return;
    };
    let eval: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&eval).unwrap();
    let files = eval
        .iter()
        .filter_map(|(url, v)| {
            let file = v.get("file")?.as_str()?;
            let name = file
                .strip_suffix(".html")
                .or_else(|| file.strip_suffix(".htm"))
                .unwrap_or(file);
            Some((name.to_owned(), dir.join("html").join(file), Some(url.clone())))
        })
        .collect();
    write_predictions("metadata-trafilatura.json", &corpus_predictions(files));
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
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    let files = entries
        .into_iter()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.path().join("source.html"),
                Some("http://fakehost/test/page.html".to_owned()),
            )
        })
        .collect();
    write_predictions("metadata-readability.json", &corpus_predictions(files));
}
