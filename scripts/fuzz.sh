#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for a bounded time and says how many inputs
# each one tried. Exits non-zero when a target crashed (the input is left in
# fuzz/artifacts/<target>/; keep it in core/tests/fuzz_regressions/<target>/).
#
#   scripts/fuzz.sh [seconds-per-target]      (default 60)
#
# Environment:
#   FUZZ_TARGETS="import search"   which targets (default: all of `cargo fuzz list`)
#   FUZZ_UPDATE_CORPUS=1           merge what the run found into fuzz/corpus/<target>/
#                                  and minimize it (see minimize below)
#   FUZZ_CORPUS_MAX=200            most files kept per target when minimizing
#
# Without FUZZ_UPDATE_CORPUS the committed corpus is only read: new inputs go to a
# scratch directory that is removed at the end.
#
# Only a stable toolchain is needed: cargo-fuzz passes `-Zsanitizer=address`, which
# RUSTC_BOOTSTRAP=1 lets stable rustc accept. No -Zbuild-std: std is not instrumented.
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
'' | *[!0-9]*)
	echo "usage: $0 [seconds-per-target]" >&2
	exit 2
	;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

export RUSTC_BOOTSTRAP=1
# -a: debug assertions and overflow checks on, so an overflow is a crash too.
build_flags=(-a)

if ! cargo fuzz --version >/dev/null 2>&1; then
	echo "== installing cargo-fuzz"
	cargo install --locked cargo-fuzz
fi

targets="${FUZZ_TARGETS:-$(cargo fuzz list)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/hechting-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== building: $targets"
for t in $targets; do
	cargo fuzz build "${build_flags[@]}" "$t"
done

# Files in a directory, 0 when it does not exist.
count() { if [ -d "$1" ]; then find "$1" -maxdepth 1 -type f | wc -l; else echo 0; fi; }
# The name libFuzzer gives an input: the SHA-1 of its bytes.
sha1() { if command -v sha1sum >/dev/null; then sha1sum "$1"; else shasum -a 1 "$1"; fi | cut -d' ' -f1; }

# Merges the run's finds into fuzz/corpus/<target>/ and minimizes it. Hand-written
# seeds (any name that is not a 40-hex-digit hash) are kept as they are; of the
# generated inputs, libFuzzer keeps a set cover of the edges the seeds miss
# (-set_cover_merge, what `cargo fuzz cmin` does with -merge, minus the renaming of
# the seeds). Past FUZZ_CORPUS_MAX files (default 200), a greedy cover from
# libFuzzer's merge control file keeps the inputs that add the most.
minimize() {
	local t="$1" dir="fuzz/corpus/$1" seeds="$work/seeds/$1" out="$work/min/$1"
	local ctl="$work/$1.merge.ctl" max="${FUZZ_CORPUS_MAX:-200}" f n size
	mkdir -p "$seeds" "$out"
	for f in "$dir"/*; do
		[ -f "$f" ] || continue
		[[ "${f##*/}" =~ ^[0-9a-f]{40}$ ]] || cp "$f" "$seeds/"
	done
	cp -r "$seeds"/. "$out/"
	cargo fuzz run "${build_flags[@]}" "$t" "$out" "$dir" "$work/new/$t" -- \
		-set_cover_merge=1 -use_counters=0 -merge_control_file="$ctl" \
		>"$work/$t.merge.log" 2>&1 || {
		tail -n 20 "$work/$t.merge.log"
		return 1
	}
	if [ "$(count "$out")" -gt "$max" ] && command -v python3 >/dev/null; then
		rm -rf "$out" && cp -r "$seeds" "$out"
		python3 - "$ctl" "$((max - $(count "$seeds")))" >"$work/$t.keep" <<'PY'
import sys

lines = open(sys.argv[1], errors="replace").read().split("\n")
files, first = int(lines[0]), int(lines[1])
paths = lines[2 : 2 + files]
features, sizes = {}, {}
for line in lines[2 + files :]:
    part = line.split()
    if part[:1] == ["STARTED"]:
        sizes[int(part[1])] = int(part[2])
    elif part[:1] == ["FT"]:
        features[int(part[1])] = set(map(int, part[2:]))
covered = set().union(*(features.get(i, set()) for i in range(first)))
gain = {i: f - covered for i, f in features.items() if i >= first}
keep = []
while len(keep) < int(sys.argv[2]) and gain:
    best = max(gain, key=lambda i: (len(gain[i]), -sizes.get(i, 0)))
    new = gain.pop(best)
    if not new:
        break
    keep.append(paths[best])
    for i in gain:
        gain[i] -= new
print("\n".join(keep))
PY
		while read -r f; do
			[ -n "$f" ] && cp "$f" "$out/$(sha1 "$f")"
		done <"$work/$t.keep"
	fi
	find "$dir" -maxdepth 1 -type f -delete
	cp "$out"/* "$dir/"
	n="$(count "$dir")"
	size="$(cat "$dir"/* | wc -c)"
	echo "   corpus $dir: $n files, $((size / 1024)) KiB"
}

failed=0
summary=""
for t in $targets; do
	mkdir -p "$work/new/$t" "fuzz/corpus/$t"
	before="$(count "fuzz/artifacts/$t")"
	log="$work/$t.log"
	echo "== $t: ${seconds}s"
	# New finds go to the scratch dir (first); the committed corpus is only read.
	set +e
	cargo fuzz run "${build_flags[@]}" "$t" "$work/new/$t" "fuzz/corpus/$t" -- \
		-max_total_time="$seconds" -timeout=10 -print_final_stats=1 >"$log" 2>&1
	rc=$?
	set -e
	tail -n 5 "$log"
	execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
	if [ -z "$execs" ]; then
		execs="$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)"
	fi
	after="$(count "fuzz/artifacts/$t")"
	status=ok
	if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
		status="CRASH (exit $rc)"
		failed=1
		{
			grep -E -A1 '^(thread .* panicked|==[0-9]+==ERROR)' "$log" | head -n 20
			grep -E '^(SUMMARY|artifact_prefix)' "$log"
		} || true
		cp "$log" "fuzz/artifacts/$t.log" 2>/dev/null || true
	fi
	found="$(count "$work/new/$t")"
	summary+="$(printf '%-8s %12s executions  %5s new inputs  %s' "$t" "${execs:-?}" "$found" "$status")"$'\n'
	if [ "${FUZZ_UPDATE_CORPUS:-0}" = 1 ] && [ "$status" = ok ]; then
		minimize "$t"
	fi
done

echo "== summary (${seconds}s per target)"
printf '%s' "$summary"
exit "$failed"
