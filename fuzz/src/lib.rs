//! Shared helpers for the fuzz targets: render every article in every
//! format and check cheap output invariants, so that a renderer bug is a
//! crash AFL can find.

use newsprint::Article;

/// Renders `a` as text, Markdown, HTML and JSON and checks that the HTML
/// carries no script element and no `javascript:` link.
pub fn render_all(a: &Article) {
    let _ = a.to_text();
    let _ = a.to_markdown();
    let html = a.to_html();
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script element in HTML output");
    for attr in ["href=\"", "src=\""] {
        for (i, _) in lower.match_indices(attr) {
            let value = &lower[i + attr.len()..];
            let value: String = value
                .chars()
                .take_while(|&c| c != '"')
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            for bad in ["javascript:", "vbscript:", "data:"] {
                assert!(!value.starts_with(bad), "{bad} URL in HTML output");
            }
        }
    }
    let _ = serde_json::to_string(a).expect("serialises");
}

/// The page URL to use: alternate between none and one, from the input.
pub fn url_for(data: &[u8]) -> Option<&'static str> {
    if data.len().is_multiple_of(2) {
        Some("https://www.fuzz.example/world/story")
    } else {
        None
    }
}
