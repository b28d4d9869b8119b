#!/usr/bin/env bash
# Load benchmark of lifelines against nginx serving the very same bytes.
#
# What it measures: start-up time to the first `/readyz` 200; requests/s and p50/p99 latency
# (wrk -t2 -c64 --latency) for the state page /us/ca (gzip, brotli, identity), the home page /
# located by GeoIP from 1,000 different X-Forwarded-For addresses (bench/xff.lua), a topic page
# and the SMS reply endpoint; peak RSS; errors while the data directory is reloaded 20 times under
# load; and the same at 50,000 synthetic resources (start-up, `check`, pages, RSS), where /us/ca
# is also measured while eight hostile clients (bench/hostile.lua: four from one address, four
# from distinct addresses) loop over HSDS pages, the HSDS zip and topic combinations, with the
# default rate limits on. Both sides log as in production: nginx its access log (buffered),
# lifelines its request log. Each figure is the median of three runs (RUNS=3).
#
# How to read it: the machine has two cores, shared by wrk, the server under test and nginx, so
# the absolute figures say more about this machine than about lifelines. Read the ratios against
# the first row, nginx sending lifelines' own gzip bytes for /us/ca as a static file: "× nginx"
# is requests/s over nginx's (1.00 = as fast), "p99 × nginx" p99 latency over nginx's (1.00 = as
# good, higher = worse). Any non-2xx response or socket error is a finding. The load runs start
# once the server has rendered its pages ahead (the time is reported), and each waits for a
# quiet machine; the CPU other processes took during a run is measured, a run where it reached
# 10% is run once more, and one still disturbed is named below the table: run again. In the
# reload run, fewer "data reloaded" than the 20 rounds means rounds were folded together (a
# SIGHUP arriving while a reload runs, renames within the watcher's debounce); what counts is
# no error and that the last version is the one served.
#
# Usage: bench/run.sh              (from anywhere; DURATION=10 seconds per run by default)
#        DURATION=5 bench/run.sh   SKIP_SCALE=1 bench/run.sh   (no 50k-resource run)
#        SKIP_BUILD=1 bench/run.sh  (use the binaries already built in target/release)
# Output: bench/out/ (gitignored): results.md, the raw wrk outputs, the server and nginx logs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DURATION="${DURATION:-10}"
SKIP_SCALE="${SKIP_SCALE:-0}"
SCALE_ROWS=50000
PREWARM_TIMEOUT="${PREWARM_TIMEOUT:-300}" # seconds to wait for the pages rendered ahead
QUIET_WAIT="${QUIET_WAIT:-120}"          # seconds to wait for a quiet machine before each run
out="$root/bench/out"
bin="$root/target/release/lifelines"
geoip="$root/geoip/GeoLite2-City.mmdb"
RUNS="${RUNS:-3}"
wrk_args=(-t2 -c64 "-d${DURATION}s" --latency)

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
now_ns() { date +%s%N; }
ms_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.0f", (b - a) / 1e6 }'; }

# --- cleanup: every process this script starts is recorded here and ended on exit -------------
server_pid=
scale_pid=
nginx_pid=
reloader_pid=
hostile_pids=
cleanup() {
    local pid
    for pid in "$reloader_pid" "$server_pid" "$scale_pid" "$nginx_pid" $hostile_pids; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    done
    for pid in "$reloader_pid" "$server_pid" "$scale_pid" "$nginx_pid" $hostile_pids; do
        [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. tools, build, GeoIP ---------------------------------------------------------------------
log "1. tools, release build, GeoIP database"
missing=()
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] || missing+=("$tool")
done
if ((${#missing[@]})); then
    [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; run as root to install them, or install wrk nginx-light curl"
    apt-get update -qq && apt-get install -y -qq wrk nginx-light curl
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    echo "SKIP_BUILD=1: using the binaries already in target/release" >&2
else
    cargo build --release --bin lifelines --examples
fi
[[ -x "$bin" ]] || die "no $bin; build it with cargo build --release"
if [[ "$SKIP_SCALE" != 1 && ! -x "$root/target/release/examples/generate" ]]; then
    die "the generator (cargo example 'generate', bench/generate.rs) is missing; SKIP_SCALE=1 skips the 50k run"
fi
scripts/fetch-geoip.sh >&2
[[ -s "$geoip" ]] || die "no GeoIP database at $geoip"

rm -rf "$out"
mkdir -p "$out/bin"
# A copy, so that a build started meanwhile (cargo run in step 7, say) cannot swap the binary.
cp "$bin" "$out/bin/lifelines"
bin="$out/bin/lifelines"

# --- helpers -------------------------------------------------------------------------------------
free_port() { # a loopback port nothing listens on
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free port found"
}

# Both sides log as in production: nginx writes its access log (buffered, as a busy site would),
# lifelines its request log line (through its non-blocking writer, to a file). BENCH_LOG sets
# lifelines' filter (BENCH_LOG='info,lifelines::routes=warn' turns the request line off).
bench_log="${BENCH_LOG:-info}"

# start_server VAR DATA_DIR LOG: starts lifelines on a free port (port 0), sets VAR to its pid,
# and sets $port and $ready_ms (process start to the first /readyz 200).
start_server() {
    local var=$1 data=$2 logfile=$3 t0 pid p=
    t0=$(now_ns)
    LIFELINES_LOG="$bench_log" LIFELINES_RELOAD__POLL_SECONDS=0 \
        LIFELINES_SMS__PEER_PER_MINUTE=0 LIFELINES_SMS__SENDER_PER_HOUR=0 \
        LIFELINES_METRICS__LISTEN=127.0.0.1:0 \
        "$bin" serve --listen 127.0.0.1:0 --data "$data" --geoip "$geoip" >"$logfile" 2>&1 &
    pid=$!
    printf -v "$var" '%s' "$pid"
    local deadline=$((t0 + 300 * 1000000000))
    while :; do
        kill -0 "$pid" 2>/dev/null || { tail -n 20 "$logfile" >&2; die "lifelines exited during start-up"; }
        (($(now_ns) < deadline)) || die "lifelines not ready after 300 s"
        if [[ -z "$p" ]]; then
            p=$(grep -ao 'port=[0-9]*' "$logfile" | head -n 1 | cut -d= -f2 || true)
        fi
        if [[ -n "$p" ]] && curl -fso /dev/null --max-time 1 "http://127.0.0.1:$p/readyz"; then
            break
        fi
        sleep 0.005
    done
    ready_ms=$(ms_since "$t0")
    port=$p
    # Each load renders the common pages in the background ("pages rendered ahead"); wait for
    # it, so the load runs measure the steady state and not the start-up's rendering.
    deadline=$(($(now_ns) + PREWARM_TIMEOUT * 1000000000))
    prewarm_ms="not done after ${PREWARM_TIMEOUT} s"
    while (($(now_ns) < deadline)); do
        if grep -q 'pages rendered ahead' "$logfile"; then prewarm_ms="$(ms_since "$t0") ms"; break; fi
        kill -0 "$pid" 2>/dev/null || die "lifelines exited while rendering pages ahead"
        sleep 0.05
    done
}

stop_pid() { # stop_pid VAR: ends the process whose pid VAR holds, and clears VAR
    local pid=${!1}
    [[ -n "$pid" ]] || return 0
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    printf -v "$1" '%s' ""
}

peak_rss_mb() { awk '/^VmHWM:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$1/status"; }

expect_200() { # expect_200 URL [curl args]: refuse to benchmark an endpoint that does not answer 200
    local url=$1 code; shift
    code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")
    [[ "$code" == 200 ]] || die "$url answered $code, not 200"
}

# Results: one row per run, tab-separated: label rps p50_ms p99_ms non2xx socket_errors other_cpu%.
rows="$out/rows.tsv"
: >"$rows"

to_ms() { # wrk latency (e.g. 812.00us, 1.23ms, 2.01s, 1.5m) -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

# The two cores are shared with whatever else runs on the machine (a compiler, say). To tell a
# disturbed run, each run measures the CPU that processes other than wrk, the servers and nginx
# took (user + system time of the whole machine, less theirs), as a share of both cores.
clk_tck=$(getconf CLK_TCK)
ncpu=$(nproc)
# user + nice + system + irq + softirq: a task's own times include the softirqs it ran (loopback).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
proc_ticks() { # utime + stime of the PIDs given
    local pid sum=0 t
    for pid in "$@"; do
        t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null) || continue
        sum=$((sum + ${t:-0}))
    done
    echo "$sum"
}
ours() { echo $server_pid $scale_pid $nginx_pid $hostile_pids $([[ -n "$nginx_pid" ]] && pgrep -P "$nginx_pid"); }
# User + system time of this shell's waited-for children (wrk), in ticks. `times` must run in
# this shell, not in a $(...) subshell, whose children are its own.
child_ticks() {
    times >"$out/.times"
    awk -v hz="$clk_tck" 'NR == 2 {
        t = 0
        for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
        printf "%.0f", t * hz }' "$out/.times"
}

# Before a run, wait (up to QUIET_WAIT seconds) for a second in which other processes take less
# than 10% of the machine, so that a compile that happens to run does not end up in the figures.
wait_quiet() {
    local until=$((SECONDS + QUIET_WAIT)) m0 p0 other
    while :; do
        m0=$(machine_ticks) p0=$(proc_ticks $(ours))
        sleep 1
        other=$(((($(machine_ticks) - m0) - ($(proc_ticks $(ours)) - p0)) * 100 / (clk_tck * ncpu)))
        ((other < 10)) && return 0
        if ((SECONDS >= until)); then
            echo "   (other processes still take ${other}% of the machine; running anyway)" >&2
            return 0
        fi
    done
}

# bench NAME LABEL URL [wrk args]: RUNS wrk runs (one for the reload run), each parsed; the row
# of $rows holds the median of each figure, the non-2xx and socket errors of all runs, and the
# most CPU other processes took. A run that other processes disturbed (10% of the machine or
# more) is run once more.
bench() {
    local name=$1 label=$2 url=$3; shift 3
    local runs=$RUNS i all_rps=() all_p50=() all_p99=() all_non2xx=0 all_sock="" worst=0
    [[ "$name" == reload ]] && runs=1
    for i in $(seq "$runs"); do
        local run=$name
        ((runs > 1)) && run=$name-$i
        bench_once "$run" "$label" "$url" "$@"
        if [[ "$name" != reload ]] && ((other >= 10)); then
            echo "   (disturbed: other processes took ${other}%; once more)" >&2
            bench_once "$run" "$label" "$url" "$@"
        fi
        all_rps+=("$rps") all_p50+=("$p50") all_p99+=("$p99")
        all_non2xx=$((all_non2xx + non2xx))
        [[ -n "$sock" ]] && all_sock="${all_sock:+$all_sock; }$sock"
        ((other > worst)) && worst=$other
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$(median "${all_rps[@]}")" \
        "$(median "${all_p50[@]}")" "$(median "${all_p99[@]}")" "$all_non2xx" "$all_sock" "$worst" >>"$rows"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
bench_once() { # sets rps p50 p99 non2xx sock other
    local name=$1 label=$2 url=$3; shift 3
    local file="$out/wrk-$name.txt"
    [[ "$name" == reload ]] || wait_quiet # the reload run's loop is already under way
    printf '   %-44s ' "$label" >&2
    local t0 m0 p0 c0 c1
    [[ -n "$hostile" ]] && start_hostile "$name" "$url"
    t0=$(now_ns) m0=$(machine_ticks) p0=$(proc_ticks $(ours))
    child_ticks >"$out/.c0"
    wrk "${wrk_args[@]}" "$@" "$url" >"$file" 2>&1 || { cat "$file" >&2; die "wrk failed for $label"; }
    child_ticks >"$out/.c1"
    c0=$(<"$out/.c0") c1=$(<"$out/.c1")
    other=$(awk -v m="$(($(machine_ticks) - m0))" -v p="$(($(proc_ticks $(ours)) - p0))" \
        -v c="$((c1 - c0))" -v ns="$(($(now_ns) - t0))" -v hz="$clk_tck" -v n="$ncpu" \
        'BEGIN { o = (m - p - c) / (ns / 1e9 * hz * n) * 100; printf "%.0f", (o < 0 ? 0 : o) }')
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$file")
    p50=$(to_ms "$(awk '/Latency Distribution/ { d = 1 } d && $1 == "50%" { print $2; exit }' "$file")")
    p99=$(to_ms "$(awk '/Latency Distribution/ { d = 1 } d && $1 == "99%" { print $2; exit }' "$file")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
    non2xx=${non2xx:-0}
    sock=$(sed -n 's/^ *Socket errors: *//p' "$file")
    [[ -n "$hostile" ]] && stop_hostile "$name"
    [[ -n "$rps" ]] || { cat "$file" >&2; die "could not read wrk output for $label"; }
    printf '%10s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  other CPU %s%%%s\n' "$rps" "$p50" "$p99" \
        "$non2xx" "$other" "${sock:+  socket errors: $sock}" >&2
}

# While $hostile is set, every run has eight hostile clients beside it (bench/hostile.lua): four
# connections from one address and four from an address each, looping as fast as answered a
# little longer than the run. Their CPU counts as ours, not as a disturbance; what they were
# answered is written to $out/hostile.txt.
hostile=
start_hostile() { # NAME URL
    local origin=${2%%/us/ca*} mode
    hostile_pids=
    for mode in one many; do
        wrk -t4 -c4 "-d$((DURATION + 2))s" -s "$root/bench/hostile.lua" "$origin/" -- "$mode" \
            >"$out/wrk-$1-hostile-$mode.txt" 2>&1 &
        hostile_pids="$hostile_pids $!"
    done
    sleep 1 # let them get going
}
stop_hostile() { # NAME
    local pid mode f
    for pid in $hostile_pids; do wait "$pid" 2>/dev/null || true; done
    hostile_pids=
    for mode in one many; do
        f="$out/wrk-$1-hostile-$mode.txt"
        printf '%s\t%s\t%s\t%s\n' "$1" "$mode" "$(awk '/^Requests\/sec:/ { print $2 }' "$f")" \
            "$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$f")" >>"$out/hostile.txt"
    done
}

gz=(-H 'Accept-Encoding: gzip')
br=(-H 'Accept-Encoding: br')
id=(-H 'Accept-Encoding: identity')
xff=(-s "$root/bench/xff.lua")

# --- 2. lifelines on a copy of data/ ------------------------------------------------------------
log "2. lifelines on a copy of data/: time to ready"
cp -r "$root/data" "$out/data"
wait_quiet
start_server server_pid "$out/data" "$out/lifelines.log"
ready_repo_ms=$ready_ms
prewarm_repo=$prewarm_ms
base="http://127.0.0.1:$port"
echo "   ready in $ready_repo_ms ms on port $port ($(curl -fs "$base/readyz")); pages rendered ahead after $prewarm_repo" >&2

# --- 3. the same bytes from nginx ---------------------------------------------------------------
log "3. nginx serving the bytes lifelines serves for /us/ca"
ngx="$out/nginx"
mkdir -p "$ngx/www" "$ngx/tmp"
curl -fso /dev/null "${gz[@]}" "$base/us/ca" # warm the page
curl -fs "${gz[@]}" -D "$out/us-ca.gz.headers" -o "$ngx/www/us-ca.gz" "$base/us/ca"
curl -fs "${br[@]}" -D "$out/us-ca.br.headers" -o "$ngx/www/us-ca.br" "$base/us/ca"
grep -qi '^content-encoding: gzip' "$out/us-ca.gz.headers" || die "lifelines did not send gzip for /us/ca"
grep -qi '^content-encoding: br' "$out/us-ca.br.headers" || die "lifelines did not send brotli for /us/ca"
gzip -t <"$ngx/www/us-ca.gz" || die "lifelines' gzip body does not decompress"
nginx_port=$(free_port)
user_line=""
[[ $EUID -eq 0 ]] && user_line="user $(id -un) $(id -gn);"
sed -e "s|@PREFIX@|$ngx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@USER@|$user_line|" \
    "$root/bench/nginx.conf.template" >"$ngx/nginx.conf"
"$nginx_bin" -t -q -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log"
"$nginx_bin" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" -g 'daemon off;' &
nginx_pid=$!
nbase="http://127.0.0.1:$nginx_port"
for _ in $(seq 200); do
    curl -fso /dev/null "$nbase/us-ca.gz" && break
    kill -0 "$nginx_pid" 2>/dev/null || die "nginx exited; see $ngx/error.log"
    sleep 0.02
done
for enc in gz br; do
    curl -fs -D "$out/nginx-$enc.headers" -o "$out/nginx-$enc.body" "$nbase/us-ca.$enc"
    cmp -s "$out/nginx-$enc.body" "$ngx/www/us-ca.$enc" || die "nginx's /us-ca.$enc differs from lifelines' bytes"
done
grep -qi '^content-encoding: gzip' "$out/nginx-gz.headers" || die "nginx sends no Content-Encoding: gzip"
grep -qi '^content-encoding: br' "$out/nginx-br.headers" || die "nginx sends no Content-Encoding: br"
grep -qi '^content-type: text/html; charset=utf-8' "$out/nginx-gz.headers" || die "nginx sends the wrong Content-Type"
echo "   nginx on port $nginx_port serves identical bytes: gzip $(wc -c <"$ngx/www/us-ca.gz") B, br $(wc -c <"$ngx/www/us-ca.br") B" >&2

# --- 4. load runs -------------------------------------------------------------------------------
log "4. load: wrk ${wrk_args[*]}"
expect_200 "$base/" "${gz[@]}" -H 'X-Forwarded-For: 8.8.8.8'
expect_200 "$base/us/ca?topic=psychedelic" "${gz[@]}"
expect_200 "$base/sms/reply?text=90210"
bench nginx-gz "nginx /us-ca.gz (static, same bytes)" "$nbase/us-ca.gz"
bench nginx-br "nginx /us-ca.br (static, same bytes)" "$nbase/us-ca.br"
bench us-ca-gz "lifelines /us/ca gzip" "$base/us/ca" "${gz[@]}"
bench us-ca-br "lifelines /us/ca br" "$base/us/ca" "${br[@]}"
bench us-ca-id "lifelines /us/ca identity" "$base/us/ca" "${id[@]}"
bench home-xff "lifelines / (1,000 XFF addresses, gzip)" "$base/" "${gz[@]}" "${xff[@]}"
bench topic "lifelines /us/ca?topic=psychedelic gzip" "$base/us/ca?topic=psychedelic" "${gz[@]}"
bench sms "lifelines /sms/reply?text=90210" "$base/sms/reply?text=90210"

# --- 5. peak RSS --------------------------------------------------------------------------------
rss_repo=$(peak_rss_mb "$server_pid")
log "5. peak RSS after the load runs: $rss_repo"

# --- 6. reloads under load ----------------------------------------------------------------------
log "6. /us/ca under load while resources.csv is renamed into place and SIGHUP sent, 20 times"
rl="$out/reload"
mkdir -p "$rl"
cp "$out/data/resources.csv" "$rl/resources.A.csv"
sed 's/Fireside Project Psychedelic Peer Support Line/Fireside Project Psychedelic Peer Support Line (b)/' \
    "$rl/resources.A.csv" >"$rl/resources.B.csv"
cmp -s "$rl/resources.A.csv" "$rl/resources.B.csv" && die "version B of resources.csv is the same as A"
# Pages are fetched whole before matching: with pipefail, `curl | grep -q` fails (or, negated,
# passes) whenever grep stops reading early.
page=$(curl -fs "${id[@]}" "$base/us/ca")
[[ "$page" == *'Fireside Project Psychedelic Peer Support Line'* ]] ||
    die "/us/ca does not show the resource the reload run renames"
reloads_before=$(grep -c 'data reloaded' "$out/lifelines.log" || true)
hups_before=$(grep -c 'SIGHUP: reloading' "$out/lifelines.log" || true)
refused_before=$(grep -c 'data reload refused' "$out/lifelines.log" || true)
wait_quiet
interval=$(awk -v d="$DURATION" 'BEGIN { printf "%.3f", d / 25 }') # 20 rounds spread over the run
(
    sleep "$interval"
    for i in $(seq 20); do
        if ((i % 2)); then v=B; else v=A; fi
        cp "$rl/resources.$v.csv" "$rl/next.csv" # outside the data dir, same file system
        mv -f "$rl/next.csv" "$out/data/resources.csv"
        kill -HUP "$server_pid"
        sleep "$interval"
    done
) &
reloader_pid=$!
bench reload "lifelines /us/ca gzip, during 20 reloads" "$base/us/ca" "${gz[@]}"
wait "$reloader_pid" || die "the reloading loop failed"
reloader_pid=
sleep 1 # let the last reload finish
count_log() { grep -c "$1" "$out/lifelines.log" || true; }
reloads=$(($(count_log 'data reloaded') - reloads_before))
hups=$(($(count_log 'SIGHUP: reloading') - hups_before))
reload_refused=$(($(count_log 'data reload refused') - refused_before))
# The last round put version A back: the page must no longer show B's name.
page=$(curl -fs "${id[@]}" "$base/us/ca")
if [[ "$page" == *'Peer Support Line (b)'* ]]; then
    final_version="B (wrong: A was the last one renamed into place)"
else
    final_version="A (right)"
fi
echo "   data reloaded $reloads times for 20 rounds; SIGHUPs logged $hups; refused $reload_refused; serving $final_version" >&2
stop_pid server_pid # free the cores for the scale run

# --- 7. 50,000 resources ------------------------------------------------------------------------
if [[ "$SKIP_SCALE" == 1 ]]; then
    log "7. scale run skipped (SKIP_SCALE=1)"
else
    log "7. $SCALE_ROWS synthetic resources"
    if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
        "$root/target/release/examples/generate" "$out/scale" "$SCALE_ROWS" >&2
    else
        cargo run --release --example generate -- "$out/scale" "$SCALE_ROWS" >&2
    fi
    wait_quiet
    t0=$(now_ns)
    check_rc=0
    "$bin" check "$out/scale" >"$out/check-scale.txt" 2>&1 || check_rc=$?
    check_ms=$(ms_since "$t0")
    echo "   check took $check_ms ms, exit $check_rc; its last lines:" >&2
    tail -n 5 "$out/check-scale.txt" | sed 's/^/   | /' >&2
    wait_quiet
    start_server scale_pid "$out/scale" "$out/lifelines-scale.log"
    ready_scale_ms=$ready_ms
    prewarm_scale=$prewarm_ms
    sbase="http://127.0.0.1:$port"
    echo "   ready in $ready_scale_ms ms on port $port; pages rendered ahead after $prewarm_scale" >&2
    expect_200 "$sbase/us/ca" "${gz[@]}"
    expect_200 "$sbase/us/ca?topic=psychedelic" "${gz[@]}"
    curl -fso /dev/null "${gz[@]}" "$sbase/us/ca" # warm
    bench scale-us-ca-gz "50k: lifelines /us/ca gzip" "$sbase/us/ca" "${gz[@]}"
    bench scale-home-xff "50k: lifelines / (1,000 XFF addresses, gzip)" "$sbase/" "${gz[@]}" "${xff[@]}"
    bench scale-topic "50k: lifelines /us/ca?topic=psychedelic gzip" "$sbase/us/ca?topic=psychedelic" "${gz[@]}"
    : >"$out/hostile.txt"
    hostile=1
    bench scale-hostile "50k: lifelines /us/ca gzip, 8 hostile clients beside it" "$sbase/us/ca" "${gz[@]}"
    hostile=
    rss_scale=$(peak_rss_mb "$scale_pid")
    stop_pid scale_pid
fi
stop_pid nginx_pid

# --- 8. the table -------------------------------------------------------------------------------
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
    echo "| what | requests/s | × nginx | p50 ms | p99 ms | p99 × nginx | non-2xx |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    awk -F'\t' '
        NR == 1 { base_rps = $2; base_p99 = $4 }
        {
            errs = $5
            if ($6 != "") errs = errs " (socket errors: " $6 ")"
            printf "| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %s |\n", $1, $2, $2 / base_rps, $3, $4, \
                (base_p99 > 0 ? $4 / base_p99 : 0), errs
        }' "$rows"
    echo
    echo "- ready time (repo data): $ready_repo_ms ms; pages rendered ahead after $prewarm_repo (load runs start after it)"
    if [[ "$SKIP_SCALE" == 1 ]]; then
        echo "- ready time (50k), check time (50k), peak RSS (50k): skipped (SKIP_SCALE=1)"
    else
        echo "- ready time (50k): $ready_scale_ms ms; pages rendered ahead after $prewarm_scale"
        echo "- check time (50k): $check_ms ms (exit $check_rc)"
    fi
    echo "- peak RSS (repo data): $rss_repo"
    [[ "$SKIP_SCALE" == 1 ]] || echo "- peak RSS (50k): $rss_scale"
    awk -F'\t' -v n="$reloads" -v h="$hups" -v r="$reload_refused" -v v="$final_version" '$1 ~ /during 20 reloads/ {
        printf "- reload run: 20 rounds of rename + SIGHUP, %d \"data reloaded\" and %d SIGHUPs logged, %d refused; %s non-2xx; socket errors: %s; serving version %s afterwards\n", n, h, r, $5, ($6 == "" ? "none" : $6), v }' "$rows"
    echo "- wrk: ${wrk_args[*]}; each figure the median of $RUNS runs (the reload run: one); ratios against the first row"
    echo "- logging: nginx access log on (buffer=64k flush=1s), lifelines request log on (filter $bench_log)"
    if [[ -s "$out/hostile.txt" ]]; then
        awk -F'\t' -v quiet="$(awk -F'\t' '$1 == "50k: lifelines /us/ca gzip" { print $4 }' "$rows")" \
            -v loud="$(awk -F'\t' '$1 ~ /hostile/ { print $4 }' "$rows")" '
            { n[$2]++; rps[$2] += $3; refused[$2] += $4 }
            END { printf "- hostile clients (median p99 %s ms beside them, %s ms without: %.1f×): from one address %.0f requests/s, %d refused; from four addresses %.0f requests/s, %d refused (all runs)\n", loud, quiet, (quiet > 0 ? loud / quiet : 0), rps["one"] / n["one"], refused["one"], rps["many"] / n["many"], refused["many"] }' "$out/hostile.txt"
    fi
    awk -F'\t' '$7 + 0 >= 10 { list = list sep $1 " " $7 "%"; sep = "; " } $7 + 0 >= max { max = $7 + 0; at = $1 }
        END { printf "- CPU taken by other processes during a run (share of both cores): at most %d%% (%s); runs disturbed (10%% or more, rerun them): %s\n", max, at, (list == "" ? "none" : list) }' "$rows"
    echo "- machine: $(nproc) cores, $(uname -m), ${cpu:-unknown CPU}"
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
} >"$out/results.md"
printf '\n' >&2
cat "$out/results.md"
