package source

import (
	"errors"
	"strconv"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
)

// Sentinel errors, to be tested with errors.Is.
var (
	// ErrBadID reports an article id that cannot be a key: blank or too long.
	ErrBadID = errors.New("bad article id")
	// ErrBinary reports an input that is not text (NUL bytes or many control bytes).
	ErrBinary = errors.New("binary data, not text")
	// ErrPDF reports a PDF document, which is not read even when its name
	// says text or HTML.
	ErrPDF = errors.New("a PDF document, not text, HTML or JSON lines: convert it to text first (pdftotext)")
	// ErrEmpty reports an input with no text in it.
	ErrEmpty = errors.New("no text")
	// ErrUndecodable reports text in a character set Decode does not know.
	ErrUndecodable = errors.New("undecodable text: not UTF-8, Windows-1251 or KOI8-R")
	// ErrUnsupported reports a file whose extension names no format this package reads.
	ErrUnsupported = errors.New("unsupported file type")
)

// Error is a failure to read one file or one line of a file.
type Error struct {
	Path string // the file path, "-" for standard input
	Line int    // 1-based line number, 0 when the error concerns the whole file
	Err  error  // the reason
}

// Error formats the error as "path:line: reason", leaving out the line when
// it is 0; a path with control characters is quoted (graph.ShowPath).
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(graph.ShowPath(e.Path))
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown error")
	}
	return b.String()
}

// Unwrap returns the reason, so that errors.Is finds the sentinels and os errors.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the per-line errors of one file; ParseFile returns it
// next to the articles that were read well.
type ErrorList []*Error

// Error lists the errors, one per line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns the errors of the list, so that errors.Is and errors.As look into each.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
