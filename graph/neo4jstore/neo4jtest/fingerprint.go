package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"testing"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Fingerprint is what "the same graph" means, down to the last property:
// the number of nodes and relationships, and a checksum of every node (its
// element id, labels and properties) and every relationship (its element
// id, type, ends and properties).
type Fingerprint struct {
	// Nodes and Relationships count the graph's nodes and relationships.
	Nodes, Relationships int
	// Sum is the SHA-256, in hex, of every node and relationship, one
	// JSON line each, sorted.
	Sum string
}

// TakeFingerprint reads the whole graph of s (a test's graph: it is held
// in memory) and returns its Fingerprint, failing the test when it cannot.
func TakeFingerprint(t testing.TB, s *neo4jstore.Store) Fingerprint {
	t.Helper()
	ctx := context.Background()
	nodes, err := s.Read(ctx, "MATCH (n) RETURN elementId(n), labels(n), properties(n)", nil)
	if err != nil {
		t.Fatalf("reading the nodes: %v", err)
	}
	rels, err := s.Read(ctx, "MATCH (a)-[r]->(b) RETURN elementId(r), type(r), elementId(a), elementId(b), properties(r)", nil)
	if err != nil {
		t.Fatalf("reading the relationships: %v", err)
	}
	lines := make([]string, 0, len(nodes.Rows)+len(rels.Rows))
	for _, tab := range []*neo4jstore.Table{nodes, rels} {
		for _, row := range tab.Rows {
			if labels, ok := row[1].([]any); ok {
				sort.Slice(labels, func(i, j int) bool { return labels[i].(string) < labels[j].(string) })
			}
			// json.Marshal writes map keys in order.
			b, err := json.Marshal(row)
			if err != nil {
				t.Fatalf("encoding %v: %v", row, err)
			}
			lines = append(lines, string(b))
		}
	}
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return Fingerprint{Nodes: len(nodes.Rows), Relationships: len(rels.Rows), Sum: hex.EncodeToString(h.Sum(nil))}
}
