package neo4jstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries"
)

// What a rehearsal writes its own statements see, no one else sees, and
// none of it stays: a load of new articles, the removal of one of them and
// of an article that was there, the tables of reports, a write through Run.
func TestRehearsalLeavesTheGraphAsItWas(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	_, err = queries.RefreshTables(ctx, s)
	require.NoError(t, err)
	before := neo4jtest.TakeFingerprint(t, s)
	require.NotZero(t, before.Relationships)

	err = s.Rehearse(ctx, func(ctx context.Context, r *neo4jstore.Store) error {
		st, err := r.Load(ctx, copies(30))
		require.NoError(t, err)
		assert.Equal(t, 30, st.New)
		states, err := r.ArticleStates(ctx, []string{"c0000", "kz-1"})
		require.NoError(t, err)
		assert.Len(t, states, 2, "the rehearsal sees what it wrote")
		outside, err := s.ArticleStates(ctx, []string{"c0000"})
		require.NoError(t, err)
		assert.Empty(t, outside, "no one else does")

		rm, err := r.Remove(ctx, []string{"c0000", "kz-1"}, nil)
		require.NoError(t, err)
		assert.Equal(t, 2, rm.Removed)
		assert.NotZero(t, rm.RelationshipsDeleted)
		_, err = r.ApplyJudgementsAfterRemoval(ctx)
		require.NoError(t, err)
		_, err = queries.RefreshTables(ctx, r)
		require.NoError(t, err)
		_, err = r.Run(ctx, "CREATE (:Rehearsed {n: 1})", nil, true)
		require.NoError(t, err)
		tab, err := r.Read(ctx, "MATCH (n:Rehearsed) RETURN count(n)", nil)
		require.NoError(t, err)
		assert.Equal(t, int64(1), tab.Rows[0][0])
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, s))
}

// A rehearsal whose function fails is rolled back all the same, and
// Rehearse returns the function's error.
func TestRehearsalRollsBackWhenItFails(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	before := neo4jtest.TakeFingerprint(t, s)
	boom := errors.New("boom")
	err = s.Rehearse(ctx, func(ctx context.Context, r *neo4jstore.Store) error {
		if _, err := r.Remove(ctx, []string{"kz-1", "kz-2"}, nil); err != nil {
			return err
		}
		return boom
	})
	require.ErrorIs(t, err, boom)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, s))
}

// A rehearsal does not wait for a lease another run holds: it says who
// holds it, at once. The lease is left as it was.
func TestRehearsalDoesNotWaitForTheLease(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	deadLease(t, s, "cecgraph load (pid 99999 on busy-host)", time.Minute)
	before := neo4jtest.TakeFingerprint(t, s)
	start := time.Now()
	err = s.Rehearse(ctx, func(ctx context.Context, r *neo4jstore.Store) error {
		_, err := r.Remove(ctx, []string{"kz-1"}, nil)
		return err
	})
	var held *neo4jstore.LeaseHeldError
	require.ErrorAs(t, err, &held)
	assert.Equal(t, "cecgraph load (pid 99999 on busy-host)", held.Holder)
	assert.Less(t, time.Since(start), 10*time.Second)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, s))
}

// While a rehearsal holds the lease, a real load waits for it to end, then
// runs as if there had been no rehearsal.
func TestLoadWaitsForARehearsal(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	other, err := neo4jstore.Open(ctx, neo4jtest.Config(t))
	require.NoError(t, err)
	defer other.Close(ctx)

	holding := make(chan struct{})
	release := make(chan struct{})
	rehearsed := make(chan error, 1)
	go func() {
		rehearsed <- s.Rehearse(ctx, func(ctx context.Context, r *neo4jstore.Store) error {
			if _, err := r.Load(ctx, copies(3)); err != nil {
				return err
			}
			close(holding)
			<-release
			return nil
		})
	}()
	select {
	case <-holding:
	case err := <-rehearsed:
		t.Fatalf("the rehearsal ended early: %v", err)
	}
	loaded := make(chan error, 1)
	go func() {
		_, err := other.Load(ctx, neo4jtest.Documents())
		loaded <- err
	}()
	select {
	case err := <-loaded:
		t.Fatalf("the load did not wait for the rehearsal (err %v)", err)
	case <-time.After(2 * time.Second):
	}
	close(release)
	require.NoError(t, <-rehearsed)
	require.NoError(t, <-loaded)
	states, err := s.ArticleStates(ctx, []string{"kz-1", "kz-2", "c0000"})
	require.NoError(t, err)
	assert.Len(t, states, 2, "the load's articles, none of the rehearsal's")
}

// A rehearsal whose context is cancelled while a statement runs stops at
// once and rolls back.
func TestRehearsalStopsWhenCancelled(t *testing.T) {
	s := neo4jtest.Store(t)
	_, err := s.Load(context.Background(), neo4jtest.Documents())
	require.NoError(t, err)
	// The graph is read through another store: once the context s watches
	// is cancelled, s terminates every transaction of its own it finds
	// running (Watch), and it looks for them while this test goes on; it
	// terminated the fingerprint's reads now and then.
	other, err := neo4jstore.Open(context.Background(), neo4jtest.Config(t))
	require.NoError(t, err)
	defer other.Close(context.Background())
	before := neo4jtest.TakeFingerprint(t, other)
	ctx, cancel := context.WithCancel(context.Background())
	wctx := s.Watch(ctx)
	start := time.Now()
	err = s.Rehearse(wctx, func(ctx context.Context, r *neo4jstore.Store) error {
		if _, err := r.Load(ctx, copies(20)); err != nil {
			return err
		}
		go func() {
			time.Sleep(time.Second)
			cancel()
		}()
		_, err := r.Run(ctx, "UNWIND range(1, 10000000000) AS x RETURN count(x)", nil, true)
		return err
	})
	require.Error(t, err)
	assert.Less(t, time.Since(start), 30*time.Second)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, other))
}
