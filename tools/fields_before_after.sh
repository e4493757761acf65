#!/usr/bin/env bash
# Caption / credit / standfirst / tags on our own annotated pages
# (tests/fixtures/fields), before and after: builds the `newsprint` CLI at
# two git revisions, runs each on the fixture directory, and scores both
# outputs with today's scorer (the ignored test `score_cli_output` in
# tests/fields.rs, so both sides are judged by the same rules).
#
# Usage: tools/fields_before_after.sh [OLD_REV [NEW_REV]]
#   OLD_REV  default 46e6b6b^ (the commit before issue 19's work began)
#   NEW_REV  default: the working tree as it is (not a commit)
#
# The old revision is checked out with `git worktree add` under /tmp and
# built with its own target directory (kept in /tmp/newsprint-fields-target
# so that a second run is incremental). If the old CLI lacks a flag it is
# run without it; a field its JSON does not have counts as wrong.
# Prints one line per field: right before, right after, pages scored.
set -euo pipefail

old_rev=${1:-46e6b6b^}
new_rev=${2:-}
root=$(git rev-parse --show-toplevel)
cd "$root"
fixtures="$root/tests/fixtures/fields"
work=$(mktemp -d /tmp/newsprint-fields.XXXXXX)
old_target=${NEWSPRINT_FIELDS_TARGET:-/tmp/newsprint-fields-target}
worktrees=()

cleanup() {
    for wt in "${worktrees[@]}"; do
        git -C "$root" worktree remove --force "$wt" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# build REV OUT_BIN_VAR: builds the CLI at REV (empty = working tree) and
# prints the path of its binary.
build() {
    local rev=$1 dir target
    if [[ -z $rev ]]; then
        dir=$root
        target=${CARGO_TARGET_DIR:-$root/target}
    else
        dir="$work/wt-$(git rev-parse --short "$rev")"
        git worktree add --quiet --detach "$dir" "$rev" >&2
        worktrees+=("$dir")
        target=$old_target
    fi
    (cd "$dir" && CARGO_TARGET_DIR=$target cargo build --quiet --release -p newsprint-cli >&2)
    echo "$target/release/newsprint"
}

# run BIN OUT: JSON Lines for every fixture, flags the old tool may lack
# dropped on a usage error (exit status 2).
run() {
    local bin=$1 out=$2 status=0
    "$bin" --quiet --best-effort "$fixtures" >"$out" 2>"$out.err" || status=$?
    if [[ $status -eq 2 ]]; then
        status=0
        "$bin" "$fixtures" >"$out" 2>"$out.err" || status=$?
    fi
    if [[ $status -gt 1 ]]; then
        echo "warning: $bin exited with $status: $(head -c 300 "$out.err")" >&2
    fi
}

# score JSONL: "field right total" lines from the shared scorer.
score() {
    NEWSPRINT_FIELDS_JSONL=$1 cargo test --quiet --release --test fields -- \
        --ignored --nocapture score_cli_output 2>/dev/null |
        awk '$1 == "FIELDS" { print $2, $3, $4 }'
}

echo "building $old_rev ..." >&2
old_bin=$(build "$old_rev")
echo "building ${new_rev:-working tree} ..." >&2
new_bin=$(build "$new_rev")
run "$old_bin" "$work/old.jsonl"
run "$new_bin" "$work/new.jsonl"
score "$work/old.jsonl" >"$work/old.scores"
score "$work/new.jsonl" >"$work/new.scores"

printf '%-16s %7s %7s %6s\n' field before after total
join <(sort "$work/old.scores") <(sort "$work/new.scores") |
    awk '{ printf "%-16s %7d %7d %6d\n", $1, $2, $4, $3 }' |
    sort -k1,1
