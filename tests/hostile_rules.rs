//! Hostile rule files (issue 16, "Rule files"): inputs of a few hundred
//! bytes that used to take minutes or gigabytes, oversized files, and error
//! messages that quoted whole input lines. Each input is sized so that the
//! old behaviour would hang or abort; none of these tests times itself.

use newsprint::rules::{DeclarativeRule, FtrRule, MAX_RULE_FILE_BYTES, load_path};
use newsprint::{Error, Selector};

/// The skip reasons for one site config.
fn skip_reasons(src: &str) -> Vec<String> {
    let (_, report) = FtrRule::parse("hostile.example", src);
    report.skipped.into_iter().map(|s| s.reason).collect()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsprint-hostile-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn positions_after_filters_do_not_grow_the_selector_exponentially() {
    // Each `[@class][1]` used to copy the whole selector into
    // `:nth-child(1 of …)`: 30 repeats aborted on allocation, 200 is far
    // beyond that.
    for repeats in [30, 200] {
        let src = format!("body: //div{}\n", "[@class][1]".repeat(repeats));
        let reasons = skip_reasons(&src);
        assert_eq!(reasons.len(), 1, "{repeats}: {reasons:?}");
        assert!(reasons[0].contains("longer than"), "{}", reasons[0]);
        assert!(reasons[0].len() < 200, "{}", reasons[0]);
    }
    // A few repeats are still translated.
    let (rule, report) = FtrRule::parse("ok.example", "body: //div[@class][1][@id][2]\n");
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let _ = rule;
}

#[test]
fn wide_boolean_predicates_are_bounded() {
    // Many `:has()` operands, each already long, joined by `and` / `or`.
    let heavy = format!("p{}", "[@class][1]".repeat(8));
    for op in [" and ", " or "] {
        let pred = vec![format!(".//{heavy}"); 400].join(op);
        let reasons = skip_reasons(&format!("body: //div[{pred}]\n"));
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].contains("longer than"), "{}", reasons[0]);
    }
}

/// `not(not(…(@a and @b)… and @b) and @b)`, `levels` deep.
fn nested_not(levels: usize) -> String {
    let mut e = "@a".to_string();
    for _ in 0..levels {
        e = format!("not({e} and @b)");
    }
    format!("//div[{e}]")
}

#[test]
fn nested_boolean_arguments_are_read_once() {
    // The argument parser used to read an operand, see the `and`, and read
    // it again: 2^levels work (25 levels took over a minute).
    let reasons = skip_reasons(&format!("body: {}\n", nested_not(28)));
    // Translated, or refused by the CSS nesting bound: either way, at once.
    for r in &reasons {
        assert!(r.contains("nest"), "{r}");
    }
    // Far deeper: refused with the depth limit.
    let reasons = skip_reasons(&format!("body: {}\n", nested_not(5_000)));
    assert_eq!(reasons.len(), 1);
    assert!(reasons[0].contains("nests deeper than"), "{}", reasons[0]);
    assert!(reasons[0].len() < 200, "{}", reasons[0]);
}

#[test]
fn a_translated_nested_predicate_is_correct() {
    use newsprint::rules::Rule;
    let src = format!("body: {}\n", nested_not(3));
    let (rule, report) = FtrRule::parse("ok.example", &src);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    // `not(not(not(@a and @b) and @b) and @b)` is false only when both
    // attributes are there.
    let doc = newsprint::Document::parse(
        "<div a b>both</div><div a>only a</div><div b>only b</div><div>none</div>",
    )
    .unwrap();
    let hits: Vec<String> = rule
        .hints(&doc)
        .body
        .into_iter()
        .map(|n| doc.text(n))
        .collect();
    assert_eq!(hits, ["only a", "only b", "none"]);
}

#[test]
fn oversized_rule_files_are_refused_before_reading() {
    let dir = temp_dir("size");
    // A sparse 1 GiB file: refused from its size, never read.
    for name in ["huge.example.txt", "huge.toml", "huge.json"] {
        let path = dir.join(name);
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(1 << 30).unwrap();
        drop(f);
        let err = load_path(&path).unwrap_err();
        assert!(matches!(err, Error::Rule(_)), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains(&MAX_RULE_FILE_BYTES.to_string()), "{msg}");
        std::fs::remove_file(&path).unwrap();
    }
    // One byte over the limit.
    let path = dir.join("over.example.txt");
    let mut src = "# padding\n".repeat((MAX_RULE_FILE_BYTES / 10) as usize + 1);
    src.push_str("body: //article\n");
    std::fs::write(&path, &src).unwrap();
    assert!(matches!(load_path(&path), Err(Error::Rule(_))));
    // At the limit: accepted.
    std::fs::write(&path, &src[src.len() - MAX_RULE_FILE_BYTES as usize..]).unwrap();
    assert_eq!(load_path(&path).unwrap().len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

/// The error of a call that must fail (without printing a huge `Ok`).
fn fail<T>(r: newsprint::Result<T>) -> Error {
    match r {
        Ok(_) => panic!("accepted"),
        Err(e) => e,
    }
}

#[test]
fn errors_do_not_echo_whole_lines() {
    let long = "x".repeat(1_000_000);
    let short = |e: Error| {
        let msg = e.to_string();
        for line in msg.lines() {
            assert!(line.chars().count() < 300, "{} chars", line.len());
        }
        assert!(msg.len() < 2_000, "{} bytes", msg.len());
        msg
    };
    // TOML syntax error on a long line.
    short(fail(DeclarativeRule::from_toml_str(&format!(
        "name = 'a'\nbody = '{long}\n"
    ))));
    // TOML value of the wrong type, quoting the value.
    short(
        DeclarativeRule::from_toml_str(&format!("name = 'a'\nbody = {{ {long} = 1 }}\n"))
            .unwrap_err(),
    );
    // JSON value of the wrong type, quoting the value; the position stays.
    let msg = short(
        DeclarativeRule::from_json_str(&format!(
            r#"{{"name": "a", "hosts": 1, "body": "{long}"}}"#
        ))
        .unwrap_err(),
    );
    assert!(msg.contains("line 1"), "{msg}");
    // A long invalid selector in a declarative rule.
    let msg = short(
        DeclarativeRule::from_toml_str(&format!("name = 'a'\nbody = 'div!{long}'\n")).unwrap_err(),
    );
    assert!(msg.contains('…'), "{msg}");
    // The selector error itself.
    short(fail(Selector::parse(&format!("div!{long}"))));
    // FiveFilters skip reasons.
    for src in [
        format!("body: //div[{long}(\n"),
        format!("body: //div[@a = '{long}' and\n"),
        format!("body: //{long}::div\n"),
        format!("body: //div/{long}()\n"),
        format!("strip_id_or_class: {long}\\\n"),
    ] {
        for r in skip_reasons(&src) {
            assert!(r.chars().count() < 300, "{} chars", r.len());
        }
    }
}

#[test]
fn selector_errors_are_in_plain_words() {
    for css in [
        "div[",
        "div >",
        "a::before",
        "p:nope",
        "div[a=]",
        ".",
        "a,,b",
    ] {
        let msg = Selector::parse(css).unwrap_err().to_string();
        for terse in [
            "EndOfInput",
            "InvalidState",
            "UnexpectedToken",
            "Ident(",
            "Delim(",
        ] {
            assert!(!msg.contains(terse), "{css}: {msg}");
        }
    }
}
