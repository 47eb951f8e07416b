package neo4jstore

import (
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	//go:embed lock_acquire.cypher
	lockAcquireCypher string
	//go:embed lock_release.cypher
	lockReleaseCypher string
)

// leaseTTL is how long a load's lease lasts without renewal; a holder that
// died frees the database after it.
const leaseTTL = 60 * time.Second

// lockWait bounds how long a load waits for another one to finish.
const lockWait = 30 * time.Minute

// withLoadLease runs fn while holding the database's load lease, so that
// loads and removals from several processes at once run one after the
// other: each then sees the articles the other committed, and no clean-up
// deletes what another load is still linking.
func (s *Store) withLoadLease(ctx context.Context, fn func() error) error {
	holder := s.leaseHolder()
	deadline := time.Now().Add(lockWait)
	for wait := 50 * time.Millisecond; ; wait = min(wait*2, time.Second) {
		got, err := s.leaseOnce(ctx, holder)
		if err != nil {
			return s.dbError("taking the load lease", err)
		}
		if got {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("another cecgraph load has held %s for over %s; if it died, its lease runs out after %s", s.uri, lockWait, leaseTTL)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	stop := make(chan struct{})
	renewed := make(chan struct{})
	go func() { // renew the lease while fn runs
		defer close(renewed)
		t := time.NewTicker(leaseTTL / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				_, _ = s.leaseOnce(ctx, holder)
			}
		}
	}()
	err := fn()
	close(stop)
	<-renewed
	_, _ = neo4j.ExecuteQuery(context.WithoutCancel(ctx), s.driver, lockReleaseCypher, map[string]any{"holder": holder},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	return err
}

// leaseOnce tries to take or renew the lease for holder.
func (s *Store) leaseOnce(ctx context.Context, holder string) (bool, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, lockAcquireCypher,
		map[string]any{"holder": holder, "ttl": int64(leaseTTL / time.Second)},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return false, err
	}
	if len(res.Records) == 0 {
		return false, nil
	}
	got, _ := res.Records[0].Get("got")
	n, _ := got.(int64)
	return n > 0, nil
}

// leaseHolder names this Store in the lease: random, once per Store.
func (s *Store) leaseHolder() string {
	s.holderOnce.Do(func() {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		s.holder = hex.EncodeToString(b)
	})
	return s.holder
}
