#!/bin/sh
# Build and run the peer speed comparison.
#
#   benches/peers/run.sh                      # both shared corpora, 5 rounds
#   benches/peers/run.sh --rounds 3 DIR...    # your own pages
#
# Builds with `nice -j1` so other work keeps the CPU.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
nice cargo build --release -j1 --quiet
bin="$here/target/release/newsprint-peers"
# With no page arguments, run over the shared corpora when present.
has_path=no
for a in "$@"; do
    case "$a" in -*) ;; *) [ -e "$a" ] && has_path=yes ;; esac
done
if [ "$has_path" = yes ]; then
    exec nice "$bin" "$@"
fi
shared="$here/../../../shared/corpus"
status=0
for corpus in readability trafilatura-dev; do
    if [ -d "$shared/$corpus" ]; then
        echo "## $corpus"
        nice "$bin" "$@" "$shared/$corpus" || status=$?
    else
        echo "skipping $corpus: $shared/$corpus not found" >&2
    fi
done
exit $status
