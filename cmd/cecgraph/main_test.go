package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// cli runs the command line in-process and returns its exit code and output.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// isolate keeps the test away from any cecgraph.yaml and points it at uri.
func isolate(t *testing.T, uri string) {
	t.Helper()
	dir := t.TempDir()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	t.Cleanup(func() { _ = os.Chdir(wd) })
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("HOME", dir)
	t.Setenv("CECGRAPH_NEO4J_URI", uri)
}

func examples(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../examples")
	require.NoError(t, err)
	return p
}

func TestLoadIsIdempotentAndReportsMemoranda(t *testing.T) {
	neo4jtest.Store(t) // a clean database with the schema
	ex := examples(t)
	isolate(t, neo4jtest.URI(t))

	code, out, errOut := cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "loaded 3 articles")
	assert.NotContains(t, out, " 0 nodes")

	code, out, errOut = cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "0 nodes and 0 relationships created", "a second load creates nothing")

	code, out, errOut = cli(t, "", "report", "memoranda", "--country", "KZ", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, strings.Join([]string{
		"partner_country,partner_body,status,year,articles",
		"AZ,AZ/CEC,signed,,1",
		"BY,BY/CEC,signed,,1",
		"KG,KG/CEC,signed,2024,2",
		"MN,MN/CEC,proposed,,1",
		"RU,RU/CEC,signed,,1",
		"TR,TR/CEC,planned,,1",
	}, "\n")+"\n", out)

	code, out, _ = cli(t, "", "report", "memoranda", "--country", "KZ", "--status", "proposed", "--format", "json")
	require.Equal(t, 0, code)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.Len(t, rows, 1)
	assert.Equal(t, "MN/CEC", rows[0]["partner_body"])

	code, out, _ = cli(t, "", "report", "memoranda", "--country", "KZ")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "partner_country")
	assert.Contains(t, out, "KG/CEC")
}

// A load where every article is unchanged still gives the facts of an
// older version their sides list, which the reports read.
func TestLoadUpgradesFactsOfAnOlderVersion(t *testing.T) {
	s := neo4jtest.Store(t)
	ex := examples(t)
	isolate(t, neo4jtest.URI(t))
	code, _, errOut := cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	ctx := context.Background()
	_, err := s.Run(ctx, "MATCH (f:Fact) REMOVE f.sides", nil, true)
	require.NoError(t, err)

	code, out, errOut := cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "3 unchanged")
	tab, err := s.Run(ctx, "MATCH (f:Fact) RETURN count(f) AS facts, count(f.sides) AS with_sides", nil, false)
	require.NoError(t, err)
	assert.NotZero(t, tab.Rows[0][0])
	assert.Equal(t, tab.Rows[0][0], tab.Rows[0][1], "every fact has its sides")
}

func TestReportRejectsBadParameters(t *testing.T) {
	isolate(t, neo4jtest.URI(t))
	code, _, errOut := cli(t, "", "report", "memoranda", "--country", "XX")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "XX")
	code, _, errOut = cli(t, "", "report", "memoranda")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "country")
	code, _, errOut = cli(t, "", "report", "nonesuch")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "memoranda", "the error lists the reports")
}

func TestQueryRefusesWriteWithoutFlag(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))

	code, _, errOut := cli(t, "", "query", "CREATE (:Scratch {key:'x'})")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "--write")

	code, out, _ := cli(t, "", "query", "MATCH (n:Scratch) RETURN count(n) AS n", "--format", "csv")
	require.Equal(t, 0, code)
	assert.Equal(t, "n\n0\n", out, "the refused write left nothing behind")

	code, _, errOut = cli(t, "", "query", "CREATE (:Scratch {key:$k})", "--param", "k=x", "--write")
	require.Equal(t, 0, code, errOut)
	code, out, _ = cli(t, "", "query", "MATCH (n:Scratch {key:$k}) RETURN n.key AS key", "--param", "k=x", "--format", "json")
	require.Equal(t, 0, code)
	assert.JSONEq(t, `[{"key":"x"}]`, out)

	code, _, errOut = cli(t, "", "query", "MATCH (n RETURN n")
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "a syntax error is one line: %q", errOut)
	assert.Contains(t, errOut, "line 1")
}

// A read-only query runs no administration command and no LOAD CSV: one
// line that names --write, exit code 1.
func TestQueryReadOnlyRefusesAdministrationAndLoadCSV(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	for q, want := range map[string]string{
		"TERMINATE TRANSACTIONS 'neo4j-transaction-1'":       "cecgraph: TERMINATE TRANSACTIONS is an administration command: not allowed in read-only mode; pass --write to allow it\n",
		"CREATE USER mallory SET PASSWORD 'abcdefgh-1'":      "cecgraph: the statement is an administration command: not allowed in read-only mode; pass --write to allow it\n",
		"LOAD CSV FROM 'http://127.0.0.1:1/x' AS r RETURN r": "cecgraph: LOAD CSV makes the server read a file or URL: not allowed in read-only mode; pass --write to allow it\n",
	} {
		code, out, errOut := cli(t, "", "query", q)
		assert.Equal(t, 1, code, q)
		assert.Empty(t, out, q)
		assert.Equal(t, want, errOut, q)
	}
}

func TestDoctor(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	code, out, errOut := cli(t, "", "doctor")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "reachable:      yes")
	assert.Regexp(t, `Neo4j 5\.26\.\d+ community`, out)
	assert.Contains(t, out, "bolt keep-alive: OFF")
	assert.NotContains(t, out, "advice:")
}

func TestDoctorAgainstStoppedServer(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	code, _, errOut := cli(t, "", "doctor")
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	assert.Len(t, lines, 1, "one clear line: %q", errOut)
	assert.Contains(t, errOut, "cannot reach Neo4j at bolt://127.0.0.1:1")
}

func TestExtractNeedsNoDatabase(t *testing.T) {
	ex := examples(t)
	isolate(t, "bolt://127.0.0.1:1")
	code, out, errOut := cli(t, "", "extract", "--format", "jsonl", ex)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	var doc struct {
		ID    string `json:"id"`
		Facts []struct {
			Type     string `json:"type"`
			Evidence []struct {
				Sentence string `json:"sentence"`
				Rule     string `json:"rule"`
			} `json:"evidence"`
		} `json:"facts"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &doc))
	assert.Equal(t, "kz-kg-memorandum-signed", doc.ID)
	require.NotEmpty(t, doc.Facts)
	for _, f := range doc.Facts {
		require.NotEmpty(t, f.Evidence, "every fact has evidence")
		assert.NotEmpty(t, f.Evidence[0].Sentence)
		assert.NotEmpty(t, f.Evidence[0].Rule)
	}
}

func TestExtractReportsBadInputsAndGoesOn(t *testing.T) {
	ex := examples(t)
	isolate(t, "bolt://127.0.0.1:1")
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	binary := filepath.Join(dir, "blob.txt")
	require.NoError(t, os.WriteFile(binary, []byte{0, 1, 2, 0, 0xff, 0xfe, 0}, 0o644))
	code, out, errOut := cli(t, "", "extract", empty, filepath.Join(ex, "kz-turkey-planned.txt"), binary, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, strings.Count(out, "\n"), "the good article is still extracted")
	assert.Contains(t, errOut, empty)
	assert.Contains(t, errOut, binary)
	assert.Contains(t, errOut, "missing.txt")
}

func TestExtractFromStdin(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	code, out, errOut := cli(t, "Встреча\n\nЦИК Казахстана и ЦИК Узбекистана подписали меморандум о сотрудничестве.\n", "extract", "-")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"parties":["KZ/CEC","UZ/CEC"]`)
}

func TestConfigMasksPasswordAndShowsPrecedence(t *testing.T) {
	isolate(t, "bolt://env:7687")
	require.NoError(t, os.WriteFile("cecgraph.yaml", []byte("neo4j:\n  uri: bolt://file:7687\n  user: reader\n  password: hunter2\n"), 0o644))
	code, out, _ := cli(t, "", "config", "--database", "flagdb")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "# config file: cecgraph.yaml")
	assert.Contains(t, out, "neo4j.uri: bolt://env:7687", "env beats file")
	assert.Contains(t, out, "neo4j.user: reader", "file beats default")
	assert.Contains(t, out, "neo4j.database: flagdb", "flag beats all")
	assert.Contains(t, out, "neo4j.password: ********")
	assert.NotContains(t, out, "hunter2")
}

func TestHelpOnEveryCommand(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	for _, c := range []string{"extract", "load", "schema", "report", "query", "doctor", "config"} {
		code, out, _ := cli(t, "", c, "--help")
		assert.Equal(t, 0, code, c)
		assert.Contains(t, out, "Usage:", c)
	}
}

func TestSchemaCommand(t *testing.T) {
	store := neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	code, out, errOut := cli(t, "", "schema")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "schema applied")
	tab, err := store.Run(context.Background(), "SHOW CONSTRAINTS YIELD labelsOrTypes RETURN labelsOrTypes[0] AS label", nil, false)
	require.NoError(t, err)
	var labels []string
	for _, r := range tab.Rows {
		labels = append(labels, r[0].(string))
	}
	for _, l := range []string{"Article", "Country", "ElectoralBody", "Memorandum", "Person", "Organization"} {
		assert.Contains(t, labels, l)
	}
}
