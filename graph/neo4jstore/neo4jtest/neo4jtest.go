package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Environment variables that point integration tests at a Neo4j.
const (
	EnvURI      = "CECGRAPH_TEST_NEO4J_URI"
	EnvUser     = "CECGRAPH_TEST_NEO4J_USER"
	EnvPassword = "CECGRAPH_TEST_NEO4J_PASSWORD"
	EnvDatabase = "CECGRAPH_TEST_NEO4J_DATABASE"
)

// MissingURI is the failure message when EnvURI is not set.
const MissingURI = "integration tests need a Neo4j: run 'make test' (it starts one), or set " + EnvURI

// URI returns the test Neo4j's address from EnvURI, failing the test (never
// skipping it) when it is not set.
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv(EnvURI)
	if uri == "" {
		t.Fatal(MissingURI)
	}
	return uri
}

// Config returns the store configuration of the test Neo4j: EnvURI, and
// EnvUser, EnvPassword and EnvDatabase when set.
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	return neo4jstore.Config{
		URI:      URI(t),
		User:     os.Getenv(EnvUser),
		Password: os.Getenv(EnvPassword),
		Database: os.Getenv(EnvDatabase),
	}
}

// Store opens a store on the test Neo4j, deletes every node and relationship
// of its database (constraints and indexes stay), applies the schema and
// closes the store when the test ends.
func Store(t testing.TB) *neo4jstore.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := neo4jstore.Open(ctx, Config(t))
	if err != nil {
		t.Fatalf("opening the test Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if _, err := s.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil, true); err != nil {
		t.Fatalf("wiping the test database: %v", err)
	}
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("applying the schema: %v", err)
	}
	return s
}
