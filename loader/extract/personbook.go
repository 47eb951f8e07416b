package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/loader/text"
)

// personBook collects the persons of one article, merging «К. Турганкулов»
// into «Куандык Турганкулов».
//
// A long article names thousands of persons, and every name the tagger
// reads, every mention a rule weighs and every award receiver is looked up
// in the book. So that the article takes time linear in its length, the
// book keeps indexes from surnames and names to the persons that may match
// them; every lookup then tests only those candidates, in the book's order,
// with the same test a scan over every person would apply.
type personBook struct {
	people []*personRec

	byFold  map[string][]int // the folded surname
	byCut   map[string][]int // the folded surname less 0 to 3 final letters
	byKey   map[string][]int // each of the surname's match keys (text.MatchKeys), for people[:keyed]
	keyed   int
	byStem  map[string][]int // the stem of the folded surname
	byName  map[string][]int // name(), kept up to date as given names grow
	byAlias map[string][]int // each alias
	scratch []int
}

type personRec struct {
	given, surname string // nominative; given may be an initial «К.»
	title, org     string
	// office is the state a minister serves, for his record only (org
	// stays empty: as a party he is what the sentence makes of him)
	office     string
	start, end int
	aliases    []string
	excluded   bool
	speaker    bool // said something in the article: an actor even without a title

	surnameFold string
	surnameKeys []string // text.MatchKeys(surname), set by personBook.indexKeys
	givenKeysOf string   // the given name givenKeys were computed for
	givenKeys   []string
}

func (r *personRec) name() string {
	if r.given == "" {
		return r.surname
	}
	return r.given + " " + r.surname
}

// givenMatches reports sameStem(fold, r.given), with the given name's match
// keys computed once, and only when needed.
func (r *personRec) givenMatches(fold string) bool {
	return stemMatch(fold, text.Fold(r.given), func() []string {
		if r.givenKeysOf != r.given || r.givenKeys == nil {
			r.givenKeysOf, r.givenKeys = r.given, text.CachedMatchKeys(r.given)
			if r.givenKeys == nil {
				r.givenKeys = []string{}
			}
		}
		return r.givenKeys
	})
}

// surnameMatches reports sameStem(fold, r.surname); r must be indexed by
// indexKeys.
func (r *personRec) surnameMatches(fold string) bool {
	return stemMatch(fold, r.surnameFold, func() []string { return r.surnameKeys })
}

// stemMatch reports whether the folded word fold is a form of a name, given
// the name folded (nf) and its match keys (text.MatchKeys): the same word,
// the name plus a short case ending («Ин-шиком» for «Ин-шик»), or a word
// whose stem is one of the match keys.
func stemMatch(fold, nf string, keys func() []string) bool {
	if fold == nf {
		return true
	}
	if strings.HasPrefix(fold, nf) && utf8.RuneCountInString(fold)-utf8.RuneCountInString(nf) <= 3 {
		return true
	}
	if ks := keys(); len(ks) > 0 {
		st := text.Stem(fold)
		for _, k := range ks {
			if k == st {
				return true
			}
		}
	}
	return false
}

// indexKeys computes the match keys of the surnames of the persons added
// since its last call and indexes them in byKey. It runs on the first
// lookup that needs them, so that an article whose names are never looked
// up does not stem all their case forms.
func (b *personBook) indexKeys() {
	for ; b.keyed < len(b.people); b.keyed++ {
		p := b.people[b.keyed]
		p.surnameKeys = text.CachedMatchKeys(p.surname)
		for _, k := range p.surnameKeys {
			index(&b.byKey, k, b.keyed)
		}
	}
}

// index appends person i to m[key], once.
func index(m *map[string][]int, key string, i int) {
	if *m == nil {
		*m = map[string][]int{}
	}
	ix := (*m)[key]
	if n := len(ix); n > 0 && ix[n-1] == i {
		return
	}
	(*m)[key] = append(ix, i)
}

// unindex removes person i from m[key].
func unindex(m map[string][]int, key string, i int) {
	ix := m[key]
	if k := slices.Index(ix, i); k >= 0 {
		ix = slices.Delete(ix, k, k+1)
		if len(ix) == 0 {
			delete(m, key)
		} else {
			m[key] = ix
		}
	}
}

// cuts calls fn with fold and fold less its last one, two and three runes.
func cuts(fold string, fn func(string)) {
	for c := 0; c <= 3; c++ {
		fn(fold)
		if fold == "" {
			return
		}
		_, size := utf8.DecodeLastRuneInString(fold)
		fold = fold[:len(fold)-size]
	}
}

// setGiven changes p's given name and its entry in byName.
func (b *personBook) setGiven(i int, given string) {
	p := b.people[i]
	unindex(b.byName, p.name(), i)
	p.given = given
	b.insertSorted(&b.byName, p.name(), i)
}

// addAlias records an alias of person i.
func (b *personBook) addAlias(i int, alias string) {
	p := b.people[i]
	if contains(p.aliases, alias) {
		return
	}
	p.aliases = append(p.aliases, alias)
	b.insertSorted(&b.byAlias, alias, i)
}

// insertSorted adds person i to m[key], keeping the list in book order.
func (b *personBook) insertSorted(m *map[string][]int, key string, i int) {
	if *m == nil {
		*m = map[string][]int{}
	}
	ix := (*m)[key]
	k, found := slices.BinarySearch(ix, i)
	if !found {
		(*m)[key] = slices.Insert(ix, k, i)
	}
}

// add merges a new mention into the book and returns its record.
func (b *personBook) add(given, surname string, start, end int) *personRec {
	fold := text.Fold(surname)
	for _, i := range b.byFold[fold] { // the persons of this surname, in order
		p := b.people[i]
		if given == "" || p.given == "" || compatibleGiven(p.given, given) {
			if isInitial(p.given) && given != "" && !isInitial(given) || p.given == "" && given != "" {
				b.addAlias(i, p.name())
				b.setGiven(i, given)
			} else if given != "" && given != p.given {
				b.addAlias(i, given+" "+surname)
			}
			return p
		}
	}
	if given == "" {
		return nil // a bare surname names no one new
	}
	i := len(b.people)
	p := &personRec{given: given, surname: surname, start: start, end: end, surnameFold: fold}
	b.people = append(b.people, p)
	index(&b.byFold, fold, i)
	cuts(fold, func(c string) { index(&b.byCut, c, i) })
	index(&b.byStem, text.Stem(fold), i)
	index(&b.byName, p.name(), i)
	return p
}

// givenKnown reports a person of the book whose given name is the word of
// token t in some case form.
func (b *personBook) givenKnown(t text.Token) bool {
	for _, p := range b.people {
		if p.given != "" && text.Stem(text.Fold(p.given)) == t.Stem {
			return true
		}
	}
	return false
}

// named returns, in book order, the persons whose name() is name.
func (b *personBook) named(name string) []*personRec {
	ix := b.byName[name]
	out := make([]*personRec, len(ix))
	for k, i := range ix {
		out[k] = b.people[i]
	}
	return out
}

// candidates returns, sorted and each once, the persons of the lists it is
// given; the slice is reused by the next call.
func (b *personBook) candidates(lists ...[]int) []int {
	out := b.scratch[:0]
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	b.scratch = out
	return out
}

// stemCandidates lists the persons for whose surname sameStem(fold,
// surname) may hold: fold is the folded surname less up to three letters,
// or fold's stem is a match key of the surname.
func (b *personBook) stemCandidates(fold string) [][]int {
	b.indexKeys()
	lists := [][]int{b.byKey[text.Stem(fold)]}
	cuts(fold, func(c string) { lists = append(lists, b.byFold[c]) })
	return lists
}

// known returns the person whose given name and surname two tokens spell,
// in any case form.
func (b *personBook) known(g, s text.Token) *personRec {
	for _, i := range b.candidates(b.stemCandidates(s.Fold)...) {
		p := b.people[i]
		if p.given == "" || isInitial(p.given) {
			continue
		}
		if p.givenMatches(g.Fold) && p.surnameMatches(s.Fold) {
			return p
		}
	}
	return nil
}

// knownBySurname returns the one person of the book whose surname s is,
// named before with a given name ("Mr. Churov" after "Vladimir Churov"),
// nil when none or several.
func (b *personBook) knownBySurname(s text.Token) *personRec {
	var found *personRec
	for _, i := range b.candidates(b.stemCandidates(s.Fold)...) {
		p := b.people[i]
		if p.given == "" || !p.surnameMatches(s.Fold) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// resolve returns the titled person a name written anywhere in the article
// stands for: the same name or alias, or the same initial and a surname of
// the same stem («Б. Жумагулова» for «Бакытжан Жумагулов»).
func (b *personBook) resolve(name string) *personRec {
	given, surname := "", name
	if k := strings.LastIndexByte(name, ' '); k > 0 {
		given, surname = name[:k], name[k+1:]
	}
	sf := text.Fold(surname)
	keys := text.CachedMatchKeys(surname)
	// persons of the same name or alias, persons whose surname surname is a
	// form of, and persons whose surname is a form of surname
	lists := append(b.stemCandidates(sf), b.byName[name], b.byAlias[name], b.byCut[sf])
	for _, k := range keys {
		lists = append(lists, b.byStem[k])
	}
	var hit *personRec
	for _, i := range b.candidates(lists...) {
		p := b.people[i]
		if p.excluded || p.title == "" {
			continue
		}
		if p.name() == name || contains(p.aliases, name) {
			return p
		}
		if !compatibleGiven(p.given, given) {
			continue
		}
		if p.surnameMatches(sf) || stemMatch(p.surnameFold, sf, func() []string { return keys }) {
			if hit != nil {
				return nil // ambiguous
			}
			hit = p
		}
	}
	return hit
}
