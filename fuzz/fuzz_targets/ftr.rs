//! FiveFilters `ftr-site-config` files loaded through
//! `newsprint::rules::load_path` (a `.txt` file named after its host), then
//! run on a page from that host.
use std::io::Write;

fn main() {
    let dir = std::env::temp_dir().join(format!("newsprint-fuzz-ftr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    afl::fuzz!(|data: &[u8]| {
        let path = dir.join("fuzz.example.txt");
        let mut f = std::fs::File::create(&path).expect("create");
        f.write_all(data).expect("write");
        drop(f);
        if let Ok(rules) = newsprint::rules::load_path(&path) {
            let ex = newsprint::Extractor::builder().rules(rules).build();
            let page = "<html><head><title>T</title></head><body><div id=main><h1 class=headline>Title</h1>\
                <span class=author>A. Writer</span><div class=content><p>First paragraph of the article, long enough.</p>\
                <div class=share>Share this</div></div></div></body></html>";
            if let Ok(a) = ex.extract(page, Some("https://fuzz.example/a")) {
                newsprint_fuzz::render_all(&a);
            }
        }
    });
}
