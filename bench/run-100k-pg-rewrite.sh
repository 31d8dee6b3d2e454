#!/usr/bin/env bash
# As run-100k.sh pg, with the PostgreSQL driver's reWriteBatchedInserts=true (multi-row INSERTs).
set -euo pipefail
cd "$(dirname "$0")/.."
port=$1 file=$2
for run in 1 2 3; do
  read -r pid dir < <(bench/server.sh pg "$port" "/tmp/bench3/gc-pg-rw-100k-$run.log" \
      -Dspring.datasource.url='jdbc:postgresql://127.0.0.1:5432/sira_bench3?reWriteBatchedInserts=true')
  echo -n "pg+rewrite run $run: "; bench/import.sh "$port" "$file"
  kill "$pid"; wait "$pid" 2>/dev/null || true; sleep 2
done
