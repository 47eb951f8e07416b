package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries"
)

// TestPartnersTableKeptRight: the partners report reads the rows kept in
// its table, and they are the rows computed from the facts after a load, a
// replaced article, a judgement, a raw write and a removal; an unchanged
// load does not rewrite them.
func TestPartnersTableKeptRight(t *testing.T) {
	neo4jtest.Store(t)
	uri := neo4jtest.URI(t)
	dir := fixtures(t)
	for _, name := range []string{"kz-kg-memorandum-signed.txt", "kz-mongolia-proposal.txt", "kz-turkey-planned.txt"} {
		raw, err := os.ReadFile(filepath.Join(examples(t), name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), raw, 0o644))
	}
	isolate(t, uri)
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
	require.NoError(t, err)
	defer s.Close(ctx)
	partners := func() string {
		t.Helper()
		code, out, errOut := cli(t, "", "report", "partners", "--country", "KZ", "--format", "csv")
		require.Equal(t, 0, code, errOut)
		return out
	}
	// check returns the rows from the table, after checking that the table
	// is current and gives the rows computed from the facts.
	check := func(when string) string {
		t.Helper()
		require.Equal(t, "current\ntrue\n", cypher(t, "MATCH (t:ReportTable {key: 'partners'}) RETURN t.current AS current"), when)
		kept := partners()
		require.NoError(t, s.MarkTablesStale(ctx))
		live := partners()
		assert.Equal(t, live, kept, when)
		done, err := queries.RefreshTables(ctx, s)
		require.NoError(t, err)
		assert.True(t, done, when)
		return kept
	}
	run := func(args ...string) {
		t.Helper()
		code, _, errOut := cli(t, "", args...)
		require.Equal(t, 0, code, errOut)
	}

	run("load", dir)
	first := check("after the first load")
	assert.Contains(t, first, "\nKG,1,", "the memorandum with Kyrgyzstan")
	assert.Greater(t, strings.Count(first, "\n"), 3)

	refreshed := cypher(t, "MATCH (t:ReportTable {key: 'partners'}) RETURN toString(t.refreshed_at) AS at")
	run("load", dir)
	assert.Equal(t, refreshed, cypher(t, "MATCH (t:ReportTable {key: 'partners'}) RETURN toString(t.refreshed_at) AS at"),
		"an unchanged load leaves the table as it is")

	// A replaced article: the Turkish partner becomes a Georgian one.
	path := filepath.Join(dir, "kz-turkey-planned.txt")
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	changed := strings.NewReplacer("Турции", "Грузии", "Турецкой Республики", "Грузии", "турецк", "грузинск").Replace(string(raw))
	require.NotEqual(t, string(raw), changed)
	require.NoError(t, os.WriteFile(path, []byte(changed), 0o644))
	run("load", dir)
	replaced := check("after a replaced article")
	assert.NotEqual(t, first, replaced)

	memo := strings.TrimSpace(strings.Split(cypher(t, "MATCH (m:Memorandum)-[:PARTY]->(:ElectoralBody {key: 'KG/CEC'}) RETURN m.key AS k"), "\n")[1])
	run("judge", "reject", memo)
	judged := check("after a judgement")
	assert.NotContains(t, judged, "\nKG,1,", "the rejected memorandum no longer counts")

	run("query", "--write", "MATCH (f:Meeting) DETACH DELETE f")
	written := check("after a raw write")
	assert.NotEqual(t, judged, written)

	run("remove", filepath.Join(dir, "kz-mongolia-proposal.txt"))
	removed := check("after a removal")
	assert.NotEqual(t, written, removed)
}
