package export

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ArrayDelimiter separates the items of a list property in admin-csv files
// (neo4j-admin's default).
const ArrayDelimiter = ";"

// ImportScript is the file WriteAdminCSV writes next to the CSV files: the
// neo4j-admin command that imports them.
const ImportScript = "import.sh"

// adminType maps a Cypher value type to a neo4j-admin import header type,
// "" when the value is written as a string.
func adminType(cypherType string) string {
	scalar := map[string]string{
		"INTEGER": "long", "FLOAT": "double", "BOOLEAN": "boolean", "STRING": "string",
		"DATE": "date", "LOCAL DATETIME": "localdatetime", "ZONED DATETIME": "datetime",
		"LOCAL TIME": "localtime", "ZONED TIME": "time", "DURATION": "duration",
	}
	if t, ok := scalar[cypherType]; ok {
		return t
	}
	if inner, ok := strings.CutPrefix(cypherType, "LIST<"); ok {
		if t, ok := scalar[strings.TrimSuffix(inner, ">")]; ok {
			return t + "[]"
		}
	}
	return "string"
}

// column is one property column of a CSV file.
type column struct {
	name, typ string
}

// columnsOf gathers the property columns of a group of rows, key first and
// the others by name; a property whose type differs between rows is a string.
func columnsOf(props [][]Property) []column {
	types := map[string]string{}
	for _, ps := range props {
		for _, p := range ps {
			t := adminType(p.Type)
			if p.Type == "LIST<NOTHING>" { // an empty list fits any list type
				if old, ok := types[p.Name]; ok && strings.HasSuffix(old, "[]") {
					continue
				}
				t = "string[]"
			}
			if old, ok := types[p.Name]; ok && old != t && old != "string[]" {
				t = "string"
			}
			types[p.Name] = t
		}
	}
	names := make([]string, 0, len(types))
	for n := range types {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "key") != (names[j] == "key") {
			return names[i] == "key"
		}
		return names[i] < names[j]
	})
	cols := make([]column, len(names))
	for i, n := range names {
		cols[i] = column{n, types[n]}
	}
	return cols
}

func (c column) header() string {
	if c.typ == "string" {
		return c.name
	}
	return c.name + ":" + c.typ
}

// emptyString is the cell of a property whose value is the empty string: it
// is written as "" (quoted), which the import reads as an empty string, while
// an empty unquoted cell is no property at all.
const emptyString = "\x00empty"

// writeCSVLine writes one CSV record: fields with a delimiter, a quote or a
// line break are quoted (quotes doubled), emptyString is written as "".
func writeCSVLine(w *bufio.Writer, fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		switch {
		case f == emptyString:
			w.WriteString(`""`)
		case strings.ContainsAny(f, ",\"\r\n") || f != strings.TrimSpace(f):
			w.WriteByte('"')
			w.WriteString(strings.ReplaceAll(f, `"`, `""`))
			w.WriteByte('"')
		default:
			w.WriteString(f)
		}
	}
	w.WriteByte('\n')
}

// adminValue renders a property value for a CSV cell of type typ.
func adminValue(v any, typ string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		if x == "" {
			return emptyString
		}
	case []any:
		if strings.HasSuffix(typ, "[]") {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = adminValue(e, strings.TrimSuffix(typ, "[]"))
			}
			return strings.Join(parts, ArrayDelimiter)
		}
	}
	return graphMLValue(v, typ)
}

// WriteAdminCSV writes g into dir as CSV files in the header format of
// `neo4j-admin database import full`: one nodes_<Labels>.csv per set of
// labels (":ID", key and the other properties with their types, ":LABEL")
// and one relationships_<TYPE>.csv per type (":START_ID", ":END_ID",
// ":TYPE", properties), all in one ID space of export node IDs. It also
// writes ImportScript, which runs the import, and returns the files and
// the import arguments (--nodes=…, --relationships=…, relative to dir).
func WriteAdminCSV(dir string, g *Graph) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", dir, err)
	}
	var files, args []string
	write := func(name string, header []string, rows [][]string) error {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("creating %s: %w", path, err)
		}
		bw := bufio.NewWriterSize(f, 64*1024)
		writeCSVLine(bw, header)
		for _, row := range rows {
			writeCSVLine(bw, row)
		}
		if err := bw.Flush(); err != nil {
			_ = f.Close()
			return fmt.Errorf("writing %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		files = append(files, path)
		return nil
	}

	groups := map[string][]Node{}
	for _, n := range g.Nodes {
		k := strings.Join(n.Labels, "_")
		groups[k] = append(groups[k], n)
	}
	for _, k := range sortedKeys(groups) {
		nodes := groups[k]
		props := make([][]Property, len(nodes))
		for i, n := range nodes {
			props[i] = n.Properties
		}
		cols := columnsOf(props)
		header := []string{":ID"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		header = append(header, ":LABEL")
		rows := make([][]string, len(nodes))
		for i, n := range nodes {
			m := propertyMap(n.Properties)
			row := []string{n.ID}
			for _, c := range cols {
				row = append(row, adminValue(m[c.name], c.typ))
			}
			rows[i] = append(row, strings.Join(n.Labels, ArrayDelimiter))
		}
		name := "nodes_" + safeName(k) + ".csv"
		if err := write(name, header, rows); err != nil {
			return files, err
		}
		args = append(args, "--nodes="+name)
	}

	rels := map[string][]Relationship{}
	for _, r := range g.Relationships {
		rels[r.Type] = append(rels[r.Type], r)
	}
	for _, typ := range sortedKeys(rels) {
		list := rels[typ]
		props := make([][]Property, len(list))
		for i, r := range list {
			props[i] = r.Properties
		}
		cols := columnsOf(props)
		header := []string{":START_ID", ":END_ID", ":TYPE"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		rows := make([][]string, len(list))
		for i, r := range list {
			m := propertyMap(r.Properties)
			row := []string{r.Start, r.End, r.Type}
			for _, c := range cols {
				row = append(row, adminValue(m[c.name], c.typ))
			}
			rows[i] = row
		}
		name := "relationships_" + safeName(typ) + ".csv"
		if err := write(name, header, rows); err != nil {
			return files, err
		}
		args = append(args, "--relationships="+name)
	}
	args = append(args, "--multiline-fields=true")

	var script strings.Builder
	script.WriteString("#!/bin/sh\n# Imports these files into an empty database (default: neo4j) with Neo4j 5's neo4j-admin:\n#   sh import.sh [DATABASE]\n")
	script.WriteString("cd \"$(dirname \"$0\")\" || exit 1\nexec neo4j-admin database import full \\\n")
	for _, a := range args {
		script.WriteString("  " + strconv.Quote(a) + " \\\n")
	}
	script.WriteString("  \"${1:-neo4j}\"\n")
	path := filepath.Join(dir, ImportScript)
	if err := os.WriteFile(path, []byte(script.String()), 0o755); err != nil {
		return files, fmt.Errorf("writing %s: %w", path, err)
	}
	files = append(files, path)
	return files, nil
}

// ImportArgs returns the arguments of `neo4j-admin database import full`
// for the files WriteAdminCSV wrote into dir (paths relative to dir).
func ImportArgs(files []string) []string {
	var args []string
	for _, f := range files {
		base := filepath.Base(f)
		switch {
		case strings.HasPrefix(base, "nodes_"):
			args = append(args, "--nodes="+base)
		case strings.HasPrefix(base, "relationships_"):
			args = append(args, "--relationships="+base)
		}
	}
	return append(args, "--multiline-fields=true")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// safeName keeps letters, digits, '_' and '-' of a label or type for a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, s)
}
