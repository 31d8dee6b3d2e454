#!/usr/bin/env bash
# The statistics page for each semester of 2010-2025 (32 different periods, each asked once, so
# no cache of an identical query can answer), with a browser session: one login, then no
# password hashing per request, unlike the API's HTTP Basic. usage: bench/stats-page.sh PORT [LABEL]
set -euo pipefail
port=$1 label=${2:-page}
jar=$(mktemp)
base="http://localhost:$port"
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=bench passphrase 2026" \
  --data-urlencode "_csrf=$token" "$base/login"
curl -s -b "$jar" -o /dev/null "$base/reports/returns?period=2009-S1"   # warm-up
for y in $(seq 2010 2025); do for s in 1 2; do
  curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base/reports/returns?period=$y-S$s"
done; done | awk -v label="$label" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
  n = asort(t); p50 = t[int((n + 1) / 2)]; p95 = t[int(n * 0.95 + 0.999)];
  printf "%s n=%d p50=%.0fms p95=%.0fms min=%.0fms max=%.0fms non-200=%d\n", label, n, p50, p95, t[1], t[n], bad }'
rm -f "$jar"
