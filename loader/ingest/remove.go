package ingest

import (
	"context"
	"io"
	"os"

	"github.com/cecgraph/cecgraph/graph/neo4jstore"
	"github.com/cecgraph/cecgraph/graph/resolve"
	"github.com/cecgraph/cecgraph/loader"
	"github.com/cecgraph/cecgraph/loader/source"
)

// RemoveSummary is what a removal did.
type RemoveSummary struct {
	// Named counts the articles named: by key, or read from a path.
	Named int
	// Stats sums what the store did; Stats.Removed counts the articles
	// that were in the graph.
	Stats neo4jstore.LoadStats
}

// Remove retracts articles from store (see neo4jstore.Store.Remove). An
// argument that is an existing file or directory names the articles in it,
// streamed through p (only their keys are kept; inputs that fail go to
// p.OnError): a text or HTML file names the article of its file name,
// without being read (loader.Pipeline.NamesOnly: reading and parsing
// 20,000 generated articles took about 0.8 s of the 2.5 to 2.85 s before a
// removal reached the server), a JSON-lines file the articles of its lines.
// Any other argument is an article key.
func Remove(ctx context.Context, store *neo4jstore.Store, p *loader.Pipeline, args []string, stdin io.Reader, ov *resolve.Overrides) (RemoveSummary, error) {
	var sum RemoveSummary
	var keys, paths []string
	for _, arg := range args {
		if _, err := os.Stat(arg); err == nil {
			paths = append(paths, arg)
		} else {
			keys = append(keys, arg)
		}
	}
	if len(paths) > 0 {
		inputs, err := source.Scan(ctx, paths)
		if err != nil {
			return sum, err
		}
		names := *p
		names.NamesOnly = true
		if _, err := names.Articles(ctx, inputs, stdin, func(a source.Article) error {
			keys = append(keys, a.ID)
			return nil
		}); err != nil {
			return sum, err
		}
	}
	sum.Named = len(keys)
	st, err := store.Remove(ctx, keys, ov)
	sum.Stats = st
	return sum, err
}
