#!/usr/bin/env bash
# 100,000-row import on a fresh database, 3 times: bench/run-100k.sh h2|pg PORT FILE
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1 port=$2 file=$3
for run in 1 2 3; do
  read -r pid dir < <(bench/server.sh "$db" "$port" "/tmp/bench3/gc-$db-100k-$run.log")
  echo -n "$db run $run: "; bench/import.sh "$port" "$file"
  kill "$pid"; wait "$pid" 2>/dev/null || true; sleep 2
done
