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
  export NEO4J_BOLT_PORT="${BENCH_BOLT_PORT:-18687}"
  export NEO4J_HTTP_PORT="${BENCH_HTTP_PORT:-18474}"
  export NEO4J_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cecgraph-bench-neo4j.XXXXXX")"
  stop() {
    bash scripts/neo4j.sh down >/dev/null 2>&1 || true
    rm -rf "$NEO4J_STATE_DIR"
  }
  trap stop EXIT
  echo "bench: starting a throwaway Neo4j on bolt://127.0.0.1:$NEO4J_BOLT_PORT" >&2
  bash scripts/neo4j.sh up >&2 || { echo "bench: FAILED: Neo4j could not be started (see above)" >&2; exit 1; }
  export CECGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
fi
go test -run '^$' -bench "^${bench}\$" -benchtime 1x -timeout "$timeout" "$pkg"
