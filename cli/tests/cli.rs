//! End-to-end tests of the `newsprint` binary: directories, file lists,
//! standard input, WARC.gz and WET archives written here, error lines,
//! exit codes, option handling and a closed pipe. All pages are synthetic.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsprint");

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A synthetic news page with a distinct title.
fn page(i: usize) -> String {
    let title = format!("Harbour board approves plan number {i}");
    let mut body = String::new();
    for p in 0..4 {
        body.push_str(&format!(
            "<p>The harbour board voted on Tuesday to approve plan {i}, part {p}, which \
             moves the ferry terminal closer to the old market and adds a covered \
             walkway for passengers waiting in the rain during the winter months.</p>\n"
        ));
    }
    format!(
        "<!doctype html><html lang=\"en\"><head><title>{title} | Coast Gazette</title>\
         <meta property=\"og:site_name\" content=\"Coast Gazette\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>{title}</h1><p class=\"byline\">By Mira Holt</p>\n{body}</article>\
         </body></html>"
    )
}

fn title_of(i: usize) -> String {
    format!("Harbour board approves plan number {i}")
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(data) = stdin {
        child.stdin.take().unwrap().write_all(data).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn directory_recursive_in_order() {
    let dir = scratch("dir");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::create_dir_all(dir.join(".hidden")).unwrap();
    std::fs::write(dir.join("a.html"), page(1)).unwrap();
    std::fs::write(dir.join("b.htm"), page(2)).unwrap();
    std::fs::write(dir.join("sub/c.html"), page(3)).unwrap();
    std::fs::write(dir.join(".hidden/d.html"), page(4)).unwrap();
    std::fs::write(dir.join("style.css"), "body { color: red }").unwrap();
    let out = run(&["-q", "--jobs", "2", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    let titles: Vec<&str> = got
        .iter()
        .map(|l| l["article"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, [title_of(1), title_of(2), title_of(3)]);
    assert!(got[2]["source"].as_str().unwrap().ends_with("c.html"));
    assert_eq!(got[0]["record_id"], Value::Null);
    assert_eq!(got[0]["url"], Value::Null);
    assert_eq!(got[0]["article"]["authors"][0], "Mira Holt");
    assert!(got[0].get("error").is_none());
}

#[test]
fn bad_page_gives_an_error_line_and_the_batch_goes_on() {
    let dir = scratch("bad");
    std::fs::write(dir.join("1.html"), page(1)).unwrap();
    std::fs::write(dir.join("2.html"), [0u8, 159, 146, 150, 0, 0, 1, 2, 0, 7]).unwrap();
    std::fs::write(dir.join("3.html"), page(3)).unwrap();
    let missing = dir.join("missing.html");
    let out = run(&[dir.to_str().unwrap(), missing.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0]["article"]["title"], title_of(1));
    assert!(got[1]["source"].as_str().unwrap().ends_with("2.html"));
    assert!(got[1].get("article").is_none());
    assert!(got[1]["error"].as_str().unwrap().contains("binary"));
    assert_eq!(got[2]["article"]["title"], title_of(3));
    assert!(got[3]["error"].is_string());
    // Without --quiet a summary goes to stderr.
    assert!(
        stderr(&out).contains("4 pages, 2 articles, 2 errors"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_page_without_an_article_says_so_unless_best_effort() {
    let login = b"<html><head><title>Sign in</title></head><body>\
        <form><p>Enter your e-mail address to continue.</p></form></body></html>";
    let out = run(&["-q", "--format", "text", "-"], Some(login));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "newsprint: -: no article found in the page\n");
    assert!(out.stdout.is_empty());

    let out = run(
        &["-q", "--best-effort", "--format", "text", "-"],
        Some(login),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Enter your e-mail address to continue.\n"
    );
}

#[test]
fn standard_input_with_url() {
    let html = page(7).replace("</article>", "<p><a href=\"/more\">More</a></p></article>");
    let out = run(
        &["-q", "--url", "https://gazette.example/news/plan-7", "-"],
        Some(html.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["source"], "-");
    assert_eq!(got[0]["url"], "https://gazette.example/news/plan-7");
    assert_eq!(got[0]["article"]["title"], title_of(7));
}

#[test]
fn text_format_and_list_file() {
    let dir = scratch("list");
    std::fs::write(dir.join("one.html"), page(1)).unwrap();
    std::fs::write(dir.join("two.html"), page(2)).unwrap();
    // One input: the rendering alone.
    let out = run(
        &["--format", "text", dir.join("one.html").to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("approve plan 1, part 0"), "{text}");
    assert!(!text.contains("==>"));
    // A list with a URL column; several pages get a header each.
    let list = format!(
        "# pages\n{}\thttps://gazette.example/a\n\n{}\n",
        dir.join("one.html").display(),
        dir.join("two.html").display()
    );
    let out = run(&["-q", "--list", "-"], Some(list.as_bytes()));
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["url"], "https://gazette.example/a");
    assert_eq!(got[1]["url"], Value::Null);
    let out = run(&["-f", "markdown", "--list", "-"], Some(list.as_bytes()));
    let md = String::from_utf8(out.stdout).unwrap();
    assert_eq!(md.matches("==> ").count(), 2, "{md}");
}

/// One WARC record, CRLF-framed.
fn record(kind: &str, id: usize, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{id:012}>\r\n\
         WARC-Date: 2025-03-01T10:00:00Z\r\n"
    );
    if let Some(u) = uri {
        r.push_str(&format!("WARC-Target-URI: {u}\r\n"));
    }
    r.push_str(&format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    ));
    let mut bytes = r.into_bytes();
    bytes.extend_from_slice(block);
    bytes.extend_from_slice(b"\r\n\r\n");
    bytes
}

fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut b = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    b.extend_from_slice(body);
    b
}

/// Each record its own gzip member, as crawlers write .warc.gz.
fn gzip_members(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(r).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

const HTTP_MSG: &str = "application/http; msgtype=response";

fn crawl_records() -> Vec<Vec<u8>> {
    vec![
        record(
            "warcinfo",
            1,
            None,
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "request",
            2,
            Some("https://gazette.example/a"),
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\nHost: gazette.example\r\n\r\n",
        ),
        record(
            "response",
            3,
            Some("https://gazette.example/a"),
            HTTP_MSG,
            &http("200 OK", "text/html; charset=utf-8", page(1).as_bytes()),
        ),
        record(
            "response",
            4,
            Some("https://gazette.example/logo.png"),
            HTTP_MSG,
            &http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ),
        record(
            "response",
            5,
            Some("https://gazette.example/gone"),
            HTTP_MSG,
            &http("404 Not Found", "text/html", b"<p>not here</p>"),
        ),
        record(
            "response",
            6,
            Some("https://gazette.example/b"),
            HTTP_MSG,
            &http("200 OK", "text/html", page(2).as_bytes()),
        ),
        // A response whose page is binary junk: an error line, not an abort.
        record(
            "response",
            7,
            Some("https://gazette.example/junk"),
            HTTP_MSG,
            &http("200 OK", "text/html", &[0, 1, 2, 0, 0, 0xff, 0xfe, 0, 3]),
        ),
        record(
            "response",
            8,
            Some("https://gazette.example/c"),
            HTTP_MSG,
            &http("200 OK", "text/html", page(3).as_bytes()),
        ),
    ]
}

#[test]
fn warc_gz_responses_with_target_uri_and_record_id() {
    let dir = scratch("warc");
    let mut records = crawl_records();
    // Last, a record cut short (the archive was truncated mid-record).
    let mut cut = record(
        "response",
        9,
        Some("https://gazette.example/d"),
        HTTP_MSG,
        &http("200 OK", "text/html", page(4).as_bytes()),
    );
    cut.truncate(cut.len() / 2);
    records.push(cut);
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, gzip_members(&records)).unwrap();

    let out = run(&[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 5, "{got:#?}");
    let id = |n: usize| format!("<urn:uuid:00000000-0000-4000-8000-{n:012}>");
    assert_eq!(got[0]["record_id"], id(3));
    assert_eq!(got[0]["url"], "https://gazette.example/a");
    assert_eq!(got[0]["article"]["title"], title_of(1));
    assert_eq!(got[0]["article"]["url"], "https://gazette.example/a");
    assert_eq!(got[1]["record_id"], id(6));
    assert_eq!(got[1]["article"]["title"], title_of(2));
    assert_eq!(got[2]["record_id"], id(7));
    assert!(got[2]["error"].is_string());
    assert_eq!(got[3]["article"]["title"], title_of(3));
    let err = got[4]["error"].as_str().unwrap();
    assert!(err.contains("unreadable WARC record after record"), "{err}");
    assert!(
        got[4]["source"]
            .as_str()
            .unwrap()
            .ends_with("crawl.warc.gz")
    );
    assert!(stderr(&out).contains("records skipped"), "{}", stderr(&out));
}

#[test]
fn uncompressed_warc_found_by_content_not_name() {
    let dir = scratch("warc-plain");
    let path = dir.join("capture.bin");
    std::fs::write(&path, crawl_records().concat()).unwrap();
    let out = run(&["-q", "--jobs", "1", path.to_str().unwrap()], None);
    let got = lines(&out);
    let titles: Vec<&str> = got
        .iter()
        .filter_map(|l| l["article"]["title"].as_str())
        .collect();
    assert_eq!(titles, [title_of(1), title_of(2), title_of(3)]);
    assert_eq!(out.status.code(), Some(1)); // the junk record
}

#[test]
fn wet_conversion_records_in_text_mode() {
    let dir = scratch("wet");
    let dump = |i: usize| {
        format!(
            "{}\nBy Mira Holt\nMarch 3, 2025\n\n\
             The harbour board voted on Tuesday to approve plan {i}, which moves the ferry \
             terminal closer to the old market.\n\n\
             Passengers will get a covered walkway for the winter months, the board said.\n",
            title_of(i)
        )
    };
    let records = vec![
        record(
            "warcinfo",
            1,
            None,
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "conversion",
            2,
            Some("https://gazette.example/a"),
            "text/plain",
            dump(1).as_bytes(),
        ),
        record(
            "conversion",
            3,
            Some("https://gazette.example/b"),
            "text/plain",
            dump(2).as_bytes(),
        ),
    ];
    let path = dir.join("crawl.warc.wet.gz");
    std::fs::write(&path, gzip_members(&records)).unwrap();
    let out = run(&["-q", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["url"], "https://gazette.example/a");
    assert_eq!(got[0]["article"]["title"], title_of(1));
    assert_eq!(got[0]["article"]["authors"][0], "Mira Holt");
    assert_eq!(got[1]["article"]["title"], title_of(2));
}

#[test]
fn version_and_help() {
    let out = run(&["--version"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("newsprint {}", env!("CARGO_PKG_VERSION"))
    );
    let out = run(&["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for opt in [
        "--format",
        "--list",
        "--url",
        "--input",
        "--rules",
        "--jobs",
        "--quiet",
        "--help",
        "--version",
    ] {
        assert!(help.contains(opt), "{opt} not in --help");
    }
}

#[test]
fn unknown_option_is_rejected() {
    let out = run(&["-x", "page.html"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("-x") && err.contains("--help"), "{err}");
    let out = run(&[], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no input"));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = scratch("pipe");
    for i in 0..400 {
        std::fs::write(dir.join(format!("p{i:03}.html")), page(i)).unwrap();
    }
    let mut child = Command::new(BIN)
        .args(["-q", dir.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed.
    assert!(first.contains(&title_of(0)));
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(status.code(), Some(0));
}
