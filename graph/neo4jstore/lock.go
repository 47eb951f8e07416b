package neo4jstore

import (
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"time"
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
// deletes what another load is still linking. When another run holds the
// lease it logs one line naming that run, as its lease records it, and
// waits; the time waited is added to LeaseWaited.
func (s *Store) withLoadLease(ctx context.Context, fn func() error) error {
	holder := s.leaseHolder()
	began := time.Now()
	deadline := began.Add(lockWait)
	waited := false
	defer func() {
		if waited {
			s.leaseWaited.Add(int64(time.Since(began)))
		}
	}()
	for wait := 50 * time.Millisecond; ; wait = min(wait*2, time.Second) {
		st, err := s.leaseOnce(ctx, holder)
		if err != nil {
			return s.dbError("taking the load lease", err)
		}
		if st.got {
			break
		}
		if s.rehearsal != nil {
			// The rehearsal's transaction keeps the lease's node locked:
			// the holder could not renew its lease while we waited.
			return &LeaseHeldError{Holder: st.describe()}
		}
		if !waited {
			waited = true
			slog.Info("waiting for another run to give back the load lease", "holder", st.describe(),
				"since", st.since, "lease_runs_out", st.expires)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s has held the load lease on %s for over %s; if it died, its lease runs out after %s", st.describe(), s.shown, lockWait, leaseTTL)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	if waited {
		s.leaseWaited.Add(int64(time.Since(began)))
		waited = false
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
	rctx, cancel := cleanupContext(ctx) // released also when ctx was cancelled, but not waited for long
	defer cancel()
	_, _ = s.query(rctx, lockReleaseCypher, map[string]any{"holder": holder}, true)
	return err
}

// leaseState is what lock_acquire.cypher returns: whether the caller got
// the lease, and who holds it.
type leaseState struct {
	got            bool
	gone           bool // the lease's node was deleted (given back) while the statement waited for it
	holder, who    string
	since, expires string
}

// describe names the holder of the lease for people: as it recorded
// itself, or by its lease id (a version that did not record itself).
func (l leaseState) describe() string {
	if l.who != "" {
		return l.who
	}
	return fmt.Sprintf("another cecgraph run (lease %s)", l.holder)
}

// leaseGoneTries bounds how often leaseOnce asks again at once when the
// lease's node was given back while it asked.
const leaseGoneTries = 10

// leaseOnce tries to take or renew the lease for holder. When the holder
// gave the lease back while the statement waited for the lease's node (it
// deletes the node), it asks again at once: that statement creates the
// node anew.
func (s *Store) leaseOnce(ctx context.Context, holder string) (leaseState, error) {
	for try := 1; ; try++ {
		st, err := s.leaseStatement(ctx, holder)
		if err != nil || !st.gone || try == leaseGoneTries {
			return st, err
		}
	}
}

// leaseStatement runs lock_acquire.cypher once for holder.
func (s *Store) leaseStatement(ctx context.Context, holder string) (leaseState, error) {
	res, err := s.query(ctx, lockAcquireCypher,
		map[string]any{"holder": holder, "who": s.leaseWho(), "ttl": int64(leaseTTL / time.Second)}, true)
	if err != nil {
		return leaseState{}, err
	}
	if len(res.Records) == 0 {
		return leaseState{}, nil
	}
	m := res.Records[0].AsMap()
	st := leaseState{holder: str(m["holder"]), who: str(m["who"])}
	st.got, _ = m["got"].(bool)
	st.gone, _ = m["gone"].(bool)
	if v := m["since"]; v != nil {
		st.since = fmt.Sprint(Plain(v))
	}
	if v := m["expires"]; v != nil {
		st.expires = fmt.Sprint(Plain(v))
	}
	return st, nil
}

// SetLeaseName sets how this Store's runs name themselves in the load
// lease, for people whose run waits for it (e.g. "cecgraph load"); the
// process id and host are added. The default is "cecgraph".
func (s *Store) SetLeaseName(name string) {
	s.leaseMu.Lock()
	defer s.leaseMu.Unlock()
	s.leaseName = name
}

// leaseWho is this Store's description in the lease.
func (s *Store) leaseWho() string {
	s.leaseMu.Lock()
	name := s.leaseName
	s.leaseMu.Unlock()
	if name == "" {
		name = "cecgraph"
	}
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown host"
	}
	return fmt.Sprintf("%s (pid %d on %s)", name, os.Getpid(), host)
}

// LeaseWaited returns how long this Store's loads and removals have waited,
// in all, for other runs to give back the load lease.
func (s *Store) LeaseWaited() time.Duration {
	return time.Duration(s.leaseWaited.Load())
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
