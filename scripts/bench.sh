#!/usr/bin/env bash
# The benchmark suite in one command: builds what it needs, runs every operation beside
# its raw-SQLite baseline, and prints one table (Markdown) on stdout.
#
#   scripts/bench.sh             full run: 1,000 / 100,000 / 1,000,000 moments, then
#                                the FFI cost through Kotlin/JNA (scripts/ffi-bench.sh)
#   scripts/bench.sh --smoke     CI: 1,000 moments, few samples, no timing assertions;
#                                before it, the instruction-count guard (scripts/instructions.sh)
#   scripts/bench.sh --strict    full run, exit 1 when a target is missed
#
# HECHTING_BENCH_SMOKE=1 is the same as --smoke. HECHTING_BENCH_SIZES=1000,100000 and
# HECHTING_BENCH_ONLY=journal,tips,ui,io,cold,footprint narrow a run (see
# core/benches/suite/main.rs); HECHTING_BENCH_FFI=0 skips the FFI part. Fixtures are
# generated once into target/bench-data/.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}

smoke=0
args=()
for arg in "$@"; do
    case $arg in
        --smoke) smoke=1 ;;
        *) args+=("$arg") ;;
    esac
done
if [[ ${HECHTING_BENCH_SMOKE:-0} != 0 ]]; then smoke=1; fi

echo "## Machine"
echo
echo '```'
lscpu | head -n 15 || true
uname -a
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
rustc --version
date -u '+%Y-%m-%d %H:%M UTC'
echo '```'
echo

if [[ $smoke == 1 ]]; then
    # Debug builds: what CI has compiled already; sizes and memory are not meaningful.
    cargo build -q -p hechting-core --example home_screen >&2
    export HECHTING_BENCH_HOME="$target/debug/examples/home_screen"
    unset HECHTING_BENCH_LIB HECHTING_BENCH_CLI
    echo "## Instructions of five key operations against the committed baseline"
    echo
    bash scripts/instructions.sh
    echo
    echo "## Smoke run (debug build: numbers are not benchmarks)"
    echo
    exec cargo bench -q --profile dev -p hechting-core --bench suite -- --smoke ${args[@]+"${args[@]}"}
fi

# Release builds: the profile that ships (opt-level s, LTO).
cargo build -q --release -p hechting-core --example home_screen >&2
export HECHTING_BENCH_HOME="$target/release/examples/home_screen"

# The FFI library and the CLI are written alongside; a build failure leaves their rows
# "not measured" instead of stopping the run.
if cargo build -q --release -p hechting --lib >&2; then
    export HECHTING_BENCH_LIB="$target/release/libhechting.so"
else
    echo "bench.sh: the FFI crate (bindings/ffi) does not build; library size not measured" >&2
    unset HECHTING_BENCH_LIB
fi
if cargo build -q --release -p hechting-cli --bin hechting >&2; then
    export HECHTING_BENCH_CLI="$target/release/hechting"
else
    echo "bench.sh: the CLI (bindings/cli) does not build; its memory not measured" >&2
    unset HECHTING_BENCH_CLI
fi

echo "## Results"
echo
status=0
cargo bench -q -p hechting-core --bench suite -- ${args[@]+"${args[@]}"} || status=$?

# The FFI cost through the Kotlin bindings on the JVM (scripts/ffi-bench.sh). It needs a
# JRE, JNA and kotlinc (installed like tests/run-bindings.sh does); when those cannot be
# had, the section says "not measured" and the suite's result stands.
# HECHTING_BENCH_FFI=0 leaves it out.
if [[ ${HECHTING_BENCH_FFI:-1} != 0 ]]; then
    ffi_args=()
    for arg in "${args[@]+"${args[@]}"}"; do
        if [[ $arg == --strict ]]; then ffi_args+=(--strict); fi
    done
    echo
    echo "## FFI cost (JVM + JNA)"
    echo
    ffi_status=0
    scripts/ffi-bench.sh ${ffi_args[@]+"${ffi_args[@]}"} || ffi_status=$?
    if [[ $ffi_status != 0 ]]; then
        echo "bench.sh: scripts/ffi-bench.sh exited with $ffi_status" >&2
        echo
        echo "FFI cost not measured or target missed: scripts/ffi-bench.sh exited with $ffi_status (see stderr)."
        if [[ ${#ffi_args[@]} -gt 0 && $status == 0 ]]; then status=$ffi_status; fi
    fi
fi
exit "$status"
