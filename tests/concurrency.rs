//! One `Extractor` shared by 8 threads gives the same results as sequential
//! use, and so does the default extractor behind `newsprint::extract`.

use std::path::Path;
use std::sync::Arc;

use newsprint::{Article, Extractor};

const PARA: &str = "The council voted on Thursday to keep the night buses running through \
    the winter, after drivers and students asked for the service to stay.";

fn synthetic_pages() -> Vec<(String, Option<String>)> {
    let mut pages = Vec::new();
    for i in 0..24 {
        let related: String = (0..i % 5)
            .map(|j| {
                format!("<li><a href=\"/story/{i}-{j}\">Other headline number {j} here</a></li>")
            })
            .collect();
        let html = format!(
            "<!doctype html><html lang=en><head><title>Night buses {i} | Town Post</title>\
             <meta property=\"og:site_name\" content=\"Town Post\">\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Night buses {i}\",\
             \"datePublished\":\"2025-0{m}-1{d}\",\"author\":{{\"name\":\"Writer {i}\"}}}}</script></head>\
             <body><nav><a href=/>Home</a></nav><article><h1>Night buses {i}</h1>\
             <p class=byline>By Writer {i}</p><p>{PARA}</p><h2>Routes</h2><p>{PARA} <a href=\"/r/{i}\">Routes</a>.</p>\
             <ul><li>Line {i}</li><li>Line {j}</li></ul><figure><img src=\"/img/{i}.jpg\" alt=\"bus\">\
             <figcaption>A night bus. <span class=credit>Photo: Desk</span></figcaption></figure></article>\
             <aside><h2>Related</h2><ul>{related}</ul></aside></body></html>",
            m = 1 + i % 9,
            d = i % 10,
            j = i + 1,
        );
        let url = (i % 3 != 0).then(|| format!("https://www.townpost.example/news/{i}"));
        pages.push((html, url));
    }
    // Inputs that fail must fail the same way from every thread.
    pages.push((String::new(), None));
    pages.push(("<script>only()</script>".into(), None));
    pages
}

/// A few corpus pages, when `../shared` exists (read at run time only).
fn corpus_pages(limit: usize) -> Vec<(String, Option<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    dirs.sort();
    dirs.into_iter()
        .filter_map(|d| std::fs::read(d.join("source.html")).ok())
        .take(limit)
        .map(|b| {
            (
                newsprint::decode_html_bytes(&b),
                Some("https://example.com/page".to_string()),
            )
        })
        .collect()
}

type Outcome = Result<Article, String>;

fn run(ex: &Extractor, pages: &[(String, Option<String>)], i: usize) -> Outcome {
    let (html, url) = &pages[i];
    ex.extract(html, url.as_deref()).map_err(|e| e.to_string())
}

#[test]
fn eight_threads_share_one_extractor() {
    let mut pages = synthetic_pages();
    pages.extend(corpus_pages(16));
    let pages = Arc::new(pages);
    let ex = Arc::new(Extractor::builder().build());
    let sequential: Vec<Outcome> = (0..pages.len()).map(|i| run(&ex, &pages, i)).collect();
    assert!(sequential.iter().filter(|r| r.is_ok()).count() >= 24);

    let handles: Vec<_> = (0..8)
        .map(|t| {
            let ex = Arc::clone(&ex);
            let pages = Arc::clone(&pages);
            std::thread::spawn(move || {
                // Each thread walks the pages in its own order, twice.
                let n = pages.len();
                let mut got: Vec<Option<Outcome>> = vec![None; n];
                for round in 0..2 {
                    for k in 0..n {
                        let rotated = (k + t * 5 + round * 7) % n;
                        let i = if t % 2 == 1 { n - 1 - rotated } else { rotated };
                        let r = run(&ex, &pages, i);
                        if let Some(prev) = &got[i] {
                            assert_eq!(prev, &r, "thread {t}: page {i} changed between rounds");
                        }
                        got[i] = Some(r);
                    }
                }
                got
            })
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        let got = h.join().expect("thread did not panic");
        for (i, r) in got.into_iter().enumerate() {
            let r = r.expect("every page visited");
            assert_eq!(r, sequential[i], "thread {t}, page {i}");
        }
    }
}

#[test]
fn eight_threads_share_the_default_extractor() {
    let pages = Arc::new(synthetic_pages());
    let sequential: Vec<Outcome> = pages
        .iter()
        .map(|(h, u)| newsprint::extract(h, u.as_deref()).map_err(|e| e.to_string()))
        .collect();
    std::thread::scope(|s| {
        for t in 0..8 {
            let pages = &pages;
            let sequential = &sequential;
            s.spawn(move || {
                for k in 0..pages.len() {
                    let i = (k + t * 3) % pages.len();
                    let (h, u) = &pages[i];
                    let r = newsprint::extract(h, u.as_deref()).map_err(|e| e.to_string());
                    assert_eq!(&r, &sequential[i], "thread {t}, page {i}");
                    if let Ok(a) = &r {
                        let seq = sequential[i].as_ref().unwrap();
                        assert_eq!(a.to_html(), seq.to_html());
                        assert_eq!(a.to_markdown(), seq.to_markdown());
                    }
                }
            });
        }
    });
}

#[test]
fn extractor_is_send_sync_and_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Extractor>();
    check::<Article>();
}
