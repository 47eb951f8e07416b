// Package neo4jstore is cecgraph's Neo4j adapter: it owns the driver's
// lifecycle (Open, Close), the schema (ApplySchema), batched idempotent writes
// of extracted documents (Load), a summary of the server and its contents
// (Info) and raw Cypher (Run), whose results come back as a Table of plain Go
// values.
//
// Every statement it runs lives in an embedded .cypher file next to the Go
// code; data reaches Cypher only as parameters. Writes are
// `UNWIND $rows AS row MERGE …` in transaction functions, nodes before
// relationships, so a second load of the same documents creates nothing.
package neo4jstore
