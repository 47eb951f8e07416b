package loader

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
)

// TestScore: a party the sentence names by dictionary keeps the rule's
// confidence; one the sentence does not name (supplied across sentences)
// lowers it; a second sentence raises it.
func TestScore(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	named := graph.Evidence{Sentence: "ЦИК Казахстана и ЦИК Кыргызстана подписали меморандум о сотрудничестве.", Rule: "memorandum"}
	unnamed := graph.Evidence{Sentence: "Стороны подписали меморандум о сотрудничестве.", Rule: "memorandum"}
	d := graph.Document{Facts: []graph.Fact{
		{Type: graph.Memorandum, Parties: []string{"KG/CEC", "KZ/CEC"}, Evidence: []graph.Evidence{named}},
		{Type: graph.Memorandum, Parties: []string{"KG/CEC", "KZ/CEC"}, Evidence: []graph.Evidence{unnamed}},
		{Type: graph.Memorandum, Parties: []string{"KG/CEC", "KZ/CEC"}, Evidence: []graph.Evidence{named, unnamed}},
		{Type: graph.Participation, Party: "KZ/CEC", Event: "Выборы в цифровую эпоху", Country: "KR",
			Evidence: []graph.Evidence{{Sentence: "Делегация ЦИК Казахстана приняла участие в конференции «Выборы в цифровую эпоху».", Rule: "participation"}}},
	}}
	Score(&d, g)
	assert.InDelta(t, 0.9, d.Facts[0].Confidence, 1e-9, "both parties named by dictionary")
	assert.InDelta(t, 0.9*0.65*0.65, d.Facts[1].Confidence, 1e-3, "neither party in the sentence")
	assert.Greater(t, d.Facts[2].Confidence, d.Facts[0].Confidence, "a second sentence raises it")
	assert.InDelta(t, 0.75*0.9, d.Facts[3].Confidence, 1e-3, "the event's words by pattern")
	assert.Less(t, d.Facts[1].Confidence, d.Facts[3].Confidence)
}
