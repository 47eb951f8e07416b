package neo4jstore

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// concurrentRetries bounds the re-runs of a write that lost a node to a
// concurrent load.
const concurrentRetries = 6

// executeWrite is neo4j.ExecuteWrite that also re-runs the transaction
// function when the server says a node it matched is gone
// (Neo.ClientError.Statement.EntityNotFound). That happens when a concurrent
// load merged or deleted the node between the match and the write; the
// driver does not retry it because it is a client error, but the failed
// transaction was rolled back, and every write of this package, run again
// on the current graph, gives the result of running it after the other load.
func executeWrite[T any](ctx context.Context, session neo4j.SessionWithContext, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	for attempt := 1; ; attempt++ {
		res, err := neo4j.ExecuteWrite(ctx, session, work)
		if err == nil || attempt >= concurrentRetries || !lostToConcurrentWrite(err) {
			return res, err
		}
		select {
		case <-ctx.Done():
			return res, err
		case <-time.After(time.Duration(attempt*attempt) * 25 * time.Millisecond):
		}
	}
}

// lostToConcurrentWrite reports the server's EntityNotFound error.
func lostToConcurrentWrite(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Statement.EntityNotFound"
}
