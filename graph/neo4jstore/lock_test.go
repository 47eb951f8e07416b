package neo4jstore_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// deadLease leaves the load lease as a run that died holding it would:
// recorded as who, running out after ttl.
func deadLease(t *testing.T, s *neo4jstore.Store, who string, ttl time.Duration) {
	t.Helper()
	_, err := s.Run(context.Background(), `MERGE (l:CecgraphLock {key: 'load'})
SET l.holder = 'dead-run', l.who = $who, l.since = datetime() - duration({seconds: 5}),
    l.expires = datetime() + duration({milliseconds: $ms})`, map[string]any{"who": who, "ms": ttl.Milliseconds()}, true)
	require.NoError(t, err)
}

// captureLog sends the default logger's lines to the returned buffer until
// the test ends.
func captureLog(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo})))
	t.Cleanup(func() { slog.SetDefault(old) })
	return &buf
}

// A load or removal that finds the lease held by a run that died says, in
// one line, that it waits and for whom, and counts the wait.
func TestWaitingForALeaseIsLoggedAndCounted(t *testing.T) {
	ctx := context.Background()
	const ttl = 3 * time.Second
	for _, op := range []string{"load", "remove"} {
		t.Run(op, func(t *testing.T) {
			s := neo4jtest.Store(t)
			deadLease(t, s, "cecgraph load (pid 99999 on crashed-host)", ttl)
			log := captureLog(t)
			start := time.Now()
			var err error
			switch op {
			case "load":
				_, err = s.Load(ctx, neo4jtest.Documents())
			case "remove":
				_, err = s.Remove(ctx, []string{"kz-1"}, nil)
			}
			require.NoError(t, err)
			took := time.Since(start)
			assert.GreaterOrEqual(t, took, ttl-500*time.Millisecond, "it waited for the lease to run out")
			lines := strings.Split(strings.TrimSpace(log.String()), "\n")
			require.Len(t, lines, 1, "one line: %q", log.String())
			assert.Contains(t, lines[0], "waiting for another run to give back the load lease")
			assert.Contains(t, lines[0], `holder="cecgraph load (pid 99999 on crashed-host)"`)
			assert.Contains(t, lines[0], "lease_runs_out=")
			assert.GreaterOrEqual(t, s.LeaseWaited(), ttl-500*time.Millisecond)
			assert.LessOrEqual(t, s.LeaseWaited(), took)

			// The next run finds the lease free: no line, no wait.
			log.Reset()
			before := s.LeaseWaited()
			_, err = s.Load(ctx, neo4jtest.Documents())
			require.NoError(t, err)
			assert.Empty(t, log.String())
			assert.Equal(t, before, s.LeaseWaited())
		})
	}
}

// A run names itself in the lease, so that a run waiting for it can say
// whom it waits for.
func TestLeaseRecordsItsHolder(t *testing.T) {
	s := neo4jtest.Store(t)
	s.SetLeaseName("cecgraph test")
	ctx := context.Background()
	var who any
	restore := neo4jstore.SetAfterRetractBatch(func(int) error {
		who = scalar(t, s, "MATCH (l:CecgraphLock {key: 'load'}) RETURN l.who", nil)
		return nil
	})
	defer restore()
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	_, err = s.Remove(ctx, []string{"kz-1"}, nil)
	require.NoError(t, err)
	assert.Regexp(t, `^cecgraph test \(pid \d+ on .+\)$`, who)
}
