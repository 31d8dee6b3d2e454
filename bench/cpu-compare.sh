#!/usr/bin/env bash
# Contention-robust A/B of two jars: server CPU ms per search request (page mode, concurrency 1),
# H2, 100,000 persons, same JVM options. Usage: bench/cpu-compare.sh A.jar B.jar [JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1; B=$2; shift 2
for jar in "$A" "$B"; do
  JAR=$jar MEASURED=${MEASURED:-500} WARMUP=${WARMUP:-200} CONC=1 MODES=page bench/search.sh h2 100000 8094 "$@"
done
