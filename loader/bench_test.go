package loader

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/source"
	"github.com/cecgraph/cecgraph/loader/synth"
)

func benchPipeline(b *testing.B, workers int) *Pipeline {
	b.Helper()
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	if err != nil {
		b.Fatal(err)
	}
	return &Pipeline{Extractor: ex, Cleaner: clean.NewCleaner(), Workers: workers}
}

// BenchmarkDocument measures cleaning and extraction of one article on one
// core: articles/s and MB/s per core.
//
//	go test -run '^$' -bench BenchmarkDocument -benchmem ./loader
func BenchmarkDocument(b *testing.B) {
	p := benchPipeline(b, 1)
	g := synth.New(1)
	arts := make([]source.Article, 1000)
	var size int64
	for i := range arts {
		a := g.Next()
		arts[i] = source.Article{ID: a.ID, Path: a.ID + ".txt", Format: source.FormatText, Title: a.Title, Body: a.Body}
		size += int64(len(a.Title) + len(a.Body))
	}
	b.SetBytes(size / int64(len(arts)))
	b.ResetTimer()
	facts := 0
	for i := 0; i < b.N; i++ {
		facts += len(p.Document(arts[i%len(arts)]).Facts)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(facts)/float64(b.N), "facts/article")
}

var corpusOnce sync.Map

// corpus writes n generated articles as .txt files once per process.
func corpus(b *testing.B, n int) string {
	if v, ok := corpusOnce.Load(n); ok {
		return v.(string)
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("cecgraph-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(42)
	for i := 0; i < n; i++ {
		a := g.Next()
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/500))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, a.ID+".txt"), []byte(a.Text()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	corpusOnce.Store(n, dir)
	return dir
}

// BenchmarkPipeline streams a directory of generated articles through the
// whole pipeline (read, decode, clean, extract) on every core into a sink
// that drops them, and reports articles/s and the peak heap, which must not
// grow with the corpus.
//
//	go test -run '^$' -bench BenchmarkPipeline -benchtime 1x ./loader
func BenchmarkPipeline(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir := corpus(b, n)
			p := benchPipeline(b, runtime.NumCPU())
			b.ResetTimer()
			var peak atomic.Uint64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				done := make(chan struct{})
				go func() {
					var ms runtime.MemStats
					t := time.NewTicker(20 * time.Millisecond)
					defer t.Stop()
					for {
						runtime.ReadMemStats(&ms)
						if ms.HeapInuse > peak.Load() {
							peak.Store(ms.HeapInuse)
						}
						select {
						case <-done:
							return
						case <-t.C:
						}
					}
				}()
				st, err := p.Run(context.Background(), []string{dir}, nil, func(graph.Document) error { return nil })
				close(done)
				if err != nil {
					b.Fatal(err)
				}
				if st.Articles != n || st.Failed != 0 {
					b.Fatalf("articles %d failed %d, want %d and 0", st.Articles, st.Failed, n)
				}
				b.SetBytes(st.Bytes)
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(runtime.NumCPU()), "cores")
		})
	}
}

// realCorpus reads the real Russian and English articles of the shared
// evaluation corpus (../shared/corpus/dev beside the repository; never the
// check set), as a user's files would be read.
func realCorpus(b *testing.B) []source.Article {
	b.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no evaluation corpus at %s: the real-article benchmark needs ../shared beside the repository", dir)
	}
	var out []source.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts, err := source.ParseFile(f, raw)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, arts...)
	}
	return out
}

// BenchmarkRealArticles cleans and extracts the real articles of the
// evaluation corpus over and over on one core, GC included: articles/s per
// core, and the peak heap, which must stay flat however many are done.
//
//	go test -run '^$' -bench BenchmarkRealArticles -benchmem ./loader
func BenchmarkRealArticles(b *testing.B) {
	arts := realCorpus(b)
	p := benchPipeline(b, 1)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Title) + len(a.Body))
	}
	b.SetBytes(size / int64(len(arts)))
	runtime.GC()
	var peak uint64
	var ms runtime.MemStats
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Document(arts[i%len(arts)])
		if i%512 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}
