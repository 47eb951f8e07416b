package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A JSON line whose "id" is blank or longer than a key may be is rejected
// on its own, named with its file and line; the lines around it are read.
// An absent or empty id is still made from the file name and the line.
func TestJSONLRejectsBlankAndOverlongIDs(t *testing.T) {
	lines := []string{
		`{"id": "a1", "text": "Первая статья."}`,
		`{"id": "   ", "text": "Вторая статья."}`,
		`{"id": "` + strings.Repeat("x", 5000) + `", "text": "Третья статья."}`,
		`{"id": "\t a4 ", "text": "Четвёртая статья."}`,
		`{"id": "", "text": "Пятая статья."}`,
		`{"id": "` + strings.Repeat("я", MaxIDBytes/2) + `", "text": "Шестая статья: id на пределе."}`,
	}
	articles, err := ParseFile("in/export.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 2)
	assert.ErrorIs(t, list[0], ErrBadID)
	assert.Equal(t, `in/export.jsonl:2: bad article id: the "id" is blank ("   "); leave it out to have one made from the file name and line`, list[0].Error())
	assert.ErrorIs(t, list[1], ErrBadID)
	assert.Equal(t, `in/export.jsonl:3: bad article id: the "id" is 5000 bytes long, over the limit of 1024`, list[1].Error())
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID)
	}
	require.Len(t, ids, 4)
	assert.Equal(t, []string{"a1", "a4", "export-5"}, ids[:3], "spaces around an id are not part of it")
	assert.Len(t, ids[3], MaxIDBytes)
}

// A PDF document is refused with a clear error whatever its name says,
// even one of ASCII only that would otherwise read as text.
func TestParseFileRefusesPDF(t *testing.T) {
	pdf := []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
		"BT /F1 12 Tf 72 712 Td (CEC of Kazakhstan signed a memorandum) Tj ET\ntrailer << /Root 1 0 R >>\n%%EOF\n")
	for _, path := range []string{"saved.html", "saved.txt", "saved.jsonl", StdinPath} {
		articles, err := ParseFile(path, pdf)
		assert.Empty(t, articles, path)
		require.ErrorIs(t, err, ErrPDF, path)
		var e *Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, path, e.Path)
		assert.Zero(t, e.Line, "%s: one error for the file", path)
		assert.Contains(t, err.Error(), path+": a PDF document, not text, HTML or JSON lines")
	}
	// With a byte-order mark and blank lines before it, too.
	_, err := ParseFile("bom.html", append([]byte("\xef\xbb\xbf\n  "), pdf...))
	assert.ErrorIs(t, err, ErrPDF)

	// The streaming reader gives one error for the file and stops.
	r := NewJSONLReader(strings.NewReader(string(pdf)), "saved.jsonl")
	_, err = r.Read()
	require.ErrorIs(t, err, ErrPDF)
	_, err = r.Read()
	assert.Equal(t, "EOF", err.Error())
}

// A path with control characters is escaped in error messages, so that a
// file name cannot drive the terminal.
func TestErrorEscapesControlCharacters(t *testing.T) {
	e := &Error{Path: "in/\x1b[2J\x1b[31mnews\r.txt", Line: 3, Err: ErrEmpty}
	assert.Equal(t, `"in/\x1b[2J\x1b[31mnews\r.txt":3: no text`, e.Error())
	assert.Equal(t, "in/новость 1.txt: no text", (&Error{Path: "in/новость 1.txt", Err: ErrEmpty}).Error())
}

// Symbolic links inside a directory that lead nowhere — a missing target, a
// loop of two links, a link to itself — are each reported with their path
// and the reason, whatever their names; the walk goes on and does not hang.
// A link to a file is read; a link to a directory above is not followed.
func TestWalkReportsBrokenLinks(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "a.txt"), []byte("Статья А"), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(root, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "sub", "z.txt"), []byte("Статья Я"), 0o644))
	links := map[string]string{
		"dangling.txt": "nowhere.txt",
		"loop1.txt":    "loop2.txt",
		"loop2.txt":    "loop1.txt",
		"self":         "self",
		"good.txt":     "a.txt",
		"sub/up":       "..",
		".hidden.txt":  "gone.txt",
	}
	for name, target := range links {
		require.NoError(t, os.Symlink(target, filepath.Join(root, name)))
	}
	done := make(chan struct{})
	var got []string
	var errs []error
	go func() {
		defer close(done)
		err := Walk(context.Background(), []string{root, filepath.Join(root, "dangling.txt")}, func(path string, err error) error {
			rel, _ := filepath.Rel(root, path)
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			got = append(got, filepath.ToSlash(rel))
			return nil
		})
		assert.NoError(t, err)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the walk hangs on a loop of symbolic links")
	}
	assert.Equal(t, []string{"a.txt", "good.txt", "sub/z.txt"}, got)
	var msgs []string
	for _, e := range errs {
		assert.ErrorIs(t, e, ErrBrokenLink)
		msgs = append(msgs, strings.TrimPrefix(e.Error(), root+"/"))
	}
	assert.Equal(t, []string{
		"dangling.txt: broken symbolic link: its target nowhere.txt does not exist",
		"loop1.txt: broken symbolic link: a loop of symbolic links",
		"loop2.txt: broken symbolic link: a loop of symbolic links",
		"self: broken symbolic link: a loop of symbolic links",
		"dangling.txt: broken symbolic link: its target nowhere.txt does not exist",
	}, msgs)
}

// Ids are unique in a run: files whose names differ only in their
// directory take their ids from the shortest tail of their paths that
// tells them apart; a file whose name is its own keeps its name as id; a
// file named twice is read once.
func TestScanMakesIDsUnique(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"d1/news.txt":      "Новость один.",
		"d2/news.txt":      "Новость два.",
		"d2/other.txt":     "Другая новость.",
		"x/a/page.html":    "<p>Страница один.</p>",
		"y/a/page.html":    "<p>Страница два.</p>",
		"y/a/page.txt":     "Страница три.",
		"d1/export.jsonl":  `{"text": "Строка один."}`,
		"d2/export.jsonl":  `{"text": "Строка два."}`,
		"d2/export.txt":    "Не строка.",
		"single/alone.txt": "Одна.",
	}
	for name, content := range files {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	ctx := context.Background()
	ids := func(paths ...string) map[string]string {
		inputs, err := Scan(ctx, paths)
		require.NoError(t, err)
		out := map[string]string{}
		require.NoError(t, inputs.Each(ctx, func(in Input) error {
			require.NoError(t, in.Err)
			rel, _ := filepath.Rel(root, in.Path)
			arts, err := LoadInput(in, nil)
			require.NoError(t, err)
			for _, a := range arts {
				_, dup := out[filepath.ToSlash(rel)]
				require.False(t, dup, "%s read twice", rel)
				out[filepath.ToSlash(rel)] = a.ID
			}
			return nil
		}))
		return out
	}
	got := ids(root, filepath.Join(root, "d1"))
	assert.Equal(t, map[string]string{
		"d1/news.txt":      "d1/news",
		"d2/news.txt":      "d2/news",
		"d2/other.txt":     "other",
		"x/a/page.html":    "x/a/page.html", // y/a/page.* differ only in the extension
		"y/a/page.html":    "y/a/page.html",
		"y/a/page.txt":     "y/a/page.txt",
		"d1/export.jsonl":  "d1/export-1",
		"d2/export.jsonl":  "d2/export-1",
		"d2/export.txt":    "export",
		"single/alone.txt": "alone",
	}, got)
	// One directory of distinct names: ids are the names, as always.
	assert.Equal(t, map[string]string{"d2/news.txt": "news", "d2/other.txt": "other", "d2/export.jsonl": "export-1", "d2/export.txt": "export"},
		ids(filepath.Join(root, "d2")))
	// Two directories named on the command line.
	assert.Equal(t, map[string]string{"d1/news.txt": "d1/news", "d2/news.txt": "d2/news"},
		ids(filepath.Join(root, "d1", "news.txt"), filepath.Join(root, "d2", "news.txt")))
}

// distinctTails takes the same number of path elements for every file of a
// group, and the extension only when nothing else tells them apart.
func TestDistinctTails(t *testing.T) {
	assert.Equal(t, []string{"x/a/page", "y/a/page", "z/b/page"}, distinctTails([]string{"/r/x/a/page.html", "/r/y/a/page.html", "/r/z/b/page.html"}))
	assert.Equal(t, []string{"page.html", "page.txt"}, distinctTails([]string{"/r/a/page.html", "/r/a/page.txt"}))
}

// A duplicate id is reported for the later article, naming where the id
// was first seen; the first keeps it.
func TestIDsReportsDuplicates(t *testing.T) {
	var ids IDs
	require.NoError(t, ids.Check("a1", "in/export.jsonl#L1"))
	require.NoError(t, ids.Check("news", "in/news.txt"))
	err := ids.Check(" a1 ", "in/more.jsonl#L7")
	require.ErrorIs(t, err, ErrDuplicateID)
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "in/more.jsonl", e.Path)
	assert.Equal(t, 7, e.Line)
	assert.Equal(t, `in/more.jsonl:7: duplicate article id "a1": in/export.jsonl:1 has it already; this one is not read`, err.Error())
	assert.EqualError(t, ids.Check("news", "in/b.jsonl#L2"), `in/b.jsonl:2: duplicate article id "news": in/news.txt has it already; this one is not read`)
	require.NoError(t, ids.Check("a2", "in/more.jsonl#L8"))
}

// Scan counts the inputs; a directory given twice, or a file inside a
// directory also given, is read once; paths that do not overlap are walked
// without remembering the files met.
func TestScanReadsEachFileOnce(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"d/a.txt", "d/b.jsonl", "e/c.txt"} {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(`{"text": "Текст."}`), 0o644))
	}
	ctx := context.Background()
	walk := func(paths ...string) ([]string, int, int, bool) {
		in, err := Scan(ctx, paths)
		require.NoError(t, err)
		var got []string
		require.NoError(t, in.Each(ctx, func(i Input) error {
			rel, _ := filepath.Rel(root, i.Path)
			got = append(got, filepath.ToSlash(rel))
			return nil
		}))
		n, jsonl := in.Count()
		return got, n, jsonl, in.overlap
	}
	d, e := filepath.Join(root, "d"), filepath.Join(root, "e")
	got, n, jsonl, overlap := walk(d, d, filepath.Join(d, "a.txt"))
	assert.Equal(t, []string{"d/a.txt", "d/b.jsonl"}, got)
	assert.Equal(t, 2, n)
	assert.Equal(t, 1, jsonl)
	assert.True(t, overlap)
	got, n, jsonl, overlap = walk(d, e)
	assert.Equal(t, []string{"d/a.txt", "d/b.jsonl", "e/c.txt"}, got)
	assert.Equal(t, 3, n)
	assert.Equal(t, 1, jsonl)
	assert.False(t, overlap, "nothing to remember")
	got, _, _, overlap = walk(d+string(filepath.Separator), root)
	assert.Equal(t, []string{"d/a.txt", "d/b.jsonl", "e/c.txt"}, got)
	assert.True(t, overlap)
}

// IDs names the first file of an id whatever folder it is in, also after
// many other files.
func TestIDsNamesTheFirstFileAmongMany(t *testing.T) {
	var ids IDs
	require.NoError(t, ids.Check("x", "a/one.txt"))
	for i := 0; i < 1000; i++ {
		require.NoError(t, ids.Check(fmt.Sprintf("id-%d", i), fmt.Sprintf("b/%d/f.txt", i%7)))
	}
	require.NoError(t, ids.Check("y", "c/export.jsonl#L3"))
	require.NoError(t, ids.Check("z", "c/export.jsonl#L4"))
	assert.EqualError(t, ids.Check("id-500", "d/z.txt"), `d/z.txt: duplicate article id "id-500": b/3/f.txt has it already; this one is not read`)
	assert.EqualError(t, ids.Check("x", "d/x.txt"), `d/x.txt: duplicate article id "x": a/one.txt has it already; this one is not read`)
	assert.EqualError(t, ids.Check("z", "d/z.jsonl#L1"), `d/z.jsonl:1: duplicate article id "z": c/export.jsonl:4 has it already; this one is not read`)
	assert.Len(t, ids.files, 1+1000+1, "one entry per file met")
	assert.Len(t, ids.dirs, 1+7+1)
}
