package browser

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite style.json from style.grass")

// style.json is what scripts/neo4j.sh passes to browser.post_connect_cmd
// (it cannot run Go); it must match style.grass.
func TestStyleJSONFileIsCurrent(t *testing.T) {
	js, err := StyleJSON()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("style.json", []byte(js+"\n"), 0o644))
	}
	raw, err := os.ReadFile("style.json")
	require.NoError(t, err)
	assert.Equal(t, js+"\n", string(raw), "run: go test ./graph/neo4jstore/browser -update")
}

func TestRules(t *testing.T) {
	rules := Rules(Style())
	require.NotEmpty(t, rules)
	assert.Equal(t, "node", rules[0].Selector)
	pos := map[string]int{}
	for i, r := range rules {
		pos[r.Selector] = i
	}
	assert.Less(t, pos["node.Entity"], pos["node.Country"], "second labels come first: later rules win in Browser")
	assert.Less(t, pos["node.Fact"], pos["node.Memorandum"])

	js, err := StyleJSON()
	require.NoError(t, err)
	var m map[string]map[string]string
	require.NoError(t, json.Unmarshal([]byte(js), &m))
	assert.Equal(t, ParseGrass(Style()), m)
	assert.True(t, strings.Index(js, `"node.Entity"`) < strings.Index(js, `"node.Country"`), "the JSON keeps the order")
}
