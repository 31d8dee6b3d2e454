#!/usr/bin/env bash
# Imports files of returns one after the other through the API; one line per file:
# file rows http_code time_total_s imported rejected rows_per_s
# usage: bench/import.sh PORT FILE...
set -euo pipefail
port=$1; shift
for f in "$@"; do
  rows=$(( $(wc -l <"$f") - 1 ))
  out=$(mktemp)
  t=$(curl -s -o "$out" -w '%{http_code} %{time_total}' -u admin:'bench passphrase 2026' \
      -F "file=@$f;type=text/csv" "http://localhost:$port/api/v1/imports/returns")
  imported=$(jq -r '.imported' "$out" 2>/dev/null || echo '?')
  rejected=$(jq -r '.rejected' "$out" 2>/dev/null || echo '?')
  read -r code secs <<<"$t"
  echo "$(basename "$f") $rows $code $secs $imported $rejected $(echo "$rows / $secs" | bc)"
  [ "$imported" = "$rows" ] || { echo "MISMATCH: imported=$imported rows=$rows; response in $out" >&2; }
done
