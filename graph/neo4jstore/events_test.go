package neo4jstore_test

import (
	"context"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// The edges derived from participations around an event: ORGANIZED_BY
// (which article states the organiser) and PARTICIPATED_IN (which
// participation is behind it) must follow the articles that state them.

const (
	forum    = "Евразийский избирательный форум"
	forumKey = forum + "|KZ"
	school   = "Школа наблюдателей"
)

// participationDoc is an article reporting that party took part in event
// (held in KZ), organised by organizers. It also mentions the bodies and
// organisations in mentions, so that they outlive the participation.
func participationDoc(id, party, event string, organizers []string, mentions ...string) graph.Document {
	d := graph.Document{ID: id, Published: "2024-05-20", SHA256: "sha-" + id, Countries: []string{"KZ"}}
	for _, k := range append([]string{party}, mentions...) {
		if graph.KindOf(k) == graph.KindOrganization {
			d.Organizations = append(d.Organizations, k)
		} else {
			d.Bodies = append(d.Bodies, k)
		}
	}
	d.Facts = []graph.Fact{{Type: graph.Participation, Party: party, Event: event, Country: "KZ", Organizers: organizers,
		Evidence: ev("Делегация приняла участие в мероприятии "+event+".", "participation")}}
	return d
}

// organizers returns, per ORGANIZED_BY edge, "event->organizer" and its
// sorted article list ("-" when the edge has no list).
func organizers(t *testing.T, s *neo4jstore.Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, r := range query(t, s, "MATCH (e:Event)-[o:ORGANIZED_BY]->(x) RETURN e.key + '->' + x.key, o.articles", nil) {
		list := []string{"-"}
		if r[1] != nil {
			list = []string{}
			for _, a := range r[1].([]any) {
				list = append(list, a.(string))
			}
			sort.Strings(list)
		}
		out[r[0].(string)] = list
	}
	return out
}

func TestOrganizedByFollowsTheArticlesThatStateIt(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	// o1 names A-WEB as the organiser of the forum; o2 reports the same
	// participation without an organiser but mentions A-WEB, so that A-WEB
	// itself stays in the graph; o3 names A-WEB for another participant.
	o1 := participationDoc("o1", "UZ/CEC", forum, []string{"A-WEB"})
	o2 := participationDoc("o2", "UZ/CEC", forum, nil, "A-WEB")
	o3 := participationDoc("o3", "KG/CEC", forum, []string{"A-WEB"})
	_, err := s.Load(ctx, []graph.Document{o1, o2})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"o1"}}, organizers(t, s),
		"only the article that names the organiser is on the edge, though one row carries both reports")

	_, err = s.Remove(ctx, []string{"o1"}, nil)
	require.NoError(t, err)
	assert.Empty(t, organizers(t, s), "no article states the organiser any more")
	assert.Equal(t, int64(1), scalar(t, s, "MATCH (e:Event {key: $k}) RETURN count(e)", map[string]any{"k": forumKey}), "the event stays")
	assert.Equal(t, []any{int64(1), int64(1)}, scalar(t, s,
		"MATCH (p:Participation)-[:AT]->(e:Event {key: $k}), (p)-[:PARTY]->(b {key: 'UZ/CEC'}) RETURN [p.reports, COUNT { (b)-[:PARTICIPATED_IN]->(e) }]",
		map[string]any{"k": forumKey}), "the participation stays, reported by o2")
	assert.Equal(t, int64(1), scalar(t, s, "MATCH (o:Organization {key: 'A-WEB'}) RETURN count(o)", nil), "o2 still mentions A-WEB")

	// Two articles state it: the edge lists both and outlives either.
	_, err = s.Load(ctx, []graph.Document{o1, o3})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"o1", "o3"}}, organizers(t, s))
	_, err = s.Remove(ctx, []string{"o3"}, nil)
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"o1"}}, organizers(t, s))

	// A changed article that no longer names the organiser takes its key
	// away; reloading an unchanged one (load --reextract) keeps one key.
	_, err = s.LoadWith(ctx, []graph.Document{o1}, neo4jstore.LoadOptions{Force: true})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"o1"}}, organizers(t, s), "reloading adds no second key")
	changed := o1
	changed.SHA256 = "sha-o1-changed"
	changed.Facts = []graph.Fact{o1.Facts[0]}
	changed.Facts[0].Organizers = nil
	changed.Organizations = []string{"A-WEB"}
	_, err = s.Load(ctx, []graph.Document{changed})
	require.NoError(t, err)
	assert.Empty(t, organizers(t, s), "the new version of o1 names no organiser")
	assert.Equal(t, int64(1), scalar(t, s, "MATCH (e:Event {key: $k}) RETURN count(e)", map[string]any{"k": forumKey}))
}

func TestParticipatedInNeedsTheSameParticipation(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	// p1: UZ/CEC at the forum, KG/CEC at the school. p2: UZ/CEC at the school.
	p1 := participationDoc("p1", "UZ/CEC", forum, nil, "KG/CEC")
	p1.Facts = append(p1.Facts, participationDoc("", "KG/CEC", school, nil).Facts...)
	p2 := participationDoc("p2", "UZ/CEC", school, nil)
	_, err := s.Load(ctx, []graph.Document{p1, p2})
	require.NoError(t, err)
	edges := func() []string {
		var out []string
		for _, r := range query(t, s, "MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN x.key + '->' + e.key", nil) {
			out = append(out, r[0].(string))
		}
		sort.Strings(out)
		return out
	}
	require.Equal(t, []string{"KG/CEC->" + school + "|KZ", "UZ/CEC->" + forumKey, "UZ/CEC->" + school + "|KZ"}, edges())

	_, err = s.Remove(ctx, []string{"p2"}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"KG/CEC->" + school + "|KZ", "UZ/CEC->" + forumKey}, edges(),
		"UZ/CEC took part in another event and KG/CEC in the school, but no participation of UZ/CEC at the school is left")
	assert.Equal(t, int64(0), scalar(t, s,
		"MATCH (x)-[:PARTICIPATED_IN]->(e:Event) WHERE NOT EXISTS { MATCH (p:Participation)-[:PARTY]->(x), (p)-[:AT]->(e) } RETURN count(*)", nil),
		"every PARTICIPATED_IN has a participation behind it")
}

func TestEventsIncrementalEqualsClean(t *testing.T) {
	ctx := context.Background()
	docs := []graph.Document{
		participationDoc("e1", "UZ/CEC", forum, []string{"A-WEB", "KZ/CEC"}),
		participationDoc("e2", "UZ/CEC", forum, nil, "A-WEB", "KZ/CEC"),
		participationDoc("e3", "KG/CEC", forum, []string{"A-WEB"}),
		participationDoc("e4", "KG/CEC", school, []string{"KZ/CEC"}, "UZ/CEC"),
		participationDoc("e5", "UZ/CEC", school, []string{"OSCE"}),
	}
	docs = append(docs, neo4jtest.Documents()...)
	changedE3 := docs[2]
	changedE3.SHA256 = "sha-e3-changed"
	changedE3.Facts = []graph.Fact{docs[2].Facts[0]}
	changedE3.Facts[0].Organizers = []string{"KZ/CEC"}
	final := []graph.Document{docs[1], changedE3, docs[3], docs[5], docs[6]} // e1 and e5 removed, e3 changed

	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, final)
	require.NoError(t, err)
	want, wantOrg := snap(t, ref), organizers(t, ref)
	assert.Equal(t, map[string][]string{
		forumKey + "->KZ/CEC":  {"e3"},
		school + "|KZ->KZ/CEC": {"e4"},
		"Астанинский избирательный форум|KZ->A-WEB": {"kz-1"}, // the fixture's forum
	}, wantOrg)

	s := neo4jtest.Store(t)
	for _, d := range docs { // one at a time, in order
		_, err := s.Load(ctx, []graph.Document{d})
		require.NoError(t, err)
	}
	_, err = s.Load(ctx, []graph.Document{changedE3})
	require.NoError(t, err)
	_, err = s.Remove(ctx, []string{"e1", "e5"}, nil)
	require.NoError(t, err)
	assert.Equal(t, want, snap(t, s))
	assert.Equal(t, wantOrg, organizers(t, s))
}

func TestOrganizedByWithoutArticlesFromOlderVersions(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	l1 := participationDoc("l1", "UZ/CEC", forum, nil, "A-WEB", "OSCE")
	l2 := participationDoc("l2", "KG/CEC", forum, nil)
	_, err := s.Load(ctx, []graph.Document{l1, l2})
	require.NoError(t, err)
	// Edges as an older version wrote them: no articles list.
	_, err = s.Run(ctx, "MATCH (e:Event {key: $k}), (o:Organization) WHERE o.key IN ['A-WEB', 'OSCE'] MERGE (e)-[:ORGANIZED_BY]->(o)",
		map[string]any{"k": forumKey}, true)
	require.NoError(t, err)

	_, err = s.Remove(ctx, []string{"l2"}, nil)
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"-"}, forumKey + "->OSCE": {"-"}}, organizers(t, s),
		"an edge of unknown provenance is left alone by retraction and clean-up")

	// An article that states the organiser adopts the edge; from then on it
	// follows its articles.
	l3 := participationDoc("l3", "KG/CEC", forum, []string{"A-WEB"})
	_, err = s.Load(ctx, []graph.Document{l3})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->A-WEB": {"l3"}, forumKey + "->OSCE": {"-"}}, organizers(t, s))
	_, err = s.Remove(ctx, []string{"l3"}, nil)
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->OSCE": {"-"}}, organizers(t, s))
}

func TestOrganizedByKeepsItsArticlesWhenPersonsMerge(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	// a1 names the organiser by initial; a2, loaded later, by full name, so
	// the person of a1 merges into the person of a2, who already has the edge.
	a1 := participationDoc("a1", "UZ/CEC", forum, []string{"Н. Абдиров"})
	a1.Persons = []graph.Person{{Name: "Н. Абдиров", Title: "chairman", Org: "KZ/CEC"}}
	a2 := participationDoc("a2", "UZ/CEC", forum, []string{"Нурлан Абдиров"})
	a2.Persons = []graph.Person{{Name: "Нурлан Абдиров", Title: "chairman", Org: "KZ/CEC"}}
	for _, d := range []graph.Document{a1, a2} {
		_, err := s.Load(ctx, []graph.Document{d})
		require.NoError(t, err)
	}
	assert.Equal(t, map[string][]string{forumKey + "->Нурлан Абдиров": {"a1", "a2"}}, organizers(t, s),
		"the merged edge keeps the articles of both")

	_, err := s.Remove(ctx, []string{"a2"}, nil)
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{forumKey + "->Нурлан Абдиров": {"a1"}}, organizers(t, s),
		"a1 still names the organiser")
}
