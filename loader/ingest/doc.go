// Package ingest loads articles into the graph and removes them: inputs
// stream through reading, a check of their content hashes against the graph
// in batches, extraction on the loader's worker pool and batched writes, with
// bounded queues between the stages, so that the memory a load takes does not
// depend on the number of articles. Warmup rehearses a load and a removal of
// generated articles, to warm up a server just started without changing its
// graph.
package ingest
