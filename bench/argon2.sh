#!/usr/bin/env bash
# Cost of HTTP Basic (one Argon2id check per request) on its own: 30 sequential GETs of an
# unknown person id through the API (authenticates, then answers 404 without touching search),
# on an empty H2 instance. Prints the median of curl's time_total.
# Usage: bench/argon2.sh [port=8097] [JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8097}; shift 1 || true
PASS='bench passphrase 2026'
DATA=$(mktemp -d)
SIRA_DATA_DIR=$DATA SIRA_ADMIN_PASSWORD="$PASS" SIRA_SECURE_COOKIE=false \
  java "$@" -jar target/sira-0.1.0-SNAPSHOT.jar --server.port="$PORT" >"$DATA/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "app died"; exit 1; }; sleep 0.1; done
url="http://127.0.0.1:$PORT/api/v1/persons/00000000-0000-0000-0000-000000000000"
for i in $(seq 1 20); do curl -s -o /dev/null -u "admin:$PASS" "$url"; done   # warm-up
for i in $(seq 1 30); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "admin:$PASS" "$url"; done >"$DATA/t.txt"
echo "HTTP codes: $(cut -d' ' -f1 "$DATA/t.txt" | sort | uniq -c | tr '\n' ' ')"
cut -d' ' -f2 "$DATA/t.txt" | sort -n | awk '{a[NR]=$1} END{printf "Basic-auth GET (404) median %.1f ms, min %.1f ms, max %.1f ms over %d; loadavg %s\n", a[int((NR+1)/2)]*1000, a[1]*1000, a[NR]*1000, NR, "'"$(cut -d' ' -f1 /proc/loadavg)"'"}'
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
