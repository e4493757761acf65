//! The CI quality gate: compares a `--json` summary against checked-in floors.
//!
//! Floors file (`quality/floors.json`):
//! `{"<corpus name>": {"<metric>": floor, …}, …}`; keys starting with `_` are
//! comments. A metric fails when it is missing, undefined (null) or below its
//! floor. A corpus named in the floors but absent from the summary is reported
//! and skipped (the corpus may not exist on this machine).

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
        for (metric, floor) in metrics {
            if metric.starts_with('_') {
                continue;
            }
            let Some(floor) = floor.as_f64() else {
                res.failures
                    .push(format!("{corpus}.{metric}: floor is not a number"));
                continue;
            };
            match got
                .get("metrics")
                .and_then(|m| m.get(metric))
                .and_then(Value::as_f64)
            {
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
