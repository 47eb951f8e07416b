package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestCleanGolden cleans every testdata/*.txt fixture and compares the text,
// date, author and removed spans with testdata/*.golden.
func TestCleanGolden(t *testing.T) {
	fixtures, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, fixtures)
	c := NewCleaner()
	for _, fixture := range fixtures {
		name := strings.TrimSuffix(filepath.Base(fixture), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(fixture)
			require.NoError(t, err)
			got := formatResult(string(raw), c.Clean(string(raw)))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create the golden file")
			assert.Equal(t, string(want), got)
		})
	}
}

// formatResult writes a Result for a golden file: date, author, the
// cleaned text, and each removed span with its reason and text.
func formatResult(body string, r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "date: %s\nauthor: %s\n\n--- text\n%s\n\n--- removed\n", r.Date, r.Author, r.Text)
	for _, s := range r.Removed {
		fmt.Fprintf(&b, "[%d,%d) %s: %q\n", s.Start, s.End, s.Reason, body[s.Start:s.End])
	}
	return b.String()
}
