//! Rule inputs never panic: random selectors, XPath expressions, site
//! configs and rule files (a small deterministic generator, no extra
//! dependencies).

use newsprint::rules::{DeclarativeRule, FtrRule};
use newsprint::{Document, Selector};

/// xorshift64*: deterministic, good enough to shake parsers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }

    fn string(&mut self, parts: &[&str], max: u64) -> String {
        let n = self.next() % max;
        (0..n).map(|_| self.pick(parts)).collect()
    }
}

const CSS_PARTS: &[&str] = &[
    "div",
    "p",
    "*",
    ".a",
    "#b",
    "[",
    "]",
    "(",
    ")",
    ":",
    "::",
    "not",
    "has",
    "is",
    "nth-child",
    "2n+1",
    " ",
    ">",
    "+",
    "~",
    ",",
    "=",
    "'",
    "\"",
    "x",
    "^=",
    "$=",
    "*=",
    "|",
    "\\",
    "é",
    "\u{0}",
    "of",
    "-",
    "@",
    "{",
    "}",
];

const XPATH_PARTS: &[&str] = &[
    "//",
    "/",
    "div",
    "p",
    "*",
    "@class",
    "@id",
    "[",
    "]",
    "(",
    ")",
    "'x'",
    "\"y\"",
    "=",
    "!=",
    "<",
    ">",
    " and ",
    " or ",
    "not",
    "contains",
    "starts-with",
    "concat",
    "normalize-space",
    "text()",
    "node()",
    ",",
    "|",
    ".",
    "..",
    "1",
    "last()",
    "position()",
    "parent::",
    "ancestor::",
    "following-sibling::",
    "self::",
    "substring-after",
    " ",
    "é",
    "::",
    "@",
];

#[test]
fn random_selectors_never_panic() {
    let doc = Document::parse(
        "<div class=a id=b><p>x</p><p class=a>y</p></div><section><div><p>z</p></div></section>",
    )
    .unwrap();
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut ok = 0;
    for _ in 0..3000 {
        let css = rng.string(CSS_PARTS, 12);
        if let Ok(sel) = Selector::parse(&css) {
            ok += 1;
            let _ = doc.select(&sel);
        }
    }
    assert!(ok > 0);
}

#[test]
fn random_xpath_site_configs_never_panic() {
    let doc = Document::parse("<article><h1>t</h1><div class=x><p>a</p></div></article>").unwrap();
    let mut rng = Rng(0xfeed_beef_1234_5678);
    for _ in 0..1500 {
        let mut src = String::new();
        for _ in 0..4 {
            let d = rng.pick(&["title", "author", "date", "body", "strip", "prune", "x("]);
            src.push_str(d);
            src.push_str(": ");
            src.push_str(&rng.string(XPATH_PARTS, 14));
            src.push('\n');
        }
        let (rule, _report) = FtrRule::parse("random.example", &src);
        use newsprint::rules::Rule;
        let _ = rule.fields(&doc, None);
        let _ = rule.hints(&doc);
    }
}

#[test]
fn random_rule_files_never_panic() {
    let mut rng = Rng(0x0bad_cafe_dead_f00d);
    let keys = [
        "name",
        "hosts",
        "title",
        "body",
        "strip",
        "related",
        "authors",
        "fingerprint",
    ];
    let values = [
        "'x'",
        "['a', 'b']",
        "{ selector = 'h1' }",
        "{ selector = 3 }",
        "[{ selector = 'p' }]",
        "'p['",
        "{ site_name = 'S' }",
        "true",
        "[",
        "'''",
        "{ split = true }",
    ];
    for _ in 0..1500 {
        let mut src = String::new();
        for _ in 0..(rng.next() % 6) {
            src.push_str(rng.pick(&keys));
            src.push_str(" = ");
            src.push_str(rng.pick(&values));
            src.push('\n');
        }
        let _ = DeclarativeRule::from_toml_str(&src);
        let json = format!("{{\"name\": {}}}", rng.pick(&values));
        let _ = DeclarativeRule::from_json_str(&json);
    }
}
