//go:build morphcheck

package gazetteer

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cecgraph/cecgraph/loader/internal/morphforms"
	"github.com/cecgraph/cecgraph/loader/text"
)

// TestMorphGivenNameForm measures givenNameForm on the OpenCorpora case
// forms of our given names (`make morph-check`): the share of true forms it
// accepts, and its false accepts among other words — those that share the
// name's first three letters, and those whose stem is one of the name's
// match keys (the words the gazetteer actually asks it about).
func TestMorphGivenNameForm(t *testing.T) {
	forms, err := morphforms.Load()
	if err != nil {
		t.Fatal(err)
	}
	own := map[string]map[string]bool{} // folded name → folded forms
	var names []string
	for _, f := range forms {
		if f.Class != "given" {
			continue
		}
		n := text.Fold(f.Lemma)
		if own[n] == nil {
			own[n] = map[string]bool{}
			names = append(names, n)
		}
		own[n][text.Fold(f.Text)] = true
	}
	if len(names) == 0 {
		t.Fatal("no given names in the forms")
	}
	sort.Strings(names)
	accepted, total := map[string]int{}, map[string]int{}
	var misses []string
	for _, f := range forms {
		if f.Class != "given" {
			continue
		}
		total[f.Gender]++
		if givenNameForm(text.Fold(f.Text), text.Fold(f.Lemma)) {
			accepted[f.Gender]++
		} else if len(misses) < 50 {
			misses = append(misses, f.Text+" of "+f.Lemma)
		}
	}
	for _, g := range []string{"masc", "femn"} {
		t.Logf("true forms accepted, %s: %d of %d (%.1f%%)", g, accepted[g], total[g], morphforms.Percent(accepted[g], total[g]))
	}
	t.Logf("true forms rejected (first 50): %s", strings.Join(misses, ", "))
	// other words: every distinct folded form of another class
	byPrefix := map[string][]string{}
	seen := map[string]bool{}
	for _, f := range forms {
		w := text.Fold(f.Text)
		if f.Class == "given" || f.Class == "phrase" || seen[w] || len([]rune(w)) < 3 {
			continue
		}
		seen[w] = true
		p := string([]rune(w)[:3])
		byPrefix[p] = append(byPrefix[p], w)
	}
	keyed := map[string][]string{}
	for w := range seen {
		keyed[text.Stem(w)] = append(keyed[text.Stem(w)], w)
	}
	var pfxN, pfxFA, keyN, keyFA int
	var fas []string
	for _, n := range names {
		if len([]rune(n)) < 3 {
			continue
		}
		for _, w := range byPrefix[string([]rune(n)[:3])] {
			if own[n][w] {
				continue
			}
			pfxN++
			if givenNameForm(w, n) {
				pfxFA++
			}
		}
		for _, k := range text.MatchKeys(n) {
			for _, w := range keyed[k] {
				if own[n][w] {
					continue
				}
				keyN++
				if givenNameForm(w, n) {
					keyFA++
					if len(fas) < 40 {
						fas = append(fas, fmt.Sprintf("%s as %s", w, n))
					}
				}
			}
		}
	}
	t.Logf("false accepts among other words with the name's first three letters: %d of %d (%.1f%%)", pfxFA, pfxN, morphforms.Percent(pfxFA, pfxN))
	t.Logf("false accepts among other words whose stem is a key of the name: %d of %d (%.1f%%)", keyFA, keyN, morphforms.Percent(keyFA, keyN))
	t.Logf("examples: %s", strings.Join(fas, ", "))
}
