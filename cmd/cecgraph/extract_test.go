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

// TestExtractWarnsOfBadUTF8Bytes: a UTF-8 article with one stray byte in the
// middle, or its last character cut short, is read as UTF-8: its facts are
// extracted, and stderr names the file and the replaced byte; the exit code
// stays 0.
func TestExtractWarnsOfBadUTF8Bytes(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	const article = "ЦИК Казахстана и ЦИК Узбекистана подписали меморандум\n\n" +
		"Центральная избирательная комиссия Казахстана и Центральная избирательная комиссия Узбекистана подписали меморандум о сотрудничестве. " +
		"Стороны договорились об обмене наблюдателями на выборах. Документ подписали председатели обеих комиссий в Астане.\n"
	dir := t.TempDir()
	stray := filepath.Join(dir, "stray.txt")
	k := strings.Index(article, "Стороны")
	require.NoError(t, os.WriteFile(stray, []byte(article[:k]+"\xd0"+article[k:]), 0o644))
	cut := filepath.Join(dir, "cut.txt")
	short := strings.TrimSuffix(article, "Астане.\n") + "Астане"
	require.NoError(t, os.WriteFile(cut, []byte(short[:len(short)-1]), 0o644))
	for _, path := range []string{stray, cut} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, out, errOut := cli(t, "", "extract", path)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, `"encoding":"utf-8"`)
			assert.Contains(t, out, `"title":"ЦИК Казахстана и ЦИК Узбекистана подписали меморандум"`)
			assert.Contains(t, out, `"type":"memorandum","parties":["KZ/CEC","UZ/CEC"]`)
			assert.Equal(t, "cecgraph: warning: "+path+": 1 byte that is not UTF-8 in a UTF-8 text, replaced with U+FFFD", strings.SplitN(strings.TrimSpace(errOut), " (", 2)[0])
		})
	}
}
