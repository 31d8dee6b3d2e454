#!/usr/bin/env bash
# Person search p95 through the API (legitimate user "admin" from 127.0.0.1, HTTP Basic; the
# right password is remembered after the first call) while another client address (127.0.0.2)
# sends 10 requests a second with wrong Basic credentials. Run once without the flood, once with.
# Usage: bench/basic-flood.sh APP_CLASSES APP_CLASSPATH_FILE [port=8191] [persons=3000]
#   e.g. bench/basic-flood.sh target/classes target/cp.txt   (a copy of both for the code before a change)
# Needs once: mvn -q -B -o test-compile && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$1; APPCP=$2; PORT=${3:-8191}; PERSONS=${4:-3000}
MEASURED=${MEASURED:-600}; WARMUP=${WARMUP:-100}; RATE=${RATE:-10}; FLOOD_MEASURED=${FLOOD_MEASURED:-100}
PASS='bench passphrase 2026'
DATA=$(mktemp -d)
SIRA_DATA_DIR=$DATA SIRA_ADMIN_PASSWORD="$PASS" SIRA_SECURE_COOKIE=false \
  java -Xmx512m -cp "$APP:$(cat "$APPCP")" org.sira.SiraApplication --server.port="$PORT" --sira.demo=true --sira.demo.persons="$PERSONS" >"$DATA/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; kill $flood 2>/dev/null || true' EXIT
flood=
for _ in $(seq 1 3000); do
  grep -q "persons loaded in" "$DATA/app.log" && break
  kill -0 $pid 2>/dev/null || { echo "app died, see $DATA/app.log"; exit 1; }
  sleep 0.2
done
until curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; do sleep 0.1; done
CLIENT=${CLIENT:-target/test-classes}
CP="$CLIENT:$(cat "$APPCP")"
echo "== $APP, $PERSONS persons; loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "-- without flood"
java -cp "$CP" org.sira.bench.SearchLoad "http://127.0.0.1:$PORT" api "$PASS" "$WARMUP" "$MEASURED" 1 | grep -v slowest
echo "-- with $RATE bad Basic requests a second from 127.0.0.2; loadavg $(cut -d' ' -f1 /proc/loadavg)"
# The flood lasts until the measured searches are done (at most 15 minutes); the server is already warm.
java -cp "$CLIENT" org.sira.bench.BadBasicFlood "$PORT" "$RATE" 900 127.0.0.2 &
flood=$!
sleep 5
java -cp "$CP" org.sira.bench.SearchLoad "http://127.0.0.1:$PORT" api "$PASS" 1 "$FLOOD_MEASURED" 1 | grep -v slowest
kill $flood 2>/dev/null; wait $flood 2>/dev/null || true
echo "loadavg after: $(cut -d' ' -f1 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
