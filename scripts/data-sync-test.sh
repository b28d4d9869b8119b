#!/usr/bin/env bash
# The data sidecar's script (scripts/data-sync.sh) as it runs in a pod, against releases made
# by scripts/data-release.sh and served from a file:// URL, with the real binary: a first
# release, a newer one swapped in while a server watching `current` serves (and reloads) it,
# releases refused (checksum, data that fails `check`, an archive holding a symlink, a
# signature required without minisign) while the current one keeps serving, pruning to two, and
# a rollback without a download. Under concurrent load, the swap itself is tested by
# `cargo test` (tests/api/releases.rs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=$PWD/target/debug/lifelines
cargo build --quiet --bin lifelines
for tool in curl dash sha256sum tar; do
    command -v "$tool" >/dev/null || { echo "data-sync-test: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/lifelines-data-sync.XXXXXX")
pid=
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
store=$work/store
root=$work/pod
failures=0
ok() { echo "ok   $*"; }
bad() {
    echo "FAIL $*"
    failures=$((failures + 1))
}

# A copy of data/ with Fireside's name marked MARK (or broken, with MARK=broken).
variant() { # DIR MARK
    mkdir -p "$1"
    cp data/* "$1/"
    local name='Fireside Project Psychedelic Peer Support Line'
    if [[ $2 == broken ]]; then
        sed -i '0,/,US:988,/s//,broken-phone,/' "$1/resources.csv"
    else
        sed -i "0,/,$name,/s//,$name [$2],/" "$1/resources.csv"
    fi
}
release() { # VERSION DIR: a release made the documented way
    DATA_CHECK_BIN=$bin scripts/data-release.sh --version "$1" --out "$store" "$2" >/dev/null 2>&1
}
sync() { # once, with the pod's settings
    DATA_ROOT=$root DATA_RELEASES_URL=file://$store DATA_CHECK_BIN=$bin dash scripts/data-sync.sh once
}
current() { readlink "$root/current" || true; }
kept() { (cd "$root/releases" && ls | tr '\n' ' '); }

variant "$work/v1" v1
variant "$work/v2" v2
variant "$work/v5" v5
variant "$work/bad" broken
release v1 "$work/v1"

# The init container's first copy.
if sync 2>"$work/log" && [[ $(current) == releases/v1 ]]; then
    ok "the first release is fetched, checked and made current"
else
    bad "first release: current is '$(current)'"; cat "$work/log"
fi
if sync 2>"$work/log" && [[ ! -s $work/log ]]; then
    ok "nothing to do when the release named is current"
else
    bad "a second look did something:"; cat "$work/log"
fi

# A server reading current, watching it, as in the pod.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
env -u LIFELINES_CONFIG LIFELINES_METRICS__LISTEN=127.0.0.1:0 LIFELINES_RELOAD__POLL_SECONDS=0 \
    LIFELINES_RELOAD__DEBOUNCE_MS=100 LIFELINES_PAGES__PREWARM=false \
    "$bin" serve --listen "127.0.0.1:$port" --data "$root/current" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done
page() { curl -fsS "http://127.0.0.1:$port/us?topic=psychedelic"; }
# Whether the page served now holds MARK. The page is read whole before it is searched: with
# pipefail, `curl | grep -q` fails whenever grep stops reading before curl has written it all.
serves() { # MARK
    local body
    body=$(page) && [[ $body == *"[$1]"* ]]
}
until_page() { # MARK: served within 3 s
    for _ in $(seq 30); do
        serves "$1" && return 0
        sleep 0.1
    done
    return 1
}
until_page v1 && ok "the server serves release v1" || bad "the server does not serve v1"

release v2 "$work/v2"
if sync 2>"$work/log" && [[ $(current) == releases/v2 ]] && until_page v2; then
    ok "a new release is swapped in and the running server serves it"
else
    bad "v2 not swapped in or not served"; cat "$work/log"
fi

refused() { # WHAT VERSION: the sync fails, v2 stays current and served, nothing is left over
    if sync 2>"$work/log"; then
        bad "$1: accepted"
    elif [[ $(current) != releases/v2 || -e $root/releases/$2 ]] || ! serves v2; then
        bad "$1: current is '$(current)', releases: $(kept)"
    else
        ok "$1: refused ($(tail -n 1 "$work/log" | sed 's/^data-sync: //')), v2 still served"
    fi
}
release v3 "$work/v1"
echo "0000000000000000000000000000000000000000000000000000000000000000  lifelines-data-v3.tar.gz" \
    >"$store/lifelines-data-v3.tar.gz.sha256"
refused "an archive not matching its checksum" v3

# The release script refuses broken data, so this one is made by hand, as an attacker would.
(cd "$work/bad" && tar -czf "$store/lifelines-data-v4.tar.gz" ./*.csv)
(cd "$store" && sha256sum lifelines-data-v4.tar.gz >lifelines-data-v4.tar.gz.sha256)
echo v4 >"$store/LATEST"
refused "a release that fails lifelines check" v4

mkdir -p "$work/link" && cp "$work/v1"/* "$work/link/" && ln -sf /etc/passwd "$work/link/retired.csv"
(cd "$work/link" && tar -czf "$store/lifelines-data-v6.tar.gz" ./*.csv)
(cd "$store" && sha256sum lifelines-data-v6.tar.gz >lifelines-data-v6.tar.gz.sha256)
echo v6 >"$store/LATEST"
refused "an archive holding a symlink" v6

if ! command -v minisign >/dev/null; then
    release v7 "$work/v1"
    DATA_MINISIGN_PUBKEY=RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3 \
        refused "a signature required where minisign is missing" v7
fi

release v5 "$work/v5"
if sync 2>"$work/log" && [[ $(current) == releases/v5 ]] && until_page v5 &&
    [[ $(kept) == "v2 v5 " ]]; then
    ok "v5 swapped in; releases kept: the new one and the one before ($(kept))"
else
    bad "v5: current '$(current)', releases: $(kept)"; cat "$work/log"
fi

rm "$store"/lifelines-data-v2.tar.gz*
echo v2 >"$store/LATEST"
if sync 2>"$work/log" && [[ $(current) == releases/v2 ]] && until_page v2; then
    ok "a rollback to the release before is a swap, without a download"
else
    bad "rollback: current '$(current)'"; cat "$work/log"
fi

if grep -q 'data reload refused' "$work/server.log"; then
    bad "the server refused a reload:"; grep -A3 'refused' "$work/server.log"
fi
reloads=$(grep -c 'data reloaded' "$work/server.log" || true)
echo "the server reloaded $reloads times"
[[ $failures -eq 0 ]] || { echo "data-sync-test: $failures failed" >&2; exit 1; }
