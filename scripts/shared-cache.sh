#!/usr/bin/env bash
# lifelines behind a real shared cache (Varnish, from Debian), on loopback ports only: no
# visitor's language, encoding, region or topic may reach another, `/` is never stored, and
# revalidation answers 304.
#
# Every request through the cache is also made to lifelines directly with the same headers:
# the two must carry the same bytes, content coding and status. Varnish marks each answer
# X-Cache: HIT or MISS; the run fails unless it observed hits on every cacheable page (a check
# in which nothing is served from the cache proves nothing) and none on the private ones.
# Varnish's own gzip handling is off, so it keys on lifelines' Vary exactly as sent.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "shared-cache: $*" >&2
    exit 1
}

if ! command -v varnishd >/dev/null; then
    echo "shared-cache: installing varnish from Debian"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish; } \
        >/dev/null || fail "varnish could not be installed"
fi
command -v curl >/dev/null || fail "curl is needed"
varnishd -V 2>&1 | head -n 1

cargo build --quiet
bin=target/debug/lifelines
work="$(mktemp -d "${TMPDIR:-/tmp}/lifelines-cache.XXXXXX")"
chmod 755 "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port=$(free_port)
cache_port=$(free_port)
app="http://127.0.0.1:$app_port"
cache="http://127.0.0.1:$cache_port"

app_pid=
cache_pid=
cleanup() {
    [[ -n $cache_pid ]] && kill "$cache_pid" 2>/dev/null && wait "$cache_pid" 2>/dev/null
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# public_url set, so /partners, /sms and the card are cacheable too; the region of `/` comes
# from a CDN-style header the test sets per client; the API limit is off for this run.
LIFELINES_PUBLIC_URL="$cache" \
    LIFELINES_GEO__CDN_COUNTRY_HEADER=X-Test-Country \
    LIFELINES_GEO__CDN_REGION_HEADER=X-Test-Region \
    LIFELINES_API__RATE_PER_MINUTE=0 \
    LIFELINES_RELOAD__WATCH=false \
    LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
    LIFELINES_LOG=warn \
    "$bin" serve --listen "127.0.0.1:$app_port" --data data >"$work/lifelines.log" 2>&1 &
app_pid=$!

cat >"$work/default.vcl" <<EOF
vcl 4.1;
backend lifelines { .host = "127.0.0.1"; .port = "$app_port"; }
sub vcl_backend_response {
    # Revalidation: this URL goes stale after a second and is then kept for a conditional
    # request to lifelines; the answer says when that request came back 304.
    if (bereq.url ~ "[?&]revalidate=") {
        set beresp.ttl = 1s;
        set beresp.grace = 0s;
        set beresp.keep = 60s;
    }
    if (beresp.was_304) {
        set beresp.http.X-Revalidated = "304";
    }
}
sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
EOF
varnishd -F -n "$work/varnish" -a "127.0.0.1:$cache_port" -T none -f "$work/default.vcl" \
    -s malloc,64m -p http_gzip_support=off >"$work/varnish.log" 2>&1 &
cache_pid=$!

for _ in $(seq 100); do
    curl -fs "$app/readyz" >/dev/null 2>&1 && curl -fs "$cache/livez" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/lifelines.log" >&2; fail "lifelines did not start"; }
    kill -0 "$cache_pid" 2>/dev/null || { cat "$work/varnish.log" >&2; fail "varnishd did not start"; }
    sleep 0.2
done
curl -fs "$cache/livez" >/dev/null || fail "nothing answers through the cache"

failures=0
hits=0
misses=0
declare -A hits_on=()
bad() {
    echo "FAIL $*"
    failures=$((failures + 1))
}

# fetch BASE PATH OUT HEADER...: the response's headers to OUT.h and body to OUT.b.
fetch() {
    local base=$1 path=$2 out=$3
    shift 3
    local args=()
    for h in "$@"; do args+=(-H "$h"); done
    curl -s -o "$out.b" -D "$out.h" "${args[@]}" "$base$path"
}
header() { grep -i "^$2:" "$1.h" | head -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//'; }
status() { head -n 1 "$1.h" | awk '{print $2}'; }

# ask PATH HEADER...: through the cache, then straight to lifelines; the same answer both ways.
ask() {
    local path=$1
    shift
    fetch "$cache" "$path" "$work/c" "$@"
    fetch "$app" "$path" "$work/d" "$@"
    local x
    x=$(header "$work/c" X-Cache)
    if [[ $x == HIT ]]; then
        hits=$((hits + 1))
        hits_on[$path]=$((${hits_on[$path]:-0} + 1))
    else
        misses=$((misses + 1))
    fi
    last_cache=$x
    if [[ $(status "$work/c") != "$(status "$work/d")" ]] ||
        [[ $(header "$work/c" Content-Encoding) != "$(header "$work/d" Content-Encoding)" ]] ||
        ! cmp -s "$work/c.b" "$work/d.b"; then
        bad "GET $path [$*] ($x): the cache's answer is not this client's"
    fi
}

# Cacheable pages: each client twice, clients interleaved, so a hit for one is served while
# another's copy is stored.
cacheable=(
    "/us/ca" "/us/ca?topic=psychedelic" "/us/ca?topic=overdose" "/ca/qc" "/regions" "/about"
    "/partners" "/sms" "/us/ca/card" "/us/ca/contacts.vcf" "/embed/us/ca" "/static/site.css"
    "/api/v1/regions/US-CA" "/api/v1/regions/US-CA?lang=es" "/api/openapi.json"
    "/data/resources.csv"
)
clients=(
    "Accept-Language: es|Accept-Encoding: br"
    "Accept-Language: fr|Accept-Encoding: br"
    "Accept-Language: en|Accept-Encoding: br"
    "Accept-Language: es|Accept-Encoding: gzip"
    "Accept-Language: es|Accept-Encoding: identity"
    "Accept-Language: de, fr;q=0.5|Accept-Encoding: gzip, br"
    ""
)
for round in 1 2; do
    for path in "${cacheable[@]}"; do
        for c in "${clients[@]}"; do
            IFS='|' read -r -a hs <<<"$c"
            ask "$path" "${hs[@]}"
        done
    done
done
for path in "${cacheable[@]}"; do
    [[ ${hits_on[$path]:-0} -gt 0 ]] || bad "GET $path: never served from the cache"
done

# Private answers: the region of `/` and of lookup is each client's own, never stored.
for round in 1 2; do
    for region in "US|CA" "CA|ON" "GB|SCT" "FR|" ; do
        IFS='|' read -r cc sub <<<"$region"
        for path in "/" "/api/v1/lookup" "/?topic=crisis"; do
            ask "$path" "X-Test-Country: $cc" "X-Test-Region: $sub" "Accept-Language: en"
            [[ $last_cache == HIT ]] && bad "GET $path (private) was served from the cache"
            [[ $(header "$work/c" Cache-Control) == "private, no-store" ]] ||
                bad "GET $path: Cache-Control is not private, no-store"
        done
    done
done
# Error pages: not stored either.
for path in "/no/such/page" "/?region=988%20IS%20DOWN" "/api/v1/nope"; do
    ask "$path"
    ask "$path"
    [[ $last_cache == HIT ]] && bad "GET $path (an error) was served from the cache"
done

# Revalidation: a client's If-None-Match gets 304 from the cache; a stale copy is revalidated
# with lifelines, which answers 304.
path="/us/ca?revalidate=1"
ask "$path" "Accept-Encoding: br"
ask "$path" "Accept-Encoding: br"
etag=$(header "$work/c" ETag)
[[ -n $etag ]] || bad "GET $path: no ETag"
fetch "$cache" "$path" "$work/c" "Accept-Encoding: br" "If-None-Match: $etag"
[[ $(status "$work/c") == 304 && $(header "$work/c" X-Cache) == HIT ]] ||
    bad "If-None-Match through the cache: $(status "$work/c") $(header "$work/c" X-Cache), not a 304 hit"
[[ $(header "$work/c" X-Cache) == HIT ]] && hits=$((hits + 1))
fetch "$app" "$path" "$work/d" "Accept-Encoding: br" "If-None-Match: $etag"
[[ $(status "$work/d") == 304 ]] || bad "If-None-Match to lifelines: $(status "$work/d"), not 304"
sleep 2
fetch "$cache" "$path" "$work/c" "Accept-Encoding: br"
[[ $(header "$work/c" X-Revalidated) == 304 ]] ||
    bad "a stale copy was not revalidated with a 304 from lifelines"
revalidated=$(header "$work/c" X-Revalidated)

echo "shared-cache: $((hits + misses)) requests through Varnish: $hits hits, $misses misses;" \
    "stale copy revalidated: ${revalidated:-no}; $failures failures"
[[ $failures -eq 0 ]]
