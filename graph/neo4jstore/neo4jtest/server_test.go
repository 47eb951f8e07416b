package neo4jtest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// freePorts never gives a port that is taken: with the ports the tests
// once used (57687/57474, 57688/57475) and a port of the kernel's choosing
// held by someone else, every pair it picks is two distinct ports that can
// be listened on at once, neither of them a taken one.
func TestFreePortsAvoidsTakenPorts(t *testing.T) {
	taken := map[int]bool{}
	for _, p := range []int{57687, 57474, 57688, 57475, 0} {
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			// Held by another process already: taken all the same.
			taken[p] = true
			continue
		}
		defer l.Close()
		taken[l.Addr().(*net.TCPAddr).Port] = true
	}
	require.True(t, taken[57687], "57687 is taken for the test")
	for i := 0; i < 20; i++ {
		bolt, http, err := freePorts()
		require.NoError(t, err)
		assert.NotEqual(t, bolt, http, "two distinct ports")
		assert.False(t, taken[bolt], "bolt port %d is taken", bolt)
		assert.False(t, taken[http], "http port %d is taken", http)
		for _, p := range []int{bolt, http} {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			require.NoError(t, err, "port %d is free", p)
			defer l.Close()
		}
	}
}

// scripts/neo4j.sh up warms up a server it started (cecgraph warmup, built
// by the script when CECGRAPH_BIN is not set, with the scratch database the
// server's JVM runs for it, which is deleted after), says so in one line
// and leaves the database as it was; it does not warm up a running server
// it reuses; NEO4J_WARMUP=0 skips the warm-up; a warm-up that runs out of
// time says so and the server is up all the same. However `up` ends (a
// timeout, Ctrl-C before the server is ready), the scratch database stops
// and is deleted.
func TestUpWarmsTheServerUp(t *testing.T) {
	bolt, http, err := freePorts()
	require.NoError(t, err)
	root, err := repoRoot()
	require.NoError(t, err)
	s := &Server{URI: fmt.Sprintf("bolt://127.0.0.1:%d", bolt), StateDir: t.TempDir(), t: t, root: root, bolt: bolt, http: http}
	t.Cleanup(func() { _, _ = s.script("down") })
	up := func(env ...string) string {
		t.Helper()
		s.env = env
		out, err := s.script("up")
		require.NoError(t, err, "%s", out)
		return string(out)
	}
	down := func() {
		t.Helper()
		s.env = nil
		out, err := s.script("down")
		require.NoError(t, err, "%s", out)
	}

	// The scratch database stops and is deleted soon after `up` ends (it
	// would live NEO4J_WARMUP_TIMEOUT + 60 s at most otherwise).
	scratchGone := func() {
		t.Helper()
		stopped := false
		for deadline := time.Now().Add(90 * time.Second); !stopped && time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			log, _ := os.ReadFile(filepath.Join(s.StateDir, "neo4j.log"))
			stopped = strings.Contains(string(log), "cecgraph-neo4j scratch stopped")
		}
		assert.True(t, stopped, "the scratch database stopped")
		assert.NoDirExists(t, filepath.Join(s.StateDir, "scratch"))
	}

	out := up("NEO4J_WARMUP=1", "NEO4J_WARMUP_ARTICLES=3000", "NEO4J_WARMUP_TIMEOUT=2")
	assert.Contains(t, out, fmt.Sprintf("neo4j.sh: warm-up of bolt://127.0.0.1:%d/neo4j stopped after its timeout of 2s (--timeout), rolled back: nothing written\n", bolt))
	assert.Contains(t, out, "neo4j.sh: the server is up all the same")
	scratchGone()
	out = up("NEO4J_WARMUP=1")
	assert.Contains(t, out, "reusing the running Neo4j")
	assert.NotContains(t, out, "warm")
	down()

	out = up("NEO4J_WARMUP=0")
	assert.Contains(t, out, "neo4j.sh: warm-up skipped (NEO4J_WARMUP=0)\n")
	assert.NotContains(t, out, "warmed up")
	down()

	// Ctrl-C while the server starts: the server comes up (it runs in a
	// session of its own) and its scratch database does not outlive `up`.
	s.env = []string{"NEO4J_WARMUP=1"}
	cmd := s.scriptCmd("up")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = cmd.Stdout
	require.NoError(t, cmd.Start())
	starting := false
	for sc := bufio.NewScanner(stdout); !starting && sc.Scan(); {
		starting = strings.HasPrefix(sc.Text(), "neo4j.sh: starting Neo4j")
	}
	require.True(t, starting, "up started the server")
	// Once the JVM writes its log it runs in a session of its own (before,
	// the signal could stop its start): then the signal.
	logged := false
	for deadline := time.Now().Add(60 * time.Second); !logged && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		fi, err := os.Stat(filepath.Join(s.StateDir, "neo4j.log"))
		logged = err == nil && fi.Size() > 0
	}
	require.True(t, logged, "the server writes its log")
	sig := syscall.SIGINT // what Ctrl-C sends to the foreground process group
	if signal.Ignored(sig) {
		sig = syscall.SIGTERM // ignored here, so in bash too: the same EXIT trap
	}
	require.NoError(t, syscall.Kill(-cmd.Process.Pid, sig))
	_, _ = io.Copy(io.Discard, stdout)
	assert.Error(t, cmd.Wait(), "up was interrupted")
	scratchGone()
	down()

	out = up("NEO4J_WARMUP=1", "NEO4J_WARMUP_ARTICLES=20")
	assert.Regexp(t, fmt.Sprintf(`(?m)^neo4j.sh: warmed up bolt://127.0.0.1:%d/neo4j in \S+: loaded and removed 20 generated articles \([1-9]\d* facts\) in the scratch database bolt://127.0.0.1:\d+, then 20 of them in one transaction here, rolled back: nothing written$`, bolt), out)
	assert.Equal(t, 1, strings.Count(out, "warm"), "one line: %s", out)
	scratchGone()
	store, err := s.Open(neo4jstore.Config{})
	require.NoError(t, err)
	defer store.Close(context.Background())
	info, err := store.Info(context.Background())
	require.NoError(t, err)
	assert.Zero(t, info.Nodes, "the database is as empty as it was")
}
