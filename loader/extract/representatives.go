package extract

import (
	"slices"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// StateRepresentatives turns the countries named right after a noun of
// people sent («представители Беларуси, Казахстана и МПА СНГ», «с
// представителями Румынии», "representatives of Kenya and Ghana", «главы
// дипломатических миссий Республики Корея, КНР») into
// their states: GOLD.md keys a country named without its election body,
// "representatives of X" among its examples, as the state (CC/GOV). The
// other items of the list (organisations, bodies) stay as they are; a
// country whose election body the article names by name keeps its
// mention, since the people may be that body's.
type StateRepresentatives struct{}

// representativeNouns are the forms of «представитель» and
// "representative" that open such a list, and "officials"
// ("officials from Bhutan, Sri Lanka …").
var representativeNouns = []string{"представители", "представителей", "представителями", "представителям", "представителях", "representatives", "officials", "эксперты", "экспертов", "экспертами",
	// people counted by a collective numeral: «трое от Иордании, по двое от
	// Киргизии и Турции»
	"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро", "десятеро"}

// Run rewrites the country mentions of such lists.
func (StateRepresentatives) Run(a *Analysis) {
	a.coordinatedEmbassies()
	named := map[string]bool{}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && m.Via != ViaOrigin && m.Via != ViaImplicit {
				named[graph.CountryOf(m.Key)] = true
			}
		}
	}
	// "a German delegation led by Foreign Minister X", «делегация во главе
	// с министром»: the state's delegation, here and wherever the article
	// names it by the same adjective ("ECI meets German delegation")
	statesmen := map[string]bool{}
	for i := range a.Sentences {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && m.Via == ViaAdj && (delegationLedByStatesman(a.Sentences[i].Tokens, m.Tok0, m.Tok1) || statesmanLeadsBefore(a.Sentences[i].Tokens, m.Tok0, m.Tok1)) {
				statesmen[m.Key] = true
			}
		}
	}
	for i := range a.Sentences {
		for x := range a.Mentions[i] {
			if m := &a.Mentions[i][x]; m.Kind == graph.KindBody && m.Via == ViaAdj && statesmen[m.Key] && namesDelegation(a.Sentences[i].Tokens[m.Tok0:m.Tok1]) {
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(graph.CountryOf(m.Key)), ViaOrigin
			}
			if m := &a.Mentions[i][x]; m.Kind == graph.KindBody && m.Via == ViaName && delegationLedByStatesman(a.Sentences[i].Tokens, m.Tok0, m.Tok1) && !slices.ContainsFunc(a.Sentences[i].Tokens[m.Tok0:m.Tok1], func(t text.Token) bool {
				return hasAnyPrefix(t.Fold, commissionTitles) || hasAnyPrefix(t.Fold, []string{"избират", "комисси", "election", "electoral", "commission"})
			}) {
				// «Делегация Узбекистана во главе со специальным
				// представителем президента»: the state's (not «делегация
				// ЦИК Узбекистана во главе с послом»)
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(graph.CountryOf(m.Key)), ViaOrigin
			}
		}
	}
	for i := range a.Sentences {
		// "delegations from the European Union and Japan": a country that
		// goes on a list of delegations' origins another actor opened
		toks := a.Sentences[i].Tokens
		for k := 1; k < len(a.Mentions[i]); k++ {
			m, prev := &a.Mentions[i][k], a.Mentions[i][k-1]
			if m.Kind == graph.KindCountry && m.Via == ViaName && !named[m.Key] && prev.Tok1 < m.Tok0 && listGap(toks[prev.Tok1:m.Tok0]) && a.actorKey(prev) != "" && delegationsFrom(toks, prev.Tok0) {
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(m.Key), ViaOrigin
			}
		}
	}
	for i := range a.Sentences {
		if a.hasPhrase(i, "указанных", "этих", "these", "those") && a.hasPhrase(i, "комиссии указанных государств", "комиссий указанных государств", "комиссии этих государств", "комиссий этих государств", "комиссии указанных стран", "комиссий указанных стран", "комиссии этих стран", "комиссий этих стран", "commissions of these countries", "commissions of those countries", "bodies of these countries") {
			// «два наблюдателя из Республики Армения и два из Грузии – это
			// члены Центральной избирательной комиссии указанных
			// государств»: the countries' election bodies
			for x := range a.Mentions[i] {
				if m := &a.Mentions[i][x]; m.Kind == graph.KindCountry && (m.Via == ViaName || m.Via == ViaAbbrev) {
					m.Kind, m.Key, m.Via = graph.KindBody, graph.BodyKey(m.Key), ViaOrigin
				}
			}
			continue
		}
	}
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		ms := a.Mentions[i]
		for x := 0; x < len(ms); x++ {
			k := ms[x].Tok0 - 1
			for k >= 0 && (toks[k].Fold == "of" || toks[k].Fold == "from" || toks[k].Fold == "the") {
				k--
			}
			if k > 0 && k == ms[x].Tok0-1 && (toks[k].Fold == "из" || toks[k].Fold == "от") {
				k-- // «представителей из России, США …»: whence they came
			}
			// the noun right before the list ("of"/"from" in English), or
			// «а именно» after envoys
			nounBefore := k >= 0 && !(k == ms[x].Tok0-1 && !toks[k].IsCyrillic()) && (contains(representativeNouns, toks[k].Fold) || diplomaticMissions(toks, k))
			if !nounBefore && !namelyAfterEnvoys(toks, ms[x].Tok0) {
				continue
			}
			// the list: countries, organisations and bodies, coordinated
			last := -1
			for y := x; y < len(ms); y++ {
				m := &ms[y]
				if last >= 0 && !listGap(toks[last:m.Tok0]) {
					break
				}
				last = m.Tok1
				if m.Kind != graph.KindCountry || (m.Via != ViaName && m.Via != ViaAbbrev) || named[m.Key] {
					continue
				}
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(m.Key), ViaOrigin
			}
		}
	}
}

// envoyNouns are the forms of «посол» and "ambassador" whose states a
// list introduced by «а именно», "namely" names.
var envoyNouns = []string{"послы", "послов", "послами", "послам", "ambassadors", "envoys"}

// namelyAfterEnvoys reports a list that starts at token t after «а
// именно», «в том числе», "namely", "including" or a colon, with envoys or
// representatives up to ten words before («послы нескольких государств –
// членов ЕС, а именно Венгрии, Греции …»).
func namelyAfterEnvoys(toks []text.Token, t int) bool {
	k := t - 1
	if k >= 1 && isDash(toks[k]) && toks[k-1].Text == ":" {
		k-- // «следующих стран: - Азербайджан …»: a bulleted list
	}
	switch {
	case k >= 1 && toks[k].Fold == "именно" && toks[k-1].Fold == "а":
		k -= 2
	case k >= 2 && toks[k].Fold == "числе" && toks[k-1].Fold == "том" && toks[k-2].Fold == "в":
		k -= 3
	case k >= 0 && (toks[k].Fold == "namely" || toks[k].Fold == "including" || toks[k].Text == ":"):
		k--
	default:
		return false
	}
	for n := k; n >= 0 && n > k-10; n-- {
		switch t := toks[n]; {
		case hasAnyPrefix(t.Fold, []string{"избирательн", "избирком", "центризбирком", "цик", "election", "electoral"}):
			// «представители избирательных органов следующих государств:
			// …»: the states' election bodies
			return false
		case contains(envoyNouns, t.Fold) || contains(representativeNouns, t.Fold):
			return true
		case t.Kind == text.Punct && t.Text != "," && !isDash(t):
			return false // («государств – членов ЕС»: a dash goes on)
		}
	}
	return false
}

// diplomaticMissions reports «(главы) дипломатических миссий», "diplomatic
// missions" ending at token k: the states' envoys.
func diplomaticMissions(toks []text.Token, k int) bool {
	return k > 0 && hasAnyPrefix(toks[k].Fold, []string{"мисси", "missions", "представительств"}) && hasAnyPrefix(toks[k-1].Fold, []string{"дипломатическ", "diplomatic"})
}

// listGap reports whether the tokens between two items of a list only
// join them («, », «и», «, а также», "and", "as well as").
func listGap(gap []text.Token) bool { return onlyJoiners(gap, 4, "of") || bulletGap(gap) }

// bulletGap reports the words between two items of a bulleted list a page
// ran into one sentence, each item with its count («… - Азербайджанская
// Республика - 2 - Кыргызская Республика - 2 …»): dashes and numbers.
func bulletGap(gap []text.Token) bool {
	dash := false
	for _, t := range gap {
		switch {
		case isDash(t):
			dash = true
		case t.Kind == text.Number || t.Text == "," || t.Text == ";":
		default:
			return false
		}
	}
	return dash && len(gap) <= 4
}

// statesmanTitles open the title of a state officer who may lead a
// delegation: a minister, an ambassador, a head of a parliament (whole
// forms of «посол»: «после» is no title).
var statesmanTitles = []string{"minister", "ambassador", "speaker", "министр", "спикер", "вице-спикер", "госсекретар"}

// statesmanWord reports a word that opens a state officer's title.
func statesmanWord(f string) bool {
	switch f {
	case "посол", "посла", "послом", "послу":
		return true
	}
	return hasAnyPrefix(f, statesmanTitles)
}

// commissionTitles open the title of a commission's officer.
var commissionTitles = []string{"председател", "заместител", "член", "секретар", "цик", "chair", "commissioner", "member", "secretary", "cec"}

// leaderKind reads the title after "led by", "headed by", «во главе с» at
// token k: "commission" for a commission officer's («во главе с
// секретарем ЦИК»), "state" for a state officer's ("led by Foreign
// Minister X"), whichever comes first within four words; "" otherwise.
func leaderKind(toks []text.Token, k int) string {
	switch {
	case k+1 < len(toks) && (toks[k].Fold == "led" || toks[k].Fold == "headed") && toks[k+1].Fold == "by":
		k += 2
	case k+2 < len(toks) && toks[k].Fold == "во" && toks[k+1].Fold == "главе" && (toks[k+2].Fold == "с" || toks[k+2].Fold == "со"):
		k += 3
	default:
		return ""
	}
	for n := k; n < len(toks) && n <= k+3; n++ {
		switch f := toks[n].Fold; {
		case hasAnyPrefix(f, commissionTitles):
			return "commission"
		case statesmanWord(f):
			return "state"
		case hasAnyPrefix(f, []string{"представител", "envoy", "representative"}) && slices.ContainsFunc(toks[n+1:min(n+4, len(toks))], func(t text.Token) bool { return hasAnyPrefix(t.Fold, []string{"президент", "president"}) }):
			// «во главе со специальным представителем президента», "led by
			// the President's Special Envoy"
			return "state"
		}
	}
	return ""
}

// delegationLedByCommission reports a delegation whose words end at token
// k that a commission officer leads («белорусская делегация во главе с
// секретарем Центральной избирательной комиссии»): the commission's.
func delegationLedByCommission(toks []text.Token, k int) bool {
	return leaderKind(toks, k) == "commission"
}

// delegationLedByStatesman reports a delegation named by tokens [t0, t1)
// that the words after it say a state officer leads ("led by Foreign
// Minister X", "headed by Ambassador X", «во главе с министром …»); a
// commission's chair with an ambassador beside him still leads a
// commission's delegation.
func delegationLedByStatesman(toks []text.Token, t0, t1 int) bool {
	return namesDelegation(toks[t0:t1]) && leaderKind(toks, t1) == "state"
}

// namesDelegation reports a word of a delegation among toks ("a German
// delegation", «белорусская делегация»).
func namesDelegation(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return hasAnyPrefix(t.Fold, []string{"delegation", "делегаци"}) })
}

// OfficialsOfStates decides whose "election officials from Mali" are: the
// country's election body where the article names it, by name or through
// the office of a person ("Kenya's Election Commissioner Ken Nyaundi"),
// else its state (GOLD.md: a country named without its election body is
// CC/GOV). It runs once persons are known.
type OfficialsOfStates struct{}

// Run rekeys the mentions marked ViaOfficials.
func (OfficialsOfStates) Run(a *Analysis) {
	named := map[string]bool{}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && (m.Via == ViaName || m.Via == ViaAbbrev) {
				named[m.Key] = true
			}
		}
	}
	for _, p := range a.persons.people {
		if !p.excluded && p.org != "" {
			named[p.org] = true
		}
	}
	for i := range a.Mentions {
		for x := range a.Mentions[i] {
			m := &a.Mentions[i][x]
			if m.Via != ViaOfficials {
				continue
			}
			if named[m.Key] {
				m.Via = ViaName
			} else {
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(graph.CountryOf(m.Key)), ViaOrigin
			}
		}
	}
}

// coordinatedEmbassies reads an embassy named without its country after a
// body of one, in one coordination ("Observers from the Russian CEC and the
// Embassy in Bangladesh", «наблюдатели ЦИК России и посольства в
// Бангладеш»): the first one's state; the country after "in" is where the
// embassy is.
func (a *Analysis) coordinatedEmbassies() {
	for i, s := range a.Sentences {
		if !a.hasPhrase(i, "embassy", "посольств") {
			continue // (most sentences: no walk over their words)
		}
		toks := s.Tokens
		for k := 2; k < len(toks); k++ {
			if f := toks[k].Fold; f != "embassy" && !hasAnyPrefix(f, []string{"посольств"}) || a.insideMention(i, k) {
				continue
			}
			if k+1 < len(toks) && (toks[k+1].Fold == "of" || a.insideMention(i, k+1)) {
				continue // "the Embassy of Japan", «посольства Японии»: its own
			}
			and := k - 1
			if toks[and].Fold == "the" {
				and--
			}
			if and < 1 || toks[and].Fold != "and" && toks[and].Fold != "и" {
				continue
			}
			for _, m := range a.Mentions[i] {
				if m.Tok1 != and || m.Kind != graph.KindBody && m.Kind != graph.KindGovernment {
					continue
				}
				if cc := graph.CountryOf(m.Key); cc != "" && cc != "??" {
					mm := Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(cc), Via: ViaOrigin, Tok0: and + 1, Tok1: k + 1}
					span(s, &mm)
					a.addMention(i, mm)
				}
				break
			}
		}
	}
}

// statesmanLeadsBefore reports a delegation named by tokens [t0, t1) that
// the verb right before it says a state officer named before the verb
// leads («Специальный представитель Китая X возглавит китайскую делегацию
// наблюдателей», "Foreign Minister X will lead the Japanese delegation").
func statesmanLeadsBefore(toks []text.Token, t0, t1 int) bool {
	if !namesDelegation(toks[t0:t1]) || t0 < 2 {
		return false
	}
	v := t0 - 1
	if toks[v].Fold == "the" {
		v--
	}
	if v < 1 || !contains([]string{"возглавит", "возглавил", "возглавила", "возглавляет", "возглавлял", "возглавляла", "lead", "leads", "led", "heads", "headed"}, toks[v].Fold) {
		return false
	}
	for k := 0; k < v; k++ {
		if toks[k].Kind == text.Punct && toks[k].Text != "," && toks[k].Text != "-" {
			return false
		}
		if statesmanWord(toks[k].Fold) || hasAnyPrefix(toks[k].Fold, []string{"специальн", "special"}) && k+1 < v && hasAnyPrefix(toks[k+1].Fold, []string{"представител", "representative", "envoy"}) {
			return true
		}
	}
	return false
}
