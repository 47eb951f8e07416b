package text

import (
	"testing"
	"unicode/utf8"
)

// FuzzSplit: the segmenter never panics and every sentence and token lies
// inside the text with matching offsets.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Встреча прошла в Астане. Стороны обсудили выборы.",
		"Слово взял К. Турганкулов. Н.М.Абдиров выступил.\n\nВыборы 27 октября т.г. прошли.",
		"«Мы готовы.» – сказал он… А-WEB, ЦИК РК; 2024-й год!",
		"", ".", "\n\n\n", "a.b. c", "Ё. ё.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, sent := range Split(s) {
			if sent.Start < 0 || sent.End > len(s) || sent.Start >= sent.End {
				t.Fatalf("sentence offsets %d..%d outside %d", sent.Start, sent.End, len(s))
			}
			if s[sent.Start:sent.End] != sent.Text {
				t.Fatalf("sentence text does not match its offsets")
			}
			for _, tok := range sent.Tokens {
				if tok.Start < sent.Start || tok.End > sent.End || s[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %q offsets %d..%d outside its sentence", tok.Text, tok.Start, tok.End)
				}
			}
		}
	})
}
