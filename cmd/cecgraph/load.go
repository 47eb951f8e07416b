package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

func (a *app) loadCommand() *cobra.Command {
	var batch int
	cmd := &cobra.Command{
		Use:   "load FILE|DIR|- ...",
		Short: "Extract articles and write them into Neo4j (idempotent)",
		Long: `load applies the schema (a uniqueness constraint on every label's key), extracts
every article like 'extract' does, and writes articles, countries, electoral bodies,
organisations, persons and facts into Neo4j in batches (UNWIND … MERGE). Loading the
same articles again creates nothing. Inputs that cannot be read are reported and
counted (exit code 2); a database that cannot be reached stops the run.`,
		Example: `  cecgraph load examples/
  CECGRAPH_NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io cecgraph load articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			if err := store.ApplySchema(ctx); err != nil {
				return err
			}
			p, failed, err := a.newPipeline()
			if err != nil {
				return err
			}
			start := time.Now()
			var total neo4jstore.LoadStats
			var pending []graph.Document
			facts := 0
			flush := func() error {
				if len(pending) == 0 {
					return nil
				}
				st, err := store.Load(ctx, pending)
				if err != nil {
					return err
				}
				total.Add(st)
				pending = pending[:0]
				return nil
			}
			_, err = p.Run(ctx, args, a.stdin, func(d graph.Document) error {
				pending = append(pending, d)
				facts += len(d.Facts)
				if len(pending) >= batch {
					return flush()
				}
				return nil
			})
			if err == nil {
				err = flush()
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "loaded %d articles (%d facts) into %s/%s in %s: %d nodes and %d relationships created, %d failed inputs\n",
				total.Articles, facts, a.cfg.Neo4j.URI, a.cfg.Neo4j.Database, time.Since(start).Round(time.Millisecond),
				total.NodesCreated, total.RelationshipsCreated, *failed)
			if *failed > 0 {
				return partialError{failed: *failed}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&batch, "docs-per-transaction", 200, "articles written per round of batched transactions")
	return cmd
}
