package queries

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
)

// maxParts bounds the header line "// parts: N": each part is a read
// transaction of its own, run at the same time as the others.
const maxParts = 8

// runParts runs a parted report (see Report.Parts): the Cypher once per part,
// all parts at once, each in a read transaction of its own, with params plus
// $part (0 to Parts-1) and $parts. Each part's packed rows end with a merge key
// and come in its ascending order; runParts merges them into one Table in that
// order, drops the merge keys and cuts the rows to the report's limit
// parameter, if it has one and it is set.
func (r Report) runParts(ctx context.Context, runner Runner, params map[string]any) (*Table, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	parts := make([][][]any, r.Parts)
	var (
		mu    sync.Mutex
		first error // the first part to fail; the others are then cancelled
	)
	var wg sync.WaitGroup
	for i := range r.Parts {
		p := maps.Clone(params)
		if p == nil {
			p = map[string]any{}
		}
		p["part"], p["parts"] = int64(i), int64(r.Parts)
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A failed read says what Neo4j said, as for any report; a
			// malformed result says which part it came from.
			t, err := runner.Read(ctx, r.Cypher, p)
			if err == nil {
				if t, err = r.unpack(t, len(r.Columns)+1); err != nil {
					err = fmt.Errorf("part %d of %d: %w", i+1, r.Parts, err)
				}
			}
			if err != nil {
				mu.Lock()
				if first == nil {
					first = err
					cancel() // the other parts are of no use now
				}
				mu.Unlock()
				return
			}
			parts[i] = t.Rows
		}()
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	rows, err := mergeParts(parts)
	if err != nil {
		return nil, err
	}
	if limit, ok := params["limit"].(int64); ok && limit >= 0 && int64(len(rows)) > limit {
		rows = rows[:limit]
	}
	return &Table{Columns: slices.Clone(r.Columns), Rows: rows}, nil
}

// mergeParts merges rows that each end with a merge key, every part in
// ascending key order, into one list in that order without the keys. Rows
// with equal keys keep the order of their parts, then of their part's rows.
// A part out of order is an error: its ORDER BY and its merge key disagree.
func mergeParts(parts [][][]any) ([][]any, error) {
	n := 0
	for i, p := range parts {
		n += len(p)
		for j := 1; j < len(p); j++ {
			c, err := compareMergeKeys(last(p[j-1]), last(p[j]))
			if err != nil {
				return nil, err
			}
			if c > 0 {
				return nil, fmt.Errorf("part %d of %d is not in the order of its merge keys at row %d: %v after %v", i+1, len(parts), j+1, last(p[j]), last(p[j-1]))
			}
		}
	}
	out := make([][]any, 0, n)
	next := make([]int, len(parts))
	for len(out) < n {
		best := -1
		for i, p := range parts {
			if next[i] == len(p) {
				continue
			}
			if best < 0 {
				best = i
				continue
			}
			c, err := compareMergeKeys(last(p[next[i]]), last(parts[best][next[best]]))
			if err != nil {
				return nil, err
			}
			if c < 0 {
				best = i
			}
		}
		row := parts[best][next[best]]
		next[best]++
		out = append(out, row[:len(row)-1])
	}
	return out, nil
}

func last(row []any) any { return row[len(row)-1] }

// compareMergeKeys orders merge keys as Cypher's ORDER BY does for the values
// a report sorts on: numbers by value, strings by code point (the byte order
// of their UTF-8), false before true, lists element by element with a prefix
// first, and null after everything else. (Neo4j may compare two strings by
// UTF-16 code units instead, which differs only between a character above
// U+FFFF and one from U+E000 to U+FFFF; a part sorted that way is reported by
// mergeParts, not merged out of order.)
func compareMergeKeys(a, b any) (int, error) {
	switch {
	case a == nil && b == nil:
		return 0, nil
	case a == nil:
		return 1, nil
	case b == nil:
		return -1, nil
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return cmp.Compare(x, y), nil
		}
	case int64, float64:
		fx, _ := number(x)
		if fy, ok := number(b); ok {
			return cmp.Compare(fx, fy), nil
		}
	case bool:
		if y, ok := b.(bool); ok {
			return cmp.Compare(boolRank(x), boolRank(y)), nil
		}
	case []any:
		if y, ok := b.([]any); ok {
			for i := 0; i < len(x) && i < len(y); i++ {
				if c, err := compareMergeKeys(x[i], y[i]); err != nil || c != 0 {
					return c, err
				}
			}
			return cmp.Compare(len(x), len(y)), nil
		}
	default:
		return 0, fmt.Errorf("cannot merge parts on a %T key (%v)", a, a)
	}
	return 0, fmt.Errorf("cannot merge parts on keys of two types, %T (%v) and %T (%v)", a, a, b, b)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
