package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
)

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"comments only", "// a\n// b\n", nil},
		{"one without semicolon", "RETURN 1", []string{"RETURN 1"}},
		{"two", "// c\nCREATE X;\nCREATE\n  Y;\n", []string{"CREATE X", "CREATE\n  Y"}},
		{"semicolon inside a line does not split", "RETURN ';' AS x;\n", []string{"RETURN ';' AS x"}},
		{"blank statements skipped", ";\n;\nRETURN 2;", []string{"RETURN 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitStatements(tt.text))
		})
	}
}

func TestSchemaStatementsCoverEveryLabel(t *testing.T) {
	stmts := SchemaStatements()
	require.Len(t, stmts, len(Labels)+15, "a constraint per label, the lock constraint, four indexes, seven indexes of edges to actors, the report tables' constraint and index, the full-text index")
	for _, label := range Labels {
		found := false
		for _, s := range stmts {
			if strings.Contains(s, "FOR (n:"+label+") REQUIRE n.key IS UNIQUE") && strings.Contains(s, "IF NOT EXISTS") {
				found = true
			}
		}
		assert.True(t, found, "no uniqueness constraint for %s", label)
	}
	last := stmts[len(stmts)-1]
	assert.Contains(t, last, "FULLTEXT INDEX entity_names")
	assert.Contains(t, last, "'russian'")
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-05-12", "2024-05-12"},
		{"2024-05-12T10:30:00+05:00", "2024-05-12"},
		{" 2024-05-12 10:30 ", "2024-05-12"},
		{"12.05.2024", "2024-05-12"},
		{"2024-13-40", ""},
		{"2024", ""},
		{"", ""},
		{"вчера", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, NormalizeDate(tt.in)) })
	}
}

func TestKeys(t *testing.T) {
	assert.Equal(t, "KZ/2024", ElectionKey("KZ", 2024))
	assert.Equal(t, "KZ/unknown", ElectionKey("KZ", 0))
	assert.Equal(t, "Форум|KZ", EventKey("Форум", "KZ"))
	assert.Equal(t, "Форум", EventKey("Форум", ""))
}

// stepRows returns the rows of the step called name.
func stepRows(t *testing.T, steps []step, name string) []map[string]any {
	t.Helper()
	for _, s := range steps {
		if s.name == name {
			return s.rows
		}
	}
	t.Fatalf("no step %q", name)
	return nil
}

func byKey(rows []map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, r := range rows {
		out[r["key"].(string)] = r
	}
	return out
}

func TestBuildStepsOrderNodesBeforeRelationships(t *testing.T) {
	steps, _, err := buildSteps(nil, nil)
	require.NoError(t, err)
	var names []string
	for _, s := range steps {
		names = append(names, s.name)
		assert.NotEmpty(t, s.query, s.name)
		assert.Contains(t, s.query, "UNWIND $rows AS row", s.name)
		assert.Empty(t, s.rows, s.name)
	}
	assert.Equal(t, []string{"articles", "countries", "electoral bodies", "governments", "NGOs", "organizations",
		"persons", "elections", "events", "positions", "mentions", "memoranda", "observations", "meetings",
		"invitations", "awards", "participations"}, names)
}

func TestBuildStepsRejectsDocumentWithoutID(t *testing.T) {
	_, _, err := buildSteps([]graph.Document{{Path: "a.txt"}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a.txt")
}

func TestBuildStepsActorsAndNames(t *testing.T) {
	docs := []graph.Document{
		{
			ID: "a1", Published: "2024-03-01", Countries: []string{"KZ"}, Bodies: []string{"KZ/CEC", "KZ/SUB:Алматинская ТИК"},
			Organizations: []string{"OSCE"},
			Entities: []graph.Entity{
				{Key: "KZ", Kind: graph.KindCountry, Name: "Казахстан"},
				{Key: "JP/GOV", Kind: graph.KindGovernment, Name: "Посольство Японии"},
				{Key: "KZ/NGO:Эркин", Kind: graph.KindNGO},
			},
			Persons: []graph.Person{
				{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC", Aliases: []string{"Н. Абдиров"}},
				{Name: "Нурлан Абдиров", Aliases: []string{"Абдиров", "Н. Абдиров"}},
			},
		},
		{
			ID: "a2", Published: "2023-01-10", Bodies: []string{"KZ/CEC"},
			Entities: []graph.Entity{{Key: "KZ/CEC", Name: "ЦИК Казахстана"}},
			Persons:  []graph.Person{{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC"}},
		},
	}
	steps, _, err := buildSteps(docs, nil)
	require.NoError(t, err)

	arts := byKey(stepRows(t, steps, "articles"))
	require.Len(t, arts, 2)
	assert.Equal(t, "2024-03-01", arts["a1"]["published"])
	assert.Nil(t, arts["a1"]["url"], "empty strings become null")

	countries := byKey(stepRows(t, steps, "countries"))
	assert.Equal(t, map[string]any{"key": "KZ", "name": "Казахстан"}, countries["KZ"])
	assert.Equal(t, map[string]any{"key": "JP", "name": nil}, countries["JP"], "implied by JP/GOV")

	bodies := byKey(stepRows(t, steps, "electoral bodies"))
	assert.Equal(t, map[string]any{"key": "KZ/CEC", "name": "ЦИК Казахстана", "level": "national", "country": "KZ"}, bodies["KZ/CEC"],
		"a name from a later document fills an empty one")
	assert.Equal(t, "subnational", bodies["KZ/SUB:Алматинская ТИК"]["level"])

	govs := byKey(stepRows(t, steps, "governments"))
	assert.Equal(t, map[string]any{"key": "JP/GOV", "name": "Посольство Японии", "country": "JP"}, govs["JP/GOV"])
	ngos := byKey(stepRows(t, steps, "NGOs"))
	assert.Equal(t, map[string]any{"key": "KZ/NGO:Эркин", "name": nil, "country": "KZ"}, ngos["KZ/NGO:Эркин"])
	orgs := byKey(stepRows(t, steps, "organizations"))
	assert.Equal(t, map[string]any{"key": "OSCE", "name": nil, "abbrev": "OSCE"}, orgs["OSCE"])

	persons := byKey(stepRows(t, steps, "persons"))
	assert.Equal(t, []any{"Н. Абдиров", "Абдиров"}, persons["Нурлан Абдиров"]["aliases"])
	assert.Equal(t, "abdirov", persons["Нурлан Абдиров"]["family"])

	holds := stepRows(t, steps, "positions")
	require.Len(t, holds, 1, "one row per position, whatever the number of articles that state it")
	assert.Equal(t, map[string]any{
		"person": "Нурлан Абдиров", "target": map[string]any{"key": "KZ/CEC", "label": "ElectoralBody"},
		"title": "chairman", "articles": []any{"a1", "a2"}, "first_seen": "2023-01-10", "last_seen": "2024-03-01",
	}, holds[0], "the articles in order, the earliest and latest of their dates")

	mentions := stepRows(t, steps, "mentions")
	var a1 []string
	for _, m := range mentions {
		if m["article"] == "a1" {
			for _, x := range m["targets"].([]any) {
				a1 = append(a1, x.(map[string]any)["target"].(map[string]any)["key"].(string))
			}
		}
	}
	assert.Len(t, mentions, 2, "one row per article")
	assert.ElementsMatch(t, []string{"KZ", "KZ/CEC", "KZ/SUB:Алматинская ТИК", "OSCE", "JP/GOV", "KZ/NGO:Эркин", "Нурлан Абдиров"}, a1)
}

func TestBuildStepsFacts(t *testing.T) {
	ev := func(s string) []graph.Evidence { return []graph.Evidence{{Sentence: s, Start: 1, End: 9, Rule: "r1"}} }
	docs := []graph.Document{
		{ID: "a1", Facts: []graph.Fact{
			{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "KR/CEC"}, Status: "proposed", Year: 2021, Evidence: ev("s1")},
			{Type: graph.Memorandum, Parties: []string{"KR/CEC", "KZ/CEC"}, Status: "signed", Evidence: ev("s1b")},
			{Type: graph.Observation, Observer: "CIS", Country: "KG", Date: "2024-11-17"},
			{Type: graph.Award, From: "KZ/CEC", To: "Иван Петров", Award: "медаль"},
			{Type: graph.Participation, Party: "UZ/CEC", Event: "Форум", Country: "KZ", Organizers: []string{"A-WEB"}},
			{Type: graph.Invitation, From: "KZ/CEC", To: "OSCE", Purpose: "observation"},
			{Type: graph.Meeting, Parties: []string{"KZ/CEC", "JP/GOV"}, Date: "2024-02-01"},
		}},
		{ID: "a2", Facts: []graph.Fact{
			{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "KR/CEC"}, Status: "planned", Year: 2019, Evidence: ev("s2")},
			{Type: graph.Participation, Party: "UZ/CEC", Event: "Форум", Country: "KZ"},
		}},
	}
	steps, _, err := buildSteps(docs, nil)
	require.NoError(t, err)

	memos := stepRows(t, steps, "memoranda")
	require.Len(t, memos, 1, "one memorandum per pair of parties")
	m := memos[0]
	assert.Equal(t, "memorandum|KR/CEC+KZ/CEC", m["key"])
	assert.Equal(t, "signed", m["status"], "signed wins")
	assert.Equal(t, int64(2021), m["year"], "a known year is kept")
	assert.Equal(t, []any{
		map[string]any{"key": "KZ/CEC", "label": "ElectoralBody", "role": "party"},
		map[string]any{"key": "KR/CEC", "label": "ElectoralBody", "role": "party"},
	}, m["actors"])
	assert.Equal(t, []any{
		map[string]any{"article": "a1", "sentence": "s1", "start": int64(1), "end": int64(9), "rule": "r1", "when": "", "status": "proposed", "year": int64(2021), "confidence": nil},
		map[string]any{"article": "a2", "sentence": "s2", "start": int64(1), "end": int64(9), "rule": "r1", "when": "", "status": "planned", "year": int64(2019), "confidence": nil},
	}, m["reports"], "one report per article, from the first evidence")

	obs := stepRows(t, steps, "observations")
	require.Len(t, obs, 1)
	assert.Equal(t, "observation|CIS|KG@2024-11-17", obs[0]["key"])
	assert.Equal(t, int64(2024), obs[0]["year"])
	assert.Equal(t, "KG/2024", obs[0]["election"])
	assert.Equal(t, "observation|CIS|KG", obs[0]["identity"])
	assert.Equal(t, "2024-11-17", obs[0]["when"])
	assert.Equal(t, []any{map[string]any{"article": "a1", "sentence": nil, "start": nil, "end": nil, "rule": nil, "when": "2024-11-17", "status": nil, "year": int64(2024), "confidence": nil}}, obs[0]["reports"],
		"a fact without evidence still has its provenance edge")
	elections := stepRows(t, steps, "elections")
	assert.Equal(t, []map[string]any{{"key": "KG/2024", "country": "KG", "year": int64(2024), "kind": nil}}, elections)

	awards := stepRows(t, steps, "awards")
	require.Len(t, awards, 1)
	assert.Equal(t, "медаль", awards[0]["name"])
	assert.Equal(t, []any{
		map[string]any{"key": "KZ/CEC", "label": "ElectoralBody", "role": "by"},
		map[string]any{"key": "Иван Петров", "label": "Person", "role": "to"},
	}, awards[0]["actors"])
	assert.Contains(t, byKey(stepRows(t, steps, "persons")), "Иван Петров")

	parts := stepRows(t, steps, "participations")
	require.Len(t, parts, 1)
	assert.Equal(t, "Форум|KZ", parts[0]["event"])
	assert.Equal(t, []map[string]any{{"key": "Форум|KZ", "name": "Форум", "country": "KZ"}}, stepRows(t, steps, "events"))
	assert.Equal(t, []any{
		map[string]any{"key": "UZ/CEC", "label": "ElectoralBody", "role": "party"},
		map[string]any{"key": "A-WEB", "label": "Organization", "role": "organizer"},
	}, parts[0]["actors"])
	reports := parts[0]["reports"].([]any)
	require.Len(t, reports, 2)
	assert.Equal(t, []any{"A-WEB"}, reports[0].(map[string]any)["organizers"], "a1 names the organiser")
	assert.Equal(t, []any{}, reports[1].(map[string]any)["organizers"], "a2 does not: organisers are kept per report, for ORGANIZED_BY.articles")

	inv := stepRows(t, steps, "invitations")
	require.Len(t, inv, 1)
	assert.Equal(t, "observation", inv[0]["purpose"])
	meet := stepRows(t, steps, "meetings")
	require.Len(t, meet, 1)
	assert.Equal(t, "2024-02-01", meet[0]["date"])
	assert.Contains(t, byKey(stepRows(t, steps, "governments")), "JP/GOV")
}

func TestPlain(t *testing.T) {
	day := time.Date(2024, 5, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   any
		want any
	}{
		{"nil", nil, nil},
		{"int", int64(3), int64(3)},
		{"string", "x", "x"},
		{"node", dbtype.Node{Labels: []string{"Country"}, Props: map[string]any{"key": "KZ"}},
			map[string]any{"key": "KZ", "_labels": []any{"Country"}}},
		{"relationship", dbtype.Relationship{Type: "PARTY", Props: map[string]any{"x": int64(1)}},
			map[string]any{"x": int64(1), "_type": "PARTY"}},
		{"path", dbtype.Path{
			Nodes:         []dbtype.Node{{Labels: []string{"A"}, Props: map[string]any{}}, {Labels: []string{"B"}, Props: map[string]any{}}},
			Relationships: []dbtype.Relationship{{Type: "R", Props: map[string]any{}}},
		}, []any{map[string]any{"_labels": []any{"A"}}, map[string]any{"_type": "R"}, map[string]any{"_labels": []any{"B"}}}},
		{"date", dbtype.Date(day), "2024-05-12"},
		{"datetime", day, "2024-05-12T00:00:00Z"},
		{"list of dates", []any{dbtype.Date(day)}, []any{"2024-05-12"}},
		{"map", map[string]any{"d": dbtype.Date(day)}, map[string]any{"d": "2024-05-12"}},
		{"point", dbtype.Point2D{X: 1, Y: 2, SpatialRefId: 7203}, map[string]any{"srid": int64(7203), "x": 1.0, "y": 2.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, Plain(tt.in)) })
	}
}

func TestQueryErrorIsOneLine(t *testing.T) {
	tests := []struct {
		name string
		err  *neo4j.Neo4jError
		want string
	}{
		{
			"syntax error with position",
			&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError",
				Msg: "Invalid input 'MATC': expected 'MATCH' or 'RETURN' (line 1, column 1 (offset: 0))\n\"MATC (n) RETURN n\"\n ^"},
			"Invalid input 'MATC': expected 'MATCH' or 'RETURN' (at line 1, column 1) [Neo.ClientError.Statement.SyntaxError]",
		},
		{
			"no position",
			&neo4j.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureNotFound", Msg: "There is no procedure with the name `x` registered"},
			"There is no procedure with the name `x` registered [Neo.ClientError.Procedure.ProcedureNotFound]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qe := newQueryError(tt.err)
			assert.Equal(t, tt.want, qe.Error())
			assert.NotContains(t, qe.Error(), "\n")
			assert.ErrorIs(t, qe, tt.err)
		})
	}
}

func TestConnectFailureMessages(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name string
		user string
		err  error
		want string
	}{
		{"refused", "", &neo4j.ConnectivityError{Inner: refused},
			"cannot reach Neo4j at bolt://h:1: connection refused (is it running? try 'make neo4j-up')"},
		{"dns", "", &neo4j.ConnectivityError{Inner: &net.OpError{Op: "dial", Err: &net.DNSError{Name: "nohost", Err: "no such host"}}},
			`cannot reach Neo4j at bolt://h:1: unknown host "nohost" (is it running? try 'make neo4j-up')`},
		{"timeout", "", fmt.Errorf("verify: %w", context.DeadlineExceeded),
			"cannot reach Neo4j at bolt://h:1: no answer within 5s (is it running? try 'make neo4j-up')"},
		{"bad credentials", "x", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized due to authentication failure."},
			`Neo4j at bolt://h:1 refused the credentials for user "x"`},
		{"credentials needed", "", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "unauthorized"},
			"Neo4j at bolt://h:1 requires authentication: configure a user and password"},
		{"no database", "x", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "Database does not exist."},
			`Neo4j at bolt://h:1 has no database "neo4j"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Store{uri: "bolt://h:1", shown: "bolt://h:1", user: tt.user, database: DefaultDatabase, timeout: 5 * time.Second}
			err := s.connectError(tt.err)
			var ce *ConnectError
			require.True(t, errors.As(err, &ce))
			assert.Equal(t, tt.want, err.Error())
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestDBErrorKeepsDataErrorsApart(t *testing.T) {
	s := &Store{uri: "bolt://h:1", shown: "bolt://h:1", database: DefaultDatabase, timeout: 5 * time.Second}
	plain := errors.New("boom")
	err := s.dbError("loading x", plain)
	assert.ErrorIs(t, err, plain)
	_, isConnect := errors.AsType[*ConnectError](err)
	assert.False(t, isConnect)

	err = s.dbError("loading x", &neo4j.ConnectivityError{Inner: &net.OpError{Op: "read", Err: syscall.ECONNRESET}})
	ce, isConnect := errors.AsType[*ConnectError](err)
	require.True(t, isConnect)
	assert.Equal(t, "lost Neo4j at bolt://h:1 while loading x: connection reset by peer", ce.Error())
}

func TestOpenRejectsEmptyURI(t *testing.T) {
	_, err := Open(context.Background(), Config{})
	_, isConnect := errors.AsType[*ConnectError](err)
	assert.True(t, isConnect)
}

func TestExplainQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MATCH (n) RETURN n", "EXPLAIN\nMATCH (n) RETURN n"},
		{"explain CREATE (n)", "EXPLAIN\n        CREATE (n)"},
		{"  PROFILE\nMATCH (n)", "EXPLAIN\n         \nMATCH (n)"},
		{"EXPLAINED", "EXPLAIN\nEXPLAINED"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, explainQuery(tt.in)) })
	}
}

func TestLostToConcurrentWrite(t *testing.T) {
	assert.True(t, lostToConcurrentWrite(&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.EntityNotFound", Msg: "Unable to load NODE 4:x:1381."}))
	assert.True(t, lostToConcurrentWrite(fmt.Errorf("loading positions: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.EntityNotFound"})))
	assert.False(t, lostToConcurrentWrite(&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}))
	assert.False(t, lostToConcurrentWrite(errors.New("connection refused")))
}

// The database a DatabaseNotFound message is about: the one a query's USE
// names, else the configured one.
func TestMissingDatabase(t *testing.T) {
	for msg, want := range map[string]string{
		"Graph not found: nosuch":                          "nosuch",
		"Graph not found: no such":                         "no such",
		"Database does not exist. Database name: 'other'.": "other",
		"Database does not exist.":                         "neo4j",
		"":                                                 "neo4j",
	} {
		if got := missingDatabase(msg, "neo4j"); got != want {
			t.Errorf("missingDatabase(%q) = %q, want %q", msg, got, want)
		}
	}
}

// TestBuildStepsReportConfidence: each report row carries the highest
// confidence of the article's facts of its identity (dated or not), so the
// review queue's confidences are written with the facts, in the same
// transaction; a fact without a confidence writes none.
func TestBuildStepsReportConfidence(t *testing.T) {
	docs := []graph.Document{
		{ID: "a1", Facts: []graph.Fact{
			{Type: graph.Meeting, Parties: []string{"KZ/CEC", "KR/CEC"}, Date: "2024-02-01", Confidence: 0.4},
			{Type: graph.Meeting, Parties: []string{"KR/CEC", "KZ/CEC"}, Confidence: 0.7},
			{Type: graph.Invitation, From: "KZ/CEC", To: "OSCE"},
		}},
		{ID: "a2", Facts: []graph.Fact{
			{Type: graph.Meeting, Parties: []string{"KZ/CEC", "KR/CEC"}, Date: "2024-02-01", Confidence: 0.2},
		}},
	}
	steps, _, err := buildSteps(docs, nil)
	require.NoError(t, err)
	got := map[string]any{}
	for _, step := range []string{"meetings", "invitations"} {
		for _, row := range stepRows(t, steps, step) {
			for _, r := range row["reports"].([]any) {
				m := r.(map[string]any)
				got[row["key"].(string)+" "+m["article"].(string)] = m["confidence"]
			}
		}
	}
	assert.Equal(t, map[string]any{
		"meeting|KR/CEC+KZ/CEC@2024-02-01 a1": 0.7,
		"meeting|KR/CEC+KZ/CEC a1":            0.7,
		"meeting|KR/CEC+KZ/CEC@2024-02-01 a2": 0.2,
		"invitation|KZ/CEC|OSCE| a1":          nil,
	}, got)
}

func TestLoadStatementsKeepTheirPlans(t *testing.T) {
	steps, _, err := buildSteps([]graph.Document{{ID: "a1", Countries: []string{"KZ"}}}, nil)
	require.NoError(t, err)
	require.NotEmpty(t, steps)
	for _, st := range steps {
		assert.True(t, strings.HasPrefix(st.query, "CYPHER replan=skip\n"), "%s: planned once, not again as the graph grows", st.name)
	}
}

// TestBuildStepsAfricanUnionIsNoCountry: "AU", the African Union's key,
// is Australia's code too; a document that lists it among its
// organisations writes an Organization, and its country list still
// writes Australia.
func TestBuildStepsAfricanUnionIsNoCountry(t *testing.T) {
	docs := []graph.Document{{
		ID: "a1", Countries: []string{"AU", "KE"}, Organizations: []string{"AU"},
		Facts: []graph.Fact{{Type: graph.Observation, Observer: "AU", Country: "KE", Evidence: []graph.Evidence{{Sentence: "The African Union observed the elections in Kenya.", Rule: "observation"}}}},
	}}
	steps, _, err := buildSteps(docs, nil)
	require.NoError(t, err)
	orgs := byKey(stepRows(t, steps, "organizations"))
	assert.Contains(t, orgs, "AU")
	countries := byKey(stepRows(t, steps, "countries"))
	assert.Contains(t, countries, "AU", "Australia, from the country list")
	obs := stepRows(t, steps, "observations")
	require.Len(t, obs, 1)
	assert.Equal(t, []any{map[string]any{"key": "AU", "label": "Organization", "role": "observer"}}, obs[0]["actors"])
}

// The mentions statement creates one edge per target of a row: a key an
// article names twice (under two labels, or twice as a person) comes once,
// with the last row's name, as MERGE and SET of each used to leave it.
func TestByArticleGivesEachTargetOnce(t *testing.T) {
	ref := func(key, label string) map[string]any { return map[string]any{"key": key, "label": label} }
	rows := []map[string]any{
		{"article": "a1", "target": ref("AU", labelCountry), "name": nil, "aliases": []any{}},
		{"article": "a1", "target": ref("KZ/CEC", labelBody), "name": nil, "aliases": []any{}},
		{"article": "a2", "target": ref("AU", labelCountry), "name": nil, "aliases": []any{}},
		{"article": "a1", "target": ref("AU", labelOrganization), "name": "African Union", "aliases": []any{}},
	}
	got := byArticle(rows)
	require.Len(t, got, 2)
	targets := got[0]["targets"].([]any)
	require.Len(t, targets, 2, "AU once in a1")
	assert.Equal(t, "African Union", targets[0].(map[string]any)["name"])
	assert.Equal(t, "KZ/CEC", targets[1].(map[string]any)["target"].(map[string]any)["key"])
	assert.Len(t, got[1]["targets"].([]any), 1)
}
