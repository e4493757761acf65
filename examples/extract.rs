//! Extract an article from a page and print it.
//!
//! ```text
//! cargo run --release --example extract -- [--format json|text|markdown|html]
//!     [--url URL] [--input auto|html|text] [--rules FILE_OR_DIR]… [PATH|-]
//! ```
//!
//! With no PATH it runs on the bundled sample page.

use std::io::Read;
use std::process::ExitCode;

use newsprint::{Extractor, InputKind};

const SAMPLE: &str = include_str!("data/sample.html");
const SAMPLE_URL: &str = "https://www.trtworld.com/article/coastal-nations-fishing-pact";

const USAGE: &str = "usage: extract [--format json|text|markdown|html] [--url URL] [--input auto|html|text] [--rules FILE_OR_DIR]... [PATH|-]";

struct Args {
    format: String,
    url: Option<String>,
    input: InputKind,
    rules: Vec<String>,
    path: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: "json".into(),
        url: None,
        input: InputKind::Auto,
        rules: Vec::new(),
        path: None,
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
        match flag.as_str() {
            "--format" | "-f" => {
                let v = value("--format")?;
                if !matches!(v.as_str(), "json" | "text" | "markdown" | "html") {
                    return Err(format!("unknown format {v:?} (json, text, markdown, html)"));
                }
                args.format = v;
            }
            "--url" => {
                let url = value("--url")?;
                newsprint::parse_page_url(&url).map_err(|e| format!("--url: {e}"))?;
                args.url = Some(url);
            }
            "--input" => {
                args.input = match value("--input")?.as_str() {
                    "auto" => InputKind::Auto,
                    "html" => InputKind::Html,
                    "text" => InputKind::Text,
                    other => {
                        return Err(format!("unknown input kind {other:?} (auto, html, text)"));
                    }
                }
            }
            "--rules" => args.rules.push(value("--rules")?),
            "-h" | "--help" => {
                let _ = std::io::Write::write_all(
                    &mut std::io::stdout(),
                    format!("{USAGE}\n").as_bytes(),
                );
                std::process::exit(0);
            }
            _ if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag} (see --help)"));
            }
            _ => {
                if args.path.is_some() {
                    return Err("more than one input path given (see --help)".into());
                }
                args.path = Some(a);
            }
        }
    }
    Ok(args)
}

fn run() -> Result<String, String> {
    let args = parse_args()?;
    let mut builder = Extractor::builder();
    for r in &args.rules {
        let rules = newsprint::rules::load_path(r).map_err(|e| e.to_string())?;
        builder = builder.rules(rules);
    }
    let extractor = builder.build();

    let (bytes, url) = match args.path.as_deref() {
        None => (
            SAMPLE.as_bytes().to_vec(),
            args.url.or(Some(SAMPLE_URL.into())),
        ),
        Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("reading stdin: {e}"))?;
            (buf, args.url)
        }
        Some(p) => (std::fs::read(p).map_err(|e| format!("{p}: {e}"))?, args.url),
    };
    let article = match args.input {
        InputKind::Auto => extractor.extract_bytes(&bytes, url.as_deref()),
        kind => {
            let text = newsprint::decode_html_bytes(&bytes);
            extractor.extract_auto(&text, url.as_deref(), kind)
        }
    }
    .map_err(|e| e.to_string())?;

    Ok(match args.format.as_str() {
        "text" => article.to_text(),
        "markdown" => article.to_markdown(),
        "html" => article.to_html(),
        _ => serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?,
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            // Not println!: it panics when the reader has gone (`| head`).
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("extract: writing the output: {e}");
                    ExitCode::FAILURE
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(msg) => {
            eprintln!("extract: {msg}");
            ExitCode::FAILURE
        }
    }
}
