#!/usr/bin/env bash
# Stages a 180-row manifest 5 times through the API, each time into a new arrival group, on a COPY of a
# prepared H2 data folder (e.g. 1,000,000 demo persons), so two builds can be compared on the same registry.
# usage: bench/manifest-ab.sh JAR DATA_TEMPLATE PORT MANIFEST.csv [JVM options...]
# prepare a template once: SIRA_DATA_DIR=DIR SIRA_ADMIN_PASSWORD='bench passphrase 2026' java -jar JAR \
#   --sira.demo=true --sira.demo.persons=1000000   (stop it after "Match index: ... loaded")
set -euo pipefail
jar=$1 template=$2 port=$3 manifest=$4; shift 4
data=$(mktemp -d /tmp/sira-manifest-ab.XXXX)
cp -r "$template"/. "$data"/
SIRA_DATA_DIR=$data SIRA_KEYS_DIR=$data/keys SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false \
  java "$@" -jar "$jar" --server.port="$port" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until grep -q "Match index: .* persons loaded" "$data/server.log"; do
  kill -0 $pid 2>/dev/null || { echo "server died:"; tail -30 "$data/server.log"; exit 1; }; sleep 1
done
grep -o "Match index: [0-9]* persons loaded in [0-9]* ms" "$data/server.log"
for _ in $(seq 1 300); do   # wait until the server's CPU goes quiet
  a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 2; b=$(awk '{print $14+$15}' /proc/$pid/stat)
  [ $((b - a)) -lt 20 ] && break
done
auth=(-u admin:'bench passphrase 2026')
echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3 4 5; do
  group=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' "http://localhost:$port/api/v1/arrivals" \
    -d '{"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY","expectedCount":180}' | jq -r .id)
  curl -s -o "$data/manifest-$run.json" -w "run $run: HTTP %{http_code} in %{time_total} s\n" "${auth[@]}" \
    -F "file=@$manifest;type=text/csv" "http://localhost:$port/api/v1/arrivals/$group/manifest"
done
jq '[.rows[] | .candidates[0].verdict // "none"] | group_by(.) | map({(.[0]): length}) | add' "$data/manifest-1.json"
echo "RSS $(awk '/VmRSS/{print int($2/1024)" MB"}' /proc/$pid/status)"
