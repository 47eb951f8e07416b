package extract

import (
	"strings"

	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// MisspeltCountryTagger finds the countries of an English list that the
// dictionary misses because the text misspells or breaks them ("…,
// Belize, Dom-inica, Grenada", "Kenya, Kyrgystan Mauritius, Tunisia"): a
// capitalised word between items of a list of countries, one letter or so
// away from a one-word country name, is that country. Outside a list of
// countries a misspelt word is left alone: a list tells what its items
// are. It adds the dictionary's own match, so that the taggers after it
// read the list whole.
type MisspeltCountryTagger struct {
	names map[string]*gazetteer.Entry // folded one-word English name → its entry
}

// NewMisspeltCountryTagger returns the tagger for the one-word English
// country names of g.
func NewMisspeltCountryTagger(g *gazetteer.Gazetteer) MisspeltCountryTagger {
	t := MisspeltCountryTagger{names: map[string]*gazetteer.Entry{}}
	for _, cc := range g.Countries() {
		c := g.Country(cc)
		if c == nil || c.NameEn == "" || strings.ContainsAny(c.NameEn, " -") {
			continue
		}
		ss := text.Split(c.NameEn)
		if len(ss) != 1 || len(ss[0].Tokens) != 1 {
			continue
		}
		for _, m := range g.MatchAt(ss[0].Tokens, 0) {
			if m.Entry.Kind == gazetteer.CountryName && m.Entry.Key == cc && m.End == 1 {
				t.names[text.Fold(c.NameEn)] = m.Entry
				break
			}
		}
	}
	return t
}

// Run adds a dictionary match for each misspelt list item.
func (t MisspeltCountryTagger) Run(a *Analysis) {
	for i, s := range a.Sentences {
		toks := s.Tokens
		for k, tk := range toks {
			if tk.Kind != text.Word || !tk.IsUpper() || tk.IsCyrillic() || len(tk.Fold) < 5 || !a.inCountryList(i, k) || a.dictCovers(i, k) {
				continue
			}
			if e := nearestName(strings.ReplaceAll(tk.Fold, "-", ""), t.names); e != nil {
				a.insertDict(i, gazetteer.Match{Entry: e, Start: k, End: k + 1})
			}
		}
	}
}

// dictCovers reports a dictionary match of sentence i over token k.
func (a *Analysis) dictCovers(i, k int) bool {
	for _, m := range a.dict[i] {
		if m.Start <= k && k < m.End {
			return true
		}
	}
	return false
}

// insertDict adds m to the matches of sentence i, in order.
func (a *Analysis) insertDict(i int, m gazetteer.Match) {
	ms := a.dict[i]
	at := len(ms)
	for x, o := range ms {
		if o.Start > m.Start {
			at = x
			break
		}
	}
	ms = append(ms, gazetteer.Match{})
	copy(ms[at+1:], ms[at:])
	ms[at] = m
	a.dict[i] = ms
}

// countryMatchAt reports a dictionary country name of sentence i that
// ends at token k (or starts there, with start set).
func (a *Analysis) countryMatchAt(i, k int, start bool) bool {
	for _, m := range a.dict[i] {
		if m.Entry.Kind != gazetteer.CountryName {
			continue
		}
		if start && m.Start == k || !start && m.End == k {
			return true
		}
	}
	return false
}

// inCountryList reports token k of sentence i standing as an item of a
// list of countries: a country right before it past a comma or "and", and
// a comma, "and", the sentence's end or another country right after it.
func (a *Analysis) inCountryList(i, k int) bool {
	toks := a.Sentences[i].Tokens
	if k < 2 || toks[k-1].Text != "," && toks[k-1].Fold != "and" || !a.countryMatchAt(i, k-1, false) {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	if n := toks[k+1]; n.Text == "," || n.Fold == "and" || n.Text == "." || n.Text == ")" || n.Text == ";" {
		return true
	}
	return a.countryMatchAt(i, k+1, true) // "Kyrgystan Mauritius": a comma missing
}

// nearestName returns the entry of the one name within one edit of w (two
// for names of eight letters or more), or nil when none or several are.
func nearestName(w string, names map[string]*gazetteer.Entry) *gazetteer.Entry {
	var found *gazetteer.Entry
	for name, e := range names {
		limit := 1
		if len(name) >= 8 {
			limit = 2
		}
		d := len(name) - len(w)
		if d > limit || -d > limit || name[0] != w[0] {
			continue
		}
		if editDistance(w, name, limit) <= limit {
			if found != nil && found.Key != e.Key {
				return nil
			}
			found = e
		}
	}
	return found
}

// editDistance returns the Levenshtein distance of a and b (bytes), or
// limit+1 once it exceeds limit.
func editDistance(a, b string, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
