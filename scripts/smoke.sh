#!/usr/bin/env bash
# End-to-end check of the service as a visitor meets it: the real binary, the real GeoLite2
# database (scripts/fetch-geoip.sh), requests forwarded by a trusted proxy on loopback.
# The addresses are ones the GeoLite2 database places in California, Toronto and London, and one
# it places nowhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=target/debug/lifelines
port=${SMOKE_PORT:-18089}
base="http://127.0.0.1:$port"
cargo build --quiet
scripts/fetch-geoip.sh >/dev/null

pid=
start() {
    env LIFELINES_METRICS__LISTEN=127.0.0.1:0 "$@" "$bin" serve --listen "127.0.0.1:$port" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "smoke: server did not start" >&2
    exit 1
}
stop() { [[ -n "$pid" ]] && kill "$pid" && wait "$pid" 2>/dev/null || true; pid=; }
trap stop EXIT

failures=0
expect() { # expect NAME PAGE WORD...
    local name=$1 page=$2; shift 2
    for word in "$@"; do
        if ! grep -qF -- "$word" <<<"$page"; then
            echo "FAIL $name: missing $word"
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok   $name"
}
refuse() { # refuse NAME PAGE WORD
    if grep -qF -- "$3" <<<"$2"; then echo "FAIL $1: shows $3"; failures=$((failures + 1)); else echo "ok   $1"; fi
}

start
home() { curl -fs -H "X-Forwarded-For: $1" "$base/"; }
expect "California" "$(home 169.229.1.1)" "California, United States" 'href="tel:911"' "988 Suicide" "SAMHSA" "Fireside Project"
expect "Toronto" "$(home 128.100.1.1)" "Ontario, Canada" 'href="tel:911"' "9-8-8: Suicide Crisis Helpline"
expect "London" "$(home 1.186.160.10)" "United Kingdom" 'href="tel:999"' "Samaritans" "Call 116 123"
expect "no data" "$(home 1.0.0.10)" "TripSit" 'href="/regions"'
expect "GeoLite2 attribution" "$(curl -fs "$base/about")" "GeoLite2 data created by MaxMind"
stop

start LIFELINES_GEO__TRUSTED_PROXIES='[]'
refuse "untrusted peer's X-Forwarded-For ignored" "$(home 169.229.1.1)" "California"
stop

echo "smoke: $((6 - failures)) of 6 checks ok"
[[ $failures -eq 0 ]]
