package queries

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed partners_table.cypher
var partnersTableCypher string

// Writer runs one statement of our own in a write transaction;
// *neo4jstore.Store is one.
type Writer interface {
	Run(ctx context.Context, cypher string, params map[string]any, write bool) (*Table, error)
}

// RefreshTables rewrites the tables that reports read instead of reading
// every fact again, when they are out of date: every run that writes facts
// marks them so (neo4jstore), and until they are rewritten the reports
// compute their rows from the facts. It tells whether it rewrote anything.
// Today there is one table, the partners report's rows of every country
// (reports/partners.cypher).
func RefreshTables(ctx context.Context, w Writer) (bool, error) {
	q, err := partnersTable()
	if err != nil {
		return false, err
	}
	t, err := w.Run(ctx, q, nil, true)
	if err != nil {
		return false, fmt.Errorf("rewriting the table of the partners report: %w", err)
	}
	return len(t.Rows) > 0, nil
}

// partnersTable is partners_table.cypher with the live part of the
// partners report in place of its line "// live".
func partnersTable() (string, error) {
	r, err := Lookup("partners")
	if err != nil {
		return "", err
	}
	_, rest, ok1 := strings.Cut(r.Cypher, "// live: begin\n")
	live, _, ok2 := strings.Cut(rest, "// live: end")
	if !ok1 || !ok2 {
		return "", fmt.Errorf("report partners: no part between the lines live: begin and live: end")
	}
	q, n := strings.Replace(partnersTableCypher, "    // live\n", live, 1), strings.Count(partnersTableCypher, "    // live\n")
	if n != 1 {
		return "", fmt.Errorf("partners_table.cypher: want one line // live, found %d", n)
	}
	return q, nil
}
