package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases s and folds ё to е; it is the match key of a word. ASCII
// and the basic Cyrillic block take a fast path without Unicode tables.
func Fold(s string) string {
	// fast check: nothing to change
	clean := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				clean = false
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(r >= 0x430 && r <= 0x45F && r != 'ё' || r == '«' || r == '»' || r >= 0x2010 && r <= 0x2026) {
			clean = false
			break
		}
		i += w
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case r == 'Ё' || r == 'ё':
		return 'е'
	case r >= 0x410 && r <= 0x42F: // А..Я
		return r + 32
	case r >= 0x400 && r <= 0x40F: // Ѐ..Џ
		return r + 80
	case r >= 0x430 && r <= 0x45F:
		return r
	}
	return unicode.ToLower(r)
}

// isLetter is unicode.IsLetter with fast paths for ASCII and Cyrillic.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x400 && r <= 0x481 || r >= 0x48A && r <= 0x52F:
		return true
	}
	return unicode.IsLetter(r)
}

// isSpace is unicode.IsSpace with a fast path for ASCII and Cyrillic.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r >= 0x400 && r <= 0x52F:
		return false
	}
	return unicode.IsSpace(r)
}

// isUpper is unicode.IsUpper with fast paths for ASCII and Cyrillic.
func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case r >= 0x400 && r <= 0x42F:
		return true
	case r >= 0x430 && r <= 0x45F:
		return false
	}
	return unicode.IsUpper(r)
}
