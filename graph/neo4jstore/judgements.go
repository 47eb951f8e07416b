package neo4jstore

import (
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cecgraph/cecgraph/graph"
)

var (
	//go:embed judgement_schema.cypher
	judgementSchemaCypher string
	//go:embed judgement_save.cypher
	judgementSaveCypher string
	//go:embed judgement_list.cypher
	judgementListCypher string
	//go:embed judgement_withdraw.cypher
	judgementWithdrawCypher string
	//go:embed judgement_facts_exist.cypher
	judgementFactsExistCypher string
	//go:embed judgement_apply.cypher
	judgementApplyCypher string
	//go:embed facts_confidence.cypher
	factsConfidenceCypher string
	//go:embed judgement_pending.cypher
	judgementPendingCypher string
)

// judgementsApplied, when set (by tests), runs each time the judgements
// are applied (applyJudgementsNow).
var judgementsApplied func()

// UnknownConfidence is the confidence of a report written before reports
// had one.
const UnknownConfidence = 0.5

// UnknownFactsError says that judgements name fact keys the graph does not
// hold; none of the judgements given with them was stored.
type UnknownFactsError struct {
	// Keys are the unknown fact keys, sorted.
	Keys []string
}

// Error lists the keys and says where keys come from.
func (e *UnknownFactsError) Error() string {
	return fmt.Sprintf("no fact with the key %s in the graph (fact keys are printed by the reports, e.g. cecgraph report review); nothing was stored",
		strings.Join(quoteAll(e.Keys), ", "))
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// JudgementStats counts what applying the judgements changed: facts newly
// rejected and no longer rejected; newly confirmed, and deleted because
// their confirmation was withdrawn while no article reports them
// (Unconfirmed); confirmed facts found no longer reported (Unreported,
// kept with their evidence); facts whose attributes a set judgement
// changed, and restored after a withdrawal; and facts whose confidence
// changed. Stored counts the judgements written.
type JudgementStats struct {
	Stored      int
	Rejected    int
	Unrejected  int
	Confirmed   int
	Unconfirmed int
	Unreported  int
	Corrected   int
	Uncorrected int
	Confidence  int
}

// Add adds other's counts to st.
func (st *JudgementStats) Add(other JudgementStats) {
	st.Stored += other.Stored
	st.Rejected += other.Rejected
	st.Unrejected += other.Unrejected
	st.Confirmed += other.Confirmed
	st.Unconfirmed += other.Unconfirmed
	st.Unreported += other.Unreported
	st.Corrected += other.Corrected
	st.Uncorrected += other.Uncorrected
	st.Confidence += other.Confidence
}

// ensureJudgementSchema creates the judgements' constraint and index. A
// rehearsal (Rehearse) takes them as they are: Neo4j does not change the
// schema in a transaction that writes data.
func (s *Store) ensureJudgementSchema(ctx context.Context) error {
	if s.rehearsal != nil {
		return nil
	}
	for _, q := range splitStatements(judgementSchemaCypher) {
		if _, err := s.query(ctx, q, nil, true); err != nil {
			return s.dbError("creating the judgements' schema", err)
		}
	}
	return nil
}

// SaveJudgements checks and stores judgements in the graph (a judgement
// with the id of a stored one replaces it) and applies every judgement in
// force, under the load lease. A judgement on a fact whose key the graph
// does not hold fails the whole call with an *UnknownFactsError, storing
// nothing. Judgement text reaches Neo4j only as parameters.
func (s *Store) SaveJudgements(ctx context.Context, js []graph.Judgement) (JudgementStats, error) {
	var stats JudgementStats
	for _, j := range js {
		if err := j.Check(); err != nil {
			return stats, fmt.Errorf("judgement %s: %w", j.ID(), err)
		}
	}
	if err := s.ensureJudgementSchema(ctx); err != nil {
		return stats, err
	}
	err := s.withLoadLease(ctx, func() error {
		var keys []any
		for _, j := range js {
			if j.OnFact() {
				keys = append(keys, j.Target)
			}
		}
		if len(keys) > 0 {
			res, err := s.query(ctx, judgementFactsExistCypher, map[string]any{"keys": keys}, true)
			if err != nil {
				return s.dbError("looking up the facts judged", err)
			}
			var missing []string
			for _, rec := range res.Records {
				if found, _ := rec.Values[1].(bool); !found {
					missing = append(missing, str(rec.Values[0]))
				}
			}
			if len(missing) > 0 {
				sort.Strings(missing)
				return &UnknownFactsError{Keys: missing}
			}
		}
		rows := make([]map[string]any, 0, len(js))
		for _, j := range js {
			rows = append(rows, judgementRow(j))
		}
		var ls LoadStats
		if err := s.writeRows(ctx, "judgements", judgementSaveCypher, rows, &ls); err != nil {
			return err
		}
		stats.Stored = len(rows)
		st, err := s.applyJudgements(ctx)
		stats.Add(st)
		return err
	})
	return stats, err
}

// judgementRow is a row of judgement_save.cypher.
func judgementRow(j graph.Judgement) map[string]any {
	return map[string]any{
		"id": j.ID(), "kind": string(j.Kind), "target": nullable(j.Target), "key": nullable(j.Key),
		"names": toAny(j.Names), "attrs": toAny(j.AttrList()), "who": j.Who, "at": j.When.UTC().Format(time.RFC3339), "why": j.Why,
	}
}

// Judgements returns every judgement in force, in the order of their ids.
func (s *Store) Judgements(ctx context.Context) ([]graph.Judgement, error) {
	res, err := s.query(ctx, judgementListCypher, nil, false)
	if err != nil {
		return nil, s.dbError("reading the judgements", err)
	}
	out := make([]graph.Judgement, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		j := graph.Judgement{Kind: graph.JudgementKind(str(m["kind"])), Target: str(m["target"]), Key: str(m["key"]),
			Who: str(m["who"]), Why: str(m["why"])}
		for _, n := range asList(m["names"]) {
			j.Names = append(j.Names, str(n))
		}
		for _, a := range asList(m["attrs"]) {
			if k, v, ok := strings.Cut(str(a), "="); ok {
				if j.Attrs == nil {
					j.Attrs = map[string]string{}
				}
				j.Attrs[k] = v
			}
		}
		if t, err := time.Parse(time.RFC3339, str(m["at"])); err == nil {
			j.When = t.UTC()
		}
		out = append(out, j)
	}
	return out, nil
}

// WithdrawJudgement deletes the judgement with the id of j (its kind and
// target, or names) and applies the judgements left, under the load
// lease. It tells whether there was such a judgement.
func (s *Store) WithdrawJudgement(ctx context.Context, j graph.Judgement) (bool, JudgementStats, error) {
	var stats JudgementStats
	found := false
	err := s.withLoadLease(ctx, func() error {
		res, err := s.query(ctx, judgementWithdrawCypher, map[string]any{"id": j.ID()}, true)
		if err != nil {
			return s.dbError("withdrawing a judgement", err)
		}
		if len(res.Records) > 0 {
			n, _ := res.Records[0].Values[0].(int64)
			found = n > 0
		}
		stats, err = s.applyJudgements(ctx)
		return err
	})
	return found, stats, err
}

// ApplyJudgements applies every judgement stored in the graph to its fact
// nodes, and recomputes facts' confidence, under the load lease. Loads
// call it after writing: a fact that an article brings back is judged
// again. It is idempotent.
func (s *Store) ApplyJudgements(ctx context.Context) (JudgementStats, error) {
	return s.applyJudgementsLeased(ctx, true)
}

// ApplyJudgementsAfterRemoval is ApplyJudgements for after Remove: a fact
// that the retraction left without reports is judged again, but the
// confidence of every fact is not recomputed, because Remove recomputed
// it for each fact that lost a report, and a removal changes no other.
// At 200,000 articles that pass over every fact took 1.3 to 1.5 s.
//
// When no judgement is stored and no fact carries what one gave it
// (judgement_pending.cypher), there is nothing to apply, and it returns
// after that one read: it saves the schema statements, the lease and the
// seven statements of applying, which took 1.1 to 2.1 s of the first
// removal of 20,000 of 200,000 articles after a server restart. A judgement saved meanwhile is applied by the
// run that saves it (SaveJudgements).
func (s *Store) ApplyJudgementsAfterRemoval(ctx context.Context) (JudgementStats, error) {
	res, err := s.query(ctx, judgementPendingCypher, nil, false)
	if err != nil {
		return JudgementStats{}, s.dbError("looking for judgements to apply", err)
	}
	if len(res.Records) == 1 {
		if pending, _ := res.Records[0].Values[0].(bool); !pending {
			return JudgementStats{}, nil
		}
	}
	return s.applyJudgementsLeased(ctx, false)
}

// applyJudgementsLeased applies the judgements under the load lease, with
// the pass over every fact's confidence when confidence is set.
func (s *Store) applyJudgementsLeased(ctx context.Context, confidence bool) (JudgementStats, error) {
	var stats JudgementStats
	if err := s.ensureJudgementSchema(ctx); err != nil {
		return stats, err
	}
	err := s.withLoadLease(ctx, func() error {
		var err error
		stats, err = s.applyJudgementsWith(ctx, confidence)
		return err
	})
	return stats, err
}

// applyJudgements applies the judgements in force and recomputes every
// fact's confidence.
func (s *Store) applyJudgements(ctx context.Context) (JudgementStats, error) {
	return s.applyJudgementsWith(ctx, true)
}

// applyJudgementsWith applies the judgements in force, with the pass over
// every fact's confidence when confidence is set, and, when that changed a
// fact, marks the tables of reports out of date.
func (s *Store) applyJudgementsWith(ctx context.Context, confidence bool) (JudgementStats, error) {
	stats, err := s.applyJudgementsNow(ctx, confidence)
	if err != nil || stats.Rejected+stats.Unrejected+stats.Confirmed+stats.Unconfirmed+stats.Unreported+stats.Corrected+stats.Uncorrected == 0 {
		return stats, err
	}
	return stats, s.MarkTablesStale(ctx)
}

func (s *Store) applyJudgementsNow(ctx context.Context, confidence bool) (JudgementStats, error) {
	var stats JudgementStats
	if judgementsApplied != nil {
		judgementsApplied()
	}
	js, err := s.Judgements(ctx)
	if err != nil {
		return stats, err
	}
	sets := []any{}
	for _, j := range js {
		if j.Kind != graph.JudgeSet {
			continue
		}
		row := map[string]any{"key": j.Target, "status": nil, "year": nil, "date": nil, "purpose": nil}
		attrs := []any{}
		for _, kv := range j.AttrList() {
			k, v, _ := strings.Cut(kv, "=")
			attrs = append(attrs, k)
			if k == "year" {
				y, _ := strconv.Atoi(v)
				row[k] = int64(y)
			} else {
				row[k] = v
			}
		}
		row["attrs"] = attrs
		sets = append(sets, row)
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	params := map[string]any{"sets": sets, "unknown": UnknownConfidence}
	got, err := executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (JudgementStats, error) {
		var st JudgementStats
		stmts := splitStatements(judgementApplyCypher)
		if confidence {
			stmts = append(stmts, factsConfidenceCypher)
		}
		for _, q := range stmts {
			res, err := tx.Run(ctx, q, params)
			if err != nil {
				return st, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return st, err
			}
			for _, rec := range recs {
				n64, _ := rec.Values[1].(int64)
				n := int(n64)
				switch str(rec.Values[0]) {
				case "rejected":
					st.Rejected += n
				case "unrejected":
					st.Unrejected += n
				case "confirmed":
					st.Confirmed += n
				case "unconfirmed gone":
					st.Unconfirmed += n
				case "unreported":
					st.Unreported += n
				case "corrected":
					st.Corrected += n
				case "uncorrected":
					st.Uncorrected += n
				case "confidence":
					st.Confidence += n
				}
			}
		}
		return st, nil
	})
	if err != nil {
		return stats, s.dbError("applying the judgements", err)
	}
	return got, nil
}
