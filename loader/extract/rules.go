package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/text"
)

// hasStem reports whether sentence i has a token whose stem starts with one
// of the prefixes.
func (a *Analysis) hasStem(i int, prefixes ...string) bool {
	return a.findStem(i, 0, prefixes...) >= 0
}

// findStem returns the index of the first token at or after from whose
// folded form starts with one of the prefixes, or -1.
func (a *Analysis) findStem(i, from int, prefixes ...string) int {
	var buf livePrefixes
	prefixes = a.startingPrefixes(i, prefixes, &buf)
	if len(prefixes) == 0 {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for j := from; j < len(toks); j++ {
		if toks[j].Kind != text.Word {
			continue
		}
		if hasAnyPrefix(toks[j].Fold, prefixes) {
			return j
		}
	}
	return -1
}

// findStemBefore returns the nearest word of sentence i before token to,
// at most span tokens back, that starts with one of prefixes, or -1.
func (a *Analysis) findStemBefore(i, to, span int, prefixes ...string) int {
	var buf livePrefixes
	prefixes = a.startingPrefixes(i, prefixes, &buf)
	if len(prefixes) == 0 {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for k := to - 1; k >= 0 && k >= to-span; k-- {
		if hasAnyPrefix(toks[k].Fold, prefixes) {
			return k
		}
	}
	return -1
}

// livePrefixes holds the prefixes startingPrefixes keeps, for a caller to
// keep on its stack.
type livePrefixes [8]string

// startingPrefixes returns the prefixes that the folded form of some token
// of sentence i may start with (by the first two and the first four bytes
// of its tokens; every prefix shorter than that): none when the sentence has none of the words,
// so that a rule whose words the sentence lacks costs no scan of its
// tokens, and else the few that may match, in buf, or all the prefixes when
// more than buf holds may.
func (a *Analysis) startingPrefixes(i int, prefixes []string, buf *livePrefixes) []string {
	if a.tokenStarts == nil {
		a.tokenStarts = make([][2]pairSet, len(a.Sentences))
		for k, s := range a.Sentences {
			for _, t := range s.Tokens {
				if len(t.Fold) >= 2 {
					a.tokenStarts[k][0].add(uint16(t.Fold[0])<<8 | uint16(t.Fold[1]))
				}
				if len(t.Fold) >= 4 {
					a.tokenStarts[k][1].add(quadBits(uint32(t.Fold[0])<<24 | uint32(t.Fold[1])<<16 | uint32(t.Fold[2])<<8 | uint32(t.Fold[3])))
				}
			}
		}
	}
	set := &a.tokenStarts[i]
	n := 0
	for _, p := range prefixes {
		if len(p) >= 2 && !set[0].has(uint16(p[0])<<8|uint16(p[1])) {
			continue
		}
		if len(p) >= 4 && !set[1].has(quadBits(uint32(p[0])<<24|uint32(p[1])<<16|uint32(p[2])<<8|uint32(p[3]))) {
			continue // (and by the first four: two Cyrillic letters)
		}
		if n == len(buf) {
			return prefixes
		}
		buf[n] = p
		n++
	}
	return buf[:n]
}

// actors returns the distinct actor keys of sentence i in order of mention.
func (a *Analysis) actors(i int) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if m.Key == "" || seen[m.Key] {
			continue
		}
		if m.Kind == graph.KindGovernment && a.witness(i, m) {
			continue // "in the presence of the President of X"
		}
		if m.Kind == graph.KindOrganization && regionOf(a.Sentences[i].Tokens, m) {
			continue // "in the SADC region": a place
		}
		switch m.Kind {
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
			seen[m.Key] = true
			out = append(out, m)
		}
	}
	return out
}

// regionOf reports an organisation mention m that names a region: "the
// SADC region", "the ECOWAS sub-region", «в регионе ОБСЕ».
func regionOf(toks []text.Token, m Mention) bool {
	if m.Tok1 < len(toks) && (toks[m.Tok1].Fold == "region" || toks[m.Tok1].Fold == "sub-region" || toks[m.Tok1].Fold == "subregion") {
		return true
	}
	return m.Tok0 > 0 && hasAnyPrefix(toks[m.Tok0-1].Fold, []string{"регион", "пространств"})
}

// homeBody is the home country's national electoral body.
func (a *Analysis) homeBody() string { return graph.BodyKey(a.Home) }

// years returns the distinct four-digit years written in sentence i.
func (a *Analysis) years(i int) []int {
	var out []int
	seen := map[int]bool{}
	for _, t := range a.Sentences[i].Tokens {
		if t.Kind != text.Number || len(t.Text) != 4 {
			// «2024-й», «2024-м»
			if t.Kind == text.Word && len(t.Text) > 5 && t.Text[4] == '-' {
				if y, err := strconv.Atoi(t.Text[:4]); err == nil && y >= 1990 && y <= 2100 {
					if !seen[y] {
						seen[y] = true
						out = append(out, y)
					}
				}
			}
			continue
		}
		y, err := strconv.Atoi(t.Text)
		if err != nil || y < 1990 || y > 2100 {
			continue
		}
		if !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}

// evidence builds the evidence of a fact stated by sentence i.
func (a *Analysis) evidence(i int, rule string) []graph.Evidence {
	s := a.Sentences[i]
	return []graph.Evidence{{Sentence: s.Text, Start: s.Start, End: s.End, Rule: rule}}
}

// homeBodyOfNoElections reports a fact whose one electoral actor is the
// home's election body, given by default, in an article that never speaks
// of elections, referendums or election bodies («Между национальными
// архивами Грузии и Армении подписан меморандум»): no electoral
// cooperation to tell of.
func (a *Analysis) homeBodyOfNoElections(f graph.Fact) bool {
	home := graph.BodyKey(a.Home)
	if !slices.Contains(f.Actors(), home) && f.From != home && f.To != home && f.Party != home || a.namesBody(home) {
		return false
	}
	for _, k := range append(f.Actors(), f.From, f.To, f.Party) {
		if k != "" && k != home && a.electoral(k) {
			return false
		}
	}
	if a.electionsSpoken == 0 {
		a.electionsSpoken = 2
		for i := range a.Sentences {
			if a.hasPhrase(i, "избират", "избирком", "центризбирком", "цик", "выбор", "референдум", "голосован", "наблюдател", "комисси", "election", "electoral", "referend", "poll", "vote", "voting", "observer", "commission") {
				a.electionsSpoken = 1
				break
			}
		}
	}
	return a.electionsSpoken == 2
}

// unnamedHomeActs reports a fact of the home's election body in an article
// that never names its home (its «ЦИК» keyed by the fallback nobody chose):
// a guess, and in our measures more often wrong than right.
func (a *Analysis) unnamedHomeActs(f graph.Fact) bool {
	if !a.HomeUnchosen || a.homeFromText || a.namesBody(graph.BodyKey(a.Home)) {
		return false
	}
	return slices.Contains(f.Actors(), graph.BodyKey(a.Home))
}

// emit adds a fact, merging it with an earlier one of the same key. A fact
// outside the scope of electoral cooperation (no electoral actor on any
// side: ministries, parliaments or NATO agreeing among themselves) is
// dropped, and so is one of an unnamed home's body (unnamedHomeActs).
func (a *Analysis) emit(f graph.Fact) {
	for _, k := range append(f.Actors(), f.Country) {
		if strings.HasPrefix(k, "??") {
			return // an actor of unknown country
		}
	}
	if f.Type == graph.Memorandum || f.Type == graph.Meeting {
		sort.Strings(f.Parties)
		if len(f.Parties) != 2 || f.Parties[0] == f.Parties[1] {
			return
		}
	}
	if f.Type == graph.Invitation {
		f.From = a.headlineState(f, f.From)
	}
	if !a.inScope(f) || a.unnamedHomeActs(f) || a.homeBodyOfNoElections(f) {
		return
	}
	if len(f.Parties) == 2 {
		a.lastPair = [2]string{f.Parties[0], f.Parties[1]}
	}
	if f.Type == graph.Award {
		// "received the award from X" and, later, "the highest award of X"
		// with the same giver and receiver: one award, under its fuller name
		for k := range a.Doc.Facts {
			o := &a.Doc.Facts[k]
			if o.Type != graph.Award || o.From != f.From || o.To != f.To || o.Award == f.Award || !bareAwardName(o.Award) && !bareAwardName(f.Award) {
				continue
			}
			if bareAwardName(o.Award) {
				a.rekeyAward(k, f.Award)
			}
			absorb(o, f)
			return
		}
	}
	if f.Type == graph.Participation && a.headlineEvent(f) {
		return
	}
	id := f.Identity()
	for _, k := range a.factsByID[id] { // the facts of the same identity, in order
		o := &a.Doc.Facts[k]
		if !sameReport(o, &f) {
			continue
		}
		absorb(o, f)
		return
	}
	a.Doc.Facts = append(a.Doc.Facts, f)
	a.indexFact(len(a.Doc.Facts)-1, id)
}

// indexFact adds fact k, of identity id, to the indexes by identity and by
// party.
func (a *Analysis) indexFact(k int, id string) {
	if a.factsByID == nil {
		a.factsByID = map[string][]int{}
		a.factsByParty = map[partyKey]int{}
	}
	f := &a.Doc.Facts[k]
	a.factsByID[id] = append(a.factsByID[id], k)
	pk := partyKey{string(f.Type), f.Party, f.Country}
	if _, ok := a.factsByParty[pk]; !ok {
		a.factsByParty[pk] = k
	}
}

// headlineEvent merges participation f with the earlier one of the same
// party and country when one of the two is stated only in the headline
// («… приняли участие в форуме в Сеуле» over «… в работе Генеральной
// ассамблеи A-WEB»): a headline sums up the event the text names, and the
// fact keeps the text's name for it. It reports whether f was merged.
func (a *Analysis) headlineEvent(f graph.Fact) bool {
	k, ok := a.factsByParty[partyKey{string(f.Type), f.Party, f.Country}]
	if !ok || len(a.Sentences) == 0 {
		return false
	}
	o := &a.Doc.Facts[k]
	if o.Event == f.Event {
		return false
	}
	lead := a.headlineEnd()
	if lead == 0 || lead >= len(a.Sentences) {
		return false // no headline
	}
	end := a.Sentences[lead].Start
	inHeadline := func(ev []graph.Evidence) bool {
		for _, e := range ev {
			if e.Start >= end {
				return false
			}
		}
		return len(ev) > 0
	}
	// a headline's event named by its own title («конференция «Выборы и
	// медиа»») is that event, not the text's other one
	named := func(event string) bool {
		for n := 0; n < lead; n++ {
			if st := a.Sentences[n]; strings.ContainsAny(a.Text[st.Start:st.End], "«\"“") && strings.Contains(a.Text[st.Start:st.End], event) {
				return true
			}
		}
		return false
	}
	switch {
	case inHeadline(o.Evidence) && !inHeadline(f.Evidence) && !named(o.Event):
		a.rekey(k, func(o *graph.Fact) {
			o.Event = f.Event
			if len(o.Organizers) == 0 {
				o.Organizers = f.Organizers
			}
		})
	case inHeadline(f.Evidence) && !inHeadline(o.Evidence) && !named(f.Event):
	default:
		return false
	}
	absorb(o, f)
	return true
}

// headlineState returns the election body for key, a state that fact f
// names only in the headline by the country's bare name («Монголия
// пригласила представителей ЕС …»), when the text below names that
// country's body: a headline sums up what the body did. Otherwise key.
func (a *Analysis) headlineState(f graph.Fact, key string) string {
	if graph.KindOf(key) != graph.KindGovernment || len(f.Evidence) == 0 {
		return key
	}
	end := a.headlineEnd()
	if end == 0 || end >= len(a.Sentences) {
		return key
	}
	lead := a.Sentences[end].Start
	cc := graph.CountryOf(key)
	for _, e := range f.Evidence {
		if e.Start >= lead {
			return key
		}
		i := a.sentenceAt(e.Start)
		if i < 0 {
			return key
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindCountry && graph.CountryOf(a.actorKey(m)) == cc {
				return key // the state named otherwise (its president, its envoy)
			}
		}
	}
	for n := range a.Mentions {
		for _, m := range a.Mentions[n] {
			if m.Kind == graph.KindGovernment && m.Key == key && m.Via != ViaImplicit {
				return key // «Президент Монголии подписал указ …»: the state acts itself
			}
		}
	}
	if body := graph.BodyKey(cc); a.namesBody(body) {
		return body
	}
	return key
}

// removeFact drops fact k and rebuilds the indexes of the facts.
func (a *Analysis) removeFact(k int) {
	a.Doc.Facts = append(a.Doc.Facts[:k:k], a.Doc.Facts[k+1:]...)
	a.reindexFacts()
}

// removeFacts drops the facts drop reports and, when it dropped any,
// rebuilds the indexes of the facts.
func (a *Analysis) removeFacts(drop func(graph.Fact) bool) {
	n := len(a.Doc.Facts)
	if a.Doc.Facts = slices.DeleteFunc(a.Doc.Facts, drop); len(a.Doc.Facts) != n {
		a.reindexFacts()
	}
}

// reindexFacts rebuilds the identity and party indexes of Doc.Facts.
func (a *Analysis) reindexFacts() {
	a.factsByID, a.factsByParty = nil, nil
	for n, f := range a.Doc.Facts {
		a.indexFact(n, f.Identity())
	}
}

// rekey changes fact k by change, keeping the identity index right.
func (a *Analysis) rekey(k int, change func(*graph.Fact)) {
	old := a.Doc.Facts[k].Identity()
	ks := a.factsByID[old]
	for n, x := range ks {
		if x == k {
			a.factsByID[old] = append(ks[:n:n], ks[n+1:]...)
			break
		}
	}
	change(&a.Doc.Facts[k])
	id := a.Doc.Facts[k].Identity()
	a.factsByID[id] = append(a.factsByID[id], k)
}

// bareAwardName reports an award named only by its kind: "award",
// «награда», "medal".
func bareAwardName(name string) bool {
	return !strings.ContainsAny(strings.TrimSpace(name), " \u00a0")
}

// rekeyAward renames award fact k, keeping the identity index right.
func (a *Analysis) rekeyAward(k int, name string) {
	a.rekey(k, func(o *graph.Fact) { o.Award = name })
}

// sameReport reports whether f, of the same identity as o, is a report of
// o: it is, unless both are meetings on different dates.
func sameReport(o, f *graph.Fact) bool {
	return !(o.Type == graph.Meeting && o.Date != "" && f.Date != "" && o.Date != f.Date)
}

// absorb merges f, a report of the same fact, into o: its evidence, and the
// year, date or stronger memorandum status o lacks.
func absorb(o *graph.Fact, f graph.Fact) {
	o.Evidence = append(o.Evidence, f.Evidence...)
	if o.Year == 0 {
		o.Year = f.Year
	}
	if o.Date == "" {
		o.Date = f.Date
	}
	if o.Type == graph.Memorandum && graph.StatusRank(f.Status) > graph.StatusRank(o.Status) {
		o.Status = f.Status
	}
}

// partyKey is the type, party and country of a fact, as factsByParty keys it.
type partyKey = [3]string

// electoralAssociations are the international associations of election
// bodies: electoral actors in their own right (corpus/GOLD.md version 2).
var electoralAssociations = map[string]bool{
	"A-WEB": true, "ACEEEO": true, "AAEA": true, "AAEA-AFRICA": true, "ARAB-EMBS": true, "KS-RIO": true,
	"GEO": true, "UNIORE": true, "PIANZEA": true, "ECONEC": true,
}

// electoral reports whether key names an electoral actor: an election
// body, a sub-national commission, an association of election bodies, or a
// person who holds a position in one of these.
func (a *Analysis) electoral(key string) bool {
	switch graph.KindOf(key) {
	case graph.KindBody, graph.KindSubBody:
		return true
	case graph.KindOrganization:
		return electoralAssociations[key]
	case graph.KindPerson:
		for _, p := range a.persons.named(key) {
			if !p.excluded {
				return p.org != "" && graph.KindOf(p.org) != graph.KindPerson && a.electoral(p.org)
			}
		}
	}
	return false
}

// inScope reports whether fact f has an electoral actor on one side; an
// observation (or an invitation to observe) needs only its observer.
func (a *Analysis) inScope(f graph.Fact) bool {
	switch f.Type {
	case graph.Observation:
		return true
	case graph.Invitation:
		if f.Purpose == "observe" {
			return true
		}
	case graph.Participation:
		// «В заседании приняли участие главы ЦИК Армении, Беларуси …, а
		// также представители Исполкома СНГ»: an event election bodies
		// attend, which the organisation attends with them
		for _, o := range a.Doc.Facts {
			if o.Type == graph.Participation && o.Event == f.Event && o.Country == f.Country && a.electoral(o.Party) && sameSentenceEvidence(o.Evidence, f.Evidence) {
				return true
			}
		}
	}
	for _, k := range f.Actors() {
		if a.electoral(k) {
			return true
		}
	}
	for _, k := range []string{f.To, f.From, f.Party} {
		if k != "" && a.electoral(k) {
			return true
		}
	}
	return false
}

// vaguePartners name partners by their number or kind, not by name.
var vaguePartners = []string{"многими стран", "многими государств", "рядом стран", "рядом государств", "разными стран", "различными стран", "many countries", "several countries", "various countries", "a number of countries", "many states", "many election"}

// MemorandumRule finds memoranda and agreements of cooperation: «Ранее были
// подписаны меморандумы … с центральными избирательными комиссиями
// Республики Кореи, Российской Федерации …» (one fact per partner, the home
// body as the implicit other party), «предложил рассмотреть возможность
// подписания меморандума» (proposed), «договорились подписать» (planned).
type MemorandumRule struct{}

// Name is the rule's name in evidence.
func (MemorandumRule) Name() string { return "memorandum" }

var (
	memorandumWords = []string{"меморандум", "memorand", "mou"}
	// mouForms are the English abbreviation's forms; "mou" alone as a
	// prefix would take "mount", "Moussa", "mourn"
	mouForms = []string{"mou", "mous", "mou's", "mou’s", "mou-s"}
	// intentWords name documents of intent, which count as memoranda
	// (GOLD.md: "a protocol of intent … counts")
	intentWords = []string{"letter of intent", "letters of intent", "declaration of intent", "protocol of intent", "протокол о намерениях", "протокола о намерениях", "письмо о намерениях", "декларацию о намерениях", "декларация о намерениях"}
	// cooperationPlanWords name the signed programmes and plans of
	// cooperation between two bodies, documents of cooperation like an
	// agreement («подписали программу сотрудничества на 2024–2026 годы»).
	cooperationPlanWords = []string{"программу сотрудничеств", "программа сотрудничеств", "программы сотрудничеств", "программе сотрудничеств", "план сотрудничеств", "плана сотрудничеств", "план мероприятий по сотрудничеств", "плана мероприятий по сотрудничеств", "programme of cooperation", "program of cooperation", "cooperation programme", "cooperation program", "plan of cooperation", "cooperation plan", "roadmap for cooperation", "дорожную карту сотрудничеств", "дорожная карта сотрудничеств"}
	agreementWords       = []string{"соглашени", "agreement", "протокол", "protocol", "pact"}
	proposedWords        = []string{"предлож", "предлага", "рассмотреть", "рассмотрен", "инициатив", "возможност", "propos", "suggest", "offered", "possibility", "approv", "одобр"}
	notSignedWords       = []string{"не был подписан", "не была подписан", "не подписан", "не подписали", "was not signed", "were not signed", "never signed", "not been signed", "not yet signed", "нет соглашени", "нет меморандум", "нет договор", "не имеет соглашени", "no agreement", "no memorandum", "no mou"}
	plannedWords         = []string{"планир", "планах", "договорил", "намерен", "намечен", "предстоит", "будет подписан", "будут подписаны", "подпишем", "подпишут", "подпишет", "заключим", "заключат", "проект", "подготов", "готовятся", "plan", "agreed", "will sign", "intend", "draft", "prepar"}
	bothSidesWords       = []string{"стороны", "сторонами", "сторон", "двумя", "двух", "обеими", "обеих", "обоих", "собеседник", "по итогам встреч", "по итогам переговор", "по итогам визит", "в ходе встреч", "в ходе переговор", "в ходе визит", "both", "two", "the parties", "the sides", "following the meeting", "following the talks", "during the meeting", "during the talks", "during the visit"}
	relativeDay          = relativeDayWords()
)

// findMemorandum returns the first token at or after from of sentence i
// that names a memorandum («меморандум…», "memorandum", "MoU(s)"), or -1.
func (a *Analysis) findMemorandum(i, from int) int {
	for j := a.findStem(i, from, memorandumWords...); j >= 0; j = a.findStem(i, j+1, memorandumWords...) {
		f := a.Sentences[i].Tokens[j].Fold
		if !strings.HasPrefix(f, "mou") || contains(mouForms, f) {
			return j
		}
	}
	return -1
}

// signedAgreement reports an agreement word at token j of sentence i that
// is the object of "signed" («подписал(и) соглашение»), right before it:
// "X signed an agreement so that Y can act as an international observer".
func (a *Analysis) signedAgreement(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if f := toks[k].Fold; f == "signed" || strings.HasPrefix(f, "подписал") || strings.HasPrefix(f, "подписан") || strings.HasPrefix(f, "подпиш") || strings.HasPrefix(f, "заключил") || strings.HasPrefix(f, "заключен") || f == "concluded" {
			// («будет подписано соглашение между вузом и комиссией»)
			return true
		}
	}
	// «Ранее соглашение с Мосгоризбиркомом о … подписали председатель
	// Мособлизбиркома X и …»: the agreement with a body, its signing verb
	// later in the sentence
	if j+2 < len(toks) && (toks[j+1].Fold == "с" || toks[j+1].Fold == "со") && a.bodyNamedFrom(i, j+2) {
		for k := j + 3; k < len(toks); k++ {
			if f := toks[k].Fold; strings.HasPrefix(f, "подписал") || strings.HasPrefix(f, "заключил") {
				return true
			}
		}
	}
	// "The new agreement was signed with UNIORE", «Соглашение было
	// подписано с …» after a sentence about a cooperation agreement
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if f := toks[k].Fold; f == "signed" || strings.HasPrefix(f, "подписан") {
			if k+2 < len(toks) && (toks[k+1].Fold == "с" || toks[k+1].Fold == "со" || toks[k+1].Fold == "with") && a.bodyNamedFrom(i, k+2) {
				// «в рамках соглашения, подписанного с Национальным
				// избирательным советом», "the agreement signed with the
				// Electoral Commission": an election body's agreement
				return true
			}
			for p := i - 1; p >= 0 && p >= i-2; p-- {
				if a.hasStem(p, "сотрудн", "cooperat", "co-operat") && (a.findStem(p, 0, agreementWords...) >= 0 || a.findMemorandum(p, 0) >= 0) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bodyNamedFrom reports an election body named from token k of sentence
// i: its mention starts there, or a few words of its name do and its
// abbreviation in brackets is the mention («с Национальным избирательным
// советом (CNE)»).
func (a *Analysis) bodyNamedFrom(i, k int) bool {
	toks := a.Sentences[i].Tokens
	for n := k; n < len(toks) && n <= k+5; n++ {
		if a.bodyStartsAt(i, n) {
			return true
		}
		if toks[n].Kind != text.Word && toks[n].Text != "(" {
			return false
		}
	}
	return false
}

// agreementOnInteraction reports «соглашение о взаимодействии» at the
// agreement noun j: an agreement of cooperation by another name.
func agreementOnInteraction(toks []text.Token, j int) bool {
	return j+2 < len(toks) && (toks[j+1].Fold == "о" || toks[j+1].Fold == "об") && strings.HasPrefix(toks[j+2].Fold, "взаимодейств")
}

// Run adds memorandum facts.
func (r MemorandumRule) Run(a *Analysis) {
	group := ""                     // who signed with a number of states not yet named
	groupAt, groupStatus := -10, "" // its sentence and status
	for i := range a.Sentences {
		if i == groupAt+1 && a.theseAre(i) {
			// "… has signed cooperation pacts with 18 countries. These are
			// Russia, Chile, …": one memorandum with each
			for _, k := range a.listedParties(i) {
				if k != group && graph.CountryOf(k) != graph.CountryOf(group) {
					a.emit(graph.Fact{Type: graph.Memorandum, Parties: []string{group, k}, Status: groupStatus, Evidence: a.evidence(i, r.Name())})
				}
			}
			continue
		}
		if a.findMemorandum(i, 0) < 0 && !a.documentSigned(i) && !a.hasPhrase(i, intentWords...) && !a.hasPhrase(i, cooperationPlanWords...) {
			j := a.findStem(i, 0, agreementWords...)
			if j < 0 {
				j = a.treatyWord(i)
			}
			if j < 0 || !a.hasStem(i, "сотрудн", "cooperat", "co-operat", "взаимопоним", "аналогичн", "подобн", "similar") && !a.signedAgreement(i, j) && !agreementOnInteraction(a.Sentences[i].Tokens, j) {
				continue
			}
		}
		if len(a.parties(i)) == 0 && a.hasPhrase(i, vaguePartners...) {
			// «Со многими странами нас связывают давние двухсторонние
			// соглашения», "agreements with many countries": partners the
			// sentence does not name, not those of the sentence before
			continue
		}
		status := graph.StatusSigned
		switch {
		case a.hasPhrase(i, plannedWords...):
			status = graph.StatusPlanned
		case a.hasPhrase(i, proposedWords...):
			status = graph.StatusProposed
		}
		if a.hasPhrase(i, "подписан", "подписал", "signed", "в рамках", "under the") && !a.hasPhrase(i, "подписания", "подписании", "подписанию", "подписать", "to sign", "будет подписан", "будут подписан", "will be signed") {
			status = graph.StatusSigned
		}
		if a.hasPhrase(i, "после подписания", "с момента подписания", "after the signing", "since the signing", "following the signing") {
			status = graph.StatusSigned // «после подписания меморандума»: it was signed
		}
		if a.hasPhrase(i, notSignedWords...) {
			// «… но документ так и не был подписан»: at most proposed
			if status == graph.StatusSigned {
				if !a.hasPhrase(i, proposedWords...) && !a.hasPhrase(i, plannedWords...) {
					continue
				}
				status = graph.StatusProposed
			}
		}
		parties := a.memorandumPairs(i)
		if len(parties) == 0 && a.hasPhrase(i, "двух стран", "обеих стран", "двумя странами", "of the two countries", "of both countries", "between the two commissions", "между двумя комиссиями") && a.hasPhrase(i, "избирательн", "election", "electoral") {
			// «в рамках Меморандума между центральными избирательными
			// комиссиями двух стран»: the two countries whose bodies the
			// article names
			if two := a.bodiesOfTwoCountries(); len(two) == 2 {
				parties = [][2]string{{two[0], two[1]}}
			} else if two := a.countriesOfSentence(i); len(two) >= 2 {
				// «Великобритания поможет Украине … после войны с Россией:
				// избирательные комиссии двух стран подписали …
				// меморандум»: the bodies of the first two countries the
				// sentence names
				parties = [][2]string{{graph.BodyKey(two[0]), graph.BodyKey(two[1])}}
			}
		}
		if len(parties) == 0 {
			if g := a.signedWithStates(i); g != "" {
				group, groupAt, groupStatus = g, i, status
			}
		}
		ys := a.years(i)
		year := 0
		if len(ys) == 1 && len(parties) == 1 {
			year = ys[0]
		} else if len(ys) == 0 && status == graph.StatusSigned && a.hasPhrase(i, relativeDay...) {
			// «вчера подписали», "yesterday signed": the year the article
			// was published, else its dateline's
			year = a.Year
			if year == 0 {
				year = a.datelineYear()
			}
		}
		for _, p := range parties {
			a.emit(graph.Fact{Type: graph.Memorandum, Parties: []string{p[0], p[1]}, Status: status, Year: year, Evidence: a.evidence(i, r.Name())})
		}
	}
}

// countriesOfSentence returns the countries sentence i names by name or
// adjective, each once, in order.
func (a *Analysis) countriesOfSentence(i int) []string {
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Via != ViaPeople && !contains(out, m.Key) {
			out = append(out, m.Key)
		}
	}
	return out
}

// bodiesOfTwoCountries returns the national election bodies the article
// names when they are of exactly two countries (named, not resolved to
// the home from an unqualified «ЦИК»), else nil.
func (a *Analysis) bodiesOfTwoCountries() []string {
	var out []string
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindBody || m.Via == ViaImplicit || m.Key == "" || strings.HasPrefix(m.Key, "??") || contains(out, m.Key) {
				continue
			}
			out = append(out, m.Key)
			if len(out) > 2 {
				return nil
			}
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// signedWithStates returns the one actor of sentence i that signed
// documents with a number of states it does not name ("the ECI has signed
// cooperation pacts with 18 countries", «подписал меморандумы с 20
// странами»), or "".
func (a *Analysis) signedWithStates(i int) string {
	toks := a.Sentences[i].Tokens
	for k := 1; k < len(toks); k++ {
		f := toks[k].Fold
		if !hasAnyPrefix(f, []string{"countries", "states", "nations", "стран", "государств"}) || toks[k-1].Kind != text.Number && !contains(numberWords, toks[k-1].Fold) {
			continue
		}
		if ps := a.parties(i); len(ps) == 1 {
			return ps[0]
		}
		return ""
	}
	return ""
}

// theseAre reports a sentence that opens by naming the members of a
// group the sentence before counted ("These are …", "They are …", "These
// include …", «Это …», «Среди них …»).
func (a *Analysis) theseAre(i int) bool {
	toks := a.Sentences[i].Tokens
	if len(toks) < 3 {
		return false
	}
	f0, f1 := toks[0].Fold, toks[1].Fold
	return (f0 == "these" || f0 == "they") && (f1 == "are" || f1 == "include" || f1 == "were") ||
		f0 == "это" && (isDash(toks[1]) || toks[1].IsUpper()) || f0 == "среди" && f1 == "них"
}

// listedParties returns the actors sentence i lists, a country named alone
// as its state.
func (a *Analysis) listedParties(i int) []string {
	var out []string
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if m.Kind == graph.KindCountry && m.Via == ViaName {
			k = graph.GovernmentKey(m.Key)
		}
		if k != "" && !strings.HasPrefix(k, "??") && !contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// hasPhrase reports whether the folded sentence contains one of the
// phrases as a word prefix.
func (a *Analysis) hasPhrase(i int, phrases ...string) bool {
	f := a.folded(i)
	ix := a.phraseIndex(i)
	for _, p := range phrases {
		if len(p) < 2 {
			continue
		}
		pair := uint16(p[0])<<8 | uint16(p[1])
		if !ix.begins.has(pair) {
			continue
		}
		if len(p) >= 4 {
			// four bytes (two Cyrillic letters): far fewer words begin so
			q := uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
			if !ix.begins4.has(quadBits(q)) {
				continue
			}
			for k, w := range ix.starts {
				if ix.quads[k] == q && int(w)+len(p) <= len(f) && f[int(w)+4:int(w)+len(p)] == p[4:] {
					return true
				}
			}
			continue
		}
		for k, w := range ix.starts {
			if uint16(ix.quads[k]>>16) == pair && int(w)+len(p) <= len(f) && f[int(w):int(w)+len(p)] == p {
				return true
			}
		}
	}
	return false
}

// wordStartIndex lists the word starts of one folded sentence (after a
// space, an opening quote or a bracket) with the first four bytes of each
// (two Cyrillic letters, or four Latin ones; zeros past the sentence's
// end), and bit sets of their first two and first four bytes: most phrases
// begin like no word of the sentence and are rejected by a bit test, the
// others are compared only at the words that begin like them.
type wordStartIndex struct {
	starts  []int32
	quads   []uint32 // quads[k] is the first four bytes at starts[k]
	begins  pairSet  // the first two bytes of each
	begins4 pairSet  // the first four bytes of each, folded to 16 bits
}

// quadBits folds four bytes into the 16 bits a pairSet hashes.
func quadBits(q uint32) uint16 { return uint16(q>>16) ^ uint16(q)*0x9E37 }

// pairSet is a 512-bit set of pairs of bytes (the first two bytes of words)
// by a hash of each: has never misses a pair that was added, and seldom
// finds one that was not.
type pairSet [8]uint64

// pairBit is the bit of a pair of bytes in a pairSet.
func pairBit(pair uint16) uint { return uint(uint32(pair)*0x9E3779B1>>23) & 511 }

func (s *pairSet) add(pair uint16) {
	b := pairBit(pair)
	s[b>>6] |= 1 << (b & 63)
}

// has reports whether pair may have been added (false: it was not).
func (s *pairSet) has(pair uint16) bool {
	b := pairBit(pair)
	return s[b>>6]&(1<<(b&63)) != 0
}

// phraseIndex returns the word-start index of folded sentence i, built once
// per sentence and shared by every rule.
func (a *Analysis) phraseIndex(i int) *wordStartIndex {
	if a.startIndex == nil {
		a.startIndex = make([]wordStartIndex, len(a.Sentences))
		a.startIndexed = make([]bool, len(a.Sentences))
	}
	ix := &a.startIndex[i]
	if a.startIndexed[i] {
		return ix
	}
	a.startIndexed[i] = true
	f := a.folded(i)
	n := len(a.Sentences[i].Tokens) + 1 // about as many word starts as tokens, at most
	ix.starts = make([]int32, 0, n)
	ix.quads = make([]uint32, 0, n)
	for k := 1; k+1 < len(f); k++ {
		if f[k]&0xC0 == 0x80 {
			continue // inside a rune
		}
		if k == 1 || boundaryBefore(f, k) {
			q := uint32(f[k])<<24 | uint32(f[k+1])<<16
			if k+3 < len(f) {
				q |= uint32(f[k+2])<<8 | uint32(f[k+3])
			} else if k+2 < len(f) {
				q |= uint32(f[k+2]) << 8
			}
			ix.starts = append(ix.starts, int32(k))
			ix.quads = append(ix.quads, q)
			ix.begins.add(uint16(q >> 16))
			ix.begins4.add(quadBits(q))
		}
	}
	return ix
}

// folded returns sentence i folded for phrase search, with a leading
// space. The whole text is folded once; a sentence is a slice of it when
// folding kept every byte length, as it does for Russian and English.
func (a *Analysis) folded(i int) string {
	if a.foldedText == nil {
		a.foldedText = make([]string, len(a.Sentences))
		if all := a.foldedAll; len(all) == len(a.Text) {
			for k, s := range a.Sentences {
				if s.Start > 0 {
					// the byte before a sentence is the space or line break that
					// ends the one before: a word boundary, as the leading space is
					a.foldedText[k] = all[s.Start-1 : s.End]
				}
			}
		}
	}
	if a.foldedText[i] == "" {
		a.foldedText[i] = " " + text.Fold(a.Sentences[i].Text)
	}
	return a.foldedText[i]
}

// memorandumPairs decides who a memorandum of sentence i is between.
// Parties are the subjects (actors before the trigger that no «с», "with"
// governs), the partners (actors after «с», "with", «между», "between", or
// after the trigger) and, when the sentence names no subject, the article's
// home body («Ранее были подписаны меморандумы с ЦИК Кореи и Латвии»). Two
// or more subjects with no partner sign with each other; otherwise every
// subject signs with every partner. «Стороны» are the last pair the
// article named.
// inPresence reports a mention in «в присутствии …», "in the presence
// of …", "witnessed by …".
func (a *Analysis) inPresence(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-5; k-- {
		if hasAnyPrefix(toks[k].Fold, []string{"присутств", "presence", "witness"}) {
			return true
		}
		if toks[k].Fold == "by" && k > 0 && (toks[k-1].Fold == "attended" || toks[k-1].Fold == "graced") && a.findStem(i, 0, "ceremony", "signing", "церемони") >= 0 {
			// "signed … at a ceremony attended by the Ambassador of X": a
			// guest of the signing
			return true
		}
		if toks[k].Text == "," && k < m.Tok0-1 {
			return false
		}
	}
	return false
}

// documentSigned reports "The document was signed by …", «Документ
// подписали …» within three sentences after one about a memorandum.
func (a *Analysis) documentSigned(i int) bool {
	if !a.hasPhrase(i, "the document", "документ") || !a.hasPhrase(i, "signed", "подписа") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if a.findMemorandum(k, 0) >= 0 || a.hasStem(k, agreementWords...) || a.treatyWord(k) >= 0 {
			return true
		}
	}
	return false
}

// namedSigner reports a person listed as a signer in sentence i ("signed
// by X, Y and Z", «подписали X и Y»), not one in whose presence it was
// signed.
func (a *Analysis) namedSigner(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	v := a.findStem(i, 0, "signed", "подписали")
	if v > m.Tok1 && toks[v].Fold == "подписали" {
		// «Министр ВД Грузии Гела Геладзе и председатель ЦИК … подписали
		// меморандум»: one of the coordinated subjects, no preposition
		// before his title
		return !slices.ContainsFunc(toks[max(0, m.Tok0-4):m.Tok0], func(t text.Token) bool {
			return contains([]string{"в", "во", "при", "с", "со", "от", "по", "у"}, t.Fold) || hasAnyPrefix(t.Fold, []string{"присутств"})
		})
	}
	if v < 0 || v > m.Tok0 || toks[v].Fold == "signed" && (v+1 >= len(toks) || toks[v+1].Fold != "by") {
		return false
	}
	for k := v; k < m.Tok0; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"presence", "присутств", "witness"}) {
			return false
		}
	}
	return true
}

func (a *Analysis) memorandumPairs(i int) [][2]string {
	var subjects, partners []string
	for _, m := range a.actors(i) {
		if a.inPresence(i, m) || recommender(a.Sentences[i].Tokens, m.Tok0) {
			continue // «в присутствии посла Франции»: a guest, not a party; "after recommendations by IFES": an adviser
		}
		if a.governed(i, m) {
			partners = append(partners, m.Key)
		} else {
			subjects = append(subjects, m.Key)
		}
	}
	for _, m := range a.Mentions[i] {
		// persons stand for their bodies («Элла Памфилова и глава … Бренда Роча подписали»)
		if m.Kind != graph.KindPerson {
			continue
		}
		k := a.personOrg(m)
		if k == "" || contains(subjects, k) || contains(partners, k) || a.inPresence(i, m) {
			continue
		}
		// a state's envoy is a party only as a named signer ("signed by …
		// U.S. Ambassador X"), not as a guest («в присутствии посла»)
		if graph.KindOf(k) == graph.KindGovernment && !a.namedSigner(i, m) {
			continue
		}
		if a.governed(i, m) {
			partners = append(partners, k)
		} else {
			subjects = append(subjects, k)
		}
	}
	// "has signed MoUs with Mexico, Bhutan and South Africa": a country
	// named as the partner, with no body of its own in the article, is
	// its state (GOLD.md: CC/GOV)
	mj := a.findMemorandum(i, 0)
	if mj < 0 {
		mj = a.findStem(i, 0, agreementWords...)
	}
	if mj < 0 {
		mj = a.treatyWord(i)
	}
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || m.Via != ViaName || !a.governed(i, m) || a.namesBody(graph.BodyKey(m.Key)) || mj < 0 || !sameClauseAfter(a.Sentences[i].Tokens, mj, m.Tok0, 40) {
			// (the country after the memorandum's own word, in its clause:
			// not "… visited Mexico to discuss cooperation with Mexico")
			// («Меморандум с Беларусью» over a text that names Belarus's
			// commission: the headline's country is its body)
			continue
		}
		if gov := graph.GovernmentKey(m.Key); !contains(partners, gov) && !contains(subjects, gov) {
			partners = append(partners, gov)
		}
	}
	// "signed … on the sidelines of the annual ACEEEO conference": the
	// event's owner is the setting, not a party
	subjects, partners = a.withoutEventOwners(i, subjects), a.withoutEventOwners(i, partners)
	if len(subjects)+len(partners) == 0 {
		if a.hasPhrase(i, bothSidesWords...) || mj > 0 && hasAnyPrefix(a.Sentences[i].Tokens[mj-1].Fold, []string{"двусторонн", "bilateral"}) {
			// («У нас есть двусторонний протокол о сотрудничестве» after
			// «между ЦИК РФ и … Боливии сложилось сотрудничество»: the
			// document's two sides)
			if p, ok := a.sides(i); ok {
				return [][2]string{p}
			}
		}
		return nil
	}
	var out [][2]string
	switch {
	case len(partners) == 0 && len(subjects) >= 2:
		for x := 0; x < len(subjects); x++ {
			for y := x + 1; y < len(subjects); y++ {
				out = append(out, [2]string{subjects[x], subjects[y]})
			}
		}
	case len(subjects) == 0:
		home := a.homeBody()
		if contains(partners, home) && len(partners) == 2 {
			return [][2]string{{partners[0], partners[1]}}
		}
		if a.hasPhrase(i, "между", "between") && len(partners) == 2 {
			return [][2]string{{partners[0], partners[1]}}
		}
		if len(partners) == 1 && partners[0] != home && graph.KindOf(partners[0]) == graph.KindSubBody && a.domesticInstitution(i, partners[0]) {
			// «соглашение между ПсковГУ и Избирательной комиссией …»: the
			// other side is a state institution of the commission's own
			// country (GOLD.md: a commission and its own university)
			return [][2]string{{partners[0], graph.GovernmentKey(graph.CountryOf(partners[0]))}}
		}
		if a.hasPhrase(i, "между", "between") && len(partners) == 1 && partners[0] != home {
			// the other side is named, but is nobody we know
			return nil
		}
		if s := a.earlierSigner(i); s != "" {
			// "The ECI has signed around 20 MoUs … Some of them are with
			// Kyrgyzstan, Egypt …": the signer the sentence before named
			home = s
		}
		out = pairAll(home, partners)
	default:
		for _, s := range subjects {
			for _, p := range partners {
				if s != p {
					out = append(out, [2]string{s, p})
				}
			}
		}
		if len(partners) == 0 && len(subjects) == 1 && graph.KindOf(subjects[0]) == graph.KindSubBody && a.domesticInstitution(i, subjects[0]) {
			// «Избирательная комиссия … и Псковский государственный
			// университет подписали соглашение»
			return [][2]string{{subjects[0], graph.GovernmentKey(graph.CountryOf(subjects[0]))}}
		}
		if len(partners) == 0 && len(subjects) == 1 && a.hasPhrase(i, "между", "between") {
			// «соглашение между ООО «Ромашка» и комиссией …»: the other
			// side is named, but is nobody we know
			return nil
		}
		if len(partners) == 0 && len(subjects) == 1 && graph.KindOf(subjects[0]) == graph.KindSubBody {
			// «Саратовская избирательная комиссия заключила соглашение с
			// областным министерством»: a region's commission signs with
			// its region's institutions, not with the national body the
			// sentence does not name
			return nil
		}
		if len(partners) == 0 {
			out = pairAll(a.homeBody(), subjects)
		}
	}
	return out
}

// earlierSigner returns the one election body that signs memoranda as the
// subject of one of the two sentences before sentence i ("So far the
// Election Commission of India has signed around 20 MoUs …", «ЦИК
// Казахстана подписал 15 меморандумов …»), or "".
func (a *Analysis) earlierSigner(i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		mj := a.findMemorandum(k, 0)
		if mj < 0 {
			continue
		}
		var bodies []string
		for _, m := range a.clauseActorsBefore(k, mj) {
			if kind := graph.KindOf(m.Key); (kind == graph.KindBody || kind == graph.KindSubBody) && !contains(bodies, m.Key) {
				bodies = append(bodies, m.Key)
			}
		}
		if len(bodies) == 1 {
			return bodies[0]
		}
		return ""
	}
	return ""
}

// domesticInstitutionWords name the state institutions a commission signs
// agreements with at home: universities, public chambers, regional
// centres, ombudsmen.
var domesticInstitutionWords = []string{"университет", "вуз", "общественн палат", "центр управлени регион", "цур", "уполномоченн по правам", "омбудсмен", "university", "public chamber", "ombudsman"}

// domesticInstitution reports whether sentence i names, within a few words
// of the mention of actor, a state institution that no mention stands for:
// one of domesticInstitutionWords, or a university's abbreviation
// («ПсковГУ», «СПбГУ»). «Избирательная комиссия … и Псковский
// государственный университет подписали соглашение».
func (a *Analysis) domesticInstitution(i int, actor string) bool {
	toks := a.Sentences[i].Tokens
	near := func(k int) bool {
		for _, m := range a.Mentions[i] {
			if a.actorKey(m) == actor && (k >= m.Tok1 && k-m.Tok1 <= 6 || m.Tok0 > k && m.Tok0-k <= 8) {
				return true
			}
		}
		return false
	}
	for k, t := range toks {
		if t.Kind != text.Word || a.insideMention(i, k) {
			continue
		}
		found := len(t.Text) > 4 && (strings.HasSuffix(t.Text, "ГУ") || strings.HasSuffix(t.Text, "ГТУ") || strings.HasSuffix(t.Text, "ГПУ"))
		for _, w := range domesticInstitutionWords {
			if found {
				break
			}
			found = strings.IndexByte(w, ' ') < 0 && strings.HasPrefix(t.Fold, w) || wordsPrefixAt(toks, k, w)
		}
		if found && near(k) {
			return true
		}
	}
	return false
}

// sides returns who «стороны», "the two sides" of sentence i are: the
// first two parties of the nearest sentence before it that names two
// (persons standing for their bodies), or the home body and the one party
// of the sentence just before; else the last pair a fact named.
func (a *Analysis) sides(i int) ([2]string, bool) {
	// "the two Commissions", «между двумя избирательными органами»: two
	// election bodies named together, however far back; otherwise any two
	// parties of the three sentences before
	bodies := a.hasPhrase(i, "commissions", "bodies", "комиссиями", "комиссий", "органами", "органов")
	for k := i - 1; k >= 0 && (bodies || k >= i-3); k-- {
		ps := a.parties(k)
		if bodies {
			var only []string
			for _, p := range ps {
				if graph.KindOf(p) == graph.KindBody {
					only = append(only, p)
				}
			}
			ps = only
		}
		if len(ps) >= 2 {
			return [2]string{ps[0], ps[1]}, true
		}
		if k == i-1 && len(ps) == 1 && ps[0] != a.homeBody() && graph.KindOf(ps[0]) != graph.KindGovernment {
			return [2]string{a.homeBody(), ps[0]}, true
		}
	}
	if a.lastPair[0] != "" && !bodies {
		return a.lastPair, true
	}
	return [2]string{}, false
}

// governed reports whether mention m is governed by «с», «со», "with",
// «между» or "between" (past the adjectives and nouns of its own noun
// phrase, and the items of a list it closes).
func (a *Analysis) governed(i int, m Mention) bool {
	return a.governedBy(i, m, "с", "со", "with", "между", "between")
}

// witness reports whether mention m stands after "in the presence of", «в
// присутствии»: someone who saw a signing or a meeting, not a party to it.
func (a *Analysis) witness(i int, m Mention) bool {
	return a.governedBy(i, m, "presence", "присутствии")
}

// governedBy reports whether mention m is governed by one of the words
// (past the adjectives and nouns of its own noun phrase, and the items of
// a list it closes).
func (a *Analysis) governedBy(i int, m Mention, words ...string) bool {
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-80; k-- {
		switch f := toks[k].Fold; {
		case contains(words, f):
			return true
		case honorifics[f] || f == "hon’ble" || f == "hon'ble" || f == "his" || f == "her":
			// "in the presence of Hon’ble Prime Minister of India"
		case f == "." && k > 0 && (honorifics[toks[k-1].Fold] || utf8.RuneCountInString(toks[k-1].Text) == 1 && toks[k-1].IsUpper()):
			// the stop of an initial or an honorific in a list of names
			// ("the Secretary General of the CIS, S. Lebedev, and …")
		case toks[k].Kind == text.Punct && f != "," && f != "(" && f != ")":
			return false
		case (f == "on" || f == "for") && k > 0 && k+1 < len(toks) && toks[k-1].IsUpper() && toks[k+1].IsUpper():
			// inside a title's name: "the Committee on Science, Education
			// and Culture of the Federation Council"
		case toks[k].Kind == text.Word && !toks[k].IsUpper() && !isFiller(f) && !isAdjective(f) && f != "и" && f != "and" && !a.insideMention(i, k):
			// a verb or another lower-case word outside the phrase ends the search
			if k < m.Tok0-1 || !hasAnyPrefix(f, []string{"центральн", "избирательн", "комисси", "органам", "органами", "органа", "органов"}) {
				return false
			}
		}
	}
	return false
}

// insideMention reports whether token k of sentence i is inside a mention.
func (a *Analysis) insideMention(i, k int) bool { return a.mentionCovering(i, k) != nil }

// afterWith reports whether mention m follows «с», «со» or «with».
func (a *Analysis) afterWith(i int, m Mention) bool {
	if m.Tok0 == 0 {
		return false
	}
	switch a.Sentences[i].Tokens[m.Tok0-1].Fold {
	case "с", "со", "with":
		return true
	}
	return false
}

// boundaryBefore reports a word boundary before byte k of f: a space,
// '"', '(' or '/', or the UTF-8 of «, “.
func boundaryBefore(f string, k int) bool {
	switch f[k-1] {
	case ' ', '"', '(', '/':
		return true // («/ТАСС/»)
	case 0xAB: // « is C2 AB
		return k >= 2 && f[k-2] == 0xC2
	case 0x9C: // “ is E2 80 9C
		return k >= 3 && f[k-3] == 0xE2 && f[k-2] == 0x80
	}
	return false
}

// sameClauseAfter reports a token t after token j of toks, at most span
// tokens on, with no clause break («;», «.», a dash) between them.
func sameClauseAfter(toks []text.Token, j, t, span int) bool {
	if t <= j || t-j > span {
		return false
	}
	for k := j + 1; k < t; k++ {
		if isClauseBreak(toks[k]) {
			return false
		}
	}
	return true
}

// treatyForms are the forms of «договор» (not «договорились»,
// «договоренность»: agreed, an arrangement).
var treatyForms = map[string]bool{"договор": true, "договора": true, "договору": true, "договором": true, "договоре": true, "договоры": true, "договоров": true, "договорам": true, "договорами": true, "договорах": true}

// treatyWord returns the token of a form of «договор» followed by «о
// сотрудничестве» in sentence i, with its parties after «между» or as the
// subject of a verb of signing («договор о сотрудничестве между
// центральными избирательными органами Украины и России», «подписали
// договор о сотрудничестве»), or -1. A named treaty of states («Договор о
// сотрудничестве государств — участников СНГ») is none.
func (a *Analysis) treatyWord(i int) int {
	if !a.hasPhrase(i, "договор") {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !treatyForms[t.Fold] || t.IsUpper() && k > 0 {
			continue // «Договор о сотрудничестве государств — участников СНГ …»: a named treaty
		}
		if k+2 >= len(toks) || toks[k+1].Fold != "о" || !strings.HasPrefix(toks[k+2].Fold, "сотрудн") {
			continue
		}
		states := false
		for n := k + 3; n < len(toks) && n <= k+8; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"государств", "стран", "участник"}) {
				states = true // a treaty of states
			}
		}
		if states {
			continue
		}
		// the parties: «между …», or the subject of «подписали», «заключили»
		if slices.ContainsFunc(toks[k:min(len(toks), k+6)], func(x text.Token) bool { return x.Fold == "между" }) || a.findStem(i, 0, "подписал", "подписан", "заключил", "заключен", "заключён") >= 0 {
			return k
		}
	}
	return -1
}

// sameSentenceEvidence reports whether two facts' evidence share a
// sentence.
func sameSentenceEvidence(a, b []graph.Evidence) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start == y.Start {
				return true
			}
		}
	}
	return false
}
