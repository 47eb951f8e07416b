package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// A routing URI (neo4j://, as for a cluster or Aura) works for load and
// for reports: the driver asks the server for its routing table and sends
// writes to a writer and reads to a reader.
func TestLoadAndReportThroughARoutingURI(t *testing.T) {
	neo4jtest.Store(t)
	uri := neo4jtest.URI(t)
	scheme, rest, ok := strings.Cut(uri, "://")
	require.True(t, ok, uri)
	require.Contains(t, []string{"bolt", "neo4j"}, scheme, "the test server's URI is plain bolt or neo4j")
	routing := "neo4j://" + rest
	ex := examples(t)
	isolate(t, routing)

	code, out, errOut := cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "loaded 3 articles")
	assert.Contains(t, out, "into "+routing+"/neo4j")

	code, out, errOut = cli(t, "", "report", "memoranda", "--country", "KZ", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "KG,KG/CEC,signed,2024,2\n")

	code, out, errOut = cli(t, "", "remove", "kz-turkey-planned")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "removed 1 articles")
}
