#!/usr/bin/env bash
# make test: starts a throwaway Neo4j (own ports, temporary data), runs every Go test
# against it, and stops it whatever happens. If Neo4j cannot start, the tests fail
# with the reason; integration tests never skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. scripts/throwaway-neo4j.sh
start_throwaway_neo4j test "${TEST_BOLT_PORT:-17687}" "${TEST_HTTP_PORT:-17474}" ||
  { echo "test: integration tests need it" >&2; exit 1; }
# The GraphML schema for queries/export's tests (fetched once, offline after); without it those tests fail.
bash scripts/graphml-schema.sh >/dev/null || echo "test: the GraphML schema could not be fetched (see above); the GraphML schema tests will fail" >&2
# -p 1: integration tests of different packages share the one database.
go test -p 1 -count=1 "$@" ./...
