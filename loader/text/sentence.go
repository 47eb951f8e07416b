package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of the cleaned text: its byte offsets [Start, End),
// the paragraph it belongs to (0-based) and its tokens.
type Sentence struct {
	Text      string
	Start     int
	End       int
	Paragraph int
	Tokens    []Token
}

// abbreviations are folded words that, followed by a dot, do not end a
// sentence: Russian and English abbreviations common in news text (titles
// and honorifics before names: "Md.", "Prof.", "Hon.", "Fr.", "Rev.").
var abbreviations = map[string]bool{
	"г": true, "гг": true, "т": true, "тг": true, "им": true, "ул": true, "д": true,
	"см": true, "стр": true, "руб": true, "млн": true, "млрд": true, "тыс": true,
	"долл": true, "проф": true, "акад": true, "проц": true, "обл": true, "р-н": true,
	"пр": true, "др": true, "ст": true, "кв": true, "ок": true, "св": true, "рис": true,
	"табл": true, "гос": true, "нар": true, "т.е": true, "т.д": true, "т.п": true,
	"т.г": true, "ген": true, "зам": true, "пред": true, "ред": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "st": true, "no": true, "vs": true, "etc": true,
	"md": true, "mohd": true, "prof": true, "hon": true, "smt": true, "amb": true, "gen": true,
	"col": true, "lt": true, "capt": true, "fr": true, "rev": true, "maj": true, "brig": true, "cdr": true, "sen": true, "engr": true, "adv": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "янв": true, "фев": true,
	"мар": true, "апр": true, "авг": true, "сен": true, "сент": true, "окт": true,
	"ноя": true, "дек": true, "с": false,
}

// Split segments cleaned text into sentences. Paragraphs are separated by
// line breaks; a sentence ends at «.», «!», «?» or «…» (with closing quotes
// and brackets) followed by a space and an upper-case letter, a digit, a dash
// or an opening quote, unless the word before the dot is an abbreviation or
// an initial.
func Split(text string) []Sentence { return SplitFolded(text, Fold(text)) }

// bulletsEnd returns the end of the run of bulleted lines («• …», "- …",
// "1. …") that follows the line ending at end, blank lines between allowed;
// end itself when the next non-blank line is no bullet.
func bulletsEnd(text string, end int) int {
	last := end
	for pos := end; pos < len(text); {
		next := strings.IndexByte(text[pos+1:], '\n')
		lineEnd := len(text)
		if next >= 0 {
			lineEnd = pos + 1 + next
		}
		line := strings.TrimSpace(text[pos+1 : lineEnd])
		switch {
		case line == "":
		case Bulleted(line):
			last = lineEnd
		default:
			return last
		}
		if next < 0 {
			break
		}
		pos = lineEnd
	}
	return last
}

// Bulleted reports a line that opens with a list marker: «•», «·», «▪»,
// «-», «–», «—», «*» and a space, or a number with «.» or «)».
func Bulleted(line string) bool {
	for _, b := range []string{"• ", "· ", "▪ ", "- ", "– ", "— ", "* ", "•\t"} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	n := 0
	for n < len(line) && n < 3 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

// SplitFolded is Split for a caller that has already folded the text with
// Fold; the tokens' Fold fields are slices of folded. A line that ends with
// a colon and the bulleted lines after it are one paragraph.
func SplitFolded(text, folded string) []Sentence {
	if len(folded) != len(text) {
		folded = "" // a rune changed its length when folded: fold token by token
	}
	out := make([]Sentence, 0, len(text)/120+1)
	arena := newTokenArena(text)
	defer arena.release()
	para := 0
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if strings.HasSuffix(strings.TrimSpace(line), ":") {
			// «Меморандумы подписаны с:» followed by bulleted lines: one
			// sentence, so that the list is read with its head
			end = bulletsEnd(text, end)
			line = text[start:end]
		}
		if strings.TrimSpace(line) != "" {
			out = splitParagraph(out, arena, folded, start, end, para)
			para++
		}
		start = end + 1
	}
	return out
}

func splitParagraph(out []Sentence, arena *tokenArena, folded string, start, end, para int) []Sentence {
	text := arena.text
	s := start
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		j := i + w
		// swallow repeated terminators and closing quotes/brackets
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '»' || r2 == '"' || r2 == ')' || r2 == '”' || r2 == '\'' {
				j += w2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:end])
		if !isSpace(r2) {
			// «… Киргизии.Руководство …», «… депутатов.20 декабря …»: paragraphs
			// run together without a space by a page's text dump
			if r == '.' && j == i+w && (glued(text[s:i], r2) || gluedAfterCapitals(text[s:i], text[j:end]) || gluedAfterClosing(text[s:i], r2)) && wordAfter(text[j:end]) {
				out = appendSentence(out, arena, folded, s, j, para)
				s = j
			} else if r == '.' && j == i+w+1 && text[i+w] == '"' && i > s && strings.Count(text[s:i], `"`)%2 == 0 && unicode.IsLower(lastRune(text[s:i])) && capitalisedWord(text[j:end]) {
				// «… отметил Игорь Карпенко."Только …»: the straight quote
				// after the dot opens the next sentence's quotation (when the
				// sentence's own quotes are closed: «сказал "да."Затем» is not)
				out = appendSentence(out, arena, folded, s, i+w, para)
				s = i + w
			}
			i = j
			continue
		}
		k := j
		for k < end {
			r3, w3 := utf8.DecodeRuneInString(text[k:end])
			if !isSpace(r3) {
				break
			}
			k += w3
		}
		if k >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !(isUpper(next) || isDigit(next) || next == '«' || next == '"' || next == '–' || next == '—' || next == '-' || next == '“') {
			i = j
			continue
		}
		if r == '.' && noBreakBefore(text[s:i], next) {
			i = j
			continue
		}
		out = appendSentence(out, arena, folded, s, j, para)
		s = k
		i = k
	}
	return appendSentence(out, arena, folded, s, end, para)
}

// glued reports whether a dot with no space after it ends a sentence: the
// word before it has three letters or more, all lower case but the first
// (no abbreviation, initial or domain name), and a capital of the same script
// or a digit follows.
func glued(before string, next rune) bool {
	k := len(before)
	n := 0
	cyr := false
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			// only a capital at the start of the word («Румынии.Руководство»)
			if k-w > 0 {
				if p, _ := utf8.DecodeLastRuneInString(before[:k-w]); unicode.IsLetter(p) {
					return false
				}
			}
		}
		cyr = unicode.Is(unicode.Cyrillic, r)
		n++
		k -= w
	}
	if n < 3 || k > 0 && !isSpace(rune(before[k-1])) && before[k-1] != ',' && before[k-1] != ')' {
		return false
	}
	if abbreviations[Fold(before[k:])] {
		return false
	}
	switch {
	case isDigit(next):
		return true
	case isUpper(next):
		return unicode.Is(unicode.Cyrillic, next) == cyr
	}
	return false
}

// wordAfter reports whether s starts with a number, a word of three
// letters or more (not «news.Kz»), or one of the short Russian words that
// open sentences followed by a space («В», «На», «Он»: shortOpeners).
func wordAfter(s string) bool {
	n, end := 0, len(s)
	for k, r := range s {
		if isDigit(r) && n == 0 {
			return true
		}
		if !unicode.IsLetter(r) {
			end = k
			break
		}
		n++
	}
	if n < 3 && end < len(s) && s[end] == ' ' {
		// «… отметил Игорь Карпенко.В частности, …»: a short Russian
		// word that opens sentences, then a space
		return shortOpeners[s[:end]]
	}
	return n >= 3
}

// shortOpeners are Russian words of one or two letters that often open a
// sentence: prepositions, conjunctions, pronouns.
var shortOpeners = map[string]bool{
	"В": true, "Во": true, "На": true, "По": true, "С": true, "Со": true, "К": true, "О": true, "Об": true,
	"У": true, "И": true, "А": true, "Но": true, "Из": true, "За": true, "До": true, "От": true,
	"Он": true, "Мы": true, "Я": true, "Их": true, "Ее": true, "Её": true, "Не": true,
}

// noBreakBefore reports whether the text before a dot ends with an
// abbreviation or an initial, so that the dot does not end the sentence.
func noBreakBefore(before string, next rune) bool {
	// last word before the dot
	k := len(before)
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if !(unicode.IsLetter(r) || r == '.' || r == '-') {
			break
		}
		k -= w
	}
	word := before[k:]
	if word == "" {
		return false
	}
	// an initial: one upper-case letter («К.», «Н.М.»)
	parts := strings.Split(word, ".")
	last := parts[len(parts)-1]
	if utf8.RuneCountInString(last) == 1 {
		r, _ := utf8.DecodeRuneInString(last)
		if unicode.IsUpper(r) {
			return true
		}
	}
	f := Fold(word)
	if abbreviations[f] || abbreviations[strings.ReplaceAll(f, ".", "")] {
		// «г.» before a capital is usually «г. Нью-Дели»; at the very end of
		// «2024 г.» before a new sentence we accept the rare missed split.
		return true
	}
	return false
}

func appendSentence(out []Sentence, arena *tokenArena, folded string, s, e, para int) []Sentence {
	text := arena.text
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= w
	}
	if e <= s {
		return out
	}
	f := ""
	if folded != "" {
		f = folded[s:e]
	}
	return append(out, Sentence{Text: text[s:e], Start: s, End: e, Paragraph: para, Tokens: arena.tokenize(s, e, f)})
}

// gluedAfterCapitals reports a sentence that ends with a word in capitals
// of three letters or more, glued to the next one that opens with a
// capitalised word («… передает корреспондент БЕЛТА.По его словам …»):
// not an initial, not a domain name («news.Kz»).
func gluedAfterCapitals(before, after string) bool {
	k, n := len(before), 0
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
		k -= w
	}
	if n < 3 || k > 0 && !isSpace(rune(before[k-1])) {
		return false
	}
	return capitalisedWord(after)
}

// gluedAfterClosing reports a sentence that ends with a closing bracket
// or quote after a word, glued to the next one that opens with a capital
// of the same script («… от МПА СНГ (МПА СНГ).Координатор группы …»).
func gluedAfterClosing(before string, next rune) bool {
	last, w := utf8.DecodeLastRuneInString(before)
	if last != ')' && last != '»' || !isUpper(next) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-w])
	return unicode.IsLetter(prev) && unicode.Is(unicode.Cyrillic, prev) == unicode.Is(unicode.Cyrillic, next)
}

// capitalisedWord reports whether s opens with a capital followed by a
// small letter («По», «Только», "The").
func capitalisedWord(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	if !isUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[w:])
	return unicode.IsLower(r2)
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
