#!/usr/bin/env bash
# Throughput and latency of Ambassade's public endpoints (trust page, widget JSON, widget script)
# next to a bare Spring Boot app giving the same three kinds of answer, in the same run, with wrk.
# Then the 429 path with the default limits, and the default limits with many visitor addresses
# sent through a trusted proxy (bench/many-visitors.lua). Results go to docs/benchmarks.md by hand.
#
#   bench/public-endpoints.sh                 # builds the production jar, then measures it
#   bench/public-endpoints.sh path/to/app.jar # measures a jar built elsewhere (e.g. an older commit)
#
# Settings (environment): APP_PORT (18080), BARE_PORT (18087), THREADS (2), CONNECTIONS (64),
# DURATION (8s), WARMUP (8s), LIMIT (1000000: both public limits, per client and minute).
# Needs JDK 21+ as `java` (or JAVA_HOME), curl, and wrk (installed with apt-get when missing).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
APP_PORT=${APP_PORT:-18080}
BARE_PORT=${BARE_PORT:-18087}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-8s}
LIMIT=${LIMIT:-1000000}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# shellcheck source=jars.sh
. "$root/bench/jars.sh"
jar=$(ambassade_jar "${1:-}")
bare_jar=$(bare_jar)

work=$(mktemp -d)
app_pid=""
bare_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$bare_pid" ]] && kill "$bare_pid" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

# Ambassade on a fresh embedded H2 under $work (demo data seeded at first start).
# System properties, so that a jar built before the limits were settings can read them too.
start_app() { # $1: per-minute limit of both public endpoints; none: the defaults; $2...: more -D options
    local limits=()
    [[ -n "${1:-}" ]] && limits=("-Dambassade.limits.trust-page-per-minute=$1" "-Dambassade.limits.widget-per-minute=$1")
    limits+=("${@:2}")
    (cd "$work" && exec "$JAVA" "${limits[@]}" -jar "$jar" --server.port="$APP_PORT" \
        --ambassade.public-url="http://localhost:$APP_PORT" >>"$work/app.log" 2>&1) &
    app_pid=$!
    wait_for "http://127.0.0.1:$APP_PORT/actuator/health/readiness"
}

wait_for() {
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 1
    done
    echo "no answer from $1" >&2
    exit 1
}

echo "== starting both apps (load: $(uptime | sed 's/.*load average: //'))"
"$JAVA" -jar "$bare_jar" --server.port="$BARE_PORT" >"$work/bare.log" 2>&1 &
bare_pid=$!
start_app "$LIMIT"
wait_for "http://127.0.0.1:$BARE_PORT/widget.js"

host="maison-lumiere.localhost:$APP_PORT"
app="http://127.0.0.1:$APP_PORT"
bare="http://127.0.0.1:$BARE_PORT"
key=$(curl -sf -H "Host: $host" "$app/trust/embed?lang=en" | grep -o 'data-key="[^"]*"' | cut -d'"' -f2)
[[ -n "$key" ]] || { echo "no widget key on $host/trust/embed" >&2; exit 1; }

# name | Ambassade path | bare path
endpoints=("trust page|/trust?lang=en|/page" "widget JSON|/widget/$key.json?lang=en|/widget.json"
           "widget.js|/widget.js|/widget.js")

# Latencies are of the answers that came within wrk's 2 s timeout; timeouts are counted apart.
run_wrk() { # $1 duration, $2 url, $3 host header, $4 wrk script (optional) -> "req/s p50 p99 non2xx timeouts"
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency ${3:+-H "Host: $3"} ${4:+-s "$4"} "$2")
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
         /Socket errors/ {to=$NF} END {printf "%s %s %s %s %s\n", rps, p50, p99, bad + 0, to + 0}' <<<"$out"
}

echo "== warming up ($WARMUP per endpoint and app)"
for e in "${endpoints[@]}"; do
    IFS='|' read -r _ path bare_path <<<"$e"
    run_wrk "$WARMUP" "$app$path" "$host" >/dev/null
    run_wrk "$WARMUP" "$bare$bare_path" >/dev/null
done

echo "== measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; cores: $(nproc);" \
     "load before: $(uptime | sed 's/.*load average: //')"
printf '| endpoint | bytes | Ambassade req/s | p50 | p99 | bare req/s | p50 | p99 | ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for e in "${endpoints[@]}"; do
    IFS='|' read -r name path bare_path <<<"$e"
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Host: $host" "$app$path")
    read -r a_rps a_p50 a_p99 a_bad a_to < <(run_wrk "$DURATION" "$app$path" "$host")
    read -r b_rps b_p50 b_p99 b_bad b_to < <(run_wrk "$DURATION" "$bare$bare_path")
    ratio=$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN {printf "%.3g", (b > 0 ? a / b : 0)}')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$bytes" "$a_rps" "$a_p50" "$a_p99" \
        "$b_rps" "$b_p50" "$b_p99" "$ratio"
    [[ "$a_bad$a_to$b_bad$b_to" == "0000" ]] \
        || echo "   (non-2xx answers / timeouts: Ambassade $a_bad / $a_to, bare $b_bad / $b_to)"
done
echo "load after: $(uptime | sed 's/.*load average: //')"

echo "== the 429 path: Ambassade restarted with the default limits (120 and 30 a minute)"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
start_app
for path in "/trust?lang=en" "/widget/$key.json?lang=en"; do run_wrk "$WARMUP" "$app$path" "$host" >/dev/null; done
printf '| endpoint | req/s | p50 | p99 | non-2xx | timeouts |\n|---|---|---|---|---|---|\n'
for e in "trust page (429)|/trust?lang=en" "widget JSON (429)|/widget/$key.json?lang=en"; do
    IFS='|' read -r name path <<<"$e"
    read -r rps p50 p99 bad to < <(run_wrk "$DURATION" "$app$path" "$host")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$bad" "$to"
done
echo "status after the run: $(curl -s -o /dev/null -w '%{http_code}' -H "Host: $host" "$app/trust")," \
     "load: $(uptime | sed 's/.*load average: //')"

echo "== many visitors: the default limits, each request from one of ${VISITORS:-5000} addresses"
echo "   in X-Forwarded-For, Ambassade trusting the proxy at 127.0.0.1 (bench/many-visitors.lua)"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
start_app "" "-Dserver.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
visitors="$root/bench/many-visitors.lua"
for e in "${endpoints[@]:0:2}"; do
    IFS='|' read -r _ path _ <<<"$e"
    run_wrk "$WARMUP" "$app$path" "$host" "$visitors" >/dev/null
done
printf '| endpoint | req/s | p50 | p99 | non-2xx | timeouts |\n|---|---|---|---|---|---|\n'
for e in "${endpoints[@]:0:2}"; do
    IFS='|' read -r name path _ <<<"$e"
    read -r rps p50 p99 bad to < <(run_wrk "$DURATION" "$app$path" "$host" "$visitors")
    printf '| %s, many visitors | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$bad" "$to"
done
echo "load after: $(uptime | sed 's/.*load average: //')"
