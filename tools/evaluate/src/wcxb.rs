//! The WCXB layout (`corpus/wcxb-dev`): `pages.tsv` (id, page_type, url),
//! `ground-truth/<id>.json` (reference text in `ground_truth.main_content`,
//! metadata in `ground_truth.title`, `author`, `publish_date`), gzipped pages
//! in `html/<id>.html.gz` and browser text dumps in `text/<id>.txt`.
//!
//! Scored as `score_wcxb.py`: WCXB word F1 per page, the mean over pages
//! overall and per page type, lost pages (F1 < 0.5). Metadata is matched as
//! `metamatch.py` does, on the pages that have the field annotated, overall
//! and on article pages.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::corpus::{
    LOST_BELOW, Layout, PageResult, Prediction, Report, body_classes, body_hint, finish, meta_rate,
    new_report, predict, predict_text, read_json, read_page,
};
use crate::scorers::{mean, meta_matches, normalise, wcxb_prf, wcxb_words};

/// One line of `pages.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Page id (`NNNN`).
    pub id: String,
    /// Page type (`article`, `forum`, …).
    pub kind: String,
    /// The page's URL, `None` where the file leaves it empty.
    pub url: Option<String>,
}

/// Reads `pages.tsv` (a header line, then `id`, `page_type`, `url` separated
/// by tabs), sorted by id.
pub fn read_pages(path: &Path) -> Result<Vec<Page>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut pages: Vec<Page> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let id = cols.next().filter(|id| !id.is_empty())?.to_string();
            let kind = cols.next().unwrap_or("unknown").to_string();
            let url = cols
                .next()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_string);
            Some(Page { id, kind, url })
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// Metadata fields: (ground-truth key, `metamatch.py` field, our field, report key).
const FIELDS: [(&str, &str, &str, &str); 3] = [
    ("title", "title", "title", "title"),
    ("author", "author", "authors", "authors"),
    ("publish_date", "date", "published", "date"),
];

/// Per-page scores kept for the aggregates.
struct Row {
    kind: String,
    /// The kind newsprint reported, `live_blog` counted as `article`.
    predicted: Option<String>,
    p: f64,
    r: f64,
    f1: f64,
    /// Per field: `None` when not annotated, else whether it matched.
    meta: [Option<bool>; 3],
    /// `newsprint::is_probably_article` on the page (HTML pages only).
    probed: Option<bool>,
}

/// Evaluates a WCXB corpus from its HTML pages, or from its text dumps when
/// `text_mode` is set.
pub fn evaluate(
    ex: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
    text_mode: bool,
) -> Result<Report, String> {
    let mut pages = read_pages(&dir.join("pages.tsv"))?;
    if pages.is_empty() {
        return Err(format!("{}: pages.tsv lists no page", dir.display()));
    }
    if let Some(n) = limit {
        pages.truncate(n);
    }
    let layout = if text_mode {
        Layout::WcxbText
    } else {
        Layout::Wcxb
    };
    let mut report = new_report(dir, name, layout);
    let best_effort = newsprint::Extractor::builder().best_effort(true).build();
    let mut rows = Vec::with_capacity(pages.len());
    for page in &pages {
        let gt = read_json(&dir.join("ground-truth").join(format!("{}.json", page.id)))?;
        let truth = gt.get("ground_truth").filter(|g| g.is_object());
        let field = |k: &str| truth.and_then(|t| t.get(k)).cloned().unwrap_or(Value::Null);
        let reference = field("main_content");
        let reference = reference.as_str().unwrap_or_default();
        let url = page.url.as_deref();
        let pred = if text_mode {
            let path = dir.join("text").join(format!("{}.txt", page.id));
            match fs::read_to_string(&path) {
                Ok(text) => predict_text(ex, &text, url),
                Err(e) => Prediction {
                    error: Some(format!("read {}: {e}", path.display())),
                    ..Prediction::default()
                },
            }
        } else {
            predict(
                ex,
                &dir.join("html").join(format!("{}.html.gz", page.id)),
                url,
            )
        };
        let (ref_w, out_w) = (wcxb_words(reference), wcxb_words(&pred.text));
        let (p, r, f1) = wcxb_prf(&ref_w, &out_w);
        let mut meta = [None; 3];
        for (k, (gt_key, mm_field, ours, _)) in FIELDS.iter().enumerate() {
            let exp = field(gt_key);
            if normalise(&exp, mm_field).is_some() {
                meta[k] = Some(meta_matches(&exp, &pred.meta(ours), mm_field));
            }
        }
        let mut hint = body_hint(&pred, Some(p), Some(r), ref_w.len(), out_w.len());
        if ref_w.is_empty() {
            hint = if out_w.is_empty() {
                "ok (no main content, empty output)".into()
            } else {
                format!(
                    "the page has no main content; {} words extracted",
                    out_w.len()
                )
            };
        }
        let classes = if ref_w.is_empty() && !out_w.is_empty() {
            vec!["output where no main content"]
        } else if f1 >= 1.0 {
            Vec::new()
        } else {
            body_classes(&pred, Some(p), Some(r), out_w.len())
        };
        let pred_kind = pred.kind.clone();
        let probed = if text_mode {
            None
        } else {
            read_page(&dir.join("html").join(format!("{}.html.gz", page.id)))
                .ok()
                .map(|bytes: Vec<u8>| {
                    newsprint::is_probably_article(&newsprint::decode_html_bytes(&bytes))
                })
        };
        report.pages.push(PageResult {
            id: page.id.clone(),
            f1,
            precision: Some(p),
            recall: Some(r),
            hint,
            classes,
            kind: Some(page.kind.clone()),
        });
        report.predictions.insert(page.id.clone(), pred);
        // A page refused as "no article" still has a kind: ask for it.
        let predicted = pred_kind
            .or_else(|| {
                let html = dir.join("html").join(format!("{}.html.gz", page.id));
                if text_mode {
                    let text =
                        fs::read_to_string(dir.join("text").join(format!("{}.txt", page.id)))
                            .ok()?;
                    predict_text(&best_effort, &text, url).kind
                } else {
                    predict(&best_effort, &html, url).kind
                }
            })
            .map(|k| {
                if k == "live_blog" {
                    "article".to_owned()
                } else {
                    k
                }
            });
        rows.push(Row {
            kind: page.kind.clone(),
            predicted,
            p,
            r,
            f1,
            meta,
            probed,
        });
    }
    aggregate(&mut report, "", &rows.iter().collect::<Vec<_>>());
    let mut by_kind: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for row in &rows {
        by_kind.entry(row.kind.as_str()).or_default().push(row);
    }
    for (kind, rows) in &by_kind {
        aggregate(&mut report, &format!("{kind}."), rows);
    }
    Ok(finish(report))
}

/// Means, lost pages and metadata match rates of `rows`, under `prefix`.
fn aggregate(report: &mut Report, prefix: &str, rows: &[&Row]) {
    let m = &mut report.metrics;
    m.insert(
        format!("{prefix}body_f1"),
        mean(rows.iter().map(|r| Some(r.f1))),
    );
    m.insert(
        format!("{prefix}body_precision"),
        mean(rows.iter().map(|r| Some(r.p))),
    );
    m.insert(
        format!("{prefix}body_recall"),
        mean(rows.iter().map(|r| Some(r.r))),
    );
    if prefix.is_empty() {
        // Page kind: accuracy over the labelled kinds, and article-vs-not.
        let right = rows
            .iter()
            .filter(|r| r.predicted.as_deref() == Some(r.kind.as_str()))
            .count();
        m.insert(
            "kind_accuracy".into(),
            right as f64 / rows.len().max(1) as f64,
        );
        let said = rows
            .iter()
            .filter(|r| r.predicted.as_deref() == Some("article"));
        let (said_n, said_right) = said.fold((0, 0), |(n, k), r| {
            (n + 1, k + usize::from(r.kind == "article"))
        });
        let labelled = rows.iter().filter(|r| r.kind == "article").count();
        m.insert(
            "article_kind_precision".into(),
            said_right as f64 / said_n.max(1) as f64,
        );
        m.insert(
            "article_kind_recall".into(),
            said_right as f64 / labelled.max(1) as f64,
        );
        // The cheap check, `is_probably_article`, on the same question.
        let probed: Vec<_> = rows.iter().filter(|r| r.probed.is_some()).collect();
        if !probed.is_empty() {
            let said: Vec<_> = probed.iter().filter(|r| r.probed == Some(true)).collect();
            let right = said.iter().filter(|r| r.kind == "article").count();
            let labelled = probed.iter().filter(|r| r.kind == "article").count();
            m.insert(
                "probe_article_precision".into(),
                right as f64 / said.len().max(1) as f64,
            );
            m.insert(
                "probe_article_recall".into(),
                right as f64 / labelled.max(1) as f64,
            );
        }
    } else {
        let right = rows
            .iter()
            .filter(|r| r.predicted.as_deref() == Some(r.kind.as_str()))
            .count();
        m.insert(
            format!("{prefix}kind_recall"),
            right as f64 / rows.len().max(1) as f64,
        );
    }
    if !prefix.is_empty() {
        report.counts.insert(format!("{prefix}pages"), rows.len());
        let lost = rows.iter().filter(|r| r.f1 < LOST_BELOW).count();
        report.counts.insert(format!("{prefix}lost_pages"), lost);
    }
    // Metadata overall and on article pages (where the targets are set).
    if prefix.is_empty() || prefix == "article." {
        for (k, (_, _, _, key)) in FIELDS.iter().enumerate() {
            let annotated = rows.iter().filter_map(|r| r.meta[k]);
            let (hit, total) = annotated.fold((0, 0), |(h, t), ok| (h + ok as usize, t + 1));
            meta_rate(report, &format!("{prefix}{key}"), hit, total, true);
        }
    }
}
