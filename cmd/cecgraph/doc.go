// Command cecgraph reads news articles about electoral cooperation and builds
// a Neo4j graph of electoral bodies, countries, organisations, persons and the
// facts that link them (memoranda, observations, meetings, invitations,
// awards, participations), each traceable to the sentence that states it.
//
//	cecgraph extract --format jsonl FILE|DIR...   extraction, no database
//	cecgraph load FILE|DIR...                     extraction into Neo4j
//	cecgraph report memoranda --country KZ        a canned report
//	cecgraph query 'MATCH (n) RETURN count(n)'    raw Cypher, read-only
//	cecgraph doctor                               is Neo4j there?
//	cecgraph warmup                               a server just started, made ready for loads and removals
//
// Only this package wires the others together, sets up slog and decides
// exit codes: 0 success, 1 failure, 2 some inputs could not be read.
package main
