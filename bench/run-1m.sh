#!/usr/bin/env bash
# 1,000,000 returns (4 files of 250,000 rows, disjoint persons) on a fresh database, then the
# statistics latencies on it. usage: bench/run-1m.sh h2|pg PORT OUTDIR FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1 port=$2 out=$3; shift 3
mkdir -p "$out"
gclog="$out/gc-$db-1m.log"
read -r pid dir < <(bench/server.sh "$db" "$port" "$gclog")
echo "pid $pid data $dir"
echo "import starts at JVM uptime $(ps -o etimes= -p "$pid")s"
start=$(date +%s.%N)
bench/import.sh "$port" "$@"
end=$(date +%s.%N)
echo "import ends at JVM uptime $(ps -o etimes= -p "$pid")s; total wall $(echo "$end - $start" | bc)s"
grep -E 'VmHWM|VmRSS' /proc/"$pid"/status
bench/stats.sh "$port" "auth+empty period" "/api/v1/reports/returns?from=2031-01-01&to=2031-01-02"
bench/stats.sh "$port" "persons?size=1" "/api/v1/persons?size=1"
for r in 1 2 3; do
  bench/stats.sh "$port" "semester 2020H1 run $r" "/api/v1/reports/returns?from=2020-01-01&to=2020-06-30"
  bench/stats.sh "$port" "year 2020 run $r" "/api/v1/reports/returns?from=2020-01-01&to=2020-12-31"
done
curl -s -u admin:'bench passphrase 2026' "http://localhost:$port/api/v1/reports/returns?from=2010-01-01&to=2025-12-31" | jq -c '{total}'
grep -E 'VmHWM|VmRSS' /proc/"$pid"/status
if [ "${KEEP:-}" = 1 ]; then echo "kept running: $pid"; else kill "$pid"; fi
