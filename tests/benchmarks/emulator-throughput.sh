#!/usr/bin/env bash
# Benchmark (not a test): List/Get throughput and latency of the standalone emulator on this machine.
# Starts the Release emulator with the demo data and AWS throttling off (it would cap us at 5 TPS),
# then drives a 50/50 mix of GetEventStream and ListEventStreams over the demo's us-east-1 domains, over HTTP/1.1 with
# wrk and over cleartext HTTP/2 (prior knowledge, one request in flight per connection, like wrk) with h2load, on the
# same port. EMULATOR_DLL runs another build (an older commit's, for an A/B) instead of this tree's.
# Usage: tests/benchmarks/emulator-throughput.sh [runs=3] [seconds=20] [connections=32] [protocols="1.1 2"]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3} seconds=${2:-20} connections=${3:-32} protocols=${4:-"1.1 2"}
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk"; exit 1; }
command -v h2load >/dev/null || { echo "h2load is required: apt-get install nghttp2-client"; exit 1; }

dll=${EMULATOR_DLL:-src/EventStreamConsole.Emulator/bin/Release/net10.0/EventStreamConsole.Emulator.dll}
[ -n "${EMULATOR_DLL:-}" ] || dotnet build src/EventStreamConsole.Emulator -c Release -nologo -clp:ErrorsOnly >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
work=$(mktemp -d)
dotnet "$dll" --urls "$url" \
  --Emulator:Seed=Demo --Emulator:Throttling:Enabled=false --Logging:LogLevel:Default=Warning >"$work/emulator.log" 2>&1 &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "$url/_emulator/state" -o "$work/state.json" && break; sleep 0.2; done

# The request mix: every event stream of the demo's large region, as a Get and as a List of its domain.
python3 - "$work/state.json" "$work/mix.lua" "$work/uris.txt" "$url" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
east = next(s for s in state["Scopes"] if s["Region"] == "us-east-1")
paths = []
for s in east["EventStreams"]:
    paths.append(f'/domains/{s["DomainName"]}/event-streams/{s["EventStreamName"]}')
    paths.append(f'/domains/{s["DomainName"]}/event-streams')
with open(sys.argv[2], "w") as f:
    f.write("local paths = {\n" + ",\n".join(f'  "{p}"' for p in paths) + "\n}\n")
    f.write('''local i = 0
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=123456789012/20261128/us-east-1/profile/aws4_request, SignedHeaders=host;x-amz-date, Signature=00"
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
''')
with open(sys.argv[3], "w") as f:
    f.write("".join(f"{sys.argv[4]}{p}\n" for p in paths))
print(f"{len(paths)} distinct paths", file=sys.stderr)
PY

authorization="AWS4-HMAC-SHA256 Credential=123456789012/20261128/us-east-1/profile/aws4_request, SignedHeaders=host;x-amz-date, Signature=00"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $connections connections, ${seconds}s, $runs runs per protocol"
wrk -t2 -c"$connections" -d5s -s "$work/mix.lua" "$url" >/dev/null   # warm-up (JIT, tiered compilation)
for run in $(seq 1 "$runs"); do
  for protocol in $protocols; do
    if [ "$protocol" = "1.1" ]; then
      wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/mix.lua" "$url" > "$work/run$run.txt"
      rps=$(awk '/Requests\/sec/{print $2}' "$work/run$run.txt")
      p50=$(awk '$1=="50%"{print $2}' "$work/run$run.txt")
      p99=$(awk '$1=="99%"{print $2}' "$work/run$run.txt")
      errors=$(awk '/Non-2xx|Socket errors/{print}' "$work/run$run.txt" | tr '\n' ' ')
      echo "run $run HTTP/1.1: $rps req/s, p50 $p50, p99 $p99 ${errors}"
    else
      h2load -t2 -c"$connections" -m1 -D"$seconds" -i "$work/uris.txt" -H "Authorization: $authorization" > "$work/h2run$run.txt"
      rps=$(awk '/^finished in/{print $4}' "$work/h2run$run.txt")
      mean=$(awk '/^time for request:/{print $6}' "$work/h2run$run.txt")
      status=$(awk '/^status codes:/{print}' "$work/h2run$run.txt")
      protocol_seen=$(awk '/^Application protocol:/{print $3}' "$work/h2run$run.txt")
      echo "run $run HTTP/2 ($protocol_seen): $rps req/s, mean $mean, $status"
    fi
  done
done
