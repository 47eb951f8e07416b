package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Formats lists the output formats Write knows.
var Formats = []string{"table", "csv", "json", "markdown"}

// Write prints t to w in format: "table" (aligned columns under a header and
// a separator line, null as "-"), "csv" (a header row, null as an empty
// field), "json" (an array of objects whose keys follow the column order,
// null as null) or "markdown" (a pipe table, null as "-").
func Write(w io.Writer, t *Table, format string) error {
	return WriteWidth(w, t, format, 0)
}

// WriteWidth is Write with a maximum line width for the "table" format:
// when the aligned table would be wider than width, the widest text columns
// are narrowed (never below their header or a few characters) and cells cut
// to fit end with "…". A width of 0 or less means no limit; the other
// formats are never cut.
func WriteWidth(w io.Writer, t *Table, format string, width int) error {
	if t == nil {
		t = &Table{}
	}
	var err error
	switch strings.ToLower(format) {
	case "table", "":
		err = writeTable(w, t, width)
	case "csv":
		err = writeCSV(w, t)
	case "json":
		err = writeJSON(w, t)
	case "markdown", "md":
		err = writeMarkdown(w, t)
	default:
		return fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("writing %s output: %w", format, err)
	}
	return nil
}

// cell renders one value for the text formats; null is nullText.
func cell(v any, nullText string) string {
	switch x := v.(type) {
	case nil:
		return nullText
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	default:
		b, err := marshal(x)
		if err != nil {
			return fmt.Sprint(x)
		}
		return string(b)
	}
}

// oneLine keeps a cell on one line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
}

func isNumber(v any) bool {
	switch v.(type) {
	case int64, int, float64:
		return true
	}
	return false
}

// minColumnWidth is the narrowest a text column is cut to when a table must
// fit a width (unless its header or its widest cell is narrower).
const minColumnWidth = 8

// fitWidths narrows the widest text columns until the table, with two
// spaces between columns, fits width, or nothing can be narrowed further.
func fitWidths(widths []int, headers []string, numeric []bool, width int) {
	if width <= 0 {
		return
	}
	floor := make([]int, len(widths))
	total := 2 * (len(widths) - 1)
	for i, wd := range widths {
		total += wd
		floor[i] = wd
		if !numeric[i] {
			floor[i] = min(wd, max(utf8.RuneCountInString(headers[i]), minColumnWidth))
		}
	}
	for total > width {
		widest := -1
		for i := range widths {
			if widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
		total--
	}
}

// cut shortens s to n runes, the last one an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func writeTable(w io.Writer, t *Table, width int) error {
	n := len(t.Columns)
	widths := make([]int, n)
	numeric := make([]bool, n)
	for i, c := range t.Columns {
		widths[i] = utf8.RuneCountInString(c)
		numeric[i] = true
	}
	cells := make([][]string, len(t.Rows))
	for r, row := range t.Rows {
		cells[r] = make([]string, n)
		for i := 0; i < n; i++ {
			var v any
			if i < len(row) {
				v = row[i]
			}
			if v != nil && !isNumber(v) {
				numeric[i] = false
			}
			s := oneLine(cell(v, "-"))
			cells[r][i] = s
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	fitWidths(widths, t.Columns, numeric, width)
	line := func(fields []string, align bool) string {
		var b strings.Builder
		for i, f := range fields {
			f = cut(f, widths[i])
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(f))
			if align && numeric[i] {
				b.WriteString(pad + f)
			} else {
				b.WriteString(f + pad)
			}
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	var b strings.Builder
	b.WriteString(line(t.Columns, false))
	seps := make([]string, n)
	for i := range seps {
		seps[i] = strings.Repeat("-", widths[i])
	}
	b.WriteString(line(seps, false))
	for _, row := range cells {
		b.WriteString(line(row, true))
	}
	if len(t.Rows) == 0 {
		b.WriteString("(no rows)\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCSV(w io.Writer, t *Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Columns); err != nil {
		return err
	}
	for _, row := range t.Rows {
		rec := make([]string, len(t.Columns))
		for i := range rec {
			if i < len(row) {
				rec[i] = cell(row[i], "")
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// marshal encodes v as compact JSON without HTML escaping.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func writeJSON(w io.Writer, t *Table) error {
	var b bytes.Buffer
	if len(t.Rows) == 0 {
		b.WriteString("[]\n")
	} else {
		b.WriteString("[\n")
		for r, row := range t.Rows {
			b.WriteString("  {")
			for i, c := range t.Columns {
				if i > 0 {
					b.WriteString(", ")
				}
				k, err := marshal(c)
				if err != nil {
					return err
				}
				var v any
				if i < len(row) {
					v = row[i]
				}
				val, err := marshal(v)
				if err != nil {
					return fmt.Errorf("row %d, column %s: %w", r+1, c, err)
				}
				b.Write(k)
				b.WriteString(": ")
				b.Write(val)
			}
			b.WriteString("}")
			if r < len(t.Rows)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString("]\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeMarkdown(w io.Writer, t *Table) error {
	esc := func(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }
	var b strings.Builder
	b.WriteString("|")
	for _, c := range t.Columns {
		b.WriteString(" " + esc(c) + " |")
	}
	b.WriteString("\n|")
	for range t.Columns {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, row := range t.Rows {
		b.WriteString("|")
		for i := range t.Columns {
			var v any
			if i < len(row) {
				v = row[i]
			}
			b.WriteString(" " + esc(cell(v, "-")) + " |")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
