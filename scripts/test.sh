#!/usr/bin/env bash
# make test: starts a throwaway Neo4j (own ports, temporary data), runs every Go test
# against it, and stops it whatever happens. If Neo4j cannot start, the tests fail
# with the reason; integration tests never skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NEO4J_BOLT_PORT="${TEST_BOLT_PORT:-17687}"
export NEO4J_HTTP_PORT="${TEST_HTTP_PORT:-17474}"
export NEO4J_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cecgraph-test-neo4j.XXXXXX")"
stop() {
  bash scripts/neo4j.sh down >/dev/null 2>&1 || true
  rm -rf "$NEO4J_STATE_DIR"
}
trap stop EXIT

echo "test: starting a throwaway Neo4j on bolt://127.0.0.1:$NEO4J_BOLT_PORT" >&2
if ! bash scripts/neo4j.sh up >&2; then
  echo "test: FAILED: the test Neo4j could not be started (see above); integration tests need it" >&2
  exit 1
fi
export CECGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
# The GraphML schema for queries/export's tests (fetched once, offline after); without it those tests fail.
bash scripts/graphml-schema.sh >/dev/null || echo "test: the GraphML schema could not be fetched (see above); the GraphML schema tests will fail" >&2
# -p 1: integration tests of different packages share the one database.
go test -p 1 -count=1 "$@" ./...
