#!/usr/bin/env bash
# Quality gate: evaluate newsprint on every corpus under ../shared/corpus (when
# that directory exists) with the evaluation tool (tools/evaluate, package
# newsprint-evaluate), and fail when a metric drops below its floor or a lost
# page count rises above its ceiling in quality/floors.json. WCXB corpora are
# evaluated twice: from their HTML pages and from their text dumps
# (`--text`, reported as <name>-text). The JSON summary is kept in
# target/quality-summary.json. Needs only the Rust toolchain (no python).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus_root=../shared/corpus
if [ ! -d "$corpus_root" ]; then
    echo "quality gate: $corpus_root not found, skipped"
    exit 0
fi

args=()
for d in "$corpus_root"/*/; do
    d=${d%/}
    if [ -f "$d/evaldata.json" ] || [ -f "$d/ground-truth.json" ] || compgen -G "$d/*/source.html" >/dev/null; then
        args+=("$d")
    elif [ -f "$d/pages.tsv" ] && [ -d "$d/ground-truth" ]; then
        args+=("$d")
        if [ -d "$d/text" ]; then
            args+=(--text "$d")
        fi
    else
        echo "quality gate: $d has no known corpus layout, skipped"
    fi
done
if [ ${#args[@]} -eq 0 ]; then
    echo "quality gate: no corpus found, skipped"
    exit 0
fi

mkdir -p target
cargo build --release -p newsprint-evaluate
summary=target/quality-summary.json
cargo run --quiet --release -p newsprint-evaluate -- --json --worst 20 "${args[@]}" >"$summary"
cargo run --quiet --release -p newsprint-evaluate -- --check "$summary" --floors quality/floors.json
