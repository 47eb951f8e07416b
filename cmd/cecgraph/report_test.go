package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries"
	"github.com/cecgraph/cecgraph/queries/querytest"
)

func TestReportList(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	code, out, errOut := cli(t, "", "report", "list")
	require.Equal(t, 0, code, errOut)
	for _, name := range queries.Names() {
		assert.Contains(t, out, "  "+name+" ", name)
	}
	assert.Contains(t, out, "--country    ISO 3166-1 alpha-2 code of the country, e.g. KZ (country, or --body)")
	assert.Contains(t, out, "--direction")
}

// Every report through the command line, on the fixture articles.
func TestReportsThroughTheCLI(t *testing.T) {
	querytest.Store(t)
	isolate(t, neo4jtest.URI(t))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"observations as CSV", []string{"report", "observations", "--country", "kz", "--format", "csv"}, "" +
			"direction,year,election,host_country,observer,observer_country,articles\n" +
			"out,2024,MN/2024,MN,KZ/CEC,KZ,1\n" +
			"in,2024,KZ/2024,KZ,KG/CEC,KG,1\n" +
			"in,2024,KZ/2024,KZ,ODIHR,,1\n"},
		{"memoranda of a body as Markdown", []string{"report", "memoranda", "--body", "GE/CEC", "--format", "markdown"}, "" +
			"| partner_country | partner_body | status | year | articles |\n" +
			"| --- | --- | --- | --- | --- |\n" +
			"| KZ | KZ/CEC | signed | 2024 | 2 |\n"},
		{"meetings as a table", []string{"report", "meetings", "--country", "KZ", "--since", "2024-01-01"}, "" +
			"date        body    counterpart  counterpart_country  sources\n" +
			"----------  ------  -----------  -------------------  -----------------\n" +
			"2024-03-14  KZ/CEC  GE/CEC       GE                   [\"ge-memorandum\"]\n" +
			"2024-11-20  KZ/CEC  ODIHR        -                    [\"odihr-kz\"]\n"},
		{"pending, cut to 60 columns", []string{"report", "pending", "--width", "60"}, "" +
			"kind      fact      from    to      status    date      articles\n" +
			"--------  --------  ------  ------  --------  --------  --------\n" +
			"invitat…  invitat…  UZ/CEC  KZ/CEC  no answ…  2024-12…         1\n" +
			"memoran…  memoran…  KZ/CEC  TJ/CEC  proposed  -                1\n"},
		{"an empty report", []string{"report", "partners", "--country", "FR", "--format", "json"}, "[]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, "", tt.args...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, tt.want, out)
		})
	}

	code, out, errOut := cli(t, "", "report", "person", "--name", "Абдировым", "--format", "json")
	require.Equal(t, 0, code, errOut)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.NotEmpty(t, rows)
	assert.Equal(t, "Нурлан Абдиров", rows[0]["person"])
	assert.Equal(t, "title", rows[0]["kind"])
	assert.Equal(t, "chairman", rows[0]["item"])
}

func TestReportErrorsAreOneClearLine(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1") // parameters are checked before connecting
	const evil = "KZ' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"report", "memoranda", "--country", "KZ", "--body", "KZ/CEC"}, "report memoranda takes only one of --country, --body"},
		{[]string{"report", "memoranda"}, "report memoranda needs one of --country, --body"},
		{[]string{"report", "memoranda", "--country", evil}, `unknown country code "KZ' OR 1=1 WITH 1 AS X MATCH (N) DETACH DELETE N //"`},
		{[]string{"report", "meetings", "--country", "KZ", "--since", "05.10.2024"}, `parameter "since": "05.10.2024" is not a date of the form YYYY-MM-DD`},
		{[]string{"report", "observations", "--country", "KZ", "--direction", "sideways"}, `"sideways" is not one of out, in, both`},
		{[]string{"report", "body", "--body", "OSCE"}, `"OSCE" is not the key of an electoral body`},
		{[]string{"report", "person"}, `report person needs parameter "name"`},
		{[]string{"report", "stats", "--country", "KZ"}, "report stats has no parameter --country"},
		{[]string{"report", "stats", "--format", "xml"}, `--format "xml"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[1:], " "), func(t *testing.T) {
			code, out, errOut := cli(t, "", tt.args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			assert.Contains(t, errOut, tt.want)
		})
	}
}

func TestInjectionThroughTheCLILeavesTheGraphUnchanged(t *testing.T) {
	s := querytest.Store(t)
	isolate(t, neo4jtest.URI(t))
	before, err := s.Info(context.Background())
	require.NoError(t, err)
	const evil = "KZ' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
	code, _, errOut := cli(t, "", "report", "memoranda", "--country", evil)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "unknown country code")
	for _, args := range [][]string{
		{"report", "evidence", "--fact", evil},
		{"report", "person", "--name", evil},
		{"query", "MATCH (c:Country {key: $cc}) RETURN c.key AS key", "--param", "cc=" + evil},
	} {
		code, out, errOut := cli(t, "", append(args, "--format", "csv")...)
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, 1, strings.Count(out, "\n"), "a header and no rows: %q", out)
	}
	after, err := s.Info(context.Background())
	require.NoError(t, err)
	assert.Equal(t, before.Nodes, after.Nodes)
	assert.Equal(t, before.Relationships, after.Relationships)
}

func TestQueryParamsAreTyped(t *testing.T) {
	querytest.Store(t)
	isolate(t, neo4jtest.URI(t))
	tests := []struct {
		name  string
		param string
		want  string
	}{
		{"integer", "v=42", "42,INTEGER NOT NULL\n"},
		{"float", "v=4.2", "4.2,FLOAT NOT NULL\n"},
		{"boolean", "v=true", "true,BOOLEAN NOT NULL\n"},
		{"date", "v=2024-10-05", "2024-10-05,DATE NOT NULL\n"},
		{"not a calendar date", "v=2024-02-30", "2024-02-30,STRING NOT NULL\n"},
		{"quoted date stays a string", "v='2024-10-05'", "2024-10-05,STRING NOT NULL\n"},
		{"list", "v=[1, 2024-01-02, KZ]", `"[1,""2024-01-02"",""KZ""]",LIST<STRING NOT NULL | INTEGER NOT NULL | DATE NOT NULL> NOT NULL` + "\n"},
		{"string", "v=KZ/CEC", "KZ/CEC,STRING NOT NULL\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, "", "query", "RETURN $v AS v, valueType($v) AS type", "--param", tt.param, "--format", "csv")
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, "v,type\n"+tt.want, out)
		})
	}

	// A date parameter compares with the articles' publication dates.
	code, out, errOut := cli(t, "", "query", "MATCH (a:Article) WHERE a.published >= $d RETURN a.key AS key ORDER BY key",
		"--param", "d=2024-11-01", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "key\naweb-conference\nodihr-kz\n", out)

	// A Neo4j error is one line with its position.
	code, _, errOut = cli(t, "", "query", "MATCH (n)\nRETURN m")
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(errOut, "\n"), "%q", errOut)
	assert.Contains(t, errOut, "Variable `m` not defined (at line 2, column 8)")
}

func TestTypedValue(t *testing.T) {
	day := neo4j.DateOf(time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in   string
		want any
	}{
		{"42", int64(42)},
		{"-7", int64(-7)},
		{"4.2", 4.2},
		{"1e3", 1000.0},
		{"true", true},
		{"false", false},
		{"2024-10-05", day},
		{"2024-13-01", "2024-13-01"},
		{"2024-10-05T10:00", "2024-10-05T10:00"},
		{`"2024-10-05"`, "2024-10-05"},
		{"'42'", "42"},
		{"[a, 2, 2024-10-05]", []any{"a", int64(2), day}},
		{"[]", []any{}},
		{"KZ", "KZ"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, typedValue(tt.in)) })
	}
}
