#!/usr/bin/env bash
# One file of 1,000,000 returns rows into a fresh database, with peak memory and GC, then the
# statistics (API with HTTP Basic, and the page with a session). usage: bench/run-1m-single.sh h2|pg FILE GCLOG
set -uo pipefail
cd "$(dirname "$0")/.."
db=$1 file=$2 gclog=$3
read -r pid dir < <(bench/server.sh "$db" 8097 "$gclog")
echo "== $db 1M single file, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"; bench/import.sh 8097 "$file"
grep -E 'VmHWM' /proc/"$pid"/status
grep -oE 'Pause Young.* ([0-9]+)M->([0-9]+)M' "$gclog" | sed -E 's/.* ([0-9]+)M->([0-9]+)M/\1 \2/' \
  | awk '{if ($1>b) b=$1; if ($2>a) a=$2} END {print "heap: highest before GC", b, "MB, after GC", a, "MB"}'
echo "full GCs: $(grep -c 'Pause Full' "$gclog")"
for r in 1 2 3; do bench/stats-varied.sh 8097 "$db API semester run $r" 2020-01-01 182; done
bench/stats-page.sh 8097 "$db statistics page, 32 semesters"
echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$pid"
