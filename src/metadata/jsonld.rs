//! JSON-LD (`<script type="application/ld+json">`): the publisher's own
//! structured statement of the article.
//!
//! Every block is parsed on its own (a broken block does not hide the others),
//! leniently: HTML comment and CDATA wrappers, raw control characters and
//! trailing commas are repaired before a second attempt. Values are walked
//! with an explicit stack (`@graph`, arrays, nested objects), never recursion.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// Most objects looked at across all blocks of one page (a bound far above
/// real pages; the work is linear in the input either way).
const MAX_OBJECTS: usize = 1 << 20;

/// What the JSON-LD of a page says, strongest article object first.
#[derive(Debug, Default, Clone)]
pub(crate) struct LdInfo {
    pub title: Option<String>,
    /// The article object's `name`, when it differs from its `headline`.
    pub alt_title: Option<String>,
    pub description: Option<String>,
    pub authors: Vec<String>,
    /// Names of authors typed as organisations (kept apart: often the publisher).
    pub org_authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub image: Option<LdImage>,
    pub publisher: Option<String>,
    pub website_name: Option<String>,
    pub lang: Option<String>,
    pub body: Option<String>,
    /// The `description` of the page's first `Product` object: the text a
    /// shop states for the product, which its markup may leave to a
    /// script.
    pub product_description: Option<String>,
    pub url: Option<String>,
    /// Names of a `BreadcrumbList`'s items after the first (home), in order.
    pub breadcrumbs: Vec<String>,
    /// The article object's type was a real article type (not only WebPage).
    pub is_article: bool,
    /// Every `@type` of the page's objects (the local name: `Product`,
    /// `QAPage` …), once each, in order; what the page says it is.
    pub types: Vec<String>,
}

/// An image named by JSON-LD.
#[derive(Debug, Default, Clone)]
pub(crate) struct LdImage {
    pub url: String,
    pub caption: Option<String>,
    /// `creditText`, else the `copyrightHolder`'s or `author`'s name.
    pub credit: Option<String>,
}

/// How strongly a `@type` says "this is the article".
fn article_rank(types: &[&str]) -> u8 {
    let mut best = 0;
    for t in types {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        let r = match t {
            "NewsArticle"
            | "ReportageNewsArticle"
            | "AnalysisNewsArticle"
            | "OpinionNewsArticle"
            | "BackgroundNewsArticle"
            | "ReviewNewsArticle"
            | "AskPublicNewsArticle" => 5,
            "Article" | "BlogPosting" | "LiveBlogPosting" | "ScholarlyArticle" | "TechArticle"
            | "Report" | "SatiricalArticle" | "SocialMediaPosting" | "Review" | "Recipe"
            | "HowTo" => 4,
            "VideoObject" | "Episode" | "CreativeWork" => 2,
            "WebPage" | "ItemPage" | "AboutPage" | "ProfilePage" | "QAPage" | "CollectionPage" => 1,
            _ => 0,
        };
        best = best.max(r);
    }
    best
}

fn types_of(o: &Map<String, Value>) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn has_type(o: &Map<String, Value>, names: &[&str]) -> bool {
    types_of(o).iter().any(|t| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        names.contains(&t)
    })
}

/// Removes wrappers and repairs the usual breakage, for a second attempt.
fn repair(src: &str) -> String {
    let mut s = src.trim();
    for p in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
        if let Some(r) = s.strip_prefix(p) {
            s = r.trim_start();
        }
    }
    for p in ["-->", "//]]>", "/*]]>*/", "]]>"] {
        if let Some(r) = s.strip_suffix(p) {
            s = r.trim_end();
        }
    }
    // A lone UTF-16 surrogate escape (`"\ud800"`) makes the whole block
    // invalid JSON; it becomes U+FFFD and the rest of the block is read.
    let fixed = replace_lone_surrogates(s);
    let s = fixed.as_ref();
    // Control characters become spaces; trailing commas go. Track strings so
    // commas and characters inside them are left alone (except raw control
    // characters, which JSON forbids there too).
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut escaped = false;
    let mut pending_comma = false;
    for ch in s.chars() {
        if in_str {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == '"' {
                in_str = false;
            }
            out.push(if ch.is_control() { ' ' } else { ch });
            continue;
        }
        if ch.is_whitespace() || ch.is_control() {
            if !pending_comma {
                out.push(' ');
            }
            continue;
        }
        if pending_comma {
            pending_comma = false;
            if ch != '}' && ch != ']' {
                out.push(',');
            }
        }
        match ch {
            ',' => pending_comma = true,
            '"' => {
                in_str = true;
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

/// Parses one script's text into zero or more JSON values.
pub(crate) fn parse_block(text: &str) -> Vec<Value> {
    fn all_values(s: &str) -> Option<Vec<Value>> {
        let mut out = Vec::new();
        for v in serde_json::Deserializer::from_str(s).into_iter::<Value>() {
            match v {
                Ok(v) => out.push(v),
                Err(_) => return if out.is_empty() { None } else { Some(out) },
            }
        }
        Some(out)
    }
    if let Some(v) = all_values(text.trim()) {
        if !v.is_empty() {
            return v;
        }
    }
    all_values(&repair(text)).unwrap_or_default()
}

/// A string value, or the `name`/`@value`/`text` of an object, or the first of an array.
fn text_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Object(o) => ["name", "@value", "text", "headline"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str))?
            .to_owned(),
        Value::Array(a) => return a.iter().find_map(text_of),
        _ => return None,
    };
    let s = crate::normalize_space(&super::decode_entities(&s));
    (!s.is_empty()).then_some(s)
}

fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Object(o) => ["url", "contentUrl", "@id"]
            .iter()
            .find_map(|k| o.get(*k).and_then(url_of)),
        Value::Array(a) => a.iter().find_map(url_of),
        _ => None,
    }
}

fn image_of(v: &Value) -> Option<LdImage> {
    match v {
        Value::Array(a) => a.iter().find_map(image_of),
        Value::Object(o) => Some(LdImage {
            url: url_of(v)?,
            caption: o.get("caption").and_then(text_of),
            credit: ["creditText", "copyrightHolder", "author", "creator"]
                .iter()
                .find_map(|k| o.get(*k).and_then(text_of)),
        }),
        _ => Some(LdImage {
            url: url_of(v)?,
            caption: None,
            credit: None,
        }),
    }
}

/// Objects of the page's JSON-LD by `@id`, to follow references such as
/// `"author": {"@id": "…#/schema/person/…"}`.
type Ids<'v> = HashMap<&'v str, &'v Value>;

/// Follows an `{"@id": …}` reference to the full object, when there is one.
fn deref<'v>(v: &'v Value, ids: &Ids<'v>) -> &'v Value {
    if let Value::Object(o) = v {
        if !o.contains_key("name") {
            if let Some(t) = o
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| ids.get(id))
            {
                return t;
            }
        }
    }
    v
}

/// Author names from an `author`/`creator` value: (people, organisations).
fn authors_of<'v>(v: &'v Value, ids: &Ids<'v>, people: &mut Vec<String>, orgs: &mut Vec<String>) {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().take(32).collect(),
        other => vec![other],
    };
    for it in items {
        match deref(it, ids) {
            Value::String(s) => people.push(s.clone()),
            Value::Object(o) => {
                let name = o.get("name").and_then(text_of).or_else(|| {
                    let g = o.get("givenName").and_then(Value::as_str)?;
                    let f = o.get("familyName").and_then(Value::as_str).unwrap_or("");
                    Some(format!("{g} {f}").trim().to_owned())
                });
                if let Some(n) = name {
                    if has_type(o, &["Organization", "NewsMediaOrganization", "Corporation"])
                        && !has_type(o, &["Person"])
                    {
                        orgs.push(n);
                    } else {
                        people.push(n);
                    }
                }
            }
            Value::Array(a) => {
                for x in a.iter().take(32) {
                    if let Some(n) = text_of(x) {
                        people.push(n);
                    }
                }
            }
            _ => {}
        }
    }
}

fn keywords_of(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    match v {
        Value::String(s) => out.extend(
            s.split(',')
                .map(crate::normalize_space)
                .filter(|t| !t.is_empty()),
        ),
        Value::Array(a) => out.extend(a.iter().filter_map(text_of)),
        _ => {}
    }
    out
}

/// `\uD800`–`\uDFFF` escapes that do not form a high-low pair, replaced
/// by `\uFFFD`.
fn replace_lone_surrogates(s: &str) -> std::borrow::Cow<'_, str> {
    fn hex4(b: &[u8], at: usize) -> Option<u32> {
        let digits = std::str::from_utf8(b.get(at..at + 4)?).ok()?;
        u32::from_str_radix(digits, 16).ok()
    }
    let is_high = |v: u32| (0xD800..0xDC00).contains(&v);
    let is_low = |v: u32| (0xDC00..0xE000).contains(&v);
    let b = s.as_bytes();
    let mut out = String::new();
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(v) = (b.get(i + 1) == Some(&b'u'))
            .then(|| hex4(b, i + 2))
            .flatten()
        else {
            // Any other escape: skip the escaped character (so `\\` is one).
            i += 2;
            continue;
        };
        let paired = is_high(v)
            && b.get(i + 6) == Some(&b'\\')
            && b.get(i + 7) == Some(&b'u')
            && hex4(b, i + 8).is_some_and(is_low);
        if paired {
            i += 12;
        } else if is_high(v) || is_low(v) {
            out.push_str(&s[copied..i]);
            out.push_str("\\ufffd");
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Reads all JSON-LD blocks of a page.
pub(crate) fn read<'t>(blocks: impl Iterator<Item = &'t str>) -> LdInfo {
    // Gather candidate objects in document order with an explicit stack.
    let mut values: Vec<Value> = Vec::new();
    for b in blocks {
        values.extend(parse_block(b));
    }
    let mut objects: Vec<&Map<String, Value>> = Vec::new();
    let mut object_values: Vec<&Value> = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        if objects.len() >= MAX_OBJECTS {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                objects.push(o);
                object_values.push(v);
                // Descend into @graph and nested containers that may hold
                // the article (mainEntity, itemListElement…), not into
                // ordinary property values such as author.
                for k in ["@graph", "mainEntity", "hasPart", "@reverse"] {
                    if let Some(x) = o.get(k) {
                        stack.push(x);
                    }
                }
            }
            _ => {}
        }
    }

    let mut ids: Ids<'_> = HashMap::new();
    for (o, v) in objects.iter().zip(&object_values) {
        if let Some(id) = o.get("@id").and_then(Value::as_str) {
            if o.len() > 1 {
                ids.entry(id).or_insert(*v);
            }
        }
    }
    let mut info = LdInfo::default();
    // The article object: highest rank, first in order; a headline helps.
    let best = objects
        .iter()
        .map(|o| {
            let r = article_rank(&types_of(o));
            let bonus = u8::from(o.contains_key("headline"));
            (r * 2 + bonus, *o)
        })
        .filter(|(r, _)| *r >= 2)
        .fold(None::<(u8, &Map<String, Value>)>, |acc, (r, o)| match acc {
            Some((br, _)) if br >= r => acc,
            _ => Some((r, o)),
        });

    for o in &objects {
        for t in types_of(o) {
            let t = t.rsplit(['/', ':']).next().unwrap_or(t);
            if info.types.len() < 32 && !info.types.iter().any(|x| x == t) {
                info.types.push(t.to_owned());
            }
        }
        if info.product_description.is_none() && has_type(o, &["Product"]) {
            info.product_description = o
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .filter(|s| !s.trim().is_empty());
        }
        if has_type(o, &["WebSite"]) && info.website_name.is_none() {
            info.website_name = o.get("name").and_then(text_of);
        }
        if has_type(o, &["BreadcrumbList"]) && info.breadcrumbs.is_empty() {
            if let Some(Value::Array(items)) = o.get("itemListElement") {
                info.breadcrumbs = items
                    .iter()
                    .skip(1)
                    .take(16)
                    .filter_map(|it| match it {
                        Value::Object(m) => m.get("name").and_then(text_of).or_else(|| {
                            m.get("item").and_then(|i| i.get("name")).and_then(text_of)
                        }),
                        _ => None,
                    })
                    .collect();
            }
        }
    }

    let Some((rank, art)) = best else {
        return info;
    };
    info.is_article = rank >= 6;
    info.title = art
        .get("headline")
        .and_then(text_of)
        .or_else(|| art.get("name").and_then(text_of))
        .or_else(|| art.get("alternativeHeadline").and_then(text_of));
    info.alt_title = art
        .get("name")
        .and_then(text_of)
        .filter(|n| Some(n) != info.title.as_ref());
    info.description = art.get("description").and_then(text_of);
    for k in ["author", "creator"] {
        if let Some(a) = art.get(k) {
            authors_of(a, &ids, &mut info.authors, &mut info.org_authors);
            break;
        }
    }
    // A video's upload date is not the page's date.
    if !has_type(art, &["VideoObject", "Episode"]) {
        info.published = ["datePublished", "dateCreated"]
            .iter()
            .find_map(|k| art.get(*k).and_then(text_of));
        info.modified = art.get("dateModified").and_then(text_of);
    }
    info.section = art.get("articleSection").and_then(text_of);
    if let Some(k) = art.get("keywords") {
        info.tags = keywords_of(k);
    }
    // `about`: the things the article is about (names of Thing objects).
    if let Some(about) = art.get("about") {
        let things: Vec<&Value> = match about {
            Value::Array(a) => a.iter().collect(),
            v => vec![v],
        };
        info.tags.extend(things.into_iter().filter_map(|t| match t {
            Value::Object(o) => o.get("name").and_then(text_of),
            Value::String(s) => Some(crate::normalize_space(s)).filter(|s| !s.is_empty()),
            _ => None,
        }));
    }
    info.image = art
        .get("image")
        .map(|i| deref(i, &ids))
        .and_then(image_of)
        .or_else(|| art.get("thumbnailUrl").and_then(image_of));
    info.publisher = art
        .get("publisher")
        .map(|p| deref(p, &ids))
        .and_then(|p| match p {
            Value::Object(_) | Value::Array(_) => text_of(p),
            _ => None,
        });
    info.lang = art.get("inLanguage").and_then(text_of);
    info.body = art
        .get("articleBody")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .filter(|s| !s.trim().is_empty());
    info.url = art
        .get("mainEntityOfPage")
        .and_then(url_of)
        .or_else(|| art.get("url").and_then(url_of))
        .filter(|u| u.starts_with("http"));
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_trailing_commas_and_wrappers() {
        let v = parse_block("<!-- {\"a\": [1, 2,], \"b\": \"x\ny\",} -->");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0]["a"][1], 2);
        assert_eq!(v[0]["b"], "x y");
    }

    #[test]
    fn a_lone_surrogate_does_not_drop_the_block() {
        // A lone high and a lone low surrogate; a valid pair; an escaped
        // backslash before "ud800", which is text, not an escape.
        let v = parse_block(
            r#"{"headline": "Dam \ud800opens", "name": "\udc00x \ud83d\ude00 \\ud800", "author": "Ana Lima"}"#,
        );
        assert_eq!(v.len(), 1);
        assert_eq!(v[0]["headline"], "Dam \u{fffd}opens");
        assert_eq!(v[0]["name"], "\u{fffd}x \u{1f600} \\ud800");
        assert_eq!(v[0]["author"], "Ana Lima");
    }

    #[test]
    fn commas_inside_strings_survive() {
        let v = parse_block("{\"a\": \"1,}\", }");
        assert_eq!(v[0]["a"], "1,}");
    }

    #[test]
    fn garbage_is_empty() {
        assert!(parse_block("{{{{ not json").is_empty());
        assert!(parse_block("").is_empty());
    }

    #[test]
    fn graph_and_person_vs_org() {
        let b = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Planet"},
            {"@type":["NewsArticle"],"headline":"H","author":[{"@type":"Person","name":"A B"},{"@type":"Organization","name":"Planet"}],
             "publisher":{"@type":"Organization","name":"Planet"},"keywords":"x, y","image":[{"url":"/i.jpg"}]}]}"#;
        let i = read([b].into_iter());
        assert_eq!(i.title.as_deref(), Some("H"));
        assert_eq!(i.authors, ["A B"]);
        assert_eq!(i.org_authors, ["Planet"]);
        assert_eq!(i.tags, ["x", "y"]);
        assert_eq!(i.image.unwrap().url, "/i.jpg");
        assert_eq!(i.publisher.as_deref(), Some("Planet"));
        assert_eq!(i.website_name.as_deref(), Some("Planet"));
    }
}
