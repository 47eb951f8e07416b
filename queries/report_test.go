package queries

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseReport(t *testing.T) {
	good := `// name: demo
// doc: a demo report
// A plain comment line.
// param: country country required "ISO code, e.g. KZ"
// param: status enum(signed|proposed|planned) optional "signed, proposed or planned"
// param: limit int optional
// columns: a, b ,c
MATCH (n) RETURN n.a AS a, n.b AS b, n.c AS c
// not a header line any more: it follows Cypher
`
	r, err := ParseReport(good)
	require.NoError(t, err)
	assert.Equal(t, "demo", r.Name)
	assert.Equal(t, "a demo report", r.Doc)
	assert.Equal(t, []string{"a", "b", "c"}, r.Columns)
	assert.Equal(t, []Param{
		{Name: "country", Type: "country", Required: true, Doc: "ISO code, e.g. KZ"},
		{Name: "status", Type: "enum(signed|proposed|planned)", Doc: "signed, proposed or planned"},
		{Name: "limit", Type: "int"},
	}, r.Params)
	assert.Equal(t, good, r.Cypher)

	bad := []struct {
		name, text, want string
	}{
		{"no name", "// doc: x\n// columns: a\nRETURN 1", "no name"},
		{"no doc", "// name: x\n// columns: a\nRETURN 1", "no doc"},
		{"no columns", "// name: x\n// doc: d\nRETURN 1", "no columns"},
		{"bad name", "// name: Bad Name\n", "bad report name"},
		{"unknown key", "// name: x\n// author: me\n", `unknown header key "author"`},
		{"bad param", "// name: x\n// param: country\n", "bad param line"},
		{"bad type", "// name: x\n// param: n float required \"x\"\n", `unknown type "float"`},
		{"twice", "// name: x\n// param: n int required\n// param: n int optional\n", "declared twice"},
		{"oneof of one", "// name: x\n// doc: d\n// param: a int optional\n// oneof: a\n// columns: a\n", "at least two"},
		{"oneof unknown", "// name: x\n// doc: d\n// param: a int optional\n// oneof: a, b\n// columns: a\n", `"b", which is not a parameter`},
		{"oneof required", "// name: x\n// doc: d\n// param: a int required\n// param: b int optional\n// oneof: a, b\n// columns: a\n", "must be optional"},
		{"rows not packed", "// name: x\n// doc: d\n// columns: a\n// rows: streamed\n", `rows must be "packed"`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseReport(tt.text)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoadCatalogueRejectsDuplicates(t *testing.T) {
	fsys := fstest.MapFS{
		"r/a.cypher": {Data: []byte("// name: x\n// doc: d\n// columns: a\nRETURN 1 AS a")},
		"r/b.cypher": {Data: []byte("// name: x\n// doc: d\n// columns: a\nRETURN 1 AS a")},
	}
	_, err := loadCatalogue(fsys, "r")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "already used")
}

func TestCatalogue(t *testing.T) {
	reports := Catalogue()
	require.NotEmpty(t, reports)
	for i := 1; i < len(reports); i++ {
		assert.Less(t, reports[i-1].Name, reports[i].Name, "sorted")
	}
	for _, r := range reports {
		assert.NotEmpty(t, r.Doc, r.Name)
		assert.NotEmpty(t, r.Columns, r.Name)
		for _, p := range r.Params {
			assert.Contains(t, r.Cypher, "$"+p.Name, "report %s declares %s but does not use it", r.Name, p.Name)
		}
		if r.Packed {
			assert.Contains(t, r.Cypher, "AS rows", "packed report %s returns no rows column", r.Name)
			continue
		}
		for _, c := range r.Columns {
			assert.Contains(t, r.Cypher, "AS "+c, "report %s: column %s is not returned", r.Name, c)
		}
	}
	m, err := Lookup("memoranda")
	require.NoError(t, err)
	assert.Equal(t, []string{"partner_country", "partner_body", "status", "year", "articles"}, m.Columns)
	p, ok := m.Param("country")
	require.True(t, ok)
	assert.False(t, p.Required, "country or body")
	assert.Equal(t, [][]string{{"country", "body"}}, m.OneOf)
	assert.Equal(t, []string{"body", "evidence", "meetings", "memoranda", "observations", "organisations",
		"partners", "pending", "person", "review", "stats"}, Names())

	_, err = Lookup("nope")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown report "nope"`)
	assert.Contains(t, err.Error(), "memoranda")
}

func TestBind(t *testing.T) {
	r, err := ParseReport(`// name: demo
// doc: d
// param: country country required "ISO code"
// param: status enum(signed|proposed|planned) optional "status"
// param: year int optional "year"
// param: from date optional "first day"
// param: q string optional "text"
// columns: a
RETURN 1 AS a`)
	require.NoError(t, err)
	tests := []bindCase{
		{"required only", map[string]string{"country": "KZ"},
			map[string]any{"country": "KZ", "status": nil, "year": nil, "from": nil, "q": nil}, ""},
		{"lower case country", map[string]string{"country": "kz"},
			map[string]any{"country": "KZ", "status": nil, "year": nil, "from": nil, "q": nil}, ""},
		{"all typed", map[string]string{"country": "UZ", "status": "Signed", "year": "2024", "from": "2024-01-31", "q": "ЦИК"},
			map[string]any{"country": "UZ", "status": "signed", "year": int64(2024), "from": "2024-01-31", "q": "ЦИК"}, ""},
		{"empty optional is absent", map[string]string{"country": "KZ", "status": ""},
			map[string]any{"country": "KZ", "status": nil, "year": nil, "from": nil, "q": nil}, ""},
		{"missing required", map[string]string{}, nil, `report demo needs parameter "country": ISO code`},
		{"empty required", map[string]string{"country": " "}, nil, `needs parameter "country"`},
		{"unknown parameter", map[string]string{"country": "KZ", "colour": "red"}, nil, `report demo has no parameter "colour" (parameters: country, status, year, from, q)`},
		{"unknown country", map[string]string{"country": "xx"}, nil, `unknown country code "XX"`},
		{"not a country code", map[string]string{"country": "Kazakhstan"}, nil, `unknown country code "KAZAKHSTAN"`},
		{"bad enum", map[string]string{"country": "KZ", "status": "sigend"}, nil, `"sigend" is not one of signed, proposed, planned`},
		{"bad int", map[string]string{"country": "KZ", "year": "2024a"}, nil, `"2024a" is not a whole number`},
		{"bad date", map[string]string{"country": "KZ", "from": "31.01.2024"}, nil, "YYYY-MM-DD"},
		{"impossible date", map[string]string{"country": "KZ", "from": "2024-02-30"}, nil, "YYYY-MM-DD"},
	}
	checkBind(t, r, tests)
}

// bindCase is one Bind call: its arguments, and the parameters it must give
// or the error text it must contain.
type bindCase struct {
	name    string
	args    map[string]string
	want    map[string]any
	wantErr string
}

func checkBind(t *testing.T, r Report, tests []bindCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.Bind(tt.args)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestIsCountryCode(t *testing.T) {
	for _, c := range []string{"KZ", "KR", "UZ", "JP", "RU", "US", "XK"} {
		assert.True(t, IsCountryCode(c), c)
	}
	for _, c := range []string{"XX", "kz", "KAZ", "", "EU", "UK", "SU"} {
		assert.False(t, IsCountryCode(c), c)
	}
	assert.Len(t, countryCodes, 250)
}

// fakeRunner records what it was asked to read and returns result, or a
// table with one column and no rows.
type fakeRunner struct {
	cypher string
	params map[string]any
	result *Table
}

func (f *fakeRunner) Read(_ context.Context, cypher string, params map[string]any) (*Table, error) {
	f.cypher, f.params = cypher, params
	if f.result != nil {
		return f.result, nil
	}
	return &Table{Columns: []string{"a"}}, nil
}

func TestPackedReportIsUnpacked(t *testing.T) {
	r, err := ParseReport("// name: x\n// doc: d\n// columns: a, b\n// rows: packed\nRETURN [] AS rows")
	require.NoError(t, err)
	assert.True(t, r.Packed)
	run := func(result *Table) (*Table, error) {
		return r.Run(context.Background(), &fakeRunner{result: result}, nil)
	}

	got, err := run(&Table{Columns: []string{"rows"}, Rows: [][]any{{[]any{[]any{"x", int64(1)}, []any{nil, "y"}}}}})
	require.NoError(t, err)
	assert.Equal(t, &Table{Columns: []string{"a", "b"}, Rows: [][]any{{"x", int64(1)}, {nil, "y"}}}, got)

	for name, result := range map[string]*Table{
		"empty list": {Columns: []string{"rows"}, Rows: [][]any{{[]any{}}}},
		"no record":  {Columns: []string{"rows"}, Rows: [][]any{}},
	} {
		got, err := run(result)
		require.NoError(t, err, name)
		assert.Equal(t, &Table{Columns: []string{"a", "b"}, Rows: [][]any{}}, got, name)
	}

	for name, tt := range map[string]struct {
		result *Table
		want   string
	}{
		"not packed":     {&Table{Columns: []string{"a", "b"}, Rows: [][]any{{"x", "y"}}}, "one column, rows"},
		"two records":    {&Table{Columns: []string{"rows"}, Rows: [][]any{{[]any{}}, {[]any{}}}}, "got 2 records"},
		"not a list":     {&Table{Columns: []string{"rows"}, Rows: [][]any{{"x"}}}, "must be a list"},
		"short row":      {&Table{Columns: []string{"rows"}, Rows: [][]any{{[]any{[]any{"x"}}}}}, "packed row 1"},
		"row not a list": {&Table{Columns: []string{"rows"}, Rows: [][]any{{[]any{[]any{"x", "y"}, "z"}}}}, "packed row 2"},
	} {
		_, err := run(tt.result)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), tt.want, name)
		assert.Contains(t, err.Error(), "report x", name)
	}
}

func TestReportRunBindsAndReads(t *testing.T) {
	r, err := Lookup("memoranda")
	require.NoError(t, err)
	f := &fakeRunner{}
	_, err = r.Run(context.Background(), f, map[string]string{"country": "kz"})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"country": "KZ", "body": nil, "status": nil}, f.params)
	assert.True(t, strings.HasPrefix(f.cypher, "// name: memoranda"))

	f = &fakeRunner{}
	_, err = r.Run(context.Background(), f, map[string]string{"country": "XX"})
	require.Error(t, err)
	assert.Empty(t, f.cypher, "nothing runs when the parameters are bad")
}

func TestBindTypesAndOneOf(t *testing.T) {
	r, err := ParseReport(`// name: demo
// doc: d
// param: country country optional "ISO code"
// param: body actor optional "actor key"
// param: b body optional "body key"
// param: name fulltext optional "a name"
// oneof: country, body
// columns: a
RETURN 1 AS a`)
	require.NoError(t, err)
	base := map[string]any{"country": nil, "body": nil, "b": nil, "name": nil}
	with := func(kv ...any) map[string]any {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	tests := []bindCase{
		{"country", map[string]string{"country": "kz"}, with("country", "KZ"), ""},
		{"actor body lower case", map[string]string{"body": "kz/cec"}, with("body", "KZ/CEC"), ""},
		{"actor organisation", map[string]string{"body": "osce"}, with("body", "OSCE"), ""},
		{"actor government", map[string]string{"body": "JP/GOV"}, with("body", "JP/GOV"), ""},
		{"actor sub-body keeps the name", map[string]string{"body": "kz/sub:Алматинская ТИК"}, with("body", "KZ/SUB:Алматинская ТИК"), ""},
		{"body type", map[string]string{"country": "KZ", "b": "uz/cec"}, with("country", "KZ", "b", "UZ/CEC"), ""},
		{"body type refuses an organisation", map[string]string{"country": "KZ", "b": "OSCE"}, nil, `"OSCE" is not the key of an electoral body`},
		{"actor refuses a person", map[string]string{"body": "Нурлан Абдиров"}, nil, "is not the key of an electoral body, government, NGO or organisation"},
		{"actor of an unknown country", map[string]string{"body": "QQ/CEC"}, nil, `unknown country code "QQ"`},
		{"fulltext", map[string]string{"country": "KZ", "name": "Нурлану Абдирову"}, with("country", "KZ", "name", "+нурла* +абдир*"), ""},
		{"fulltext without words", map[string]string{"country": "KZ", "name": "*:*"}, nil, "has no words"},
		{"neither", map[string]string{}, nil, "report demo needs one of --country, --body"},
		{"both", map[string]string{"country": "KZ", "body": "KZ/CEC"}, nil, "report demo takes only one of --country, --body"},
	}
	checkBind(t, r, tests)
}

func TestFulltextQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Нурлан Абдиров", "+нурл* +абдир*"},
		{"Нурланом Абдировым", "+нурла* +абдир*"},
		{"Айнуры Сыдыковой", "+айнур* +сыдык*"},
		{"Ё", "+е"},
		{`Ли "OR" (x) AND NOT y~2 \ /`, "+ли* +or* +x +and* +not* +y +2"},
		{"*:* -", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, FulltextQuery(tt.in)) })
	}
}

// Numbers of rows and lengths are checked before the database sees them:
// a negative or huge --limit, a 5,000-letter name, an overlong key or
// string give one clear error that does not repeat the value.
func TestBindRefusesOutOfRangeValues(t *testing.T) {
	r, err := ParseReport(`// name: demo
// doc: d
// param: limit rows optional "rows"
// param: name fulltext optional "a name"
// param: body actor optional "actor key"
// param: fact string optional "a fact key"
// param: since date optional "a date"
// columns: a
RETURN 1 AS a`)
	require.NoError(t, err)
	base := map[string]any{"limit": nil, "name": nil, "body": nil, "fact": nil, "since": nil}
	with := func(k string, v any) map[string]any {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		m[k] = v
		return m
	}
	long := strings.Repeat("а", 5000)
	tests := []bindCase{
		{"limit 1", map[string]string{"limit": "1"}, with("limit", int64(1)), ""},
		{"limit at the bound", map[string]string{"limit": "1000000000"}, with("limit", int64(MaxRows)), ""},
		{"limit -1", map[string]string{"limit": "-1"}, nil, `parameter "limit": "-1" is not a number of rows from 1 to 1000000000`},
		{"limit 0", map[string]string{"limit": "0"}, nil, `"0" is not a number of rows from 1 to 1000000000`},
		{"limit over a 32-bit LIMIT", map[string]string{"limit": "99999999999"}, nil, `"99999999999" is not a number of rows`},
		{"limit not a number", map[string]string{"limit": "ten"}, nil, `"ten" is not a number of rows`},
		{"name of 200 letters", map[string]string{"name": strings.Repeat("я", 200)}, with("name", FulltextQuery(strings.Repeat("я", 200))), ""},
		{"name of 5000 letters", map[string]string{"name": long}, nil, `parameter "name": a name of 5000 characters is too long (at most 200)`},
		{"key of 5000 letters", map[string]string{"body": "KZ/SUB:" + long}, nil, `parameter "body": a key of 10007 bytes is too long (keys are at most 1024 bytes)`},
		{"fact key of 9000 bytes", map[string]string{"fact": strings.Repeat("x", 9000)}, nil, `parameter "fact": a value of 9000 bytes is too long (at most 8192)`},
		{"long date", map[string]string{"since": strings.Repeat("2", 5000)}, nil, `parameter "since": a value of 5000 bytes is too long for a date`},
	}
	checkBind(t, r, tests)
	for _, tt := range tests {
		if tt.wantErr != "" {
			_, err := r.Bind(tt.args)
			assert.NotContains(t, err.Error(), strings.Repeat("а", 300), "%s: the value is not repeated", tt.name)
		}
	}
}
