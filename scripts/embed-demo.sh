#!/usr/bin/env bash
# The embed as a partner uses it: take the <iframe> snippet that /partners gives, paste it into a
# plain HTML page served from another origin (localhost on another port, where lifelines is
# 127.0.0.1), open that page in headless Chromium, check the widget shows inside the frame, and
# save a screenshot to target/screenshots/embed.png.
# Needs Debian's chromium and npm (for playwright-core, installed in tests/browser/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=${LIFELINES_BIN:-target/debug/lifelines}
port=${EMBED_PORT:-18195}
other=$((port + 1))
out=target/embed-demo
mkdir -p "$out" target/screenshots
[[ -n "${LIFELINES_BIN:-}" ]] || cargo build --quiet
[[ -d tests/browser/node_modules ]] || (cd tests/browser && npm ci --silent)

pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT

env -u LIFELINES_BIN LIFELINES_PUBLIC_URL="http://127.0.0.1:$port" LIFELINES_PAGES__PREWARM=false \
    LIFELINES_RELOAD__WATCH=false LIFELINES_METRICS__LISTEN=127.0.0.1:0 "$bin" serve --listen "127.0.0.1:$port" --data data \
    >"$out/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/livez" >/dev/null 2>&1 && break
    sleep 0.2
done

# The snippet exactly as /partners shows it (HTML-escaped inside <pre class="snippet">).
curl -fs "http://127.0.0.1:$port/partners?region=US-CA&topic=psychedelic" |
    python3 -c '
import html, re, sys
page = sys.stdin.read()
snippet = re.search(r"<pre[^>]*class=\"snippet\"[^>]*><code>(.*?)</code></pre>", page, re.S)
if not snippet:
    sys.exit("embed-demo: no snippet on /partners")
print("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A partner page</title></head>")
print("<body><h1>A festival page</h1><p>Help, if you need it:</p>")
print(html.unescape(snippet.group(1)))
print("</body></html>")' >"$out/index.html"

python3 -m http.server "$other" --bind 127.0.0.1 --directory "$out" >/dev/null 2>&1 &
pids+=($!)
sleep 0.5
node scripts/embed-demo.mjs "http://localhost:$other/index.html" target/screenshots/embed.png
