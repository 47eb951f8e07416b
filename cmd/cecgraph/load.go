package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/source"
)

func (a *app) loadCommand() *cobra.Command {
	var (
		batch     int
		reextract bool
		overrides string
		progress  string
		judgeFile string
	)
	cmd := &cobra.Command{
		Use:   "load FILE|DIR|- ...",
		Short: "Extract articles and write them into Neo4j (incremental, idempotent)",
		Long: `load applies the schema (a uniqueness constraint on every label's key, a full-text
index over names), reads every article, and writes into Neo4j, in batches
(UNWIND … MERGE), the articles that are new or changed:

  - an article whose content hash is already in the graph is skipped (unchanged);
  - a changed article replaces its own facts and provenance: facts reported only
    by it disappear, facts also reported elsewhere stay;
  - with --reextract every article is extracted and written again (use it after
    an upgrade of the extractor; the graph records each article's extractor version).

The same fact reported by several articles is one node with one REPORTED_IN edge
per article; the same person named differently across articles (initials, declined
forms, Latin and Cyrillic spellings) is one node. An override file (--overrides)
corrects person resolution. The analysts' judgements kept in the graph (cecgraph
judge; --judgements stores a file of them) are applied after the writes. Inputs
that cannot be read are reported and counted (exit code 2); a database that cannot
be reached stops the run with one line and exit code 1; running load again then
completes it.`,
		Example: `  cecgraph load examples/
  cecgraph load --overrides people.yaml articles/
  cecgraph load --reextract articles/
  CECGRAPH_NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io cecgraph load articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return fmt.Errorf("--docs-per-transaction must be at least 1, not %d", batch)
			}
			switch progress {
			case "auto", "bar", "log", "none":
			default:
				return fmt.Errorf("--progress must be auto, bar, log or none, not %q", progress)
			}
			var ov *resolve.Overrides
			if overrides != "" {
				var err error
				if ov, err = resolve.LoadOverrides(overrides); err != nil {
					return err
				}
			}
			// The time reported counts everything, waiting for another
			// run's lease too.
			start := time.Now()
			ctx := cmd.Context()
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(context.WithoutCancel(ctx))
			store.SetLeaseName("cecgraph load")
			if err := store.ApplySchema(ctx); err != nil {
				return err
			}
			if n, err := store.UpgradeFacts(ctx); err != nil {
				return err
			} else if n > 0 {
				slog.Info("gave facts written by an older version their sides list", "facts", n)
			}
			p, failed, err := a.newPipeline()
			if err != nil {
				return err
			}
			// Judgements (judge.go): aliases and persons' same / not-same act
			// on extraction; those on facts are applied after the writes.
			onFacts, judged, err := loadJudgements(ctx, store, judgeFile)
			if err != nil {
				return err
			}
			p.Finish = finishDocuments(graph.NewAliases(judged), p.Finish)
			ov = resolve.WithJudgements(ov, judged)
			sum, err := a.load(ctx, store, p, args, loadOptions{batch: batch, reextract: reextract, overrides: ov, progress: progress})
			if err != nil {
				return err
			}
			// A judgement on a fact the load did not bring is an error, after
			// the summary of what was loaded.
			var judgeErr error
			sum.judged, judgeErr = finishLoad(ctx, store, onFacts)
			sum.failed = *failed
			sum.elapsed = time.Since(start)
			sum.leaseWait = store.LeaseWaited()
			sum.print(a.stdout, store.URI(), store.Database())
			if judgeErr != nil {
				return judgeErr
			}
			for _, key := range sum.stats.Unsplit {
				fmt.Fprintf(a.stderr, "cecgraph: the override file gives the names of person %q to several persons, who were merged before; "+
					"to split them, load the articles that name them again with --reextract and the override file "+
					"(list them: cecgraph query 'MATCH (a:Article)-[:MENTIONS]->(:Person {key: $k}) RETURN a.path' --param %s)\n",
					key, shellQuote("k="+key))
			}
			if sum.stale > 0 {
				fmt.Fprintf(a.stderr, "cecgraph: %d unchanged articles were extracted by another extractor version than %s; run 'cecgraph load --reextract' to redo them\n",
					sum.stale, extract.Version)
			}
			if *failed > 0 {
				return partialError{failed: *failed}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&batch, "docs-per-transaction", 1000, "articles extracted and written per round of batched transactions")
	cmd.Flags().BoolVar(&reextract, "reextract", false, "extract and write every article again, even unchanged ones")
	cmd.Flags().StringVar(&overrides, "overrides", "", "YAML file of person judgements (same, not_same, preferred); see docs/GRAPH.md")
	cmd.Flags().StringVar(&judgeFile, "judgements", "", "YAML file of judgements (reject, confirm, set, alias, same, not-same) to store and apply; see cecgraph judge")
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress display: auto (a bar on a terminal, else log lines), bar, log or none")
	return cmd
}

// loadOptions are the settings of one load run.
type loadOptions struct {
	batch     int
	reextract bool
	overrides *resolve.Overrides
	progress  string
}

// loadSummary is what a load run did.
type loadSummary struct {
	read, unchanged, failed, facts, stale int
	stats                                 neo4jstore.LoadStats
	elapsed                               time.Duration
	leaseWait                             time.Duration // part of elapsed spent waiting for another run's lease
	judged                                neo4jstore.JudgementStats
}

// print writes the summary: one line, plus one on resolution when it did anything.
func (s loadSummary) print(w io.Writer, uri, db string) {
	st := s.stats
	deleted := "none deleted"
	if st.NodesDeleted+st.RelationshipsDeleted > 0 {
		deleted = fmt.Sprintf("%d nodes and %d relationships deleted", st.NodesDeleted, st.RelationshipsDeleted)
	}
	fmt.Fprintf(w, "loaded %d articles (%d facts) into %s/%s in %s: %d new, %d unchanged, %d replaced, %d failed inputs; "+
		"%d nodes and %d relationships created, %s\n",
		s.read, s.facts, uri, db, s.elapsed.Round(time.Millisecond), st.New, s.unchanged, st.Replaced, s.failed,
		st.NodesCreated, st.RelationshipsCreated, deleted)
	if st.PersonsMerged+st.ReportsMoved+st.OverrideChanges > 0 {
		fmt.Fprintf(w, "resolution: %d person nodes merged, %d reports moved between nodes of the same fact, %d names resolved differently because of the override file\n",
			st.PersonsMerged, st.ReportsMoved, st.OverrideChanges)
	}
	printLeftovers(w, st.Leftovers)
	printLeaseWait(w, s.leaseWait)
	if j := s.judged; j.Stored+j.Rejected+j.Unrejected+j.Confirmed+j.Unreported+j.Corrected+j.Uncorrected > 0 {
		fmt.Fprintf(w, "judgements: %s\n", judgementSummary(j))
	}
}

// printLeaseWait says how long a run waited for another run's lease, when it
// waited.
func printLeaseWait(w io.Writer, d time.Duration) {
	if d > 0 {
		fmt.Fprintf(w, "waited %s of that time for another cecgraph run to give back the load lease\n", d.Round(time.Millisecond))
	}
}

// printLeftovers says what the clean-up of an interrupted earlier run did,
// when it did anything.
func printLeftovers(w io.Writer, l neo4jstore.Leftovers) {
	if !l.Any() {
		return
	}
	fmt.Fprintf(w, "cleaned up after an interrupted earlier load or remove: %d facts and persons settled, %d nodes and %d relationships that no article supports deleted\n",
		l.Settled, l.NodesDeleted, l.RelationshipsDeleted)
}

// load reads every input, skips unchanged articles by content hash,
// extracts the others on a pool of workers and writes them in batches.
func (a *app) load(ctx context.Context, store *neo4jstore.Store, p *loader.Pipeline, paths []string, o loadOptions) (loadSummary, error) {
	start := time.Now()
	var sum loadSummary
	arts, err := readArticles(ctx, paths, a.stdin, p.Workers, p.OnError)
	if err != nil {
		return sum, err
	}
	sum.read = len(arts)
	for _, art := range arts {
		p.Warn(art)
	}
	keys := make([]string, len(arts))
	for i, art := range arts {
		keys[i] = art.ID
	}
	states, err := store.ArticleStates(ctx, keys)
	if err != nil {
		return sum, err
	}
	var todo []source.Article
	for _, art := range arts {
		st, known := states[art.ID]
		if known && !o.reextract && st.SHA256 != "" && st.SHA256 == art.SHA256 {
			sum.unchanged++
			if st.ExtractorVersion != extract.Version {
				sum.stale++
			}
			continue
		}
		todo = append(todo, art)
	}
	prog := newProgress(a.stderr, len(todo), o.progress, a.log)
	defer prog.finish()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type extracted struct {
		docs []graph.Document
	}
	batches := make(chan extracted, 1)
	ectx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(batches)
		for i := 0; i < len(todo); i += o.batch {
			chunk := todo[i:min(i+o.batch, len(todo))]
			docs := make([]graph.Document, len(chunk))
			parallel(len(chunk), workers, func(j int) { docs[j] = p.Document(chunk[j]) })
			select {
			case batches <- extracted{docs: docs}:
			case <-ectx.Done():
				return
			}
		}
	}()
	for b := range batches {
		st, err := store.LoadWith(ctx, b.docs, neo4jstore.LoadOptions{Force: o.reextract, Overrides: o.overrides})
		sum.stats.Add(st)
		if err == nil { // each report's confidence, for the facts' (judge.go)
			err = store.SetReportConfidence(ctx, neo4jstore.ReportConfidences(b.docs))
		}
		for _, r := range st.Rejected { // an input failed: named, counted, the rest goes on
			if p.OnError != nil {
				p.OnError(r)
			}
		}
		if err != nil {
			return sum, err
		}
		facts := 0
		for _, d := range b.docs {
			facts += len(d.Facts)
		}
		sum.facts += facts
		sum.unchanged += st.Unchanged
		prog.add(len(b.docs), facts)
	}
	if o.overrides != nil {
		st, err := store.ApplyOverrides(ctx, o.overrides)
		sum.stats.Add(st)
		if err != nil {
			return sum, err
		}
	}
	sum.elapsed = time.Since(start)
	return sum, ctx.Err()
}

// readArticles walks paths and reads every article (in parallel, results in
// input order); inputs that fail, and articles whose id an earlier article
// has, go to onError.
func readArticles(ctx context.Context, paths []string, stdin io.Reader, workers int, onError func(error)) ([]source.Article, error) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	inputs, err := source.Collect(ctx, paths)
	if err != nil {
		return nil, err
	}
	type result struct {
		arts []source.Article
		err  error
	}
	results := make([]result, len(inputs))
	parallel(len(inputs), workers, func(i int) {
		results[i].arts, results[i].err = source.LoadInput(inputs[i], stdin)
	})
	report := func(err error) {
		if onError != nil {
			onError(err)
		}
	}
	var out []source.Article
	var ids source.IDs // two articles with one id would be one article in the graph
	for _, r := range results {
		if r.err != nil {
			var list source.ErrorList
			if errors.As(r.err, &list) {
				for _, e := range list {
					report(e)
				}
			} else {
				report(r.err)
			}
		}
		for _, art := range r.arts {
			if err := ids.Check(art.ID, art.Path); err != nil {
				report(err)
				continue
			}
			out = append(out, art)
		}
	}
	return out, ctx.Err()
}

// parallel calls fn(0..n-1) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// progress shows how a load advances: a bar redrawn in place on a terminal
// (articles, facts/s, ETA), else a log line every logEvery.
type progress struct {
	w          io.Writer
	log        *slog.Logger
	mode       string // bar, log or none
	total      int
	done       int
	facts      int
	start      time.Time
	lastDraw   time.Time
	drawnWidth int
}

const logEvery = 5 * time.Second

func newProgress(w io.Writer, total int, mode string, log *slog.Logger) *progress {
	if mode == "auto" {
		mode = "log"
		if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			mode = "bar"
		}
	}
	if total == 0 {
		mode = "none"
	}
	if log == nil {
		log = slog.Default()
	}
	p := &progress{w: w, log: log, mode: mode, total: total, start: time.Now()}
	p.lastDraw = p.start
	if mode == "bar" {
		p.draw()
	}
	return p
}

func (p *progress) add(articles, facts int) {
	p.done += articles
	p.facts += facts
	now := time.Now()
	switch p.mode {
	case "bar":
		if now.Sub(p.lastDraw) >= 100*time.Millisecond || p.done == p.total {
			p.draw()
		}
	case "log":
		if now.Sub(p.lastDraw) >= logEvery {
			p.lastDraw = now
			el := now.Sub(p.start).Seconds()
			p.log.Info("load progress", "articles", p.done, "of", p.total,
				"facts_per_s", int(float64(p.facts)/el), "eta", p.eta().String())
		}
	}
}

func (p *progress) eta() time.Duration {
	if p.done == 0 {
		return 0
	}
	el := time.Since(p.start)
	return (time.Duration(float64(el) * float64(p.total-p.done) / float64(p.done))).Round(time.Second)
}

// barLine renders the progress bar.
func (p *progress) barLine() string {
	const width = 30
	filled := 0
	if p.total > 0 {
		filled = width * p.done / p.total
	}
	el := time.Since(p.start).Seconds()
	rate := 0
	if el > 0 {
		rate = int(float64(p.facts) / el)
	}
	return fmt.Sprintf("[%s%s] %d/%d articles  %d facts/s  ETA %s",
		strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.done, p.total, rate, p.eta())
}

func (p *progress) draw() {
	p.lastDraw = time.Now()
	line := p.barLine()
	pad := ""
	if n := p.drawnWidth - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.drawnWidth = len(line)
}

// finish ends the bar's line, so that what follows starts on a new line.
func (p *progress) finish() {
	if p.mode == "bar" && p.drawnWidth > 0 {
		p.draw()
		fmt.Fprintln(p.w)
		p.drawnWidth = 0
	}
}

// shellQuote quotes s for a POSIX shell, so that a hint can be pasted.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
