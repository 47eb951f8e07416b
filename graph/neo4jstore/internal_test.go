package neo4jstore

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openTestStore opens a store on the test Neo4j, closed when the test ends.
func openTestStore(t *testing.T) *Store {
	t.Helper()
	uri := os.Getenv("CECGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Fatal("integration tests need a Neo4j: run 'make test' (it starts one), or set CECGRAPH_TEST_NEO4J_URI")
	}
	s, err := Open(context.Background(), Config{URI: uri, User: os.Getenv("CECGRAPH_TEST_NEO4J_USER"),
		Password: os.Getenv("CECGRAPH_TEST_NEO4J_PASSWORD"), Database: os.Getenv("CECGRAPH_TEST_NEO4J_DATABASE")})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// The statements the store runs one by one (the lease, the articles'
// states, the marks, …: query) run in transactions of its sessions, with
// its transaction timeout and its mark, which a stopped command's clean-up
// looks for (terminateOwn); neo4j.ExecuteQuery gave them neither. (Neo4j
// does not show a transaction's timeout; the mark is set with it.)
func TestQueryTransactionsCarryTheStoresMark(t *testing.T) {
	s := openTestStore(t)
	for _, write := range []bool{false, true} {
		res, err := s.query(context.Background(), `SHOW TRANSACTIONS YIELD currentQuery, metaData
WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN metaData`, nil, write)
		require.NoError(t, err)
		require.Len(t, res.Records, 1)
		meta, _ := res.Records[0].Values[0].(map[string]any)
		assert.Equal(t, s.tag, meta["cecgraph"], "write %v", write)
	}
}
