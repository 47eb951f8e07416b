package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/queries"
)

func (a *app) reportCommand() *cobra.Command {
	var format string
	var width int
	args := map[string]*string{}
	cmd := &cobra.Command{
		Use:   "report NAME [--PARAM value]... [--format table|csv|json|markdown]",
		Short: "Run a canned report ('report list' shows them)",
		Long:  "report runs one report of the catalogue. Reports:\n\n" + reportList(),
		Example: `  cecgraph report list
  cecgraph report memoranda --country KZ
  cecgraph report memoranda --body KZ/CEC --status signed --format csv
  cecgraph report meetings --country KZ --since 2024-01-01
  cecgraph report person --name 'Нурлана Абдирова'
  cecgraph report evidence --fact 'memorandum|KG/CEC+KZ/CEC'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, pos []string) error {
			if pos[0] == "list" {
				fmt.Fprint(a.stdout, reportList())
				return nil
			}
			r, err := queries.Lookup(pos[0])
			if err != nil {
				return err
			}
			if err := checkFormat(format); err != nil {
				return err
			}
			given := map[string]string{}
			for name, v := range args {
				if cmd.Flags().Changed(name) {
					if _, ok := r.Param(name); !ok {
						return fmt.Errorf("report %s has no parameter --%s", r.Name, name)
					}
					given[name] = *v
				}
			}
			// validate before connecting: a bad parameter is the user's error, not the database's
			if _, err := r.Bind(given); err != nil {
				return err
			}
			ctx := cmd.Context()
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			t, err := r.Run(ctx, store, given)
			if err != nil {
				return err
			}
			return queries.WriteWidth(a.stdout, t, format, tableWidth(a, width))
		},
	}
	names := map[string]string{}
	for _, r := range queries.Catalogue() {
		for _, p := range r.Params {
			if _, ok := names[p.Name]; !ok {
				names[p.Name] = p.Doc
			}
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		args[k] = cmd.Flags().String(k, "", names[k])
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(queries.Formats, ", "))
	addWidthFlag(cmd, &width)
	return cmd
}

// addWidthFlag adds --width, the line width of the table format.
func addWidthFlag(cmd *cobra.Command, width *int) {
	cmd.Flags().IntVar(width, "width", 0, "cut the table format to this many columns (0: the terminal's width, or no limit when not printing to a terminal; -1: no limit)")
}

// tableWidth is the width tables are cut to: the --width flag when given,
// else the terminal's.
func tableWidth(a *app, flag int) int {
	switch {
	case flag > 0:
		return flag
	case flag < 0:
		return 0
	}
	return queries.TerminalWidth(a.stdout)
}

func reportList() string {
	var b strings.Builder
	for _, r := range queries.Catalogue() {
		fmt.Fprintf(&b, "  %-14s %s\n", r.Name, r.Doc)
		for _, p := range r.Params {
			req := ""
			if p.Required {
				req = ", required"
			}
			for _, g := range r.OneOf {
				if slices.Contains(g, p.Name) {
					req = ", or --" + strings.Join(slices.DeleteFunc(slices.Clone(g), func(n string) bool { return n == p.Name }), ", --")
				}
			}
			fmt.Fprintf(&b, "      --%-10s %s (%s%s)\n", p.Name, p.Doc, p.Type, req)
		}
	}
	return b.String()
}
