#!/usr/bin/env bash
# A regression guard noise cannot fool: the CPU instructions of five key operations
# (core/examples/instructions.rs) counted by valgrind's callgrind, compared with the
# committed baseline core/benches/instructions.txt. Fails when an operation takes more
# than 15% more instructions than its baseline. Counts are of the debug build the
# smoke run uses, on this toolchain and this catalog (the preview grows with the tips);
# a deliberate change, or a grown catalog, refreshes the baseline:
#
#   scripts/instructions.sh            compare (run by scripts/bench.sh --smoke)
#   scripts/instructions.sh --update   write the counts of this build as the baseline
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}
baseline=core/benches/instructions.txt
limit_pct=15

if ! command -v valgrind >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq valgrind >/dev/null
    else
        sudo apt-get install -y -qq valgrind >/dev/null
    fi
fi

cargo build -q -p hechting-core --example instructions
bin="$target/debug/examples/instructions"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A counts
for op in op_log_moment op_newest_page op_search op_tip_for_today op_preview_60_days; do
    out="$work/callgrind.$op"
    valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
        "--toggle-collect=*instructions::$op" "$bin" "$work" >/dev/null 2>"$work/log.$op"
    # "summary:" (or "totals:") holds the instructions of the toggled function only.
    n=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
    [ -n "$n" ] || { echo "instructions: no count for $op" >&2; cat "$work/log.$op" >&2; exit 1; }
    counts[$op]=$n
done

if [ "${1:-}" = "--update" ]; then
    {
        echo "# Instructions of core/examples/instructions.rs per operation (debug build,"
        echo "# valgrind callgrind), written by scripts/instructions.sh --update."
        for op in "${!counts[@]}"; do echo "$op ${counts[$op]}"; done | sort
    } >"$baseline"
    echo "instructions: baseline written to $baseline"
    cat "$baseline"
    exit 0
fi

echo "| operation | baseline | now | change | limit |"
echo "|---|---:|---:|---:|---:|"
fail=0
for op in $(printf '%s\n' "${!counts[@]}" | sort); do
    base=$(awk -v op="$op" '$1 == op {print $2}' "$baseline" 2>/dev/null || true)
    now=${counts[$op]}
    if [ -z "$base" ]; then
        echo "| $op | — | $now | — | +$limit_pct% |"
        continue
    fi
    change=$(awk -v a="$now" -v b="$base" 'BEGIN { printf "%+.1f%%", (a - b) * 100 / b }')
    over=$(awk -v a="$now" -v b="$base" -v l="$limit_pct" 'BEGIN { print (a > b * (1 + l / 100)) ? 1 : 0 }')
    mark=""
    if [ "$over" = 1 ]; then mark=" **over**"; fail=1; fi
    echo "| $op | $base | $now | $change$mark | +$limit_pct% |"
done
if [ "$fail" = 1 ]; then
    echo "instructions: an operation takes more than $limit_pct% more instructions than its baseline" >&2
    exit 1
fi
