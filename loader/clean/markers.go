package clean

import (
	"github.com/cecgraph/cecgraph/loader/text"

	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markers are the word lists of a furniture file (see furniture.txt).
type markers struct {
	section         map[string]bool
	sectionPrefix   []string
	inlinePrefix    []string
	menu            map[string]bool
	subscribePrefix []string
	share           map[string]bool
	shareByLength   []string // share entries, longest first, for glued bars like "FacebookTelegram"
	shareLongest    int      // the byte length of the longest share entry
	photoPrefix     []string
	authorPrefix    []string
	mastheadPrefix  []string
	mastheadMark    []string
	tailMark        []string
}

// parseMarkers reads a furniture file: "[list]" headers, one entry per line,
// "#" comments and blank lines ignored. Entries are folded with foldKey.
func parseMarkers(r io.Reader, name string) (*markers, error) {
	m := &markers{section: map[string]bool{}, menu: map[string]bool{}, share: map[string]bool{}}
	lists := map[string]*[]string{
		"section-prefix":   &m.sectionPrefix,
		"inline-prefix":    &m.inlinePrefix,
		"subscribe-prefix": &m.subscribePrefix,
		"photo-prefix":     &m.photoPrefix,
		"author-prefix":    &m.authorPrefix,
		"masthead-prefix":  &m.mastheadPrefix,
		"masthead-mark":    &m.mastheadMark,
		"tail-mark":        &m.tailMark,
	}
	sets := map[string]map[string]bool{"section": m.section, "menu": m.menu, "share": m.share}
	var current string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			current = line[1 : len(line)-1]
			if lists[current] == nil && sets[current] == nil {
				return nil, fmt.Errorf("%s:%d: unknown list %q", name, n, current)
			}
			continue
		case current == "":
			return nil, fmt.Errorf("%s:%d: entry %q before any [list] header", name, n, line)
		}
		entry := foldCase(line)
		if set := sets[current]; set != nil {
			set[foldKey(line)] = true
			continue
		}
		*lists[current] = append(*lists[current], entry)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for s := range m.share {
		m.shareByLength = append(m.shareByLength, strings.ReplaceAll(s, " ", ""))
		m.shareLongest = max(m.shareLongest, len(s))
	}
	sort.Slice(m.shareByLength, func(i, j int) bool {
		a, b := m.shareByLength[i], m.shareByLength[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	return m, nil
}

// foldCase lower-cases s and writes "ё" as "е".
func foldCase(s string) string {
	return text.Fold(s)
}

// foldKey is the form in which lines are compared with marker entries:
// case-folded, without leading bullets and dashes, without trailing colons,
// dots, ellipses and counts like "(12)", with single spaces.
func foldKey(s string) string {
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\r\n\v\f") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return trimKey(foldCase(s))
}

// trimKey is foldKey of a line already folded with single spaces.
func trimKey(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return isBullet(r) || unicode.IsSpace(r) })
	for {
		before := s
		s = strings.TrimRightFunc(s, func(r rune) bool {
			return r == ':' || r == '.' || r == '…' || unicode.IsSpace(r)
		})
		if strings.HasSuffix(s, ")") {
			if open := strings.LastIndexByte(s, '('); open >= 0 && isDigits(s[open+1:len(s)-1]) {
				s = s[:open]
			}
		}
		if s == before {
			return s
		}
	}
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '▪', '▫', '◦', '●', '○', '►', '▶', '■', '□', '*', '-', '–', '—', '»', '>':
		return true
	}
	return false
}

func isDigits(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// hasPrefixWord reports whether key starts with prefix as a whole word: the
// prefix ends the key, ends in a non-letter itself, or is followed by a
// character that is not a letter or digit. It returns the rest after the prefix.
func hasPrefixWord(key, prefix string) (rest string, ok bool) {
	if !strings.HasPrefix(key, prefix) {
		return "", false
	}
	rest = key[len(prefix):]
	if rest == "" {
		return "", true
	}
	last, _ := utf8.DecodeLastRuneInString(prefix)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return rest, true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return "", false
	}
	return rest, true
}

// matchPrefix returns the first entry of prefixes that key starts with as a
// whole word, and the rest of key after it.
func matchPrefix(key string, prefixes []string) (prefix, rest string, ok bool) {
	for _, p := range prefixes {
		if rest, ok := hasPrefixWord(key, p); ok {
			return p, rest, true
		}
	}
	return "", "", false
}
