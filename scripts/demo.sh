#!/usr/bin/env bash
# make demo: loads examples/ into the local Neo4j and prints the memoranda report of Kazakhstan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=bin/cecgraph
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
export CECGRAPH_NEO4J_URI="${CECGRAPH_NEO4J_URI:-bolt://127.0.0.1:$BOLT_PORT}"

echo "== loading examples/ into $CECGRAPH_NEO4J_URI"
"$BIN" load examples/
echo
echo "== memoranda of Kazakhstan's election bodies (cecgraph report memoranda --country KZ)"
"$BIN" report memoranda --country KZ
echo
echo "== the graph"
if curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/browser/" 2>/dev/null; then
  echo "Neo4j Browser:  http://127.0.0.1:$HTTP_PORT/browser/  (connect to bolt://127.0.0.1:$BOLT_PORT, no authentication)"
else
  echo "Neo4j Browser is not served by this local server; use cecgraph query or any Bolt client at bolt://127.0.0.1:$BOLT_PORT"
fi
echo "Raw Cypher:     $BIN query 'MATCH (m:Memorandum)-[:PARTY]->(b) RETURN m.key, m.status, collect(b.key)'"
echo "Stop Neo4j:     make neo4j-down"
