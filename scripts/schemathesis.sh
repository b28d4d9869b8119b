#!/usr/bin/env bash
# The OpenAPI document is the contract: schemathesis (from PyPI) generates requests from
# /api/openapi.json, valid and invalid, and runs every check it has (`--checks all`: no server
# error, statuses, content types, headers and bodies as documented, invalid data refused, valid
# data accepted, 405 with Allow for other methods) against the debug binary serving the
# repository's data on a loopback port. It must find nothing.
#
# SCHEMATHESIS_EXAMPLES (default 200) bounds the cases per operation; SCHEMATHESIS_SEED (default
# 1) makes a run repeatable. The API's rate limit is turned off for the run, so no 429 appears.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "schemathesis: $*" >&2
    exit 1
}

if ! command -v schemathesis >/dev/null; then
    echo "schemathesis: installing from PyPI"
    python3 -m pip install --quiet --disable-pip-version-check 'schemathesis>=4,<5' ||
        fail "schemathesis could not be installed"
    pybin="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
    export PATH="$pybin:$PATH"
    command -v schemathesis >/dev/null || fail "schemathesis installed but not on PATH"
fi
schemathesis --version

cargo build --quiet
bin=target/debug/lifelines
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
work="$(mktemp -d "${TMPDIR:-/tmp}/lifelines-schemathesis.XXXXXX")"
log="$work/lifelines.log"
pid=
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

LIFELINES_API__RATE_PER_MINUTE=0 \
    LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    LIFELINES_RELOAD__WATCH=false \
    LIFELINES_LOG=warn \
    "$bin" serve --listen "127.0.0.1:$port" --data data >"$log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -fs "$base/readyz" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "lifelines did not start"; }
    sleep 0.2
done
curl -fs "$base/readyz" >/dev/null || fail "lifelines is not ready"

# The document served is the one `lifelines openapi` prints.
same_json='import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))'
python3 -c "$same_json" <(curl -fs "$base/api/openapi.json") <("$bin" openapi) ||
    fail "/api/openapi.json differs from \`lifelines openapi\`"

# From a folder of its own: schemathesis and hypothesis keep caches in the current directory.
cd "$work"
schemathesis run "$base/api/openapi.json" \
    --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-200}" \
    --seed "${SCHEMATHESIS_SEED:-1}" \
    --generation-database none \
    --request-timeout 10 \
    --no-color
