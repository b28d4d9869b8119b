#!/usr/bin/env bash
# Soak: a minute of load while everything that can change under a running server does.
#
# 60 s of `wrk -t2 -c64` against /us/ca (gzip) on a release build, while the data directory's
# resources.csv is replaced by rename 100 times (every other time with a broken file, which must
# be refused while the last good data keeps serving), SIGHUP is sent 20 times, and the GeoIP
# database is replaced twice. Then SIGTERM during a second load run: readiness turns 503 and
# pages keep answering through the drain, and the process exits 0. Prints the non-2xx responses
# and socket errors of each run; a clean soak has none. Not part of the test command.
#
# Usage: bench/soak.sh   (SOAK_SECONDS=60; SKIP_BUILD=1 uses target/release as built)
# Output: bench/out/soak/ (gitignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${SOAK_SECONDS:-60}"
out="$root/bench/out/soak"
rm -rf "$out" && mkdir -p "$out/data" "$out/geoip"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk curl; }
[[ "${SKIP_BUILD:-}" == 1 ]] || cargo build --release --quiet
scripts/fetch-geoip.sh >&2
bin="$out/lifelines"
cp target/release/lifelines "$bin"
cp data/*.csv "$out/data/"
cp geoip/GeoLite2-City.mmdb "$out/geoip/"

# Three versions of resources.csv: A and B differ in one name; the broken one has a bad phone.
name="Fireside Project Psychedelic Peer Support Line"
cp data/resources.csv "$out/a.csv"
sed "s/,$name,/,$name (b),/" data/resources.csv >"$out/b.csv"
sed '0,/,US:988,/s//,not-a-phone,/' data/resources.csv >"$out/broken.csv"

server=
cleanup() { [[ -n "$server" ]] && kill -9 "$server" 2>/dev/null || true; }
trap cleanup EXIT

LIFELINES_LOG='info,lifelines::routes=warn' LIFELINES_RELOAD__POLL_SECONDS=0 \
    LIFELINES_SHUTDOWN__DRAIN_SECONDS=5 LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    "$bin" serve --listen 127.0.0.1:0 --data "$out/data" --geoip "$out/geoip/GeoLite2-City.mmdb" \
    >"$out/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 1 500); do
    port=$(grep -o 'port=[0-9]*' "$out/server.log" | head -1 | cut -d= -f2 || true)
    [[ -n "$port" ]] && curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.02
done
[[ -n "$port" ]] || { echo "soak: the server did not start" >&2; exit 1; }
url="http://127.0.0.1:$port"
curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$url/us/ca"

replace() { cp "$1" "$out/data/.resources.csv.tmp" && mv "$out/data/.resources.csv.tmp" "$out/data/resources.csv"; }

echo "soak: ${seconds}s of load on $url/us/ca with 100 data replacements, 20 SIGHUPs, 2 GeoIP swaps" >&2
wrk -t2 -c64 -d"${seconds}s" -H 'Accept-Encoding: gzip' "$url/us/ca" >"$out/wrk-soak.txt" &
wrk_pid=$!
step=$(awk -v s="$seconds" 'BEGIN { printf "%.3f", (s - 4) / 100 }')
for i in $(seq 1 100); do
    if (( i % 2 == 1 )); then
        replace "$out/broken.csv"
    elif (( i % 4 == 0 )); then
        replace "$out/a.csv"
    else
        replace "$out/b.csv"
    fi
    (( i % 5 == 0 )) && kill -HUP "$server"
    if (( i == 33 || i == 66 )); then
        cp "$out/geoip/GeoLite2-City.mmdb" "$out/geoip/.new.mmdb"
        mv "$out/geoip/.new.mmdb" "$out/geoip/GeoLite2-City.mmdb"
    fi
    sleep "$step"
done
wait "$wrk_pid"

# The last replacement (i = 100) was version A: it must be what is served now.
sleep 1
final_ok=no
# Fetched whole first: with pipefail, `curl | grep -q` fails whenever grep stops reading early.
page=$(curl -s "$url/us")
[[ "$page" == *"$name<"* && "$page" != *"$name (b)"* ]] && final_ok=yes

echo "soak: SIGTERM under load" >&2
wrk -t2 -c64 -d3s -H 'Accept-Encoding: gzip' "$url/us/ca" >"$out/wrk-term.txt" &
wrk_pid=$!
sleep 0.5
kill -TERM "$server"
sleep 0.2
ready_after_term=$(curl -s -o /dev/null -w '%{http_code}' "$url/readyz" || true)
wait "$wrk_pid"
exit_code=0
wait "$server" || exit_code=$?
server=

errors() { grep -E 'Non-2xx|Socket errors' "$1" | tr -s ' ' || echo "none"; }
count() { grep -c "$1" "$out/server.log" || true; }
cat <<REPORT
soak ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores):
- load run: $(grep 'Requests/sec' "$out/wrk-soak.txt" | tr -s ' '), errors: $(errors "$out/wrk-soak.txt")
- reloads: $(count 'data reloaded') replaced, $(count 'data reload refused') refused, $(count 'SIGHUP: reloading') SIGHUPs, $(count 'GeoIP database reopened') GeoIP reopens
- serving the last good version afterwards: $final_ok
- SIGTERM run: $(grep 'Requests/sec' "$out/wrk-term.txt" | tr -s ' '), errors: $(errors "$out/wrk-term.txt"); /readyz right after SIGTERM: $ready_after_term; exit code $exit_code
REPORT
