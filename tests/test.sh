#!/usr/bin/env bash
# Runs every test of Event Stream Console:
#   1. the .NET test projects (every tests/*.Tests project in the solution: the client, the emulator, the console's
#      components, its integration with the real composition root, and its browser tests in Chromium),
#   2. the conformance suites: the official AWS SDK for JavaScript v3, then the AWS SDK for Python (boto3) and the
#      AWS CLI, against the standalone emulator,
#   3. the ship test: the app built by the Dockerfile's own instructions (as processes), run published in Chromium.
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
  if [ "$(count skipped)" -gt 0 ]; then
    # Not run is not passed: name what was skipped and why (the browser tests without Chromium outside CI, for example).
    echo "$(count skipped) .NET test(s) did not run:"
    grep -A1 '^ *skipped ' "$logs/dotnet.log" | grep -v '^--$' | sed 's/^ */  /' | head -40
  fi
  if [ "$dotnet_status" -ne 0 ] && [ "$(count failed)" -eq 0 ]; then
    echo "dotnet test exited with $dotnet_status although no test failed."
    broken=1
  fi
fi

# A suite's TAP summary ("# pass N", ...) added to the totals; a suite that ran nothing or exited non-zero
# without a failing test counts as a broken step.
count_tap() { # <results.tap> <exit status> <what>
  if [ ! -f "$1" ]; then
    echo "$3 produced no results (exit code $2)."
    broken=1
    return
  fi
  tap() { sed -n "s/^# $1 \([0-9][0-9]*\)$/\1/p" "$2" | tail -1; }
  passed=$((passed + $(tap pass "$1")))
  failed=$((failed + $(tap fail "$1") + $(tap cancelled "$1")))
  skipped=$((skipped + $(tap skipped "$1") + $(tap todo "$1")))
  if [ "$2" -ne 0 ] && [ "$(tap fail "$1")" -eq 0 ] && [ "$(tap cancelled "$1")" -eq 0 ]; then
    echo "$3 exited with $2 although no test failed."
    broken=1
  fi
}
npm_ci_if_needed() { # <folder>
  if [ ! -d "$1/node_modules" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    (cd "$1" && npm ci --no-audit --no-fund) || broken=1
  fi
}

echo "== Conformance: AWS SDK for JavaScript v3 against the standalone emulator"
npm_ci_if_needed tests/conformance
rm -f tests/conformance/results.tap
CONFIGURATION="$configuration" node tests/conformance/run.mjs
count_tap tests/conformance/results.tap $? "The conformance suite"

echo "== Conformance: AWS SDK for Python (boto3) and AWS CLI against the standalone emulator"
rm -f tests/conformance-python/results.tap
CONFIGURATION="$configuration" python3 tests/conformance-python/run.py
count_tap tests/conformance-python/results.tap $? "The Python conformance suite"

echo "== Ship: the app built as the Dockerfile says, published, in Production, in Chromium"
npm_ci_if_needed tests/ship
rm -f tests/ship/results.tap
node tests/ship/run.mjs
count_tap tests/ship/results.tap $? "The ship test"

# The failures again, last, so that the tail of a long log names them.
# Each .NET failure with the first lines of its message (log lines and stack frames left out).
failures=$( { awk '/^failed / { sub(/^failed /, "  .NET: "); print; left = 4; next }
    left > 0 && !/^ *\{"@t"/ && !/^ +at / && !/^ *from / && !/--- End of stack/ && !/ failed with [0-9]+ error/ { print "    " $0; left-- }
    /^(passed|skipped) / { left = 0 }' "$logs/dotnet.log"
  for tap in tests/conformance/results.tap tests/conformance-python/results.tap tests/ship/results.tap; do
    [ -f "$tap" ] && grep -E '^ *not ok ' "$tap" | sed "s|^ *not ok [0-9]* - |  $(basename "$(dirname "$tap")"): |"
  done; } 2>/dev/null)
if [ -n "$failures" ]; then
  echo "Failed:"
  echo "$failures"
fi
if [ "$broken" -ne 0 ]; then
  failed=$((failed + 1))
  echo "A test step failed to run; counted as one failure."
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
