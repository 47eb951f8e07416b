package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/browser"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

func TestBrowserStyleCoversEveryLabel(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	code, out, errOut := cli(t, "", "browser", "style")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, browser.Style(), out)
	rules := browser.ParseGrass(out)
	for _, label := range neo4jstore.Labels {
		if label == "Fact" || label == "Entity" {
			continue // second labels: every such node has its own type label too
		}
		r, ok := rules["node."+label]
		if assert.True(t, ok, "no style for %s", label) {
			assert.Regexp(t, `^#[0-9A-F]{6}$`, r["color"], label)
			assert.Regexp(t, `^\d+px$`, r["diameter"], label)
			assert.NotEmpty(t, r["caption"], label)
		}
	}

	code, out, errOut = cli(t, "", "browser", "style", "--format", "json")
	require.Equal(t, 0, code, errOut)
	var parsed map[string]map[string]string
	require.NoError(t, json.Unmarshal([]byte(out), &parsed))
	assert.Equal(t, rules, parsed)
	assert.NotContains(t, out, ";", "browser.post_connect_cmd splits on ';'")
	assert.Equal(t, 1, strings.Count(out, "\n"))
}

// guideQueries returns the Cypher blocks of the guide.
func guideQueries(t *testing.T) []string {
	t.Helper()
	re := regexp.MustCompile("(?s)```cypher\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(browser.Guide(), -1) {
		out = append(out, strings.TrimSpace(m[1]))
	}
	require.GreaterOrEqual(t, len(out), 5)
	return out
}

func TestBrowserGuideQueriesRun(t *testing.T) {
	neo4jtest.Store(t)
	dir := fixtures(t)
	isolate(t, neo4jtest.URI(t))
	code, out, errOut := cli(t, "", "browser", "guide")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, browser.Guide(), out)
	assert.GreaterOrEqual(t, strings.Count(out, "\n---\n"), 3, "slides")

	code, _, errOut = cli(t, "", "load", dir)
	require.Equal(t, 0, code, errOut)
	// The slide of judged facts needs a judgement.
	code, _, errOut = cli(t, "", "judge", "confirm", "memorandum|KZ/CEC+UZ/CEC")
	require.Equal(t, 0, code, errOut)
	s, err := neo4jstore.Open(context.Background(), neo4jtest.Config(t))
	require.NoError(t, err)
	defer s.Close(context.Background())
	for i, q := range guideQueries(t) {
		tab, err := s.Run(context.Background(), q, nil, false)
		require.NoError(t, err, "query %d:\n%s", i, q)
		assert.NotEmpty(t, tab.Rows, "query %d returns something on the fixtures:\n%s", i, q)
	}
}

func TestBrowserServeAllowsCrossOrigin(t *testing.T) {
	srv := httptest.NewServer(browser.Handler())
	defer srv.Close()
	for path, want := range map[string]string{"/guide.md": browser.Guide(), "/style.grass": browser.Style()} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"), path)
		assert.Equal(t, want, string(body), path)
	}
}
