package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the input with the features the rules look at.
type line struct {
	start, end int    // byte offsets of the line in the input, without its "\n"
	text       string // the line with white space collapsed, valid UTF-8
	lower      string // text case-folded, without leading bullets
	key        string // foldKey(text)
	runes      int
	words      int
	sentences  int  // sentences of three or more words that end in . ! ? or …
	final      bool // ends in sentence-final punctuation
	foreign    bool // written in another alphabet than the article (see markForeign)
	reason     string
}

func (l *line) blank() bool { return l.text == "" }

// prose reports whether the line reads like an article paragraph: two or
// more sentences or more than 200 characters. Line rules never cut prose.
func (l *line) prose() bool { return l.sentences >= 2 || l.runes > 200 }

// body reports whether the line is a paragraph of the article: prose, or a
// sentence of at least 80 characters, in the article's own alphabet.
func (l *line) body() bool {
	return !l.foreign && (l.prose() || l.final && l.runes >= 80)
}

// short reports whether the line could be a headline, menu item or label:
// not prose and under 120 characters.
func (l *line) short() bool { return !l.prose() && l.runes < 120 }

// splitLines cuts body into lines and computes their features.
func splitLines(body string) []*line {
	var lines []*line
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		lines = append(lines, newLine(body[start:end], start, end))
		start = end + 1
	}
	return lines
}

func newLine(raw string, start, end int) *line {
	text := normalizeSpace(raw)
	if strings.Contains(text, "[:") {
		// «[:ru]Миссию ОБСЕ … пригласил Узбекистан [:]»: a multilingual
		// site's language tags around each language's text
		text = normalizeSpace(stripLanguageTags(text))
	}
	l := &line{start: start, end: end, text: text}
	if text == "" {
		return l
	}
	folded := foldCase(text)
	l.lower = strings.TrimLeftFunc(folded, func(r rune) bool { return isBullet(r) || r == ' ' })
	l.runes = runeCount(text)
	// the key is only compared with short markers, dates and counters
	if l.runes <= keyMaxRunes {
		if strings.Contains(text, "  ") || strings.ContainsAny(text, "\t\r\n\v\f") {
			l.key = foldKey(text)
		} else {
			l.key = trimKey(folded) // foldKey without folding again
		}
	}
	l.words = strings.Count(text, " ") + 1
	l.sentences = countSentences(text)
	l.final = endsSentence(text)
	return l
}

// isLetterFast is unicode.IsLetter with fast paths for ASCII and basic Cyrillic.
func isLetterFast(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x410 && r <= 0x44F:
		return true
	}
	return unicode.IsLetter(r)
}

// runeCount is utf8.RuneCountInString for valid UTF-8, counting the bytes
// that start a rune.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// keyMaxRunes bounds the lines whose comparison key is computed: no marker,
// date or counter line is longer.
const keyMaxRunes = 200

// normalizeSpace makes raw valid UTF-8 with single spaces between words and
// none at the ends; a line that is already so is returned as is.
func normalizeSpace(raw string) string {
	prevSpace := true
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					goto slow
				}
				prevSpace = true
			} else if isSpace(rune(c)) {
				goto slow
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(raw[i:])
		if r == utf8.RuneError && w == 1 || isSpace(r) {
			goto slow
		}
		prevSpace = false
		i += w
	}
	if prevSpace && raw != "" {
		goto slow
	}
	return raw
slow:
	return collapseSpace(raw)
}

// collapseSpace is normalizeSpace for a line that needs a change, in one
// pass: each run of invalid bytes becomes one U+FFFD (as strings.ToValidUTF8
// does), the white space before the first word and after the last goes,
// and each run of it between words becomes one space.
func collapseSpace(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	invalid := false // the byte before was invalid UTF-8
	space := false   // a space is due before the next word
	for i := 0; i < len(raw); {
		r, w := rune(raw[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(raw[i:])
			if w == 1 { // invalid: one replacement for the whole run
				i++
				if !invalid {
					invalid = true
					if space {
						b.WriteByte(' ')
						space = false
					}
					b.WriteRune(utf8.RuneError)
				}
				continue
			}
		}
		invalid = false
		if isSpace(r) {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(raw[i : i+w])
		}
		i += w
	}
	return b.String()
}

// isSpace is white space including no-break, zero-width and other Unicode
// spaces, the byte order mark and control characters.
func isSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || r <= 0x1F || r == 0x7F
	case r >= 0x400 && r <= 0x52F: // Cyrillic: no spaces, no controls
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200B' || r == '\uFEFF' ||
		r == '\u2060' || unicode.IsControl(r)
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isClosing is punctuation that may follow the end of a sentence.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '»', '“', '”', '’', ')', ']':
		return true
	}
	return false
}

// endsSentence reports whether s ends in . ! ? or …, possibly followed by
// closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isClosing)
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminal(r)
}

// countSentences counts the sentences of three or more words in s that end
// in terminal punctuation. A sentence ends at . ! ? or … (with any closing
// quotes) followed by the end of s or by a space and an upper-case letter, a
// digit, a dash or an opening quote.
func countSentences(s string) int {
	count, segStart := 0, 0
	for i := 0; i < len(s); {
		// skip to the next byte that may open a terminal: «.», «!», «?» or
		// the first byte of «…»
		for i < len(s) && s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != 0xe2 {
			i++
		}
		if i == len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isTerminal(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !isTerminal(r2) && !isClosing(r2) {
				break
			}
			j += w2
		}
		boundary := j == len(s)
		if !boundary && s[j] == ' ' && j+1 < len(s) {
			n, _ := utf8.DecodeRuneInString(s[j+1:])
			boundary = unicode.IsUpper(n) || unicode.IsDigit(n) || n == '«' || n == '"' || n == '“' ||
				n == '–' || n == '—' || n == '-'
		}
		if !boundary {
			i = j
			continue
		}
		if hasWords(s[segStart:j], 3) {
			count++
		}
		segStart, i = j, j
	}
	return count
}

// hasWords reports whether s has at least n space-separated words (as
// strings.Fields counts them); it stops reading at the n-th.
func hasWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words >= n {
				return true
			}
		}
	}
	return words >= n
}

// extendedLetter reports whether r is a letter outside the basic Latin and
// Russian alphabets (Kazakh, Turkmen, Uzbek Latin and the like).
func extendedLetter(r rune) bool {
	switch {
	case r < 0x80:
		return false
	case r >= 'а' && r <= 'я', r >= 'А' && r <= 'Я', r == 'ё', r == 'Ё':
		return false
	}
	if !unicode.IsLetter(r) {
		return false
	}
	return unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r)
}

// letterCounts counts the letters of s and those of them outside the basic
// Latin and Russian alphabets (extendedLetter). ASCII and the basic Russian
// letters, nearly all of an article, are told by their bytes.
func letterCounts(s string) (letters, extended int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letters++
			}
			i++
			continue
		}
		if i+1 < len(s) {
			// А..Я, а..п, Ё (D0 90-BF, D0 81); р..я, ё (D1 80-8F, D1 91)
			c2 := s[i+1]
			if c == 0xD0 && (c2 >= 0x90 && c2 <= 0xBF || c2 == 0x81) || c == 0xD1 && (c2 >= 0x80 && c2 <= 0x8F || c2 == 0x91) {
				letters++
				i += 2
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if isLetterFast(r) {
			letters++
			if extendedLetter(r) {
				extended++
			}
		}
		i += w
	}
	return letters, extended
}

// markForeign flags the lines written in another alphabet than the rest of
// the article: at least 3% letters outside the basic Latin and Russian
// alphabets, where the typical line of the article has almost none.
func markForeign(lines []*line) {
	type share struct {
		l       *line
		letters int
		value   float64
	}
	var shares []share
	for _, l := range lines {
		letters, extended := letterCounts(l.text)
		if letters >= 20 {
			shares = append(shares, share{l, letters, float64(extended) / float64(letters)})
		}
	}
	if len(shares) < 3 {
		return
	}
	low := 0
	for _, s := range shares {
		if s.value <= 0.005 {
			low++
		}
	}
	if low*2 <= len(shares) {
		return // most lines use the extended alphabet: it is the article's own
	}
	for _, s := range shares {
		if s.value >= 0.03 {
			s.l.foreign = true
		}
	}
}

// stripLanguageTags removes the language tags of a multilingual WordPress
// site («[:ru]», «[:en]», «[:]») from s.
func stripLanguageTags(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "[:")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + 2
		for j < len(s) && j < i+4 && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if j < len(s) && s[j] == ']' {
			b.WriteString(s[:i])
			b.WriteByte(' ')
			s = s[j+1:]
			continue
		}
		b.WriteString(s[:i+2])
		s = s[i+2:]
	}
}
