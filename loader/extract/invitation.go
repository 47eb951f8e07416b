package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// InvitationRule finds invitations, one fact per invitee. The frame depends
// on the trigger's form:
//
//   - «X пригласил(а) Y, Z и W …», "X invited Y and Z": from is the subject
//     before the verb (a country named as subject is its government), to is
//     every item of the list after it;
//   - «X направил приглашение Y», «подтвердил приглашение …»: the same, the
//     invitee in the dative after the noun;
//   - «Y приглашены …», «приглашены представители ПАСЕ, ОБСЕ и ООН»,
//     «Приглашение было направлено Y», «Приглашения получили Y и Z», "Y were
//     invited": the invitees are the list (after the verb, else before it);
//     with no agent named, invitations to observe come from the government of
//     the country whose election the article reports (the state invites its
//     election's observers), others from the home body;
//   - «по приглашению X …», "at the invitation of X": from is X, to the
//     subject of the sentence, else the visitor named just before;
//   - «Y принял приглашение X», "Y accepted X's invitation": from X, to Y.
//
// Purpose: observe, event or visit. A denied invitation gives nothing.
type InvitationRule struct{}

var invitationStems = []string{"приглас", "приглаш", "invit"}

// Run adds invitation facts.
func (r InvitationRule) Run(a *Analysis) {
	lastObserve := -10 // the last sentence that invited to observe
	for i := range a.Sentences {
		j := a.triggerAt(i, 0, invitationStems...)
		var from string
		var to []string
		fronted, subject, sameAsBefore := a.frontedInvitation(i)
		if fronted >= 0 {
			// «Приглашения ЦИК направила в Европейский парламент, Совет
			// Европы …», «Соответствующие запросы ЦИК направила в …»
			j = fronted
			from, to = a.frontedInvitationRoles(i, subject)
		} else if from, to = a.invitationResponses(i); from == "" {
			if j < 0 {
				// "CEC Thapaliya urged Ambassador Yutaka to conduct election
				// observation": asked to observe is invited to
				if from, to = a.urgedToObserve(i); from == "" {
					continue
				}
			} else {
				from, to = a.invitationRoles(i, j)
			}
		}
		// "the countries invited included those associated with A-WEB":
		// the group the invitees belong to is not invited itself
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindOrganization && contains(to, m.Key) && a.membershipOf(i, m) && !slices.ContainsFunc(a.Mentions[i], func(o Mention) bool { return o.Key == m.Key && !a.membershipOf(i, o) }) {
				to = slices.DeleteFunc(slices.Clone(to), func(k string) bool { return k == m.Key })
			}
		}
		if from != "" && len(to) == 0 {
			// "invitations were sent to the following organisations:" and
			// the organisations one to a line below
			to = a.listedBelow(i)
		}
		if from != "" && j >= 0 && (len(to) == 0 || len(to) == 1 && to[0] == from) {
			// "Heads of 20 EMBs, namely A, B … have arrived to witness the
			// elections. More than 65 such delegates have been invited by
			// X": the observers the sentence before named
			to = a.suchObservers(i, j, from)
		}
		if from == "" || len(to) == 0 || a.manyForExample(i) || a.counterfactual(i) || a.hasPhrase(i, dutyWords...) {
			// (not "it is the duty of Nepal, as the chair of SAARC, to
			// invite member countries": what one should do)
			continue
		}
		if j >= 0 {
			if e := a.passiveVerbEnd(i, j); e > j && a.negated(i, e) {
				continue // «пока никому приглашения не направлены»
			}
			if invitationNotReceived(a.Sentences[i].Tokens, j) {
				continue // «приглашения от украинской стороны … не поступало»
			}
		}
		purpose := a.invitationPurpose(i)
		if b := a.requestsBefore(i); sameAsBefore && purpose == "visit" && b >= 0 {
			// «Соответствующие запросы …»: the purpose the sentence
			// before gave them
			purpose = a.invitationPurpose(b)
		}
		if j >= 0 && missionMembersClause(a.Sentences[i].Tokens, j) {
			// «В миссию, прибывшую по приглашению президента Армении, вошли
			// представители МПА СНГ, …»: the mission was invited, not each
			// of its members
			to = nil
			if o := a.missionOwnerBefore(i); o != "" && o != from {
				to = []string{o}
			}
			if len(to) == 0 {
				continue
			}
		}
		if o := a.soleObserverOrganisation(); purpose == "visit" && o != "" && bareMissionOpens(a.Sentences[i].Tokens) && contains(to, o) {
			// «Миссия работает по приглашению Республики Казахстан»: the
			// article's observer mission, invited to observe
			purpose = "observe"
		}
		if purpose == "visit" && i-lastObserve <= 3 && !a.hasPhrase(i, "визит", "посет", "посещ", "поездк", "visit", "tour", "trip") {
			// "… invited 46 countries to observe the elections. Invitations
			// were also extended to … Specific invitations were sent to …":
			// the same invitations, to observe
			purpose = "observe"
		}
		if purpose == "observe" {
			lastObserve = i
			to = append(to, a.statesClosingList(i, to, from)...)
		}
		froms := append([]string{from}, a.coInviters(i, j, from, to)...)
		hs := a.electionHosts(i)
		if len(hs) < 2 {
			hs = a.countriesAfterElection(i)
		}
		if purpose == "observe" && len(hs) > 1 && graph.KindOf(from) == graph.KindGovernment && contains(hs, graph.CountryOf(from)) && !anyCountryOf(to, hs) {
			// «приглашения на выборы … Таджикистана и Киргизии»: each
			// state invites to its own election
			froms = nil
			for _, h := range hs {
				froms = append(froms, graph.GovernmentKey(h))
			}
		}
		date := a.sentenceDate(i)
		if date != "" && purpose == "observe" && !slices.ContainsFunc(a.Sentences[i].Tokens, func(t text.Token) bool { return t.Text == date[:4] }) {
			// "invited … for the January 7 polls" in December: next year's
			date = a.electionAhead(date)
		}
		if date == "" && purpose == "observe" {
			// an invitation to observe an election is dated by its day
			// (GOLD.md: the date the text gives)
			date = a.electionDay()
		}
		for _, from := range froms {
			for _, t := range to {
				if t == from || ownElection(from, t) {
					continue
				}
				a.emit(graph.Fact{Type: graph.Invitation, From: from, To: t, Purpose: purpose, Date: date, Evidence: a.evidence(i, "invitation")})
			}
		}
		if purpose == "observe" && a.invitationAccepted(i) {
			// «Первыми на приглашение ЦИК откликнулись представители СНГ,
			// ШОС и БДИПЧ», "X and Y accepted the invitation to observe":
			// they will observe the election
			if cc := a.acceptedElectionCountry(i, from); cc != "" {
				for _, t := range to {
					if t != from && graph.CountryOf(t) != cc {
						a.emit(graph.Fact{Type: graph.Observation, Observer: t, Country: cc, Year: a.docYear(), Evidence: a.evidence(i, "observation")})
					}
				}
				// "… are A and B, which would be co-led by C and D": the
				// states that co-lead them observe too
				for _, st := range a.coLeadersAfter(i) {
					if graph.CountryOf(st) != cc {
						a.emit(graph.Fact{Type: graph.Observation, Observer: st, Country: cc, Year: a.docYear(), Evidence: a.evidence(i, "observation")})
					}
				}
			}
		}
	}
}

// relativeInvitationTo returns, for the noun "invitation" at token j of
// sentence i followed by a relative clause whose verb sends it ("the
// invitation that the Tribunal has extended to the OAS"), the token of
// "to" that opens the invitees, or -1.
func (a *Analysis) relativeInvitationTo(i, j int) int {
	toks := a.Sentences[i].Tokens
	if !strings.HasPrefix(toks[j].Fold, "invitation") {
		return -1
	}
	for k := j + 2; k+1 < len(toks) && k <= j+12; k++ {
		if toks[k].Kind == text.Punct && !a.insideMention(i, k) {
			return -1
		}
		if hasAnyPrefix(toks[k].Fold, []string{"extended", "sent", "issued", "addressed", "made"}) {
			if toks[k+1].Fold == "to" && a.firstMentionAfter(i, k+1) <= k+3 {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// stateOfficerBefore returns the state of the person named right before
// token j of sentence i, as the subject, when the article gives him an
// office of his state (a speaker of parliament, a minister), else "".
func (a *Analysis) stateOfficerBefore(i, j int) string {
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindPerson || m.Tok1 > j || m.Tok1 < j-2 {
			continue
		}
		for _, r := range a.persons.named(m.Key) {
			if graph.KindOf(r.org) == graph.KindGovernment {
				return r.org
			}
			if graph.KindOf(r.office) == graph.KindGovernment {
				return r.office
			}
		}
	}
	return ""
}

// bareMissionOpens reports a sentence that opens with a bare "The
// mission", "The observer mission", «Миссия».
func bareMissionOpens(toks []text.Token) bool {
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k < len(toks) && (toks[k].Fold == "observer" || toks[k].Fold == "observation" || toks[k].Fold == "election") {
		k++
	}
	return k < len(toks) && (toks[k].Fold == "mission" || toks[k].Fold == "миссия" || toks[k].Fold == "team" || toks[k].Fold == "group")
}

// reportedMissionSubject returns, for a reported clause before token j of
// sentence i whose subject is a bare "the mission" ("… said the mission
// was going to …", "said that the delegation will …"), the owner of the
// mission the sentence names before the verb of saying, else of the one
// the sentences before name, or "".
func (a *Analysis) reportedMissionSubject(i, j int) string {
	toks := a.Sentences[i].Tokens
	for s := j - 1; s > 0; s-- {
		f := toks[s].Fold
		if f != "said" && f != "says" && f != "stated" && f != "told" && f != "announced" {
			continue
		}
		k := s + 1
		if k < j && toks[k].Fold == "that" {
			k++
		}
		if k+1 >= j || toks[k].Fold != "the" || !contains([]string{"mission", "delegation", "team", "group", "observers"}, toks[k+1].Fold) {
			return ""
		}
		for mj := 0; mj < s; mj++ {
			if !hasAnyPrefix(toks[mj].Fold, missionWords) {
				continue
			}
			for _, m := range a.Mentions[i] {
				if m.Tok1 <= s && missionOwnerAt(toks, mj, m) {
					return m.Key
				}
			}
		}
		return a.missionOwnerBefore(i)
	}
	return ""
}

// coInviters returns the inviters coordinated with from after «по
// приглашению», "at the invitation of" at token j of sentence i ("at the
// invitation of the PNG Government and the PNG Electoral Commission"),
// none of them an invitee.
func (a *Analysis) coInviters(i, j int, from string, to []string) []string {
	toks := a.Sentences[i].Tokens
	if j < 1 || !(toks[j-1].Fold == "по" || toks[j-1].Fold == "the" && j >= 2 && atWord(toks[j-2].Fold)) {
		return nil
	}
	after := a.listAfter(i, j)
	if len(after) < 2 || after[0].Key != from {
		return nil
	}
	var out []string
	end := after[0].Tok1
	for _, m := range after[1:] {
		if m.Tok0 <= end || !allConjOrThe(toks[end:m.Tok0]) || !slices.ContainsFunc(toks[end:m.Tok0], func(t text.Token) bool { return isConj(t) || isSlash(t) }) {
			break
		}
		if m.Key != from && !contains(to, m.Key) && !contains(out, m.Key) {
			out = append(out, m.Key)
		}
		end = m.Tok1
	}
	return out
}

// invitationAccepted reports a sentence saying the invited answered or
// accepted the invitation («откликнулись», «приняли приглашение»,
// "accepted the invitation", "responded to the invitation").
func (a *Analysis) invitationAccepted(i int) bool {
	return a.hasPhrase(i, "откликнул", "приняли приглашение", "принял приглашение", "приняла приглашение", "accepted the invitation", "accepted an invitation", "accepted invitation", "responded to the invitation", "have accepted", "has accepted", "invited and confirmed", "have confirmed their participation", "confirmed their participation", "подтвердили участие", "подтвердили свое участие", "подтвердили своё участие") && !a.hasPhrase(i, unconfirmedWords...)
}

// coLeadersAfter returns the states named after "co-led by" ("co-chaired
// by") in sentence i, or nil.
func (a *Analysis) coLeadersAfter(i int) []string {
	v := a.findStem(i, 0, "co-led", "co-chaired")
	toks := a.Sentences[i].Tokens
	if v < 0 || v+1 >= len(toks) || toks[v+1].Fold != "by" {
		return nil
	}
	return a.countriesAfter(i, v+1)
}

// acceptedElectionCountry returns the country of the election an accepted
// invitation of sentence i is to: the one the sentence names, else the
// article's, else the inviter's.
func (a *Analysis) acceptedElectionCountry(i int, from string) string {
	if hs := a.electionHosts(i); len(hs) == 1 {
		return hs[0]
	}
	if a.Frame.ElectionCountry != "" {
		return a.Frame.ElectionCountry
	}
	return graph.CountryOf(from)
}

// invitationRoles reads who invites and who is invited around the trigger
// at token j of sentence i.
func (a *Analysis) invitationRoles(i, j int) (from string, to []string) {
	toks := a.Sentences[i].Tokens
	prev := func(k int) string {
		if j-k >= 0 {
			return toks[j-k].Fold
		}
		return ""
	}
	next := func(k int) string {
		if j+k < len(toks) {
			return toks[j+k].Fold
		}
		return ""
	}
	before := a.actorsBeforeOutsideGroups(i, j)
	if f, t := a.objectFirstInvitation(i, j); f != "" {
		return f, t
	}
	if toks[j].Fold == "inviting" && prev(1) == "for" {
		// "In thanking the Solomon Islands for inviting the Forum to
		// observe": the one thanked invited the one right after the verb
		if t := a.findStemBefore(i, j, 10, "thank", "gratitude", "appreciation", "grateful"); t >= 0 {
			from, to := "", ""
			for _, m := range a.Mentions[i] {
				k := a.actorKey(m)
				if m.Kind == graph.KindCountry {
					k = graph.GovernmentKey(m.Key)
				}
				switch {
				case k == "":
				case m.Tok0 > t && m.Tok1 < j:
					from = k
				case m.Tok0 > j && m.Tok0 <= j+2 && to == "":
					to = k
				}
			}
			if from != "" && to != "" && from != to {
				return from, []string{to}
			}
		}
	}
	if prev(1) == "за" || prev(1) == "for" || prev(1) == "the" && prev(2) == "for" {
		// «Б. Кучкаров, выразив признательность за приглашение …», "thanked
		// the Commission for the invitation"
		if t := a.findStemBefore(i, j, 8, "признательност", "благодар", "поблагодар", "thank", "gratitude", "appreciation", "grateful"); t >= 0 {
			return a.thankedInvitation(i, t, j)
		}
	}
	if hasAnyPrefix(prev(1), []string{"принят", "accept"}) && (prev(2) == "за" || prev(3) == "за" || prev(2) == "for" || prev(3) == "for" || prev(2) == "the" && prev(3) == "for") {
		// «выразила благодарность Тюркскому совету за любезное принятие
		// приглашения», "thanked X for accepting the invitation": the one
		// who thanks invited the one thanked
		if t := a.findStemBefore(i, j, 10, "признательност", "благодар", "поблагодар", "thank", "gratitude", "appreciation", "grateful"); t >= 0 {
			if host, guests := a.thankedInvitation(i, t, j); host != "" && len(guests) == 1 {
				return guests[0], []string{host}
			}
			if len(toks) > 0 && hasAnyPrefix(toks[0].Fold, []string{"председател", "глава", "chair"}) && a.Home != "" && a.Home != "??" {
				// «Председатель выразила благодарность …»: the home body's
				// chair thanks the one named after the thanks
				for _, m := range a.Mentions[i] {
					if k := a.actorKey(m); k != "" && m.Tok0 > t && m.Tok1 <= j && k != a.homeBody() {
						return a.homeBody(), []string{k}
					}
				}
			}
		}
	}
	if f, to := a.deliveredTo(i, j); f != "" {
		return f, to
	}
	if to := a.passiveAddressee(i, j); to != "" {
		// «приглашение для наблюдения за выборами было передано
		// Федеральной избирательной комиссии США»: the default inviter
		if f := a.defaultInviter(i); f != "" && f != to {
			return f, []string{to}
		}
		return "", nil
	}
	if to := a.addresseeBefore(i, j); to != "" {
		// «В адрес ЦИК Грузии направлено приглашение ЦИК Армении …»: the
		// addressee is invited, by the one named right after the noun or
		// else by the default inviter
		for _, m := range a.Mentions[i] {
			if m.Tok0 == j+1 && a.actorKey(m) != "" && a.actorKey(m) != to {
				return a.actorKey(m), []string{to}
			}
		}
		if f := a.defaultInviter(i); f != to {
			return f, []string{to}
		}
		return "", nil
	}
	switch {
	case prev(1) == "по" || prev(2) == "по" && isAdjective(prev(1)) || prev(1) == "the" && (atWord(prev(2)) || atWord(prev(3))) || prev(2) == "the" && atWord(prev(3)) || (prev(1) == "upon" || prev(1) == "on" && a.actorStartsBetween(i, j+1, j+4)) && next(1) == "of" || (prev(1) == "an" || prev(1) == "the") && (prev(2) == "on" || prev(2) == "upon") && next(1) == "of" && a.actorStartsBetween(i, j+1, j+4) ||
		prev(1) == "с" && prev(2) == "соответствии" || prev(1) == "согласно" || prev(1) == "основании" && prev(2) == "на" || prev(1) == "следуя" || prev(2) == "следуя" && isAdjective(prev(1)):
		// «по приглашению X», "at the (official) invitation of X", "upon
		// invitation of X" ("on invitation of" when an actor follows: not
		// "a resolution on invitation of international observers"), «в
		// соответствии с приглашением X», «согласно приглашению X», «следуя
		// официальному приглашению властей X»
		g, byCountry := a.countryInviterAt(i, j)
		if a.firstMentionAfter(i, j) > j+4 && !byCountry {
			return "", nil
		}
		after := a.listAfter(i, j)
		if byCountry {
			// «По приглашению Туркменистана миссия СНГ …»: a country named
			// without its election body invites as its state (GOLD.md)
			var later []Mention
			for _, m := range after {
				if m.Tok0 >= g.Tok1 {
					later = append(later, m)
				}
			}
			after = append([]Mention{g}, later...)
		}
		if len(after) == 0 {
			return "", nil
		}
		from = after[0].Key
		if owner := a.reportedMissionSubject(i, j); owner != "" && owner != from {
			// "X, who heads the SADC Observation Mission, said the mission
			// was going to Zimbabwe at the invitation of …": the mission
			// is invited, not the speaker
			return from, []string{owner}
		}
		var rest []string
		for _, m := range before {
			rest = append(rest, m.Key)
		}
		// the subject may follow the phrase: «По приглашению X делегация Y …»,
		// «… примут участие представители ЦИК A, B и C» (each of the list)
		if len(rest) == 0 {
			// past the inviters, coordinated ("the PNG Government and the
			// PNG Electoral Commission (PNGEC)"), and an abbreviation of the
			// last in brackets
			toks := a.Sentences[i].Tokens
			end := after[0].Tok1
			n := 1
			for n < len(after) && after[n].Tok0 >= end && allConjOrThe(toks[end:after[n].Tok0]) && after[n].Tok0 > end {
				end = after[n].Tok1
				n++
			}
			if n > 1 && !slices.ContainsFunc(toks[after[0].Tok1:end], func(t text.Token) bool { return t.Text != "," && (isConj(t) || isSlash(t)) }) {
				// «Следуя приглашению властей Беларуси, БДИПЧ ОБСЕ
				// открывает …»: a comma with no «и» after it closes the
				// phrase; the subject follows
				end = after[0].Tok1
			}
			if end+2 < len(toks) && toks[end].Text == "(" && toks[end+2].Text == ")" {
				end += 3
			}
			for _, m := range a.Mentions[i] {
				if m.Kind == graph.KindCountry && m.Tok0 >= end && introEndsAt(toks, m.Tok0-1) && a.countrySendsObservers(i, m) {
					// "At the invitation of the PNG Government and the PNG
					// Electoral Commission, Australia will observe …"
					return from, []string{graph.GovernmentKey(m.Key)}
				}
				if m.Tok0 >= end && a.supporter(i, m.Tok0) {
					continue // «… и по согласованию с МИД России …»: no invitee
				}
				if k := a.actorKey(m); m.Tok0 >= end && k != "" && !strings.HasPrefix(k, "??") && k != from {
					for _, l := range a.listAfter(i, m.Tok0-1) {
						if l.Key != from && !contains(rest, l.Key) {
							rest = append(rest, l.Key)
						}
					}
					if len(rest) > 0 {
						return from, rest
					}
					break
				}
			}
		}
		if len(rest) == 0 && len(toks) > 0 && toks[len(toks)-1].Text == ":" {
			// «По приглашению председателя ЦИК X … приняли участие:» and
			// the list of those who came, one to a line
			for _, k := range a.listedBelow(i) {
				if k != from && graph.KindOf(k) != graph.KindPerson && !contains(rest, k) {
					rest = append(rest, k)
				}
			}
		}
		if len(rest) == 0 {
			// «Группа китайских наблюдателей по приглашению Камбоджи посетила
			// страну для наблюдения»: the observers the sentence names
			if obs := a.observersOfSentence(i); len(obs) > 0 && !contains(obs, from) {
				return from, obs
			}
		}
		if len(rest) == 0 && bareMissionOpens(a.Sentences[i].Tokens) {
			// "The mission is at the invitation of the Solomon Islands
			// Electoral Commission": the mission named before
			o := a.missionOwnerBefore(i)
			if o == "" {
				// «Миссия работает по приглашению Республики Казахстан»
				// over an article about one mission: that mission
				o = a.soleObserverOrganisation()
			}
			if o != "" && o != from {
				rest = append(rest, o)
			}
		}
		if len(rest) == 0 && !a.hasPhrase(i, genericInvitees...) {
			// the visitor named just before: «Делегация … посетит Молдову. … визит состоится по приглашению …»
			// (not «по приглашению ЦИК было аккредитовано 825 наблюдателей от
			// иностранных государств»: those it names, no one in particular)
			if p := a.partyJustBefore(i, from); p != "" {
				rest = append(rest, p)
			}
		}
		if len(rest) == 0 && a.Home != "" && a.Home != "??" && graph.CountryOf(from) != a.Home && a.bareTitleSubject(i, j) {
			// "In April, the Chief Election Commissioner led a delegation to
			// Nairobi on the invitation of the Kenyan government": the
			// article's own body's head
			rest = append(rest, a.homeBody())
		}
		if len(rest) == 0 {
			return "", nil
		}
		return from, rest[:1]
	case strings.HasPrefix(prev(1), "принял") || strings.HasPrefix(prev(1), "принима") || strings.HasPrefix(prev(1), "accept") || strings.HasPrefix(prev(1), "поддержал") || strings.HasPrefix(prev(1), "supported"):
		// «Y принял приглашение X», «государства ШОС поддержали приглашение
		// Казахстана»
		after := a.listAfter(i, j)
		if len(after) == 0 {
			// a state named alone right after the noun: its government's
			for _, m := range a.Mentions[i] {
				if m.Kind == graph.KindCountry && m.Via == ViaName && m.Tok0 == j+1 {
					after = []Mention{{Kind: graph.KindGovernment, Key: graph.GovernmentKey(m.Key), Tok0: m.Tok0, Tok1: m.Tok1}}
				}
			}
		}
		if len(before) == 0 || len(after) == 0 {
			return "", nil
		}
		return after[0].Key, []string{before[len(before)-1].Key}
	case a.receivedAt(i, j) > j || strings.HasPrefix(prev(1), "получил") || strings.HasPrefix(prev(1), "received") || (isAdjective(prev(1)) || prev(1) == "official" || prev(1) == "an" || prev(1) == "the") && (strings.HasPrefix(prev(2), "получил") || strings.HasPrefix(prev(2), "received")):
		// «Приглашения (наблюдать за выборами) получили Y и Z», «Y получил приглашение от X»
		if len(before) == 0 && a.unnamedSubject(i, j) {
			// "The Commission also received invitations from X"
			before = []Mention{{Kind: graph.KindBody, Key: a.homeBody()}}
		}
		if sb := a.quotedSpeakerBody(i); len(before) == 0 && sb != "" {
			// «"Мы уже получили приглашения на выборы …", – сказал А.
			// Вешняков»: "we" are the speaker's body
			before = []Mention{{Kind: graph.KindOf(sb), Key: sb}}
		}
		if k := a.receivedAt(i, j); k > j {
			if f := a.fromAfterNoun(i, j); f > j && f < k && len(a.listAfter(i, k)) == 0 {
				// «приглашение от белорусской стороны ЦИК РФ уже получил»:
				// the object first, the subject right before its verb
				if after := a.listAfter(i, f); len(after) > 0 {
					for _, m := range a.Mentions[i] {
						if key := a.actorKey(m); key != "" && key != after[0].Key && m.Tok0 >= after[0].Tok1 && m.Tok1 <= k && m.Tok1 >= k-2 {
							return after[0].Key, []string{key}
						}
					}
				}
			}
			return a.defaultInviter(i), keys(a.listAfter(i, k))
		}
		if k := a.fromAfterNoun(i, j); k > j {
			// «Y получил приглашение (с визитом) от X»
			if after := a.listAfter(i, k); len(after) > 0 {
				return after[0].Key, keys(before)
			}
		}
		return a.defaultInviter(i), keys(before)
	case hasAnyPrefix(prev(1), []string{"передал", "передан", "вручил", "вручен", "handed", "conveyed", "delivered"}) && a.firstMentionAfter(i, j) <= j+2:
		// «Посол передал приглашение Избирательного штаба Ирана …», "handed
		// over the invitation of X to Y": the owner of the invitation
		// invites; the invited is named after it, else is the host of the
		// sentence before («… принял посла …»)
		after := a.listAfter(i, j)
		if len(after) == 0 {
			return "", nil
		}
		from = after[0].Key
		for _, m := range a.Mentions[i] {
			if k := a.actorKey(m); m.Tok0 > after[0].Tok1 && k != "" && k != from && !strings.HasPrefix(k, "??") {
				return from, []string{k}
			}
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			for _, p := range a.parties(k) {
				if p != from && graph.CountryOf(p) != graph.CountryOf(from) && graph.KindOf(p) != graph.KindGovernment {
					return from, []string{p}
				}
			}
		}
		return "", nil
	case a.arrivedFrom(i, j) > j:
		// «Соответствующее приглашение поступило от ЦИК Узбекистана», "An
		// invitation was received from X": the inviter after «от», the
		// invited the sentence's subject, else the visitor named just before,
		// else the article's own body
		after := a.listAfter(i, a.arrivedFrom(i, j))
		if len(after) == 0 {
			return "", nil
		}
		from = after[0].Key
		for _, m := range before {
			if m.Key != from {
				return from, []string{m.Key}
			}
		}
		if p := a.partyJustBefore(i, from); p != "" {
			return from, []string{p}
		}
		return from, []string{a.homeBody()}
	case (next(1) == "that" || next(1) == "which") && a.relativeInvitationTo(i, j) > j:
		// "the invitation that the Electoral Tribunal has extended to the
		// OAS": the relative clause's subject invites whom it names after
		// "to"
		var from string
		for _, m := range a.Mentions[i] {
			if k := a.actorKey(m); k != "" && m.Tok0 > j && m.Tok0 <= j+4 {
				from = k
				break
			}
		}
		var to []string
		for _, m := range a.listAfter(i, a.relativeInvitationTo(i, j)) {
			if m.Key != from && !contains(to, m.Key) {
				to = append(to, m.Key)
			}
		}
		return from, to
	case (next(1) == "from" || next(1) == "от") && hasAnyPrefix(toks[j].Fold, []string{"invitation", "приглашени"}):
		// "OSCE says that following an invitation from the Ministry of
		// Foreign Affairs of Tajikistan …": the inviter after "from", the
		// invited the sentence's subject
		after := a.listAfter(i, j)
		if len(after) == 0 {
			return "", nil
		}
		if len(before) == 0 {
			// "Following an invitation from the Government of Armenia, the
			// OSCE/ODIHR deployed …": the subject of the clause after the
			// comma is the one invited
			for _, m := range a.Mentions[i] {
				if k := a.actorKey(m); k != "" && m.Tok0 > after[0].Tok1 && k != after[0].Key && m.Tok0 > 1 && (toks[m.Tok0-1].Text == "," || toks[m.Tok0-1].Fold == "the" && toks[m.Tok0-2].Text == ",") {
					return after[0].Key, []string{k}
				}
			}
			return "", nil
		}
		if c := a.reportedClause(i); c >= 0 && c < j && before[len(before)-1].Tok1 <= c {
			// "OSCE says that following an invitation from X …, ODIHR has
			// deployed …": the speaker is not invited; the subject of the
			// clause the invitation leads into is
			for _, m := range a.Mentions[i] {
				if k := a.actorKey(m); k != "" && m.Tok0 > after[0].Tok1 && k != after[0].Key && m.Tok0 > 0 && a.Sentences[i].Tokens[m.Tok0-1].Text == "," {
					return after[0].Key, []string{k}
				}
			}
		}
		to := minus(keys(before), []string{after[0].Key})
		if len(to) > 1 {
			to = to[:1]
		}
		return after[0].Key, to
	case a.passiveInvitation(i, j):
		if sb := a.quotedSpeakerBody(i); len(before) == 0 && sb != "" && a.firstPersonBefore(i, j) {
			// "“We have been invited by X …,” the IEBC chairman said": the
			// speaker's body is the one invited
			before = []Mention{{Kind: graph.KindOf(sb), Key: sb}}
		}
		if next(1) == "by" || next(1) == "from" && a.actorStartsBetween(i, j+2, j+4) {
			// "X has been invited by the Election Commission of Nepal": the
			// agent invites the subject ("is invited from the Albanian
			// Government" too)
			if after := a.listAfter(i, j); len(after) > 0 && len(before) > 0 {
				to := minus(keys(before), []string{after[0].Key})
				return after[0].Key, to
			}
			// "Observers from India and Nepal will be invited by X": the
			// states that send them
			if after := a.listAfter(i, j); len(after) > 0 {
				if to := a.sendersBefore(i, j); len(to) > 0 {
					return after[0].Key, to
				}
			}
		}
		if e := a.passiveVerbEnd(i, j); len(before) > 0 && e+1 < len(toks) && (toks[e+1].Fold == "to" || toks[e+1].Fold == "на") {
			if b := a.findStem(i, e+1, "by"); b > e && toks[b].Fold == "by" {
				// "X has been invited to the conference of Y in Seoul by Z":
				// the agent invites
				if after := a.listAfter(i, b); len(after) > 0 {
					to := minus(keys(before), []string{after[0].Key})
					return after[0].Key, to
				}
			}
			// "X has been invited to the annual conference of the Electoral
			// Commissions Forum of SADC Countries", «приглашен на
			// конференцию Ассоциации …»: the organisation whose conference
			// it is invites X (named right after the event's noun)
			for ev := e + 2; ev < len(toks) && ev <= e+6; ev++ {
				if !isEventWord(toks[ev].Fold) {
					continue
				}
				at := ev + 1
				if at < len(toks) && toks[at].Fold == "of" {
					at++
					if at < len(toks) && toks[at].Fold == "the" {
						at++
					}
				}
				for _, m := range a.Mentions[i] {
					if m.Tok0 == at && (m.Kind == graph.KindOrganization || m.Kind == graph.KindBody) {
						to := minus(keys(before), []string{m.Key})
						return m.Key, to
					}
				}
				break
			}
		}
		after := a.listAfter(i, a.passiveVerbEnd(i, j))
		if e := a.passiveVerbEnd(i, j); len(after) > 0 && len(before) > 0 && strings.HasPrefix(toks[j].Fold, "приглашен") && !strings.HasPrefix(toks[j].Fold, "приглашени") && after[0].Tok0 == e+1 {
			// «ЦИК Грузии приглашен ЦИК Армении для наблюдения»: the
			// subject is invited by the agent right after the participle
			// (an abbreviation shows no instrumental)
			to := minus(keys(before), []string{after[0].Key})
			if len(to) > 0 {
				return after[0].Key, to
			}
		}
		if len(after) > 0 && instrumentalAt(a.Sentences[i].Tokens, after[0].Tok0) {
			// «Приглашение было направлено российскими коллегами»: the
			// instrumental after a Russian passive is its agent; the one
			// invited is the article's own body
			if to := a.homeBody(); to != after[0].Key {
				return after[0].Key, []string{to}
			}
			return "", nil
		}
		invitees := keys(after)
		if len(invitees) == 0 || toks[j].Fold == "invited" && len(before) > 0 && a.passiveVerbEnd(i, j) == j {
			// "Delegates from India and Nepal will be invited as observers
			// and the EC will bear their cost": an English passive's
			// invitees are its subject, not what the next clause names
			invitees = keys(before)
		}
		if len(invitees) == 0 {
			// "invitations have been sent to India, Pakistan and Bhutan":
			// countries without their bodies are their states
			invitees = a.countriesAfter(i, a.passiveVerbEnd(i, j))
		}
		if len(invitees) == 0 {
			invitees = a.countedInvitees(i, j)
		}
		if e := a.passiveVerbEnd(i, j); len(invitees) == 0 && e > j && hasAnyPrefix(a.Sentences[i].Tokens[e].Fold, []string{"направлен", "разослан", "отправлен"}) {
			// «приглашения были направлены … Венесуэле и Камбодже»
			invitees = a.dativeList(i, e)
		}
		if len(invitees) == 0 {
			// "Observers from Germany, Brazil and France are invited": the
			// countries that send them
			invitees = a.sendingCountries(i, -1)
		}
		if len(invitees) == 0 {
			// "Delegates from India and Nepal will be invited as foreign
			// observers"
			invitees = a.sendersBefore(i, j)
		}
		if host := a.eventHostBefore(i, j); host != "" && !contains(invitees, host) {
			// «ЦИК Армении провела конференцию, на которую были
			// приглашены …»: the host of the event invites to it
			return host, invitees
		}
		return a.inviterOf(i, invitees), invitees
	default:
		// «X пригласил Y, Z», «X направил приглашение Y», "X invited Y"
		var subject string
		if len(before) > 0 && contains(impersonalSendings, prev(1)) && opensWithDativePlural(toks[:before[0].Tok0+1]) {
			// «Представителям миссии СНГ отправили приглашение на выборы»:
			// no subject; those in the dative are invited, by whoever
			// invites to the election
			invitees := keys(before)
			return a.inviterOf(i, invitees), invitees
		}
		if len(before) > 0 {
			subject = before[0].Key
		} else if cc := a.countryBefore(i, j); cc != "" {
			subject = graph.GovernmentKey(cc)
		} else if g := a.envoySubject(i, j); g != "" {
			// «Посол пригласил …» after «… принял посла Турции»
			subject = g
		} else if g := a.guestSubject(i, j); g != "" {
			// «Гость пригласил …», «Делегация пригласила …» after a
			// meeting with a visitor: the visitor's side
			subject = g
		} else if a.unnamedSubject(i, j) {
			// "The Chairman invited …", «Комиссия пригласила …»: the
			// article's own body
			subject = a.homeBody()
		} else if sb := a.quotedSpeakerBody(i); sb != "" && a.firstPersonBefore(i, j) {
			// «— Мы пригласили миссию СНГ …, — отметил X»: "we" are the
			// speaker's body
			subject = sb
		} else if attributiveInvited(toks, j) {
			// "The invited delegates represent the EMBs of …": whoever the
			// article said invited them
			subject = a.earlierInviter(i)
		} else if g := a.stateOfficerBefore(i, j); g != "" {
			// «Спикер Милли Меджлиса Огтай Асадов направил приглашение …»:
			// a state's officer invites for his state
			subject = g
		}
		if subject == "" {
			return "", nil
		}
		// "The Fijian Government has invited Australia, India and Indonesia
		// to lead the MOG": the states right after the verb, not what they
		// are invited to lead
		var invitees []string
		purpose := len(toks) // "to lead …", «для …»: what they are invited to
		if a.stateRightAfter(i, j) {
			for _, g := range a.countriesAfter(i, j) {
				if cc := graph.CountryOf(g); a.namesBody(graph.BodyKey(cc)) {
					g = graph.BodyKey(cc) // the article's own word for that state's side
				}
				invitees = append(invitees, g)
			}
			for k := j + 1; k < len(toks); k++ {
				if f := toks[k].Fold; f == "to" || f == "для" {
					purpose = k
					break
				}
			}
		}
		after := a.listAfter(i, j)
		if len(after) > 0 && after[0].Key == subject && after[0].Via == ViaImplicit && after[0].Tok1 < len(toks) {
			// «ЦИК направит приглашения коллегам (Центризбиркомов) за рубеж
			// и во Всемирную ассоциацию …»: the subject's own word for
			// those colleagues names no one; the list goes on after it past
			// «и» (not «…, в первую очередь наших коллег по Совету»: those
			// colleagues again)
			if more := a.listAfter(i, after[0].Tok1); len(more) > 0 && hasFold(toks[after[0].Tok1:more[0].Tok0], "и", "and") {
				after = append(after, more...)
			}
		}
		for _, m := range after {
			// "invited the Commission to attend the meeting of the
			// Association": the subject again is no invitee; "invited
			// Australia and the Commonwealth Secretariat to lead …": the
			// other items of the states' list are
			if m.Key != subject && m.Tok0 < purpose && !contains(invitees, m.Key) {
				invitees = append(invitees, m.Key)
			}
		}
		// "invited Japanese observers", «пригласил наблюдателей от Индии и
		// Непала», "observers from the OSCE, the CIS and foreign countries
		// including Kazakhstan": the countries that send them
		for _, g := range a.sendingCountries(i, j) {
			if !contains(invitees, g) {
				invitees = append(invitees, g)
			}
		}
		if len(invitees) == 0 {
			invitees = a.countedInvitees(i, j)
		}
		if len(invitees) == 0 {
			// «направила приглашения … Венесуэле и Камбодже»: countries in
			// the dative are their states
			invitees = a.dativeCountries(i, j)
		}
		if len(invitees) == 0 {
			// «… на встрече с делегацией ПАСЕ пригласила их представителей»:
			// "their" are the ones named before
			if k := a.possessedBefore(i, j, subject); k != "" {
				invitees = []string{k}
			}
		}
		if len(invitees) == 0 {
			// "A delegation of A-WEB visited the ECP … and invited the
			// Commission to attend …": the body the sentence named
			if k := a.commissionAfter(i, j, subject); k != "" {
				invitees = []string{k}
			}
		}
		return subject, invitees
	}
}

// counterfactual reports a sentence that says what would have happened
// («Даже если бы такое обращение поступило, ОБСЕ не принял бы
// приглашение», "even if it had been invited, it would have declined") or
// what is only being considered («рассматривает вопрос направления
// приглашения»): no fact.
func (a *Analysis) counterfactual(i int) bool {
	// («Даже если явка будет низкой, …» without «бы» concedes, and states
	// what follows)
	// «ЦИК допустил присутствие американских наблюдателей»: allowed for
	// it, «не исключил участие …»: did not rule it out — neither happened
	return a.hasPhrase(i, "если бы", "would have", "would not have", "рассматривает вопрос", "рассматривает возможност", "рассматривают вопрос", "рассматривают возможност", "is considering", "are considering",
		"допустил присутстви", "допустила присутстви", "допустили присутстви", "допустил участи", "допустила участи", "допустили участи", "допустил возможност", "допустила возможност", "допустили возможност", "не исключил", "не исключила", "не исключили", "did not rule out", "does not rule out", "not ruled out") ||
		a.hasPhrase(i, "even if") && a.hasPhrase(i, "would")
}

// observersOfSentence returns the observers of the observations sentence
// i states.
func (a *Analysis) observersOfSentence(i int) []string {
	st := a.Sentences[i]
	var out []string
	for _, f := range a.Doc.Facts {
		if f.Type != graph.Observation || contains(out, f.Observer) {
			continue
		}
		for _, e := range f.Evidence {
			if e.Start >= st.Start && e.Start < st.End {
				out = append(out, f.Observer)
				break
			}
		}
	}
	return out
}

// countryInviterAt returns the government of a country named by name right
// after the invitation noun at token j of sentence i («по приглашению
// Туркменистана», "at the invitation of Fiji"), as a government mention.
func (a *Analysis) countryInviterAt(i, j int) (Mention, bool) {
	toks := a.Sentences[i].Tokens
	k := skipOf(toks, j+1)
	if cc := a.ownStateOfTheCountry(i, k); cc != "" {
		// «по приглашению правительства страны»: the state whose election
		// the article reports
		return Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(cc), Via: ViaName, Tok0: k, Tok1: k + 2}, true
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 < k {
			continue
		}
		if m.Tok0 == k && m.Kind == graph.KindCountry && m.Via == ViaName {
			return Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(m.Key), Via: ViaName, Tok0: m.Tok0, Tok1: m.Tok1}, true
		}
		break
	}
	return Mention{}, false
}

// ownStateOfTheCountry returns, for «правительства страны», «властей
// страны», «руководства страны», «президента страны» at token k of
// sentence i, the country whose election the article reports (else its
// home), or "".
func (a *Analysis) ownStateOfTheCountry(i, k int) string {
	toks := a.Sentences[i].Tokens
	if k+1 >= len(toks) || toks[k+1].Fold != "страны" || !contains([]string{"правительства", "властей", "руководства", "президента"}, toks[k].Fold) || a.mentionStartsAt(i, k) {
		return ""
	}
	if a.Frame.ElectionCountry != "" {
		return a.Frame.ElectionCountry
	}
	if a.Home != "" && a.Home != "??" {
		return a.Home
	}
	return ""
}

// instrumentalAt reports a Russian noun phrase in the instrumental at
// token k: its first word ends like an instrumental adjective or noun
// («российскими коллегами», «Центральной избирательной комиссией»).
func instrumentalAt(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsCyrillic() {
		return false
	}
	f := toks[k].Fold
	return hasAnySuffix(f, "ими", "ыми", "ами", "ями", "ией", "ом", "ем") || (hasAnySuffix(f, "ой", "ей") && k+1 < len(toks) && hasAnySuffix(toks[k+1].Fold, "ей", "ой", "ами", "ями", "ом", "ем", "ией"))
}

// commissionAfter reads a bare "the Commission", «Комиссию» right after
// the trigger at token j: the election body named last before it in the
// sentence (else the home body), other than the subject.
func (a *Analysis) commissionAfter(i, j int, subject string) string {
	toks := a.Sentences[i].Tokens
	k := j + 1
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"commission", "комисси"}) || k+1 < len(toks) && (toks[k+1].Fold == "of" || a.mentionStartsAt(i, k+1)) {
		return ""
	}
	last := ""
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= j {
			break
		}
		if (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && m.Key != subject && !strings.HasPrefix(m.Key, "??") {
			last = m.Key
		}
	}
	if last == "" && a.homeBody() != subject {
		last = a.homeBody()
	}
	return last
}

// possessedBefore reads a possessive pronoun right after the trigger at
// token j («пригласила их представителей», "invited its members"): the
// actor it stands for is the last one named before the trigger in the
// sentence, else in the sentence before, other than the subject.
func (a *Analysis) possessedBefore(i, j int, subject string) string {
	toks := a.Sentences[i].Tokens
	if j+1 >= len(toks) {
		return ""
	}
	switch toks[j+1].Fold {
	case "их", "его", "ее", "её", "their", "its":
	default:
		return ""
	}
	for k := i; k >= 0 && k >= i-1; k-- {
		last := ""
		for _, m := range a.Mentions[k] {
			if k == i && m.Tok0 >= j {
				break
			}
			if key := a.actorKey(m); key != "" && key != subject && !strings.HasPrefix(key, "??") && graph.KindOf(key) != graph.KindPerson {
				last = key
			}
		}
		if last != "" {
			return last
		}
	}
	return ""
}

// countedInvitees reads invitations sent to a number of countries that the
// sentence does not name ("invitations were sent to 14 countries", «ЦИК
// пригласил наблюдателей из 30 стран»): the states the article has
// observing its election are among them.
func (a *Analysis) countedInvitees(i, j int) []string {
	toks := a.Sentences[i].Tokens
	counted := false
	for k := j + 1; k+1 < len(toks); k++ {
		if toks[k].Kind != text.Number {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+2; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"countr", "стран", "государств", "states"}) {
				counted = true
			}
		}
	}
	cc := a.Frame.ElectionCountry
	if cc == "" {
		cc = a.Frame.UnplacedElection
	}
	if !counted || cc == "" {
		return nil
	}
	var out []string
	for _, f := range a.Doc.Facts {
		if f.Type == graph.Observation && f.Country == cc && graph.KindOf(f.Observer) == graph.KindGovernment && !contains(out, f.Observer) {
			out = append(out, f.Observer)
		}
	}
	return out
}

// urgeVerbs ask someone to do something.
var urgeVerbs = []string{"urged", "urges", "requested", "requests", "asked", "asks", "encouraged", "encourages", "призвал", "предложил", "предложено", "попросил"}

// urgedToObserve reads "X urged / asked / requested Y to observe (the
// elections)", «X предложил Y направить наблюдателей»: X (the subject, or
// its person's body) invites Y (the actor, person's body or envoy's state
// right after the verb) to observe.
func (a *Analysis) urgedToObserve(i int) (string, []string) {
	if !a.hasPhrase(i, urgeVerbs...) || !a.hasPhrase(i, "observ", "monitor", "наблюд") {
		return "", nil // most sentences ask nobody to observe
	}
	toks := a.Sentences[i].Tokens
	v := -1
	for k, t := range toks {
		if hasAnyPrefix(t.Fold, urgeVerbs) {
			v = k
			break
		}
	}
	if v < 0 {
		return "", nil
	}
	// "to observe", "to conduct election observation", «направить наблюдателей»
	obs := -1
	for n := v + 1; n < len(toks) && n <= v+10; n++ {
		if hasAnyPrefix(toks[n].Fold, []string{"observ", "monitor", "наблюдат", "наблюден", "наблюдени"}) {
			obs = n
			break
		}
	}
	if obs < 0 {
		return "", nil
	}
	from, to := "", ""
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if k == "" || strings.HasPrefix(k, "??") {
			continue
		}
		switch {
		case m.Tok1 <= v && addressedTo(toks, m.Tok0):
			// «направила в адрес ЦИК Азербайджана письмо, в котором
			// предложено …»: the addressee is asked
			to = k
		case m.Tok1 <= v && from == "":
			from = k
		case m.Tok0 > v && m.Tok0 < obs && to == "":
			to = k
		}
	}
	if from == "" && a.unnamedSubject(i, v) {
		from = a.homeBody()
	}
	for _, dm := range a.dict[i] {
		// "…, the Chief Election Commissioner urged …": a bare title of the
		// article's own body right before the verb
		if from == "" && dm.Entry.Kind == gazetteer.Title && dm.End == v && (dm.Entry.Key == "chairman" || dm.Entry.Key == "member" || dm.Entry.Key == "deputy_chairman" || dm.Entry.Key == "secretary") {
			from = a.homeBody()
		}
	}
	if to == "" {
		// "urged Ambassador Yutaka to …": a person the article named in
		// full before, called here by one of the names
		for n := v + 1; n < obs && to == ""; n++ {
			if t := toks[n]; t.Kind == text.Word && t.IsUpper() {
				to = a.personOrgByOneName(t.Fold)
			}
		}
	}
	if from == "" || to == "" || from == to {
		return "", nil
	}
	return from, []string{to}
}

// addresseeBefore returns the actor named right after «в адрес» in the
// words before the invitation noun at token j of sentence i, with only a
// verb of sending between («В адрес ЦИК Грузии направлено приглашение»),
// or "".
func (a *Analysis) addresseeBefore(i, j int) string {
	toks := a.Sentences[i].Tokens
	if !strings.HasPrefix(toks[j].Fold, "приглашени") {
		return ""
	}
	for _, m := range a.Mentions[i] {
		if m.Tok1 > j || !addressedTo(toks, m.Tok0) || a.actorKey(m) == "" {
			continue
		}
		for k := m.Tok1; k < j; k++ {
			if !hasAnyPrefix(toks[k].Fold, []string{"направлен", "отправлен", "поступил", "поступило", "было", "уже", "также", "официальное"}) {
				return ""
			}
		}
		return a.actorKey(m)
	}
	return ""
}

// addressedTo reports «в адрес», "addressed to" right before token k.
func addressedTo(toks []text.Token, k int) bool {
	return k >= 2 && (toks[k-1].Fold == "адрес" && toks[k-2].Fold == "в" || toks[k-1].Fold == "to" && toks[k-2].Fold == "addressed")
}

// personOrgByOneName returns the body of the one titled person whose given
// name or surname is fold, "" when none or several.
func (a *Analysis) personOrgByOneName(fold string) string {
	org := ""
	for _, p := range a.persons.people {
		if p.excluded || p.org == "" || graph.KindOf(p.org) == graph.KindPerson {
			continue
		}
		if text.Fold(p.given) == fold || p.surnameFold == fold {
			if org != "" && org != p.org {
				return ""
			}
			org = p.org
		}
	}
	return org
}

// quotedSpeakerBody returns the body of the person who says sentence i
// when it quotes him speaking for his body («"Мы получили …", - сказал А.
// Вешняков», "“We have received …,” said X"): a first-person plural inside
// the quotes, a speech verb and a person with a body after them. "" else.
func (a *Analysis) quotedSpeakerBody(i int) string {
	toks := a.Sentences[i].Tokens
	open, close := -1, -1
	for k, t := range toks {
		switch t.Text {
		case "«", "“", "\"":
			if open < 0 {
				open = k
				continue
			}
			if t.Text == "\"" && close < 0 {
				close = k
			}
		case "»", "”":
			if open >= 0 && close < 0 {
				close = k
			}
		}
	}
	dialogue := len(toks) > 1 && isDash(toks[0])
	if (open < 0 || close >= 0) && !dialogue {
		if open < 0 || close < 0 {
			return ""
		}
	}
	end := close
	if end < 0 {
		end = len(toks)
	}
	we := false
	for k := open + 1; k < end; k++ {
		switch toks[k].Fold {
		case "мы", "нас", "нам", "нами", "we", "us", "our", "i", "я":
			we = true
		}
	}
	if !we {
		return ""
	}
	if close >= 0 {
		return a.speakerBodyAfter(i, close)
	}
	// «— Мы пригласили миссию … . Уже традиционно …, — отметил X»: a
	// speech that goes on over the next sentences, its speaker named where
	// it ends
	for n := i + 1; n < len(a.Sentences) && n <= i+3; n++ {
		for k, t := range a.Sentences[n].Tokens {
			if t.Text == "»" || t.Text == "”" || t.Text == "\"" || isDash(t) && k > 0 && a.Sentences[n].Tokens[k-1].Text == "," {
				if b := a.speakerBodyAfter(n, k); b != "" {
					return b
				}
			}
		}
	}
	return ""
}

// speakerBodyAfter returns the body of whoever a verb of speech within four
// words after the closing quote at token close of sentence i names («…», –
// сообщил глава миссии ШОС X; "…,” the IEBC chairman said): the person's
// organisation, else the body named by his title between the quote and the
// verb; "" when there is none.
func (a *Analysis) speakerBodyAfter(i, close int) string {
	toks := a.Sentences[i].Tokens
	for k := close + 1; k < len(toks) && k <= close+4; k++ {
		if !hasAnyPrefix(toks[k].Fold, speechVerbs) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindPerson && m.Tok0 > close {
				if org := a.personOrg(m); org != "" && graph.KindOf(org) != graph.KindPerson {
					return org
				}
			}
		}
		for _, m := range a.Mentions[i] {
			if (m.Kind == graph.KindBody || m.Kind == graph.KindOrganization) && m.Tok0 > close && m.Tok1 <= k && a.actorKey(m) != "" {
				return a.actorKey(m)
			}
		}
	}
	return ""
}

// firstPersonBefore reports "I", "we", «мы», «я» among the six words
// before token j of sentence i: the speaker is the subject.
func (a *Analysis) firstPersonBefore(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		switch toks[k].Fold {
		case "i", "we", "я", "мы":
			return true
		}
	}
	return false
}

// responseVerbs are the answers to an invitation: accepted, declined, turned
// down, rejected, (not yet) responded or reacted; «принял(и)», «отклонил»,
// «отказался», «ответил», «откликнулся», «(не) отреагировал». Not "confirmed": «подтвердил
// приглашение» is said by the one who invites.
var responseVerbs = []string{"accept", "declin", "reject", "turned", "turn", "respond", "replied", "reacted", "принял", "приняв", "отклонил", "отказал", "ответил", "откликнул", "отреагировал"}

// responseObjects are the words after a response verb that name the
// invitation: the noun itself or a pronoun standing for it ("declined
// it", «отклонили его»).
var responseObjects = []string{"invit", "приглаш", "приглас"}

// invitationResponses reads the answers to an invitation in sentence i:
// "Indonesia and Thailand accepted the invitation, while Japan declined
// it", "Myanmar declined the invitation", "X has not yet responded",
// «ЦИК Грузии отказался от приглашения». Whoever answers was invited
// (GOLD.md: announced ones count): the actors of the clause before each
// verb (a country as its government). The inviter is the one named after
// the noun ("the invitation of X", «приглашение X»), else the default one.
// A pronoun or a bare "responded" stands for an invitation only when this
// sentence or the one before speaks of one.
func (a *Analysis) invitationResponses(i int) (string, []string) {
	spoken := a.hasPhrase(i, responseObjects...) || i > 0 && a.hasPhrase(i-1, responseObjects...)
	if !spoken || !a.hasPhrase(i, responseVerbs...) {
		return "", nil // most sentences: no invitation, or no answer to one
	}
	toks := a.Sentences[i].Tokens
	var from string
	var to []string
	clause := 0
	for k := 0; k < len(toks); k++ {
		f := toks[k].Fold
		if isClauseBreak(toks[k]) {
			clause = k + 1
			continue
		}
		if !hasAnyPrefix(f, responseVerbs) || toks[k].IsUpper() && k == 0 {
			continue
		}
		if hasAnyPrefix(f, []string{"откликнул", "respond"}) {
			// «На приглашение ЦИК X откликнулись представители СНГ и
			// ШОС»: the invitation named before the verb, its owner the
			// inviter, the ones who answered after the verb
			if inv, answered := a.answeredBefore(i, clause, k); inv != "" && len(answered) > 0 {
				return inv, answered
			}
		}
		// its object: the invitation within three words, or a pronoun for
		// it, or nothing after "responded" / «ответил»
		obj := -1
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			g := toks[n].Fold
			if hasAnyPrefix(g, responseObjects) {
				obj = n
				break
			}
			if spoken && (g == "it" || g == "them" || g == "его" || g == "их") && n <= k+2 {
				obj = n
				break
			}
		}
		if obj < 0 && spoken && hasAnyPrefix(f, []string{"respond", "replied", "ответил", "откликнул"}) {
			obj = k
		}
		if obj < 0 {
			continue
		}
		if hasAnyPrefix(toks[obj].Fold, responseObjects) && from == "" {
			// "accepted the invitation of the CEC of X", «принял приглашение ЦИК X»
			if m := a.firstMentionAfter(i, obj); m > obj && m <= obj+3 {
				if after := a.listAfter(i, obj); len(after) > 0 {
					from = after[0].Key
				}
			}
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 < clause {
				continue
			}
			if m.Tok1 > k {
				break
			}
			key := a.actorKey(m)
			if m.Kind == graph.KindCountry && m.Via != ViaAdj && m.Via != ViaPeople {
				if a.namesBodyOf(i, m.Key) {
					continue
				}
				key = graph.GovernmentKey(m.Key)
			}
			if key != "" && !strings.HasPrefix(key, "??") && !contains(to, key) {
				to = append(to, key)
			}
		}
		clause = k + 1
	}
	if len(to) == 0 {
		return "", nil
	}
	if from == "" {
		from = a.defaultInviter(i)
	}
	return from, to
}

// isClauseBreak reports a token that opens a new clause of answers:
// "while", "whereas", "but", a semicolon, «а», «но», «тогда как».
func isClauseBreak(t text.Token) bool {
	switch t.Fold {
	case ";", "while", "whereas", "but", "а", "но", "однако":
		return true
	}
	return false
}

// genericInvitees name the invited by their kind only («наблюдателей от
// иностранных государств», "observers from foreign countries").
var genericInvitees = []string{"иностранных государств", "зарубежных стран", "зарубежных государств", "иностранных наблюдател", "международных организаций", "foreign countries", "foreign observers", "international organizations", "international organisations"}

// atWord reports the preposition of "at/on/upon the invitation of".
func atWord(f string) bool { return f == "at" || f == "on" || f == "upon" }

// unnamedSubject reports a sentence that opens, before the trigger at
// token j, with a bare title or body noun and names no actor: "The
// Chairman invited …", «Председатель Комиссии пригласил …».
func (a *Analysis) unnamedSubject(i, j int) bool {
	toks := a.Sentences[i].Tokens
	k := 0
	// past a dateline: "Kathmandu, Oct 2: The Commission …"
	for d := 0; d < len(toks) && d < 8 && d < j; d++ {
		if t := toks[d].Text; t == ":" || t == "—" || t == "–" {
			k = d + 1
			break
		}
	}
	if k+2 < j && toks[k+1].Text == "," && toks[k].Kind == text.Word && toks[k].IsUpper() {
		k += 2 // "Later, the Commission …", «Затем, Комиссия …»
	}
	if k < len(toks) && (toks[k].Fold == "также" || toks[k].Fold == "also") {
		k++
	}
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	heads := []string{"chair", "commission", "president", "председател", "комисси", "руководител", "глава", "ведомств"}
	for n := j - 1; n >= 1 && n >= j-2; n-- {
		// «В завершение встречи председатель пригласил …», "At the end of
		// the meeting the Chairperson invited …": the bare head right
		// before the verb, after whatever opens the clause
		if (toks[n].Fold == "председатель" || toks[n].Fold == "глава" || toks[n].Fold == "chairperson" || toks[n].Fold == "chairman" || toks[n].Fold == "chair") && !a.insideMention(i, n) {
			return true
		}
	}
	if k >= j || k >= len(toks) {
		return false
	}
	return hasAnyPrefix(toks[k].Fold, heads) && j-k <= 6
}

// sendingCountries returns the governments of the countries after token j
// of sentence i that send observers or delegations (see
// countrySendsObservers), unless their election body is named.
func (a *Analysis) sendingCountries(i, j int) []string {
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= j || m.Kind != graph.KindCountry || a.namesBodyOf(i, m.Key) {
			continue
		}
		key := graph.GovernmentKey(m.Key)
		sends := a.countrySendsObservers(i, m)
		if !sends && m.Via == ViaAdj && m.Tok1 < len(a.Sentences[i].Tokens) && hasAnyPrefix(a.Sentences[i].Tokens[m.Tok1].Fold, []string{"наблюдател", "делегаци", "observer", "delegation"}) {
			// "the Kyrgyz delegation" in an article that names the Kyrgyz
			// election body: that body's delegation
			key, sends = graph.BodyKey(m.Key), true
		}
		if sends && !contains(out, key) {
			out = append(out, key)
		}
	}
	return out
}

// sendersBefore returns the states of "observers (delegates,
// representatives) from A, B and C" that opens sentence i before token j,
// or nil.
func (a *Analysis) sendersBefore(i, j int) []string {
	toks := a.Sentences[i].Tokens
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k+1 >= j || !hasAnyPrefix(toks[k].Fold, []string{"observer", "delegat", "representative", "monitor", "наблюдател", "делегат", "представител"}) || toks[k+1].Fold != "from" && toks[k+1].Fold != "из" && toks[k+1].Fold != "от" {
		return nil
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= j {
			break
		}
		if m.Tok0 > k+1 && (m.Kind == graph.KindCountry && m.Via == ViaName || m.Kind == graph.KindGovernment) {
			if g := graph.GovernmentKey(graph.CountryOf(m.Key)); !contains(out, g) {
				out = append(out, g)
			}
		}
	}
	return out
}

// receivedAt returns the token of «получил(и)» within a few words after
// the invitation noun at token j of sentence i, or -1.
func (a *Analysis) receivedAt(i, j int) int {
	toks := a.Sentences[i].Tokens
	if !strings.HasPrefix(toks[j].Fold, "приглашени") {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		if strings.HasPrefix(toks[k].Fold, "получил") {
			return k
		}
		if toks[k].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// countriesAfter returns the governments of the coordinated countries named
// right after token from of sentence i.
func (a *Analysis) countriesAfter(i, from int) []string {
	toks := a.Sentences[i].Tokens
	var out []string
	last := from + 1
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= from || m.Kind != graph.KindCountry || m.Via == ViaAdj || m.Via == ViaPeople {
			continue
		}
		if m.Tok0 > last && !allConjOrThe(toks[last:m.Tok0]) {
			break
		}
		if g := graph.GovernmentKey(m.Key); !contains(out, g) {
			out = append(out, g)
		}
		last = m.Tok1
	}
	return out
}

// stateRightAfter reports a country named right after token j of sentence
// i ("invited Australia", "invited the Philippines").
func (a *Analysis) stateRightAfter(i, j int) bool {
	toks := a.Sentences[i].Tokens
	k := j + 1
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k {
			return m.Kind == graph.KindCountry && (m.Via == ViaName || m.Via == ViaAbbrev)
		}
	}
	return false
}

// allConjOrThe reports tokens that only join list items.
func allConjOrThe(toks []text.Token) bool {
	for _, t := range toks {
		if !isConj(t) && t.Fold != "the" && !isSlash(t) {
			return false
		}
	}
	return true
}

// isSlash reports a "/" that joins two names of one party ("at the
// invitation of ECOWAS/ECONEC").
func isSlash(t text.Token) bool { return t.Text == "/" }

// wordOutsideNames reports a word of sentence i with one of the prefixes
// that is not part of a body's name or a title («Chief Election
// Commissioner», «Центральная комиссия по выборам»).
func (a *Analysis) wordOutsideNames(i int, prefixes ...string) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Kind == text.Word && hasAnyPrefix(t.Fold, prefixes) && !a.inNameOrTitle(i, k) {
			return true
		}
	}
	return false
}

// eventWordOutsideNames reports whether sentence i names an event by a
// word that is no part of a name («ассамблея» of «Межпарламентская
// ассамблея СНГ» is none).
func (a *Analysis) eventWordOutsideNames(i int) bool {
	if !a.hasPhrase(i, eventWords...) {
		return false
	}
	if a.hasPhrase(i, eventPhrases...) {
		return true
	}
	return a.wordOutsideNames(i, eventWords...)
}

// eventPhrases are the eventWords of more than one word.
var eventPhrases = func() []string {
	var out []string
	for _, w := range eventWords {
		if strings.Contains(strings.TrimSpace(w), " ") {
			out = append(out, w)
		}
	}
	return out
}()

// inNameOrTitle reports whether token k of sentence i is part of a mention,
// a title or a head word («Chief Election Commissioner», "election
// commissioners", «Центральная комиссия по выборам»).
func (a *Analysis) inNameOrTitle(i, k int) bool {
	if a.insideMention(i, k) {
		return true
	}
	for _, dm := range a.dict[i] {
		if dm.Start <= k && k < dm.End && (dm.Entry.Kind == gazetteer.Title || dm.Entry.Kind == gazetteer.Head) {
			return true
		}
	}
	return false
}

// envoySubject resolves a subject named only as «Посол», «Посольство»,
// "The Ambassador", "The Embassy" before the trigger at token j of
// sentence i: the government of the envoy or embassy of the nearest
// sentence before that names one; "" otherwise.
func (a *Analysis) envoySubject(i, j int) string {
	toks := a.Sentences[i].Tokens
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k >= j || j-k > 3 || !hasAnyPrefix(toks[k].Fold, []string{"посол", "посла", "посольств", "ambassador", "embassy", "envoy"}) {
		// «Кроме того, посол пригласил …», "Later, the Ambassador
		// invited …": the envoy noun right before the verb, after an
		// opening adverbial and its comma
		k = -1
		for n := j - 1; n >= 1 && n >= j-2; n-- {
			if contains([]string{"посол", "дипломат", "ambassador", "diplomat", "envoy", "embassy"}, toks[n].Fold) && !a.insideMention(i, n) {
				k = n // («В ходе встречи посол пригласил …», "During the meeting the Ambassador invited …")
				break
			}
		}
		if k < 0 {
			return ""
		}
	}
	return a.stateNamedBefore(i)
}

// stateNamedBefore returns the first state (CC/GOV) named in the three
// sentences before sentence i, the nearest first: the state of an envoy
// or embassy a later sentence names by its bare noun; "" when none.
func (a *Analysis) stateNamedBefore(i int) string {
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		for _, m := range a.Mentions[p] {
			if k := a.actorKey(m); k != "" && graph.KindOf(k) == graph.KindGovernment {
				return k
			}
		}
	}
	return ""
}

// impersonalSendings are the plural verbs of sending with no subject
// («отправили приглашение»: someone sent it).
var impersonalSendings = []string{"отправили", "направили", "передали", "выслали", "разослали"}

// opensWithDativePlural reports tokens whose first word is a noun in the
// dative plural («Представителям миссии», «Членам ЦИК»).
func opensWithDativePlural(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		return t.IsCyrillic() && hasAnySuffix(t.Fold, "ам", "ям") && utf8.RuneCountInString(t.Fold) > 4
	}
	return false
}

// arrivedFrom returns the token of «от», "from" in «приглашение поступило
// (пришло) от …», "an invitation was received from …", "invitation has
// come from …" after the invitation noun at token j of sentence i, or -1.
func (a *Analysis) arrivedFrom(i, j int) int {
	toks := a.Sentences[i].Tokens
	if !hasAnyPrefix(toks[j].Fold, []string{"приглашени", "invitation"}) {
		return -1
	}
	verb := false
	// the noun's own complement may stand between («приглашение на
	// конференцию пришло от …»)
	for k := j + 1; k < len(toks) && k <= j+7; k++ {
		switch f := toks[k].Fold; {
		case f == "от" || f == "from":
			if verb {
				return k
			}
			if k > j+1 {
				return -1
			}
		case hasAnyPrefix(f, []string{"поступил", "пришл", "пришел", "пришёл", "received", "came", "come", "arrived"}):
			verb = true
		case toks[k].Kind != text.Word || a.insideMention(i, k):
			return -1
		}
	}
	return -1
}

// deliveredTo reads «приглашение на выборы от ЦИК России поступит в
// БДИПЧ» at the invitation noun at token j of sentence i: the inviter
// right after «от» (the noun's own complement may stand between), the
// invited after the verb of arriving and «в», «на», «к» ("" when the
// sentence is not so).
func (a *Analysis) deliveredTo(i, j int) (string, []string) {
	toks := a.Sentences[i].Tokens
	if !strings.HasPrefix(toks[j].Fold, "приглашени") {
		return "", nil
	}
	ot := a.fromAfterNoun(i, j)
	if ot < 0 || toks[ot].Fold != "от" {
		return "", nil
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 != ot+1 || m.Key == "" || m.Kind == graph.KindPerson || m.Kind == graph.KindCountry {
			continue
		}
		v := m.Tok1
		if v+2 >= len(toks) || !hasAnyPrefix(toks[v].Fold, []string{"поступ", "придет", "придёт", "пришл"}) {
			return "", nil
		}
		if p := toks[v+1].Fold; p != "в" && p != "во" && p != "на" && p != "к" {
			return "", nil
		}
		var to []string
		for _, t := range a.listAfter(i, v+1) {
			if t.Key != m.Key && t.Kind != graph.KindPerson && !contains(to, t.Key) {
				to = append(to, t.Key)
			}
		}
		if len(to) == 0 || a.firstMentionAfter(i, v+1) != v+2 {
			return "", nil
		}
		return m.Key, to
	}
	return "", nil
}

// fromAfterNoun returns the token of «от», "from" after the noun at token
// j of sentence i and its own complement of a few plain words («приглашение
// с визитом от …», "an invitation to the conference from …"), or -1.
func (a *Analysis) fromAfterNoun(i, j int) int {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k < len(toks) && k <= j+7; k++ {
		if toks[k].Fold == "от" || toks[k].Fold == "from" {
			return k
		}
		if toks[k].Kind != text.Word || a.insideMention(i, k) {
			return -1
		}
	}
	return -1
}

// partyJustBefore returns the first party of the three sentences before
// sentence i that is not of from's country («ЦИК России направит своих
// представителей … Приглашение поступило от ЦИК Узбекистана»), or "".
func (a *Analysis) partyJustBefore(i int, from string) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		for _, p := range a.parties(k) {
			if p != from && graph.CountryOf(p) != graph.CountryOf(from) {
				return p
			}
		}
	}
	return ""
}

// clauseActorsBefore returns the actors named before token j in its
// clause (not behind a semicolon or colon).
func (a *Analysis) clauseActorsBefore(i, j int) []Mention {
	toks := a.Sentences[i].Tokens
	start := 0
	for k := j - 1; k >= 0; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			start = k + 1
			break
		}
	}
	from := func(start int) []Mention {
		var out []Mention
		for _, m := range a.actorsBefore(i, j) {
			if m.Tok0 >= start {
				out = append(out, m)
			}
		}
		return out
	}
	if c := openingPhraseEnd(toks, j); c > start {
		// "In line with the SADC Guidelines, the Electoral Commission of
		// Namibia invited SADC": the subject follows the opening phrase;
		// an unnamed one ("According to Commission member X, the
		// organisation has invited …") is the one the phrase named
		if out := from(c); len(out) > 0 {
			return out
		}
	}
	return from(start)
}

// openingPrepositions open an adverbial phrase that a comma closes before
// the subject ("In line with …, X invited", "According to …, X met",
// «Согласно …, X пригласил»).
var openingPrepositions = []string{"in", "under", "following", "during", "after", "before", "according", "within", "amid", "ahead", "pursuant", "as", "with", "согласно", "в"}

// openingPhraseEnd returns the token after the comma that closes the
// adverbial phrase the sentence opens with, before token j, or -1: the
// phrase opens with one of openingPrepositions and holds no other comma
// ("In line with the revised SADC Principles and Guidelines (2015), …").
// «В соответствии с …,» counts; a bare «В …» does not (a Russian
// sentence rarely closes one with a comma).
func openingPhraseEnd(toks []text.Token, j int) int {
	if len(toks) < 3 || !contains(openingPrepositions, toks[0].Fold) {
		return -1
	}
	if toks[0].Fold == "в" && toks[1].Fold != "соответствии" {
		return -1
	}
	for k := 1; k < j; k++ {
		if toks[k].Text == "," {
			return k + 1
		}
	}
	return -1
}

// bareTitleSubject reports a clause before token j of sentence i whose
// subject is an election body's title with no name and no body of its own
// ("the Chief Election Commissioner led …", «Председатель … посетил»),
// and no other actor before j.
func (a *Analysis) bareTitleSubject(i, j int) bool {
	for _, m := range a.Mentions[i] {
		if m.Tok0 < j && (m.Kind == graph.KindPerson || a.actorKey(m) != "" && m.Via != ViaImplicit) {
			return false
		}
	}
	for _, dm := range a.dict[i] {
		if dm.Start < j && dm.Entry.Kind == gazetteer.Title && (dm.Entry.Key == "chairman" || dm.Entry.Key == "deputy_chairman" || dm.Entry.Key == "member" || dm.Entry.Key == "secretary") {
			return true
		}
	}
	return false
}

// actorsBeforeOutsideGroups is clauseActorsBefore without the
// organisations that only say which group the actors belong to
// ("countries participating in A-Web and FENBOSA were invited": the group
// is neither inviter nor invitee).
func (a *Analysis) actorsBeforeOutsideGroups(i, j int) []Mention {
	intro := a.framingIntro(i, j)
	return slices.DeleteFunc(a.clauseActorsBefore(i, j), func(m Mention) bool {
		return m.Kind == graph.KindOrganization && a.membershipOf(i, m) || m.Tok1 <= intro
	})
}

// sourceIntro reports an opening at token k that names where the news
// was told («Как сообщили Report в ЦИК, …», «Как сообщили в пресс-службе
// комиссии, …»): the body it places the telling in only tells of the act.
// (Not «Как сообщил X, …» nor "According to X, …": the one who speaks may
// be the one the sentence goes on to call "the organisation".)
func sourceIntro(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Fold != "как" || !hasAnyPrefix(toks[k+1].Fold, []string{"сообщ", "переда", "рассказ", "информир", "уточн"}) {
		return false
	}
	for n := k + 2; n < len(toks) && toks[n].Text != ","; n++ {
		if toks[n].Fold == "в" || toks[n].Fold == "во" {
			return true
		}
	}
	return false
}

// framingIntro returns the comma that ends an opening phrase of sentence i
// before token j which frames the act without taking part in it ("In line
// with the SADC Principles and Guidelines …, the Malawi Electoral
// Commission invited SADC", «В соответствии с Положением СНГ, …», «Как
// сообщили в ЦИК, …»), or -1.
// An intro that names an invitation ("At the invitation of X, …") names
// the inviter and is no frame.
func (a *Analysis) framingIntro(i, j int) int {
	toks := a.Sentences[i].Tokens
	k := 0
	if k < len(toks) && (toks[k].Text == "“" || toks[k].Text == "\"" || toks[k].Text == "«") {
		k++
	}
	if k+2 >= len(toks) || !(toks[k].Fold == "in" && (toks[k+1].Fold == "line" || toks[k+1].Fold == "accordance" || toks[k+1].Fold == "keeping") || toks[k].Fold == "в" && hasAnyPrefix(toks[k+1].Fold, []string{"соответстви", "рамках"}) || toks[k].Fold == "согласно" || sourceIntro(toks, k)) {
		return -1
	}
	for c := k + 2; c < j; c++ {
		if hasAnyPrefix(toks[c].Fold, []string{"invitation", "приглашени"}) {
			return -1
		}
		if toks[c].Text == "," {
			return c
		}
	}
	return -1
}

// membershipOf reports an organisation mention m of sentence i that says
// which group the actors named before belong to ("countries participating
// in A-Web and FENBOSA", "countries associated with A-WEB", "member states
// of the SCO", «стран — участниц СНГ»), as one list with the mentions
// joined to it.
func (a *Analysis) membershipOf(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	if e := m.Tok1; e < len(toks) && (toks[e].Fold == "members" || toks[e].Fold == "member" && e+1 < len(toks) && hasAnyPrefix(toks[e+1].Fold, []string{"countr", "states", "nations", "bodies", "organi"})) {
		// "SAARC members have been invited", "SAARC member countries":
		// the organisation's members, not the organisation
		return true
	}
	h := a.listHead(i, m)
	k := h.Tok0 - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch {
	case (toks[k].Fold == "in" || toks[k].Fold == "with") && hasAnyPrefix(toks[k-1].Fold, []string{"participating", "associated", "affiliated", "participate"}):
		return true
	case toks[k].Fold == "of" && hasAnyPrefix(toks[k-1].Fold, []string{"members", "states", "countries"}) && k >= 2 && (toks[k-1].Fold != "states" || toks[k-2].Fold == "member"):
		return true
	}
	return false
}

// statesClosingList returns the states named alone that go on, in
// sentence i, the list of those invited ("invited observers from the
// Commonwealth, the European Union and the United States"): each state,
// but the inviter's own.
func (a *Analysis) statesClosingList(i int, invited []string, from string) []string {
	toks := a.Sentences[i].Tokens
	last := -1
	for _, m := range a.Mentions[i] {
		if contains(invited, a.actorKey(m)) && m.Tok1 > last {
			last = m.Tok1
		}
	}
	if last < 0 {
		return nil
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 < last {
			continue
		}
		if !listGap(toks[last:m.Tok0]) || m.Kind != graph.KindCountry || m.Via != ViaName && m.Via != ViaAbbrev {
			break
		}
		if k := graph.GovernmentKey(m.Key); graph.CountryOf(from) != m.Key && !contains(invited, k) && !contains(out, k) {
			out = append(out, k)
		}
		last = m.Tok1
	}
	return out
}

// dutyWords say that an act is someone's duty, not that it was done.
var dutyWords = []string{"it is the duty of", "it is our duty", "it is their duty", "is obliged to", "are obliged to", "is obligated to", "обязанность", "обязан ", "обязаны "}

// passiveInvitation reports the passive forms: «приглашены», «приглашен»,
// «приглашаются», «Приглашение было направлено», "were invited".
func (a *Analysis) passiveInvitation(i, j int) bool {
	toks := a.Sentences[i].Tokens
	f := toks[j].Fold
	switch {
	case strings.HasPrefix(f, "приглашен") && f != "приглашение" && f != "приглашения" && f != "приглашению" && f != "приглашением" && f != "приглашении" && f != "приглашений" && f != "приглашениями" && f != "приглашениях":
		return true
	case strings.HasPrefix(f, "приглаша") && strings.HasSuffix(f, "ся"):
		return true
	case strings.HasPrefix(f, "приглашени"):
		// «Приглашение (было также) направлено …», «Приглашения для
		// участия в наблюдении за выборами направлены в адрес …»
		return invitationSentAt(toks, j) > j
	case strings.HasPrefix(f, "invitation"):
		// "Invitations (to observe the elections) were sent to …"
		return a.passiveVerbEnd(i, j) > j
	case f == "invited":
		for k := max(0, j-3); k < j; k++ {
			switch toks[k].Fold {
			case "was", "were", "been", "are", "is", "be":
				return true
			}
		}
		// "the countries invited (to observe the elections) are A, B and
		// C", "those invited include …"
		if j > 0 && hasAnyPrefix(toks[j-1].Fold, []string{"countries", "states", "those", "organi", "delegations", "observers", "guests", "bodies"}) {
			return a.copulaAfter(i, j) > j
		}
		// "The invited institutions are A, B and C"
		if j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"institutions", "countries", "states", "organi", "delegations", "observers", "guests", "bodies", "experts", "participants"}) {
			return a.copulaAfter(i, j) > j
		}
	}
	return false
}

// copulaAfter returns the token of "are", "were", "include(d)" that opens
// the list of a copular sentence after token j ("The countries which were
// invited and confirmed are Israel, …"), or -1.
func (a *Analysis) copulaAfter(i, j int) int {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k < len(toks) && k <= j+12; k++ {
		switch toks[k].Fold {
		case "are", "were", "include", "included", "includes":
			// the list may open with a few words of its own ("include
			// organisations working under the United Nations, …")
			for n := k + 1; n < len(toks) && n <= k+5; n++ {
				if a.mentionStartsAt(i, n) {
					return k
				}
				if toks[n].Kind == text.Punct && toks[n].Text != "," {
					break
				}
			}
		}
		if toks[k].Kind == text.Punct && toks[k].Text != "," {
			return -1
		}
	}
	return -1
}

// passiveVerbEnd returns the token after which a passive invitation's
// invitees are listed: the trigger, or the participle that follows the noun
// («Приглашение было направлено Y»).
func (a *Analysis) passiveVerbEnd(i, j int) int {
	toks := a.Sentences[i].Tokens
	if strings.HasPrefix(toks[j].Fold, "приглашени") {
		if k := invitationSentAt(toks, j); k > j {
			return k
		}
	}
	if toks[j].Fold == "invited" {
		if k := a.copulaAfter(i, j); k > j {
			return k
		}
	}
	if strings.HasPrefix(toks[j].Fold, "invitation") {
		// "Invitations (to observe the elections) were sent (out) to …",
		// "invitations have already been sent to …": the list starts after
		// "to"
		for k := j + 1; k+1 < len(toks) && k <= j+10; k++ {
			if toks[k].Fold != "were" && toks[k].Fold != "was" && toks[k].Fold != "been" {
				continue
			}
			v := k + 1
			for v < len(toks) && (toks[v].Fold == "already" || toks[v].Fold == "also" || toks[v].Fold == "been") {
				v++
			}
			if v < len(toks) && hasAnyPrefix(toks[v].Fold, []string{"sent", "extended", "issued", "dispatched"}) {
				for n := v + 1; n < len(toks) && n <= v+3; n++ {
					if toks[n].Fold == "to" {
						return n
					}
				}
			}
		}
	}
	return j
}

// defaultInviter is who invites when a passive sentence names nobody: for
// observers, the government of the country whose election it is; otherwise
// the home body.
func (a *Analysis) defaultInviter(i int) string {
	if a.hasPhrase(i, "наблюд", "observ", "выбор", "election", "референдум", "referend") || a.Frame.ElectionCountry != "" && a.Frame.ElectionCountry == a.Home {
		cc := a.Frame.ElectionCountry
		hs := a.electionHosts(i)
		if len(hs) == 0 {
			hs = a.countriesAfterElection(i)
		}
		if len(hs) >= 1 {
			// the sentence's own election (the first of several: Run
			// gives each its own inviter)
			cc = hs[0]
		}
		if cc == "" {
			cc = a.Home
			if a.guessedHome() {
				// no country of its own: whoever the article said invited
				return a.earlierInvitingSubject(i)
			}
		}
		if k := a.earlierInvitingSubject(i); k != "" && graph.CountryOf(k) == cc && graph.KindOf(k) == graph.KindSubBody {
			// "The Federal District Electoral Institute decided to invite
			// … Besides, the OAS was also invited": that body invites
			return k
		}
		// the election body of the election's country invites when the
		// article names it as an inviter before ("… extended an invitation
		// to X. Y was also invited …"); else its state does
		if a.invitedBefore(i, graph.BodyKey(cc)) || a.namesBody(graph.BodyKey(cc)) || a.namesPersonOf(graph.BodyKey(cc)) {
			return graph.BodyKey(cc)
		}
		return graph.GovernmentKey(cc)
	}
	if k := a.earlierInvitingSubject(i); k != "" {
		// "The Government invited 46 countries … Invitations were also
		// extended to …": the inviter the article named
		return k
	}
	return a.homeBody()
}

// earlierInvitingSubject returns the subject of "invited" («пригласил») in
// the closest sentence before i that has one, else "".
func (a *Analysis) earlierInvitingSubject(i int) string {
	verbs := []string{"invited", "invites", "invite", "пригласил", "приглашает", "пригласить"}
	for k := i - 1; k >= 0; k-- {
		if a.hasPhrase(k, dutyWords...) {
			continue // what one should do is no invitation
		}
		for j := a.findStem(k, 0, verbs...); j >= 0; j = a.findStem(k, j+1, verbs...) {
			toks := a.Sentences[k].Tokens
			if j > 0 && isPassiveAux(toks[j-1].Fold) || j > 1 && isPassiveAux(toks[j-2].Fold) && (toks[j-1].Fold == "also" || toks[j-1].Fold == "already" || strings.HasSuffix(toks[j-1].Fold, "ly")) {
				continue // "The AU was (also, automatically) invited": the invited
			}
			if before := a.actorsBeforeOutsideGroups(k, j); len(before) > 0 {
				return before[0].Key
			}
		}
	}
	return ""
}

// anyCountryOf reports whether a key of keys belongs to a country of ccs.
func anyCountryOf(keys, ccs []string) bool {
	for _, k := range keys {
		if contains(ccs, graph.CountryOf(k)) {
			return true
		}
	}
	return false
}

// inviterOf is defaultInviter for a sentence whose invitees are listed:
// an invitee's country is no election's place ("The countries invited to
// observe the elections are Israel, South Africa and Brazil").
func (a *Analysis) inviterOf(i int, invitees []string) string {
	from := a.defaultInviter(i)
	for _, t := range invitees {
		if graph.CountryOf(t) == graph.CountryOf(from) {
			cc := a.Frame.ElectionCountry
			if cc == "" {
				cc = a.Home
			}
			if a.namesBody(graph.BodyKey(cc)) {
				return graph.BodyKey(cc)
			}
			return graph.GovernmentKey(cc)
		}
	}
	return from
}

// namesBody reports whether the article names the body key by its name
// (not an unqualified «ЦИК» resolved to the home).
func (a *Analysis) namesBody(key string) bool {
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Key == key && m.Via != ViaImplicit {
				return true
			}
		}
	}
	return false
}

// namesPersonOf reports whether the article names a person of the body
// key ("Elections Commissioner Dayananda Dishanayaka"): the body is one of
// its actors even when its own name is not written.
func (a *Analysis) namesPersonOf(key string) bool {
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindPerson && a.personOrg(m) == key {
				return true
			}
		}
	}
	return false
}

// invitedBefore reports whether an invitation fact from key was found in
// a sentence before i.
func (a *Analysis) invitedBefore(i int, key string) bool {
	for _, f := range a.Doc.Facts {
		if f.Type == graph.Invitation && f.From == key {
			for _, e := range f.Evidence {
				if e.Start < a.Sentences[i].Start {
					return true
				}
			}
		}
	}
	return false
}

// eventHostBefore returns the actor that holds the event a relative clause
// of sentence i invites to («ЦИК Армении провела конференцию, на которую
// были приглашены …», "X hosted a forum to which Y were invited"): the
// subject of the clause that names the event, when the invitation verb at
// token j follows «котор…»/"which" right after the event; else "".
func (a *Analysis) eventHostBefore(i, j int) string {
	toks := a.Sentences[i].Tokens
	rel := a.findStemBefore(i, j, 4, "котор", "which")
	if rel < 2 {
		return ""
	}
	ev := -1
	for k := rel - 1; k >= 0 && k >= rel-4; k-- {
		if isEventWord(toks[k].Fold) {
			ev = k
			break
		}
	}
	if ev < 0 {
		return ""
	}
	// the subject of a hosting verb before the event («провела
	// конференцию», "hosted a workshop"), not a participant («принял
	// участие в конференции ОБСЕ, на которую были приглашены …»)
	v := a.findStemBefore(i, ev, 4, "провел", "провёл", "провела", "провели", "проводит", "организовал", "организует", "hosted", "hosts", "held", "organised", "organized", "convened")
	if v < 0 {
		return ""
	}
	host := ""
	for _, m := range a.clauseActorsBefore(i, v) {
		if k := graph.KindOf(m.Key); k == graph.KindBody || k == graph.KindSubBody || k == graph.KindOrganization {
			host = m.Key
		}
	}
	return host
}

// invitationPurpose says what sentence i invites to.
func (a *Analysis) invitationPurpose(i int) string {
	switch {
	case a.invitedToObserve(i):
		// "for inviting the Forum to observe the elections, …" whatever
		// else the sentence goes on to say
		return "observe"
	case a.hasPhrase(i, "as observers", "as international observers", "as election observers", "в качестве наблюдател", "в качестве международных наблюдател"):
		// "to participate in the elections as international observers"
		return "observe"
	case a.hasPhrase(i, visitorProgrammes...):
		// "invited to join the Election Visitors Programme": a visitors'
		// programme is observation (GOLD.md)
		return "observe"
	case a.eventWordOutsideNames(i) && a.hasPhrase(i, "участи", "participat", "took part"):
		return "event"
	case !a.hasPhrase(i, "наблюд", "observ", "monitor", "мониторинг") && a.invitedToEventNamed(i):
		// "invited the Election Commission of Bhutan to the India
		// International Conference on Democracy and Election Management":
		// to the event, whatever words its name has
		return "event"
	case !a.hasPhrase(i, "наблюд", "observ", "monitor", "мониторинг") && a.hasPhrase(i, "визит", "посет", "делегац", "visit", "delegation", "tour", "trip") &&
		a.hasPhrase(i, "conducting election", "holding election", "organising election", "organizing election", "conduct of election", "проведении выбор", "проведения выбор", "организации выбор", "assistance", "помощ"):
		// "led a delegation to Cairo on the invitation of X, seeking
		// assistance in conducting elections": a visit to help, not to
		// observe
		return "visit"
	case a.hasPhrase(i, "наблюд", "observ", "monitor", "мониторинг") || a.wordOutsideNames(i, "выбор", "election", "poll") || i > 0 && a.hasPhrase(i-1, "наблюд", "observ") || i > 1 && a.hasPhrase(i-2, "наблюд", "observ"):
		return "observe"
	case a.eventWordOutsideNames(i):
		return "event"
	case !a.hasPhrase(i, "визит", "посет", "посещ", "поездк", "делегац", "visit", "tour", "trip", "delegation") && a.Frame.ElectionCountry != "" && (a.hasPhraseAnywhere("наблюд") || a.hasPhraseAnywhere("observ")):
		// «Ведомство уже получило приглашение от российской стороны» in
		// an article about observing an election: to observe it
		return "observe"
	}
	return "visit"
}

// invitedToObserve reports an invitation verb whose object is followed
// by "to observe", "to monitor", "to witness" or «наблюдать» within the
// next six words ("inviting the Forum to observe the elections",
// «пригласил СНГ наблюдать за выборами»).
func (a *Analysis) invitedToObserve(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"invite", "inviting", "пригласил", "пригласила", "пригласили", "приглашает", "приглашают"}) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+6 && toks[n].Text != "." && toks[n].Text != ";"; n++ {
			if f := toks[n].Fold; f == "to" && n+1 < len(toks) && hasAnyPrefix(toks[n+1].Fold, []string{"observe", "monitor", "witness"}) || strings.HasPrefix(f, "наблюдать") {
				return true
			}
		}
	}
	return false
}

// invitedToEventNamed reports "invited X to the … Conference", «пригласил
// … на конференцию»: an invitation verb with "to", «на» and an event's
// noun within the next words.
func (a *Analysis) invitedToEventNamed(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"invite", "пригласил", "пригласила", "пригласили", "приглашен"}) || strings.HasPrefix(t.Fold, "invitation") || strings.HasPrefix(t.Fold, "приглашени") {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+12; n++ {
			if f := toks[n].Fold; (f == "to" || f == "на") && eventWithin(toks, n+1, 7) {
				return true
			}
		}
	}
	return false
}

// listedBelow returns the actors of the list that follows sentence i when
// its line ends with a colon, one item to a line that opens with a dash, a
// bullet or a number («— Ассоциации организаторов выборов стран
// Европы,», «2. Шанхайской организации сотрудничества.») or that ends
// with a semicolon, as all but the last do in a formal list («В.Е. Чуров –
// Председатель Центральной избирательной комиссии …;»): each item's
// bodies, organisations and governments, and the governments of the
// countries it names without a body.
func (a *Analysis) listedBelow(i int) []string {
	toks := a.Sentences[i].Tokens
	c := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Text == ":" {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	pos := toks[c].End
	nl := strings.IndexByte(a.Text[pos:], '\n')
	if nl < 0 || strings.TrimSpace(a.Text[pos:pos+nl]) != "" {
		return nil
	}
	pos += nl + 1
	var items [][2]int
	lastSemicolon := false // the item before ended with «;»: so do all but the last
	for pos < len(a.Text) && len(items) < 60 {
		end := strings.IndexByte(a.Text[pos:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += pos
		}
		if line := strings.TrimSpace(a.Text[pos:end]); line != "" {
			semi := strings.HasSuffix(line, ";") || strings.HasSuffix(line, "; and") || strings.HasSuffix(line, "; и")
			if !listItemLine(line) && !semi && !lastSemicolon {
				break
			}
			items = append(items, [2]int{pos, end})
			if lastSemicolon && !semi && !listItemLine(line) {
				break // «…;\nД.В. Ананьев – заместитель …»: the last item ends the list
			}
			lastSemicolon = semi
		}
		pos = end + 1
	}
	inItem := func(b int) bool {
		for _, it := range items {
			if b >= it[0] && b < it[1] {
				return true
			}
		}
		return false
	}
	var out []string
	for k := i; k < len(a.Sentences) && len(items) > 0; k++ {
		st := a.Sentences[k].Tokens
		if len(st) > 0 && st[0].Start >= items[len(items)-1][1] {
			break
		}
		for _, m := range a.Mentions[k] {
			if !inItem(st[m.Tok0].Start) {
				continue
			}
			if formerOfficeOf(st, m.Tok0) || a.formerHolder(k, m) {
				continue // "Former member of the Independent Electoral Council of Suriname"
			}
			if m.Kind == graph.KindCountry && m.Tok1+1 < len(st) && isDash(st[m.Tok1]) && st[m.Tok1+1].Kind == text.Word && st[m.Tok1+1].IsUpper() && !slices.ContainsFunc(a.Mentions[k], func(o Mention) bool { return o.Tok0 == m.Tok1+1 && o.Kind != graph.KindPerson }) {
				// "(4) St. Kitts and Nevis – Mr. Joseph Edmead, …": the
				// country that heads an item is its member's, who stands
				// for what his title after it names
				continue
			}
			key := a.actorKey(m)
			if m.Kind == graph.KindCountry && m.Via == ViaName && !a.namesBodyOf(k, m.Key) {
				key = graph.GovernmentKey(m.Key)
			}
			if key != "" && !strings.HasPrefix(key, "??") && !contains(out, key) {
				out = append(out, key)
			}
		}
	}
	return out
}

// listItemLine reports a line that opens a list item: a dash, a bullet, or
// a number followed by a dot or a bracket, or in brackets.
func listItemLine(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	switch r {
	case '—', '–', '-', '•', '·', '*', '▪', '●':
		return true
	}
	n := 0
	if r == '(' {
		line = line[1:] // "(3) Kenya – …"
	}
	for n < len(line) && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n < 4 && n < len(line) && (line[n] == '.' || line[n] == ')')
}

// dativeCountries returns the states of a list of countries in the dative
// after an invitation noun at token j of sentence i, when a verb of sending
// governs it («направила приглашения … Венесуэле и Камбодже»): one item at
// least ends like a dative (-е, -у, -ю) and none like a genitive only
// (-ы, -а, -я); no preposition before the list.
func (a *Analysis) dativeCountries(i, j int) []string {
	toks := a.Sentences[i].Tokens
	if j == 0 || !hasAnyPrefix(toks[j].Fold, []string{"приглашени"}) || !hasAnyPrefix(toks[j-1].Fold, []string{"направил", "направля", "направит", "разослал", "отправил", "передал"}) {
		return nil
	}
	return a.dativeList(i, j)
}

// dativeList returns the states of the list of countries in the dative
// that follows token from of sentence i (see dativeCountries), or nil.
func (a *Analysis) dativeList(i, from int) []string {
	toks := a.Sentences[i].Tokens
	var out []string
	dative, last := false, -1
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= from || m.Kind != graph.KindCountry || m.Via == ViaAdj || m.Via == ViaPeople {
			continue
		}
		if last >= 0 && !allConj(toks[last:m.Tok0]) {
			break
		}
		if last < 0 {
			switch toks[m.Tok0-1].Fold {
			case "в", "во", "из", "от", "за", "на", "с", "со", "по", "для", "при", "о", "об":
				return nil
			}
		}
		r := []rune(toks[m.Tok1-1].Fold)
		switch r[len(r)-1] {
		case 'е', 'у', 'ю':
			dative = true
		case 'ы', 'а', 'я':
			return nil
		}
		out = append(out, graph.GovernmentKey(m.Key))
		last = m.Tok1
	}
	if !dative {
		return nil
	}
	return out
}

// attributiveInvited reports "invited" used as an adjective before the
// people invited ("the invited delegates", «приглашённые гости»).
func attributiveInvited(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || !(toks[j].Fold == "invited" || hasAnyPrefix(toks[j].Fold, []string{"приглашенн", "приглашённ"})) {
		return false
	}
	return hasAnyPrefix(toks[j+1].Fold, []string{"delegat", "visitor", "guest", "observer", "participant", "делегат", "гост", "наблюдател", "участник"})
}

// earlierInviter returns the inviter a sentence before i names ("in
// response to an invitation from the ECI", «по приглашению ЦИК …»), else
// "".
func (a *Analysis) earlierInviter(i int) string {
	for k := i - 1; k >= 0; k-- {
		toks := a.Sentences[k].Tokens
		for j := range toks {
			if !hasAnyPrefix(toks[j].Fold, []string{"invitation", "приглашени"}) {
				continue
			}
			// the inviter within three words of "from"/«от» after the
			// noun, or of the noun after «по»
			limit := -1
			if n := j + 1; n < len(toks) && (toks[n].Fold == "from" || toks[n].Fold == "of" || toks[n].Fold == "от") {
				limit = n + 3
			} else if j > 0 && toks[j-1].Fold == "по" {
				limit = j + 3
			}
			if after := a.listAfter(k, j); limit >= 0 && len(after) > 0 && after[0].Tok0 <= limit {
				return after[0].Key
			}
		}
	}
	return ""
}

// manyForExample reports a sentence about many actors, a few named as
// examples ("has been invited to observe elections in many countries, such
// as Angola, Germany and France", «во многих странах, таких как …»): a
// summary of years, no single invitation or observation.
func (a *Analysis) manyForExample(i int) bool {
	if !a.hasPhrase(i, "such as", "таких как", "такие как", "таким как", "такими как") {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := 1; k < len(toks); k++ {
		f, p := toks[k].Fold, toks[k-1].Fold
		if !(f == "as" && p == "such" || f == "как" && (p == "таких" || p == "такие" || p == "таким" || p == "такими")) {
			continue
		}
		for n := k - 2; n >= 0 && n >= k-6; n-- {
			switch toks[n].Fold {
			case "many", "several", "various", "numerous", "многих", "многие", "многими", "ряде", "ряд", "различных", "разных":
				return true
			}
		}
	}
	return false
}

// invitationSentAt returns the participle «направлено/отправлены/разосланы»
// that says the invitation noun at token j was sent, at most eight words
// on in the same clause, or j.
func invitationSentAt(toks []text.Token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		g := toks[k].Fold
		if (strings.HasPrefix(g, "направлен") || strings.HasPrefix(g, "отправлен") || strings.HasPrefix(g, "разослан")) && !hasAnyPrefix(g, []string{"направлени", "отправлени"}) {
			return k
		}
		if toks[k].Kind == text.Punct && g != "-" {
			break
		}
	}
	return j
}

// answeredBefore reads «на приглашение X откликнулись Y, Z» around the
// response verb at token k of sentence i (its clause from token clause):
// X, the actor right after the invitation noun, and the actors listed
// after the verb; "" when the invitation is not named before the verb.
func (a *Analysis) answeredBefore(i, clause, k int) (string, []string) {
	toks := a.Sentences[i].Tokens
	for n := clause; n+1 < k; n++ {
		if (toks[n].Fold != "на" && toks[n].Fold != "to") || !hasAnyPrefix(toks[n+1].Fold, responseObjects) {
			continue
		}
		inv := ""
		for _, m := range a.Mentions[i] {
			if m.Tok0 > n+1 && m.Tok0 <= n+4 && m.Tok1 <= k {
				if key := a.actorKey(m); key != "" && !strings.HasPrefix(key, "??") {
					inv = key
					break
				}
			}
		}
		if inv == "" {
			return "", nil
		}
		var answered []string
		for _, m := range a.Mentions[i] {
			if m.Tok0 <= k {
				continue
			}
			key := a.actorKey(m)
			if m.Kind == graph.KindCountry && m.Via == ViaName {
				key = graph.GovernmentKey(m.Key) // «… откликнулись Россия, Кыргызстан»
			}
			if key != "" && !strings.HasPrefix(key, "??") && key != inv && !contains(answered, key) {
				answered = append(answered, key)
			}
		}
		return inv, answered
	}
	return "", nil
}

// ownElection reports an invitation between a state and its own national
// election body («в ЦИК заявили, что приглашения будут направлены»: the
// commission is the one that speaks, not one invited): the invitations
// these articles report go abroad; a state does not invite its own
// commission to its own election.
func ownElection(from, to string) bool {
	kf, kt := graph.KindOf(from), graph.KindOf(to)
	return graph.CountryOf(from) == graph.CountryOf(to) && (kf == graph.KindGovernment && kt == graph.KindBody || kf == graph.KindBody && kt == graph.KindGovernment)
}

// suchObservers returns, for an invitation at token j of sentence i whose
// invitees are "such delegates", "these observers" («эти наблюдатели»,
// «данные делегации») before the trigger, the observers of the
// observations the sentence before stated, the inviter apart.
func (a *Analysis) suchObservers(i, j int, from string) []string {
	if i == 0 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	refers := false
	for k := 0; k+1 < j && k+1 < len(toks); k++ {
		if f := toks[k].Fold; (f == "such" || f == "these" || f == "those" || f == "эти" || f == "данные" || f == "этих") && hasAnyPrefix(toks[k+1].Fold, []string{"delegat", "observer", "visitor", "guest", "representative", "делегац", "наблюдател", "гост", "представител"}) {
			refers = true
		}
	}
	if !refers {
		return nil
	}
	var out []string
	for _, o := range a.observersOfSentence(i - 1) {
		if o != from {
			out = append(out, o)
		}
	}
	return out
}

// thankedInvitation reads thanks for an invitation: the thanks word at
// token t, the invitation noun at j of sentence i. The one who thanks (an
// actor before the thanks, a person standing for their body, else the
// article's main actor) was invited; the inviter is named right after the
// noun («за приглашение ЦИК Мальдив»), else between thanks and noun
// («поблагодарил ЦИК Мальдив за приглашение», "thanked the Commission for
// the invitation"), else is the other side of the meeting just reported.
func (a *Analysis) thankedInvitation(i, t, j int) (string, []string) {
	// the subject: the first actor before the thanks ("The delegation of
	// the CEC of Kazakhstan met the Chairperson of the CEC of Kyrgyzstan
	// and thanked her …" is Kazakhstan's thanks); the last one before it
	// is someone met
	guest, met := "", ""
	for _, m := range a.Mentions[i] {
		if m.Tok1 <= t {
			if k := a.actorKey(m); k != "" && !strings.HasPrefix(k, "??") && graph.KindOf(k) != graph.KindCountry {
				if guest == "" {
					guest = k
				}
				met = k
			}
		}
	}
	if guest == "" {
		// «Посол поблагодарил за приглашение …»: the envoy, or the guest,
		// the text named before
		guest = a.envoyBefore(i, t+1)
	}
	if guest == "" {
		guest = a.guestBefore(i, t+1)
	}
	if guest == "" {
		guest = a.Frame.Main
	}
	host := ""
	toks := a.Sentences[i].Tokens
	if t+1 < len(toks) && t+1 < j && contains([]string{"her", "him", "them", "его", "её", "ее", "их"}, toks[t+1].Fold) && met != guest {
		host = met // "… and thanked her for the invitation": the one met
	}
	if after := a.listAfter(i, j); host == "" && len(after) > 0 && after[0].Tok0 <= j+2 {
		host = after[0].Key
	}
	for _, m := range a.Mentions[i] {
		if host == "" && m.Tok0 > t && m.Tok1 <= j {
			if k := a.actorKey(m); k != "" && !strings.HasPrefix(k, "??") && graph.KindOf(k) != graph.KindCountry {
				host = k
			}
		}
	}
	if host == "" {
		switch guest {
		case a.lastPair[0]:
			host = a.lastPair[1]
		case a.lastPair[1]:
			host = a.lastPair[0]
		}
	}
	if guest == "" || host == "" || guest == host {
		return "", nil
	}
	return host, []string{guest}
}

// envoyBefore returns the state of an envoy or embassy named by its bare
// noun («посол», «посольство», "the Ambassador", "the embassy") before
// token j of sentence i, the one a sentence before named with its state
// («… встретился с послом Японии. … посол выразил готовность направить
// наблюдателей»); "" when there is none.
func (a *Analysis) envoyBefore(i, j int) string {
	toks := a.Sentences[i].Tokens
	for n := j - 1; n >= 0 && n >= j-8; n-- {
		if toks[n].Kind == text.Punct && toks[n].Text != "," {
			return ""
		}
		if contains([]string{"посол", "посольство", "дипломат", "ambassador", "embassy", "diplomat", "envoy"}, toks[n].Fold) && !a.insideMention(i, n) {
			return a.stateNamedBefore(i)
		}
	}
	return ""
}

// guestSubject returns, for a bare «гость», «гости», «делегация», "the
// guest", "the delegation" right before the verb at token j of sentence i,
// the side of the article's last meeting that is not the home («… встретился
// с делегацией ЦИК Армении. Делегация пригласила казахстанских коллег …»);
// "" otherwise.
func (a *Analysis) guestSubject(i, j int) string { return a.guestWithin(i, j, 2) }

// guestBefore is guestSubject with the noun up to eight words before token
// j, in its clause («Гости выразили готовность направить наблюдателей»).
func (a *Analysis) guestBefore(i, j int) string { return a.guestWithin(i, j, 8) }

// guestWithin finds the guest noun within span words before token j.
func (a *Analysis) guestWithin(i, j, span int) string {
	toks := a.Sentences[i].Tokens
	for n := j - 1; n >= 0 && n >= j-span; n-- {
		if toks[n].Kind == text.Punct && toks[n].Text != "," {
			return ""
		}
		if !contains([]string{"гость", "гости", "делегация", "guest", "guests", "delegation"}, toks[n].Fold) || a.insideMention(i, n) {
			continue
		}
		home := a.homeBody()
		switch {
		case a.lastPair[0] == home && a.lastPair[1] != "":
			return a.lastPair[1]
		case a.lastPair[1] == home && a.lastPair[0] != "":
			return a.lastPair[0]
		}
		return ""
	}
	return ""
}

// frontedInvitation returns the token of an invitation noun that opens
// sentence i as the object fronted before its subject and verb
// («Приглашения ЦИК Молдовы направила в …»; «Соответствующие запросы ЦИК
// направила в …», after a sentence on requests to send observers), or -1,
// with the subject after it; sameAsBefore is true when an adjective refers
// the noun back to the sentence before («соответствующие», «аналогичные»).
func (a *Analysis) frontedInvitation(i int) (j int, subject *Mention, sameAsBefore bool) {
	toks := a.Sentences[i].Tokens
	if len(toks) < 5 || !toks[0].IsCyrillic() {
		return -1, nil, false
	}
	j = 0
	if f := toks[0].Fold; hasAnyPrefix(f, []string{"соответствующ", "аналогичн"}) {
		j, sameAsBefore = 1, true
	} else if hasAnyPrefix(f, []string{"официальн", "письменн"}) {
		j = 1
	}
	f := toks[j].Fold
	request := hasAnyPrefix(f, []string{"запрос"})
	if !hasAnyPrefix(f, []string{"приглашени"}) && !request {
		return -1, nil, false
	}
	if request && !a.hasPhrase(i, "наблюд") && !(sameAsBefore && a.requestsBefore(i) >= 0) {
		return -1, nil, false // a request for something else
	}
	if subject = a.frontedSubject(i, j); subject == nil {
		return -1, nil, false
	}
	return j, subject, sameAsBefore
}

// frontedSubject returns the actor after the fronted invitation noun at j
// (past its own words: «Приглашения для наблюдения за выборами ЦИК …»)
// that a verb of sending and «в» follow, or nil.
func (a *Analysis) frontedSubject(i, j int) *Mention {
	toks := a.Sentences[i].Tokens
	for n := range a.Mentions[i] {
		m := &a.Mentions[i][n]
		if m.Tok0 <= j || m.Tok0 > j+8 || a.actorKey(*m) == "" {
			continue
		}
		if m.Tok1+1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, []string{"направил", "разослал", "отправил", "передал"}) && (toks[m.Tok1+1].Fold == "в" || toks[m.Tok1+1].Fold == "во") {
			return m
		}
	}
	return nil
}

// frontedInvitationRoles returns the subject sm of a fronted invitation
// noun as the inviter and the actors after its verb's «в» as the invitees.
func (a *Analysis) frontedInvitationRoles(i int, sm *Mention) (from string, to []string) {
	from, verbEnd := a.actorKey(*sm), sm.Tok1+2
	for _, m := range a.Mentions[i] {
		if m.Tok0 < verbEnd {
			continue
		}
		k := a.actorKey(m)
		if m.Kind == graph.KindCountry {
			k = graph.GovernmentKey(m.Key)
		}
		if k != "" && k != from && !strings.HasPrefix(k, "??") && !contains(to, k) {
			to = append(to, k)
		}
	}
	return from, to
}

// requestsBefore returns the nearest of the three sentences before i that
// speaks of requests or invitations to observe («запросы о делегировании
// представителей для наблюдения …»), which «Соответствующие запросы» in
// sentence i refers to, or -1.
func (a *Analysis) requestsBefore(i int) int {
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		if a.hasPhrase(b, "запрос", "приглашени") && a.hasPhrase(b, "наблюд") {
			return b
		}
	}
	return -1
}

// objectFirstInvitation reads «Миссию ОБСЕ для наблюдения за референдумом
// пригласил Узбекистан»: a sentence that opens with the invited group in
// the accusative, the verb at j, its subject after it — the subject
// invites the group's owners.
func (a *Analysis) objectFirstInvitation(i, j int) (from string, to []string) {
	toks := a.Sentences[i].Tokens
	if j < 2 || !contains([]string{"пригласил", "пригласила", "пригласило", "пригласили"}, toks[j].Fold) {
		return "", nil
	}
	switch toks[0].Fold {
	case "миссию", "делегацию", "группу", "наблюдателей", "представителей", "экспертов", "делегации", "миссии":
	default:
		return "", nil
	}
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if m.Kind == graph.KindCountry {
			k = graph.GovernmentKey(m.Key)
		}
		if k == "" || strings.HasPrefix(k, "??") {
			continue
		}
		switch {
		case m.Tok1 <= j && !contains(to, k):
			to = append(to, k)
		case m.Tok0 == j+1:
			from = k
		}
	}
	if from == "" || len(to) == 0 {
		return "", nil
	}
	return from, to
}

// passiveAddressee returns the actor a passive verb of sending hands the
// invitation noun at j to, in the dative right after the verb
// («приглашение … было передано Федеральной избирательной комиссии США»,
// «приглашения направлены ЦИК Армении»), or "".
func (a *Analysis) passiveAddressee(i, j int) string {
	toks := a.Sentences[i].Tokens
	if !strings.HasPrefix(toks[j].Fold, "приглашени") {
		return ""
	}
	for k := j + 1; k < len(toks) && k <= j+9; k++ {
		if toks[k].Kind == text.Punct {
			return ""
		}
		if !contains([]string{"передано", "переданы", "направлено", "направлены", "вручено", "вручены", "отправлено", "отправлены"}, toks[k].Fold) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 == k+1 && m.Kind != graph.KindPerson && !slices.ContainsFunc(toks[m.Tok0:m.Tok1], func(t text.Token) bool {
				return hasAnySuffix(t.Fold, "ами", "ями", "ими", "ыми", "ией", "ом", "ем")
			}) {
				// (not the agent in the instrumental: «было направлено
				// российскими коллегами»)
				if key := a.actorKey(m); key != "" && !strings.HasPrefix(key, "??") {
					return key
				}
			}
		}
		return ""
	}
	return ""
}

// soleObserverOrganisation returns the one organisation the observation
// facts found so far have observing, or "" when there are none or several
// (ObservationRule runs before InvitationRule).
func (a *Analysis) soleObserverOrganisation() string {
	found := ""
	for _, f := range a.Doc.Facts {
		if f.Type != graph.Observation || graph.KindOf(f.Observer) != graph.KindOrganization {
			continue
		}
		if found != "" && found != f.Observer {
			return ""
		}
		found = f.Observer
	}
	return found
}

// invitationNotReceived reports an invitation noun at j that the words
// after it, in its clause, say never came or was never received
// («приглашения от украинской стороны для миссии СНГ не поступало»,
// «наблюдатели не получали приглашения»).
func invitationNotReceived(toks []text.Token, j int) bool {
	if !strings.HasPrefix(toks[j].Fold, "приглашени") {
		return false
	}
	if j >= 2 && toks[j-2].Fold == "не" && hasAnyPrefix(toks[j-1].Fold, []string{"получал", "получил", "получали", "получила", "получило"}) {
		return true
	}
	for k := j + 1; k+1 < len(toks) && k <= j+10; k++ {
		if t := toks[k]; t.Kind == text.Punct && t.Text != "-" {
			return false
		}
		if toks[k].Fold == "не" && hasAnyPrefix(toks[k+1].Fold, []string{"поступал", "поступил", "поступа", "было", "был", "пришл", "приходил"}) {
			return true
		}
	}
	return false
}

// missionMembersClause reports an invitation at j inside a participle
// clause about a mission whose members the sentence lists («В миссию,
// прибывшую по приглашению X, вошли представители A, B»; «В состав
// миссии, работающей по приглашению X, входят …»).
func missionMembersClause(toks []text.Token, j int) bool {
	k := 0
	if k < len(toks) && toks[k].Fold == "в" {
		k++
	}
	if k < len(toks) && toks[k].Fold == "состав" {
		k++
	}
	if k >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"мисси", "делегаци", "групп"}) || k+1 >= len(toks) || toks[k+1].Text != "," || j < k+2 || j > k+6 {
		return false
	}
	for n := j + 1; n < len(toks) && n <= j+14; n++ {
		if hasAnyPrefix(toks[n].Fold, []string{"вошли", "вошел", "вошла", "входят", "входит", "включены"}) {
			return true
		}
	}
	return false
}
