package queries_test

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries"
	"github.com/cecgraph/cecgraph/queries/querytest"
)

// The fixture articles of testdata/articles (our own texts) state, as the
// extractor reads them:
//
//	ge-memorandum (2024-03-15): KZ/CEC and GE/CEC signed a memorandum in 2024
//	  and met on 2024-03-14; Нурлан Абдиров chairs KZ/CEC, Леван Беридзе GE/CEC.
//	mn-observation (2024-07-02): KZ/CEC observed the 2024 election in MN.
//	kg-invitation (2024-09-10): KZ/CEC invited KG/CEC to observe; KZ/CEC
//	  proposed a memorandum to TJ/CEC.
//	kg-observers-kz (2024-10-07): KG/CEC observed the 2024 election in KZ;
//	  the KZ–GE memorandum again (a second report).
//	odihr-kz (2024-11-21): KZ/CEC met ODIHR on 2024-11-20; ODIHR observed the
//	  2024 election in KZ; KG/CEC gave Нурлан Абдиров an award.
//	aweb-conference (2024-12-05): KZ/CEC took part in «Выборы в цифровую
//	  эпоху» in KR, organised by A-WEB; UZ/CEC invited KZ/CEC to observe.
func TestReportsOnFixtures(t *testing.T) {
	s := querytest.Store(t)
	ctx := context.Background()
	const award = "award|KG/CEC|Нурлан Абдиров|За вклад в развитие избирательных систем"
	tests := []struct {
		report string
		args   map[string]string
		want   [][]any
	}{
		{"memoranda", map[string]string{"country": "KZ"}, [][]any{
			{"GE", "GE/CEC", "signed", int64(2024), int64(2)},
			{"TJ", "TJ/CEC", "proposed", nil, int64(1)},
		}},
		{"memoranda", map[string]string{"country": "KZ", "status": "proposed"}, [][]any{
			{"TJ", "TJ/CEC", "proposed", nil, int64(1)},
		}},
		{"memoranda", map[string]string{"body": "ge/cec"}, [][]any{
			{"KZ", "KZ/CEC", "signed", int64(2024), int64(2)},
		}},
		{"memoranda", map[string]string{"body": "A-WEB"}, [][]any{}},
		{"observations", map[string]string{"country": "KZ"}, [][]any{
			{"out", int64(2024), "MN/2024", "MN", "KZ/CEC", "KZ", int64(1)},
			{"in", int64(2024), "KZ/2024", "KZ", "KG/CEC", "KG", int64(1)},
			{"in", int64(2024), "KZ/2024", "KZ", "ODIHR", nil, int64(1)},
		}},
		{"observations", map[string]string{"country": "KZ", "direction": "out"}, [][]any{
			{"out", int64(2024), "MN/2024", "MN", "KZ/CEC", "KZ", int64(1)},
		}},
		{"observations", map[string]string{"country": "KG", "direction": "out"}, [][]any{
			{"out", int64(2024), "KZ/2024", "KZ", "KG/CEC", "KG", int64(1)},
		}},
		{"observations", map[string]string{"country": "MN", "direction": "in"}, [][]any{
			{"in", int64(2024), "MN/2024", "MN", "KZ/CEC", "KZ", int64(1)},
		}},
		{"meetings", map[string]string{"country": "KZ"}, [][]any{
			{"2024-03-14", "KZ/CEC", "GE/CEC", "GE", []any{"ge-memorandum"}},
			{"2024-11-20", "KZ/CEC", "ODIHR", nil, []any{"odihr-kz"}},
		}},
		{"meetings", map[string]string{"body": "KZ/CEC", "since": "2024-03-15"}, [][]any{
			{"2024-11-20", "KZ/CEC", "ODIHR", nil, []any{"odihr-kz"}},
		}},
		{"meetings", map[string]string{"body": "ODIHR", "until": "2024-11-20"}, [][]any{
			{"2024-11-20", "ODIHR", "KZ/CEC", "KZ", []any{"odihr-kz"}},
		}},
		{"meetings", map[string]string{"country": "KZ", "since": "2024-03-15", "until": "2024-11-19"}, [][]any{}},
		{"partners", map[string]string{"country": "KZ"}, [][]any{
			// partner, memoranda, observations, meetings, invitations, awards, participations, facts, first, last
			{"KG", int64(0), int64(1), int64(0), int64(1), int64(1), int64(0), int64(3), "2024-09-10", "2024-11-21"},
			{"GE", int64(1), int64(0), int64(1), int64(0), int64(0), int64(0), int64(2), "2024-03-14", "2024-03-15"},
			{"ODIHR", int64(0), int64(1), int64(1), int64(0), int64(0), int64(0), int64(2), "2024-11-20", "2024-11-21"},
			{"A-WEB", int64(0), int64(0), int64(0), int64(0), int64(0), int64(1), int64(1), "2024-12-05", "2024-12-05"},
			{"KR", int64(0), int64(0), int64(0), int64(0), int64(0), int64(1), int64(1), "2024-12-05", "2024-12-05"},
			{"MN", int64(0), int64(1), int64(0), int64(0), int64(0), int64(0), int64(1), "2024-07-02", "2024-07-02"},
			{"TJ", int64(1), int64(0), int64(0), int64(0), int64(0), int64(0), int64(1), "2024-09-10", "2024-09-10"},
			{"UZ", int64(0), int64(0), int64(0), int64(1), int64(0), int64(0), int64(1), "2024-12-05", "2024-12-05"},
		}},
		{"person", map[string]string{"name": "Нурлану Абдирову"}, [][]any{
			{"Нурлан Абдиров", "title", "chairman", "KZ/CEC", "2024-03-15", "2024-11-21", []any{"ge-memorandum", "kg-invitation", "odihr-kz"}},
			{"Нурлан Абдиров", "memorandum", "memorandum|GE/CEC+KZ/CEC", "KZ/CEC", "2024", nil, []any{"ge-memorandum"}},
			{"Нурлан Абдиров", "meeting", "meeting|GE/CEC+KZ/CEC@2024-03-14", "KZ/CEC", "2024-03-14", nil, []any{"ge-memorandum"}},
			{"Нурлан Абдиров", "meeting", "meeting|KZ/CEC+ODIHR@2024-11-20", "KZ/CEC", "2024-11-20", nil, []any{"odihr-kz"}},
			{"Нурлан Абдиров", "award", award, nil, nil, nil, []any{"odihr-kz"}},
			{"Нурлан Абдиров", "invitation", "invitation|KZ/CEC|KG/CEC|observe", "KZ/CEC", nil, nil, []any{"kg-invitation"}},
			{"Нурлан Абдиров", "memorandum", "memorandum|KZ/CEC+TJ/CEC", "KZ/CEC", nil, nil, []any{"kg-invitation"}},
		}},
		{"person", map[string]string{"name": "Левана Беридзе"}, [][]any{
			{"Леван Беридзе", "title", "chairman", "GE/CEC", "2024-03-15", "2024-03-15", []any{"ge-memorandum"}},
			{"Леван Беридзе", "memorandum", "memorandum|GE/CEC+KZ/CEC", "GE/CEC", "2024", nil, []any{"ge-memorandum"}},
			{"Леван Беридзе", "meeting", "meeting|GE/CEC+KZ/CEC@2024-03-14", "GE/CEC", "2024-03-14", nil, []any{"ge-memorandum"}},
		}},
		{"person", map[string]string{"name": "Иван Петров"}, [][]any{}},
		{"body", map[string]string{"body": "KZ/CEC"}, [][]any{
			{"body", "KZ/CEC", "Центральная избирательная комиссия (Казахстан)", nil, nil},
			{"country", "KZ", "Казахстан", nil, nil},
			{"person", "Нурлан Абдиров", "chairman", "2024-03-15..2024-11-21", nil},
			{"invitation", "invitation|KZ/CEC|KG/CEC|observe", "KG/CEC (observe)", nil, int64(1)},
			{"invitation", "invitation|UZ/CEC|KZ/CEC|observe", "UZ/CEC (observe)", nil, int64(1)},
			{"meeting", "meeting|GE/CEC+KZ/CEC@2024-03-14", "GE/CEC", "2024-03-14", int64(1)},
			{"meeting", "meeting|KZ/CEC+ODIHR@2024-11-20", "ODIHR", "2024-11-20", int64(1)},
			{"memorandum", "memorandum|GE/CEC+KZ/CEC", "GE/CEC (signed)", "2024", int64(2)},
			{"memorandum", "memorandum|KZ/CEC+TJ/CEC", "TJ/CEC (proposed)", nil, int64(1)},
			{"observation", "observation|KZ/CEC|MN@2024", "MN/2024", "2024", int64(1)},
			{"participation", "participation|KZ/CEC|Выборы в цифровую эпоху|KR", "Выборы в цифровую эпоху|KR", nil, int64(1)},
		}},
		{"body", map[string]string{"body": "FR/CEC"}, [][]any{}},
		{"organisations", map[string]string{}, [][]any{
			{"A-WEB", "Ассоциация мировых избирательных органов", "KZ/CEC", "event it organised", int64(1), int64(1)},
			{"ODIHR", "Бюро по демократическим институтам и правам человека", "KZ/CEC", "meeting", int64(1), int64(1)},
			{"ODIHR", "Бюро по демократическим институтам и правам человека", "KZ/CEC", "observed its elections", int64(1), int64(1)},
		}},
		{"organisations", map[string]string{"org": "a-web"}, [][]any{
			{"A-WEB", "Ассоциация мировых избирательных органов", "KZ/CEC", "event it organised", int64(1), int64(1)},
		}},
		{"pending", map[string]string{}, [][]any{
			// KZ/CEC → KG/CEC is answered: KG/CEC observed the 2024 election in KZ.
			{"invitation", "invitation|UZ/CEC|KZ/CEC|observe", "UZ/CEC", "KZ/CEC", "no answer (observe)", "2024-12-05", int64(1)},
			{"memorandum", "memorandum|KZ/CEC+TJ/CEC", "KZ/CEC", "TJ/CEC", "proposed", nil, int64(1)},
		}},
		{"pending", map[string]string{"country": "UZ"}, [][]any{
			{"invitation", "invitation|UZ/CEC|KZ/CEC|observe", "UZ/CEC", "KZ/CEC", "no answer (observe)", "2024-12-05", int64(1)},
		}},
		{"evidence", map[string]string{"fact": "memorandum|GE/CEC+KZ/CEC"}, [][]any{
			{"memorandum|GE/CEC+KZ/CEC", "memorandum", "ge-memorandum", "2024-03-15", nil,
				"ЦИК Казахстана и ЦИК Грузии подписали меморандум о сотрудничестве", "memorandum", nil},
			{"memorandum|GE/CEC+KZ/CEC", "memorandum", "kg-observers-kz", "2024-10-07", nil,
				"Напомним, ранее ЦИК Казахстана и ЦИК Грузии подписали меморандум о сотрудничестве.", "memorandum", nil},
		}},
		{"evidence", map[string]string{"fact": award}, [][]any{
			{award, "award", "odihr-kz", "2024-11-21", nil,
				"Председатель ЦИК Кыргызской Республики Айнура Сыдыкова вручила Нурлану Абдирову почетную грамоту «За вклад в развитие избирательных систем».", "award", nil},
		}},
		{"evidence", map[string]string{"fact": "memorandum|nothing"}, [][]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.report, func(t *testing.T) {
			r, err := queries.Lookup(tt.report)
			require.NoError(t, err)
			tab, err := r.Run(ctx, s, tt.args)
			require.NoError(t, err, "%v", tt.args)
			assert.Equal(t, r.Columns, tab.Columns)
			assert.Equal(t, tt.want, tab.Rows, "%v", tt.args)
		})
	}

	t.Run("stats", func(t *testing.T) {
		r, err := queries.Lookup("stats")
		require.NoError(t, err)
		tab, err := r.Run(ctx, s, nil)
		require.NoError(t, err)
		got := map[string]map[string]any{}
		for _, row := range tab.Rows {
			g := row[0].(string)
			if got[g] == nil {
				got[g] = map[string]any{}
			}
			got[g][row[1].(string)] = row[2]
		}
		assert.Equal(t, map[string]any{"memorandum": int64(2), "observation": int64(3), "meeting": int64(2),
			"invitation": int64(2), "award": int64(1), "participation": int64(1)}, got["facts"])
		for label, n := range map[string]int64{"Article": 6, "Country": 7, "ElectoralBody": 5, "Organization": 3,
			"Person": 4, "Election": 2, "Event": 1, "Memorandum": 2, "Observation": 3} {
			assert.Equal(t, n, got["nodes"][label], label)
		}
		assert.Equal(t, int64(12), got["relationships"]["REPORTED_IN"])
		assert.Equal(t, int64(6), got["articles"]["loaded"])
		assert.Contains(t, got["articles"], "last load time")
		require.Len(t, got["extractor version"], 1, "one extractor version")
		for _, n := range got["extractor version"] {
			assert.Equal(t, int64(6), n)
		}
		assert.Equal(t, "nodes", tab.Rows[0][0], "nodes first")
	})
}

// A value crafted as Cypher is refused or is only ever data: the graph is
// the same afterwards.
func TestInjectionLeavesTheGraphUnchanged(t *testing.T) {
	s := querytest.Store(t)
	ctx := context.Background()
	before := graphCounts(t, s)
	const evil = "KZ' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
	tests := []struct {
		report  string
		args    map[string]string
		wantErr string // "" means: runs and returns nothing
	}{
		{"memoranda", map[string]string{"country": evil}, "unknown country code"},
		{"observations", map[string]string{"country": evil}, "unknown country code"},
		{"partners", map[string]string{"country": evil}, "unknown country code"},
		{"meetings", map[string]string{"body": evil}, "is not the key of an electoral body"},
		{"body", map[string]string{"body": evil}, "is not the key of an electoral body"},
		{"memoranda", map[string]string{"body": "KZ/SUB:" + evil}, ""},
		{"evidence", map[string]string{"fact": evil}, ""},
		{"person", map[string]string{"name": evil}, ""},
		{"person", map[string]string{"name": `") OR 1=1 *:* AND NOT ("`}, ""},
		{"meetings", map[string]string{"country": "KZ", "since": evil}, "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.report, func(t *testing.T) {
			r, err := queries.Lookup(tt.report)
			require.NoError(t, err)
			tab, err := r.Run(ctx, s, tt.args)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Empty(t, tab.Rows)
		})
	}
	assert.Equal(t, before, graphCounts(t, s), "the graph is unchanged")
	assert.Positive(t, before[0])
}

// graphCounts returns the numbers of nodes and relationships.
func graphCounts(t *testing.T, s *neo4jstore.Store) [2]int64 {
	t.Helper()
	info, err := s.Info(context.Background())
	require.NoError(t, err)
	return [2]int64{info.Nodes, info.Relationships}
}

// A wide report is cut to the width it is given.
func TestReportTableFitsTheWidth(t *testing.T) {
	s := querytest.Store(t)
	r, err := queries.Lookup("evidence")
	require.NoError(t, err)
	tab, err := r.Run(context.Background(), s, map[string]string{"fact": "memorandum|GE/CEC+KZ/CEC"})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, queries.WriteWidth(&buf, tab, "table", 100))
	for _, line := range bytes.Split(bytes.TrimRight(buf.Bytes(), "\n"), []byte("\n")) {
		assert.LessOrEqual(t, len([]rune(string(line))), 100, "%s", line)
	}
	assert.Contains(t, buf.String(), "…")
}

// reportOn loads docs into an empty graph and runs a report on it.
func reportOn(t *testing.T, report string, args map[string]string, docs ...graph.Document) *queries.Table {
	t.Helper()
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	r, err := queries.Lookup(report)
	require.NoError(t, err)
	tab, err := r.Run(ctx, s, args)
	require.NoError(t, err)
	return tab
}

// meetingDoc is an article reporting a meeting of KZ/CEC and other on date.
func meetingDoc(id, url, other, date string) graph.Document {
	return graph.Document{ID: id, URL: url, Published: "2024-12-01", SHA256: "sha-" + id, Bodies: []string{"KZ/CEC", other},
		Facts: []graph.Fact{{Type: graph.Meeting, Parties: []string{"KZ/CEC", other}, Date: date,
			Evidence: []graph.Evidence{{Sentence: "Состоялась встреча.", Start: 0, End: 10, Rule: "meeting"}}}}}
}

// A meeting reported by several articles lists each source once, in the
// order of the article keys; an article without a URL is named by its key.
func TestMeetingSourcesAreSortedWithoutRepeats(t *testing.T) {
	// Loaded out of key order; m2 and m4 are the same page under two keys.
	tab := reportOn(t, "meetings", map[string]string{"body": "KZ/CEC"},
		meetingDoc("m3", "", "UZ/CEC", "2024-04-09"), meetingDoc("m4", "https://example.org/a", "UZ/CEC", "2024-04-09"),
		meetingDoc("m1", "https://example.org/b", "UZ/CEC", "2024-04-09"), meetingDoc("m2", "https://example.org/a", "UZ/CEC", "2024-04-09"))
	assert.Equal(t, [][]any{
		{"2024-04-09", "KZ/CEC", "UZ/CEC", "UZ", []any{"https://example.org/b", "https://example.org/a", "m3"}},
	}, tab.Rows)
}

// A body's facts come by type, then counterpart, then date: the order of
// their keys, not of their dates alone.
func TestBodyFactsComeByCounterpartThenDate(t *testing.T) {
	tab := reportOn(t, "body", map[string]string{"body": "KZ/CEC"},
		meetingDoc("a1", "", "UZ/CEC", "2024-01-10"), meetingDoc("a2", "", "GE/CEC", "2024-05-01"),
		meetingDoc("a3", "", "UZ/CEC", "2024-03-02"), meetingDoc("a4", "", "GE/CEC", "2023-12-31"))
	var facts [][]any
	for _, row := range tab.Rows {
		if row[0] == "meeting" {
			facts = append(facts, []any{row[2], row[3]})
		}
	}
	assert.Equal(t, [][]any{{"GE/CEC", "2023-12-31"}, {"GE/CEC", "2024-05-01"}, {"UZ/CEC", "2024-01-10"}, {"UZ/CEC", "2024-03-02"}}, facts)
}

// invitationDoc is an article reporting an invitation from one body to
// another to observe, dated.
func invitationDoc(id, from, to, date string) graph.Document {
	return graph.Document{ID: id, Published: "2024-12-01", SHA256: "sha-" + id, Bodies: []string{from, to},
		Facts: []graph.Fact{{Type: graph.Invitation, From: from, To: to, Purpose: "observe", Date: date,
			Evidence: []graph.Evidence{{Sentence: "Пригласили наблюдать.", Start: 0, End: 10, Rule: "invitation"}}}}}
}

// A meeting of the two bodies on or after an invitation's day answers it,
// whichever of them has met more often; a meeting before it does not.
func TestPendingInvitationsAnsweredByMeetings(t *testing.T) {
	tab := reportOn(t, "pending", nil,
		// KZ/CEC meets often; GE/CEC, MN/CEC and AM/CEC once each.
		meetingDoc("m1", "", "UZ/CEC", "2024-01-05"), meetingDoc("m2", "", "UZ/CEC", "2024-02-01"),
		meetingDoc("m3", "", "GE/CEC", "2024-04-10"), meetingDoc("m4", "", "MN/CEC", "2024-06-01"),
		meetingDoc("m5", "", "AM/CEC", "2024-01-10"),
		invitationDoc("i1", "GE/CEC", "KZ/CEC", "2024-03-01"), // answered by m3, found from GE/CEC
		invitationDoc("i2", "KZ/CEC", "MN/CEC", "2024-05-01"), // answered by m4, found from MN/CEC
		invitationDoc("i3", "KZ/CEC", "AM/CEC", "2024-05-01"), // m5 came before it
		invitationDoc("i4", "UZ/CEC", "KZ/CEC", "2024-07-01"), // the last UZ meeting came before it
	)
	assert.Equal(t, [][]any{
		{"invitation", "invitation|KZ/CEC|AM/CEC|observe@2024-05-01", "KZ/CEC", "AM/CEC", "no answer (observe)", "2024-05-01", int64(1)},
		{"invitation", "invitation|UZ/CEC|KZ/CEC|observe@2024-07-01", "UZ/CEC", "KZ/CEC", "no answer (observe)", "2024-07-01", int64(1)},
	}, tab.Rows)
}

// Facts without a sides list (an older version's, or a load's still
// running) give the same rows: their side edges are read instead.
func TestReportsWithoutSidesGiveTheSameRows(t *testing.T) {
	s := querytest.Store(t)
	ctx := context.Background()
	runs := []struct {
		report string
		args   map[string]string
	}{
		{"body", map[string]string{"body": "KZ/CEC"}},
		{"person", map[string]string{"name": "Нурлан Абдиров"}},
		{"person", map[string]string{"name": "Леван Беридзе"}},
	}
	var want []*queries.Table
	for _, r := range runs {
		rep, err := queries.Lookup(r.report)
		require.NoError(t, err)
		tab, err := rep.Run(ctx, s, r.args)
		require.NoError(t, err)
		require.NotEmpty(t, tab.Rows)
		want = append(want, tab)
	}
	_, err := s.Run(ctx, "MATCH (f:Fact) REMOVE f.sides", nil, true)
	require.NoError(t, err)
	for i, r := range runs {
		rep, err := queries.Lookup(r.report)
		require.NoError(t, err)
		tab, err := rep.Run(ctx, s, r.args)
		require.NoError(t, err)
		assert.Equal(t, want[i], tab, "%s %v", r.report, r.args)
	}
}

// A parted report gives the same rows however many parts it runs in, with
// and without a limit: one part is the whole query. The fixtures get a few
// more meetings, some on the same day, one undated.
func TestPartedReportsGiveTheSameRowsInAnyNumberOfParts(t *testing.T) {
	s := querytest.Store(t)
	ctx := context.Background()
	var docs []graph.Document
	for i, m := range [][2]string{
		{"UZ/CEC", "2024-02-01"}, {"GE/CEC", "2024-02-01"}, {"AM/CEC", "2024-02-01"}, {"KG/CEC", "2023-06-30"},
		{"UZ/CEC", "2022-01-15"}, {"GE/CEC", ""}, {"AM/CEC", "2024-09-09"}, {"KG/CEC", "2024-09-09"},
		{"UZ/CEC", "2025-03-03"}, {"AM/CEC", ""},
	} {
		docs = append(docs, meetingDoc(fmt.Sprintf("p%d", i), "", m[0], m[1]))
	}
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	var parted int
	for _, rep := range queries.Catalogue() {
		if rep.Parts == 0 {
			continue
		}
		parted++
		args := map[string]map[string]string{
			"body":     {"body": "KZ/CEC"},
			"person":   {"name": "Нурлан Абдиров"},
			"meetings": {"country": "KZ"},
		}[rep.Name]
		require.NotNil(t, args, "no arguments for the parted report %s in this test", rep.Name)
		// Without a limit, then cut to half the rows, so that the parts'
		// facts are merged under the limit too.
		limit, half := "", 0
		for range 2 {
			a := maps.Clone(args)
			if limit != "" {
				a["limit"] = limit
			}
			one := rep
			one.Parts = 1
			want, err := one.Run(ctx, s, a)
			require.NoError(t, err)
			if limit == "" {
				require.Greater(t, len(want.Rows), 6, "%s: too few rows to tell", rep.Name)
				half = len(want.Rows) / 2
				limit = fmt.Sprint(half)
			} else {
				require.Len(t, want.Rows, half)
			}
			for _, n := range []int{2, 3, 5} {
				p := rep
				p.Parts = n
				got, err := p.Run(ctx, s, a)
				require.NoError(t, err)
				assert.Equal(t, want, got, "%s %v in %d parts", rep.Name, a, n)
			}
		}
	}
	assert.Positive(t, parted)
}
