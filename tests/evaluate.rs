//! Tests of the evaluation harness (`examples/evaluate.rs`): the Rust scores
//! equal the reference scorers' (`../shared/tools/*.py`) on fixture corpora
//! of all three layouts, and the CI gate fails below a floor.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

#[path = "../examples/evaluate/corpus.rs"]
mod corpus;
#[path = "../examples/evaluate/gate.rs"]
mod gate;
#[allow(clippy::all)]
#[path = "../examples/evaluate/pytables.rs"]
mod pytables;
#[path = "../examples/evaluate/pytext.rs"]
mod pytext;
#[path = "../examples/evaluate/scorers.rs"]
mod scorers;

use corpus::Layout;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval")
}

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools")
}

fn python_ok() -> bool {
    tools().join("score.py").is_file()
        && Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
}

/// Python metric key → our summary key, per layout.
fn key_map(layout: Layout) -> &'static [(&'static str, &'static str)] {
    match layout {
        Layout::Readability => &[
            ("token_f1", "body_f1"),
            ("token_precision", "body_precision"),
            ("token_recall", "body_recall"),
            ("exact", "exact"),
            ("shingle_f1", "shingle_f1"),
            ("shingle_precision", "shingle_precision"),
            ("shingle_recall", "shingle_recall"),
            ("title_match", "title_match"),
            ("byline_match", "authors_match"),
            ("publishedTime_match", "date_match"),
        ],
        Layout::WithWithout => &[
            ("precision", "body_precision"),
            ("recall", "body_recall"),
            ("f1", "body_f1"),
            ("accuracy", "accuracy"),
            ("title_match", "title_match"),
            ("author_match", "authors_match"),
            ("date_match", "date_match"),
        ],
        Layout::ArticleBody => &[
            ("precision", "body_precision"),
            ("recall", "body_recall"),
            ("f1", "body_f1"),
            ("accuracy", "accuracy"),
        ],
    }
}

fn cross_check(name: &str, expected_layout: Layout) {
    let dir = fixtures().join(name);
    assert_eq!(Layout::detect(&dir), Some(expected_layout));
    let extractor = newsprint::Extractor::default();
    let report = corpus::evaluate(&extractor, &dir, name, None).expect("evaluate fixture corpus");
    assert!(report.predictions.len() >= 3, "{name}: too few pages");
    // The summary is valid JSON with the headline metrics.
    let summary = report.summary(5);
    assert!(summary["metrics"]["body_f1"].is_number(), "{summary}");

    if !python_ok() {
        eprintln!("python3 or ../shared/tools missing: skipping the reference cross-check");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("newsprint-eval-{}-{name}", std::process::id()));
    let dump = report.dump(&tmp).expect("dump");
    let out_json = tmp.join("python-metrics.json");
    let mut cmd = report.scorer_command(&tools(), &dump);
    cmd.extend(["--json".into(), out_json.display().to_string()]);
    let out = Command::new("python3")
        .args(&cmd)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_json)
        .expect("python metrics")
        .replace("NaN", "null");
    let py: Value = serde_json::from_str(&text).expect("python json");
    let py = py
        .as_object()
        .and_then(|o| o.values().next())
        .expect("one tool")
        .clone();
    let _ = std::fs::remove_dir_all(&tmp);
    for (pk, rk) in key_map(expected_layout) {
        let p = py.get(*pk).and_then(Value::as_f64);
        let r = report.metrics.get(*rk).copied().filter(|v| v.is_finite());
        match (p, r) {
            (Some(p), Some(r)) => {
                assert_eq!(
                    format!("{p:.3}"),
                    format!("{r:.3}"),
                    "{name}: {pk} python {p} vs rust {r}"
                );
                assert!((p - r).abs() < 1e-9, "{name}: {pk} python {p} vs rust {r}");
            }
            (None, None) => {}
            _ => panic!("{name}: {pk} python {p:?} vs rust {r:?}"),
        }
    }
}

#[test]
fn readability_layout_matches_reference_scorer() {
    cross_check("readability", Layout::Readability);
}

#[test]
fn with_without_layout_matches_reference_scorer() {
    cross_check("withwithout", Layout::WithWithout);
}

#[test]
fn article_body_layout_matches_reference_scorer() {
    cross_check("articlebody", Layout::ArticleBody);
}

#[test]
fn non_utf8_pages_are_decoded_from_bytes() {
    let ex = newsprint::Extractor::default();
    for path in [
        "readability/02-muehle-latin1/source.html",
        "withwithout/html/obersee.markt.htm",
    ] {
        let bytes = std::fs::read(fixtures().join(path)).unwrap();
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "{path} should not be UTF-8"
        );
        let p = corpus::predict(&ex, &fixtures().join(path), None);
        let all = format!("{} {}", p.title.clone().unwrap_or_default(), p.text);
        assert!(
            !all.contains('\u{FFFD}'),
            "{path}: replacement characters in {all:?}"
        );
        assert!(
            all.contains('ä') || all.contains('ü') || all.contains('ö'),
            "{path}: {all:?}"
        );
    }
}

#[test]
fn reference_html_text_follows_score_readability() {
    // Block boundaries split words, inline ones do not; skipped elements drop
    // their text but their block children still separate the words around them.
    let t = pytext::html_text(
        "<p>a</p>b<span>c</span><noscript><p>x</p></noscript>d&amp;e&nbsp;f<script>g<p></script>h",
    );
    assert_eq!(t, "a bc d&e fh");
    assert_eq!(pytext::tokens(&t), vec!["a", "bc", "d", "e", "fh"]);
}

#[test]
fn shingle_and_token_scores_by_hand() {
    // 5 tokens → 2 shingles; a 4-token prediction is one shingle, the first.
    let s = scorers::ShinglePage::new("one two three four five", "one two three four");
    assert_eq!((s.precision(), s.recall()), (Some(1.0), Some(0.5)));
    let s = scorers::ShinglePage::new("one two three four five", "one two three four five six");
    assert_eq!(s.precision(), Some(2.0 / 3.0));
    assert_eq!(s.recall(), Some(1.0));
    let empty = scorers::ShinglePage::new("one two", "");
    assert_eq!(empty.precision(), None);
    assert_eq!(empty.recall(), Some(0.0));
    let (p, r, f1) = scorers::token_prf(&["a", "b", "b"], &["b", "c"]);
    assert_eq!((p, r, f1), (Some(0.5), 1.0 / 3.0, 0.4));
    assert_eq!(scorers::token_prf(&[], &[]), (None, 1.0, 1.0));
}

#[test]
fn metadata_matching_equals_metamatch_py() {
    // (expected, got, field): separators, site segments, "By"/"Von", name
    // lists, case folding (ß, Σ), whitespace, dates with times, nulls.
    let cases = json!([
        ["Story title | Site", "Story title", "title"],
        ["Site - Story title", "story   TITLE", "title"],
        ["Site :: Story", "Story", "title"],
        ["A: B: C", "A: B", "title"],
        ["Straße der Zukunft", "STRASSE DER ZUKUNFT", "title"],
        ["Ein Titel", "Ein Titel - Seite - Ressort", "title"],
        ["Title - ", "Title", "title"],
        ["", "Title", "title"],
        [null, "Title", "title"],
        ["x-y", "x", "title"],
        ["By Ann Lee and Bo Ek", ["Bo Ek", "Ann Lee"], "byline"],
        [
            "Von Jürgen Groß und Maria Weiß",
            ["JÜRGEN GROSS", "Maria Weiss"],
            "author"
        ],
        [
            "Par Jean Dupont et Marie Curie.",
            "Jean Dupont, Marie Curie",
            "author"
        ],
        ["Anderson Cooper", "Anderson Cooper", "author"],
        ["Andy Sandyand", "Andy; Sandyand", "author"],
        ["dı Ana", "Ana", "author"],
        ["by", "by", "author"],
        ["By  Kim ; Lee &Park", ["Kim", "Lee", "Park"], "author"],
        ["Ann Lee", null, "author"],
        [["", "Ann"], "Ann", "author"],
        ["2024-05-18T09:30:00+01:00", "2024-05-18", "date"],
        ["2024-05-18", "2024-05-19T00:00:00Z", "publishedTime"],
        ["  2024-05-18", "2024-05-18", "date"],
        ["ΣΊΣΥΦΟΣ", "σίσυφος", "title"],
        ["Ünïcödé  \u{a0}\u{1c} title", "ünïcödé title", "title"]
    ]);
    let rust: Vec<bool> = cases
        .as_array()
        .unwrap()
        .iter()
        .map(|c| scorers::meta_matches(&c[0], &c[1], c[2].as_str().unwrap()))
        .collect();
    if !python_ok() {
        eprintln!("python3 or ../shared/tools missing: skipping the metamatch cross-check");
        return;
    }
    let script = "import json,sys\nsys.path.insert(0, sys.argv[1])\nfrom metamatch import matches\n\
                  print(json.dumps([bool(matches(e, g, f)) for e, g, f in json.load(sys.stdin)]))";
    let mut child = Command::new("python3")
        .args(["-c", script, &tools().display().to_string()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(cases.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let py: Vec<bool> = serde_json::from_slice(&out.stdout).unwrap();
    for (i, (r, p)) in rust.iter().zip(&py).enumerate() {
        assert_eq!(r, p, "case {}: {}", i, cases[i]);
    }
    assert!(rust.iter().filter(|&&b| b).count() >= 10, "{rust:?}");
}

fn fake_summary(f1: f64, title: Option<f64>) -> Value {
    json!({"corpora": {
        "readability": {"metrics": {"body_f1": f1, "title_match": title}},
        "trafilatura-dev": {"metrics": {"body_f1": 0.9}},
    }})
}

fn floors() -> Value {
    json!({
        "_comment": "test floors",
        "readability": {"body_f1": 0.80, "title_match": 0.70},
        "trafilatura-dev": {"body_f1": 0.85},
        "not-on-this-machine": {"body_f1": 0.5},
    })
}

#[test]
fn gate_fails_when_a_metric_drops_below_its_floor() {
    let res = gate::check(&fake_summary(0.7999, Some(0.9)), &floors());
    assert!(!res.passed());
    assert_eq!(res.failures.len(), 1, "{:?}", res.failures);
    assert!(res.failures[0].contains("readability.body_f1"));
    // An undefined metric fails too.
    let res = gate::check(&fake_summary(0.9, None), &floors());
    assert!(!res.passed());
    assert!(res.failures[0].contains("title_match"));
}

#[test]
fn gate_passes_at_or_above_floors() {
    let res = gate::check(&fake_summary(0.80, Some(0.70)), &floors());
    assert!(res.passed(), "{:?}", res.failures);
    assert!(
        res.lines
            .iter()
            .any(|l| l.contains("not-on-this-machine") && l.contains("skipped"))
    );
    let res = gate::check(&fake_summary(0.95, Some(1.0)), &floors());
    assert!(res.passed());
}

#[test]
fn checked_in_floors_are_well_formed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("quality/floors.json");
    let floors: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // Every floor is a number in [0, 1] and a summary at the floors passes.
    let mut corpora = serde_json::Map::new();
    for (corpus, metrics) in floors.as_object().unwrap() {
        if corpus.starts_with('_') {
            continue;
        }
        for (_, v) in metrics
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
        {
            let v = v.as_f64().expect("numeric floor");
            assert!((0.0..=1.0).contains(&v));
        }
        corpora.insert(corpus.clone(), json!({"metrics": metrics}));
    }
    assert!(gate::check(&json!({"corpora": corpora}), &floors).passed());
}

#[test]
fn baseline_comparison_lists_moved_pages() {
    let now = json!({"metrics": {"body_f1": 0.9}, "page_f1": {"a": 0.5, "b": 1.0, "c": 0.7}});
    let base = json!({"corpora": {"x": {"metrics": {"body_f1": 0.95}, "page_f1": {"a": 0.9, "b": 1.0, "c": 0.6}}}});
    let out = gate::compare("x", &now, &base, 5);
    assert!(out.contains("body_f1 0.900 (-0.050)"), "{out}");
    assert!(out.contains("pages changed: 2 (1 down, 1 up)"), "{out}");
    let down = out.find("-0.400 -> F1 0.500  a").expect("a regressed");
    let up = out.find("+0.100 -> F1 0.700  c").expect("c improved");
    assert!(down < up, "{out}");
}
