//! The CI quality gate: compares a `--json` summary against checked-in floors.
//!
//! Floors file (`quality/floors.json`):
//! `{"<corpus name>": {"<metric>": floor, "<count>_max": ceiling, …}, …}`;
//! keys starting with `_` are comments. A key ending in `_max` is a ceiling
//! on the count (or metric) named by the rest of the key, e.g.
//! `"lost_pages_max": 12` or `"article.lost_pages_max": 5`; any other key is
//! a floor on a metric. A check fails when its value is missing, undefined
//! (null), below its floor or above its ceiling. A corpus named in the floors
//! but absent from the summary is reported and skipped (the corpus may not
//! exist on this machine).

use serde_json::Value;

/// Outcome of a gate check.
#[derive(Debug, Default)]
pub struct GateResult {
    /// Human-readable lines, one per checked metric or skipped corpus.
    pub lines: Vec<String>,
    /// The failing checks.
    pub failures: Vec<String>,
}

impl GateResult {
    /// True when no floor was broken.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Checks `summary` (the `--json` output: `{"corpora": {name: {"metrics": …}}}`)
/// against `floors`.
pub fn check(summary: &Value, floors: &Value) -> GateResult {
    let mut res = GateResult::default();
    let Some(floors) = floors.as_object() else {
        res.failures.push("floors file is not a JSON object".into());
        return res;
    };
    for (corpus, metrics) in floors {
        if corpus.starts_with('_') {
            continue;
        }
        let Some(metrics) = metrics.as_object() else {
            res.failures.push(format!(
                "{corpus}: floors must be an object of metric: number"
            ));
            continue;
        };
        let Some(got) = summary.get("corpora").and_then(|c| c.get(corpus)) else {
            res.lines
                .push(format!("{corpus}: not evaluated here, skipped"));
            continue;
        };
        for (key, limit) in metrics {
            if key.starts_with('_') {
                continue;
            }
            let Some(limit) = limit.as_f64() else {
                res.failures
                    .push(format!("{corpus}.{key}: floor is not a number"));
                continue;
            };
            if let Some(count) = key.strip_suffix("_max") {
                let value = lookup(got, "counts", count).or_else(|| lookup(got, "metrics", count));
                match value {
                    Some(v) if v <= limit + 1e-9 => {
                        res.lines
                            .push(format!("ok   {corpus}.{count} = {v} (ceiling {limit})"));
                    }
                    Some(v) => {
                        let msg = format!("FAIL {corpus}.{count} = {v} > ceiling {limit}");
                        res.lines.push(msg.clone());
                        res.failures.push(msg);
                    }
                    None => {
                        let msg =
                            format!("FAIL {corpus}.{count}: missing or undefined in the summary");
                        res.lines.push(msg.clone());
                        res.failures.push(msg);
                    }
                }
                continue;
            }
            let (metric, floor) = (key, limit);
            match lookup(got, "metrics", metric) {
                Some(v) if v + 1e-9 >= floor => {
                    res.lines.push(format!(
                        "ok   {corpus}.{metric} = {v:.4} (floor {floor:.4})"
                    ));
                }
                Some(v) => {
                    let msg = format!("FAIL {corpus}.{metric} = {v:.4} < floor {floor:.4}");
                    res.lines.push(msg.clone());
                    res.failures.push(msg);
                }
                None => {
                    let msg =
                        format!("FAIL {corpus}.{metric}: missing or undefined in the summary");
                    res.lines.push(msg.clone());
                    res.failures.push(msg);
                }
            }
        }
    }
    res
}

/// A number of a corpus summary's `section` ("metrics" or "counts").
fn lookup(corpus: &Value, section: &str, key: &str) -> Option<f64> {
    corpus.get(section)?.get(key)?.as_f64()
}

/// Compares a corpus summary with the same corpus in a baseline summary:
/// metric deltas, then the pages whose F1 moved most (down first).
pub fn compare(name: &str, now: &Value, base: &Value, n: usize) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let Some(base) = base.get("corpora").and_then(|c| c.get(name)) else {
        let _ = writeln!(s, "baseline: no corpus {name:?}");
        return s;
    };
    let _ = writeln!(s, "vs baseline:");
    if let Some(metrics) = now.get("metrics").and_then(Value::as_object) {
        let mut line = String::new();
        for (k, v) in metrics {
            if let (Some(a), Some(b)) = (v.as_f64(), base["metrics"].get(k).and_then(Value::as_f64))
            {
                let _ = write!(line, "  {k} {a:.3} ({:+.3})", a - b);
            }
        }
        let _ = writeln!(s, "{line}");
    }
    let (Some(pn), Some(pb)) = (
        now.get("page_f1").and_then(Value::as_object),
        base.get("page_f1").and_then(Value::as_object),
    ) else {
        return s;
    };
    let mut moved: Vec<(f64, &String, f64)> = pn
        .iter()
        .filter_map(|(id, v)| {
            let a = v.as_f64()?;
            let b = pb.get(id)?.as_f64()?;
            ((a - b).abs() > 1e-9).then_some((a - b, id, a))
        })
        .collect();
    moved.sort_by(|x, y| x.0.partial_cmp(&y.0).unwrap_or(std::cmp::Ordering::Equal));
    let down: Vec<_> = moved.iter().filter(|m| m.0 < 0.0).take(n).collect();
    let up: Vec<_> = moved.iter().rev().filter(|m| m.0 > 0.0).take(n).collect();
    let _ = writeln!(
        s,
        "  pages changed: {} ({} down, {} up)",
        moved.len(),
        moved.iter().filter(|m| m.0 < 0.0).count(),
        moved.iter().filter(|m| m.0 > 0.0).count()
    );
    for (d, id, a) in down.iter().chain(up.iter()).map(|m| (m.0, m.1, m.2)) {
        let _ = writeln!(s, "  {d:+.3} -> F1 {a:.3}  {id}");
    }
    s
}
