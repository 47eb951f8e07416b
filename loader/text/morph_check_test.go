//go:build morphcheck

package text

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cecgraph/cecgraph/loader/internal/morphforms"
)

// TestMorphMatchKeys measures MatchKeys on the OpenCorpora case forms of
// `make morph-check`: the share of forms whose token stem is one of the
// lemma's keys (how the gazetteer finds an entry), and whose own keys
// share one with the lemma's (how the person book compares surnames).
func TestMorphMatchKeys(t *testing.T) {
	forms, err := morphforms.Load()
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ n, stem, keys int }
	by := map[string]*tally{}
	var fails [2][]string
	missByCase := map[string]int{}
	keysOf := map[string]map[string]bool{}
	lemmaKeys := func(w string) map[string]bool {
		if k, ok := keysOf[w]; ok {
			return k
		}
		k := map[string]bool{}
		for _, s := range MatchKeys(w) {
			k[s] = true
		}
		keysOf[w] = k
		return k
	}
	for _, f := range forms {
		if f.Class == "phrase" {
			continue
		}
		row := f.Class + "/" + f.Source
		tl := by[row]
		if tl == nil {
			tl = &tally{}
			by[row] = tl
		}
		tl.n++
		lk := lemmaKeys(f.Lemma)
		if lk[Stem(Fold(f.Text))] {
			tl.stem++
		} else {
			missByCase[f.Class+" "+f.Number+" "+f.Case]++
			if l := &fails[wordClass(f.Class)]; len(*l) < 50 {
				*l = append(*l, fmt.Sprintf("%s %s ← %s (%s %s): stem %q", f.Class, f.Lemma, f.Text, f.Number, f.Case, Stem(Fold(f.Text))))
			}
		}
		for k := range lemmaKeys(f.Text) {
			if lk[k] {
				tl.keys++
				break
			}
		}
	}
	rows := make([]string, 0, len(by))
	for r := range by {
		rows = append(rows, r)
	}
	sort.Strings(rows)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-22s %7s %10s %10s\n", "class/source", "forms", "stem∈keys", "keys∩keys")
	for _, r := range rows {
		tl := by[r]
		fmt.Fprintf(&b, "%-22s %7d %9.1f%% %9.1f%%\n", r, tl.n, morphforms.Percent(tl.stem, tl.n), morphforms.Percent(tl.keys, tl.n))
	}
	t.Log(b.String())
	t.Logf("first failures of stem∈keys, names, countries and titles:\n%s", strings.Join(fails[0], "\n"))
	t.Logf("first failures of stem∈keys, common adjectives and nouns:\n%s", strings.Join(fails[1], "\n"))
	cases := make([]string, 0, len(missByCase))
	for c := range missByCase {
		cases = append(cases, c)
	}
	sort.Slice(cases, func(i, j int) bool { return missByCase[cases[i]] > missByCase[cases[j]] })
	for _, c := range cases[:min(12, len(cases))] {
		t.Logf("misses in %s: %d", c, missByCase[c])
	}
	// a word whose stem is the key of another lemma of the same class is
	// a false friend of that lemma
	owner := map[string][]string{}
	for _, f := range forms {
		if f.Class == "country" || f.Class == "given" || f.Class == "surname" {
			for k := range lemmaKeys(f.Lemma) {
				if !slices.Contains(owner[f.Class+" "+k], f.Lemma) {
					owner[f.Class+" "+k] = append(owner[f.Class+" "+k], f.Lemma)
				}
			}
		}
	}
	friends := map[string]int{}
	total := map[string]int{}
	var examples []string
	for _, f := range forms {
		if f.Class != "country" && f.Class != "given" && f.Class != "surname" {
			continue
		}
		total[f.Class]++
		for _, o := range owner[f.Class+" "+Stem(Fold(f.Text))] {
			if family(o) != family(f.Lemma) {
				friends[f.Class]++
				if len(examples) < 20 {
					examples = append(examples, fmt.Sprintf("%s %s (of %s) → %s", f.Class, f.Text, f.Lemma, o))
				}
				break
			}
		}
	}
	for _, c := range []string{"country", "given", "surname"} {
		t.Logf("%s: %d of %d forms (%.1f%%) also find another lemma of the class", c, friends[c], total[c], morphforms.Percent(friends[c], total[c]))
	}
	t.Logf("examples:\n%s", strings.Join(examples, "\n"))
}

// wordClass is 0 for the classes of our dictionaries (names, countries,
// titles), 1 for common adjectives and nouns.
func wordClass(class string) int {
	switch class {
	case "adj", "participle", "noun":
		return 1
	}
	return 0
}

// family is a surname's masculine nominative, so that «Иванова» is of the
// family of «Иванов»; other words are themselves.
func family(lemma string) string {
	f := Fold(lemma)
	for _, e := range [][2]string{{"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ына", "ын"}, {"ская", "ский"}, {"цкая", "цкий"}} {
		if s, ok := strings.CutSuffix(f, e[0]); ok {
			return s + e[1]
		}
	}
	return f
}
