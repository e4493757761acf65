//! Measure newsprint on corpora of real pages, the way the reference scorers
//! in `../shared/tools` do, and gate CI on the result.
//!
//! ```text
//! cargo run --release -p newsprint-evaluate -- [--json] [--worst N] [--limit N]
//!     [--dump DIR] [--floors FILE] [--check SUMMARY.json] [--baseline SUMMARY.json]
//!     [--best-effort] [--text WCXB_DIR]… CORPUS_DIR…
//! ```
//!
//! Each corpus directory's layout is detected:
//! - readability: `<page>/source.html`, `expected.html`, `expected-metadata.json`
//!   (bag-of-token F1 per page, averaged; as `score_readability.py`);
//! - with/without: `evaldata.json` + `html/` (pooled snippet P/R/F1; as
//!   `score_withwithout.py`);
//! - article-body: `ground-truth.json` `{id: {"articleBody", "url"}}` +
//!   `html/<id>.html` (4-token shingle P/R/F1, macro; as `score.py`);
//! - wcxb: `pages.tsv` + `ground-truth/<id>.json` + `html/<id>.html.gz`
//!   (WCXB word F1 per page, mean over pages, overall and per page type; as
//!   `score_wcxb.py`).
//!
//! Every corpus also reports its lost pages (page body F1 < 0.5). The
//! readability layout also reports `figures_kept` and `tables_kept`: per page,
//! the `<img>` and `<table>` elements of `expected.html` against newsprint's
//! `figure` and `table` blocks, kept = min(ours, expected), summed over the
//! corpus and divided by the expected total (`media_lost` in the summary lists
//! the pages that lost some).
//!
//! Options:
//! - `--json`: print the machine-readable summary instead of the report;
//! - `--worst N`: list the N lowest-scoring pages (default 10);
//! - `--limit N`: only the first N pages of each corpus (by id);
//! - `--dump DIR`: write each corpus's predictions to `DIR/<corpus>.json` in the
//!   form the reference scorers read, and print the scorer commands;
//! - `--floors FILE`: after evaluating, fail (exit 1) when a metric is below
//!   its floor in FILE (see `quality/floors.json`);
//! - `--check SUMMARY`: check a saved `--json` summary against `--floors`
//!   without evaluating anything;
//! - `--baseline SUMMARY`: after each corpus, show metric deltas against a
//!   saved `--json` summary and the pages whose F1 moved most;
//! - `--best-effort`: extract with `ExtractorBuilder::best_effort(true)`
//!   (pages that are not articles give what they hold instead of
//!   `Error::NoArticle`); the default is the extractor users get by default;
//! - `--text DIR`: evaluate the browser text dumps (`text/<id>.txt`) of the
//!   wcxb corpus DIR through `Extractor::extract_text`, reported as the
//!   corpus `<name>-text` (repeatable; in command-line order with the others).

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Map, Value, json};

use newsprint_evaluate::corpus::{self, Layout};
use newsprint_evaluate::gate;

const USAGE: &str = "usage: evaluate [--json] [--worst N] [--limit N] [--dump DIR] [--floors FILE] [--check SUMMARY.json] [--baseline SUMMARY.json] [--best-effort] [--text WCXB_DIR]... CORPUS_DIR...";

/// The newsprint version being evaluated (from the root `Cargo.toml`).
fn newsprint_version() -> &'static str {
    include_str!("../../../Cargo.toml")
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or("unknown")
}

#[derive(Default)]
struct Args {
    json: bool,
    worst: usize,
    limit: Option<usize>,
    dump: Option<PathBuf>,
    floors: Option<PathBuf>,
    check: Option<PathBuf>,
    baseline: Option<PathBuf>,
    best_effort: bool,
    /// Corpus directories with the layout to read them in (`None`: detect).
    dirs: Vec<(PathBuf, Option<Layout>)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        worst: 10,
        ..Args::default()
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |s: String, name: &str| -> Result<usize, String> {
            s.parse()
                .map_err(|_| format!("{name} needs a number, got {s:?}"))
        };
        match flag.as_str() {
            "--json" => args.json = true,
            "--best-effort" => args.best_effort = true,
            "--worst" => args.worst = number(value("--worst")?, "--worst")?,
            "--limit" => args.limit = Some(number(value("--limit")?, "--limit")?),
            "--dump" => args.dump = Some(value("--dump")?.into()),
            "--floors" => args.floors = Some(value("--floors")?.into()),
            "--check" => args.check = Some(value("--check")?.into()),
            "--baseline" => args.baseline = Some(value("--baseline")?.into()),
            "--text" => args
                .dirs
                .push((value("--text")?.into(), Some(Layout::WcxbText))),
            "-h" | "--help" => return Err(USAGE.into()),
            _ if flag.starts_with("--") => return Err(format!("unknown option {flag}\n{USAGE}")),
            _ => args.dirs.push((a.into(), None)),
        }
    }
    if args.dirs.is_empty() && args.check.is_none() {
        return Err(format!("no corpus directory given\n{USAGE}"));
    }
    if args.check.is_some() && args.floors.is_none() {
        return Err("--check needs --floors".into());
    }
    Ok(args)
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn corpus_name(dir: &Path, layout: Option<Layout>, taken: &Map<String, Value>) -> String {
    let mut base = std::fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string());
    if layout == Some(Layout::WcxbText) {
        base.push_str("-text");
    }
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains_key(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// Prints to stdout, ignoring a closed pipe (`evaluate … | head`).
fn print_out(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn run() -> Result<bool, String> {
    let args = parse_args()?;
    let summary = if let Some(path) = &args.check {
        read_json(path)?
    } else {
        let baseline = args.baseline.as_deref().map(read_json).transpose()?;
        let extractor = newsprint::Extractor::builder()
            .best_effort(args.best_effort)
            .build();
        let mut corpora = Map::new();
        for (dir, layout) in &args.dirs {
            let name = corpus_name(dir, *layout, &corpora);
            let report = match layout {
                Some(l) => corpus::evaluate_as(&extractor, dir, &name, args.limit, *l)?,
                None => corpus::evaluate(&extractor, dir, &name, args.limit)?,
            };
            if !args.json {
                print_out(&format!("{}\n", report.render(args.worst)));
            }
            if let Some(d) = &args.dump {
                let path = report.dump(d)?;
                let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/tools");
                eprintln!(
                    "dumped {}; score it with:\n  python3 {}",
                    path.display(),
                    report.scorer_command(&tools, &path).join(" ")
                );
            }
            let summary = report.summary(args.worst);
            if let (Some(base), false) = (&baseline, args.json) {
                print_out(&format!(
                    "{}\n",
                    gate::compare(&name, &summary, base, args.worst)
                ));
            }
            corpora.insert(name, summary);
        }
        json!({"tool": "newsprint", "version": newsprint_version(), "corpora": corpora})
    };
    if args.json && args.check.is_none() {
        println!(
            "{}",
            serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?
        );
    }
    let Some(floors) = &args.floors else {
        return Ok(true);
    };
    let result = gate::check(&summary, &read_json(floors)?);
    for line in &result.lines {
        eprintln!("{line}");
    }
    if result.passed() {
        eprintln!("quality gate: passed ({})", floors.display());
    } else {
        eprintln!(
            "quality gate: FAILED, {} metric(s) below floor ({})",
            result.failures.len(),
            floors.display()
        );
    }
    Ok(result.passed())
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}
