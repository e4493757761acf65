//! Corpus layouts, running newsprint over a corpus, scoring, the summary and
//! the prediction dump in the form the reference scorers read.
//!
//! Every layout also counts **lost pages**: pages whose own body F1 is below
//! [`LOST_BELOW`]. The per-page F1 is the one the layout's scorer defines or
//! averages: token-bag F1 (readability), 4-token shingle F1 (article-body),
//! WCXB word F1 (wcxb), and for the with/without layout the pooled snippet
//! formula applied to the page's own snippets, `2TP / (2TP + FP + FN)` (a page
//! without snippets scores 1).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::media::{count_media, same_file};
use crate::pytext::{html_text, tokens};
use crate::scorers::{
    ShinglePage, mean, meta_matches, normalise, shingle_aggregate, snippet_counts, snippet_metrics,
    token_prf,
};

/// A page whose body F1 is below this is lost.
pub const LOST_BELOW: f64 = 0.5;

/// Page types of the wcxb layout, in report order (others follow by name).
pub const WCXB_TYPES: &[&str] = &[
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
];

/// The supported corpus layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `<page>/source.html`, `expected.html`, `expected-metadata.json`.
    Readability,
    /// `evaldata.json` + `html/`.
    WithWithout,
    /// `ground-truth.json` + `html/<id>.html`.
    ArticleBody,
    /// WCXB: `pages.tsv` + `ground-truth/<id>.json` + `html/<id>.html.gz`,
    /// pages extracted from their HTML.
    Wcxb,
    /// The same WCXB corpus, pages extracted from the browser text dumps in
    /// `text/<id>.txt` (text mode). Never detected: asked for with `--text`.
    WcxbText,
}

impl Layout {
    /// The layout's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Readability => "readability",
            Layout::WithWithout => "with-without",
            Layout::ArticleBody => "article-body",
            Layout::Wcxb => "wcxb",
            Layout::WcxbText => "wcxb-text",
        }
    }

    /// True for the two WCXB layouts.
    pub fn is_wcxb(self) -> bool {
        matches!(self, Layout::Wcxb | Layout::WcxbText)
    }

    /// Detects the layout of a corpus directory.
    pub fn detect(dir: &Path) -> Option<Layout> {
        if dir.join("evaldata.json").is_file() {
            return Some(Layout::WithWithout);
        }
        if dir.join("ground-truth.json").is_file() {
            return Some(Layout::ArticleBody);
        }
        if dir.join("pages.tsv").is_file() && dir.join("ground-truth").is_dir() {
            return Some(Layout::Wcxb);
        }
        let entries = fs::read_dir(dir).ok()?;
        for e in entries.flatten() {
            if e.path().join("source.html").is_file() {
                return Some(Layout::Readability);
            }
        }
        None
    }
}

/// What newsprint produced for one page.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    /// `article.to_text()`, empty on error.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Author names.
    pub authors: Vec<String>,
    /// Publication date.
    pub published: Option<String>,
    /// The page kind newsprint reported (`article`, `forum` …).
    pub kind: Option<String>,
    /// The extraction error, if any.
    pub error: Option<String>,
    /// Extraction time in milliseconds.
    pub millis: f64,
    /// Number of `figure` blocks in the body.
    pub figures: usize,
    /// The URLs of the body's figures.
    pub figure_urls: Vec<String>,
    /// The lead image's URL.
    pub lead_image: Option<String>,
    /// Number of `table` blocks in the body.
    pub tables: usize,
}

impl Prediction {
    /// The record the reference scorers read.
    pub fn record(&self) -> Value {
        json!({
            "articleBody": self.text,
            "title": self.title,
            "byline": if self.authors.is_empty() { Value::Null } else { json!(self.authors) },
            "publishedTime": self.published,
        })
    }

    /// A metadata field (`title`, `authors`, else the publication date) as JSON.
    pub fn meta(&self, field: &str) -> Value {
        match field {
            "title" => json!(self.title),
            "authors" => {
                if self.authors.is_empty() {
                    Value::Null
                } else {
                    json!(self.authors)
                }
            }
            _ => json!(self.published),
        }
    }
}

/// Reads a page file, decompressing it when its name ends in `.gz`.
pub fn read_page(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = fs::read(path).map_err(|e| format!("read {}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::with_capacity(bytes.len() * 4);
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| format!("gunzip {}: {e}", path.display()))?;
        return Ok(out);
    }
    Ok(bytes)
}

/// Runs newsprint on one page file (HTML, or gzipped HTML when the name ends
/// in `.gz`) with `Extractor::extract_bytes`.
pub fn predict(extractor: &newsprint::Extractor, path: &Path, url: Option<&str>) -> Prediction {
    match read_page(path) {
        Ok(bytes) => predict_bytes(extractor, &bytes, url),
        Err(e) => Prediction {
            error: Some(e),
            ..Prediction::default()
        },
    }
}

/// Runs newsprint on the bytes of an HTML page (`Extractor::extract_bytes`).
pub fn predict_bytes(
    extractor: &newsprint::Extractor,
    bytes: &[u8],
    url: Option<&str>,
) -> Prediction {
    let start = Instant::now();
    let result = extractor.extract_bytes(bytes, url);
    prediction(result, start)
}

/// Runs newsprint on a plain-text dump of a page (`Extractor::extract_text`).
pub fn predict_text(extractor: &newsprint::Extractor, text: &str, url: Option<&str>) -> Prediction {
    let start = Instant::now();
    let result = extractor.extract_text(text, url);
    prediction(result, start)
}

/// The prediction of an extraction result; the article's text is
/// `Article::to_text()`, the same for every layout.
fn prediction(result: newsprint::Result<newsprint::Article>, start: Instant) -> Prediction {
    let millis = start.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(a) => Prediction {
            text: a.to_text(),
            title: a.title.clone(),
            authors: a.authors.clone(),
            published: a.published.map(|d| d.to_string()),
            kind: Some(a.page_kind.as_str().to_owned()),
            error: None,
            millis,
            figures: count_blocks(&a, |b| matches!(b, newsprint::Block::Figure { .. })),
            figure_urls: a
                .body
                .iter()
                .filter_map(|b| match b {
                    newsprint::Block::Figure { image } => image.url.clone(),
                    _ => None,
                })
                .collect(),
            lead_image: a.lead_image.as_ref().and_then(|i| i.url.clone()),
            tables: count_blocks(&a, |b| matches!(b, newsprint::Block::Table { .. })),
        },
        Err(e) => Prediction {
            error: Some(e.to_string()),
            millis,
            ..Prediction::default()
        },
    }
}

fn count_blocks(a: &newsprint::Article, pick: impl Fn(&newsprint::Block) -> bool) -> usize {
    a.body.iter().filter(|b| pick(b)).count()
}

/// One page's score for the worst-page listing.
#[derive(Debug, Clone)]
pub struct PageResult {
    /// Page id (directory or file stem).
    pub id: String,
    /// The layout's per-page F1.
    pub f1: f64,
    /// Per-page precision, when defined.
    pub precision: Option<f64>,
    /// Per-page recall, when defined.
    pub recall: Option<f64>,
    /// Why it scored low, in a few words.
    pub hint: String,
    /// Failure classes the page falls in (empty if it scored well).
    pub classes: Vec<&'static str>,
    /// Page type, where the corpus has them (wcxb).
    pub kind: Option<String>,
}

/// Failure classes of a page scored by body precision/recall.
pub(crate) fn body_classes(
    pred: &Prediction,
    p: Option<f64>,
    r: Option<f64>,
    n_pred: usize,
) -> Vec<&'static str> {
    if pred.error.is_some() || n_pred == 0 {
        return vec!["empty output"];
    }
    let (p, r) = (p.unwrap_or(0.0), r.unwrap_or(1.0));
    if p < 0.5 && r < 0.5 {
        return vec!["wrong content (P and R < 0.5)"];
    }
    let mut c = Vec::new();
    if r < 0.8 {
        c.push("low recall (R < 0.8)");
    }
    if p < 0.8 {
        c.push("low precision (P < 0.8)");
    }
    c
}

/// The evaluation of one corpus.
#[derive(Debug, Clone)]
pub struct Report {
    /// Corpus name (directory name).
    pub name: String,
    /// Corpus directory.
    pub path: PathBuf,
    /// Detected layout.
    pub layout: Layout,
    /// Headline metrics; NaN when undefined.
    pub metrics: BTreeMap<String, f64>,
    /// Counts (pages, empty outputs, errors, metadata hits/totals…).
    pub counts: BTreeMap<String, usize>,
    /// All pages, worst first.
    pub pages: Vec<PageResult>,
    /// Predictions by page id (for `--dump`).
    pub predictions: BTreeMap<String, Prediction>,
    /// Pages that lost figures or tables (readability layout): id →
    /// `[expected images, figure blocks (plus the lead image when it is one
    /// of the expected images and not a body figure), expected tables,
    /// table blocks]`.
    pub media_lost: BTreeMap<String, [usize; 4]>,
}

pub(crate) fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub(crate) fn body_hint(
    pred: &Prediction,
    p: Option<f64>,
    r: Option<f64>,
    n_true: usize,
    n_pred: usize,
) -> String {
    if let Some(e) = &pred.error {
        return format!("error: {e}");
    }
    if n_pred == 0 {
        return "empty output".into();
    }
    let (p, r) = (p.unwrap_or(0.0), r.unwrap_or(0.0));
    if p >= 1.0 && r >= 1.0 {
        return "ok".into();
    }
    let what = if p < 0.5 && r < 0.5 {
        "wrong content (low precision and recall)"
    } else if r < p {
        if n_pred * 2 < n_true {
            "low recall (body cut short)"
        } else {
            "low recall"
        }
    } else if n_pred > n_true * 2 {
        "low precision (boilerplate kept)"
    } else {
        "low precision"
    };
    format!("{what}; {n_pred} tokens vs {n_true} expected")
}

pub(crate) fn finish(mut report: Report) -> Report {
    report.pages.sort_by(|a, b| {
        a.f1.partial_cmp(&b.f1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.id.cmp(&b.id))
    });
    let empty = report
        .predictions
        .values()
        .filter(|p| tokens(&p.text).is_empty())
        .count();
    let errors = report
        .predictions
        .values()
        .filter(|p| p.error.is_some())
        .count();
    let lost = report.pages.iter().filter(|p| p.f1 < LOST_BELOW).count();
    report.counts.insert("lost_pages".into(), lost);
    report
        .counts
        .insert("pages".into(), report.predictions.len());
    report.counts.insert("empty".into(), empty);
    report.counts.insert("errors".into(), errors);
    report
}

pub(crate) fn new_report(dir: &Path, name: &str, layout: Layout) -> Report {
    Report {
        name: name.to_string(),
        path: dir.to_path_buf(),
        layout,
        metrics: BTreeMap::new(),
        counts: BTreeMap::new(),
        pages: Vec::new(),
        predictions: BTreeMap::new(),
        media_lost: BTreeMap::new(),
    }
}

/// Evaluates one corpus directory in its detected layout. `limit` keeps the
/// first N pages (by id).
pub fn evaluate(
    extractor: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
) -> Result<Report, String> {
    let layout = Layout::detect(dir).ok_or_else(|| {
        format!(
            "{}: no known corpus layout (readability, evaldata.json, ground-truth.json, pages.tsv + ground-truth/)",
            dir.display()
        )
    })?;
    evaluate_as(extractor, dir, name, limit, layout)
}

/// Evaluates one corpus directory in the given layout (use
/// [`Layout::WcxbText`] for the text dumps of a WCXB corpus).
pub fn evaluate_as(
    extractor: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
    layout: Layout,
) -> Result<Report, String> {
    match layout {
        Layout::Readability => readability(extractor, dir, name, limit),
        Layout::WithWithout => with_without(extractor, dir, name, limit),
        Layout::ArticleBody => article_body(extractor, dir, name, limit),
        Layout::Wcxb | Layout::WcxbText => {
            if Layout::detect(dir) != Some(Layout::Wcxb) {
                return Err(format!(
                    "{}: not a WCXB corpus (pages.tsv + ground-truth/)",
                    dir.display()
                ));
            }
            crate::wcxb::evaluate(extractor, dir, name, limit, layout == Layout::WcxbText)
        }
    }
}

pub(crate) fn meta_rate(
    report: &mut Report,
    key: &str,
    hit: usize,
    total: usize,
    nan_when_empty: bool,
) {
    let rate = if total > 0 {
        hit as f64 / total as f64
    } else if nan_when_empty {
        f64::NAN
    } else {
        0.0
    };
    report.metrics.insert(format!("{key}_match"), rate);
    report.counts.insert(format!("{key}_hits"), hit);
    report.counts.insert(format!("{key}_annotated"), total);
}

fn readability(
    ex: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
) -> Result<Report, String> {
    let mut ids: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter(|e| e.path().join("expected.html").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    ids.sort();
    if let Some(n) = limit {
        ids.truncate(n);
    }
    let mut report = new_report(dir, name, Layout::Readability);
    let mut tok = Vec::new();
    let mut sh = Vec::new();
    // (expected field, our field, report key)
    let fields = [
        ("title", "title", "title"),
        ("byline", "authors", "authors"),
        ("publishedTime", "date", "date"),
    ];
    let mut meta = [(0usize, 0usize, 0usize); 3];
    // (expected, ours, kept = min of the two) per media kind, summed over pages
    let mut figures = [0usize; 3];
    let mut tables = [0usize; 3];
    // decorative images and layout tables of the expected outputs, not counted
    let mut left_out = [0usize; 2];
    for id in &ids {
        let page = dir.join(id);
        let expected = fs::read_to_string(page.join("expected.html"))
            .map_err(|e| format!("{}: {e}", page.display()))?;
        let truth_text = html_text(&expected);
        let meta_path = page.join("expected-metadata.json");
        let exp_meta = if meta_path.is_file() {
            read_json(&meta_path)?
        } else {
            json!({})
        };
        let pred = predict(ex, &page.join("source.html"), None);
        let media = count_media(&expected);
        let (exp_imgs, exp_tables) = (media.images, media.tables);
        left_out[0] += media.decorative_images;
        left_out[1] += media.layout_tables;
        // An expected image that newsprint returns as the lead image rather
        // than as a body figure is kept too (Readability leaves the top
        // figure in the body; newsprint moves it to `lead_image`).
        let lead_kept = pred.lead_image.as_deref().is_some_and(|lead| {
            !pred.figure_urls.iter().any(|f| same_file(f, lead))
                && media.sources.iter().any(|s| same_file(s, lead))
        });
        let our_figures = pred.figures + usize::from(lead_kept);
        for (acc, exp, ours) in [
            (&mut figures, exp_imgs, our_figures),
            (&mut tables, exp_tables, pred.tables),
        ] {
            acc[0] += exp;
            acc[1] += ours;
            acc[2] += exp.min(ours);
        }
        if our_figures < exp_imgs || pred.tables < exp_tables {
            report
                .media_lost
                .insert(id.clone(), [exp_imgs, our_figures, exp_tables, pred.tables]);
        }
        let (tt, pt) = (tokens(&truth_text), tokens(&pred.text));
        let (p, r, f1) = token_prf(&tt, &pt);
        tok.push((p, r, f1, if tt == pt { 1.0 } else { 0.0 }));
        sh.push(ShinglePage::new(&truth_text, &pred.text));
        for (k, (exp_field, ours, _)) in fields.iter().enumerate() {
            let exp = exp_meta.get(exp_field).cloned().unwrap_or(Value::Null);
            let got = pred.meta(if *ours == "date" { "published" } else { ours });
            if normalise(&exp, exp_field).is_none() {
                meta[k].2 += normalise(&got, exp_field).is_some() as usize;
                continue;
            }
            meta[k].1 += 1;
            meta[k].0 += meta_matches(&exp, &got, exp_field) as usize;
        }
        report.pages.push(PageResult {
            id: id.clone(),
            f1,
            precision: p,
            recall: Some(r),
            hint: body_hint(&pred, p, Some(r), tt.len(), pt.len()),
            classes: body_classes(&pred, p, Some(r), pt.len()),
            kind: None,
        });
        report.predictions.insert(id.clone(), pred);
    }
    let m = &mut report.metrics;
    m.insert("body_f1".into(), mean(tok.iter().map(|x| Some(x.2))));
    m.insert("body_precision".into(), mean(tok.iter().map(|x| x.0)));
    m.insert("body_recall".into(), mean(tok.iter().map(|x| Some(x.1))));
    m.insert("exact".into(), mean(tok.iter().map(|x| Some(x.3))));
    let (sp, sr, sf, _) = shingle_aggregate(&sh);
    m.insert("shingle_f1".into(), sf);
    m.insert("shingle_precision".into(), sp);
    m.insert("shingle_recall".into(), sr);
    for (k, (_, _, key)) in fields.iter().enumerate() {
        meta_rate(&mut report, key, meta[k].0, meta[k].1, true);
        report.counts.insert(format!("{key}_spurious"), meta[k].2);
    }
    for (key, [exp, ours, kept]) in [("figures", figures), ("tables", tables)] {
        let rate = if exp > 0 {
            kept as f64 / exp as f64
        } else {
            f64::NAN
        };
        report.metrics.insert(format!("{key}_kept"), rate);
        report.counts.insert(format!("{key}_expected"), exp);
        report.counts.insert(format!("{key}_ours"), ours);
        report.counts.insert(format!("{key}_kept"), kept);
    }
    report
        .counts
        .insert("figures_decorative".into(), left_out[0]);
    report.counts.insert("tables_layout".into(), left_out[1]);
    Ok(finish(report))
}

fn doc_id(file: &str) -> &str {
    for ext in [".html", ".htm"] {
        if let Some(s) = file.strip_suffix(ext) {
            return s;
        }
    }
    file
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn with_without(
    ex: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
) -> Result<Report, String> {
    let ev = read_json(&dir.join("evaldata.json"))?;
    let ev = ev.as_object().ok_or("evaldata.json: expected an object")?;
    let mut keys: Vec<&String> = ev.keys().collect();
    keys.sort();
    if let Some(n) = limit {
        keys.truncate(n);
    }
    let mut report = new_report(dir, name, Layout::WithWithout);
    let mut rows = Vec::new();
    let fields = [
        ("title", "title"),
        ("author", "authors"),
        ("date", "published"),
    ];
    let mut meta = [(0usize, 0usize); 3];
    for url in keys {
        let item = &ev[url];
        let file = item.get("file").and_then(Value::as_str).unwrap_or_default();
        let id = doc_id(file).to_string();
        let url_opt = url.starts_with("http").then_some(url.as_str());
        let pred = predict(ex, &dir.join("html").join(file), url_opt);
        let with = strings(item.get("with"));
        let without = strings(item.get("without"));
        let c = snippet_counts(&with, &without, &pred.text);
        rows.push(c);
        for (k, (ann, ours)) in fields.iter().enumerate() {
            let exp = item.get(ann).cloned().unwrap_or(Value::Null);
            if normalise(&exp, ann).is_none() {
                continue;
            }
            meta[k].1 += 1;
            meta[k].0 += meta_matches(&exp, &pred.meta(ours), ann) as usize;
        }
        let [tp, fp, fn_, _] = c;
        let f1 = if 2 * tp + fp + fn_ > 0 {
            2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
        } else {
            1.0
        };
        let mut classes = Vec::new();
        if pred.error.is_some() || pred.text.trim().is_empty() {
            classes.push("empty output");
        } else if fn_ > 0 && tp == 0 {
            classes.push("all text snippets missed");
        } else if fn_ > 0 {
            classes.push("some text snippets missed");
        }
        if fp > 0 {
            classes.push("boilerplate snippets kept");
        }
        let hint = if let Some(e) = &pred.error {
            format!("error: {e}")
        } else if pred.text.trim().is_empty() {
            "empty output".into()
        } else {
            let mut h = Vec::new();
            if fn_ > 0 {
                h.push(format!("missed {fn_}/{} text snippets", with.len()));
            }
            if fp > 0 {
                h.push(format!("kept {fp}/{} boilerplate snippets", without.len()));
            }
            if h.is_empty() {
                "ok".into()
            } else {
                h.join("; ")
            }
        };
        report.pages.push(PageResult {
            id: id.clone(),
            f1,
            precision: (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64),
            recall: (tp + fn_ > 0).then(|| tp as f64 / (tp + fn_) as f64),
            hint,
            classes,
            kind: None,
        });
        report.predictions.insert(id, pred);
    }
    let (p, r, acc, f1) = snippet_metrics(&rows);
    let m = &mut report.metrics;
    m.insert("body_precision".into(), p);
    m.insert("body_recall".into(), r);
    m.insert("body_f1".into(), f1);
    m.insert("accuracy".into(), acc);
    for (k, (_, ours)) in fields.iter().enumerate() {
        let key = if *ours == "published" { "date" } else { ours };
        meta_rate(&mut report, key, meta[k].0, meta[k].1, false);
    }
    for (i, k) in ["tp", "fp", "fn", "tn"].iter().enumerate() {
        report
            .counts
            .insert(format!("snippets_{k}"), rows.iter().map(|r| r[i]).sum());
    }
    Ok(finish(report))
}

fn article_body(
    ex: &newsprint::Extractor,
    dir: &Path,
    name: &str,
    limit: Option<usize>,
) -> Result<Report, String> {
    let mut gt = read_json(&dir.join("ground-truth.json"))?;
    if let Some(out) = gt
        .get("output")
        .filter(|_| gt.get("version").is_some())
        .cloned()
    {
        gt = out;
    }
    let gt = gt
        .as_object()
        .ok_or("ground-truth.json: expected an object")?;
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    if let Some(n) = limit {
        ids.truncate(n);
    }
    let mut report = new_report(dir, name, Layout::ArticleBody);
    let mut pages = Vec::new();
    for id in ids {
        let rec = &gt[id];
        let truth = match rec {
            Value::Object(o) => o
                .get("articleBody")
                .and_then(Value::as_str)
                .unwrap_or_default(),
            Value::String(s) => s.as_str(),
            _ => "",
        };
        let url = rec.get("url").and_then(Value::as_str);
        let html = dir.join("html").join(format!("{id}.html"));
        if !html.is_file() && html.with_extension("html.gz").is_file() {
            return Err(format!(
                "{}: pages are gzipped; run `gunzip -k {}/html/*.gz` first",
                dir.display(),
                dir.display()
            ));
        }
        let pred = predict(ex, &html, url);
        let ps = ShinglePage::new(truth, &pred.text);
        report.pages.push(PageResult {
            id: id.clone(),
            f1: ps.f1(),
            precision: ps.precision(),
            recall: ps.recall(),
            classes: body_classes(&pred, ps.precision(), ps.recall(), ps.n_pred),
            hint: body_hint(
                &pred,
                ps.precision(),
                ps.recall(),
                tokens(truth).len(),
                ps.n_pred,
            ),
            kind: None,
        });
        pages.push(ps);
        report.predictions.insert(id.clone(), pred);
    }
    let (p, r, f1, acc) = shingle_aggregate(&pages);
    let m = &mut report.metrics;
    m.insert("body_precision".into(), p);
    m.insert("body_recall".into(), r);
    m.insert("body_f1".into(), f1);
    m.insert("accuracy".into(), acc);
    Ok(finish(report))
}

fn num(x: f64) -> Value {
    if x.is_finite() { json!(x) } else { Value::Null }
}

impl Report {
    /// The page types of this corpus, in report order (wcxb only; else empty).
    pub fn kinds(&self) -> Vec<String> {
        let mut kinds: Vec<String> = self
            .pages
            .iter()
            .filter_map(|p| p.kind.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        kinds.sort_by_key(|k| {
            (
                WCXB_TYPES
                    .iter()
                    .position(|t| t == k)
                    .unwrap_or(WCXB_TYPES.len()),
                k.clone(),
            )
        });
        kinds
    }

    /// Page ids per failure class, worst first.
    pub fn class_pages(&self) -> BTreeMap<&'static str, Vec<&str>> {
        let mut m: BTreeMap<&'static str, Vec<&str>> = BTreeMap::new();
        for p in &self.pages {
            for c in &p.classes {
                m.entry(*c).or_default().push(&p.id);
            }
        }
        m
    }

    /// Pages per failure class.
    pub fn class_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut m = BTreeMap::new();
        for c in self.pages.iter().flat_map(|p| p.classes.iter()) {
            *m.entry(*c).or_insert(0) += 1;
        }
        m
    }

    /// Timing: (total ms, mean ms, max ms, slowest page).
    pub fn timing(&self) -> (f64, f64, f64, String) {
        let total: f64 = self.predictions.values().map(|p| p.millis).sum();
        let n = self.predictions.len().max(1) as f64;
        let (slow, max) = self
            .predictions
            .iter()
            .map(|(k, p)| (k.clone(), p.millis))
            .fold(
                (String::new(), 0.0),
                |acc, x| if x.1 > acc.1 { x } else { acc },
            );
        (total, total / n, max, slow)
    }

    /// The machine-readable summary of this corpus.
    pub fn summary(&self, worst: usize) -> Value {
        let (total, mean_ms, max, slow) = self.timing();
        let metrics: Map<String, Value> = self
            .metrics
            .iter()
            .map(|(k, v)| (k.clone(), num(*v)))
            .collect();
        let mut summary = json!({
            "layout": self.layout.name(),
            "path": self.path.display().to_string(),
            "pages": self.predictions.len(),
            "metrics": metrics,
            "counts": self.counts,
            "failure_classes": self.class_counts(),
            "failure_pages": self.class_pages(),
            "timing_ms": {"total": total, "mean": mean_ms, "max": max, "slowest_page": slow},
            "worst": self.pages.iter().take(worst).map(|p| json!({
                "id": p.id, "type": p.kind, "f1": num(p.f1),
                "precision": p.precision.map(num), "recall": p.recall.map(num),
                "hint": p.hint,
            })).collect::<Vec<_>>(),
            "page_f1": self.pages.iter().map(|p| (p.id.clone(), num(p.f1))).collect::<Map<String, Value>>(),
        });
        if self.layout == Layout::Readability {
            summary["media_lost"] = json!(self.media_lost);
        }
        summary
    }

    /// The human-readable report of this corpus.
    pub fn render(&self, worst: usize) -> String {
        use std::fmt::Write;
        let f = |k: &str| match self.metrics.get(k) {
            Some(v) if v.is_finite() => format!("{v:.3}"),
            Some(_) => "n/a".into(),
            None => "-".into(),
        };
        let c = |k: &str| self.counts.get(k).copied().unwrap_or(0);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "== {} ({} layout, {} pages, {} empty, {} errors) — {}",
            self.name,
            self.layout.name(),
            c("pages"),
            c("empty"),
            c("errors"),
            self.path.display()
        );
        let unit = match self.layout {
            Layout::Readability => "token bag, page mean",
            Layout::WithWithout => "snippets, pooled",
            Layout::ArticleBody => "4-token shingles, macro",
            Layout::Wcxb | Layout::WcxbText => "WCXB words, page mean",
        };
        let _ = writeln!(
            s,
            "body ({unit}):  precision {}  recall {}  F1 {}  lost pages {} (page F1 < {LOST_BELOW})",
            f("body_precision"),
            f("body_recall"),
            f("body_f1"),
            c("lost_pages")
        );
        match self.layout {
            Layout::Wcxb | Layout::WcxbText => {
                let _ = writeln!(
                    s,
                    "  {:<14} {:>5} {:>6} {:>6} {:>6} {:>5} {:>7}",
                    "type", "pages", "F1", "P", "R", "lost", "kind R"
                );
                for kind in self.kinds() {
                    let _ = writeln!(
                        s,
                        "  {:<14} {:>5} {:>6} {:>6} {:>6} {:>5} {:>7}",
                        kind,
                        c(&format!("{kind}.pages")),
                        f(&format!("{kind}.body_f1")),
                        f(&format!("{kind}.body_precision")),
                        f(&format!("{kind}.body_recall")),
                        c(&format!("{kind}.lost_pages")),
                        f(&format!("{kind}.kind_recall"))
                    );
                }
                let _ = writeln!(
                    s,
                    "page kind: accuracy {}  article-vs-not precision {}  recall {}",
                    f("kind_accuracy"),
                    f("article_kind_precision"),
                    f("article_kind_recall")
                );
            }
            Layout::Readability => {
                let _ = writeln!(
                    s,
                    "  exact {}   shingle P {}  R {}  F1 {}",
                    f("exact"),
                    f("shingle_precision"),
                    f("shingle_recall"),
                    f("shingle_f1")
                );
                let _ = writeln!(
                    s,
                    "  figures kept {} ({}/{}, {} figure blocks; {} decorative images not counted)  tables kept {} ({}/{}, {} table blocks; {} layout tables not counted)",
                    f("figures_kept"),
                    c("figures_kept"),
                    c("figures_expected"),
                    c("figures_ours"),
                    c("figures_decorative"),
                    f("tables_kept"),
                    c("tables_kept"),
                    c("tables_expected"),
                    c("tables_ours"),
                    c("tables_layout")
                );
            }
            _ => {
                let _ = writeln!(s, "  accuracy {}", f("accuracy"));
            }
        }
        let scopes: &[(&str, &str)] = match self.layout {
            Layout::ArticleBody => &[],
            Layout::Wcxb | Layout::WcxbText => &[("", ""), ("article.", " (article pages)")],
            _ => &[("", "")],
        };
        for (prefix, label) in scopes {
            let mut line = format!("metadata match{label}:");
            for k in ["title", "authors", "date"] {
                let _ = write!(
                    line,
                    "  {k} {} ({}/{}",
                    f(&format!("{prefix}{k}_match")),
                    c(&format!("{prefix}{k}_hits")),
                    c(&format!("{prefix}{k}_annotated"))
                );
                if let Some(sp) = self.counts.get(&format!("{prefix}{k}_spurious")) {
                    let _ = write!(line, ", {sp} spurious");
                }
                line.push(')');
            }
            let _ = writeln!(s, "{line}");
        }
        let classes = self.class_counts();
        if !classes.is_empty() {
            let list: Vec<String> = classes.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            let _ = writeln!(s, "failure classes (pages): {}", list.join(", "));
        }
        let (total, mean_ms, max, slow) = self.timing();
        let _ = writeln!(
            s,
            "time: {total:.0} ms total, {mean_ms:.2} ms/page, slowest {max:.1} ms ({slow})"
        );
        if worst > 0 {
            let _ = writeln!(s, "worst {} pages:", worst.min(self.pages.len()));
            let o = |x: Option<f64>| x.map_or("  -  ".to_string(), |v| format!("{v:.3}"));
            for p in self.pages.iter().take(worst) {
                let id = match &p.kind {
                    Some(k) => format!("{} ({k})", p.id),
                    None => p.id.clone(),
                };
                let _ = writeln!(
                    s,
                    "  F1 {:.3}  P {}  R {}  {:<40} {}",
                    p.f1,
                    o(p.precision),
                    o(p.recall),
                    id,
                    p.hint
                );
            }
        }
        s
    }

    /// Writes the predictions as `{id: {"articleBody", "title", "byline",
    /// "publishedTime"}}` to `DIR/<name>.json`, the form all reference scorers read.
    pub fn dump(&self, dir: &Path) -> Result<PathBuf, String> {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let out: Map<String, Value> = self
            .predictions
            .iter()
            .map(|(k, p)| (k.clone(), p.record()))
            .collect();
        let path = dir.join(format!("{}.json", self.name));
        let text = serde_json::to_string_pretty(&Value::Object(out)).map_err(|e| e.to_string())?;
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }

    /// The reference-scorer command that scores a dump of this corpus.
    pub fn scorer_command(&self, tools: &Path, dump: &Path) -> Vec<String> {
        let t = |s: &str| tools.join(s).display().to_string();
        let d = self.path.display().to_string();
        let p = dump.display().to_string();
        match self.layout {
            Layout::Readability => vec![
                t("score_readability.py"),
                "--dir".into(),
                d,
                "--pred".into(),
                p,
            ],
            Layout::WithWithout => vec![
                t("score_withwithout.py"),
                "--evaldata".into(),
                format!("{d}/evaldata.json"),
                "--pred".into(),
                p,
                "--n-bootstrap".into(),
                "0".into(),
            ],
            Layout::Wcxb | Layout::WcxbText => vec![
                t("score_wcxb.py"),
                format!("{d}/ground-truth"),
                p,
                "--types".into(),
                format!("{d}/pages.tsv"),
            ],
            Layout::ArticleBody => vec![
                t("score.py"),
                "--truth".into(),
                format!("{d}/ground-truth.json"),
                "--pred".into(),
                p,
                "--n-bootstrap".into(),
                "0".into(),
            ],
        }
    }
}
