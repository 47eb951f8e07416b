package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
)

// Input is one input of a run, as Collect finds it.
type Input struct {
	// Path is the file path, "-" for standard input.
	Path string
	// Stem is what the ids of the input's articles are made of: the id of
	// a text or HTML file's article, the prefix of "<stem>-<line>" for a
	// line of a JSON-lines file without an "id" (see Collect).
	Stem string
	// Err is set for an input that cannot be read; the other fields then
	// only name it.
	Err error
}

// Collect walks paths as Walk does and returns every input of the run, in
// order, each file once (a file named twice, directly or through its
// directory, is read once).
//
// A file's stem is its name without the extension ("news" for
// d1/news.txt), so that an article keeps its id wherever it is loaded from,
// unless another file of the run has the same stem: then each of those files
// takes the shortest tail of its path, without the extension, that tells
// them apart, the same number of path elements for all of them
// ("d1/news" and "d2/news" for d1/news.txt and d2/news.txt; "news.txt" and
// "news.html" when only the extension differs). JSON-lines files and the
// other files are told apart separately, since their ids cannot meet.
func Collect(ctx context.Context, paths []string) ([]Input, error) {
	var inputs []Input
	seen := map[string]bool{}
	err := Walk(ctx, paths, func(path string, err error) error {
		id := path
		if path != StdinPath {
			if abs, aerr := filepath.Abs(path); aerr == nil {
				id = abs
			}
		}
		if seen[id] {
			return nil
		}
		seen[id] = true
		inputs = append(inputs, Input{Path: path, Stem: fileStem(path), Err: err})
		return nil
	})
	if err != nil {
		return nil, err
	}
	groups := map[string][]int{}
	for i, in := range inputs {
		if in.Err != nil || in.Path == StdinPath {
			continue
		}
		kind := "file"
		if f, _ := FormatOf(in.Path); f == FormatJSONL {
			kind = "jsonl"
		}
		k := kind + "\x00" + in.Stem
		groups[k] = append(groups[k], i)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		abs := make([]string, len(g))
		for j, i := range g {
			p, err := filepath.Abs(inputs[i].Path)
			if err != nil {
				p = inputs[i].Path
			}
			abs[j] = p
		}
		for j, stem := range distinctTails(abs) {
			inputs[g[j]].Stem = stem
		}
	}
	return inputs, nil
}

// distinctTails returns, for distinct paths, the shortest tails of the same
// number of elements, slash-separated, that differ from each other: first
// without the extension, then with it.
func distinctTails(paths []string) []string {
	for _, keepExt := range []bool{false, true} {
		elems := make([][]string, len(paths))
		longest := 0
		for i, p := range paths {
			if !keepExt {
				p = strings.TrimSuffix(p, filepath.Ext(p))
			}
			elems[i] = strings.Split(strings.Trim(filepath.ToSlash(p), "/"), "/")
			longest = max(longest, len(elems[i]))
		}
		for n := 1; n <= longest; n++ {
			tails := make([]string, len(paths))
			distinct := map[string]bool{}
			for i, e := range elems {
				tails[i] = strings.Join(e[max(0, len(e)-n):], "/")
				distinct[tails[i]] = true
			}
			if len(distinct) == len(paths) {
				return tails
			}
		}
	}
	// Not reached for distinct paths; keep them whole.
	return paths
}

// LoadInput reads an input Collect found, as Load does, the ids of its
// articles made of in.Stem. An input with Err gives that error.
func LoadInput(in Input, stdin io.Reader) ([]Article, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	var raw []byte
	var err error
	if in.Path == StdinPath {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(in.Path)
	}
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: in.Path, Err: err}
	}
	return parseFile(in.Path, in.Stem, raw)
}

// ErrDuplicateID reports an article whose id an earlier article of the
// same run has.
var ErrDuplicateID = errors.New("duplicate article id")

// IDs finds articles of a run whose id an earlier article of the run has:
// two articles with one id would be one article in the graph. The zero
// value is ready to use.
type IDs struct {
	first map[string]string
}

// Check records an article's id and path (Article.Path, "file#Lnn" for a
// JSON line). If an earlier article had the id, it records nothing and
// returns an *Error for this article that wraps ErrDuplicateID and names
// where the id was first seen.
func (s *IDs) Check(id, path string) error {
	id = strings.TrimSpace(id)
	if s.first == nil {
		s.first = map[string]string{}
	}
	first, dup := s.first[id]
	if !dup {
		s.first[id] = path
		return nil
	}
	file, line := graph.SplitLine(path)
	return &Error{Path: file, Line: line,
		Err: fmt.Errorf("%w %q: %s has it already; this one is not read", ErrDuplicateID, abbreviateID(id), graph.ShowPlace(first))}
}

// abbreviateID shortens an id for a message.
func abbreviateID(id string) string {
	r := []rune(id)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return id
}
