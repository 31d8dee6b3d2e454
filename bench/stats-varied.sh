#!/usr/bin/env bash
# Like stats.sh, but every request asks a different period of the same length (start moved by one
# day per request), so that no cache of a previous identical result (H2 reuses the result of an
# identical query on unchanged tables) can answer. usage: bench/stats-varied.sh PORT LABEL FIRST_DAY LENGTH_DAYS [N=50] [WARMUP=5]
set -euo pipefail
port=$1 label=$2 first=$3 len=$4 n=${5:-50} warm=${6:-5}
req() {
  local from to
  from=$(date -d "$first + $1 days" +%F); to=$(date -d "$first + $(( $1 + len - 1 )) days" +%F)
  curl -sf -o /dev/null -w '%{time_total}\n' -u admin:'bench passphrase 2026' \
    "http://localhost:$port/api/v1/reports/returns?from=$from&to=$to"
}
for i in $(seq 1 "$warm"); do req $(( 1000 + i )) >/dev/null; done
for i in $(seq 0 $(( n - 1 ))); do req "$i"; done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
  p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); p95 = t[i95];
  printf "%s n=%d p50=%.0fms p95=%.0fms min=%.0fms max=%.0fms\n", label, NR, p50, p95, t[1], t[NR] }'
