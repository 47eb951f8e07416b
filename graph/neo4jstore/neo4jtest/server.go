package neo4jtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Server is a Neo4j of a test's own, started with scripts/neo4j.sh on ports
// of its own and a temporary state directory, for tests that kill, restart
// or reconfigure a server. It is stopped when the test ends.
type Server struct {
	// URI is the server's Bolt address.
	URI string
	// StateDir holds its data, logs and PID file.
	StateDir string
	t        testing.TB
	root     string
	bolt     int
	http     int
	settings []string
	env      []string // more environment for scripts/neo4j.sh, after the defaults
}

// StartServer starts a dedicated Neo4j on two free ports picked at run time,
// with extra Neo4j settings (key=value), failing the test with the
// launcher's output when it cannot start. It needs Java 17 and the jar
// cache of scripts/neo4j.sh.
func StartServer(t testing.TB, settings ...string) *Server {
	t.Helper()
	bolt, http, err := freePorts()
	if err != nil {
		t.Fatalf("picking free ports for the test's own Neo4j: %v", err)
	}
	dir, err := os.MkdirTemp("", "cecgraph-test-server-")
	if err != nil {
		t.Fatalf("creating a state directory: %v", err)
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatalf("finding scripts/neo4j.sh: %v", err)
	}
	s := &Server{URI: fmt.Sprintf("bolt://127.0.0.1:%d", bolt), StateDir: dir, t: t, root: root, bolt: bolt, http: http, settings: settings}
	t.Cleanup(func() {
		s.script("down")
		_ = os.RemoveAll(dir)
	})
	s.Start()
	return s
}

// Start starts the server (again), failing the test if it cannot.
func (s *Server) Start() {
	s.t.Helper()
	if out, err := s.script(append([]string{"up"}, s.settings...)...); err != nil {
		s.t.Fatalf("the test's own Neo4j (bolt port %d) did not start: %v\n%s", s.bolt, err, out)
	}
}

// Kill kills the server's JVM with SIGKILL, as a crash would, and waits
// until it is gone.
func (s *Server) Kill() {
	s.t.Helper()
	pid := s.pid()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		s.t.Fatalf("killing the test's Neo4j (pid %d): %v", pid, err)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil {
			return
		}
	}
	s.t.Fatalf("the test's Neo4j (pid %d) did not die", pid)
}

// Freeze stops the server's JVM with SIGSTOP: it keeps its sockets, and
// the kernel still accepts connections, but nothing answers. Thaw, or the
// end of the test, lets it run again.
func (s *Server) Freeze() {
	s.t.Helper()
	pid := s.pid()
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		s.t.Fatalf("stopping the test's Neo4j (pid %d): %v", pid, err)
	}
	s.t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGCONT) })
}

// Thaw lets a frozen server run again (SIGCONT).
func (s *Server) Thaw() {
	s.t.Helper()
	pid := s.pid()
	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		s.t.Fatalf("continuing the test's Neo4j (pid %d): %v", pid, err)
	}
}

// pid reads the PID of the server's JVM.
func (s *Server) pid() int {
	s.t.Helper()
	raw, err := os.ReadFile(filepath.Join(s.StateDir, "neo4j.pid"))
	if err != nil {
		s.t.Fatalf("reading the PID of the test's Neo4j: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		s.t.Fatalf("bad PID file: %v", err)
	}
	return pid
}

// Open opens a store on the server with cfg's user and password.
func (s *Server) Open(cfg neo4jstore.Config) (*neo4jstore.Store, error) {
	cfg.URI = s.URI
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return neo4jstore.Open(ctx, cfg)
}

func (s *Server) script(args ...string) ([]byte, error) {
	return s.scriptCmd(args...).CombinedOutput()
}

// scriptCmd is the command that runs scripts/neo4j.sh with args for s.
func (s *Server) scriptCmd(args ...string) *exec.Cmd {
	cmd := exec.Command("bash", append([]string{filepath.Join(s.root, "scripts", "neo4j.sh")}, args...)...)
	cmd.Env = append(os.Environ(),
		"NEO4J_BOLT_PORT="+strconv.Itoa(s.bolt),
		"NEO4J_HTTP_PORT="+strconv.Itoa(s.http),
		"NEO4J_STATE_DIR="+s.StateDir,
		"NEO4J_JAVA_OPTS=-Xms128m -Xmx512m",
		"NEO4J_STOP_TIMEOUT=10",
		// Tests that kill, restart or reconfigure a server need no warm-up.
		"NEO4J_WARMUP=0",
	)
	cmd.Env = append(cmd.Env, s.env...)
	return cmd
}

// freePorts asks the kernel for two distinct free ports on 127.0.0.1. The
// listeners are held open together so that the two ports differ.
func freePorts() (bolt, http int, err error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			_ = l.Close()
		}
	}()
	for len(ls) < 2 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, 0, err
		}
		ls = append(ls, l)
	}
	return ls[0].Addr().(*net.TCPAddr).Port, ls[1].Addr().(*net.TCPAddr).Port, nil
}

// repoRoot finds the module root (the directory of go.mod) above the
// working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// SetInitialPassword changes the password of user on a server with
// authentication (the initial password of neo4j is "neo4j" and must be
// changed before anything else can run).
func SetInitialPassword(uri, user, old, password string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return neo4jstore.ChangePassword(ctx, uri, user, old, password)
}
