#!/usr/bin/env bash
# Loads N demo persons into a fresh database, then measures person search through HTTP with
# org.sira.bench.SearchLoad (page with session cookie, then API with HTTP Basic), and RSS.
# Usage: bench/search.sh h2|pg [persons=100000] [port=8091] [JVM options...]
#   bench/search.sh h2 100000 8091
#   bench/search.sh pg 100000 8092 -Xmx256m
# Env: MEASURED (default 2000), WARMUP (default 300), CONC (default 1,4), API_CONC (default CONC),
#      MODES (default "page api"), JAR (default target/sira-0.1.0-SNAPSHOT.jar)
# Needs once: mvn -q -B -o -DskipTests package && mvn -q -o test-compile
#             && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}; PERSONS=${2:-100000}; PORT=${3:-8091}; shift 3 || true
MEASURED=${MEASURED:-2000}; WARMUP=${WARMUP:-300}; CONC=${CONC:-1,4}; MODES=${MODES:-page api}; API_CONC=${API_CONC:-$CONC}
PASS='bench passphrase 2026'
JAR=${JAR:-target/sira-0.1.0-SNAPSHOT.jar}
DATA=$(mktemp -d)
rss() { awk '/VmRSS/{printf "%d MB", $2/1024}' /proc/$1/status; }
# CPU time (user+system, ms) used so far by the server process: less sensitive to a busy machine than latency.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14+$15)*1000/hz}' /proc/$1/stat; }
extra=()
if [ "$DB" = pg ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS sira_bench' -c 'CREATE DATABASE sira_bench'
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/sira_bench SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
  extra=(--sira.demo.allow-server-database=true)
fi
echo "== $DB, $PERSONS persons, JVM options: ${*:-(none)}; loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
SIRA_DATA_DIR=$DATA SIRA_ADMIN_PASSWORD="$PASS" SIRA_SECURE_COOKIE=false \
  java "$@" -jar "$JAR" --server.port="$PORT" --sira.demo=true --sira.demo.persons="$PERSONS" "${extra[@]}" \
  >"$DATA/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 6000); do
  grep -q "persons loaded in" "$DATA/app.log" && break
  kill -0 $pid 2>/dev/null || { echo "app died, see $DATA/app.log"; exit 1; }
  sleep 0.2
done
grep -o "Demo data: [0-9]* persons loaded in [0-9]* ms" "$DATA/app.log"
until curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; do sleep 0.1; done
echo "RSS after loading: $(rss $pid)"
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
for mode in $MODES; do
  conc=$CONC; [ "$mode" = api ] && conc=$API_CONC
  before=$(cpu $pid)
  java -cp "$CP" org.sira.bench.SearchLoad "http://127.0.0.1:$PORT" "$mode" "$PASS" "$WARMUP" "$MEASURED" "$conc"
  after=$(cpu $pid)
  n=$(( WARMUP + MEASURED * $(echo "$conc" | tr ',' '\n' | wc -l) ))
  echo "RSS after $mode searches: $(rss $pid); server CPU $(( after - before )) ms for $n requests = $(( (after - before) / n )) ms/request; loadavg $(cut -d' ' -f1 /proc/loadavg)"
done
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
