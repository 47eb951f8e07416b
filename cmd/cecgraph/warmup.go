package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/loader/ingest"
)

// defaultWarmupTimeout bounds a warm-up when --timeout is not given.
const defaultWarmupTimeout = 3 * time.Minute

func (a *app) warmupCommand() *cobra.Command {
	var (
		articles  int
		rehearsed int
		scratch   string
		timeout   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "warmup",
		Short: "Warm up a Neo4j server just started for loads and removals, changing nothing",
		Long: `warmup rehearses a load and a removal of generated articles in one transaction
that is rolled back: the server plans the statements of cecgraph load and cecgraph
remove and compiles the code that runs them, and the graph stays exactly as it was.
On a server just started, the first removal of 20,000 of 200,000 articles took two
to three times as long as the next one, most of it the server compiling its own code.

What a rolled-back rehearsal never runs is a commit. With --scratch, the articles are
first loaded and removed for real in that database, which must be empty: an empty
database of the same server process, which make neo4j-up (scripts/neo4j.sh) starts
for the warm-up and deletes after it; make neo4j-up runs this command so
(NEO4J_WARMUP=0 skips it).

It prints one line: what it did and how long it took. It gives up, rolling back,
after --timeout; when another cecgraph run holds the load lease it does nothing.`,
		Example: `  cecgraph warmup
  cecgraph warmup --articles 300 --timeout 1m`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if articles < 1 {
				return fmt.Errorf("--articles must be at least 1, not %d", articles)
			}
			if timeout <= 0 {
				return fmt.Errorf("--timeout must be positive, not %s", timeout)
			}
			start := time.Now()
			// The timeout is on the context the store watches: when it runs
			// out, the rehearsal's transaction is terminated on the server
			// too (Store.Watch).
			ctx, cancel := context.WithTimeoutCause(cmd.Context(), timeout, errWarmupTimeout)
			defer cancel()
			timedOut := func() error {
				return fmt.Errorf("warm-up of %s/%s stopped after its timeout of %s (--timeout), rolled back: nothing written",
					neo4jstore.RedactURI(a.cfg.Neo4j.URI), a.cfg.Neo4j.Database, timeout)
			}
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				if errors.Is(context.Cause(ctx), errWarmupTimeout) {
					return timedOut()
				}
				return err
			}
			defer store.Close(context.WithoutCancel(ctx))
			store.SetLeaseName("cecgraph warmup")
			p, _, err := a.newPipeline()
			if err != nil {
				return err
			}
			o := ingest.WarmupOptions{Articles: articles, Rehearse: rehearsed}
			if scratch != "" {
				// The scratch database has no authentication (scripts/neo4j.sh
				// starts it); it is watched like the store.
				s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: scratch, BatchSize: a.cfg.Neo4j.BatchSize,
					Timeout: a.cfg.Neo4j.Timeout, TransactionTimeout: a.cfg.Neo4j.TransactionTimeout})
				if err != nil {
					if errors.Is(context.Cause(ctx), errWarmupTimeout) {
						return timedOut()
					}
					return fmt.Errorf("the scratch database: %w", err)
				}
				defer s.Close(context.WithoutCancel(ctx))
				ctx = s.Watch(ctx)
				s.SetLeaseName("cecgraph warmup")
				o.Scratch = s
			}
			sum, err := ingest.Warmup(ctx, store, p, o)
			if lh, ok := errors.AsType[*neo4jstore.LeaseHeldError](err); ok {
				fmt.Fprintf(a.stdout, "warm-up of %s/%s skipped after %s: %s holds the load lease\n",
					store.URI(), store.Database(), time.Since(start).Round(100*time.Millisecond), lh.Holder)
				return nil
			}
			if err != nil && errors.Is(context.Cause(ctx), errWarmupTimeout) {
				return timedOut()
			}
			if err != nil {
				return fmt.Errorf("warm-up of %s/%s failed after %s, rolled back (nothing written): %w",
					store.URI(), store.Database(), time.Since(start).Round(100*time.Millisecond), err)
			}
			var did string
			switch {
			case o.Scratch != nil && sum.Rehearsed > 0:
				did = fmt.Sprintf("in the scratch database %s, then %d of them in one transaction here, rolled back: nothing written", o.Scratch.URI(), sum.Rehearsed)
			case o.Scratch != nil:
				did = fmt.Sprintf("in the scratch database %s: nothing written here", o.Scratch.URI())
			default:
				did = "in one transaction, rolled back: nothing written"
			}
			fmt.Fprintf(a.stdout, "warmed up %s/%s in %s: loaded and removed %d generated articles (%d facts) %s\n",
				store.URI(), store.Database(), time.Since(start).Round(100*time.Millisecond), sum.Articles, sum.Facts, did)
			return nil
		},
	}
	cmd.Flags().IntVar(&articles, "articles", ingest.DefaultWarmupArticles, "generated articles to load and remove")
	cmd.Flags().IntVar(&rehearsed, "rehearsed", 0, "how many of them the rehearsal rolled back loads and removes (0: all, -1: no rehearsal)")
	cmd.Flags().StringVar(&scratch, "scratch", "", "Bolt URI of an empty scratch database of the same server to load and remove the articles in for real first (scripts/neo4j.sh starts one)")
	cmd.Flags().DurationVar(&timeout, "timeout", defaultWarmupTimeout, "give up (rolling back) after this long")
	return cmd
}

// errWarmupTimeout is the cause of a warm-up's context when --timeout ran out.
var errWarmupTimeout = errors.New("the warm-up's timeout ran out")
