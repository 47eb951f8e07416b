package extract

import (
	"slices"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// BracketAliases makes an abbreviation that an article defines in brackets
// right after a name stand for that name throughout the article: "the
// National Electoral Commission of Sierra Leone (NEC SL) … the NEC
// delegation" is Sierra Leone's commission, not Korea's, which the
// dictionary knows by "NEC".
type BracketAliases struct{}

// Run rewrites the mentions of abbreviations the article defines.
func (BracketAliases) Run(a *Analysis) {
	alias := map[string]Mention{}
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		for _, m := range a.Mentions[i] {
			if !actorMention(m) || m.Tok0 < 2 || toks[m.Tok0-1].Text != "(" || !abbreviation(toks[m.Tok0:m.Tok1]) {
				continue
			}
			// the bracket closes right after it, maybe after a country
			// code ("(NEC SL)")
			end := m.Tok1
			if end < len(toks) && toks[end].Text != ")" && toks[end].IsAllUpper() {
				end++
			}
			if end >= len(toks) || toks[end].Text != ")" {
				continue
			}
			for _, p := range a.Mentions[i] {
				if p.Tok1 == m.Tok0-1 && actorMention(p) && p.Key != "" && !abbreviation(toks[p.Tok0:p.Tok1]) {
					alias[abbreviationKey(toks[m.Tok0:m.Tok1])] = p
				}
			}
		}
	}
	// an abbreviation no dictionary has, or one the dictionary gives a
	// body the taggers left out in brackets: "The Election Commissions
	// Forum (ECF)", "Zanzibar Electoral Commission (ZEC)"
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		for _, p := range a.Mentions[i] {
			k := p.Tok1
			if !actorMention(p) || p.Key == "" || k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || !abbreviation(toks[k+1:k+2]) || abbreviation(toks[p.Tok0:p.Tok1]) || len(toks[k+1].Text) < 2 {
				continue
			}
			if _, ok := alias[toks[k+1].Fold]; !ok && !a.insideMention(i, k+1) && initialsSpell(toks[p.Tok0:p.Tok1], toks[k+1].Text) {
				alias[toks[k+1].Fold] = p
			}
		}
	}
	if len(alias) == 0 {
		return
	}
	for i := range a.Mentions {
		toks := a.Sentences[i].Tokens
		for x := range a.Mentions[i] {
			m := &a.Mentions[i][x]
			if !actorMention(*m) || !abbreviation(toks[m.Tok0:m.Tok1]) {
				continue
			}
			if p, ok := alias[abbreviationKey(toks[m.Tok0:m.Tok1])]; ok {
				m.Kind, m.Key, m.Name = p.Kind, p.Key, p.Name
			}
		}
		// the bare abbreviation elsewhere ("the ECF said …")
		for k, t := range toks {
			p, ok := alias[t.Fold]
			if !ok || t.Kind != text.Word || !t.IsAllUpper() || a.insideMention(i, k) || k > 0 && toks[k-1].Text == "(" || a.dictAt(i, k) != nil {
				// (an abbreviation the dictionary knows kept its mention, or
				// an earlier stage dropped it: "member states of the OTS")
				continue
			}
			m := Mention{Kind: p.Kind, Key: p.Key, Name: p.Name, Via: ViaAbbrev, Tok0: k, Tok1: k + 1}
			span(a.Sentences[i], &m)
			a.addMention(i, m)
		}
	}
}

// actorMention reports a body, organisation, government or NGO mention.
func actorMention(m Mention) bool {
	switch m.Kind {
	case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
		return !m.inner
	}
	return false
}

// abbreviation reports one or two upper-case words ("NEC", «ЦИК РК»).
func abbreviation(toks []text.Token) bool {
	if len(toks) == 0 || len(toks) > 2 {
		return false
	}
	for _, t := range toks {
		if t.Kind != text.Word || !t.IsAllUpper() {
			return false
		}
	}
	return true
}

func abbreviationKey(toks []text.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Fold
	}
	return strings.Join(parts, " ")
}

// AgencyShortNames makes the leading words of a state agency's full name
// stand for that agency elsewhere in the article: after «Общественная
// палата Российской Федерации», «грамотами Общественной палаты» and «с
// Общественной палатой» are the same chamber; after "the Civic Chamber of
// the Russian Federation", "the Civic Chamber". The words are those before
// the name's country part (its first capitalised word after the first, or
// "of"), two at least; a short name two agencies of the article share, or
// that begins another agency's, stands for neither.
type AgencyShortNames struct{}

// Run adds a mention for each unrecognised use of a short name.
func (AgencyShortNames) Run(a *Analysis) {
	type short struct {
		stems []string
		m     Mention
	}
	var shorts []short
	owner := map[string]string{} // joined stems -> key, "" when shared
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindGovernment || m.Via != ViaAgency || m.Tok1-m.Tok0 < 3 {
				continue
			}
			n := 1
			latin := !toks[m.Tok0].IsCyrillic()
			for m.Tok0+n < m.Tok1 && toks[m.Tok0+n].Kind == text.Word && (latin || !toks[m.Tok0+n].IsUpper()) && toks[m.Tok0+n].Fold != "of" {
				// (English capitalises every word of the name: up to "of")
				n++
			}
			if n < 2 || m.Tok0+n == m.Tok1 || !toks[m.Tok0].IsUpper() {
				continue
			}
			var stems []string
			for _, t := range toks[m.Tok0 : m.Tok0+n] {
				stems = append(stems, t.Stem)
			}
			j := strings.Join(stems, " ")
			if k, ok := owner[j]; ok {
				if k != m.Key {
					owner[j] = ""
				}
				continue
			}
			owner[j] = m.Key
			shorts = append(shorts, short{stems, m})
		}
	}
	for _, sh := range shorts {
		for _, o := range shorts {
			if o.m.Key != sh.m.Key && len(o.stems) > len(sh.stems) && slices.Equal(o.stems[:len(sh.stems)], sh.stems) {
				// «Министерство иностранных дел» of Canada, when «…
				// дел и торговли Австралии» is named too
				owner[strings.Join(sh.stems, " ")] = ""
			}
		}
	}
	for _, sh := range shorts {
		if owner[strings.Join(sh.stems, " ")] == "" {
			continue
		}
		for i := range a.Sentences {
			toks := a.Sentences[i].Tokens
			for k := 0; k+len(sh.stems) <= len(toks); k++ {
				if !toks[k].IsUpper() || !stemsAt(toks, k, sh.stems) {
					continue
				}
				end := k + len(sh.stems)
				if end < len(toks) && toks[end].Kind == text.Word && (toks[end].IsUpper() || toks[end].Fold == "of") {
					// another agency's full name, not this short one («…
					// палаты региона», a region's chamber, is a state body of
					// the same country, as annotators key it)
					continue
				}
				mm := Mention{Kind: graph.KindGovernment, Key: sh.m.Key, Via: ViaAgency, Tok0: k, Tok1: end, Name: sh.m.Name}
				span(a.Sentences[i], &mm)
				a.addMention(i, mm)
			}
		}
	}
}

// stemsAt reports whether the tokens from k have the stems in order.
func stemsAt(toks []text.Token, k int, stems []string) bool {
	for n, s := range stems {
		if toks[k+n].Stem != s {
			return false
		}
	}
	return true
}

// initialsSpell reports whether the letters of abbreviation ab are, in
// order, the initials of capitalised words of name ("Election Commissions
// Forum" spells "ECF"; "Chief Electoral Officer" does not spell "EVM").
func initialsSpell(name []text.Token, ab string) bool {
	want := []rune(strings.ToUpper(ab))
	n := 0
	for _, t := range name {
		if n == len(want) {
			break
		}
		if t.Kind != text.Word || !t.IsUpper() {
			continue
		}
		if r := []rune(strings.ToUpper(t.Text)); r[0] == want[n] {
			n++
		}
	}
	return n == len(want)
}
