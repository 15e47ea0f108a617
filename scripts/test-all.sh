#!/usr/bin/env bash
# Runs every test of hechting: formatting and clippy, the Rust tests (core, bindings, CLI), the content and
# translation checks, the Kotlin, Python and Swift binding checks, and the benchmark
# smoke run. Installs what it needs on a fresh Debian machine (apt, npm, pip).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n== %s\n' "$*"; }

step "Format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "Rust tests"
cargo test --workspace --no-fail-fast

step "Content originality"
if [ -x ../shared/tools/originality ]; then
    ../shared/tools/originality
else
    echo "../shared/tools/originality not found: skipped (CI has it)" >&2
fi

step "Fluent: compare-locales and moz-fluent-lint"
if ! command -v compare-locales >/dev/null || ! command -v moz-fluent-lint >/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check compare-locales moz-fluent-linter
fi
report=$(mktemp)
compare-locales --json "$report" i18n/l10n.toml i18n en de tr ar ary >/dev/null
python3 - "$report" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))[0]["summary"]
bad = {loc: s for loc, s in summary.items() if s.get("missing") or s.get("errors") or s.get("obsolete")}
for loc, s in sorted(summary.items()):
    print(f"{loc}: missing {s.get('missing', 0)}, errors {s.get('errors', 0)}, obsolete {s.get('obsolete', 0)}")
sys.exit(1 if bad else 0)
PY
rm -f "$report"
for locale in nl en de tr ar ary; do
    moz-fluent-lint "i18n/$locale"
done

step "Bindings: Kotlin, Python, Swift"
bash tests/run-bindings.sh

step "On a phone's CPU: arm64 and armv7 builds, tests under qemu-user"
bash scripts/cross-arm64.sh

step "Benchmarks (smoke run, no timing assertions)"
bash scripts/bench.sh --smoke

printf '\nAll tests passed.\n'
