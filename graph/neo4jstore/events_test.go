package neo4jstore_test

import (
	"context"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

// The edges derived from participations around an event must follow the
// articles that state them.

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
