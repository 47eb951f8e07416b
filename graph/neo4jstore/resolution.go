package neo4jstore

import (
	"context"
	_ "embed"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/resolve"
)

var (
	//go:embed retract_delete.cypher
	retractDeleteCypher string
	//go:embed gc.cypher
	gcCypher string
	//go:embed holds_recompute.cypher
	holdsRecomputeCypher string
	//go:embed marks_read.cypher
	marksReadCypher string
	//go:embed marks_clear.cypher
	marksClearCypher string
	//go:embed marks_scan.cypher
	marksScanCypher string
	//go:embed facts_unsettled.cypher
	factsUnsettledCypher string
	//go:embed facts_lock.cypher
	factsLockCypher string
	//go:embed facts_read.cypher
	factsReadCypher string
	//go:embed facts_move.cypher
	factsMoveCypher string
	//go:embed facts_rekey.cypher
	factsRekeyCypher string
	//go:embed facts_cleanup.cypher
	factsCleanupCypher string
	//go:embed facts_without_sides.cypher
	factsWithoutSidesCypher string
	//go:embed facts_recompute.cypher
	factsRecomputeCypher string
	//go:embed persons_lock.cypher
	personsLockCypher string
	//go:embed persons_read.cypher
	personsReadCypher string
	//go:embed persons_merge.cypher
	personsMergeCypher string
	//go:embed persons_facts.cypher
	personsFactsCypher string
	//go:embed persons_refresh.cypher
	personsRefreshCypher string
)

// retract removes the provenance of articles (and with remove the articles
// themselves), one transaction per batch, and notes what it touched: each
// batch marks the facts and persons it touched :Unsettled in the same
// transaction, and t gets the marks of every batch.
func (s *Store) retract(ctx context.Context, keys []string, remove bool, t *touch, stats *LoadStats) error {
	for start := 0; start < len(keys); start += s.batchSize {
		batch := toAny(keys[start:min(start+s.batchSize, len(keys))])
		if err := s.write(ctx, "retracting articles", []string{retractDeleteCypher},
			map[string]any{"keys": batch, "remove": remove}, stats); err != nil {
			return err
		}
		if afterRetractBatch != nil {
			if err := afterRetractBatch(start / s.batchSize); err != nil {
				return err
			}
		}
	}
	_, err := s.readMarks(ctx, t)
	return err
}

// afterRetractBatch, when set (by tests), runs after each batch of a
// retraction; an error stops the retraction there, as an interruption would.
var afterRetractBatch func(batch int) error

// readMarks adds to t what the nodes marked :Unsettled need settled and
// returns how many facts and persons are marked.
func (s *Store) readMarks(ctx context.Context, t *touch) (int, error) {
	res, err := s.query(ctx, marksReadCypher, nil, true)
	if err != nil {
		return 0, s.dbError("reading what retractions left to settle", err)
	}
	if len(res.Records) == 0 {
		return 0, nil
	}
	m := res.Records[0].AsMap()
	n := 0
	for _, v := range asList(m["facts"]) {
		t.facts = append(t.facts, str(v))
		n++
	}
	for _, v := range asList(m["identities"]) {
		t.identities[str(v)] = true
	}
	for _, v := range asList(m["families"]) {
		t.families[str(v)] = true
	}
	persons, _ := m["persons"].(int64)
	return n + int(persons), nil
}

// clearMarks unmarks every node marked :Unsettled, in batches.
func (s *Store) clearMarks(ctx context.Context) error {
	return s.writeUntilFewer(ctx, "unmarking settled nodes", marksClearCypher, s.batchSize, &LoadStats{}, nil)
}

// settleLeftovers settles what an earlier load or removal, interrupted
// between its retraction and the clean-up after it, left marked :Unsettled.
// With scan it first marks the facts whose report count is wrong (a version
// without marks left them so, or the graph was changed by hand) and runs
// the clean-up of what no article supports even when nothing is marked,
// unless gcFollows: the run goes on to a retraction, whose own clean-up
// (gc.cypher, for the whole graph) deletes the same, and that second pass
// over every fact, body, person and country is saved (0.86 to 1.0 s of
// the first removal of 20,000 of 200,000 articles after a restart). What it did is counted in stats,
// and in stats.Leftovers (what the later clean-up deletes is counted as
// the run's own).
func (s *Store) settleLeftovers(ctx context.Context, ov *resolve.Overrides, scan, gcFollows bool, stats *LoadStats) error {
	var sub LoadStats
	if scan {
		if err := s.write(ctx, "looking for facts no article supports", []string{marksScanCypher}, nil, &sub); err != nil {
			return err
		}
	}
	t := newTouch()
	t.redatePositions = true
	n, err := s.readMarks(ctx, t)
	if err != nil {
		return err
	}
	switch {
	case n > 0:
		err = s.settle(ctx, t, ov, true, &sub)
	case scan && !gcFollows:
		err = s.gc(ctx, &sub)
	}
	stats.Add(sub)
	stats.Leftovers.Settled += n
	stats.Leftovers.NodesDeleted += sub.NodesDeleted
	stats.Leftovers.RelationshipsDeleted += sub.RelationshipsDeleted
	return err
}

// gcBatch is how many nodes (or edges) one transaction of the clean-up
// deletes at most; afterGCBatch, when set (by tests), runs after each such
// transaction with the number of its statement and what it deleted.
var (
	gcBatch      = 1000
	afterGCBatch func(statement int, deleted LoadStats)
)

// gc deletes what no article supports any more, each statement of
// gc.cypher in transactions of at most gcBatch deletions until it deletes
// fewer: the clean-up after removing a whole graph does not fit in one
// transaction's memory. Every statement is idempotent, so a clean-up
// interrupted between transactions is completed by the next one.
func (s *Store) gc(ctx context.Context, stats *LoadStats) error {
	for i, stmt := range splitStatements(gcCypher) {
		after := func(done LoadStats) {
			if afterGCBatch != nil {
				afterGCBatch(i, done)
			}
		}
		if err := s.writeUntilFewer(ctx, "deleting what no article supports", stmt, gcBatch, stats, after); err != nil {
			return err
		}
	}
	return nil
}

// writeUntilFewer runs query, which acts on at most $limit nodes (or
// edges) and returns how many as its one value, one write transaction at a
// time until it returns fewer than limit. Each transaction's counters are
// added to stats and, when after is set, passed to it.
func (s *Store) writeUntilFewer(ctx context.Context, doing, query string, limit int, stats *LoadStats, after func(LoadStats)) error {
	params := map[string]any{"limit": int64(limit)}
	began, rounds := time.Now(), 0
	defer func() {
		slog.Debug("neo4j write", "step", doing, "transactions", rounds, "elapsed", time.Since(began))
	}()
	for {
		rounds++
		var done LoadStats
		n, err := s.writeCount(ctx, doing, query, params, &done)
		if err != nil {
			return err
		}
		stats.Add(done)
		if after != nil {
			after(done)
		}
		if n < int64(limit) {
			return nil
		}
	}
}

// writeCount runs one statement that returns a count n in a write
// transaction, adds its counters to stats and returns n.
func (s *Store) writeCount(ctx context.Context, doing, query string, params map[string]any, stats *LoadStats) (int64, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	var total LoadStats
	n, err := executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (int64, error) {
		total = LoadStats{}
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		n, _ := rec.Values[0].(int64)
		sum, err := res.Consume(ctx)
		if err != nil {
			return 0, err
		}
		total.addCounters(sum.Counters())
		return n, nil
	})
	if err != nil {
		return 0, s.dbError(doing, err)
	}
	stats.Add(total)
	return n, nil
}

// preResolve maps every person name of the documents to its canonical
// name, among the names of the documents and of the persons of the same
// families already in the database.
func (s *Store) preResolve(ctx context.Context, docs []graph.Document, ov *resolve.Overrides) (map[string]string, error) {
	var names []string
	families := map[string]bool{}
	add := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || graph.KindOf(n) != graph.KindPerson {
			return
		}
		names = append(names, n)
		for _, f := range ov.Families(resolve.FamilyOf(n)) {
			families[f] = true
		}
	}
	for _, d := range docs {
		for _, p := range d.Persons {
			add(p.Name)
		}
		for _, f := range d.Facts {
			for _, k := range f.Actors() {
				add(k)
			}
		}
	}
	if len(names) == 0 {
		return map[string]string{}, nil
	}
	known, err := s.readPersons(ctx, sortedKeys(families), nil)
	if err != nil {
		return nil, err
	}
	for _, kp := range known {
		names = append(names, kp.key)
		names = append(names, kp.names...)
	}
	names = append(names, overrideNamesIn(ov, families)...)
	return resolve.Clusters(names, ov), nil
}

// overrideNamesIn returns the names of the overrides whose family is in families.
func overrideNamesIn(ov *resolve.Overrides, families map[string]bool) []string {
	var out []string
	for _, n := range ov.Names() {
		if families[resolve.FamilyOf(n)] {
			out = append(out, n)
		}
	}
	return out
}

type knownPerson struct {
	key   string
	names []string
}

// readPersons reads the persons of families with their names, inside tx
// when given (after locking them), else in a transaction of its own.
func (s *Store) readPersons(ctx context.Context, families []string, tx neo4j.ManagedTransaction) ([]knownPerson, error) {
	params := map[string]any{"families": toAny(families)}
	var recs []*neo4j.Record
	if tx != nil {
		res, err := tx.Run(ctx, personsReadCypher, params)
		if err != nil {
			return nil, err
		}
		recs, err = res.Collect(ctx)
		if err != nil {
			return nil, err
		}
	} else {
		res, err := s.query(ctx, personsReadCypher, params, false)
		if err != nil {
			return nil, s.dbError("reading known persons", err)
		}
		recs = res.Records
	}
	out := make([]knownPerson, 0, len(recs))
	for _, rec := range recs {
		m := rec.AsMap()
		kp := knownPerson{key: str(m["key"])}
		for _, n := range asList(m["names"]) {
			kp.names = append(kp.names, str(n))
		}
		out = append(out, kp)
	}
	return out, nil
}

// resolvePersons merges the persons of the touched families that resolution
// says are one person into the node of the canonical name, re-keys the
// facts they take part in, and refreshes their names and aliases. It runs
// in one transaction, after locking the persons of the families.
func (s *Store) resolvePersons(ctx context.Context, t *touch, ov *resolve.Overrides, stats *LoadStats) error {
	began := time.Now()
	defer func() { slog.Debug("neo4j resolve persons", "families", len(t.families), "elapsed", time.Since(began)) }()
	fams := map[string]bool{}
	for f := range t.families {
		for _, g := range ov.Families(f) {
			fams[g] = true
		}
	}
	families := sortedKeys(fams)
	if len(families) == 0 {
		return nil
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	type outcome struct {
		counts     LoadStats
		identities []string
		facts      []string
	}
	res, err := executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (outcome, error) {
		var out outcome
		run := func(q string, params map[string]any) ([]*neo4j.Record, error) {
			r, err := tx.Run(ctx, q, params)
			if err != nil {
				return nil, err
			}
			recs, err := r.Collect(ctx)
			if err != nil {
				return nil, err
			}
			sum, err := r.Consume(ctx)
			if err != nil {
				return nil, err
			}
			out.counts.addCounters(sum.Counters())
			return recs, nil
		}
		if _, err := run(personsLockCypher, map[string]any{"families": toAny(families)}); err != nil {
			return out, err
		}
		known, err := s.readPersons(ctx, families, tx)
		if err != nil {
			return out, err
		}
		var names []string
		for _, kp := range known {
			names = append(names, kp.key)
			names = append(names, kp.names...)
		}
		names = append(names, overrideNamesIn(ov, fams)...)
		canon := resolve.Clusters(names, ov)
		if ov != nil && t.countOverrides {
			plain := resolve.Clusters(names, nil)
			for n, c := range canon {
				if plain[n] != c {
					out.counts.OverrideChanges++
				}
			}
		}
		var merges []any
		for _, kp := range known {
			// A node whose names now belong to several persons was merged
			// before a not_same judgement; resolution does not split nodes.
			persons := map[string]bool{}
			for _, n := range kp.names {
				if c := canon[n]; c != "" {
					persons[c] = true
				}
			}
			if len(persons) > 1 {
				out.counts.Unsplit = append(out.counts.Unsplit, kp.key)
			}
			if to := graph.BoundKey(canon[kp.key]); to != "" && to != kp.key {
				merges = append(merges, map[string]any{"from": kp.key, "to": to, "family": resolve.FamilyOf(to)})
			}
		}
		if len(merges) > 0 {
			out.counts.PersonsMerged += len(merges)
			if _, err := run(personsMergeCypher, map[string]any{"rows": merges}); err != nil {
				return out, err
			}
			recs, err := run(personsFactsCypher, map[string]any{"rows": merges})
			if err != nil {
				return out, err
			}
			var moves []any
			for _, rec := range recs {
				m := rec.AsMap()
				identity := graph.Bound(resolve.RenameInIdentity(str(m["identity"]), str(m["from"]), str(m["to"])), graph.MaxIdentityBytes)
				when := str(m["when"])
				to := resolve.FactKey(identity, when)
				out.identities = append(out.identities, identity)
				if to == str(m["key"]) {
					// Every person side is part of the identity, so this
					// fact already named the surviving person; its
					// aggregates are recomputed all the same, cheaply.
					out.facts = append(out.facts, to)
					continue
				}
				out.facts = append(out.facts, to)
				moves = append(moves, moveRow(str(m["key"]), to, nil, identity, when))
			}
			if len(moves) > 0 {
				if _, err := run(factsRekeyCypher, map[string]any{"rows": moves}); err != nil {
					return out, err
				}
			}
		}
		if _, err := run(personsRefreshCypher, map[string]any{"families": toAny(families)}); err != nil {
			return out, err
		}
		return out, nil
	})
	if err != nil {
		return s.dbError("resolving persons", err)
	}
	stats.Add(res.counts)
	for _, id := range res.identities {
		t.identities[id] = true
	}
	t.facts = append(t.facts, res.facts...)
	return nil
}

// moveRow is a row of facts_move.cypher.
func moveRow(from, to string, article any, identity, when string) map[string]any {
	row := map[string]any{"from": from, "to": to, "article": article, "rwhen": nil, "identity": identity, "when": when}
	for k, v := range whenProps(when) {
		row[k] = v
	}
	return row
}

// resolveFacts makes the fact nodes of the touched identities match
// resolve.Whens over their reports: every report sits in the node of the
// time qualifier its own qualifier resolves to. It runs per chunk of
// identities in one transaction, after locking their nodes.
func (s *Store) resolveFacts(ctx context.Context, t *touch, stats *LoadStats) error {
	began := time.Now()
	defer func() {
		slog.Debug("neo4j resolve facts", "identities", len(t.identities), "elapsed", time.Since(began))
	}()
	var ids []string
	for _, id := range sortedKeys(t.identities) {
		if !strings.HasPrefix(id, string(graph.Memorandum)+"|") {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	res, err := s.query(ctx, factsUnsettledCypher, map[string]any{"identities": toAny(ids)}, false)
	if err != nil {
		return s.dbError("finding facts to resolve", err)
	}
	ids = ids[:0]
	for _, rec := range res.Records {
		ids = append(ids, str(rec.AsMap()["identity"]))
	}
	sort.Strings(ids)
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	for start := 0; start < len(ids); start += s.batchSize {
		chunk := toAny(ids[start:min(start+s.batchSize, len(ids))])
		type outcome struct {
			counts LoadStats
			facts  []string
		}
		res, err := executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (outcome, error) {
			var out outcome
			params := map[string]any{"identities": chunk}
			r, err := tx.Run(ctx, factsLockCypher, params)
			if err != nil {
				return out, err
			}
			if _, err := r.Consume(ctx); err != nil {
				return out, err
			}
			r, err = tx.Run(ctx, factsReadCypher, params)
			if err != nil {
				return out, err
			}
			recs, err := r.Collect(ctx)
			if err != nil {
				return out, err
			}
			type report struct {
				node, article, when string
				all                 bool // every report of node with this qualifier (article unknown)
			}
			byID := map[string][]report{}
			var order []string
			for _, rec := range recs {
				m := rec.AsMap()
				id := str(m["identity"])
				if _, ok := byID[id]; !ok {
					order = append(order, id)
				}
				if mixed, _ := m["mixed"].(bool); !mixed {
					byID[id] = append(byID[id], report{node: str(m["key"]), when: str(m["when"]), all: true})
					continue
				}
				for _, x := range asList(m["reports"]) {
					rm, _ := x.(map[string]any)
					if rm == nil {
						continue
					}
					byID[id] = append(byID[id], report{node: str(m["key"]), article: str(rm["article"]), when: str(rm["when"])})
				}
			}
			var moves []any
			for _, id := range order {
				reps := byID[id]
				whens := make([]string, len(reps))
				for i, rp := range reps {
					whens[i] = rp.when
				}
				target := resolve.Whens(whens)
				for _, rp := range reps {
					tw := target[rp.when]
					to := resolve.FactKey(id, tw)
					if to == rp.node {
						continue
					}
					var article any = rp.article
					if rp.all {
						article = nil
					}
					row := moveRow(rp.node, to, article, id, tw)
					row["rwhen"] = rp.when
					moves = append(moves, row)
					out.facts = append(out.facts, to, rp.node)
				}
			}
			if len(moves) == 0 {
				return out, nil
			}
			out.counts.ReportsMoved += len(moves)
			for _, q := range append([]string{factsMoveCypher}, splitStatements(factsCleanupCypher)...) {
				r, err := tx.Run(ctx, q, map[string]any{"rows": moves, "identities": chunk})
				if err != nil {
					return out, err
				}
				sum, err := r.Consume(ctx)
				if err != nil {
					return out, err
				}
				out.counts.addCounters(sum.Counters())
			}
			return out, nil
		})
		if err != nil {
			return s.dbError("resolving facts reported by several articles", err)
		}
		stats.Add(res.counts)
		t.facts = append(t.facts, res.facts...)
	}
	return nil
}

// UpgradeFacts gives the facts written by an older version, which lack a
// sides list or the sort keys of their edges to actors, their aggregates
// (facts_recompute.cypher), under the load lease, and returns how many it
// upgraded. cecgraph load runs it once a run;
// when every fact has its list it costs one scan of the facts.
func (s *Store) UpgradeFacts(ctx context.Context) (int, error) {
	n := 0
	err := s.withLoadLease(ctx, func() error {
		res, err := s.query(ctx, factsWithoutSidesCypher, nil, false)
		if err != nil {
			return s.dbError("reading facts without sides", err)
		}
		keys := make([]string, 0, len(res.Records))
		for _, rec := range res.Records {
			keys = append(keys, str(rec.Values[0]))
		}
		n = len(keys)
		var stats LoadStats
		return s.recomputeFacts(ctx, keys, false, &stats)
	})
	return n, err
}

// recomputeFacts recomputes the aggregates of fact nodes (report counts,
// sides, memorandum status and year), and with confidence their confidence
// (after a retraction, which changes it for the facts that lost a report)
// and unmarks them: it is the last step of their settling (Store.settle),
// and clearMarks then finds only the persons and what no row named. Each
// row writes its own fact and reads only its edges, so the rows are shared
// among Config.Writers transactions at once (writeParallel).
func (s *Store) recomputeFacts(ctx context.Context, keys []string, confidence bool, stats *LoadStats) error {
	set := map[string]bool{}
	for _, k := range keys {
		set[k] = true
	}
	list := sortedKeys(set)
	rows := make([]map[string]any, 0, len(list))
	for _, k := range list {
		row := map[string]any{"key": k}
		if confidence {
			row["unknown"] = UnknownConfidence
		}
		rows = append(rows, row)
	}
	if s.writers > 1 {
		return s.writeParallel(ctx, []step{{name: "fact aggregates", query: factsRecomputeCypher, rows: rows, parallel: true}}, stats)
	}
	return s.writeRows(ctx, "fact aggregates", factsRecomputeCypher, rows, stats)
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
