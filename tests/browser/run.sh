#!/usr/bin/env bash
# The visitor's pages in a real browser: starts the server on a free port with the repository's
# data, runs a11y.mjs against it (axe-core, layout, print, quick exit, screenshots), stops it.
# LIFELINES_BIN: the binary to serve (default target/debug/lifelines). BROWSER_PORT: the port.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

bin=${LIFELINES_BIN:-target/debug/lifelines}
port=${BROWSER_PORT:-18190}
base="http://127.0.0.1:$port"
[[ -x "$bin" ]] || { echo "browser: no server binary at $bin (cargo build, or set LIFELINES_BIN)" >&2; exit 1; }
[[ -d "$here/node_modules" ]] || (cd "$here" && npm ci --silent --no-audit --no-fund)
# Fonts for the Arabic, Devanagari, Japanese and Chinese pages, so their layout at 320 px and
# the screenshots are as a visitor sees them rather than boxes (Debian's Noto).
fonts=()
fc-list :lang=ar | grep -q . || fonts+=(fonts-noto-core)
fc-list :lang=ja | grep -q . || fonts+=(fonts-noto-cjk)
if [[ ${#fonts[@]} -gt 0 ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        apt-get install -y -qq "${fonts[@]}" >/dev/null 2>&1 \
            || { apt-get update -qq && apt-get install -y -qq "${fonts[@]}"; }
    else
        echo "browser: install ${fonts[*]} (Debian) first: the Arabic, Hindi and CJK pages are checked as a visitor sees them" >&2
        exit 1
    fi
fi
if curl -fs "$base/healthz" >/dev/null 2>&1; then
    echo "browser: port $port is already in use (set BROWSER_PORT)" >&2
    exit 1
fi

log="$(mktemp)"
pid=
stop() {
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -f "$log"
}
trap stop EXIT

env -u LIFELINES_BIN LIFELINES_DATA_DIR="$root/data" LIFELINES_PAGES__PREWARM=false LIFELINES_RELOAD__WATCH=false LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    LIFELINES_RELOAD__POLL_SECONDS=0 LIFELINES_SHUTDOWN__DRAIN_SECONDS=0 "$bin" serve --listen "127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "browser: the server exited:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.2
done
curl -fs "$base/healthz" >/dev/null 2>&1 || { echo "browser: server did not start" >&2; exit 1; }

BASE_URL="$base" SCREENSHOT_DIR="$root/target/screenshots" node "$here/a11y.mjs"
