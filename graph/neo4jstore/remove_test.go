package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// copies returns n copies of one article (ids c0000…), each stating the same
// position of a person, the same memorandum and the same participation in
// an organised event, published on dates spread over a year.
func copies(n int) []graph.Document {
	docs := make([]graph.Document, n)
	for i := range docs {
		id := fmt.Sprintf("c%04d", i)
		published := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
		docs[i] = graph.Document{
			ID: id, Path: "copies/" + id + ".txt", Published: published, SHA256: "sha-" + id,
			Countries: []string{"KZ"}, Bodies: []string{"KZ/CEC", "UZ/CEC"}, Organizations: []string{"A-WEB"},
			Persons: []graph.Person{{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC"}},
			Facts: []graph.Fact{
				{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "UZ/CEC"}, Status: graph.StatusSigned, Year: 2024,
					Evidence: ev("ЦИК Казахстана и Узбекистана подписали меморандум.", "memo_signed")},
				{Type: graph.Participation, Party: "UZ/CEC", Event: forum, Country: "KZ", Organizers: []string{"A-WEB"},
					Evidence: ev("Делегация ЦИК Узбекистана приняла участие в форуме.", "participation")},
			},
		}
	}
	return docs
}

// loadAndRemoveCopies loads n copies of one article in loads of 1,000 and
// removes them all at once, and returns how long each took.
func loadAndRemoveCopies(t testing.TB, s *neo4jstore.Store, n int) (load, remove time.Duration) {
	ctx := context.Background()
	docs := copies(n)
	start := time.Now()
	for i := 0; i < n; i += 1000 {
		_, err := s.Load(ctx, docs[i:min(i+1000, n)])
		require.NoError(t, err)
	}
	load = time.Since(start)
	keys := make([]string, n)
	for i, d := range docs {
		keys[i] = d.ID
	}
	start = time.Now()
	st, err := s.Remove(ctx, keys, nil)
	require.NoError(t, err)
	remove = time.Since(start)
	require.Equal(t, n, st.Removed)
	return load, remove
}

// Removing n copies of one article costs about what loading them costs:
// each removed article used to re-read every remaining article of the
// position they share, n²/2 reads in all.
func TestRemoveCopiesOfOneArticleIsLinear(t *testing.T) {
	s := neo4jtest.Store(t)
	// Warm up the server's query plans on a small round.
	loadAndRemoveCopies(t, s, 50)

	const n = 3000
	load, remove := loadAndRemoveCopies(t, s, n)
	t.Logf("%d copies: load %s, remove %s", n, load.Round(time.Millisecond), remove.Round(time.Millisecond))
	// Quadratic, the removal took about 5 times as long as the load at this
	// size; linear, it takes less than the load. The bound leaves room for a
	// busy machine.
	assert.Less(t, remove, load*3/2+3*time.Second, "removing %d copies took %s, loading them %s", n, remove, load)
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n) RETURN count(n)", nil), "nothing is left")
}

// BenchmarkRemoveCopies loads and removes CECGRAPH_BENCH_COPIES (default
// 2000) copies of one article and reports both times:
//
//	CECGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:7687 go test -run '^$' -bench BenchmarkRemoveCopies -benchtime 1x ./graph/neo4jstore
func BenchmarkRemoveCopies(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("CECGRAPH_BENCH_COPIES")); err == nil && v > 0 {
		n = v
	}
	s := neo4jtest.Store(b)
	loadAndRemoveCopies(b, s, 50)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		load, remove := loadAndRemoveCopies(b, s, n)
		b.ReportMetric(load.Seconds(), "load-s")
		b.ReportMetric(remove.Seconds(), "remove-s")
		fmt.Fprintf(os.Stderr, "BenchmarkRemoveCopies: %d copies: load %s, remove %s\n", n, load.Round(time.Millisecond), remove.Round(time.Millisecond))
	}
}

// orphans counts the facts no article reports.
func orphans(t *testing.T, s *neo4jstore.Store) int64 {
	t.Helper()
	return scalar(t, s, "MATCH (f:Fact) WHERE NOT (f)-[:REPORTED_IN]->() RETURN count(f)", nil).(int64)
}

var errInterrupted = errors.New("interrupted")

// A removal interrupted between its retraction and the clean-up after it
// (Ctrl-C, a crash, a dead server) leaves facts no article supports; the
// next removal, of the same articles (now gone) or of others, and the next
// load, even of unchanged articles, clean them up first and say so.
func TestInterruptedRemoveIsCleanedUpByTheNextRun(t *testing.T) {
	ctx := context.Background()
	docs := neo4jtest.Documents()
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, docs[1:])
	require.NoError(t, err)
	wantOnly := snap(t, ref)

	for _, next := range []string{"remove", "load"} {
		t.Run(next, func(t *testing.T) {
			neo4jtest.Store(t) // wipe
			cfg := neo4jtest.Config(t)
			cfg.BatchSize = 1 // one article per retraction batch
			s, err := neo4jstore.Open(ctx, cfg)
			require.NoError(t, err)
			t.Cleanup(func() { _ = s.Close(ctx) })
			_, err = s.Load(ctx, docs)
			require.NoError(t, err)

			// Interrupted after the retraction of kz-1, before the clean-up.
			restore := neo4jstore.SetAfterRetractBatch(func(int) error { return errInterrupted })
			_, err = s.Remove(ctx, []string{"kz-1"}, nil)
			restore()
			require.ErrorIs(t, err, errInterrupted)
			require.Equal(t, int64(0), scalar(t, s, "MATCH (a:Article {key: 'kz-1'}) RETURN count(a)", nil), "kz-1 is gone")
			require.Positive(t, orphans(t, s), "the interruption left facts no article supports")
			assert.Equal(t, []any{"2024-04-10", "2024-04-10", []any{"kz-2"}},
				scalar(t, s, "MATCH (:Person {key: 'Нурлан Абдиров'})-[h:HOLDS]->() RETURN [toString(h.first_seen), toString(h.last_seen), h.articles]", nil),
				"the retraction's own transaction gave the position the dates of the articles left")

			var st neo4jstore.LoadStats
			switch next {
			case "remove":
				st, err = s.Remove(ctx, []string{"kz-1"}, nil)
				require.NoError(t, err)
				assert.Zero(t, st.Removed, "kz-1 is not in the graph any more")
			case "load":
				st, err = s.Load(ctx, docs[1:])
				require.NoError(t, err)
				assert.Equal(t, 1, st.Unchanged)
			}
			assert.Positive(t, st.Leftovers.Settled, "the clean-up is reported")
			assert.Positive(t, st.Leftovers.NodesDeleted, "the clean-up is reported")
			assert.Equal(t, st.Leftovers.NodesDeleted, st.NodesDeleted)
			assert.Zero(t, orphans(t, s))
			assert.Equal(t, int64(0), scalar(t, s, "MATCH (n:Unsettled) RETURN count(n)", nil), "nothing is left marked")
			assert.Equal(t, wantOnly, snap(t, s), "the graph of never having loaded kz-1")
			assert.Equal(t, []any{"2024-04-10", "2024-04-10", []any{"kz-2"}},
				scalar(t, s, "MATCH (:Person {key: 'Нурлан Абдиров'})-[h:HOLDS]->() RETURN [toString(h.first_seen), toString(h.last_seen), h.articles]", nil),
				"the position's dates are those of the articles left")
			assert.Equal(t, []any{int64(1), "signed", nil},
				scalar(t, s, "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'}) RETURN [m.reports, m.status, m.year]", nil),
				"the aggregates count the reports left")

			// Once clean, the next run has nothing to clean.
			st, err = s.Remove(ctx, []string{"kz-1"}, nil)
			require.NoError(t, err)
			assert.False(t, st.Leftovers.Any(), "%+v", st.Leftovers)
		})
	}
}

// A graph that a version without marks left with facts no article supports
// (its removal was interrupted) is cleaned up by the next removal, and by
// the first load of a process.
func TestUnmarkedLeftoversAreCleanedUp(t *testing.T) {
	ctx := context.Background()
	docs := neo4jtest.Documents()
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, docs[1:])
	require.NoError(t, err)
	wantOnly := snap(t, ref)

	for _, next := range []string{"remove", "load"} {
		t.Run(next, func(t *testing.T) {
			s := neo4jtest.Store(t)
			_, err := s.Load(ctx, docs)
			require.NoError(t, err)
			// The first half of an older removal of kz-1: its edges, its
			// share of positions and the article go, nothing else.
			_, err = s.Run(ctx, `MATCH ()-[h:HOLDS]->() SET h.articles = [x IN h.articles WHERE x <> 'kz-1']
WITH count(*) AS n MATCH (a:Article {key: 'kz-1'}) DETACH DELETE a`, nil, true)
			require.NoError(t, err)
			require.Positive(t, orphans(t, s))

			// A new process.
			s2, err := neo4jstore.Open(ctx, neo4jtest.Config(t))
			require.NoError(t, err)
			t.Cleanup(func() { _ = s2.Close(ctx) })
			var st neo4jstore.LoadStats
			switch next {
			case "remove":
				st, err = s2.Remove(ctx, []string{"kz-1"}, nil)
			case "load":
				st, err = s2.Load(ctx, docs[1:])
			}
			require.NoError(t, err)
			assert.Positive(t, st.Leftovers.NodesDeleted)
			assert.Zero(t, orphans(t, s2))
			assert.Equal(t, wantOnly, snap(t, s2))
			assert.Equal(t, int64(1), scalar(t, s2, "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'}) RETURN m.reports", nil),
				"the aggregates count the reports left")
		})
	}
}

// Removing every article deletes the whole graph in transactions of a
// bounded size: one transaction for all of it needs more memory than a
// server gives a transaction once the graph is large (200,000 articles
// needed over 716 MB). Here at most 2 deletions a transaction, which must
// still leave nothing behind.
func TestRemoveEverythingCleansUpInBoundedTransactions(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	docs := neo4jtest.Documents()
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	facts := scalar(t, s, "MATCH (f:Fact) RETURN count(f)", nil).(int64)
	require.Greater(t, facts, int64(2), "more facts than one clean-up transaction deletes")

	var txs, factTxs int
	restore := neo4jstore.SetGCBatch(2, func(statement int, deleted neo4jstore.LoadStats) {
		txs++
		if statement == 0 {
			factTxs++
		}
		assert.LessOrEqual(t, deleted.NodesDeleted, 2, "statement %d", statement)
	})
	defer restore()
	keys := make([]string, len(docs))
	for i, d := range docs {
		keys[i] = d.ID
	}
	st, err := s.Remove(ctx, keys, nil)
	require.NoError(t, err)
	assert.Equal(t, len(docs), st.Removed)
	assert.GreaterOrEqual(t, factTxs, int(facts/2), "the facts no article supports are deleted two at a time")
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n) WHERE NOT n:CecgraphLock AND NOT n:ReportTable RETURN count(n)", nil),
		"nothing of the articles is left")
}

// A removal that retracts articles cleans up what no article supports
// once, after its retraction, and not also before it when nothing was left
// marked: that clean-up reads every fact, actor and country, and the one
// after the retraction deletes the same (here a person no article mentions,
// left by a hand-made change). A removal of articles not in the graph still
// cleans up before anything else.
func TestRemoveCleansUpOnceWhenNothingIsMarked(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	_, err := s.Load(ctx, append(neo4jtest.Documents(), copies(3)...))
	require.NoError(t, err)
	passes := 0
	restore := neo4jstore.SetGCBatch(1000, func(statement int, _ neo4jstore.LoadStats) {
		if statement == 0 {
			passes++
		}
	})
	defer restore()
	person := func() int64 {
		return scalar(t, s, "MATCH (p:Person {key: 'Лишний Человек'}) RETURN count(p)", nil).(int64)
	}

	_, err = s.Run(ctx, "CREATE (:Person {key: 'Лишний Человек', family: 'человек'})", nil, true)
	require.NoError(t, err)
	st, err := s.Remove(ctx, []string{"c0000"}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Removed)
	assert.Equal(t, 1, passes, "one clean-up, after the retraction")
	assert.Zero(t, person(), "what no article mentions is deleted")
	assert.Zero(t, orphans(t, s))

	passes = 0
	_, err = s.Run(ctx, "CREATE (:Person {key: 'Лишний Человек', family: 'человек'})", nil, true)
	require.NoError(t, err)
	st, err = s.Remove(ctx, []string{"c0000", "not-there"}, nil)
	require.NoError(t, err)
	assert.Zero(t, st.Removed)
	assert.Equal(t, 1, passes, "nothing to retract: the clean-up comes first")
	assert.Zero(t, person())
	assert.Equal(t, 1, st.Leftovers.NodesDeleted)
}
