package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/loader/synth"
	"github.com/cecgraph/cecgraph/queries"
)

// BenchmarkScale (make bench-scale) loads generated articles, written as
// files in folders of 1,000, at each size of CECGRAPH_BENCH_SCALE_SIZES
// (default 20000,200000) into an emptied database with the cecgraph binary
// (built by the benchmark), and prints for each size: the load time and
// facts/s, the peak RSS of the load process, the unchanged re-run, and the
// p50/p95 of three reports (memoranda, partners, body --limit 100) on the
// loaded graph; then the time of cecgraph remove of the first 20,000 (or
// all, when fewer). With CECGRAPH_BENCH_SCALE_DIR the articles are
// written under that folder (articles-N) and kept, and so is the graph
// when CECGRAPH_TEST_NEO4J_URI names a running server: removals can then be
// timed by hand (README, "Loading").
//
//	CECGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:47687 go test -run '^$' -bench BenchmarkScale -benchtime 1x -timeout 6h ./cmd/cecgraph
func BenchmarkScale(b *testing.B) {
	sizes := []int{20000, 200000}
	if env := os.Getenv("CECGRAPH_BENCH_SCALE_SIZES"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			require.NoError(b, err, "CECGRAPH_BENCH_SCALE_SIZES")
			sizes = append(sizes, n)
		}
	}
	uri := neo4jtest.URI(b)
	tmp := b.TempDir()
	bin := filepath.Join(tmp, "cecgraph")
	keep := os.Getenv("CECGRAPH_BENCH_SCALE_DIR")
	articles := tmp
	if keep != "" {
		articles = keep
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(b, build.Run(), "building cecgraph")
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, n := range sizes {
			dir := filepath.Join(articles, fmt.Sprintf("articles-%d", n))
			writeSynthTree(b, dir, n)
			wipeInSteps(b, uri)
			first := loadProcess(b, bin, uri, dir)
			again := loadProcess(b, bin, uri, dir)
			require.Contains(b, again.out, fmt.Sprintf("%d unchanged", n))
			s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
			require.NoError(b, err)
			p95 := reportTimes(b, s)
			_ = s.Close(ctx)
			fmt.Fprintf(os.Stderr, "BenchmarkScale: %d articles, %d facts: load %s (%.0f facts/s), peak RSS %d MB; unchanged re-run %s, peak RSS %d MB; report p50/p95: %s (machine: %s)\n",
				n, first.facts, first.elapsed.Round(100*time.Millisecond), float64(first.facts)/first.elapsed.Seconds(), first.rssMB,
				again.elapsed.Round(10*time.Millisecond), again.rssMB, p95, loadAverage())
			// The first folders, up to 20,000 articles: a removal of all
			// 200,000 at once runs out of the server's transaction memory
			// (1 GB heap) in its clean-up.
			folders := min(n, 20000) / 1000
			var paths []string
			for f := 0; f < folders; f++ {
				paths = append(paths, filepath.Join(dir, fmt.Sprintf("%04d", f)))
			}
			removed := removeProcess(b, bin, uri, paths)
			fmt.Fprintf(os.Stderr, "BenchmarkScale: %d articles: remove %d of them %s (%.0f articles/s) (machine: %s)\n",
				n, folders*1000, removed.Round(100*time.Millisecond), float64(folders*1000)/removed.Seconds(), loadAverage())
			if keep == "" {
				require.NoError(b, os.RemoveAll(dir))
			}
		}
	}
}

// writeSynthTree writes n generated articles as .txt files into folders of
// 1,000 under dir.
func writeSynthTree(t testing.TB, dir string, n int) {
	t.Helper()
	g := synth.New(42)
	for i := 0; i < n; i++ {
		a := g.Next()
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/1000))
		if i%1000 == 0 {
			require.NoError(t, os.MkdirAll(sub, 0o755))
		}
		require.NoError(t, os.WriteFile(filepath.Join(sub, a.ID+".txt"), []byte(a.Text()), 0o644))
	}
}

// wipeInSteps empties the database, relationships first, so that no
// transaction has to hold the many relationships of a dense node.
func wipeInSteps(t testing.TB, uri string) {
	t.Helper()
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
	require.NoError(t, err)
	defer s.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		_, err = s.Run(ctx, q, nil, true)
		require.NoError(t, err)
	}
}

// loadRun is what one cecgraph load process did.
type loadRun struct {
	out     string
	elapsed time.Duration
	facts   int
	rssMB   int64
}

// loadProcess runs cecgraph load on dir in its own process and returns its
// time, the facts of its summary and its peak resident set size.
func loadProcess(t testing.TB, bin, uri, dir string) loadRun {
	t.Helper()
	cmd := exec.Command(bin, "load", "--progress", "none", dir)
	cmd.Env = append(os.Environ(), "CECGRAPH_NEO4J_URI="+uri)
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	start := time.Now()
	require.NoError(t, cmd.Run(), "cecgraph load %s", dir)
	r := loadRun{out: out.String(), elapsed: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = ru.Maxrss / 1024 // kilobytes on Linux
	}
	var articles int
	_, err := fmt.Sscanf(r.out, "loaded %d articles (%d facts)", &articles, &r.facts)
	require.NoError(t, err, r.out)
	return r
}

// removeProcess runs cecgraph remove on paths in its own process and
// returns its time; with CECGRAPH_BENCH_DEBUG set it prints the store's
// debug lines (the time of each write step) on stderr.
func removeProcess(t testing.TB, bin, uri string, paths []string) time.Duration {
	t.Helper()
	args := []string{"remove"}
	if os.Getenv("CECGRAPH_BENCH_DEBUG") != "" {
		args = append(args, "--log-level", "debug") // the time of each write step, on stderr
	}
	cmd := exec.Command(bin, append(args, paths...)...)
	cmd.Env = append(os.Environ(), "CECGRAPH_NEO4J_URI="+uri)
	cmd.Stderr = os.Stderr
	start := time.Now()
	out, err := cmd.Output()
	require.NoError(t, err, "cecgraph remove %v", paths)
	elapsed := time.Since(start)
	require.Contains(t, string(out), "removed ")
	return elapsed
}

// reportTimes runs the memoranda, partners and body --limit 100 reports
// (5 rounds to warm up, then 40 timed rounds, every report once a round)
// and returns their p50/p95.
func reportTimes(t testing.TB, s *neo4jstore.Store) string {
	t.Helper()
	ctx := context.Background()
	cases := []struct {
		name string
		args map[string]string
	}{
		{"memoranda", map[string]string{"country": "KZ"}},
		{"partners", map[string]string{"country": "KZ"}},
		{"body", map[string]string{"body": "KZ/CEC", "limit": "100"}},
	}
	const warmup, runs = 5, 40
	times := make([][]time.Duration, len(cases))
	for round := 0; round < warmup+runs; round++ {
		for i, c := range cases {
			r, err := queries.Lookup(c.name)
			require.NoError(t, err)
			start := time.Now()
			_, err = r.Run(ctx, s, c.args)
			require.NoError(t, err, c.name)
			if round >= warmup {
				times[i] = append(times[i], time.Since(start))
			}
		}
	}
	var parts []string
	for i, c := range cases {
		slices.Sort(times[i])
		p50 := times[i][len(times[i])/2]
		p95 := times[i][(len(times[i])*95+99)/100-1]
		parts = append(parts, fmt.Sprintf("%s %s/%s", c.name, p50.Round(100*time.Microsecond), p95.Round(100*time.Microsecond)))
	}
	return strings.Join(parts, ", ")
}

// loadAverage is the machine's load average over the last minute, 5 and
// 15 minutes, as /proc/loadavg gives it.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "unknown"
	}
	return "load average " + strings.Join(f[:3], " ")
}
