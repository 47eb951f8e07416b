package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/queries"
)

func (a *app) queryCommand() *cobra.Command {
	var params []string
	var write bool
	var format string
	var width int
	cmd := &cobra.Command{
		Use:   "query 'CYPHER' [--param k=v]... [--write] [--format table|csv|json|markdown]",
		Short: "Run raw Cypher (read-only unless --write)",
		Long: `query runs one Cypher statement. Unless --write is given, it runs in a read
transaction and refuses, before running it, a statement whose plan writes, an
administration command (SHOW/TERMINATE TRANSACTIONS, users, databases, settings,
server procedures) and LOAD CSV. Parameters are passed as $k with
--param k=v; v is typed: 42 → integer, 4.2 → float, true/false → boolean,
2024-10-05 → a Neo4j date, [a,b] → a list whose items are typed the same way,
"quoted" or 'quoted' → the string inside the quotes, anything else → string.
Errors from Neo4j are one line with their position in the query.`,
		Example: `  cecgraph query 'MATCH (b:ElectoralBody) RETURN b.key, b.name ORDER BY b.key'
  cecgraph query 'MATCH (c:Country {key:$cc})<-[:OF_COUNTRY]-(b) RETURN b.key' --param cc=KZ
  cecgraph query 'MATCH (a:Article) WHERE a.published >= $d RETURN a.key' --param d=2024-10-05
  cecgraph query 'MATCH (b:ElectoralBody) WHERE b.key IN $ks RETURN b.key' --param 'ks=[KZ/CEC,KG/CEC]'`,
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
			store, ctx, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close(ctx)
			if write { // the statement may change what the tables of reports hold
				if err := store.MarkTablesStale(ctx); err != nil {
					return err
				}
			}
			t, err := store.Run(ctx, args[0], ps, write)
			if err != nil {
				return err
			}
			if write {
				if err := store.MarkTablesStale(ctx); err != nil {
					return err
				}
				if err := refreshTables(ctx, store); err != nil {
					return err
				}
			}
			return queries.WriteWidth(a.stdout, t, format, tableWidth(a, width))
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "query parameter k=v (repeatable)")
	cmd.Flags().BoolVar(&write, "write", false, "allow the statement to write")
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(queries.Formats, ", "))
	addWidthFlag(cmd, &width)
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

// typedValue types a --param value: integer, float, boolean, date
// (YYYY-MM-DD → a Neo4j date), list ([a,b], items typed alike), a quoted
// string (quotes removed, never typed) or else a string.
func typedValue(v string) any {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
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
	if dateRE.MatchString(v) {
		if d, err := time.Parse(time.DateOnly, v); err == nil {
			return neo4j.DateOf(d)
		}
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

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
