//go:build morphcheck

package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cecgraph/cecgraph/loader/internal/morphforms"
	"github.com/cecgraph/cecgraph/loader/text"
)

func loadMorphForms(t *testing.T) ([]morphforms.Form, []*morphforms.Lexeme) {
	t.Helper()
	forms, err := morphforms.Load()
	if err != nil {
		t.Fatal(err)
	}
	return forms, morphforms.Lexemes(forms)
}

// titleCaseOf is the case a title word in OpenCorpora's case has for
// caseFromTitle: a masculine title's accusative is its genitive («члена»).
var titleCaseOf = map[string]gcase{"nomn": caseNom, "gent": caseGen, "datv": caseDat, "accs": caseGen, "ablt": caseIns, "loct": casePre}

func word(w string) text.Token { return text.Tokenize(w, 0)[0] }

// TestMorphNominativeName measures nominativeName on pairs of an
// OpenCorpora given name and surname of one gender in each case: the share
// whose given name and surname both come back in the nominative, for a
// known given name without a title, a known given name after a title in the
// same case, and a given name the dictionary lacks after such a title.
func TestMorphNominativeName(t *testing.T) {
	_, lx := loadMorphForms(t)
	given := map[string][]*morphforms.Lexeme{}
	var surnames []*morphforms.Lexeme
	for _, l := range lx {
		switch {
		case l.Class == "given" && l.Forms["sing nomn"] != "":
			given[l.Gender] = append(given[l.Gender], l)
		case l.Class == "surname" && l.Forms["sing nomn"] != "" && (l.Gender == "masc" || l.Gender == "femn"):
			surnames = append(surnames, l)
		}
	}
	if len(given["masc"]) == 0 || len(given["femn"]) == 0 || len(surnames) == 0 {
		t.Fatal("the forms have no given names or surnames of both genders")
	}
	type key struct{ scenario, gender, cas string }
	ok, n := map[key]int{}, map[key]int{}
	fails := map[string][]string{}
	for i, s := range surnames {
		gs := given[s.Gender]
		g := gs[(i*7)%len(gs)]
		gNom, sNom := g.Forms["sing nomn"], s.Forms["sing nomn"]
		for _, c := range morphforms.Cases {
			gw, sw := g.Forms["sing "+c], s.Forms["sing "+c]
			if gw == "" || sw == "" {
				continue
			}
			gt, st := word(gw), word(sw)
			for _, sc := range []string{"known, no title", "known, title", "unknown, title"} {
				phrase, tc := g.Forms["sing nomn"], caseUnknown
				if sc != "known, no title" {
					tc = titleCaseOf[c]
				}
				if sc == "unknown, title" {
					phrase = ""
				} else if gc, _ := givenCase(gw, phrase); gc == caseUnknown {
					phrase = "" // givenAt takes no such match
				}
				k := key{sc, s.Gender, c}
				n[k]++
				if phrase == "" && tc == caseUnknown {
					// nameAt reads no name without a given name or a title
					continue
				}
				gr, sr, _ := nominativeName(gt, st, phrase, tc)
				if text.Fold(gr) == text.Fold(gNom) && text.Fold(sr) == text.Fold(sNom) {
					ok[k]++
				} else if fk := sc + " " + s.Gender; len(fails[fk]) < 25 {
					fails[fk] = append(fails[fk], fmt.Sprintf("%s %s (%s) → %s %s, want %s %s", gw, sw, c, gr, sr, gNom, sNom))
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nexact nominative given name and surname, by case\n%-17s %-5s", "scenario", "sex")
	for _, c := range morphforms.Cases {
		fmt.Fprintf(&b, " %6s", c)
	}
	fmt.Fprintf(&b, " %7s\n", "all")
	for _, sc := range []string{"known, no title", "known, title", "unknown, title"} {
		for _, g := range []string{"masc", "femn"} {
			fmt.Fprintf(&b, "%-17s %-5s", sc, g)
			var a, m int
			for _, c := range morphforms.Cases {
				k := key{sc, g, c}
				fmt.Fprintf(&b, " %5.1f%%", morphforms.Percent(ok[k], n[k]))
				a += ok[k]
				m += n[k]
			}
			fmt.Fprintf(&b, " %6.1f%% (%d pairs)\n", morphforms.Percent(a, m), m)
		}
	}
	t.Log(b.String())
	names := make([]string, 0, len(fails))
	for k := range fails {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Logf("failures, %s:\n%s", k, strings.Join(fails[k], "\n"))
	}
}

// TestMorphAdjectives measures isAdjective and adjectiveStem on the
// OpenCorpora forms of adjectives and participles against those of nouns
// (common nouns and our title words) with an adjective's ending.
func TestMorphAdjectives(t *testing.T) {
	forms, _ := loadMorphForms(t)
	type tally struct{ n, isAdj, stem, both int }
	by := map[string]*tally{}
	stemMiss := map[string]int{}
	var nounFA []string
	seen := map[string]bool{}
	for _, f := range forms {
		var class string
		switch f.Class {
		case "adj", "participle":
			class = f.Class
		case "noun", "title":
			class = "noun"
		default:
			continue
		}
		w := text.Fold(f.Text)
		if seen[class+w] {
			continue
		}
		seen[class+w] = true
		if class == "noun" && !hasAdjectiveEnding(w) {
			continue // only nouns that look like adjectives
		}
		tl := by[class]
		if tl == nil {
			tl = &tally{}
			by[class] = tl
		}
		tl.n++
		ia, as := isAdjective(w), adjectiveStem(w)
		if ia {
			tl.isAdj++
		}
		if as {
			tl.stem++
		}
		if ia && as {
			tl.both++
			if class == "noun" && len(nounFA) < 40 {
				nounFA = append(nounFA, w)
			}
		}
		if class != "noun" && ia && !as {
			r := []rune(strings.TrimRight(w, "аеёиоуыэюяйм х"))
			if len(r) >= 2 {
				stemMiss["-"+string(r[len(r)-2:])+"-"]++
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nforms with an adjective's ending (distinct words)\n%-11s %7s %11s %14s %18s\n", "class", "words", "isAdjective", "adjectiveStem", "isAdjective&&stem")
	for _, c := range []string{"adj", "participle", "noun"} {
		if tl := by[c]; tl != nil {
			fmt.Fprintf(&b, "%-11s %7d %10.1f%% %13.1f%% %17.1f%%\n", c, tl.n, morphforms.Percent(tl.isAdj, tl.n), morphforms.Percent(tl.stem, tl.n), morphforms.Percent(tl.both, tl.n))
		}
	}
	if by["adj"] == nil || by["noun"] == nil {
		t.Fatal("the forms have no adjectives or nouns")
	}
	pos := by["adj"].both + by["participle"].both
	fmt.Fprintf(&b, "isAdjective&&adjectiveStem as an adjective test: precision %.1f%% (on these classes as sampled), recall %.1f%%\n",
		morphforms.Percent(pos, pos+by["noun"].both), morphforms.Percent(pos, by["adj"].n+by["participle"].n))
	t.Log(b.String())
	t.Logf("nouns taken for adjectives (first 40): %s", strings.Join(nounFA, ", "))
	ends := make([]string, 0, len(stemMiss))
	for e := range stemMiss {
		ends = append(ends, e)
	}
	sort.Slice(ends, func(i, j int) bool { return stemMiss[ends[i]] > stemMiss[ends[j]] })
	var top []string
	for _, e := range ends[:min(15, len(ends))] {
		top = append(top, fmt.Sprintf("%s %d", e, stemMiss[e]))
	}
	t.Logf("adjective forms adjectiveStem misses, by the stem's last letters: %s", strings.Join(top, ", "))
}

// hasAdjectiveEnding reports a word ending as an adjective's case form can.
func hasAdjectiveEnding(w string) bool {
	return hasAnySuffix(w, "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ей")
}

// TestMorphInstrumental measures instrumentalAt on OpenCorpora noun
// phrases (an adjective and a noun) and single nouns in every case.
func TestMorphInstrumental(t *testing.T) {
	forms, _ := loadMorphForms(t)
	type tally struct{ tp, fp, fn, tn int }
	by := map[string]*tally{}
	var fns, fps []string
	for _, f := range forms {
		if f.Class != "phrase" && f.Class != "noun" {
			continue
		}
		tl := by[f.Class]
		if tl == nil {
			tl = &tally{}
			by[f.Class] = tl
		}
		got, want := instrumentalAt(text.Tokenize(f.Text, 0), 0), f.Case == "ablt"
		switch {
		case got && want:
			tl.tp++
		case got:
			tl.fp++
			if f.Class == "phrase" && len(fps) < 25 {
				fps = append(fps, f.Text+" ("+f.Number+" "+f.Case+")")
			}
		case want:
			tl.fn++
			if len(fns) < 25 {
				fns = append(fns, f.Text)
			}
		default:
			tl.tn++
		}
	}
	if by["phrase"] == nil {
		t.Fatal("the forms have no noun phrases")
	}
	for _, c := range []string{"phrase", "noun"} {
		tl := by[c]
		t.Logf("instrumentalAt on %s forms: precision %.1f%%, recall %.1f%% (tp %d, fp %d, fn %d, tn %d)", c,
			morphforms.Percent(tl.tp, tl.tp+tl.fp), morphforms.Percent(tl.tp, tl.tp+tl.fn), tl.tp, tl.fp, tl.fn, tl.tn)
	}
	t.Logf("instrumentals missed (first 25): %s", strings.Join(fns, ", "))
	t.Logf("phrases taken for instrumentals (first 25): %s", strings.Join(fps, ", "))
}

// TestMorphTitles measures nominativeTitle and titleCase on the OpenCorpora
// forms of our title words.
func TestMorphTitles(t *testing.T) {
	forms, _ := loadMorphForms(t)
	var n, nomOK, caseOK, caseN int
	var bad []string
	miss := map[string]int{}
	for _, f := range forms {
		if f.Class != "title" {
			continue
		}
		n++
		tok := word(f.Text)
		want := f.Number == "sing" && f.Case == "nomn"
		if nominativeTitle(tok, f.Lemma) == want {
			nomOK++
		} else if len(bad) < 20 {
			bad = append(bad, f.Text+" "+f.Number+" "+f.Case)
		}
		wantCase := titleCaseOf[f.Case]
		if f.Number == "plur" && f.Case == "accs" {
			wantCase = caseGen
		}
		caseN++
		if got := titleCase(tok.Fold, f.Lemma); got == wantCase {
			caseOK++
		} else {
			miss[f.Number+" "+f.Case]++
		}
	}
	if n == 0 {
		t.Fatal("the forms have no title words")
	}
	t.Logf("nominativeTitle right on %d of %d title forms (%.1f%%); wrong: %s", nomOK, n, morphforms.Percent(nomOK, n), strings.Join(bad, ", "))
	t.Logf("titleCase right on %d of %d title forms (%.1f%%); wrong by number and case: %v", caseOK, caseN, morphforms.Percent(caseOK, caseN), miss)
}
