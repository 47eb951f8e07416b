package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractReportsALargeArticle: a text file of several megabytes, one
// article, gets a line on stderr before and after its extraction, naming
// it; stdout has its one Document.
func TestExtractReportsALargeArticle(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	var b strings.Builder
	b.WriteString("Хроника сотрудничества\n\n")
	for i := 0; b.Len() < 4<<20+1000; i++ {
		b.WriteString("ЦИК Казахстана и ЦИК Узбекистана подписали меморандум о сотрудничестве. Стороны обсудили обмен опытом.\n\n")
	}
	path := filepath.Join(t.TempDir(), "chronicle.txt")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	code, out, errOut := cli(t, "", "extract", path)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 1, strings.Count(out, "\n"), "one article")
	assert.Contains(t, out, `"parties":["KZ/CEC","UZ/CEC"]`)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	require.Len(t, lines, 2, errOut)
	assert.Contains(t, lines[0], path+": one article of 4.0 MB")
	assert.Contains(t, lines[1], path+": extracted in ")
	assert.Contains(t, lines[1], ", facts: 1")
}
