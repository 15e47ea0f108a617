#!/usr/bin/env bash
# Builds libhechting (debug, unstripped: the bindings are read from the metadata the
# library carries, which `strip` would remove) and generates the Kotlin, Swift and
# Python bindings into target/bindings/{kotlin,swift,python} (or $1/{...}).
#
#   bindings/generate.sh [OUT_DIR]
#
# Needs: cargo. Runs on Linux and macOS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
OUT="${1:-$TARGET_DIR/bindings}"

case "$(uname -s)" in
  Darwin) LIB="$TARGET_DIR/debug/libhechting.dylib" ;;
  *) LIB="$TARGET_DIR/debug/libhechting.so" ;;
esac

cargo build --quiet -p hechting --lib
cargo build --quiet -p hechting-uniffi-bindgen --bin uniffi-bindgen

for lang in kotlin swift python; do
  rm -rf "${OUT:?}/$lang"
  cargo run --quiet -p hechting-uniffi-bindgen --bin uniffi-bindgen -- \
    generate --library "$LIB" --language "$lang" --out-dir "$OUT/$lang" --no-format >/dev/null
done

echo "bindings from $LIB:"
find "$OUT/kotlin" "$OUT/swift" "$OUT/python" -type f | sort | sed 's/^/  /'
