// Package loader is cecgraph's pipeline: it walks input paths, reads and
// decodes articles (loader/source), removes page furniture (loader/clean),
// extracts Documents (loader/extract) on a pool of workers, and hands the
// Documents in input order to a sink — a JSONL writer or a graph store.
// Score gives each fact its confidence from how it was found.
// A file that cannot be read or decoded is reported with its path and reason
// and counted; the run goes on.
package loader
