package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

const (
	judgedMemo    = "memorandum|KZ/CEC+UZ/CEC"
	judgedMeeting = "meeting|KZ/CEC+MD/CEC@2024-05-01"
	judgedObs     = "observation|KZ/CEC|MD@2024"
)

// judgedDocs are two articles of extractor version v. With lost, the
// second article no longer states the meeting (an extractor that stopped
// finding it).
func judgedDocs(v string, lost bool) []graph.Document {
	meeting := graph.Fact{Type: graph.Meeting, Parties: []string{"KZ/CEC", "MD/CEC"}, Date: "2024-05-01",
		Evidence: ev("ЦИК Казахстана и ЦИК Молдовы провели встречу.", "meeting")}
	second := graph.Document{ID: "j2", Published: "2024-05-02", SHA256: "j2-" + v, ExtractorVersion: v,
		Bodies: []string{"KZ/CEC", "MD/CEC"},
		Facts: []graph.Fact{
			{Type: graph.Observation, Observer: "KZ/CEC", Country: "MD", Year: 2024,
				Evidence: ev("ЦИК Казахстана наблюдала за выборами в Молдове.", "observation")},
		}}
	if !lost {
		second.Facts = append(second.Facts, meeting)
	}
	return []graph.Document{
		{ID: "j1", Published: "2024-04-10", SHA256: "j1-" + v, ExtractorVersion: v, Bodies: []string{"KZ/CEC", "UZ/CEC"},
			Facts: []graph.Fact{{Type: graph.Memorandum, Parties: []string{"KZ/CEC", "UZ/CEC"}, Status: graph.StatusProposed,
				Evidence: ev("ЦИК Казахстана и Узбекистана обсудили меморандум.", "memorandum")}}},
		second,
	}
}

func judgement(kind graph.JudgementKind, target string) graph.Judgement {
	return graph.Judgement{Kind: kind, Target: target, Who: "Анна", When: time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC), Why: "test"}
}

// judgedState reads the labels and flags of the three judged facts:
// key -> "rejected", "confirmed", "unreported", status/year, or absent.
func judgedState(t *testing.T, s *neo4jstore.Store) map[string][]any {
	t.Helper()
	out := map[string][]any{}
	for _, r := range query(t, s, `MATCH (f:Fact) WHERE f.key IN $keys
		RETURN f.key, f:Rejected, f:Confirmed, coalesce(f.unreported, false), f.status, f.year, f.reports`,
		map[string]any{"keys": []any{judgedMemo, judgedMeeting, judgedObs}}) {
		out[r[0].(string)] = r[1:]
	}
	return out
}

// TestJudgementsSurviveReextractAndExtractorChange: reject, confirm and
// set hold after a --reextract of the same articles and after a new
// extractor version that no longer finds the confirmed fact; the confirmed
// fact stays, flagged, with the evidence it had.
func TestJudgementsSurviveReextractAndExtractorChange(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	set := judgement(graph.JudgeSet, judgedMemo)
	set.Attrs = map[string]string{"status": "signed", "year": "2019"}
	st, err := s.SaveJudgements(ctx, []graph.Judgement{
		judgement(graph.JudgeReject, judgedObs), judgement(graph.JudgeConfirm, judgedMeeting), set,
	})
	require.NoError(t, err)
	assert.Equal(t, neo4jstore.JudgementStats{Stored: 3, Rejected: 1, Confirmed: 1, Corrected: 1, Confidence: 3}, st)
	want := map[string][]any{
		judgedObs:     {true, false, false, nil, int64(2024), int64(1)},
		judgedMeeting: {false, true, false, nil, int64(2024), int64(1)},
		judgedMemo:    {false, false, false, "signed", int64(2019), int64(1)},
	}
	assert.Equal(t, want, judgedState(t, s))

	// --reextract: every article is written again.
	_, err = s.LoadWith(ctx, judgedDocs("1", false), neo4jstore.LoadOptions{Force: true})
	require.NoError(t, err)
	_, err = s.ApplyJudgements(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, judgedState(t, s), "after --reextract")

	// A new extractor version that no longer finds the meeting.
	_, err = s.LoadWith(ctx, judgedDocs("2", true), neo4jstore.LoadOptions{Force: true})
	require.NoError(t, err)
	st, err = s.ApplyJudgements(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Unreported)
	want[judgedMeeting] = []any{false, true, true, nil, int64(2024), int64(0)}
	assert.Equal(t, want, judgedState(t, s), "after an extractor change")
	kept := query(t, s, "MATCH (f:Fact {key: $k}) RETURN f.kept_articles, f.kept_sentences", map[string]any{"k": judgedMeeting})
	assert.Equal(t, [][]any{{[]any{"j2"}, []any{"ЦИК Казахстана и ЦИК Молдовы провели встречу."}}}, kept)
	assert.EqualValues(t, 2, scalar(t, s, "MATCH (:Fact {key: $k})-[:PARTICIPANT]->(b) RETURN count(b)", map[string]any{"k": judgedMeeting}),
		"the confirmed fact keeps its parties")

	// Withdrawn, the judgements let go: the unreported fact goes.
	for _, j := range []graph.Judgement{judgement(graph.JudgeReject, judgedObs), judgement(graph.JudgeConfirm, judgedMeeting), judgement(graph.JudgeSet, judgedMemo)} {
		found, _, err := s.WithdrawJudgement(ctx, j)
		require.NoError(t, err)
		assert.True(t, found, j.ID())
	}
	assert.Equal(t, map[string][]any{
		judgedObs:  {false, false, false, nil, int64(2024), int64(1)},
		judgedMemo: {false, false, false, "proposed", nil, int64(1)},
	}, judgedState(t, s))
	js, err := s.Judgements(ctx)
	require.NoError(t, err)
	assert.Empty(t, js)
}

// TestConfirmedFactSurvivesRemoveOfItsArticles: removing every article
// behind a confirmed fact leaves it, with its evidence and a flag.
func TestConfirmedFactSurvivesRemoveOfItsArticles(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	_, err = s.SaveJudgements(ctx, []graph.Judgement{judgement(graph.JudgeConfirm, judgedMeeting)})
	require.NoError(t, err)
	_, err = s.Remove(ctx, []string{"j1", "j2"}, nil)
	require.NoError(t, err)
	st, err := s.ApplyJudgements(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Unreported)
	assert.Equal(t, map[string][]any{judgedMeeting: {false, true, true, nil, int64(2024), int64(0)}}, judgedState(t, s))
	assert.EqualValues(t, 0, scalar(t, s, "MATCH (a:Article) RETURN count(a)", nil))
	assert.Equal(t, [][]any{{"KZ/CEC"}, {"MD/CEC"}},
		query(t, s, "MATCH (:Fact {key: $k})-[:PARTICIPANT]->(b) RETURN b.key ORDER BY b.key", map[string]any{"k": judgedMeeting}),
		"its parties stay with it")
	// Loading the article again reports it again.
	_, err = s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	_, err = s.ApplyJudgements(ctx)
	require.NoError(t, err)
	assert.Equal(t, []any{false, true, false, nil, int64(2024), int64(1)}, judgedState(t, s)[judgedMeeting])
}

// TestJudgementOnUnknownFactIsAnError: a judgement naming a key the graph
// does not hold fails, and none of the judgements given with it is stored.
func TestJudgementOnUnknownFactIsAnError(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	_, err = s.SaveJudgements(ctx, []graph.Judgement{
		judgement(graph.JudgeReject, judgedObs), judgement(graph.JudgeReject, "meeting|KZ/CEC+XX/CEC"),
	})
	var unknown *neo4jstore.UnknownFactsError
	require.True(t, errors.As(err, &unknown), "%v", err)
	assert.Equal(t, []string{"meeting|KZ/CEC+XX/CEC"}, unknown.Keys)
	assert.Contains(t, err.Error(), `no fact with the key "meeting|KZ/CEC+XX/CEC" in the graph`)
	js, err := s.Judgements(ctx)
	require.NoError(t, err)
	assert.Empty(t, js)
	assert.Equal(t, false, judgedState(t, s)[judgedObs][0], "nothing applied")
}

// TestJudgementTextIsNotCypher: who, why, names and aliases full of Cypher
// come back as they were written, and change nothing else.
func TestJudgementTextIsNotCypher(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	evil := "x'}) MATCH (n) DETACH DELETE n //` \" \\ $rows"
	j := judgement(graph.JudgeConfirm, judgedMemo)
	j.Who, j.Why = evil, evil
	alias := judgement(graph.JudgeAlias, evil)
	alias.Key = "KZ/SUB:" + evil
	same := graph.Judgement{Kind: graph.JudgeSame, Names: []string{evil, "Нурлан Абдиров"}, Who: evil, When: j.When}
	_, err = s.SaveJudgements(ctx, []graph.Judgement{j, alias, same})
	require.NoError(t, err)
	js, err := s.Judgements(ctx)
	require.NoError(t, err)
	assert.ElementsMatch(t, []graph.Judgement{j, alias, same}, js)
	assert.EqualValues(t, 3, scalar(t, s, "MATCH (a:Article) RETURN count(a) + 1", nil))
}

// TestJudgementsHoldThroughAnInterruptedLoad: a load that stops midway
// (after retracting its articles, before the clean-up) leaves the judged
// facts judged, and the next load completes it with them applied.
func TestJudgementsHoldThroughAnInterruptedLoad(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	_, err = s.SaveJudgements(ctx, []graph.Judgement{judgement(graph.JudgeReject, judgedObs), judgement(graph.JudgeConfirm, judgedMeeting)})
	require.NoError(t, err)
	restore := neo4jstore.SetAfterRetractBatch(func(int) error { return errors.New("killed") })
	_, err = s.LoadWith(ctx, judgedDocs("2", true), neo4jstore.LoadOptions{Force: true})
	restore()
	require.Error(t, err)
	st := judgedState(t, s)
	assert.Equal(t, true, st[judgedObs][0], "still rejected after the interruption")
	assert.Equal(t, true, st[judgedMeeting][1], "still confirmed after the interruption")

	// A fresh store, as a new process would have.
	s2, err := neo4jstore.Open(ctx, neo4jtest.Config(t))
	require.NoError(t, err)
	defer s2.Close(ctx)
	_, err = s2.LoadWith(ctx, judgedDocs("2", true), neo4jstore.LoadOptions{Force: true})
	require.NoError(t, err)
	_, err = s2.ApplyJudgements(ctx)
	require.NoError(t, err)
	st = judgedState(t, s)
	assert.Equal(t, []any{true, false, false, nil, int64(2024), int64(1)}, st[judgedObs])
	assert.Equal(t, []any{false, true, true, nil, int64(2024), int64(0)}, st[judgedMeeting])
}

// TestFactConfidence: a fact's confidence combines its reports'.
func TestFactConfidence(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	docs := judgedDocs("1", false)
	docs[1].Facts[1].Evidence[0].Rule = "meeting"
	docs = append(docs, graph.Document{ID: "j3", SHA256: "j3", Bodies: []string{"KZ/CEC", "MD/CEC"},
		Facts: []graph.Fact{{Type: graph.Meeting, Parties: []string{"KZ/CEC", "MD/CEC"}, Date: "2024-05-01",
			Evidence: ev("Встреча состоялась.", "meeting"), Confidence: 0.5}}})
	docs[1].Facts[1].Confidence = 0.8
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	_, err = s.ApplyJudgements(ctx)
	require.NoError(t, err)
	assert.InDelta(t, 0.9, scalar(t, s, "MATCH (f:Fact {key: $k}) RETURN f.confidence", map[string]any{"k": judgedMeeting}), 1e-9,
		"1 - (1-0.8)(1-0.5)")
	assert.InDelta(t, neo4jstore.UnknownConfidence, scalar(t, s, "MATCH (f:Fact {key: $k}) RETURN f.confidence", map[string]any{"k": judgedMemo}), 1e-9,
		"a report without a confidence counts as unknown")
}

// TestRemoveRecomputesConfidence: a removal recomputes the confidence of
// the facts that lost a report itself (Store.Remove), so that cecgraph
// remove can apply the judgements without the pass over every fact's
// confidence (ApplyJudgementsAfterRemoval).
func TestRemoveRecomputesConfidence(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	docs := judgedDocs("1", false)
	docs[1].Facts[1].Confidence = 0.8
	docs = append(docs, graph.Document{ID: "j3", SHA256: "j3", Bodies: []string{"KZ/CEC", "MD/CEC"},
		Facts: []graph.Fact{{Type: graph.Meeting, Parties: []string{"KZ/CEC", "MD/CEC"}, Date: "2024-05-01",
			Evidence: ev("Встреча состоялась.", "meeting"), Confidence: 0.5}}})
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	_, err = s.ApplyJudgements(ctx)
	require.NoError(t, err)
	confidence := func() any {
		return scalar(t, s, "MATCH (f:Fact {key: $k}) RETURN f.confidence", map[string]any{"k": judgedMeeting})
	}
	assert.InDelta(t, 0.9, confidence(), 1e-9, "1 - (1-0.8)(1-0.5)")
	_, err = s.Remove(ctx, []string{"j2"}, nil)
	require.NoError(t, err)
	assert.InDelta(t, 0.5, confidence(), 1e-9, "the report of j2 went; j3's is left")
	_, err = s.ApplyJudgementsAfterRemoval(ctx)
	require.NoError(t, err)
	assert.InDelta(t, 0.5, confidence(), 1e-9)
}

// TestRemoveRecomputesConfidenceOfManyReports: the recompute after a
// removal decides a fact's confidence from its first reports when they
// already make it 1.0, and reads all of them otherwise (facts_recompute.cypher):
// forty reports of 0.01 make 0.331, which the first 32 alone would not.
func TestRemoveRecomputesConfidenceOfManyReports(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	var docs []graph.Document
	for i := range 42 {
		id := fmt.Sprintf("many%02d", i)
		docs = append(docs, graph.Document{ID: id, SHA256: id, Bodies: []string{"KZ/CEC", "MD/CEC", "UZ/CEC"},
			Facts: []graph.Fact{
				{Type: graph.Meeting, Parties: []string{"KZ/CEC", "MD/CEC"}, Date: "2024-05-01",
					Evidence: ev("Встреча состоялась.", "meeting"), Confidence: 0.01},
				{Type: graph.Meeting, Parties: []string{"KZ/CEC", "UZ/CEC"}, Date: "2024-06-01",
					Evidence: ev("Встреча состоялась.", "meeting"), Confidence: 0.3},
			}})
	}
	_, err := s.Load(ctx, docs)
	require.NoError(t, err)
	_, err = s.Remove(ctx, []string{"many40", "many41"}, nil)
	require.NoError(t, err)
	confidence := func(key string) any {
		return scalar(t, s, "MATCH (f:Fact {key: $k}) RETURN f.confidence", map[string]any{"k": key})
	}
	assert.InDelta(t, 0.331, confidence("meeting|KZ/CEC+MD/CEC@2024-05-01"), 1e-9, "1 - 0.99^40, rounded")
	assert.InDelta(t, 1.0, confidence("meeting|KZ/CEC+UZ/CEC@2024-06-01"), 1e-9, "1 - 0.7^40, rounded")
	_, err = s.Remove(ctx, []string{"many30", "many31", "many32", "many33", "many34", "many35", "many36", "many37", "many38", "many39"}, nil)
	require.NoError(t, err)
	assert.InDelta(t, 0.26, confidence("meeting|KZ/CEC+MD/CEC@2024-05-01"), 1e-9, "1 - 0.99^30, rounded")
	assert.InDelta(t, 1.0, confidence("meeting|KZ/CEC+UZ/CEC@2024-06-01"), 1e-9, "1 - 0.7^30 = 0.99998, rounded")
}

// TestCorrectedFactsFoundThroughAnIndex: the facts a set judgement
// corrected are found through an index on Fact.corrected, not by reading
// every fact (at 200,000 articles that read took 0.4 to 0.6 s of every
// load and removal).
func TestCorrectedFactsFoundThroughAnIndex(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	_, err := s.ApplyJudgements(ctx)
	require.NoError(t, err)
	n := scalar(t, s, "SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['Fact'] AND properties = ['corrected'] RETURN count(*)", nil)
	assert.EqualValues(t, 1, n)
}

// TestJudgementsAfterRemovalOnlyWhenPending: after a removal the judgements
// are applied only when a judgement is stored or a fact still carries what
// one gave it (judgement_pending.cypher); a Rejected label whose judgement
// is gone is taken off then, as before.
func TestJudgementsAfterRemovalOnlyWhenPending(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	applied := 0
	defer neo4jstore.SetJudgementsApplied(func() { applied++ })()
	_, err := s.Load(ctx, judgedDocs("1", false))
	require.NoError(t, err)
	_, err = s.Remove(ctx, []string{"j1"}, nil)
	require.NoError(t, err)
	applied = 0
	_, err = s.ApplyJudgementsAfterRemoval(ctx)
	require.NoError(t, err)
	assert.Equal(t, 0, applied, "no judgement, nothing judged: nothing to apply")

	// A label left by a judgement no longer stored (a graph changed by hand,
	// or a run that stopped before applying a withdrawal) is settled.
	_, err = s.Run(ctx, "MATCH (f:Fact {key: $k}) SET f:Rejected", map[string]any{"k": judgedObs}, true)
	require.NoError(t, err)
	st, err := s.ApplyJudgementsAfterRemoval(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, applied)
	assert.Equal(t, 1, st.Unrejected)
	assert.Equal(t, false, judgedState(t, s)[judgedObs][0])

	// A stored judgement is applied after a removal.
	_, err = s.SaveJudgements(ctx, []graph.Judgement{judgement(graph.JudgeReject, judgedObs)})
	require.NoError(t, err)
	_, err = s.Run(ctx, "MATCH (f:Fact {key: $k}) REMOVE f:Rejected", map[string]any{"k": judgedObs}, true)
	require.NoError(t, err)
	applied = 0
	st, err = s.ApplyJudgementsAfterRemoval(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, applied)
	assert.Equal(t, 1, st.Rejected)
	assert.Equal(t, true, judgedState(t, s)[judgedObs][0])
}
