#!/usr/bin/env bash
# Resident memory (VmRSS) of an idle instance on H2 with an empty data dir: right after healthy,
# then after one form login, the full /persons page, the new-person form and 20 search fragments.
# Usage: bench/memory.sh [port=8091] [JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8091}; shift 1 || true
PASS='bench passphrase 2026'
DATA=$(mktemp -d)
rss() { awk '/VmRSS/{printf "%d MB", $2/1024}' /proc/$1/status; }
SIRA_DATA_DIR=$DATA SIRA_ADMIN_PASSWORD="$PASS" SIRA_SECURE_COOKIE=false \
  java "$@" -jar target/sira-0.1.0-SNAPSHOT.jar --server.port="$PORT" >"$DATA/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "app died"; exit 1; }; sleep 0.1; done
sleep 2
echo "JVM options: ${*:-(none)}"
echo "RSS idle after start: $(rss $pid)"
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$CP" org.sira.bench.SearchLoad "http://127.0.0.1:$PORT" page "$PASS" 0 20 1 >/dev/null
sleep 2
echo "RSS after login and page views: $(rss $pid)"
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
