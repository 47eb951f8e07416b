package graph

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Control characters and bytes that are not UTF-8 in a path are escaped,
// so that a file name cannot drive the terminal; other paths are shown as
// they are.
func TestShowPath(t *testing.T) {
	for in, want := range map[string]string{
		"examples/kz-japan.txt": "examples/kz-japan.txt",
		"статьи/новость 1.txt":  "статьи/новость 1.txt",
		"a\x1b[31mred.txt":      `"a\x1b[31mred.txt"`,
		"line\nbreak.txt":       `"line\nbreak.txt"`,
		"bell\a.txt":            `"bell\a.txt"`,
		"bad\xffbyte.txt":       `"bad\xffbyte.txt"`,
		"del\x7f.txt":           `"del\x7f.txt"`,
		"bidi\u202eevil.txt":    `"bidi\u202eevil.txt"`,
	} {
		assert.Equal(t, want, ShowPath(in), "%q", in)
	}
}

func TestShowPlace(t *testing.T) {
	assert.Equal(t, "in/x.jsonl:12", ShowPlace("in/x.jsonl#L12"))
	assert.Equal(t, "in/a#Lb.txt", ShowPlace("in/a#Lb.txt"))
	assert.Equal(t, "in/x.txt", ShowPlace("in/x.txt"))
	assert.Equal(t, `"in/\x1b.jsonl":3`, ShowPlace("in/\x1b.jsonl#L3"))
}
