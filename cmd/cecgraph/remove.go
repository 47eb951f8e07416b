package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/ingest"
)

func (a *app) removeCommand() *cobra.Command {
	var overrides string
	cmd := &cobra.Command{
		Use:   "remove PATH|KEY ...",
		Short: "Retract articles from the graph (by file, directory or article key)",
		Long: `remove retracts articles the way load replaces a changed one: their REPORTED_IN
and MENTIONS edges and their share of people's positions go; facts reported only by
them disappear, facts also reported elsewhere stay; electoral bodies, organisations,
people and countries no remaining article mentions are deleted. An argument that is
an existing file or directory names the articles read from it; any other argument
is an article key (the file name without extension, e.g. k02).`,
		Example: `  cecgraph remove articles/old-news.txt
  cecgraph remove k02 k05`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ov *resolve.Overrides
			if overrides != "" {
				var err error
				if ov, err = resolve.LoadOverrides(overrides); err != nil {
					return err
				}
			}
			start := time.Now()
			ctx := cmd.Context()
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(context.WithoutCancel(ctx))
			store.SetLeaseName("cecgraph remove")
			failed := 0
			p := &loader.Pipeline{
				Workers: a.cfg.Extract.Workers,
				OnError: func(err error) {
					failed++
					fmt.Fprintln(a.stderr, "cecgraph: skipped:", err)
				},
			}
			sum, err := ingest.Remove(ctx, store, p, args, a.stdin, ov)
			if err != nil {
				return err
			}
			// Confirmed facts whose articles went keep their evidence (judge.go);
			// the removal recomputed the confidence of the facts it changed.
			js, err := store.ApplyJudgementsAfterRemoval(ctx)
			if err != nil {
				return err
			}
			if err := refreshTables(ctx, store); err != nil {
				return err
			}
			st := sum.Stats
			fmt.Fprintf(a.stdout, "removed %d articles (%d not in the graph) from %s/%s in %s: %d nodes and %d relationships deleted\n",
				st.Removed, sum.Named-st.Removed, store.URI(), store.Database(), time.Since(start).Round(time.Millisecond),
				st.NodesDeleted, st.RelationshipsDeleted)
			printLeftovers(a.stdout, st.Leftovers)
			printLeaseWait(a.stdout, store.LeaseWaited())
			if js.Unreported > 0 {
				fmt.Fprintf(a.stdout, "judgements: %d confirmed facts no article reports any more kept, with their evidence\n", js.Unreported)
			}
			if failed > 0 {
				return partialError{failed: failed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&overrides, "overrides", "", "YAML file of person judgements, as for load")
	return cmd
}
