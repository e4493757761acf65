//! Linear-scaling check: time per input byte, from 10 KB to 10 MB, for a
//! realistic page and for pathological shapes (one long paragraph, many
//! siblings, deep nesting, many candidate nodes, many links).
//!
//! ```text
//! cargo bench -p newsprint-benches --bench scaling                       # all shapes, 10 KB … 10 MB
//! cargo bench -p newsprint-benches --bench scaling -- --max 1000000      # stop at 1 MB
//! cargo bench -p newsprint-benches --bench scaling -- --shapes news,deep-nesting
//! ```
//!
//! Prints ns/byte (thread CPU time, best of several runs) for the raw parse (html5ever + rcdom, the floor), for
//! `newsprint::extract`, and for newsprint's own share (extract − parse).
//! Growth is flagged as super-linear when ns/byte at the largest size is more
//! than 2× its value at 100 KB. Not a criterion bench: a 10 MB input needs
//! only a few runs, and the point is the shape of the curve, not a tight
//! confidence interval.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "data/synth.rs"]
mod synth;

use synth::Shape;

const SIZES: [usize; 7] = [
    10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000,
];

/// Best-of-n thread CPU time in nanoseconds, running at least `min_runs`
/// times and until about `budget` of wall time has been spent. CPU time, not
/// wall time: on a shared machine wall time measures the neighbours.
fn best_ns(min_runs: u32, budget: Duration, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    while runs < min_runs || (start.elapsed() < budget && runs < 1000) {
        let t = ThreadTime::now();
        f();
        best = best.min(t.elapsed().as_nanos() as f64);
        runs += 1;
    }
    best
}

struct Row {
    bytes: usize,
    parse: f64,
    doc: f64,
    extract: f64,
}

fn flag(rows: &[Row], pick: impl Fn(&Row) -> f64) -> String {
    let base = rows.iter().find(|r| r.bytes >= 100_000).map(&pick);
    let last = rows.last().map(&pick);
    match (base, last) {
        (Some(b), Some(l)) if b > 0.0 && rows.last().is_some_and(|r| r.bytes > 100_000) => {
            let g = l / b;
            if g > 2.0 {
                format!("{g:.2}x  SUPER-LINEAR")
            } else {
                format!("{g:.2}x  flat")
            }
        }
        _ => "n/a".into(),
    }
}

fn main() {
    let mut max = usize::MAX;
    let mut shapes: Vec<Shape> = Shape::ALL.to_vec();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--max" => max = args.next().and_then(|v| v.parse().ok()).unwrap_or(max),
            "--shapes" => {
                let list = args.next().unwrap_or_default();
                shapes = Shape::ALL
                    .iter()
                    .copied()
                    .filter(|s| list.split(',').any(|n| n == s.name()))
                    .collect();
            }
            _ => {} // `cargo bench` passes --bench; ignore what we don't know.
        }
    }
    let extractor = newsprint::Extractor::default();
    let url = Some("https://courier.example/news/valley-story");
    println!(
        "{:<16} {:>10} {:>11} {:>11} {:>11} {:>11} {:>8} {:>8}",
        "shape", "bytes", "parse ns/B", "doc ns/B", "extr ns/B", "own ns/B", "x parse", "ms"
    );
    let mut summary = Vec::new();
    for shape in shapes {
        let mut rows = Vec::new();
        // Nested divs are quadratic in html5ever itself: keep them small.
        let cap = if shape == Shape::DeepDivs {
            max.min(300_000)
        } else {
            max
        };
        for &size in SIZES.iter().filter(|&&s| s <= cap) {
            let html = synth::shaped_page(shape, size, 11);
            let n = html.len();
            let budget = Duration::from_millis(600);
            let min_runs = if n > 2_000_000 { 2 } else { 3 };
            let parse = best_ns(min_runs, budget, || {
                let dom = html5ever::parse_document(RcDom::default(), Default::default())
                    .one(black_box(html.as_str()));
                black_box(dom);
            });
            let doc = best_ns(min_runs, budget, || {
                black_box(newsprint::Document::parse(black_box(&html)).ok());
            });
            let mut failed = None;
            let extract = best_ns(min_runs, budget, || {
                match extractor.extract(black_box(&html), url) {
                    Ok(a) => {
                        black_box(a);
                    }
                    Err(e) => failed = Some(e.to_string()),
                }
            });
            println!(
                "{:<16} {:>10} {:>11.2} {:>11.2} {:>11.2} {:>11.2} {:>8.2} {:>8.1}{}",
                shape.name(),
                n,
                parse / n as f64,
                doc / n as f64,
                extract / n as f64,
                (extract - parse) / n as f64,
                extract / parse,
                extract / 1e6,
                failed
                    .map(|e| format!("  (error: {e})"))
                    .unwrap_or_default()
            );
            rows.push(Row {
                bytes: n,
                parse,
                doc,
                extract,
            });
        }
        let p = flag(&rows, |r| r.parse / r.bytes as f64);
        let d = flag(&rows, |r| r.doc / r.bytes as f64);
        let e = flag(&rows, |r| r.extract / r.bytes as f64);
        let o = flag(&rows, |r| (r.extract - r.parse).max(0.0) / r.bytes as f64);
        summary.push((shape.name(), p, d, e, o));
    }
    println!("\nns/byte at the largest size ÷ ns/byte at 100 KB (> 2x flagged):");
    println!(
        "{:<16} {:>20} {:>20} {:>20} {:>20}",
        "shape", "parse", "Document::parse", "extract", "newsprint's own"
    );
    for (name, p, d, e, o) in summary {
        println!("{name:<16} {p:>20} {d:>20} {e:>20} {o:>20}");
    }
}
