//! Criterion benches: the HTML parse floor vs the whole extraction, text
//! dumps, and the renderers.
//!
//! ```text
//! cargo bench -p newsprint-benches --bench extract            # everything (about a minute)
//! cargo bench -p newsprint-benches --bench extract -- typical # one group
//! ```
//!
//! Pages are synthetic (see `benches/data/synth.rs`) plus the bundled sample
//! page, so the bench needs nothing outside the repository.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "data/synth.rs"]
mod synth;

const SAMPLE: &str = include_str!("../examples/data/sample.html");
const URL: &str = "https://courier.example/news/valley-story";

/// The floor: html5ever building an rcdom, and dropping it.
fn raw_parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

fn pages() -> Vec<(&'static str, String)> {
    vec![
        ("sample", SAMPLE.to_string()),
        ("small-20k", synth::news_page(20 * 1024, 1)),
        ("typical-150k", synth::news_page(150 * 1024, 2)),
        ("large-4m", synth::news_page(4 * 1024 * 1024, 3)),
    ]
}

fn html_pages(c: &mut Criterion) {
    let extractor = newsprint::Extractor::default();
    for (name, html) in pages() {
        let mut g = c.benchmark_group(format!("html/{name}"));
        g.throughput(Throughput::Bytes(html.len() as u64));
        if html.len() > 1 << 20 {
            g.sample_size(10).measurement_time(Duration::from_secs(4));
        }
        g.bench_with_input(BenchmarkId::new("html5ever+rcdom", name), &html, |b, h| {
            b.iter(|| raw_parse(black_box(h)))
        });
        g.bench_with_input(BenchmarkId::new("Document::parse", name), &html, |b, h| {
            b.iter(|| newsprint::Document::parse(black_box(h)))
        });
        g.bench_with_input(BenchmarkId::new("extract", name), &html, |b, h| {
            b.iter(|| extractor.extract(black_box(h), Some(URL)))
        });
        g.finish();
    }
}

fn text_dumps(c: &mut Criterion) {
    let mut g = c.benchmark_group("text");
    for (name, size) in [
        ("small-4k", 4 * 1024),
        ("typical-20k", 20 * 1024),
        ("large-1m", 1 << 20),
    ] {
        let text = synth::text_dump(size, 7);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract_text", name), &text, |b, t| {
            b.iter(|| newsprint::extract_text(black_box(t), None))
        });
    }
    g.finish();
}

fn renderers(c: &mut Criterion) {
    let html = synth::news_page(150 * 1024, 2);
    let article = match newsprint::extract(&html, Some(URL)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("renderers: extraction failed ({e}); skipping");
            return;
        }
    };
    let mut g = c.benchmark_group("render/typical-150k");
    g.bench_function("to_text", |b| b.iter(|| black_box(&article).to_text()));
    g.bench_function("to_markdown", |b| {
        b.iter(|| black_box(&article).to_markdown())
    });
    g.bench_function("to_html", |b| b.iter(|| black_box(&article).to_html()));
    g.finish();
}

fn config() -> Criterion {
    // CPU is shared: short warm-up and measurement by default. Criterion's
    // command-line flags (--measurement-time, --sample-size) still override.
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
        .configure_from_args()
}

criterion_group! {
    name = benches;
    config = config();
    targets = html_pages, text_dumps, renderers
}
criterion_main!(benches);
