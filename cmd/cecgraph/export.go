package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/queries/export"
)

func (a *app) exportCommand() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format jsonl|graphml|admin-csv|observations [--out DIR|FILE]",
		Short: "Export the graph: JSON lines, GraphML, neo4j-admin import CSVs, or an observation table",
		Long: `export reads the whole graph (read-only) and writes it for other tools:

  jsonl         every node and relationship with its properties, one JSON object per line
  graphml       a GraphML file for Gephi and Cytoscape
  admin-csv     a directory of node and relationship CSV files in the header format of
                'neo4j-admin database import full', with import.sh to run the import
  observations  a CSV table, one row per observer and election (observer key and type, host
                country, year, election kind, first and last report, source URLs), to join
                with election-monitoring datasets such as NELDA or DIEM by country and year

Nodes are named by their labels and key (ElectoralBody:KZ/CEC). Without --out the file
formats go to standard output; admin-csv needs --out DIR.`,
		Example: `  cecgraph export --format jsonl > graph.jsonl
  cecgraph export --format graphml --out graph.graphml
  cecgraph export --format admin-csv --out import/
  cecgraph export --format observations --out observations.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !containsString(export.Formats, format) {
				return fmt.Errorf("--format %q: want one of %s", format, strings.Join(export.Formats, ", "))
			}
			if format == "admin-csv" && out == "" {
				return fmt.Errorf("--format admin-csv writes a directory of files: give it with --out DIR")
			}
			ctx := cmd.Context()
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			sum, err := export.Write(ctx, store, format, export.Options{Out: out, Stdout: a.stdout})
			if err != nil {
				return err
			}
			if out != "" {
				what := fmt.Sprintf("%d nodes and %d relationships", sum.Nodes, sum.Relationships)
				if format == "observations" {
					what = fmt.Sprintf("%d observer × election rows", sum.Rows)
				}
				fmt.Fprintf(a.stdout, "exported %s to %s (%d files)\n", what, out, len(sum.Files))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "export format: "+strings.Join(export.Formats, ", ")+" (required)")
	cmd.Flags().StringVar(&out, "out", "", "output file (directory for admin-csv); default: standard output")
	_ = cmd.MarkFlagRequired("format")
	return cmd
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
