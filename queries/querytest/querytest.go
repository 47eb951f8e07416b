package querytest

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
)

// Articles returns the absolute path of the fixture folder,
// queries/testdata/articles.
func Articles(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("querytest: cannot locate the fixture folder")
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata", "articles")
}

// Documents extracts the articles at paths (files or folders) with the real
// pipeline, home country KZ, and fails the test on any unreadable input.
func Documents(t testing.TB, paths ...string) []graph.Document {
	t.Helper()
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	if err != nil {
		t.Fatalf("querytest: extractor: %v", err)
	}
	p := &loader.Pipeline{
		Extractor: ex,
		Cleaner:   clean.NewCleaner(),
		OnError:   func(err error) { t.Errorf("querytest: %v", err) },
	}
	var docs []graph.Document
	if _, err := p.Run(context.Background(), paths, nil, func(d graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatalf("querytest: extracting %v: %v", paths, err)
	}
	return docs
}

// Load extracts the articles at paths and loads them into s.
func Load(t testing.TB, s *neo4jstore.Store, paths ...string) {
	t.Helper()
	if _, err := s.Load(context.Background(), Documents(t, paths...)); err != nil {
		t.Fatalf("querytest: loading %v: %v", paths, err)
	}
}

// Store returns a store on the wiped test Neo4j (see neo4jtest.Store) with
// the fixture articles loaded.
func Store(t testing.TB) *neo4jstore.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	Load(t, s, Articles(t))
	return s
}
