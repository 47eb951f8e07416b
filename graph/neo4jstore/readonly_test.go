package neo4jstore_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// csvServer serves a small CSV file and counts the requests for it.
func csvServer(t *testing.T) (string, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		_, _ = w.Write([]byte("a,b\n1,2\n"))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/x.csv", &hits
}

// Without write, Run refuses administration commands, server procedures
// that are not known to only read, and LOAD CSV, before anything runs; it
// looks at the server's plan, so comments, strings and spelling do not
// matter. The read-only SHOW commands on the schema still run.
func TestRunReadOnlyRefusesAdministrationAndLoadCSV(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	url, hits := csvServer(t)

	// A running transaction of someone else, for TERMINATE TRANSACTIONS.
	const long = "UNWIND range(1, 10000000000) AS x RETURN count(x) AS readonly_test"
	other, err := neo4jstore.Open(ctx, neo4jtest.Config(t))
	require.NoError(t, err)
	defer other.Close(ctx)
	longCtx, stopLong := context.WithCancel(ctx)
	longDone := make(chan struct{})
	go func() {
		defer close(longDone)
		_, _ = other.Run(longCtx, long, nil, true)
	}()
	running := func() []any {
		tab, err := s.Run(ctx, "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = $q RETURN transactionId", map[string]any{"q": long}, true)
		require.NoError(t, err)
		ids := []any{}
		for _, r := range tab.Rows {
			ids = append(ids, r[0])
		}
		return ids
	}
	var ids []any
	defer func() { // the test ends the long query itself
		if len(ids) > 0 {
			_, _ = s.Run(ctx, "TERMINATE TRANSACTIONS $ids", map[string]any{"ids": ids}, true)
		}
		stopLong()
		<-longDone
	}()
	for deadline := time.Now().Add(30 * time.Second); len(ids) == 0; time.Sleep(50 * time.Millisecond) {
		require.True(t, time.Now().Before(deadline), "the long query did not start")
		ids = running()
	}

	refused := []struct {
		cypher string
		params map[string]any
		want   string
	}{
		{"SHOW TRANSACTIONS", nil, "SHOW TRANSACTIONS is an administration command"},
		{"TERMINATE TRANSACTIONS $ids", map[string]any{"ids": ids}, "TERMINATE TRANSACTIONS is an administration command"},
		{"terminate /* a comment */\n  TRANSACTIONS $ids", map[string]any{"ids": ids}, "TERMINATE TRANSACTIONS is an administration command"},
		{"SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id YIELD message RETURN message", nil, "is an administration command"},
		{"SHOW USERS", nil, "the statement is an administration command"},
		{"CREATE USER mallory SET PASSWORD 'not-read-only-1'", nil, "the statement is an administration command"},
		{"DROP USER neo4j", nil, "the statement is an administration command"},
		{"SHOW DATABASES", nil, "the statement is an administration command"},
		{"SHOW SETTINGS", nil, "SHOW SETTINGS is an administration command"},
		{"CALL db.clearQueryCaches()", nil, "procedure db.clearQueryCaches is not known to only read"},
		{"CALL dbms.listConfig()", nil, "procedure dbms.listConfig is not known to only read"},
		{"LOAD CSV FROM $url AS r RETURN r", map[string]any{"url": url}, "LOAD CSV makes the server read a file or URL"},
		{"LOAD CSV FROM '" + url + "' AS r RETURN r", nil, "LOAD CSV makes the server read a file or URL"},
		{"load  csv with headers from 'file:///etc/passwd' as r return r", nil, "LOAD CSV makes the server read a file or URL"},
		{"CALL () { LOAD CSV FROM $url AS r RETURN r } RETURN count(*)", map[string]any{"url": url}, "LOAD CSV makes the server read a file or URL"},
	}
	for _, tt := range refused {
		t.Run(tt.cypher, func(t *testing.T) {
			_, err := s.Run(ctx, tt.cypher, tt.params, false)
			require.Error(t, err)
			assert.ErrorIs(t, err, neo4jstore.ErrNotReadOnly)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "pass --write to allow it")
		})
	}
	assert.Zero(t, hits.Load(), "no LOAD CSV fetched the URL")
	assert.Equal(t, ids, running(), "the transaction was not terminated")
	users, err := s.Run(ctx, "SHOW USERS YIELD user RETURN user ORDER BY user", nil, true)
	require.NoError(t, err)
	assert.Equal(t, [][]any{{"neo4j"}}, users.Rows, "no user was created or dropped")

	// Reads, whatever their text says, and the SHOW commands on the schema.
	for _, q := range []string{
		"RETURN 'TERMINATE TRANSACTIONS' AS s // LOAD CSV FROM 'http://x'",
		"MATCH (n) /* SHOW TRANSACTIONS */ RETURN count(n) AS n",
		"SHOW INDEXES", "SHOW CONSTRAINTS", "SHOW PROCEDURES", "SHOW FUNCTIONS",
		"CALL db.labels()", "CALL dbms.components() YIELD name RETURN name",
	} {
		_, err := s.Run(ctx, q, nil, false)
		assert.NoError(t, err, q)
	}
}

// The test's server is started like every local server (scripts/neo4j.sh):
// even with write, LOAD CSV reads neither the server's files nor URLs.
func TestLocalServerLoadsNoCSVFromFilesOrURLs(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	url, hits := csvServer(t)
	for q, want := range map[string]string{
		"LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r": "dbms.security.allow_csv_import_from_file_urls",
		"LOAD CSV FROM $url AS r RETURN r":                 "internal.dbms.cypher_ip_blocklist",
	} {
		_, err := s.Run(ctx, q, map[string]any{"url": url}, true)
		require.Error(t, err, q)
		assert.Contains(t, err.Error(), want, q)
	}
	assert.Zero(t, hits.Load(), "the server fetched the URL")
}
