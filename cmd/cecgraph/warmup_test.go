package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// cecgraph warmup prints one line saying what it did and how long it took,
// and leaves a loaded graph exactly as it was; it refuses a scratch
// database that is not empty; when its timeout runs out it says so, exits 1
// and leaves the graph as it was too; when another run holds the load lease
// it does nothing and says so.
func TestWarmupCommand(t *testing.T) {
	store := neo4jtest.Store(t)
	uri := neo4jtest.URI(t)
	dir := fixtures(t)
	isolate(t, uri)
	code, _, errOut := cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)
	before := neo4jtest.TakeFingerprint(t, store)

	code, out, errOut := cli(t, "", "warmup", "--articles", "20")
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `^warmed up \S+/neo4j in \S+: loaded and removed 20 generated articles \([1-9]\d* facts\) in one transaction, rolled back: nothing written\n$`, out)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))

	// A scratch database that is not empty (here the graph itself) is refused.
	code, out, errOut = cli(t, "", "warmup", "--articles", "20", "--scratch", uri)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Regexp(t, `^cecgraph: warm-up of \S+/neo4j failed after \S+, rolled back \(nothing written\): \S+/neo4j holds [1-9]\d* nodes: the scratch database is not empty; a warm-up writes only to an empty one\n$`, errOut)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))

	code, out, errOut = cli(t, "", "warmup", "--articles", "3000", "--timeout", "3s")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Regexp(t, `^cecgraph: warm-up of \S+/neo4j stopped after its timeout of 3s \(--timeout\), rolled back: nothing written\n$`, errOut)
	assert.Equal(t, before, neo4jtest.TakeFingerprint(t, store))

	_, err := store.Run(context.Background(), `MERGE (l:CecgraphLock {key: 'load'})
SET l.holder = 'other-run', l.who = 'cecgraph load (pid 99999 on busy-host)', l.since = datetime(),
    l.expires = datetime() + duration({minutes: 1})`, nil, true)
	require.NoError(t, err)
	locked := neo4jtest.TakeFingerprint(t, store)
	code, out, errOut = cli(t, "", "warmup", "--articles", "20")
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `^warm-up of \S+/neo4j skipped after \S+: cecgraph load \(pid 99999 on busy-host\) holds the load lease\n$`, out)
	assert.Equal(t, locked, neo4jtest.TakeFingerprint(t, store))
}
