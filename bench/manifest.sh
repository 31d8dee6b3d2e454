#!/usr/bin/env bash
# Stages a 180-row manifest through the API against a registry of N demo persons (H2), 5 times.
# usage: bench/manifest.sh PERSONS PORT MANIFEST.csv [JVM options...]
# Prints the load time, the match index load time, heap used after GC and each POST's time_total.
set -euo pipefail
cd "$(dirname "$0")/.."
persons=$1 port=$2 manifest=$3; shift 3
data=$(mktemp -d /tmp/sira-manifest.XXXX)
SIRA_DATA_DIR=$data SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false \
  java "$@" -jar target/sira-0.1.0-SNAPSHOT.jar --server.port="$port" --sira.demo=true --sira.demo.persons="$persons" \
  >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q "Match index: .* persons loaded" "$data/server.log"; do
  kill -0 $pid 2>/dev/null || { echo "server died: $data/server.log"; exit 1; }; sleep 1
done
grep -o "Demo data: [0-9]* persons loaded in [0-9]* ms" "$data/server.log"
grep -o "Match index: [0-9]* persons loaded in [0-9]* ms" "$data/server.log"
# Wait for the bulk indexing of the demo persons to drain (the CPU goes quiet).
for _ in $(seq 1 600); do
  a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 2; b=$(awk '{print $14+$15}' /proc/$pid/stat)
  [ $((b - a)) -lt 20 ] && break
done
jcmd $pid GC.run >/dev/null; jcmd $pid GC.heap_info | grep -E "used|def new|tenured" | head -3
auth=(-u admin:'bench passphrase 2026')
group=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' "http://localhost:$port/api/v1/arrivals" \
  -d '{"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY","expectedCount":180}' | jq -r .id)
echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3 4 5; do
  curl -s -o "$data/manifest-$run.json" -w "run $run: HTTP %{http_code} in %{time_total} s\n" "${auth[@]}" \
    -F "file=@$manifest;type=text/csv" "http://localhost:$port/api/v1/arrivals/$group/manifest"
done
jq '[.rows[] | .candidates[0].verdict // "none"] | group_by(.) | map({(.[0]): length}) | add' "$data/manifest-1.json"
echo "RSS $(awk '/VmRSS/{print int($2/1024)" MB"}' /proc/$pid/status)"
