#!/usr/bin/env bash
# /sms/reply under load, for one binary and data directory: requests/s and p50/p99 latency
# (wrk -t2 -c64 --latency) for a few texts, the server's resident set once ready and at its
# peak, and the time to /readyz. Run it on two builds to compare them (the README's figures
# compare the commit before the gazetteer with the one after).
#
# Usage: bench/sms.sh [BIN] [DATA_DIR]   (default target/release/lifelines and data/)
#        DURATION=10 (seconds per text)
# Read the ratios, not the absolutes: wrk and the server share the machine's two cores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/target/release/lifelines}"
data="${2:-$root/data}"
DURATION="${DURATION:-10}"
[[ -x "$bin" ]] || { echo "no $bin: cargo build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

log="$(mktemp)"
pid=
stop() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; rm -f "$log"; }
trap stop EXIT

t0=$(date +%s%N)
LIFELINES_LOG="info,lifelines::routes=warn" LIFELINES_RELOAD__POLL_SECONDS=0 \
    LIFELINES_RELOAD__WATCH=false LIFELINES_PAGES__PREWARM=false \
    LIFELINES_SMS__PEER_PER_MINUTE=0 LIFELINES_SMS__SENDER_PER_HOUR=0 \
    LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    "$bin" serve --listen 127.0.0.1:0 --data "$data" >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 3000); do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    [[ -z "$port" ]] && port=$(grep -ao 'port=[0-9]*' "$log" | head -n 1 | cut -d= -f2 || true)
    [[ -n "$port" ]] && curl -fso /dev/null "http://127.0.0.1:$port/readyz" && break
    sleep 0.01
done
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
rss() { awk -v f="$1" '$1 == f { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
echo "binary: $bin"
echo "ready in ${ready_ms} ms; resident set once ready: $(rss VmRSS:) MiB"
printf '| text | from | requests/s | p50 ms | p99 ms |\n| --- | --- | ---: | ---: | ---: |\n'
base="http://127.0.0.1:$port/sms/reply"
for case in "90210|" "denver|" "im%20in%20crisis%20in%20denver|" "28013|%2B34612345678" "estoy%20en%20crisis|"; do
    text=${case%%|*}
    from=${case#*|}
    url="$base?text=$text${from:+&from=$from}"
    curl -fso /dev/null "$url" || { echo "$url failed" >&2; exit 1; }
    out=$(wrk -t2 -c64 "-d${DURATION}s" --latency "$url")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u); if (u == "us") n /= 1000; else if (u == "s") n *= 1000; printf "%.2f", n }'; }
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    printf '| %s | %s | %s | %s | %s |\n' "${text//%20/ }" "${from//%2B/+}" "$rps" "$p50" "$p99"
done
echo "peak resident set: $(rss VmHWM:) MiB"
