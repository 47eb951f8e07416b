package extract

import "github.com/cecgraph/cecgraph/loader/text"

// ExceptedFilter drops the mentions a sentence names only to leave them out:
// «204 представителя из всех стран Содружества, кроме Украины», "observers
// from all member states except Georgia and Moldova", «за исключением
// Туркменистана». They take part in none of the sentence's facts.
type ExceptedFilter struct{}

// exceptWords open a list of what is left out ("except", "excluding");
// the two-word ones and «кроме» are read in exceptAt.
var exceptWords = map[string]bool{"except": true, "excluding": true}

// Run removes the excepted mentions of every sentence.
func (ExceptedFilter) Run(a *Analysis) {
	for i, s := range a.Sentences {
		if !a.hasPhrase(i, "кроме", "except", "excluding", "исключением", "other than") {
			continue
		}
		toks := s.Tokens
		for k := range toks {
			if !exceptAt(toks, k) {
				continue
			}
			// the list after the word: mentions joined by commas and
			// conjunctions only
			next := k + 1
			var keep []Mention
			for _, m := range a.Mentions[i] {
				if m.Tok0 == next || m.Tok0 > next && allConj(toks[next:m.Tok0]) {
					next = m.Tok1
					continue
				}
				keep = append(keep, m)
			}
			a.Mentions[i] = keep
		}
	}
}

// exceptAt reports a word at token k that opens a list of what is left
// out: «(все …) кроме», «за исключением», "except (for)", "excluding",
// "other than". Not "apart from", "aside from", which as often add.
func exceptAt(toks []text.Token, k int) bool {
	f := toks[k].Fold
	switch {
	case f == "кроме":
		// «из всех стран, кроме Украины» leaves out; «Кроме ЦИК Казахстана,
		// в форуме участвовали …» adds: only after «все» it excepts
		for n := k - 1; n >= 0 && n >= k-8; n-- {
			switch toks[n].Fold {
			case "все", "всех", "всем", "всеми", "всё":
				return true
			}
		}
		return false
	case exceptWords[f]:
		return true
	case f == "исключением" && k > 0 && toks[k-1].Fold == "за":
		return true
	case f == "than" && k > 0 && toks[k-1].Fold == "other":
		return true
	case f == "for" && k > 0 && toks[k-1].Fold == "except":
		return true
	}
	return false
}
