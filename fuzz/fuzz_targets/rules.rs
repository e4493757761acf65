//! Declarative rules: the same bytes parsed as TOML and as JSON
//! (`DeclarativeRule::from_toml_str` / `from_json_str`); a rule that loads is
//! then run on a page from its host, so its selectors are exercised too.
use newsprint::rules::DeclarativeRule;

const PAGE: &str = "<html><head><title>T</title><meta property=og:site_name content=Fuzz></head>\
    <body><article><h1>Title</h1><p class=byline>By A. Writer</p><time datetime=2025-01-02>x</time>\
    <div class=body><p>First paragraph of the article, long enough to count.</p>\
    <ul class=related><li><a href=/a>Teaser one</a></li></ul></div></article></body></html>";

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let src = String::from_utf8_lossy(data);
        for rule in [
            DeclarativeRule::from_toml_str(&src),
            DeclarativeRule::from_json_str(&src),
        ]
        .into_iter()
        .flatten()
        {
            let ex = newsprint::Extractor::builder().rule(rule).build();
            for url in [Some("https://www.fuzz.example/a"), None] {
                if let Ok(a) = ex.extract(PAGE, url) {
                    newsprint_fuzz::render_all(&a);
                }
            }
        }
    });
}
