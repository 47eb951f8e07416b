package judgementyaml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/cecgraph/cecgraph/graph"
)

// Read parses and checks a judgement file's YAML: a list of entries, no
// unknown fields, each entry a valid judgement (graph.Judgement.Check), no
// two entries with one identity. Errors name the entry by its position and
// line.
func Read(raw []byte) ([]graph.Judgement, error) {
	var nodes []yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: the file is a list of judgements (entries starting with '- kind: …')", doc.Line)
	}
	for _, n := range doc.Content {
		nodes = append(nodes, *n)
	}
	out := make([]graph.Judgement, 0, len(nodes))
	seen := map[string]int{}
	for i, n := range nodes {
		var j graph.Judgement
		if err := decodeStrict(&n, &j); err != nil {
			return nil, fmt.Errorf("entry %d (line %d): %w", i+1, n.Line, err)
		}
		if err := j.Check(); err != nil {
			return nil, fmt.Errorf("entry %d (line %d): %w", i+1, n.Line, err)
		}
		if k, dup := seen[j.ID()]; dup {
			return nil, fmt.Errorf("entry %d (line %d): the same judgement as entry %d", i+1, n.Line, k)
		}
		seen[j.ID()] = i + 1
		j.When = j.When.UTC()
		out = append(out, j)
	}
	return out, nil
}

// decodeStrict decodes one entry, refusing fields a judgement has not.
func decodeStrict(n *yaml.Node, j *graph.Judgement) error {
	b, err := yaml.Marshal(n)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	return dec.Decode(j)
}

// ReadFile reads and checks a judgement file.
func ReadFile(path string) ([]graph.Judgement, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the judgement file: %w", err)
	}
	js, err := Read(raw)
	if err != nil {
		return nil, fmt.Errorf("judgement file %s: %w", path, err)
	}
	return js, nil
}

// Write writes judgements as a judgement file, in the order of their
// identities, so that an exported file diffs well under version control.
func Write(w io.Writer, js []graph.Judgement) error {
	sorted := append([]graph.Judgement(nil), js...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].ID() < sorted[b].ID() })
	for i := range sorted {
		sorted[i].When = sorted[i].When.UTC()
	}
	if len(sorted) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(sorted); err != nil {
		return fmt.Errorf("writing judgements: %w", err)
	}
	return enc.Close()
}
