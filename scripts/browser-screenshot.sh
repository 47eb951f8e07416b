#!/usr/bin/env bash
# make browser-screenshot: a picture of the memoranda network of Kazakhstan in Neo4j Browser.
# Starts a throwaway Neo4j with Browser (own ports, temporary data; scripts/neo4j.sh applies
# cecgraph's style on connect), loads the development corpus in place (../shared/corpus/dev,
# never copied), opens Neo4j Browser in headless Chromium, runs the query below and saves a PNG.
#
# Environment (defaults):
#   SHARED                 ../shared          where corpus/dev is
#   OUT                    ${TMPDIR:-/tmp}/cecgraph-kz-memoranda.png
#   CHROMIUM               chromium
#   SCREENSHOT_BOLT_PORT   27687
#   SCREENSHOT_HTTP_PORT   27474
#   CECGRAPH_BIN           (built from ./cmd/cecgraph into a temporary directory)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SHARED="${SHARED:-../shared}"
CORPUS="$SHARED/corpus/dev"
OUT="${OUT:-${TMPDIR:-/tmp}/cecgraph-kz-memoranda.png}"
CHROMIUM="${CHROMIUM:-chromium}"
export NEO4J_BOLT_PORT="${SCREENSHOT_BOLT_PORT:-27687}"
export NEO4J_HTTP_PORT="${SCREENSHOT_HTTP_PORT:-27474}"
QUERY="MATCH (c:Country {key: 'KZ'})<-[o:OF_COUNTRY]-(b:ElectoralBody)<-[p1:PARTY]-(m:Memorandum)-[p2:PARTY]->(x)
WHERE x <> b
OPTIONAL MATCH (x)-[o2:OF_COUNTRY]->(c2:Country)
RETURN c, o, b, p1, m, p2, x, o2, c2"

die() { printf 'browser-screenshot: %s\n' "$*" >&2; exit 1; }
[[ -d "$CORPUS" ]] || die "no development corpus at $CORPUS (set SHARED)"
command -v "$CHROMIUM" >/dev/null 2>&1 || die "$CHROMIUM not found (set CHROMIUM; Debian: apt-get install chromium)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cecgraph-screenshot.XXXXXX")"
export NEO4J_STATE_DIR="$WORK/neo4j"
stop() {
  bash scripts/neo4j.sh down >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT

BIN="${CECGRAPH_BIN:-}"
if [[ -z "$BIN" ]]; then
  BIN="$WORK/cecgraph"
  go build -o "$BIN" ./cmd/cecgraph
fi
"$BIN" browser --help >/dev/null 2>&1 || die "$BIN has no 'browser' command (register it in cmd/cecgraph/main.go)"

bash scripts/neo4j.sh up >&2 || die "Neo4j did not start (see above)"
export CECGRAPH_NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
"$BIN" load --progress none "$CORPUS"
"$BIN" browser screenshot --chromium "$CHROMIUM" \
  --browser-url "http://127.0.0.1:$NEO4J_HTTP_PORT/browser/" --bolt-url "$CECGRAPH_NEO4J_URI" \
  --width 1600 --height 1200 --query "$QUERY" --out "$OUT"
echo "browser-screenshot: $OUT"
