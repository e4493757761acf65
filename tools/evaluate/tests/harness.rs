//! Tests of the evaluation harness: scores on fixture corpora of every
//! layout, the CI gate, and — in the ignored tests, which CI runs with
//! `--ignored` — the Rust scores equal the reference scorers'
//! (`../shared/tools/*.py`, run with python3) on the fixtures and on
//! `../shared/corpus/wcxb-dev`.
//!
//! Tests whose name starts with `python_` need python3 and `../shared/tools`;
//! `.ci/run` skips them (saying so) only where python3 is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use newsprint_evaluate::corpus::{self, Layout, Report};
use newsprint_evaluate::{gate, media, pytext, scorers};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval")
}

/// The workspace root (the newsprint checkout).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tools() -> PathBuf {
    root().join("../shared/tools")
}

/// Panics with a clear message unless python3 and `../shared/tools` are there:
/// the `python_` tests must not pass without running.
fn require_python() {
    assert!(
        tools().join("score.py").is_file(),
        "{} not found: the reference scorers are needed",
        tools().display()
    );
    assert!(
        Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        "python3 not found: needed to run the reference scorers"
    );
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
        Layout::Wcxb | Layout::WcxbText => &[
            ("precision", "body_precision"),
            ("recall", "body_recall"),
            ("f1", "body_f1"),
        ],
    }
}

/// Evaluates a fixture corpus and checks what holds for every layout.
fn fixture_report(name: &str, expected_layout: Layout) -> Report {
    let dir = fixtures().join(name);
    assert_eq!(Layout::detect(&dir), Some(expected_layout));
    let extractor = newsprint::Extractor::default();
    let report = corpus::evaluate(&extractor, &dir, name, None).expect("evaluate fixture corpus");
    assert!(report.predictions.len() >= 3, "{name}: too few pages");
    // The summary is valid JSON with the headline metrics and the lost pages.
    let summary = report.summary(5);
    assert!(summary["metrics"]["body_f1"].is_number(), "{summary}");
    let lost: Vec<&str> = report
        .pages
        .iter()
        .filter(|p| p.f1 < corpus::LOST_BELOW)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        summary["counts"]["lost_pages"],
        json!(lost.len()),
        "{name}: {lost:?}"
    );
    assert!(
        report
            .render(3)
            .contains(&format!("lost pages {} (page F1 < 0.5)", lost.len())),
        "{}",
        report.render(3)
    );
    report
}

/// Runs the layout's reference scorer on a dump of `report`; returns its
/// metrics object.
fn python_metrics(report: &Report, tag: &str) -> Value {
    require_python();
    let tmp = std::env::temp_dir().join(format!(
        "newsprint-eval-{}-{tag}-{}",
        std::process::id(),
        report.name
    ));
    let dump = report.dump(&tmp).expect("dump");
    let mut cmd = report.scorer_command(&tools(), &dump);
    let py = if report.layout.is_wcxb() {
        // score_wcxb.py prints its JSON as the last line of stdout.
        cmd.extend(["--json".into(), "--worst".into(), "0".into()]);
        let out = run_python(&cmd);
        let last = out
            .lines()
            .last()
            .expect("score_wcxb.py output")
            .to_string();
        serde_json::from_str(&last).expect("score_wcxb.py json")
    } else {
        let out_json = tmp.join("python-metrics.json");
        cmd.extend(["--json".into(), out_json.display().to_string()]);
        run_python(&cmd);
        let text = std::fs::read_to_string(&out_json)
            .expect("python metrics")
            .replace("NaN", "null");
        let py: Value = serde_json::from_str(&text).expect("python json");
        py.as_object()
            .and_then(|o| o.values().next())
            .expect("one tool")
            .clone()
    };
    let _ = std::fs::remove_dir_all(&tmp);
    py
}

fn run_python(args: &[String]) -> String {
    let out = Command::new("python3")
        .args(args)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Asserts that two scores agree (to 3 decimals, and in fact to 1e-9).
fn same(what: &str, p: Option<f64>, r: Option<f64>) {
    match (p, r) {
        (Some(p), Some(r)) => {
            assert_eq!(
                format!("{p:.3}"),
                format!("{r:.3}"),
                "{what}: python {p} vs rust {r}"
            );
            assert!((p - r).abs() < 1e-9, "{what}: python {p} vs rust {r}");
        }
        (None, None) => {}
        _ => panic!("{what}: python {p:?} vs rust {r:?}"),
    }
}

/// The Rust report equals the reference scorer on the same predictions.
fn cross_check(report: &Report) {
    let py = python_metrics(report, "xcheck");
    for (pk, rk) in key_map(report.layout) {
        let p = py.get(*pk).and_then(Value::as_f64);
        let r = report.metrics.get(*rk).copied().filter(|v| v.is_finite());
        same(&format!("{}: {pk}", report.name), p, r);
    }
    if report.layout.is_wcxb() {
        let count = |k: &str| report.counts.get(k).map(|&n| n as f64);
        same(
            &format!("{}: lost", report.name),
            py["lost"].as_f64(),
            count("lost_pages"),
        );
        let types = py["types"].as_object().expect("per-type metrics");
        assert_eq!(types.len(), report.kinds().len(), "{types:?}");
        for (kind, m) in types {
            for (pk, rk) in key_map(report.layout) {
                let r = report.metrics.get(&format!("{kind}.{rk}")).copied();
                same(&format!("{}: {kind}.{pk}", report.name), m[pk].as_f64(), r);
            }
            same(
                &format!("{}: {kind}.lost", report.name),
                m["lost"].as_f64(),
                count(&format!("{kind}.lost_pages")),
            );
        }
    }
}

#[test]
fn readability_fixture_scores() {
    let r = fixture_report("readability", Layout::Readability);
    // 03-empty-shell yields no body: lost.
    assert!(
        r.pages
            .iter()
            .any(|p| p.id == "03-empty-shell" && p.f1 < 0.5)
    );
}

#[test]
fn readability_fixture_counts_figures_and_tables_kept() {
    let r = fixture_report("readability", Layout::Readability);
    // 04-figures expects two images (a third inside <noscript> and a
    // 1-pixel spacer are not counted) and one table (a presentation table
    // is not counted); newsprint keeps one figure and the table.
    let c = |k: &str| r.counts[k];
    assert_eq!(c("figures_expected"), 2);
    assert_eq!(c("figures_decorative"), 1);
    assert_eq!(c("tables_expected"), 1);
    assert_eq!(c("tables_layout"), 1);
    assert_eq!(c("tables_kept"), 1, "{:?}", r.media_lost);
    assert_eq!(c("figures_kept"), c("figures_ours").min(2));
    assert!((r.metrics["tables_kept"] - 1.0).abs() < 1e-9);
    let rate = r.metrics["figures_kept"];
    assert!((rate - c("figures_kept") as f64 / 2.0).abs() < 1e-9);
    let summary = r.summary(3);
    assert_eq!(summary["metrics"]["tables_kept"], json!(1.0));
    assert!(summary["media_lost"].is_object());
    assert!(r.render(3).contains("figures kept"), "{}", r.render(3));
}

#[test]
fn media_counts_skip_hidden_markup() {
    let m = media::count_media(
        "<p><img src=a><IMG SRC=b /></p><script>'<img src=c>'</script><template><table></table></template><table><tr><td><table></table></td></tr></table>",
    );
    assert_eq!((m.images, m.tables + m.layout_tables), (2, 2));
}

#[test]
fn media_counts_leave_out_decorative_images_and_layout_tables() {
    let m = media::count_media(concat!(
        // icons, spacers and formula fallbacks
        "<img src=ok.jpg width=600 height=0><img src=i.png width=20px>",
        "<img src=s.gif width=1 height=1><img src=f.svg aria-hidden=true alt=x>",
        // data: header cells, a caption, a summary, size
        "<table><tr><th>a<td>1</table>",
        "<table><caption>Prices</caption><tr><td>a<td>1</table>",
        "<table summary=s><tr><td>a</table>",
        "<table><tr><td>1<td>2<td>3<td>4<td>5</table>",
        "<table><tr><td>1<td>2<td>3<tr><td>1<td>2<td>3<tr><td>1<td>2<td>3<tr><td>1<td>2<td>3</table>",
        // layout: declared, nested, one row, small
        "<table role=presentation><tr><th>a</table>",
        "<table><tr><td><table><tr><td>x</table></table>",
        "<table><tr><td>a<td>b</table>",
        "<table><tr><td>img<tr><td>caption</table>",
    ));
    assert_eq!((m.images, m.decorative_images), (1, 3));
    // the nested inner table is a small layout table too
    assert_eq!((m.tables, m.layout_tables), (5, 5));
}

#[test]
fn with_without_fixture_scores() {
    fixture_report("withwithout", Layout::WithWithout);
}

#[test]
fn article_body_fixture_scores() {
    let r = fixture_report("articlebody", Layout::ArticleBody);
    assert!(r.pages.iter().any(|p| p.id == "nobody" && p.f1 < 0.5));
}

#[test]
#[ignore = "needs python3 and ../shared/tools (run by CI with --ignored)"]
fn python_readability_layout_matches_reference_scorer() {
    cross_check(&fixture_report("readability", Layout::Readability));
}

#[test]
#[ignore = "needs python3 and ../shared/tools (run by CI with --ignored)"]
fn python_with_without_layout_matches_reference_scorer() {
    cross_check(&fixture_report("withwithout", Layout::WithWithout));
}

#[test]
#[ignore = "needs python3 and ../shared/tools (run by CI with --ignored)"]
fn python_article_body_layout_matches_reference_scorer() {
    cross_check(&fixture_report("articlebody", Layout::ArticleBody));
}

#[test]
#[ignore = "needs python3 and ../shared/tools (run by CI with --ignored)"]
fn python_wcxb_layout_matches_score_wcxb() {
    cross_check(&fixture_report("wcxb", Layout::Wcxb));
    let ex = newsprint::Extractor::default();
    let text = corpus::evaluate_as(
        &ex,
        &fixtures().join("wcxb"),
        "wcxb-text",
        None,
        Layout::WcxbText,
    )
    .expect("text mode");
    cross_check(&text);
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
#[ignore = "needs python3 and ../shared/tools (run by CI with --ignored)"]
fn python_metadata_matching_equals_metamatch_py() {
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
        ["Ünïcödé  \u{a0}\u{1c} title", "ünïcödé title", "title"],
        // Typographic quotes, dashes and spaces fold to ASCII.
        ["A Beginner's Guide", "A Beginner\u{2019}s Guide", "title"],
        [
            "\u{201c}Quoted\u{201d} \u{2013} Site",
            "\"Quoted\"",
            "title"
        ],
        ["Site \u{2014} Story\u{2011}line", "Story-line", "title"],
        [
            "Anne\u{2010}Marie O\u{2019}Neil",
            "Anne-Marie O'Neil",
            "author"
        ],
        ["2024\u{2010}05\u{2010}18", "2024-05-18", "date"],
        ["\u{ab}Titre\u{bb}", "\"titre\"", "title"]
    ]);
    let rust: Vec<bool> = cases
        .as_array()
        .unwrap()
        .iter()
        .map(|c| scorers::meta_matches(&c[0], &c[1], c[2].as_str().unwrap()))
        .collect();
    require_python();
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
    let path = root().join("quality/floors.json");
    let floors: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // Every floor is a number in [0, 1], every ceiling (`*_max`) a count, and
    // a summary exactly at the floors and ceilings passes.
    let mut corpora = serde_json::Map::new();
    let mut ceilings = 0;
    for (corpus, limits) in floors.as_object().unwrap() {
        if corpus.starts_with('_') {
            continue;
        }
        let (mut metrics, mut counts) = (serde_json::Map::new(), serde_json::Map::new());
        for (k, v) in limits
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
        {
            if let Some(count) = k.strip_suffix("_max") {
                let n = v.as_u64().expect("a ceiling is a whole number of pages");
                counts.insert(count.to_string(), json!(n));
                ceilings += 1;
            } else {
                let v = v.as_f64().expect("numeric floor");
                assert!((0.0..=1.0).contains(&v), "{corpus}.{k} = {v}");
                metrics.insert(k.clone(), json!(v));
            }
        }
        assert!(
            counts.contains_key("lost_pages"),
            "{corpus}: no lost_pages_max ceiling"
        );
        corpora.insert(
            corpus.clone(),
            json!({"metrics": metrics, "counts": counts}),
        );
    }
    assert!(ceilings >= 3);
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

#[test]
fn gate_checks_lost_page_ceilings() {
    let floors = json!({"wcxb-dev": {
        "body_f1": 0.7, "lost_pages_max": 10, "article.lost_pages_max": 2
    }});
    let summary = |lost: usize, article_lost: usize| {
        json!({"corpora": {"wcxb-dev": {
            "metrics": {"body_f1": 0.8},
            "counts": {"lost_pages": lost, "article.lost_pages": article_lost},
        }}})
    };
    assert!(gate::check(&summary(10, 2), &floors).passed());
    let res = gate::check(&summary(11, 2), &floors);
    assert_eq!(res.failures.len(), 1, "{:?}", res.failures);
    assert!(res.failures[0].contains("wcxb-dev.lost_pages = 11 > ceiling 10"));
    let res = gate::check(&summary(3, 3), &floors);
    assert!(
        res.failures[0].contains("article.lost_pages"),
        "{:?}",
        res.failures
    );
    // A ceiling on a count the summary lacks fails.
    let res = gate::check(
        &json!({"corpora": {"wcxb-dev": {"metrics": {"body_f1": 0.8}}}}),
        &floors,
    );
    assert_eq!(res.failures.len(), 2, "{:?}", res.failures);
}

#[test]
fn wcxb_word_scores_by_hand() {
    let w = scorers::wcxb_words;
    // Lowercased Python \w+ runs: combining marks split, ß stays (lower, not casefold).
    assert_eq!(w("Straße, NAÏVE x²y"), ["straße", "naïve", "x²y"]);
    assert_eq!(w("ΟΔΟΣ Σ"), ["οδος", "σ"]);
    let prf = |a: &str, b: &str| scorers::wcxb_prf(&w(a), &w(b));
    // Multiset overlap: "the" twice in the output, once in the reference.
    let (p, r, f1) = prf("the cat sat", "The the cat");
    assert_eq!((p, r), (2.0 / 3.0, 2.0 / 3.0));
    assert!((f1 - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(prf("", ""), (1.0, 1.0, 1.0));
    assert_eq!(prf("", "boilerplate"), (0.0, 0.0, 0.0));
    assert_eq!(prf("some text", " ... "), (0.0, 0.0, 0.0));
    assert_eq!(prf("a b", "c d"), (0.0, 0.0, 0.0));
}

#[test]
fn wcxb_fixture_reads_gzipped_pages_types_and_metadata() {
    let r = fixture_report("wcxb", Layout::Wcxb);
    assert_eq!(r.predictions.len(), 4);
    assert_eq!(r.kinds(), ["article", "listing", "service"]);
    let page = |id: &str| r.pages.iter().find(|p| p.id == id).unwrap();
    // The gzipped article page is extracted (not an error, not empty).
    assert!(page("0001").f1 > 0.8, "{:?}", page("0001"));
    assert!(r.predictions["0001"].error.is_none());
    // Empty reference (0005: empty string, 0007: absent): 1 only when the
    // output is empty too.
    for id in ["0005", "0007"] {
        let empty = r.predictions[id].text.trim().is_empty();
        assert_eq!(page(id).f1, if empty { 1.0 } else { 0.0 }, "{id}");
    }
    assert_eq!(r.counts["article.pages"], 2);
    assert_eq!(r.counts["service.pages"], 1);
    let mean = (page("0001").f1 + page("0005").f1) / 2.0;
    assert!((r.metrics["article.body_f1"] - mean).abs() < 1e-12);
    // Metadata: title annotated on 3 pages, author and date on 0001 only.
    assert_eq!(r.counts["title_annotated"], 3);
    assert_eq!(r.counts["article.title_annotated"], 1);
    assert_eq!(r.counts["authors_annotated"], 1);
    assert_eq!(r.counts["date_annotated"], 1);
    assert_eq!(
        r.counts["date_hits"], 1,
        "{:?}",
        r.predictions["0001"].published
    );
    assert_eq!(
        r.counts["authors_hits"], 1,
        "{:?}",
        r.predictions["0001"].authors
    );
    let summary = r.summary(2);
    assert_eq!(summary["layout"], "wcxb");
    assert!(summary["metrics"]["article.title_match"].is_number());
    assert!(summary["worst"][0]["type"].is_string(), "{summary}");
}

#[test]
fn wcxb_text_mode_reads_the_dumps() {
    let ex = newsprint::Extractor::default();
    let dir = fixtures().join("wcxb");
    let r = corpus::evaluate_as(&ex, &dir, "wcxb-text", None, Layout::WcxbText).unwrap();
    assert_eq!(r.layout, Layout::WcxbText);
    assert_eq!(r.predictions.len(), 4);
    // The article dump's body is found; the empty dump is an error, scored
    // as empty output, which is right for its empty reference.
    let page = |id: &str| r.pages.iter().find(|p| p.id == id).unwrap();
    assert!(page("0001").f1 > 0.8, "{:?}", r.predictions["0001"].text);
    assert!(r.predictions["0005"].error.is_some());
    assert_eq!(page("0005").f1, 1.0);
    // Text mode is only for WCXB corpora.
    assert!(
        corpus::evaluate_as(
            &ex,
            &fixtures().join("articlebody"),
            "x",
            None,
            Layout::WcxbText
        )
        .is_err()
    );
}

/// The whole wcxb-dev corpus, extracted from HTML, scored by the harness and
/// by `score_wcxb.py` (body) and `metamatch.py` (metadata): the same numbers.
#[test]
#[ignore = "needs ../shared/corpus and python3 (run by CI with --ignored)"]
fn python_wcxb_dev_matches_score_wcxb_and_metamatch() {
    let dir = root().join("../shared/corpus/wcxb-dev");
    assert!(dir.is_dir(), "{} not found", dir.display());
    let ex = newsprint::Extractor::default();
    let report = corpus::evaluate(&ex, &dir, "wcxb-dev", None).expect("evaluate wcxb-dev");
    assert_eq!(report.layout, Layout::Wcxb);
    assert_eq!(report.predictions.len(), 1358);
    cross_check(&report);

    // Metadata match rates, overall and on article pages, from metamatch.py.
    let tmp = std::env::temp_dir().join(format!("newsprint-eval-{}-wcxb-meta", std::process::id()));
    let dump = report.dump(&tmp).expect("dump");
    let script = r#"
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from metamatch import matches, normalise
corpus, pred = Path(sys.argv[2]), json.load(open(sys.argv[3], encoding="utf-8"))
types = {}
for line in (corpus / "pages.tsv").read_text(encoding="utf-8").splitlines()[1:]:
    cols = line.split("	")
    types[cols[0]] = cols[1]
out = {}
for scope in ("", "article."):
    for gt_key, field, ours, key in (("title", "title", "title", "title"),
                                     ("author", "author", "byline", "authors"),
                                     ("publish_date", "date", "publishedTime", "date")):
        hit = total = 0
        for pid, kind in types.items():
            if scope and kind != "article":
                continue
            gt = json.loads((corpus / "ground-truth" / f"{pid}.json").read_text(encoding="utf-8"))
            exp = (gt.get("ground_truth") or {}).get(gt_key)
            if normalise(exp, field) is None:
                continue
            total += 1
            hit += bool(matches(exp, pred[pid].get(ours), field))
        out[f"{scope}{key}_match"] = hit / total
print(json.dumps(out))
"#;
    let out = run_python(&[
        "-c".into(),
        script.into(),
        tools().display().to_string(),
        dir.display().to_string(),
        dump.display().to_string(),
    ]);
    let _ = std::fs::remove_dir_all(&tmp);
    let py: Value = serde_json::from_str(out.trim()).expect("metamatch json");
    let py = py.as_object().unwrap();
    assert_eq!(py.len(), 6);
    for (k, v) in py {
        same(
            &format!("wcxb-dev: {k}"),
            v.as_f64(),
            report.metrics.get(k).copied(),
        );
    }
}

/// A whole corpus under `../shared/corpus`, scored by the harness and by its
/// reference scorer: the same numbers.
fn corpus_cross_check(name: &str, layout: Layout) {
    let dir = root().join("../shared/corpus").join(name);
    assert!(dir.is_dir(), "{} not found", dir.display());
    let ex = newsprint::Extractor::default();
    let report = corpus::evaluate(&ex, &dir, name, None).expect("evaluate corpus");
    assert_eq!(report.layout, layout);
    cross_check(&report);
}

#[test]
#[ignore = "needs ../shared/corpus and python3 (run by CI with --ignored)"]
fn python_readability_corpus_matches_score_readability() {
    corpus_cross_check("readability", Layout::Readability);
}

#[test]
#[ignore = "needs ../shared/corpus and python3 (run by CI with --ignored)"]
fn python_trafilatura_dev_matches_score_withwithout() {
    corpus_cross_check("trafilatura-dev", Layout::WithWithout);
}
