//! Speed comparison: the html5ever + rcdom parse (the floor), newsprint, and
//! the Rust article extractors on crates.io, in one process, interleaved.
//!
//! ```text
//! benches/peers/run.sh [--rounds N] [--only a,b] [--limit N] DIR_OR_FILE...
//! ```
//!
//! Every `*.html` / `*.htm` file under the given directories is a page
//! (`expected.html` files, the readability corpus' answers, are skipped).
//! Pages are read and decoded to UTF-8 once, before timing (with newsprint's
//! charset sniffing), and every extractor gets the same `&str` and no URL.
//! Each round visits the pages in order and, per page, runs every extractor
//! once, rotating which one goes first. A page's time for an extractor is the
//! median over the rounds; the table reports the median and the mean of those
//! per-page times, pages per second (pages ÷ sum of per-page times), and
//! ratios to the parse floor and to newsprint. Errors and panics are counted
//! (their time still counts).
//!
//! Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), not wall
//! time: on a shared machine wall time mostly measures the other processes.
//! The median wall time is shown too.

use std::hint::black_box;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use cpu_time::ThreadTime;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// One contender: a name and a function that returns whether it produced an
/// article (Ok) or an error.
struct Contender {
    name: &'static str,
    run: fn(&str) -> bool,
}

fn parse_only(html: &str) -> bool {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    black_box(&dom);
    true
}

fn newsprint_parse(html: &str) -> bool {
    black_box(newsprint::Document::parse(html)).is_ok()
}

fn newsprint_extract(html: &str) -> bool {
    black_box(newsprint::extract(html, None)).is_ok()
}

fn dom_smoothie(html: &str) -> bool {
    match dom_smoothie::Readability::new(html, None, None) {
        Ok(mut r) => black_box(r.parse()).is_ok(),
        Err(_) => false,
    }
}

fn libreadability(html: &str) -> bool {
    black_box(libreadability::extract(html, None)).is_ok()
}

fn trafilatura(html: &str) -> bool {
    black_box(trafilatura::extract(html, &trafilatura::Options::default())).is_ok()
}

fn rs_trafilatura(html: &str) -> bool {
    black_box(rs_trafilatura::extract(html)).is_ok()
}

const CONTENDERS: &[Contender] = &[
    Contender {
        name: "parse-only",
        run: parse_only,
    },
    Contender {
        name: "newsprint::Document::parse",
        run: newsprint_parse,
    },
    Contender {
        name: "newsprint",
        run: newsprint_extract,
    },
    Contender {
        name: "dom_smoothie",
        run: dom_smoothie,
    },
    Contender {
        name: "libreadability",
        run: libreadability,
    },
    Contender {
        name: "trafilatura",
        run: trafilatura,
    },
    Contender {
        name: "rs-trafilatura",
        run: rs_trafilatura,
    },
];

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
        let ext_ok = name.ends_with(".html") || name.ends_with(".htm");
        if ext_ok && name != "expected.html" {
            out.push(path.to_path_buf());
        }
    }
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let mut rounds = 5usize;
    let mut only: Option<Vec<String>> = None;
    let mut limit = usize::MAX;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(rounds),
            "--limit" => limit = args.next().and_then(|v| v.parse().ok()).unwrap_or(limit),
            "--only" => {
                only = Some(
                    args.next()
                        .unwrap_or_default()
                        .split(',')
                        .map(str::to_owned)
                        .collect(),
                )
            }
            "-h" | "--help" => {
                eprintln!("usage: peers [--rounds N] [--only a,b] [--limit N] DIR_OR_FILE...");
                return;
            }
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    let mut files = Vec::new();
    for i in &inputs {
        collect(i, &mut files);
    }
    files.truncate(limit);
    if files.is_empty() {
        eprintln!("no HTML pages found under {inputs:?}");
        std::process::exit(2);
    }
    let pages: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .map(|b| newsprint::decode_html_bytes(&b))
        .collect();
    let contenders: Vec<&Contender> = CONTENDERS
        .iter()
        .filter(|c| {
            c.name == "parse-only"
                || c.name == "newsprint"
                || only.as_ref().is_none_or(|o| o.iter().any(|n| n == c.name))
        })
        .collect();
    let total_bytes: usize = pages.iter().map(String::len).sum();
    let mut sizes: Vec<f64> = pages.iter().map(|p| p.len() as f64).collect();
    eprintln!(
        "{} pages, {:.1} MB, median {:.0} KB; {} rounds; {} contenders",
        pages.len(),
        total_bytes as f64 / 1e6,
        median(&mut sizes) / 1e3,
        rounds,
        contenders.len()
    );

    // times[c][page][round] in ms (CPU), walls the same in wall-clock ms
    let nc = contenders.len();
    let mut times = vec![vec![Vec::with_capacity(rounds); pages.len()]; nc];
    let mut walls = vec![vec![Vec::with_capacity(rounds); pages.len()]; nc];
    let mut failures = vec![0usize; nc];
    let mut panics = vec![0usize; nc];
    // Warm-up: one untimed pass so lazy statics and caches are built.
    for page in pages.iter().take(3) {
        for c in &contenders {
            let _ = catch_unwind(AssertUnwindSafe(|| (c.run)(page)));
        }
    }
    let prev_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for round in 0..rounds {
        let t_round = Instant::now();
        for (pi, page) in pages.iter().enumerate() {
            for k in 0..nc {
                let ci = (k + pi + round) % nc;
                let c = contenders[ci];
                let t = Instant::now();
                let cpu = ThreadTime::now();
                let r = catch_unwind(AssertUnwindSafe(|| (c.run)(page)));
                let cpu_ms = cpu.elapsed().as_secs_f64() * 1e3;
                let ms = t.elapsed().as_secs_f64() * 1e3;
                times[ci][pi].push(cpu_ms);
                walls[ci][pi].push(ms);
                if round == 0 {
                    match r {
                        Ok(true) => {}
                        Ok(false) => failures[ci] += 1,
                        Err(_) => panics[ci] += 1,
                    }
                }
            }
        }
        eprintln!(
            "round {}/{} done in {:.1} s",
            round + 1,
            rounds,
            t_round.elapsed().as_secs_f64()
        );
    }
    std::panic::set_hook(prev_hook);

    // Per-page medians over rounds.
    let per_page: Vec<Vec<f64>> = times
        .iter_mut()
        .map(|pages| pages.iter_mut().map(|r| median(r)).collect())
        .collect();
    let wall_med: Vec<f64> = walls
        .iter_mut()
        .map(|pages| {
            let mut v: Vec<f64> = pages.iter_mut().map(|r| median(r)).collect();
            median(&mut v)
        })
        .collect();
    let idx = |name: &str| contenders.iter().position(|c| c.name == name);
    let parse_i = idx("parse-only").unwrap_or(0);
    let news_i = idx("newsprint").unwrap_or(0);
    let stats: Vec<(f64, f64, f64)> = per_page
        .iter()
        .map(|v| {
            let sum: f64 = v.iter().sum();
            let mut s = v.clone();
            (median(&mut s), sum / v.len() as f64, sum)
        })
        .collect();
    // Per-page ratio to the parse floor, then its median: robust to page mix.
    let ratio_med = |ci: usize, base: usize| -> f64 {
        let mut r: Vec<f64> = per_page[ci]
            .iter()
            .zip(&per_page[base])
            .map(|(a, b)| a / b)
            .collect();
        median(&mut r)
    };

    println!(
        "\n{} pages ({:.1} MB), {} rounds, interleaved; CPU time per page = median of its rounds\n",
        pages.len(),
        total_bytes as f64 / 1e6,
        rounds
    );
    println!(
        "| extractor | median ms/page | mean ms/page | pages/s | × parse (median) | × parse (per-page median) | × newsprint (median) | wall median ms | errors | panics |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (ci, c) in contenders.iter().enumerate() {
        let (med, mean, sum) = stats[ci];
        println!(
            "| {} | {:.3} | {:.3} | {:.0} | {:.2} | {:.2} | {:.2} | {:.3} | {} | {} |",
            c.name,
            med,
            mean,
            pages.len() as f64 / (sum / 1e3),
            med / stats[parse_i].0,
            ratio_med(ci, parse_i),
            med / stats[news_i].0,
            wall_med[ci],
            failures[ci],
            panics[ci]
        );
    }
}
