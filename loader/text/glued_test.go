package text

import (
	"testing"
	"unicode"
)

// TestGluedWordsFastPath: the fast path for the basic Cyrillic alphabet
// decides every pair of letters as the Unicode tables do.
func TestGluedWordsFastPath(t *testing.T) {
	slow := func(prev, r rune) bool {
		if prev < 0x400 || r < 0x400 || prev > 0x52f || r > 0x52f {
			return false
		}
		return unicode.Is(unicode.Cyrillic, prev) && unicode.IsLower(prev) && unicode.Is(unicode.Cyrillic, r) && unicode.IsUpper(r)
	}
	for p := rune(0x3f0); p < 0x540; p++ {
		for r := rune(0x3f0); r < 0x540; r++ {
			if gluedWords(p, r) != slow(p, r) {
				t.Fatalf("%U %U", p, r)
			}
		}
	}
}
