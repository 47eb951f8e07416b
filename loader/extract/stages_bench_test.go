package extract

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/synth"
	"github.com/cecgraph/cecgraph/loader/text"
)

// BenchmarkStages times each stage of the pipeline over generated articles
// and prints the share of each.
//
//	go test -run '^$' -bench BenchmarkStages -benchtime 1x ./loader/extract
func BenchmarkStages(b *testing.B) {
	e, err := New(Options{HomeCountry: "KZ"})
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(3)
	var texts []string
	for i := 0; i < 2000; i++ {
		a := g.Next()
		texts = append(texts, a.Text())
	}
	spent := map[string]time.Duration{}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, t := range texts {
			doc := graph.Document{}
			a := &Analysis{Doc: &doc, Text: t, HomeDefault: "KZ", gaz: e.gaz, persons: &personBook{}}
			start := time.Now()
			a.Sentences = text.Split(t)
			a.Mentions = make([][]Mention, len(a.Sentences))
			spent["split"] += time.Since(start)
			for _, s := range e.stages {
				st := time.Now()
				s.Run(a)
				spent[fmt.Sprintf("%T", s)] += time.Since(st)
			}
		}
	}
	var total time.Duration
	var names []string
	for k, v := range spent {
		total += v
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return spent[names[i]] > spent[names[j]] })
	for _, k := range names {
		fmt.Printf("%-28s %6.1f µs/article %5.1f%%\n", k, float64(spent[k].Microseconds())/float64(len(texts)*b.N), 100*float64(spent[k])/float64(total))
	}
}
