#!/usr/bin/env bash
# Fuzz newsprint on the stable toolchain with AFL++ through `cargo afl`.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Installs cargo-afl when missing (it builds AFL++ itself; needs a C
# compiler and make), builds the instrumented targets, then runs each target
# for SECONDS_PER_TARGET (default 600) seeded with fuzz/regressions/TARGET.
# PARALLEL=1 runs all targets at once. Results land in fuzz/out/TARGET;
# the summary prints executions, run time, crashes and hangs per target.
# Crashes found belong in fuzz/regressions/TARGET (replayed by
# `cargo test --test hostile`).
set -euo pipefail
cd "$(dirname "$0")"

secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(extract_html extract_bytes extract_text render rules ftr)
fi

if ! cargo afl --version >/dev/null 2>&1; then
    cargo install cargo-afl
fi
# Builds AFL++ once per Rust toolchain; fails harmlessly when already built.
cargo afl config --build >/dev/null 2>&1 || true
cargo afl build --release

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
    AFL_AUTORESUME=1 AFL_NO_AFFINITY=1
mkdir -p out

run_one() {
    local t=$1
    nice cargo afl fuzz -V "$secs" -t 5000 -i "regressions/$t" -o "out/$t" \
        "target/release/$t" >"out/$t.log" 2>&1
}

if [ "${PARALLEL:-0}" = 1 ]; then
    pids=()
    for t in "${targets[@]}"; do
        run_one "$t" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
else
    for t in "${targets[@]}"; do run_one "$t"; done
fi

printf '%-14s %12s %9s %8s %6s %7s\n' target execs seconds execs/s crashes hangs
for t in "${targets[@]}"; do
    s="out/$t/default/fuzzer_stats"
    [ -f "$s" ] || { echo "$t: no stats (see out/$t.log)"; continue; }
    get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$s"; }
    printf '%-14s %12s %9s %8s %6s %7s\n' "$t" "$(get execs_done)" "$(get run_time)" \
        "$(get execs_per_sec)" "$(get saved_crashes)" "$(get saved_hangs)"
done
