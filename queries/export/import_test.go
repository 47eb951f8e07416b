package export_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/queries/export"
)

// repoRoot is the module root, two folders above this file.
func repoRoot(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// freePort asks the kernel for a free TCP port on 127.0.0.1.
func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// The admin-csv export imports with the real import tool of Neo4j 5.26
// (org.neo4j.cli.AdminTool from neo4j-import-tool in the jar cache that
// scripts/neo4j.sh runs the server from) into a fresh database; a server
// started on it holds the same graph: the same nodes, labels, keys,
// relationships and properties, with their types (dates stay dates).
func TestAdminCSVImportsIntoAFreshDatabase(t *testing.T) {
	src := fixtureStore(t)
	ctx := context.Background()
	want, err := export.Read(ctx, src)
	require.NoError(t, err)

	root := repoRoot(t)
	lib := os.Getenv("NEO4J_LIB_DIR")
	if lib == "" {
		lib = filepath.Join(root, ".cache", "neo4j", "lib")
	}
	jars, _ := filepath.Glob(filepath.Join(lib, "neo4j-import-tool-*.jar"))
	require.NotEmpty(t, jars, "the Neo4j jar cache %s has no neo4j-import-tool jar: run 'scripts/neo4j.sh build' (make test does)", lib)
	java := "java"
	if home := os.Getenv("JAVA_HOME"); home != "" {
		java = filepath.Join(home, "bin", "java")
	}

	work := t.TempDir()
	csvDir := filepath.Join(work, "csv")
	state := filepath.Join(work, "state")
	conf := filepath.Join(work, "conf")
	require.NoError(t, os.MkdirAll(conf, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(conf, "neo4j.conf"),
		[]byte("server.directories.data="+filepath.Join(state, "data")+"\n"), 0o644))
	files, err := export.WriteAdminCSV(csvDir, want)
	require.NoError(t, err)

	args := []string{"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp", filepath.Join(lib, "*"), "org.neo4j.cli.AdminTool",
		"database", "import", "full", "--max-off-heap-memory=256m"}
	args = append(append(args, export.ImportArgs(files)...), "neo4j")
	imp := exec.Command(java, args...)
	imp.Dir = csvDir
	imp.Env = append(os.Environ(), "NEO4J_HOME="+work, "NEO4J_CONF="+conf)
	out, err := imp.CombinedOutput()
	require.NoError(t, err, "neo4j-admin database import full:\n%s", out)
	require.Contains(t, string(out), "IMPORT DONE")

	bolt := freePort(t)
	env := append(os.Environ(), "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+freePort(t),
		"NEO4J_STATE_DIR="+state, "NEO4J_LIB_DIR="+lib, "NEO4J_JAVA_OPTS=-Xms128m -Xmx512m")
	script := filepath.Join(root, "scripts", "neo4j.sh")
	up := exec.Command("bash", script, "up")
	up.Env = env
	t.Cleanup(func() {
		down := exec.Command("bash", script, "down")
		down.Env = env
		if out, err := down.CombinedOutput(); err != nil {
			t.Logf("stopping the import server: %v\n%s", err, out)
		}
	})
	out, err = up.CombinedOutput()
	require.NoError(t, err, "starting a server on the imported database:\n%s", out)

	var dst *neo4jstore.Store
	deadline := time.Now().Add(time.Minute)
	for {
		dst, err = neo4jstore.Open(ctx, neo4jstore.Config{URI: "bolt://127.0.0.1:" + bolt})
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	require.NoError(t, err)
	defer dst.Close(ctx)

	got, err := export.Read(ctx, dst)
	require.NoError(t, err)
	require.Equal(t, len(want.Nodes), len(got.Nodes), "node count")
	require.Equal(t, len(want.Relationships), len(got.Relationships), "relationship count")
	for i := range want.Nodes {
		w, g := want.Nodes[i], got.Nodes[i]
		assert.Equal(t, w.ID, g.ID)
		assert.Equal(t, w.Labels, g.Labels, w.ID)
		assert.Equal(t, withoutEmptyLists(w.Properties), g.Properties, w.ID)
	}
	for i := range want.Relationships {
		w, g := want.Relationships[i], got.Relationships[i]
		assert.Equal(t, [3]string{w.Type, w.Start, w.End}, [3]string{g.Type, g.Start, g.End})
		assert.Equal(t, withoutEmptyLists(w.Properties), g.Properties, "%s %s->%s", w.Type, w.Start, w.End)
	}
	srcInfo, err := src.Info(ctx)
	require.NoError(t, err)
	dstInfo, err := dst.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, srcInfo.Labels, dstInfo.Labels, "counts by label")
}

// withoutEmptyLists drops empty list properties: an empty array field of
// the import is no property at all.
func withoutEmptyLists(ps []export.Property) []export.Property {
	out := []export.Property{}
	for _, p := range ps {
		if strings.HasPrefix(p.Type, "LIST<") {
			if l, ok := p.Value.([]any); ok && len(l) == 0 {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
