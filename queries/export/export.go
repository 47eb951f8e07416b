package export

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/cecgraph/cecgraph/queries"
)

var (
	//go:embed nodes.cypher
	nodesCypher string
	//go:embed relationships.cypher
	relationshipsCypher string
	//go:embed observations.cypher
	observationsCypher string
)

// Formats lists the export formats Write knows.
var Formats = []string{"jsonl", "graphml", "admin-csv", "observations"}

// Property is one property of a node or relationship: its name, its value
// as a plain Go value (temporal values are ISO 8601 strings) and its Cypher
// type as valueType() names it, without "NOT NULL" (e.g. "INTEGER", "DATE",
// "LIST<STRING>").
type Property struct {
	Name  string
	Value any
	Type  string
}

// Node is one node of the graph.
type Node struct {
	// ID names the node in the export: its specific label and its key
	// ("ElectoralBody:KZ/CEC", "Memorandum:memorandum|KG/CEC+KZ/CEC", not
	// the umbrella labels Entity and Fact), or the label and element id when
	// it has no key.
	ID string
	// Labels are the node's labels, sorted.
	Labels []string
	// Properties are sorted by name.
	Properties []Property
}

// Relationship is one relationship of the graph.
type Relationship struct {
	// Type is the relationship type, e.g. PARTY.
	Type string
	// Start and End are the IDs of the nodes it links.
	Start, End string
	// Properties are sorted by name.
	Properties []Property
}

// Graph is the whole graph, nodes sorted by ID and relationships by type,
// start and end.
type Graph struct {
	Nodes         []Node
	Relationships []Relationship
}

// Read reads every node and relationship through r (read-only).
func Read(ctx context.Context, r queries.Runner) (*Graph, error) {
	nt, err := r.Read(ctx, nodesCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the nodes: %w", err)
	}
	g := &Graph{Nodes: make([]Node, 0, len(nt.Rows))}
	for _, row := range nt.Rows {
		labels := sortedStrings(row[0])
		g.Nodes = append(g.Nodes, Node{
			ID:         nodeID(labels, row[1], row[2]),
			Labels:     labels,
			Properties: properties(row[3]),
		})
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	rt, err := r.Read(ctx, relationshipsCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the relationships: %w", err)
	}
	g.Relationships = make([]Relationship, 0, len(rt.Rows))
	for _, row := range rt.Rows {
		typ, _ := row[0].(string)
		g.Relationships = append(g.Relationships, Relationship{
			Type:       typ,
			Start:      nodeID(sortedStrings(row[1]), row[2], row[3]),
			End:        nodeID(sortedStrings(row[4]), row[5], row[6]),
			Properties: properties(row[7]),
		})
	}
	sort.Slice(g.Relationships, func(i, j int) bool {
		a, b := g.Relationships[i], g.Relationships[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return g, nil
}

// umbrellaLabels are labels that group others (every fact is also a :Fact,
// every entity an :Entity); a node's ID uses its specific label.
var umbrellaLabels = map[string]bool{"Fact": true, "Entity": true}

// primaryLabel is the first of the sorted labels that is not an umbrella
// label, else the first label.
func primaryLabel(labels []string) string {
	for _, l := range labels {
		if !umbrellaLabels[l] {
			return l
		}
	}
	if len(labels) > 0 {
		return labels[0]
	}
	return ""
}

// nodeID is "Label:key" (the node's specific label, see primaryLabel), or
// "Label:#elementId" without a key.
func nodeID(labels []string, key, elementID any) string {
	prefix := primaryLabel(labels)
	if k, ok := key.(string); ok && k != "" {
		return prefix + ":" + k
	}
	if key != nil {
		return prefix + ":" + fmt.Sprint(key)
	}
	return prefix + ":#" + fmt.Sprint(elementID)
}

func sortedStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func properties(v any) []Property {
	list, _ := v.([]any)
	out := make([]Property, 0, len(list))
	for _, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		name, _ := m["name"].(string)
		typ, _ := m["type"].(string)
		out = append(out, Property{Name: name, Value: m["value"], Type: strings.ReplaceAll(typ, " NOT NULL", "")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func propertyMap(ps []Property) map[string]any {
	m := make(map[string]any, len(ps))
	for _, p := range ps {
		m[p.Name] = p.Value
	}
	return m
}

// WriteJSONL writes one JSON object per line: first the nodes
// {"type":"node","id","labels","properties"}, then the relationships
// {"type":"relationship","label","start","end","properties"} whose start and
// end are node ids.
func WriteJSONL(w io.Writer, g *Graph) error {
	bw := bufio.NewWriterSize(w, 64*1024)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	type jsonNode struct {
		Type       string         `json:"type"`
		ID         string         `json:"id"`
		Labels     []string       `json:"labels"`
		Properties map[string]any `json:"properties"`
	}
	type jsonRelationship struct {
		Type       string         `json:"type"`
		Label      string         `json:"label"`
		Start      string         `json:"start"`
		End        string         `json:"end"`
		Properties map[string]any `json:"properties"`
	}
	for _, n := range g.Nodes {
		if err := enc.Encode(jsonNode{"node", n.ID, n.Labels, propertyMap(n.Properties)}); err != nil {
			return fmt.Errorf("writing node %s: %w", n.ID, err)
		}
	}
	for _, r := range g.Relationships {
		if err := enc.Encode(jsonRelationship{"relationship", r.Type, r.Start, r.End, propertyMap(r.Properties)}); err != nil {
			return fmt.Errorf("writing relationship %s %s->%s: %w", r.Type, r.Start, r.End, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing JSON lines: %w", err)
	}
	return nil
}

// ObservationColumns are the columns of the observations export.
var ObservationColumns = []string{"observer", "observer_type", "observer_country", "country", "year",
	"election_kind", "election", "first_report", "last_report", "facts", "sources"}

// Observations reads the observation table: one row per observer and
// election (see ObservationColumns); sources are article URLs (or keys)
// separated by spaces.
func Observations(ctx context.Context, r queries.Runner) (*queries.Table, error) {
	t, err := r.Read(ctx, observationsCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the observations: %w", err)
	}
	for _, row := range t.Rows {
		last := len(row) - 1
		if list, ok := row[last].([]any); ok {
			parts := make([]string, 0, len(list))
			for _, x := range list {
				parts = append(parts, fmt.Sprint(x))
			}
			row[last] = strings.Join(parts, " ")
		}
	}
	return t, nil
}

// Options says where Write puts its output.
type Options struct {
	// Out is a file (jsonl, graphml, observations) or a directory
	// (admin-csv, required); empty means Stdout for the file formats.
	Out string
	// Stdout receives the output when Out is empty, and the import
	// command of admin-csv.
	Stdout io.Writer
}

// Summary says what Write wrote.
type Summary struct {
	Nodes, Relationships, Rows int
	// Files are the files written (none when writing to Stdout).
	Files []string
}

// Write exports the graph read through r in format (one of Formats).
func Write(ctx context.Context, r queries.Runner, format string, opts Options) (Summary, error) {
	var sum Summary
	if !slices.Contains(Formats, format) {
		return sum, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if format == "admin-csv" {
		if opts.Out == "" {
			return sum, errors.New("admin-csv writes a directory of files: give it with --out DIR")
		}
		g, err := Read(ctx, r)
		if err != nil {
			return sum, err
		}
		sum.Nodes, sum.Relationships = len(g.Nodes), len(g.Relationships)
		files, err := WriteAdminCSV(opts.Out, g)
		sum.Files = files
		return sum, err
	}
	write := func(w io.Writer) error {
		switch format {
		case "observations":
			t, err := Observations(ctx, r)
			if err != nil {
				return err
			}
			sum.Rows = len(t.Rows)
			return queries.Write(w, t, "csv")
		}
		g, err := Read(ctx, r)
		if err != nil {
			return err
		}
		sum.Nodes, sum.Relationships = len(g.Nodes), len(g.Relationships)
		if format == "graphml" {
			return WriteGraphML(w, g)
		}
		return WriteJSONL(w, g)
	}
	if opts.Out == "" {
		out := opts.Stdout
		if out == nil {
			out = os.Stdout
		}
		return sum, write(out)
	}
	if err := os.MkdirAll(filepath.Dir(opts.Out), 0o755); err != nil {
		return sum, fmt.Errorf("creating the folder of %s: %w", opts.Out, err)
	}
	f, err := os.Create(opts.Out)
	if err != nil {
		return sum, fmt.Errorf("creating %s: %w", opts.Out, err)
	}
	if err := write(f); err != nil {
		_ = f.Close()
		return sum, fmt.Errorf("writing %s: %w", opts.Out, err)
	}
	if err := f.Close(); err != nil {
		return sum, fmt.Errorf("writing %s: %w", opts.Out, err)
	}
	sum.Files = []string{opts.Out}
	return sum, nil
}
