package neo4jstore

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// terminateOwn, the clean-up of a stopped command, terminates the
// transactions of its work, not those of the clean-ups that run after the
// work stopped (the release of the load lease, on a cleanupContext): the
// lease stayed taken for a minute when its release was terminated.
func TestTerminateOwnLeavesTheCleanupsAlone(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	_, err := s.query(ctx, "MATCH (n:CleanupProbe) DELETE n", nil, true)
	require.NoError(t, err)
	_, err = s.query(ctx, "CREATE (:CleanupProbe)", nil, true)
	require.NoError(t, err)
	t.Cleanup(func() { _, _ = s.query(ctx, "MATCH (n:CleanupProbe) DELETE n", nil, true) })

	// Someone else holds the probe's lock: both statements below wait for it.
	session := s.raw.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx)
	require.NoError(t, err)
	defer func() { _ = tx.Close(ctx) }()
	res, err := tx.Run(ctx, "MATCH (n:CleanupProbe) SET n.holder = 'other'", nil)
	require.NoError(t, err)
	_, err = res.Consume(ctx)
	require.NoError(t, err)

	const probe = "MATCH (n:CleanupProbe) SET n.by = $by RETURN count(n) AS n"
	work, cleanup := make(chan error, 1), make(chan error, 1)
	go func() {
		_, err := s.query(ctx, probe, map[string]any{"by": "work"}, true)
		work <- err
	}()
	go func() {
		cctx, cancel := cleanupContext(ctx)
		defer cancel()
		_, err := s.query(cctx, probe, map[string]any{"by": "cleanup"}, true)
		cleanup <- err
	}()
	for deadline := time.Now().Add(cleanupTimeout / 2); ; time.Sleep(20 * time.Millisecond) {
		tab, err := s.Read(ctx, "SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery, status", nil)
		require.NoError(t, err)
		waiting := 0
		for _, row := range tab.Rows {
			if row[0] == probe {
				waiting++
			}
		}
		if waiting == 2 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the two statements did not start: %v", tab.Rows)
	}
	s.terminateOwn(ctx)
	require.NoError(t, tx.Commit(ctx))
	err = <-work
	require.Error(t, err, "the work's transaction is terminated")
	assert.Contains(t, err.Error(), "terminated")
	assert.NoError(t, <-cleanup, "the clean-up's transaction runs on")
}
