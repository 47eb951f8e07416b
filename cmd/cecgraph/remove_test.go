package main

import (
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
	assert.Equal(t, "n\n0\n", cypher(t, "MATCH (n) RETURN count(n) AS n"), "nothing is left of the removed articles")

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
