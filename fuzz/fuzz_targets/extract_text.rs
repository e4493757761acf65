//! `newsprint::extract_text` on arbitrary plain-text dumps.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        if let Ok(a) = newsprint::extract_text(&text, newsprint_fuzz::url_for(data)) {
            newsprint_fuzz::render_all(&a);
        }
    });
}
