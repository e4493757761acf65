//! `newsprint`: extract articles from HTML files, directories, file lists,
//! standard input and WARC / WET archives, on all cores, into JSON Lines
//! (or text, Markdown, HTML). `newsprint --help` documents every option and
//! the output shape.
//!
//! Threads: one producer walks the inputs (and splits archives into
//! records), `--jobs` workers read and extract pages with one shared
//! [`newsprint::Extractor`], and the main thread writes the results in input
//! order. A bounded number of pages is in flight, so memory stays flat on
//! large archives.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod args;
mod input;

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use newsprint::{Article, Extractor, InputKind};
use serde::Serialize;

use args::{Args, Command, Format};
use input::{Job, Origin, Payload};

/// One JSON Lines record: where the page comes from, then its article or
/// the reason there is none.
#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    record_id: Option<&'a str>,
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// A worker's result for one page.
struct Output {
    /// Text for standard output.
    stdout: String,
    /// A diagnostic for standard error (text formats report errors there).
    stderr: Option<String>,
    /// True when the page gave an article.
    ok: bool,
}

fn main() -> ExitCode {
    let args = match args::parse() {
        Ok(Command::Run(a)) => a,
        Ok(Command::Help) => return print_and_exit(args::USAGE),
        Ok(Command::Version) => {
            return print_and_exit(&format!("newsprint {}\n", env!("CARGO_PKG_VERSION")));
        }
        Err(msg) => {
            warn(&format!("newsprint: {msg}"));
            return ExitCode::from(2);
        }
    };
    run(args)
}

fn print_and_exit(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => ExitCode::from(2),
        _ => ExitCode::SUCCESS,
    }
}

/// Writes a line to standard error, ignoring failures (a closed stderr must
/// not panic either).
fn warn(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "{msg}");
}

fn run(args: Args) -> ExitCode {
    let mut builder = Extractor::builder().best_effort(args.best_effort);
    for r in &args.rules {
        match newsprint::rules::load_path(r) {
            Ok(rules) => builder = builder.rules(rules),
            Err(e) => {
                warn(&format!("newsprint: rules {}: {e}", r.display()));
                return ExitCode::from(2);
            }
        }
    }
    let extractor = builder.build();
    let started = Instant::now();

    // In flight at most `window` pages: the producer takes a slot per page,
    // the writer gives it back once the page is written.
    let window = args.jobs * 8 + 16;
    let (slot_tx, slot_rx) = sync_channel::<()>(window);
    let (job_tx, job_rx) = sync_channel::<(u64, Job)>(args.jobs * 2);
    let (out_tx, out_rx) = channel::<(u64, Output)>();
    let skipped = Arc::new(AtomicUsize::new(0));

    {
        let skipped = Arc::clone(&skipped);
        let inputs = args.inputs.clone();
        let list = args.list.clone();
        let url = args.url.clone();
        std::thread::spawn(move || {
            produce(
                &inputs,
                list.as_deref(),
                url.as_deref(),
                &slot_tx,
                &job_tx,
                &skipped,
            )
        });
    }
    let job_rx = Arc::new(Mutex::new(job_rx));
    for _ in 0..args.jobs {
        let job_rx = Arc::clone(&job_rx);
        let out_tx = out_tx.clone();
        let extractor = extractor.clone();
        let (format, kind) = (args.format, args.input);
        std::thread::spawn(move || work(&job_rx, &out_tx, &extractor, format, kind));
    }
    drop(out_tx);

    write_all(&args, out_rx, slot_rx, &skipped, started)
}

/// The producer thread: numbers the pages and queues them.
fn produce(
    inputs: &[std::path::PathBuf],
    list: Option<&std::path::Path>,
    url: Option<&str>,
    slots: &SyncSender<()>,
    jobs: &SyncSender<(u64, Job)>,
    skipped: &AtomicUsize,
) {
    let mut seq = 0u64;
    let mut sink = |job: Job| {
        if slots.send(()).is_err() || jobs.send((seq, job)).is_err() {
            return false;
        }
        seq += 1;
        true
    };
    input::produce(inputs, list, url, skipped, &mut sink);
}

/// A worker thread: extracts pages until the queue is closed.
fn work(
    jobs: &Mutex<Receiver<(u64, Job)>>,
    out: &std::sync::mpsc::Sender<(u64, Output)>,
    extractor: &Extractor,
    format: Format,
    kind: InputKind,
) {
    loop {
        let next = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, job)) = next else { return };
        let origin = job.origin.clone();
        let header = job.header;
        // The library does not panic on any input; should it ever, the page
        // gets an error line instead of stalling the ordered output.
        let output = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extract(job, extractor, format, kind)
        }))
        .unwrap_or_else(|_| {
            render(
                &origin,
                header,
                Err("internal error: the extractor panicked".into()),
                format,
            )
        });
        if out.send((seq, output)).is_err() {
            return;
        }
    }
}

fn extract(job: Job, extractor: &Extractor, format: Format, kind: InputKind) -> Output {
    let Job {
        origin,
        payload,
        header,
    } = job;
    let url = origin.url.as_deref();
    let result: Result<Article, String> = match payload {
        Payload::Failed(msg) => Err(msg),
        Payload::File(path) => match input::read_file(&path) {
            Ok(bytes) => extract_bytes(extractor, &bytes, url, kind),
            Err(e) => Err(e.to_string()),
        },
        Payload::Bytes(bytes) => extract_bytes(extractor, &bytes, url, kind),
        Payload::Html(bytes, charset) => {
            let html = match charset {
                // The HTTP header's charset wins over <meta>, as in browsers;
                // a byte-order mark wins over both.
                Some(enc) => enc.decode(&bytes).0.into_owned(),
                None => newsprint::decode_html_bytes(&bytes),
            };
            extractor
                .extract_auto(&html, url, InputKind::Html)
                .map_err(|e| e.to_string())
        }
        Payload::Text(bytes) => extractor
            .extract_text(&String::from_utf8_lossy(&bytes), url)
            .map_err(|e| e.to_string()),
    };
    render(&origin, header, result, format)
}

fn extract_bytes(
    extractor: &Extractor,
    bytes: &[u8],
    url: Option<&str>,
    kind: InputKind,
) -> Result<Article, String> {
    match kind {
        InputKind::Auto => extractor.extract_bytes(bytes, url),
        kind => extractor.extract_auto(&newsprint::decode_html_bytes(bytes), url, kind),
    }
    .map_err(|e| e.to_string())
}

fn render(
    origin: &Origin,
    header: bool,
    result: Result<Article, String>,
    format: Format,
) -> Output {
    let ok = result.is_ok();
    if format == Format::Jsonl {
        let (article, error) = match &result {
            Ok(a) => (Some(a), None),
            Err(e) => (None, Some(e.as_str())),
        };
        let line = Line {
            source: &origin.source,
            record_id: origin.record_id.as_deref(),
            url: origin.url.as_deref(),
            article,
            error,
        };
        let mut stdout = serde_json::to_string(&line).unwrap_or_else(|e| {
            // Not expected: Article serialises to plain JSON values.
            format!(
                "{{\"source\":{:?},\"error\":\"serialising: {e}\"}}",
                origin.source
            )
        });
        stdout.push('\n');
        return Output {
            stdout,
            stderr: None,
            ok,
        };
    }
    let name = match &origin.record_id {
        Some(id) => format!("{} {id}", origin.source),
        None => origin.source.clone(),
    };
    match result {
        Ok(article) => {
            let body = match format {
                Format::Text => article.to_text(),
                Format::Markdown => article.to_markdown(),
                _ => article.to_html(),
            };
            let mut stdout = if header {
                format!("==> {name} <==\n")
            } else {
                String::new()
            };
            stdout.push_str(body.trim_end_matches('\n'));
            stdout.push('\n');
            if header {
                stdout.push('\n');
            }
            Output {
                stdout,
                stderr: None,
                ok,
            }
        }
        Err(e) => Output {
            stdout: String::new(),
            stderr: Some(format!("newsprint: {name}: {e}")),
            ok,
        },
    }
}

/// Counts for the progress line and the summary.
#[derive(Default)]
struct Tally {
    pages: usize,
    articles: usize,
    errors: usize,
}

/// The main thread: writes results in input order, returns the exit code.
fn write_all(
    args: &Args,
    results: Receiver<(u64, Output)>,
    slots: Receiver<()>,
    skipped: &AtomicUsize,
    started: Instant,
) -> ExitCode {
    let stdout = io::stdout();
    let flush_each = stdout.is_terminal();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let progress = !args.quiet && io::stderr().is_terminal();
    let mut pending: BTreeMap<u64, Output> = BTreeMap::new();
    let mut next = 0u64;
    let mut tally = Tally::default();
    let mut last_progress = Instant::now();

    let fail = |e: io::Error| -> ExitCode {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // The reader is gone (`| head`): stop quietly, with success.
            std::process::exit(0);
        }
        warn(&format!("newsprint: writing the output: {e}"));
        ExitCode::from(2)
    };

    for (seq, output) in results {
        pending.insert(seq, output);
        while let Some(output) = pending.remove(&next) {
            next += 1;
            let _ = slots.try_recv();
            tally.pages += 1;
            if output.ok {
                tally.articles += 1;
            } else {
                tally.errors += 1;
            }
            if let Err(e) = out.write_all(output.stdout.as_bytes()) {
                return fail(e);
            }
            if flush_each {
                if let Err(e) = out.flush() {
                    return fail(e);
                }
            }
            if let Some(msg) = output.stderr {
                if let Err(e) = out.flush() {
                    return fail(e);
                }
                if progress {
                    let _ = write!(io::stderr().lock(), "\r\x1b[K");
                }
                warn(&msg);
            }
        }
        if progress && last_progress.elapsed() >= Duration::from_millis(250) {
            last_progress = Instant::now();
            let _ = write!(
                io::stderr().lock(),
                "\r\x1b[K{}",
                summary(&tally, skipped.load(Ordering::Relaxed), started)
            );
        }
    }
    if let Err(e) = out.flush() {
        return fail(e);
    }
    if !args.quiet {
        let clear = if progress { "\r\x1b[K" } else { "" };
        warn(&format!(
            "{clear}newsprint: {}",
            summary(&tally, skipped.load(Ordering::Relaxed), started)
        ));
    }
    if tally.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(t: &Tally, skipped: usize, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    let mut s = format!(
        "{}, {}, {}, {:.1} pages/s",
        n(t.pages, "page", "pages"),
        n(t.articles, "article", "articles"),
        n(t.errors, "error", "errors"),
        t.pages as f64 / secs
    );
    if skipped > 0 {
        let records = n(skipped, "archive record", "archive records");
        s.push_str(&format!(", {records} skipped (not HTML pages)"));
    }
    s
}
