package extract

import (
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
				if p.Tok1 == m.Tok0-1 && actorMention(p) && p.Key != m.Key && p.Key != "" && !abbreviation(toks[p.Tok0:p.Tok1]) {
					alias[abbreviationKey(toks[m.Tok0:m.Tok1])] = p
				}
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
