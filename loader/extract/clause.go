package extract

import (
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// Coordination and clause limits: a role slot filled by a list («наблюдатели
// от СНГ, ОДКБ, БДИПЧ ОБСЕ и ШОС, а также от ЦИК Армении») gives every item
// the role, and the list ends where the clause does.

// listFillers are words that may stand between the items of a list of
// actors without ending it: conjunctions, prepositions that repeat the
// role («а также от …»), and the nouns that introduce an actor
// («представители ПАСЕ», «делегации избирательных органов Монголии»).
var listFillers = []string{
	"и", "а", "также", "кроме", "того", "том", "числе", "или", "от", "из", "со", "с",
	"представител", "делегаци", "член", "руководител", "глав", "председател", "сотрудник",
	"эксперт", "наблюдател", "миссии", "миссия", "миссий", "коллег", "исполком", "секретариат",
	"and", "as", "well", "also", "from", "of", "the", "representatives", "delegations", "delegation",
	"members", "heads", "experts", "observers", "including", "countries", "ngo", "ngos", "стран",
}

// clauseStarts are words that open a new clause after a comma: a relative or
// subordinate clause, or a participial phrase («…, организованной …»).
var clauseStarts = []string{
	"котор", "что", "чтобы", "где", "когда", "поскольку", "так", "при", "однако", "но",
	"организова", "проводим", "провод", "состоявш", "прошедш", "сообщ", "отмет", "подчеркн",
	"which", "who", "that", "where", "when", "while", "organi", "held", "hosted",
}

// hasAnyPrefix reports whether fold starts with one of the prefixes.
func hasAnyPrefix(fold string, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPrefix(fold, p) {
			return true
		}
	}
	return false
}

// hasPrefix is strings.HasPrefix that tells most words apart by their
// first two bytes (a Cyrillic letter, two Latin ones) before it compares
// the rest, the check the rules make for every token.
func hasPrefix(fold, p string) bool {
	if len(p) >= 2 && len(fold) >= 2 && (fold[0] != p[0] || fold[1] != p[1]) {
		return false
	}
	return strings.HasPrefix(fold, p)
}

func isFiller(fold string) bool {
	for _, p := range listFillers {
		if fold == p || len(p) > 4 && strings.HasPrefix(fold, p) {
			return true
		}
	}
	return false
}

// isActorKind reports whether mentions of kind k can be party to a fact.
func isActorKind(k graph.Kind) bool {
	switch k {
	case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
		return true
	}
	return false
}

// actorBetween reports an actor mention of sentence i within tokens
// (from, to).
func (a *Analysis) actorBetween(i, from, to int) bool {
	for _, m := range a.Mentions[i] {
		if m.Tok0 > from && m.Tok1 <= to && a.actorKey(m) != "" {
			return true
		}
	}
	return false
}

// actorStartsBetween reports an actor mention of sentence i that starts
// after token from and before token to, however long («: Парламентская
// ассамблея Совета Европы, …» right after a colon).
func (a *Analysis) actorStartsBetween(i, from, to int) bool {
	for _, m := range a.Mentions[i] {
		if m.Tok0 > from && m.Tok0 < to && a.actorKey(m) != "" {
			return true
		}
	}
	return false
}

// groupNounBetween reports a plural noun that announces a list of actors
// («представительства международных структур», "the following
// organisations").
func groupNounBetween(toks []text.Token) bool {
	for _, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"представительств", "структур", "организаци", "органы", "органов", "стран", "государств", "именно", "following", "organisations", "organizations", "bodies", "countries", "agencies", "wit", "namely"}) {
			return true
		}
	}
	return false
}

// clauseEnd returns the token index at which the clause that holds token
// from ends in sentence i: a semicolon, a colon after an actor (a colon
// right after the verb announces the list), a dash that opens speech, or a
// comma followed by a new clause.

func (a *Analysis) clauseEnd(i, from int) int {
	toks := a.Sentences[i].Tokens
	for k := from + 1; k < len(toks); k++ {
		switch toks[k].Text {
		case ":":
			// «приглашения получили представительства …: ООН, ПРООН …»: a
			// colon that announces the list, with no actor before it (a
			// long first name right after the colon will do)
			if a.actorBetween(i, from, k) || !groupNounBetween(toks[from+1:k]) || !a.actorBetween(i, k, k+4) && !a.actorStartsBetween(i, k, k+2) {
				return k
			}
		case ";":
			return k
		case ",":
			if k+1 < len(toks) && hasAnyPrefix(toks[k+1].Fold, clauseStarts) {
				return k
			}
			// «…, с которыми белорусская сторона взаимодействует», "…, with
			// whom …": a relative clause after a preposition
			if k+2 < len(toks) && toks[k+1].Kind == text.Word && len(toks[k+1].Fold) <= 6 && (strings.HasPrefix(toks[k+2].Fold, "котор") || toks[k+2].Fold == "whom" || toks[k+2].Fold == "which") {
				return k
			}
		}
	}
	return len(toks)
}

// listAfter returns the actors that fill the slot opened at token from of
// sentence i: the first actor mention after from, and every actor
// coordinated with it, in order, each once. Persons stand for their
// organisation. An item is coordinated when only conjunctions, commas and
// list fillers (or adjectives) stand between it and the one before. It
// stops at the end of the clause.
func (a *Analysis) listAfter(i, from int) []Mention {
	toks := a.Sentences[i].Tokens
	end := a.clauseEnd(i, from)
	var out []Mention
	seen := map[string]bool{}
	last := -1
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= from {
			continue
		}
		if m.Tok0 >= end {
			break
		}
		key := a.actorKey(m)
		if key == "" || strings.HasPrefix(key, "??") {
			if m.Kind == graph.KindCountry && last >= 0 {
				// a country inside the list («делегации Монголии, Венгрии») keeps it going
				last = m.Tok1
			}
			continue
		}
		if last >= 0 && !a.coordinated(toks[last:m.Tok0]) {
			break
		}
		if !seen[key] {
			seen[key] = true
			m.Key = key
			out = append(out, m)
		}
		last = m.Tok1
	}
	return out
}

// coordinated reports whether the tokens between two list items only join
// them.
func (a *Analysis) coordinated(gap []text.Token) bool {
	words := 0
	depth := 0
	for _, t := range gap {
		// "Russia (represented by its Deputy Director X) and Kazakhstan": a
		// bracketed aside does not break the list
		switch {
		case t.Text == "(":
			depth++
			continue
		case t.Text == ")" && depth > 0:
			depth--
			continue
		case depth > 0:
			continue
		}
		switch {
		case t.Kind == text.Punct:
			if t.Text != "," && t.Text != "(" && t.Text != ")" && t.Text != "«" && t.Text != "»" && t.Text != "\"" && t.Text != "•" && t.Text != "·" && t.Text != "▪" && t.Text != ";" && t.Text != "/" {
				return false
			}
		case isFiller(t.Fold):
		case t.Kind == text.Word && isAdjective(t.Fold):
			words++
		default:
			words++
			if words > 1 {
				return false
			}
			if hasAnyPrefix(t.Fold, clauseStarts) {
				return false
			}
		}
	}
	return words <= 3
}

// negated reports whether the trigger at token j of sentence i is denied
// («не пригласил», «отказался направить наблюдателей», "declined to").
func (a *Analysis) negated(i, j int) bool {
	if !a.mayDeny(i) {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := max(0, j-3); k < j; k++ {
		if denialWord(toks[k].Fold) {
			return true
		}
	}
	// "will not be among the observers", «не будет в числе наблюдателей»
	for k := max(0, j-5); k+1 < j; k++ {
		if (toks[k].Fold == "not" || toks[k].Fold == "не") && (toks[k+1].Fold == "be" || strings.HasPrefix(toks[k+1].Fold, "буд") || toks[k+1].Fold == "войдет" || toks[k+1].Fold == "войдут") {
			return true
		}
	}
	return false
}

// denialWord reports a word that denies the verb after it («не»,
// «отказался», "declined", "failed").
func denialWord(f string) bool {
	return f == "не" || f == "not" || f == "never" || strings.HasPrefix(f, "отказа") || strings.HasPrefix(f, "declin") || strings.HasPrefix(f, "refus") || f == "failed" || f == "unable"
}

// mayDeny reports whether sentence i has a word of denial at all, asked
// once per sentence: negated, asked of every token by some rules, answers
// at once for the many sentences that have none.
func (a *Analysis) mayDeny(i int) bool {
	if a.denials == nil {
		a.denials = make([]int8, len(a.Sentences))
	}
	if d := a.denials[i]; d != 0 {
		return d > 0
	}
	a.denials[i] = -1
	for _, t := range a.Sentences[i].Tokens {
		if denialWord(t.Fold) {
			a.denials[i] = 1
			break
		}
	}
	return a.denials[i] > 0
}

// comingVerbs are the stems of Russian verbs by which observers come or
// are sent. English is left out: "could not travel" and "had not sent
// observers before" are often followed by how they observed after all.
var comingVerbs = []string{"приед", "прибуд", "прибы", "направ", "отправ", "поед", "примут", "приня", "участв", "позва", "пригла"}

// comingDenied reports a sentence i whose verb of coming or sending is
// denied («Наблюдатели от СНГ не приедут на выборы», «не будут
// направлены», «не примут участия»), the auxiliaries between skipped;
// «не только», «не менее» deny nothing, «не наблюдали нарушений» is what
// observers report, and «жалобы не приняли к рассмотрению» is no coming.
func (a *Analysis) comingDenied(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "не" {
			continue
		}
		n := k + 1
		for n < len(toks) && n <= k+3 && hasAnyPrefix(toks[n].Fold, []string{"буд", "смог", "стал"}) {
			n++
		}
		if n < len(toks) && hasAnyPrefix(toks[n].Fold, comingVerbs) {
			if hasAnyPrefix(toks[n].Fold, []string{"примут", "приня"}) && !(n+1 < len(toks) && strings.HasPrefix(toks[n+1].Fold, "участи")) {
				continue // «жалобы не приняли к рассмотрению»: no coming
			}
			return true
		}
	}
	return false
}

// triggerAt returns the first word token of sentence i at or after from
// whose folded form starts with one of the stems and is not denied, or -1.
func (a *Analysis) triggerAt(i, from int, stems ...string) int {
	for j := a.findStem(i, from, stems...); j >= 0; j = a.findStem(i, j+1, stems...) {
		if !a.negated(i, j) && !invitedGuests(a.Sentences[i].Tokens, j) {
			return j
		}
	}
	return -1
}

// invitedGuests reports «(другие) приглашенные лица», «приглашенных
// гостей», "invited guests" at token j: a word for those present, not an
// invitation anyone sent.
func invitedGuests(toks []text.Token, j int) bool {
	f := toks[j].Fold
	if !strings.HasPrefix(f, "приглашенн") && !strings.HasPrefix(f, "приглашённ") && f != "invited" {
		return false
	}
	if f == "invited" && (j == 0 || !contains([]string{"the", "other", "all", "our", "and"}, toks[j-1].Fold)) {
		return false // "The Commission invited guests from A and B to observe": a verb
	}
	if j > 0 && (toks[j-1].Fold == "другие" || toks[j-1].Fold == "других" || toks[j-1].Fold == "other") {
		return true
	}
	return j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"лиц", "гост", "guests"})
}

// actorsBefore returns the actors (persons standing for their
// organisations) named before token j of sentence i, in order, each once.
func (a *Analysis) actorsBefore(i, j int) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if m.Tok1 > j {
			break
		}
		key := a.actorKey(m)
		if key == "" || strings.HasPrefix(key, "??") || seen[key] {
			continue
		}
		seen[key] = true
		m.Key = key
		out = append(out, m)
	}
	return out
}

// countryBefore returns a country named as the subject before token j of
// sentence i («Беларусь пригласила …»): a country mention by name that no
// other mention holds, at the start of the clause.
func (a *Analysis) countryBefore(i, j int) string {
	for _, m := range a.Mentions[i] {
		if m.Tok1 > j {
			break
		}
		if m.Kind == graph.KindCountry && m.Via == ViaName && !m.inner {
			// at the sentence's start, after a comma, or after a dateline
			// ("Colombo, 5 Oct — Sri Lanka invited …", «АСТАНА. Казахстан …»)
			if p := m.Tok0 - 1; p < 0 || strings.Contains(",—–:", a.Sentences[i].Tokens[p].Text) || p == 0 && sentenceAdverb(a.Sentences[i].Tokens[p].Fold) {
				// (or after an opening adverb: «Ранее Беларусь направила …»)
				return m.Key
			}
		}
	}
	return ""
}

// keys returns the keys of mentions.
func keys(ms []Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Key)
	}
	return out
}
