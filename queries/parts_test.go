package queries

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// partRunner answers each part of a parted report with its own packed rows
// and records the parameters of every call; it is safe for concurrent use.
type partRunner struct {
	mu     sync.Mutex
	rows   map[int64][]any // packed rows by $part
	fail   map[int64]error
	params []map[string]any
}

func (p *partRunner) Read(ctx context.Context, _ string, params map[string]any) (*Table, error) {
	p.mu.Lock()
	p.params = append(p.params, params)
	p.mu.Unlock()
	part := params["part"].(int64)
	if err := p.fail[part]; err != nil {
		return nil, err
	}
	if p.fail != nil {
		select { // a part that would outlive a failed one
		case <-ctx.Done():
			return nil, fmt.Errorf("reading: %w", ctx.Err())
		case <-time.After(10 * time.Second):
			return nil, errors.New("not cancelled")
		}
	}
	return &Table{Columns: []string{"rows"}, Rows: [][]any{{p.rows[part]}}}, nil
}

func partedReport(t *testing.T, header string) Report {
	t.Helper()
	r, err := ParseReport("// name: x\n// doc: d\n// param: limit int optional \"rows\"\n// columns: a, b\n// rows: packed\n" + header + "RETURN [$part, $parts][..0] AS rows")
	require.NoError(t, err)
	return r
}

func TestParseReportParts(t *testing.T) {
	r := partedReport(t, "// parts: 3\n")
	assert.Equal(t, 3, r.Parts)
	assert.Equal(t, 0, partedReport(t, "").Parts)

	for header, want := range map[string]string{
		"// parts: 1\n":   "parts must be a number from 2 to 8",
		"// parts: 9\n":   "parts must be a number from 2 to 8",
		"// parts: two\n": "parts must be a number from 2 to 8",
	} {
		_, err := ParseReport("// name: x\n// doc: d\n// columns: a\n// rows: packed\n" + header + "RETURN 1")
		require.Error(t, err, header)
		assert.Contains(t, err.Error(), want, header)
	}
	_, err := ParseReport("// name: x\n// doc: d\n// columns: a\n// parts: 2\nRETURN 1 AS a")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "parts needs rows: packed")
	for _, name := range []string{"part", "parts"} {
		_, err = ParseReport("// name: x\n// doc: d\n// param: " + name + " int optional\n// columns: a\n// rows: packed\n// parts: 2\nRETURN $part, $parts")
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), `parameter "`+name+`" is taken by parts`)
	}
	for _, cypher := range []string{"RETURN [] AS rows", "RETURN $part AS rows", "RETURN $parts AS rows"} {
		_, err = ParseReport("// name: x\n// doc: d\n// columns: a\n// rows: packed\n// parts: 2\n" + cypher)
		require.Error(t, err, cypher)
		assert.Contains(t, err.Error(), "must use $part and $parts", cypher)
	}
}

func TestPartsAreMergedOnTheirKeys(t *testing.T) {
	r := partedReport(t, "// parts: 3\n")
	runner := &partRunner{rows: map[int64][]any{
		0: {[]any{"head", 0, ""}, []any{"a", 1, "a"}, []any{"d", 1, "d"}, []any{"e0", 1, "e"}},
		1: {[]any{"b", 1, "b"}, []any{"e1", 1, "e"}, []any{"f", 1, "f"}},
		2: {[]any{"c", 1, "c"}, []any{"e2", 1, "e"}},
	}}
	got, err := r.Run(context.Background(), runner, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, got.Columns)
	assert.Equal(t, [][]any{{"head", 0}, {"a", 1}, {"b", 1}, {"c", 1}, {"d", 1},
		{"e0", 1}, {"e1", 1}, {"e2", 1}, {"f", 1}}, got.Rows, "in key order, ties in part order")

	require.Len(t, runner.params, 3)
	seen := map[int64]bool{}
	for _, p := range runner.params {
		assert.Equal(t, int64(3), p["parts"])
		assert.Contains(t, p, "limit")
		seen[p["part"].(int64)] = true
	}
	assert.Equal(t, map[int64]bool{0: true, 1: true, 2: true}, seen)

	got, err = r.Run(context.Background(), runner, map[string]string{"limit": "4"})
	require.NoError(t, err)
	assert.Equal(t, [][]any{{"head", 0}, {"a", 1}, {"b", 1}, {"c", 1}}, got.Rows, "cut to the limit after the merge")
}

func TestPartsWithoutRowsAreEmpty(t *testing.T) {
	r := partedReport(t, "// parts: 2\n")
	got, err := r.Run(context.Background(), &partRunner{rows: map[int64][]any{0: {}, 1: {}}}, nil)
	require.NoError(t, err)
	assert.Equal(t, &Table{Columns: []string{"a", "b"}, Rows: [][]any{}}, got)
}

func TestPartErrors(t *testing.T) {
	r := partedReport(t, "// parts: 2\n")
	_, err := r.Run(context.Background(), &partRunner{rows: map[int64][]any{0: {[]any{"a", 1}}, 1: {}}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "report x: part 1 of 2: packed row 1")
	assert.Contains(t, err.Error(), "a, b, merge key")

	_, err = r.Run(context.Background(), &partRunner{rows: map[int64][]any{0: {[]any{"a", 1, "k"}}, 1: {[]any{"b", 1, int64(2)}}}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot merge parts on keys of two types")

	_, err = r.Run(context.Background(), &partRunner{rows: map[int64][]any{0: {[]any{"a", 1, "b"}, []any{"b", 1, "a"}}, 1: {}}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "part 1 of 2 is not in the order of its merge keys at row 2: a after b")

	// The part that failed is reported, not the other part it cancelled.
	boom := errors.New("boom")
	_, err = r.Run(context.Background(), &partRunner{fail: map[int64]error{1: boom}}, nil)
	require.ErrorIs(t, err, boom)
	assert.Equal(t, "report x: boom", err.Error())
}

func TestCompareMergeKeys(t *testing.T) {
	less := [][2]any{
		{"", "a"},
		{"a", "b"},
		{"Z", "a"},
		{"z", "Ж"}, // code point order
		{int64(1), int64(2)},
		{int64(1), 1.5},
		{"a", nil},
		{false, true},
		{[]any{"a"}, []any{"a", int64(1)}},
		{[]any{"a", int64(1)}, []any{"a", int64(2)}},
		{[]any{"a", int64(1)}, []any{"a", nil}},
	}
	for _, p := range less {
		c, err := compareMergeKeys(p[0], p[1])
		require.NoError(t, err, "%v", p)
		assert.Equal(t, -1, c, "%v < %v", p[0], p[1])
		c, err = compareMergeKeys(p[1], p[0])
		require.NoError(t, err, "%v", p)
		assert.Equal(t, 1, c, "%v > %v", p[1], p[0])
	}
	c, err := compareMergeKeys(nil, nil)
	require.NoError(t, err)
	assert.Zero(t, c)
	_, err = compareMergeKeys(map[string]any{}, map[string]any{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot merge parts on a map[string]interface {} key")
}
