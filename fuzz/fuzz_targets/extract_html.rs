//! `newsprint::extract` on arbitrary (lossily decoded) HTML.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let html = String::from_utf8_lossy(data);
        if let Ok(a) = newsprint::extract(&html, newsprint_fuzz::url_for(data)) {
            newsprint_fuzz::render_all(&a);
        }
    });
}
