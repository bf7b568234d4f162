#!/usr/bin/env bash
# Memory per signed-in member: Ambassade's production jar on a fresh embedded H2 database with the
# demo brands; members sign in and open the home and perks screens through Vaadin's own protocol
# (bench/member_sessions.py: login form, UI init, browser details, navigation), and stay signed in.
# The heap in use after a full GC is read before and after each step, so the figure is the retained
# heap per member session.
#
#   bench/session-memory.sh                 # builds the production jar, then measures 50, then 200
#   bench/session-memory.sh path/to/app.jar # measures a jar built elsewhere
#
# Settings (environment): STEPS ("50 200": cumulative member counts), APP_PORT (18080), JAVA_OPTS
# (-Xmx1g). Needs JDK 21+ (java and jcmd, or JAVA_HOME), curl and python3.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
STEPS=${STEPS:-"50 200"}
APP_PORT=${APP_PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
host="maison-lumiere.localhost:$APP_PORT"

# shellcheck source=jars.sh
. "$root/bench/jars.sh"
jar=$(ambassade_jar "${1:-}")

work=$(mktemp -d)
read -r -a java_opts <<<"$JAVA_OPTS"
(cd "$work" && exec "${bin}java" "${java_opts[@]}" -jar "$jar" --server.port="$APP_PORT" \
    --ambassade.public-url="http://localhost:$APP_PORT" >"$work/app.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "Ambassade stopped; see $work/app.log" >&2; exit 1; }
    sleep 0.5
done

used_kb() { # heap in use after a full collection, in KB
    "${bin}jcmd" "$pid" GC.run >/dev/null
    sleep 2
    "${bin}jcmd" "$pid" GC.heap_info | sed -nE 's/.*used ([0-9]+)K.*/\1/p' | head -1
}

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java: $("${bin}java" -version 2>&1 | head -1); $JAVA_OPTS"
# One member first, so that classes and caches loaded by the first visit are not counted per session.
python3 "$root/bench/member_sessions.py" "$APP_PORT" "$host" lucas@example.fr ambassade-demo-1 1
baseline=$(used_kb)
signed_in=1
echo "heap after 1 member: $((baseline / 1024)) MB"
for total in $STEPS; do
    python3 "$root/bench/member_sessions.py" "$APP_PORT" "$host" lucas@example.fr ambassade-demo-1 \
        $((total - signed_in))
    signed_in=$total
    used=$(used_kb)
    echo "members: $total, heap after GC: $((used / 1024)) MB, per member session: $(((used - baseline) / (total - 1))) KB"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg); RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
