package ingest_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/ingest"
	"github.com/cecgraph/cecgraph/loader/synth"
)

func writeSynth(t *testing.T, dir string, n int) {
	t.Helper()
	g := synth.New(7)
	for i := 0; i < n; i++ {
		a := g.Next()
		require.NoError(t, os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text()), 0o644))
	}
}

func pipeline(t *testing.T, workers int, errs *[]string) *loader.Pipeline {
	t.Helper()
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	return &loader.Pipeline{Extractor: ex, Cleaner: clean.NewCleaner(), Workers: workers,
		OnError: func(err error) { *errs = append(*errs, err.Error()) }}
}

// The articles a load holds at once depend on the batch and the pool, not
// on the number of articles: 200 articles in batches of 4 never have more
// than InFlightLimit(4, 2) = 32 in flight, in the first load and in the
// unchanged re-run.
func TestLoadHoldsABoundedNumberOfArticles(t *testing.T) {
	store := neo4jtest.Store(t)
	dir := t.TempDir()
	const n = 200
	writeSynth(t, dir, n)
	var errs []string
	p := pipeline(t, 2, &errs)
	ctx := context.Background()
	limit := ingest.InFlightLimit(4, 2)
	require.Less(t, limit, n/4)

	var progress []ingest.Progress
	sum, err := ingest.Load(ctx, store, p, []string{dir}, ingest.Options{Batch: 4,
		OnProgress: func(pr ingest.Progress) { progress = append(progress, pr) }})
	require.NoError(t, err)
	require.Empty(t, errs)
	assert.Equal(t, n, sum.Read)
	assert.Equal(t, n, sum.Stats.New)
	assert.Positive(t, sum.Facts)
	assert.Positive(t, sum.MostInFlight)
	assert.LessOrEqual(t, sum.MostInFlight, limit, "articles held at once")
	require.NotEmpty(t, progress)
	last := progress[len(progress)-1]
	assert.Equal(t, ingest.Progress{Done: n, Total: n, Facts: sum.Facts, Elapsed: last.Elapsed}, last)

	again, err := ingest.Load(ctx, store, p, []string{dir}, ingest.Options{Batch: 4})
	require.NoError(t, err)
	assert.Equal(t, n, again.Unchanged)
	assert.Equal(t, n, again.Read)
	assert.Zero(t, again.Stats.NodesCreated)
	assert.LessOrEqual(t, again.MostInFlight, limit)
}

// A JSON-lines file is read a line at a time: its articles count towards
// the total as they are read, and the load holds a bounded number of them.
func TestLoadStreamsJSONLines(t *testing.T) {
	store := neo4jtest.Store(t)
	dir := t.TempDir()
	g := synth.New(3)
	var b strings.Builder
	const n = 120
	for i := 0; i < n; i++ {
		a := g.Next()
		b.WriteString(`{"id":"` + a.ID + `","title":` + quote(a.Title) + `,"text":` + quote(a.Body) + "}\n")
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "export.jsonl"), []byte(b.String()), 0o644))
	var errs []string
	p := pipeline(t, 2, &errs)
	var last ingest.Progress
	sum, err := ingest.Load(context.Background(), store, p, []string{dir}, ingest.Options{Batch: 4,
		OnProgress: func(pr ingest.Progress) { last = pr }})
	require.NoError(t, err)
	require.Empty(t, errs)
	assert.Equal(t, n, sum.Stats.New)
	assert.Equal(t, n, last.Total)
	assert.LessOrEqual(t, sum.MostInFlight, ingest.InFlightLimit(4, 2))
}

// Remove takes article keys and paths; a path names the articles read from
// it.
func TestRemoveByPathAndKey(t *testing.T) {
	store, p, dir, entries, _ := loadSynth(t, 30)
	ctx := context.Background()
	one := filepath.Join(dir, entries[0].Name())
	key := strings.TrimSuffix(entries[1].Name(), ".txt")
	sum, err := ingest.Remove(ctx, store, p, []string{one, key, "not-there"}, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Named)
	assert.Equal(t, 2, sum.Stats.Removed)
	tab, err := store.Read(ctx, "MATCH (a:Article) RETURN count(a) AS n", nil)
	require.NoError(t, err)
	assert.EqualValues(t, 28, tab.Rows[0][0])
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Remove names the article of a text file by the file's name and does not
// read the file: an article whose file was overwritten since it was loaded
// (here with a PDF, which load refuses) is removed all the same.
func TestRemoveByPathReadsNoTextFile(t *testing.T) {
	store, p, dir, entries, errs := loadSynth(t, 5)
	ctx := context.Background()
	one := filepath.Join(dir, entries[0].Name())
	require.NoError(t, os.WriteFile(one, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), 0o644))
	sum, err := ingest.Remove(ctx, store, p, []string{one}, nil, nil)
	require.NoError(t, err)
	assert.Empty(t, *errs)
	assert.Equal(t, 1, sum.Named)
	assert.Equal(t, 1, sum.Stats.Removed)
	tab, err := store.Read(ctx, "MATCH (a:Article {key: $k}) RETURN count(a) AS n", map[string]any{"k": strings.TrimSuffix(entries[0].Name(), ".txt")})
	require.NoError(t, err)
	assert.EqualValues(t, 0, tab.Rows[0][0])
}

// loadSynth loads n generated articles from files into the test database
// and returns the store, the pipeline (whose errors go to errs), the
// folder and its files.
func loadSynth(t *testing.T, n int) (*neo4jstore.Store, *loader.Pipeline, string, []os.DirEntry, *[]string) {
	t.Helper()
	store := neo4jtest.Store(t)
	dir := t.TempDir()
	writeSynth(t, dir, n)
	errs := new([]string)
	p := pipeline(t, 2, errs)
	_, err := ingest.Load(context.Background(), store, p, []string{dir}, ingest.Options{})
	require.NoError(t, err)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	return store, p, dir, entries, errs
}
