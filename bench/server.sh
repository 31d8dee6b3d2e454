#!/usr/bin/env bash
# Starts Sira for a benchmark, in the background; prints its PID.
# usage: bench/server.sh h2|pg PORT GCLOG [extra java args...]
# pg: drops and recreates database sira_bench3 on 127.0.0.1:5432 (user postgres) first.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1 port=$2 gclog=$3; shift 3
export SIRA_DATA_DIR=$(mktemp -d /tmp/sira-bench3-data.XXXX)
export SIRA_ADMIN_PASSWORD='bench passphrase 2026' SIRA_SECURE_COOKIE=false
if [ "$db" = pg ]; then
  psql -q -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS sira_bench3' -c 'CREATE DATABASE sira_bench3' >&2
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/sira_bench3 SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
fi
nohup java -Xmx512m -Xlog:gc*:file="$gclog" "$@" -jar target/sira-0.1.0-SNAPSHOT.jar --server.port="$port" \
  >"$SIRA_DATA_DIR/server.log" 2>&1 &
pid=$!
for i in $(seq 1 180); do
  if curl -sf "http://localhost:$port/actuator/health" >/dev/null; then echo "$pid $SIRA_DATA_DIR"; exit 0; fi
  sleep 1
done
echo "server did not start, see $SIRA_DATA_DIR/server.log" >&2; kill "$pid"; exit 1
