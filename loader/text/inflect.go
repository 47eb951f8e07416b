package text

import "strings"

// russianEndings are inflectional endings of Russian nouns, adjectives and
// surnames; "" keeps the bare base.
var russianEndings = []string{
	"", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й",
	"ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие",
	"ых", "их", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев",
	"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ию", "ия", "ии",
	"ью", "ией", "ией", "ое", "ом", "ым", "ой", "ою",
}

// inflectionBase strips the ending of a declinable folded Russian word:
// «корея» → «коре», «японский» → «японск», «республика» → «республик».
// Words on -о, -е, -и, -у, -ю (Макао, Того, Чили, Перу) are foreign and do
// not decline, so they keep their ending and match only themselves.
func inflectionBase(fold string) string {
	r := []rune(fold)
	if len(r) <= 3 {
		return fold
	}
	two := string(r[len(r)-2:])
	switch two {
	case "ия", "ие", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ья":
		return string(r[:len(r)-2])
	}
	switch r[len(r)-1] {
	case 'а', 'я', 'ь', 'й':
		return string(r[:len(r)-1])
	case 'о', 'е', 'и', 'у', 'ю', 'ы', 'э':
		return ""
	}
	return fold
}

// dropFleetingVowel returns base without the о/е/ё between its last two
// consonants, or "" when base does not end that way.
func dropFleetingVowel(base string) string {
	r := []rune(base)
	n := len(r)
	if n < 4 {
		return ""
	}
	isVowel := func(c rune) bool { return strings.ContainsRune("аеёиоуыэюяь", c) }
	if (r[n-2] == 'о' || r[n-2] == 'е' || r[n-2] == 'ё') && !isVowel(r[n-1]) && !isVowel(r[n-3]) {
		return string(r[:n-2]) + string(r[n-1])
	}
	return ""
}

// MatchKeys returns the stems of every plausible inflected form of a word, so
// that a dictionary entry given in the nominative («Корея») is found through
// the stem of any case form of it («Кореи», «Корее», «Кореей»). Latin words
// and numbers have their single stem.
func MatchKeys(word string) []string {
	fold := Fold(word)
	if fold == "" {
		return nil
	}
	toks := Tokenize(fold, 0)
	if len(toks) != 1 || toks[0].Kind != Word || !toks[0].IsCyrillic() {
		return []string{stemUncached(fold)}
	}
	head := ""
	last := fold
	if i := strings.LastIndexByte(fold, '-'); i > 0 {
		head, last = fold[:i+1], fold[i+1:]
	}
	base := inflectionBase(last)
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	// stemUncached: these generated forms must not fill the cache that
	// article tokens rely on
	add(stemUncached(fold))
	if base == "" {
		return out // indeclinable
	}
	for _, e := range russianEndings {
		add(stemUncached(head + base + e))
	}
	// a fleeting vowel: «посол» → «посла», «послом»; «отец» → «отца»
	if alt := dropFleetingVowel(base); alt != "" {
		for _, e := range russianEndings {
			if e != "" {
				add(stemUncached(head + alt + e))
			}
		}
	}
	return out
}

// nameKeysCache maps a word to its MatchKeys; names repeat across articles.
var nameKeysCache = newWordCache[[]string](50_000)

// CachedMatchKeys is MatchKeys for a word that recurs across articles (a
// surname): computed once, then shared. The result must not be modified.
func CachedMatchKeys(word string) []string { return nameKeysCache.get(word, MatchKeys) }
