package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/loader/text"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Kind says what a dictionary entry names.
type Kind uint8

// Entry kinds.
const (
	CountryName   Kind = iota + 1 // «Республика Корея», «Korea»: the country itself
	CountryAdj                    // «японский», «Japanese»
	CountryPeople                 // «казахстанцы»
	CountryAbbrev                 // «РК», «США»
	OrgName                       // «Шанхайская организация сотрудничества»
	OrgAbbrev                     // «ШОС», «OSCE»
	BodyName                      // «Центральная комиссия по выборам и референдумам»
	BodyAbbrev                    // «ЦКВР», «ECI»
	GivenName                     // «Нурлан»
	Title                         // «заместитель председателя»
	Head                          // «Центральная избирательная комиссия», «Посольство»: Key is its role
	City                          // «Нью-Дели», «Tashkent», «Гагаузия» (a province named by a noun): Key is the country code
	Region                        // «Жамбылская», «Ленинградской»: Key is the country code
	StateName                     // «USAID», «Department for International Development»: Key is the country code
	StateAbbrev                   // «DFID», «JICA»
	NGOName                       // «Ассоциация молодых юристов Грузии»: Key is the NGO's key
	NGOAbbrev                     // «Promo-LEX», «ISFED»
)

// Entry is one dictionary phrase: what it names (Key: a country code, an
// organisation key, or a title class), its kind and its words.
type Entry struct {
	Key    string
	Kind   Kind
	Phrase string
	// Ambiguous marks a given name that is also a common word («Роза»).
	Ambiguous bool
	// Province marks a City entry that names a province or a territory
	// (provinces.tsv: «Гагаузия», «Приднестровье»), not a town.
	Province bool
	// Usual is a province's usual name in the entry's language, the first
	// of its row («Приднестровье» for «ПМР»).
	Usual string
	// Capital marks a City entry that names its country's capital, the
	// first city of its row in cities.tsv («Москва», "Moscow").
	Capital bool
	words   []string // canonical folded words
	exact   bool     // match token text exactly (abbreviations)
}

// Words is the number of tokens the phrase spans.
func (e *Entry) Words() int { return len(e.words) }

// Match is an entry found at tokens [Start, End) of a token slice.
type Match struct {
	Entry *Entry
	Start int
	End   int
}

// wordList is what byKey holds for a key: the canonical words the key may
// stand for and, once the dictionary is built (linkRoots), the node each
// word leads to from the root, nil for a word that starts no phrase, so that
// MatchAt need not look them up for every token.
type wordList struct {
	words []string
	roots []*node
}

type node struct {
	next    map[string]*node
	entries []*Entry
}

func (n *node) child(w string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[w]
	if c == nil {
		c = &node{}
		n.next[w] = c
	}
	return c
}

// Gazetteer is a set of dictionary entries searchable by longest match.
type Gazetteer struct {
	root node
	// byKey maps a stem or an exact abbreviation to canonical words.
	byKey     map[string]wordList
	countries map[string]*Country
	orgs      map[string]*Organization
	titles    map[string]string
	// bodyNames maps a country code to the full names of its national
	// election bodies (election_bodies.tsv), Russian and English.
	bodyNames map[string][]string
	// memo keeps, by text.Token.Word, what a word's stem and folded form
	// stand for (stemFold): a word's first token looks them up in byKey,
	// the others read them here.
	memo []atomic.Pointer[keyWords]
	// pending, while Load runs, holds the index operations of add in order;
	// their match keys (the stems of every inflected form, most of the
	// build's time) are computed on all cores before they are replayed.
	pending *[]indexOp
}

// indexOp is one deferred index operation of add: word under key, or, when
// inflect is set, word under every match key of inflect and then under key.
type indexOp struct {
	key, word, inflect string
}

// Country is a country of the dictionary with its display names.
type Country struct {
	Code   string
	NameRu string
	NameEn string
}

// Organization is an international organisation with its display names.
type Organization struct {
	Key    string
	NameRu string
	Abbrev string
	NameEn string
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// HomeSignal is a word that ties an article to one country: a national
// parliament or a long-serving head of a national election body.
type HomeSignal struct {
	// Prefix is the folded word prefixes, space-separated.
	Prefix string
	// Country is its ISO 3166-1 alpha-2 code.
	Country string
	// What is "parliament", "official", "government", "election", "body"
	// (a national election body's own name), "agency" (a national news
	// agency) or "likely" (words of a body's name another country's body is
	// sometimes also called: asked only as an agency is).
	What string
}

// HomeSignals returns the rows of data/home_signals.tsv.
func HomeSignals() ([]HomeSignal, error) {
	var out []HomeSignal
	err := readTSV("data/home_signals.tsv", func(cols []string) error {
		if len(cols) < 3 || cols[0] == "" || len(cols[1]) != 2 {
			return fmt.Errorf("want prefix, country and what, got %q", cols)
		}
		out = append(out, HomeSignal{Prefix: cols[0], Country: cols[1], What: cols[2]})
		return nil
	})
	return out, err
}

// Default returns the gazetteer built from the embedded data files. It is
// built once and safe for concurrent use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultGaz, defaultErr = Load() })
	return defaultGaz, defaultErr
}

// Load builds a gazetteer from the embedded data files.
func Load() (*Gazetteer, error) { return load(true) }

// load builds the gazetteer; parallel computes the match keys on all cores
// (the result is the same either way).
func load(parallel bool) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string]wordList{}, countries: map[string]*Country{}, orgs: map[string]*Organization{}, titles: map[string]string{}}
	steps := []struct {
		file string
		fn   func([]string) error
	}{
		{"data/countries.tsv", g.addCountry},
		{"data/organizations.tsv", g.addOrganization},
		{"data/election_bodies.tsv", g.addBody},
		{"data/state_agencies.tsv", g.addStateAgency},
		{"data/observer_ngos.tsv", g.addObserverNGO},
		{"data/titles.tsv", g.addTitle},
		{"data/heads.tsv", g.addHead},
		{"data/cities.tsv", g.addCity},
		{"data/regions.tsv", g.addRegion},
		{"data/provinces.tsv", g.addProvince},
	}
	if parallel {
		g.pending = new([]indexOp)
	}
	for _, s := range steps {
		if err := readTSV(s.file, s.fn); err != nil {
			return nil, err
		}
	}
	if err := g.loadGivenNames("data/given_names.txt"); err != nil {
		return nil, err
	}
	if parallel {
		g.flushIndex()
	}
	g.linkRoots()
	g.memo = make([]atomic.Pointer[keyWords], text.MaxWordID+1)
	return g, nil
}

// linkRoots fills in the root nodes of every word list of byKey.
func (g *Gazetteer) linkRoots() {
	for key, l := range g.byKey {
		l.roots = make([]*node, len(l.words))
		for k, w := range l.words {
			l.roots[k] = g.root.next[w]
		}
		g.byKey[key] = l
	}
}

// flushIndex computes the match keys of the pending index operations on all
// cores, then replays the operations in their order, so that the index is
// the same as if add had indexed at once.
func (g *Gazetteer) flushIndex() {
	ops := *g.pending
	g.pending = nil
	var words []string
	keys := map[string][]string{}
	for _, op := range ops {
		if op.inflect != "" {
			if _, ok := keys[op.inflect]; !ok {
				keys[op.inflect] = nil
				words = append(words, op.inflect)
			}
		}
	}
	results := make([][]string, len(words))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(words) {
					return
				}
				results[i] = text.MatchKeys(words[i])
			}
		})
	}
	wg.Wait()
	for i, w := range words {
		keys[w] = results[i]
	}
	for _, op := range ops {
		g.apply(op, keys[op.inflect])
	}
}

// ParseError says which data file and line could not be read.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func readTSV(file string, fn func([]string) error) error {
	f, err := dataFS.Open(file)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	return eachLine(f, func(n int, line string) error {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			return nil
		}
		cols := strings.Split(line, "\t")
		if err := fn(cols); err != nil {
			return &ParseError{File: file, Line: n, Err: err}
		}
		return nil
	})
}

func eachLine(r io.Reader, fn func(int, string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, strings.TrimRight(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func col(cols []string, i int) []string {
	if i >= len(cols) {
		return nil
	}
	var out []string
	for _, v := range strings.Split(cols[i], "|") {
		if v = strings.TrimSpace(v); v != "" && v != "-" {
			out = append(out, v)
		}
	}
	return out
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (g *Gazetteer) addCountry(cols []string) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 || strings.ToUpper(code) != code {
		return fmt.Errorf("bad country code %q", code)
	}
	if len(cols) < 6 {
		return fmt.Errorf("country %s: want at least 6 columns, have %d", code, len(cols))
	}
	g.countries[code] = &Country{Code: code, NameRu: first(col(cols, 1)), NameEn: first(col(cols, 5))}
	for _, v := range col(cols, 1) {
		g.add(&Entry{Key: code, Kind: CountryName, Phrase: v})
	}
	for _, v := range col(cols, 2) {
		g.add(&Entry{Key: code, Kind: CountryAdj, Phrase: v})
	}
	for _, v := range col(cols, 3) {
		g.add(&Entry{Key: code, Kind: CountryPeople, Phrase: v})
	}
	for _, v := range col(cols, 4) {
		g.add(&Entry{Key: code, Kind: CountryAbbrev, Phrase: v, exact: true})
	}
	for _, v := range col(cols, 5) {
		g.add(&Entry{Key: code, Kind: CountryName, Phrase: v})
	}
	for _, v := range col(cols, 6) {
		g.add(&Entry{Key: code, Kind: CountryAdj, Phrase: v})
	}
	return nil
}

func (g *Gazetteer) addOrganization(cols []string) error {
	key := strings.TrimSpace(cols[0])
	if key == "" || strings.ToUpper(key) != key {
		return fmt.Errorf("bad organisation key %q", key)
	}
	if len(cols) < 4 {
		return fmt.Errorf("organisation %s: want at least 4 columns, have %d", key, len(cols))
	}
	o := &Organization{Key: key, NameRu: first(col(cols, 2)), Abbrev: first(col(cols, 3)), NameEn: first(col(cols, 4))}
	g.orgs[key] = o
	for _, v := range col(cols, 2) {
		g.add(&Entry{Key: key, Kind: OrgName, Phrase: v})
	}
	for _, v := range col(cols, 3) {
		g.add(&Entry{Key: key, Kind: OrgAbbrev, Phrase: v, exact: true})
	}
	for _, v := range col(cols, 4) {
		g.add(&Entry{Key: key, Kind: OrgName, Phrase: v})
	}
	for _, v := range col(cols, 5) {
		g.add(&Entry{Key: key, Kind: OrgAbbrev, Phrase: v, exact: true})
	}
	return nil
}

func (g *Gazetteer) addBody(cols []string) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 {
		return fmt.Errorf("bad country code %q", code)
	}
	if g.bodyNames == nil {
		g.bodyNames = map[string][]string{}
	}
	for _, v := range col(cols, 1) {
		g.add(&Entry{Key: code, Kind: BodyName, Phrase: v})
		g.bodyNames[code] = append(g.bodyNames[code], v)
	}
	for _, v := range col(cols, 2) {
		g.add(&Entry{Key: code, Kind: BodyAbbrev, Phrase: v, exact: true})
	}
	for _, v := range col(cols, 3) {
		g.add(&Entry{Key: code, Kind: BodyName, Phrase: v})
		g.bodyNames[code] = append(g.bodyNames[code], v)
	}
	for _, v := range col(cols, 4) {
		g.add(&Entry{Key: code, Kind: BodyAbbrev, Phrase: v, exact: true})
	}
	return nil
}

// BodyNames returns the full names of the national election bodies of the
// country with ISO code cc, as election_bodies.tsv gives them (Russian and
// English); nil for a country it has none of.
func (g *Gazetteer) BodyNames(cc string) []string { return g.bodyNames[cc] }

// addObserverNGO reads a row of observer_ngos.tsv: a domestic observer
// organisation keyed CC/NGO:<name>, named in a Russian text by its first
// Russian name, in an English one by its first English name, and by its
// first abbreviation when only that is written.
func (g *Gazetteer) addObserverNGO(cols []string) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 {
		return fmt.Errorf("bad country code %q", code)
	}
	ru, en, ab := col(cols, 1), col(cols, 2), col(cols, 3)
	first := func(vs ...[]string) string {
		for _, v := range vs {
			if len(v) > 0 {
				return v[0]
			}
		}
		return ""
	}
	for _, c := range []struct {
		names []string
		kind  Kind
		usual string
	}{{ru, NGOName, first(ru, en, ab)}, {en, NGOName, first(en, ru, ab)}, {ab, NGOAbbrev, first(ab, en, ru)}} {
		for _, v := range c.names {
			if c.usual == "" {
				return fmt.Errorf("row %q has no name", code)
			}
			g.add(&Entry{Key: code + "/NGO:" + c.usual, Kind: c.kind, Phrase: v, Usual: c.usual, exact: c.kind == NGOAbbrev})
		}
	}
	return nil
}

// addStateAgency reads a row of state_agencies.tsv: a state's own agency
// (a development agency, a foreign ministry by its proper name), which
// stands for the state's government.
func (g *Gazetteer) addStateAgency(cols []string) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 {
		return fmt.Errorf("bad country code %q", code)
	}
	for _, c := range []struct {
		col  int
		kind Kind
	}{{1, StateName}, {2, StateAbbrev}, {3, StateName}, {4, StateAbbrev}} {
		for _, v := range col(cols, c.col) {
			g.add(&Entry{Key: code, Kind: c.kind, Phrase: v, exact: c.kind == StateAbbrev})
		}
	}
	return nil
}

func (g *Gazetteer) addTitle(cols []string) error {
	if len(cols) < 2 {
		return fmt.Errorf("title: want 2 columns")
	}
	p, class := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
	g.titles[text.Fold(p)] = class
	// A title that names its body («глава ЦИК») would hide the body from the
	// body tagger; the bare title and the body mention do the same job.
	for _, w := range []string{"цик", "цквр", "цкр", "цквпр", "гик", "тик", "центризбирком", "избирательн", "комисси"} {
		if strings.Contains(text.Fold(p), w) && !strings.HasPrefix(text.Fold(p), "chief") {
			return nil
		}
	}
	g.add(&Entry{Key: class, Kind: Title, Phrase: p})
	return nil
}

func (g *Gazetteer) addHead(cols []string) error {
	if len(cols) < 3 {
		return fmt.Errorf("head: want 3 columns")
	}
	role := strings.TrimSpace(cols[1])
	switch role {
	case "national", "body", "gov":
	default:
		return fmt.Errorf("head %q: unknown role %q", cols[0], role)
	}
	g.add(&Entry{Key: role, Kind: Head, Phrase: strings.TrimSpace(cols[0]), exact: strings.TrimSpace(cols[2]) == "1"})
	return nil
}

// addCity adds a row of cities.tsv.
func (g *Gazetteer) addCity(cols []string) error {
	return g.addPlaces(cols, false)
}

// addProvince adds a row of provinces.tsv: the names of one province or
// territory, its usual name first.
func (g *Gazetteer) addProvince(cols []string) error {
	return g.addPlaces(cols, true)
}

// addPlaces adds a row of places (code, Russian names, English names) as
// City entries, marked as a province's when province is set.
func (g *Gazetteer) addPlaces(cols []string, province bool) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 {
		return fmt.Errorf("bad country code %q", code)
	}
	for _, c := range []int{1, 2} {
		vs := col(cols, c)
		for _, v := range vs {
			e := &Entry{Key: code, Kind: City, Phrase: v, Province: province}
			if province {
				e.Usual = vs[0]
			} else {
				e.Capital = v == vs[0]
			}
			g.add(e)
		}
	}
	return nil
}

func (g *Gazetteer) addRegion(cols []string) error {
	code := strings.TrimSpace(cols[0])
	if len(code) != 2 || len(cols) < 2 {
		return fmt.Errorf("bad region row %q", strings.Join(cols, " "))
	}
	for _, v := range col(cols, 1) {
		g.add(&Entry{Key: code, Kind: Region, Phrase: v})
	}
	return nil
}

func (g *Gazetteer) loadGivenNames(file string) error {
	f, err := dataFS.Open(file)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	ambiguous := false
	return eachLine(f, func(n int, line string) error {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "#") {
			if strings.Contains(strings.ToLower(line), "ambiguous") {
				ambiguous = true
			}
			return nil
		}
		if line == "" {
			return nil
		}
		g.add(&Entry{Key: line, Kind: GivenName, Phrase: line, Ambiguous: ambiguous})
		// the same name as English-language texts spell it: «Владимир»
		// Vladimir, «Мазахир» Mazakhir and Mazahir, «Раджив» Radzhiv and Rajiv
		for _, l := range Latin(line) {
			g.add(&Entry{Key: l, Kind: GivenName, Phrase: l, Ambiguous: ambiguous})
		}
		return nil
	})
}

// latinLetters are the usual English-language spellings of Cyrillic
// letters (after BGN/PCGN, simplified), with a common second spelling where
// names are written both ways.
var latinLetters = map[rune][]string{
	'а': {"a"}, 'б': {"b"}, 'в': {"v"}, 'г': {"g"}, 'д': {"d"}, 'е': {"e"}, 'ё': {"yo", "e"}, 'ж': {"zh", "j"},
	'з': {"z"}, 'и': {"i"}, 'й': {"y", "i"}, 'к': {"k"}, 'л': {"l"}, 'м': {"m"}, 'н': {"n"}, 'о': {"o"},
	'п': {"p"}, 'р': {"r"}, 'с': {"s"}, 'т': {"t"}, 'у': {"u"}, 'ф': {"f"}, 'х': {"kh", "h"}, 'ц': {"ts"},
	'ч': {"ch"}, 'ш': {"sh"}, 'щ': {"shch"}, 'ъ': {""}, 'ы': {"y"}, 'ь': {""}, 'э': {"e"}, 'ю': {"yu"},
	'я': {"ya"}, 'ә': {"a"}, 'ғ': {"g"}, 'қ': {"k"}, 'ң': {"n"}, 'ө': {"o"}, 'ұ': {"u"}, 'ү': {"u"},
	'һ': {"h"}, 'і': {"i"}, 'ў': {"u"}, 'ҳ': {"h"}, '-': {"-"}, ' ': {" "},
}

// Latin returns the English-language spellings of a Cyrillic given name,
// at most four, capitalised («Джамшед»: Dzhamshed, Jamshed; «Мазахир»:
// Mazakhir, Mazahir); nil for a name with other letters.
func Latin(name string) []string {
	rs := []rune(strings.ToLower(name))
	outs := []string{""}
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		opts, ok := latinLetters[r]
		switch {
		case r == 'д' && k+1 < len(rs) && rs[k+1] == 'ж':
			opts, ok = []string{"dzh", "j"}, true
			k++
		case r == 'е' && (k == 0 || strings.ContainsRune("аеёиоуыэюяьъ", rs[k-1])):
			opts = []string{"ye", "e"}
		}
		if !ok {
			return nil
		}
		var next []string
		for _, o := range outs {
			for n, l := range opts {
				if n > 0 && len(next)+len(outs) > 4 {
					break
				}
				next = append(next, o+l)
			}
		}
		outs = next
	}
	for k, o := range outs {
		outs[k] = capitalise(o)
	}
	return outs
}

// capitalise upper-cases the first letter of each part of a name.
func capitalise(s string) string {
	b := []byte(s)
	up := true
	for k, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[k] = c - 'a' + 'A'
		}
		up = c == '-' || c == ' '
	}
	return string(b)
}

// canonical returns the match word of a phrase token: the exact text for
// abbreviations, the folded form otherwise; dashes are one word «-».
func canonical(t text.Token, exact bool) string {
	if t.Kind == text.Punct {
		switch t.Text {
		case "-", "–", "—", "‑":
			return "-"
		case "&":
			return "and"
		}
		return t.Text
	}
	if exact {
		return upperKey(t.Text)
	}
	return t.Fold
}

// latinLookalikes maps the look-alike letters of a word written in two
// scripts to the script most of its letters are in, so that «А-WEB» with a
// Cyrillic А matches «A-WEB» and «АОВCЕ» with a Latin C matches «АОВСЕ».
func latinLookalikes(s string) string {
	latin, cyr := 0, 0
	for _, r := range s {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		}
	}
	switch {
	case latin > 0 && cyr > latin:
		return cyrillicLookalike.Replace(s)
	case latin > 0 && cyr > 0:
		return lookalike.Replace(s)
	}
	return s
}

// upperKey is the match key of an abbreviation: upper case, mixed-script
// look-alikes mapped to Latin («ТюркПа» finds «ТюркПА»).
func upperKey(s string) string { return "=" + latinLookalikes(strings.ToUpper(s)) }

// upperCount counts the upper-case letters of s.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				n++
			}
		case r >= 0x410 && r <= 0x42F || r == 'Ё':
			n++
		case r >= 0x430 && r <= 0x45F:
		default:
			if unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

var lookalike = strings.NewReplacer("А", "A", "В", "B", "Е", "E", "К", "K", "М", "M", "Н", "H", "О", "O", "Р", "P", "С", "C", "Т", "T", "Х", "X")

var cyrillicLookalike = strings.NewReplacer("A", "А", "B", "В", "E", "Е", "K", "К", "M", "М", "H", "Н", "O", "О", "P", "Р", "C", "С", "T", "Т", "X", "Х")

func (g *Gazetteer) add(e *Entry) {
	if joined := spacedDash.Replace(e.Phrase); joined != e.Phrase {
		// «государств — участников» is also written «государств-участников»
		c := *e
		c.Phrase = joined
		g.addPhrase(&c)
	} else if spaced := hyphenInWord.ReplaceAllString(e.Phrase, "$1 - $2"); spaced != e.Phrase {
		// "Timor-Leste" is also written "Timor – Leste"
		c := *e
		c.Phrase = spaced
		g.addPhrase(&c)
	}
	g.addPhrase(e)
}

// addPhrase indexes the words of e's phrase as they are.
func (g *Gazetteer) addPhrase(e *Entry) {
	toks := text.Tokenize(e.Phrase, 0)
	if len(toks) == 0 {
		return
	}
	n := &g.root
	for _, t := range toks {
		w := canonical(t, e.exact)
		e.words = append(e.words, w)
		switch {
		case e.exact || t.Kind != text.Word:
			g.deferIndex(indexOp{key: w, word: w})
		default:
			g.deferIndex(indexOp{key: t.Fold, word: w, inflect: t.Text})
		}
		n = n.child(w)
	}
	n.entries = append(n.entries, e)
}

// hyphenInWord finds a hyphen between two letters of a word.
var hyphenInWord = regexp.MustCompile(`(\pL)-(\pL)`)

// spacedDash joins two words a dash or hyphen between spaces links
// («государств — участников», «государств - участников») as the
// hyphenated word texts also write.
var spacedDash = strings.NewReplacer(" — ", "-", " – ", "-", " - ", "-")

// deferIndex runs an index operation now, or queues it while Load runs.
func (g *Gazetteer) deferIndex(op indexOp) {
	if g.pending != nil {
		*g.pending = append(*g.pending, op)
		return
	}
	g.apply(op, text.MatchKeys(op.inflect))
}

// apply indexes the word of op under the match keys of its inflect word,
// then under its key.
func (g *Gazetteer) apply(op indexOp, matchKeys []string) {
	for _, k := range matchKeys {
		g.index(k, op.word)
	}
	g.index(op.key, op.word)
}

func (g *Gazetteer) index(key, word string) {
	l := g.byKey[key]
	for _, w := range l.words {
		if w == word {
			return
		}
	}
	l.words = append(l.words, word)
	g.byKey[key] = l
}

// candidates returns the canonical words a text token may stand for and,
// when they are one list of byKey, the root node each leads to (roots is nil
// otherwise). The common case — one list — is returned without copying;
// callers only read it.
func (g *Gazetteer) candidates(t text.Token) (words []string, roots []*node) {
	if t.Kind == text.Punct {
		c := canonical(t, false)
		if c == "and" {
			return andWord, nil
		}
		l := g.byKey[c]
		return l.words, l.roots
	}
	var abbr wordList
	// abbreviations: an all-upper token, or one with two capitals («ТюркПа»)
	if t.IsUpper() && (len(t.Text) <= 4 && utf8.RuneCountInString(t.Text) == 1 || upperCount(t.Text) >= 2) {
		abbr = g.byKey[upperKey(t.Text)]
		if abbr.words == nil {
			// "NEC's spokesman", "IEBC’s chair": an abbreviation in the
			// possessive
			if b, ok := strings.CutSuffix(t.Text, "'s"); ok && upperCount(b) >= 2 {
				abbr = g.byKey[upperKey(b)]
			} else if b, ok := strings.CutSuffix(t.Text, "’s"); ok && upperCount(b) >= 2 {
				abbr = g.byKey[upperKey(b)]
			}
		}
	}
	sf := g.stemFold(t)
	if abbr.words == nil {
		return sf.words, sf.roots
	}
	if sf.words == nil {
		return abbr.words, abbr.roots
	}
	out := make([]string, 0, len(abbr.words)+len(sf.words))
	out = append(out, abbr.words...)
	out = append(out, sf.words[:sf.stems]...)
	for _, w := range sf.words[sf.stems:] {
		if !contains(out, w) {
			out = append(out, w)
		}
	}
	return out, nil
}

// keyWords is what a word's stem and folded form stand for: the words of
// the stem's list, then those of the form's list not among them (the first
// stems of words), with the root node each leads to.
type keyWords struct {
	words []string
	roots []*node
	stems int
}

// stemFold returns what token t's stem and folded form stand for, from
// memo when another token of the word asked before.
func (g *Gazetteer) stemFold(t text.Token) keyWords {
	if t.Word == 0 || int(t.Word) >= len(g.memo) {
		return g.lookupStemFold(t)
	}
	if kw := g.memo[t.Word].Load(); kw != nil {
		return *kw
	}
	kw := g.lookupStemFold(t)
	g.memo[t.Word].Store(&kw)
	return kw
}

// lookupStemFold is stemFold without its memo.
func (g *Gazetteer) lookupStemFold(t text.Token) keyWords {
	stem := g.byKey[t.Stem]
	var fold wordList
	if t.Fold != t.Stem {
		fold = g.byKey[t.Fold]
	}
	switch {
	case fold.words == nil:
		return keyWords{words: stem.words, roots: stem.roots, stems: len(stem.words)}
	case stem.words == nil:
		return keyWords{words: fold.words, roots: fold.roots}
	}
	kw := keyWords{words: append([]string(nil), stem.words...), stems: len(stem.words)}
	for _, w := range fold.words {
		if !contains(kw.words, w) {
			kw.words = append(kw.words, w)
		}
	}
	kw.roots = make([]*node, len(kw.words))
	for k, w := range kw.words {
		kw.roots[k] = g.root.next[w]
	}
	return kw
}

var andWord = []string{"and"}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// MatchAt returns every entry that starts at token i, longest first.
func (g *Gazetteer) MatchAt(toks []text.Token, i int) []Match {
	if i >= len(toks) {
		return nil
	}
	// most tokens start no entry: answer them without allocating
	first, roots := g.candidates(toks[i])
	if len(first) == 0 {
		return nil
	}
	var out []Match
	for k, w := range first {
		var c *node
		if roots != nil {
			c = roots[k]
		} else {
			c = g.root.next[w]
		}
		if c != nil {
			g.walk(c, toks, i, i+1, &out)
		}
	}
	// longest first, stable
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].End > out[b-1].End; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// walk collects the entries of node n, which tokens [i, j) reached, and
// follows n's children with token j.
func (g *Gazetteer) walk(n *node, toks []text.Token, i, j int, out *[]Match) {
	for _, e := range n.entries {
		if acceptable(e, toks[i:j]) {
			*out = append(*out, Match{Entry: e, Start: i, End: j})
		}
	}
	if j >= len(toks) || n.next == nil {
		return
	}
	words, _ := g.candidates(toks[j])
	for _, w := range words {
		if c := n.next[w]; c != nil {
			g.walk(c, toks, i, j+1, out)
		}
	}
	if j+1 < len(toks) && isQuoteMark(toks[j].Text) {
		// «Парламентское собрание «союза» Беларуси и России»: quotes a
		// writer put around a word inside the name
		words, _ := g.candidates(toks[j+1])
		for _, w := range words {
			if c := n.next[w]; c != nil {
				g.walk(c, toks, i, j+2, out)
			}
		}
	}
}

// isQuoteMark reports a quotation mark token.
func isQuoteMark(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”", "„":
		return true
	}
	return false
}

// lowerStart reports an organisation or body name of two words or more
// written with a lower-case first word mid-sentence but a capital inside
// («секретариат совещания по взаимодействию и мерам доверия в Азии»,
// «молодежная организация Движения неприсоединения», «исполкома
// Содружества»): the capital makes it no common phrase. A two-word name
// must be Russian: "the Commonwealth" is an article before a name.
func lowerStart(e *Entry, toks []text.Token) bool {
	if e.Kind != OrgName && e.Kind != BodyName || len(e.words) < 2 || len(toks) < len(e.words) {
		return false
	}
	if len(e.words) == 2 && (!toks[0].IsCyrillic() || strings.HasPrefix(toks[0].Fold, "мисси") || strings.HasPrefix(toks[0].Fold, "делегаци")) {
		// "the Commonwealth": an article, not «исполкома Содружества»;
		// «с миссией СНГ»: the organisation's mission, read from its noun
		return false
	}
	for _, t := range toks[1:len(e.words)] {
		if t.IsUpper() {
			return true
		}
	}
	return false
}

// acceptable applies case rules: names start with a capital letter in the
// text, abbreviations matched exactly, adjectives and titles in any case.
func acceptable(e *Entry, toks []text.Token) bool {
	switch e.Kind {
	case CountryName, OrgName, BodyName, GivenName, City, Region, NGOName:
		if !toks[0].IsUpper() && !lowerStart(e, toks) {
			return false
		}
		// a given name also matches only its own case forms: at most 3 more runes
		if e.Kind == GivenName && utf8.RuneCountInString(toks[0].Text) > utf8.RuneCountInString(e.Phrase)+3 {
			return false
		}
		if e.Kind == GivenName && len(e.words) == 1 && !givenNameForm(toks[0].Fold, e.words[0]) {
			return false
		}
	case CountryAbbrev, OrgAbbrev, BodyAbbrev:
		// exact by construction
	case Title:
		// a title whose stem is one or two letters («аким» → «ак») matches
		// only words that begin with all of it but its ending, not the
		// syllable of a Korean name («Ро Тэ Ак»)
		if utf8.RuneCountInString(toks[0].Stem) <= 2 {
			w, _, _ := strings.Cut(text.Fold(e.Phrase), " ")
			if n := utf8.RuneCountInString(w); n >= 4 {
				_, last := utf8.DecodeLastRuneInString(w)
				if !strings.HasPrefix(toks[0].Fold, w[:len(w)-last]) {
					return false
				}
			}
		}
	}
	return true
}

// givenNameForm reports whether the folded word w can be a case form of
// the folded Cyrillic given name name: it is the name's stem (the name
// less a final vowel, «й» or «ь»; «Павел» also as «Павл-») and a singular
// case ending, so that the adverb «Ранее» is no form of «Ранил», nor
// «Германии» of «Герман» or «Ахматов» of «Ахмат». Latin names are not
// checked.
func givenNameForm(w, name string) bool {
	r := []rune(name)
	if len(r) < 3 || r[0] < 'а' || r[0] > 'я' {
		return true
	}
	stem := r
	switch r[len(r)-1] {
	case 'а', 'я', 'о', 'е', 'и', 'ы', 'у', 'ю', 'й', 'ь':
		stem = r[:len(r)-1]
	}
	if rest, ok := strings.CutPrefix(w, string(stem)); ok && givenNameEndings[rest] {
		return true
	}
	// a vowel that drops in the other cases: «Павел» → «Павла»
	for _, short := range FleetingStems(name) {
		if rest, ok := strings.CutPrefix(w, short); ok && givenNameEndings[rest] {
			return true
		}
	}
	return false
}

// FleetingStems returns the stems a folded Russian name keeps when the
// vowel before its last letter drops in the other cases («павел» →
// «павл», «лев» → «лв» and «льв»), nil when that letter is no «е» or «о».
func FleetingStems(name string) []string {
	r := []rune(name)
	n := len(r)
	if n < 3 || r[n-2] != 'е' && r[n-2] != 'о' {
		return nil
	}
	return []string{string(r[:n-2]) + string(r[n-1]), string(r[:n-2]) + "ь" + string(r[n-1])}
}

// givenNameEndings are what follows a given name's stem in its singular
// case forms (folded: «ём» is «ем»): «Нурлан-ом», «Мари-ей», «Иль-ей»,
// «Любов-ью».
var givenNameEndings = map[string]bool{
	"": true, "а": true, "я": true, "о": true, "е": true, "и": true, "ы": true, "у": true, "ю": true, "й": true, "ь": true,
	"ом": true, "ем": true, "ой": true, "ей": true, "ою": true, "ею": true, "ью": true,
}

// Country returns the dictionary's country with ISO code cc, or nil.
func (g *Gazetteer) Country(cc string) *Country { return g.countries[cc] }

// Countries returns every country code in the dictionary.
func (g *Gazetteer) Countries() []string {
	out := make([]string, 0, len(g.countries))
	for c := range g.countries {
		out = append(out, c)
	}
	return out
}

// Organization returns the organisation with key, or nil.
func (g *Gazetteer) Organization(key string) *Organization { return g.orgs[key] }

// TitleClass returns the title class of a folded title phrase, or "".
func (g *Gazetteer) TitleClass(fold string) string { return g.titles[fold] }
