package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
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
	// NamesOnly makes Articles give the article of a text or HTML file as
	// its id and path alone, made from the file's name, without reading the
	// file (the id of such an article is its file's name: source.Input.Stem):
	// cecgraph remove needs no more. JSON-lines files and standard input
	// are read as always, their ids being inside.
	NamesOnly bool
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

// read is what reading one input gave: its articles, or its errors.
type read struct {
	arts []source.Article
	errs []error
}

// readJob is one input to read, or one article already read (a line of a
// JSON-lines file), or an input that failed before it was read.
type readJob struct {
	in  source.Input
	err error
	art *source.Article
}

// Run walks paths, extracts every article and calls sink with each Document
// in input order. It returns when all input is done, ctx is cancelled, or
// the sink fails (whose error it returns). Failed inputs are reported
// through OnError and counted in Stats.Failed. Article ids are those
// source.Scan gives; an article whose id an earlier article of the run
// has is such a failure (source.IDs), not passed to the sink.
func (p *Pipeline) Run(ctx context.Context, paths []string, stdin StdinSource, sink Sink) (Stats, error) {
	start := time.Now()
	inputs, err := source.Scan(ctx, paths)
	if err != nil {
		return Stats{Elapsed: time.Since(start)}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	arts := make(chan source.Article)
	var st Stats
	var readErr error
	go func() {
		defer close(arts)
		st, readErr = p.Articles(ctx, inputs, stdin, func(a source.Article) error {
			select {
			case arts <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	articles, facts, panicked := 0, 0, 0
	err = Map(ctx, p.Workers, arts, p.safeDocument, func(r documentResult) error {
		if r.err != nil {
			panicked++
			if p.OnError != nil {
				p.OnError(r.err)
			}
			return nil
		}
		articles++
		facts += len(r.doc.Facts)
		return sink(r.doc)
	})
	cancel()
	for range arts { // the reader stops at the cancel
	}
	st.Articles, st.Facts = articles, facts
	st.Failed += panicked
	st.Elapsed = time.Since(start)
	if err != nil && !errors.Is(err, context.Canceled) {
		return st, err
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return st, readErr
	}
	if err != nil {
		return st, err
	}
	return st, nil
}

// documentResult is an article's Document, or the error of an extraction
// that panicked.
type documentResult struct {
	doc graph.Document
	err error
}

// safeDocument is Document that turns a panic into an error naming the
// article.
func (p *Pipeline) safeDocument(a source.Article) (res documentResult) {
	defer func() {
		if rec := recover(); rec != nil {
			res = documentResult{err: &source.Error{Path: a.Path, Err: fmt.Errorf("internal error: %v", rec)}}
		}
	}()
	return documentResult{doc: p.Document(a)}
}

// Articles reads inputs (as source.Scan finds them) on the worker pool
// and calls fn with every article, in input order, from the calling
// goroutine; a JSON-lines file is read one line at a time. Inputs that
// fail, and articles whose id an earlier article of the run has
// (source.IDs), go to OnError and are counted in Stats.Failed; warnings go
// to OnWarning. At most Window(Workers) inputs are read ahead of fn, so the
// memory it takes does not depend on the number of articles. It returns the
// first error of fn, or ctx's error. Stats.Articles counts the articles
// passed to fn.
func (p *Pipeline) Articles(ctx context.Context, inputs *source.Inputs, stdin StdinSource, fn func(source.Article) error) (Stats, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan readJob)
	var walkErr error
	go func() {
		defer close(jobs)
		submit := func(j readJob) error {
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		walkErr = inputs.Each(ctx, func(in source.Input) error {
			if in.Err == nil && in.Path != source.StdinPath {
				if f, ferr := source.FormatOf(in.Path); ferr == nil && f == source.FormatJSONL {
					return streamJSONL(in, submit)
				} else if ferr == nil && p.NamesOnly {
					return submit(readJob{in: in, art: &source.Article{ID: in.Stem, Path: in.Path, Format: f}})
				}
			}
			return submit(readJob{in: in, err: in.Err})
		})
	}()
	var st Stats
	var ids source.IDs
	fail := func(e error) {
		st.Failed++
		if p.OnError != nil {
			p.OnError(e)
		}
	}
	err := Map(ctx, p.Workers, jobs, func(j readJob) read { return p.read(j, stdin) }, func(r read) error {
		st.Files++
		for _, e := range r.errs {
			fail(e)
		}
		for _, a := range r.arts {
			st.Bytes += int64(len(a.Body) + len(a.Title))
			p.Warn(a)
			if err := ids.Check(a.ID, a.Path); err != nil {
				fail(err)
				continue
			}
			st.Articles++
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	})
	cancel()
	for range jobs { // the feeder stops at the cancel
	}
	st.Elapsed = time.Since(start)
	if err == nil && walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		err = walkErr
	}
	return st, err
}

// StdinSource supplies standard input for the path "-".
type StdinSource = io.Reader

// read reads one job's input; a panic becomes an error naming the input.
func (p *Pipeline) read(j readJob, stdin StdinSource) (res read) {
	defer func() {
		if rec := recover(); rec != nil {
			res = read{errs: []error{&source.Error{Path: j.in.Path, Err: fmt.Errorf("internal error: %v", rec)}}}
		}
	}()
	if j.err != nil {
		return read{errs: []error{j.err}}
	}
	if j.art != nil {
		return read{arts: []source.Article{*j.art}}
	}
	arts, err := source.LoadInput(j.in, stdin)
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
	res.arts = arts
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
func streamJSONL(in source.Input, submit func(readJob) error) error {
	f, err := os.Open(in.Path)
	if err != nil {
		return submit(readJob{in: in, err: &source.Error{Path: in.Path, Err: unwrapPath(err)}})
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
			if serr := submit(readJob{in: in, err: err}); serr != nil {
				return serr
			}
			continue
		}
		if serr := submit(readJob{in: in, art: &a}); serr != nil {
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
	byline := ""
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
		byline = r.Byline
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
		Source: a.Source, Encoding: a.Encoding, SHA256: a.SHA256, Text: text, Byline: byline,
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
