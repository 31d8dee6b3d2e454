#!/usr/bin/env bash
# Statistics on an existing million-return database, after the match index has loaded.
# usage: bench/restats.sh h2 DATADIR | restats.sh pg
set -uo pipefail
cd "$(dirname "$0")/.."
db=$1
export SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false
if [ "$db" = pg ]; then
  export SIRA_DATA_DIR=$(mktemp -d) SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/sira_bench3 SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
else
  export SIRA_DATA_DIR=$2
fi
java -Xmx512m -jar target/sira-0.1.0-SNAPSHOT.jar --server.port=8097 > ${TMPDIR:-/tmp}/restats-$db.log 2>&1 &
pid=$!
for i in $(seq 1 300); do grep -q "Match index: .* loaded" ${TMPDIR:-/tmp}/restats-$db.log && break; sleep 1; done
grep -o "Match index: .* loaded in [0-9]* ms" ${TMPDIR:-/tmp}/restats-$db.log
echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
for r in 1 2 3; do bench/stats-varied.sh 8097 "$db API semester run $r" 2020-01-01 182; done
bench/stats-page.sh 8097 "$db statistics page, 32 semesters"
echo "loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid
