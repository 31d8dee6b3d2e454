#!/usr/bin/env bash
# One 100,000-row returns import on a fresh H2 with follow-up planning on or off (issue 15); prints
# jar, planning, load average, import line of bench/import.sh, the server's CPU seconds during the
# import (user + system: on a shared machine far steadier than the wall time), the same of PostgreSQL's
# processes (or of H2's nothing), follow-ups planned.
# usage: DEPS=deps.txt bench/follow-ups-import.sh JAR on|off FILE PORT
# DEPS: the jars of surefire.test.class.path in any target/surefire-reports/TEST-*.xml, minus target/.
# PG_SCHEMA=S: on PostgreSQL (127.0.0.1:5432, database test), in schema S, dropped and created afresh.
set -euo pipefail
jar=$1 planning=$2 file=$3 port=$4
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d /tmp/sira-fu-bench.XXXX)
opts=(); [ "$planning" = off ] && opts=(-Dsira.follow-ups.months=)
if [ -n "${PG_SCHEMA:-}" ]; then
  PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE"
  opts+=("-Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA"
         -Dspring.datasource.username=postgres "-Dspring.flyway.schemas=$PG_SCHEMA" "-Dspring.flyway.default-schema=$PG_SCHEMA")
fi
SIRA_DATA_DIR=$dir SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false nohup java -Xmx512m "${opts[@]}" \
  -cp "$jar:$(paste -sd: "$DEPS")" org.sira.SiraApplication --server.port="$port" > "$dir.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
load=$(cut -d' ' -f1 /proc/loadavg)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# PostgreSQL's processes, those ended since counted in their parent's (the postmaster's) children's time.
dbcpu() { cat $(pgrep -u postgres postgres | sed 's|.*|/proc/&/stat|') 2>/dev/null | awk '{s += $14 + $15 + $16 + $17} END {print s}'; }
before=$(cpu) dbbefore=$(dbcpu)
line=$("$here/import.sh" "$port" "$file")
cpus=$(echo "scale=1; ($(cpu) - $before) / $(getconf CLK_TCK)" | bc)
dbcpus=$(echo "scale=1; ($(dbcpu) - $dbbefore) / $(getconf CLK_TCK)" | bc)
planned=$(curl -s -u admin:'bench passphrase 2026' "http://localhost:$port/api/v1/follow-ups?dueBefore=2030-01-01&size=1" | jq -r .total)
echo "$(basename "$jar") $planning load=$load $line cpu_s=$cpus db_cpu_s=$dbcpus followups=$planned load_after=$(cut -d' ' -f1 /proc/loadavg)"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$dir" "$dir.log"
