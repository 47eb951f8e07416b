package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/source"
)

// Pipeline turns input paths into Documents.
type Pipeline struct {
	Extractor *extract.Extractor
	Cleaner   *clean.Cleaner
	// Workers is the number of extraction goroutines; 0 means one per core.
	Workers int
	// OnError is called, in input order, for every input that failed; the
	// run goes on. It may be nil.
	OnError func(err error)
	// OnWarning is called, in input order, with every warning of an article
	// that was read (source.Article.Warnings) and its path. It may be nil.
	OnWarning func(path, msg string)
	// OnCleaned, when set, is called with each article, the text that was
	// cleaned (Removed offsets point into it) and the result.
	OnCleaned func(a source.Article, input string, r clean.Result)
	// OnLarge, when set, is called before and after Document extracts an
	// article of LargeBytes bytes or more, which takes seconds. It may be
	// called from several goroutines at once.
	OnLarge func(LargeProgress)
	// LargeBytes is the size from which OnLarge is called; 0 means
	// LargeArticle.
	LargeBytes int
	// Finish, when set, is called with every Document after extraction
	// (an analyst's aliases, confidence scores: see Score). It may be
	// called from several goroutines at once.
	Finish func(*graph.Document)
}

// LargeArticle is the default size in bytes from which Document reports an
// article through Pipeline.OnLarge.
const LargeArticle = 4 << 20

// LargeProgress tells the progress of one large article.
type LargeProgress struct {
	Path  string
	Bytes int  // the size of the article's title and body
	Done  bool // false before the extraction, true after it
	// Elapsed and Facts are set when Done: the time the extraction took
	// and the facts it found.
	Elapsed time.Duration
	Facts   int
}

// Stats counts what a run did.
type Stats struct {
	Files    int
	Articles int
	Failed   int
	Facts    int
	Bytes    int64
	Elapsed  time.Duration
}

// Sink receives Documents in input order.
type Sink func(doc graph.Document) error

type result struct {
	docs  []graph.Document
	errs  []error
	warns []source.Article // the paths and warnings of articles with warnings
	size  int64
}

type job struct {
	seq int
	in  source.Input
	err error
	// art is set for an article already read (a line of a JSON-lines file).
	art *source.Article
	out chan result
}

// Run walks paths, extracts every article and calls sink with each Document
// in input order. It returns when all input is done, ctx is cancelled, or
// the sink fails (whose error it returns). Failed inputs are reported
// through OnError and counted in Stats.Failed. Article ids are those
// source.Collect gives; an article whose id an earlier article of the run
// has is such a failure (source.IDs), not passed to the sink.
func (p *Pipeline) Run(ctx context.Context, paths []string, stdin StdinSource, sink Sink) (Stats, error) {
	start := time.Now()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan *job, workers)
	order := make(chan *job, workers*4) // bounds the work in flight: memory stays flat

	var walkErr error
	go func() {
		defer close(jobs)
		defer close(order)
		seq := 0
		submit := func(j *job) error {
			j.seq, j.out = seq, make(chan result, 1)
			seq++
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if j.err != nil {
				j.out <- result{errs: []error{j.err}}
				return nil
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		}
		inputs, err := source.Collect(ctx, paths)
		if err != nil {
			walkErr = err
			return
		}
		for _, in := range inputs {
			if in.Err == nil && in.Path != source.StdinPath {
				if f, ferr := source.FormatOf(in.Path); ferr == nil && f == source.FormatJSONL {
					if err := streamJSONL(in, submit); err != nil {
						walkErr = err
						return
					}
					continue
				}
			}
			if err := submit(&job{in: in, err: in.Err}); err != nil {
				walkErr = err
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.art != nil {
					j.out <- p.processArticle(*j.art)
					continue
				}
				j.out <- p.process(j.in, stdin)
			}
		}()
	}

	var st Stats
	var sinkErr error
	var ids source.IDs
	fail := func(e error) {
		st.Failed++
		if p.OnError != nil {
			p.OnError(e)
		}
	}
	for j := range order {
		r := <-j.out
		st.Files++
		st.Bytes += r.size
		for _, e := range r.errs {
			fail(e)
		}
		for _, a := range r.warns {
			p.Warn(a)
		}
		if sinkErr != nil {
			continue
		}
		for _, d := range r.docs {
			if err := ids.Check(d.ID, d.Path); err != nil {
				fail(err)
				continue
			}
			st.Articles++
			st.Facts += len(d.Facts)
			if err := sink(d); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	wg.Wait()
	st.Elapsed = time.Since(start)
	if sinkErr != nil {
		return st, sinkErr
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return st, walkErr
	}
	return st, ctx.Err()
}

// StdinSource supplies standard input for the path "-".
type StdinSource = io.Reader

func (p *Pipeline) process(in source.Input, stdin StdinSource) (res result) {
	defer func() {
		if rec := recover(); rec != nil {
			res = result{errs: []error{&source.Error{Path: in.Path, Err: fmt.Errorf("internal error: %v", rec)}}}
		}
	}()
	arts, err := source.LoadInput(in, stdin)
	if err != nil {
		var list source.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				res.errs = append(res.errs, e)
			}
		} else {
			res.errs = append(res.errs, err)
		}
	}
	for _, a := range arts {
		res.size += int64(len(a.Body) + len(a.Title))
		if len(a.Warnings) > 0 {
			res.warns = append(res.warns, source.Article{Path: a.Path, Warnings: a.Warnings})
		}
		res.docs = append(res.docs, p.Document(a))
	}
	return res
}

// Warn passes the warnings of article a to OnWarning.
func (p *Pipeline) Warn(a source.Article) {
	if p.OnWarning == nil {
		return
	}
	for _, w := range a.Warnings {
		p.OnWarning(a.Path, w)
	}
}

// streamJSONL reads a JSON-lines file one article at a time and submits
// each as its own job, so that a large export is never held in memory.
func streamJSONL(in source.Input, submit func(*job) error) error {
	f, err := os.Open(in.Path)
	if err != nil {
		return submit(&job{in: in, err: &source.Error{Path: in.Path, Err: unwrapPath(err)}})
	}
	defer f.Close()
	r := source.NewJSONLReader(f, in.Path)
	r.SetStem(in.Stem)
	for {
		a, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if serr := submit(&job{in: in, err: err}); serr != nil {
				return serr
			}
			continue
		}
		if serr := submit(&job{in: in, art: &a}); serr != nil {
			return serr
		}
	}
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (p *Pipeline) processArticle(a source.Article) (res result) {
	defer func() {
		if rec := recover(); rec != nil {
			res = result{errs: []error{&source.Error{Path: a.Path, Err: fmt.Errorf("internal error: %v", rec)}}}
		}
	}()
	res = result{docs: []graph.Document{p.Document(a)}, size: int64(len(a.Body) + len(a.Title))}
	if len(a.Warnings) > 0 {
		res.warns = []source.Article{{Path: a.Path, Warnings: a.Warnings}}
	}
	return res
}

// Document cleans and extracts one article. A .txt file's first line is
// often not a title but a counter, a date or a menu, so title and body are
// cleaned together and the title is the first paragraph that survives; for
// HTML and JSON lines the title comes from the metadata and is put before
// the cleaned body. Evidence offsets point into that combined text.
func (p *Pipeline) Document(a source.Article) graph.Document {
	large := p.LargeBytes
	if large <= 0 {
		large = LargeArticle
	}
	if size := len(a.Title) + len(a.Body); p.OnLarge != nil && size >= large {
		p.OnLarge(LargeProgress{Path: a.Path, Bytes: size})
		start := time.Now()
		d := p.document(a)
		p.OnLarge(LargeProgress{Path: a.Path, Bytes: size, Done: true, Elapsed: time.Since(start), Facts: len(d.Facts)})
		return d
	}
	return p.document(a)
}

func (p *Pipeline) document(a source.Article) graph.Document {
	title := a.Title
	text := a.Body
	published := a.Published
	cleanIt := func(s string) string {
		if p.Cleaner == nil {
			return s
		}
		r := p.Cleaner.Clean(s)
		if p.OnCleaned != nil {
			p.OnCleaned(a, s, r)
		}
		if published == "" {
			published = r.Date
		}
		return r.Text
	}
	if a.Format == source.FormatText {
		text = cleanIt(joinParagraphs(a.Title, a.Body))
		title = firstParagraph(text)
	} else {
		text = joinParagraphs(a.Title, cleanIt(a.Body))
	}
	d := p.Extractor.Extract(extract.Input{
		ID: a.ID, Path: a.Path, URL: a.URL, Title: title, Published: published,
		Source: a.Source, Encoding: a.Encoding, SHA256: a.SHA256, Text: text,
	})
	if p.Finish != nil {
		p.Finish(&d)
	}
	return d
}

func joinParagraphs(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

// firstParagraph returns the text's first paragraph when it is short enough
// to be a headline.
func firstParagraph(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if len([]rune(first)) > 200 {
		return ""
	}
	return first
}
