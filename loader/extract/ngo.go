package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// ngoHeads are the nouns that head a domestic NGO's name, with their
// nominative and grammatical gender.
var ngoHeads = map[string]struct{ nom, gender string }{
	"сет": {"сеть", "f"}, "коалиц": {"коалиция", "f"}, "ассоциац": {"ассоциация", "f"}, "лиг": {"лига", "f"},
	"центр": {"центр", "m"}, "союз": {"союз", "m"}, "фонд": {"фонд", "m"}, "институт": {"институт", "m"},
	"движен": {"движение", "n"}, "объединен": {"объединение", "n"},
	"network": {"network", ""}, "coalition": {"coalition", ""}, "center": {"center", ""}, "centre": {"centre", ""},
	"association": {"association", ""}, "foundation": {"foundation", ""},
}

// ngoTopics are stems that make a named centre or network an election NGO.
var ngoTopics = []string{"наблюд", "мониторинг", "выбор", "избират", "демократ", "observ", "monitor", "election", "democra"}

// NGOTagger finds domestic observer groups and NGOs: a quoted name after
// «общественное объединение», «ОО», «фонд» («ОО «Центр непартийного
// наблюдения»»), or a capitalised name headed by «сеть», «центр»,
// «коалиция»… about observation or elections («Республиканская сеть
// независимых наблюдателей (РСНН)»). The abbreviation in brackets after
// the name finds the NGO later in the article.
type NGOTagger struct{}

// Run adds NGO mentions; keys get the home country in HomeResolver.
func (NGOTagger) Run(a *Analysis) {
	abbrevs := map[string]string{} // «РСНН» → name
	keys := map[string]string{}    // name → key, when the name says its country
	for i, s := range a.Sentences {
		toks := s.Tokens
		// an NGO name needs a topic word; a sentence without one has no NGO
		// (but may name one by its abbreviation)
		if !a.hasPhrase(i, ngoTopics...) && len(abbrevs) == 0 {
			continue
		}
		for j := 0; j < len(toks); j++ {
			if name, t0, t1, ok := ngoAt(toks, j); ok {
				if a.namesKnownOrg(i, t0, t1) {
					// «эксперты Международного института за демократию и
					// содействие выборам (IDEA)»: an international
					// organisation in other words, not a domestic NGO
					j = t1 - 1
					continue
				}
				m := Mention{Kind: graph.KindNGO, Key: "??/NGO:" + name, Name: name, Via: ViaName, Tok0: t0, Tok1: t1}
				if cc := a.countryInside(i, t0, t1); cc != "" && !toks[t0].IsCyrillic() {
					// "the Coalition of Ethiopian Civil Society Organisations
					// for Elections": the country its name names, whose
					// adjective is a word of the name, no mention of its own
					m.Key = graph.NGOKey(cc, name)
					keys[name] = m.Key
					a.Mentions[i] = slices.DeleteFunc(a.Mentions[i], func(o Mention) bool { return o.Kind == graph.KindCountry && o.Tok0 >= t0 && o.Tok1 <= t1 })
				}
				if t1+2 < len(toks) && toks[t1].Text == "(" && toks[t1+2].Text == ")" && toks[t1+1].IsAllUpper() {
					abbrevs[toks[t1+1].Text] = name
					m.Tok1 = t1 + 3
				}
				span(s, &m)
				if a.addMention(i, m) {
					j = m.Tok1 - 1
				}
				continue
			}
			if name, ok := abbrevs[toks[j].Text]; ok {
				m := Mention{Kind: graph.KindNGO, Key: "??/NGO:" + name, Name: name, Via: ViaAbbrev, Tok0: j, Tok1: j + 1}
				if k, ok := keys[name]; ok {
					m.Key = k
				}
				span(s, &m)
				a.addMention(i, m)
			}
		}
	}
}

// countryInside returns the one country named by name or adjective inside
// tokens [t0, t1) of sentence i, or "".
func (a *Analysis) countryInside(i, t0, t1 int) string {
	cc := ""
	for _, dm := range a.dict[i] {
		if dm.Start < t0 || dm.End > t1 || dm.Entry.Kind != gazetteer.CountryName && dm.Entry.Kind != gazetteer.CountryAdj {
			continue
		}
		if cc != "" && cc != dm.Entry.Key {
			return ""
		}
		cc = dm.Entry.Key
	}
	return cc
}

// namesKnownOrg reports an NGO-like name at tokens [t0, t1) of sentence i
// that is an international one («Международный …», "International …") or
// is followed, within its own phrase, by the bracketed abbreviation of a
// known organisation or body.
func (a *Analysis) namesKnownOrg(i, t0, t1 int) bool {
	toks := a.Sentences[i].Tokens
	if hasAnyPrefix(toks[t0].Fold, []string{"международн", "international"}) {
		return true
	}
	for _, dm := range a.dict[i] {
		if dm.Start == t0 && (dm.Entry.Kind == gazetteer.OrgName || dm.Entry.Kind == gazetteer.OrgAbbrev) {
			return true // «государств Европейского союза»: a known organisation, even where it does not act
		}
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= t1 && m.Tok0 <= t1+6 && m.Tok0 > 0 && toks[m.Tok0-1].Text == "(" && (m.Kind == graph.KindOrganization || m.Kind == graph.KindBody) {
			return true
		}
	}
	return false
}

// ngoAt reads an NGO name at token j.
func ngoAt(toks []text.Token, j int) (string, int, int, bool) {
	t := toks[j]
	// «…» after an NGO word: «ОО «Центр …»», «общественного объединения «…»»
	if (t.Text == "«" || t.Text == "\"") && j > 0 {
		closing := "»"
		if t.Text == "\"" {
			closing = "\""
		}
		prev := toks[j-1]
		// («общественной организации "MIRAD"», «неправительственной
		// организации «…»»: an organisation of civil society)
		civil := strings.HasPrefix(prev.Fold, "организаци") && j > 1 && hasAnyPrefix(toks[j-2].Fold, []string{"общественн", "неправительственн", "некоммерческ"})
		if prev.Text == "ОО" || prev.Text == "РОО" || prev.Text == "ОФ" || prev.Text == "НПО" || prev.Text == "НКО" || civil ||
			strings.HasPrefix(prev.Fold, "объединени") || strings.HasPrefix(prev.Fold, "фонд") || strings.HasPrefix(prev.Fold, "ассоциаци") {
			for k := j + 1; k < len(toks) && k < j+12; k++ {
				if toks[k].Text == closing {
					if k == j+1 {
						return "", 0, 0, false
					}
					words := make([]string, 0, k-j-1)
					for w := j + 1; w < k; w++ {
						words = append(words, toks[w].Text)
					}
					words[0] = nominativeNoun(words[0])
					return strings.Join(words, " "), j + 1, k, true
				}
			}
		}
		return "", 0, 0, false
	}
	if t.Kind != text.Word || !t.IsUpper() {
		return "", 0, 0, false
	}
	// Adjective* Head words… with a topic word within the name
	k := j
	for k < len(toks) && toks[k].Kind == text.Word && isAdjective(toks[k].Fold) && k-j < 3 {
		k++
	}
	if k >= len(toks) {
		return "", 0, 0, false
	}
	head, ok := ngoHead(toks[k])
	if !ok || k > j && !toks[j].IsUpper() || k == j && !toks[k].IsUpper() {
		return "", 0, 0, false
	}
	end := k + 1
	topic := false
	span := 4
	if !toks[k].IsCyrillic() {
		span = 8 // "Coalition of Ethiopian Civil Society Organisations for Elections"
	}
	for end < len(toks) && end-k <= span && toks[end].Kind == text.Word && !toks[end].IsAllUpper() {
		if span > 4 && !toks[end].IsUpper() && !contains([]string{"of", "for", "and", "the", "on", "in"}, toks[end].Fold) {
			break // an English name's words are capitalised ("… Organisations for Elections")
		}
		for _, p := range ngoTopics {
			if strings.HasPrefix(toks[end].Fold, p) {
				topic = true
			}
		}
		end++
		if topic {
			break
		}
	}
	if !topic {
		return "", 0, 0, false
	}
	words := make([]string, 0, end-j)
	for w := j; w < k; w++ {
		words = append(words, nominativeAdjGender(toks[w].Text, head.gender))
	}
	h := head.nom
	if toks[k].IsUpper() {
		h = strings.ToUpper(h[:len(string([]rune(h)[0]))]) + h[len(string([]rune(h)[0])):]
	}
	if k > j {
		h = strings.ToLower(h)
	}
	words = append(words, h)
	for w := k + 1; w < end; w++ {
		words = append(words, toks[w].Text)
	}
	return strings.Join(words, " "), j, end, true
}

func ngoHead(t text.Token) (struct{ nom, gender string }, bool) {
	if h, ok := ngoHeads[t.Stem]; ok {
		return h, true
	}
	if t.Kind != text.Word || len(t.Fold) < 3 || !ngoHeadFirst[t.Fold[:2]] {
		return struct{ nom, gender string }{}, false
	}
	for stem, h := range ngoHeads {
		if strings.HasPrefix(t.Fold, stem) && len(t.Fold)-len(stem) <= 4 {
			return h, true
		}
	}
	return struct{ nom, gender string }{}, false
}

// ngoHeadFirst holds the first two bytes of every NGO head, a cheap filter.
var ngoHeadFirst = func() map[string]bool {
	m := map[string]bool{}
	for stem := range ngoHeads {
		m[stem[:2]] = true
	}
	return m
}()

// nominativeNoun turns the first word of a quoted name into the
// nominative where the ending says so: «Центра» → «Центр», «Ассоциации» →
// «Ассоциация».
func nominativeNoun(w string) string {
	f := text.Fold(w)
	switch {
	case strings.HasSuffix(f, "ии"):
		return trimRunes(w, 1) + "я"
	case strings.HasSuffix(f, "а") && len([]rune(f)) > 3 && !strings.ContainsRune("аеиоуыэюя", []rune(f)[len([]rune(f))-2]):
		return trimRunes(w, 1)
	}
	return w
}

// nominativeAdjGender turns an adjective into the nominative of the head's gender.
func nominativeAdjGender(w, gender string) string {
	f := text.Fold(w)
	for _, e := range []string{"ыми", "ими", "ых", "их", "ые", "ие"} {
		// the plural («Почетными грамотами» → «Почетная грамота»)
		if n := utf8.RuneCountInString(e); utf8.RuneCountInString(f) > 4 && strings.HasSuffix(f, e) {
			base := trimRunes(w, n)
			soft := strings.HasPrefix(e, "и")
			switch {
			case gender == "f" && soft && hasAnySuffix(text.Fold(base), "к", "г", "х", "ж", "ш", "ч", "щ"):
				return base + "ая"
			case gender == "f" && soft:
				return base + "яя"
			case gender == "f":
				return base + "ая"
			case gender == "n" && soft && !hasAnySuffix(text.Fold(base), "к", "г", "х", "ж", "ш", "ч", "щ"):
				return base + "ее"
			case gender == "n":
				return base + "ое"
			case gender == "m" && soft:
				return base + "ий"
			case gender == "m":
				return base + "ый"
			}
		}
	}
	switch gender {
	case "f":
		return nominativeAdj(w)
	case "n":
		for _, e := range []string{"ого", "ому", "ым", "ом"} {
			if strings.HasSuffix(f, e) {
				return trimRunes(w, len([]rune(e))) + "ое"
			}
		}
	case "m":
		for _, e := range []string{"ого", "ому", "ым", "ом"} {
			if strings.HasSuffix(f, e) {
				base := trimRunes(w, len([]rune(e)))
				if hasAnySuffix(text.Fold(base), "областн", "окружн", "городск", "краев", "сельск") {
					return base + "ой" // a stressed ending: «областной»
				}
				last := []rune(text.Fold(base))
				if len(last) > 0 && strings.ContainsRune("кгхжшчщ", last[len(last)-1]) {
					return base + "ий"
				}
				return base + "ый"
			}
		}
	}
	return w
}
