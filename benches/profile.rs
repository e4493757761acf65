//! Profiling helpers on synthetic pages (`benches/data/synth.rs`), run with
//! `cargo bench -p newsprint-benches --bench profile -- MODE` (or the built binary directly):
//!
//! ```text
//! cargo bench -p newsprint-benches --bench profile -- --memory [BYTES]
//! cargo bench -p newsprint-benches --bench profile -- --repeat N [PATH]
//! ```
//!
//! `--repeat N [PATH]` extracts one page (a synthetic ~150 KB news page when
//! no PATH is given) N times on one thread and prints ms/page: a steady loop
//! to run under `perf record` or `valgrind --tool=callgrind`.
//!
//! `--memory` measures peak memory for one large synthetic page (10 MB by
//! default): each step runs in a fresh child process so the allocator's
//! retained memory from one step cannot hide the next one's cost. Steps: the
//! raw html5ever + rcdom parse, newsprint's `Document::parse` (the arena; the
//! rcdom it is built from is transient), and the whole `extract`.
//!
//! These modes were part of `examples/parallel.rs`; they live here because
//! they need the synthetic page generator, which is bench data.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use cpu_time::ThreadTime;
use newsprint::Extractor;

#[path = "data/synth.rs"]
mod synth;

/// A `kB` field of `/proc/self/status` (`VmHWM`, `VmRSS`), in bytes.
fn proc_status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse::<u64>()
        .ok()
        .map(|kb| kb * 1024)
}

/// Resets the peak-RSS counter to the current RSS (Linux ≥ 4.0). Returns
/// whether it worked.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn mb(b: u64) -> f64 {
    b as f64 / 1e6
}

/// Child-process step for `--memory`: builds the page, resets the peak
/// counter, runs one step, prints `baseline peak after` in bytes.
fn memory_step(step: &str, size: usize) -> Result<(), String> {
    let html = synth::news_page(size, 5);
    // Build lazy statics (rules, selectors) before measuring.
    let _ = newsprint::extract("<p>warm up</p>", None);
    let reset = reset_peak();
    let base = proc_status_kb("VmRSS").ok_or("no /proc/self/status")?;
    let after;
    match step {
        "rcdom" => {
            use html5ever::tendril::TendrilSink;
            let dom =
                html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
                    .one(html.as_str());
            after = proc_status_kb("VmRSS").unwrap_or(0);
            drop(dom);
        }
        "document" => {
            let doc = newsprint::Document::parse(&html).map_err(|e| e.to_string())?;
            after = proc_status_kb("VmRSS").unwrap_or(0);
            println!("nodes {}", doc.len());
            drop(doc);
        }
        "extract" => {
            let a = newsprint::extract(&html, None).map_err(|e| e.to_string())?;
            after = proc_status_kb("VmRSS").unwrap_or(0);
            drop(a);
        }
        _ => return Err(format!("unknown step {step}")),
    }
    let peak = proc_status_kb("VmHWM").unwrap_or(0);
    println!(
        "bytes {} base {base} peak {peak} after {after} reset {reset}",
        html.len()
    );
    Ok(())
}

fn run_memory(size: usize) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    println!(
        "peak memory for one synthetic news page of {:.1} MB (fresh process per step):",
        mb(size as u64)
    );
    let mut rcdom_peak = 0u64;
    for step in ["rcdom", "document", "extract"] {
        let out = Command::new(&exe)
            .args(["--memory-step", step, &size.to_string()])
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            return Err(format!(
                "step {step} failed: {}{}",
                text,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let field = |k: &str| -> u64 {
            text.split_whitespace()
                .skip_while(|w| *w != k)
                .nth(1)
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        let (bytes, base, peak, after) =
            (field("bytes"), field("base"), field("peak"), field("after"));
        let nodes = field("nodes");
        let used = peak.saturating_sub(base);
        let held = after.saturating_sub(base);
        if step == "rcdom" {
            rcdom_peak = held;
        }
        let what = match step {
            "rcdom" => "html5ever + rcdom parse (DOM held)",
            "document" => "newsprint Document::parse",
            _ => "newsprint extract (whole pipeline)",
        };
        print!(
            "  {what:<36} peak +{:>7.1} MB ({:>5.1}× input)  held after step +{:>7.1} MB",
            mb(used),
            used as f64 / bytes.max(1) as f64,
            mb(held)
        );
        if nodes > 0 {
            print!("  [{nodes} nodes]");
        }
        if rcdom_peak > 0 && step != "rcdom" {
            print!("  {:.2}× the rcdom DOM", used as f64 / rcdom_peak as f64);
        }
        println!();
        if !text.contains("reset true") {
            println!("    (could not reset VmHWM; peak includes page generation)");
        }
    }
    Ok(())
}

fn run_repeat(n: usize, path: Option<&Path>) -> Result<(), String> {
    let html = match path {
        Some(p) => newsprint::decode_html_bytes(
            &std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?,
        ),
        None => synth::news_page(150 * 1024, 2),
    };
    let extractor = Extractor::default();
    let start = Instant::now();
    let cpu = ThreadTime::now();
    let mut blocks = 0;
    for _ in 0..n {
        if let Ok(a) = extractor.extract(&html, None) {
            blocks += a.body.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu.elapsed().as_secs_f64();
    println!(
        "{} × {:.1} KB: {:.3} ms/page CPU, {:.3} ms/page wall ({} blocks per page)",
        n,
        html.len() as f64 / 1e3,
        cpu_secs * 1e3 / n.max(1) as f64,
        secs * 1e3 / n.max(1) as f64,
        blocks / n.max(1)
    );
    Ok(())
}
fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let mut result = Err(USAGE.to_string());
    while let Some(a) = args.next() {
        match a.as_str() {
            "--memory" => {
                let size = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(10_000_000);
                result = run_memory(size);
                break;
            }
            "--repeat" => {
                let n = args.next().and_then(|v| v.parse().ok()).unwrap_or(200);
                let path = args.next().map(PathBuf::from);
                result = run_repeat(n, path.as_deref());
                break;
            }
            "--memory-step" => {
                let step = args.next().unwrap_or_default();
                let size = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(10_000_000);
                result = memory_step(&step, size);
                break;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return std::process::ExitCode::SUCCESS;
            }
            _ => {} // `cargo bench` passes --bench; ignore what we don't know.
        }
    }
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("profile: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: profile --memory [BYTES] | --repeat N [PATH]";
