//! `newsprint::extract_bytes` on arbitrary bytes (charset sniffing, binary
//! detection, HTML/text dispatch).
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(a) = newsprint::extract_bytes(data, newsprint_fuzz::url_for(data)) {
            newsprint_fuzz::render_all(&a);
        }
    });
}
