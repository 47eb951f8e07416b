# cecgraph — see README.md. Everything the project needs is installed by these targets:
# Go modules (go mod download), Java 17 and Maven from Debian when missing (scripts/deps.sh),
# the Neo4j 5.26 jars from Maven Central (scripts/neo4j.sh build, cached in .cache/).

GO        ?= go
BIN       := bin/cecgraph
SHARED    ?= ../shared
# A throwaway Neo4j for `make test`, on ports of its own so it never touches the demo server.
TEST_BOLT_PORT ?= 17687
TEST_HTTP_PORT ?= 17474

.PHONY: all build deps neo4j-up neo4j-down neo4j-status demo test unit eval bench morph-check bench-load bench-reports bench-scale browser-screenshot clean graphml-schema

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(GO) build -o $(BIN) ./cmd/cecgraph

# Starts the local Neo4j, then warms it up with cecgraph warmup (scripts/neo4j.sh: a load and a
# removal of generated articles in a scratch database, then in a transaction rolled back; it
# adds 20 s to a minute on our 2-core machine, see README): make neo4j-up NEO4J_WARMUP=0 skips it.
neo4j-up: build
	@CECGRAPH_BIN=$(CURDIR)/$(BIN) bash scripts/neo4j.sh up

neo4j-down:
	@bash scripts/neo4j.sh down

neo4j-status:
	@bash scripts/neo4j.sh status

# The main job: a local Neo4j, the example articles loaded, the memoranda report printed.
demo: build neo4j-up
	@bash scripts/demo.sh

# All tests: unit tests and integration tests against a throwaway real Neo4j.
test: build
	@bash scripts/test.sh

# The GraphML schema the export tests validate against, unpacked from a Maven Central jar into
# .cache/graphml (scripts/graphml-schema.sh; make test runs it too).
graphml-schema: deps
	@bash scripts/graphml-schema.sh

# Unit tests only (no Neo4j); integration packages fail without one, by design.
unit:
	$(GO) test -count=1 $$($(GO) list ./loader/... ./config/... | grep -v /loader/ingest)

# Extraction quality on the shared dev corpus (needs ../shared).
eval: build
	@bash scripts/eval.sh "$(SHARED)"

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./loader/...

# The suffix model measured against the OpenCorpora dictionary (pymorphy3-dicts-ru from PyPI, in a
# throwaway venv under .cache/morph); prints figures, not part of make test.
morph-check:
	@bash scripts/morph-check.sh

# Neo4j Browser picture of Kazakhstan's memoranda network from ../shared/corpus/dev (needs chromium).
browser-screenshot: build
	@bash scripts/deps.sh chromium
	@SHARED="$(SHARED)" CECGRAPH_BIN=$(CURDIR)/$(BIN) bash scripts/browser-screenshot.sh

# The database benchmarks, each on 10,000 generated articles, against a throwaway Neo4j
# (or the one at CECGRAPH_TEST_NEO4J_URI); not in CI.
# Loading (~15 min): batched vs one fact per transaction, first load vs unchanged re-run.
bench-load:
	@bash scripts/bench-db.sh BenchmarkLoad ./cmd/cecgraph 60m

# Reports (~3 min): p50/p95 of every report; fails when a p95 is over 100 ms.
bench-reports:
	@bash scripts/bench-db.sh BenchmarkReports ./queries 30m

# Scale (about 15 min at 200,000 on a 2-core machine): generated articles in files at 20,000 and
# 200,000 (CECGRAPH_BENCH_SCALE_SIZES=20000,60000 to choose), each loaded into an emptied database
# by the cecgraph binary: load time, facts/s, peak RSS of the load process, unchanged re-run,
# report p95, then the time of cecgraph remove of the first 20,000 articles.
bench-scale:
	@bash scripts/bench-db.sh BenchmarkScale ./cmd/cecgraph 6h

clean:
	rm -rf bin
