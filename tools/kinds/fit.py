"""Fits the page-kind weights (src/tuning/kind.rs) on a signal dump.

The whole refit, from the project root, after `cargo build --release
--workspace` (about a minute; needs numpy):

    awk -F'\t' 'NR > 1 {print "../shared/corpus/wcxb-dev/html/" $1 ".html.gz\t" $3}' \\
        ../shared/corpus/wcxb-dev/pages.tsv > /tmp/wcxb.list
    NEWSPRINT_KIND_SIGNALS=1 ./target/release/newsprint -l /tmp/wcxb.list \\
        --best-effort -j 1 > /dev/null 2> /tmp/kind-signals.jsonl
    python3 tools/kinds/fit.py /tmp/kind-signals.jsonl /tmp/wcxb.list \\
        ../shared/corpus/wcxb-dev/pages.tsv --json
    python3 tools/kinds/emit.py > /tmp/kind-weights.rs
    # replace the lines from `// Fitted weights` to the end of
    # src/tuning/kind.rs with /tmp/kind-weights.rs, update the figures in
    # that file's module doc, rebuild, and check with `newsprint-evaluate`
    # (its kind_accuracy and per-kind kind_recall).

(LIST is the page list given to `newsprint -l`: one `path<TAB>url` a line;
`-j 1` keeps the signal lines in the list's order.)

A multinomial logistic regression over the features of `features.py`
(every feature may speak for every kind), L2-regularised (`--l2=`,
default 0.003), fitted by gradient descent (Adam). It first checks that
its features equal the ones the library computed (the `features` array of
each dumped line), then prints the training accuracy, the 5-fold
cross-validated accuracy with folds grouped by host (no site in both train
and test: the figure to judge a change by), the cross-validated confusion
matrix, and the weights; `--json` writes them to /tmp/kind_weights.json
for `emit.py`.
"""
import json, sys, zlib
from urllib.parse import urlsplit
import numpy as np
sys.path.insert(0, __import__("os").path.dirname(__file__))
from features import features, KINDS, FEATURES

def load(sig_path, list_path, tsv_path):
    gold = {}
    for l in open(tsv_path):
        p = l.rstrip("\n").split("\t"); gold[p[0]] = p[1]
    lst = [l.rstrip("\n").split("\t") for l in open(list_path)]
    sig = [json.loads(l) for l in open(sig_path) if l.startswith("{")]
    assert len(lst) == len(sig), (len(lst), len(sig))
    rows, worst = [], (0.0, None)
    for (f, u), s in zip(lst, sig):
        pid = f.split("/")[-1][:4]
        host = (urlsplit(u).hostname or "").removeprefix("www.")
        ft = features(s)
        if "features" in s:
            for n, v in s["features"].items():
                d = abs(ft[n] - v)
                if d > worst[0]:
                    worst = (d, (pid, n, ft[n], v))
        rows.append((pid, gold[pid], host, ft))
    if worst[0] > 1e-4:
        print(f"warning: features.py and the library disagree, worst: page {worst[1][0]} "
              f"{worst[1][1]} python {worst[1][2]:.4f} rust {worst[1][3]:.4f}")
    return rows

def design(rows, names):
    X = np.array([[r[3][n] for n in names] for r in rows])
    y = np.array([KINDS.index(r[1]) for r in rows])
    return X, y

def fit(X, y, l2, steps=3000, lr=0.5):
    n, d = X.shape
    k = len(KINDS)
    W = np.zeros((d, k)); b = np.zeros(k)
    Y = np.eye(k)[y]
    mW, vW, mb, vb = [np.zeros_like(W), np.zeros_like(W), np.zeros(k), np.zeros(k)]
    for t in range(1, steps + 1):
        Z = X @ W + b
        Z -= Z.max(1, keepdims=True)
        Pr = np.exp(Z); Pr /= Pr.sum(1, keepdims=True)
        G = Pr - Y
        gW = X.T @ G / n + l2 * W
        gb = G.mean(0)
        # Adam
        mW = 0.9 * mW + 0.1 * gW; vW = 0.999 * vW + 0.001 * gW**2
        mb = 0.9 * mb + 0.1 * gb; vb = 0.999 * vb + 0.001 * gb**2
        a = lr * 0.1 * np.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        W -= a * mW / (np.sqrt(vW) + 1e-8); b -= a * mb / (np.sqrt(vb) + 1e-8)
    return W, b

def article_pr(pred, y):
    a = KINDS.index("article")
    tp = ((pred == a) & (y == a)).sum()
    return tp / max((pred == a).sum(), 1), tp / max((y == a).sum(), 1)

def main():
    rows = load(*sys.argv[1:4])
    l2 = float(next((a.split("=")[1] for a in sys.argv if a.startswith("--l2=")), 0.003))
    X, y = design(rows, FEATURES)
    W, b = fit(X, y, l2)
    pred = (X @ W + b).argmax(1)
    prec, rec = article_pr(pred, y)
    print(f"train: accuracy {(pred == y).mean():.3f}  article precision {prec:.3f} recall {rec:.3f}  "
          f"{len(FEATURES)} features x {len(KINDS)} kinds")
    hosts = np.array([zlib.crc32(r[2].encode()) % 5 for r in rows])
    cvpred = np.zeros_like(y)
    for k in range(5):
        tr, te = hosts != k, hosts == k
        Wk, bk = fit(X[tr], y[tr], l2)
        cvpred[te] = (X[te] @ Wk + bk).argmax(1)
        print(f"  fold {k}: {te.sum()} pages, accuracy {(cvpred[te] == y[te]).mean():.3f}")
    prec, rec = article_pr(cvpred, y)
    print(f"5-fold by host: accuracy {(cvpred == y).mean():.3f}  article precision {prec:.3f} recall {rec:.3f}")
    print("confusion (cv) rows gold, cols predicted:", " ".join(k[:6] for k in KINDS))
    for i, k in enumerate(KINDS):
        print(f"  {k:14}", " ".join(f"{((y == i) & (cvpred == j)).sum():6}" for j in range(len(KINDS))))
    print("bias", " ".join(f"{k}={v:.2f}" for k, v in zip(KINDS, b)))
    for i, n in enumerate(FEATURES):
        print(f"  {n:20}", " ".join(f"{KINDS[j][:4]}={W[i, j]:+.2f}" for j in range(len(KINDS))))
    if "--json" in sys.argv:
        json.dump({"l2": l2, "pages": len(rows), "train_accuracy": float((pred == y).mean()),
                   "cv_accuracy": float((cvpred == y).mean()),
                   "bias": b.tolist(), "weights": W.tolist(), "features": FEATURES},
                  open("/tmp/kind_weights.json", "w"), indent=1)

main()
