#!/usr/bin/env bash
# Latency of one GET with HTTP Basic auth: WARMUP requests discarded, then N measured (curl time_total).
# Prints: label n p50_ms p95_ms min_ms max_ms
# usage: bench/stats.sh PORT LABEL PATH_AND_QUERY [N=50] [WARMUP=5]
set -euo pipefail
port=$1 label=$2 path=$3 n=${4:-50} warm=${5:-5}
url="http://localhost:$port$path"
for i in $(seq 1 "$warm"); do curl -sf -o /dev/null -u admin:'bench passphrase 2026' "$url"; done
for i in $(seq 1 "$n"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -u admin:'bench passphrase 2026' "$url"
done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
  p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); p95 = t[i95];
  printf "%s n=%d p50=%.0fms p95=%.0fms min=%.0fms max=%.0fms\n", label, NR, p50, p95, t[1], t[NR] }'
