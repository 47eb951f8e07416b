package main

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

var inRE = regexp.MustCompile(` in (\S+): `)

// After a crashed run, load and remove wait for its lease: they say so on
// stderr, naming the run the lease records, and the time they report counts
// the wait.
func TestLoadAndRemoveSayTheyWaitForALease(t *testing.T) {
	neo4jtest.Store(t)
	dir := fixtures(t)
	isolate(t, neo4jtest.URI(t))
	const ttl = 3 * time.Second
	for _, args := range [][]string{{"load", dir}, {"remove", dir}} {
		t.Run(args[0], func(t *testing.T) {
			cypherWrite(t, `MERGE (l:CecgraphLock {key: 'load'})
SET l.holder = 'dead-run', l.who = 'cecgraph load (pid 99999 on crashed-host)', l.since = datetime(),
    l.expires = datetime() + duration({seconds: 3})`)
			start := time.Now()
			code, out, errOut := cli(t, "", args...)
			took := time.Since(start)
			require.Equal(t, 0, code, errOut)
			var waits []string
			for _, l := range strings.Split(errOut, "\n") {
				if strings.Contains(l, "load lease") {
					waits = append(waits, l)
				}
			}
			if assert.Len(t, waits, 1, "one line says it waits: %q", errOut) {
				assert.Contains(t, waits[0], `holder="cecgraph load (pid 99999 on crashed-host)"`)
			}
			m := inRE.FindStringSubmatch(out)
			require.NotNil(t, m, out)
			reported, err := time.ParseDuration(m[1])
			require.NoError(t, err)
			assert.GreaterOrEqual(t, reported, ttl-500*time.Millisecond, "the reported time counts the wait: %s", out)
			assert.LessOrEqual(t, reported, took+time.Millisecond, "rounded to the millisecond")
			assert.Regexp(t, `(?m)^waited \S+ of that time for another cecgraph run to give back the load lease$`, out)
		})
	}
}
