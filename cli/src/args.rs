//! Command-line arguments: parsed with `lexopt`, so `-x` is an unknown
//! option (not a file name) and `--name=value`, `-j4` and `--` work.

use std::ffi::OsString;
use std::path::PathBuf;

use newsprint::InputKind;

/// The usage text printed by `--help`.
pub const USAGE: &str = "\
newsprint: extract articles from web pages into JSON Lines

Usage: newsprint [OPTIONS] [INPUT]...

INPUT is a file, a directory, or - for standard input. Directories are
searched recursively for *.html, *.htm, *.xhtml, *.txt, *.warc, *.warc.gz,
*.wet and *.wet.gz (hidden entries skipped). A file is read as a WARC when
it starts with \"WARC/\" (gzip-compressed or not), whatever its name; any
other gzip-compressed file is decompressed and read as one page.

WARC: every 2xx HTML response record (and HTML resource record) is one
page, with WARC-Target-URI as its URL; other records are skipped. WET
(WARC \"conversion\") records are read as plain-text dumps. A record that
cannot be read gives an error line and ends that archive.

Options:
  -f, --format FORMAT  jsonl (default), text, markdown or html. With
                       text/markdown/html and more than one page, each page
                       is preceded by a line \"==> SOURCE <==\"
  -l, --list FILE      read inputs from FILE ('-' = standard input), one a
                       line; a line \"PATH<TAB>URL\" also gives the page URL;
                       blank lines and lines starting with '#' are skipped
  -u, --url URL        the page URL of the non-WARC inputs: resolves
                       relative links, selects a publisher rule; must be
                       a URL (\"host.tld/path\" is read as https), else
                       newsprint exits with an error before reading input
  -i, --input KIND     auto (default), html or text: how non-WARC inputs
                       are read (auto decides from the content)
  -r, --rules PATH     load publisher rules from a file or a directory
                       (.toml, .json, FiveFilters .txt); repeatable
  -b, --best-effort    return what a page holds even when it is not an
                       article (by default a short page with no date,
                       author or article markup gives the error \"no
                       article found in the page\")
  -j, --jobs N         worker threads (default: the available cores)
  -q, --quiet          no progress line and no summary on standard error
  -h, --help           print this help
  -V, --version        print the version

JSON Lines output, one object per page, in input order:
  {\"source\":PATH,\"record_id\":ID|null,\"url\":URL|null,\"article\":{...}}
  {\"source\":PATH,\"record_id\":ID|null,\"url\":URL|null,\"error\":MESSAGE}
source is the file path (- for standard input), record_id the
WARC-Record-ID of an archive record, url the page URL given to the
extractor, article the Article in newsprint's JSON contract.

Exit status: 0 when every page gave an article, 1 when at least one page
failed (its error line says why; the batch goes on), 2 on a usage error,
unreadable rules or a failed write. When standard output is closed early
(newsprint ... | head) it stops quietly with status 0.
";

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per page.
    Jsonl,
    /// The body as plain text.
    Text,
    /// CommonMark.
    Markdown,
    /// Safe HTML.
    Html,
}

/// Everything the command line says.
#[derive(Debug)]
pub struct Args {
    /// Output format.
    pub format: Format,
    /// Input paths (`-` = standard input), in order.
    pub inputs: Vec<PathBuf>,
    /// A file listing further inputs (`-` = standard input).
    pub list: Option<PathBuf>,
    /// Page URL for the non-WARC inputs.
    pub url: Option<String>,
    /// How non-WARC inputs are read.
    pub input: InputKind,
    /// Rule files or directories.
    pub rules: Vec<PathBuf>,
    /// Worker threads.
    pub jobs: usize,
    /// No progress line, no summary.
    pub quiet: bool,
    /// Return what a page holds even when it is not an article.
    pub best_effort: bool,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Extract.
    Run(Args),
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
}

/// Parses the process's arguments.
pub fn parse() -> Result<Command, String> {
    parse_from(std::env::args_os().skip(1))
}

/// Parses the given arguments (without the program name).
pub fn parse_from<I>(args: I) -> Result<Command, String>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    use lexopt::prelude::*;

    let mut args_out = Args {
        format: Format::Jsonl,
        inputs: Vec::new(),
        list: None,
        url: None,
        input: InputKind::Auto,
        rules: Vec::new(),
        jobs: 0,
        quiet: false,
        best_effort: false,
    };
    let mut parser = lexopt::Parser::from_args(args);
    let err = |e: lexopt::Error| format!("{e} (see --help)");
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Short('f') | Long("format") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                args_out.format = match v.as_str() {
                    "jsonl" => Format::Jsonl,
                    "text" => Format::Text,
                    "markdown" => Format::Markdown,
                    "html" => Format::Html,
                    other => {
                        return Err(format!(
                            "unknown format {other:?} (jsonl, text, markdown, html)"
                        ));
                    }
                };
            }
            Short('l') | Long("list") => {
                if args_out.list.is_some() {
                    return Err("--list given twice".into());
                }
                args_out.list = Some(parser.value().map_err(err)?.into());
            }
            Short('u') | Long("url") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                // Checked here, once, rather than as an error on every page.
                newsprint::parse_page_url(&v).map_err(|e| format!("--url: {e}"))?;
                args_out.url = Some(v);
            }
            Short('i') | Long("input") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                args_out.input = match v.as_str() {
                    "auto" => InputKind::Auto,
                    "html" => InputKind::Html,
                    "text" => InputKind::Text,
                    other => {
                        return Err(format!("unknown input kind {other:?} (auto, html, text)"));
                    }
                };
            }
            Short('r') | Long("rules") => args_out.rules.push(parser.value().map_err(err)?.into()),
            Short('j') | Long("jobs") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => args_out.jobs = n,
                    _ => return Err(format!("--jobs needs a positive number, not {v:?}")),
                }
            }
            Short('q') | Long("quiet") => args_out.quiet = true,
            Short('b') | Long("best-effort") => args_out.best_effort = true,
            Value(v) => args_out.inputs.push(v.into()),
            other => return Err(err(other.unexpected())),
        }
    }
    let stdin_inputs = args_out.inputs.iter().filter(|p| is_stdin(p)).count();
    let list_on_stdin = args_out.list.as_deref().is_some_and(is_stdin);
    if stdin_inputs + usize::from(list_on_stdin) > 1 {
        return Err("standard input (-) can be read only once".into());
    }
    if args_out.inputs.is_empty() && args_out.list.is_none() {
        return Err(
            "no input: give files, directories, - for standard input, or --list FILE (see --help)"
                .into(),
        );
    }
    if args_out.jobs == 0 {
        args_out.jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    }
    Ok(Command::Run(args_out))
}

/// True for the path `-` (standard input).
pub fn is_stdin(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Args, String> {
        match parse_from(args.iter().copied())? {
            Command::Run(a) => Ok(a),
            other => Err(format!("{other:?}")),
        }
    }

    #[test]
    fn options_and_values() {
        let a = run(&[
            "-j2",
            "--format=text",
            "--url",
            "https://x.example/a",
            "-",
            "d",
        ])
        .unwrap();
        assert_eq!(a.jobs, 2);
        assert_eq!(a.format, Format::Text);
        assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.inputs, [PathBuf::from("-"), PathBuf::from("d")]);
    }

    #[test]
    fn rejects_unknown_options_and_bad_values() {
        assert!(run(&["-x", "a"]).unwrap_err().contains("-x"));
        assert!(run(&["--frobnicate"]).unwrap_err().contains("--frobnicate"));
        assert!(run(&["--jobs", "0", "a"]).is_err());
        assert!(run(&["--format", "pdf", "a"]).is_err());
        assert!(run(&[]).is_err());
        assert!(run(&["-", "--list", "-"]).is_err());
        let bad_url = run(&["--url", "not a url", "a"]).unwrap_err();
        assert!(
            bad_url.contains("invalid page URL \"not a url\""),
            "{bad_url}"
        );
        // A scheme-less host/path is read as https, as the library does.
        assert!(run(&["--url", "news.example/a", "a"]).is_ok());
        assert!(run(&["-b", "a"]).unwrap().best_effort);
        assert!(!run(&["a"]).unwrap().best_effort);
        // After `--`, a leading dash is a file name.
        assert_eq!(run(&["--", "-x"]).unwrap().inputs, [PathBuf::from("-x")]);
    }
}
