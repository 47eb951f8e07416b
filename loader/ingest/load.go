package ingest

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/source"
)

// Options are the settings of one load.
type Options struct {
	// Batch is the number of articles hash-checked, and extracted and
	// written, per round of batched transactions; 0 means 1000.
	Batch int
	// Reextract extracts and writes every article again, even unchanged
	// ones.
	Reextract bool
	// Overrides are the analyst's person judgements; nil for none.
	Overrides *resolve.Overrides
	// Stdin is read for the path "-".
	Stdin io.Reader
	// OnProgress, when set, is called after every batch of articles skipped
	// or written, never twice at once.
	OnProgress func(Progress)
}

// Progress tells how far a load is.
type Progress struct {
	// Done counts the articles skipped as unchanged or written so far.
	Done int
	// Total is the number of articles of the run as far as known: one per
	// input file, plus the lines of JSON-lines files read so far.
	Total int
	// Facts counts the facts written so far.
	Facts int
	// Elapsed is the time since the load started.
	Elapsed time.Duration
}

// Summary is what a load did.
type Summary struct {
	// Read counts the articles read (written, unchanged or rejected).
	Read int
	// Unchanged counts the articles skipped because their content hash is
	// the one in the graph; Stale those of them an extractor of another
	// version than extract.Version wrote.
	Unchanged, Stale int
	// Facts counts the facts of the articles written.
	Facts int
	// Stats sums what the store did.
	Stats neo4jstore.LoadStats
	// MostInFlight is the largest number of articles the load held at once,
	// between reading them and writing or skipping them; it is at most
	// InFlightLimit of the options, whatever the number of articles.
	MostInFlight int
	// Elapsed is the time the load took.
	Elapsed time.Duration
}

// InFlightLimit is the most articles a load with batch articles per round
// and workers extraction goroutines holds at once: one batch being
// hash-checked, one being extracted and collected, one waiting for the
// writer and one being written, plus what the worker pool holds.
func InFlightLimit(batch, workers int) int {
	return 4*batchOrDefault(batch) + 2*loader.Window(workers)
}

func batchOrDefault(n int) int {
	if n <= 0 {
		return 1000
	}
	return n
}

// inFlight counts the articles a load holds, and remembers the most.
type inFlight struct {
	now, most atomic.Int64
}

func (c *inFlight) add(n int) {
	v := c.now.Add(int64(n))
	for {
		m := c.most.Load()
		if v <= m || c.most.CompareAndSwap(m, v) {
			return
		}
	}
}

// Load reads the articles of paths (files, directories, "-"), skips those
// whose content hash is already in the graph (unless o.Reextract), extracts
// the others with p and writes them into store in batches of o.Batch
// articles, then applies o.Overrides. Inputs that fail, and documents the
// store rejects, go to p.OnError and the load goes on; a store error stops
// it. The stages run at once, joined by bounded queues.
func Load(ctx context.Context, store *neo4jstore.Store, p *loader.Pipeline, paths []string, o Options) (Summary, error) {
	start := time.Now()
	batch := batchOrDefault(o.Batch)
	var sum Summary
	inputs, err := source.Scan(ctx, paths)
	if err != nil {
		return sum, err
	}
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var held inFlight
	var total atomic.Int64
	count, jsonl := inputs.Count()
	total.Add(int64(count - jsonl))

	// Stage 1: read, and check the hashes of each batch against the graph.
	todo := make(chan source.Article, loader.Window(p.Workers))
	var progress sync.Mutex // guards sum's counters shared by stages 1 and 3
	done := 0
	report := func(facts int, articles int) {
		progress.Lock()
		defer progress.Unlock()
		done += articles
		sum.Facts += facts
		if o.OnProgress != nil {
			o.OnProgress(Progress{Done: done, Total: int(max(total.Load(), int64(done))), Facts: sum.Facts, Elapsed: time.Since(start)})
		}
	}
	var readErr error
	var readers sync.WaitGroup
	readers.Add(1)
	go func() {
		defer readers.Done()
		defer close(todo)
		var pending []source.Article
		check := func() error {
			if len(pending) == 0 {
				return nil
			}
			skipped, stale, err := checkHashes(ctx, store, pending, o.Reextract, func(a source.Article) error {
				select {
				case todo <- a:
					return nil
				case <-ctx.Done():
					return context.Cause(ctx)
				}
			})
			if err != nil {
				return err
			}
			held.add(-skipped)
			progress.Lock()
			sum.Unchanged += skipped
			sum.Stale += stale
			progress.Unlock()
			if skipped > 0 {
				report(0, skipped)
			}
			pending = pending[:0]
			return nil
		}
		_, err := p.Articles(ctx, inputs, o.Stdin, func(a source.Article) error {
			if isJSONLPath(a.Path) {
				total.Add(1)
			}
			held.add(1)
			pending = append(pending, a)
			if len(pending) < batch {
				return nil
			}
			return check()
		})
		if err == nil {
			err = check()
		}
		if err != nil {
			readErr = err
			cancel(err)
		}
	}()

	// Stage 2: extraction on the worker pool, in input order, collected in
	// batches for the writer.
	batches := make(chan []graph.Document, 1)
	var extractErr error
	readers.Add(1)
	go func() {
		defer readers.Done()
		defer close(batches)
		var docs []graph.Document
		send := func() error {
			if len(docs) == 0 {
				return nil
			}
			select {
			case batches <- docs:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			docs = make([]graph.Document, 0, batch)
			return nil
		}
		err := loader.Map(ctx, p.Workers, todo, p.Document, func(d graph.Document) error {
			docs = append(docs, d)
			if len(docs) < batch {
				return nil
			}
			return send()
		})
		if err == nil {
			err = send()
		}
		if err != nil {
			extractErr = err
			cancel(err)
		}
	}()

	// Stage 3: the writer.
	var writeErr error
	for docs := range batches {
		if writeErr != nil {
			held.add(-len(docs))
			continue
		}
		st, err := store.LoadWith(ctx, docs, neo4jstore.LoadOptions{Force: o.Reextract, Overrides: o.Overrides})
		sum.Stats.Add(st)
		for _, r := range st.Rejected { // an input failed: named, counted, the rest goes on
			if p.OnError != nil {
				p.OnError(r)
			}
		}
		held.add(-len(docs))
		if err != nil {
			writeErr = err
			cancel(err)
			continue
		}
		progress.Lock()
		sum.Unchanged += st.Unchanged
		progress.Unlock()
		report(st.Facts, len(docs))
	}
	readers.Wait()
	sum.MostInFlight = int(held.most.Load())
	sum.Read = sum.Unchanged + sum.Stats.Articles + len(sum.Stats.Rejected)
	sum.Elapsed = time.Since(start)
	for _, err := range []error{writeErr, readErr, extractErr} {
		if err != nil && !errors.Is(err, context.Canceled) {
			return sum, err
		}
	}
	if err := parent.Err(); err != nil {
		return sum, err
	}
	if o.Overrides != nil {
		st, err := store.ApplyOverrides(ctx, o.Overrides)
		sum.Stats.Add(st)
		if err != nil {
			return sum, err
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// checkHashes reads the graph's state of arts and passes to next, in order,
// those to extract: all with reextract, else those new or changed. It
// returns how many it skipped as unchanged, and how many of those an
// extractor of another version wrote.
func checkHashes(ctx context.Context, store *neo4jstore.Store, arts []source.Article, reextract bool, next func(source.Article) error) (skipped, stale int, err error) {
	states := map[string]neo4jstore.ArticleState{}
	if !reextract {
		keys := make([]string, len(arts))
		for i, a := range arts {
			keys[i] = strings.TrimSpace(a.ID)
		}
		if states, err = store.ArticleStates(ctx, keys); err != nil {
			return 0, 0, err
		}
	}
	for _, a := range arts {
		st, known := states[strings.TrimSpace(a.ID)]
		if known && st.SHA256 != "" && st.SHA256 == a.SHA256 {
			skipped++
			if st.ExtractorVersion != extract.Version {
				stale++
			}
			continue
		}
		if err := next(a); err != nil {
			return skipped, stale, err
		}
	}
	return skipped, stale, nil
}

func isJSONLPath(path string) bool {
	file, _ := graph.SplitLine(path)
	f, err := source.FormatOf(file)
	return err == nil && f == source.FormatJSONL
}
