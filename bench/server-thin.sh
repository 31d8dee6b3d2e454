#!/usr/bin/env bash
# Starts Sira from a thin jar (what `mvn -o package` leaves when the offline repackage step cannot
# run) on an existing data folder, with the dependencies listed one per line in DEPS; prints the PID
# once healthy. usage: DEPS=deps.txt bench/server-thin.sh JAR DATADIR PORT [java options...]
# DEPS: the jars of surefire.test.class.path in any target/surefire-reports/TEST-*.xml, minus target/.
set -euo pipefail
jar=$1 dir=$2 port=$3; shift 3
SIRA_DATA_DIR=$dir SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false nohup java -Xmx1g -XX:+UseSerialGC "$@" \
  -cp "$jar:$(paste -sd: "$DEPS")" org.sira.SiraApplication --server.port="$port" > "$dir.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  if curl -sf "http://localhost:$port/actuator/health" >/dev/null; then echo "$pid"; exit 0; fi
  kill -0 $pid 2>/dev/null || { echo "died, see $dir.log" >&2; exit 1; }
  sleep 1
done
echo "not healthy after 15 min, see $dir.log" >&2; kill $pid; exit 1
