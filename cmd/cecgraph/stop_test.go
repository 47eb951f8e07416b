package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

var (
	// where the test started (isolate changes both): the build needs them
	startDir, _ = os.Getwd()
	startHome   = os.Getenv("HOME")

	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
	binaryOut  []byte
)

// binary builds cecgraph once per test run, for tests that send it signals.
func binary(t *testing.T) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cecgraph-test-bin-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "cecgraph")
		build := exec.Command("go", "build", "-o", binaryPath, ".")
		build.Dir = startDir
		build.Env = append(os.Environ(), "HOME="+startHome)
		binaryOut, binaryErr = build.CombinedOutput()
	})
	require.NoError(t, binaryErr, "building cecgraph: %s", binaryOut)
	return binaryPath
}

// started is a cecgraph process of the test.
type started struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer
	stderr bytes.Buffer
	done   chan struct{}
	code   int
}

// startBinary runs the cecgraph binary with args in the test's environment
// (see isolate) and returns at once.
func startBinary(t *testing.T, args ...string) *started {
	t.Helper()
	p := &started{cmd: exec.Command(binary(t), args...), done: make(chan struct{})}
	p.cmd.Stdout = &p.stdout
	p.cmd.Stderr = &p.stderr
	require.NoError(t, p.cmd.Start())
	go func() {
		defer close(p.done)
		_ = p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// waitExit waits up to limit for the process to exit; it fails the test
// (and kills the process) when it does not.
func (p *started) waitExit(t *testing.T, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	select {
	case <-p.done:
		return time.Since(start)
	case <-time.After(limit):
		_ = p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("cecgraph did not exit within %s; stderr: %q", limit, p.stderr.String())
		return 0
	}
}

// errorLines are the lines of stderr that are not log lines.
func errorLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if l != "" && !strings.Contains(l, "level=INFO") {
			out = append(out, l)
		}
	}
	return out
}

// waitArticles waits until the server at uri holds at least n loaded
// articles; it fails the test when p exits before that.
func waitArticles(t *testing.T, p *started, uri string, n int64) {
	t.Helper()
	ctx := context.Background()
	watch, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
	require.NoError(t, err)
	defer watch.Close(ctx)
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		tab, err := watch.Run(ctx, "MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a)", nil, false)
		require.NoError(t, err)
		if tab.Rows[0][0].(int64) >= n {
			return
		}
		select {
		case <-p.done:
			t.Fatalf("cecgraph exited (%d) before it loaded %d articles; stderr: %q", p.code, n, p.stderr.String())
		default:
		}
		require.True(t, time.Now().Before(deadline), "the load wrote nothing in 2 minutes; stderr: %q", p.stderr.String())
	}
}

// A frozen Neo4j (SIGSTOP: connections stay open, nothing answers) stops a
// command after about neo4j.timeout, with one line: a load and a long query
// that it froze under, and a command that starts while it is frozen.
func TestCommandsGiveUpOnFrozenNeo4j(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	dir := t.TempDir()
	writeSynth(t, dir, 800)
	isolate(t, withPassword(srv.URI, "Frozen-Pw-1")) // the messages mask it
	wipe(t, srv.URI)                                 // a first connection to a fresh server is slow
	t.Setenv("CECGRAPH_NEO4J_TIMEOUT", "5s")
	shown := withPassword(srv.URI, "********")
	lost := "cecgraph: lost Neo4j at " + shown + " while waiting for it: no answer within 5s (neo4j.timeout)"

	// gaveUp waits for p, frozen since frozen, to give up with the one line
	// want.
	gaveUp := func(t *testing.T, p *started, frozen time.Time, want string) {
		t.Helper()
		select {
		case <-p.done:
		case <-time.After(60 * time.Second):
			srv.Thaw() // let the hung command finish before the test ends
			<-p.done
			t.Fatalf("cecgraph did not give up within 60 s of the freeze; stderr: %q", p.stderr.String())
		}
		took := time.Since(frozen)
		t.Logf("gave up %s after the freeze", took.Round(time.Millisecond))
		assert.Less(t, took, 20*time.Second, "about neo4j.timeout (5s) plus a liveness check interval and clean-up")
		assert.Equal(t, 1, p.code)
		assert.Equal(t, []string{want}, errorLines(p.stderr.String()), "one clear line")
	}

	t.Run("load", func(t *testing.T) {
		p := startBinary(t, "load", "--docs-per-transaction", "20", dir)
		waitArticles(t, p, srv.URI, 40)
		srv.Freeze()
		defer srv.Thaw()
		gaveUp(t, p, time.Now(), lost)
		assert.NotContains(t, p.stdout.String(), "loaded ")
	})
	t.Run("long query", func(t *testing.T) {
		p := startBinary(t, "query", "UNWIND range(1, 10000000000) AS x RETURN count(x)")
		time.Sleep(2 * time.Second) // it is waiting for the count
		srv.Freeze()
		defer srv.Thaw()
		gaveUp(t, p, time.Now(), lost)
	})
	t.Run("doctor on a frozen server", func(t *testing.T) {
		srv.Freeze()
		defer srv.Thaw()
		p := startBinary(t, "doctor")
		gaveUp(t, p, time.Now(), "cecgraph: cannot reach Neo4j at "+shown+": no answer within 5s (is it running? try 'make neo4j-up')")
	})
}

// SIGINT and SIGTERM stop a running load promptly, also when Neo4j is
// frozen, with one line and the shell's exit code for the signal.
func TestSignalsStopALoadPromptly(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	dir := t.TempDir()
	writeSynth(t, dir, 800)
	isolate(t, srv.URI)
	tests := []struct {
		name   string
		sig    syscall.Signal
		freeze bool
		code   int
		line   string
		limit  time.Duration
	}{
		{"SIGINT", syscall.SIGINT, false, 130, "cecgraph: stopped: interrupt signal received", 5 * time.Second},
		{"SIGTERM", syscall.SIGTERM, false, 143, "cecgraph: stopped: terminated signal received", 5 * time.Second},
		{"SIGINT, Neo4j frozen", syscall.SIGINT, true, 130, "cecgraph: stopped: interrupt signal received", 10 * time.Second},
		{"SIGTERM, Neo4j frozen", syscall.SIGTERM, true, 143, "cecgraph: stopped: terminated signal received", 10 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wipe(t, srv.URI)
			p := startBinary(t, "load", "--docs-per-transaction", "20", dir)
			waitArticles(t, p, srv.URI, 40)
			if tt.freeze {
				srv.Freeze()
				defer srv.Thaw()
				time.Sleep(500 * time.Millisecond) // the load is now waiting for an answer
			}
			require.NoError(t, p.cmd.Process.Signal(tt.sig))
			took := p.waitExit(t, 30*time.Second)
			t.Logf("exited %s after %s", tt.sig, took.Round(time.Millisecond))
			assert.Less(t, took, tt.limit)
			assert.Equal(t, tt.code, p.code)
			assert.Equal(t, []string{tt.line}, errorLines(p.stderr.String()))
		})
	}
}

// Ctrl-C on a long query stops it on the server too: the transaction is
// gone from SHOW TRANSACTIONS.
func TestInterruptedQueryStopsOnTheServer(t *testing.T) {
	uri := neo4jtest.URI(t)
	isolate(t, uri)
	// A bound in case the query is not stopped: it would run for minutes.
	t.Setenv("CECGRAPH_NEO4J_TRANSACTION_TIMEOUT", "90s")
	const long = "UNWIND range(1, 10000000000) AS x RETURN count(x) AS interrupted_query_test"
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jtest.Config(t))
	require.NoError(t, err)
	defer s.Close(ctx)
	running := func() int {
		tab, err := s.Run(ctx, "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $q RETURN count(*)", map[string]any{"q": long}, true)
		require.NoError(t, err)
		return int(tab.Rows[0][0].(int64))
	}
	t.Cleanup(func() { // leave no query behind, whatever happened
		tab, err := s.Run(ctx, "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = $q RETURN transactionId", map[string]any{"q": long}, true)
		if err != nil {
			return
		}
		for _, r := range tab.Rows {
			_, _ = s.Run(ctx, "TERMINATE TRANSACTIONS $id", map[string]any{"id": r[0]}, true)
		}
	})

	p := startBinary(t, "query", long)
	for deadline := time.Now().Add(30 * time.Second); running() == 0; time.Sleep(50 * time.Millisecond) {
		require.True(t, time.Now().Before(deadline), "the query did not start; stderr: %q", p.stderr.String())
	}
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGINT))
	took := p.waitExit(t, 30*time.Second)
	assert.Less(t, took, 5*time.Second)
	assert.Equal(t, 130, p.code)
	assert.Equal(t, []string{"cecgraph: stopped: interrupt signal received"}, errorLines(p.stderr.String()))
	// The server notices the termination at its next check.
	for deadline := time.Now().Add(3 * time.Second); running() > 0 && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
	}
	assert.Zero(t, running(), "the interrupted query still runs on the server")
}

// A query that runs longer than neo4j.transaction_timeout is stopped by the
// server, and says so in one line.
func TestQueryTransactionTimeout(t *testing.T) {
	isolate(t, neo4jtest.URI(t))
	start := time.Now()
	code, _, errOut := cli(t, "", "query", "--transaction-timeout", "2s", "UNWIND range(1, 10000000000) AS x RETURN count(x)")
	assert.Less(t, time.Since(start), 30*time.Second)
	assert.Equal(t, 1, code)
	assert.Regexp(t, regexp.MustCompile(`^cecgraph: the transaction ran longer than neo4j.transaction_timeout \(2s\) and the server stopped it \[Neo\.ClientError\.Transaction\.TransactionTimedOut\S*\]\n$`), errOut)
}
