package source

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// russianSample is our own Russian text for the charset fixtures.
const russianSample = "Центральная избирательная комиссия провела встречу с делегацией соседней страны.\n" +
	"Стороны обсудили подготовку к выборам, обмен наблюдателями и обучение членов участковых комиссий.\n" +
	"Председатель комиссии пригласил гостей посетить столицу в следующем году."

// encode writes s in the given single-byte charset.
func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name         string
		raw          []byte
		wantText     string
		wantEncoding string
	}{
		{"utf-8", []byte(russianSample), russianSample, EncodingUTF8},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, russianSample...), russianSample, EncodingUTF8BOM},
		{"windows-1251", encode(t, charmap.Windows1251, russianSample), russianSample, EncodingCP1251},
		{"koi8-r", encode(t, charmap.KOI8R, russianSample), russianSample, EncodingKOI8R},
		{"short windows-1251", encode(t, charmap.Windows1251, "Выборы состоялись."), "Выборы состоялись.", EncodingCP1251},
		{"short koi8-r", encode(t, charmap.KOI8R, "Выборы состоялись."), "Выборы состоялись.", EncodingKOI8R},
		{"CRLF and lone CR", []byte("Первая строка\r\nВторая\rТретья"), "Первая строка\nВторая\nТретья", EncodingUTF8},
		{"NFD becomes NFC", []byte(norm.NFD.String("Йошкар-Ола, ёлка")), "Йошкар-Ола, ёлка", EncodingUTF8},
		{"ASCII", []byte("Election Commission"), "Election Commission", EncodingUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, encoding, err := Decode(tt.raw)
			require.NoError(t, err)
			assert.Equal(t, tt.wantText, text)
			assert.Equal(t, tt.wantEncoding, encoding)
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	latin1Garbage := bytes.Repeat([]byte{0xE9, 0xE8, 0xFC, 0xE4, 0xFD, 0xE6, 0xEF, 0xF0, 0xE2, 0xE9, 0xFA, 0xEE, 0xFF, 0xE8, 0xE6}, 10)
	tests := []struct {
		name    string
		raw     []byte
		wantErr error
	}{
		{"empty", nil, ErrEmpty},
		{"white space only", []byte(" \n\t\r\n"), ErrEmpty},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF, '\n'}, ErrEmpty},
		{"NUL byte", []byte("текст\x00текст"), ErrBinary},
		{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a'}, 20), ErrBinary},
		{"UTF-16", []byte{0xFF, 0xFE, 'a', 0}, ErrUndecodable},
		{"not Russian in any charset", latin1Garbage, ErrUndecodable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.raw)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.wantErr)
		})
	}
}

func TestParseFileText(t *testing.T) {
	tests := []struct {
		name      string
		path      string
		raw       []byte
		want      Article
		bodyStart string
	}{
		{
			name: "utf-8 text dump",
			path: "testdata/meeting.txt",
			want: Article{
				ID: "meeting", Path: "testdata/meeting.txt", Format: FormatText, Encoding: EncodingUTF8,
				Title: "Председатель ЦИК встретился с послом соседней страны",
			},
			bodyStart: "Председатель Центральной избирательной комиссии принял посла",
		},
		{
			name: "date tag on the first line, CRLF",
			path: "testdata/dated.txt",
			want: Article{
				ID: "dated", Path: "testdata/dated.txt", Format: FormatText, Encoding: EncodingUTF8,
				Title:     "Делегация избирательной комиссии прибыла в столицу для наблюдения за выборами.",
				Published: "2024-10-05",
			},
			bodyStart: "Наблюдатели посетят избирательные участки",
		},
		{
			name: "windows-1251 without extension",
			path: "in/cp1251",
			raw:  encode(t, charmap.Windows1251, "Заголовок статьи\n\n"+russianSample),
			want: Article{
				ID: "cp1251", Path: "in/cp1251", Format: FormatText, Encoding: EncodingCP1251,
				Title: "Заголовок статьи",
			},
			bodyStart: "Центральная избирательная комиссия провела встречу",
		},
		{
			name: "koi8-r .text",
			path: "in/koi.text",
			raw:  encode(t, charmap.KOI8R, "Заголовок статьи\n"+russianSample),
			want: Article{
				ID: "koi", Path: "in/koi.text", Format: FormatText, Encoding: EncodingKOI8R,
				Title: "Заголовок статьи",
			},
			bodyStart: "Центральная избирательная комиссия провела встречу",
		},
		{
			name: "BOM",
			path: "in/bom.txt",
			raw:  append([]byte{0xEF, 0xBB, 0xBF}, "Заголовок\n"+russianSample...),
			want: Article{
				ID: "bom", Path: "in/bom.txt", Format: FormatText, Encoding: EncodingUTF8BOM,
				Title: "Заголовок",
			},
			bodyStart: "Центральная избирательная комиссия",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := tt.raw
			if raw == nil {
				var err error
				raw, err = os.ReadFile(tt.path)
				require.NoError(t, err)
			}
			articles, err := ParseFile(tt.path, raw)
			require.NoError(t, err)
			require.Len(t, articles, 1)
			a := articles[0]
			assert.True(t, strings.HasPrefix(a.Body, tt.bodyStart), "body %q", a.Body)
			assert.NotContains(t, a.Body, "\r")
			assert.True(t, utf8.ValidString(a.Body))
			assert.Equal(t, hexSHA256(raw), a.SHA256)
			a.Body, a.SHA256 = "", ""
			assert.Equal(t, tt.want, a)
		})
	}
}

func TestParseFileHTML(t *testing.T) {
	articles, err := Load("testdata/visit.html", nil)
	require.NoError(t, err)
	require.Len(t, articles, 1)
	a := articles[0]
	assert.Equal(t, "visit", a.ID)
	assert.Equal(t, FormatHTML, a.Format)
	assert.Equal(t, EncodingUTF8, a.Encoding)
	assert.Equal(t, "Делегация ЦИК посетила соседнюю республику", a.Title)
	assert.Equal(t, "https://vesti-stepi.example/news/visit", a.URL)
	assert.Equal(t, "2024-10-05", a.Published)
	assert.Equal(t, "Вести Степи", a.Source)
	assert.Equal(t, "Ирина Смирнова", a.Author)
	paragraphs := strings.Split(a.Body, "\n\n")
	require.Len(t, paragraphs, 3, "body %q", a.Body)
	assert.True(t, strings.HasPrefix(paragraphs[0], "Делегация Центральной избирательной комиссии"))
	assert.True(t, strings.HasPrefix(paragraphs[2], "По итогам визита"))
	for _, furniture := range []string{"Главная", "Популярное", "Синоптики", "Все права защищены"} {
		assert.NotContains(t, a.Body, furniture)
	}
}

func TestParseFileHTMLKeepsShortPages(t *testing.T) {
	articles, err := Load("testdata/bare.html", nil)
	require.NoError(t, err)
	require.Len(t, articles, 1)
	assert.Equal(t, "Комиссия собралась.\n\nРешение принято.", articles[0].Body)
}

func TestParseFileHTMLInWindows1251(t *testing.T) {
	page := `<html><head><meta charset="windows-1251"><title>Визит делегации</title></head><body><p>` +
		russianSample + `</p></body></html>`
	articles, err := ParseFile("in/page.htm", encode(t, charmap.Windows1251, page))
	require.NoError(t, err)
	require.Len(t, articles, 1)
	assert.Equal(t, EncodingCP1251, articles[0].Encoding)
	assert.Equal(t, "Визит делегации", articles[0].Title)
	assert.Contains(t, articles[0].Body, "Председатель комиссии пригласил гостей")
}

func TestParseFileJSONL(t *testing.T) {
	articles, err := Load("testdata/export.jsonl", nil)

	require.Error(t, err, "two lines are bad")
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 2)
	assert.Equal(t, 4, list[0].Line)
	assert.Equal(t, "testdata/export.jsonl", list[0].Path)
	assert.Contains(t, list[0].Error(), "testdata/export.jsonl:4: invalid JSON")
	assert.Equal(t, 5, list[1].Line)
	assert.ErrorIs(t, list[1], ErrEmpty)
	assert.ErrorIs(t, err, ErrEmpty, "errors.Is looks into the list")

	require.Len(t, articles, 3, "the good lines are still returned")
	assert.Equal(t, Article{
		ID: "a1", Path: "testdata/export.jsonl#L1", Format: FormatJSONL, Encoding: EncodingUTF8,
		Title: "Комиссия утвердила план", URL: "https://example.kz/a1", Published: "2024-03-12",
		Source: "Вести Степи", Author: "Ольга Михайлова",
		Body:   "Центральная избирательная комиссия утвердила план работы на год.\n\nПлан опубликован на сайте комиссии.",
		SHA256: articles[0].SHA256,
	}, articles[0])
	assert.Len(t, articles[0].SHA256, 64)
	assert.Equal(t, "export-3", articles[1].ID, "no id: file stem and line number")
	assert.Equal(t, "testdata/export.jsonl#L3", articles[1].Path)
	assert.Equal(t, "a5", articles[2].ID)
	assert.Equal(t, "Встреча в ЦИК", articles[2].Title)
	assert.Equal(t, "Председатель комиссии встретился с наблюдателями.\n\nНаблюдатели рассказали о своей работе.", articles[2].Body)
}

func TestJSONLReaderReadsOnAfterBadLines(t *testing.T) {
	input := "{\"id\": 7, \"text\": \"Первая статья.\"}\nnot json\n\n{\"text\": \"Вторая статья.\"} {}\r\n{\"text\": \"Третья статья.\"}"
	r := NewJSONLReader(strings.NewReader(input), StdinPath)
	type step struct {
		id, body string
		errLine  int
	}
	want := []step{
		{id: "7", body: "Первая статья."},
		{errLine: 2},
		{errLine: 4},
		{id: "stdin-5", body: "Третья статья."},
	}
	for _, w := range want {
		a, err := r.Read()
		if w.errLine > 0 {
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, w.errLine, e.Line)
			assert.Equal(t, StdinPath, e.Path)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, w.id, a.ID)
		assert.Equal(t, w.body, a.Body)
	}
	_, err := r.Read()
	assert.ErrorIs(t, err, io.EOF)
}

func TestParseFileErrors(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		raw      []byte
		wantErr  error
		wantText string
	}{
		{"unsupported extension", "notes.docx", []byte("текст"), ErrUnsupported, `notes.docx: unsupported file type ".docx"`},
		{"empty file", "empty.txt", nil, ErrEmpty, "empty.txt: no text"},
		{"binary file", "image.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D}, ErrBinary, "image.txt: binary data, not text: NUL byte at offset 4"},
		{"empty JSON lines", "empty.jsonl", []byte("\n\n"), ErrEmpty, "empty.jsonl: no text: no JSON lines"},
		{"HTML without text", "blank.html", []byte("<html><body><script>x()</script></body></html>"), ErrEmpty, "blank.html: no text: the page has no visible text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			articles, err := ParseFile(tt.path, tt.raw)
			assert.Empty(t, articles)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.wantErr)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.path, e.Path)
			assert.EqualError(t, err, tt.wantText)
		})
	}
}

func TestLoadMissingAndUnreadable(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "missing.txt"), nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Contains(t, e.Path, "missing.txt")
	assert.Contains(t, err.Error(), "missing.txt: no such file or directory")

	_, err = Load(t.TempDir(), nil)
	require.Error(t, err, "a directory is not an article")
	require.ErrorAs(t, err, &e)
}

func TestLoadStdinSniffsFormat(t *testing.T) {
	tests := []struct {
		name, input, wantFormat, wantID string
	}{
		{"text", "Заголовок\n\nТекст статьи.", FormatText, "stdin"},
		{"json lines", "{\"text\": \"Текст статьи.\"}\n", FormatJSONL, "stdin-1"},
		{"html", "<html><body><p>Текст статьи.</p></body></html>", FormatHTML, "stdin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			articles, err := Load(StdinPath, strings.NewReader(tt.input))
			require.NoError(t, err)
			require.Len(t, articles, 1)
			assert.Equal(t, tt.wantFormat, articles[0].Format)
			assert.Equal(t, tt.wantID, articles[0].ID)
			assert.Contains(t, articles[0].Body, "Текст статьи.")
		})
	}
}

func TestErrorFormat(t *testing.T) {
	assert.Equal(t, "a.jsonl:3: no text", (&Error{Path: "a.jsonl", Line: 3, Err: ErrEmpty}).Error())
	assert.Equal(t, "a.txt: no text", (&Error{Path: "a.txt", Err: ErrEmpty}).Error())
	assert.Equal(t, "a.jsonl:1: no text\na.jsonl:2: binary data, not text",
		ErrorList{{Path: "a.jsonl", Line: 1, Err: ErrEmpty}, {Path: "a.jsonl", Line: 2, Err: ErrBinary}}.Error())
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"b.txt":             "Статья Б",
		"a.html":            "<p>Статья А</p>",
		"a.gold.json":       "{}",
		"notes.json":        "{}",
		"README":            "readme",
		"picture.png":       "png",
		".hidden.txt":       "скрыто",
		".git/config.txt":   "скрыто",
		"sub/c.jsonl":       "{}",
		"sub/deeper/d.text": "Статья Д",
		"sub/e.ndjson":      "{}",
		"sub/f.htm":         "<p>Ф</p>",
	}
	for name, content := range files {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	explicitUnsupported := filepath.Join(root, "notes.json")
	missing := filepath.Join(root, "missing.txt")

	var got []string
	var errs []error
	err := Walk(context.Background(), []string{root, StdinPath, explicitUnsupported, missing}, func(path string, err error) error {
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		rel, relErr := filepath.Rel(root, path)
		if relErr != nil || strings.HasPrefix(rel, "..") {
			rel = path
		}
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"a.html", "b.txt", "sub/c.jsonl", "sub/deeper/d.text", "sub/e.ndjson", "sub/f.htm", "-"}, got)
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[0], ErrUnsupported)
	assert.Contains(t, errs[0].Error(), "notes.json")
	assert.ErrorIs(t, errs[1], fs.ErrNotExist)
	assert.Contains(t, errs[1].Error(), "missing.txt")
}

func TestWalkStops(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte("текст"), 0o644))
	}
	stop := errors.New("stop")
	var seen int
	err := Walk(context.Background(), []string{root}, func(string, error) error {
		seen++
		if seen == 2 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 2, seen)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{root}, func(string, error) error { return nil })
	assert.ErrorIs(t, err, context.Canceled)
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(russianSample))
	f.Add(append([]byte{0xEF, 0xBB, 0xBF}, "Текст"...))
	f.Add([]byte{0xF7, 0xD9, 0xC2, 0xCF, 0xD2, 0xD9})
	f.Add([]byte{0xC2, 0xFB, 0xE1, 0xEE, 0xF0, 0xFB})
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\r\n\r"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, encoding, err := Decode(raw)
		if err != nil {
			assert.Empty(t, text)
			assert.True(t, errors.Is(err, ErrBinary) || errors.Is(err, ErrEmpty) || errors.Is(err, ErrUndecodable), "unexpected error %v", err)
			return
		}
		assert.Contains(t, []string{EncodingUTF8, EncodingUTF8BOM, EncodingCP1251, EncodingKOI8R}, encoding)
		assert.True(t, utf8.ValidString(text))
		assert.NotContains(t, text, "\r")
		assert.True(t, norm.NFC.IsNormalString(text))
		assert.NotEmpty(t, strings.TrimSpace(text))
	})
}
