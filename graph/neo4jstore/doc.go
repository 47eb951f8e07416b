// Package neo4jstore is cecgraph's Neo4j adapter: it owns the driver's
// lifecycle (Open, Close), the schema (ApplySchema), incremental batched
// writes of extracted documents (Load, LoadWith), retraction of articles
// (Remove), person overrides (ApplyOverrides), analysts' judgements and facts'
// confidence (SaveJudgements, ApplyJudgements), a summary of the server and
// its contents (Info) and raw Cypher (Run), whose results come back as a
// Table of plain Go values. Rehearse runs any of that in one transaction
// that is rolled back, to warm up a server without changing its graph.
//
// Every statement it runs lives in an embedded .cypher file next to the Go
// code; data reaches Cypher only as parameters. Writes are
// `UNWIND $rows AS row MERGE …` in transaction functions, nodes before
// relationships; the edges a load writes that cannot exist yet (an
// article's mentions and reports, the edges of a fact just created) are
// CREATEd, so that two transactions can write a load's facts at once
// (Config.Writers). Articles whose content hash is already stored are
// skipped; changed ones are retracted and written again. The same fact
// reported by several articles is one node with one REPORTED_IN edge per
// article, and the same person named differently is one node: the rules are
// in package graph/resolve, applied here to what a load touched, under
// write locks so that concurrent loads give the graph of one. docs/GRAPH.md
// describes the model.
package neo4jstore
