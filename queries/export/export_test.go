package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/queries/export"
	"github.com/cecgraph/cecgraph/queries/querytest"
)

// fixtureStore loads our fixture articles and the hand-written documents of
// neo4jtest (governments, NGO-free, awards to people, events).
func fixtureStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	s := querytest.Store(t)
	_, err := s.Load(context.Background(), neo4jtest.Documents())
	require.NoError(t, err)
	return s
}

func TestJSONLHasEveryNodeAndRelationship(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	info, err := s.Info(ctx)
	require.NoError(t, err)
	var buf bytes.Buffer
	sum, err := export.Write(ctx, s, "jsonl", export.Options{Stdout: &buf})
	require.NoError(t, err)
	assert.Equal(t, info.Nodes, int64(sum.Nodes))
	assert.Equal(t, info.Relationships, int64(sum.Relationships))

	ids := map[string]bool{}
	var nodes, rels int
	sc := bufio.NewScanner(&buf)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var obj struct {
			Type       string         `json:"type"`
			ID         string         `json:"id"`
			Labels     []string       `json:"labels"`
			Label      string         `json:"label"`
			Properties map[string]any `json:"properties"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &obj), sc.Text())
		switch obj.Type {
		case "node":
			nodes++
			assert.False(t, ids[obj.ID], "duplicate id %s", obj.ID)
			ids[obj.ID] = true
			assert.NotEmpty(t, obj.Labels)
			_, key, _ := strings.Cut(obj.ID, ":")
			assert.Equal(t, obj.Properties["key"], key)
		case "relationship":
			rels++
			var raw map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &raw))
			assert.True(t, ids[raw["start"].(string)], "start %v is a node written before", raw["start"])
			assert.True(t, ids[raw["end"].(string)], "end %v is a node written before", raw["end"])
			assert.NotEmpty(t, obj.Label)
		default:
			t.Fatalf("unknown line type %q", obj.Type)
		}
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, int(info.Nodes), nodes)
	assert.Equal(t, int(info.Relationships), rels)
	assert.True(t, ids["ElectoralBody:KZ/CEC"])
	assert.True(t, ids["Government:JP/GOV"])
	assert.True(t, ids["Person:Нурлан Абдиров"])
}

// validateGraphML checks in Go what Gephi and Cytoscape need beyond the
// GraphML schema (see validateSchema, which checks the file against the real
// graphml.xsd): only the elements we write, every <key> with an id, for
// (node|edge), attr.name and an attr.type, every <data> naming a declared key
// of its own domain (the schema only asks that the key exists), unique node
// ids, and every edge's source and target a node id (the schema has no
// reference from edges to nodes).
func validateGraphML(t *testing.T, r io.Reader) (nodes, edges int) {
	t.Helper()
	dec := xml.NewDecoder(r)
	keys := map[string]string{} // id → domain
	nodeIDs := map[string]bool{}
	type edge struct{ source, target string }
	var edgeList []edge
	var stack []string
	sawRoot := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "well-formed XML")
		switch el := tok.(type) {
		case xml.StartElement:
			assert.Equal(t, export.GraphMLNamespace, el.Name.Space, "element %s in the GraphML namespace", el.Name.Local)
			attr := map[string]string{}
			for _, a := range el.Attr {
				attr[a.Name.Local] = a.Value
			}
			switch el.Name.Local {
			case "graphml":
				require.Empty(t, stack, "graphml is the root")
				sawRoot = true
			case "key":
				require.NotEmpty(t, attr["id"])
				assert.Contains(t, []string{"node", "edge"}, attr["for"])
				assert.NotEmpty(t, attr["attr.name"])
				assert.Contains(t, []string{"boolean", "int", "long", "float", "double", "string"}, attr["attr.type"])
				assert.NotContains(t, keys, attr["id"], "key ids are unique")
				keys[attr["id"]] = attr["for"]
			case "graph":
				assert.Contains(t, []string{"directed", "undirected"}, attr["edgedefault"])
			case "node":
				require.NotEmpty(t, attr["id"])
				assert.False(t, nodeIDs[attr["id"]], "node ids are unique")
				nodeIDs[attr["id"]] = true
			case "edge":
				edgeList = append(edgeList, edge{attr["source"], attr["target"]})
			case "data":
				domain, ok := keys[attr["key"]]
				require.True(t, ok, "data key %q is declared", attr["key"])
				assert.Equal(t, stack[len(stack)-1], domain, "data key %q belongs to a %s", attr["key"], domain)
			default:
				t.Errorf("unexpected element %s", el.Name.Local)
			}
			stack = append(stack, el.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	require.True(t, sawRoot)
	for _, e := range edgeList {
		assert.True(t, nodeIDs[e.source], "edge source %s is a node", e.source)
		assert.True(t, nodeIDs[e.target], "edge target %s is a node", e.target)
	}
	return len(nodeIDs), len(edgeList)
}

// The GraphML export of the fixture graph is valid against the GraphML
// schema (graphml.xsd, run by the JDK's validator) and passes our own checks,
// with every node and relationship of the database.
func TestGraphMLIsValid(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "sub", "graph.graphml")
	sum, err := export.Write(ctx, s, "graphml", export.Options{Out: out})
	require.NoError(t, err)
	assert.Equal(t, []string{out}, sum.Files)
	requireSchemaValid(t, out)
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	nodes, edges := validateGraphML(t, f)
	info, err := s.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, int(info.Nodes), nodes)
	assert.Equal(t, int(info.Relationships), edges)
}

func TestObservationsExport(t *testing.T) {
	s := querytest.Store(t)
	var buf bytes.Buffer
	sum, err := export.Write(context.Background(), s, "observations", export.Options{Stdout: &buf})
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Rows)
	recs, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		export.ObservationColumns,
		{"KG/CEC", "ElectoralBody", "KG", "KZ", "2024", "", "KZ/2024", "2024-10-07", "2024-10-07", "1", "kg-observers-kz"},
		{"ODIHR", "Organization", "", "KZ", "2024", "", "KZ/2024", "2024-11-21", "2024-11-21", "1", "odihr-kz"},
		{"KZ/CEC", "ElectoralBody", "KZ", "MN", "2024", "", "MN/2024", "2024-07-02", "2024-07-02", "1", "mn-observation"},
	}, recs)
}

// TestObservationsExportLeavesRejectedOut: an observation an analyst
// rejected is not exported.
func TestObservationsExportLeavesRejectedOut(t *testing.T) {
	s := querytest.Store(t)
	ctx := context.Background()
	_, err := s.SaveJudgements(ctx, []graph.Judgement{{Kind: graph.JudgeReject, Target: "observation|ODIHR|KZ@2024",
		Who: "Анна", When: time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC), Why: "test"}})
	require.NoError(t, err)
	var buf bytes.Buffer
	sum, err := export.Write(ctx, s, "observations", export.Options{Stdout: &buf})
	require.NoError(t, err)
	assert.Equal(t, 2, sum.Rows)
	assert.NotContains(t, buf.String(), "ODIHR")
}

func TestWriteRefusesBadRequests(t *testing.T) {
	_, err := export.Write(context.Background(), nil, "xml", export.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown export format "xml"`)
	_, err = export.Write(context.Background(), nil, "admin-csv", export.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "--out DIR")
}

func TestWriteAdminCSVHeaders(t *testing.T) {
	g := &export.Graph{
		Nodes: []export.Node{
			{ID: "Article:a1", Labels: []string{"Article"}, Properties: []export.Property{
				{Name: "key", Value: "a1", Type: "STRING"},
				{Name: "published", Value: "2024-03-01", Type: "DATE"},
				{Name: "title", Value: "Заголовок, с запятой", Type: "STRING"},
			}},
			{ID: "Article:a0", Labels: []string{"Article"}, Properties: []export.Property{
				{Name: "key", Value: "a0", Type: "STRING"},
				{Name: "title", Value: "", Type: "STRING"},
			}},
			{ID: "Article:a2", Labels: []string{"Article"}, Properties: []export.Property{
				{Name: "key", Value: "a2", Type: "STRING"},
			}},
			{ID: "Person:Иван Петров", Labels: []string{"Person"}, Properties: []export.Property{
				{Name: "aliases", Value: []any{}, Type: "LIST<NOTHING>"},
				{Name: "key", Value: "Иван Петров", Type: "STRING"},
			}},
			{ID: "Person:Анна Ли", Labels: []string{"Person"}, Properties: []export.Property{
				{Name: "aliases", Value: []any{"А. Ли", "Ли"}, Type: "LIST<STRING>"},
				{Name: "key", Value: "Анна Ли", Type: "STRING"},
				{Name: "x", Value: int64(1), Type: "INTEGER"},
			}},
			{ID: "Person:Б", Labels: []string{"Person"}, Properties: []export.Property{
				{Name: "key", Value: "Б", Type: "STRING"},
				{Name: "x", Value: "one", Type: "STRING"},
			}},
		},
		Relationships: []export.Relationship{
			{Type: "MENTIONS", Start: "Article:a1", End: "Person:Анна Ли"},
			{Type: "REPORTED_IN", Start: "Person:Б", End: "Article:a1", Properties: []export.Property{
				{Name: "end", Value: int64(9), Type: "INTEGER"}, {Name: "sentence", Value: "Строка\nвторая", Type: "STRING"},
			}},
		},
	}
	dir := t.TempDir()
	files, err := export.WriteAdminCSV(dir, g)
	require.NoError(t, err)
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	assert.Equal(t, []string{"nodes_Article.csv", "nodes_Person.csv", "relationships_MENTIONS.csv", "relationships_REPORTED_IN.csv", export.ImportScript}, names)
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		require.NoError(t, err)
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		require.NoError(t, err)
		return recs
	}
	assert.Equal(t, [][]string{
		{":ID", "key", "published:date", "title", ":LABEL"},
		{"Article:a1", "a1", "2024-03-01", "Заголовок, с запятой", "Article"},
		{"Article:a0", "a0", "", "", "Article"},
		{"Article:a2", "a2", "", "", "Article"},
	}, read("nodes_Article.csv"))
	raw, err := os.ReadFile(filepath.Join(dir, "nodes_Article.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(raw), "Article:a0,a0,,\"\",Article\n", "an empty string is quoted")
	assert.Contains(t, string(raw), "Article:a2,a2,,,Article\n", "no property is an empty cell")
	assert.Equal(t, [][]string{
		{":ID", "key", "aliases:string[]", "x", ":LABEL"},
		{"Person:Иван Петров", "Иван Петров", "", "", "Person"},
		{"Person:Анна Ли", "Анна Ли", "А. Ли;Ли", "1", "Person"},
		{"Person:Б", "Б", "", "one", "Person"},
	}, read("nodes_Person.csv"), "an empty list fits a list type; mixed types are strings")
	assert.Equal(t, [][]string{
		{":START_ID", ":END_ID", ":TYPE", "end:long", "sentence"},
		{"Person:Б", "Article:a1", "REPORTED_IN", "9", "Строка\nвторая"},
	}, read("relationships_REPORTED_IN.csv"))
	script, err := os.ReadFile(filepath.Join(dir, export.ImportScript))
	require.NoError(t, err)
	assert.Contains(t, string(script), `neo4j-admin database import full`)
	assert.Contains(t, string(script), `"--relationships=relationships_REPORTED_IN.csv"`)
	assert.Equal(t, []string{"--nodes=nodes_Article.csv", "--nodes=nodes_Person.csv", "--relationships=relationships_MENTIONS.csv",
		"--relationships=relationships_REPORTED_IN.csv", "--multiline-fields=true"}, export.ImportArgs(files))
}
