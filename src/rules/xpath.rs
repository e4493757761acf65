//! Translation of the XPath subset used by site configs into CSS selectors.
//!
//! Translated: name tests and `*`; `/` and `//` steps (and the `child::`,
//! `descendant::`, `descendant-or-self::node()`, `following-sibling::` axes);
//! predicates with `@attr` existence, `=`/`!=` against a literal,
//! `contains()`, `starts-with()`, `ends-with()`, `normalize-space(@attr)`,
//! the class-token idiom `contains(concat(' ', normalize-space(@class), ' '),
//! ' x ')`, `and` / `or` / `not()`, relative paths (`[.//p]` → `:has(p)`),
//! positions (`[1]`, `[last()]`, `[position() < 3]`); unions `|`; a
//! parenthesised `(…)[1]` (first match only); terminal `@attr` and `text()`
//! steps (read the attribute / the text).
//!
//! Everything else (text-content tests, other axes, arithmetic, functions
//! such as `translate()`) is refused with a reason.
//!
//! `tokens` splits the expression, `parser` reads it and writes CSS as it
//! goes, `css` holds the CSS side (predicates, comparisons, escaping).

mod css;
mod parser;
mod tokens;

use parser::Parser;
use tokens::{Tok, tokenize};

/// What to read from a matched element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// Its text.
    Text,
    /// The value of this attribute.
    Attr(String),
}

/// One translated alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Css {
    pub selector: String,
    pub target: Target,
    /// Only the first match in document order (`(…)[1]`).
    pub first_only: bool,
    /// Keep only the text after this marker (`substring-after(…, 'x')`).
    pub after: Option<String>,
    /// Keep only the text before this marker (`substring-before(…, 'x')`).
    pub before: Option<String>,
}

/// Translates an XPath expression into CSS alternatives (one per union
/// member with its own target), or says why it cannot.
pub(crate) fn to_css(xpath: &str) -> Result<Vec<Css>, String> {
    let tokens = tokenize(xpath)?;
    if tokens.is_empty() {
        return Err("empty expression".into());
    }
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
    };
    let mut out: Vec<Css> = Vec::new();
    loop {
        let alt = p.top_path()?;
        match out.last_mut() {
            Some(last)
                if last.target == alt.target
                    && !last.first_only
                    && !alt.first_only
                    && last.after == alt.after
                    && last.before == alt.before =>
            {
                last.selector.push_str(", ");
                last.selector.push_str(&alt.selector);
                parser::check_len(&last.selector)?;
            }
            _ => out.push(alt),
        }
        if !p.eat(&Tok::Pipe) {
            break;
        }
    }
    if p.pos < p.tokens.len() {
        return Err(format!("unexpected {}", p.tokens[p.pos].describe()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(x: &str) -> String {
        let v = to_css(x).unwrap_or_else(|e| panic!("{x}: {e}"));
        assert_eq!(v.len(), 1, "{x}");
        assert_eq!(v[0].target, Target::Text, "{x}");
        v[0].selector.clone()
    }

    #[test]
    fn steps_and_names() {
        assert_eq!(one("//article"), "article");
        assert_eq!(one("//div//p"), "div p");
        assert_eq!(one("//div/p"), "div > p");
        assert_eq!(one("//*[@id='main']"), "*[id=\"main\"]");
        assert_eq!(one("/html/body/div"), "html:root > body > div");
        assert_eq!(one("//H1"), "h1");
        assert_eq!(one("//h1/following-sibling::p"), "h1 ~ p");
        assert_eq!(one("//div/descendant::p"), "div p");
        assert_eq!(one(".//div"), "div");
    }

    #[test]
    fn attribute_tests() {
        assert_eq!(one("//div[@class='a b']"), "div[class=\"a b\"]");
        assert_eq!(one("//div[contains(@class, 'x')]"), "div[class*=\"x\"]");
        assert_eq!(one("//div[starts-with(@id,'post-')]"), "div[id^=\"post-\"]");
        assert_eq!(one("//img[@data-src]"), "img[data-src]");
        assert_eq!(one("//div[@id!='x']"), "div[id]:not([id=\"x\"])");
        assert_eq!(
            one("//div[contains(concat(' ',normalize-space(@class),' '),' story ')]"),
            "div.story"
        );
        assert_eq!(
            one("//div[contains(concat(\" \", @class, \" \"), \" a-b \")]"),
            "div.a-b"
        );
    }

    #[test]
    fn boolean_logic() {
        assert_eq!(
            one("//div[contains(@class,'a') and not(contains(@class,'b'))]"),
            "div[class*=\"a\"]:not([class*=\"b\"])"
        );
        assert_eq!(
            one("//div[@id='a' or @id='b']"),
            "div:is([id=\"a\"], [id=\"b\"])"
        );
        assert_eq!(one("//div[not(@id)]"), "div:not([id])");
        assert_eq!(one("//div[(@a or @b) and @c]"), "div:is([a], [b])[c]");
    }

    #[test]
    fn positions_and_paths_in_predicates() {
        assert_eq!(one("//div[1]"), "div:nth-of-type(1)");
        assert_eq!(one("//*[2]"), ":nth-child(2)");
        assert_eq!(
            one("//div[@class='x'][1]"),
            "div[class=\"x\"]:nth-child(1 of div[class=\"x\"])"
        );
        assert_eq!(one("//p[last()]"), "p:last-of-type");
        assert_eq!(one("//li[position() < 3]"), "li:nth-of-type(-n+2)");
        assert_eq!(one("//div[.//h1]"), "div:has(h1)");
        assert_eq!(one("//div[h1]"), "div:has(> h1)");
        assert_eq!(one("//div[./p/a]"), "div:has(> p > a)");
        let v = to_css("(//div[@class='body'])[1]").unwrap();
        assert!(v[0].first_only);
        assert_eq!(v[0].selector, "div[class=\"body\"]");
    }

    #[test]
    fn terminals_and_unions() {
        let v = to_css("//meta[@property='og:title']/@content").unwrap();
        assert_eq!(v[0].selector, "meta[property=\"og:title\"]");
        assert_eq!(v[0].target, Target::Attr("content".into()));
        let v = to_css("//span[@class='a']/text()").unwrap();
        assert_eq!(v[0].target, Target::Text);
        assert_eq!(one("//h1 | //h2[@class='t']"), "h1, h2[class=\"t\"]");
        let v = to_css("//meta[@name='author']/@content | //a[@rel='author']").unwrap();
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn upward_steps() {
        assert_eq!(
            one("//p[@class='x']/parent::div"),
            "div:has(> :is(p[class=\"x\"]))"
        );
        assert_eq!(one("//img/ancestor::figure"), "figure:has(:is(img))");
        assert_eq!(one("//span/../a"), "*:has(> :is(span)) > a");
        let doc = crate::Document::parse(
            "<figure><div><img></div></figure><div><p class=x>a</p></div><section><p>b</p></section>",
        )
        .unwrap();
        for (x, n, tag) in [
            ("//p[@class='x']/parent::div", 1, "div"),
            ("//img/ancestor::figure", 1, "figure"),
            ("//p/parent::*", 2, "div"),
        ] {
            let sel = crate::Selector::parse(&one(x)).unwrap();
            let hits = doc.select(&sel);
            assert_eq!(hits.len(), n, "{x}");
            assert_eq!(doc.tag_name(hits[0]), Some(tag), "{x}");
        }
    }

    #[test]
    fn string_functions_trim_the_text() {
        let v = to_css("substring-after(//p[@class='by'], 'By ')").unwrap();
        assert_eq!(v[0].selector, "p[class=\"by\"]");
        assert_eq!(v[0].after.as_deref(), Some("By "));
        let v = to_css("substring-before(substring-after(//p/text(), 'on '), ' at')").unwrap();
        assert_eq!(v[0].after.as_deref(), Some("on "));
        assert_eq!(v[0].before.as_deref(), Some(" at"));
        assert_eq!(one("normalize-space(//h1)"), "h1");
        assert_eq!(
            one("//div[self::div or self::section]"),
            "div:is(:is(div), :is(section))"
        );
    }

    #[test]
    fn refusals_have_reasons() {
        for x in [
            "//div[contains(text(), 'x')]",
            "//p[.='x']",
            "//div//..",
            "//div/..[1]",
            "//div[.//p/ancestor::article]",
            "//section/ancestor::div[1]",
            "//div[translate(@class,'A','a')='x']",
            "//p[string-length(.) > 10]",
            "substring-after(//p, @x)",
            "",
            "//div[",
            "//div[@id='x'",
            "//*[@xml:lang]",
            "'just a string'",
        ] {
            let e = to_css(x);
            assert!(e.is_err(), "{x:?} -> {e:?}");
            assert!(!e.unwrap_err().is_empty());
        }
    }

    #[test]
    fn translations_compile() {
        for x in [
            "//div[contains(concat(' ',normalize-space(@class),' '),' story ')]//p[1]",
            "//div[@class='x'][1]",
            "//div[.//h1 and not(@id)]",
            "//li[position() <= 3]",
            "//*[@id='a' or contains(@class,'b')]/following-sibling::div",
        ] {
            for c in to_css(x).unwrap() {
                crate::Selector::parse(&c.selector)
                    .unwrap_or_else(|e| panic!("{x} -> {}: {e}", c.selector));
            }
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let x = format!("//div[{}@a{}]", "(".repeat(10_000), ")".repeat(10_000));
        assert!(to_css(&x).is_err());
        let x = format!("//div{}", "[not(@a)]".repeat(5_000));
        assert!(to_css(&x).is_ok() || to_css(&x).is_err());
    }
}
