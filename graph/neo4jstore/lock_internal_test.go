package neo4jstore

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A run that asks for the lease while its holder gives it back (the
// release deletes the lease's node, and the run's statement waits for the
// node's lock) gets it only with its name on a node of the lease, so that
// the next run is refused. (It got it with no node: its writes to the
// deleted node did nothing and the node's properties read null, and the
// next run created a node and got the lease too.)
func TestLeaseAskedForWhileItIsGivenBack(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	_, err := s.query(ctx, "MATCH (n) DETACH DELETE n", nil, true)
	require.NoError(t, err)
	require.NoError(t, s.ApplySchema(ctx))
	st, err := s.leaseOnce(ctx, "holder-a")
	require.NoError(t, err)
	require.True(t, st.got)

	// The release of holder-a, not committed yet: it holds the node's lock.
	session := s.raw.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx)
	require.NoError(t, err)
	res, err := tx.Run(ctx, lockReleaseCypher, map[string]any{"holder": "holder-a"})
	require.NoError(t, err)
	sum, err := res.Consume(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, sum.Counters().NodesDeleted())

	other := openTestStore(t)
	type result struct {
		st  leaseState
		err error
	}
	done := make(chan result, 1)
	go func() {
		st, err := other.leaseOnce(ctx, "holder-b")
		done <- result{st, err}
	}()
	// holder-b's MERGE finds the node and waits for its lock.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		tab, err := s.Read(ctx, "SHOW TRANSACTIONS YIELD status, currentQuery WHERE status STARTS WITH 'Blocked' RETURN count(*)", nil)
		require.NoError(t, err)
		if tab.Rows[0][0].(int64) > 0 {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("holder-b did not wait for the release: %+v", r)
		default:
		}
		require.True(t, time.Now().Before(deadline), "holder-b never waited for the node's lock")
	}
	require.NoError(t, tx.Commit(ctx))
	r := <-done
	require.NoError(t, r.err)
	tab, err := s.Read(ctx, "MATCH (l:CecgraphLock {key: 'load'}) RETURN l.holder", nil)
	require.NoError(t, err)
	var holders []any
	for _, row := range tab.Rows {
		holders = append(holders, row[0])
	}
	if r.st.got {
		assert.Equal(t, []any{"holder-b"}, holders, "holder-b got the lease: it must be on the lease's node")
	}
	// Whoever asks next is refused while holder-b believes it holds it.
	st, err = s.leaseOnce(ctx, "holder-c")
	require.NoError(t, err)
	assert.False(t, r.st.got && st.got, "holder-b and holder-c both got the lease (holder-b: %+v)", r.st)
}

// Runs that take turns under the lease, giving it back and asking for it
// again as fast as they can, never hold it at the same time. (With the
// lease taken while its node was being deleted, three runs held it at once
// about once a second.)
func TestLeaseHoldsUnderContention(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	_, err := s.query(ctx, "MATCH (n) DETACH DELETE n", nil, true)
	require.NoError(t, err)
	require.NoError(t, s.ApplySchema(ctx))
	stores := []*Store{s, openTestStore(t), openTestStore(t)}
	old := slog.Default() // the waits' lines
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer slog.SetDefault(old)
	var inside, overlaps, turns atomic.Int64
	deadline := time.Now().Add(leaseContentionTime)
	var wg sync.WaitGroup
	for _, st := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				err := st.withLoadLease(ctx, func() error {
					if inside.Add(1) > 1 {
						overlaps.Add(1)
					}
					turns.Add(1)
					time.Sleep(time.Millisecond)
					inside.Add(-1)
					return nil
				})
				if !assert.NoError(t, err) {
					return
				}
			}
		}()
	}
	wg.Wait()
	t.Logf("%d turns", turns.Load())
	assert.Zero(t, overlaps.Load(), "turns in which two runs held the lease at once, of %d", turns.Load())
}

// leaseContentionTime is how long TestLeaseHoldsUnderContention runs.
var leaseContentionTime = 6 * time.Second
