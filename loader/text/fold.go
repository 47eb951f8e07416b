package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases s and folds ё to е; it is the match key of a word. ASCII
// and the basic Cyrillic block are handled byte by byte without Unicode
// tables; a string with nothing to change is returned as is. The runs that
// need no change are copied whole into the one buffer the result is.
func Fold(s string) string {
	i := firstToFold(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	kept := 0 // s[kept:i] is written as is before the next change
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[kept:i])
				kept = i + 1
				b.WriteByte(c + 32)
			}
			i++
			continue
		case c == 0xD0 && i+1 < len(s):
			c2 := s[i+1]
			switch {
			case c2 >= 0x90 && c2 <= 0x9F: // А..П → а..п
				b.WriteString(s[kept:i])
				kept = i + 2
				b.WriteByte(0xD0)
				b.WriteByte(c2 + 0x20)
			case c2 >= 0xA0 && c2 <= 0xAF: // Р..Я → р..я
				b.WriteString(s[kept:i])
				kept = i + 2
				b.WriteByte(0xD1)
				b.WriteByte(c2 - 0x20)
			case c2 == 0x81: // Ё → е
				b.WriteString(s[kept:i])
				kept = i + 2
				b.WriteString("е")
			case c2 >= 0x80 && c2 <= 0x8F: // Ѐ..Џ → ѐ..џ
				b.WriteString(s[kept:i])
				kept = i + 2
				b.WriteByte(0xD1)
				b.WriteByte(c2 + 0x10)
			default: // а..п, kept
			}
			i += 2
			continue
		case c == 0xD1 && i+1 < len(s):
			if s[i+1] == 0x91 { // ё → е
				b.WriteString(s[kept:i])
				kept = i + 2
				b.WriteString("е")
			} else if s[i+1] >= 0xA0 { // Ѡ.. and beyond: by the tables
				r, w := utf8.DecodeRuneInString(s[i:])
				b.WriteString(s[kept:i])
				kept = i + w
				b.WriteRune(foldRune(r))
				i += w
				continue
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || w != 1 {
			// a valid rune's bytes are its only encoding: rewrite it only
			// when folding changes it
			if f := foldRune(r); f != r {
				b.WriteString(s[kept:i])
				kept = i + w
				b.WriteRune(f)
			}
		}
		i += w
	}
	b.WriteString(s[kept:])
	return b.String()
}

// firstToFold returns the index of the first byte Fold would change, or -1.
func firstToFold(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if c == 0xD0 && i+1 < len(s) && s[i+1] >= 0xB0 && s[i+1] <= 0xBF { // а..п
			i += 2
			continue
		}
		if c == 0xD1 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x8F { // р..я
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '«' || r == '»' || r >= 0x2010 && r <= 0x2026 {
			i += w
			continue
		}
		return i
	}
	return -1
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
