//! The metrics of the reference scorers in `../shared/tools`, reimplemented:
//! `score.py` (4-token shingles), `score_readability.py` (bag-of-tokens),
//! `score_withwithout.py` (snippets), `score_wcxb.py` (WCXB word F1) and
//! `metamatch.py` (metadata).

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::pytext::{casefold, py_strip, squash, strip_chars, tokens};

/// Shingle size of `score.py`.
const SHINGLE: usize = 4;

fn shingle_bag<'a>(toks: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut bag = HashMap::new();
    if toks.is_empty() {
        return bag;
    }
    if toks.len() <= SHINGLE {
        bag.insert(toks.to_vec(), 1);
        return bag;
    }
    for w in toks.windows(SHINGLE) {
        *bag.entry(w.to_vec()).or_insert(0) += 1;
    }
    bag
}

/// `score.py`'s `PageScore`: normalised shingle counts of one page.
#[derive(Debug, Clone, Copy)]
pub struct ShinglePage {
    tp: f64,
    fp: f64,
    fn_: f64,
    /// 1.0 when the token sequences are identical.
    pub exact: f64,
    /// Tokens in the prediction.
    pub n_pred: usize,
}

impl ShinglePage {
    /// Scores one page.
    pub fn new(truth: &str, pred: &str) -> Self {
        let (tt, pt) = (tokens(truth), tokens(pred));
        let (tb, pb) = (shingle_bag(&tt), shingle_bag(&pt));
        let mut tp = 0usize;
        let mut fp = 0usize;
        for (k, &n) in &pb {
            let m = tb.get(k).copied().unwrap_or(0);
            tp += n.min(m);
            fp += n.saturating_sub(m);
        }
        let fn_: usize = tb
            .iter()
            .map(|(k, &n)| n.saturating_sub(pb.get(k).copied().unwrap_or(0)))
            .sum();
        let total = tp + fp + fn_;
        let (mut tp, mut fp, mut fn_) = (tp as f64, fp as f64, fn_ as f64);
        if total > 0 {
            let t = total as f64;
            tp /= t;
            fp /= t;
            fn_ /= t;
        }
        ShinglePage {
            tp,
            fp,
            fn_,
            exact: if tt == pt { 1.0 } else { 0.0 },
            n_pred: pt.len(),
        }
    }

    /// TP/(TP+FP), `None` when the prediction has no shingle.
    pub fn precision(&self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0.0).then(|| self.tp / d)
    }

    /// TP/(TP+FN), `None` when the truth has no shingle.
    pub fn recall(&self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0.0).then(|| self.tp / d)
    }

    /// Per-page F1 (missing P or R count as 0).
    pub fn f1(&self) -> f64 {
        let p = self.precision().unwrap_or(0.0);
        let r = self.recall().unwrap_or(0.0);
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// Mean of the present values (NaN when none), summed in order like Python.
pub fn mean(values: impl IntoIterator<Item = Option<f64>>) -> f64 {
    let mut sum = 0.0;
    let mut n = 0usize;
    for v in values.into_iter().flatten() {
        sum += v;
        n += 1;
    }
    if n == 0 { f64::NAN } else { sum / n as f64 }
}

/// `score.py`'s `aggregate`: (precision, recall, f1, accuracy).
pub fn shingle_aggregate(pages: &[ShinglePage]) -> (f64, f64, f64, f64) {
    let p = mean(pages.iter().map(|x| x.precision()));
    let r = mean(pages.iter().map(|x| x.recall()));
    let f1 = if p.is_nan() || r.is_nan() {
        f64::NAN
    } else if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    let acc = mean(pages.iter().map(|x| Some(x.exact)));
    (p, r, f1, acc)
}

/// `score_readability.py`'s `token_prf`: (precision, recall, f1) of two token bags.
pub fn token_prf(truth: &[&str], pred: &[&str]) -> (Option<f64>, f64, f64) {
    let mut t: HashMap<&str, isize> = HashMap::new();
    for x in truth {
        *t.entry(x).or_insert(0) += 1;
    }
    let mut inter = 0usize;
    for x in pred {
        if let Some(n) = t.get_mut(x) {
            if *n > 0 {
                *n -= 1;
                inter += 1;
            }
        }
    }
    let (nt, np) = (truth.len(), pred.len());
    let inter = inter as f64;
    let prec = (np > 0).then(|| inter / np as f64);
    let rec = if nt > 0 {
        inter / nt as f64
    } else if np == 0 {
        1.0
    } else {
        0.0
    };
    let f1 = if nt + np > 0 {
        2.0 * inter / (nt + np) as f64
    } else {
        1.0
    };
    (prec, rec, f1)
}

/// `score_wcxb.py`'s `words`: the `\w+` runs of the lowercased text.
///
/// Lowercasing is Rust's `str::to_lowercase` (full Unicode mappings and the
/// final-sigma rule, like Python's `str.lower`); the word classes are
/// Python's (`pytables.rs`).
pub fn wcxb_words(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    tokens(&lower).into_iter().map(str::to_string).collect()
}

/// `score_wcxb.py`'s `page_prf`: (precision, recall, F1) of one page from
/// its reference and output words (multiset overlap). An empty output
/// scores 0; an empty reference scores 1 when the output is empty too.
pub fn wcxb_prf(reference: &[String], output: &[String]) -> (f64, f64, f64) {
    if reference.is_empty() {
        return if output.is_empty() {
            (1.0, 1.0, 1.0)
        } else {
            (0.0, 0.0, 0.0)
        };
    }
    if output.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut bag: HashMap<&str, usize> = HashMap::new();
    for w in reference {
        *bag.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut overlap = 0usize;
    for w in output {
        if let Some(n) = bag.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            overlap += 1;
        }
    }
    let p = overlap as f64 / output.len() as f64;
    let r = overlap as f64 / reference.len() as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

/// `score_withwithout.py`'s `counts`: (tp, fp, fn, tn) of one document.
pub fn snippet_counts(with: &[String], without: &[String], output: &str) -> [usize; 4] {
    let out = squash(output);
    let hit = |s: &String| !out.is_empty() && out.contains(squash(s).as_str());
    let tp = with.iter().filter(|s| hit(s)).count();
    let fp = without.iter().filter(|s| hit(s)).count();
    [tp, fp, with.len() - tp, without.len() - fp]
}

/// `score_withwithout.py`'s `metrics` over pooled counts: (precision, recall, accuracy, f1).
pub fn snippet_metrics(rows: &[[usize; 4]]) -> (f64, f64, f64, f64) {
    let sum = |i: usize| rows.iter().map(|r| r[i]).sum::<usize>() as f64;
    let (tp, fp, fn_, tn) = (sum(0), sum(1), sum(2), sum(3));
    let total = tp + fp + fn_ + tn;
    let div = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    (
        div(tp, tp + fp),
        div(tp, tp + fn_),
        div(tp + tn, total),
        div(2.0 * tp, 2.0 * tp + fp + fn_),
    )
}

// ---- metamatch.py ----

/// Python `str()` of a JSON scalar as `metamatch.squash` would see it.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Null => "None".into(),
        other => other.to_string(),
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Number(n) => n.as_f64() != Some(0.0),
    }
}

/// `metamatch.squash`: lists joined with "; ", whitespace collapsed, casefolded.
fn meta_squash(value: &Value) -> Option<String> {
    let s = match value {
        Value::Null => return None,
        Value::Array(items) => items
            .iter()
            .filter(|v| truthy(v))
            .map(py_str)
            .collect::<Vec<_>>()
            .join("; "),
        other => py_str(other),
    };
    let v = casefold(&squash(&s));
    (!v.is_empty()).then_some(v)
}

/// `metamatch.fold`: typographic quotes and dashes made ASCII, no-break and
/// thin spaces made spaces.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2039}' | '\u{203a}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

/// `metamatch.normalise`: `None` when absent or empty; typography folded;
/// dates cut to the day.
pub fn normalise(value: &Value, field: &str) -> Option<String> {
    let v = fold(&meta_squash(value)?);
    if matches!(field, "publishedTime" | "date") {
        return Some(v.chars().take(10).collect());
    }
    Some(v)
}

const SEPS: &[&str] = &["|", "-", "–", "—", "::", "·", "»", "«", "/", ":"];

/// Matches of `SEPARATORS` in a squashed string: (start, end) byte ranges.
/// The input has single spaces, so a match is " SEP " (SEP in pattern order).
fn separator_matches(t: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let rest = &t[i..];
        let mut found = None;
        if let Some(after) = rest.strip_prefix(' ') {
            for sep in SEPS {
                if after.starts_with(sep) && after[sep.len()..].starts_with(' ') {
                    found = Some(1 + sep.len() + 1);
                    break;
                }
            }
        }
        match found {
            Some(len) => {
                out.push((i, i + len));
                i += len;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

fn title_forms(t: &str) -> BTreeSet<String> {
    let mut forms = vec![t.to_string()];
    let seps = separator_matches(t);
    if !seps.is_empty() {
        forms.push(t[seps[0].1..].to_string());
        let last = &t[seps[seps.len() - 1].1..];
        if let Some(pos) = t.rfind(last) {
            forms.push(strip_trailing(&t[..pos], " |-–—:·»«/").to_string());
        }
    }
    // Split on the raw separators, then fold each form.
    forms
        .iter()
        .map(|f| fold(f))
        .map(|f| py_strip(&f).to_string())
        .filter(|f| !f.is_empty())
        .collect()
}

fn strip_trailing<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_end_matches(|c| chars.contains(c))
}

/// `BY.sub("", b)`: a leading "by/von/par/por/di/door/av/de" and its spaces.
fn strip_by(b: &str) -> &str {
    const WORDS: &[&str] = &["by", "von", "par", "por", "di", "door", "av", "de"];
    for w in WORDS {
        // re.I: after casefolding only 'i' ~ 'ı' (U+0131) still differs.
        let mut rest = b;
        let mut ok = true;
        for wc in w.chars() {
            let mut it = rest.chars();
            match it.next() {
                Some(c) if c == wc || (wc == 'i' && c == 'ı') => rest = it.as_str(),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            let trimmed = rest.trim_start_matches(crate::pytext::is_space);
            if trimmed.len() < rest.len() {
                return trimmed;
            }
        }
    }
    b
}

/// `NAME_SPLIT.split(b)`.
fn split_names(b: &str) -> Vec<&str> {
    use crate::pytext::{is_space, is_word};
    let word_at = |s: &str, j: usize, w: &str| -> Option<usize> {
        let rest = &s[j..];
        if !rest.starts_with(w) {
            return None;
        }
        let before_ok = s[..j].chars().next_back().is_none_or(|c| !is_word(c));
        let end = j + w.len();
        let after_ok = s[end..].chars().next().is_none_or(|c| !is_word(c));
        (before_ok && after_ok).then_some(end)
    };
    let mut parts = Vec::new();
    let mut piece_start = 0;
    let mut i = 0;
    while i < b.len() {
        let j = i + (b[i..].len() - b[i..].trim_start_matches(is_space).len());
        let rest = &b[j..];
        let end = if rest.starts_with([',', ';', '&']) {
            Some(j + 1)
        } else {
            ["and", "und", "et", "y"]
                .iter()
                .find_map(|w| word_at(b, j, w))
        };
        match end {
            Some(e) => {
                let e2 = e + (b[e..].len() - b[e..].trim_start_matches(is_space).len());
                parts.push(&b[piece_start..i]);
                piece_start = e2;
                i = e2;
            }
            None => i += b[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    parts.push(&b[piece_start..]);
    parts
}

fn names(b: &str) -> BTreeSet<String> {
    let b = strip_chars(py_strip_by(b), " .,:;");
    split_names(b)
        .into_iter()
        .map(|n| strip_chars(n, " ."))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

fn py_strip_by(b: &str) -> &str {
    strip_by(b)
}

/// `metamatch.matches`: does the prediction `got` match the annotation `expected`?
pub fn meta_matches(expected: &Value, got: &Value, field: &str) -> bool {
    let (e, g) = (normalise(expected, field), normalise(got, field));
    let (Some(e), Some(g)) = (e.as_ref(), g.as_ref()) else {
        return e == g;
    };
    match field {
        // Title forms come from the unfolded values (`squash`), as in Python.
        "title" => match (meta_squash(expected), meta_squash(got)) {
            (Some(e), Some(g)) => !title_forms(&e).is_disjoint(&title_forms(&g)),
            _ => false,
        },
        "byline" | "author" => {
            let ne = names(e);
            !ne.is_empty() && ne == names(g)
        }
        _ => e == g,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn metamatch_cases() {
        let t = |a: &str, b: &str| meta_matches(&json!(a), &json!(b), "title");
        assert!(t("Story | Site", "story"));
        assert!(t("Site - Story", "Story"));
        assert!(!t("Story", "Other"));
        let a = |a: Value, b: Value| meta_matches(&a, &b, "author");
        assert!(a(
            json!("By Ann Lee and Bo Ek"),
            json!(["Bo Ek", "Ann Lee"])
        ));
        assert!(a(json!("Von Jürgen Groß"), json!("JÜRGEN GROSS")));
        assert!(!a(json!("Ann"), json!(null)));
        assert!(meta_matches(
            &json!("2020-01-02T10:00"),
            &json!("2020-01-02"),
            "date"
        ));
    }
}
