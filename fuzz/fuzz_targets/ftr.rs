//! FiveFilters `ftr-site-config` text through `FtrRule::parse` (never
//! fails: what cannot be used goes into the report), then the rule is run
//! on a page from its host.
use newsprint::rules::FtrRule;

const PAGE: &str = "<html><head><title>T</title></head><body><div id=main><h1 class=headline>Title</h1>\
    <span class=author>A. Writer</span><div class=content><p>First paragraph of the article, long enough.</p>\
    <div class=share>Share this</div></div></div></body></html>";

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let src = String::from_utf8_lossy(data);
        let (rule, report) = FtrRule::parse("fuzz.example", &src);
        let _ = report.to_string();
        let ex = newsprint::Extractor::builder().rule(rule).build();
        if let Ok(a) = ex.extract(PAGE, Some("https://fuzz.example/a")) {
            newsprint_fuzz::render_all(&a);
        }
    });
}
