package ingest_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/ingest"
	"github.com/cecgraph/cecgraph/queries"
)

// loadedStore is the test database with 40 generated articles loaded, as
// cecgraph load leaves it, and its fingerprint.
func loadedStore(t *testing.T) (*neo4jstore.Store, *loader.Pipeline, neo4jtest.Fingerprint) {
	t.Helper()
	ctx := context.Background()
	store := neo4jtest.Store(t)
	dir := t.TempDir()
	writeSynth(t, dir, 40)
	var errs []string
	p := pipeline(t, 2, &errs)
	_, err := ingest.Load(ctx, store, p, []string{dir}, ingest.Options{})
	require.NoError(t, err)
	require.Empty(t, errs)
	_, err = store.ApplyJudgements(ctx)
	require.NoError(t, err)
	_, err = queries.RefreshTables(ctx, store)
	require.NoError(t, err)
	return store, p, neo4jtest.TakeFingerprint(t, store)
}

// A warm-up loads and removes its generated articles in a transaction
// rolled back, on a loaded graph, and leaves the graph exactly as it was.
func TestWarmupLeavesTheGraphAsItWas(t *testing.T) {
	store, p, before := loadedStore(t)
	sum, err := ingest.Warmup(context.Background(), store, p, ingest.WarmupOptions{Articles: 25})
	require.NoError(t, err)
	assert.Equal(t, 25, sum.Articles)
	assert.Positive(t, sum.Facts)
	assert.Equal(t, 25, sum.Rehearsed)
	assert.Equal(t, 25, sum.Load.New, "the generated articles are new to the graph")
	assert.Positive(t, sum.Load.RelationshipsCreated)
	assert.Equal(t, 25, sum.Remove.Removed)
	assert.Positive(t, sum.Remove.RelationshipsDeleted)
	assert.Zero(t, sum.Scratch)
	assert.Positive(t, sum.Elapsed)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))

	// Without a rehearsal (and a scratch database) it only generates.
	sum, err = ingest.Warmup(context.Background(), store, p, ingest.WarmupOptions{Articles: 5, Rehearse: -1})
	require.NoError(t, err)
	assert.Zero(t, sum.Rehearsed)
	assert.Zero(t, sum.Load)
}

// With a scratch database, the warm-up loads and removes the articles
// there for real first, leaving it without articles, then rehearses as
// many of them as asked on the store, which stays as it was.
func TestWarmupWithAScratchDatabase(t *testing.T) {
	store, p, before := loadedStore(t)
	srv := neo4jtest.StartServer(t)
	scratch, err := srv.Open(neo4jstore.Config{})
	require.NoError(t, err)
	defer scratch.Close(context.Background())

	ctx := context.Background()
	sum, err := ingest.Warmup(ctx, store, p, ingest.WarmupOptions{Articles: 20, Rehearse: 5, Scratch: scratch})
	require.NoError(t, err)
	assert.Equal(t, 20, sum.Scratch.New)
	assert.Equal(t, 20, sum.Scratch.Removed)
	assert.Positive(t, sum.Scratch.NodesCreated)
	assert.Positive(t, sum.Scratch.NodesDeleted)
	assert.Equal(t, 5, sum.Rehearsed)
	assert.Equal(t, 5, sum.Remove.Removed)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))
	tab, err := scratch.Read(ctx, "MATCH (n) WHERE n:Article OR n:Fact OR n:Entity RETURN count(n)", nil)
	require.NoError(t, err)
	assert.Equal(t, int64(0), tab.Rows[0][0], "the scratch database is left without articles, facts or actors")

}

// A scratch database that holds anything is refused before anything is
// written: it may be someone's graph.
func TestWarmupRefusesAScratchDatabaseThatIsNotEmpty(t *testing.T) {
	store, p, before := loadedStore(t)
	sum, err := ingest.Warmup(context.Background(), store, p, ingest.WarmupOptions{Articles: 5, Scratch: store})
	require.ErrorIs(t, err, ingest.ErrScratchNotEmpty)
	assert.Zero(t, sum.Scratch)
	assert.Zero(t, sum.Rehearsed)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))
}
