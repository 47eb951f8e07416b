package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
)

// JSONLReader reads articles from JSON lines, one object per line, like
// encoding/csv's Reader: call Read until it returns io.EOF.
//
// Each line is an object with "text" or "html" and optionally "id", "title",
// "url", "published" (or "date"), "source" and "author". A publication date
// in a form normalizeDate does not know is left out. A line that is not
// such an object makes Read return an *Error with the line number; the next
// call reads on from the following line. Blank lines are skipped.
type JSONLReader struct {
	r    *bufio.Reader
	path string
	stem string
	line int
	done bool
}

// NewJSONLReader returns a reader of the JSON lines in r; path names the
// input in Article.Path, Article.ID and errors ("-" for standard input).
func NewJSONLReader(r io.Reader, path string) *JSONLReader {
	return &JSONLReader{r: bufio.NewReader(r), path: path, stem: fileStem(path)}
}

// jsonArticle is the shape of one JSON line.
type jsonArticle struct {
	ID        flexString `json:"id"`
	Title     string     `json:"title"`
	URL       string     `json:"url"`
	Published string     `json:"published"`
	Date      string     `json:"date"`
	Source    string     `json:"source"`
	Author    string     `json:"author"`
	Text      string     `json:"text"`
	HTML      string     `json:"html"`
}

// flexString accepts a JSON string or number (scrapers write ids as either).
type flexString string

// UnmarshalJSON accepts a string, a number or null.
func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("id must be a string or a number: %w", err)
		}
		*f = flexString(n.String())
	}
	return nil
}

// SetStem sets what the ids of lines without an "id" are made of,
// "<stem>-<line>"; by default the file name without the extension (see
// Scan).
func (r *JSONLReader) SetStem(stem string) { r.stem = stem }

// Read returns the next article. At the end of input it returns io.EOF. A
// bad line gives an *Error for that line; reading may go on after it.
func (r *JSONLReader) Read() (Article, error) {
	for !r.done {
		raw, err := r.r.ReadBytes('\n')
		if err != nil {
			if !errors.Is(err, io.EOF) {
				r.done = true
				return Article{}, &Error{Path: r.path, Line: r.line + 1, Err: err}
			}
			r.done = true
			if len(raw) == 0 {
				break
			}
		}
		r.line++
		raw = bytes.TrimRight(raw, "\r\n")
		if r.line == 1 {
			raw = bytes.TrimPrefix(raw, utf8BOM)
			if isPDF(raw) {
				// The whole file is a PDF: one error for it, no line read.
				r.done = true
				return Article{}, &Error{Path: r.path, Err: ErrPDF}
			}
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		a, err := r.parseLine(raw)
		if err != nil {
			return Article{}, &Error{Path: r.path, Line: r.line, Err: err}
		}
		return a, nil
	}
	return Article{}, io.EOF
}

func (r *JSONLReader) parseLine(raw []byte) (Article, error) {
	d, err := DecodeText(raw)
	if err != nil {
		return Article{}, err
	}
	var j jsonArticle
	dec := json.NewDecoder(strings.NewReader(d.Text))
	if err := dec.Decode(&j); err != nil {
		return Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if dec.More() {
		return Article{}, errors.New("invalid JSON: more than one value on the line")
	}
	id, err := checkID(string(j.ID))
	if err != nil {
		return Article{}, err
	}
	sum := sha256.Sum256(raw)
	a := Article{
		ID:       id,
		Path:     r.path + "#L" + strconv.Itoa(r.line),
		Format:   FormatJSONL,
		Encoding: d.Encoding,
		Warnings: warnings(d),
		Title:    collapseSpace(j.Title),
		URL:      strings.TrimSpace(j.URL),
		Source:   collapseSpace(j.Source),
		Author:   collapseSpace(j.Author),
		SHA256:   hex.EncodeToString(sum[:]),
	}
	if a.ID == "" {
		a.ID = r.stem + "-" + strconv.Itoa(r.line)
	}
	published := j.Published
	if published == "" {
		published = j.Date
	}
	a.Published = normalizeDate(published)
	switch {
	case strings.TrimSpace(j.Text) != "":
		a.Body = strings.TrimSpace(normalizeText(j.Text))
	case strings.TrimSpace(j.HTML) != "":
		p, err := extractHTML(normalizeText(j.HTML))
		if err != nil {
			return Article{}, err
		}
		a.Body = p.body
		fillMissing(&a.Title, p.title)
		fillMissing(&a.URL, p.url)
		fillMissing(&a.Published, p.published)
		fillMissing(&a.Source, p.source)
		fillMissing(&a.Author, p.author)
		if a.Body == "" {
			return Article{}, fmt.Errorf("%w: the \"html\" field has no visible text", ErrEmpty)
		}
	default:
		return Article{}, fmt.Errorf("%w: neither \"text\" nor \"html\" is set", ErrEmpty)
	}
	return a, nil
}

func fillMissing(field *string, value string) {
	if *field == "" {
		*field = value
	}
}

// MaxIDBytes bounds an article's id, in bytes of UTF-8: ids are keys in the
// graph (graph.MaxKeyBytes).
const MaxIDBytes = graph.MaxKeyBytes

// checkID returns the "id" of a JSON line without the spaces around it. An
// absent or empty id gives "" (the reader then makes one up); an id of
// spaces only, or one longer than MaxIDBytes, is an error.
func checkID(id string) (string, error) {
	if id == "" {
		return "", nil
	}
	trimmed := strings.TrimSpace(id)
	switch {
	case trimmed == "":
		return "", fmt.Errorf("%w: the \"id\" is blank (%q); leave it out to have one made from the file name and line", ErrBadID, id)
	case len(trimmed) > MaxIDBytes:
		return "", fmt.Errorf("%w: the \"id\" is %d bytes long, over the limit of %d", ErrBadID, len(trimmed), MaxIDBytes)
	}
	return trimmed, nil
}
