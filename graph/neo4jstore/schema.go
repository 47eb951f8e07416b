package neo4jstore

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
)

var (
	//go:embed schema.cypher
	schemaCypher string
	//go:embed schema_fulltext_show.cypher
	schemaFulltextShowCypher string
	//go:embed schema_fulltext_drop.cypher
	schemaFulltextDropCypher string
	//go:embed schema_await.cypher
	schemaAwaitCypher string
)

// fulltextLabels and fulltextProperties are what entity_names covers in
// schema.cypher; an index of an older schema is dropped and created anew.
var (
	fulltextLabels     = []string{"Person", "ElectoralBody", "Organization", "Government", "NGO", "Event"}
	fulltextProperties = []string{"name", "aliases"}
)

// Labels lists every node label of the graph model; each has a uniqueness
// constraint on key. Fact is a second label on every fact node (Memorandum,
// Observation, Meeting, Invitation, Award, Participation), Entity one on
// every actor (Country, ElectoralBody, Organization, Government, NGO, Person).
var Labels = []string{
	"Entity", "Country", "ElectoralBody", "Organization", "Government", "NGO", "Person",
	"Article", "Fact", "Memorandum", "Observation", "Election", "Meeting", "Invitation",
	"Award", "Event", "Participation",
}

// SchemaStatements returns the statements of the embedded schema, in order.
func SchemaStatements() []string { return splitStatements(schemaCypher) }

// ApplySchema creates the uniqueness constraints and the full-text index of
// the graph model where they do not exist yet, and waits for the indexes to
// come online. Each statement runs in its own transaction.
func (s *Store) ApplySchema(ctx context.Context) error {
	res, err := s.query(ctx, schemaFulltextShowCypher, nil, false)
	if err != nil {
		return s.dbError("reading the full-text index", err)
	}
	for _, rec := range res.Records {
		m := rec.AsMap()
		if !sameStrings(m["labels"], fulltextLabels) || !sameStrings(m["properties"], fulltextProperties) {
			if _, err := s.query(ctx, schemaFulltextDropCypher, nil, true); err != nil {
				return s.dbError("dropping an outdated full-text index", err)
			}
		}
	}
	for _, stmt := range SchemaStatements() {
		_, err := s.query(ctx, stmt, nil, true)
		if err != nil {
			return s.dbError(fmt.Sprintf("applying schema statement %q", firstLine(stmt)), err)
		}
	}
	_, err = s.query(ctx, schemaAwaitCypher, nil, true)
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

// sameStrings reports whether v is a list holding exactly the strings want,
// in any order.
func sameStrings(v any, want []string) bool {
	l, _ := v.([]any)
	if len(l) != len(want) {
		return false
	}
	set := map[string]bool{}
	for _, w := range want {
		set[w] = true
	}
	for _, x := range l {
		if s, _ := x.(string); !set[s] {
			return false
		}
	}
	return true
}
