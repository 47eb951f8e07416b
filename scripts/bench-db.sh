#!/usr/bin/env bash
# Runs one database benchmark (make bench-reports, make bench-load):
#   scripts/bench-db.sh BENCHMARK PACKAGE TIMEOUT
# against the Neo4j at CECGRAPH_TEST_NEO4J_URI when it is set, else against a
# throwaway Neo4j on its own ports (18687/18474) with temporary data, stopped
# whatever happens. Reports and loads are timed from Go, through the CLI's own
# code paths; see the benchmark's comment for what it measures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bench="${1:?benchmark name}" pkg="${2:?package}" timeout="${3:-30m}"

if [[ -z "${CECGRAPH_TEST_NEO4J_URI:-}" ]]; then
  # Not warmed up (NEO4J_WARMUP=1 to warm it): BenchmarkLoad's "fresh server" line is the first
  # load on a server as it starts.
  export NEO4J_WARMUP="${NEO4J_WARMUP:-0}"
  . scripts/throwaway-neo4j.sh
  start_throwaway_neo4j bench "${BENCH_BOLT_PORT:-18687}" "${BENCH_HTTP_PORT:-18474}" || exit 1
fi
go test -run '^$' -bench "^${bench}\$" -benchtime 1x -timeout "$timeout" "$pkg"
