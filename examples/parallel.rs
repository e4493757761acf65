//! Extract a directory of pages in parallel with one shared [`Extractor`],
//! and report throughput and memory.
//!
//! ```text
//! cargo run --release --example parallel -- [--threads N] [--rounds N] DIR...
//! ```
//!
//! It reads every `*.html`/`*.htm` file under the directories
//! (skipping `expected.html`), then `N` threads (default: the number of CPUs)
//! take pages from a shared counter and call
//! [`Extractor::extract_bytes`] — the extractor is built once and shared by
//! reference. It prints pages/s, MB/s and the process's peak resident memory
//! (`VmHWM` from `/proc/self/status`).
//!
//! The profiling modes on synthetic pages (`--memory`, `--repeat`) are in
//! `benches/profile.rs`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use cpu_time::ProcessTime;
use newsprint::Extractor;

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(rd) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            collect(&p, out);
        }
    } else {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if (name.ends_with(".html") || name.ends_with(".htm")) && name != "expected.html" {
            out.push(path.to_path_buf());
        }
    }
}

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

fn mb(b: u64) -> f64 {
    b as f64 / 1e6
}

fn run_dirs(threads: usize, rounds: usize, dirs: &[PathBuf]) -> Result<(), String> {
    let mut files = Vec::new();
    for d in dirs {
        collect(d, &mut files);
    }
    if files.is_empty() {
        return Err(format!("no HTML pages found under {dirs:?}"));
    }
    let pages: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let rss_loaded = proc_status_kb("VmRSS").unwrap_or(0);
    let extractor = Extractor::default();
    let next = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    let total = pages.len() * rounds;
    let start = Instant::now();
    let cpu = ProcessTime::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    let page = &pages[i % pages.len()];
                    if extractor.extract_bytes(page, None).is_err() {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = cpu.elapsed().as_secs_f64();
    let hwm = proc_status_kb("VmHWM").unwrap_or(0);
    println!(
        "{} pages ({:.1} MB) × {} rounds on {} threads: {:.2} s wall, {:.0} pages/s, {:.1} MB/s, {} errors",
        pages.len(),
        mb(bytes as u64),
        rounds,
        threads,
        secs,
        total as f64 / secs,
        mb((bytes * rounds) as u64) / secs,
        errors.load(Ordering::Relaxed) / rounds.max(1)
    );
    println!(
        "CPU time {:.2} s: {:.0} pages per CPU-second ({:.2} ms CPU/page); wall/CPU parallelism {:.2}",
        cpu_secs,
        total as f64 / cpu_secs,
        cpu_secs * 1e3 / total as f64,
        cpu_secs / secs
    );
    println!(
        "peak RSS (VmHWM) {:.1} MB; after loading the pages {:.1} MB; extraction added at most {:.1} MB",
        mb(hwm),
        mb(rss_loaded),
        mb(hwm.saturating_sub(rss_loaded))
    );
    Ok(())
}

fn main() -> std::process::ExitCode {
    let mut threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut rounds = 1usize;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" => threads = args.next().and_then(|v| v.parse().ok()).unwrap_or(threads),
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(rounds),
            "-h" | "--help" => {
                println!("usage: parallel [--threads N] [--rounds N] DIR...");
                return std::process::ExitCode::SUCCESS;
            }
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        for d in [
            "../shared/corpus/readability",
            "../shared/corpus/trafilatura-dev",
        ] {
            if Path::new(d).is_dir() {
                dirs.push(PathBuf::from(d));
            }
        }
    }
    let result = if dirs.is_empty() {
        Err("give a directory of pages".into())
    } else {
        run_dirs(threads.max(1), rounds.max(1), &dirs)
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallel: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
