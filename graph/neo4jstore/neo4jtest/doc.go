// Package neo4jtest helps integration tests reach the Neo4j that `make test`
// starts: URI reads its address from CECGRAPH_TEST_NEO4J_URI and fails the
// test when it is not set (a skipped integration test is a failing test);
// Store opens a store on an emptied database with the schema applied.
//
// Tests that use it wipe the database: run packages one at a time
// (go test -p 1).
package neo4jtest
