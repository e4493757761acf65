"""Fits the page-kind weights (src/tuning/kind.rs) on a signal dump.

    NEWSPRINT_KIND_SIGNALS=1 newsprint -l LIST --best-effort -j 1 2> signals.jsonl
    python3 tools/kinds/fit.py signals.jsonl LIST pages.tsv

A multinomial logistic regression in which each feature may speak only
for the kinds listed in MASK (so the model stays a few dozen weights),
L2-regularised, fitted by gradient descent. Prints the training accuracy,
5-fold cross-validated accuracy with folds grouped by host (no site in
both train and test), and the weights. Needs numpy.
"""
import json, sys, zlib
from urllib.parse import urlsplit
import numpy as np
sys.path.insert(0, __import__("os").path.dirname(__file__))
from features import features, KINDS

A, F, P, C, L, D, S = "article", "forum", "product", "collection", "listing", "documentation", "service"
MASK = {
    "decl_article": [A], "og_article": [A],
    "decl_forum": [F], "decl_product": [P], "decl_product_group": [C],
    "decl_list": [C, L], "decl_docs": [D], "decl_service": [S],
    "dated": [A], "dated_visibly": [A], "authored": [A],
    "home": [S, L], "dated_path": [A], "slug": [A], "story_path": [A],
    "section_front": [L], "service_path": [S], "listing_path": [L],
    "forum_path": [F], "product_path": [P], "collection_path": [C], "docs_path": [D],
    "prose": [A, D], "prose_share": [A], "heading_density": [S, D],
    "code": [D], "teasers": [L],
    "list_body": [L, C], "posts": [F], "thread": [F], "cart": [P],
    "some_prices": [P], "many_prices": [C], "forms": [S], "cards": [L],
    "times": [L], "link_share": [L, C], "body_share": [A, D],
    "list_share": [S],
    "title_words": [A], "body_links": [L, C],
    "we": [S, A], "you": [S, A], "heading_links": [L, C],
}

def load(sig_path, list_path, tsv_path):
    gold, url = {}, {}
    for l in open(tsv_path):
        p = l.rstrip("\n").split("\t"); gold[p[0]] = p[1]
    lst = [l.rstrip("\n").split("\t") for l in open(list_path)]
    sig = [json.loads(l) for l in open(sig_path) if l.startswith("{")]
    assert len(lst) == len(sig), (len(lst), len(sig))
    rows = []
    for (f, u), s in zip(lst, sig):
        pid = f.split("/")[-1][:4]
        host = (urlsplit(u).hostname or "").removeprefix("www.")
        rows.append((pid, gold[pid], host, features(s)))
    return rows

def design(rows, names):
    X = np.array([[r[3][n] for n in names] for r in rows])
    y = np.array([KINDS.index(r[1]) for r in rows])
    return X, y

def fit(X, y, mask, l2=0.01, steps=3000, lr=0.5):
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
        gW *= mask
        # Adam
        mW = 0.9 * mW + 0.1 * gW; vW = 0.999 * vW + 0.001 * gW**2
        mb = 0.9 * mb + 0.1 * gb; vb = 0.999 * vb + 0.001 * gb**2
        a = lr * 0.1 * np.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        W -= a * mW / (np.sqrt(vW) + 1e-8); b -= a * mb / (np.sqrt(vb) + 1e-8)
        W *= mask
    return W, b

def metrics(X, y, W, b):
    pred = (X @ W + b).argmax(1)
    acc = (pred == y).mean()
    a = KINDS.index("article")
    tp = ((pred == a) & (y == a)).sum()
    prec = tp / max((pred == a).sum(), 1); rec = tp / max((y == a).sum(), 1)
    return acc, prec, rec, pred

def main():
    rows = load(*sys.argv[1:4])
    dense = "--dense" in sys.argv
    l2 = float(next((a.split("=")[1] for a in sys.argv if a.startswith("--l2=")), 0.0003))
    names = list(MASK)
    mask = np.array([[1.0 if dense or k in MASK[n] else 0.0 for k in KINDS] for n in names])
    X, y = design(rows, names)
    W, b = fit(X, y, mask, l2)
    acc, prec, rec, pred = metrics(X, y, W, b)
    print(f"train: accuracy {acc:.3f}  article precision {prec:.3f} recall {rec:.3f}  weights {int(mask.sum())}+{len(KINDS)}")
    hosts = np.array([zlib.crc32(r[2].encode()) % 5 for r in rows])
    cvpred = np.zeros_like(y)
    for k in range(5):
        tr, te = hosts != k, hosts == k
        Wk, bk = fit(X[tr], y[tr], mask, l2)
        cvpred[te] = (X[te] @ Wk + bk).argmax(1)
        print(f"  fold {k}: {te.sum()} pages, accuracy {(cvpred[te] == y[te]).mean():.3f}")
    a = KINDS.index("article")
    tp = ((cvpred == a) & (y == a)).sum()
    print(f"5-fold by host: accuracy {(cvpred == y).mean():.3f}  article precision {tp / max((cvpred == a).sum(), 1):.3f} recall {tp / (y == a).sum():.3f}")
    print("confusion (cv) rows gold, cols predicted:", " ".join(k[:6] for k in KINDS))
    for i, k in enumerate(KINDS):
        print(f"  {k:14}", " ".join(f"{((y == i) & (cvpred == j)).sum():6}" for j in range(len(KINDS))))
    print("bias", " ".join(f"{k}={v:.2f}" for k, v in zip(KINDS, b)))
    for i, n in enumerate(names):
        print(f"  {n:20}", " ".join(f"{KINDS[j]}={W[i, j]:+.2f}" for j in range(len(KINDS)) if mask[i, j]))
    if "--json" in sys.argv:
        json.dump({"bias": dict(zip(KINDS, b.tolist())), "weights": {n: {KINDS[j]: W[i, j] for j in range(len(KINDS)) if mask[i, j]} for i, n in enumerate(names)}}, open("/tmp/kind_weights.json", "w"), indent=1)

main()
