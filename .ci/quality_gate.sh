#!/usr/bin/env bash
# Quality gate: evaluate newsprint on every corpus under ../shared/corpus (when
# that directory exists) and fail when a metric drops below its floor in
# quality/floors.json. The JSON summary is kept in target/quality-summary.json.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus_root=../shared/corpus
if [ ! -d "$corpus_root" ]; then
    echo "quality gate: $corpus_root not found, skipped"
    exit 0
fi

dirs=()
for d in "$corpus_root"/*/; do
    d=${d%/}
    if [ -f "$d/evaldata.json" ] || [ -f "$d/ground-truth.json" ] || compgen -G "$d/*/source.html" >/dev/null; then
        dirs+=("$d")
    else
        echo "quality gate: $d has no known corpus layout, skipped"
    fi
done
if [ ${#dirs[@]} -eq 0 ]; then
    echo "quality gate: no corpus found, skipped"
    exit 0
fi

mkdir -p target
cargo build --release --example evaluate
summary=target/quality-summary.json
cargo run --quiet --release --example evaluate -- --json --worst 20 "${dirs[@]}" >"$summary"
cargo run --quiet --release --example evaluate -- --check "$summary" --floors quality/floors.json
