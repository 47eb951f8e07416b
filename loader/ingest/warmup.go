package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/source"
	"github.com/cecgraph/cecgraph/loader/synth"
	"github.com/cecgraph/cecgraph/queries"
)

// DefaultWarmupArticles is the number of generated articles Warmup loads
// and removes when asked for none.
const DefaultWarmupArticles = 1000

// WarmupKeyPrefix starts the key of every article Warmup generates.
const WarmupKeyPrefix = "cecgraph-warmup-"

// warmupSeed is the seed of Warmup's generated articles: the same articles
// on every run.
const warmupSeed = 1

// ErrScratchNotEmpty is what Warmup returns, before writing anything, when
// the scratch database holds nodes: it may be someone's graph.
var ErrScratchNotEmpty = errors.New("the scratch database is not empty; a warm-up writes only to an empty one")

// WarmupOptions say how to warm up.
type WarmupOptions struct {
	// Articles is the number of generated articles; 0 means
	// DefaultWarmupArticles.
	Articles int
	// Rehearse is the number of them the rehearsal on the store loads and
	// removes (the first ones); 0 means all, below 0 none.
	Rehearse int
	// Scratch, when set, is an empty database that the warm-up loads the
	// articles into and removes them from for real, committing, before
	// the rehearsal (a database of the server's JVM that no one uses:
	// scripts/neo4j.sh starts one). It is left without articles.
	Scratch *neo4jstore.Store
}

// WarmupSummary is what a warm-up did.
type WarmupSummary struct {
	// Articles and Facts count the generated articles and their facts.
	Articles, Facts int
	// Scratch sums what the load and the removal did in the scratch
	// database, when there was one.
	Scratch neo4jstore.LoadStats
	// Rehearsed is the number of articles the rehearsal loaded and removed;
	// Load and Remove sum what it did, all of it rolled back.
	Rehearsed    int
	Load, Remove neo4jstore.LoadStats
	// Elapsed is the time the warm-up took, generating the articles included.
	Elapsed time.Duration
}

// Warmup warms up the server of store for loads and removals without
// changing its graph. It generates articles (loader/synth, keys starting
// with WarmupKeyPrefix) and extracts them with p; then, when o.Scratch is
// set, it runs `cecgraph load` and `cecgraph remove` of them on that
// database, for real; then, in one transaction of store that is rolled
// back at the end (neo4jstore.Store.Rehearse), it runs them again: what
// `cecgraph load` runs for them (the load, the judgements, the tables of
// reports), then what `cecgraph remove` runs. The server plans the
// statements of both in store's database, with the parameter types they
// are run with, and its JVM compiles the code that runs them, commits
// included when there is a scratch database: on a server just started that
// compiling was most of the time of a first removal.
func Warmup(ctx context.Context, store *neo4jstore.Store, p *loader.Pipeline, o WarmupOptions) (WarmupSummary, error) {
	start := time.Now()
	n := o.Articles
	if n <= 0 {
		n = DefaultWarmupArticles
	}
	sum := WarmupSummary{Articles: n}
	g := synth.New(warmupSeed)
	docs := make([]graph.Document, 0, n)
	keys := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		a := g.Next()
		key := fmt.Sprintf("%s%06d", WarmupKeyPrefix, i+1)
		sha := sha256.Sum256([]byte(a.Text()))
		d := p.Document(source.Article{ID: key, Path: key + ".txt", Format: source.FormatText, Title: a.Title, Body: a.Body,
			SHA256: hex.EncodeToString(sha[:])})
		sum.Facts += len(d.Facts)
		docs = append(docs, d)
		keys = append(keys, key)
	}
	if o.Scratch != nil {
		info, err := o.Scratch.Info(ctx)
		if err != nil {
			return sum, fmt.Errorf("the scratch database: %w", err)
		}
		if info.Nodes > 0 {
			return sum, fmt.Errorf("%s/%s holds %d nodes: %w", o.Scratch.URI(), o.Scratch.Database(), info.Nodes, ErrScratchNotEmpty)
		}
		if err := o.Scratch.ApplySchema(ctx); err != nil {
			return sum, fmt.Errorf("the scratch database: %w", err)
		}
		ld, rm, err := loadAndRemove(ctx, o.Scratch, docs, keys)
		sum.Scratch = ld
		sum.Scratch.Add(rm)
		sum.Scratch.Removed = rm.Removed
		if err != nil {
			return sum, fmt.Errorf("the scratch database: %w", err)
		}
	}
	if r := o.Rehearse; r >= 0 {
		if r == 0 || r > n {
			r = n
		}
		err := store.Rehearse(ctx, func(ctx context.Context, rs *neo4jstore.Store) error {
			var err error
			sum.Load, sum.Remove, err = loadAndRemove(ctx, rs, docs[:r], keys[:r])
			return err
		})
		if err != nil {
			return sum, err
		}
		sum.Rehearsed = r
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// loadAndRemove runs on s what `cecgraph load` of docs runs (the load, the
// judgements, the tables of reports), then what `cecgraph remove` of keys
// runs.
func loadAndRemove(ctx context.Context, s *neo4jstore.Store, docs []graph.Document, keys []string) (ld, rm neo4jstore.LoadStats, err error) {
	if ld, err = s.LoadWith(ctx, docs, neo4jstore.LoadOptions{}); err != nil {
		return ld, rm, fmt.Errorf("loading: %w", err)
	}
	if _, err := s.ApplyJudgements(ctx); err != nil {
		return ld, rm, fmt.Errorf("loading: %w", err)
	}
	if _, err := queries.RefreshTables(ctx, s); err != nil {
		return ld, rm, fmt.Errorf("loading: %w", err)
	}
	if rm, err = s.Remove(ctx, keys, nil); err != nil {
		return ld, rm, fmt.Errorf("removing: %w", err)
	}
	if _, err := s.ApplyJudgementsAfterRemoval(ctx); err != nil {
		return ld, rm, fmt.Errorf("removing: %w", err)
	}
	if _, err := queries.RefreshTables(ctx, s); err != nil {
		return ld, rm, fmt.Errorf("removing: %w", err)
	}
	return ld, rm, nil
}
