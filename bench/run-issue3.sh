#!/usr/bin/env bash
# Issue 3 figures in one go: 100,000 rows on H2 and PostgreSQL (fresh database each), then, when
# DIR has r100k-b.csv (other persons), a second file on the same running server; then one file of
# 1,000,000 rows on each with peak heap and RSS, then the statistics over the million.
# usage: bench/run-issue3.sh DIR_WITH_r100k.csv_AND_r1m-single.csv [RUNS_100K=2]
set -uo pipefail
cd "$(dirname "$0")/.."
data=$1 runs=${2:-2}
for db in h2 pg; do
  for r in $(seq 1 "$runs"); do
    read -r pid dir < <(bench/server.sh "$db" 8097 "$data/gc-$db-100k-$r.log")
    echo "== $db 100k run $r, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"; bench/import.sh 8097 "$data/r100k.csv"
    if [ -f "$data/r100k-b.csv" ]; then echo "second file, same server:"; bench/import.sh 8097 "$data/r100k-b.csv"; fi
    kill "$pid"; wait "$pid" 2>/dev/null; sleep 2
  done
done
for db in h2 pg; do
  read -r pid dir < <(bench/server.sh "$db" 8097 "$data/gc-$db-1m.log")
  echo "== $db 1M single file, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"; bench/import.sh 8097 "$data/r1m-single.csv"
  grep -E 'VmHWM|VmRSS' /proc/"$pid"/status
  echo "GC: max heap before/after GC (MB):"
  grep -oE 'Pause Young.* ([0-9]+)M->([0-9]+)M' "$data/gc-$db-1m.log" | sed -E 's/.* ([0-9]+)M->([0-9]+)M/\1 \2/' \
    | awk '{if ($1>b) b=$1; if ($2>a) a=$2} END {print "before", b, "after", a}'
  grep -c "Pause Full" "$data/gc-$db-1m.log"
  echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  for r in 1 2 3; do
    bench/stats-varied.sh 8097 "$db semester run $r" 2020-01-01 182
  done
  bench/stats-varied.sh 8097 "$db year" 2020-01-01 366
  bench/stats-page.sh 8097 "$db statistics page, 32 semesters"
  curl -s -u admin:'bench passphrase 2026' "http://localhost:8097/api/v1/reports/returns?from=2010-01-01&to=2025-12-31" | jq -c '{total}'
  kill "$pid"; wait "$pid" 2>/dev/null; sleep 2
done
echo DONE
