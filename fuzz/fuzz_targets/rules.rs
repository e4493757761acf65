//! Declarative rule files (TOML and JSON) loaded through
//! `newsprint::rules::load_path`, as a user's `--rules` file would be.
//! The same bytes are loaded as a `.toml` and as a `.json` file; loaded
//! rules are then run on a page.
use std::io::Write;

fn main() {
    let dir = std::env::temp_dir().join(format!("newsprint-fuzz-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    afl::fuzz!(|data: &[u8]| {
        for ext in ["toml", "json"] {
            let path = dir.join(format!("rule.{ext}"));
            let mut f = std::fs::File::create(&path).expect("create");
            f.write_all(data).expect("write");
            drop(f);
            if let Ok(rules) = newsprint::rules::load_path(&path) {
                let ex = newsprint::Extractor::builder().rules(rules).build();
                let page = "<html><head><title>T</title><meta property=og:site_name content=Fuzz></head>\
                <body><article><h1>Title</h1><p class=byline>By A. Writer</p><time datetime=2025-01-02>x</time>\
                <div class=body><p>First paragraph of the article, long enough to count.</p>\
                <ul class=related><li><a href=/a>Teaser one</a></li></ul></div></article></body></html>";
                if let Ok(a) = ex.extract(page, Some("https://www.fuzz.example/a")) {
                    newsprint_fuzz::render_all(&a);
                }
            }
        }
    });
}
