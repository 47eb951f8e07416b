package neo4jstore

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/resolve"
)

var (
	//go:embed load_articles.cypher
	loadArticlesCypher string
	//go:embed load_countries.cypher
	loadCountriesCypher string
	//go:embed load_bodies.cypher
	loadBodiesCypher string
	//go:embed load_governments.cypher
	loadGovernmentsCypher string
	//go:embed load_ngos.cypher
	loadNGOsCypher string
	//go:embed load_organizations.cypher
	loadOrganizationsCypher string
	//go:embed load_persons.cypher
	loadPersonsCypher string
	//go:embed load_elections.cypher
	loadElectionsCypher string
	//go:embed load_events.cypher
	loadEventsCypher string
	//go:embed load_holds.cypher
	loadHoldsCypher string
	//go:embed load_mentions.cypher
	loadMentionsCypher string
	//go:embed load_memoranda.cypher
	loadMemorandaCypher string
	//go:embed load_observations.cypher
	loadObservationsCypher string
	//go:embed load_meetings.cypher
	loadMeetingsCypher string
	//go:embed load_invitations.cypher
	loadInvitationsCypher string
	//go:embed load_awards.cypher
	loadAwardsCypher string
	//go:embed load_participations.cypher
	loadParticipationsCypher string
	//go:embed facts_aggregates.cypher
	factsAggregatesCypher string
	//go:embed commit_articles.cypher
	commitArticlesCypher string
	//go:embed article_states.cypher
	articleStatesCypher string
	//go:embed tables_stale.cypher
	tablesStaleCypher string
)

// MarkTablesStale marks the tables that reports read instead of every fact
// (queries.RefreshTables) out of date, so that the reports compute their
// rows from the facts until the tables are rewritten. Loads, removals,
// overrides and judgements run it before they write and after; a caller
// that writes with Run must run it too.
func (s *Store) MarkTablesStale(ctx context.Context) error {
	return s.write(ctx, "marking the tables of reports out of date", []string{tablesStaleCypher}, nil, &LoadStats{})
}

// LoadStats counts what a Load did: articles new, unchanged (skipped by
// content hash) and replaced, the summary counters of the server, and what
// resolution merged. A repeated load of the same documents creates no nodes
// and no relationships.
type LoadStats struct {
	// Articles is the number of articles written (new + replaced).
	Articles int
	// New, Unchanged and Replaced classify the documents given to Load.
	New, Unchanged, Replaced int
	// Facts is the number of facts in the articles written.
	Facts int
	// Removed is the number of articles retracted by Remove.
	Removed int
	// Server counters, summed over every statement.
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	PropertiesSet        int
	// PersonsMerged counts person nodes merged into another (same person
	// across articles); OverrideChanges counts the names whose person the
	// override file changed.
	PersonsMerged   int
	OverrideChanges int
	// ReportsMoved counts reports moved between nodes of the same fact (an
	// undated report joining the dated one, or leaving it on a conflict).
	ReportsMoved int
	// Leftovers counts what an earlier load or removal, interrupted before
	// its clean-up, had left unsettled and this one settled first (also
	// counted in the server counters above).
	Leftovers Leftovers
	// Rejected lists the documents that were not written: without an id,
	// with an id longer than graph.MaxKeyBytes, or that Neo4j refused to
	// write (each is then tried alone, and what it wrote is retracted).
	// The other documents are written.
	Rejected []RejectedDocument
	// Unsplit lists the keys of person nodes whose names the override file
	// now gives to several persons (a not_same judgement about persons
	// merged before): loading their articles again with --reextract splits
	// them.
	Unsplit []string
}

// Leftovers counts the clean-up of what an interrupted earlier run left:
// the facts and persons it settled (their reports counted again, their
// names and positions recomputed) and the nodes and relationships it
// deleted because no article supports them any more.
type Leftovers struct {
	Settled              int
	NodesDeleted         int
	RelationshipsDeleted int
}

// Any tells whether there was anything to clean up.
func (l Leftovers) Any() bool { return l.Settled+l.NodesDeleted+l.RelationshipsDeleted > 0 }

// Add adds other's counts to st.
func (st *LoadStats) Add(other LoadStats) {
	st.Articles += other.Articles
	st.New += other.New
	st.Unchanged += other.Unchanged
	st.Replaced += other.Replaced
	st.Facts += other.Facts
	st.Removed += other.Removed
	st.NodesCreated += other.NodesCreated
	st.NodesDeleted += other.NodesDeleted
	st.RelationshipsCreated += other.RelationshipsCreated
	st.RelationshipsDeleted += other.RelationshipsDeleted
	st.PropertiesSet += other.PropertiesSet
	st.PersonsMerged += other.PersonsMerged
	st.OverrideChanges += other.OverrideChanges
	st.ReportsMoved += other.ReportsMoved
	st.Leftovers.Settled += other.Leftovers.Settled
	st.Leftovers.NodesDeleted += other.Leftovers.NodesDeleted
	st.Leftovers.RelationshipsDeleted += other.Leftovers.RelationshipsDeleted
	st.Rejected = append(st.Rejected, other.Rejected...)
	for _, k := range other.Unsplit {
		if !slices.Contains(st.Unsplit, k) {
			st.Unsplit = append(st.Unsplit, k)
		}
	}
}

// addCounters adds a statement's summary counters.
func (st *LoadStats) addCounters(c neo4j.Counters) {
	st.NodesCreated += c.NodesCreated()
	st.NodesDeleted += c.NodesDeleted()
	st.RelationshipsCreated += c.RelationshipsCreated()
	st.RelationshipsDeleted += c.RelationshipsDeleted()
	st.PropertiesSet += c.PropertiesSet()
}

// LoadOptions change how Load treats documents.
type LoadOptions struct {
	// Force replaces articles even when their content hash is unchanged
	// (a new extractor version: load --reextract).
	Force bool
	// Overrides correct person resolution; nil changes nothing.
	Overrides *resolve.Overrides
}

// ArticleState is what the database holds about an article.
type ArticleState struct {
	// SHA256 is the content hash of the loaded article; "" while a load of
	// it is incomplete.
	SHA256 string
	// ExtractorVersion is the version of the extractor that produced it.
	ExtractorVersion string
	// Path is the file it was read from.
	Path string
}

// ArticleStates returns the stored state of the articles with the given
// keys; keys not in the database are absent from the map.
func (s *Store) ArticleStates(ctx context.Context, keys []string) (map[string]ArticleState, error) {
	out := make(map[string]ArticleState, len(keys))
	for start := 0; start < len(keys); start += 5000 {
		batch := keys[start:min(start+5000, len(keys))]
		res, err := s.query(ctx, plannedOnce(articleStatesCypher), map[string]any{"keys": toAny(batch)}, false)
		if err != nil {
			return nil, s.dbError("reading the state of articles", err)
		}
		for _, rec := range res.Records {
			m := rec.AsMap()
			out[str(m["key"])] = ArticleState{SHA256: str(m["sha256"]), ExtractorVersion: str(m["version"]), Path: str(m["path"])}
		}
	}
	return out, nil
}

// Load writes documents with default options; see LoadWith.
func (s *Store) Load(ctx context.Context, docs []graph.Document) (LoadStats, error) {
	return s.LoadWith(ctx, docs, LoadOptions{})
}

// LoadWith writes documents incrementally. An article whose content hash
// equals the stored one is skipped (unless opts.Force); an article already
// in the database with another hash (or an incomplete earlier load) is
// replaced: its own facts and provenance are retracted first, so facts
// reported only by it disappear and facts also reported elsewhere stay.
//
// Person names are resolved across articles (graph/resolve) before the
// rows are built; rows are merged in Go and written in batches of BatchSize
// rows, one write transaction per batch, nodes before relationships. Then
// persons and facts of the touched families and identities are resolved in
// the database, and finally each article's hash is set: an interrupted load
// leaves articles without hash, which the next load redoes. On error the
// stats count what was done before it.
//
// Loads and removals on one database take turns (a lease held in the
// database), so that several processes loading at once give the graph of
// one load.
//
// A retraction marks what it touched :Unsettled in the transaction that
// retracts, and the clean-up after it (deleting what no article supports,
// recounting facts, recomputing positions and persons) unmarks it. Each
// load first settles what a run interrupted in between left marked; the
// first load of a Store also looks for facts whose report count is wrong
// without a mark (left by a version without marks) and deletes what no
// article supports. stats.Leftovers counts that clean-up.
func (s *Store) LoadWith(ctx context.Context, docs []graph.Document, opts LoadOptions) (LoadStats, error) {
	var stats LoadStats
	err := s.withLoadLease(ctx, func() error {
		var err error
		stats, err = s.loadWith(ctx, docs, opts)
		return err
	})
	return stats, err
}

func (s *Store) loadWith(ctx context.Context, docs []graph.Document, opts LoadOptions) (LoadStats, error) {
	var stats LoadStats
	docs = admit(docs, &stats)
	// The first load of a Store also looks for facts that no article
	// supports without being marked (see settleLeftovers).
	if err := s.settleLeftovers(ctx, opts.Overrides, !s.leftoversScanned.Load(), false, &stats); err != nil {
		return stats, err
	}
	s.leftoversScanned.Store(true)
	if err := s.markStaleAfterLeftovers(ctx, stats); err != nil {
		return stats, err
	}
	keys := make([]string, len(docs))
	for i, d := range docs {
		keys[i] = strings.TrimSpace(d.ID)
	}
	states, err := s.ArticleStates(ctx, keys)
	if err != nil {
		return stats, err
	}
	var todo []graph.Document
	var replace []string
	for _, d := range docs {
		st, known := states[strings.TrimSpace(d.ID)]
		switch {
		case !known:
			stats.New++
		case !opts.Force && d.SHA256 != "" && st.SHA256 == d.SHA256:
			stats.Unchanged++
			continue
		default:
			stats.Replaced++
			replace = append(replace, strings.TrimSpace(d.ID))
		}
		todo = append(todo, d)
		stats.Facts += len(d.Facts)
	}
	stats.Articles = len(todo)
	if len(todo) == 0 {
		return stats, nil
	}
	if stats, err = s.writeTodo(ctx, todo, replace, opts, stats); err != nil {
		return stats, err
	}
	// again after the writes: a table rewritten while they ran may lack them
	return stats, s.MarkTablesStale(ctx)
}

// writeTodo replaces or writes the documents to load, the tables of reports
// marked out of date first.
func (s *Store) writeTodo(ctx context.Context, todo []graph.Document, replace []string, opts LoadOptions, stats LoadStats) (LoadStats, error) {
	if err := s.MarkTablesStale(ctx); err != nil {
		return stats, err
	}
	touched := newTouch()
	if len(replace) > 0 {
		if err := s.retract(ctx, replace, false, touched, &stats); err != nil {
			return stats, err
		}
	}
	err := s.writeDocs(ctx, todo, touched, opts, len(replace) > 0, &stats)
	if err == nil || !refusedData(err) {
		return stats, err
	}
	// Neo4j refused a value of one of the documents (a value too large to
	// index, say): write them one at a time, and reject, with what they had
	// written, those it refuses alone. What the failed round committed is
	// retracted first (the mentions and reports of a load are created, not
	// merged: written again over themselves, they would be there twice).
	slog.Debug("neo4j refused a batch; writing its documents one at a time", "documents", len(todo), "error", err)
	replaced := map[string]bool{}
	for _, k := range replace {
		replaced[k] = true
	}
	keys := make([]string, len(todo))
	for i, d := range todo {
		keys[i] = strings.TrimSpace(d.ID)
	}
	if err := s.retract(ctx, keys, false, newTouch(), &stats); err != nil {
		return stats, err
	}
	var rejected []string
	for _, d := range todo {
		err := s.writeDocs(ctx, []graph.Document{d}, newTouch(), opts, false, &stats)
		if err == nil {
			continue
		}
		if !refusedData(err) {
			return stats, err
		}
		key := strings.TrimSpace(d.ID)
		rejected = append(rejected, key)
		stats.Rejected = append(stats.Rejected, RejectedDocument{ID: key, Path: d.Path, Err: refusal(err)})
		stats.Articles--
		stats.Facts -= len(d.Facts)
		if replaced[key] {
			stats.Replaced--
		} else {
			stats.New--
		}
	}
	// The rejected documents' articles go, with what they wrote; then the
	// clean-up of every retraction of this load.
	t := newTouch()
	if len(rejected) > 0 {
		if err := s.retract(ctx, rejected, true, t, &stats); err != nil {
			return stats, err
		}
	} else if _, err := s.readMarks(ctx, t); err != nil {
		return stats, err
	}
	return stats, s.settle(ctx, t, opts.Overrides, true, &stats)
}

// writeDocs writes documents whose earlier versions, if any, were
// retracted: their rows in batches, then the resolution of what they and
// the retraction touched, then their hashes.
func (s *Store) writeDocs(ctx context.Context, todo []graph.Document, touched *touch, opts LoadOptions, retracted bool, stats *LoadStats) error {
	canon, err := s.preResolve(ctx, todo, opts.Overrides)
	if err != nil {
		return err
	}
	steps, p, err := buildSteps(todo, canon)
	if err != nil {
		return fmt.Errorf("preparing the load: %w", err)
	}
	if err := s.writeSteps(ctx, steps, stats); err != nil {
		return err
	}
	for f := range p.families {
		touched.families[f] = true
	}
	for id := range p.identities {
		touched.identities[id] = true
	}
	touched.facts = append(touched.facts, p.factKeys...)
	if err := s.settle(ctx, touched, opts.Overrides, retracted, stats); err != nil {
		return err
	}
	commits := make([]map[string]any, 0, len(todo))
	for _, d := range todo {
		commits = append(commits, map[string]any{"key": strings.TrimSpace(d.ID), "sha256": nullable(d.SHA256)})
	}
	return s.writeRows(ctx, "article hashes", plannedOnce(commitArticlesCypher), commits, stats)
}

// Remove retracts articles by key, the way a changed article is replaced:
// facts reported only by them disappear, facts also reported elsewhere stay,
// and entities no article mentions any more are deleted. Keys not in the
// database are ignored; stats.Removed counts the articles removed.
//
// Articles are retracted in batches, and the clean-up runs once after the
// last; a removal interrupted in between is completed by the next Remove or
// Load (see LoadWith), and every Remove first looks for what an earlier run
// left marked or miscounted and settles it, and deletes what no article
// supports even when nothing is marked: before anything else when none of
// the keys is in the graph, otherwise with the clean-up after its own
// retraction. stats.Leftovers counts the clean-up of what was left.
func (s *Store) Remove(ctx context.Context, keys []string, ov *resolve.Overrides) (LoadStats, error) {
	var stats LoadStats
	err := s.withLoadLease(ctx, func() error {
		var err error
		stats, err = s.remove(ctx, keys, ov)
		return err
	})
	return stats, err
}

func (s *Store) remove(ctx context.Context, keys []string, ov *resolve.Overrides) (LoadStats, error) {
	var stats LoadStats
	// The articles' states first: a clean-up of what an earlier run left
	// deletes no article, and when some of them are there their retraction's
	// clean-up deletes what no article supports.
	began := time.Now()
	states, err := s.ArticleStates(ctx, keys)
	if err != nil {
		return stats, err
	}
	slog.Debug("neo4j article states", "articles", len(keys), "elapsed", time.Since(began))
	var present []string
	for _, k := range keys {
		if _, ok := states[k]; ok {
			present = append(present, k)
		}
	}
	if err := s.settleLeftovers(ctx, ov, true, len(present) > 0, &stats); err != nil {
		return stats, err
	}
	if len(present) == 0 {
		return stats, s.markStaleAfterLeftovers(ctx, stats)
	}
	if err := s.MarkTablesStale(ctx); err != nil {
		return stats, err
	}
	touched := newTouch()
	if err := s.retract(ctx, present, true, touched, &stats); err != nil {
		return stats, err
	}
	stats.Removed = len(present)
	if err := s.settle(ctx, touched, ov, true, &stats); err != nil {
		return stats, err
	}
	return stats, s.MarkTablesStale(ctx)
}

// ApplyOverrides resolves again the persons of every family the override
// file names, so that a changed override file takes effect without new
// articles. stats.OverrideChanges counts the names whose person differs
// from what resolution without the overrides would say.
func (s *Store) ApplyOverrides(ctx context.Context, ov *resolve.Overrides) (LoadStats, error) {
	var stats LoadStats
	if ov == nil {
		return stats, nil
	}
	touched := newTouch()
	touched.countOverrides = true
	for _, n := range ov.Names() {
		touched.families[resolve.FamilyOf(n)] = true
	}
	if err := s.MarkTablesStale(ctx); err != nil {
		return stats, err
	}
	if err := s.settle(ctx, touched, ov, false, &stats); err != nil {
		return stats, err
	}
	return stats, s.MarkTablesStale(ctx)
}

// markStaleAfterLeftovers marks the tables of reports out of date when the
// clean-up of an interrupted run changed the graph.
func (s *Store) markStaleAfterLeftovers(ctx context.Context, stats LoadStats) error {
	if !stats.Leftovers.Any() {
		return nil
	}
	return s.MarkTablesStale(ctx)
}

// touch collects what a load or retraction touched and must be resolved.
type touch struct {
	// countOverrides asks resolution to count the names the overrides change.
	countOverrides bool
	// redatePositions asks for the dates of the marked persons' positions
	// to be recomputed: an older version's retraction, interrupted, left
	// them to the clean-up (holds_recompute.cypher).
	redatePositions bool
	families        map[string]bool
	identities      map[string]bool
	facts           []string
}

func newTouch() *touch {
	return &touch{families: map[string]bool{}, identities: map[string]bool{}}
}

// settle resolves what was touched: persons of the families, then facts of
// the identities, then recomputes the facts' aggregates; after a
// retraction it also deletes what nothing supports any more.
//
// When settling what an interrupted run left, it first recomputes the
// dates of the positions of the persons marked (t.redatePositions); after a
// retraction it unmarks at the end what was marked
// (the marks stay, for the next load or removal to settle, when it fails
// before). Every step is idempotent, so settling again is safe.
func (s *Store) settle(ctx context.Context, t *touch, ov *resolve.Overrides, retracted bool, stats *LoadStats) error {
	if t.redatePositions {
		if err := s.write(ctx, "recomputing the dates of positions", []string{holdsRecomputeCypher}, nil, stats); err != nil {
			return err
		}
	}
	if err := s.resolvePersons(ctx, t, ov, stats); err != nil {
		return err
	}
	if retracted {
		if err := s.gc(ctx, stats); err != nil {
			return err
		}
	}
	if err := s.resolveFacts(ctx, t, stats); err != nil {
		return err
	}
	if err := s.recomputeFacts(ctx, t.facts, retracted, stats); err != nil {
		return err
	}
	if retracted {
		return s.clearMarks(ctx)
	}
	return nil
}

// admit keeps the last of documents with the same id and rejects, in
// stats, documents without id or with an id longer than graph.MaxKeyBytes.
func admit(docs []graph.Document, stats *LoadStats) []graph.Document {
	pos := map[string]int{}
	var out []graph.Document
	for _, d := range docs {
		id := strings.TrimSpace(d.ID)
		switch {
		case id == "":
			stats.Rejected = append(stats.Rejected, RejectedDocument{Path: d.Path, Err: errors.New("the article has no id")})
			continue
		case len(id) > graph.MaxKeyBytes:
			stats.Rejected = append(stats.Rejected, RejectedDocument{ID: id, Path: d.Path,
				Err: fmt.Errorf("the article's id is %d bytes long, over the limit of %d", len(id), graph.MaxKeyBytes)})
			continue
		}
		if i, ok := pos[id]; ok {
			out[i] = d
			continue
		}
		pos[id] = len(out)
		out = append(out, d)
	}
	return out
}

// RejectedDocument is a document that a load did not write, and why.
type RejectedDocument struct {
	// ID is the article's id, Path the file it was read from.
	ID, Path string
	// Err says why.
	Err error
}

// Error names the document, by its path when known, and says why it was
// rejected.
func (r RejectedDocument) Error() string {
	id := r.ID
	if len(id) > 60 {
		id = strings.ToValidUTF8(id[:60], "") + "…"
	}
	switch {
	case r.Path != "" && id != "":
		return fmt.Sprintf("%s: article %q not loaded: %v", graph.ShowPlace(r.Path), id, r.Err)
	case r.Path != "":
		return fmt.Sprintf("%s: not loaded: %v", graph.ShowPlace(r.Path), r.Err)
	default:
		return fmt.Sprintf("article %q not loaded: %v", id, r.Err)
	}
}

// Unwrap returns why.
func (r RejectedDocument) Unwrap() error { return r.Err }

// refusedData tells whether err is Neo4j refusing a statement because of
// the data it was given (as opposed to a lost connection, a cancellation
// or a conflict with a concurrent load).
func refusedData(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if _, ok := errors.AsType[*ConnectError](err); ok {
		return false
	}
	ne, ok := errors.AsType[*neo4j.Neo4jError](err)
	if !ok || ne.Code == "Neo.ClientError.Statement.EntityNotFound" {
		return false
	}
	return strings.HasPrefix(ne.Code, "Neo.ClientError.Statement.") || strings.HasPrefix(ne.Code, "Neo.ClientError.Schema.") ||
		ne.Code == "Neo.DatabaseError.Statement.ExecutionFailed"
}

var propertySizeRE = regexp.MustCompile(`property size: (\d+)`)

// refusal says in one line why Neo4j refused a document; the driver's
// error stays to unwrap.
func refusal(err error) error {
	ne, ok := errors.AsType[*neo4j.Neo4jError](err)
	if !ok {
		return err
	}
	if strings.Contains(ne.Msg, "too large to index") {
		size := "?"
		if m := propertySizeRE.FindStringSubmatch(ne.Msg); m != nil {
			size = m[1]
		}
		return refusedError{fmt.Sprintf("Neo4j refused a value of %s bytes, too large to index [%s]", size, ne.Code), err}
	}
	return refusedError{fmt.Sprintf("Neo4j refused to write it: %s [%s]", firstLine(ne.Msg), ne.Code), err}
}

// refusedError is a one-line message for a driver error.
type refusedError struct {
	msg string
	err error
}

func (e refusedError) Error() string { return e.msg }
func (e refusedError) Unwrap() error { return e.err }

// writeRows runs one UNWIND statement over rows in batches of BatchSize,
// one write transaction per batch.
func (s *Store) writeRows(ctx context.Context, name, query string, rows []map[string]any, stats *LoadStats) error {
	if len(rows) == 0 {
		return nil
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	began := time.Now()
	defer func() { slog.Debug("neo4j write", "step", name, "rows", len(rows), "elapsed", time.Since(began)) }()
	for start := 0; start < len(rows); start += s.batchSize {
		end := min(start+s.batchSize, len(rows))
		counts, err := writeBatch(ctx, session, query, rows[start:end])
		if err != nil {
			return s.dbError(fmt.Sprintf("loading %s (rows %d-%d)", name, start+1, end), err)
		}
		stats.addCounters(counts)
	}
	return nil
}

// writeBatch runs one UNWIND statement over rows in one write transaction
// of session and returns its counters.
func writeBatch(ctx context.Context, session neo4j.SessionWithContext, query string, rows []map[string]any) (neo4j.Counters, error) {
	batch := make([]any, len(rows))
	for i, r := range rows {
		batch[i] = r
	}
	return executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (neo4j.Counters, error) {
		res, err := tx.Run(ctx, query, map[string]any{"rows": batch})
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		return sum.Counters(), nil
	})
}

// writeSteps runs the steps in order. Consecutive steps whose rows
// together fit in one batch (BatchSize rows) share one write transaction, so
// that the many small steps of a load (countries, bodies, persons, …) do not
// each pay for a transaction and its commit; a larger step runs alone, in
// batches (writeRows). Consecutive parallel steps (mentions and facts) run
// in up to Config.Writers transactions at once (writeParallel).
func (s *Store) writeSteps(ctx context.Context, steps []step, stats *LoadStats) error {
	var group []step
	rows := 0
	flush := func() error {
		defer func() { group, rows = group[:0], 0 }()
		switch len(group) {
		case 0:
			return nil
		case 1:
			return s.writeRows(ctx, group[0].name, group[0].query, group[0].rows, stats)
		}
		return s.writeTogether(ctx, group, stats)
	}
	for i := 0; i < len(steps); i++ {
		st := steps[i]
		if len(st.rows) == 0 {
			continue
		}
		if st.parallel && s.writers > 1 {
			if err := flush(); err != nil {
				return err
			}
			j := i
			for j < len(steps) && steps[j].parallel {
				j++
			}
			if err := s.writeParallel(ctx, steps[i:j], stats); err != nil {
				return err
			}
			i = j - 1
			continue
		}
		if rows+len(st.rows) > s.batchSize {
			if err := flush(); err != nil {
				return err
			}
		}
		group = append(group, st)
		rows += len(st.rows)
	}
	return flush()
}

// minSplit is the fewest rows of a step that writeParallel shares among
// its writers; a smaller step is one transaction.
const minSplit = 100

// writeParallel writes steps whose rows are independent of each other
// (each writes its own fact, or its own article's mentions, creating the
// edges that cannot exist yet; see load_mentions.cypher and the facts'
// statements) in chunks of at most BatchSize rows, up to Config.Writers
// transactions at once: a statement runs on one core of the server, and
// the locks of edges created with CREATE are taken at commit, so two
// writers do not wait for each other while their statements run. A step of
// minSplit rows or more is cut into at least one chunk per writer. The
// first error stops the other writers and is returned; what the chunks
// committed before it stays, as with writeRows.
func (s *Store) writeParallel(ctx context.Context, steps []step, stats *LoadStats) error {
	type chunk struct {
		step       step
		start, end int
	}
	var chunks []chunk
	for _, st := range steps {
		n := len(st.rows)
		size := s.batchSize
		if n >= minSplit {
			size = min(size, (n+s.writers-1)/s.writers)
		}
		for start := 0; start < n; start += size {
			chunks = append(chunks, chunk{st, start, min(start+size, n)})
		}
	}
	began := time.Now()
	defer func() {
		slog.Debug("neo4j write", "step", "parallel", "transactions", len(chunks), "elapsed", time.Since(began))
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan chunk)
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	for w := 0; w < min(s.writers, len(chunks)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
			defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
			for c := range work {
				t := time.Now()
				counts, err := writeBatch(ctx, session, c.step.query, c.step.rows[c.start:c.end])
				slog.Debug("neo4j write", "step", c.step.name, "rows", c.end-c.start, "elapsed", time.Since(t))
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = s.dbError(fmt.Sprintf("loading %s (rows %d-%d)", c.step.name, c.start+1, c.end), err)
					cancel()
				}
				if err == nil {
					stats.addCounters(counts)
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, c := range chunks {
		select {
		case work <- c:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	if firstErr == nil && ctx.Err() != nil {
		// the caller's context ended; cancel() above only follows an error
		return context.Cause(ctx)
	}
	return firstErr
}

// writeTogether runs steps of few rows in one write transaction.
func (s *Store) writeTogether(ctx context.Context, steps []step, stats *LoadStats) error {
	names := make([]string, len(steps))
	stmts := make([]statement, len(steps))
	for i, st := range steps {
		names[i] = st.name
		batch := make([]any, len(st.rows))
		for j, r := range st.rows {
			batch[j] = r
		}
		stmts[i] = statement{query: st.query, params: map[string]any{"rows": batch}}
	}
	return s.writeInOne(ctx, "loading "+strings.Join(names, ", "), stmts, stats)
}

// write runs statements with parameters in one write transaction and
// returns nothing but counters.
func (s *Store) write(ctx context.Context, doing string, stmts []string, params map[string]any, stats *LoadStats) error {
	list := make([]statement, len(stmts))
	for i, q := range stmts {
		list[i] = statement{query: q, params: params}
	}
	return s.writeInOne(ctx, doing, list, stats)
}

// statement is a query with its parameters.
type statement struct {
	query  string
	params map[string]any
}

// writeInOne runs statements in one write transaction and adds their
// counters to stats.
func (s *Store) writeInOne(ctx context.Context, doing string, stmts []statement, stats *LoadStats) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	var total LoadStats
	began := time.Now()
	defer func() { slog.Debug("neo4j write", "step", doing, "elapsed", time.Since(began)) }()
	_, err := executeWrite(ctx, session, func(tx neo4j.ManagedTransaction) (any, error) {
		total = LoadStats{}
		for _, st := range stmts {
			res, err := tx.Run(ctx, st.query, st.params)
			if err != nil {
				return nil, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			total.addCounters(sum.Counters())
		}
		return struct{}{}, nil
	})
	if err != nil {
		return s.dbError(doing, err)
	}
	stats.Add(total)
	return nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
