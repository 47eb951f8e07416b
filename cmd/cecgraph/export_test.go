package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries/querytest"
)

func TestExportCommand(t *testing.T) {
	querytest.Store(t)
	isolate(t, neo4jtest.URI(t))

	code, out, errOut := cli(t, "", "export", "--format", "observations")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, ""+
		"observer,observer_type,observer_country,country,year,election_kind,election,first_report,last_report,facts,sources\n"+
		"KG/CEC,ElectoralBody,KG,KZ,2024,,KZ/2024,2024-10-07,2024-10-07,1,kg-observers-kz\n"+
		"ODIHR,Organization,,KZ,2024,,KZ/2024,2024-11-21,2024-11-21,1,odihr-kz\n"+
		"KZ/CEC,ElectoralBody,KZ,MN,2024,,MN/2024,2024-07-02,2024-07-02,1,mn-observation\n", out)

	file := filepath.Join(t.TempDir(), "graph.jsonl")
	code, out, errOut = cli(t, "", "export", "--format", "jsonl", "--out", file)
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `^exported \d+ nodes and \d+ relationships to .*graph.jsonl \(1 files\)\n$`, out)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Contains(t, string(data), `{"type":"node","id":"ElectoralBody:KZ/CEC","labels":[`)

	dir := filepath.Join(t.TempDir(), "csv")
	code, out, errOut = cli(t, "", "export", "--format", "admin-csv", "--out", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "to "+dir)
	assert.FileExists(t, filepath.Join(dir, "relationships_PARTY.csv"))
	assert.FileExists(t, filepath.Join(dir, "import.sh"))

	code, out, errOut = cli(t, "", "export", "--format", "graphml")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`))
}

func TestExportRefusesBadFlags(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "xml"}, `--format "xml": want one of jsonl, graphml, admin-csv, observations`},
		{[]string{"export", "--format", "admin-csv"}, "give it with --out DIR"},
		{[]string{"export"}, `required flag(s) "format" not set`},
	}
	for _, tt := range tests {
		code, _, errOut := cli(t, "", tt.args...)
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, tt.want)
	}
}
