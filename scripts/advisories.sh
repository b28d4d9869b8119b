#!/usr/bin/env bash
# RustSec advisories for every crate in Cargo.lock, checked with cargo-deny (deny.toml's
# [advisories] section: vulnerabilities, unmaintained, unsound and yanked crates).
#
# Where GitHub answers, cargo-deny fetches the live database as usual. Where it does not, the
# plain snapshot in ../shared/advisory-db/ (or $ADVISORY_DB) is made into a throw-away git
# repository under target/ (cargo-deny dates its database from git, and a plain tree inside
# the work tree would make it use, and reset, the project's own repository), and checked with
# `--offline`. A snapshot older than cargo-deny's 90-day limit warns instead of failing: the
# result says which date it is as of.
#
# Under CI=true a missing tool or database is an error; elsewhere a missing database skips
# with a message.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "advisories: $*" >&2
    exit 1
}

if ! command -v cargo-deny >/dev/null; then
    echo "advisories: installing cargo-deny from crates.io (a few minutes)"
    cargo install --locked --quiet cargo-deny || fail "cargo-deny could not be installed"
fi
cargo deny --version

if [[ ${ADVISORY_DB:-} == "" ]] && timeout 20 git ls-remote --exit-code \
    https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
    echo "advisories: from the live database (github.com/rustsec/advisory-db)"
    exec cargo deny --locked check advisories
fi

snapshot="${ADVISORY_DB:-../shared/advisory-db}"
if [[ ! -d $snapshot/crates ]]; then
    if [[ ${CI:-} == true ]]; then
        fail "GitHub cannot be reached and there is no snapshot at $snapshot"
    fi
    echo "advisories: SKIPPED: GitHub cannot be reached and there is no snapshot at $snapshot" >&2
    exit 0
fi
snapshot="$(cd "$snapshot" && pwd)"
# SNAPSHOT.txt names the commit and its date: "… at commit <sha> <date>".
read -r commit date < <(grep -oE 'commit [0-9a-f]{40} [^ ]+' "$snapshot/SNAPSHOT.txt" |
    awk '{print $2, $3}') || fail "no commit and date in $snapshot/SNAPSHOT.txt"
age_days=$((($(date +%s) - $(date -d "$date" +%s)) / 86400))
echo "advisories: from the snapshot at $snapshot (commit ${commit:0:12}, $date, $age_days days old)"
if ((age_days > 90)); then
    echo "advisories: WARNING: the snapshot is $age_days days old; advisories published since" \
        "$date are not checked. Refresh it, or run where GitHub answers." >&2
fi

# cargo-deny reads the default database from <db-path>/advisory-db-<hash of its URL>.
root="$PWD/target/advisory-db"
repo="$root/advisory-db-3157b0e258782691"
rm -rf "$root"
mkdir -p "$repo"
cp -R "$snapshot/." "$repo/"
(
    cd "$repo"
    git init --quiet
    git add --all
    GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git \
        -c user.name=snapshot -c user.email=snapshot@invalid \
        commit --quiet --no-gpg-sign -m "RustSec advisory-db $commit"
    touch -d "$date" .git/HEAD
)

# The project's deny.toml, pointed at that repository and allowing its age (plus a day).
config="$root/deny.toml"
awk -v db="$root" -v stale="P$((age_days + 1))D" '
    { print }
    /^\[advisories\]/ { print "db-path = \"" db "\""; print "maximum-db-staleness = \"" stale "\"" }
' deny.toml >"$config"
# `--offline` covers crates too: have every platform's crates on disk first (from crates.io).
cargo fetch --locked --quiet
cargo deny --locked --offline --config "$config" check advisories
