#!/usr/bin/env bash
# Benchmark (not a test): AWS calls per minute while one home page stays open, counted by the embedded emulator.
# Usage: tests/benchmarks/home-page-calls.sh [minutes=2] [root=repository]   (needs Debian's chromium; BROWSER_PATH overrides)
# It builds the console in Release, starts it on its embedded emulator (fresh demo, in memory, AWS's TPS enforced, the
# sweep as deployed: every minute; Development only so that the build output serves its static files), opens / in
# one headless Chromium page after the first sweep, resets the emulator's counts and reads them after the given minutes.
set -euo pipefail
minutes=${1:-2}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
browser=${BROWSER_PATH:-/usr/bin/chromium}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=${APP_LOG:-$(mktemp)}
profile=$(mktemp -d)

dotnet build "$root/src/EventStreamConsole" -c Release -nologo -clp:ErrorsOnly >/dev/null
(cd "$root/src/EventStreamConsole" && exec dotnet bin/Release/net10.0/EventStreamConsole.dll --urls "http://127.0.0.1:$port" \
  --Emulator:DatabasePath= --environment Development >"$log" 2>&1) &
app=$!
trap 'kill $app ${chrome:-} 2>/dev/null || true; rm -rf "$profile" 2>/dev/null || true' EXIT
for _ in $(seq 90); do grep -q "Now listening on.*$port" "$log" && break; sleep 1; done
emulator=$(grep -o 'embedded emulator at "\?http://127\.0\.0\.1:[0-9]*/' "$log" | grep -o 'http.*' | head -1)

# Open the page OPEN_DELAY seconds (default 10) after the sweep's first read of us-east-1, the region the page shows: the
# phase decides whether a page timer joins the sweep's reads or reads the region once more.
for _ in $(seq 120); do grep -q 'Inventory of .*us-east-1.\? refreshed' "$log" && break; sleep 1; done
sleep "${OPEN_DELAY:-10}"
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" "http://127.0.0.1:$port/" >/dev/null 2>&1 &
chrome=$!
sleep 5
curl -s -X DELETE -H 'X-Emulator-Admin: 1' "${emulator}_emulator/requests" >/dev/null
sleep $((minutes * 60))
curl -s "${emulator}_emulator/requests" | python3 -c "
import json, sys
counts = json.load(sys.stdin)
minutes = $minutes
total = sum(c['Calls'] for c in counts)
by = {}
for c in counts:
    by[c['Operation']] = by.get(c['Operation'], 0) + c['Calls']
print(f'{total} calls in {minutes} min = {total / minutes:.1f} per minute; throttled {sum(c[\"Throttled\"] for c in counts)}')
for op, n in sorted(by.items()):
    print(f'  {op}: {n / minutes:.1f} per minute')
"
echo "refreshes logged: $(grep -c 'refreshed:' "$log")"
