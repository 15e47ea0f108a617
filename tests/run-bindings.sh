#!/usr/bin/env bash
# The bindings tests, run by CI after the Rust tests:
#   1. installs what is missing (JNA and, on a bare machine, a JRE and npm from apt;
#      the Kotlin compiler from npm into target/tools),
#   2. builds libhechting and generates the Kotlin, Swift and Python bindings
#      (bindings/generate.sh),
#   3. checks the generated Swift, C header and modulemap export the API
#      (no Swift toolchain here: tests/swift/JourneyTests.swift runs on a Mac),
#   4. runs the Python journey (tests/python/test_journey.py),
#   5. compiles and runs the Kotlin journey on the JVM (tests/kotlin/JourneyTest.kt).
#
#   tests/run-bindings.sh
#
# Needs: cargo, and either the tools above or root (or sudo) with network to the
# Debian and npm registries. Exits non-zero on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
TOOLS="$TARGET_DIR/tools"
BINDINGS="$TARGET_DIR/bindings"
KOTLIN_VERSION="2.4.20"
KOTLIN_HOME="$TOOLS/kotlin-compiler-$KOTLIN_VERSION"
JNA_JAR="/usr/share/java/jna.jar"
case "$(uname -s)" in
  Darwin) LIB="$TARGET_DIR/debug/libhechting.dylib" ;;
  *) LIB="$TARGET_DIR/debug/libhechting.so" ;;
esac

START=$SECONDS
STEP_START=$SECONDS
step() {
  echo "== $1"
  STEP_START=$SECONDS
}
done_step() {
  echo "   done in $((SECONDS - STEP_START))s"
}

# ---- 1. tools ----
step "tools"
missing=()
[ -f "$JNA_JAR" ] || missing+=(libjna-java)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(npm)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "   apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
  echo "   npm pack kotlin-compiler@$KOTLIN_VERSION"
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
done_step

# ---- 2. library and bindings ----
step "build libhechting and generate bindings"
bindings/generate.sh "$BINDINGS" >/dev/null
[ -f "$LIB" ] || { echo "no $LIB" >&2; exit 1; }
done_step

# ---- 3. Swift: the generated files export the API ----
step "swift: generated names"
SWIFT="$BINDINGS/swift/Hechting.swift"
HEADER="$BINDINGS/swift/hechtingFFI.h"
MODULEMAP="$BINDINGS/swift/hechtingFFI.modulemap"
fail=0
expect() { # file, fixed string
  if ! grep -qF -- "$2" "$1"; then
    echo "   missing in $(basename "$1"): $2" >&2
    fail=1
  fi
}
expect "$SWIFT" "import hechtingFFI"
expect "$SWIFT" "open class Core: CoreProtocol"
expect "$SWIFT" "public convenience init(dbPath: String, preferredLocales: [String])throws"
for method in \
  "addChild(input: ChildInput, today: CalendarDate)" \
  "age(childId: String, date: CalendarDate)" \
  "logMoment(childId: String, input: MomentInput)" \
  "updateMoment(id: String, input: MomentInput)" \
  "deleteMoment(id: String)" \
  "restoreMoment(id: String)" \
  "moments(query: MomentQuery)" \
  "daySummaries(childId: String, from: CalendarDate, to: CalendarDate)" \
  "tipForDay(childId: String, date: CalendarDate)" \
  "upcomingTips(childId: String, from: CalendarDate, days: Int32)" \
  "tipFeedback(childId: String, tipId: String, feedback: Feedback)" \
  "tipPreview(ageDays: Int64, bornEarly: Bool)" \
  "setLocales(preferredLocales: [String])" \
  "uiStrings()" \
  "uiString(key: String, args: [String: Arg])" \
  "article(id: String)" \
  "tip(tipId: String)" \
  "openOutcome()" \
  "exportJson()" \
  "importJson(json: String)" \
  "importJsonWithProgress(json: String, progress: ImportProgress)" \
  "backups()" \
  "backupNow()" \
  "restoreBackup(name: String)" \
  "setPairingCode(code: String)" \
  "hasPairingCode()" \
  "shareBundle()" \
  "receiveBundle(bundle: Data)" \
  "interrupt()"; do
  expect "$SWIFT" "open func $method"
done
expect "$SWIFT" "enum HechtingError: Swift.Error"
expect "$SWIFT" "case InvalidInput(field: String, code: ErrorCode"
expect "$SWIFT" "case DatabaseTooNew(found: Int32, supported: Int32"
expect "$SWIFT" "public func errorCode(error: HechtingError) -> ErrorCode"
expect "$SWIFT" "public func errorMessageId(code: ErrorCode) -> String"
expect "$SWIFT" "public typealias CalendarDate = DateComponents"
expect "$SWIFT" "public struct Tip"
expect "$SWIFT" "public var utcOffsetMinutes: Int32"
expect "$SWIFT" "public enum Block"
expect "$SWIFT" "public enum OpenOutcome"
expect "$SWIFT" "public protocol ImportProgress"
expect "$SWIFT" "public struct MomentInput"
expect "$SWIFT" "public var occurredAt: Timestamp"
expect "$SWIFT" "public typealias Timestamp = Date"
expect "$HEADER" "uniffi_hechting_fn_constructor_core_new"
expect "$HEADER" "uniffi_hechting_fn_method_core_tip_for_day"
expect "$MODULEMAP" "module hechtingFFI"
expect "$MODULEMAP" "header \"hechtingFFI.h\""
[ "$fail" = 0 ] || { echo "swift: generated names missing" >&2; exit 1; }
done_step

# ---- 4. Python ----
step "python journey"
python3 tests/python/test_journey.py "$BINDINGS/python" "$LIB"
done_step

# ---- 5. Kotlin on the JVM ----
step "kotlin journey"
KT_BINDINGS="$BINDINGS/kotlin/nl/hechting/hechting.kt"
KT_OUT="$TARGET_DIR/kotlin-test"
stamp="$(cat tests/kotlin/JourneyTest.kt "$KT_BINDINGS" | sha256sum | cut -d' ' -f1)-$KOTLIN_VERSION"
if [ "$(cat "$KT_OUT/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$KT_OUT"
  mkdir -p "$KT_OUT"
  "$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$JNA_JAR" -d "$KT_OUT/classes" \
    tests/kotlin/JourneyTest.kt "$KT_BINDINGS"
  echo "$stamp" >"$KT_OUT/stamp"
  echo "   compiled in $((SECONDS - STEP_START))s"
else
  echo "   unchanged since the last compile"
fi
java -Djna.library.path="$(dirname "$LIB")" \
  -cp "$KT_OUT/classes:$KOTLIN_STDLIB:$JNA_JAR" JourneyTestKt
done_step

echo "== bindings tests passed in $((SECONDS - START))s"
