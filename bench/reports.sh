#!/usr/bin/env bash
# Time of the standard reports (issue 16) on a running Sira: each report as page, PDF, XLSX (with a
# browser session: one login) and JSON (HTTP Basic), for the 16 first semesters of 2010-2025 and
# for ten years, each period asked once per format (nothing is cached between them).
# Prints: label n p50_ms p95_ms min_ms max_ms non-200.
# usage: bench/reports.sh PORT USER PASSWORD   (a user with a statistics role and no second factor, e.g. VIEWER)
# SHORT=1: only the returnees page (16 semesters, 6 ten-year spans), its API over ten years and the trends page.
set -euo pipefail
port=$1 user=$2 pass=$3
base="http://localhost:$port"
jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$pass" \
  --data-urlencode "_csrf=$token" "$base/login"
summary() {
  awk -v label="$1" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
    n = asort(t); p50 = t[int((n + 1) / 2)]; p95 = t[int(n * 0.95 + 0.999)];
    printf "%-34s n=%d p50=%.0fms p95=%.0fms min=%.0fms max=%.0fms non-200=%d\n", label, n, p50, p95, t[1], t[n], bad }'
}
page() { curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1"; }
api() { curl -s -u "$user:$pass" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1"; }
page "/reports/returnees?period=2009-S1" >/dev/null; page "/reports/returnees.pdf?period=2009-S1" >/dev/null   # warm-up
if [ "${SHORT:-}" = 1 ]; then
  for y in $(seq 2010 2025); do page "/reports/returnees?period=$y-S1"; done | summary "returnees semester"
  for y in $(seq 2010 2015); do page "/reports/returnees?from=$y-01-01&to=$((y + 9))-12-31"; done | summary "returnees ten years"
  for y in $(seq 2010 2015); do api "/api/v1/reports/returnees?from=$y-01-01&to=$((y + 9))-12-31"; done | summary "api returnees ten years"
  for y in $(seq 2010 2016); do page "/reports/trends?fromYear=$y&toYear=$((y + 9))"; done | summary "trends ten years"
  rm -f "$jar"; exit 0
fi
for r in returnees rights; do
  for f in "" .pdf .xlsx; do
    for y in $(seq 2010 2025); do page "/reports/$r$f?period=$y-S1"; done | summary "$r$f semester"
    for y in $(seq 2010 2015); do page "/reports/$r$f?from=$y-01-01&to=$((y + 9))-12-31"; done | summary "$r$f ten years"
  done
  for y in $(seq 2010 2025); do api "/api/v1/reports/$r?period=$y-S1"; done | summary "api $r semester"
  for y in $(seq 2010 2015); do api "/api/v1/reports/$r?from=$y-01-01&to=$((y + 9))-12-31"; done | summary "api $r ten years"
done
for f in "" .pdf .xlsx; do
  for y in $(seq 2010 2016); do page "/reports/trends$f?fromYear=$y&toYear=$((y + 9))"; done | summary "trends$f ten years"
done
for y in $(seq 2010 2016); do api "/api/v1/reports/trends?fromYear=$y&toYear=$((y + 9))"; done | summary "api trends ten years"
for i in $(seq 1 10); do page "/dashboard"; done | summary "dashboard"
rm -f "$jar"
