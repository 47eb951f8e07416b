package neo4jstore_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// query runs a read query and returns its rows.
func query(t *testing.T, s *neo4jstore.Store, cypher string, params map[string]any) [][]any {
	t.Helper()
	tab, err := s.Run(context.Background(), cypher, params, false)
	require.NoError(t, err, cypher)
	return tab.Rows
}

// scalar runs a read query that returns one value.
func scalar(t *testing.T, s *neo4jstore.Store, cypher string, params map[string]any) any {
	t.Helper()
	rows := query(t, s, cypher, params)
	require.Len(t, rows, 1, cypher)
	require.Len(t, rows[0], 1, cypher)
	return rows[0][0]
}

func TestApplySchema(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	require.NoError(t, s.ApplySchema(ctx), "applying the schema again is a no-op")

	rows := query(t, s, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes[0], properties", nil)
	got := map[string][]any{}
	for _, r := range rows {
		got[r[2].(string)] = r
	}
	for _, label := range neo4jstore.Labels {
		r, ok := got[label]
		if assert.True(t, ok, "no constraint on %s", label) {
			assert.Equal(t, "UNIQUENESS", r[1], label)
			assert.Equal(t, []any{"key"}, r[3], label)
		}
	}
	rows = query(t, s, "SHOW INDEXES YIELD name, type, state, labelsOrTypes, options WHERE name = 'entity_names' RETURN type, state, labelsOrTypes, options.indexConfig['fulltext.analyzer']", nil)
	require.Len(t, rows, 1, "full-text index entity_names")
	assert.Equal(t, "FULLTEXT", rows[0][0])
	assert.Equal(t, "ONLINE", rows[0][1])
	assert.ElementsMatch(t, []any{"Person", "ElectoralBody", "Organization", "Government", "NGO", "Event"}, rows[0][2])
	assert.Equal(t, "russian", rows[0][3])
}

func TestLoadIsIdempotent(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	docs := neo4jtest.Documents()

	first, err := s.Load(ctx, docs)
	require.NoError(t, err)
	assert.Equal(t, 2, first.Articles)
	assert.Positive(t, first.NodesCreated)
	assert.Positive(t, first.RelationshipsCreated)
	info1, err := s.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, int64(first.NodesCreated), info1.Nodes)
	assert.Equal(t, int64(first.RelationshipsCreated), info1.Relationships)

	second, err := s.Load(ctx, docs)
	require.NoError(t, err)
	assert.Equal(t, 0, second.Articles, "unchanged articles are skipped by content hash")
	assert.Equal(t, 2, second.Unchanged)
	assert.Zero(t, second.NodesCreated, "a second load creates no nodes")
	assert.Zero(t, second.RelationshipsCreated, "a second load creates no relationships")
	info2, err := s.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, info1.Labels, info2.Labels)
	assert.Equal(t, info1.Relationships, info2.Relationships)

	// Article by article, in either order, gives the same graph.
	for _, d := range docs {
		st, err := s.Load(ctx, docs[:0:0])
		require.NoError(t, err)
		assert.Zero(t, st.NodesCreated)
		st, err = s.Load(ctx, append(docs[:0:0], d))
		require.NoError(t, err)
		assert.Zero(t, st.NodesCreated+st.RelationshipsCreated, d.ID)
	}
}

func TestLoadSmallBatches(t *testing.T) {
	neo4jtest.Store(t) // wipes the database
	cfg := neo4jtest.Config(t)
	cfg.BatchSize = 1
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close(ctx) })
	one, err := s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)

	ref := neo4jtest.Store(t)
	all, err := ref.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	assert.Equal(t, all.NodesCreated, one.NodesCreated)
	assert.Equal(t, all.RelationshipsCreated, one.RelationshipsCreated)
}

func TestLoadGraph(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	docs := neo4jtest.Documents()
	// Loaded one article at a time, so that merging happens in the database.
	for _, d := range []int{1, 0} {
		_, err := s.Load(ctx, docs[d:d+1])
		require.NoError(t, err)
	}

	tests := []struct {
		name   string
		cypher string
		want   any
	}{
		{"article", "MATCH (a:Article {key: 'kz-1'}) RETURN [a.title, a.published, a.path, a.url, a.sha256, a.extractor_version]",
			[]any{"ЦИК Казахстана и партнёры", "2024-03-01", "testdata/kz-1.txt", "https://example.org/kz-1", "aaa1", "test"}},
		{"country name", "MATCH (c:Country {key: 'KZ'}) RETURN c.name", "Казахстан"},
		{"country implied by a body", "MATCH (c:Country {key: 'JP'}) RETURN c.key", "JP"},
		{"body", "MATCH (b:ElectoralBody {key: 'KZ/CEC'})-[:OF_COUNTRY]->(c:Country) RETURN [b.name, b.level, c.key]",
			[]any{"ЦИК Республики Казахстан", "national", "KZ"}},
		{"name kept when a later article has none", "MATCH (b:ElectoralBody {key: 'KR/CEC'}) RETURN b.name", "НИК Республики Корея"},
		{"government", "MATCH (g:Government {key: 'JP/GOV'})-[:OF_COUNTRY]->(c) RETURN [g.name, c.key]", []any{"Посольство Японии", "JP"}},
		{"organization", "MATCH (o:Organization {key: 'CIS'}) RETURN [o.name, o.abbrev]", []any{"Содружество Независимых Государств", "CIS"}},
		{"person aliases accumulate", "MATCH (p:Person {key: 'Нурлан Абдиров'}) RETURN [p.name, p.aliases]",
			[]any{"Нурлан Абдиров", []any{"Абдиров", "Н. Абдиров"}}},
		{"holds with min/max dates", "MATCH (:Person {key: 'Нурлан Абдиров'})-[h:HOLDS]->(b:ElectoralBody) RETURN [b.key, h.title, h.first_seen, h.last_seen]",
			[]any{"KZ/CEC", "chairman", "2024-03-01", "2024-04-10"}},
		{"mentions", "MATCH (:Article {key: 'kz-1'})-[:MENTIONS]->(n) RETURN count(n)", int64(13)},
		{"memorandum: signed wins, the year is kept", "MATCH (m:Memorandum {key: 'memorandum|KZ/CEC+UZ/CEC'}) RETURN [m.status, m.year]",
			[]any{"signed", int64(2024)}},
		{"memorandum parties", "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'})-[:PARTY]->(b) RETURN b.key ORDER BY b.key LIMIT 1", "KR/CEC"},
		{"memorandum has two parties", "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'})-[:PARTY]->(b) RETURN count(b)", int64(2)},
		{"provenance per article", "MATCH (m:Memorandum {key: 'memorandum|KR/CEC+KZ/CEC'})-[r:REPORTED_IN]->(a) RETURN collect(a.key + ':' + r.rule + ':' + toString(r.start))",
			[]any{"kz-1:memo_signed:0", "kz-2:memo_signed:0"}},
		{"observation", "MATCH (o:Observation)-[:OBSERVER]->(:Organization {key: 'CIS'}), (o)-[:OBSERVED]->(e:Election)-[:HELD_IN]->(c:Country) RETURN [o.key, o.year, e.key, e.year, c.key]",
			[]any{"observation|CIS|KG@2024", int64(2024), "KG/2024", int64(2024), "KG"}},
		{"invitation", "MATCH (i:Invitation)-[:FROM]->(f), (i)-[:TO]->(t) RETURN [i.purpose, i.date, f.key, t.key]",
			[]any{"observation", "2024-02-20", "KZ/CEC", "OSCE"}},
		{"award to a person", "MATCH (a:Award)-[:GIVEN_BY]->(b), (a)-[:GIVEN_TO]->(p:Person) RETURN [a.name, b.key, p.key]",
			[]any{"нагрудный знак", "KZ/CEC", "Иван Петров"}},
		{"meeting", "MATCH (m:Meeting)-[:PARTICIPANT]->(x) WITH m, x ORDER BY x.key WITH m, collect(x.key) AS xs RETURN [m.date, xs]",
			[]any{"2024-04-09", []any{"JP/GOV", "KZ/CEC"}}},
		{"participation", "MATCH (p:Participation)-[:PARTY]->(b), (p)-[:AT]->(e:Event), (b)-[:PARTICIPATED_IN]->(e), (e)-[:ORGANIZED_BY]->(o), (e)-[:HELD_IN]->(c) RETURN [b.key, e.key, e.name, o.key, c.key]",
			[]any{"UZ/CEC", "Астанинский избирательный форум|KZ", "Астанинский избирательный форум", "A-WEB", "KZ"}},
		{"every fact has provenance", "MATCH (f) WHERE (f:Memorandum OR f:Observation OR f:Meeting OR f:Invitation OR f:Award OR f:Participation) AND NOT (f)-[:REPORTED_IN]->(:Article) RETURN count(f)",
			int64(0)},
		{"fact nodes", "MATCH (f) WHERE f:Memorandum OR f:Observation OR f:Meeting OR f:Invitation OR f:Award OR f:Participation RETURN count(f)", int64(10)},
		{"full-text search in Russian", "CALL db.index.fulltext.queryNodes('entity_names', 'казахстана') YIELD node RETURN node.key", "KZ/CEC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, scalar(t, s, tt.cypher, nil))
		})
	}
}

// writeStatements write data or schema; Run without write and Read refuse
// every one of them.
var writeStatements = []string{
	"CREATE (n:X)",
	"MATCH (n:Country) SET n.x = 1",
	"MERGE (n:X {key: 'a'}) RETURN n",
	"CREATE INDEX x_y IF NOT EXISTS FOR (n:X) ON (n.y)",
	"DROP CONSTRAINT country_key",
}

func TestRunRefusesWritesUnlessAllowed(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	for _, q := range append(writeStatements, "CALL db.createLabel('Q')", "EXPLAIN CREATE (n:X)", "PROFILE CREATE (n:X)") {
		t.Run(q, func(t *testing.T) {
			_, err := s.Run(ctx, q, nil, false)
			require.Error(t, err)
			assert.ErrorIs(t, err, neo4jstore.ErrWriteRefused)
			assert.Equal(t, "query writes to the database; pass --write to allow it", err.Error())
		})
	}
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n:X) RETURN count(n)", nil), "nothing was written")
	assert.Empty(t, query(t, s, "SHOW INDEXES YIELD name WHERE name = 'x_y' RETURN name", nil), "no index was created")
	assert.Len(t, query(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = 'country_key' RETURN name", nil), 1, "no constraint was dropped")

	// Read-only statements that the server classifies as schema statements run.
	for _, q := range []string{"CALL dbms.components() YIELD name RETURN name", "SHOW CONSTRAINTS"} {
		_, err := s.Run(ctx, q, nil, false)
		assert.NoError(t, err, q)
	}

	tab, err := s.Run(ctx, "CREATE (n:X {key: $k}) RETURN n.key AS key", map[string]any{"k": "a"}, true)
	require.NoError(t, err)
	assert.Equal(t, &neo4jstore.Table{Columns: []string{"key"}, Rows: [][]any{{"a"}}}, tab)
	assert.Equal(t, int64(1), scalar(t, s, "MATCH (n:X) RETURN count(n)", nil))
}

// Read skips Run's EXPLAIN, but the read transaction still refuses every
// write, data or schema, and writes nothing; a server error is one line.
func TestReadRefusesWrites(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	for _, q := range writeStatements {
		t.Run(q, func(t *testing.T) {
			_, err := s.Read(ctx, q, nil)
			require.Error(t, err)
			assert.ErrorIs(t, err, neo4jstore.ErrWriteRefused)
			assert.Contains(t, err.Error(), "a read-only statement tried to write")
		})
	}
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n:X) RETURN count(n)", nil), "nothing was written")
	assert.Empty(t, query(t, s, "SHOW INDEXES YIELD name WHERE name = 'x_y' RETURN name", nil), "no index was created")
	assert.Len(t, query(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = 'country_key' RETURN name", nil), 1, "no constraint was dropped")

	tab, err := s.Read(ctx, "UNWIND $xs AS x RETURN x * 2 AS y", map[string]any{"xs": []any{1, 2}})
	require.NoError(t, err)
	assert.Equal(t, &neo4jstore.Table{Columns: []string{"y"}, Rows: [][]any{{int64(2)}, {int64(4)}}}, tab)

	_, err = s.Read(ctx, "MATCH (n)\nRETRN n", nil)
	var qe *neo4jstore.QueryError
	require.ErrorAs(t, err, &qe)
	assert.Equal(t, 2, qe.Line, "the line of the query itself: nothing was put before it")
}

func TestRunValues(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Run(ctx, "CREATE (:A {key: 'a', d: date('2024-05-12')})-[:R {w: 1.5}]->(:B {key: 'b'})", nil, true)
	require.NoError(t, err)
	tab, err := s.Run(ctx, "MATCH p = (a:A)-[r:R]->(b:B) RETURN a, r, p, a.d AS d, [1, 'x', null] AS l, {k: a.d} AS m, null AS n, true AS t", nil, false)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "r", "p", "d", "l", "m", "n", "t"}, tab.Columns)
	require.Len(t, tab.Rows, 1)
	a := map[string]any{"key": "a", "d": "2024-05-12", "_labels": []any{"A"}}
	r := map[string]any{"w": 1.5, "_type": "R"}
	b := map[string]any{"key": "b", "_labels": []any{"B"}}
	assert.Equal(t, []any{a, r, []any{a, r, b}, "2024-05-12", []any{int64(1), "x", nil}, map[string]any{"k": "2024-05-12"}, nil, true}, tab.Rows[0])

	tab, err = s.Run(ctx, "MATCH (n:Nothing) RETURN n", nil, false)
	require.NoError(t, err)
	assert.Equal(t, []string{"n"}, tab.Columns)
	assert.Empty(t, tab.Rows)
}

func TestRunErrorsAreOneLine(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	tests := []struct {
		name     string
		cypher   string
		write    bool
		code     string
		contains string
	}{
		{"syntax error", "MATC (n) RETURN n", false, "Neo.ClientError.Statement.SyntaxError", "(at line 1, column 1)"},
		{"syntax error on line 2 when writing", "MATCH (n)\nRETRN n", true, "Neo.ClientError.Statement.SyntaxError", "(at line 2, column 1)"},
		{"missing parameter", "RETURN $nope", false, "Neo.ClientError.Statement.ParameterMissing", "nope"},
		{"syntax error after EXPLAIN", "EXPLAIN MATCH (n) RETRN n", false, "Neo.ClientError.Statement.SyntaxError", "(at line 1, column 19)"},
		{"syntax error on line 3", "// c\nMATCH (n)\n  RETRN n", false, "Neo.ClientError.Statement.SyntaxError", "(at line 3, column 3)"},
		{"unknown procedure", "CALL no.such.proc()", false, "Neo.ClientError.Procedure.ProcedureNotFound", "no.such.proc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Run(ctx, tt.cypher, nil, tt.write)
			require.Error(t, err)
			msg := err.Error()
			assert.NotContains(t, msg, "\n")
			assert.Contains(t, msg, "["+tt.code+"]")
			assert.Contains(t, msg, tt.contains)
			qe, ok := errors.AsType[*neo4jstore.QueryError](err)
			require.True(t, ok, "%T", err)
			assert.Equal(t, tt.code, qe.Code)
			t.Log(msg)
		})
	}
}

func TestInfo(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	info, err := s.Info(ctx)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(info.Version, "5.26."), "version %q", info.Version)
	assert.NotEmpty(t, info.Edition)
	assert.Equal(t, s.Database(), info.Database)
	assert.Zero(t, info.Nodes)
	assert.Empty(t, info.Labels)
	// The server make test starts (scripts/neo4j.sh) sends no keep-alive
	// hint, so the driver reads results on its fast path.
	assert.Equal(t, "OFF", info.BoltKeepAlive)
	assert.False(t, info.SlowReads())

	_, err = s.Load(ctx, neo4jtest.Documents())
	require.NoError(t, err)
	info, err = s.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, int64(2), info.Count("Article"))
	assert.Equal(t, int64(5), info.Count("Memorandum"))
	assert.Equal(t, int64(5), info.Count("Country"), "KZ KR UZ JP KG and no other")
	assert.Equal(t, int64(4), info.Count("ElectoralBody"))
	assert.Equal(t, int64(2), info.Count("Person"))
	assert.Positive(t, info.Relationships)
	var sum int64
	for _, lc := range info.Labels {
		sum += lc.Count
	}
	assert.Equal(t, info.Nodes+info.Count("Fact")+info.Count("Entity"), sum, "every node has one label, facts and entities a second one")
}

func TestOpenFailsFastWithOneLine(t *testing.T) {
	start := time.Now()
	_, err := neo4jstore.Open(context.Background(), neo4jstore.Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "s3cret-pass"})
	elapsed := time.Since(start)
	require.Error(t, err)
	assert.Less(t, elapsed, 10*time.Second)
	msg := err.Error()
	assert.Equal(t, "cannot reach Neo4j at bolt://127.0.0.1:1: connection refused (is it running? try 'make neo4j-up')", msg)
	assert.NotContains(t, msg, "\n")
	assert.NotContains(t, msg, "s3cret-pass")
	_, isConnect := errors.AsType[*neo4jstore.ConnectError](err)
	assert.True(t, isConnect)
}

// Several writers, in chunks of a few rows, give the graph of one writer:
// the same nodes and edges, each edge once (mentions and reports are
// created, not merged), the same report counts and sides; and a re-load and
// a replacement of some of the articles give what one writer gives too.
func TestParallelWritersGiveTheGraphOfOne(t *testing.T) {
	ctx := context.Background()
	docs := append(neo4jtest.Documents(), copies(40)...)
	twice := neo4jtest.Documents()[0]
	twice.ID, twice.Path, twice.SHA256 = "twice", "testdata/twice.txt", "sha-twice"
	twice.Entities = append(twice.Entities, twice.Entities...) // every entity named twice
	docs = append(docs, twice)
	changed := append([]graph.Document(nil), docs[len(docs)-10:]...)
	for i := range changed {
		changed[i].SHA256 += "-2"
		changed[i].Facts = changed[i].Facts[:len(changed[i].Facts)-1]
	}
	graphOf := func(writers int) (snapshot, [][]any, int64) {
		neo4jtest.Store(t) // wipe
		cfg := neo4jtest.Config(t)
		cfg.BatchSize, cfg.Writers = 2, writers
		s, err := neo4jstore.Open(ctx, cfg)
		require.NoError(t, err)
		defer s.Close(ctx)
		for _, batch := range [][]graph.Document{docs, docs, changed} {
			_, err = s.Load(ctx, batch)
			require.NoError(t, err)
		}
		return snap(t, s), query(t, s, `MATCH (f:Fact) RETURN f.key, f.reports, f.sides, f.confidence, f.status ORDER BY f.key`, nil),
			scalar(t, s, "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n WHERE n > 1 RETURN count(*)", nil).(int64)
	}
	wantGraph, wantFacts, _ := graphOf(1)
	gotGraph, gotFacts, twiceOver := graphOf(4)
	assert.Equal(t, wantGraph, gotGraph)
	assert.Equal(t, wantFacts, gotFacts)
	assert.Zero(t, twiceOver, "no edge twice")
}
