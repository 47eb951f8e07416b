package neo4jstore_test

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/graph/resolve"
)

// snapshot is what "the same graph" means in these tests: node counts by
// label, every node key, and every relationship as type(start key → end key).
// Taking one also checks that every fact's sides list is the keys of its
// side edges, whatever loads, merges, moves and retractions came before.
type snapshot struct {
	Labels map[string]int64
	Keys   []string
	Rels   []string
}

func snap(t *testing.T, s *neo4jstore.Store) snapshot {
	t.Helper()
	info, err := s.Info(context.Background())
	require.NoError(t, err)
	sn := snapshot{Labels: map[string]int64{}}
	for _, lc := range info.Labels {
		sn.Labels[lc.Label] = lc.Count
	}
	for _, r := range query(t, s, "MATCH (n) RETURN labels(n)[0] + ':' + n.key ORDER BY 1", nil) {
		sn.Keys = append(sn.Keys, r[0].(string))
	}
	for _, r := range query(t, s, "MATCH (a)-[r]->(b) RETURN type(r) + '(' + a.key + '->' + b.key + ')' ORDER BY 1", nil) {
		sn.Rels = append(sn.Rels, r[0].(string))
	}
	sort.Strings(sn.Keys)
	sort.Strings(sn.Rels)
	stale := query(t, s, `MATCH (f:Fact)
WITH f, COLLECT { MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o) RETURN DISTINCT o.key AS k ORDER BY k } AS edges
WHERE f.sides IS NULL OR f.sides <> edges
RETURN f.key, f.sides, edges`, nil)
	require.Empty(t, stale, "facts whose sides are not the keys of their side edges")
	return sn
}

func ev(sentence, rule string) []graph.Evidence {
	return []graph.Evidence{{Sentence: sentence, Start: 10, End: 10 + len(sentence), Rule: rule}}
}

// meetingDocs: the same meeting of KZ/CEC and UZ/CEC reported undated (m1),
// dated (m2), in a year (m3), and another meeting on another date (m4).
func meetingDocs() map[string]graph.Document {
	meet := func(id, date string, year int, sentence string) graph.Document {
		return graph.Document{ID: id, Published: "2024-04-10", SHA256: "sha-" + id, Bodies: []string{"KZ/CEC", "UZ/CEC"},
			Facts: []graph.Fact{{Type: graph.Meeting, Parties: []string{"UZ/CEC", "KZ/CEC"}, Date: date, Year: year, Evidence: ev(sentence, "meeting")}}}
	}
	return map[string]graph.Document{
		"m1": meet("m1", "", 0, "Председатели ЦИК Казахстана и Узбекистана провели встречу."),
		"m2": meet("m2", "2024-04-09", 0, "9 апреля в Астане состоялась встреча руководителей избирательных органов."),
		"m3": meet("m3", "", 2024, "В 2024 году стороны встретились в Астане."),
		"m4": meet("m4", "2024-06-02", 0, "2 июня делегации вновь встретились в Ташкенте."),
	}
}

func meetingKeys(t *testing.T, s *neo4jstore.Store) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, r := range query(t, s, "MATCH (m:Meeting) RETURN m.key, m.reports", nil) {
		out[r[0].(string)] = r[1].(int64)
	}
	return out
}

func TestUndatedReportJoinsTheDatedFact(t *testing.T) {
	const id = "meeting|KZ/CEC+UZ/CEC"
	tests := []struct {
		name  string
		loads [][]string // one Load per inner list, in order
		want  map[string]int64
	}{
		{"undated alone", [][]string{{"m1"}}, map[string]int64{id: 1}},
		{"undated then dated", [][]string{{"m1"}, {"m2"}}, map[string]int64{id + "@2024-04-09": 2}},
		{"dated then undated", [][]string{{"m2"}, {"m1"}}, map[string]int64{id + "@2024-04-09": 2}},
		{"one load", [][]string{{"m1", "m2", "m3"}}, map[string]int64{id + "@2024-04-09": 3}},
		{"year and undated join the date", [][]string{{"m3"}, {"m1"}, {"m2"}}, map[string]int64{id + "@2024-04-09": 3}},
		{"a second date contradicts: undated and year stay apart", [][]string{{"m1", "m2", "m3"}, {"m4"}},
			map[string]int64{id: 1, id + "@2024": 1, id + "@2024-04-09": 1, id + "@2024-06-02": 1}},
		{"same, in one load", [][]string{{"m4", "m3", "m2", "m1"}},
			map[string]int64{id: 1, id + "@2024": 1, id + "@2024-04-09": 1, id + "@2024-06-02": 1}},
	}
	docs := meetingDocs()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := neo4jtest.Store(t)
			for _, load := range tt.loads {
				var batch []graph.Document
				for _, k := range load {
					batch = append(batch, docs[k])
				}
				_, err := s.Load(context.Background(), batch)
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, meetingKeys(t, s))
			assert.Equal(t, int64(0), scalar(t, s, "MATCH (m:Meeting) WHERE count { (m)-[:PARTICIPANT]->() } <> 2 RETURN count(m)", nil),
				"every meeting node has its two participants")
		})
	}
}

func TestRetractingTheDatedReportSplitsAgain(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	docs := meetingDocs()
	_, err := s.Load(ctx, []graph.Document{docs["m1"], docs["m2"], docs["m4"]})
	require.NoError(t, err)
	st, err := s.Remove(ctx, []string{"m4"}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Removed)
	assert.Equal(t, map[string]int64{"meeting|KZ/CEC+UZ/CEC@2024-04-09": 2}, meetingKeys(t, s), "nothing contradicts any more")
	_, err = s.Remove(ctx, []string{"m2"}, nil)
	require.NoError(t, err)
	assert.Equal(t, map[string]int64{"meeting|KZ/CEC+UZ/CEC": 1}, meetingKeys(t, s), "the undated report is its own fact again")
}

// personDocs: one person named in full, by initial, in Latin letters and
// declined, with a title that changes over time, and an award to them.
func personDocs() []graph.Document {
	return []graph.Document{
		{ID: "p1", Published: "2023-02-01", SHA256: "p1", Bodies: []string{"KZ/CEC"},
			Persons: []graph.Person{{Name: "Н. Абдиров", Title: "deputy_chairman", Org: "KZ/CEC"}},
			Facts: []graph.Fact{{Type: graph.Award, From: "UZ/CEC", To: "Н. Абдиров", Award: "медаль «За заслуги»",
				Evidence: ev("Н. Абдирову вручена медаль «За заслуги».", "award")}}},
		{ID: "p2", Published: "2024-05-20", SHA256: "p2", Bodies: []string{"KZ/CEC"},
			Persons: []graph.Person{{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC", Aliases: []string{"Абдиров"}}}},
		{ID: "p3", Published: "2024-09-01", SHA256: "p3", Bodies: []string{"KZ/CEC"},
			Persons: []graph.Person{{Name: "Nurlan Abdirov", Title: "chairman", Org: "KZ/CEC"}}},
		{ID: "p4", Published: "2024-10-01", SHA256: "p4", Bodies: []string{"KZ/CEC"},
			Persons: []graph.Person{{Name: "Нурлану Абдирову", Title: "chairman", Org: "KZ/CEC"}}},
		{ID: "p5", Published: "2024-10-02", SHA256: "p5", Bodies: []string{"IN/CEC"},
			Persons: []graph.Person{{Name: "Rajiv Kumar", Title: "chairman", Org: "IN/CEC"}, {Name: "Раджив Кумар", Title: "chairman", Org: "IN/CEC"}}},
	}
}

func TestSamePersonAcrossArticlesIsOneNode(t *testing.T) {
	docs := personDocs()
	orders := map[string][][]int{
		"one load":            {{0, 1, 2, 3, 4}},
		"initials first":      {{0}, {1}, {2}, {3}, {4}},
		"full name first":     {{1}, {0}, {3}, {2}, {4}},
		"latin first, pairs":  {{2, 4}, {3, 0}, {1}},
		"reverse, one by one": {{4}, {3}, {2}, {1}, {0}},
	}
	var ref *snapshot
	for _, name := range []string{"one load", "initials first", "full name first", "latin first, pairs", "reverse, one by one"} {
		t.Run(name, func(t *testing.T) {
			s := neo4jtest.Store(t)
			for _, load := range orders[name] {
				var batch []graph.Document
				for _, i := range load {
					batch = append(batch, docs[i])
				}
				_, err := s.Load(context.Background(), batch)
				require.NoError(t, err)
			}
			rows := query(t, s, "MATCH (p:Person) RETURN p.key, p.aliases ORDER BY p.key", nil)
			assert.Equal(t, [][]any{
				{"Нурлан Абдиров", []any{"Nurlan Abdirov", "Абдиров", "Н. Абдиров", "Нурлану Абдирову"}},
				{"Раджив Кумар", []any{"Rajiv Kumar"}},
			}, rows)
			holds := query(t, s, "MATCH (:Person {key: 'Нурлан Абдиров'})-[h:HOLDS]->(b) RETURN h.title, b.key, h.first_seen, h.last_seen, size(h.articles) ORDER BY h.first_seen", nil)
			assert.Equal(t, [][]any{
				{"deputy_chairman", "KZ/CEC", "2023-02-01", "2023-02-01", int64(1)},
				{"chairman", "KZ/CEC", "2024-05-20", "2024-10-01", int64(3)},
			}, holds, "titles over time, with first and last seen")
			assert.Equal(t, "award|UZ/CEC|Нурлан Абдиров|медаль «За заслуги»",
				scalar(t, s, "MATCH (a:Award)-[:GIVEN_TO]->(:Person {key: 'Нурлан Абдиров'}) RETURN a.key", nil), "the award follows the person")
			assert.Equal(t, "Нурлан Абдиров", scalar(t, s, "CALL db.index.fulltext.queryNodes('entity_names', 'Абдировым') YIELD node RETURN node.key LIMIT 1", nil),
				"full-text search finds a declined form")
			sn := snap(t, s)
			if ref == nil {
				ref = &sn
			} else {
				assert.Equal(t, *ref, sn, "the graph does not depend on the order of loads")
			}
		})
	}
}

func TestOverrides(t *testing.T) {
	docs := []graph.Document{
		{ID: "o1", SHA256: "o1", Persons: []graph.Person{{Name: "А. Иванов", Title: "member", Org: "RU/CEC"}}},
		{ID: "o2", SHA256: "o2", Persons: []graph.Person{{Name: "Алексей Иванов", Title: "member", Org: "RU/CEC"}}},
		{ID: "o3", SHA256: "o3", Persons: []graph.Person{{Name: "М. Абдусаломов", Title: "chairman", Org: "UZ/CEC"}}},
		{ID: "o4", SHA256: "o4", Persons: []graph.Person{{Name: "Мирза-Улугбек Абдусаламов", Title: "chairman", Org: "UZ/CEC"}}},
	}
	persons := func(s *neo4jstore.Store) []string {
		var out []string
		for _, r := range query(t, s, "MATCH (p:Person) RETURN p.key ORDER BY p.key", nil) {
			out = append(out, r[0].(string))
		}
		return out
	}
	ctx := context.Background()

	s := neo4jtest.Store(t)
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	assert.Equal(t, []string{"Алексей Иванов", "М. Абдусаломов", "Мирза-Улугбек Абдусаламов"}, persons(s), "without overrides")

	ov, err := resolve.ParseOverrides([]byte(`
persons:
  not_same:
    - [А. Иванов, Алексей Иванов]
  same:
    - [М. Абдусаломов, Мирза-Улугбек Абдусаламов]
  preferred:
    Мирза-Улугбек Абдусаламов: Мирза-Улугбек Абдусаломов
`))
	require.NoError(t, err)
	s = neo4jtest.Store(t)
	st, err := s.LoadWith(ctx, docs, neo4jstore.LoadOptions{Overrides: ov})
	require.NoError(t, err)
	assert.Equal(t, []string{"А. Иванов", "Алексей Иванов", "Мирза-Улугбек Абдусаломов"}, persons(s), "with overrides")
	assert.Empty(t, st.Unsplit, "kept apart from the start: nothing to split")

	// Applied to a graph loaded without them, the same-person judgement and
	// the preferred name take effect without new articles.
	s = neo4jtest.Store(t)
	_, err = s.Load(ctx, docs)
	require.NoError(t, err)
	st, err = s.ApplyOverrides(ctx, ov)
	require.NoError(t, err)
	assert.Equal(t, 2, st.PersonsMerged, "both spellings go to the preferred name")
	assert.Equal(t, 2, st.OverrideChanges, "М. Абдусаломов and Мирза-Улугбек Абдусаламов resolve differently; "+
		"not_same does not split a node merged before (load --reextract does)")
	assert.Equal(t, []string{"Алексей Иванов"}, st.Unsplit, "the node of both Ивановы is reported, to be split with --reextract")
	assert.Contains(t, persons(s), "Мирза-Улугбек Абдусаломов")
}

func TestReplaceAndRemoveArticles(t *testing.T) {
	ctx := context.Background()
	docs := neo4jtest.Documents()
	changed := docs[1]
	changed.SHA256 = "aaa2-changed"
	changed.Facts = []graph.Fact{changed.Facts[0], changed.Facts[5]} // the KR memorandum and the meeting stay
	changed.Persons = nil

	// Reference graphs: clean loads of the final versions.
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, []graph.Document{docs[0], changed})
	require.NoError(t, err)
	want := snap(t, ref)
	ref = neo4jtest.Store(t)
	_, err = ref.Load(ctx, []graph.Document{changed})
	require.NoError(t, err)
	wantOnly := snap(t, ref)

	s := neo4jtest.Store(t)
	_, err = s.Load(ctx, docs)
	require.NoError(t, err)
	st, err := s.Load(ctx, []graph.Document{docs[0], changed})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Replaced)
	assert.Equal(t, 1, st.Unchanged)
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+UZ/CEC'}) RETURN count(m)", nil), "reported only by the old version")
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (p:Person {key: 'Иван Петров'}) RETURN count(p)", nil), "no article mentions him any more")
	assert.Equal(t, []any{int64(2), "signed", int64(2023)}, scalar(t, s, "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'}) RETURN [m.reports, m.status, m.year]", nil))
	assert.Equal(t, []any{"proposed", int64(1)}, scalar(t, s, "MATCH (m:Memorandum {key: 'memorandum|KZ/CEC+UZ/CEC'}) RETURN [m.status, m.reports]", nil),
		"the signed report went with the old version")
	hold := scalar(t, s, "MATCH (:Person {key: 'Нурлан Абдиров'})-[h:HOLDS]->() RETURN [h.first_seen, h.last_seen, h.articles]", nil)
	assert.Equal(t, []any{"2024-03-01", "2024-03-01", []any{"kz-1"}}, hold)

	// The graph equals a clean load of the same versions.
	assert.Equal(t, want, snap(t, s))
	_, err = s.Load(ctx, docs) // back to the first versions
	require.NoError(t, err)
	_, err = s.Load(ctx, []graph.Document{docs[0], changed})
	require.NoError(t, err)
	assert.Equal(t, want, snap(t, s))

	// Removing an article equals never having loaded it.
	st, err = s.Remove(ctx, []string{"kz-1", "no-such-article"}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Removed)
	assert.Equal(t, wantOnly, snap(t, s))

	// Force (load --reextract) rewrites unchanged articles and changes nothing.
	before := snap(t, s)
	st, err = s.LoadWith(ctx, []graph.Document{changed}, neo4jstore.LoadOptions{Force: true})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Replaced)
	assert.Equal(t, before, snap(t, s))
}

func TestInterruptedLoadIsRedone(t *testing.T) {
	ctx := context.Background()
	docs := neo4jtest.Documents()
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, docs)
	require.NoError(t, err)
	want := snap(t, ref)

	s := neo4jtest.Store(t)
	// A load that died after writing part of an article but before its hash:
	_, err = s.Run(ctx, "CREATE (a:Article {key: 'kz-1', title: 'partial'})<-[:REPORTED_IN]-(:Fact:Meeting {key: 'meeting|X/CEC+KZ/CEC', identity: 'meeting|X/CEC+KZ/CEC', when: ''})", nil, true)
	require.NoError(t, err)
	st, err := s.Load(ctx, docs)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Replaced, "an article without hash is redone")
	assert.Equal(t, want, snap(t, s))
}

func TestConcurrentLoadsGiveTheSameGraph(t *testing.T) {
	ctx := context.Background()
	var docs []graph.Document
	docs = append(docs, neo4jtest.Documents()...)
	docs = append(docs, personDocs()...)
	for _, d := range meetingDocs() {
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, docs)
	require.NoError(t, err)
	want := snap(t, ref)

	for round := 0; round < 3; round++ {
		t.Run(fmt.Sprint("round ", round), func(t *testing.T) {
			neo4jtest.Store(t) // wipe
			cfg := neo4jtest.Config(t)
			cfg.BatchSize = 3
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					s, err := neo4jstore.Open(ctx, cfg)
					if err != nil {
						errs[i] = err
						return
					}
					defer s.Close(ctx)
					for j := 0; j < len(docs); j += 4 {
						if _, err := s.Load(ctx, docs[j:min(j+4, len(docs))]); err != nil {
							errs[i] = err
							return
						}
					}
				}()
			}
			wg.Wait()
			require.NoError(t, errs[0])
			require.NoError(t, errs[1])
			assert.Equal(t, want, snap(t, ref))
		})
	}
}

// UpgradeFacts gives facts written before facts kept their sides list
// their list, and leaves a graph that has them alone.
func TestUpgradeFactsGivesOldFactsTheirSides(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	_, err = s.Run(ctx, "MATCH (f:Fact) REMOVE f.sides", nil, true)
	require.NoError(t, err)
	old := scalar(t, s, "MATCH (f:Fact) WHERE f.sides IS NULL RETURN count(f)", nil)
	require.NotZero(t, old)

	n, err := s.UpgradeFacts(ctx)
	require.NoError(t, err)
	assert.Equal(t, old, int64(n))
	snap(t, s) // fails on a fact whose sides are missing or wrong

	n, err = s.UpgradeFacts(ctx)
	require.NoError(t, err)
	assert.Zero(t, n)
}

// Every edge from a fact to an actor has its sort key, the actor's key, a
// tab and the fact's key; UpgradeFacts gives them to facts of an older
// version (aggregates below 2).
func TestUpgradeFactsGivesEdgesTheirSortKey(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	const wrong = `MATCH (f:Fact)-[r:PARTY|PARTICIPANT|OBSERVER|FROM|TO|GIVEN_BY|GIVEN_TO]->(o)
WHERE r.sort IS NULL OR r.sort <> o.key + '\t' + f.key RETURN count(r)`
	require.NotZero(t, scalar(t, s, "MATCH (f:Fact)-[r:PARTY|PARTICIPANT]->() RETURN count(r)", nil))
	assert.Zero(t, scalar(t, s, wrong, nil), "a load gives every edge its sort key")

	_, err = s.Run(ctx, "MATCH (f:Fact)-[r]->() REMOVE r.sort, f.aggregates", nil, true)
	require.NoError(t, err)
	require.NotZero(t, scalar(t, s, wrong, nil))
	n, err := s.UpgradeFacts(ctx)
	require.NoError(t, err)
	assert.NotZero(t, n)
	assert.Zero(t, scalar(t, s, wrong, nil), "upgraded")
}
