package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// withPassword puts user neo4j and password pw into uri's user information.
func withPassword(uri, pw string) string {
	return strings.Replace(uri, "://", "://neo4j:"+pw+"@", 1)
}

// A password inside the URI is never printed: not by config, doctor,
// schema, query, load and remove, nor in their errors.
func TestPasswordInURIIsNeverPrinted(t *testing.T) {
	const pw = "Uri-S3cret-77"
	neo4jtest.Store(t)
	dir := fixtures(t)
	uri := withPassword(neo4jtest.URI(t), pw)
	shown := withPassword(neo4jtest.URI(t), "********")
	isolate(t, uri)
	for _, args := range [][]string{
		{"config"},
		{"doctor"},
		{"schema"},
		{"load", dir},
		{"remove", "no-such-article"},
		{"query", "RETURN 1 AS one"},
		{"query", "RETURN nonsense("},
	} {
		code, out, errOut := cli(t, "", args...)
		assert.NotContains(t, out+errOut, pw, "%v", args)
		if args[0] != "query" {
			assert.Equal(t, 0, code, "%v: %s", args, errOut)
			assert.Contains(t, out, shown, "%v shows the URI masked", args)
		}
	}

	// Errors: the driver's, the network's and the configuration's.
	for _, bad := range []string{
		withPassword("bolt://127.0.0.1:1", pw),
		withPassword("bolt://no-such-host.invalid:7687", pw),
		withPassword(neo4jtest.URI(t), pw) + "?routing=context",
		withPassword("bolt://127.0.0.1:99999", pw),
		withPassword("ftp://127.0.0.1:7687", pw),
		withPassword("bolt://[::1", pw),
	} {
		isolate(t, bad)
		for _, args := range [][]string{{"doctor"}, {"load", dir}, {"query", "RETURN 1"}, {"config"}} {
			_, out, errOut := cli(t, "", args...)
			assert.NotContains(t, out+errOut, pw, "%s %v", bad, args)
		}
	}
}
