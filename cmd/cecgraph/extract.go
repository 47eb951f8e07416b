package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/judgementyaml"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/source"
)

// newPipeline builds the extraction pipeline from the configuration.
func (a *app) newPipeline() (*loader.Pipeline, *int, error) {
	ex, err := extract.New(extract.Options{HomeCountry: a.cfg.Extract.HomeCountry})
	if err != nil {
		return nil, nil, err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, nil, err
	}
	failed := 0
	p := &loader.Pipeline{
		// Every fact gets its confidence (loader.Score).
		Finish:    func(d *graph.Document) { loader.Score(d, gaz) },
		Extractor: ex,
		Cleaner:   clean.NewCleaner(),
		Workers:   a.cfg.Extract.Workers,
		OnError: func(err error) {
			failed++
			fmt.Fprintln(a.stderr, "cecgraph: skipped:", err)
		},
		OnWarning: func(path, msg string) {
			fmt.Fprintf(a.stderr, "cecgraph: warning: %s: %s\n", path, msg)
		},
		OnLarge: func(l loader.LargeProgress) {
			if !l.Done {
				fmt.Fprintf(a.stderr, "cecgraph: %s: one article of %.1f MB; extracting it takes about a second per MB\n", l.Path, float64(l.Bytes)/(1<<20))
				return
			}
			fmt.Fprintf(a.stderr, "cecgraph: %s: extracted in %s, facts: %d\n", l.Path, l.Elapsed.Round(100*time.Millisecond), l.Facts)
		},
	}
	return p, &failed, nil
}

func (a *app) extractCommand() *cobra.Command {
	var format string
	var debugClean bool
	var judgeFile string
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl|json] FILE|DIR|- ...",
		Short: "Extract entities and facts from articles, one JSON object per article (no database)",
		Long: `extract reads .txt, .html and .jsonl articles (directories recursively, '-' for
standard input), removes page furniture, and prints one JSON object per article in
the schema of the evaluation corpus (id, countries, bodies, organizations, persons,
facts), each fact with its evidence: the sentence, its byte offsets in the cleaned
text and the rule that fired, and its confidence. --judgements applies the aliases
of a judgement file (see cecgraph judge). Inputs that cannot be read are reported on
stderr and the exit code is 2; the others are still extracted.`,
		Example: `  cecgraph extract --format jsonl examples/
  cecgraph extract --format json examples/kz-japan-memorandum.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "json" {
				return fmt.Errorf("--format %q: want jsonl or json", format)
			}
			p, failed, err := a.newPipeline()
			if err != nil {
				return err
			}
			if judgeFile != "" {
				js, err := judgementyaml.ReadFile(judgeFile)
				if err != nil {
					return err
				}
				p.Finish = finishDocuments(graph.NewAliases(js), p.Finish)
			}
			if debugClean {
				p.OnCleaned = func(art source.Article, input string, r clean.Result) {
					for _, s := range r.Removed {
						fmt.Fprintf(a.stderr, "%s: cut %d..%d (%s): %q\n", graph.ShowPlace(art.Path), s.Start, s.End, s.Reason, abbreviate(input[s.Start:s.End], 80))
					}
					fmt.Fprintf(a.stderr, "%s: %d piece(s) of furniture cut\n", graph.ShowPlace(art.Path), len(r.Removed))
				}
			}
			w := bufio.NewWriterSize(a.stdout, 64*1024)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			if format == "json" {
				enc.SetIndent("", "  ")
			}
			st, err := p.Run(cmd.Context(), args, a.stdin, func(d graph.Document) error {
				return enc.Encode(d)
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			slog.Debug("extract done", "articles", st.Articles, "facts", st.Facts, "failed", st.Failed, "elapsed", st.Elapsed)
			if err != nil {
				return err
			}
			if *failed > 0 {
				return partialError{failed: *failed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl (one object per line) or json (indented)")
	cmd.Flags().StringVar(&judgeFile, "judgements", "", "YAML file of judgements whose aliases apply to the extraction (see cecgraph judge)")
	cmd.Flags().BoolVar(&debugClean, "debug-clean", false, "print every piece of page furniture that was cut, on stderr")
	return cmd
}

func abbreviate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
