package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errRolledBack ends the transaction of a rehearsal: the driver rolls back
// a transaction whose function returns an error, and does not retry it for
// this one.
var errRolledBack = errors.New("the rehearsal is over; its transaction is rolled back")

// errRehearsalOver is what a statement gets that a rehearsal's Store runs
// after the rehearsal's function returned (a lease renewal, late).
var errRehearsalOver = errors.New("the rehearsal is over; nothing more runs in its transaction")

// errNoExplicit is what BeginTransaction gives on a rehearsal's session:
// the store never begins explicit transactions, and a rehearsal has one.
var errNoExplicit = errors.New("a rehearsal runs every statement in its one transaction; it begins no other")

// LeaseHeldError is what a load or removal in a rehearsal returns when
// another run holds the load lease: a rehearsal does not wait for it.
type LeaseHeldError struct {
	// Holder names the run that holds the lease, as it recorded itself.
	Holder string
}

// Error names the run that holds the lease.
func (e *LeaseHeldError) Error() string {
	return fmt.Sprintf("%s holds the load lease; a rehearsal does not wait for it", e.Holder)
}

// Rehearse runs fn with a Store that runs every statement in one write
// transaction, which is rolled back when fn returns, whether it failed or
// not: fn's statements see what its earlier ones wrote, no one else sees
// any of it, and none of it stays in the database. It serves to warm up a
// server: the load and removal code run as they do for real, the server
// plans their statements and compiles the code that runs them, and the
// graph is left as it was (what is never rehearsed is the commit).
//
// The Store fn gets runs one statement at a time (the writers of a load
// take turns), cannot change the schema (ApplySchema fails; the
// judgements' schema is taken as it is) and has no auto-commit queries
// (Run with write runs in the transaction). A load or removal in fn takes
// the load lease in the transaction, which keeps the lease's node locked
// until the rollback, so that other runs wait for the rehearsal to end;
// when another run holds the lease, it returns a *LeaseHeldError instead
// of waiting. fn must not Close that Store nor use it after it returns.
// Cancelling ctx stops fn's statement (Watch terminates it on the server
// too) and rolls the transaction back.
//
// Rehearse returns fn's error, else an error of the transaction itself.
func (s *Store) Rehearse(ctx context.Context, fn func(ctx context.Context, r *Store) error) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	// The sessions of the rehearsal's Store wrap this one, closed at once:
	// a statement that went around them (neo4j.ExecuteQuery uses methods of
	// a session that cannot be wrapped) fails on it instead of committing.
	closed := s.raw.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database})
	_ = closed.Close(ctx)
	var fnErr error
	ran := false
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if ran {
			// The driver retries a function that returned a retryable
			// error; fn runs once.
			return nil, errRolledBack
		}
		ran = true
		r := &rehearsal{tx: tx}
		fnErr = fn(ctx, s.rehearsing(r, closed))
		r.end()
		return nil, errRolledBack
	})
	if fnErr != nil {
		return fnErr
	}
	if err != nil && !errors.Is(err, errRolledBack) {
		return s.dbError("rehearsing", err)
	}
	return nil
}

// rehearsing returns a Store like s whose sessions run their transaction
// functions in r's transaction.
func (s *Store) rehearsing(r *rehearsal, closed neo4j.SessionWithContext) *Store {
	s.leaseMu.Lock()
	name := s.leaseName
	s.leaseMu.Unlock()
	rs := &Store{
		driver:    &rehearsalDriver{DriverWithContext: s.driver, r: r, closed: closed},
		raw:       s.raw,
		uri:       s.uri,
		shown:     s.shown,
		user:      s.user,
		database:  s.database,
		batchSize: s.batchSize,
		writers:   s.writers,
		timeout:   s.timeout,
		txTimeout: s.txTimeout,
		tag:       s.tag,
		leaseName: name,
		rehearsal: r,
	}
	return rs
}

// rehearsal is the one transaction of a Rehearse.
type rehearsal struct {
	mu   sync.Mutex
	tx   neo4j.ManagedTransaction
	over bool
}

// run runs work in the rehearsal's transaction, one work at a time.
func (r *rehearsal) run(work neo4j.ManagedTransactionWork) (any, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.over {
		return nil, errRehearsalOver
	}
	return work(r.tx)
}

// end refuses every later statement.
func (r *rehearsal) end() {
	r.mu.Lock()
	r.over = true
	r.mu.Unlock()
}

// rehearsalDriver opens rehearsalSessions.
type rehearsalDriver struct {
	neo4j.DriverWithContext
	r      *rehearsal
	closed neo4j.SessionWithContext
}

// NewSession returns a session whose transaction functions run in the
// rehearsal's transaction.
func (d *rehearsalDriver) NewSession(context.Context, neo4j.SessionConfig) neo4j.SessionWithContext {
	return &rehearsalSession{SessionWithContext: d.closed, r: d.r}
}

// Close does nothing: the driver is the store's.
func (d *rehearsalDriver) Close(context.Context) error { return nil }

// rehearsalSession runs its transaction functions in the rehearsal's
// transaction, without retries; what it does not override is a closed
// session's, which fails.
type rehearsalSession struct {
	neo4j.SessionWithContext
	r *rehearsal
}

// ExecuteRead runs work in the rehearsal's transaction.
func (rs *rehearsalSession) ExecuteRead(_ context.Context, work neo4j.ManagedTransactionWork, _ ...func(*neo4j.TransactionConfig)) (any, error) {
	return rs.r.run(work)
}

// ExecuteWrite runs work in the rehearsal's transaction.
func (rs *rehearsalSession) ExecuteWrite(_ context.Context, work neo4j.ManagedTransactionWork, _ ...func(*neo4j.TransactionConfig)) (any, error) {
	return rs.r.run(work)
}

// BeginTransaction refuses: a rehearsal has one transaction.
func (rs *rehearsalSession) BeginTransaction(context.Context, ...func(*neo4j.TransactionConfig)) (neo4j.ExplicitTransaction, error) {
	return nil, errNoExplicit
}

// Close does nothing.
func (rs *rehearsalSession) Close(context.Context) error { return nil }
