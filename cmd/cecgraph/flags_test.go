package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// --limit out of range and overlong names and keys are refused before
// connecting, in one clear line that does not repeat the value, never as a
// raw server error.
func TestReportRefusesBadLimitsAndLongNames(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1") // parameters are checked before connecting
	long := strings.Repeat("а", 5000)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"report", "meetings", "--country", "KZ", "--limit", "-1"}, `parameter "limit": "-1" is not a number of rows from 1 to 1000000000`},
		{[]string{"report", "body", "--body", "KZ/CEC", "--limit", "99999999999"}, `parameter "limit": "99999999999" is not a number of rows`},
		{[]string{"report", "person", "--name", "Абдиров", "--limit", "0"}, `parameter "limit": "0" is not a number of rows`},
		{[]string{"report", "person", "--name", long}, `parameter "name": a name of 5000 characters is too long (at most 200)`},
		{[]string{"report", "memoranda", "--body", "KZ/SUB:" + long}, `parameter "body": a key of 10007 bytes is too long`},
		{[]string{"report", "body", "--body", "KZ/SUB:" + long}, `parameter "body": a key of 10007 bytes is too long`},
		{[]string{"report", "evidence", "--fact", strings.Repeat("x", 9000)}, `parameter "fact": a value of 9000 bytes is too long`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:2], " ")+" "+tt.args[len(tt.args)-2], func(t *testing.T) {
			code, out, errOut := cli(t, "", tt.args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			assert.Contains(t, errOut, tt.want)
			assert.NotContains(t, errOut, "Neo.")
			assert.NotContains(t, errOut, "cannot reach", "checked before connecting")
			assert.Less(t, len(errOut), 300, "the value is not repeated")
		})
	}
}

// A good --limit still limits (on the real Neo4j).
func TestReportLimitStillWorks(t *testing.T) {
	neo4jtest.Store(t)
	ex := examples(t)
	isolate(t, neo4jtest.URI(t))
	code, _, errOut := cli(t, "", "load", ex)
	require.Equal(t, 0, code, errOut)
	code, out, errOut := cli(t, "", "report", "person", "--name", "Абдиров", "--limit", "1", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 2, strings.Count(out, "\n"), "a header and one row: %q", out)
}

// A query that names a database the server does not have (USE nosuch)
// gets an error naming that database, not the configured one.
func TestQueryUseOfAMissingDatabaseNamesIt(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	code, out, errOut := cli(t, "", "query", "USE nosuch MATCH (n) RETURN count(n)")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Equal(t, "cecgraph: Neo4j at "+neo4jtest.URI(t)+` has no database "nosuch"`+"\n", errOut)
	code, _, errOut = cli(t, "", "query", "USE `no such` RETURN 1")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `has no database "no such"`)
	code, _, errOut = cli(t, "", "--database", "other", "query", "RETURN 1")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `has no database "other"`, "the configured database, when it is the missing one")
}

// browser screenshot checks its sizes before starting Chromium.
func TestScreenshotRefusesBadSizes(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	for _, args := range [][]string{
		{"--width", "-1"}, {"--height", "0"}, {"--width", "99999"}, {"--timeout", "-1s"},
	} {
		code, _, errOut := cli(t, "", append([]string{"browser", "screenshot", "--query", "RETURN 1", "--out", "x.png", "--chromium", "/nonexistent/chromium"}, args...)...)
		assert.Equal(t, 1, code, "%v", args)
		assert.Regexp(t, `^cecgraph: --(width and --height must be from 1 to 10000 pixels|timeout must be positive)`, errOut, "%v", args)
	}
}
