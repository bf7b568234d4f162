#!/usr/bin/env bash
# Large brand: one demo brand filled with 100 000 members, 1 000 000 ledger lines, 200 000 posts in
# one community's feed and 50 000 perk claims on MariaDB (bench/large-brand.sql), the other demo brand
# left small (60 people, 40 posts, 62 claims: just enough for full first pages); then the
# people grid (manager), the community feed (member), the claims grid of the busiest perk (manager)
# and "my perks" (member) are opened through Vaadin's own protocol in both brands, in turn, and
# timed (bench/member_sessions.py time). Target: large ≤ 1.5 × small.
#
#   bench/large-brand.sh                   # builds the production jar, creates, fills and measures
#   bench/large-brand.sh path/to/app.jar   # a jar built elsewhere
#   LB_REUSE=1 bench/large-brand.sh        # measures the database filled before (new migrations
#                                          # run on it at start), no generation
#
# Settings (environment): LB_DB (ambassade_large; dropped and created again unless LB_REUSE=1),
# DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty), APP_PORT (18081),
# JAVA_OPTS (-Xmx1g), RUNS (30 timed rounds), WARMUP (10 untimed rounds). Needs the MariaDB client
# (mysql), MariaDB 10.0+ (Sequence engine), JDK 21+, curl and python3. The database stays on the
# server (nothing generated lands in the repository); drop it with `DROP DATABASE ambassade_large`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
LB_DB=${LB_DB:-ambassade_large}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
APP_PORT=${APP_PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-10}
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
password=ambassade-demo-1 # every demo account's, and every generated person's

# The large brand and the small one, with the people who open the screens.
LARGE=cimes-outdoor LARGE_MANAGER=sam@cimes-outdoor.com LARGE_MEMBER=noah@example.com
LARGE_FEED="Trails & summits"
SMALL=maison-lumiere SMALL_MANAGER=claire@maison-lumiere.fr SMALL_MEMBER=lucas@example.fr
SMALL_FEED="Rituels beauté"

sql() { mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# shellcheck source=jars.sh
. "$root/bench/jars.sh"
jar=$(ambassade_jar "${1:-}")

work=$(mktemp -d)
pid=
start_app() {
    read -r -a java_opts <<<"$JAVA_OPTS"
    # The mysql profile, with the demo brands seeded on the empty database (ambassade.demo-data) and
    # the perk lifecycle (reminders, closing) off so that no background job runs while timing.
    (cd "$work" && SPRING_PROFILES_ACTIVE=mysql \
        AMBASSADE_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$LB_DB" \
        AMBASSADE_DB_USER="$DB_USER" AMBASSADE_DB_PASSWORD="$DB_PASSWORD" AMBASSADE_DB_DIALECT=mariadb \
        exec "${bin}java" "${java_opts[@]}" -jar "$jar" --server.port="$APP_PORT" \
        --ambassade.public-url="http://localhost:$APP_PORT" --ambassade.demo-data=true \
        --ambassade.perks.lifecycle-enabled=false >>"$work/app.log" 2>&1) &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
        kill -0 "$pid" 2>/dev/null || { echo "Ambassade stopped; see $work/app.log" >&2; exit 1; }
        sleep 0.5
    done
}
stop_app() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
}
trap 'stop_app' EXIT

echo "== machine: $(nproc) cores, load $(load); $(sql -N -e 'select version()'); java: $("${bin}java" -version 2>&1 | head -1); $JAVA_OPTS"
if [[ -z "${LB_REUSE:-}" ]]; then
    echo "== fresh database $LB_DB: migrations and demo brands (production jar, mysql profile)"
    sql -e "DROP DATABASE IF EXISTS \`$LB_DB\`; CREATE DATABASE \`$LB_DB\`"
    start_app
    # The demo seed ends with effects handled after commit (ledger lines, notices): wait for them.
    until [[ $(sql -N "$LB_DB" -e "select (select count(*) from perk_claim) >= 3 and
            (select count(*) from event_publication where completion_date is null) = 0") == 1 ]]; do
        sleep 0.5
    done
    stop_app
    echo "== filling $LARGE (load before: $(load))"
    started=$(date +%s)
    sql "$LB_DB" -e "SET @slug = '$LARGE', @feed_name = '$LARGE_FEED', @member_email = '$LARGE_MEMBER',
                     @small_slug = '$SMALL', @small_feed_name = '$SMALL_FEED', @small_member_email = '$SMALL_MEMBER';
                     source $root/bench/large-brand.sql"
    echo "generation: $(($(date +%s) - started)) s (load after: $(load))"
    sql -N "$LB_DB" -e "select concat('database size: ', round(sum(data_length + index_length) / 1048576), ' MB')
                        from information_schema.tables where table_schema = '$LB_DB'"
fi

start_app
id_of() { sql -N "$LB_DB" -e "$1"; }
tenant() { id_of "select id from tenant where slug = '$1'"; }
large=$(tenant "$LARGE") small=$(tenant "$SMALL")
large_feed=$(id_of "select id from community where tenant_id = $large and name = '$LARGE_FEED'")
small_feed=$(id_of "select id from community where tenant_id = $small and name = '$SMALL_FEED'")
busiest() { id_of "select perk_id from perk_claim where tenant_id = $1 group by perk_id order by count(*) desc, perk_id limit 1"; }
large_perk=$(busiest "$large") small_perk=$(busiest "$small")
hl="$LARGE.localhost:$APP_PORT" hs="$SMALL.localhost:$APP_PORT"

echo "== timing: $WARMUP rounds untimed, then $RUNS timed; large and small in turn (load before: $(load))"
python3 "$root/bench/member_sessions.py" time "$APP_PORT" "$password" "$RUNS" "$WARMUP" \
    "$hl,$LARGE_MANAGER,people" "$hs,$SMALL_MANAGER,people" \
    "$hl,$LARGE_MEMBER,communities/$large_feed" "$hs,$SMALL_MEMBER,communities/$small_feed" \
    "$hl,$LARGE_MANAGER,manage/perks/$large_perk/claims" "$hs,$SMALL_MANAGER,manage/perks/$small_perk/claims" \
    "$hl,$LARGE_MEMBER,perks" "$hs,$SMALL_MEMBER,perks"
echo "== load after: $(load); RSS $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) MB"
