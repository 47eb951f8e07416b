package text

import (
	"hash/maphash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
)

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota + 1 // letters, with inner hyphens or apostrophes
	Number                      // digits, with inner dots, commas or hyphens
	Punct                       // any other single non-space rune
)

// Token is a word, number or punctuation mark with its byte offsets
// [Start, End) in the cleaned text.
type Token struct {
	Text  string
	Start int
	End   int
	Kind  TokenKind
	// Word numbers the word's folded form among the forms stemmed so far
	// (1 to MaxWordID, the same number for every token of the form), 0 for
	// a form past the stem cache's bound, a number or punctuation: a key
	// under which a dictionary may keep what it found for the form.
	Word uint32
	// Fold is the lower-case form with ё folded to е: a match key.
	Fold string
	// Stem is the Snowball stem of Fold (Russian for Cyrillic words,
	// English for Latin ones): a match key, never output.
	Stem string
}

// IsUpper reports whether the token starts with an upper-case letter.
func (t Token) IsUpper() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return isUpper(r)
}

// IsAllUpper reports whether every letter of the token is upper case and it
// has at least two letters (an abbreviation such as «ЦИК» or «РК»).
func (t Token) IsAllUpper() bool {
	n := 0
	for _, r := range t.Text {
		if isLetter(r) {
			if !isUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// IsCyrillic reports whether the token's first rune is Cyrillic.
func (t Token) IsCyrillic() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return r >= 0x400 && r <= 0x52F || r >= utf8.RuneSelf && unicode.Is(unicode.Cyrillic, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	if r >= 0x400 && r <= 0x52F {
		return false
	}
	return unicode.IsDigit(r)
}

// MaxWordID is the largest Token.Word: the bound of the stem cache.
const MaxWordID = 200_000

// stemmed is a folded word (a copy the cache owns), its stem and its
// number (Token.Word).
type stemmed struct {
	fold string
	stem string
	id   uint32
}

// stemCache is the stems of the words seen so far, each numbered as the
// cache keeps it; words repeat a lot across articles.
var stemCache = func() *wordCache[*stemmed] {
	c := newWordCache[*stemmed](MaxWordID)
	c.kept = func(s *stemmed, n uint32) { s.id = n }
	return c
}()

// stemEntry stems a folded word the cache owns.
func stemEntry(fold string) *stemmed { return &stemmed{fold: fold, stem: stemUncached(fold)} }

// stemFront is a small direct-mapped cache in front of stemCache, owned by
// one goroutine at a time (a tokenArena's scratch): the common words of a
// text are found without a lock or a look into the large map.
type stemFront [1 << 14]*stemmed

var frontSeed = maphash.MakeSeed()

func (f *stemFront) get(fold string) *stemmed {
	if f == nil {
		return stemCache.get(fold, stemEntry)
	}
	h := &f[maphash.String(frontSeed, fold)&(1<<14-1)]
	if p := *h; p != nil && p.fold == fold {
		return p
	}
	p := stemCache.get(fold, stemEntry)
	*h = p
	return p
}

// Stem returns the Snowball stem of a folded word: Russian for Cyrillic, English
// for Latin, the word itself otherwise. Hyphenated words are stemmed on their
// last part («Ин-шик» keeps its head).
func Stem(fold string) string { return stemCache.get(fold, stemEntry).stem }

func stemUncached(fold string) string {
	if fold == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(fold)
	switch {
	case unicode.Is(unicode.Cyrillic, r):
		if i := strings.LastIndexByte(fold, '-'); i > 0 && i < len(fold)-1 {
			return fold[:i+1] + russian.Stem(fold[i+1:], false)
		}
		return russian.Stem(fold, false)
	case r < utf8.RuneSelf && unicode.IsLetter(r):
		return englishStem(fold)
	}
	return fold
}

// englishStem is the Snowball English stem, except that an agent noun in
// -er keeps its ending: a commissioner is not a commission.
func englishStem(fold string) string {
	st := english.Stem(fold, false)
	w := strings.TrimSuffix(fold, "s")
	if strings.HasSuffix(w, "er") && !strings.HasSuffix(st, "er") && strings.HasPrefix(w, st) && len(w)-len(st) == 2 {
		return st + "er"
	}
	return st
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf || r >= 0x400 && r <= 0x52F {
		return isLetter(r)
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' }

// Tokenize splits s into tokens; offsets are relative to s plus base.
func Tokenize(s string, base int) []Token { return tokenize(s, base, "") }

// tokenize is Tokenize with s already folded: folded, when it has the
// same length as s, gives each token's Fold without a new string.
func tokenize(s string, base int, folded string) []Token {
	toks := appendTokens(make([]Token, 0, len(s)/10+4), s, base, folded, nil)
	if spare := cap(toks) - len(toks); spare > 8 && spare > len(toks)/4 {
		// a long text keeps the tokens of all its sentences at once: do not
		// keep the room the first guess left over
		toks = append(make([]Token, 0, len(toks)), toks...)
	}
	return toks
}

// tokenArena tokenizes the sentences of one text, in order, into a few
// shared blocks: one allocation for most articles instead of one or two per
// sentence, and no room left over in each sentence's slice.
type tokenArena struct {
	text    string
	scratch *arenaScratch // from scratchPool
	block   []Token       // the current block; its spare capacity is free
}

// arenaScratch is what an arena borrows from scratchPool: the tokens of the
// sentence being read and a cache of stems.
type arenaScratch struct {
	toks  []Token
	front stemFront
}

// scratchPool holds the scratch buffers of finished arenas, so that each
// text does not grow its own.
var scratchPool = sync.Pool{New: func() any { return new(arenaScratch) }}

// maxPooledScratch bounds the scratch buffers kept in scratchPool (tokens):
// an odd text with an endless sentence does not keep its buffer.
const maxPooledScratch = 4096

func newTokenArena(text string) *tokenArena {
	return &tokenArena{text: text, scratch: scratchPool.Get().(*arenaScratch)}
}

// release returns the arena's scratch buffer to the pool; the sentences'
// tokens stay valid.
func (ar *tokenArena) release() {
	if sc := ar.scratch; cap(sc.toks) <= maxPooledScratch {
		clear(sc.toks[:cap(sc.toks)]) // drop the references into the text
		scratchPool.Put(sc)
	}
	ar.scratch = nil
}

// bytesPerToken is about the number of bytes of Russian or English text per
// token, spaces and punctuation included: the first guess of a block's size.
const bytesPerToken = 7

// tokenize returns the tokens of text[start:end] (folded is its folded
// form, or ""), a slice of the arena's current block whose capacity ends
// with it, so that an append to it never writes over the next sentence.
func (ar *tokenArena) tokenize(start, end int, folded string) []Token {
	sc := ar.scratch
	scratch := appendTokens(sc.toks[:0], ar.text[start:end], start, folded, &sc.front)
	sc.toks = scratch
	n := len(scratch)
	if n == 0 {
		return nil
	}
	if cap(ar.block)-len(ar.block) < n {
		// room for this sentence and the rest of the text by the guess
		ar.block = make([]Token, 0, n+(len(ar.text)-end)/bytesPerToken)
	}
	at := len(ar.block)
	ar.block = append(ar.block, scratch...)
	return ar.block[at:len(ar.block):len(ar.block)]
}

// appendTokens appends the tokens of s to toks (see tokenize).
// front, when not nil, is the caller's cache of stems.
func appendTokens(toks []Token, s string, base int, folded string, front *stemFront) []Token {
	if len(folded) != len(s) {
		folded = ""
	}
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += w
		case isWordRune(r) || isDigit(r):
			start := i
			allDigits := isDigit(r)
			prev := r
			innerCap := false // a capital inside the word so far («КазМунай…»)
			i += w
			for i < len(s) {
				r, w = utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) || isDigit(r) {
					if gluedWords(prev, r) {
						if n := utf8.RuneCountInString(s[start:i]); !innerCap && n >= 6 && lowerCyrillicAt(s, i+w) && (endsInflected(prev) || n >= 7 && adjectiveWordAt(s, i)) {
							// «Независимая избирательная комиссия ИорданииНезависимый
							// высший …», «… комиссия МальдивВысший избирательный
							// совет»: list items a page ran together, their line
							// breaks lost; two words (a word that ends in a
							// consonant, when an adjective follows: not
							// «СпутникТаджикистан»)
							break
						}
						innerCap = true
					}
					if !isDigit(r) {
						allDigits = false
					}
					prev = r
					i += w
					continue
				}
				// A joiner between two word runes (or digits between digits) stays inside.
				if isJoiner(r) || (allDigits && (r == '.' || r == ',')) {
					r2, _ := utf8.DecodeRuneInString(s[i+w:])
					if i+w < len(s) && (isWordRune(r2) || isDigit(r2)) && !(allDigits && isWordRune(r2) && r != '-') {
						prev = r // («Мирза-Улугбек»: a capital after the joiner is no glue)
						i += w
						continue
					}
				}
				break
			}
			t := Token{Text: s[start:i], Start: base + start, End: base + i}
			if allDigits {
				t.Kind = Number
				t.Fold = t.Text
				t.Stem = t.Text
			} else {
				t.Kind = Word
				if folded != "" {
					t.Fold = folded[start:i]
				} else {
					t.Fold = Fold(t.Text)
				}
				st := front.get(t.Fold)
				t.Stem, t.Word = st.stem, st.id
			}
			toks = append(toks, t)
		default:
			toks = append(toks, Token{Text: s[i : i+w], Start: base + i, End: base + i + w, Kind: Punct, Fold: s[i : i+w], Stem: s[i : i+w]})
			i += w
		}
	}
	return toks
}

// gluedWords reports a lower-case Cyrillic letter followed by an
// upper-case one inside a run of letters. Russian words change case so only
// in names made of parts («ТюркПА», «КазИнформ», «КазМунайГаз»,
// «ТаджикИнформ»), which the tokenizer keeps whole: it splits only a word
// with no capital inside before, after six letters or more that end as a
// case form does and before a capital that a lower-case letter follows,
// where a page that lost its line breaks ran two words together.
func gluedWords(prev, r rune) bool {
	if prev < 0x400 || r < 0x400 || prev > 0x52f || r > 0x52f {
		return false // (not Cyrillic: the usual case, decided at once)
	}
	if prev >= 0x430 && prev <= 0x45F && (r >= 0x410 && r <= 0x42F || r == 0x401) {
		return true // the basic alphabet: а–я, ё and the like, then А–Я, Ё
	}
	if prev >= 0x410 && prev <= 0x42F || r >= 0x430 && r <= 0x45F {
		return false // an upper-case letter before, or a lower-case one after
	}
	return unicode.Is(unicode.Cyrillic, prev) && unicode.IsLower(prev) && unicode.Is(unicode.Cyrillic, r) && unicode.IsUpper(r)
}

// endsInflected reports a Russian word ending: a vowel, «й» or «ь» («…ии»,
// «…ого», «…ей»), as a case form ends, where a name's part does not
// («Таджик|Информ», «Спутник|…»).
func endsInflected(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяйь", unicode.ToLower(r))
}

// adjectiveWordAt reports whether the word that starts at byte i of s
// (a capital, then small letters) has an adjective's ending in the
// nominative («Высший», «Центральная», «Национальное»).
func adjectiveWordAt(s string, i int) bool {
	end := i
	for k, r := range s[i:] {
		if !unicode.IsLetter(r) || k > 0 && !unicode.IsLower(r) {
			break
		}
		end = i + k + utf8.RuneLen(r)
	}
	w := s[i:end]
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lowerCyrillicAt reports a lower-case Cyrillic letter at byte i of s.
func lowerCyrillicAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Cyrillic, r) && unicode.IsLower(r)
}
