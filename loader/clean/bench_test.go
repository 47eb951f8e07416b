package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkClean cleans each fixture article once per op.
//
//	go test -run '^$' -bench BenchmarkClean ./loader/clean
func BenchmarkClean(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatal("no fixtures", err)
	}
	var bodies []string
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(raw))
		size += int64(len(raw))
	}
	c := NewCleaner()
	b.SetBytes(size / int64(len(bodies)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Clean(bodies[i%len(bodies)])
	}
}
