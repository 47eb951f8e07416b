package neo4jstore_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// longNamesDoc reports a participation in an event with a 20 KB name, of a
// sub-national commission with a 5 KB name, and names a person whose
// surname is one 3 KB word: keys Neo4j could not index whole.
func longNamesDoc() graph.Document {
	event := "Форум " + strings.Repeat("избирательных органов ", 1000)
	sub := "KZ/SUB:" + strings.Repeat("Алматинская ", 450) + "комиссия"
	person := "Иван " + strings.Repeat("Ж", 1600)
	return graph.Document{
		ID: "long-names", Path: "testdata/long-names.txt", Published: "2024-05-20", SHA256: "sha-long-names",
		Countries: []string{"KZ"}, Bodies: []string{sub, "KZ/CEC"},
		Persons: []graph.Person{{Name: person, Title: "chairman", Org: sub}},
		Facts: []graph.Fact{
			{Type: graph.Participation, Party: sub, Event: event, Country: "KZ", Organizers: []string{"KZ/CEC"},
				Evidence: ev("Комиссия приняла участие в форуме.", "participation")},
			{Type: graph.Meeting, Parties: []string{sub, person}, Date: "2024-05-19",
				Evidence: ev("Состоялась встреча.", "meeting")},
		},
	}
}

// Keys longer than Neo4j can index are shortened; a document Neo4j still
// refuses, or whose id is blank or too long, is rejected on its own, named
// by its path, leaving nothing of it in the graph, and the others load; a
// re-run does the same.
func TestOverlongValuesAreBoundedOrRejected(t *testing.T) {
	ctx := context.Background()
	good := append(neo4jtest.Documents(), longNamesDoc())
	ref := neo4jtest.Store(t)
	_, err := ref.Load(ctx, good)
	require.NoError(t, err, "long names load")
	want := snap(t, ref)
	event := strings.TrimSpace(longNamesDoc().Facts[0].Event)
	assert.Equal(t, []any{true, true},
		scalar(t, ref, "MATCH (e:Event) WHERE e.name STARTS WITH 'Форум' RETURN [e.name = $name, size(e.key) < 1024]", map[string]any{"name": event}),
		"the event's name is kept whole, its key is shortened")
	assert.Equal(t, int64(1), scalar(t, ref, "MATCH (:Participation)-[:AT]->(e:Event {name: $name}) RETURN count(e)", map[string]any{"name": event}))
	assert.Equal(t, int64(1), scalar(t, ref, "MATCH (:Meeting)-[:PARTICIPANT]->(p:Person)-[:HOLDS]->(:ElectoralBody {level: 'subnational'}) WHERE size(p.key) < 1024 RETURN count(p)", nil),
		"the person with a long name is one node with a short key")

	blank := neo4jtest.Documents()[0]
	blank.ID, blank.Path = "   ", "in/blank.jsonl#L1"
	longID := neo4jtest.Documents()[0]
	longID.ID, longID.Path = strings.Repeat("x", 5000), "in/long-id.jsonl#L2"
	// Status is indexed and not shortened: Neo4j refuses it whole.
	refused := neo4jtest.Documents()[1]
	refused.ID, refused.Path, refused.SHA256 = "refused", "in/refused.txt", "sha-refused"
	refused.Facts = append(refused.Facts, graph.Fact{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "TJ/CEC"},
		Status: strings.Repeat("signed", 1500), Evidence: ev("Подписан меморандум.", "memo_signed")})
	docs := []graph.Document{good[0], blank, refused, good[1], longID, good[2]}

	s := neo4jtest.Store(t)
	for run := 0; run < 2; run++ {
		st, err := s.Load(ctx, docs)
		require.NoError(t, err, "run %d", run)
		var msgs []string
		for _, r := range st.Rejected {
			msgs = append(msgs, r.Error())
		}
		require.Len(t, msgs, 3, "run %d: %q", run, msgs)
		if run == 0 {
			t.Logf("rejected:\n%s", strings.Join(msgs, "\n"))
		}
		assert.Contains(t, msgs[0], "in/blank.jsonl:1: not loaded: the article has no id")
		assert.Contains(t, msgs[1], `in/long-id.jsonl:2: article "xxxxxxxx`)
		assert.Contains(t, msgs[1], "id is 5000 bytes long, over the limit of 1024")
		assert.Contains(t, msgs[2], `in/refused.txt: article "refused" not loaded: Neo4j refused a value of`)
		for _, m := range msgs {
			assert.NotContains(t, m, "\n")
		}
		if run == 0 {
			assert.Equal(t, 3, st.New, "the three good documents")
		} else {
			assert.Equal(t, 3, st.Unchanged)
		}
		assert.Equal(t, want, snap(t, s), "run %d: the graph of the good documents alone", run)
	}
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n:Unsettled) RETURN count(n)", nil))
}

// The refusal of a single document (a load of one) is a rejection too.
func TestRefusedSingleDocumentIsRejected(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	d := neo4jtest.Documents()[1]
	d.Facts = []graph.Fact{{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "TJ/CEC"},
		Status: strings.Repeat("signed", 1500), Evidence: ev("Подписан меморандум.", "memo_signed")}}
	st, err := s.Load(ctx, []graph.Document{d})
	require.NoError(t, err)
	require.Len(t, st.Rejected, 1)
	assert.Equal(t, "testdata/kz-2.txt", st.Rejected[0].Path)
	assert.Zero(t, st.Articles)
	assert.Equal(t, int64(0), scalar(t, s, "MATCH (n) RETURN count(n)", nil), "nothing of it is left")
	var _ neo4jstore.RejectedDocument = st.Rejected[0]
}
