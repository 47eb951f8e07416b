package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
)

// Name is a person's name taken apart for matching.
type Name struct {
	// Raw is the name as given, trimmed, with single spaces.
	Raw string
	// Family is the match key of the surname: transliterated to a Latin
	// skeleton, case endings stripped. Names with different families are
	// never the same person unless an override says so. At most
	// graph.MaxKeyBytes long (graph.BoundKey).
	Family string
	// Given is the match key of the given name(s), "" when only initials or
	// nothing are given.
	Given string
	// Initial is the first letter of the given name's skeleton ("" if none).
	Initial string
	// Latin is true when the name is written in Latin letters.
	Latin bool
}

// Full reports whether the name has a spelled-out given name.
func (n Name) Full() bool { return n.Given != "" }

// ParseName takes a name apart: the last word is the surname, the words
// before it the given name(s) or initials.
func ParseName(raw string) Name {
	raw = strings.Join(strings.Fields(raw), " ")
	n := Name{Raw: raw}
	words := strings.Fields(strings.ReplaceAll(raw, ".", ". "))
	var letters, latin int
	for _, r := range raw {
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
		}
	}
	n.Latin = letters > 0 && latin*2 > letters
	if len(words) == 0 {
		return n
	}
	// A family is indexed in the graph: bounded like a key.
	n.Family = graph.BoundKey(wordKey(words[len(words)-1]))
	var given []string
	for _, w := range words[:len(words)-1] {
		isInitial := strings.HasSuffix(w, ".") || utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1
		sk := wordKey(strings.TrimSuffix(w, "."))
		if sk == "" {
			continue
		}
		if n.Initial == "" {
			n.Initial = sk[:1]
		}
		if !isInitial {
			given = append(given, sk)
		}
	}
	n.Given = strings.Join(given, " ")
	return n
}

// FamilyOf is the family match key of a raw name (see Name.Family).
func FamilyOf(raw string) string { return ParseName(raw).Family }

// cyrillic maps lower-case Cyrillic letters to Latin sounds.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "j", 'з': "z",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "c", 'ч': "ch", 'ш': "sh", 'щ': "sh",
	'ъ': "", 'ы': "i", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
	// Kazakh, Uzbek, Tajik, Kyrgyz letters
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h", 'і': "i",
	'ў': "u", 'ҳ': "h", 'ҷ': "j", 'ӣ': "i", 'ӯ': "u",
}

// latinRules simplify a Latin spelling towards the skeleton of its
// Cyrillic counterpart, applied in order.
var latinRules = strings.NewReplacer(
	"dzh", "j", "dj", "j", "zh", "j", "kh", "h", "tch", "ch", "ts", "c", "ph", "f",
	"ck", "k", "q", "k", "w", "v", "x", "ks", "yu", "iu", "ya", "ia", "yo", "e", "y", "i",
	"ou", "u", "ee", "i", "oo", "u",
)

// endings are case and gender endings stripped from a skeleton word, longest
// first, when at least three letters remain.
var endings = []string{"imi", "ogo", "ego", "omu", "emu", "aia", "oi", "ei", "im", "om", "em", "iu", "ia", "u", "a", "e", "i"}

// wordKey is the skeleton of one word: lower case, transliterated to Latin,
// simplified, doubled letters collapsed, one case ending stripped. Hyphenated
// words are keyed part by part.
func wordKey(w string) string {
	parts := strings.Split(strings.ToLower(w), "-")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		var b strings.Builder
		for _, r := range p {
			if s, ok := cyrillic[r]; ok {
				b.WriteString(s)
			} else if r < 0x80 && unicode.IsLetter(r) {
				b.WriteRune(r)
			} else if unicode.IsLetter(r) {
				b.WriteString(foldLatin(r))
			}
		}
		s := latinRules.Replace(b.String())
		s = collapse(s)
		for _, e := range endings {
			if strings.HasSuffix(s, e) && len(s)-len(e) >= 3 {
				s = s[:len(s)-len(e)]
				break
			}
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "-")
}

// foldLatin drops the diacritics of common Latin letters.
func foldLatin(r rune) string {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā':
		return "a"
	case 'é', 'è', 'ê', 'ë', 'ē', 'ě':
		return "e"
	case 'í', 'ì', 'î', 'ï', 'ı':
		return "i"
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ō':
		return "o"
	case 'ú', 'ù', 'û', 'ü', 'ū':
		return "u"
	case 'ç', 'č', 'ć':
		return "ch"
	case 'š', 'ş', 'ś':
		return "sh"
	case 'ž', 'ź', 'ż':
		return "j"
	case 'ñ', 'ń':
		return "n"
	case 'ğ':
		return "g"
	}
	return ""
}

func collapse(s string) string {
	if len(s) < 2 {
		return s
	}
	b := []byte{s[0]}
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// Clusters groups raw person names into persons and names each person. The
// result maps every raw name (and every name the overrides mention that is
// among them) to its person's canonical name. Rules, within one family:
// names with the same given-name key are one person; a name with initials
// only (or a surname only) joins the one full name it is compatible with,
// and stays apart when there are none or several; initial-only names with
// the same initial and no full name are one person. Overrides add
// same-person links (even across families), forbid links (not-same), and
// set the canonical name. Otherwise the canonical name is the best spelling
// in the cluster: a full name before initials, Cyrillic before Latin, the
// shorter, then the alphabetically first. The result does not depend on the
// order of names.
func Clusters(raw []string, ov *Overrides) map[string]string {
	seen := map[string]bool{}
	var names []Name
	for _, r := range raw {
		n := ParseName(r)
		if n.Raw == "" || seen[n.Raw] {
			continue
		}
		seen[n.Raw] = true
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Raw < names[j].Raw })
	idx := map[string]int{}
	for i, n := range names {
		idx[n.Raw] = i
	}
	uf := newUnionFind(len(names))
	forbidden := func(a, b int) bool {
		if ov == nil {
			return false
		}
		ra, rb := uf.members(a, names), uf.members(b, names)
		for _, x := range ra {
			for _, y := range rb {
				if ov.NotSame(x, y) {
					return true
				}
			}
		}
		return false
	}
	join := func(a, b int) bool {
		if uf.find(a) == uf.find(b) {
			return true
		}
		if forbidden(a, b) {
			return false
		}
		uf.union(a, b)
		return true
	}
	// Override same-person links first: they win over the rules.
	if ov != nil {
		for _, pair := range ov.samePairs() {
			a, okA := idx[norm(pair[0])]
			b, okB := idx[norm(pair[1])]
			if okA && okB {
				join(a, b)
			}
		}
	}
	byFamily := map[string][]int{}
	var families []string
	for i, n := range names {
		if _, ok := byFamily[n.Family]; !ok {
			families = append(families, n.Family)
		}
		byFamily[n.Family] = append(byFamily[n.Family], i)
	}
	sort.Strings(families)
	for _, f := range families {
		members := byFamily[f]
		// Full names with the same given-name key.
		full := map[string]int{}
		var givens []string
		for _, i := range members {
			if !names[i].Full() {
				continue
			}
			g := names[i].Given
			if first, ok := full[g]; ok {
				join(first, i)
			} else {
				full[g] = i
				givens = append(givens, g)
			}
		}
		sort.Strings(givens)
		// Initials and bare surnames join the one compatible full name.
		byInitial := map[string]int{}
		for _, i := range members {
			n := names[i]
			if n.Full() {
				continue
			}
			var cands []int
			for _, g := range givens {
				if n.Initial == "" || strings.HasPrefix(g, n.Initial) {
					cands = append(cands, full[g])
				}
			}
			roots := map[int]bool{}
			for _, c := range cands {
				roots[uf.find(c)] = true
			}
			switch {
			case len(roots) == 1:
				join(cands[0], i)
			case len(roots) == 0 && len(givens) == 0:
				if first, ok := byInitial[n.Initial]; ok {
					join(first, i)
				} else {
					byInitial[n.Initial] = i
				}
			}
		}
	}
	clusters := map[int][]int{}
	for i := range names {
		r := uf.find(i)
		clusters[r] = append(clusters[r], i)
	}
	out := make(map[string]string, len(names))
	for _, ms := range clusters {
		canon := ""
		if ov != nil {
			for _, i := range ms {
				if p := ov.Preferred(names[i].Raw); p != "" {
					canon = p
					break
				}
			}
		}
		if canon == "" {
			best := ms[0]
			for _, i := range ms[1:] {
				if better(names[i], names[best]) {
					best = i
				}
			}
			canon = names[best].Raw
		}
		for _, i := range ms {
			out[names[i].Raw] = canon
		}
	}
	return out
}

// better reports whether a is a better canonical spelling than b.
func better(a, b Name) bool {
	if a.Full() != b.Full() {
		return a.Full()
	}
	if a.Latin != b.Latin {
		return !a.Latin
	}
	la, lb := utf8.RuneCountInString(a.Raw), utf8.RuneCountInString(b.Raw)
	if la != lb {
		// More words first (a middle given name), then the shorter spelling.
		wa, wb := len(strings.Fields(a.Raw)), len(strings.Fields(b.Raw))
		if wa != wb {
			return wa > wb
		}
		return la < lb
	}
	return a.Raw < b.Raw
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins two sets; the smaller root index becomes the root, so the
// result does not depend on the order of calls.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}

func (u *unionFind) members(i int, names []Name) []string {
	r := u.find(i)
	var out []string
	for j := range u.parent {
		if u.find(j) == r {
			out = append(out, names[j].Raw)
		}
	}
	return out
}
