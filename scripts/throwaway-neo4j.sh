# Sourced by scripts/test.sh and scripts/bench-db.sh: starts a throwaway Neo4j
# on its own ports with a temporary data folder, stops and deletes it when the
# calling script exits, and exports CECGRAPH_TEST_NEO4J_URI for it.
#   start_throwaway_neo4j NAME BOLT_PORT HTTP_PORT
# NAME prefixes messages and the temporary folder; fails with the reason when
# Neo4j cannot start.
start_throwaway_neo4j() {
  local name="$1"
  export NEO4J_BOLT_PORT="$2" NEO4J_HTTP_PORT="$3"
  NEO4J_STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cecgraph-$name-neo4j.XXXXXX")"
  export NEO4J_STATE_DIR
  trap 'bash scripts/neo4j.sh down >/dev/null 2>&1 || true; rm -rf "$NEO4J_STATE_DIR"' EXIT
  echo "$name: starting a throwaway Neo4j on bolt://127.0.0.1:$NEO4J_BOLT_PORT" >&2
  if ! bash scripts/neo4j.sh up >&2; then
    echo "$name: FAILED: the $name Neo4j could not be started (see above)" >&2
    return 1
  fi
  export CECGRAPH_TEST_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
}
