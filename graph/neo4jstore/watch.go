package neo4jstore

import (
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	//go:embed ping.cypher
	pingCypher string
	//go:embed own_transactions.cypher
	ownTransactionsCypher string
	//go:embed terminate.cypher
	terminateCypher string
)

// errWatchDone is the cause of a watched context whose work ended normally.
var errWatchDone = errors.New("the work on Neo4j is over")

// farDeadline is the deadline Watch gives its context. The driver races a
// socket read against the context only when the context has a deadline;
// without one a read from a server that stopped answering blocks for good,
// however the context is cancelled.
const farDeadline = 100 * 365 * 24 * time.Hour

// Watch returns a context for the work of one command on the store, and
// makes Close wait for what follows its end. The context
//
//   - is cancelled with a *ConnectError as its cause (context.Cause) when the
//     server does not answer a liveness check within Config.Timeout: a
//     frozen or unreachable server stops the command after about that long,
//     however long its transactions may legitimately run;
//   - has a deadline, so that every read from the server returns as soon as
//     the context is cancelled (by the liveness check, or by the caller, e.g.
//     on SIGINT).
//
// When ctx is cancelled by the caller before Close, the transactions the
// store still runs are terminated on the server (TERMINATE TRANSACTIONS,
// found by the store's mark in their metadata), so that an interrupted
// command leaves no query running; Close waits for that, at most a few
// seconds.
func (s *Store) Watch(ctx context.Context) context.Context {
	wctx, cancel := context.WithCancelCause(ctx)
	dctx, cancelDeadline := context.WithDeadline(wctx, time.Now().Add(farDeadline))
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer cancelDeadline()
		every := max(s.timeout/3, 200*time.Millisecond)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-wctx.Done():
				if cause := context.Cause(wctx); cause != errWatchDone {
					if _, lost := errors.AsType[*ConnectError](cause); !lost {
						s.terminateOwn(wctx)
					}
				}
				return
			case <-t.C:
				if err := s.ping(wctx); err != nil && wctx.Err() == nil && isConnectivity(err) {
					cancel(&ConnectError{URI: s.shown, Err: err,
						Msg: "lost Neo4j at " + s.shown + " while waiting for it: " + s.networkReason(err) + " (neo4j.timeout)"})
				}
			}
		}
	}()
	s.watchMu.Lock()
	s.unwatch = append(s.unwatch, func() {
		cancel(errWatchDone)
		<-done
	})
	s.watchMu.Unlock()
	return dctx
}

// ping asks the server for the cheapest answer, within Config.Timeout.
func (s *Store) ping(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	_, err := neo4j.ExecuteQuery(pctx, s.raw, pingCypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil && pctx.Err() != nil && ctx.Err() == nil {
		// The driver reports the deadline in several ways; it is a timeout.
		return context.DeadlineExceeded
	}
	return err
}

// terminateOwn terminates the transactions the store started that still
// run on the server, waiting at most cleanupTimeout. Errors are ignored:
// it is a clean-up after the command was stopped.
func (s *Store) terminateOwn(ctx context.Context) {
	cctx, cancel := cleanupContext(ctx)
	defer cancel()
	res, err := neo4j.ExecuteQuery(cctx, s.raw, ownTransactionsCypher, map[string]any{"tag": s.tag},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil || len(res.Records) == 0 {
		return
	}
	ids := make([]any, 0, len(res.Records))
	for _, rec := range res.Records {
		if id, _, err := neo4j.GetRecordValue[string](rec, "transactionId"); err == nil {
			ids = append(ids, id)
		}
	}
	_, _ = neo4j.ExecuteQuery(cctx, s.raw, terminateCypher, map[string]any{"ids": ids},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
}

// cleanupContext is the context of a clean-up after the work: not
// cancelled with ctx, but bounded by cleanupTimeout, and with a deadline so
// that the driver's reads race against it. A transaction run on it (the
// release of the load lease) is marked a clean-up (boundedSession), which
// terminateOwn leaves alone: it runs after the work stopped, maybe while
// terminateOwn looks for the work's transactions.
func cleanupContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithValue(context.WithoutCancel(ctx), cleanupKey{}, true), cleanupTimeout)
}

// cleanupKey marks a cleanupContext.
type cleanupKey struct{}

// isCleanup says whether ctx is (derived from) a cleanupContext.
func isCleanup(ctx context.Context) bool {
	v, _ := ctx.Value(cleanupKey{}).(bool)
	return v
}

// randomTag returns 16 random hex digits.
func randomTag() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// boundedDriver is the driver with sessions that bound their transactions
// and their Close (see boundedSession).
type boundedDriver struct {
	neo4j.DriverWithContext
	s *Store
}

// NewSession opens a boundedSession. Unless config says otherwise, the
// session shares the bookmarks of ExecuteQuery, so that every read of the
// process sees its earlier writes, also on a cluster whose reads go to
// another member than the writes (causal consistency).
func (d *boundedDriver) NewSession(ctx context.Context, config neo4j.SessionConfig) neo4j.SessionWithContext {
	if config.BookmarkManager == nil && config.Bookmarks == nil {
		config.BookmarkManager = d.ExecuteQueryBookmarkManager()
	}
	return &boundedSession{SessionWithContext: d.DriverWithContext.NewSession(ctx, config), s: d.s}
}

// boundedSession gives every transaction it runs the store's transaction
// timeout, which the server enforces, and the store's mark in its metadata
// (see terminateOwn), with cleanupMeta on a cleanupContext; its Close waits at most cleanupTimeout, also when the
// caller's context cannot be cancelled.
type boundedSession struct {
	neo4j.SessionWithContext
	s *Store
}

func (b *boundedSession) configure(ctx context.Context, configurers []func(*neo4j.TransactionConfig)) []func(*neo4j.TransactionConfig) {
	meta := map[string]any{"cecgraph": b.s.tag}
	if isCleanup(ctx) {
		meta[cleanupMeta] = true
	}
	return append([]func(*neo4j.TransactionConfig){
		neo4j.WithTxTimeout(b.s.txTimeout),
		neo4j.WithTxMetadata(meta),
	}, configurers...)
}

// cleanupMeta is set in the metadata of a transaction run on a
// cleanupContext; own_transactions.cypher leaves such transactions out.
const cleanupMeta = "cecgraph_cleanup"

// ExecuteRead runs work in a read transaction with the store's settings.
func (b *boundedSession) ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error) {
	return b.SessionWithContext.ExecuteRead(ctx, work, b.configure(ctx, configurers)...)
}

// ExecuteWrite runs work in a write transaction with the store's settings.
func (b *boundedSession) ExecuteWrite(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error) {
	return b.SessionWithContext.ExecuteWrite(ctx, work, b.configure(ctx, configurers)...)
}

// Run runs an auto-commit query with the store's settings.
func (b *boundedSession) Run(ctx context.Context, cypher string, params map[string]any, configurers ...func(*neo4j.TransactionConfig)) (neo4j.ResultWithContext, error) {
	return b.SessionWithContext.Run(ctx, cypher, params, b.configure(ctx, configurers)...)
}

// BeginTransaction begins an explicit transaction with the store's settings.
func (b *boundedSession) BeginTransaction(ctx context.Context, configurers ...func(*neo4j.TransactionConfig)) (neo4j.ExplicitTransaction, error) {
	return b.SessionWithContext.BeginTransaction(ctx, b.configure(ctx, configurers)...)
}

// Close closes the session, waiting at most cleanupTimeout.
func (b *boundedSession) Close(ctx context.Context) error {
	cctx, cancel := cleanupContext(ctx)
	defer cancel()
	return b.SessionWithContext.Close(cctx)
}
