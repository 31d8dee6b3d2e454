#!/usr/bin/env bash
set -uo pipefail
cd "$(dirname "$0")/.."
for db in h2 pg; do
  read -r pid dir < <(bench/server.sh "$db" 8097 "/tmp/bench3/gc-new-$db-100k.log")
  echo "== $db 100k, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"; bench/import.sh 8097 /tmp/bench3/r100k.csv
  kill "$pid"; wait "$pid" 2>/dev/null; sleep 2
done
read -r pid dir < <(bench/server.sh pg 8097 /tmp/bench3/gc-new-pg-1m.log)
echo "== pg 1M single file, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"; bench/import.sh 8097 /tmp/bench3/r1m-single.csv
grep VmHWM /proc/$pid/status
echo "semester stats:"; for i in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -w '%{time_total}\n' -u admin:'bench passphrase 2026' "http://localhost:8097/api/v1/reports/returns?from=2020-0$((1 + i % 6))-01&to=2020-12-31"; done
kill "$pid"; wait "$pid" 2>/dev/null
echo DONE
