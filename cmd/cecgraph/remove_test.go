package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// A removal interrupted once its articles were gone but before its
// clean-up (Ctrl-C or a dead server at that moment) left facts no article
// supports; the next remove of the same articles cleans them up and says so.
func TestRemoveAfterAnInterruptedRemove(t *testing.T) {
	neo4jtest.Store(t)
	uri := neo4jtest.URI(t)
	dir := fixtures(t)
	isolate(t, uri)
	code, _, errOut := cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)

	// What the interrupted removal did: every article and its edges gone,
	// nothing else.
	cypherWrite(t, "MATCH (a:Article) DETACH DELETE a")
	require.NotEqual(t, "n\n0\n", cypher(t, "MATCH (f:Fact) WHERE NOT (f)-[:REPORTED_IN]->() RETURN count(f) AS n"))

	code, out, errOut := cli(t, "", "remove", dir)
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `removed 0 articles \(4 not in the graph\) from .*: [1-9]\d* nodes and \d+ relationships deleted`, out)
	assert.Regexp(t, `cleaned up after an interrupted earlier load or remove: \d+ facts and persons settled, [1-9]\d* nodes and \d+ relationships that no article supports deleted`, out)
	assert.Equal(t, "n\n0\n", cypher(t, "MATCH (n) WHERE NOT n:ReportTable RETURN count(n) AS n"),
		"nothing is left of the removed articles (the partners report's table has no rows)")

	code, out, errOut = cli(t, "", "remove", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, ": 0 nodes and 0 relationships deleted\n")
	assert.NotContains(t, out, "cleaned up")
}

// cypherWrite runs a writing query through the CLI.
func cypherWrite(t *testing.T, q string) {
	t.Helper()
	code, _, errOut := cli(t, "", "query", "--write", q)
	require.Equal(t, 0, code, errOut)
}

// A record Neo4j cannot take (an id of 5,000 characters, a blank id) is
// named with its path and line, the rest loads, the exit code is 2; a
// re-run does the same.
func TestLoadRejectsBadRecordsAndGoesOn(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	dir := t.TempDir()
	text := "ЦИК Казахстана и ЦИК Узбекистана подписали меморандум о сотрудничестве."
	lines := []string{
		`{"id": "good-1", "title": "Меморандум", "published": "2024-03-01", "text": "` + text + `"}`,
		`{"id": "` + strings.Repeat("x", 5000) + `", "title": "Длинный", "text": "` + text + `"}`,
		`{"id": "   ", "title": "Пустой", "text": "` + text + `"}`,
		`{"id": "good-2", "title": "Ещё", "published": "2024-03-02", "text": "` + text + `"}`,
	}
	path := filepath.Join(dir, "export.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	for run := 0; run < 2; run++ {
		code, out, errOut := cli(t, "", "load", dir)
		require.Equal(t, 2, code, "run %d: %s", run, errOut)
		assert.Contains(t, errOut, "cecgraph: skipped: "+path+":2: bad article id")
		assert.Contains(t, errOut, "cecgraph: skipped: "+path+":3: bad article id")
		assert.NotContains(t, errOut, "Property value is too large")
		assert.Contains(t, out, "2 failed inputs")
		assert.Equal(t, "n\n2\n", cypher(t, "MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n"), "run %d: the good records load", run)
	}
}
