package source

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
)

// Input is one input of a run, as Scan finds it.
type Input struct {
	// Path is the file path, "-" for standard input.
	Path string
	// Stem is what the ids of the input's articles are made of: the id of
	// a text or HTML file's article, the prefix of "<stem>-<line>" for a
	// line of a JSON-lines file without an "id" (see Scan).
	Stem string
	// Err is set for an input that cannot be read; the other fields then
	// only name it.
	Err error
}

// Inputs are the inputs of a run as Scan finds them. Each walks them again
// without holding their list, so that what a run keeps of its inputs does
// not grow with their number: the stems that more than one file share, and,
// only when a path given lies inside another (or is given twice), the
// 8-byte hashes of the files met, to read each once.
type Inputs struct {
	paths []string
	// stems are the stems of the files whose own stem another file of the
	// run has, by absolute path (see Scan).
	stems map[string]string
	// overlap says that a file can be met twice: a path given lies inside
	// another or is given twice.
	overlap bool
	// count is the number of inputs, jsonl that of JSON-lines files.
	count, jsonl int
}

// Count returns the number of inputs, and how many of them are JSON-lines
// files (whose articles are their lines), as Scan found them.
func (in *Inputs) Count() (inputs, jsonl int) { return in.count, in.jsonl }

// Scan walks paths as Walk does and returns the inputs of the run, each
// file once (a file named twice, directly or through its directory, is
// read once); Each passes them on in order.
//
// A file's stem is its name without the extension ("news" for
// d1/news.txt), so that an article keeps its id wherever it is loaded from,
// unless another file of the run has the same stem: then each of those files
// takes the shortest tail of its path, without the extension, that tells
// them apart, the same number of path elements for all of them
// ("d1/news" and "d2/news" for d1/news.txt and d2/news.txt; "news.txt" and
// "news.html" when only the extension differs). JSON-lines files and the
// other files are told apart separately, since their ids cannot meet.
//
// Scan walks paths once to count the stems (as 8-byte hashes), and once
// more, only when some stems are shared, to name the files that share
// them.
func Scan(ctx context.Context, paths []string) (*Inputs, error) {
	in := &Inputs{paths: paths, overlap: overlapping(paths)}
	counts := map[uint64]uint8{}
	seed := maphash.MakeSeed()
	err := in.walk(ctx, func(path string, err error) error {
		in.count++
		if err != nil || path == StdinPath {
			return nil
		}
		key := stemKey(path)
		if key[0] == 'j' {
			in.jsonl++
		}
		h := maphash.String(seed, key)
		if counts[h] < 2 {
			counts[h]++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	shared := map[uint64]bool{}
	for h, n := range counts {
		if n > 1 {
			shared[h] = true
		}
	}
	clear(counts)
	if len(shared) == 0 {
		return in, nil
	}
	groups := map[string][]string{}
	err = in.walk(ctx, func(path string, err error) error {
		if err != nil || path == StdinPath {
			return nil
		}
		key := stemKey(path)
		if !shared[maphash.String(seed, key)] {
			return nil
		}
		abs, aerr := filepath.Abs(path)
		if aerr != nil {
			abs = path
		}
		groups[key] = append(groups[key], abs)
		return nil
	})
	if err != nil {
		return nil, err
	}
	in.stems = map[string]string{}
	for _, g := range groups {
		if len(g) < 2 { // another stem with the same hash
			continue
		}
		for j, stem := range distinctTails(g) {
			in.stems[g[j]] = stem
		}
	}
	return in, nil
}

// Each calls fn with every input, in order, each file once.
func (in *Inputs) Each(ctx context.Context, fn func(Input) error) error {
	return in.walk(ctx, func(path string, err error) error {
		stem := fileStem(path)
		if len(in.stems) > 0 && err == nil && path != StdinPath {
			abs, aerr := filepath.Abs(path)
			if aerr != nil {
				abs = path
			}
			if s, ok := in.stems[abs]; ok {
				stem = s
			}
		}
		return fn(Input{Path: path, Stem: stem, Err: err})
	})
}

// walk walks the paths as Walk does, each file once.
func (in *Inputs) walk(ctx context.Context, fn func(path string, err error) error) error {
	stdin := false
	var seen map[uint64]bool
	var seed maphash.Seed
	if in.overlap {
		seen, seed = map[uint64]bool{}, maphash.MakeSeed()
	}
	return Walk(ctx, in.paths, func(path string, err error) error {
		if path == StdinPath {
			if stdin {
				return nil
			}
			stdin = true
		} else if seen != nil {
			abs, aerr := filepath.Abs(path)
			if aerr != nil {
				abs = path
			}
			h := maphash.String(seed, abs)
			if seen[h] {
				return nil
			}
			seen[h] = true
		}
		return fn(path, err)
	})
}

// stemKey is what tells a file's stem from others': "jsonl" or "file",
// then the stem.
func stemKey(path string) string {
	kind := "file"
	if f, _ := FormatOf(path); f == FormatJSONL {
		kind = "jsonl"
	}
	return kind + "\x00" + fileStem(path)
}

// overlapping tells whether one of paths (other than "-") lies inside
// another or is given twice, so that a walk can meet a file twice.
func overlapping(paths []string) bool {
	var abs []string
	for _, p := range paths {
		if p == StdinPath {
			continue
		}
		a, err := filepath.Abs(p)
		if err != nil {
			return true
		}
		abs = append(abs, a)
	}
	for i, a := range abs {
		for j, b := range abs {
			if i != j && (a == b || strings.HasPrefix(b, strings.TrimSuffix(a, string(filepath.Separator))+string(filepath.Separator))) {
				return true
			}
		}
	}
	return false
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

// LoadInput reads an input Scan found, as Load does, the ids of its
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
//
// It keeps what it needs compactly, so that a run of a million articles
// does not hold a million ids and paths: the 8-byte hash of each id (two
// different ids of one run share a hash with a chance of about n²/2⁶⁵, one
// in ten million for a million articles: the later would be reported as a
// duplicate), and where it was first seen, as the number of its file among
// the files met and its line; the files' names are kept once per file, in
// one block of bytes, their folders once per folder.
type IDs struct {
	seed  maphash.Seed
	first map[uint64]uint64 // id hash → file number << 32 | line
	// files are the files met: folder number << 32 | end of the name in
	// names; dirs the folders, numbered by dirNums.
	files   []uint64
	names   []byte
	dirs    []string
	dirNums map[string]uint32
	last    string // the last file met
}

// Check records an article's id and path (Article.Path, "file#Lnn" for a
// JSON line). If an earlier article had the id, it records nothing and
// returns an *Error for this article that wraps ErrDuplicateID and names
// where the id was first seen.
func (s *IDs) Check(id, path string) error {
	id = strings.TrimSpace(id)
	if s.first == nil {
		s.seed, s.first, s.dirNums = maphash.MakeSeed(), map[uint64]uint64{}, map[string]uint32{}
	}
	h := maphash.String(s.seed, id)
	file, line := graph.SplitLine(path)
	first, dup := s.first[h]
	if !dup {
		s.first[h] = uint64(s.fileNumber(file))<<32 | uint64(uint32(line))
		return nil
	}
	place := s.fileName(uint32(first >> 32))
	if l := uint32(first); l > 0 {
		place += "#L" + strconv.Itoa(int(l))
	}
	return &Error{Path: file, Line: line,
		Err: fmt.Errorf("%w %q: %s has it already; this one is not read", ErrDuplicateID, abbreviateID(id), graph.ShowPlace(place))}
}

// fileNumber returns the number of file, recording it when it is not the
// file of the last call (the lines of a JSON-lines file come one after
// another).
func (s *IDs) fileNumber(file string) uint32 {
	if len(s.files) > 0 && file == s.last {
		return uint32(len(s.files) - 1)
	}
	dir, name := filepath.Split(file)
	d, ok := s.dirNums[dir]
	if !ok {
		d = uint32(len(s.dirs))
		s.dirs = append(s.dirs, dir)
		s.dirNums[dir] = d
	}
	s.names = append(s.names, name...)
	s.files = append(s.files, uint64(d)<<32|uint64(len(s.names)))
	s.last = file
	return uint32(len(s.files) - 1)
}

// fileName is the name of the file of number n.
func (s *IDs) fileName(n uint32) string {
	start := 0
	if n > 0 {
		start = int(uint32(s.files[n-1]))
	}
	f := s.files[n]
	return s.dirs[f>>32] + string(s.names[start:uint32(f)])
}

// abbreviateID shortens an id for a message.
func abbreviateID(id string) string {
	r := []rune(id)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return id
}
