package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cecgraph/cecgraph/queries"
)

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
