package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph/neo4jstore/neo4jtest"
)

const memoText = "ЦИК Казахстана и ЦИК Узбекистана подписали меморандум о сотрудничестве."

// writeFiles writes files (relative name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
}

// extractedIDs is the "id" of every object extract printed.
func extractedIDs(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var doc struct {
			ID string `json:"id"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &doc), line)
		ids = append(ids, doc.ID)
	}
	return ids
}

// badIDLines is a JSON-lines export whose lines 2 and 3 have a blank and a
// 5,000-character id, and whose line 5 repeats the id of line 1.
func badIDLines() string {
	return strings.Join([]string{
		`{"id": "good-1", "title": "Меморандум", "published": "2024-03-01", "text": "` + memoText + `"}`,
		`{"id": "   ", "title": "Пустой", "text": "` + memoText + `"}`,
		`{"id": "` + strings.Repeat("x", 5000) + `", "title": "Длинный", "text": "` + memoText + `"}`,
		`{"id": "good-2", "title": "Ещё", "published": "2024-03-02", "text": "` + memoText + `"}`,
		`{"id": "good-1", "title": "Повтор", "published": "2024-03-03", "text": "Совсем другая статья."}`,
	}, "\n") + "\n"
}

// extract names a JSON line with a blank or overlong id, and one whose id
// an earlier line has, by file and line with the reason; the other lines
// are extracted and the exit code is 2.
func TestExtractRejectsBadAndDuplicateIDsByLine(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	dir := t.TempDir()
	path := filepath.Join(dir, "export.jsonl")
	writeFiles(t, dir, map[string]string{"export.jsonl": badIDLines()})
	code, out, errOut := cli(t, "", "extract", dir)
	require.Equal(t, 2, code, errOut)
	assert.Equal(t, []string{"good-1", "good-2"}, extractedIDs(t, out))
	assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:2: bad article id: the "id" is blank`)
	assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:3: bad article id: the "id" is 5000 bytes long, over the limit of 1024`)
	assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:5: duplicate article id "good-1": `+path+":1 has it already")
	assert.Contains(t, errOut, "3 input(s) could not be read")
}

// Files of the same name in different directories are different articles:
// their ids come from their paths; a file whose name is its own keeps its
// name as id.
func TestExtractMakesIDsOfSameNamedFilesUnique(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"d1/news.txt":  "Меморандум\n\n" + memoText,
		"d2/news.txt":  "Встреча\n\nЦИК Казахстана провела встречу с ЦИК Киргизии.",
		"d2/other.txt": "Другое\n\n" + memoText,
	})
	code, out, errOut := cli(t, "", "extract", filepath.Join(dir, "d1"), filepath.Join(dir, "d2"))
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, []string{"d1/news", "d2/news", "other"}, extractedIDs(t, out))

	code, out, errOut = cli(t, "", "extract", filepath.Join(dir, "d2"))
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, []string{"news", "other"}, extractedIDs(t, out), "ids of one directory are the file names, as before")
}

// Broken symbolic links, a PDF saved as .html and a file name with control
// characters: each is named, escaped, with its reason; the rest is
// extracted; exit code 2.
func TestExtractReportsBrokenLinksPDFAndEscapesNames(t *testing.T) {
	isolate(t, "bolt://127.0.0.1:1")
	dir := t.TempDir()
	evil := "\x1b[2J\x1b[31mevil\r.txt"
	writeFiles(t, dir, map[string]string{
		"good.txt": "Меморандум\n\n" + memoText,
		"saved.html": "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" +
			"BT (CEC of Kazakhstan and CEC of Uzbekistan signed a memorandum) Tj ET\n%%EOF\n",
		evil: "",
	})
	require.NoError(t, os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")))
	require.NoError(t, os.Symlink("loop2.txt", filepath.Join(dir, "loop1.txt")))
	require.NoError(t, os.Symlink("loop1.txt", filepath.Join(dir, "loop2.txt")))
	code, out, errOut := cli(t, "", "extract", dir)
	require.Equal(t, 2, code, errOut)
	assert.Equal(t, []string{"good"}, extractedIDs(t, out))
	assert.Contains(t, errOut, filepath.Join(dir, "dangling.txt")+": broken symbolic link: its target nowhere.txt does not exist")
	assert.Contains(t, errOut, filepath.Join(dir, "loop1.txt")+": broken symbolic link: a loop of symbolic links")
	assert.Contains(t, errOut, filepath.Join(dir, "loop2.txt")+": broken symbolic link: a loop of symbolic links")
	assert.Contains(t, errOut, filepath.Join(dir, "saved.html")+": a PDF document, not text, HTML or JSON lines")
	assert.Contains(t, errOut, `/\x1b[2J\x1b[31mevil\r.txt": no text`)
	assert.NotContains(t, errOut, "\x1b", "no raw control character reaches the terminal")
	assert.NotContains(t, errOut, "\r")
	assert.Contains(t, errOut, "5 input(s) could not be read")
}

// load: a blank or overlong id, and an id an earlier line has, are named
// by file and line; same-named files of two directories are two articles;
// the rest loads; exit code 2.
func TestLoadRejectsBadIDsAndKeepsSameNamedFilesApart(t *testing.T) {
	neo4jtest.Store(t)
	isolate(t, neo4jtest.URI(t))
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/export.jsonl": badIDLines(),
		"d1/news.txt":     "Меморандум\n\n" + memoText,
		"d2/news.txt":     "Встреча\n\nЦИК Казахстана провела встречу с ЦИК Киргизии.",
	})
	path := filepath.Join(dir, "in", "export.jsonl")
	for run := 0; run < 2; run++ {
		code, out, errOut := cli(t, "", "load", dir)
		require.Equal(t, 2, code, "run %d: %s", run, errOut)
		assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:2: bad article id: the "id" is blank`)
		assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:3: bad article id: the "id" is 5000 bytes long`)
		assert.Contains(t, errOut, "cecgraph: skipped: "+path+`:5: duplicate article id "good-1": `+path+":1 has it already")
		assert.Contains(t, out, "3 failed inputs")
		assert.Equal(t, "key\nd1/news\nd2/news\ngood-1\ngood-2\n",
			cypher(t, "MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN a.key AS key ORDER BY key"))
		assert.Equal(t, "title\nМеморандум\n", cypher(t, "MATCH (a:Article {key: 'good-1'}) RETURN a.title AS title"), "the first line with the id wins")
	}
}
