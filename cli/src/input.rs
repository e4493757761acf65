//! Inputs: the command line's paths, directories and file lists turned into
//! a stream of [`Job`]s, one per page. WARC / WET archives are split into
//! their records here (sequentially, as they are read); reading and
//! extracting each page happens later, on the workers.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use flate2::bufread::MultiGzDecoder;
use warc::{WarcHeader, WarcReader};

use crate::args::is_stdin;

/// Where a page comes from, as reported in its output line.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    /// The file path, `-` for standard input.
    pub source: String,
    /// The WARC-Record-ID of an archive record.
    pub record_id: Option<String>,
    /// The page URL given to the extractor.
    pub url: Option<String>,
}

/// What a worker has to do for one page.
#[derive(Debug)]
pub enum Payload {
    /// Read this file (decompressing gzip) and extract it as `--input` says.
    File(PathBuf),
    /// Page bytes (standard input) to extract as `--input` says.
    Bytes(Vec<u8>),
    /// An HTML page from an archive, with the charset of its HTTP header.
    Html(Vec<u8>, Option<&'static encoding_rs::Encoding>),
    /// A plain-text dump (a WET conversion record).
    Text(Vec<u8>),
    /// Nothing to extract: report this error.
    Failed(String),
}

/// One page.
#[derive(Debug)]
pub struct Job {
    /// Where it comes from.
    pub origin: Origin,
    /// What to extract.
    pub payload: Payload,
    /// Precede a text/markdown/html rendering with a `==> SOURCE <==` line.
    pub header: bool,
}

/// Walks the inputs in order and hands each page to `sink`; stops early when
/// `sink` returns false (the output was closed).
pub fn produce(
    inputs: &[PathBuf],
    list: Option<&Path>,
    url: Option<&str>,
    skipped: &AtomicUsize,
    sink: &mut dyn FnMut(Job) -> bool,
) -> bool {
    // Several inputs, or one directory / list / archive: say which page is
    // which in the text formats.
    let single = inputs.len() == 1 && list.is_none() && !inputs[0].is_dir();
    let mut p = Producer {
        url,
        single,
        skipped,
        sink,
    };
    for input in inputs {
        if !p.input(input, url.map(str::to_owned)) {
            return false;
        }
    }
    if let Some(list) = list {
        let text = if is_stdin(list) {
            let mut s = Vec::new();
            io::stdin().read_to_end(&mut s).map(|_| s)
        } else {
            std::fs::read(list)
        };
        let text = match text {
            Ok(t) => String::from_utf8_lossy(&t).into_owned(),
            Err(e) => {
                return p.fail(
                    Origin {
                        source: list.display().to_string(),
                        ..Origin::default()
                    },
                    format!("reading the list: {e}"),
                );
            }
        };
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (path, line_url) = match line.split_once('\t') {
                Some((p, u)) if !u.trim().is_empty() => (p, Some(u.trim().to_owned())),
                Some((p, _)) => (p, None),
                None => (line, None),
            };
            if !p.input(Path::new(path), line_url.or_else(|| url.map(str::to_owned))) {
                return false;
            }
        }
    }
    true
}

struct Producer<'a> {
    url: Option<&'a str>,
    single: bool,
    /// Archive records that are not pages (requests, metadata, non-HTML or
    /// non-2xx responses).
    skipped: &'a AtomicUsize,
    sink: &'a mut dyn FnMut(Job) -> bool,
}

impl Producer<'_> {
    fn send(&mut self, origin: Origin, payload: Payload, header: bool) -> bool {
        (self.sink)(Job {
            origin,
            payload,
            header,
        })
    }

    fn fail(&mut self, origin: Origin, msg: String) -> bool {
        let header = !self.single;
        self.send(origin, Payload::Failed(msg), header)
    }

    /// One command-line input or list line.
    fn input(&mut self, path: &Path, url: Option<String>) -> bool {
        let origin = Origin {
            source: path.display().to_string(),
            record_id: None,
            url,
        };
        if is_stdin(path) {
            let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
            return self.stream(origin, stdin, true);
        }
        match std::fs::metadata(path) {
            Err(e) => self.fail(origin, e.to_string()),
            Ok(m) if m.is_dir() => self.directory(path, 0),
            Ok(_) => match File::open(path) {
                Err(e) => self.fail(origin, e.to_string()),
                Ok(f) => self.stream(origin, Box::new(f), false),
            },
        }
    }

    /// A directory, recursively, in name order. Symbolic links to files are
    /// followed, to directories not (no cycles).
    fn directory(&mut self, dir: &Path, depth: usize) -> bool {
        let origin = Origin {
            source: dir.display().to_string(),
            ..Origin::default()
        };
        if depth > 64 {
            return self.fail(origin, "directories nested too deep".into());
        }
        let mut entries: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(Result::ok).collect(),
            Err(e) => return self.fail(origin, e.to_string()),
        };
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let ok = if is_dir {
                self.directory(&path, depth + 1)
            } else if wanted(&name) {
                self.input(&path, self.url.map(str::to_owned))
            } else {
                true
            };
            if !ok {
                return false;
            }
        }
        true
    }

    /// A file or standard input: a WARC (maybe gzip-compressed) is split into
    /// records here; a plain file goes to a worker by path; standard input is
    /// read whole.
    fn stream(&mut self, origin: Origin, read: Box<dyn Read + Send>, is_stdin: bool) -> bool {
        let (head, read) = match peek(read, 5) {
            Ok(x) => x,
            Err(e) => return self.fail(origin, e.to_string()),
        };
        let (head, read): (Vec<u8>, Box<dyn Read + Send>) = if head.starts_with(&[0x1f, 0x8b]) {
            let gz = MultiGzDecoder::new(BufReader::new(read));
            match peek(Box::new(gz), 5) {
                Ok(x) => x,
                Err(e) => return self.fail(origin, format!("gzip: {e}")),
            }
        } else {
            (head, read)
        };
        if head.starts_with(b"WARC/") {
            return self.warc(origin, read);
        }
        let header = !self.single;
        if is_stdin {
            let mut read = read;
            let mut bytes = Vec::new();
            if let Err(e) = read.read_to_end(&mut bytes) {
                return self.fail(origin, format!("reading standard input: {e}"));
            }
            self.send(origin, Payload::Bytes(bytes), header)
        } else {
            // Read on a worker, so that the file reads run in parallel too.
            let path = PathBuf::from(&origin.source);
            self.send(origin, Payload::File(path), header)
        }
    }

    /// The records of one archive.
    fn warc(&mut self, origin: Origin, read: Box<dyn Read + Send>) -> bool {
        let reader = WarcReader::new(BufReader::with_capacity(1 << 16, read));
        let mut last_id: Option<String> = None;
        for record in reader.iter_raw_records() {
            let (headers, body) = match record {
                Ok(r) => r,
                Err(e) => {
                    let detail = match &e {
                        warc::Error::ReadData(io) => format!("{e} ({io})"),
                        _ => e.to_string(),
                    };
                    let detail = detail.trim_end_matches('.');
                    let after = last_id
                        .as_deref()
                        .map_or("at the first record".to_owned(), |id| {
                            format!("after record {id}")
                        });
                    let o = Origin {
                        url: None,
                        ..origin.clone()
                    };
                    return self.fail(
                        o,
                        format!(
                            "unreadable WARC record {after}: {detail}; rest of the archive skipped"
                        ),
                    );
                }
            };
            let h = headers.as_ref();
            let get = |k: WarcHeader| {
                h.get(&k)
                    .map(|v| String::from_utf8_lossy(v).trim().to_owned())
            };
            let kind = get(WarcHeader::WarcType)
                .unwrap_or_default()
                .to_ascii_lowercase();
            let id = get(WarcHeader::RecordID);
            let target = get(WarcHeader::TargetURI)
                .map(|u| u.trim_start_matches('<').trim_end_matches('>').to_owned())
                .filter(|u| !u.is_empty());
            let content_type = get(WarcHeader::ContentType).unwrap_or_default();
            last_id.clone_from(&id);
            let o = Origin {
                source: origin.source.clone(),
                record_id: id,
                url: target,
            };
            let payload = match kind.as_str() {
                "response" => match http_page(&body) {
                    HttpPage::Html(bytes, charset) => Payload::Html(bytes, charset),
                    HttpPage::Skip => {
                        self.skipped.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    HttpPage::Error(msg) => Payload::Failed(msg),
                },
                "resource" if is_html_type(&content_type) => Payload::Html(body, None),
                "conversion" => Payload::Text(body),
                _ => {
                    self.skipped.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
            };
            if !self.send(o, payload, true) {
                return false;
            }
        }
        true
    }
}

/// File names a directory walk picks up.
fn wanted(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        ".html", ".htm", ".xhtml", ".txt", ".warc", ".warc.gz", ".wet", ".wet.gz",
    ]
    .iter()
    .any(|ext| n.ends_with(ext))
}

/// Reads up to `n` bytes and gives them back with a reader that yields the
/// whole stream again.
fn peek(mut read: Box<dyn Read + Send>, n: usize) -> io::Result<(Vec<u8>, Box<dyn Read + Send>)> {
    let mut head = Vec::with_capacity(n);
    (&mut read).take(n as u64).read_to_end(&mut head)?;
    let again = Cursor::new(head.clone()).chain(read);
    Ok((head, Box::new(again)))
}

/// Reads a whole file, decompressing it when it is gzip-compressed.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
        return Ok(out);
    }
    Ok(bytes)
}

fn is_html_type(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

enum HttpPage {
    Html(Vec<u8>, Option<&'static encoding_rs::Encoding>),
    Skip,
    Error(String),
}

/// The page inside a WARC response record: the HTTP status line and
/// headers, then the payload. Only 2xx HTML responses are pages; chunked
/// transfer coding and gzip / deflate content coding are undone.
fn http_page(block: &[u8]) -> HttpPage {
    if !block.starts_with(b"HTTP/") {
        return HttpPage::Error("response record without an HTTP status line".into());
    }
    let (head, body) = match find(block, b"\r\n\r\n") {
        Some(i) => (&block[..i], &block[i + 4..]),
        None => match find(block, b"\n\n") {
            Some(i) => (&block[..i], &block[i + 2..]),
            None => (block, &[][..]),
        },
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut content_type = None;
    let mut transfer = String::new();
    let mut coding = String::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_owned()),
            "transfer-encoding" => transfer = value.to_ascii_lowercase(),
            "content-encoding" => coding = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    if !(200..300).contains(&status) {
        return HttpPage::Skip;
    }
    match &content_type {
        Some(ct) if !is_html_type(ct) => return HttpPage::Skip,
        // No Content-Type: a page when it looks like one.
        None if !newsprint::looks_like_html(&String::from_utf8_lossy(
            &body[..body.len().min(4096)],
        )) =>
        {
            return HttpPage::Skip;
        }
        _ => {}
    }
    let mut bytes = body.to_vec();
    if transfer.contains("chunked") {
        match dechunk(&bytes) {
            Some(b) => bytes = b,
            None => return HttpPage::Error("malformed chunked HTTP body".into()),
        }
    }
    match coding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" | "deflate" => {
            let mut out = Vec::new();
            let res = if coding == "deflate" {
                flate2::read::ZlibDecoder::new(&bytes[..]).read_to_end(&mut out)
            } else {
                flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)
            };
            if let Err(e) = res {
                return HttpPage::Error(format!("HTTP body ({coding}): {e}"));
            }
            bytes = out;
        }
        other => return HttpPage::Error(format!("unsupported HTTP content coding {other:?}")),
    }
    let charset = content_type.as_deref().and_then(charset_of);
    HttpPage::Html(bytes, charset)
}

/// The encoding named by a Content-Type's `charset` parameter.
fn charset_of(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        if !k.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        encoding_rs::Encoding::for_label(v.trim().trim_matches(['"', '\'']).as_bytes())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undoes HTTP chunked transfer coding.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = find(data, b"\n")?;
        let line = std::str::from_utf8(&data[..eol]).ok()?.trim();
        let size = usize::from_str_radix(line.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = &data[size..];
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_response_pages() {
        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>caf\xe9</p>";
        match http_page(ok) {
            HttpPage::Html(b, cs) => {
                assert_eq!(b, b"<p>caf\xe9</p>");
                assert_eq!(cs.map(|e| e.name()), Some("windows-1252"));
            }
            _ => panic!("not a page"),
        }
        assert!(matches!(
            http_page(b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n<p>x</p>"),
            HttpPage::Skip
        ));
        assert!(matches!(
            http_page(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"),
            HttpPage::Skip
        ));
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5\r\nb</p>\r\n0\r\n\r\n";
        match http_page(chunked) {
            HttpPage::Html(b, _) => assert_eq!(b, b"<p>ab</p>"),
            _ => panic!("not a page"),
        }
    }

    #[test]
    fn directory_filter() {
        assert!(wanted("a.HTML") && wanted("x.warc.gz") && wanted("y.wet") && wanted("n.txt"));
        assert!(!wanted("style.css") && !wanted("img.png") && !wanted("a.json"));
    }
}
