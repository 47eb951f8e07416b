package queries_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/source"
	"github.com/cecgraph/cecgraph/loader/synth"
	"github.com/cecgraph/cecgraph/queries"
)

// benchArticles is the number of generated articles the benchmark graph is
// loaded from.
const benchArticles = 10000

// benchTarget is the p95 latency every report must stay under on the
// benchmark graph.
const benchTarget = 100 * time.Millisecond

// BenchmarkReports runs every report on a graph loaded from 10,000
// generated articles (loader/synth through the real pipeline) and prints the
// p50 and p95 latency of each, measured through Report.Run as the CLI runs
// it. It fails when a p95 is over benchTarget. `make bench-reports` runs it
// against a throwaway Neo4j; against a running one:
//
//	CECGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:17687 go test -run '^$' -bench BenchmarkReports -benchtime 1x ./queries
//
// The graph stays in the database afterwards; a second run that finds the
// same number of generated articles reuses it (set CECGRAPH_BENCH_RELOAD=1
// to reload).
func BenchmarkReports(b *testing.B) {
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jtest.Config(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close(ctx)
	if err := benchGraph(b, s); err != nil {
		b.Fatal(err)
	}
	// The schema's indexes are the ones the reports use; a reused graph may
	// predate some of them.
	if err := s.ApplySchema(ctx); err != nil {
		b.Fatal(err)
	}
	fact := scalarString(b, s, "MATCH (m:Memorandum)-[r:REPORTED_IN]->() WITH m, count(r) AS n ORDER BY n DESC, m.key LIMIT 1 RETURN m.key")
	cases := []struct {
		report string
		args   map[string]string
	}{
		{"body", map[string]string{"body": "KZ/CEC"}},
		{"body", map[string]string{"body": "KZ/CEC", "limit": "100"}},
		{"evidence", map[string]string{"fact": fact}},
		{"meetings", map[string]string{"country": "KZ"}},
		{"meetings", map[string]string{"country": "KZ", "limit": "100"}},
		{"meetings", map[string]string{"body": "UZ/CEC", "since": "2024-01-01", "until": "2024-12-31"}},
		{"memoranda", map[string]string{"country": "KZ"}},
		{"memoranda", map[string]string{"body": "TJ/CEC", "status": "signed"}},
		{"observations", map[string]string{"country": "KZ"}},
		{"organisations", map[string]string{}},
		{"partners", map[string]string{"country": "KZ"}},
		{"pending", map[string]string{}},
		{"pending", map[string]string{"country": "UZ"}},
		{"person", map[string]string{"name": "Нурлана Абенова"}},
		{"person", map[string]string{"name": "Нурлана Абенова", "limit": "100"}},
		{"stats", map[string]string{}},
		{"review", map[string]string{}},
		{"review", map[string]string{"type": "meeting", "limit": "100"}},
	}
	// Each report's first run after the load is timed on its own (a cold
	// server: query planning, JIT, page cache); then every report runs
	// warmup times in rounds, so that the server is warm for all of them
	// alike. The timed runs go in rounds too, every report once a round:
	// the machine's own slow spells (the same query measures 30% slower
	// for minutes at a time here) then fall on all reports alike instead
	// of on the few that happen to run during one.
	const warmup, runs = 10, 50
	reports := make([]queries.Report, len(cases))
	first := make([]time.Duration, len(cases))
	b.ResetTimer()
	for i, c := range cases {
		r, err := queries.Lookup(c.report)
		if err != nil {
			b.Fatal(err)
		}
		reports[i] = r
		start := time.Now()
		if _, err := r.Run(ctx, s, c.args); err != nil {
			b.Fatalf("%s %v: %v", c.report, c.args, err)
		}
		first[i] = time.Since(start)
	}
	for round := 0; round < warmup; round++ {
		for i, c := range cases {
			if _, err := reports[i].Run(ctx, s, c.args); err != nil {
				b.Fatalf("%s %v: %v", c.report, c.args, err)
			}
		}
	}
	// A run during which the hypervisor took much of the CPU (steal time:
	// here it rises when other machines are busy, and when we use both
	// cores) measures the host, not us: the timed rounds are repeated, up to
	// maxAttempts times, until one has at most stealLimit% stolen, and the
	// least disturbed attempt is the one reported. When none is quiet
	// enough the benchmark fails as inconclusive, whatever its figures.
	const maxAttempts, stealLimit = 3, 5.0
	var times [][]time.Duration
	rows := make([]int, len(cases))
	steal := -1.0
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		ts := make([][]time.Duration, len(cases))
		before := readCPUTimes()
		for range runs {
			for i, c := range cases {
				start := time.Now()
				t, err := reports[i].Run(ctx, s, c.args)
				if err != nil {
					b.Fatalf("%s %v: %v", c.report, c.args, err)
				}
				ts[i] = append(ts[i], time.Since(start))
				rows[i] = len(t.Rows)
			}
		}
		st := readCPUTimes().stealSince(before)
		if times == nil || st < steal {
			times, steal = ts, st
		}
		if st <= stealLimit {
			break
		}
		fmt.Printf("attempt %d: cpu steal %.1f%% during the timed rounds, over %.0f%%; timing again\n", attempt, st, stealLimit)
	}
	var lines []string
	worst := time.Duration(0)
	for i, c := range cases {
		ts := times[i]
		slices.Sort(ts)
		p50, p95 := ts[len(ts)/2], ts[(len(ts)*95+99)/100-1]
		worst = max(worst, p95)
		mark := ""
		if p95 > benchTarget {
			mark = "  over target"
		}
		lines = append(lines, fmt.Sprintf("%-13s %-44s %6d %9s %9s %9s%s", c.report, argString(c.args), rows[i], ms(first[i]), ms(p50), ms(p95), mark))
	}
	b.StopTimer()
	fmt.Printf("\nreports on %d generated articles: first run, then %d rounds of every report after %d warm-up rounds\n", benchArticles, runs, warmup)
	fmt.Printf("%-13s %-44s %6s %9s %9s %9s\n", "report", "parameters", "rows", "first", "p50", "p95")
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("worst p95: %s (target %s)\n", ms(worst), ms(benchTarget))
	if steal >= 0 {
		// Time the hypervisor gave to other machines: the same query runs
		// up to 1.5 times slower while it is high.
		fmt.Printf("cpu steal during the timed rounds: %.1f%% (limit %.0f%%)\n", steal, stealLimit)
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "worst-p95-ms")
	switch {
	case steal > stealLimit:
		b.Errorf("inconclusive: the hypervisor took %.1f%% of the CPU in the least disturbed of %d attempts; run it again", steal, maxAttempts)
	case worst > benchTarget:
		b.Errorf("worst p95 %s is over the %s target", ms(worst), ms(benchTarget))
	}
}

// cpuTimes are the machine's CPU times from /proc/stat, in clock ticks.
type cpuTimes struct{ total, steal uint64 }

// readCPUTimes reads the first line of /proc/stat; zero where there is none.
func readCPUTimes() cpuTimes {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return cpuTimes{}
	}
	line, _, _ := strings.Cut(string(b), "\n")
	fields := strings.Fields(line)
	if len(fields) < 9 || fields[0] != "cpu" {
		return cpuTimes{}
	}
	// user nice system idle iowait irq softirq steal; guest and guest_nice,
	// after them, are already counted in user and nice.
	var t cpuTimes
	for i, f := range fields[1:9] {
		n, _ := strconv.ParseUint(f, 10, 64)
		t.total += n
		if i == 7 {
			t.steal = n
		}
	}
	return t
}

// stealSince is the share of CPU time stolen since before, in percent, or
// -1 when unknown.
func (t cpuTimes) stealSince(before cpuTimes) float64 {
	if t.total <= before.total {
		return -1
	}
	return 100 * float64(t.steal-before.steal) / float64(t.total-before.total)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func argString(args map[string]string) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := ""
	for _, k := range keys {
		v := args[k]
		if len([]rune(v)) > 24 {
			v = string([]rune(v)[:23]) + "…"
		}
		out += fmt.Sprintf("--%s %s ", k, v)
	}
	return out
}

func scalarString(b *testing.B, s *neo4jstore.Store, cypher string) string {
	t, err := s.Run(context.Background(), cypher, nil, false)
	if err != nil || len(t.Rows) != 1 {
		b.Fatalf("%s: %v", cypher, err)
	}
	v, _ := t.Rows[0][0].(string)
	return v
}

// benchGraph makes sure the database holds exactly the graph of the
// generated articles: it wipes it and loads them unless a previous run left
// that graph.
func benchGraph(b *testing.B, s *neo4jstore.Store) error {
	ctx := context.Background()
	g := synth.New(1)
	arts := make([]source.Article, benchArticles)
	for i := range arts {
		a := g.Next()
		sum := sha256.Sum256([]byte(a.Text()))
		arts[i] = source.Article{ID: a.ID, Path: a.ID + ".txt", Format: source.FormatText, Title: a.Title, Body: a.Body,
			SHA256: hex.EncodeToString(sum[:])}
	}
	// The graph is reused when it holds exactly these articles: as many,
	// all generated, and the last one with the same content (the generator
	// may have changed since it was loaded).
	last := arts[len(arts)-1]
	t, err := s.Run(ctx, `MATCH (a:Article) RETURN count(a) AS n, count(CASE WHEN a.key STARTS WITH 'synth-' THEN 1 END) AS synth,
  count(CASE WHEN a.key = $key AND a.sha256 = $sha THEN 1 END) AS same`, map[string]any{"key": last.ID, "sha": last.SHA256}, false)
	if err != nil {
		return err
	}
	if t.Rows[0][0] == int64(benchArticles) && t.Rows[0][1] == int64(benchArticles) && t.Rows[0][2] == int64(1) && os.Getenv("CECGRAPH_BENCH_RELOAD") == "" {
		fmt.Printf("reusing the graph of %d generated articles already loaded\n", benchArticles)
		// A graph written by an older version gets its facts' sides
		// lists and confidence, as cecgraph load gives them.
		if _, err := s.UpgradeFacts(ctx); err != nil {
			return err
		}
		if _, err := s.ApplyJudgements(ctx); err != nil {
			return err
		}
		_, err := queries.RefreshTables(ctx, s)
		return err
	}
	start := time.Now()
	if _, err := s.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil, true); err != nil {
		return err
	}
	if err := s.ApplySchema(ctx); err != nil {
		return err
	}
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	if err != nil {
		return err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return err
	}
	// Facts get their confidence as cecgraph load gives it.
	p := &loader.Pipeline{Extractor: ex, Cleaner: clean.NewCleaner(), Finish: func(d *graph.Document) { loader.Score(d, gaz) }}
	docs := make([]graph.Document, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i] = p.Document(arts[i])
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	extracted := time.Now()
	const batch = 500
	for i := 0; i < len(docs); i += batch {
		if _, err := s.Load(ctx, docs[i:min(i+batch, len(docs))]); err != nil {
			return err
		}
	}
	if _, err := s.ApplyJudgements(ctx); err != nil {
		return err
	}
	// the tables that reports read, as cecgraph load rewrites them
	if _, err := queries.RefreshTables(ctx, s); err != nil {
		return err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("generated and extracted %d articles in %s, loaded in %s: %d nodes, %d relationships\n",
		len(docs), extracted.Sub(start).Round(time.Millisecond), time.Since(extracted).Round(time.Millisecond), info.Nodes, info.Relationships)
	return nil
}
