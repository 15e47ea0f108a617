#!/usr/bin/env bash
# Builds the Android library module bindings/android/hechting/:
#   src/main/jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libhechting.so   (release, stripped)
#   src/main/kotlin/nl/hechting/hechting.kt                           (generated bindings)
# An app includes the module (see bindings/README.md) or builds an AAR from it with
# `./gradlew :hechting:assembleRelease`.
#
#   bindings/android/build.sh
#
# Prerequisites (a developer's machine, Linux or macOS):
#   - Rust (rustup) with the Android targets:
#       rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#   - cargo-ndk 3 or later:  cargo install cargo-ndk
#   - the Android NDK (r26 or later), e.g. from Android Studio's SDK manager; cargo-ndk
#     finds the newest one in Android Studio's default location, or set ANDROID_NDK_HOME
#   - for the bindings: a host build of the library (bindings/generate.sh does it)
#
# Environment: ANDROID_API (default 24) is the minSdk the libraries are built for; it
# must not be above the app's minSdk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
MODULE="$ROOT/bindings/android/hechting"
API="${ANDROID_API:-24}"

command -v cargo-ndk >/dev/null || { echo "cargo-ndk missing: cargo install cargo-ndk" >&2; exit 1; }

# 1. The bindings, from an unstripped host library (strip would remove the metadata
#    uniffi-bindgen reads).
bindings/generate.sh "$TARGET_DIR/bindings"
rm -rf "$MODULE/src/main/kotlin"
mkdir -p "$MODULE/src/main/kotlin/nl/hechting"
cp "$TARGET_DIR/bindings/kotlin/nl/hechting/hechting.kt" "$MODULE/src/main/kotlin/nl/hechting/"

# 2. The libraries: release profile of the workspace (size first, panics unwind into
#    exceptions), stripped for shipping. cargo-ndk copies each into jniLibs/<abi>/.
rm -rf "$MODULE/src/main/jniLibs"
CARGO_PROFILE_RELEASE_STRIP=true cargo ndk \
  --platform "$API" \
  -t arm64-v8a -t armeabi-v7a -t x86_64 \
  -o "$MODULE/src/main/jniLibs" \
  build --release -p hechting --lib

for abi in arm64-v8a armeabi-v7a x86_64; do
  so="$MODULE/src/main/jniLibs/$abi/libhechting.so"
  [ -f "$so" ] || { echo "missing $so" >&2; exit 1; }
  echo "$abi: $(wc -c <"$so") bytes"
done
echo "Android module ready: $MODULE"
