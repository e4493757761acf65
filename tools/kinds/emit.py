"""Prints the fitted block of src/tuning/kind.rs (everything after the
line `// Fitted weights`) from fit.py's /tmp/kind_weights.json. See
fit.py's docstring for the whole refit."""
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from features import KINDS

d = json.load(open("/tmp/kind_weights.json"))
feats = d["features"]
print("// Fitted weights (`tools/kinds/emit.py` prints this block).")
print()
print("/// The number of features ([`page_kind::FEATURES`](crate::page_kind::FEATURES)).")
print(f"pub(crate) const FEATURE_COUNT: usize = {len(feats)};")
print()
print("/// Each kind's points before any feature: article, forum, product,")
print("/// collection, listing, documentation, service.")
print("pub(crate) const BIAS: [f32; 7] = [" + ", ".join(f"{v:.3f}" for v in d["bias"]) + "];")
print()
print("/// Points per unit of each feature (a row per feature, in the order of")
print("/// [`page_kind::FEATURES`](crate::page_kind::FEATURES)) for each kind (the")
print("/// columns, in the order of [`BIAS`]).")
print("// Fitted numbers may happen to lie near a named constant (1/π …).")
print("#[allow(clippy::approx_constant)]")
print("#[rustfmt::skip]")
print("pub(crate) const WEIGHTS: [[f32; 7]; FEATURE_COUNT] = [")
print("    // " + " ".join(f"{k[:7]:>7}" for k in KINDS))
for n, row in zip(feats, d["weights"]):
    print("    [" + ", ".join(f"{v:6.3f}" for v in row) + f"], // {n}")
print("];")
