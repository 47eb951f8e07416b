package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// DefaultDatabase is the database used when Config.Database is empty.
const DefaultDatabase = "neo4j"

// DefaultBatchSize is the number of rows per UNWIND when Config.BatchSize is
// not positive.
const DefaultBatchSize = 2000

// DefaultWriters is Config.Writers when it is not positive: two
// transactions at once keep both cores of a small server busy.
const DefaultWriters = 2

// DefaultTimeout is Config.Timeout when it is not positive.
const DefaultTimeout = 15 * time.Second

// DefaultTransactionTimeout is Config.TransactionTimeout when it is not
// positive.
const DefaultTransactionTimeout = 10 * time.Minute

// cleanupTimeout bounds what runs after the work is over or was stopped:
// releasing the load lease, closing sessions and the driver, terminating
// the transactions of a stopped command.
const cleanupTimeout = 3 * time.Second

// RetryTime bounds how long the driver retries a transaction function on
// transient errors (a deadlock between concurrent loads, a lost connection)
// before the error is reported.
const RetryTime = 15 * time.Second

// Config says where the Neo4j server is and how to write to it.
type Config struct {
	// URI is the server's address, e.g. bolt://127.0.0.1:7687 or neo4j+s://….
	URI string
	// User and Password authenticate; an empty User means no authentication.
	User     string
	Password string
	// Database is the database every statement runs in (DefaultDatabase if empty).
	Database string
	// BatchSize is the number of rows per UNWIND (DefaultBatchSize if not positive).
	BatchSize int
	// Writers is how many transactions a load runs at once to write its
	// mentions and facts (DefaultWriters if not positive; 1 writes them one
	// transaction after the other).
	Writers int
	// Timeout is how long to wait for the server to answer at all: to
	// connect, to hand out a connection, to answer a liveness check while a
	// command runs (see Watch). DefaultTimeout if not positive.
	Timeout time.Duration
	// TransactionTimeout is the longest one transaction may run; the server
	// stops it after that. DefaultTransactionTimeout if not positive.
	TransactionTimeout time.Duration
}

// Store is a connection to one Neo4j database. It holds the process's one
// driver; it is safe for concurrent use.
type Store struct {
	driver    neo4j.DriverWithContext // bounds and marks every transaction (boundedDriver)
	raw       neo4j.DriverWithContext // the driver itself, for the store's own checks and clean-ups
	uri       string                  // as configured, for the driver only
	shown     string                  // uri with its password masked, for messages
	user      string
	database  string
	batchSize int
	writers   int
	timeout   time.Duration
	txTimeout time.Duration
	tag       string // this Store's mark on its transactions (their metadata)

	watchMu sync.Mutex
	unwatch []func() // ends what Watch started

	holderOnce sync.Once
	holder     string // this Store's name in the load lease

	leaseMu     sync.Mutex
	leaseName   string       // how this Store's runs name themselves in the lease
	leaseWaited atomic.Int64 // nanoseconds waited for the lease, in all

	// leftoversScanned is set once a load of this Store looked for what
	// interrupted runs left (settleLeftovers).
	leftoversScanned atomic.Bool

	// rehearsal is set on the Store of a Rehearse: every statement runs in
	// its transaction.
	rehearsal *rehearsal
}

// ConnectError says that the database could not be used at all: it is not
// reachable, refused the credentials or has no such database. Its message is
// one line and never contains the password. Callers tell a database problem
// apart from a data problem with errors.As.
type ConnectError struct {
	// URI is the server's address.
	URI string
	// Msg is the one-line explanation.
	Msg string
	// Err is the driver's error.
	Err error
}

// Error returns the one-line explanation.
func (e *ConnectError) Error() string { return e.Msg }

// Unwrap returns the driver's error.
func (e *ConnectError) Unwrap() error { return e.Err }

// Open creates the driver, checks that the server answers within
// Config.Timeout and that the database exists. On failure the error is a
// *ConnectError.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if strings.TrimSpace(cfg.URI) == "" {
		return nil, &ConnectError{Msg: "no Neo4j URI configured", Err: errors.New("empty URI")}
	}
	s := &Store{
		uri:       cfg.URI,
		shown:     RedactURI(cfg.URI),
		user:      cfg.User,
		database:  cfg.Database,
		batchSize: cfg.BatchSize,
		writers:   cfg.Writers,
		timeout:   cfg.Timeout,
		txTimeout: cfg.TransactionTimeout,
		tag:       randomTag(),
	}
	if s.database == "" {
		s.database = DefaultDatabase
	}
	if s.batchSize <= 0 {
		s.batchSize = DefaultBatchSize
	}
	if s.writers <= 0 {
		s.writers = DefaultWriters
	}
	if s.timeout <= 0 {
		s.timeout = DefaultTimeout
	}
	if s.txTimeout <= 0 {
		s.txTimeout = DefaultTransactionTimeout
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = s.timeout
		c.ConnectionAcquisitionTimeout = s.timeout
		// A pooled connection idle for longer is checked (a RESET round
		// trip, within the acquisition timeout) before it is used again.
		c.ConnectionLivenessCheckTimeout = s.timeout
		c.MaxTransactionRetryTime = RetryTime
		c.UserAgent = "cecgraph"
	})
	if err != nil {
		// The driver rejects the URI itself; its message names the problem.
		return nil, &ConnectError{URI: s.shown, Msg: fmt.Sprintf("invalid Neo4j URI %q: %s", s.shown, RedactIn(firstLine(err.Error()), cfg.URI)), Err: err}
	}
	s.raw = driver
	s.driver = &boundedDriver{DriverWithContext: driver, s: s}
	vctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		_ = s.Close(ctx)
		return nil, s.connectError(err)
	}
	// The database must exist: check with a trivial query in it.
	_, err = s.query(vctx, pingCypher, nil, false)
	if err != nil {
		_ = s.Close(ctx)
		return nil, s.connectError(err)
	}
	return s, nil
}

// Close ends what Watch started (waiting for the termination of the
// transactions of stopped work), then closes the driver and its
// connections, waiting at most a few seconds for the server, whether or not
// ctx is cancelled.
func (s *Store) Close(ctx context.Context) error {
	s.watchMu.Lock()
	unwatch := s.unwatch
	s.unwatch = nil
	s.watchMu.Unlock()
	for _, f := range unwatch {
		f()
	}
	cctx, cancel := cleanupContext(ctx)
	defer cancel()
	if err := s.driver.Close(cctx); err != nil {
		return fmt.Errorf("closing the Neo4j driver: %w", err)
	}
	return nil
}

// Database returns the name of the database the store works in.
func (s *Store) Database() string { return s.database }

// URI returns the server address the store was opened with, its password
// masked (RedactURI).
func (s *Store) URI() string { return s.shown }

// connectError turns a driver error met while connecting into a one-line
// *ConnectError.
func (s *Store) connectError(err error) error {
	if ce, ok := errors.AsType[*ConnectError](err); ok {
		return ce
	}
	return &ConnectError{URI: s.shown, Msg: s.describeConnectFailure(err), Err: err}
}

// describeConnectFailure explains err in one line.
func (s *Store) describeConnectFailure(err error) string {
	if ne, ok := errors.AsType[*neo4j.Neo4jError](err); ok {
		switch {
		case ne.Code == "Neo.ClientError.Security.Unauthorized" && s.user == "":
			return fmt.Sprintf("Neo4j at %s requires authentication: configure a user and password", s.shown)
		case ne.Code == "Neo.ClientError.Security.Unauthorized":
			return fmt.Sprintf("Neo4j at %s refused the credentials for user %q", s.shown, s.user)
		case ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
			return fmt.Sprintf("Neo4j at %s refused the credentials for user %q too often and is blocking logins for a while", s.shown, s.user)
		case ne.Code == "Neo.ClientError.Database.DatabaseNotFound":
			// The database may be the configured one or one a query names
			// (USE other …): the server's message says which.
			return fmt.Sprintf("Neo4j at %s has no database %q", s.shown, missingDatabase(ne.Msg, s.database))
		case ne.HasSecurityCode():
			return fmt.Sprintf("Neo4j at %s refused access for user %q: %s", s.shown, s.user, firstLine(ne.Msg))
		default:
			return fmt.Sprintf("Neo4j at %s: %s (%s)", s.shown, firstLine(ne.Msg), ne.Code)
		}
	}
	if isConnectivity(err) {
		return fmt.Sprintf("cannot reach Neo4j at %s: %s (is it running? try 'make neo4j-up')", s.shown, s.networkReason(err))
	}
	return fmt.Sprintf("cannot use Neo4j at %s: %s", s.shown, RedactIn(firstLine(innermost(err).Error()), s.uri))
}

// missingDatabaseRE finds the database a DatabaseNotFound message names:
// "Graph not found: other" (a query's USE), "Database does not exist.
// Database name: 'other'." (a session's database).
var missingDatabaseRE = regexp.MustCompile(`(?:Graph not found: (.+)$|Database name: '([^']*)')`)

// missingDatabase returns the name of the database a DatabaseNotFound
// message is about: the one it names, else the configured one (a query's
// USE always gets a message that names its database).
func missingDatabase(msg, configured string) string {
	if m := missingDatabaseRE.FindStringSubmatch(firstLine(msg)); m != nil {
		return strings.TrimSpace(m[1] + m[2])
	}
	return configured
}

// isConnectivity tells whether err means the server could not be reached.
func isConnectivity(err error) bool {
	if _, ok := errors.AsType[*neo4j.ConnectivityError](err); ok {
		return true
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// networkReason names the network problem behind a connectivity error in a
// few words.
func (s *Store) networkReason(err error) string {
	// The driver's ConnectivityError does not unwrap: look inside by hand.
	if ce, ok := errors.AsType[*neo4j.ConnectivityError](err); ok && ce.Inner != nil {
		err = ce.Inner
	}
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "no route to host"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by peer"
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("no answer within %s", s.timeout)
	}
	if dns, ok := errors.AsType[*net.DNSError](err); ok {
		return fmt.Sprintf("unknown host %q", dns.Name)
	}
	if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
		return fmt.Sprintf("no answer within %s", s.timeout)
	}
	msg := RedactIn(firstLine(innermost(err).Error()), s.uri)
	msg = strings.TrimPrefix(msg, "ConnectivityError: ")
	if strings.Contains(msg, "i/o timeout") || strings.Contains(msg, "deadline") {
		return fmt.Sprintf("no answer within %s", s.timeout)
	}
	if strings.Contains(msg, "connection refused") {
		return "connection refused"
	}
	return msg
}

// innermost follows Unwrap (and the driver's ConnectivityError.Inner) to the
// root cause.
func innermost(err error) error {
	for {
		if ce, ok := err.(*neo4j.ConnectivityError); ok && ce.Inner != nil {
			err = ce.Inner
			continue
		}
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

// dbError wraps an error met while using the database: connectivity
// problems become a *ConnectError, others are wrapped with what was being done.
func (s *Store) dbError(doing string, err error) error {
	if err == nil {
		return nil
	}
	if ce, ok := errors.AsType[*ConnectError](err); ok {
		return ce
	}
	// The driver gave up retrying: judge by the last error it met.
	if tel, ok := errors.AsType[*neo4j.TransactionExecutionLimit](err); ok && len(tel.Errors) > 0 {
		return s.dbError(doing, tel.Errors[len(tel.Errors)-1])
	}
	if isConnectivity(err) && !errors.Is(err, context.Canceled) {
		return &ConnectError{URI: s.shown, Msg: fmt.Sprintf("lost Neo4j at %s while %s: %s", s.shown, doing, s.networkReason(err)), Err: err}
	}
	if ne, ok := errors.AsType[*neo4j.Neo4jError](err); ok && timedOut(ne) {
		return fmt.Errorf("%s: %s: %w", doing, s.timedOutMessage(), err)
	}
	if ne, ok := errors.AsType[*neo4j.Neo4jError](err); ok && (ne.HasSecurityCode() || ne.Code == "Neo.ClientError.Database.DatabaseNotFound") {
		return s.connectError(err)
	}
	return fmt.Errorf("%s: %w", doing, err)
}

// firstLine returns the first non-empty line of s, trimmed.
func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return strings.TrimSpace(s)
}

// timedOut tells whether the server stopped a transaction that ran longer
// than its timeout.
func timedOut(ne *neo4j.Neo4jError) bool {
	return strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut")
}

// timedOutMessage explains a transaction the server stopped at its timeout.
func (s *Store) timedOutMessage() string {
	return fmt.Sprintf("the transaction ran longer than neo4j.transaction_timeout (%s) and the server stopped it", s.txTimeout)
}
