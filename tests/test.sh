#!/usr/bin/env bash
# Runs every test of Event Stream Console:
#   1. the .NET suites (client unit tests, client <-> emulator integration, components and composition root),
#   2. the conformance suite: the official AWS SDK for JavaScript v3 against the standalone emulator.
# Ends with one line "N passed, N failed, N skipped" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
configuration=${CONFIGURATION:-Debug}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

passed=0 failed=0 skipped=0 broken=0

echo "== Building ($configuration)"
if ! dotnet build EventStreamConsole.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

echo "== .NET tests"
dotnet test --solution EventStreamConsole.sln -c "$configuration" --no-build 2>&1 | tee "$logs/dotnet.log"
dotnet_status=${PIPESTATUS[0]}
# The closing summary of 'dotnet test' on Microsoft.Testing.Platform: "total: N", "failed: N", "succeeded: N", "skipped: N".
summary=$(sed -n '/^Test run summary/,$p' "$logs/dotnet.log")
count() { echo "$summary" | sed -n "s/^ *$1: *\([0-9][0-9]*\).*/\1/p" | tail -1; }
total=$(count total)
if [ -z "$total" ]; then
  echo "The .NET test run printed no summary (exit code $dotnet_status)."
  broken=1
else
  passed=$((passed + $(count succeeded)))
  failed=$((failed + $(count failed)))
  skipped=$((skipped + $(count skipped)))
  if [ "$dotnet_status" -ne 0 ] && [ "$(count failed)" -eq 0 ]; then
    echo "dotnet test exited with $dotnet_status although no test failed."
    broken=1
  fi
fi

echo "== Conformance: AWS SDK for JavaScript v3 against the standalone emulator"
if [ ! -d tests/conformance/node_modules ] || [ tests/conformance/package-lock.json -nt tests/conformance/node_modules/.package-lock.json ]; then
  (cd tests/conformance && npm ci --no-audit --no-fund) || broken=1
fi
rm -f tests/conformance/results.tap
CONFIGURATION="$configuration" node tests/conformance/run.mjs
node_status=$?
if [ -f tests/conformance/results.tap ]; then
  tap() { sed -n "s/^# $1 \([0-9][0-9]*\)$/\1/p" tests/conformance/results.tap | tail -1; }
  passed=$((passed + $(tap pass)))
  failed=$((failed + $(tap fail) + $(tap cancelled)))
  skipped=$((skipped + $(tap skipped) + $(tap todo)))
  if [ "$node_status" -ne 0 ] && [ "$(tap fail)" -eq 0 ] && [ "$(tap cancelled)" -eq 0 ]; then
    broken=1
  fi
else
  echo "The conformance suite produced no results (exit code $node_status)."
  broken=1
fi

if [ "$broken" -ne 0 ]; then
  failed=$((failed + 1))
  echo "A test step failed to run; counted as one failure."
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
