#!/usr/bin/env bash
# Cold start and idle memory of Ambassade's production jar, next to the bare Spring Boot app of
# bench/bare-app started the same way, in the same run, turn by turn:
#   start: seconds from `java -jar` to the first 200 (Ambassade: /actuator/health/readiness, on a
#          fresh embedded H2 database, so Flyway migrations and the demo seed are included; the bare
#          app: its page);
#   rss:   resident memory of the process after IDLE seconds without requests.
#
#   bench/cold-start.sh                 # builds both jars, then RUNS (3) turns
#   bench/cold-start.sh path/to/app.jar # measures a jar built elsewhere
#
# Settings (environment): RUNS (3), IDLE (20), APP_PORT (18080), BARE_PORT (18087), JAVA_OPTS (none:
# the JVM's defaults, as a plain `java -jar` gets them). Needs JDK 21+ as `java` (or JAVA_HOME) and curl.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
IDLE=${IDLE:-20}
APP_PORT=${APP_PORT:-18080}
BARE_PORT=${BARE_PORT:-18087}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
read -r -a java_opts <<<"${JAVA_OPTS:-}"

# shellcheck source=jars.sh
. "$root/bench/jars.sh"
jar=$(ambassade_jar "${1:-}")
bare_jar=$(bare_jar)

pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; true' EXIT

# $1: jar, $2: port, $3: working directory, $4: path that answers 200 once started. Prints "seconds rss_mb".
measure() {
    local start end
    start=$(date +%s.%N)
    (cd "$3" && exec "$JAVA" "${java_opts[@]}" -jar "$1" --server.port="$2" \
        --ambassade.public-url="http://localhost:$2" >"$3/out.log" 2>&1) &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$2$4"; do
        kill -0 "$pid" 2>/dev/null || { echo "process ended; see $3/out.log" >&2; exit 1; }
        sleep 0.1
    done
    end=$(date +%s.%N)
    sleep "$IDLE"
    local rss_kb
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    awk -v a="$start" -v b="$end" -v kb="$rss_kb" 'BEGIN { printf "%.1f %d\n", b - a, kb / 1024 }'
}

echo "== machine: $(nproc) cores, $(free -m | awk '/Mem/ {print $2}') MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $("$JAVA" -version 2>&1 | head -1), options: ${JAVA_OPTS:-none}"
printf '%-5s %-12s %-10s %-12s %-10s\n' run app_start_s app_rss_mb bare_start_s bare_rss_mb
for run in $(seq 1 "$RUNS"); do
    work=$(mktemp -d)
    read -r app_s app_mb < <(measure "$jar" "$APP_PORT" "$work" /actuator/health/readiness)
    read -r bare_s bare_mb < <(measure "$bare_jar" "$BARE_PORT" "$work" /page)
    printf '%-5s %-12s %-10s %-12s %-10s\n' "$run" "$app_s" "$app_mb" "$bare_s" "$bare_mb"
    rm -rf "$work"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
