#!/usr/bin/env bash
# Start-up time to healthy: from process launch to the first GET /actuator/health answering
# 200 {"status":"UP"}, polled every 100 ms, on H2 with an empty data dir.
# Usage: bench/startup.sh [runs] [port] [JVM options...]
#   bench/startup.sh 3 8091
#   bench/startup.sh 3 8091 -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k
# Prints one line per run: seconds to healthy and RSS (VmRSS) right after healthy; then the median.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; PORT=${2:-8091}; shift 2 || true
JAR=target/sira-0.1.0-SNAPSHOT.jar
times=()
for i in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d)
  start=$(date +%s%N)
  SIRA_DATA_DIR=$DATA SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false \
    java "$@" -jar "$JAR" --server.port="$PORT" >"$DATA/app.log" 2>&1 &
  pid=$!
  healthy=""
  for _ in $(seq 1 1200); do
    if curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      healthy=$(date +%s%N); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$healthy" ]; then echo "run $i: never healthy, see $DATA/app.log"; kill "$pid" 2>/dev/null || true; exit 1; fi
  secs=$(awk -v a="$start" -v b="$healthy" 'BEGIN{printf "%.2f", (b-a)/1e9}')
  rss=$(awk '/VmRSS/{printf "%d", $2/1024}' /proc/$pid/status)
  started=$(grep -o 'Started SiraApplication in [0-9.]* seconds' "$DATA/app.log" || true)
  echo "run $i: healthy after ${secs} s, RSS ${rss} MB ($started; loadavg $(cut -d" " -f1 /proc/loadavg))"
  times+=("$secs")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$DATA"
  sleep 1
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print "median: " a[int((NR+1)/2)] " s over " NR " runs"}'
