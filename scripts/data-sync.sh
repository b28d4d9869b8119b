#!/bin/sh
# lifelines-data-sync: brings data releases (made by scripts/data-release.sh) into a pod, whole
# or not at all. In the image as /usr/local/bin/lifelines-data-sync; deploy/deployment.yaml
# runs it as an init container (`once`: the first release, before the server starts) and as a
# sidecar (`watch`: every new release while it runs), both writing to a volume the server
# reads through its `current` symlink.
#
#   lifelines-data-sync once    fetch and activate the release named, then exit (1 on failure)
#   lifelines-data-sync watch   do that every DATA_SYNC_SECONDS; a failure keeps the current one
#
# Settings, from the environment:
#   DATA_RELEASES_URL     where the releases are (https://…, or file:///… to test): it holds
#                         LATEST, lifelines-data-<version>.tar.gz and its .sha256
#   DATA_RELEASE          a version to hold to, instead of following LATEST
#   DATA_ROOT             the shared volume (default /data): releases/<version>/ and current
#   DATA_SYNC_SECONDS     between two looks in `watch` (default 60)
#   DATA_MINISIGN_PUBKEY  a minisign public key: when set, an archive without a valid
#                         signature (<archive>.minisig) is refused (see verify_signature)
#   DATA_CHECK_BIN        the binary whose `check` judges a release (default: lifelines)
#   DATA_CHECK_SECONDS    the longest that check may take before the release is refused (600)
#
# One release's way in: its archive and .sha256 are downloaded under DATA_ROOT/.incoming/, the
# checksum (and the signature, once configured) verified, the archive unpacked there and refused
# unless it holds only plain files, `lifelines check` run on it (the same validation the server
# applies when it loads), and only then the directory renamed to releases/<version>/. The swap is
# one rename of a new symlink over `current` (current -> releases/<version>), so the server
# sees the old release or the new one and never a directory being written; it resolves the link
# once per load, so it never reads half of each. Releases other than the new one and the one it
# replaced are then deleted. A release asked for again (a rollback via LATEST) that is still on
# disk is swapped back without a download.
#
# POSIX sh, with curl (or wget), tar, gzip, sha256sum and timeout, and GNU mv for `mv -T`, which
# renames over a symlink to a directory instead of moving into it: Debian's coreutils, as in
# the image.
set -eu

log() { echo "data-sync: $*" >&2; }
fail() {
    log "$*"
    return 1
}

root=${DATA_ROOT:-/data}
bin=${DATA_CHECK_BIN:-lifelines}
releases=$root/releases
incoming=$root/.incoming

# Downloads URL to FILE.
fetch() {
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 --connect-timeout 10 --max-time 600 -o "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then
        wget -q -T 60 -O "$2" "$1"
    else
        fail "neither curl nor wget is installed"
    fi
}

valid_version() {
    case $1 in
    '' | .* | *[!A-Za-z0-9._-]*) return 1 ;;
    esac
}

# The release `current` points at now, or nothing.
current_release() {
    target=$(readlink "$root/current" 2>/dev/null) || return 0
    basename "$target"
}

# The hook for signed releases (minisign): with DATA_MINISIGN_PUBKEY set, ARCHIVE must come
# with ARCHIVE.minisig, fetched from URL.minisig, made with that key; without it a release is
# trusted on its checksum alone, fetched over HTTPS.
verify_signature() { # ARCHIVE URL
    if [ -z "${DATA_MINISIGN_PUBKEY:-}" ]; then
        return 0
    fi
    command -v minisign >/dev/null 2>&1 ||
        fail "DATA_MINISIGN_PUBKEY is set but minisign is not installed: refusing every release" ||
        return 1
    fetch "$2.minisig" "$1.minisig" || fail "no signature at $2.minisig" || return 1
    minisign -V -q -P "$DATA_MINISIGN_PUBKEY" -m "$1" -x "$1.minisig" ||
        fail "the signature of $(basename "$1") does not verify"
}

# Points `current` at releases/VERSION in one step.
activate() {
    rm -f "$root/.current.tmp" &&
        ln -s "releases/$1" "$root/.current.tmp" &&
        mv -T "$root/.current.tmp" "$root/current"
}

# Deletes every release but the ones named (the new one and the one it replaced).
prune() {
    for dir in "$releases"/*; do
        [ -d "$dir" ] || continue
        name=$(basename "$dir")
        keep=no
        for k in "$@"; do
            [ "$name" = "$k" ] && keep=yes
        done
        if [ $keep = no ]; then
            rm -rf "$dir" && log "pruned release $name"
        fi
    done
}

# Fetches, verifies, checks and unpacks VERSION into releases/VERSION.
install_release() {
    version=$1
    name=lifelines-data-$version.tar.gz
    url=${DATA_RELEASES_URL%/}/$name
    rm -rf "$incoming"
    mkdir -p "$incoming/files"
    archive=$incoming/$name
    fetch "$url" "$archive" || fail "could not download $url" || return 1
    fetch "$url.sha256" "$archive.sha256" || fail "could not download $url.sha256" || return 1
    expected=$(cut -d ' ' -f 1 <"$archive.sha256")
    actual=$(sha256sum "$archive" | cut -d ' ' -f 1)
    case $expected in
    *[!0-9a-f]* | '') fail "$name.sha256 holds no SHA-256" || return 1 ;;
    esac
    [ ${#expected} -eq 64 ] || fail "$name.sha256 holds no SHA-256" || return 1
    [ "$expected" = "$actual" ] ||
        fail "$name does not match its checksum (expected $expected, got $actual)" || return 1
    verify_signature "$archive" "$url" || return 1
    tar -xzf "$archive" -C "$incoming/files" --no-same-owner --no-same-permissions ||
        fail "$name could not be unpacked" || return 1
    odd=$(find "$incoming/files" -mindepth 1 \( ! -type f -o -path "$incoming/files/*/*" \) -print | head -n 3)
    [ -z "$odd" ] || fail "$name holds more than plain files ($odd)" || return 1
    # Bounded: a release whose check does not finish is refused, not waited for.
    if ! timeout "${DATA_CHECK_SECONDS:-600}" "$bin" check "$incoming/files" >"$incoming/check.txt" 2>&1; then
        sed 's/^/data-sync:   /' "$incoming/check.txt" | tail -n 40 >&2
        fail "release $version does not pass lifelines check" || return 1
    fi
    grep -E 'warning' "$incoming/check.txt" | sed 's/^/data-sync:   /' | head -n 20 >&2 || true
    # Renamed into place whole: releases/<version>/ exists only once it has passed every check.
    mkdir -p "$releases" &&
        mv -T "$incoming/files" "$releases/$version" ||
        fail "could not move release $version into $releases" || return 1
    rm -rf "$incoming"
}

# One look: the release wanted, activated when it is not current. Returns 1 on failure.
sync_once() {
    [ -n "${DATA_RELEASES_URL:-}" ] || fail "DATA_RELEASES_URL is not set" || return 1
    if [ -n "${DATA_RELEASE:-}" ]; then
        version=$DATA_RELEASE
    else
        mkdir -p "$root"
        fetch "${DATA_RELEASES_URL%/}/LATEST" "$root/.LATEST" ||
            fail "could not read ${DATA_RELEASES_URL%/}/LATEST" || return 1
        version=$(tr -d ' \r\n\t' <"$root/.LATEST")
        rm -f "$root/.LATEST"
    fi
    valid_version "$version" || fail "not a release version: '$version'" || return 1
    was=$(current_release)
    [ "$was" = "$version" ] && [ -d "$releases/$version" ] && return 0
    if [ ! -d "$releases/$version" ]; then
        log "fetching release $version"
        install_release "$version" || return 1
    fi
    activate "$version" || fail "could not point current at releases/$version" || return 1
    log "release $version is current${was:+ (was $was)}"
    prune "$version" "$was"
}

case ${1:-} in
once)
    sync_once
    ;;
watch)
    every=${DATA_SYNC_SECONDS:-60}
    trap 'exit 0' TERM INT
    while :; do
        sync_once || log "keeping release $(current_release || true)"
        sleep "$every" &
        wait $! || true
    done
    ;;
*)
    sed -n '2,34p' "$0" >&2
    exit 2
    ;;
esac
