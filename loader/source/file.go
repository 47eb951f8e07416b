package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// FormatOf returns the format a path's extension names: FormatText for .txt,
// .text and no extension, FormatHTML for .html and .htm, FormatJSONL for
// .jsonl and .ndjson. It returns ErrUnsupported for any other extension and
// for *.gold.json annotation files.
func FormatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", "":
		return FormatText, nil
	case ".html", ".htm":
		return FormatHTML, nil
	case ".jsonl", ".ndjson":
		return FormatJSONL, nil
	}
	return "", ErrUnsupported
}

// sniffFormat guesses the format of standard input from its first
// non-blank byte: "{" means JSON lines, "<" HTML, anything else text.
func sniffFormat(raw []byte) string {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(raw, utf8BOM), " \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		return FormatJSONL
	case bytes.HasPrefix(trimmed, []byte("<")):
		return FormatHTML
	}
	return FormatText
}

// Load reads the file at path, or all of stdin when path is "-", and
// parses it with ParseFile. A path that cannot be read gives an *Error
// naming it (errors.Is(err, fs.ErrNotExist) tells a missing file).
func Load(path string, stdin io.Reader) ([]Article, error) {
	var raw []byte
	var err error
	if path == StdinPath {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the *Error already
		}
		return nil, &Error{Path: path, Err: err}
	}
	return ParseFile(path, raw)
}

// ParseFile parses the raw bytes of one input file, choosing the format by
// the extension of path (see FormatOf); "-" stands for standard input, whose
// format is sniffed from its first byte. Text and HTML files give one
// article. JSON-lines files give one article per good line; if some lines are
// bad, ParseFile returns the good articles together with an ErrorList that
// has one *Error per bad line. Every other failure is an *Error for the file;
// a PDF document, whatever its extension, is refused with ErrPDF.
func ParseFile(path string, raw []byte) ([]Article, error) {
	return parseFile(path, fileStem(path), raw)
}

// parseFile is ParseFile with the stem ids are made of.
func parseFile(path, stem string, raw []byte) ([]Article, error) {
	if isPDF(raw) {
		return nil, &Error{Path: path, Err: ErrPDF}
	}
	var format string
	if path == StdinPath {
		format = sniffFormat(raw)
	} else {
		var err error
		if format, err = FormatOf(path); err != nil {
			return nil, &Error{Path: path, Err: fmt.Errorf("%w %q", err, filepath.Ext(path))}
		}
	}
	switch format {
	case FormatJSONL:
		return parseJSONL(path, stem, raw)
	case FormatHTML:
		a, err := parseHTMLFile(path, stem, raw)
		if err != nil {
			return nil, &Error{Path: path, Err: err}
		}
		return []Article{a}, nil
	default:
		a, err := parseTextFile(path, stem, raw)
		if err != nil {
			return nil, &Error{Path: path, Err: err}
		}
		return []Article{a}, nil
	}
}

func parseTextFile(path, stem string, raw []byte) (Article, error) {
	d, err := DecodeText(raw)
	if err != nil {
		return Article{}, err
	}
	title, published, body := parseText(d.Text)
	return Article{
		ID:        stem,
		Path:      path,
		Format:    FormatText,
		Encoding:  d.Encoding,
		Title:     title,
		Published: published,
		Body:      body,
		SHA256:    hexSHA256(raw),
		Warnings:  warnings(d),
	}, nil
}

func parseHTMLFile(path, stem string, raw []byte) (Article, error) {
	var d Decoded
	var err error
	if declared := declaredEncoding(raw); declared != "" && !isUTF8(raw) && !mostlyUTF8(bytes.TrimPrefix(raw, utf8BOM)) {
		d.Text, err = decodeDeclared(raw, declared)
		d.Encoding = declared
	} else {
		d, err = DecodeText(raw)
	}
	if err != nil {
		return Article{}, err
	}
	p, err := extractHTML(d.Text)
	if err != nil {
		return Article{}, err
	}
	if p.body == "" {
		return Article{}, fmt.Errorf("%w: the page has no visible text", ErrEmpty)
	}
	return Article{
		ID:        stem,
		Path:      path,
		Format:    FormatHTML,
		Encoding:  d.Encoding,
		Title:     p.title,
		URL:       p.url,
		Published: p.published,
		Source:    p.source,
		Author:    p.author,
		Body:      p.body,
		SHA256:    hexSHA256(raw),
		Warnings:  warnings(d),
	}, nil
}

// warnings lists the flaws DecodeText found.
func warnings(d Decoded) []string {
	if w := d.Warning(); w != "" {
		return []string{w}
	}
	return nil
}

func parseJSONL(path, stem string, raw []byte) ([]Article, error) {
	r := NewJSONLReader(bytes.NewReader(raw), path)
	r.SetStem(stem)
	var articles []Article
	var bad ErrorList
	for {
		a, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				e = &Error{Path: path, Err: err}
			}
			bad = append(bad, e)
			continue
		}
		articles = append(articles, a)
	}
	if len(articles) == 0 && len(bad) == 0 {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: no JSON lines", ErrEmpty)}
	}
	if len(bad) > 0 {
		return articles, bad
	}
	return articles, nil
}

// fileStem is the file name without directory and extension; "stdin" for "-".
func fileStem(path string) string {
	if path == StdinPath {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func hexSHA256(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// pdfMagic begins every PDF document.
var pdfMagic = []byte("%PDF-")

// isPDF tells whether raw is a PDF document, whatever the file's name: it
// begins with "%PDF-" (after a byte-order mark or blank space, if any). A
// PDF of ASCII only would otherwise be read as text.
func isPDF(raw []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(raw, utf8BOM), " \t\r\n"), pdfMagic)
}

func isUTF8(raw []byte) bool {
	return utf8.Valid(bytes.TrimPrefix(raw, utf8BOM))
}

// dateLayouts are the forms of publication dates normalizeDate understands.
var dateLayouts = []string{
	time.DateOnly, time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04",
	time.DateTime, "2006-01-02 15:04", "02.01.2006", "02.01.2006 15:04", "02.01.2006 15:04:05",
	time.RFC1123Z, time.RFC1123,
}

// normalizeDate turns a publication date in one of dateLayouts into
// YYYY-MM-DD, keeping the calendar date as written (no time-zone shift). It
// returns "" for anything else.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}
