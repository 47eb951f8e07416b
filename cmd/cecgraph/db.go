package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/queries"
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

func (a *app) schemaCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Apply the graph schema (uniqueness constraints, full-text index) and nothing else",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			if err := store.ApplySchema(ctx); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "schema applied to %s/%s (%d statements)\n", a.cfg.Neo4j.URI, a.cfg.Neo4j.Database, len(neo4jstore.SchemaStatements()))
			return nil
		},
	}
}

func (a *app) doctorCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check that Neo4j is reachable; print its version and node counts by label",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			fmt.Fprintf(a.stdout, "neo4j uri:      %s\n", a.cfg.Neo4j.URI)
			fmt.Fprintf(a.stdout, "database:       %s\n", a.cfg.Neo4j.Database)
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			info, err := store.Info(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "reachable:      yes\n")
			fmt.Fprintf(a.stdout, "server:         Neo4j %s %s\n", info.Version, info.Edition)
			fmt.Fprintf(a.stdout, "nodes:          %d\n", info.Nodes)
			fmt.Fprintf(a.stdout, "relationships:  %d\n", info.Relationships)
			for _, lc := range info.Labels {
				fmt.Fprintf(a.stdout, "  %-16s %d\n", lc.Label, lc.Count)
			}
			return nil
		},
	}
}

func (a *app) queryCommand() *cobra.Command {
	var params []string
	var write bool
	var format string
	cmd := &cobra.Command{
		Use:   "query 'CYPHER' [--param k=v]... [--write] [--format table|csv|json|markdown]",
		Short: "Run raw Cypher (read-only unless --write)",
		Long: `query runs one Cypher statement. It runs in a read transaction and refuses a
statement that writes unless --write is given. Parameters are passed as $k with
--param k=v; v is typed: 42 → integer, 4.2 → float, true/false → boolean,
2024-10-05 → date string, [a,b] → list of strings, anything else → string.`,
		Example: `  cecgraph query 'MATCH (b:ElectoralBody) RETURN b.key, b.name ORDER BY b.key'
  cecgraph query 'MATCH (c:Country {key:$cc})<-[:OF_COUNTRY]-(b) RETURN b.key' --param cc=KZ`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ps, err := parseParams(params)
			if err != nil {
				return err
			}
			if err := checkFormat(format); err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			t, err := store.Run(ctx, args[0], ps, write)
			if err != nil {
				return err
			}
			return queries.Write(a.stdout, t, format)
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "query parameter k=v (repeatable)")
	cmd.Flags().BoolVar(&write, "write", false, "allow the statement to write")
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(queries.Formats, ", "))
	return cmd
}

func checkFormat(f string) error {
	for _, x := range queries.Formats {
		if x == f {
			return nil
		}
	}
	return fmt.Errorf("--format %q: want one of %s", f, strings.Join(queries.Formats, ", "))
}

// parseParams turns k=v pairs into typed query parameters.
func parseParams(kvs []string) (map[string]any, error) {
	out := map[string]any{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want name=value", kv)
		}
		out[k] = typedValue(v)
	}
	return out, nil
}

func typedValue(v string) any {
	if i, err := strconv.ParseInt(v, 10, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil && strings.ContainsAny(v, ".eE") {
		return f
	}
	switch v {
	case "true":
		return true
	case "false":
		return false
	}
	if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
		inner := strings.TrimSpace(v[1 : len(v)-1])
		list := []any{}
		if inner != "" {
			for _, p := range strings.Split(inner, ",") {
				list = append(list, typedValue(strings.TrimSpace(p)))
			}
		}
		return list
	}
	return v
}

func (a *app) reportCommand() *cobra.Command {
	var format string
	args := map[string]*string{}
	cmd := &cobra.Command{
		Use:   "report NAME [--PARAM value]... [--format table|csv|json|markdown]",
		Short: "Run a canned report ('report list' shows them)",
		Long:  "report runs one report of the catalogue. Reports:\n\n" + reportList(),
		Example: `  cecgraph report list
  cecgraph report memoranda --country KZ
  cecgraph report memoranda --country KZ --status signed --format csv`,
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
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			t, err := r.Run(ctx, store, given)
			if err != nil {
				return err
			}
			return queries.Write(a.stdout, t, format)
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
	return cmd
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
			fmt.Fprintf(&b, "      --%-10s %s (%s%s)\n", p.Name, p.Doc, p.Type, req)
		}
	}
	return b.String()
}
