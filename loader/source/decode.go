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
// found; DecodeText tells the same and what it had to replace. UTF-8 (with
// or without a byte order mark) is taken as is, and so is text that is
// UTF-8 but for a few bad bytes (a stray byte, a character cut at the end),
// which become U+FFFD; anything else is decoded both as Windows-1251 and as
// KOI8-R and the decoding that reads more like Russian wins. The text is
// normalised to NFC with "\n" line ends and no byte order mark.
//
// Decode fails with ErrBinary for NUL bytes or many control bytes, ErrEmpty
// for input with nothing but white space, and ErrUndecodable for UTF-16 or
// for bytes that read like Russian in neither single-byte character set.
func Decode(raw []byte) (text string, encoding string, err error) {
	d, err := DecodeText(raw)
	return d.Text, d.Encoding, err
}

// Decoded is the text DecodeText found in raw bytes.
type Decoded struct {
	Text     string
	Encoding string
	// Replaced counts the bytes that were not UTF-8 in a text that
	// otherwise is, each replaced with U+FFFD; FirstReplaced is the offset
	// of the first of them in the raw bytes.
	Replaced      int
	FirstReplaced int
}

// Warning describes the bytes that were replaced, "" when there were none.
func (d Decoded) Warning() string {
	if d.Replaced == 0 {
		return ""
	}
	what := "bytes that are"
	if d.Replaced == 1 {
		what = "byte that is"
	}
	return fmt.Sprintf("%d %s not UTF-8 in a UTF-8 text, replaced with U+FFFD (the first at byte %d)", d.Replaced, what, d.FirstReplaced)
}

// DecodeText is Decode, telling also which bytes it replaced.
func DecodeText(raw []byte) (Decoded, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return Decoded{}, fmt.Errorf("%w: UTF-16 byte order mark; convert the file to UTF-8", ErrUndecodable)
	}
	if err := checkBinary(raw); err != nil {
		return Decoded{}, err
	}
	var d Decoded
	body, bom := raw, bytes.HasPrefix(raw, utf8BOM)
	if bom {
		body = raw[len(utf8BOM):]
	}
	switch {
	case utf8.Valid(body):
		d.Text, d.Encoding = string(body), EncodingUTF8
	case mostlyUTF8(body):
		d.Text, d.Encoding, d.Replaced, d.FirstReplaced = replaceBadUTF8(body)
	default:
		if bom {
			body = raw // as before: the three bytes are letters in a single-byte set
		}
		var err error
		d.Text, d.Encoding, err = decodeSingleByte(body)
		if err != nil {
			return Decoded{}, err
		}
		bom = false
	}
	if bom {
		d.Encoding = EncodingUTF8BOM
		if d.Replaced > 0 {
			d.FirstReplaced += len(utf8BOM)
		}
	}
	d.Text = normalizeText(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		return Decoded{}, ErrEmpty
	}
	return d, nil
}

// mostlyUTF8 reports whether raw, which is not valid UTF-8, is UTF-8 text
// with a few bad bytes: at least ten well-formed multi-byte characters for
// every byte that is not UTF-8. Russian text in Windows-1251 or KOI8-R has
// the other proportion: nearly every letter is a bad byte, and only a rare
// pair of bytes happens to form a UTF-8 character.
func mostlyUTF8(raw []byte) bool {
	bad, multi := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return bad > 0 && multi >= 10*bad
}

// replaceBadUTF8 replaces every byte of raw that is not part of a UTF-8
// character with U+FFFD and counts them.
func replaceBadUTF8(raw []byte) (text, encoding string, replaced, first int) {
	var b strings.Builder
	b.Grow(len(raw) + 16)
	first = -1
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			replaced++
			if first < 0 {
				first = i
			}
		} else {
			b.Write(raw[i : i+size])
		}
		i += size
	}
	return b.String(), EncodingUTF8, replaced, first
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
