#!/bin/sh
# Makes a data release from a data directory: one archive that the data sidecar
# (scripts/data-sync.sh, in the image as lifelines-data-sync) fetches, verifies, checks and
# swaps in whole.
#
#   scripts/data-release.sh [--version VERSION] [--out DIR] [DATA_DIR]
#
# DATA_DIR defaults to data/, DIR to target/data-release/, VERSION to the UTC time
# (20261205-181500): versions are directory names on every replica, so only letters, digits,
# dot, dash and underscore. It writes
#
#   DIR/lifelines-data-VERSION.tar.gz          the files, flat, in a reproducible archive
#   DIR/lifelines-data-VERSION.tar.gz.sha256   its SHA-256, as sha256sum prints it
#   DIR/LATEST                                  the version, for replicas that follow the newest
#
# Upload the archive and its .sha256 first and LATEST last, so that no replica reads a LATEST
# whose archive is not there yet. The data is checked with `lifelines check` first (the binary
# in DATA_CHECK_BIN, else target/release or target/debug, else on PATH): a release the server
# would refuse is never made.
#
# Signing: with DATA_MINISIGN_SECRET_KEY set (a minisign secret key file), the archive is
# signed into DIR/lifelines-data-VERSION.tar.gz.minisig (see sign_release below); replicas
# given DATA_MINISIGN_PUBKEY then refuse an archive without a valid signature.
set -eu
cd "$(dirname "$0")/.."

fail() {
    echo "data-release: $*" >&2
    exit 1
}

version=$(date -u +%Y%m%d-%H%M%S)
out=target/data-release
data=data
while [ $# -gt 0 ]; do
    case $1 in
    --version)
        version=${2:?--version needs a value}
        shift 2
        ;;
    --out)
        out=${2:?--out needs a directory}
        shift 2
        ;;
    -h | --help)
        sed -n '2,24p' "$0"
        exit 0
        ;;
    -*) fail "unknown option $1" ;;
    *)
        data=$1
        shift
        ;;
    esac
done
case $version in
'' | .* | *[!A-Za-z0-9._-]*) fail "a version is letters, digits, '.', '-' and '_', not starting with '.': $version" ;;
esac
[ -d "$data" ] || fail "no data directory at $data"

bin=${DATA_CHECK_BIN:-}
if [ -z "$bin" ]; then
    for candidate in target/release/lifelines target/debug/lifelines; do
        if [ -x "$candidate" ]; then
            bin=$candidate
            break
        fi
    done
fi
if [ -z "$bin" ]; then
    bin=$(command -v lifelines) || fail "no lifelines binary: build it (cargo build) or set DATA_CHECK_BIN"
fi

# A release is flat: regular files only, as the server reads them.
odd=$(find "$data" -mindepth 1 \( ! -type f -o -path "$data/*/*" \) -print | head -n 3)
[ -z "$odd" ] || fail "a data directory holds only files; found $odd"
"$bin" check "$data" >&2 || fail "the data in $data does not pass lifelines check; no release made"

# The hook for signed releases: sign the archive when a minisign secret key is given.
sign_release() {
    [ -n "${DATA_MINISIGN_SECRET_KEY:-}" ] || return 0
    command -v minisign >/dev/null || fail "DATA_MINISIGN_SECRET_KEY is set but minisign is not installed"
    minisign -S -s "$DATA_MINISIGN_SECRET_KEY" -m "$1" -x "$1.minisig" \
        -t "lifelines data release $version" || fail "minisign could not sign $1"
}

mkdir -p "$out"
name=lifelines-data-$version.tar.gz
[ ! -e "$out/$name" ] || fail "$out/$name exists already: a version is made once"
tmp=$out/.$name.tmp
# Reproducible: sorted names, no owner, a fixed time and mode, gzip without a name or time.
(cd "$data" && find . -maxdepth 1 -type f -print | LC_ALL=C sort) |
    tar -C "$data" --no-recursion --owner=0 --group=0 --numeric-owner --mtime=@0 \
        --mode=0644 --format=ustar -cf - -T - |
    gzip -9 -n >"$tmp"
mv "$tmp" "$out/$name"
(cd "$out" && sha256sum "$name" >"$name.sha256")
sign_release "$out/$name"
echo "$version" >"$out/LATEST"
echo "data-release: $out/$name ($(wc -c <"$out/$name") bytes), its .sha256 and LATEST ($version)" >&2
echo "$version"
