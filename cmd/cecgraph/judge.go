package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/judgementyaml"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/queries"
)

// judgeCommand is `cecgraph judge`: analysts' corrections kept in the graph.
func (a *app) judgeCommand() *cobra.Command {
	var who, why string
	cmd := &cobra.Command{
		Use:   "judge reject|confirm|set|alias|same|not-same|withdraw|list|export|import …",
		Short: "Correct the graph: reject, confirm or correct facts, alias names to keys (kept in the graph, applied after every load)",
		Long: `judge records an analyst's judgement in the graph, applies it at once, and
every load, --reextract and remove applies it again:

  reject FACT_KEY            the fact leaves every report and the Browser guide,
                             whatever the articles say; 'report evidence' still shows it
  confirm FACT_KEY           reviewed: it leaves the review queue, and stays with the
                             evidence it had when no article reports it any more
  set FACT_KEY attr=value…   corrects status (memorandum), year, date or purpose
  alias NAME KEY             an entity the extractor names NAME gets KEY on every
                             later extraction (load --reextract to apply it to loaded articles)
  same NAME NAME…            these names are one person (as in the --overrides file)
  not-same NAME NAME…        these names are different persons
  withdraw KIND TARGET…      takes a judgement back (KIND and its fact key, name or names)
  list                       the judgements in force
  export                     the judgements as a YAML file (load them with load --judgements)
  import FILE                stores the judgements of a YAML file

A judgement on a fact key the graph does not hold is an error. Fact keys are
the ones reports print (report review lists the least confident facts).`,
		Example: `  cecgraph report review --limit 5
  cecgraph judge reject 'meeting|AZ/CEC+MD/CEC' --why 'they only sat in the same room'
  cecgraph judge set 'memorandum|KG/CEC+KZ/CEC' status=signed year=2019 --why 'the signed text'
  cecgraph judge alias 'Comelec' PH/CEC --why 'the Philippine commission'
  cecgraph judge withdraw reject 'meeting|AZ/CEC+MD/CEC'
  cecgraph judge export > judgements.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			verb, rest := args[0], args[1:]
			if who == "" {
				who = defaultWho()
			}
			switch verb {
			case "list":
				return a.judgeRead(cmd.Context(), rest, func(js []graph.Judgement) error { return printJudgements(a.stdout, js) })
			case "export":
				return a.judgeRead(cmd.Context(), rest, func(js []graph.Judgement) error { return judgementyaml.Write(a.stdout, js) })
			case "import":
				if len(rest) != 1 {
					return errors.New("judge import takes one YAML file")
				}
				js, err := judgementyaml.ReadFile(rest[0])
				if err != nil {
					return err
				}
				return a.judgeSave(cmd.Context(), js)
			case "withdraw":
				if len(rest) < 2 {
					return errors.New("judge withdraw takes a kind and its target: withdraw reject FACT_KEY, withdraw alias NAME, withdraw same NAME NAME…")
				}
				j, err := judgementFromArgs(graph.JudgementKind(rest[0]), rest[1:], true)
				if err != nil {
					return err
				}
				return a.judgeWithdraw(cmd.Context(), j)
			}
			j, err := judgementFromArgs(graph.JudgementKind(verb), rest, false)
			if err != nil {
				return err
			}
			j.Who, j.Why, j.When = who, why, time.Now().UTC().Truncate(time.Second)
			if err := j.Check(); err != nil {
				return err
			}
			return a.judgeSave(cmd.Context(), []graph.Judgement{j})
		},
	}
	cmd.Flags().StringVar(&who, "who", "", "who makes the judgement (default: the login name)")
	cmd.Flags().StringVar(&why, "why", "", "why: the reason, kept with the judgement")
	return cmd
}

// defaultWho is the login name of the user, or "analyst".
func defaultWho() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "analyst"
}

// judgementFromArgs builds a judgement of kind from the words after it; for
// withdraw (target only) the words that name it are enough.
func judgementFromArgs(kind graph.JudgementKind, args []string, targetOnly bool) (graph.Judgement, error) {
	j := graph.Judgement{Kind: kind}
	switch kind {
	case graph.JudgeReject, graph.JudgeConfirm:
		if len(args) != 1 {
			return j, fmt.Errorf("judge %s takes one fact key", kind)
		}
		j.Target = args[0]
	case graph.JudgeSet:
		if targetOnly && len(args) == 1 {
			j.Target = args[0]
			return j, nil
		}
		if len(args) < 2 {
			return j, errors.New("judge set takes a fact key and attr=value words, e.g. status=signed year=2019")
		}
		j.Target = args[0]
		attrs, err := graph.ParseAttrs(args[1:])
		if err != nil {
			return j, err
		}
		j.Attrs = attrs
	case graph.JudgeAlias:
		if targetOnly && len(args) == 1 {
			j.Target = args[0]
			return j, nil
		}
		if len(args) != 2 {
			return j, errors.New("judge alias takes a name and a key, e.g. alias 'Comelec' PH/CEC")
		}
		j.Target, j.Key = args[0], args[1]
	case graph.JudgeSame, graph.JudgeNotSame:
		if len(args) < 2 {
			return j, fmt.Errorf("judge %s takes two or more names", kind)
		}
		j.Names = args
	default:
		return j, fmt.Errorf("unknown judgement %q (want reject, confirm, set, alias, same, not-same, withdraw, list, export or import)", kind)
	}
	return j, nil
}

// judgeSave stores judgements and prints what applying them changed.
func (a *app) judgeSave(ctx context.Context, js []graph.Judgement) error {
	store, ctx, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	store.SetLeaseName("cecgraph judge")
	st, err := store.SaveJudgements(ctx, js)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "stored %d judgements; %s\n", st.Stored, judgementSummary(st))
	if err := a.resolvePersonsAgain(ctx, store, js); err != nil {
		return err
	}
	return refreshTables(ctx, store)
}

// refreshTables rewrites the tables that reports read, when the run
// changed the graph (queries.RefreshTables).
func refreshTables(ctx context.Context, store *neo4jstore.Store) error {
	began := time.Now()
	done, err := queries.RefreshTables(ctx, store)
	if done {
		slog.Debug("rewrote the tables of reports", "elapsed", time.Since(began))
	}
	return err
}

// resolvePersonsAgain resolves again, when js has same or not-same
// judgements, the persons they name, with every person judgement in force
// (as load --overrides does), and says how to split persons merged before.
func (a *app) resolvePersonsAgain(ctx context.Context, store *neo4jstore.Store, js []graph.Judgement) error {
	persons := false
	for _, j := range js {
		persons = persons || j.Kind == graph.JudgeSame || j.Kind == graph.JudgeNotSame
	}
	if !persons {
		return nil
	}
	all, err := store.Judgements(ctx)
	if err != nil {
		return err
	}
	st, err := store.ApplyOverrides(ctx, resolve.WithJudgements(nil, all))
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "resolution: %d person nodes merged, %d names resolved differently because of the judgements\n",
		st.PersonsMerged, st.OverrideChanges)
	for _, key := range st.Unsplit {
		fmt.Fprintf(a.stderr, "cecgraph: the judgements give the names of person %q to several persons, who were merged before; "+
			"to split them, load the articles that name them again with --reextract\n", key)
	}
	return nil
}

// judgeWithdraw withdraws one judgement.
func (a *app) judgeWithdraw(ctx context.Context, j graph.Judgement) error {
	store, ctx, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	store.SetLeaseName("cecgraph judge")
	found, st, err := store.WithdrawJudgement(ctx, j)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no judgement %s in the graph (cecgraph judge list shows them)", j.ID())
	}
	fmt.Fprintf(a.stdout, "withdrew %s; %s\n", j.ID(), judgementSummary(st))
	return refreshTables(ctx, store)
}

// judgeRead reads the judgements in force and hands them to show.
func (a *app) judgeRead(ctx context.Context, rest []string, show func([]graph.Judgement) error) error {
	if len(rest) > 0 {
		return fmt.Errorf("unexpected arguments %q", rest)
	}
	store, ctx, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	js, err := store.Judgements(ctx)
	if err != nil {
		return err
	}
	return show(js)
}

// printJudgements prints judgements as an aligned table.
func printJudgements(w io.Writer, js []graph.Judgement) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\ttarget\tvalue\twho\twhen\twhy")
	for _, j := range js {
		target, value := j.Target, j.Key
		switch j.Kind {
		case graph.JudgeSet:
			value = strings.Join(j.AttrList(), " ")
		case graph.JudgeSame, graph.JudgeNotSame:
			target = strings.Join(j.Names, " | ")
		}
		if value == "" {
			value = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", j.Kind, target, value, j.Who, j.When.Format("2006-01-02"), j.Why)
	}
	return tw.Flush()
}

// judgementSummary says what applying judgements changed, by kind.
func judgementSummary(st neo4jstore.JudgementStats) string {
	return fmt.Sprintf("facts rejected %d (unrejected %d), confirmed %d (of them no longer reported %d), corrected %d (restored %d)",
		st.Rejected, st.Unrejected, st.Confirmed, st.Unreported, st.Corrected, st.Uncorrected)
}

// loadJudgements prepares a load's judgements: it reads the judgement file
// (if any), stores its judgements that need no fact (aliases, same and
// not-same) before the articles are written, so that they act on this
// load's extraction, and returns the file's judgements on facts, to be
// stored after the writes, and every judgement then in force.
func loadJudgements(ctx context.Context, store *neo4jstore.Store, file string) (onFacts, all []graph.Judgement, err error) {
	var before []graph.Judgement
	if file != "" {
		js, err := judgementyaml.ReadFile(file)
		if err != nil {
			return nil, nil, err
		}
		for _, j := range js {
			if j.OnFact() {
				onFacts = append(onFacts, j)
			} else {
				before = append(before, j)
			}
		}
	}
	if len(before) > 0 {
		if _, err := store.SaveJudgements(ctx, before); err != nil {
			return nil, nil, err
		}
	}
	all, err = store.Judgements(ctx)
	return onFacts, all, err
}

// finishLoad stores the judgement file's judgements on facts (storing
// applies them all), or else applies every judgement in force, and returns
// what that changed. When the file names a fact the graph does not hold,
// the judgements already stored are applied still, and the error says so.
func finishLoad(ctx context.Context, store *neo4jstore.Store, onFacts []graph.Judgement) (neo4jstore.JudgementStats, error) {
	if len(onFacts) > 0 {
		st, err := store.SaveJudgements(ctx, onFacts)
		if err == nil {
			return st, nil
		}
		if _, ok := errors.AsType[*neo4jstore.UnknownFactsError](err); !ok {
			return st, err
		}
		applied, aerr := store.ApplyJudgements(ctx)
		if aerr != nil {
			return applied, aerr
		}
		return applied, fmt.Errorf("the judgement file: %w", err)
	}
	return store.ApplyJudgements(ctx)
}

// finishDocuments is the pipeline's last stage for a load: the analyst's
// aliases, then the confidence scores.
func finishDocuments(aliases graph.Aliases, score func(*graph.Document)) func(*graph.Document) {
	return func(d *graph.Document) {
		aliases.Apply(d)
		score(d)
	}
}
