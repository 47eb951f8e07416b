package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// OpenOrganizationTagger finds international organisations that no
// dictionary has but whose name shows what they are: a capitalised name
// that says it is international and is headed by an organisation noun,
// followed by its Latin abbreviation in brackets — "International
// Coalition for Human Rights in the Philippines (ICHRP)", «Международный
// институт политических исследований (ICPS)». The abbreviation is the key
// (as the annotation guide writes such keys), and finds the organisation
// again wherever the article repeats it.
type OpenOrganizationTagger struct{}

// openOrgNouns head an organisation's name (stems, Latin and Cyrillic).
var openOrgNouns = []string{"coalition", "association", "network", "institute", "foundation", "centre", "center",
	"council", "union", "organization", "organisation", "federation", "alliance", "league", "society", "forum",
	"коалиц", "ассоциац", "сет", "институт", "фонд", "центр", "совет", "союз", "организац", "федерац", "альянс", "лиг", "обществ", "форум"}

// openOrgScope are the words that make a name international.
var openOrgScope = []string{"international", "world", "global", "asian", "african", "european", "pacific", "arab",
	"regional", "inter", "trans", "международн", "всемирн", "глобальн", "азиатск", "африканск", "европейск", "региональн"}

// venueName reports a name of a place events are held in ("Bingu
// International Convention Centre", "International Conference Center"):
// a venue, not an organisation.
func venueName(toks []text.Token) bool {
	for k, t := range toks {
		switch t.Fold {
		case "convention", "conference", "exhibition", "congress", "конференц", "выставочн":
			if k+1 < len(toks) && hasAnyPrefix(toks[k+1].Fold, []string{"centre", "center", "hall", "центр", "зал"}) {
				return true
			}
		case "hotel", "stadium", "гостиница", "отель":
			return true
		}
	}
	return false
}

// Run adds the organisations and their later abbreviations.
func (OpenOrganizationTagger) Run(a *Analysis) {
	found := map[string]string{} // abbreviation → name
	for i, s := range a.Sentences {
		toks := s.Tokens
		for j := 0; j+2 < len(toks); j++ {
			if toks[j].Text != "(" {
				continue
			}
			abbr, ok := latinAbbrev(toks, j+1)
			if !ok || graph.KindOf(abbr) != graph.KindOrganization || a.insideMention(i, j+1) {
				continue
			}
			t0, ok := a.openOrgName(i, j, abbr)
			if !ok || venueName(toks[t0:j]) {
				continue
			}
			name := s.Text[toks[t0].Start-s.Start : toks[j-1].End-s.Start]
			m := Mention{Kind: graph.KindOrganization, Key: abbr, Via: ViaName, Tok0: t0, Tok1: j + 3, Name: name}
			span(s, &m)
			if a.addMention(i, m) {
				found[abbr] = name
			}
		}
	}
	if len(found) == 0 {
		return
	}
	for i, s := range a.Sentences {
		for j, t := range s.Tokens {
			if name, ok := found[t.Text]; ok && !a.insideMention(i, j) {
				m := Mention{Kind: graph.KindOrganization, Key: t.Text, Via: ViaAbbrev, Tok0: j, Tok1: j + 1, Name: name}
				span(s, &m)
				a.addMention(i, m)
			}
		}
	}
}

// latinAbbrev reads "ICHRP" followed by ")" at token k: three to eight
// upper-case Latin letters.
func latinAbbrev(toks []text.Token, k int) (string, bool) {
	if k+1 >= len(toks) || toks[k+1].Text != ")" {
		return "", false
	}
	w := toks[k].Text
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 8 {
		return "", false
	}
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsUpper(r) {
			return "", false
		}
	}
	return w, true
}

// openOrgName returns the first token of the organisation's name that
// ends before the bracket at token j of sentence i: it starts with a
// capital, has an organisation noun and an international word, takes no
// known mention, and its first letter is the abbreviation's.
func (a *Analysis) openOrgName(i, j int, abbr string) (int, bool) {
	toks := a.Sentences[i].Tokens
	noun, scope := false, false
	t0 := -1
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		t := toks[k]
		if t.Kind != text.Word && t.Text != "-" {
			break
		}
		if a.insideMention(i, k) {
			if t0 < 0 {
				return 0, false
			}
			break
		}
		if !t.IsCyrillic() && !t.IsUpper() {
			switch t.Fold {
			case "of", "for", "the", "in", "on", "and", "de", "la", "du", "-":
			default:
				return t0, t0 >= 0 // "observers from the …": the name starts after
			}
		}
		if hasAnyPrefix(t.Fold, openOrgNouns) {
			noun = true
		}
		if hasAnyPrefix(t.Fold, openOrgScope) {
			scope = true
		}
		if t.IsUpper() && noun && scope {
			// a Latin name starts with its abbreviation's letter; a Russian
			// one capitalises only its first word
			if r, _ := utf8.DecodeRuneInString(t.Text); t.IsCyrillic() || unicode.ToUpper(r) == rune(abbr[0]) {
				t0 = k
			}
		}
	}
	return t0, t0 >= 0
}
