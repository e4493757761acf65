//! The README's Rust code blocks compile: each is copied below between
//! `// README block` markers, and `readme_blocks_match` fails when the README
//! and this file drift apart (update both together).

use std::error::Error;

// The first block, as the README says: inside a function returning
// `Result<(), Box<dyn Error>>`, with `serde_json` a dependency.
#[allow(dead_code)]
#[rustfmt::skip]
fn first_block() -> Result<(), Box<dyn Error>> {
// README block start
let html = std::fs::read("page.html")?;
let article = newsprint::extract_bytes(&html, Some("https://www.example.com/world/story"))?;

println!("{}", article.title.as_deref().unwrap_or("(untitled)"));
if let Some(date) = article.published {                // a typed PageDate
    println!("by {} on {}", article.authors.join(", "), date.day());
}
println!("{}", article.to_markdown());            // or to_text(), to_html() (safe)
for list in &article.related {                    // "Explore", "Most read", …
    println!("{:?}: {} teasers", list.label, list.items.len());
}
let json = serde_json::to_string(&article)?;      // the stable JSON contract
// README block end
    let _ = json;
    Ok(())
}

#[allow(dead_code)]
#[rustfmt::skip]
fn rules_block() -> Result<newsprint::Extractor, Box<dyn Error>> {
// README block start
let extractor = newsprint::Extractor::builder()
    .rules(newsprint::rules::load_path("rules")?)   // .toml, .json or FiveFilters .txt
    .build();                                        // reusable, Send + Sync
// README block end
    Ok(extractor)
}

/// The ```rust blocks of a Markdown text, in order.
fn rust_blocks(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in md.lines() {
        match current.as_mut() {
            None if line.trim_end() == "```rust" => current = Some(String::new()),
            None => {}
            Some(_) if line.trim_end() == "```" => blocks.extend(current.take()),
            Some(b) => {
                b.push_str(line);
                b.push('\n');
            }
        }
    }
    blocks
}

/// The regions between the markers in this file.
fn copied_blocks(src: &str) -> Vec<String> {
    let start = ["// README", "block start"].join(" ");
    let end = ["// README", "block end"].join(" ");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        if line == start {
            current = Some(String::new());
        } else if line == end {
            blocks.extend(current.take());
        } else if let Some(b) = current.as_mut() {
            b.push_str(line);
            b.push('\n');
        }
    }
    blocks
}

#[test]
fn readme_blocks_match() {
    let readme = include_str!("../README.md");
    let here = include_str!("readme.rs");
    assert_eq!(
        rust_blocks(readme),
        copied_blocks(here),
        "README.md's rust blocks and tests/readme.rs differ: update the copy"
    );
}

#[test]
fn readme_rule_file_loads() {
    // The README's TOML rule is a valid rule file.
    let readme = include_str!("../README.md");
    let toml = readme
        .split("```toml\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("a toml block");
    let dir = std::env::temp_dir().join(format!("newsprint-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("daily-planet.toml");
    std::fs::write(&path, toml).unwrap();
    let rules = newsprint::rules::load_path(&path);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(rules.expect("the README rule loads").len(), 1);
}
