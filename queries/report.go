package queries

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
)

// Table is a query result (see neo4jstore.Table).
type Table = neo4jstore.Table

// Runner runs read-only Cypher of our own in a read transaction;
// *neo4jstore.Store is one. It must be safe for concurrent use: the parts
// of a report (see Report.Parts) run at the same time.
type Runner interface {
	Read(ctx context.Context, cypher string, params map[string]any) (*Table, error)
}

// Param is a declared report parameter.
type Param struct {
	// Name is the parameter's name, used as $name in the Cypher.
	Name string
	// Type is string, int, rows, date, country, actor, body, fulltext or
	// enum(a|b|…) (see Convert).
	Type string
	// Required says the report cannot run without it.
	Required bool
	// Doc is a one-line description for help texts.
	Doc string
}

// Report is one canned query of the catalogue.
type Report struct {
	// Name identifies the report, e.g. "memoranda".
	Name string
	// Doc is a one-line description.
	Doc string
	// Params are the declared parameters in header order.
	Params []Param
	// Columns are the result columns in order.
	Columns []string
	// OneOf lists groups of optional parameters of which exactly one must
	// be given, e.g. [country body] for a report about a country or a body.
	OneOf [][]string
	// Packed says the Cypher returns one record whose only column, rows,
	// is the list of result rows, each a list of values in the order of
	// Columns (header line "// rows: packed"). A report of thousands of rows
	// is packed because every record costs the server and the driver a few
	// microseconds of their own, while one list value costs next to nothing;
	// Run unpacks it, so a packed report's Table looks like any other.
	Packed bool
	// Parts, when above zero, says the Cypher of a packed report returns
	// one part of its rows (header line "// parts: N"): Run runs it once
	// for each $part from 0 to $parts-1, all at once, each in a read
	// transaction of its own, so a report of thousands of rows uses more
	// than one core of the server. Every packed row then ends with one
	// value more than Columns, its merge key, and each part's rows come in
	// ascending order of that key (as Cypher's ORDER BY sorts: numbers,
	// strings, booleans, lists of them, null last). Run merges the parts
	// in that order, drops the keys, and cuts the rows to the report's
	// limit parameter when it has one and it is set. A row that must come
	// first belongs in part 0 under the smallest key.
	//
	// The parts are separate transactions: a load that commits while a
	// parted report runs may show in some parts and not in others.
	Parts int
	// Cypher is the whole file, header included (it is a comment).
	Cypher string
}

//go:embed reports/*.cypher
var reportFiles embed.FS

var catalogue = mustLoadCatalogue()

func mustLoadCatalogue() []Report {
	reports, err := loadCatalogue(reportFiles, "reports")
	if err != nil {
		// The reports are embedded: a bad header is a build defect that the
		// package's tests catch.
		panic(err)
	}
	return reports
}

func loadCatalogue(fsys fs.FS, dir string) ([]Report, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("reading the report catalogue: %w", err)
	}
	var out []Report
	seen := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".cypher") {
			continue
		}
		path := dir + "/" + e.Name()
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil, fmt.Errorf("reading report %s: %w", path, err)
		}
		r, err := ParseReport(string(data))
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", path, err)
		}
		if prev, dup := seen[r.Name]; dup {
			return nil, fmt.Errorf("report %s: name %q already used by %s", path, r.Name, prev)
		}
		seen[r.Name] = path
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Catalogue returns every report, sorted by name.
func Catalogue() []Report {
	out := make([]Report, len(catalogue))
	copy(out, catalogue)
	return out
}

// Names returns the names of every report, sorted.
func Names() []string {
	names := make([]string, len(catalogue))
	for i, r := range catalogue {
		names[i] = r.Name
	}
	return names
}

// Lookup returns the report called name, or an error that lists the
// available reports.
func Lookup(name string) (Report, error) {
	for _, r := range catalogue {
		if r.Name == name {
			return r, nil
		}
	}
	return Report{}, fmt.Errorf("unknown report %q (available: %s)", name, strings.Join(Names(), ", "))
}

var (
	headerRE = regexp.MustCompile(`^//\s*([a-z]+):\s*(.*?)\s*$`)
	paramRE  = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s+(required|optional)(?:\s+"(.*)")?$`)
	nameRE   = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	enumRE   = regexp.MustCompile(`^enum\(([^()|]+(?:\|[^()|]+)*)\)$`)
	partRE   = regexp.MustCompile(`\$part\b`)
	partsRE  = regexp.MustCompile(`\$parts\b`)
)

// ParseReport parses a report file: its header of "//" lines (name, doc,
// param, oneof, columns, rows, parts) and the Cypher. Name, doc and columns
// are required; any other key, a malformed param line or an unknown type is
// an error.
func ParseReport(text string) (Report, error) {
	r := Report{Cypher: text}
	for i, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			break
		}
		m := headerRE.FindStringSubmatch(t)
		if m == nil {
			continue // a plain comment
		}
		key, val := m[1], m[2]
		switch key {
		case "name":
			if !nameRE.MatchString(val) {
				return r, fmt.Errorf("line %d: bad report name %q", i+1, val)
			}
			r.Name = val
		case "doc":
			r.Doc = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return r, fmt.Errorf("line %d: %w", i+1, err)
			}
			for _, q := range r.Params {
				if q.Name == p.Name {
					return r, fmt.Errorf("line %d: parameter %q declared twice", i+1, p.Name)
				}
			}
			r.Params = append(r.Params, p)
		case "oneof":
			var group []string
			for c := range strings.SplitSeq(val, ",") {
				if c = strings.TrimSpace(c); c != "" {
					group = append(group, c)
				}
			}
			if len(group) < 2 {
				return r, fmt.Errorf("line %d: oneof needs at least two parameters", i+1)
			}
			r.OneOf = append(r.OneOf, group)
		case "columns":
			for c := range strings.SplitSeq(val, ",") {
				if c = strings.TrimSpace(c); c != "" {
					r.Columns = append(r.Columns, c)
				}
			}
		case "rows":
			if val != "packed" {
				return r, fmt.Errorf("line %d: rows must be \"packed\", not %q", i+1, val)
			}
			r.Packed = true
		case "parts":
			n, err := strconv.Atoi(val)
			if err != nil || n < 2 || n > maxParts {
				return r, fmt.Errorf("line %d: parts must be a number from 2 to %d, not %q", i+1, maxParts, val)
			}
			r.Parts = n
		default:
			return r, fmt.Errorf("line %d: unknown header key %q (want name, doc, param, oneof, columns, rows or parts)", i+1, key)
		}
	}
	switch {
	case r.Name == "":
		return r, fmt.Errorf("header has no name")
	case r.Doc == "":
		return r, fmt.Errorf("report %s: header has no doc", r.Name)
	case len(r.Columns) == 0:
		return r, fmt.Errorf("report %s: header has no columns", r.Name)
	case r.Parts > 0 && !r.Packed:
		return r, fmt.Errorf("report %s: parts needs rows: packed", r.Name)
	}
	if r.Parts > 0 {
		for _, p := range r.Params {
			if p.Name == "part" || p.Name == "parts" {
				return r, fmt.Errorf("report %s: parameter %q is taken by parts", r.Name, p.Name)
			}
		}
		// Without them every part would return every row.
		if !partRE.MatchString(text) || !partsRE.MatchString(text) {
			return r, fmt.Errorf("report %s: a report in parts must use $part and $parts", r.Name)
		}
	}
	for _, group := range r.OneOf {
		for _, name := range group {
			p, ok := r.Param(name)
			if !ok {
				return r, fmt.Errorf("report %s: oneof names %q, which is not a parameter", r.Name, name)
			}
			if p.Required {
				return r, fmt.Errorf("report %s: oneof parameter %q must be optional", r.Name, name)
			}
		}
	}
	return r, nil
}

func parseParam(spec string) (Param, error) {
	m := paramRE.FindStringSubmatch(spec)
	if m == nil {
		return Param{}, fmt.Errorf(`bad param line %q (want: NAME TYPE required|optional "doc")`, spec)
	}
	p := Param{Name: m[1], Type: m[2], Required: m[3] == "required", Doc: m[4]}
	switch p.Type {
	case "string", "int", "rows", "date", "country", "actor", "body", "fulltext":
	default:
		if !enumRE.MatchString(p.Type) {
			return Param{}, fmt.Errorf("parameter %q: unknown type %q (want string, int, rows, date, country, actor, body, fulltext or enum(a|b|…))", p.Name, p.Type)
		}
	}
	return p, nil
}

// Param returns the declared parameter called name.
func (r Report) Param(name string) (Param, bool) {
	for _, p := range r.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// Bind checks command-line arguments against the declared parameters and
// converts them to query parameters: every declared parameter is present in
// the result (nil when an optional one is not given). Unknown names, missing
// required parameters and values of the wrong type are errors.
func (r Report) Bind(args map[string]string) (map[string]any, error) {
	names := make([]string, 0, len(args))
	for name := range args {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, ok := r.Param(name); !ok {
			return nil, fmt.Errorf("report %s has no parameter %q (parameters: %s)", r.Name, name, r.paramList())
		}
	}
	out := make(map[string]any, len(r.Params))
	for _, p := range r.Params {
		raw, given := args[p.Name]
		raw = strings.TrimSpace(raw)
		if !given || raw == "" {
			if p.Required {
				return nil, fmt.Errorf("report %s needs parameter %q: %s", r.Name, p.Name, p.Doc)
			}
			out[p.Name] = nil
			continue
		}
		v, err := p.Convert(raw)
		if err != nil {
			return nil, err
		}
		out[p.Name] = v
	}
	for _, group := range r.OneOf {
		var given []string
		for _, name := range group {
			if out[name] != nil {
				given = append(given, "--"+name)
			}
		}
		switch {
		case len(given) == 0:
			return nil, fmt.Errorf("report %s needs one of --%s", r.Name, strings.Join(group, ", --"))
		case len(given) > 1:
			return nil, fmt.Errorf("report %s takes only one of %s", r.Name, strings.Join(given, ", "))
		}
	}
	return out, nil
}

func (r Report) paramList() string {
	if len(r.Params) == 0 {
		return "none"
	}
	var names []string
	for _, p := range r.Params {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

// Convert turns a command-line value into the parameter's query value:
// string → string; int → int64; date → "YYYY-MM-DD" string (dates of facts
// are stored as such strings); country → upper-case known code; actor → the
// key of an electoral body, government, NGO or international organisation
// ("kz/cec" → "KZ/CEC"); body → the key of an electoral body (CC/CEC or
// CC/SUB:name); fulltext → a Lucene query that needs every word of the
// value, with Lucene's special characters removed; enum → one of its values;
// rows → a number of rows, 1 to MaxRows. Values longer than any the graph
// holds are refused before they reach the database: a key (actor, body)
// over graph.MaxKeyBytes, a name (fulltext) over MaxNameChars characters,
// a string over MaxStringBytes.
func (p Param) Convert(raw string) (any, error) {
	if err := p.checkLength(raw); err != nil {
		return nil, err
	}
	switch p.Type {
	case "string":
		return raw, nil
	case "int":
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("parameter %q: %q is not a whole number", p.Name, raw)
		}
		return n, nil
	case "rows":
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || n < 1 || n > MaxRows {
			return nil, fmt.Errorf("parameter %q: %q is not a number of rows from 1 to %d", p.Name, raw, MaxRows)
		}
		return n, nil
	case "date":
		if _, err := time.Parse(time.DateOnly, raw); err != nil {
			return nil, fmt.Errorf("parameter %q: %q is not a date of the form YYYY-MM-DD", p.Name, raw)
		}
		return raw, nil
	case "country":
		code := strings.ToUpper(raw)
		if !IsCountryCode(code) {
			return nil, fmt.Errorf("parameter %q: unknown country code %q (want an ISO 3166-1 alpha-2 code such as KZ)", p.Name, code)
		}
		return code, nil
	case "actor", "body":
		return p.convertKey(raw)
	case "fulltext":
		q := FulltextQuery(raw)
		if q == "" {
			return nil, fmt.Errorf("parameter %q: %q has no words to search for", p.Name, raw)
		}
		return q, nil
	}
	if values := p.EnumValues(); values != nil {
		if slices.Contains(values, raw) {
			return raw, nil
		}
		lower := strings.ToLower(raw)
		if slices.Contains(values, lower) {
			return lower, nil
		}
		return nil, fmt.Errorf("parameter %q: %q is not one of %s", p.Name, raw, strings.Join(values, ", "))
	}
	return nil, fmt.Errorf("parameter %q: unknown type %q", p.Name, p.Type)
}

// Bounds of report parameter values (see Param.Convert).
const (
	// MaxRows is the largest number of rows a report can be asked for
	// (a Cypher LIMIT takes a 32-bit integer).
	MaxRows = 1_000_000_000
	// MaxNameChars bounds a name searched for in the full-text index; the
	// index refuses a word of much more than a thousand characters.
	MaxNameChars = 200
	// MaxStringBytes bounds a string parameter, such as a fact's key
	// (whose identity the graph bounds at graph.MaxIdentityBytes).
	MaxStringBytes = 8192
)

// checkLength refuses a value longer than any value of the parameter's
// type in the graph, without repeating it.
func (p Param) checkLength(raw string) error {
	switch p.Type {
	case "actor", "body":
		if len(raw) > graph.MaxKeyBytes {
			return fmt.Errorf("parameter %q: a key of %d bytes is too long (keys are at most %d bytes)", p.Name, len(raw), graph.MaxKeyBytes)
		}
	case "fulltext":
		if n := utf8.RuneCountInString(raw); n > MaxNameChars {
			return fmt.Errorf("parameter %q: a name of %d characters is too long (at most %d)", p.Name, n, MaxNameChars)
		}
	case "string":
		if len(raw) > MaxStringBytes {
			return fmt.Errorf("parameter %q: a value of %d bytes is too long (at most %d)", p.Name, len(raw), MaxStringBytes)
		}
	default:
		// Dates, countries, numbers and enum values are checked whole;
		// a long one is only repeated in part.
		if len(raw) > 64 {
			return fmt.Errorf("parameter %q: a value of %d bytes is too long for a %s", p.Name, len(raw), p.Type)
		}
	}
	return nil
}

// EnumValues returns the values of an enum(a|b|…) parameter, or nil.
func (p Param) EnumValues() []string {
	m := enumRE.FindStringSubmatch(p.Type)
	if m == nil {
		return nil
	}
	var out []string
	for v := range strings.SplitSeq(m[1], "|") {
		out = append(out, strings.TrimSpace(v))
	}
	return out
}

// Run binds args and runs the report in a read transaction.
func (r Report) Run(ctx context.Context, runner Runner, args map[string]string) (*Table, error) {
	params, err := r.Bind(args)
	if err != nil {
		return nil, err
	}
	if r.Parts > 0 {
		t, err := r.runParts(ctx, runner, params)
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", r.Name, err)
		}
		return t, nil
	}
	t, err := runner.Read(ctx, r.Cypher, params)
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", r.Name, err)
	}
	if r.Packed {
		if t, err = r.unpack(t, len(r.Columns)); err != nil {
			return nil, fmt.Errorf("report %s: %w", r.Name, err)
		}
	}
	return t, nil
}

// unpack turns the one record of a packed report into the Table of its rows
// (see Report.Packed), each a list of width values.
// A query that matches nothing may return no record at all: no rows.
func (r Report) unpack(t *Table, width int) (*Table, error) {
	if len(t.Columns) != 1 || t.Columns[0] != "rows" || len(t.Rows) > 1 {
		return nil, fmt.Errorf("a packed report must return one record with one column, rows; got %d records of %v", len(t.Rows), t.Columns)
	}
	if len(t.Rows) == 0 {
		return &Table{Columns: slices.Clone(r.Columns), Rows: [][]any{}}, nil
	}
	list, ok := t.Rows[0][0].([]any)
	if !ok {
		return nil, fmt.Errorf("a packed report's rows must be a list, not %T", t.Rows[0][0])
	}
	out := &Table{Columns: slices.Clone(r.Columns), Rows: make([][]any, len(list))}
	for i, v := range list {
		row, ok := v.([]any)
		if !ok || len(row) != width {
			what := strings.Join(r.Columns, ", ")
			if width > len(r.Columns) {
				what += ", merge key"
			}
			return nil, fmt.Errorf("packed row %d is %v, not a list of %d values (%s)", i+1, v, width, what)
		}
		out.Rows[i] = row
	}
	return out, nil
}

// convertKey checks and normalises the key of an actor: a country prefix
// must be a known country code, and a body parameter takes electoral bodies
// only.
func (p Param) convertKey(raw string) (any, error) {
	key := raw
	if head, rest, ok := strings.Cut(raw, ":"); ok {
		key = strings.ToUpper(head) + ":" + rest
	} else {
		key = strings.ToUpper(raw)
	}
	kind := graph.KindOf(key)
	if cc := graph.CountryOf(key); cc != "" && kind != graph.KindCountry && !IsCountryCode(cc) {
		return nil, fmt.Errorf("parameter %q: unknown country code %q in %q (want an ISO 3166-1 alpha-2 code such as KZ)", p.Name, cc, key)
	}
	switch kind {
	case graph.KindBody, graph.KindSubBody:
		return key, nil
	case graph.KindGovernment, graph.KindNGO, graph.KindOrganization:
		if p.Type == "actor" {
			return key, nil
		}
	}
	if p.Type == "body" {
		return nil, fmt.Errorf("parameter %q: %q is not the key of an electoral body (want CC/CEC, e.g. KZ/CEC, or CC/SUB:name)", p.Name, raw)
	}
	return nil, fmt.Errorf("parameter %q: %q is not the key of an electoral body, government, NGO or organisation (want e.g. KZ/CEC, KZ/GOV or OSCE)", p.Name, raw)
}

// FulltextQuery turns a name in any word form into a Lucene query for the
// entity_names full-text index (Russian analyzer) that needs every word.
// Letters and digits are kept and everything else, Lucene's operators and
// special characters among it, separates words. A word matches any of its
// forms: it becomes a prefix query on its stem, stemmed twice with the same
// Snowball stemmer the index uses («Абдировым» → абдир*, which matches the
// indexed stem of «Абдиров»). It returns "" when there is no word.
func FulltextQuery(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		w = strings.ReplaceAll(strings.ToLower(w), "ё", "е")
		stem := russian.Stem(russian.Stem(w, false), false)
		if utf8.RuneCountInString(stem) >= 2 {
			w = stem + "*"
		}
		words[i] = "+" + w
	}
	return strings.Join(words, " ")
}
