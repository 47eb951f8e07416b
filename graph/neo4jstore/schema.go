package neo4jstore

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed schema.cypher
var schemaCypher string

// Labels lists every node label of the graph model; each has a uniqueness
// constraint on key.
var Labels = []string{
	"Country", "ElectoralBody", "Organization", "Government", "NGO", "Person",
	"Article", "Memorandum", "Observation", "Election", "Meeting", "Invitation",
	"Award", "Event", "Participation",
}

// SchemaStatements returns the statements of the embedded schema, in order.
func SchemaStatements() []string { return splitStatements(schemaCypher) }

// ApplySchema creates the uniqueness constraints and the full-text index of
// the graph model where they do not exist yet, and waits for the indexes to
// come online. Each statement runs in its own transaction.
func (s *Store) ApplySchema(ctx context.Context) error {
	for _, stmt := range SchemaStatements() {
		_, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return s.dbError(fmt.Sprintf("applying schema statement %q", firstLine(stmt)), err)
		}
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return s.dbError("waiting for the indexes to come online", err)
	}
	return nil
}

// splitStatements splits a .cypher file into statements: a statement ends
// with a line whose last non-blank character is ';'. Lines that start with
// "//" are comments and are dropped; blank statements are skipped.
func splitStatements(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		stmt := strings.TrimSpace(strings.Join(cur, "\n"))
		stmt = strings.TrimSuffix(stmt, ";")
		if strings.TrimSpace(stmt) != "" {
			out = append(out, strings.TrimSpace(stmt))
		}
		cur = cur[:0]
	}
	for line := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "//") {
			continue
		}
		cur = append(cur, strings.TrimRight(line, " \t\r"))
		if strings.HasSuffix(t, ";") {
			flush()
		}
	}
	flush()
	return out
}
