package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode turns raw input bytes into text and names the character set it
// found. UTF-8 (with or without a byte order mark) is taken as is; anything
// else is decoded both as Windows-1251 and as KOI8-R and the decoding that
// reads more like Russian wins. The text is normalised to NFC with "\n" line
// ends and no byte order mark.
//
// Decode fails with ErrBinary for NUL bytes or many control bytes, ErrEmpty
// for input with nothing but white space, and ErrUndecodable for UTF-16 or
// for bytes that read like Russian in neither single-byte character set.
func Decode(raw []byte) (text string, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return "", "", fmt.Errorf("%w: UTF-16 byte order mark; convert the file to UTF-8", ErrUndecodable)
	}
	if err := checkBinary(raw); err != nil {
		return "", "", err
	}
	switch {
	case bytes.HasPrefix(raw, utf8BOM) && utf8.Valid(raw[len(utf8BOM):]):
		text, encoding = string(raw[len(utf8BOM):]), EncodingUTF8BOM
	case utf8.Valid(raw):
		text, encoding = string(raw), EncodingUTF8
	default:
		text, encoding, err = decodeSingleByte(raw)
		if err != nil {
			return "", "", err
		}
	}
	text = normalizeText(text)
	if strings.TrimSpace(text) == "" {
		return "", "", ErrEmpty
	}
	return text, encoding, nil
}

// checkBinary rejects input with a NUL byte or with more than one control
// byte (other than tab, line feed, vertical tab, form feed, carriage return
// and escape) in twenty.
func checkBinary(raw []byte) error {
	control := 0
	for i, c := range raw {
		switch {
		case c == 0:
			return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
		case c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B, c == 0x7F:
			control++
		}
	}
	if control > 0 && control*20 > len(raw) {
		return fmt.Errorf("%w: %d control bytes in %d", ErrBinary, control, len(raw))
	}
	return nil
}

// decodeSingleByte decodes raw as Windows-1251 and as KOI8-R and keeps the
// reading that scores better as Russian text.
func decodeSingleByte(raw []byte) (string, string, error) {
	cp1251, err := charmap.Windows1251.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	koi8, err := charmap.KOI8R.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	a, b := scoreRussian(string(cp1251)), scoreRussian(string(koi8))
	best, bestText, encoding := a, string(cp1251), EncodingCP1251
	if b.value() > a.value() {
		best, bestText, encoding = b, string(koi8), EncodingKOI8R
	}
	if !best.plausible() {
		return "", "", fmt.Errorf("%w: %d of %d Cyrillic letter pairs are common in Russian", ErrUndecodable, best.commonPairs, best.pairs)
	}
	return bestText, encoding, nil
}

// russianScore measures how much a text looks like Russian.
type russianScore struct {
	letters     int // Cyrillic letters
	lower       int // lower-case Cyrillic letters
	pairs       int // pairs of adjacent Cyrillic letters
	commonPairs int // pairs that are among the common Russian bigrams
}

// value weighs the share of lower-case letters (KOI8-R read as Windows-1251
// and the other way round swaps the case of nearly every letter) and the
// share of common letter pairs.
func (s russianScore) value() float64 {
	if s.letters == 0 {
		return 0
	}
	v := float64(s.lower) / float64(s.letters)
	if s.pairs > 0 {
		v += 2 * float64(s.commonPairs) / float64(s.pairs)
	}
	return v
}

// plausible reports whether the text is Russian enough to trust the
// decoding. Short texts with few letter pairs give too little evidence to
// reject.
func (s russianScore) plausible() bool {
	const minEvidence = 30
	if s.pairs < minEvidence {
		return true
	}
	return float64(s.commonPairs)/float64(s.pairs) >= 0.2
}

func scoreRussian(text string) russianScore {
	var s russianScore
	var prev rune
	for _, r := range text {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) {
			prev = 0
			continue
		}
		s.letters++
		if unicode.IsLower(r) {
			s.lower++
		}
		lr := unicode.ToLower(r)
		if prev != 0 {
			s.pairs++
			if _, ok := commonBigrams[[2]rune{prev, lr}]; ok {
				s.commonPairs++
			}
		}
		prev = lr
	}
	return s
}

// commonBigrams holds frequent letter pairs of Russian prose (our own list,
// drawn up from general knowledge of the language; it need not be exact, only
// far more frequent in real text than in mis-decoded text).
var commonBigrams = func() map[[2]rune]struct{} {
	const list = "ст но то на ен ов ни ра во ко ос ро по пр ре ал ли ан ер ор ол ел ка ла ва го от ет ит ом ес ве де " +
		"та ти ри ле не ны ль ак ин ии ия ие ое ой ый ий ая ую ые ых ым ми ма мо ме да до ди ду он ат ам ас ск сл " +
		"см ся сь ть тр тв ту че чт чи ча ще щи вы вн бо бы бе ба зн за зи из им ик ей ем еч лу мм од ож ок оп ох " +
		"оч ру ры ря са се си со су те тс ты уд уж ул ум ут уч це ци чн шь эт ют яв яз ят ар ис ки ку зв ег ев ез " +
		"ед ек еж ие ир ия ле ло лы льн ль ме мы на не ни пе пи пл пу ре сп ст сс та тв ть уп фо ци ых ьн ьс ая ое ей"
	m := make(map[[2]rune]struct{})
	for _, f := range strings.Fields(list) {
		rs := []rune(f)
		for i := 0; i+1 < len(rs); i++ {
			m[[2]rune{rs[i], rs[i+1]}] = struct{}{}
		}
	}
	return m
}()

// normalizeText turns "\r\n" and lone "\r" into "\n", replaces invalid UTF-8
// and brings the text to NFC.
func normalizeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}

// decodeDeclared decodes raw in the single-byte encoding a document declares
// (EncodingCP1251 or EncodingKOI8R), after the same checks as Decode.
func decodeDeclared(raw []byte, encoding string) (string, error) {
	if err := checkBinary(raw); err != nil {
		return "", err
	}
	cm := charmap.Windows1251
	if encoding == EncodingKOI8R {
		cm = charmap.KOI8R
	}
	b, err := cm.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrUndecodable, err)
	}
	text := normalizeText(string(b))
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}
