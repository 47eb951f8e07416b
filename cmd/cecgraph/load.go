package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/ingest"
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
				slog.Info("gave facts written by an older version their sides list and sort keys", "facts", n)
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
			prog := newProgress(a.stderr, progress, a.log)
			res, err := ingest.Load(ctx, store, p, args, ingest.Options{
				Batch: batch, Reextract: reextract, Overrides: ov, Stdin: a.stdin, OnProgress: prog.update,
			})
			prog.finish()
			if err != nil {
				return err
			}
			sum := loadSummary{Summary: res, failed: *failed}
			// A judgement on a fact the load did not bring is an error, after
			// the summary of what was loaded.
			var judgeErr error
			sum.judged, judgeErr = finishLoad(ctx, store, onFacts)
			if err := refreshTables(ctx, store); err != nil {
				return err
			}
			sum.elapsed = time.Since(start)
			sum.leaseWait = store.LeaseWaited()
			sum.print(a.stdout, store.URI(), store.Database())
			if judgeErr != nil {
				return judgeErr
			}
			for _, key := range sum.Stats.Unsplit {
				fmt.Fprintf(a.stderr, "cecgraph: the override file gives the names of person %q to several persons, who were merged before; "+
					"to split them, load the articles that name them again with --reextract and the override file "+
					"(list them: cecgraph query 'MATCH (a:Article)-[:MENTIONS]->(:Person {key: $k}) RETURN a.path' --param %s)\n",
					key, shellQuote("k="+key))
			}
			if sum.Stale > 0 {
				fmt.Fprintf(a.stderr, "cecgraph: %d unchanged articles were extracted by another extractor version than %s; run 'cecgraph load --reextract' to redo them\n",
					sum.Stale, extract.Version)
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

// loadSummary is what a load run did, as the summary line tells it.
type loadSummary struct {
	ingest.Summary
	failed    int
	elapsed   time.Duration
	leaseWait time.Duration // part of elapsed spent waiting for another run's lease
	judged    neo4jstore.JudgementStats
}

// print writes the summary: one line, plus one on resolution when it did anything.
func (s loadSummary) print(w io.Writer, uri, db string) {
	st := s.Stats
	deleted := "none deleted"
	if st.NodesDeleted+st.RelationshipsDeleted > 0 {
		deleted = fmt.Sprintf("%d nodes and %d relationships deleted", st.NodesDeleted, st.RelationshipsDeleted)
	}
	fmt.Fprintf(w, "loaded %d articles (%d facts) into %s/%s in %s: %d new, %d unchanged, %d replaced, %d failed inputs; "+
		"%d nodes and %d relationships created, %s\n",
		s.Read, s.Facts, uri, db, s.elapsed.Round(time.Millisecond), st.New, s.Unchanged, st.Replaced, s.failed,
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

// shellQuote quotes s for a POSIX shell, so that a hint can be pasted.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
