#!/bin/sh
# Signed data releases, checked with Debian's own `minisign` (the tool a partner uses):
#
#   1. a maintainer's key made by `minisign -G`, and a release of a copy of data/ signed with it
#      by `lifelines release --sign`;
#   2. a server given the public key serves that release; the archive and signature downloaded
#      from it verify with `minisign -Vm lifelines-data.zip -P <the key /data shows>`, and fail
#      once one byte is changed;
#   3. a byte changed in the served directory is refused on reload (SIGHUP) and the last good
#      release keeps serving.
#
#   scripts/release-signing-test.sh     (installs minisign from Debian when CI=true)
set -eu
cd "$(dirname "$0")/.."

fail() {
    echo "release-signing: FAIL $*" >&2
    exit 1
}

if ! command -v minisign >/dev/null; then
    [ "${CI:-}" = true ] || fail "minisign is not installed (apt-get install minisign)"
    apt-get update -qq && apt-get install -y -qq minisign >/dev/null
fi
cargo build --quiet --bin lifelines
bin=target/debug/lifelines

work=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The key (no password: -W), and a release signed with it.
minisign -G -W -p "$work/key.pub" -s "$work/key.sec" >/dev/null
public=$(tail -n 1 "$work/key.pub")
cp -r data "$work/data"
rm -f "$work/data/history.csv"
"$bin" release "$work/data" --out "$work/release" --name ci-1 --sign "$work/key.sec" >/dev/null
[ -s "$work/release/lifelines-data.zip.minisig" ] || fail "no signature written"

# 2. Served with the public key.
LIFELINES_RELEASE__PUBLIC_KEY=$public LIFELINES_RELOAD__WATCH=false \
    LIFELINES_RELOAD__POLL_SECONDS=0 LIFELINES_PAGES__PREWARM=false \
    LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    "$bin" serve --listen 127.0.0.1:0 --data "$work/release" >"$work/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/.*port=\([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || fail "the server did not start: $(cat "$work/server.log")"
base=http://127.0.0.1:$port

mkdir "$work/download"
curl -fsS "$base/data/lifelines-data.zip" -o "$work/download/lifelines-data.zip"
curl -fsS "$base/data/lifelines-data.zip.minisig" -o "$work/download/lifelines-data.zip.minisig"
curl -fsS "$base/data" -o "$work/data.html"
shown=$(grep -o 'minisign -Vm lifelines-data.zip -P [A-Za-z0-9+/=]*' "$work/data.html" | head -n 1 | sed 's/.* -P //')
[ "$shown" = "$public" ] || fail "/data shows the key '$shown', not '$public'"
(cd "$work/download" && minisign -Vm lifelines-data.zip -P "$shown" >/dev/null) ||
    fail "minisign does not verify the downloaded release"
echo "release-signing: minisign -Vm verifies the release downloaded from the server"
python3 - "$work/download/lifelines-data.zip" <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
data[len(data) // 2] ^= 1
open(path, "wb").write(bytes(data))
EOF
if (cd "$work/download" && minisign -Vm lifelines-data.zip -P "$shown" >/dev/null 2>&1); then
    fail "minisign verified an archive with a changed byte"
fi
echo "release-signing: minisign refuses the archive with one byte changed"

# 3. One byte of a served file changed, then a reload: refused, the release keeps serving.
before=$(curl -fsS "$base/gb")
echo "$before" | grep -q '0300 123 6600' || fail "FRANK's number is not on /gb"
sed -i 's/+443001236600/+443001236601/' "$work/release/resources.csv"
kill -HUP "$server"
for _ in $(seq 1 100); do
    grep -q 'refused' "$work/server.log" && break
    sleep 0.1
done
grep -q 'refused' "$work/server.log" || fail "the changed directory was not refused: $(tail -n 5 "$work/server.log")"
after=$(curl -fsS "$base/gb")
[ "$before" = "$after" ] || fail "/gb changed after a refused reload"
echo "release-signing: a changed byte is refused on reload and the signed release keeps serving"
