#!/usr/bin/env bash
# The FFI cost from the app's side: times calls through the generated Kotlin bindings on
# the JVM (JNA) against the RELEASE libhechting, and prints a Markdown table on stdout.
#
#   scripts/ffi-bench.sh             on a private copy of the 100,000-moment fixture
#   scripts/ffi-bench.sh --quick     few samples (a check that it runs, not a benchmark)
#   scripts/ffi-bench.sh --strict    exit 1 when a target is missed (the trivial call
#                                    ≤ 5 µs, the home screen in one call ≤ 150 µs)
#   scripts/ffi-bench.sh --probe     instead of the table: where the µs of a trivial call
#                                    go, each piece of the generated call path timed alone
#
# How it times (warm-up, bursts of 100 single-timed calls, JNA's cleanup settled before
# every burst, the JVM's default GC): see the head of tests/kotlin/FfiBench.kt; the
# notes under the table say it again, with the machine's load.
#
# Steps: builds target/release/libhechting.so (cargo build --release -p hechting),
# generates the Kotlin bindings from it into target/bindings-release/kotlin, compiles
# tests/kotlin/FfiBench.kt with the kotlinc of tests/run-bindings.sh (installed into
# target/tools on first use, like there) and runs it with -Djna.library.path=target/release.
#
# The journal is a copy of target/bench-data/journal-100000-*.sqlite (made by
# scripts/bench.sh) in a temporary directory, deleted afterwards; the fixture itself is
# never opened. Without the fixture, FfiBench creates a journal of 5,000 moments through
# the API. scripts/bench.sh (full run) runs this script after the Rust suite.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
TOOLS="$TARGET_DIR/tools"
KOTLIN_VERSION="2.4.20" # as tests/run-bindings.sh
KOTLIN_HOME="$TOOLS/kotlin-compiler-$KOTLIN_VERSION"
JNA_JAR="/usr/share/java/jna.jar"
case "$(uname -s)" in
  Darwin) LIB="$TARGET_DIR/release/libhechting.dylib" ;;
  *) LIB="$TARGET_DIR/release/libhechting.so" ;;
esac
BINDINGS="$TARGET_DIR/bindings-release"
OUT="$TARGET_DIR/kotlin-ffi-bench"

bench_args=()
for arg in "$@"; do
  case $arg in
    --quick | --strict | --probe) bench_args+=("$arg") ;;
    *) echo "ffi-bench.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

# ---- tools (the same as tests/run-bindings.sh) ----
missing=()
[ -f "$JNA_JAR" ] || missing+=(libjna-java)
command -v java >/dev/null || missing+=(default-jre-headless)
[ -x "$KOTLIN_HOME/bin/kotlinc" ] || command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "ffi-bench.sh: apt-get install ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
  echo "ffi-bench.sh: npm pack kotlin-compiler@$KOTLIN_VERSION" >&2
  mkdir -p "$TOOLS"
  tmp="$(mktemp -d "$TOOLS/.kotlin.XXXXXX")"
  (cd "$tmp" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null)
  tar -xzf "$tmp/kotlin-compiler-$KOTLIN_VERSION.tgz" -C "$tmp"
  chmod +x "$tmp"/package/bin/*
  rm -rf "$KOTLIN_HOME"
  mv "$tmp/package" "$KOTLIN_HOME"
  rm -rf "$tmp"
fi
KOTLIN_STDLIB="$KOTLIN_HOME/lib/kotlin-stdlib.jar"
[ -f "$KOTLIN_STDLIB" ] || { echo "no $KOTLIN_STDLIB" >&2; exit 1; }

# ---- release library and its Kotlin bindings ----
# Unstripped (the release profile does not strip): uniffi-bindgen reads the metadata the
# library carries.
cargo build -q --release -p hechting --lib >&2
[ -f "$LIB" ] || { echo "no $LIB" >&2; exit 1; }
cargo build -q -p hechting-uniffi-bindgen --bin uniffi-bindgen >&2
rm -rf "$BINDINGS/kotlin"
cargo run -q -p hechting-uniffi-bindgen --bin uniffi-bindgen -- \
  generate --library "$LIB" --language kotlin --out-dir "$BINDINGS/kotlin" --no-format >/dev/null
KT_BINDINGS="$BINDINGS/kotlin/nl/hechting/hechting.kt"
[ -f "$KT_BINDINGS" ] || { echo "no $KT_BINDINGS" >&2; exit 1; }

# ---- compile (skipped when neither the bench nor the bindings changed) ----
stamp="$(cat tests/kotlin/FfiBench.kt "$KT_BINDINGS" | sha256sum | cut -d' ' -f1)-$KOTLIN_VERSION"
if [ "$(cat "$OUT/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT"
  "$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$JNA_JAR" -d "$OUT/classes" \
    tests/kotlin/FfiBench.kt "$KT_BINDINGS" >&2
  echo "$stamp" >"$OUT/stamp"
fi

# ---- a private copy of the fixture ----
work="$(mktemp -d "${TMPDIR:-/tmp}/hechting-ffi-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The newest schema's fixture when several are left (an older one would be migrated on open).
fixture="$(ls -v "$TARGET_DIR"/bench-data/journal-100000-*.sqlite 2>/dev/null | tail -n 1 || true)"
if [ -n "$fixture" ]; then
  cp "$fixture" "$work/journal.sqlite"
  date_arg="2025-06-30" # the fixture's "today" (core/benches/suite/fixture.rs)
else
  echo "ffi-bench.sh: no 100,000-moment fixture (run scripts/bench.sh once); FfiBench creates 5,000 moments" >&2
  date_arg="$(date +%F)"
fi

java -Djna.library.path="$(dirname "$LIB")" \
  -cp "$OUT/classes:$KOTLIN_STDLIB:$JNA_JAR" FfiBenchKt \
  "$work/journal.sqlite" "$date_arg" de-DE ${bench_args[@]+"${bench_args[@]}"}
