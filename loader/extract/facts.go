package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// personOrg returns the organisation of the person named by mention m, as
// the article states it anywhere.
func (a *Analysis) personOrg(m Mention) string {
	if m.Org != "" {
		return m.Org
	}
	for _, p := range a.persons.named(m.Key) {
		if !p.excluded {
			return p.org
		}
	}
	return ""
}

// actorKey returns the key of the actor mention m stands for: the body,
// organisation, government or NGO itself, or the organisation of a person;
// "" for other mentions.
func (a *Analysis) actorKey(m Mention) string {
	switch m.Kind {
	case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
		return m.Key
	case graph.KindPerson:
		return a.personOrg(m)
	}
	return ""
}

// parties returns the actor keys of sentence i with the organisations of the
// persons it names, in order of mention, each once.
func (a *Analysis) parties(i int) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindGovernment && a.witness(i, m) {
			// "signed … in the presence of the Prime Minister of India"
			continue
		}
		if a.pressServiceOf(i, m) {
			// «Как сообщили в пресс-службе парламента Армении, …»: the
			// source of the news, not a party
			continue
		}
		if (m.Kind == graph.KindBody || m.Kind == graph.KindOrganization) && formerOfficeOf(a.Sentences[i].Tokens, m.Tok0) || a.formerHolder(i, m) {
			// "led by the former chair of the board of directors of the
			// Electoral Service of Chile X": an office he no longer holds
			continue
		}
		if m.Kind == graph.KindGovernment && a.electedBody(i, m) {
			// «вопросы проведения выборов в Палату представителей»: the
			// chamber elected, not a party
			continue
		}
		if a.supporter(i, m.Tok0) {
			// "The meeting was made possible with the support of the AU
			// and ECES", «при поддержке ПРООН»: who helped, not a party
			continue
		}
		if recommender(a.Sentences[i].Tokens, m.Tok0) {
			// "signed after recommendations were made by IFES", «по
			// рекомендации ОБСЕ»: who advised it, not a party
			continue
		}
		if a.otherHat(i, m) {
			// "A delegation from ECONEC, led by its President and Chairman of
			// Nigeria's INEC, …", "X, who doubles as the Chairperson of the
			// AAEA": a leader's other office is no party of its own
			continue
		}
		k := a.actorKey(m)
		if k != "" && !strings.HasPrefix(k, "??") && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// supportPhrases introduce those who supported, co-hosted or cleared
// something, not its parties.
var supportPhrases = [][]string{
	{"with", "the", "support", "of"}, {"with", "support", "from"}, {"with", "the", "support", "from"}, {"supported", "by"}, {"sponsored", "by"}, {"funded", "by"},
	{"in", "conjunction", "with"}, {"in", "partnership", "with"}, {"при", "поддержке"}, {"при", "содействии"}, {"при", "финансовой", "поддержке"},
	// «по согласованию с МИД России»: the office that cleared the trip
	{"по", "согласованию", "с"}, {"по", "согласованию", "со"},
}

// supporter reports an actor starting at token t of sentence i that a
// phrase of support introduces, alone or as an item of the list after it
// ("with the support of the African Union Commission and ECES").
func (a *Analysis) supporter(i, t int) bool {
	if t == 0 || !a.hasPhrase(i, "support", "conjunction", "partnership", "sponsored", "funded", "поддержк", "содейств", "согласовани") {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := t - 1; k >= 0 && k >= t-25; k-- {
		for _, ph := range supportPhrases {
			if k+1 >= len(ph) && k+1 <= t {
				at := k + 1 - len(ph)
				match := true
				for n, w := range ph {
					if toks[at+n].Fold != w {
						match = false
						break
					}
				}
				if match {
					return true
				}
			}
		}
		tk := toks[k]
		switch {
		case tk.Text == "," || tk.Text == "(" || tk.Text == ")" || tk.Fold == "and" || tk.Fold == "the" || tk.Fold == "of" || tk.Fold == "и" || tk.Fold == "by" || tk.Fold == "with" || tk.Fold == "support" || tk.Fold == "поддержке" || tk.Fold == "содействии" || tk.Fold == "финансовой" || tk.Fold == "partnership" || tk.Fold == "conjunction" || tk.Fold == "in" || tk.Fold == "при":
		case tk.Kind == text.Word && tk.IsUpper() || a.insideMention(i, k):
		default:
			return false
		}
	}
	return false
}

// recommender reports an actor starting at token t that a recommendation
// is ascribed to: "recommendations (were made) by X", "on the
// recommendation of X", «по рекомендации X», «рекомендациям X».
func recommender(toks []text.Token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		f := toks[k].Fold
		if toks[k].Kind == text.Punct {
			return false
		}
		if hasAnyPrefix(f, []string{"recommendation", "рекомендаци"}) {
			return k == t-1 || slices.ContainsFunc(toks[k+1:t], func(x text.Token) bool { return x.Fold == "by" || x.Fold == "of" || x.Fold == "from" })
		}
	}
	return false
}

// formerOfficeOf reports a mention starting at token t named by the office
// a person held before: "former" or «бывший» opening the title phrase
// that ends right before it ("the former chair of the board of directors
// of the …", «бывшего председателя …»), only title words between.
func formerOfficeOf(toks []text.Token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		f := toks[k].Fold
		switch {
		case f == "former" || f == "ex" || strings.HasPrefix(f, "бывш"):
			return true
		case toks[k].Kind != text.Word:
			return false
		case f == "of" || f == "the" || toks[k].IsUpper() && !toks[k].IsCyrillic() || hasAnyPrefix(f, officeWords):
			// the words of the title phrase
		default:
			return false // ("… and former ODIHR expert X meets …": a verb)
		}
	}
	return false
}

// officeWords are the words of an office's title phrase ("chair of the
// board of directors of the", «председателя совета»).
var officeWords = []string{"chair", "head", "member", "president", "director", "board", "secretary", "commissioner", "deputy", "vice", "executive", "general", "chief", "officer", "председател", "член", "глав", "руководител", "секретар", "заместител", "директор", "совет", "правлени", "комисси", "центральн", "избирательн"}

// formerHolder reports a person mention m of sentence i whose body the
// sentence names as an office the person held before ("the former chair
// of … the Electoral Service of Chile Patricio Santamaría"): the person
// does not stand for it here.
func (a *Analysis) formerHolder(i int, m Mention) bool {
	if m.Kind != graph.KindPerson {
		return false
	}
	org := a.personOrg(m)
	for _, o := range a.Mentions[i] {
		if o.Key == org && o.Tok1 <= m.Tok0 && m.Tok0-o.Tok1 <= 3 && formerOfficeOf(a.Sentences[i].Tokens, o.Tok0) {
			return true
		}
	}
	return false
}

// otherHat reports a body or organisation mention m of sentence i that
// names another office of a person the sentence describes: inside "who
// doubles as …", "who is also …", or inside the "led by …" phrase of a
// delegation whose own body or organisation is named before it ("A
// delegation from ECONEC, led by its President and Chairman of Nigeria's
// INEC, …"). «Делегация во главе с председателем ЦИК Казахстана», with no
// owner before the leader, is that body's delegation.
func (a *Analysis) otherHat(i int, m Mention) bool {
	if m.Kind != graph.KindBody && m.Kind != graph.KindOrganization && m.Kind != graph.KindSubBody && m.Kind != graph.KindPerson {
		return false
	}
	if !a.hasPhrase(i, "led by", "headed by", "who doubles", "who is also") {
		return false // (parties asks of every mention: the sentence index first)
	}
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 1 && k >= m.Tok0-18; k-- {
		f := toks[k].Fold
		if toks[k].Text == ";" || toks[k].Kind == text.Word && f != "led" && f != "headed" && (pastVerb(f) || f == "met" || f == "visited") {
			return false
		}
		if (f == "doubles" || f == "is") && toks[k-1].Fold == "who" && (f == "doubles" || k+1 < len(toks) && toks[k+1].Fold == "also") {
			return true
		}
		if (f == "led" || f == "headed") && k+1 < len(toks) && toks[k+1].Fold == "by" {
			d := a.findStemBefore(i, k, 14, "delegation", "team", "mission")
			if d < 0 {
				return false
			}
			for _, o := range a.Mentions[i] {
				if o.Tok0 > d && o.Tok1 <= k && o.Key != m.Key && o.Key != a.actorKey(m) && (o.Kind == graph.KindOrganization || o.Kind == graph.KindBody || o.Kind == graph.KindSubBody) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// pressServiceOf reports a mention m of sentence i that owns the press
// service the sentence cites («сообщили в пресс-службе парламента
// Армении», "according to the press service of the CEC").
func (a *Analysis) pressServiceOf(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-4; k-- {
		f := toks[k].Fold
		if strings.HasPrefix(f, "пресс-служб") || (f == "service" || f == "office") && k > 0 && toks[k-1].Fold == "press" {
			return a.hasPhrase(i, "сообщ", "передает", "передаёт", "according to", "reported", "said")
		}
		if toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// visitingSubject returns the one actor of meeting sentence i named
// before the counterparts governed by «с», "with", when the home body is
// among those counterparts and keys are the sentence's parties; else "".
func (a *Analysis) visitingSubject(i int, keys []string) string {
	home := a.homeBody()
	toks := a.Sentences[i].Tokens
	subject, homeGoverned := "", false
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if k == "" || strings.HasPrefix(k, "??") || !contains(keys, k) {
			continue
		}
		// (the home body as the place met in: «встречи экспертов ОБСЕ с
		// официальными структурами, в том числе в Центризбиркоме, с …»)
		inHome := k == home && m.Tok0 > 0 && (toks[m.Tok0-1].Fold == "в" || toks[m.Tok0-1].Fold == "во")
		if a.governed(i, m) || inHome {
			if k == home {
				homeGoverned = true
			}
			continue
		}
		if subject != "" && subject != k || k == home {
			return ""
		}
		subject = k
	}
	if !homeGoverned {
		return ""
	}
	return subject
}

// pairsWith pairs the anchor (the home body when named or implied) with
// every other party.
func (a *Analysis) pairsWith(keys []string) [][2]string {
	home := a.homeBody()
	anchor := ""
	for _, k := range keys {
		if k == home {
			anchor = home
		}
	}
	if anchor == "" {
		if len(keys) >= 2 {
			anchor = keys[0]
		} else {
			anchor = home
		}
	}
	return pairAll(anchor, keys)
}

// meetingOfBoth reports a meeting noun of sentence i whose two parties
// follow it in the genitive, joined by «и» or "and", with no «с» or "with"
// between («встреча глав избирательных органов Казахстана и Узбекистана»,
// "a meeting of the heads of the commissions of Nepal and India"): they met
// each other, not the home body.
func (a *Analysis) meetingOfBoth(i int, keys []string) bool {
	if len(keys) != 2 {
		return false
	}
	toks := a.Sentences[i].Tokens
	first, last := -1, -1
	for _, m := range a.Mentions[i] {
		if m.Key != keys[0] && m.Key != keys[1] {
			continue
		}
		if first < 0 || m.Tok0 < first {
			first = m.Tok0
		}
		if m.Tok1 > last {
			last = m.Tok1
		}
	}
	if first < 1 {
		return false
	}
	j := -1
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if f := toks[k].Fold; f == "встреча" || f == "встречи" || f == "встрече" || f == "встречу" || f == "meeting" {
			j = k
			break
		}
	}
	if j < 0 {
		return false
	}
	and := false
	for k := j + 1; k < last && k < len(toks); k++ {
		switch f := toks[k].Fold; f {
		case "с", "со", "with", "между", "between", "в", "in", "at", "на":
			return false
		case "и", "and":
			and = true
		}
	}
	return and
}

// soleSubjectAbroad returns the one actor before the meeting verb of
// sentence i when it is not the home body and the home body is among the
// counterparts after the verb, with another of its country's actors or
// another counterpart («Казахстанская делегация провела встречу с … НИК
// Кореи, а также посетила штаб-квартиру A-WEB»): the subject met each of
// them, not they one another. "" else.
func (a *Analysis) soleSubjectAbroad(i int, keys []string) string {
	home := a.homeBody()
	if !contains(keys, home) || !contains(keys, graph.GovernmentKey(a.Home)) && len(keys) < 3 {
		return ""
	}
	toks := a.Sentences[i].Tokens
	v := slices.IndexFunc(toks, func(t text.Token) bool {
		return hasAnyPrefix(t.Fold, []string{"встретил", "провел", "провёл", "провела", "провели", "посетил", "обсудил", "met", "visited", "held", "called"})
	})
	if v < 0 {
		return ""
	}
	before := a.clauseActorsBefore(i, v)
	if len(before) != 1 || before[0].Key == home || !contains(keys, before[0].Key) {
		return ""
	}
	for _, m := range a.Mentions[i] {
		if m.Key == home && m.Tok0 < v {
			return ""
		}
	}
	return before[0].Key
}

// coordinatedMeetingSubjects returns, for a sentence of sentence i whose
// meeting verb has two or more coordinated subjects before it and
// counterparts after it ("A and B met C and D"), the subjects and the
// counterparts among keys; nil otherwise.
func (a *Analysis) coordinatedMeetingSubjects(i int, keys []string) (subjs, others []string) {
	toks := a.Sentences[i].Tokens
	v := -1
	for k, t := range toks {
		f := t.Fold
		if f == "met" || f == "meet" || f == "meets" || f == "held" || f == "received" || f == "hosted" || f == "visited" || f == "called" || f == "paid" || hasAnyPrefix(f, []string{"встретил", "провел", "провёл", "провели", "принял", "посетил", "обсудил"}) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, nil
	}
	before := a.clauseActorsBefore(i, v)
	if len(before) < 2 {
		return nil, nil
	}
	// the list that ends right before the verb, its items coordinated
	last := before[len(before)-1]
	if v-last.Tok1 > 4 {
		return nil, nil
	}
	chain := []Mention{last}
	for k := len(before) - 2; k >= 0; k-- {
		if !a.coordinated(toks[before[k].Tok1:chain[0].Tok0]) {
			break
		}
		chain = append([]Mention{before[k]}, chain...)
	}
	if len(chain) < 2 {
		return nil, nil
	}
	for _, m := range chain {
		if contains(keys, m.Key) && !contains(subjs, m.Key) {
			subjs = append(subjs, m.Key)
		}
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= v {
			continue
		}
		if k := a.actorKey(m); k != "" && contains(keys, k) && !contains(subjs, k) && !contains(others, k) {
			others = append(others, k)
		}
	}
	return subjs, others
}

// pairAll pairs anchor with every other key.
func pairAll(anchor string, keys []string) [][2]string {
	var out [][2]string
	for _, k := range keys {
		if k != anchor {
			out = append(out, [2]string{anchor, k})
		}
	}
	return out
}

// MeetingRule finds bilateral meetings, receptions and visits: «состоялась
// встреча Председателя ЦИК РК … с делегациями …», «принял председателя …»,
// «провел двусторонние встречи с главами избирательных органов Индии,
// Бутана, Ирландии», «посетила Избирательную комиссию …», «met», «visit».
// The date is the sentence's own, else the article's lead date.
type MeetingRule struct{}

var (
	meetingWords = []string{"встреч", "встрет", "переговор", "бесед", "посетил", "посетит", "визит", "прием", "приём", "met ", "meets ", "meeting", "talks", "visit ", "visit,", "visit.", "visits", "visited", "visiting", "received", "receives", "hosted", "hosts", "called on", "courtesy call", "welcomed", "welcomes", "will welcome", "to welcome", "will meet ", "will also meet ", "to meet with", "discussions with", "discussion with", "interacted with", "interaction with", "телефонный разговор", "телефонного разговора", "телефонном разговоре", "phone call", "telephone conversation", "telephone call", "пообщал", "talked with", "spoke with", "онлайн-встреч", "онлайн встреч", "видеовстреч", "обсудил с ", "обсудила с ", "обсудили с ", "обсудил со ", "обсудила со ", "обсудили со ", "discussed with", "ознакомились с работой", "ознакомился с работой", "ознакомилась с работой", "ознакомиться с работой", "консультации с ", "консультаций с ", "консультациях с ", "консультации со ", "consultations with", "videoconferenc", "video conferenc", "online meeting", "virtual meeting", "видеоконференц"}
	// meetings with voters, «избирателе…/избирателя…», not «избирательн…»:
	// «встретились с избирательной комиссией» is a meeting
	notMeetingWords = []string{"с избирателе", "с избирателя", "встречи с граждан", "встречу избирателе", "встреча избирателе", "встречи избирателе", "встрече избирателе", "встречах избирателе", "встреч избирателе", "встречу избирателя", "встреча избирателя", "встречи избирателя", "встрече избирателя", "встречах избирателя", "встреч избирателя", "voters' meeting", "campaign rally", "с жител", "with voters", "эксклюзивной беседе", "беседе с корреспондент", "беседе с журналист", "in an interview", "exclusive interview", "panel discussion", "панельной дискусси", "панельная дискусси"}
)

// habitualWords say what someone does as a rule, not what happened ("AAEA
// is known for sending observers to member countries", "the meetings are
// hosted by member commissions on a rotational basis", «как правило», "ECI
// and UNDP have been collaborating …", "to promote exchange of visits").
var habitualWords = []string{"is known for", "are known for", "as a rule", "on a rotational basis", "on rotational basis", "как правило", "на ротационной основе", "на основе ротации", "many such", "usually", "typically", "normally", "numerous such", "множество подобных", "много подобных", "have been collaborating", "has been collaborating", "have been cooperating", "has been cooperating", "exchange of visits", "exchanges of visits", "обмен визитами", "обмена визитами", "обмене визитами", "обмены визитами"}

// assessmentMissions name the missions sent before an election to assess
// whether to observe it, which observe nothing themselves.
var assessmentMissions = []string{"exploratory mission", "assessment mission", "needs assessment", "pre-election mission", "pre-election assessment", "оценке потребностей", "оценки потребностей", "предвыборная оценочная", "предвыборной оценочной", "оценочная мисси", "оценочной мисси", "оценочную мисси", "оценочные мисси", "оценочных мисси"}

// observationInGeneral are words of a sentence about observing in general,
// not one election ("undertakes observation programmes in various
// countries"); observation only, since a meeting may be with someone who
// served «в разных странах».
var observationInGeneral = []string{"in various countries", "in different countries", "in several observation missions", "in many observation missions", "in numerous observation missions", "in several election observation missions", "in many election observation missions", "в нескольких миссиях наблюдения", "во многих миссиях наблюдения", "в многочисленных миссиях", "в различных странах", "в разных странах", "институт международного наблюдения", "института международного наблюдения", "институту международного наблюдения", "институтом международного наблюдения", "институте международного наблюдения", "institution of international observation",
	// «имеет большой опыт в наблюдении за выборами», "has long experience in
	// election observation": what it can do, not what it did
	"опыт в наблюдении", "опыт наблюдения", "опытом наблюдения", "опытом в наблюдении", "опыт в области наблюдения", "experience in observing", "experience in election observation", "experience in observation", "experience of observing", "experience of election observation"}

// organisationDescribed reports a sentence that says what an organisation
// is considered to be («БДИПЧ ОБСЕ считается наиболее авторитетной
// организацией по наблюдению за выборами»), not what it did.
func (a *Analysis) organisationDescribed(i int) bool {
	return a.hasPhrase(i, "считается", "is considered") && a.hasPhrase(i, "организаци", "organisation", "organization", "institution")
}

// Run adds meeting facts.
func (r MeetingRule) Run(a *Analysis) {
	refused := map[[2]string]bool{} // pairs whose meeting the text says did not happen
	defer a.headlineMeetings()
	defer a.dropRefusedMeetings(refused)
	lead := a.leadDate()
	lastSubject := "" // the subject of the last meeting that named one
	lastMet := ""     // who held the article's first meeting
	var lastPair [2]string
	lastPairAt := -10 // the sentence of the last meeting fact
	for i := range a.Sentences {
		if i-lastPairAt <= 2 && a.delegationMembers(i) && a.hasPhrase(i, "делегац", "delegation") && !a.hasPhrase(i, meetingWords...) {
			a.membersMetHost(i, lastPair, lastPairAt)
			continue
		}
		if i-lastPairAt <= 2 && a.alsoAttended(i) && a.attendedMeeting(i, lastPair, lastPairAt) {
			continue
		}
		if host, g := a.amongThemHost(i); host != "" {
			// "the Central Election Commission met with observers from
			// international organizations … Among them were delegations led
			// by …": the host met each one the sentence lists
			var met []string
			for _, k := range a.parties(i) {
				if k != host && !contains(met, k) && !strings.HasPrefix(k, "??") {
					met = append(met, k)
				}
			}
			if t := theseWereAt(a.Sentences[i].Tokens); len(met) == 0 && t >= 0 {
				// «… обсуждали с экспертами в партнерских избирательных
				// органах. … это были специалисты из России, Украины …»:
				// the countries' election bodies, when the group was of
				// election bodies; else their states
				bodies := a.hasPhrase(g, "избирательных орган", "избирательных комисси", "election bodies", "electoral bodies", "election management bodies", "election commissions", "electoral commissions")
				for _, m := range a.Mentions[i] {
					if m.Kind != graph.KindCountry || m.Tok0 <= t || m.Key == graph.CountryOf(host) {
						continue
					}
					k := graph.GovernmentKey(m.Key)
					if bodies {
						k = graph.BodyKey(m.Key)
					}
					if !contains(met, k) {
						met = append(met, k)
					}
				}
			}
			for _, k := range met {
				a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{host, k}, Date: a.sentenceDate(i - 1), Evidence: append(a.evidence(i-1, "meeting"), a.evidence(i, "meeting")...)})
			}
			if len(met) > 0 {
				continue
			}
		}
		if a.ledDelegationTo(i) && !a.hasPhrase(i, meetingWords...) {
			// "X had led a delegation to Cairo on the invitation of Egypt's
			// interim government": a visit to the one who invited
			if j := a.triggerAt(i, 0, invitationStems...); j >= 0 {
				if from, to := a.invitationRoles(i, j); from != "" && len(to) == 1 && to[0] != from && graph.KindOf(from) != graph.KindOrganization {
					a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{from, to[0]}, Evidence: a.evidence(i, "meeting")})
					continue
				}
			}
		}
		session := a.twoBodiesInSession(i)
		if !a.hasPhrase(i, meetingWords...) && !a.receives(i) && !a.videoCallWith(i) && !a.jointDiscussion(i) && !a.discussedWith(i) && !a.briefedDelegation(i) && !a.stayedAtBody(i) && !session && !a.ledDelegationToBody(i) {
			continue
		}
		if a.hasPhrase(i, notMeetingWords...) || a.speechOpens(i) || a.multilateralMeeting(i) || a.hasPhrase(i, habitualWords...) {
			continue
		}
		if a.videoModeOnly(i) {
			// «выступили в режиме видеоконференции»: how one spoke at an
			// event, no meeting
			continue
		}
		if a.signedDuringVisit(i) {
			// «подписали соглашение … во время визита делегации … в
			// Лондон»: a signing on a visit is no meeting said (GOLD.md)
			continue
		}
		if a.meetingRefused(i) {
			// «Председатель ЦИК отказался от встречи с наблюдателями»,
			// "the meeting was called off": no meeting, and none of the
			// same pair that was only planned
			keys := a.parties(i)
			for x := range keys {
				for y := range keys {
					refused[[2]string{keys[x], keys[y]}] = x != y
				}
			}
			continue
		}
		if j := a.participationTrigger(i); j >= 0 && (a.organisedStudyVisit(i, j) || hostedForEvent(a.Sentences[i].Tokens, j)) {
			// a study visit its organiser held, "hosted 51 delegates from …
			// as a part of a session": an event (ParticipationRule)
			continue
		}
		if a.sessionByVideo(i) {
			// "The 51st plenary session of the IPA CIS was held in the
			// format of a videoconference": an event held online, not two
			// parties meeting
			continue
		}
		// «принял приглашение … посетить Ереван» is an invitation, not a
		// meeting; "visited Cairo on the invitation of X", «посетил … по
		// приглашению X» is a visit that happened
		if a.hasPhrase(i, "приглаш", "invit") && !a.hasPhrase(i, "встреч", "meeting", "met ", "visited", "посетил", "посетила", "посетили", "прибыл", "arrived") && !a.ledDelegationTo(i) && !a.hasPhrase(i, visitUnderWay...) {
			continue
		}
		if a.invitedToVisitAfterMeeting(i) {
			// «По итогам встречи посол пригласил руководство ЦИК посетить
			// Высший избирательный совет Турции»: a visit to come, and the
			// meeting the sentences before told
			continue
		}
		helpers := a.visitHelpers(i)
		if !session && a.hostsEvent(i) || a.hostedPassive(i) || a.meetingReferredTo(i) || visitComesAfter(a.Sentences[i].Tokens) || a.meetingAsGathering(i) || a.organMeeting(i) || a.organisationMeeting(i) && a.participationTrigger(i) >= 0 || a.hasPhrase(i, "receiv", "welcom") && a.receivedThing(i) || a.visitedPlacesOnly(i) || a.acquaintedWithNobody(i) {
			continue
		}
		keys := a.withoutMembers(i, a.withoutOrganisers(i, a.withoutEventOwners(i, a.parties(i))))
		keys = a.withoutAccreditors(i, keys)
		keys = a.withoutReporter(i, keys)
		keys = a.withoutElected(i, keys)
		keys = a.withoutThingOwners(i, keys)
		keys = a.withoutLeadersOffice(i, keys)
		if len(helpers) > 0 {
			// "The visit was organized jointly with the Council of Europe",
			// "The visit, facilitated by GIZ, …": who helped arrange the
			// visit, not whom it met
			keys = slices.DeleteFunc(keys, func(k string) bool { return contains(helpers, k) })
		}
		attended := a.hasPhrase(i, "attended the meeting", "present at the meeting", "joined the meeting", "took part in the meeting", "participated in the meeting", "representatives at the meeting", "representatives to the meeting", "represented at the meeting", "attended the briefing", "representatives at the briefing", "represented at the briefing", "meeting was attended by", "meeting was also attended by", "talks were attended by", "присутствовали на встрече", "приняли участие во встрече", "участие во встрече", "представители на встрече")
		if attended {
			// "Angola, Australia and Brazil sent representatives at the
			// meeting": the states the subject names
			keys = append(keys, a.subjectStates(i, keys)...)
		}
		mission, metGuests := "", ""
		if len(keys) == 1 {
			// «встретился с руководством миссии»: the mission named before
			if m := a.missionCounterpart(i); m != "" && m != keys[0] {
				keys = append(keys, m)
				mission = m
			}
		}
		if len(keys) == 1 && mission == "" {
			// «… в том числе БДИПЧ ОБСЕ, СНГ и ШОС. Председатель ЦИК встретился
			// с руководителями миссий»: each mission named before
			if ms := a.missionHeadsMet(i, keys[0]); len(ms) > 0 {
				date := a.sentenceDate(i)
				if date == "" {
					date = lead
				}
				for _, m := range ms {
					a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{keys[0], m}, Date: date, Evidence: append(a.evidence(i-1, "meeting"), a.evidence(i, "meeting")...)})
				}
				continue
			}
		}
		if len(keys) == 1 && mission == "" {
			// «Представители ОТГ будут наблюдать за выборами. Сегодня с
			// делегацией встретились члены ЦИК»: the delegation named
			// before
			if d := a.bareDelegationCounterpart(i, graph.CountryOf(keys[0])); d != "" && d != keys[0] {
				keys = append(keys, d)
				mission = d
			}
		}
		if len(keys) == 1 {
			// «… делегация ЦИК Узбекистана находится в Астане. Гости
			// встретились с руководством Центризбиркома»: the guests are
			// the visitors the sentence before named
			if g := a.guestsNamedBefore(i); g != "" && graph.CountryOf(g) != graph.CountryOf(keys[0]) {
				keys = append(keys, g)
				metGuests = g
			}
		}
		if len(keys) >= 1 && metGuests == "" && mission == "" {
			// «"Я встретился с председателем ЦИК РК …. …", – сообщил глава
			// миссии ШОС X»: the speaker's body met them
			if sp := a.firstPersonSpeaker(i); sp != "" && !contains(keys, sp) {
				keys = append(keys, sp)
				metGuests = sp
			}
		}
		if len(keys) == 0 {
			continue
		}
		if len(keys) == 1 && a.statesmanMet(i) {
			// «Председатель кабинета министров Адылбек Касымалиев провел
			// встречу с …», «Эдвард Налбандян принял …, сообщает
			// пресс-служба МИД», «Глава государства принял председателя
			// ЦИК»: a state officer met them — the home state, not the
			// home body
			if gov := a.statesmansState(keys[0]); gov != "" && gov != keys[0] && !a.hasPhrase(i, "наблюдател", "визит", "observer", "visit") && !(a.hasPhrase(i, "делегаци", "delegation") && !onlyDelegationsMet(a.Sentences[i].Tokens)) {
				// (not «Сенатор в составе делегации наблюдателей
				// встретился с …»: a visitor's state is not the home;
				// «принял делегацию ЦИК России» is the delegation met)
				date := a.sentenceDate(i)
				if date == "" {
					date = lead
				}
				a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{gov, keys[0]}, Date: date, Evidence: a.evidence(i, "meeting")})
			}
			continue
		}
		asThey := a.observersAsThey(i, keys)
		if len(asThey) == 0 && len(keys) == 1 {
			// «Избирком области посетили международные наблюдатели из
			// Бразилии, Индии и ЮАР»: the observers met the one body named
			asThey = a.visitingObservers(i, keys)
		}
		if len(keys) == 1 && keys[0] == a.homeBody() && len(asThey) == 0 && mission == "" && metGuests == "" && singularPronounOpens(a.Sentences[i].Tokens) {
			// «X, председатель ЦИК Кыргызстана, прибывший в Казахстан, … .
			// Он встретился с председателем ЦИК»: the one the sentence
			// before opened with met the home body
			if p := a.openingActor(i - 1); p != "" && p != keys[0] && graph.KindOf(p) != graph.KindGovernment {
				keys = append(keys, p)
				metGuests = p
			}
		}
		if len(keys) == 1 && keys[0] == a.homeBody() && len(asThey) == 0 && mission == "" && metGuests == "" && pluralPronounOpens(a.Sentences[i].Tokens) {
			// «Миссии наблюдателей от МПА СНГ, ПА ОДКБ и ТюркПА прибыли в
			// Кыргызстан. … Они проведут ряд встреч с руководством ЦИК»:
			// each of those the sentence before named meets the home body
			if them := a.theyNamedBefore(i, keys[0]); len(them) > 0 {
				for _, k := range them {
					a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{keys[0], k}, Date: a.sentenceDate(i), Evidence: a.evidence(i, "meeting")})
				}
				continue
			}
		}
		if len(keys) == 1 && keys[0] == a.homeBody() && len(asThey) == 0 {
			continue
		}
		if len(keys) == 1 && len(asThey) == 0 && mission == "" && metGuests == "" && a.metOwnPeople(i, keys[0]) {
			// "the ECOWAS observers had a meeting with Prof. X, Head of the
			// ECOWAS Election Observation Mission": among themselves
			continue
		}
		if len(keys) == 1 && len(asThey) == 0 && a.visitedCountryOnly(i) {
			// "a preliminary SADC mission had visited Zimbabwe": a visit to
			// a country, no one there named to meet
			continue
		}
		if len(keys) == 1 && a.metAlone(i) {
			// "The Committee of the Union … met September 22-23 to plan
			// the Conference": a body's own session, no one else met
			continue
		}
		if i == 0 && len(keys) == 1 && mission == "" && metGuests == "" && (a.headlineSubjectOfNoBody() || a.headlineSurnameSubject()) {
			// "Adylbek Kasymaliev meets with head of CIS Observer Mission"
			// over "The Chairman of the Cabinet of Ministers Adylbek
			// Kasymaliev met …": a person the text below gives no election
			// body met them — not the home body
			continue
		}
		if len(keys) == 1 && mission == "" && metGuests == "" && a.unkeyedPersonSubject(i) {
			// «Лебедев обсудил с узбекским МИД итоги саммита СНГ»: a person
			// of no body we know met them — not the home body
			continue
		}
		if len(keys) == 1 && mission == "" && len(asThey) == 0 && a.unkeyedCounterpart(i) {
			// «Председатель Палаты представителей Беларуси встретился с
			// делегацией Государственной Думы»: the one named met someone
			// we cannot key — not the home body
			continue
		}
		date := a.sentenceDate(i)
		if date == "" && a.hasPhrase(i, "состоял", "прошл", "провел", "принял", "встретил", "посетил", "held", "met", "visited") {
			date = lead
		}
		pairs := a.pairsWith(keys)
		if subj := a.soleSubjectAbroad(i, keys); subj != "" {
			// «Члены ЦИК Казахстана … встретились с руководством ГИК
			// Монголии и посетили Государственный Великий Хурал» in an
			// article from Ulaanbaatar: the visitors met each, not the home
			// body its own parliament
			pairs = pairAll(subj, keys)
		}
		if subj := a.visitingSubject(i, keys); subj != "" {
			// «наблюдатели от МПА СНГ встретились с Президентом Монголии,
			// Председателем ГИК …»: the one subject met each counterpart,
			// the home body among them; the counterparts did not meet
			pairs = pairAll(subj, keys)
		}
		if subjs, others := a.coordinatedMeetingSubjects(i, keys); len(subjs) > 1 && len(others) > 0 {
			// "NDI and IRI held a meeting with the Election Commission",
			// «Делегации ОБСЕ и СНГ встретились с ЦИК»: each subject met
			// each counterpart, not one another
			pairs = nil
			for _, sj := range subjs {
				pairs = append(pairs, pairAll(sj, append([]string{sj}, others...))...)
			}
		}
		between := len(keys) == 2 && (a.hasPhrase(i, "между", "between") || a.meetingOfBoth(i, keys))
		named := a.partyBefore(i, meetingWords...)
		guests, unnamedGuests := a.guestsMetHosts(i, keys)
		if unnamedGuests {
			continue
		}
		if metGuests != "" {
			guests = metGuests
		}
		if subjs := asThey; len(subjs) > 0 {
			// «Группа китайских наблюдателей посетила страну … Они приняли
			// участие во встрече с …»: the observers met each counterpart
			pairs, named = nil, true
			for _, subj := range subjs {
				pairs = append(pairs, pairAll(subj, keys)...)
			}
		} else if guests != "" {
			// «… гости ознакомились с законодательством, а также были
			// приняты в ЦИК»: the guests met each host
			pairs, named = pairAll(guests, keys), true
		} else if mission != "" {
			// the mission met the one the sentence names
			pairs = pairAll(mission, keys)
		} else if attended && !contains(keys, a.homeBody()) && (lastMet != "" || !strings.HasPrefix(a.meetingSubject(i, keys), "??")) {
			// "X, Y and Z attended the meeting", "… sent representatives at
			// the meeting": each met the one who held the meeting the
			// article told of, that day, else its main actor
			if date == "" {
				date = lead
			}
			host := lastMet
			if host == "" {
				host = a.meetingSubject(i, keys)
			}
			pairs = pairAll(host, keys)
		} else if !between && !named && (!contains(keys, a.homeBody()) || a.visitorMeetsHome(i, keys)) {
			// «встреча с Натальей Будариной …»: the subject is the one who
			// met someone in the sentences before («Глава Миссии СНГ
			// встретился с … Также состоялась встреча с Министром …»), else
			// the home body
			subject := a.meetingSubject(i, keys)
			if lastSubject != "" && !contains(keys, lastSubject) {
				subject = lastSubject
			}
			if f := a.Sentences[i].Tokens[0].Fold; (f == "они" || f == "they") && subject == a.homeBody() && !slices.ContainsFunc(keys, func(k string) bool { return graph.CountryOf(k) != a.Home }) {
				// «Они посетили Избирательную комиссию области» of visitors
				// we could not key: not the home body, which met none of its
				// own country's actors as «они»
				continue
			}
			if l := a.delegationLeader(i); l != "" && !contains(keys, l) {
				// "X led a delegation to Nigeria … The team paid a
				// courtesy call on …": the team is X's
				subject = l
			}
			pairs = nil
			for _, k := range keys {
				pairs = append(pairs, [2]string{subject, k})
			}
		} else if named && len(keys) > 0 {
			lastSubject = keys[0]
		}
		pairs = slices.DeleteFunc(pairs, func(p [2]string) bool { return a.noPairMet(i, p) })
		pairs = append(pairs, a.groupsMetToo(i, pairs)...)
		if subj, others := a.laterMeetingClause(i); subj != "" {
			// "… has raised eyebrows as it comes days US Ambassador X held a
			// meeting with the ECP chief": a clause of its own
			for _, o := range others {
				if p := [2]string{subj, o}; !slices.Contains(pairs, p) && !slices.Contains(pairs, [2]string{o, subj}) {
					pairs = append(pairs, p)
				}
			}
		}
		for _, p := range pairs {
			a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{p[0], p[1]}, Date: date, Evidence: a.evidence(i, "meeting")})
		}
		if len(pairs) > 0 {
			lastPair, lastPairAt = pairs[0], i
		}
		if len(pairs) > 0 && lastMet == "" {
			lastMet = pairs[0][0]
		}
	}
}

// headlineEnd returns the index of the lead: the first sentence of ten
// tokens or more, or of the paragraph after the article's first paragraphs
// of one short line each; the sentences before it are the headline.
func (a *Analysis) headlineEnd() int {
	for i, s := range a.Sentences {
		if len(s.Tokens) >= 10 {
			for i > 0 && a.Sentences[i-1].Paragraph == s.Paragraph {
				i--
			}
			return i
		}
	}
	return 0
}

// meetingRefused reports a sentence i that says a meeting did not happen:
// a side refused or declined it («отказался от встречи», «отказался с нами
// встретиться», "declined to meet"), or it was cancelled or fell through
// («встреча была отменена», «встреча не состоялась», "the meeting was
// called off").
func (a *Analysis) meetingRefused(i int) bool {
	toks := a.Sentences[i].Tokens
	for j, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"встреч", "встрет", "meet"}) && t.Fold != "met" {
			continue
		}
		for k := max(0, j-3); k < j; k++ {
			if f := toks[k].Fold; hasAnyPrefix(f, []string{"отказа", "отказы", "отмен", "declin", "refus", "cancel"}) || (f == "не" || f == "not" || f == "never") && k+1 < len(toks) && toks[k+1].Fold != "только" && toks[k+1].Fold != "only" {
				return true
			}
		}
		for k := j + 1; k < len(toks); k++ {
			// right after the meeting's word, or after an auxiliary verb
			// («встреча … была отменена», "the meeting between … was
			// called off")
			if k > j+4 && !contains([]string{"was", "were", "been", "была", "был", "было", "были"}, toks[k-1].Fold) {
				continue
			}
			if f := toks[k].Fold; hasAnyPrefix(f, []string{"отмен", "сорвал", "cancel"}) || f == "не" && k+1 < len(toks) && hasAnyPrefix(toks[k+1].Fold, []string{"состоял", "прошл"}) || f == "called" && k+1 < len(toks) && toks[k+1].Fold == "off" {
				return true
			}
		}
		return false // the first meeting word only
	}
	return false
}

// dropRefusedMeetings removes the meetings of a pair the text says did not
// meet (refused) that only sentences of a plan state («миссия планировала
// встречу с главой ЦИК», "was to meet"): the plan fell through.
func (a *Analysis) dropRefusedMeetings(refused map[[2]string]bool) {
	if len(refused) == 0 {
		return
	}
	planned := func(e graph.Evidence) bool {
		f := text.Fold(e.Sentence)
		return hasAnySubstring(f, "планир", "намеч", "намерен", "должн", "предполага", "planned", "plans to", "was to meet", "were to meet", "scheduled", "intended")
	}
	a.removeFacts(func(f graph.Fact) bool {
		return f.Type == graph.Meeting && len(f.Parties) == 2 && refused[[2]string{f.Parties[0], f.Parties[1]}] && len(f.Evidence) > 0 && !slices.ContainsFunc(f.Evidence, func(e graph.Evidence) bool { return !planned(e) })
	})
}

// headlineMeetings drops a meeting stated only in the headline whose one
// party the headline does not name («Встреча с представителями ОБСЕ»,
// given to the article's home body) when the text below states a meeting
// of the other party: the headline sums up that meeting, whose parties the
// text names («Председатель Избирательной комиссии Воронежской области …
// встретился с представителями миссии ОБСЕ»).
func (a *Analysis) headlineMeetings() {
	a.foldHeadlineFacts(graph.Meeting, func(f graph.Fact, named func(string) bool) (string, bool) {
		if len(f.Parties) != 2 {
			return "", false
		}
		for x, p := range f.Parties {
			if !named(p) {
				return f.Parties[1-x], true
			}
		}
		return "", false
	}, func(g, _ graph.Fact, q string) bool { return contains(g.Parties, q) })
}

// headlineAwards drops an award stated only in the headline whose giver
// the headline does not name («Глава ЦИК РФ Элла Памфилова удостоена
// ордена «Достык»», given to the home state by guess) when the text below
// states an award to the same receiver («посол Казахстана … вручил орден»):
// the headline sums up that award.
func (a *Analysis) headlineAwards() {
	a.foldHeadlineFacts(graph.Award, func(f graph.Fact, named func(string) bool) (string, bool) {
		return f.To, !named(f.From)
	}, func(g, head graph.Fact, to string) bool {
		if !sameAwardName(g.Award, head.Award) {
			return false
		}
		if g.To == to {
			return true
		}
		// («Глава ЦИК РФ удостоена …» over «… председателю ЦИК РФ Элле
		// Памфиловой»: the body's head)
		for _, p := range a.persons.named(g.To) {
			if p.org == to && p.title == "chairman" {
				return true
			}
		}
		return false
	})
}

// sameAwardName reports two names of one award: one's words (by their
// first five letters, «Достык» and «Достық» alike) all in the other's.
func sameAwardName(x, y string) bool {
	key := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(text.Fold(s)) {
			w = strings.Trim(w, "«»\"“”")
			if r := []rune(w); len(r) > 5 {
				w = string(r[:5])
			}
			if w != "" {
				out = append(out, w)
			}
		}
		return out
	}
	kx, ky := key(x), key(y)
	if len(kx) > len(ky) {
		kx, ky = ky, kx
	}
	if len(kx) == 0 {
		return false
	}
	for _, w := range kx {
		if !slices.Contains(ky, w) && !slices.ContainsFunc(ky, func(v string) bool { return strings.HasPrefix(v, w) || strings.HasPrefix(w, v) }) {
			return false
		}
	}
	return true
}

// foldHeadlineFacts merges into a fact of the text each fact of type typ
// stated only in the headline that guess says the headline left open:
// guess returns the key the text's fact must share (by same) and whether
// the headline fact is a guess at all, same is asked of each text fact
// with the headline fact; the headline fact's evidence goes to the text's
// fact.
func (a *Analysis) foldHeadlineFacts(typ graph.FactType, guess func(f graph.Fact, named func(string) bool) (string, bool), same func(g, head graph.Fact, key string) bool) {
	end := a.headlineEnd()
	if end == 0 && len(a.Sentences) > 1 && a.Sentences[1].Paragraph != a.Sentences[0].Paragraph {
		// a title line of ten words or more, a paragraph of its own
		end = 1
	}
	if end == 0 {
		return
	}
	lead := a.Sentences[end].Start
	inHeadline := func(f graph.Fact) bool {
		for _, e := range f.Evidence {
			if e.Start >= lead {
				return false
			}
		}
		return len(f.Evidence) > 0
	}
	named := func(key string) bool {
		for i := 0; i < end; i++ {
			for _, m := range a.Mentions[i] {
				if a.actorKey(m) == key {
					return true
				}
			}
		}
		return false
	}
	var drop []int
	for k, f := range a.Doc.Facts {
		if f.Type != typ || !inHeadline(f) {
			continue
		}
		key, open := guess(f, named)
		if !open {
			continue
		}
		for n, g := range a.Doc.Facts {
			if n != k && g.Type == typ && same(g, f, key) && !inHeadline(g) {
				a.Doc.Facts[n].Evidence = append(a.Doc.Facts[n].Evidence, f.Evidence...)
				drop = append(drop, k)
				break
			}
		}
	}
	for n := len(drop) - 1; n >= 0; n-- {
		a.removeFact(drop[n])
	}
}

// deniedInvitees returns the actors a denied invitation of sentence i names
// as its object ("Although Russia did not invite ODIHR, …"): they do not
// observe there.
func (a *Analysis) deniedInvitees(i int) []string {
	j := a.findStem(i, 0, invitationStems...)
	if j < 0 || !a.negated(i, j) {
		return nil
	}
	toks := a.Sentences[i].Tokens
	end := j + 1
	for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" {
		end++
	}
	return a.actorKeysIn(i, j+1, end)
}

// visitedPollingStations returns the token of the verb of «посетил
// избирательные участки», "visited polling stations" (what observers do on
// election day), or -1.
func (a *Analysis) visitedPollingStations(i int) int {
	if !a.hasPhrase(i, "участк", "polling station") {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"посетил", "посетит", "посетят", "побывал", "побывает", "побывают", "visited", "visit", "toured"}) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			// («побывали на избирательных участках», "toured polling stations")
			if f := toks[n].Fold; strings.HasPrefix(f, "участк") && n > k+1 && (strings.HasPrefix(toks[n-1].Fold, "избирательн") || toks[n-1].Kind == text.Number && a.Frame.SpeaksOfElection) || f == "stations" && toks[n-1].Fold == "polling" {
				// («посетил 28 участков в Бишкеке» in an article on an election)
				return k
			}
		}
	}
	return -1
}

// witnessedElection returns the token of "witness(ed)" when an election
// word follows it within four words ("arrived in New Delhi to witness the
// ongoing General Elections"): observing it; -1 otherwise ("witnessed the
// signing" is no election).
func (a *Analysis) witnessedElection(i int) int {
	if !a.hasPhrase(i, "witness", "accompan") {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold == "accompany" || t.Fold == "accompanies" || t.Fold == "accompanying" {
			// "Argentina, Chile … will accompany the Dominican Republic
			// in this electoral process": an electoral accompaniment
			// mission, which observes (not "accompanied by")
			for n := k + 2; n < len(toks) && n <= k+9; n++ {
				if toks[n].Fold == "process" && hasAnyPrefix(toks[n-1].Fold, []string{"electoral", "election"}) {
					return k
				}
			}
			continue
		}
		if t.Fold != "witness" && t.Fold != "witnessed" && t.Fold != "witnessing" {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"election", "poll", "vote", "referend"}) {
				if n+1 < len(toks) && hasAnyPrefix(toks[n+1].Fold, []string{"commission", "official", "staff", "body", "management", "administrat", "'s", "’s"}) {
					break // "the election commission's training": no election watched
				}
				return k
			}
		}
	}
	return -1
}

// enclosingEventPlace returns the country of a larger event that sentence
// i names besides its own event at token ev («В ходе второго дня форума
// состоялось заседание Совета …» after «В Чолпон-Ате завершился … форум»):
// the same kind of event placed in one of the three sentences before; ""
// when there is none.
func (a *Analysis) enclosingEventPlace(i, ev int) string {
	toks := a.Sentences[i].Tokens
	for n, t := range toks {
		if n == ev || t.Kind != text.Word || !hasAnyPrefix(t.Fold, eventWords) || hasAnyPrefix(t.Fold, []string{"мероприяти"}) {
			continue
		}
		stem := t.Fold
		if r := []rune(stem); len(r) > 5 {
			stem = string(r[:5])
		}
		for k := i - 1; k >= 1 && k >= i-3; k-- {
			if ek := a.findStem(k, 0, stem); ek >= 0 {
				if c := a.eventCountry(k, ek, a.eventOrganizers(k, ek)); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// governedKeys returns the actor keys of sentence i governed by «с»,
// "with" (a.governed): the counterparts of a meeting.
func (a *Analysis) governedKeys(i int) []string {
	var out []string
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); k != "" && a.governed(i, m) {
			out = append(out, k)
		}
	}
	return out
}

// metTheListed reports a sentence of meetings («Состоялись встречи … с
// руководителями и представителями центральных избирательных органов A,
// B и C», "Meetings were held with representatives of …"): whom the
// observers met, not more observers.
func (a *Analysis) metTheListed(i int) bool {
	toks := a.Sentences[i].Tokens
	return len(toks) > 0 && hasAnyPrefix(toks[0].Fold, []string{"состоял", "прошл", "провед", "meetings", "met"}) && a.findStem(i, 0, "встреч", "meeting", "met") >= 0 ||
		a.findStem(i, 0, "встречи", "встреч", "meetings") >= 0 && a.findStem(i, 0, "обмен") >= 0
}

// missionsInGeneral reports a sentence about observation missions in the
// plural as a kind of work, not one mission: "The European Union conducts
// electoral observation missions to help …", "lessons learned from past
// Commonwealth election observation missions", «вопросы работы миссий
// наблюдателей».
func (a *Analysis) missionsInGeneral(i int) bool {
	if a.hasPhrase(i, "миссий наблюдател", "миссий по наблюдени") {
		// «вопросы работы миссий наблюдателей», «деятельности миссий
		// по наблюдению»: the work of observation missions as a kind
		toks := a.Sentences[i].Tokens
		for k := 1; k < len(toks); k++ {
			if toks[k].Fold == "миссий" && hasAnyPrefix(toks[k-1].Fold, []string{"работ", "деятельност", "регулир", "методик", "методолог", "стандарт", "практик"}) && !a.actorSoonAfter(i, k) && a.findStem(i, k, electionWords...) < 0 {
				// (not «работы миссий наблюдателей ОБСЕ на выборах
				// президента РФ»: whose, at which election)
				return true
			}
		}
	}
	if !a.hasPhrase(i, "missions") {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "missions" || k == 0 || !hasAnyPrefix(toks[k-1].Fold, []string{"observ", "monitor"}) {
			continue
		}
		for n := k - 2; n >= 0 && n >= k-6; n-- {
			switch toks[n].Fold {
			case "past", "previous", "conducts", "conduct", "undertakes", "many", "numerous":
				return true
			}
		}
	}
	return false
}

// asksToSend reports a sentence that asks others to send observers
// («Таджикистан обратился к государствам … направить своих наблюдателей»,
// «БДИПЧ … предложено сформировать миссию», "requested the Commonwealth
// to send observers"): a request, no observation yet.
func (a *Analysis) asksToSend(i int) bool {
	if !a.hasPhrase(i, "обратил", "попросил", "просил", "предложено", "предложил", "requested", "asked", "appealed") {
		return false
	}
	r := a.findStem(i, 0, "обратил", "попросил", "просил", "предложено", "предложил", "requested", "asked", "appealed")
	if r < 0 {
		return false
	}
	v := a.findStem(i, r+1, "направить", "прислать", "сформировать", "send", "dispatch", "deploy")
	if v <= r {
		return false
	}
	if f := a.Sentences[i].Tokens[r].Fold; f == "предложено" || f == "предложил" || strings.HasPrefix(f, "предложил") {
		// («… предложено сформировать миссии в количестве 70 человек»; not
		// «наблюдатели … предложили сформировать рабочую группу»)
		return a.findStem(i, v+1, "мисси", "наблюдател") > v && a.findStem(i, v+1, "мисси", "наблюдател") <= v+3
	}
	return true
}

// subjectStates returns the governments of the countries named by name
// before the first verb of sentence i whose bodies keys do not hold.
func (a *Analysis) subjectStates(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	verb := firstPastVerb(toks)
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || m.Via != ViaName || a.governedBy(i, m, "с", "со", "with", "между", "between", "despite", "несмотря") {
			continue // ("Despite tensions between Armenia and Azerbaijan, …")
		}
		if m.Tok0 > 0 {
			if f := toks[m.Tok0-1].Fold; f == "to" || f == "in" || f == "at" || f == "в" || f == "во" {
				continue // "US Ambassador to Bangladesh": where he serves
			}
		}
		if verb < m.Tok0 {
			break
		}
		gov := graph.GovernmentKey(m.Key)
		if !contains(out, gov) && !contains(keys, gov) && !contains(keys, graph.BodyKey(m.Key)) {
			out = append(out, gov)
		}
	}
	return out
}

// visitorMeetsHome reports a meeting sentence with no subject whose
// parties, the home body among them, all follow «с», "with" («В ходе
// визита планируются встречи с руководством Национального Собрания,
// ЦИК, …»), in an article whose main actor is someone else: the visitor
// meets each of them, they do not meet each other.
func (a *Analysis) visitorMeetsHome(i int, keys []string) bool {
	m := a.Frame.Main
	if m == "" || strings.HasPrefix(m, "??") || contains(keys, m) || m == a.homeBody() {
		return false
	}
	toks := a.Sentences[i].Tokens
	with := -1
	for k, t := range toks {
		if (t.Fold == "с" || t.Fold == "со" || t.Fold == "with") && !(k+1 < len(toks) && toks[k+1].Kind == text.Number) {
			with = k // not «С 3 по 5 июня»
			break
		}
	}
	if with < 0 {
		return false
	}
	for _, mm := range a.Mentions[i] {
		if k := a.actorKey(mm); k != "" && contains(keys, k) && mm.Tok0 < with {
			return false
		}
	}
	return true
}

// acquaintedWithNobody reports a sentence whose only meeting word is
// «ознакомились с работой» and names no actor after it («… с работой ряда
// окружных и участковых избирательных комиссий»): the work of commissions
// we cannot name, no meeting.
func (a *Analysis) acquaintedWithNobody(i int) bool {
	j := a.findStem(i, 0, "ознакомил")
	if j < 0 || a.hasPhrase(i, "встреч", "встрет", "переговор", "бесед", "посетил", "посетит", "посетили", "принял", "приняла") {
		return false
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 > j && a.actorKey(m) != "" {
			return false
		}
	}
	return true
}

// visitedPlacesOnly reports a sentence whose only meeting word is a visit
// to places rather than to someone: «посетили избирательные участки
// Бишкека», "visited polling stations in five regions".
func (a *Analysis) visitedPlacesOnly(i int) bool {
	if a.hasPhrase(i, "встреч", "встрет", "переговор", "бесед", "ознакомил", "met ", "meets ", "meeting", "talks", "received", "hosted", "called on", "courtesy call") {
		return false
	}
	toks := a.Sentences[i].Tokens
	v := a.findStem(i, 0, "посетил", "посетит", "visited", "visits", "visiting", "visit")
	if v < 0 {
		return false
	}
	if v <= 2 {
		// «Полуостров посетили наблюдатели ОБСЕ»: the place before the verb
		for k := 0; k < v; k++ {
			if hasAnyPrefix(toks[k].Fold, visitedPlaces) && !isAdjective(toks[k].Fold) && !a.insideMention(i, k) && !hasAnyPrefix(toks[k].Fold, []string{"regional", "district", "provincial", "municipal"}) {
				return true
			}
		}
	}
	for k := v - 1; k >= 2 && k >= v-3; k-- {
		if strings.HasPrefix(toks[k].Fold, "котор") && toks[k-1].Text == "," && hasAnyPrefix(toks[k-2].Fold, visitedPlaces) {
			// «на участках, которые он посетил»: the places the
			// relative clause's verb is about
			return true
		}
	}
	if a.hasPhrase(i, assessmentMissions...) && !a.actorBetween(i, v, len(toks)) {
		// "The EU exploratory mission visited Bangladesh": the country,
		// no one in it named
		return true
	}
	for _, dm := range a.dict[i] {
		if dm.Start == v+1 && (dm.Entry.Kind == gazetteer.City || dm.Entry.Kind == gazetteer.CountryName && dm.Entry.Key != a.Home && a.Home != "") && !a.actorBetween(i, v, len(toks)) && !a.hasPhrase(i, "по приглашению", "at the invitation", "on the invitation", "upon the invitation", "upon invitation") {
			// («Делегация ЦИК России по приглашению ЦИК Кыргызстана посетила
			// Бишкек»: the inviter, named before the verb, is met)
			// "… Sergey Lebedev visits Tashkent" in an article from Baku, "A
			// pre-election assessment mission will visit Dhaka": a city, or
			// a country abroad, and no one met (one the sentence names
			// after it, "on the invitation of Egypt's government", is met)
			return true
		}
	}
	for k := v + 1; k < len(toks) && k <= v+6; k++ {
		if a.insideMention(i, k) {
			return false // «посетила Избирательную комиссию Ленинградской области»
		}
		if hasAnyPrefix(toks[k].Fold, visitedPlaces) {
			return true
		}
		if strings.HasPrefix(toks[k].Fold, "избирательн") && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Fold, "уч") {
			return true // «посетить как можно больше избирательных участков»
		}
		if toks[k].Fold == "to" && k+1 < len(toks) && hasAnyPrefix(toks[k+1].Fold, []string{"witness", "observe", "monitor"}) {
			// "Heads of the election bodies of A, B and C visit to witness
			// the elections": a visit to an election, no one met
			return !a.actorBetween(i, k, len(toks))
		}
	}
	return false
}

// visitedPlaces are the places a visit goes to without meeting anyone.
var visitedPlaces = []string{"участк", "polling", "precinct", "counting", "station", "регион", "район", "област", "город", "school", "школ", "region", "district", "provinc", "полуостров", "остров", "деревн", "поселок", "посёлок", "peninsula", "island", "village"}

// membersMetHost reads sentence i, which lists a delegation's members
// ("A delegation of the EU … sat in a meeting with the Election
// Commission. The delegation members include the Swedish Ambassador …"),
// after the meeting pair of sentence at: each member's side met the host
// too. The host is the side of pair the members do not name, else the
// article's own body; the delegation's own country's officials are the
// delegation and meet no one of their own.
func (a *Analysis) membersMetHost(i int, pair [2]string, at int) {
	members := a.parties(i)
	host, side := "", ""
	switch {
	case contains(members, pair[0]):
		host, side = pair[1], pair[0]
	case contains(members, pair[1]):
		host, side = pair[0], pair[1]
	case graph.CountryOf(pair[0]) == a.Home:
		host, side = pair[0], pair[1]
	case graph.CountryOf(pair[1]) == a.Home:
		host, side = pair[1], pair[0]
	default:
		return
	}
	for _, m := range members {
		if m != host && graph.CountryOf(m) != graph.CountryOf(host) && (m == side || graph.CountryOf(m) != graph.CountryOf(side)) {
			a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{host, m}, Date: a.sentenceDate(at), Evidence: a.evidence(i, "meeting")})
		}
	}
}

// jointDiscussion reports two parties joined by «и»/"and" as the subject
// of «обсудили»/"discussed": «Председатель ЦИК России и председатель ЦИК
// Монголии обсудили перспективы сотрудничества» — they held talks.
func (a *Analysis) jointDiscussion(i int) bool {
	v := a.findStem(i, 0, "обсудили", "discussed")
	if v < 1 && a.hasPhrase(i, "обменялись", "exchanged") {
		if e := a.findStem(i, 0, "обменялись", "exchanged"); e >= 1 && e+1 < len(a.Sentences[i].Tokens) && hasAnyPrefix(a.Sentences[i].Tokens[e+1].Fold, []string{"мнени", "views"}) {
			v = e // «обменялись мнениями», "exchanged views"
		}
	}
	if v < 1 {
		v = a.heldSession(i)
	}
	if v < 1 {
		return false
	}
	toks := a.Sentences[i].Tokens
	var keys []string
	last := -1
	for _, m := range a.clauseActorsBefore(i, v) {
		k := a.actorKey(m)
		if k == "" || strings.HasPrefix(k, "??") || contains(keys, k) {
			continue
		}
		if len(keys) == 1 && !slices.ContainsFunc(toks[last:m.Tok0], func(t text.Token) bool { return t.Fold == "и" || t.Fold == "and" }) {
			return false
		}
		keys = append(keys, k)
		last = m.Tok1
	}
	return len(keys) == 2
}

// heldSession returns the verb of «провели (онлайн-)совещание
// (консультации)», "held a (working) session", "held bilateral
// consultations" in sentence i, or -1: two bodies that hold a session
// together meet (jointDiscussion asks that exactly two hold it).
func (a *Analysis) heldSession(i int) int {
	if !a.hasPhrase(i, "провели", "held") || !a.hasPhrase(i, heldNouns...) {
		return -1
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "провели" && t.Fold != "held" {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+3; n++ {
			if hasAnyPrefix(toks[n].Fold, heldNouns) {
				return k
			}
		}
	}
	return -1
}

// sessionWords name a working session («совещание», "session").
var sessionWords = []string{"совещани", "онлайн-совещани", "видеосовещани", "session"}

// heldNouns are what two bodies hold together when they meet: a session
// or consultations (heldSession).
var heldNouns = append([]string{"консультаци", "consultation"}, sessionWords...)

// twoBodiesInSession reports «совещание с ЦИК Грузии», "a working session
// with X", and «совещание представителей ЦИК Армении и ЦИК Грузии» naming
// exactly two: a session of two is a meeting (of three or more, an event).
func (a *Analysis) twoBodiesInSession(i int) bool {
	if !a.hasPhrase(i, sessionWords...) {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, sessionWords) || k+1 >= len(toks) {
			continue
		}
		next := toks[k+1].Fold
		if m := a.firstMentionAfter(i, k+1); (next == "с" || next == "со" || next == "with") && (m == k+2 || m == k+3 && toks[k+2].Fold == "the") {
			return true
		}
		if contains(groupHeads, next) && len(keys(a.listAfter(i, k+1))) == 2 {
			return true
		}
	}
	return false
}

// discussedWith reports «обсудил(а) … с X» with words between the verb and
// «с» («Подготовку к форуму обсудил сегодня председатель ЦИК Беларуси с
// первым заместителем генерального секретаря СНГ»): a meeting with X, in
// one clause.
func (a *Analysis) discussedWith(i int) bool {
	v := a.findStem(i, 0, "обсудил", "обсуждал")
	if v < 0 {
		// "held bilateral discussions here yesterday with …": the noun
		// the verb of holding governs, its partners after "with"
		if n := a.findStem(i, 0, "discussions", "consultations"); n > 0 && (a.Sentences[i].Tokens[n-1].Fold == "held" || n > 1 && a.Sentences[i].Tokens[n-2].Fold == "held") {
			toks := a.Sentences[i].Tokens
			for k := n + 1; k < len(toks) && k <= n+4; k++ {
				if toks[k].Fold == "with" {
					return a.actorStartsBetween(i, k, k+6) && a.actorBetween(i, -1, n)
				}
				if toks[k].Kind == text.Punct {
					break
				}
			}
		}
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := v + 1; k < len(toks) && k <= v+16; k++ {
		if toks[k].Text == "." || toks[k].Text == ";" || toks[k].Text == "," && k+1 < len(toks) && hasAnyPrefix(toks[k+1].Fold, clauseStarts) {
			return false
		}
		if (toks[k].Fold == "с" || toks[k].Fold == "со") && a.actorStartsBetween(i, k, k+6) && a.actorBetween(i, -1, k) {
			return true
		}
	}
	return false
}

// briefedDelegation reports a body that briefs a delegation or its head
// («ЦИК Армении представила делегации Евросоюза инструментарий»,
// «рассказал главе делегации ЕС …», "briefed the EU delegation"): a
// meeting with the delegation's side.
func (a *Analysis) briefedDelegation(i int) bool {
	v := a.findStem(i, 0, "рассказал", "представил", "проинформировал", "ознакомил", "briefed")
	if v < 1 || !a.actorBetween(i, -1, v) {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"делегаци", "delegation"}) {
			return a.actorStartsBetween(i, k-2, k+5)
		}
	}
	return false
}

// alsoAttended reports a sentence that adds guests to the meeting before
// it: "The meeting was also attended by the Ambassadors of Kazakhstan and
// Tajikistan", «Во встрече также приняли участие …».
func (a *Analysis) alsoAttended(i int) bool {
	if !a.hasPhrase(i, "also attended", "attended by", "также принял участие", "также приняли участие", "также присутствовал", "также участвовал") || !a.hasPhrase(i, "meeting", "встреч") {
		return false
	}
	// (not a sentence that states a meeting of its own: "… held a meeting
	// with X, also attended by …", «… также принял делегацию …»)
	return !a.receives(i) && !a.hasPhrase(i, "met ", "meets ", "held a meeting", "held talks", "встретил", "провел встреч", "провела встреч", "провёл встреч")
}

// attendedMeeting adds the meetings of the guests sentence i adds to the
// meeting of pair stated in sentence at: each guest of a third country met
// the pair's one electoral actor (the host of envoys); a guest of either
// party's country is of that party's side and adds nothing, whoever the
// pair are. It reports whether the sentence was read so (false when the
// pair has two electoral parties, whose other guests are unclear, or
// none).
func (a *Analysis) attendedMeeting(i int, pair [2]string, at int) bool {
	ownSide := func(m string) bool {
		cc := graph.CountryOf(m)
		return contains(pair[:], m) || cc != "" && (cc == graph.CountryOf(pair[0]) || cc == graph.CountryOf(pair[1]))
	}
	if ps := a.parties(i); len(ps) > 0 && !slices.ContainsFunc(ps, func(m string) bool { return !ownSide(m) }) {
		// «На встрече также присутствовал Посол РК в Венгрии»: of one
		// party's side, whoever the pair are
		return true
	}
	host := ""
	for _, p := range pair {
		if a.electoral(p) {
			if host != "" {
				return false
			}
			host = p
		}
	}
	if host == "" {
		return false
	}
	date := a.sentenceDate(i)
	if date == "" {
		date = a.sentenceDate(at)
	}
	for _, m := range a.parties(i) {
		if ownSide(m) {
			continue
		}
		a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{host, m}, Date: date, Evidence: a.evidence(i, "meeting")})
	}
	return true
}

// observersAsThey returns the observer of the sentence before when
// sentence i opens with «Они» or "They" («Группа китайских наблюдателей
// посетила страну для наблюдения … Они приняли участие во встрече с …»),
// or the observers of one of the two sentences before when it opens with
// «Наблюдатели», «Международные наблюдатели», «Иностранные гости», "The
// foreign observers" (each of them), or nil.
func (a *Analysis) observersAsThey(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	if i == 0 {
		return nil
	}
	n := 0
	if len(toks) > 1 && toks[0].Fold == "the" {
		n = 1
	}
	if n+1 < len(toks) && hasAnyPrefix(toks[n].Fold, []string{"международн", "иностранн", "зарубежн", "international", "foreign"}) {
		n++
	}
	f := toks[n].Fold
	named := f == "наблюдатели" || f == "observers" || n > 0 && (f == "гости" || f == "guests")
	if f != "они" && f != "they" && !named {
		return nil
	}
	for b := i - 1; b >= 0 && b >= i-2 && (b == i-1 || named); b-- {
		if !a.hasPhrase(b, observationWords...) && !(named && missionsAmong(a.Sentences[b].Tokens) >= 0) {
			continue
		}
		hosts := a.electionHosts(b)
		if len(hosts) == 0 && a.Frame.ElectionCountry != "" {
			hosts = []string{a.Frame.ElectionCountry}
		}
		if len(hosts) == 0 {
			hosts = []string{a.Home}
		}
		// (the observation rule runs after this one: read the observers again)
		var out []string
		for _, o := range a.observers(b, hosts) {
			if !contains(keys, o) {
				if !named {
					return []string{o}
				}
				out = append(out, o) // «Наблюдатели встретились с …»: each of them
			}
		}
		if len(out) > 0 || !named {
			return out
		}
	}
	return nil
}

// withoutAccreditors drops from keys the bodies sentence i names only as
// the agents of accrediting or inviting (see accreditorAt).
func (a *Analysis) withoutAccreditors(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	drop := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if !accreditorAt(toks, m) || !contains(keys, m.Key) {
			continue
		}
		if slices.ContainsFunc(a.Mentions[i], func(o Mention) bool {
			return o.Key == m.Key && !accreditorAt(toks, o) && !(o.Tok0 == m.Tok1+1 && toks[m.Tok1].Text == "(")
		}) {
			continue // named again as a party (not its abbreviation in brackets)
		}
		drop[m.Key] = true
	}
	if len(drop) == 0 {
		return keys
	}
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return drop[k] })
}

// unnamedGroupMet returns the one actor of sentence i that met observers
// or delegations it does not name ("the Central Election Commission met
// with observers from international organizations and foreign states",
// «ЦИК провела встречу с международными наблюдателями»), or "".
func (a *Analysis) unnamedGroupMet(i int) string {
	if i < 0 {
		return ""
	}
	v := a.findStem(i, 0, "met", "meet", "встретил", "встреч", "обсуждал", "обсудил", "discussed")
	if v < 0 {
		return ""
	}
	toks := a.Sentences[i].Tokens
	g := -1
	for k := v + 1; k < len(toks) && k <= v+10; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"observers", "delegations", "guests", "experts", "наблюдател", "делегаци", "гост", "эксперт", "специалист"}) {
			g = k
			break
		}
	}
	if g < 0 {
		return ""
	}
	ps := a.parties(i)
	if len(ps) != 1 {
		return ""
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 > g && (m.Kind == graph.KindBody || m.Kind == graph.KindOrganization || m.Kind == graph.KindPerson) {
			return "" // the group is named after all
		}
	}
	return ps[0]
}

// amongThemHost returns the one who met the group that sentence i lists,
// and the sentence that told of the meeting, when sentence i opens with
// "Among them", «Среди них» or "These were", «это были» after a sentence
// (maybe past a line on the news's source) in which someone met
// observers, delegations or experts it does not name; "" and -1 else.
func (a *Analysis) amongThemHost(i int) (host string, group int) {
	toks := a.Sentences[i].Tokens
	if len(toks) <= 2 || !(toks[0].Fold == "among" && toks[1].Fold == "them" || toks[0].Fold == "среди" && toks[1].Fold == "них") && theseWereAt(toks) < 0 {
		return "", -1
	}
	if host := a.unnamedGroupMet(i - 1); host != "" || i < 2 {
		return host, i - 1
	}
	if a.reportOnly(i - 1) {
		// «… обсуждали с экспертами … Об этом сообщили в субботу в ЦИК.
		// Как уточнили в комиссии, это были …»: past the line on the source
		return a.unnamedGroupMet(i - 2), i - 2
	}
	return "", -1
}

// reportOnly reports a sentence that only says who told the news («Об
// этом сообщили в ЦИК», "the Commission said in a statement"): no actor
// but the home body.
func (a *Analysis) reportOnly(i int) bool {
	return a.hasPhrase(i, "сообщ", "reported", "said in a statement", "according to") && len(a.withoutHome(a.parties(i))) == 0 && len(a.Sentences[i].Tokens) <= 12
}

// theseWereAt returns the token after "These/They were", «Это были» (maybe
// after an opening clause: «Как уточнили в комиссии, это были …») when
// people from places follow («специалисты из России, Украины»), or -1.
func theseWereAt(toks []text.Token) int {
	for k := 0; k+3 < len(toks) && k <= 8; k++ {
		if k > 0 && toks[k-1].Text != "," {
			continue
		}
		f, n := toks[k].Fold, toks[k+1].Fold
		if (f == "это" && n == "были" || (f == "these" || f == "they") && n == "were") && (toks[k+3].Fold == "из" || toks[k+3].Fold == "from") {
			return k + 2
		}
	}
	return -1
}

// metObserversFrom returns whence the observers met at token oj of
// sentence i come, when their states follow «из»/"from" right after them
// («встретился с международными наблюдателями из Египта, Сербии и
// Венесуэлы»): each state's government, unless its body is named.
func (a *Analysis) metObserversFrom(i, oj int) []string {
	toks := a.Sentences[i].Tokens
	if oj+2 >= len(toks) || toks[oj+1].Fold != "из" && toks[oj+1].Fold != "from" {
		return nil
	}
	if f := toks[oj].Fold; f != "наблюдателями" && f != "observers" {
		return nil
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= oj+1 || m.Kind != graph.KindCountry || !a.countrySendsObservers(i, m) {
			continue
		}
		k := graph.GovernmentKey(m.Key)
		if a.namesBodyOf(i, m.Key) {
			k = graph.BodyKey(m.Key)
		}
		if !contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// visitingObservers returns the observers of sentence i when they are
// the visitors of the one body keys names: «посетили международные
// наблюдатели из A и B», "was visited by observers from A and B"; nil
// else. Their countries stand for their states where no body is named.
func (a *Analysis) visitingObservers(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	k := slices.IndexFunc(toks, func(t text.Token) bool {
		return t.Fold == "наблюдатели" || t.Fold == "observers" || t.Fold == "наблюдателями"
	})
	if k < 1 || !hasAnyPrefix(toks[k-1].Fold, []string{"международн", "иностранн", "зарубежн", "international", "foreign"}) {
		return nil
	}
	v := a.findStem(i, 0, "посетил", "посетят", "посетит", "побывал", "visited")
	if toks[k].Fold == "наблюдателями" || toks[k].Fold == "observers" && k > 1 && toks[k-2].Fold == "with" {
		// «встретился с международными наблюдателями из …», "met with
		// international observers from …"
		v = a.findStem(i, 0, "встретил", "встреч", "met", "meeting")
		if k < 2 || toks[k-2].Fold != "с" && toks[k-2].Fold != "with" {
			return nil
		}
	}
	if v < 0 || v > k {
		return nil
	}
	var out []string
	for _, o := range a.observers(i, a.observedHosts(i, nil)) {
		if !contains(keys, o) && graph.KindOf(o) != graph.KindSubBody {
			out = append(out, o)
		}
	}
	return out
}

// unkeyedPersonSubject reports a sentence that opens with a person
// (past an adverb or a title) whose body the article does not tell, and
// names no body or state before its verb.
func (a *Analysis) unkeyedPersonSubject(i int) bool {
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindPerson {
			if a.actorKey(m) != "" {
				return false // «Председатель ЦИК X …»: a body first
			}
			continue
		}
		return m.Tok0 <= 3 && m.Org == "" && a.personOrg(m) == ""
	}
	return false
}

// headlineSubjectOfNoBody reports a headline that opens with the given
// name and surname of a person the text below names with no election
// body (a head of state or government, a minister, someone untitled).
func (a *Analysis) headlineSubjectOfNoBody() bool {
	toks := a.Sentences[0].Tokens
	if len(toks) < 3 || a.insideMention(0, 0) || !toks[0].IsUpper() || !toks[1].IsUpper() {
		return false
	}
	p := a.persons.known(toks[0], toks[1])
	return p != nil && (p.excluded || p.org == "" || graph.KindOf(p.org) == graph.KindGovernment)
}

// headlineSurnameSubject reports a headline that opens with a surname
// alone, in any case form, of a person the text below names and gives a
// body other than the home one («Анфимова встретился с заместителем
// министра …» over «… первого заместителя Генерального секретаря СНГ
// Леонида Анфимова»): he, not the home body, met them.
func (a *Analysis) headlineSurnameSubject() bool {
	toks := a.Sentences[0].Tokens
	if len(toks) < 3 || a.insideMention(0, 0) || !nameWord(toks[0]) || toks[1].Kind != text.Word || toks[1].IsUpper() {
		return false
	}
	home := a.homeBody()
	for _, p := range a.persons.people {
		if f := toks[0].Fold; p.org != "" && p.org != home && len(p.surnameFold) >= 6 && strings.HasPrefix(f, p.surnameFold) && len(f)-len(p.surnameFold) <= 4 {
			return true
		}
	}
	return false
}

// meetingSubject is who met keys in sentence i, which names no subject
// («Состоялась встреча с …»): the election body that opens the sentence
// before, else the article's main actor (the first its headline or lead
// names); the home body when there is none, or when the sentence that
// gave the main actor is this one and names it among keys.
func (a *Analysis) meetingSubject(i int, keys []string) string {
	if i > 0 {
		// «Председатель ЦИК РК поблагодарил … Позднее встреча с …
		// продолжилась …»: the subject that opens the sentence just before
		for _, mm := range a.Mentions[i-1] {
			if mm.Tok0 > 2 {
				break
			}
			if k := a.actorKey(mm); k != "" && !strings.HasPrefix(k, "??") && (graph.KindOf(k) == graph.KindBody || graph.KindOf(k) == graph.KindSubBody) && !contains(keys, k) {
				return k
			}
		}
	}
	if i > 1 && a.opensWithGroup(i) {
		// "On January 4-5 the long-term observers from CIS got
		// familiarized … The members of the headquarters met with …": the
		// group is the one the sentence before opened with
		if k := a.openingActor(i - 1); k != "" && !contains(keys, k) {
			return k
		}
	}
	m := a.Frame.Main
	if m == "" || strings.HasPrefix(m, "??") {
		return a.homeBody()
	}
	if contains(keys, m) && a.Frame.MainSentence == i {
		// the lead's own first actor is the one met: the home body met it
		return a.homeBody()
	}
	// "Saqr Ghobash Meets Chilean Parliamentary Delegation" … «Состоялась
	// встреча с делегацией …»: the main actor met the others; when it is
	// the only one met, the subject is someone we do not know
	return m
}

// clauseBreak reports that an initiative at token from belongs to another
// clause than the event at token to of sentence i («Поправки, внесенные по
// инициативе X, обсуждались на семинаре …», "amendments adopted at the
// initiative of X were discussed at a seminar"): a relative clause or a
// finite verb between them.
func (a *Analysis) clauseBreak(i, from, to int) bool {
	toks := a.Sentences[i].Tokens
	for k := from; k < to && k+1 < len(toks); k++ {
		if toks[k].Text == "," && (strings.HasPrefix(toks[k+1].Fold, "котор") || toks[k+1].Fold == "which" || toks[k+1].Fold == "that") {
			return true
		}
	}
	// "amendments adopted at the initiative of X were discussed at …":
	// a finite verb between the initiative and the event
	for k := from; k < to; k++ {
		switch toks[k].Fold {
		case "were", "was", "обсуждались", "обсуждался", "обсуждалась", "рассматривались":
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// statesmanMet reports a sentence whose subject, before its first verb of
// meeting, is a person of no known body who holds a state office («Председатель
// кабинета министров X провел встречу», "Foreign Minister X met"), or who
// acts in a sentence that names a ministry or a cabinet: the state's
// officer met them, not the article's commission.
func (a *Analysis) statesmanMet(i int) bool {
	toks := a.Sentences[i].Tokens
	verb := -1
	for k, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"встрет", "встреч", "принял", "приняла", "провел", "провёл", "провела", "met", "meets", "received", "receives", "hosted"}) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return false
	}
	state := a.hasPhrase(i, "министр", "мид ", "кабинет", "кабмин", "правительств", "minister", "ministry", "cabinet", "government")
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= verb {
			break
		}
		if m.Kind != graph.KindPerson {
			if p := m.Tok0 - 1; p >= 0 && (toks[p].Fold == "в" || toks[p].Fold == "in" || toks[p].Fold == "at") {
				continue // «В ЦИК Татарстана состоялась встреча …»: where
			}
			if a.actorKey(m) != "" {
				return false // a body or organisation is the subject
			}
			continue
		}
		if a.personOrg(m) != "" {
			return false
		}
		return state || a.stateTitleBefore(i, m.Tok0)
	}
	for k, t := range toks[:verb] {
		if formerTitle(toks, k) {
			continue // "a former governor-general of New Zealand": no office now
		}
		if hasAnyPrefix(t.Fold, stateOfficeWords) || hasAnyPrefix(t.Fold, []string{"депутат", "парламентари", "lawmaker", "parliamentarian"}) || t.Fold == "глава" && k+1 < verb && hasAnyPrefix(toks[k+1].Fold, []string{"государств", "республик"}) {
			// «Сенатор встретился с президентом Венесуэлы», «Президент
			// принял председателя ЦИК»: a state officer no name follows met
			// them, not the home body
			return true
		}
	}
	// «Гостя принял глава туркменского МИД Рашид Мередов», «встреча
	// министра иностранных дел X с миссией …»: the officer named right
	// after the verb
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= verb || m.Kind != graph.KindPerson || a.governed(i, m) {
			continue
		}
		return a.personOrg(m) == "" && a.stateTitleBefore(i, m.Tok0) && m.Tok0-verb <= 7
	}
	return false
}

// stateTitleBefore reports a title of state office among the four words
// before token t of sentence i («Председатель кабинета министров X»,
// "Prime Minister X").
func (a *Analysis) stateTitleBefore(i, t int) bool {
	toks := a.Sentences[i].Tokens
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		f := toks[k].Fold
		if hasAnyPrefix(f, stateOfficeWords) && !(k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"вице", "vice"})) && !formerTitle(toks, k) {
			return true
		}
		if hasAnyPrefix(f, []string{"дум", "хурал"}) || f == "федерации" && k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"совет"}) {
			// «председатель комитета Совета Федерации», «председатель
			// областной Думы»: a legislature's officer
			return true
		}
		if (f == "глава" || f == "главы" || f == "главой") && k+1 < t && (hasAnyPrefix(toks[k+1].Fold, []string{"государств", "республик", "региона", "администрац"}) || toks[k+1].IsUpper() && !a.insideMention(i, k+1)) {
			// «Глава государства», «Глава Калмыкии»; not «глава миссии»
			return true
		}
		if a.insideMention(i, k) {
			return false // another actor's title
		}
	}
	return false
}

// stateOfficeWords open the titles of a state's officers: ministers,
// heads of state, of regions and of parliaments, legislators and envoys of
// the state inside it («главный федеральный инспектор», «аким»).
var stateOfficeWords = []string{"министр", "кабинет", "правительств", "премьер", "мид", "президент", "губернатор", "аким", "полпред", "инспектор", "спикер", "сенатор", "парламент", "госдум", "хурал", "мажилис", "сената", "меджлис", "маджлис", "кенеш", "сейм", "скупщин", "кнессет", "minister", "premier", "cabinet", "president", "governor", "speaker", "senator"}

// statesmansState returns the government key of the article's home, for
// a state officer of no named country who met the one of key met; "" when
// the home is no more than a guess that the one met does not share («Глава
// Калмыкии … провел встречу с членом ЦИК России»: a home guessed from the
// regions the article names, and Russia's own commission met).
func (a *Analysis) statesmansState(met string) string {
	if a.Home == "" || a.Home == "??" || a.guessedHome() {
		return ""
	}
	if !a.homeFromText && graph.CountryOf(met) != a.Home {
		return ""
	}
	return graph.GovernmentKey(a.Home)
}

// opensWithGroup reports a sentence that opens with a noun of a group of
// people and no actor of its own before its verb ("The members of the
// headquarters met …", «Члены делегации встретились …»).
func (a *Analysis) opensWithGroup(i int) bool {
	toks := a.Sentences[i].Tokens
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"members", "delegation", "mission", "observers", "team", "headquarters", "члены", "делегаци", "мисси", "наблюдател", "штаб"}) {
		return false
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 < k+4 && a.actorKey(m) != "" {
			return false
		}
	}
	return true
}

// delegationLeader returns, for a sentence that opens with "The team",
// "The delegation", "The mission" and names no actor before its verb, the
// actor who led the delegation in an earlier sentence ("Chairperson of the
// Electoral Commission of Ghana, Mrs. Jean Mensa, led a delegation …");
// "" else.
func (a *Analysis) delegationLeader(i int) string {
	toks := a.Sentences[i].Tokens
	if len(toks) < 2 || toks[0].Fold != "the" || !contains([]string{"team", "delegation", "mission", "visitors", "delegates"}, toks[1].Fold) {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		kt := a.Sentences[k].Tokens
		for v := a.findStem(k, 0, "led", "headed", "leading", "heading"); v >= 0; v = a.findStem(k, v+1, "led", "headed", "leading", "heading") {
			for n := v + 1; n < len(kt) && n <= v+3; n++ {
				if contains([]string{"delegation", "team", "mission"}, kt[n].Fold) {
					if before := a.clauseActorsBefore(k, v); len(before) > 0 {
						return before[len(before)-1].Key
					}
				}
			}
		}
	}
	return ""
}

// unkeyedCounterpart reports a meeting sentence whose actors all stand
// before its meeting verb, and whose counterpart after «с», "with" is no
// actor we know.
func (a *Analysis) unkeyedCounterpart(i int) bool {
	toks := a.Sentences[i].Tokens
	v := -1
	for k, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"встрет", "встреч", "провел", "провёл", "провела", "met", "meets", "held"}) {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	with := false
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if f := toks[k].Fold; f == "с" || f == "со" || f == "with" {
			with = true
		}
	}
	if k := v + 1; !with && k < len(toks) && (toks[v].Fold == "met" || toks[v].Fold == "meets") {
		// "CARICOM SG meets Heads of Election Observation Missions": the
		// object a group of people named by no body
		if toks[k].Fold == "the" && k+1 < len(toks) {
			k++
		}
		with = contains([]string{"heads", "representatives", "members", "ambassadors", "leaders", "chiefs", "delegates", "observers", "diplomats"}, toks[k].Fold)
	}
	if !with {
		return false
	}
	for _, m := range a.Mentions[i] {
		// «делегацией Государственной Думы России»: a country is no actor
		if m.Tok0 > v && m.Kind != graph.KindCountry && a.actorKey(m) != "" {
			return false
		}
	}
	return true
}

// withoutEventOwners drops from keys the organisations of sentence i that
// are named only as the owners of an event ("on the sidelines of the A-WEB
// General Assembly", «в ходе конференции АОСИО»): they name where the
// meeting took place, not who met.
func (a *Analysis) withoutEventOwners(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	owner := map[string]bool{}
	other := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindOrganization {
			continue
		}
		after := m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, ownedEvents)
		if m.Tok1+1 < len(toks) && !after && toks[m.Tok1].IsUpper() {
			// "the A-WEB General Assembly", "the OSCE Ministerial Council"
			after = hasAnyPrefix(toks[m.Tok1+1].Fold, ownedEvents)
		}
		if !after && m.Tok1 < len(toks) && !toks[m.Tok1].IsCyrillic() {
			// "the A-WEB Executive Board meeting": an organ's session; "the
			// SADC ECF annual general conference": its regular event
			n := m.Tok1
			for n < len(toks) && n < m.Tok1+3 && toks[n].Kind == text.Word && (toks[n].IsUpper() || eventQualifiers[toks[n].Fold]) {
				n++
			}
			after = n > m.Tok1 && n < len(toks) && (toks[n].Fold == "meeting" || toks[n].Fold == "session" || hasAnyPrefix(toks[n].Fold, ownedEvents))
			if p := m.Tok0 - 1; !after && n == m.Tok1 && n < len(toks) && (toks[n].Fold == "meeting" || toks[n].Fold == "session") && p >= 0 {
				// "Ghana EC at Commonwealth Electoral Network meeting": at
				// the organisation's own meeting
				if toks[p].Fold == "the" && p > 0 {
					p--
				}
				after = contains([]string{"at", "during", "of", "on"}, toks[p].Fold)
			}
		}
		before := m.Tok0 > 0 && hasAnyPrefix(toks[m.Tok0-1].Fold, ownedEvents) || m.Tok0 > 1 && toks[m.Tok0-1].Fold == "of" && hasAnyPrefix(toks[m.Tok0-2].Fold, ownedEvents)
		if k := m.Tok0 - 1; !before && k >= 3 && toks[k].Fold == "the" && toks[k-1].Fold == "of" && toks[k-2].Fold == "meeting" && contains([]string{"board", "committee", "council", "bureau"}, toks[k-3].Fold) {
			// "at the 11th Executive Board Meeting of the A-WEB"
			before = true
		}
		if k := m.Tok0 - 1; !before && k >= 2 && toks[k].Fold == "the" && toks[k-1].Fold == "of" && (hasAnyPrefix(toks[k-2].Fold, ownedEvents) || toks[k-2].Fold == "meeting") && namedCollegiumAfter(toks, k) {
			// "on the sidelines of the meeting of the A-WEB Executive
			// Board": the organ's session, whose owner is no party
			before = true
		}
		if !before && m.Tok0 >= 3 && toks[m.Tok0-1].Text == "(" {
			// "at the 5th General Assembly of Association of world
			// Electoral Management Bodies (AWEB)": the abbreviation in
			// brackets after a name we do not know, the event's owner's
			lower := 0
			for k := m.Tok0 - 2; k >= 1 && k >= m.Tok0-10 && toks[k].Kind == text.Word; k-- {
				if toks[k].Fold == "of" && hasAnyPrefix(toks[k-1].Fold, ownedEvents) {
					before = true
					break
				}
				if !toks[k].IsUpper() && toks[k].Fold != "of" && toks[k].Fold != "and" {
					if lower++; lower > 1 {
						break
					}
				}
			}
		}
		if !before && settingOrgan(toks, m.Tok0) {
			// "during a meeting of the Executive Board of the A-WEB",
			// «на полях заседания Совета Межпарламентской ассамблеи СНГ»:
			// the session of one of the organisation's organs
			before = true
		}
		if !after && !before && owner[m.Key] && m.Tok0 >= 1 && toks[m.Tok0-1].Text == "(" {
			// "… Meeting of the Association of World Election Bodies
			// (A-WEB)": the owner's abbreviation in brackets
			continue
		}
		if after || before {
			owner[m.Key] = true
		} else {
			other[m.Key] = true
		}
	}
	var out []string
	for _, k := range keys {
		if !owner[k] || other[k] {
			out = append(out, k)
		}
	}
	return out
}

// settingOrgan reports a capitalised organ's name ("the Executive Board
// of the", «Совета») between an event noun and token t, the event a
// session of the organ: «заседания Совета …», "a meeting of the Executive
// Board of the …" after a setting word ("during", "at", «на», "sidelines
// of").
func settingOrgan(toks []text.Token, t int) bool {
	k, organ := t-1, false
	for n := 0; k >= 0 && n < 6; n++ {
		if f := toks[k].Fold; f == "of" || f == "the" {
			k--
			continue
		}
		if toks[k].Kind == text.Word && toks[k].IsUpper() && !hasAnyPrefix(toks[k].Fold, ownedEvents) {
			organ = true
			k--
			continue
		}
		break
	}
	if !organ || k < 0 {
		return false
	}
	if hasAnyPrefix(toks[k].Fold, ownedEvents) {
		return true
	}
	if f := toks[k].Fold; f != "meeting" && f != "meetings" && f != "заседания" && f != "заседании" {
		return false
	}
	return settingBefore(toks, k)
}

// settingBefore reports a word that sets an event as the scene of
// something else («на», «в ходе», «в рамках», "during", "at", "on the
// sidelines of") among the three words before token k.
func settingBefore(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		switch toks[n].Fold {
		case "during", "at", "sidelines", "margins", "на", "ходе", "рамках":
			return true
		}
	}
	return false
}

// withoutMembers drops from keys the actors of sentence i named only as
// the group the subject travels in («возглавит делегацию Центризбиркома в
// составе миссии наблюдателей от СНГ», "… visited Yerevan as part of the
// CIS observer mission"): the subject's own side, not whom it met. A group
// after «с», "with" is the counterpart's («встретились с наблюдателями в
// составе миссии СНГ») and stays.
func (a *Analysis) withoutMembers(i int, keys []string) []string {
	member := map[string]bool{}
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); k != "" && a.groupTravelledIn(i, m) {
			member[k] = true
		}
	}
	if len(member) == 0 {
		return keys
	}
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); member[k] && !a.groupTravelledIn(i, m) {
			delete(member, k) // named elsewhere in the sentence too
		}
	}
	var out []string
	for _, k := range keys {
		if !member[k] {
			out = append(out, k)
		}
	}
	return out
}

// eventQualifiers are the lower-case words between an organisation's name
// and its event's noun ("the SADC ECF annual general conference").
var eventQualifiers = map[string]bool{"annual": true, "general": true, "biennial": true, "regional": true, "extraordinary": true, "ordinary": true, "plenary": true, "international": true, "executive": true}

// laterMeetingClause returns the subject and counterparts of an English
// "X held a meeting with Y" or "X met Y" that is not the sentence's first
// meeting word, its subject right before the verb: "The meeting with the
// CEC has raised eyebrows as it comes days US Ambassador X held a meeting
// with the ECP chief".
func (a *Analysis) laterMeetingClause(i int) (string, []string) {
	toks := a.Sentences[i].Tokens
	first := a.findStem(i, 0, "meeting", "met", "meets")
	if first < 0 || toks[0].IsCyrillic() {
		return "", nil
	}
	for k := first + 1; k+2 < len(toks); k++ {
		held := toks[k].Fold == "held" && toks[k+1].Fold == "a" && toks[k+2].Fold == "meeting"
		if !held && toks[k].Fold != "met" {
			continue
		}
		subj := ""
		for _, m := range a.Mentions[i] {
			if m.Tok0 > first && m.Tok1 == k {
				subj = a.actorKey(m)
			}
		}
		if subj == "" {
			return "", nil
		}
		var others []string
		for _, m := range a.Mentions[i] {
			if o := a.actorKey(m); m.Tok0 > k && o != "" && o != subj && !contains(others, o) {
				others = append(others, o)
			}
		}
		return subj, others
	}
	return "", nil
}

// groupsMetToo returns the meetings of the group the subject travels in
// («Члены ЦИК КР в составе миссии наблюдателей ШОС приняли участие во
// встрече с ЦИК Узбекистана»): the mission met the subject's counterparts
// too, as its members observe for it (GOLD.md) — one pair per counterpart.
func (a *Analysis) groupsMetToo(i int, pairs [][2]string) [][2]string {
	var out [][2]string
	for _, g := range a.Mentions[i] {
		k := a.actorKey(g)
		if k == "" || g.Kind != graph.KindOrganization || !a.groupTravelledIn(i, g) {
			continue
		}
		before := map[string]bool{}
		for _, m := range a.Mentions[i] {
			if m.Tok1 <= g.Tok0 {
				if bk := a.actorKey(m); bk != "" {
					before[bk] = true
				}
			}
		}
		for _, p := range pairs {
			for x := 0; x < 2; x++ {
				if before[p[x]] && !before[p[1-x]] && p[1-x] != k && !slices.Contains(out, [2]string{k, p[1-x]}) {
					out = append(out, [2]string{k, p[1-x]})
				}
			}
		}
	}
	return out
}

// groupTravelledIn reports a mention m of sentence i that names the group
// after «в составе», "as part of" (past its nouns: «миссии наблюдателей
// от»), with no «с», "with" before it in the sentence.
func (a *Analysis) groupTravelledIn(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	at := -1
	for j := m.Tok0 - 1; j >= 1 && j >= m.Tok0-5; j-- {
		if toks[j].Fold == "составе" && toks[j-1].Fold == "в" || toks[j].Fold == "of" && j >= 2 && toks[j-1].Fold == "part" && toks[j-2].Fold == "as" {
			at = j
			break
		}
		if f := toks[j].Fold; toks[j].Kind != text.Word || !hasAnyPrefix(f, []string{"мисси", "делегац", "групп", "наблюдат", "международн", "mission", "delegation", "team", "group", "observ", "international"}) && f != "от" && f != "the" && f != "of" {
			break
		}
	}
	if at < 0 {
		return false
	}
	for j := 0; j < at; j++ {
		if f := toks[j].Fold; (f == "с" || f == "со" || f == "with") && (j == 0 || toks[j-1].Fold != "вместе" && toks[j-1].Fold != "together" && toks[j-1].Fold != "along") {
			return false // «вместе с секретарем» is a companion
		}
	}
	return true
}

// withoutOrganisers drops from keys the actors of sentence i named only as
// the agent of "organised by" ("The mission … was organised by ECONEC and
// ECF-SADC, and saw the Chairperson hold meetings with …"): they arranged
// the meetings, they did not hold them.
func (a *Analysis) withoutOrganisers(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	by := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].Fold == "by" && hasAnyPrefix(toks[k-1].Fold, []string{"organised", "organized", "co-organised", "co-organized"}) {
			by = k
			break
		}
	}
	if by < 0 {
		return keys
	}
	org := map[string]bool{}
	for _, m := range a.listAfter(i, by) {
		org[m.Key] = true
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); k != "" && org[k] && m.Tok0 <= by {
			// named elsewhere in the sentence too: keep it
			delete(org, k)
		}
	}
	for _, k := range keys {
		if !org[k] {
			out = append(out, k)
		}
	}
	return out
}

// ownedEvents are the nouns of events whose owner an organisation's name
// can be: "assembly", "conference", «ассамблеи», «конференции».
var ownedEvents = []string{"assembl", "conference", "forum", "summit", "symposium", "seminar", "workshop", "congress", "council", "ассамбле", "конференц", "форум", "саммит", "симпозиум", "семинар", "конгресс", "заседани", "сесси", "session"}

// organMeeting reports a sentence whose only meeting word is the meeting of
// an organ ("the 12th Executive Board Meeting", "the annual General Assembly
// meeting", "Council meeting held in Manila"): an event, not two parties
// meeting.
func (a *Analysis) organMeeting(i int) bool {
	if a.receives(i) || a.videoCallWith(i) {
		return false
	}
	toks := a.Sentences[i].Tokens
	seen := false
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"meeting", "met", "talks", "visit", "called", "hosted", "discussion", "interact", "courtesy"}) || strings.HasPrefix(t.Fold, "visitor") {
			continue
		}
		if !strings.HasPrefix(t.Fold, "meeting") || k == 0 {
			return false
		}
		// "presided over the meeting", "chaired the meeting": someone runs
		// an event
		chaired := false
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if hasAnyPrefix(toks[p].Fold, []string{"presided", "chaired", "opened", "closed", "председательств"}) {
				chaired = true
			}
		}
		if !chaired && !hasAnyPrefix(toks[k-1].Fold, []string{"board", "council", "committee", "assembly", "executive", "annual", "general", "ministerial", "regional", "plenary", "steering", "members", "cabinet"}) && !a.organOfBefore(i, k) && !organsAfter(toks, k) {
			return false
		}
		if k+1 < len(toks) && (toks[k+1].Fold == "with" || toks[k+1].Fold == "between") {
			return false
		}
		seen = true
	}
	return seen
}

// organsAfter reports "meetings of (the) key CIS bodies", "the meeting of
// the Council": a meeting noun at token k whose "of" names organs.
func organsAfter(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Fold != "of" {
		return false
	}
	if settingBefore(toks, k) {
		return false // the setting of another meeting the sentence tells of
	}
	for n := k + 2; n < len(toks) && n <= k+6; n++ {
		if f := toks[n].Fold; f == "bodies" || f == "organs" || f == "council" || f == "board" || f == "committee" || f == "cabinet" {
			return true
		}
		if toks[n].Kind == text.Punct {
			return false
		}
	}
	return false
}

// organOfBefore reports an organisation named right before token k of
// sentence i as the owner of an organ ("Executive Board of Association of
// World Election Bodies meeting"): the organ's meeting.
func (a *Analysis) organOfBefore(i, k int) bool {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Tok1 != k || m.Kind != graph.KindOrganization {
			continue
		}
		p := m.Tok0 - 1
		if p >= 0 && toks[p].Fold == "the" {
			p--
		}
		return p >= 1 && toks[p].Fold == "of" && hasAnyPrefix(toks[p-1].Fold, []string{"board", "council", "committee", "bureau", "assembly"})
	}
	return false
}

// receivedThing reports a sentence whose only meeting word is "received"
// with a thing as its object ("has received the highest award from the
// CEC", "received a letter of invitation", "received congratulations"):
// nobody was received.
func (a *Analysis) receivedThing(i int) bool {
	toks := a.Sentences[i].Tokens
	seen := false
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"meeting", "met", "meets", "talks", "visit", "called", "hosted", "hosts", "discussion", "interact", "courtesy", "received", "receives", "receiving", "welcom"}) || strings.HasPrefix(t.Fold, "visitor") {
			continue
		}
		if strings.HasPrefix(t.Fold, "welcom") {
			// "welcomed the delegation of X", "will welcome Chairperson Rho
			// and leaders from the NEC": someone, named within five words;
			// "welcomed the decision" receives nobody
			someone := false
		scan:
			for n := k + 1; n < len(toks) && n <= k+10; n++ {
				if hasAnyPrefix(toks[n].Fold, welcomedThings) || toks[n].Kind == text.Punct && toks[n].Text != "," {
					break
				}
				for _, m := range a.Mentions[i] {
					if m.Tok0 == n && (m.Kind == graph.KindPerson || a.actorKey(m) != "") {
						someone = true
						break scan
					}
				}
			}
			if someone && !a.hasPhrase(i, "welcomed the participants", "welcomed participants", "welcomed the guests of the") {
				return false
			}
			seen = true
			continue
		}
		if !strings.HasPrefix(t.Fold, "receiv") {
			return false
		}
		thing := false
		for n := k + 1; n < len(toks) && n <= k+5; n++ {
			if hasAnyPrefix(toks[n].Fold, receivedThings) {
				thing = true
				break
			}
			if e := a.mentionEndAt(i, n); e > n {
				if e+2 < len(toks) && toks[e].Fold == "of" && toks[e+1].Fold == "the" && toks[e+2].Text == "Year" {
					thing = true // "received the Electoral Commission of the Year award"
				}
				if e < len(toks) && hasAnyPrefix(toks[e].Fold, receivedThings) {
					thing = true // "received the A-WEB Award": a thing named by its giver
				}
				break // "received the Ambassador of …"
			}
		}
		if !thing {
			return false
		}
		seen = true
	}
	return seen
}

// welcomedThings are the objects of "welcomed" that are not visitors.
var welcomedThings = []string{"decision", "initiative", "proposal", "report", "statement", "adoption", "result", "step", "effort", "move", "idea", "news", "announcement", "conclusion", "support", "commitment", "progress", "participants", "guests"}

// receivedThings are the objects of "received" that are not visitors.
var receivedThings = []string{"award", "medal", "order", "prize", "certificate", "letter", "message", "invitation", "congratulat", "accreditation", "request", "report", "document", "copy", "copies", "support", "assistance", "grant", "equipment", "honour", "honor", "badge", "diploma", "gift", "review", "praise", "commendation", "application", "notification", "nomination", "proposal", "petition", "list", "endorsement", "assessment", "verdict", "rating", "feedback", "complaint", "criticism", "recognition", "vehicle", "computer", "laptop", "tablet", "ballot", "kits", "material", "donation", "fund", "items", "machines", "boxes", "devices", "consignment", "motorbike", "motorcycle"}

// mentionEndAt returns the end token of the mention of sentence i that
// starts at token k, or -1.
func (a *Analysis) mentionEndAt(i, k int) int {
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k {
			return m.Tok1
		}
	}
	return -1
}

// mentionStartsAt reports a mention of sentence i that starts at token k.
func (a *Analysis) mentionStartsAt(i, k int) bool { return a.mentionEndAt(i, k) >= 0 }

// meetingReferredTo reports a sentence whose only meeting word points back
// to a meeting told before: «В ходе встречи было отмечено, что между ЦИК X
// и Y подписан меморандум», "During the meeting, the sides noted …". The
// parties it names in the reported clause are what was discussed, not who
// met; «в ходе встречи с послом …», «во время визита делегации ЦИК …» name
// them and are meetings.
// metOwnPeople reports a meeting of sentence i whose subject, before «с»
// or "with", is actor k and whose counterparts after it are all k's own
// people or k itself: a meeting among themselves.
func (a *Analysis) metOwnPeople(i int, k string) bool {
	toks := a.Sentences[i].Tokens
	w := slices.IndexFunc(toks, func(t text.Token) bool { return t.Fold == "with" || t.Fold == "с" || t.Fold == "со" })
	if w < 1 {
		return false
	}
	before, after := false, 0
	for _, m := range a.Mentions[i] {
		if m.Tok0 > w && after == 0 && m.Kind != graph.KindCountry && m.Tok0 > w+4 {
			return false // not the one met: "met with stakeholders to deepen ANFREL's understanding"
		}
		key := a.actorKey(m)
		if m.Kind == graph.KindPerson {
			key = a.personOrg(m)
		}
		switch {
		case m.Tok1 <= w && key == k:
			before = true
		case m.Tok0 > w && m.Kind == graph.KindCountry:
		case m.Tok0 > w && key == k:
			after++
		case m.Tok0 > w:
			return false
		}
	}
	return before && after > 0
}

// singularPronounOpens reports a sentence whose subject is «Он», «Она»,
// "He" or "She", first or after an opening adverb («Затем он …»).
func singularPronounOpens(toks []text.Token) bool {
	for k := 0; k < len(toks) && k <= 1; k++ {
		switch toks[k].Fold {
		case "он", "она", "he", "she":
			return true
		}
	}
	return false
}

// pluralPronounOpens reports a sentence whose subject is «Они», "They".
func pluralPronounOpens(toks []text.Token) bool {
	return len(toks) > 1 && (toks[0].Fold == "они" || toks[0].Fold == "they")
}

// theyNamedBefore returns the organisations and bodies other than host
// that the nearest of the two sentences before i naming any party names
// (a line that only cites its source, «Об этом сообщает пресс-служба …»,
// names none), for «Они» opening sentence i.
func (a *Analysis) theyNamedBefore(i int, host string) []string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		ps := a.parties(j)
		if len(ps) == 0 {
			continue
		}
		var them []string
		for _, k := range ps {
			if kd := graph.KindOf(k); k != host && !strings.HasPrefix(k, "??") && (kd == graph.KindOrganization || kd == graph.KindBody || kd == graph.KindNGO) && graph.CountryOf(k) != graph.CountryOf(host) {
				them = append(them, k)
			}
		}
		return them
	}
	return nil
}

// visitUnderWay say that a visit is under way ("is on an official visit to
// Bhutan at the invitation of …", «находится с рабочим визитом»): a visit
// that happens, not one an invitation asks for.
var visitUnderWay = []string{"is on an official visit", "is on a working visit", "is on a visit", "are on an official visit", "are on a working visit", "are on a visit", "находится с официальным визитом", "находится с рабочим визитом", "находятся с официальным визитом", "находятся с рабочим визитом", "находится с визитом", "находятся с визитом"}

// visitComesAfter reports a sentence that places the visit the article
// told of in time: "The visit is coming barely two weeks after X emerged
// the President of ECONEC", "This meeting comes days after …": no meeting
// of its own, and no party in what came before.
func visitComesAfter(toks []text.Token) bool {
	if len(toks) < 4 || toks[0].Fold != "the" && toks[0].Fold != "this" || toks[1].Fold != "visit" && toks[1].Fold != "meeting" {
		return false
	}
	v := toks[2].Fold
	if v == "is" || v == "was" {
		v = toks[3].Fold
	}
	return v == "comes" || v == "came" || v == "coming"
}

func (a *Analysis) meetingReferredTo(i int) bool {
	if a.receives(i) || a.videoCallWith(i) {
		return false
	}
	toks := a.Sentences[i].Tokens
	seen := false
	for k, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"встрет", "посетил", "посетит", "провел", "провёл", "met", "held", "hosted", "called"}) {
			return false // a meeting verb of its own
		}
		if !hasAnyPrefix(t.Fold, []string{"встреч", "переговор", "бесед", "визит", "meeting", "talks", "visit"}) || strings.HasPrefix(t.Fold, "visitor") {
			continue
		}
		p := k - 1
		if p >= 0 && (toks[p].Fold == "the" || toks[p].Fold == "этой" || toks[p].Fold == "этого" || toks[p].Fold == "this") {
			p--
		}
		back := p >= 1 && (toks[p].Fold == "ходе" && toks[p-1].Fold == "в" || toks[p].Fold == "время" && toks[p-1].Fold == "во" || toks[p].Fold == "итогам" && toks[p-1].Fold == "по") ||
			p >= 0 && (toks[p].Fold == "на" || toks[p].Fold == "during" || toks[p].Fold == "following" || toks[p].Fold == "after" || toks[p].Fold == "at")
		if !back {
			return false
		}
		if k+1 < len(toks) {
			n := toks[k+1]
			if n.Fold == "с" || n.Fold == "со" || n.Fold == "with" || n.Fold == "of" || a.insideMention(i, k+1) || n.Kind == text.Word && n.IsUpper() {
				return false
			}
			if n.Kind == text.Word && hasAnyPrefix(n.Fold, []string{"делегац", "председател", "глав", "руковод", "представител", "посл", "delegation", "chair", "head"}) {
				return false
			}
		}
		seen = true
	}
	if !seen {
		return false
	}
	// only what was said at it: every party stands in the reported clause
	// («… было отмечено, что …», "… noted that …"); someone named in the
	// main clause («Во время встречи секретарь ЦИК X вручила …») was there
	c := -1
	for k, t := range toks {
		if t.Fold == "что" || t.Fold == "that" {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 < c && a.actorKey(m) != "" {
			return false
		}
	}
	return true
}

// othersTrainedToObserve reports an observation word at token oj of
// sentence i that is the infinitive of a helping verb's object ("will
// train a number of NGOs to monitor the elections", "helped local groups
// to observe the vote") where no actor is named as that object: the
// subject enables observation, it does not observe.
func (a *Analysis) othersTrainedToObserve(i, oj int) bool {
	toks := a.Sentences[i].Tokens
	if oj < 2 || toks[oj-1].Fold != "to" {
		return false
	}
	for k := oj - 2; k >= 0 && k >= oj-8; k-- {
		if !hasAnyPrefix(toks[k].Fold, []string{"train", "help", "assist", "support", "enabl", "fund", "prepar", "encourag", "equip"}) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 > k && m.Tok1 < oj && a.actorKey(m) != "" {
				return false
			}
		}
		return true
	}
	return false
}

// stayedAtBody reports «В ЦИК Армении побывала делегация …», «делегация
// побывала в Центризбиркоме»: a visit to an election body («побывал» with
// «в» and the body), which is a meeting with it.
func (a *Analysis) stayedAtBody(i int) bool {
	if !a.hasPhrase(i, "побывал") {
		return false // (most sentences, found by the phrase index)
	}
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Tok0 > 0 && (toks[m.Tok0-1].Fold == "в" || toks[m.Tok0-1].Fold == "во") && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) {
			return true
		}
	}
	return false
}

// videoModeOnly reports a sentence whose only word of meeting is the mode
// of a video link («в режиме видеоконференции», «в формате
// видеоконференции», "via videoconference"): the way someone took part
// in or spoke at something, not a meeting of its own.
func (a *Analysis) videoModeOnly(i int) bool {
	if !a.hasPhrase(i, "режиме видеоконференц", "формате видеоконференц", "via videoconferenc", "via video conferenc", "by videoconferenc") {
		return false
	}
	return !a.hasPhrase(i, statedMeetingWords...) && !a.hasPhrase(i, "посетил", "визит", "visit", "discussed with", "консультаци", "consultations", "телефонн", "пообщал")
}

// signedDuringVisit reports a sentence that signs a document and says
// only that it was on a visit — no meeting, talks or reception of its own
// («подписали соглашение … во время визита делегации … в Лондон», "signed
// an agreement during a visit of X to Tashkent").
func (a *Analysis) signedDuringVisit(i int) bool {
	if !a.hasPhrase(i, "подписал", "подписан", "signed", "signing") || !a.hasPhrase(i, "визит", "visit") {
		return false
	}
	return !a.hasPhrase(i, statedMeetingWords...) && !a.hasPhrase(i, "called on")
}

// statedMeetingWords say that people met, talked or were received, as a
// signing or a video link alone does not (signedDuringVisit,
// videoModeOnly).
var statedMeetingWords = []string{"встреч", "встрет", "переговор", "бесед", "прием", "принял", "обсудил", "met ", "meets ", "meeting", "talks", "received", "hosted", "discussions with"}

// guestsNamedBefore returns, for a sentence whose subject is «Гости»,
// «Гость», «Делегация», "The guests", "The visitors", "(Later) the
// delegation", or whose meeting verb has a
// pronoun for its counterpart («принял его»), the last actor of the
// sentence before that is not of the article's home country (the visitors
// it named), or "".
func (a *Analysis) guestsNamedBefore(i int) string {
	toks := a.Sentences[i].Tokens
	k := 0
	for k < len(toks) && k < 2 && sentenceAdverbs[toks[k].Fold] {
		k++ // "Later the delegation also met …", «Затем делегация …»
	}
	guests := []string{"гости", "гость", "гостей", "гостя", "guests", "visitors", "delegation", "делегация", "team"}
	if k < len(toks) && contains(timePlacePrepositions, toks[k].Fold) {
		// «До выборов делегация встретится …», "During the visit, the
		// delegation met …": past a phrase of time or place that names no
		// actor
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if a.mentionStartsAt(i, n) {
				break
			}
			if contains(guests, toks[n].Fold) || toks[n].Fold == "the" && n+1 < len(toks) && contains(guests, toks[n+1].Fold) {
				k = n
				break
			}
		}
	}
	if k+1 < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if i == 0 || len(toks) <= k || !contains(guests, toks[k].Fold) && !metThemBefore(toks) {
		return ""
	}
	return a.lastPartyNotOf(i-1, i-1, a.Home)
}

// timePlacePrepositions open a phrase of time or place before a
// sentence's subject («До выборов делегация …», "During the visit, the
// delegation …").
var timePlacePrepositions = []string{"до", "после", "в", "во", "на", "по", "during", "after", "before", "on", "in", "at"}

// delegationNamedBefore returns, for a sentence that opens with a bare
// delegation ("The delegation", "The visiting delegation", «Делегация»)
// and names no actor, the last party of another country than the home one
// that the sentence before named, or "".
func (a *Analysis) delegationNamedBefore(i int) string {
	toks := a.Sentences[i].Tokens
	if i == 0 || len(a.Mentions[i]) > 0 {
		return ""
	}
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k < len(toks) && (toks[k].Fold == "visiting" || toks[k].Fold == "foreign") {
		k++
	}
	if k >= len(toks) || toks[k].Fold != "delegation" && toks[k].Fold != "делегация" {
		return ""
	}
	return a.lastPartyNotOf(i-1, i-1, a.Home)
}

// lastPartyNotOf returns the last party of a country other than cc that
// the sentences from..to name, the nearest first; "" when none does.
func (a *Analysis) lastPartyNotOf(from, to int, cc string) string {
	for b := to; b >= 0 && b >= from; b-- {
		ps := a.parties(b)
		for n := len(ps) - 1; n >= 0; n-- {
			if graph.CountryOf(ps[n]) != cc {
				return ps[n]
			}
		}
	}
	return ""
}

// noPairMet reports a pair of parties of sentence i that met no one:
// a commission and its own country's parliament («выступил в Меджлисе»:
// law-making at home); a state's side or delegation and its own commission
// («делегация Республики Таджикистан во главе с Председателем ЦКВР»,
// «заинтересованность монгольской стороны»: one party); or one named only
// as the news's source.
func (a *Analysis) noPairMet(i int, p [2]string) bool {
	if a.onlyCited(i, p[0]) || a.onlyCited(i, p[1]) {
		return true
	}
	cc := graph.CountryOf(p[0])
	if cc != graph.CountryOf(p[1]) {
		return false
	}
	for _, k := range p {
		if graph.KindOf(k) != graph.KindGovernment {
			continue
		}
		if cc == a.Home && a.homeParliamentIn(i) || a.sideOfState(i, k) {
			return true
		}
	}
	return false
}

// withoutElected drops from keys those that sentence i names only as what
// an election fills («обсудила с послом Румынии организацию выборов в
// Европарламент», "elections to the European Parliament").
func (a *Analysis) withoutElected(i int, keys []string) []string {
	// the keys with a mention that is no elected body, and those with one
	// that is
	var acting, elected []string
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); k == "" {
			continue
		} else if a.electedBody(i, m) {
			elected = append(elected, k)
		} else {
			acting = append(acting, k)
		}
	}
	if len(elected) == 0 {
		return keys
	}
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool {
		return contains(elected, k) && !contains(acting, k)
	})
}

// withoutReporter drops from keys the speaker of a sentence that reports
// a meeting in a clause of its own with its own subject («Нгуен Мань Тиен
// сообщил, что группа наблюдателей АИПА … встретилась с представителями
// ЦИК России», "X said that the delegation met …"): who said it did not
// meet.
func (a *Analysis) withoutReporter(i int, keys []string) []string {
	c := a.reportedClause(i)
	if c < 0 {
		return keys
	}
	v := a.findStem(i, c, "встрет", "встреч", "met", "meet", "посетил", "visited", "received", "принял")
	if v < 0 {
		return keys
	}
	// the clause's own subject, and the actors named in it and before it
	subject := false
	var inClause, before []string
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		switch {
		case k == "":
		case m.Tok0 > c:
			inClause = append(inClause, k)
			subject = subject || m.Tok1 <= v
		case m.Tok0 < c:
			before = append(before, k)
		}
	}
	if !subject || len(before) == 0 {
		return keys // no subject of its own, or no one before it to drop
	}
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return !contains(inClause, k) })
}

// invitedToVisitAfterMeeting reports a sentence i whose only meeting word
// refers back to a meeting («по итогам встречи», «в ходе встречи», "at the
// end of the meeting") and which invites someone to visit («пригласил …
// посетить», "invited … to visit"): the invitation's, not a new meeting.
func (a *Analysis) invitedToVisitAfterMeeting(i int) bool {
	toks := a.Sentences[i].Tokens
	inv := a.findStem(i, 0, "пригласил", "приглашает", "invited", "invites", "extended an invitation")
	if inv < 0 {
		return false
	}
	visit := -1
	for k := inv + 1; k < len(toks) && k <= inv+6; k++ {
		if f := toks[k].Fold; f == "посетить" || f == "to" && k+1 < len(toks) && toks[k+1].Fold == "visit" {
			visit = k
			break
		}
	}
	if visit < 0 {
		return false
	}
	for k, t := range toks {
		if k >= inv && k <= visit+1 {
			continue
		}
		if hasAnyPrefix(t.Fold, []string{"встреч", "встрет", "meeting", "met", "посетил", "visited", "переговор", "talks"}) {
			if k > 0 && contains([]string{"итогам", "ходе", "рамках", "завершение", "after", "during", "of"}, toks[k-1].Fold) || k > 1 && toks[k-1].Fold == "the" && contains([]string{"after", "during", "of", "at"}, toks[k-2].Fold) {
				continue // a meeting referred to
			}
			return false
		}
	}
	return true
}

// withoutLeadersOffice drops from keys the actors sentence i names only in
// the title of a group's leader, when the group itself is an actor named
// before «во главе с», "led by" ("the IPA CIS observers, led by … Chair of
// the Standing Commission of the House of Representatives of … Belarus Igor
// Komarovsky, visited the CEC of Armenia"): the leader's own office, not a
// party the group met.
func (a *Analysis) withoutLeadersOffice(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	led := -1 // the last token of «во главе с», «под руководством», "led by"
	for k := 1; k < len(toks); k++ {
		if toks[k].Fold == "by" && (toks[k-1].Fold == "led" || toks[k-1].Fold == "headed") || toks[k].Fold == "руководством" && toks[k-1].Fold == "под" || k >= 2 && toks[k].Fold == "с" && toks[k-1].Fold == "главе" && toks[k-2].Fold == "во" {
			led = k
			break
		}
	}
	if led < 0 {
		return keys
	}
	group := ""
	for _, m := range a.Mentions[i] {
		if m.Tok1 <= led-1 && m.Tok1 >= led-5 && m.Kind != graph.KindPerson && m.Kind != graph.KindCountry {
			group = a.actorKey(m)
		}
	}
	if group == "" {
		return keys
	}
	leader := -1 // the end of the leader's name
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindPerson && m.Tok0 > led && m.Tok0 <= led+40 {
			leader = m.Tok1
			break
		}
	}
	if leader < 0 {
		return keys
	}
	persons := func(m Mention) bool { return m.Kind == graph.KindPerson }
	return a.withoutNamedOnly(i, keys, persons, func(m Mention) bool {
		return m.Tok0 > led && m.Tok1 <= leader && a.actorKey(m) != group
	})
}

// withoutNamedOnly drops from keys the actors sentence i names only in
// mentions where only reports true, leaving out of account the mentions
// skip reports (nil: none).
func (a *Analysis) withoutNamedOnly(i int, keys []string, skip, only func(Mention) bool) []string {
	in, outside := map[string]bool{}, map[string]bool{}
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		switch {
		case k == "", skip != nil && skip(m):
		case only(m):
			in[k] = true
		default:
			outside[k] = true
		}
	}
	if len(in) == 0 {
		return keys
	}
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return in[k] && !outside[k] })
}

// ownedThings are the stems of Russian nouns of a body's things — its
// project, programme, website, law or decision — after which the body,
// in the genitive, owns what is talked about: «рассказала о реализации
// проекта ЦИК России», «на сайте Центризбиркома».
var ownedThings = []string{"проект", "программ", "инициатив", "сайт", "портал", "приложени", "закон", "постановлени", "решени", "указ", "стандарт", "методик"}

// withoutThingOwners drops from keys the actors sentence i names only
// after a noun of ownedThings («о реализации всероссийского проекта ЦИК
// России»): what they own is talked about, they are not met.
func (a *Analysis) withoutThingOwners(i int, keys []string) []string {
	toks := a.Sentences[i].Tokens
	return a.withoutNamedOnly(i, keys, nil, func(m Mention) bool {
		return m.Tok0 > 0 && toks[m.Tok0-1].IsCyrillic() && hasAnyPrefix(toks[m.Tok0-1].Fold, ownedThings)
	})
}

// onlyCited reports an actor that sentence i names only as the source of
// its news («… сообщает НИАТ «Ховар» со ссылкой на Посольство
// Таджикистана», "according to the Embassy of Japan", "according to a
// tweet by the Indian Embassy", "citing the ministry").
func (a *Analysis) onlyCited(i int, key string) bool {
	toks := a.Sentences[i].Tokens
	seen := false
	for _, m := range a.Mentions[i] {
		if a.actorKey(m) != key {
			continue
		}
		seen = true
		k := m.Tok0 - 1
		if k >= 0 && toks[k].Fold == "the" {
			k--
		}
		if k >= 2 && contains([]string{"by", "from", "of"}, toks[k].Fold) && contains([]string{"tweet", "statement", "release", "post", "report", "communique", "communiqué", "message", "note"}, toks[k-1].Fold) {
			// "according to a tweet by the Indian Embassy", "according to
			// a press release from the Commission"
			k -= 2
			for k >= 0 && contains([]string{"a", "an", "the", "press", "official", "joint"}, toks[k].Fold) {
				k--
			}
		}
		cited := k >= 1 && (toks[k].Fold == "на" && toks[k-1].Fold == "ссылкой" || toks[k].Fold == "to" && toks[k-1].Fold == "according" || toks[k].Fold == "citing")
		if !cited {
			return false
		}
	}
	return seen
}

// sideOfState reports a sentence i whose every mention of the government
// gov names the state as a side or a delegation («монгольской стороны»,
// «делегации Республики Таджикистан», "the Tajik side", "the delegation of
// Nepal"), no ministry, embassy or parliament of its own.
func (a *Analysis) sideOfState(i int, gov string) bool {
	toks := a.Sentences[i].Tokens
	seen := false
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindGovernment || m.Key != gov {
			continue
		}
		seen = true
		side := false
		for k := max(0, m.Tok0-1); k < len(toks) && k <= m.Tok1; k++ {
			if hasAnyPrefix(toks[k].Fold, []string{"сторон", "делегац", "side", "delegation"}) {
				side = true
			}
		}
		if !side {
			return false
		}
	}
	return seen
}

// guestsMetHosts reads a sentence that speaks of «гости»/"the guests"
// and whose parties are all of one country («В ходе встречи в парламенте
// гости … были приняты в Центральной комиссии»): the hosts did not meet
// each other, the guests met each of them. It returns the guests' actor,
// the last party of another country in the three sentences before, or
// reports that none was named there (then no meeting can be keyed).
func (a *Analysis) guestsMetHosts(i int, keys []string) (string, bool) {
	if len(keys) < 2 {
		return "", false
	}
	for _, k := range keys[1:] {
		if graph.CountryOf(k) != graph.CountryOf(keys[0]) {
			return "", false
		}
	}
	guests := false
	for k, t := range a.Sentences[i].Tokens {
		if (t.Fold == "гости" || t.Fold == "guests" || t.Fold == "visitors") && (k == 0 || a.Sentences[i].Tokens[k-1].Fold != "в") {
			guests = true // (not «приехал в гости»)
		}
	}
	if !guests {
		return "", false
	}
	g := a.lastPartyNotOf(i-3, i-1, graph.CountryOf(keys[0]))
	return g, g == ""
}

// metThemBefore reports «принял его (её, их)», «встретился с ним (ней,
// ними)», «их встреча с …», "their meeting with": a meeting whose other
// party is a pronoun for someone the sentence before named.
func metThemBefore(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		f, n := toks[k].Fold, toks[k+1].Fold
		if (f == "принял" || f == "приняла" || f == "приняли") && (n == "его" || n == "её" || n == "ее" || n == "их") {
			return true
		}
		if strings.HasPrefix(f, "встретил") && k+2 < len(toks) && (n == "с" || n == "со") && contains([]string{"ним", "ней", "ними"}, toks[k+2].Fold) {
			return true
		}
		if (f == "их" || f == "their") && hasAnyPrefix(n, []string{"встреч", "переговор", "meeting", "talks"}) {
			return true // «Затем состоялась их встреча с главой облизбиркома»
		}
	}
	return false
}

// meetingAsGathering reports an English sentence whose only meeting word
// is "the meeting" as a gathering people were at ("delivered a speech to
// the participants of the meeting", "It was decided at the meeting to
// transfer the presidency to X"): it says what happened there, not who
// met whom; a meeting verb or "with" of its own makes it one.
func (a *Analysis) meetingAsGathering(i int) bool {
	if a.Doc.Language != "en" || a.receives(i) || a.videoCallWith(i) {
		return false
	}
	toks := a.Sentences[i].Tokens
	seen := false
	for k, t := range toks {
		switch {
		case strings.HasPrefix(t.Fold, "meeting"):
			if k < 2 || toks[k-1].Fold != "the" || !contains([]string{"of", "at", "to"}, toks[k-2].Fold) {
				return false
			}
			if k+1 < len(toks) && (toks[k+1].Fold == "of" || a.insideMention(i, k+1)) {
				return false // "at the meeting of the A-WEB Executive Board"
			}
			if k >= 3 && contains([]string{"representatives", "represented", "present", "delegates"}, toks[k-3].Fold) {
				return false // "sent representatives at the meeting": who attended it
			}
			seen = true
		case t.Fold == "with" || t.Fold == "between" || contains([]string{"met", "meet", "meets", "hosted", "hosts", "called", "visited", "visits", "talks", "received", "receives"}, t.Fold):
			return false
		}
	}
	return seen
}

// ledDelegationTo reports "X led a delegation to Cairo", «возглавил
// делегацию, посетившую …»: a visit that took place.
func (a *Analysis) ledDelegationTo(i int) bool {
	_, ok := a.delegationDestination(i)
	return ok
}

// ledDelegationToBody reports "X led a delegation to the Independent
// National Electoral Commission": a visit to the body, which met them.
func (a *Analysis) ledDelegationToBody(i int) bool {
	n, ok := a.delegationDestination(i)
	if !ok {
		return false
	}
	if n < len(a.Sentences[i].Tokens) && a.Sentences[i].Tokens[n].Fold == "the" {
		n++
	}
	return slices.ContainsFunc(a.Mentions[i], func(m Mention) bool {
		return m.Tok0 == n && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && m.Key != ""
	})
}

// delegationDestination returns the token after the "to" or «в» of "led a
// delegation to …", «возглавил делегацию в …» in sentence i.
func (a *Analysis) delegationDestination(i int) (int, bool) {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "led" && !strings.HasPrefix(t.Fold, "возглавил") {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+6; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"delegation", "делегаци"}) {
				return n + 2, n+1 < len(toks) && (toks[n+1].Fold == "to" || toks[n+1].Fold == "в")
			}
		}
	}
	return 0, false
}

// missionCounterpart resolves a meeting's counterpart named only as a
// mission («встретился с руководством миссии», "met the head of the
// mission"): the organisation or body whose mission an earlier sentence
// names («Миссия наблюдателей от СНГ …»); "" when sentence i has no such
// counterpart or no earlier sentence names the mission's owner.
func (a *Analysis) missionCounterpart(i int) string {
	toks := a.Sentences[i].Tokens
	w := -1
	for k, t := range toks {
		if t.Fold == "с" || t.Fold == "со" || t.Fold == "with" || t.Fold == "met" {
			w = k
			break
		}
	}
	found := false
	for k := w + 1; w >= 0 && k < len(toks) && k <= w+5; k++ {
		if toks[k].Kind == text.Punct || a.insideMention(i, k) {
			break
		}
		if hasAnyPrefix(toks[k].Fold, missionWords) {
			found = true
			break
		}
	}
	if !found {
		// «встреча всех представителей от наблюдательной группы с
		// председателем ЦИК», "members of the observer team met …": an
		// observers' group named without its organisation
		found = a.hasPhrase(i, observerGroups...) && !a.groupOwnerNamed(i)
	}
	if !found && w > 1 && !slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return m.Tok0 < w && m.Tok1 > w-4 && a.actorKey(m) != "" }) {
		// «состоялась встреча руководства миссии с председателем ЦИК»:
		// the mission the meeting noun governs, right before «с»
		for k := w - 1; k >= 0 && k >= w-3; k-- {
			if hasAnyPrefix(toks[k].Fold, missionWords) && k > 0 && slices.ContainsFunc(toks[max(0, k-3):k], func(t text.Token) bool { return strings.HasPrefix(t.Fold, "встреч") }) {
				found = true
				break
			}
		}
	}
	if w < 0 && len(toks) > 2 && toks[0].Fold == "the" && contains([]string{"mission", "team", "group"}, toks[1].Fold) {
		// "The mission, led by …, will meet the Electoral Commission": the
		// bare group opens the sentence, its verb comes later
		w = slices.IndexFunc(toks, func(t text.Token) bool { return t.Fold == "meet" || t.Fold == "met" || t.Fold == "meets" })
		if w > 0 && bareGroupSubject(toks[:2], 2) {
			found = !slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return m.Tok0 < w && a.actorKey(m) != "" })
		}
	}
	if !found && (missionHeadOpens(toks) || bareGroupSubject(toks, w)) && w > 0 && !slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return m.Tok0 < w && a.actorKey(m) != "" }) {
		// "The Chief Observer met the chairperson of …", «Глава миссии
		// встретился с …»: the head of the mission named before
		found = true
	}
	if !found && len(toks) > 2 && contains([]string{"главу", "руководителя"}, toks[0].Fold) && strings.HasPrefix(toks[1].Fold, "мисси") && hasAnyPrefix(toks[2].Fold, []string{"принял", "приняла", "принимал", "встретил", "поприветствовал", "приветствовал"}) {
		// «Главу миссии принял Председатель ЦИК …»: the mission's head, the
		// object before the verb
		found = true
	}
	if !found {
		return ""
	}
	return a.missionOwnerBefore(i)
}

// missionHeadsMet returns the organisations of the sentence before i, one
// on observers (of the three before, for bare «с наблюдателями»), when
// sentence i has its one actor (host) meet the heads of missions in the
// plural, unnamed («встретился с руководителями миссий», "met the heads of
// the observer missions"); nil else.
func (a *Analysis) missionHeadsMet(i int, host string) []string {
	if i == 0 {
		return nil
	}
	back := 1 // how many sentences back the missions may be named
	if !a.hasPhrase(i, "руководителями миссий", "руководителями международных миссий", "руководителями наблюдательных миссий", "главами миссий", "главами наблюдательных миссий", "руководителей миссий", "глав миссий", "heads of the missions", "heads of missions", "heads of the observer missions", "heads of observer missions", "heads of the observation missions", "heads of observation missions", "heads of the international observer missions") {
		// «намечена встреча с наблюдателями в Центризбиркоме», "will meet
		// the observers": the observers named in the three sentences
		// before, no one of them here
		toks := a.Sentences[i].Tokens
		k := slices.IndexFunc(toks, func(t text.Token) bool { return t.Fold == "наблюдателями" || t.Fold == "observers" })
		if k < 1 || !contains([]string{"с", "со", "the", "with"}, toks[k-1].Fold) || k+1 < len(toks) && contains([]string{"от", "из", "from", "of"}, toks[k+1].Fold) || !a.hasPhrase(i, "встреч", "встрет", "meet", "met ") {
			return nil
		}
		back = 3
	}
	for b := i - 1; b >= 0 && b >= i-back; b-- {
		if !a.hasPhrase(b, observationWords...) {
			continue
		}
		var out []string
		for _, o := range a.parties(b) {
			if o != host && graph.KindOf(o) == graph.KindOrganization && !contains(out, o) {
				out = append(out, o)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// bareDelegationCounterpart returns, for a sentence whose counterpart is a
// bare delegation («с делегацией встретились …», "met with the
// delegation"), whose owner it does not name, the last party of another
// country than cc (the host's) that the two sentences before name; ""
// else.
func (a *Analysis) bareDelegationCounterpart(i int, cc string) string {
	toks := a.Sentences[i].Tokens
	for k := 0; k+1 < len(toks); k++ {
		if f := toks[k].Fold; f != "с" && f != "со" && f != "with" {
			continue
		}
		d := k + 1
		if toks[d].Fold == "the" && d+1 < len(toks) {
			d++
		}
		if f := toks[d].Fold; f != "делегацией" && f != "delegation" {
			continue
		}
		if n := d + 1; n < len(toks) && (a.insideMention(i, n) || toks[n].IsUpper() || contains([]string{"из", "от", "of", "from", "цик", "центризбиркома"}, toks[n].Fold) || hasAnyPrefix(toks[n].Fold, []string{"избирательн", "комисси", "министерств", "парламент", "организаци", "миссии"})) {
			return "" // «с делегацией ЦИК …», «с делегацией из …»: named here
		}
		if i == 0 {
			return ""
		}
		return a.lastPartyNotOf(max(0, i-2), i-1, cc)
	}
	return ""
}

// missionOwnerBefore returns the organisation or body whose mission (group,
// team) one of the five sentences before i names, or which sent it there,
// the nearest first, or "".
func (a *Analysis) missionOwnerBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		mj := a.findStem(k, 0, append(missionWords, "групп", "group", "team")...)
		if mj < 0 {
			continue
		}
		for _, m := range a.Mentions[k] {
			if missionOwnerAt(a.Sentences[k].Tokens, mj, m) {
				return m.Key
			}
		}
		// "The African Union has deployed a … Mission to Ghana": the one
		// subject of the verb that sent it
		if v := a.findStem(k, 0, "deploy", "dispatch", "sent", "направил", "направила", "направило"); v >= 0 && v < mj {
			if before := a.clauseActorsBefore(k, v); len(before) == 1 && before[0].Kind == graph.KindOrganization {
				return before[0].Key
			}
		}
	}
	return ""
}

// missionOwnerAt reports whether mention m owns the mission (group, team)
// word at token mj: it follows the word («миссию наблюдателей от СНГ»),
// holds it ("the Commonwealth Observer Group"), or, in English, stands
// just before it ("the European Union Election Observation Mission").
func missionOwnerAt(toks []text.Token, mj int, m Mention) bool {
	if m.Kind != graph.KindOrganization && m.Kind != graph.KindBody {
		return false
	}
	return m.Tok0 >= mj && m.Tok0 <= mj+6 || m.Tok0 <= mj && m.Tok1 > mj || !toks[mj].IsCyrillic() && m.Tok1 <= mj && m.Tok1 >= mj-3
}

// visitedCountryOnly reports a sentence whose verb of visiting has a
// country for its object ("visited Zimbabwe", «посетила Молдову») and that
// names no election body after the verb.
func (a *Analysis) visitedCountryOnly(i int) bool {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Via == ViaName && m.Tok0 > 0 && hasAnyPrefix(toks[m.Tok0-1].Fold, []string{"visited", "visiting", "посетил", "посетит", "посетят", "посетив"}) {
			// (a body named after the verb is one the visitors met: "…
			// visited Zimbabwe and met the ZEC"; the visitors' own body
			// before it is not: "The delegation of the ECI … visited
			// Bangladesh as observers")
			return !slices.ContainsFunc(a.Mentions[i], func(b Mention) bool {
				return (b.Kind == graph.KindBody || b.Kind == graph.KindSubBody) && b.Tok0 >= m.Tok0
			})
		}
	}
	return false
}

// missionOwnersBefore returns every organisation or body whose mission
// one of the five sentences before i names.
func (a *Analysis) missionOwnersBefore(i int) []string {
	var out []string
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		toks := a.Sentences[k].Tokens
		for mj, t := range toks {
			if !hasAnyPrefix(t.Fold, missionWords) {
				continue
			}
			for _, m := range a.Mentions[k] {
				if missionOwnerAt(toks, mj, m) && !contains(out, m.Key) {
					out = append(out, m.Key)
				}
			}
		}
	}
	return out
}

// bareGroupSubject reports "the group", "the mission", "the team",
// «группа», «миссия» right before the meeting word at token w (past a
// verb: "On Monday, the group met with …"): the observers' group the
// article named before.
func bareGroupSubject(toks []text.Token, w int) bool {
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		switch toks[k].Fold {
		case "group", "mission", "team", "группа", "миссия":
			return k == 0 || toks[k-1].Fold == "the" || toks[k-1].Text == ","
		}
	}
	return false
}

// missionHeadOpens reports a sentence that opens with the title of a
// mission's head and no name ("The Chief Observer …", "The Head of
// Mission …", «Глава миссии …», «Руководитель миссии наблюдателей …»).
func missionHeadOpens(toks []text.Token) bool {
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	f, n := toks[k].Fold, toks[k+1].Fold
	return f == "chief" && hasAnyPrefix(n, []string{"observer"}) ||
		f == "head" && k+2 < len(toks) && n == "of" && hasAnyPrefix(toks[k+2].Fold, []string{"mission", "the"}) ||
		(f == "глава" || f == "руководитель") && strings.HasPrefix(n, "мисси")
}

// observerGroups name a group of observers without its owner.
var observerGroups = []string{"наблюдательной групп", "наблюдательная групп", "наблюдательную групп", "группы наблюдател", "группа наблюдател", "группой наблюдател", "группу наблюдател", "миссии наблюдател", "миссия наблюдател", "миссией наблюдател", "observer group", "observer team", "observers team", "observation team", "observer mission", "observation mission"}

// groupOwnerNamed reports an organisation or body named within four tokens
// after an observers' group word of sentence i («группы наблюдателей от
// СНГ»): the group's owner is in the sentence itself.
func (a *Analysis) groupOwnerNamed(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"групп", "group", "team", "мисси", "mission"}) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization && m.Kind != graph.KindBody {
				continue
			}
			// «группы наблюдателей СНГ», «миссии от СНГ», "mission of the
			// OSCE", "the CIS observer group"; not «с председателем ЦИК»
			owner := m.Tok1 == k || m.Tok0 == k+1
			for n := k + 1; n < m.Tok0 && n <= k+3 && !owner; n++ {
				switch toks[n].Fold {
				case "от", "of", "from":
					owner = true
				case "наблюдателей", "observers", "the":
				default:
					n = k + 4
				}
			}
			if owner {
				return true
			}
		}
	}
	return false
}

// observingRelative reports a relative clause of sentence i that says the
// one it describes observes: «…, которая уже начала мониторинг выборов»,
// "…, which has already started observing".
func (a *Analysis) observingRelative(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"котор", "which", "who"}) || k == 0 || toks[k-1].Text != "," {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"мониторинг", "наблюда", "наблюден", "observ", "monitor"}) && !hasAnyPrefix(toks[n].Fold, []string{"наблюдател", "observer"}) {
				return !a.hasPhrase(i, "будет", "будут", "will", "would", "планиру", "plan")
			}
		}
	}
	return false
}

// hostedPassive reports "… the Assembly that will be hosted in Seoul": a
// passive "hosted" names where an event takes place, not a meeting, when
// no other meeting word is in sentence i.
func (a *Analysis) hostedPassive(i int) bool {
	if !a.hasPhrase(i, "be hosted", "was hosted", "were hosted", "been hosted", "is hosted", "are hosted", "being hosted") && !(a.hasPhrase(i, "hosted by") && a.hasPhrase(i, eventWords...) && !a.hasPhrase(i, "meeting with", "met ", "talks")) {
		return false
	}
	for _, w := range meetingWords {
		if w != "hosted" && w != "hosts" && a.hasPhrase(i, w) {
			return false
		}
	}
	return !a.receives(i)
}

// visitHelpers returns the actors a sentence names as those who organised
// or helped a visit ("The visit was organized jointly with X and Y", "The
// visit, facilitated by GIZ, …", «Визит организован при содействии X»):
// the list after the participle's "by" or "with"; nil when there is none.
func (a *Analysis) visitHelpers(i int) []string {
	toks := a.Sentences[i].Tokens
	v := a.findStem(i, 0, "visit", "визит")
	if v < 0 || strings.HasPrefix(toks[v].Fold, "visitor") || strings.HasPrefix(toks[v].Fold, "visited") {
		return nil
	}
	o := a.findStem(i, v+1, "organized", "organised", "организован", "arranged", "facilitated", "supported", "funded", "sponsored", "прошел", "прошёл", "проходит")
	if o <= v || o > v+8 {
		return nil
	}
	k := o + 1
	if k < len(toks) && (toks[k].Fold == "jointly" || toks[k].Fold == "together") {
		k++
	}
	switch {
	case k < len(toks) && (toks[k].Fold == "by" || toks[k].Fold == "with"):
	case k+1 < len(toks) && toks[k].Fold == "при" && hasAnyPrefix(toks[k+1].Fold, []string{"содействи", "поддержк"}):
		k++
	default:
		return nil
	}
	return keys(a.listAfter(i, k))
}

// videoCallWith reports «провел видеоконференцию с коллегами из …», "held
// a video conference with …": an online meeting with a counterpart.
func (a *Analysis) videoCallWith(i int) bool {
	v := a.findStem(i, 0, "видеоконференц", "видеосвяз", "videoconferenc", "video")
	if v < 0 {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if f := toks[k].Fold; f == "с" || f == "со" || f == "with" {
			return true
		}
	}
	return false
}

// hostsEvent reports "X hosted the A-WEB Executive Board meeting",
// «провел заседание Совета»: a body holding an event or a meeting of a
// board, not meeting someone (no "with", «с»).
func (a *Analysis) hostsEvent(i int) bool {
	v := a.findStem(i, 0, "host", "convene", "held", "holds", "organised", "organized")
	if v < 0 {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		f := toks[k].Fold
		if f == "with" || f == "delegation" || f == "delegations" || f == "," || f == "." || f == ";" || f == ":" {
			return false
		}
		if hasAnyPrefix(f, []string{"meeting", "conference", "forum", "summit", "seminar", "workshop", "assembly", "session", "training", "course", "webinar", "symposium", "event"}) {
			// "held an introductory meeting with X" is a meeting, and so is
			// "The heads of the commissions of A and B held a meeting": the
			// two met each other
			if strings.HasPrefix(f, "meeting") && len(keys(a.clauseActorsBefore(i, v))) == 2 {
				return false
			}
			return !(strings.HasPrefix(f, "meeting") && k+1 < len(toks) && (toks[k+1].Fold == "with" || toks[k+1].Fold == "between"))
		}
	}
	return false
}

// groupHeads are plural nouns after «встреча» that make it a gathering of
// many: «встреча руководителей избирательных органов стран СНГ».
var groupHeads = []string{"руководителей", "глав", "председателей", "представителей", "министров", "heads", "chairpersons", "representatives", "leaders"}

// multilateralMeeting reports «принял участие во встрече руководителей
// избирательных органов …»: a gathering of three or more, which is
// participation in an event, not pairwise meetings.
func (a *Analysis) multilateralMeeting(i int) bool {
	toks := a.Sentences[i].Tokens
	for j, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"встреч", "meeting"}) || j+1 >= len(toks) {
			continue
		}
		next := toks[j+1].Fold
		if next == "of" && j+2 < len(toks) {
			next = toks[j+2].Fold
			if next == "the" && j+3 < len(toks) {
				next = toks[j+3].Fold
			}
		}
		if contains(groupHeads, next) && !a.withSomeone(i, j) && len(keys(a.listAfter(i, j+1))) != 2 {
			// (not «встреча председателей ЦИК Армении и ЦИК Грузии»: the
			// heads of two bodies meeting each other)
			return true
		}
		if toks[j+1].Fold == "of" && namedCollegiumAfter(toks, j+2) && !a.withSomeone(i, j) && !a.hasPhrase(i, "meeting with", "met with", "talks with", "met the", "received", "receives", "bilateral", "sidelines", "margins") && !(j > 0 && contains([]string{"during", "at"}, toks[j-1].Fold)) && !(j > 1 && toks[j-1].Fold == "the" && contains([]string{"during", "at", "of"}, toks[j-2].Fold)) {
			// "Meeting of the UNIORE Coordination and Monitoring Committee":
			// a session of a body's organ, an event ("held a bilateral
			// meeting with X during a meeting of the Executive Board" is
			// a meeting with X)
			return true
		}
	}
	// "Over 50 countries will join the A-WEB meeting": a meeting of many
	if a.findStem(i, 0, "встреч", "meeting") >= 0 {
		for k := 1; k+1 < len(toks); k++ {
			if hasAnyPrefix(toks[k].Fold, []string{"countries", "стран", "государств", "delegations", "делегаци"}) && (toks[k-1].Kind == text.Number && toks[k-1].Text != "1" && toks[k-1].Text != "2") &&
				a.findStem(i, k+1, "join", "attend", "participat", "take", "примут", "приняли", "принимают", "участвова", "собрал") > k {
				return true
			}
		}
	}
	// "A, B, C and D attended the meeting", «во встрече приняли участие
	// X, Y и Z»: three or more parties take part in it
	if j := a.participationTrigger(i); j >= 0 && a.findStem(i, 0, "встреч", "meeting") >= 0 {
		if ps := a.participants(i, j); len(ps) >= 3 && !a.attendedMeetingBefore(i) {
			return true
		}
	}
	return false
}

// metAlone reports a sentence whose verb is an intransitive "met" ("The
// Committee met September 22-23", "… met in Lima"): no one is met.
func (a *Analysis) metAlone(i int) bool {
	toks := a.Sentences[i].Tokens
	k := a.findStem(i, 0, "met")
	if k < 0 || toks[k].Fold != "met" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	if !(monthOf(next.Fold) > 0 || next.Kind == text.Number || contains([]string{"in", "on", "at", "for", "during", "yesterday", "today", "last", "this", "twice", "again", "virtually", "online"}, next.Fold)) {
		return false
	}
	// ("met in New Delhi with senior officials": someone after all)
	for n := k + 1; n < len(toks) && toks[n].Text != "." && toks[n].Text != ";"; n++ {
		if toks[n].Fold == "with" {
			return false
		}
	}
	return true
}

// namedCollegiumAfter reports the capitalised name of a collegial organ
// ("the UNIORE Coordination and Monitoring Committee", "the A-WEB
// Executive Board") starting at token k: capitalised words (and "and",
// "of") up to a head noun of such organs.
func namedCollegiumAfter(toks []text.Token, k int) bool {
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	for n := k; n < len(toks) && n < k+7; n++ {
		t := toks[n]
		if t.IsUpper() && contains([]string{"committee", "board", "council", "bureau", "assembly", "platform", "forum", "conference"}, t.Fold) {
			return true
		}
		if t.Kind != text.Word || !t.IsUpper() && t.Fold != "and" && t.Fold != "of" {
			return false
		}
	}
	return false
}

// hostingVerbs say that an event was held («провел семинар», «прошел
// семинар», «проводит», "hosted a training", "is conducting", "sponsored
// a training"); word prefixes.
var hostingVerbs = []string{"провел", "провёл", "провела", "провели", "провод", "организова", "организу", "прошел", "прошёл", "прошла", "прошли", "состоял", "held", "hold", "organiz", "organis", "host", "conduct", "sponsor"}

// forGuests reports the words between a programme and its guests: "for"
// or «для» among at most six words ("study tour for officials of").
func forGuests(gap []text.Token) bool {
	if len(gap) > 7 {
		return false
	}
	for _, t := range gap {
		if t.Fold == "for" || t.Fold == "для" {
			return true
		}
	}
	return false
}

// hostCountryFor returns, for the participation trigger "for"/«для» at
// token j of sentence i after an event held by someone («провел семинар
// для …», "hosted a training program for …"), the country of a country
// adjective or name among the words before the hosting verb, else the
// article's home when read from its text; "" otherwise.
func (a *Analysis) hostCountryFor(i, j int) string {
	toks := a.Sentences[i].Tokens
	if f := toks[j].Fold; f != "for" && f != "для" || !a.hostedEventBefore(i, j) {
		return ""
	}
	v := -1
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if hasAnyPrefix(toks[k].Fold, hostingVerbs) {
			v = k
			break
		}
	}
	for _, m := range a.Mentions[i] {
		if v >= 0 && m.Tok1 <= v && m.Kind == graph.KindCountry && m.Via != ViaPeople {
			return m.Key
		}
	}
	if a.homeFromText && a.Home != "" && a.Home != "??" {
		return a.Home
	}
	return ""
}

// attendedMeetingBefore reports "The meeting was attended by …", «Во
// встрече приняли участие …» right after a sentence in which someone met
// others ("X met with the heads of the embassies …"): those who attended
// are the ones X met, not the parties of a multilateral event.
func (a *Analysis) attendedMeetingBefore(i int) bool {
	if i < 1 || !a.hasPhrase(i, "the meeting", "this meeting", "встрече", "встреча") {
		return false
	}
	return a.hasPhrase(i-1, "met with", "met the", "meeting with", "встретился с", "встретилась с", "встретились с", "встреча с", "встречу с", "провел встречу", "провела встречу")
}

// withSomeone reports «с», "with" after token j of sentence i followed by an
// actor within three tokens: «встреча представителей группы с
// председателем ЦИК» is two sides meeting, not a gathering.
func (a *Analysis) withSomeone(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k < len(toks); k++ {
		if f := toks[k].Fold; f != "с" && f != "со" && f != "with" {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 > k && m.Tok0 <= k+3 && a.actorKey(m) != "" {
				return true
			}
		}
	}
	return false
}

// partyBefore reports whether an actor or a person with an organisation is
// named before the first of the trigger words in sentence i.
// interviewAt reports folded text that starts with an interview to the
// press, no meeting («беседе с постоянным корреспондентом газеты»,
// "interview with a correspondent").
func interviewAt(f string) bool {
	if !strings.HasPrefix(f, "бесед") && !strings.HasPrefix(f, "interview") {
		return false
	}
	words := strings.Fields(f)
	for n := 1; n < len(words) && n <= 4; n++ {
		if hasAnyPrefix(words[n], []string{"корреспондент", "журналист", "газет", "издани", "агентств", "correspondent", "journalist", "newspaper", "agency"}) {
			return true
		}
	}
	return false
}

// framingVisit reports folded text that ends with a frame («В рамках
// визита члены ЦИК … посетили», "During the visit, X met"): a visit named
// after it is the frame of what the sentence tells, not its verb.
func framingVisit(before string) bool {
	for _, p := range []string{"в рамках ", "в ходе ", "во время ", "по итогам ", "during the ", "as part of the ", "in the course of the ", "on the sidelines of the "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

func (a *Analysis) partyBefore(i int, triggers ...string) bool {
	j, frame := -1, -1
	f := a.folded(i)
	for _, w := range triggers {
		// the word at a word start, not as the sentence's first word
		for from := 1; from < len(f); {
			k := strings.Index(f[from:], w)
			if k < 0 {
				break
			}
			k += from
			if f[k-1] == ' ' && !interviewAt(f[k:]) && framingVisit(f[:k]) && (strings.HasPrefix(f[k:], "визит") || strings.HasPrefix(f[k:], "visit")) {
				if frame < 0 || k-1 < frame {
					frame = k - 1
				}
			} else if f[k-1] == ' ' && !interviewAt(f[k:]) {
				if j < 0 || k-1 < j {
					j = k - 1
				}
				break
			}
			from = k + 1
		}
	}
	if j < 0 {
		// only the frame («В рамках визита …») names the meeting
		j = frame
	}
	if j < 0 {
		return true
	}
	for _, m := range a.Mentions[i] {
		if m.Start-a.Sentences[i].Start >= j {
			break
		}
		switch m.Kind {
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
			return true
		case graph.KindPerson:
			if a.personOrg(m) != "" {
				return true
			}
		}
	}
	return false
}

// directSpeech reports a sentence that quotes someone («– Мы рады …, –
// отметил он»): what it says is not reported fact.
func directSpeech(s text.Sentence) bool {
	return len(s.Tokens) > 0 && (s.Tokens[0].Text == "–" || s.Tokens[0].Text == "—" || s.Tokens[0].Text == "-")
}

// speechOpens is directSpeech but for the dash that follows a dateline in
// capitals ("YEREVAN. – Chairman of the CEC … received …"), which opens
// the article's first sentence, not a speaker's words.
func (a *Analysis) speechOpens(i int) bool {
	if !directSpeech(a.Sentences[i]) {
		return false
	}
	if i == 0 {
		return true
	}
	prev := a.Sentences[i-1].Tokens
	if len(prev) == 0 || len(prev) > 4 || prev[len(prev)-1].Text != "." {
		return true
	}
	for _, t := range prev[:len(prev)-1] {
		if t.Kind != text.Word || strings.ToUpper(t.Text) != t.Text {
			return true
		}
	}
	return false
}

// receives reports «принял председателя …» (a reception), not «принял
// участие» or «принял приглашение», and «приветствуя X» (greeting someone
// named).
func (a *Analysis) receives(i int) bool {
	toks := a.Sentences[i].Tokens
	for j, t := range toks {
		if t.Fold == "приняли" && j+2 < len(toks) && (toks[j+1].Fold == "в" || toks[j+1].Fold == "во") && a.bodyStartsAt(i, j+2) && contains([]string{"делегацию", "гостей", "представителей", "членов", "наблюдателей", "посла", "послов"}, toks[0].Fold) {
			// «Делегацию ЦИК Армении приняли в Национальном избирательном
			// совете Венесуэлы»: received there (guests named first, in the
			// accusative; not «Порядок аккредитации приняли в ЦИК …»)
			return true
		}
		if t.Fold == "принял" || t.Fold == "приняла" || t.Fold == "принимает" {
			if j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Fold, "участи") || strings.HasPrefix(toks[j+1].Fold, "приглаш") || strings.HasPrefix(toks[j+1].Fold, "решени")) {
				continue
			}
			return true
		}
		if hasAnyPrefix(t.Fold, []string{"приветству", "поприветствова"}) && slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return m.Tok0 == j+1 && a.actorKey(m) != "" }) {
			// «…, приветствуя Игоря Карпенко, председателя ЦИК Беларуси»:
			// greeting someone named is receiving him (not «приветствовал
			// решение», nor unnamed «международных наблюдателей»)
			return true
		}
	}
	return false
}

// bodyStartsAt reports an election body's mention that starts at token k
// of sentence i.
func (a *Analysis) bodyStartsAt(i, k int) bool {
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) {
			return true
		}
	}
	return false
}

// ObservationRule finds election observation: «приняли участие в
// международном наблюдении за выборами в Австрии, Венгрии, Индии …» (one
// fact per host), «в составе миссии наблюдателей от СНГ» (the host from the
// article's earlier observation sentences), «as international observer».
// Observers are the bodies, organisations and NGOs of the sentence that are
// not the host's own state bodies; with none, the home body.
type ObservationRule struct{}

var (
	deniedObservation = append(slices.Clone(unconfirmedWords), "не допущ", "не были допущ", "не был допущ", "не была допущ", "отказали в аккредитац", "отказано в аккредитац", "отказали в регистрац", "отказано в регистрац", "отказал в регистрац", "отказала в регистрац", "refused to register", "refused registration", "не аккредитова", "were not allowed", "was not allowed", "were denied", "was denied", "denied accreditation", "refused accreditation", "not accredited", "barred from", "отказе", "отказа направ", "отказа посла", "отказался направ", "отказались направ", "отказалась направ", "отказался посла", "отказались посла", "refused to send", "declined to send", "refusal to send", "decided not to send", "will not send", "не направит", "не будет направлять", "без наблюдател", "без миссии", "без наблюдательн", "без международных наблюдател", "without observers", "without an observer", "without international observers", "no observers", "no observer mission", "no election observ", "не будет участвовать в мониторинг", "не будет участвовать в наблюдени", "не будут участвовать в мониторинг", "не будут участвовать в наблюдени", "не примет участия в наблюдени", "не примут участия в наблюдени", "не будем наблюдать", "не будет наблюдать", "will not observe", "will not monitor", "would not observe", "would not monitor", "not be observing", "not be monitoring", "not be sending", "won't send", "won't be sending", "not to send", "against sending", "отказал в аккредитац", "противит", "opposes the arrival", "отказ от участия", "отказа от участия", "отказе от участия", "от участия в качестве наблюдател", "направлена не будет", "не будет направлена", "направлены не будут", "не будут направлены", "will not be deployed", "not be deploying", "не имеет возможности", "не имеют возможности", "не в состоянии", "is unable to", "are unable to", "was unable to", "were unable to")
	// unconfirmedWords say that those named have not yet said they come
	// ("the two countries which are yet to confirm their participation")
	unconfirmedWords  = []string{"yet to confirm", "not yet confirmed", "have not confirmed", "пока не подтвердил"}
	domesticObservers = []string{"общественн", "партийн", "party", "candidate", "кандидат"}
	visitorProgrammes = []string{"visitors programme", "visitors program", "visitors' programme", "visitors’ programme", "visitor programme", "visitor program", "election visitor", "программ международных посетителей", "программе международных посетителей", "программы международных посетителей"}
	observationWords  = []string{"наблюден", "наблюдател", "наблюдал", "наблюдать", "наблюдают", "наблюдает", "мониторинг", "проследят", "проследит", "следить", "следят", "следил", "проследил", "проконтролир", "observ", "monitor", "supervise", "supervising"}
	missionWords      = []string{"мисси", "mission"}
	arrivalWords      = []string{"прибыл", "прибыв", "прибудут", "прибудет", "arrived", "arrive", "arriving"}
	electionWords     = []string{"выбор", "референдум", "голосован", "плебисцит", "election", "poll", "referend", "vote", "plebiscite"}
)

// Run adds observation facts.
func (r ObservationRule) Run(a *Analysis) {
	defer a.dropHeadlineParents()
	defer a.missionMembersObserve()
	defer a.missionOwnersObserve()
	defer a.coLeadersObserve()
	lastHosts := []string(nil)
	// which sentences speak of observation or of a visitors' programme,
	// asked again of the sentences after them
	obs := make([]bool, len(a.Sentences))
	visitors := make([]bool, len(a.Sentences))
	for i := range a.Sentences {
		obs[i] = a.hasPhrase(i, observationWords...) && a.triggerOutsideTopic(i, 0, observationWords...) >= 0 || a.witnessedElection(i) >= 0
		visitors[i] = a.hasPhrase(i, visitorProgrammes...)
	}
	// «провел встречи с международными наблюдателями, прибывшими для
	// наблюдения за выборами …» names no observer; the sentence after it
	// that lists whom he met does
	var metObservers []string
	for i := range a.Sentences {
		if hosts := metObservers; hosts != nil {
			metObservers = nil
			if a.hasPhrase(i, meetingWords...) || a.receives(i) {
				a.emitMetObservers(i, hosts)
			}
		}
		if a.manyForExample(i) || a.missionsInGeneral(i) || a.hasPhrase(i, habitualWords...) || a.hasPhrase(i, observationInGeneral...) || a.organisationDescribed(i) {
			continue // "observed elections in many countries, such as …"
		}
		if a.comingDenied(i) || a.counterfactual(i) {
			continue // «Наблюдатели от СНГ не приедут на выборы»
		}
		if j := a.findStem(i, 0, "приглашени"); j >= 0 && invitationNotReceived(a.Sentences[i].Tokens, j) {
			continue // «Наблюдатели миссии … не получали приглашения на выборы»
		}
		if listed := a.observersListedBelow(i, obs); len(listed) > 0 {
			// «Работать на выборах будут:\n1. Центральная избирательная
			// комиссия Грузии …;\n2. Посольство США в …» after a sentence
			// on accredited observers
			a.emitObservations(i, listed, a.hostsOrArticles(i), a.docYear())
			continue
		}
		if sp := a.quotedObserver(i); sp != "" && graph.CountryOf(sp) != a.Home {
			a.emitObservations(i, []string{sp}, a.hostsOrArticles(i), a.docYear())
			continue
		}
		if a.hasPhrase(i, assessmentMissions...) && (!a.hasPhrase(i, observationWords...) || a.hasPhrase(i, "about sending", "whether to send", "целесообразност", "направлять ли", "направит ли", "отправит ли", "отправлять ли", "whether it will send", "whether or not to send")) {
			// "The EU exploratory mission visited Bangladesh", «миссия по
			// оценке потребностей»: a mission that assesses, not one that
			// observes, even when it assesses "about sending a full-fledged
			// election observation team"
			continue
		}
		if a.hasPhrase(i, "заинтересованност", "expressed interest", "expressed its interest", "expressed their interest", "expressed a strong interest", "expressed keen interest", "expressed a keen interest") {
			continue // «выразил заинтересованность … в проведении наблюдения»: a wish
		}
		if j := a.findStem(i, 0, invitationStems...); j >= 0 && a.triggerAt(i, 0, invitationStems...) < 0 {
			if o := a.findStem(i, j, observationWords...); o > j && o <= j+6 && !slices.ContainsFunc(a.Sentences[i].Tokens[j:o], func(t text.Token) bool { return t.Text == "," }) {
				continue // "Russia refused to invite OSCE observers"
			}
		}
		// «делегация из Республики Узбекистан, которая приехала, чтобы принять
		// участие на выборах»: a foreign delegation at the home country's election
		visiting := a.hasPhrase(i, "участи", "take part", "participate", "participating", "participation") && a.hasPhrase(i, electionWords...) && !a.hasPhrase(i, eventWords...) && !a.hasPhrase(i, "meetings", "meeting as", "meeting in", "встречах", "consultations", "консультациях") && a.hasPhrase(i, "делегац", "delegation", "their participation", "своё участие", "свое участие", "своем участии", "своём участии")
		oj := a.triggerOutsideTopic(i, 0, observationWords...)
		if oj < 0 {
			oj = a.witnessedElection(i)
		}
		if vp := a.visitedPollingStations(i); vp >= 0 && (oj < 0 || vp < oj) {
			// «член ЦИК РФ посетил 28 участков, где беседовал с
			// наблюдателями»: the visit, not the people met there
			oj = vp
		}
		for oj > 0 && hasAnyPrefix(a.Sentences[i].Tokens[oj-1].Fold, domesticObservers) {
			// «института общественных наблюдателей», "party observers": the
			// country's own observers, not a foreign actor observing
			oj = a.triggerAt(i, oj+1, observationWords...)
		}
		if oj < 0 && i > 0 && (obs[i-1] || i > 1 && obs[i-2]) && !a.hasPhrase(i, "сми", "журналист", "медиа", "media", "journalist", "press") {
			// «Среди аккредитованных — представители миссии СНГ … сотрудники
			// посольств Беларуси и России» after a sentence about observers
			oj = a.findStem(i, 0, "аккредитова", "accredited", "зарегистрированы", "registered")
			if toks := a.Sentences[i].Tokens; oj < 0 && obs[i-1] && len(toks) > 2 && (toks[0].Fold == "в" && (toks[1].Fold == "частности" || toks[1].Fold == "числе") || toks[0].Fold == "in" && toks[1].Fold == "particular") {
				// «… прибыли в Азербайджан для мониторинга выборов. В
				// частности, в Баку прибыли …»: who the sentence before
				// spoke of
				oj = 1
			}
			if st := a.Sentences[i]; oj < 0 && !a.speechOpens(i) && st.Tokens[0].Text != "«" && st.Tokens[0].Text != "\"" && st.Tokens[0].Text != "“" {
				// «Аккредитацию получили 76 человек, это представители …»
				oj = a.findStem(i, 0, "аккредитаци", "accreditation")
			}
		}
		if oj < 0 && i > 0 && (visitors[i-1] || obs[i-1] || a.hasPhrase(i-1, "witness the") || (i > 1 && (obs[i-2] || visitors[i-2]) || i > 2 && obs[i-3]) && (a.visitorsFrom(i) >= 0 || a.listOpener(i) >= 0 || a.comingGroup(i) >= 0)) {
			// "… the Visitors Programme for 75 delegates. The delegates
			// are from the election bodies of Bhutan, Mongolia and …":
			// whom the sentence before brought to observe, and whence
			oj = a.visitorsFrom(i)
			if oj < 0 {
				// "… organisations have applied for accreditation and were
				// approved. These include the EU, …", «Среди них — …»
				oj = a.listOpener(i)
			}
			if oj < 0 {
				// "… observers are coming to monitor the elections. Japan and
				// the United States will also send their contingents"
				oj = a.sendsGroup(i)
			}
			if oj < 0 {
				// «… о международном наблюдении. … едут три председателя ЦИК –
				// Узбекистана, Казахстана и Таджикистана», «… аккредитовано 12
				// наблюдателей. Приедут наши коллеги из Украины, Грузии»
				oj = a.comingGroup(i)
			}
			if k := metRepresentativesFrom(a.Sentences[i].Tokens); oj < 0 && obs[i-1] && k >= 0 {
				// «За выборами будут следить 24 международных наблюдателя.
				// Сегодня председатель комиссии провел встречу с
				// представителями из Черногории, Ливана и Перу»: those met
				// are the observers
				hosts := a.hostsOrArticles(i - 1)
				var met []string
				for _, m := range a.Mentions[i] {
					if k2 := a.actorKey(m); m.Tok0 > k && k2 != "" && !strings.HasPrefix(k2, "??") && !contains(hosts, graph.CountryOf(k2)) && !contains(met, k2) && graph.KindOf(k2) != graph.KindPerson {
						met = append(met, k2)
					}
				}
				if len(met) > 0 {
					a.emitObservations(i, met, hosts, a.docYear())
					continue
				}
			}
		}
		if oj < 0 && a.electionWord(i) >= 0 && !a.hasPhrase(i, eventWords...) {
			// «На выборы свои делегации направили ЦИК России, ЦИК
			// Беларуси и …»: a group sent to the election, its senders
			// after the verb
			oj = a.groupSentBefore(i)
		}
		if oj < 0 && (a.Frame.ElectionCountry != "" || a.Frame.SpeaksOfElection) {
			// «Среди уже присутствующих здесь миссий находятся A, B и C»,
			// "Among the missions already present are …": the missions at
			// the election the article is about
			oj = missionsAmong(a.Sentences[i].Tokens)
		}
		if oj < 0 && visitors[i] {
			// "took part in the International Election Visitors Programme":
			// visitors' programmes are observation (GOLD.md)
			oj = a.findStem(i, 0, "visitor")
		}
		if oj > 0 && oj+1 < len(a.Sentences[i].Tokens) && a.Sentences[i].Tokens[oj].IsUpper() && !a.Sentences[i].Tokens[oj].IsCyrillic() && namedCollegiumAfter(a.Sentences[i].Tokens, oj+1) {
			// "the Coordination and Monitoring Committee": a word of an
			// organ's name
			oj = -1
		}
		if oj >= 0 && a.insideDocumentTitle(i, oj) {
			// "the Principles for Election Management, Monitoring, and
			// Observation in the SADC Region": a document's name
			oj = -1
		}
		if oj > 0 && a.othersTrainedToObserve(i, oj) {
			// "The UN will train NGOs to monitor the elections": whoever
			// is trained observes, not the trainer
			oj = -1
		}
		if oj > 0 && a.reportedUnnamedObservers(i, oj) {
			// «Лебедев заявил, что прибывшие на выборы международные
			// наблюдатели посетили все регионы»: the speaker reports on
			// observers the clause does not name
			oj = -1
		}
		observing := oj >= 0
		if observing && (a.hasPhrase(i, deniedObservation...) || a.refusedToTakePart(i) || oj <= 4 && a.Sentences[i].Tokens[0].Fold == "no" || noneWillBe(a.Sentences[i].Tokens)) {
			// "No Commonwealth observers for Jamaica's election"
			// «наблюдатели … не были допущены», "were denied accreditation"
			continue
		}
		if observers, host := a.credentialsHanded(i); len(observers) > 0 {
			// «Памфилова вручила замгенсека СНГ Ильхому Нематову первое
			// удостоверение международного наблюдателя»
			a.emitObservations(i, observers, []string{host}, a.docYear())
			lastHosts = []string{host}
			continue
		}
		if observing && a.inMeetingCounterpart(i, oj) && a.hasPhrase(i, "международными наблюдател", "with international observers", "with foreign observers", "с иностранными наблюдател", "international observers", "foreign observers", "observer missions", "observation missions", "международных наблюдател", "иностранных наблюдател", "миссий наблюдател", "миссиями наблюдател", "наблюдательных мисси", "наблюдательными мисси") && len(a.withoutHome(a.parties(i))) == 0 {
			// «провел встречи с международными наблюдателями, прибывшими
			// для наблюдения за выборами»: whom the next sentence names
			if hs := a.electionHosts(i); len(hs) > 0 {
				metObservers = hs
			} else if a.Home != "" && a.Home != "??" {
				metObservers = []string{a.Home}
			}
		}
		if !observing && visiting && a.Home != "" && a.Home != "??" {
			// «встретились с делегацией из Узбекистана, которая приехала,
			// чтобы принять участие на выборах»: the delegation's actors
			// observe the home country's election
			if ds := a.delegationToObserve(i, a.findStem(i, 0, "участи", "take part", "participat")); len(ds) > 0 {
				a.emitObservations(i, a.withoutHome(ds), []string{a.Home}, a.docYear())
				continue
			}
		}
		if oj >= 0 && i > 0 && len(a.Mentions[i]) == 0 && theseStatesOpen(a.Sentences[i].Tokens) {
			// «Аккредитованы представители следующих стран: …
			// Представители этих государств будут наблюдать за …»: the
			// states the sentence before listed
			var states []string
			for _, m := range a.Mentions[i-1] {
				if (m.Kind == graph.KindCountry || m.Kind == graph.KindGovernment) && !contains(states, graph.GovernmentKey(graph.CountryOf(m.Key))) {
					states = append(states, graph.GovernmentKey(graph.CountryOf(m.Key)))
				}
			}
			if hs := a.observedHosts(i, lastHosts); len(hs) > 0 && len(states) > 0 {
				a.emitObservations(i, a.withoutHome(states), hs, a.docYear())
				lastHosts = hs
				continue
			}
		}
		ds := a.delegationToObserve(i, oj)
		if len(ds) == 0 {
			ds = a.arrivedToObserve(i, oj)
		}
		if observing && len(ds) > 0 && a.inMeetingCounterpart(i, oj) && !a.statusWord(i, oj) {
			// "met with the delegation of the Turkic Council which is on a
			// visit to the country to observe the elections": the
			// delegation's own actors observe
			if hs := a.observedHosts(i, lastHosts); len(hs) > 0 {
				a.emitObservations(i, a.withoutHome(ds), hs, a.docYear())
				lastHosts = hs
			}
			continue
		}
		if observing && a.inMeetingCounterpart(i, oj) && !a.statusWord(i, oj) && !a.invitesHere(i) && a.missionNear(i, oj) {
			// «встретился с … главой Миссии наблюдателей от ШОС», "met with
			// missions to observe the elections … from ODIHR and the CIS":
			// the organisations whose missions they are observe; the other
			// counterparts only met
			if hs := a.observedHosts(i, lastHosts); len(hs) > 0 {
				a.emitMissionOwners(i, oj, hs)
				lastHosts = hs
			}
			continue
		}
		if observing && a.inMeetingCounterpart(i, oj) && !a.statusWord(i, oj) {
			// «встретился с международными наблюдателями из Египта и
			// Сербии»: those met observe where the article's election is
			if from := a.metObserversFrom(i, oj); len(from) > 0 {
				if hs := a.observedHosts(i, nil); len(hs) > 0 {
					a.emitObservations(i, from, hs, a.docYear())
					lastHosts = hs
					continue
				}
			}
		}
		if observing && (a.statusWord(i, oj) || a.inMeetingCounterpart(i, oj)) {
			// «имеющего статус наблюдателя при ООН»; «встретился с главой
			// миссии наблюдателей»: the words name a role, not an
			// observation — unless the sentence goes on to say whom they
			// observed for («… с X и Y, работавшими в качестве наблюдателей
			// … в составе миссии БДИПЧ ОБСЕ»)
			later := -1
			for o := oj; o >= oj; o = a.triggerAt(i, o+1, observationWords...) {
				if o >= 2 && a.Sentences[i].Tokens[o-2].Fold == "в" && a.Sentences[i].Tokens[o-1].Fold == "качестве" || o >= 3 && a.Sentences[i].Tokens[o-3].Fold == "в" && a.Sentences[i].Tokens[o-2].Fold == "качестве" {
					later = o
					break
				}
			}
			if later < 0 {
				continue
			}
			oj = later
		}
		if !observing && !visiting && len(lastHosts) > 0 && observedBefore(obs, i) && a.delegationMembers(i) {
			// «… прибыла для наблюдения за референдумом. В состав делегации
			// вошли председатели избирательных комиссий …»: the members'
			// bodies observe where the delegation does (members named by
			// their countries only are read below, as observers)
			var members []string
			for _, k := range a.parties(i) {
				if !contains(lastHosts, graph.CountryOf(k)) || graph.KindOf(k) == graph.KindOrganization {
					members = append(members, k)
				}
			}
			if len(members) > 0 {
				a.emitObservations(i, members, lastHosts, a.docYear())
				continue
			}
		}
		if i > 0 && !observing && !visiting {
			// «Представители Миссии ШОС встретились с руководством ЦИК
			// Казахстана» in an article on Kazakhstan's referendum: the
			// mission is there to observe it
			if owners, host := a.missionMetElectionBody(i); len(owners) > 0 {
				a.emitObservations(i, owners, []string{host}, a.docYear())
				lastHosts = []string{host}
				continue
			}
		}
		if i > 0 && !observing && !visiting && a.hasPhrase(i, electionWords...) && !a.fieldMission(i) {
			// (not a headline, which sums up what the text says below)
			// «По словам главы миссии ШОС, референдум в Казахстане прошёл
			// в соответствии с законодательством»: a mission that judges an
			// election observed it
			if owners := a.electionMissionOwners(i); len(owners) > 0 {
				if hs := a.electionHosts(i); len(hs) > 0 {
					a.emitObservations(i, owners, hs, a.docYear())
					lastHosts = hs
					continue
				}
			}
		}
		if !observing && !visiting && !(len(lastHosts) > 0 && a.hasPhrase(i, missionWords...) && !a.hasPhrase(i, electionWords...) && !a.fieldMission(i) && !a.hasPhrase(i, diplomaticMission...)) {
			// the place of an election, or where a delegation arrived
			// («В Ереван прибыли делегации ПАСЕ …», then «… наблюдателей
			// ОБСЕ»)
			if hs := a.electionHosts(i); len(hs) > 0 && a.hasPhrase(i, append(electionWords, arrivalWords...)...) {
				lastHosts = hs
			}
			continue
		}
		// «Кыргызстан пригласил миссию СНГ, которая уже начала мониторинг
		// выборов»: the invited already observe the inviter's election
		if a.invitesHere(i) && a.observingRelative(i) {
			if j := a.triggerAt(i, 0, invitationStems...); j >= 0 {
				if from, to := a.invitationRoles(i, j); from != "" && len(to) > 0 {
					a.emitObservations(i, to, []string{graph.CountryOf(from)}, a.docYear())
					continue
				}
			}
		}
		// an invitation to observe is not yet an observation («… приглашены
		// наблюдатели от …»); «по приглашению X наблюдали …» is one
		if a.invitesHere(i) || a.asksToSend(i) {
			if hs := a.electionHosts(i); len(hs) > 0 {
				lastHosts = hs
			}
			continue
		}
		hosts := a.electionHosts(i)
		if len(hosts) == 0 && visiting && !observing {
			hosts = []string{a.Home}
		}
		if len(hosts) == 0 {
			hosts = a.countriesAfterElection(i)
		}
		if len(hosts) == 0 {
			hosts = a.parliamentElection(i)
		}
		if len(hosts) == 0 && a.hasPhrase(i, visitorProgrammes...) {
			// "the International Election Visitors Programme organised by
			// the Election Commission of India": the organiser's country
			hosts = a.programmeHost(i)
		}
		ownHosts := len(hosts) > 0
		switch {
		case len(hosts) > 0:
			lastHosts = hosts
		case i == 0:
			// a headline sums up; its facts come back with their place below
			continue
		case len(lastHosts) > 0:
			hosts = lastHosts
		case a.Frame.ElectionCountry != "":
			// the election the article is about
			hosts = []string{a.Frame.ElectionCountry}
		default:
			if hosts = a.accreditingCountry(i); len(hosts) == 0 {
				hosts = a.invitingCountry(i)
			}
			if len(hosts) == 0 {
				hosts = a.visitedBodyCountry(i)
			}
			if len(hosts) == 0 && a.Frame.UnplacedElection != "" {
				hosts = []string{a.Frame.UnplacedElection}
			}
			if len(hosts) == 0 {
				// «Французские наблюдатели призвали Запад поучиться у
				// России организации выборов»: foreign observers and the
				// one other country the sentence names
				if cc := a.otherCountryOfForeignObservers(i); cc != "" {
					hosts = []string{cc}
				}
			}
			if len(hosts) == 0 && a.homeFromText && a.Home != "??" && (a.Frame.Place == a.Home || a.namesBody(graph.BodyKey(a.Home))) && a.hasPhrase(i, "in the country", "across the country", "throughout the country", "в стране", "по всей стране", "в республике") {
				// "countries currently in the country observing elections":
				// the country the article is about
				hosts = []string{a.Home}
			}
			if len(hosts) == 0 && a.Home != "" && a.Home != "??" && (a.homeFromText || a.Home != a.HomeDefault) && a.hasPhrase(i, "в нашем регионе", "в нашей стране", "в нашей республике", "в нашей области", "in our country") {
				// «За ходом голосования в нашем регионе следят иностранные
				// наблюдатели из Казахстана»: the narrator's own country
				hosts = []string{a.Home}
			}
			if len(hosts) == 0 && a.homeFromText && a.Home != "??" && a.Frame.SpeaksOfElection && !a.guessedHome() {
				// no dateline, no place: the election of the country the
				// article is about
				hosts = []string{a.Home}
			}
			if len(hosts) == 0 && a.Frame.Place != "" && a.missionNear(i, oj) {
				// «БИШКЕК. Миссия наблюдателей от СНГ приступила к работе»:
				// an observers' mission at work where the dateline is
				hosts = []string{a.Frame.Place}
			}
			if len(hosts) == 0 {
				continue
			}
			lastHosts = hosts
		}
		observers := minus(minus(a.observers(i, hosts), a.deniedInvitees(i)), a.programmeOrganisers(i))
		if oj >= 0 && oj == a.visitorsFrom(i) && a.bodiesOfCountriesBefore(i) {
			// "… officials from the election management bodies (EMBs) of 23
			// countries will visit India to observe … The visiting delegates
			// represent countries namely Bhutan, Mongolia …": the
			// countries' bodies, which the article named
			for n, o := range observers {
				if graph.KindOf(o) == graph.KindGovernment {
					observers[n] = graph.BodyKey(graph.CountryOf(o))
				}
			}
		}
		if !observing && a.metTheListed(i) {
			// «Состоялись встречи … с членами миссии ОБСЕ, руководителями
			// избирательных органов A и B»: whom the observers met are
			// no more observers (others the sentence names may be)
			observers = minus(observers, a.governedKeys(i))
		}
		if !observing && len(observers) > 0 {
			// a sentence with no word of observing («Глава миссии БДИПЧ
			// объяснил решение») after one that said they will not come
			if denied := a.deniedActors(); len(denied) > 0 {
				observers = slices.DeleteFunc(observers, func(o string) bool { return denied[o] })
			}
		}
		if len(observers) == 0 && observing {
			observers = a.theyObserve(i, hosts)
		}
		if len(observers) == 0 && observing && oj > 0 && a.bareTeamBefore(i, oj) {
			// "the mandate of the team, led by X, is to observe the
			// preparations": the team the sentences before named
			if o := a.missionOwnerBefore(i); o != "" && !contains(hosts, graph.CountryOf(o)) {
				observers = []string{o}
			}
		}
		if len(observers) == 0 && observing && oj > 0 && a.hasPhrase(i, "направ", "send", "dispatch") {
			// «В ходе встречи посол выразил готовность направить
			// наблюдателей», "the Ambassador said the embassy would send
			// observers": the state the text named its envoy with
			if g := a.envoyBefore(i, oj); g != "" && !contains(hosts, graph.CountryOf(g)) {
				observers = []string{g}
			} else if g := a.guestBefore(i, oj); g != "" && !contains(hosts, graph.CountryOf(g)) {
				// «Гости выразили готовность направить наблюдателей»: the
				// visitor's side of the meeting just reported
				observers = []string{g}
			}
		}
		if len(observers) == 0 {
			if contains(hosts, a.Home) || !observing || !ownHosts || a.observerNoun(i, oj) || a.fromTerritory(i) {
				continue
			}
			if !a.namesBody(a.homeBody()) && a.namesStateAgency(a.Home) {
				// «Мы понимаем, что выборы в Сирии — процесс, за которым
				// необходимо наблюдать» in a senator's words: the article
				// speaks for its state's parliament, never for the
				// election body it does not name
				continue
			}
			observers = []string{a.homeBody()}
		}
		if i < a.headlineEnd() {
			observers = a.headlineObservers(observers)
		}
		year := 0
		if ys := a.years(i); len(ys) == 1 {
			year = ys[0]
		} else if d := a.sentenceDate(i); d != "" {
			year = atoi(d[:4])
		} else {
			year = a.docYear()
		}
		a.emitObservations(i, observers, hosts, year)
	}
}

// namesStateAgency reports whether the article names a state body of
// country cc by its own name (a parliament, a ministry: ViaAgency).
func (a *Analysis) namesStateAgency(cc string) bool {
	gov := graph.GovernmentKey(cc)
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Key == gov && (m.Via == ViaAgency || m.Via == ViaName) {
				return true
			}
		}
	}
	return false
}

// firstPersonSpeaker returns the body of the speaker of a quote that opens
// sentence i in the first person («"Я встретился с …», "“We met …") when the
// quote closes in this sentence or one of the two after it and a verb of
// speech and the speaker follow («…», – сообщил глава миссии ШОС Чжан Мин),
// or "".
func (a *Analysis) firstPersonSpeaker(i int) string {
	toks := a.Sentences[i].Tokens
	if len(toks) < 3 || !contains([]string{"«", "“", "\""}, toks[0].Text) {
		return ""
	}
	if f := toks[1].Fold; f != "я" && f != "мы" && f != "i" && f != "we" {
		return ""
	}
	for n := i; n < len(a.Sentences) && n <= i+6; n++ {
		st := a.Sentences[n].Tokens
		for c, t := range st {
			if n > i && c == 0 && (t.Text == "«" || t.Text == "“") {
				return "" // another quote opens: not one speaker's words
			}
			if n == i && c == 0 || t.Text != "»" && t.Text != "”" && t.Text != "\"" {
				continue
			}
			return a.speakerBodyAfter(n, c)
		}
	}
	return ""
}

// hostsOrArticles returns the countries whose election sentence i names,
// else the country of the election the article is about, else its home
// country; nil when none is known.
func (a *Analysis) hostsOrArticles(i int) []string {
	if hosts := a.electionHosts(i); len(hosts) > 0 {
		return hosts
	}
	if a.Frame.ElectionCountry != "" {
		return []string{a.Frame.ElectionCountry}
	}
	if a.Home != "" && a.Home != "??" {
		return []string{a.Home}
	}
	return nil
}

// quotedObserver returns the body or organisation of the speaker of a
// quote that opens at sentence i and says "we" observe an election («"Мы
// следим за выборами сегодня …", — сказал координатор ПА ОДКБ X»), or "".
func (a *Analysis) quotedObserver(i int) string {
	if !a.hasPhrase(i, "наблюда", "следим", "следили", "observ", "monitor") || a.electionWord(i) < 0 {
		return ""
	}
	return a.firstPersonSpeaker(i)
}

// organisationsMission reports a sentence that names an organisation's
// mission («Миссию наблюдателей МПА СНГ», "the AU mission").
func (a *Analysis) organisationsMission(i int) bool {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindOrganization {
			continue
		}
		for k := max(0, m.Tok0-3); k < len(toks) && k <= m.Tok1; k++ {
			if hasAnyPrefix(toks[k].Fold, missionWords) {
				return true
			}
		}
		// «координатором группы международных наблюдателей от
		// Межпарламентской Ассамблеи СНГ»: the organisation's group of
		// observers
		if k := m.Tok0 - 1; k >= 2 && (toks[k].Fold == "от" || toks[k].Fold == "from") && hasAnyPrefix(toks[k-1].Fold, []string{"наблюдател", "observer"}) && slices.ContainsFunc(toks[max(0, k-3):k-1], func(t text.Token) bool {
			return hasAnyPrefix(t.Fold, []string{"групп", "group", "team"})
		}) {
			return true
		}
	}
	return false
}

// noneWillBe reports «… среди наблюдателей не будет», «наблюдателей от X
// не будет,»: «не будет/будут» closing a clause, there will be none.
func noneWillBe(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Fold == "не" && (toks[k+1].Fold == "будет" || toks[k+1].Fold == "будут" || toks[k+1].Fold == "было") && (k+2 == len(toks) || toks[k+2].Kind == text.Punct) {
			return true
		}
	}
	return false
}

// theyObserve returns the observers a sentence that opens with «Они» or
// "They" and names none refers to: the actors of the sentence before that
// are not of the observed countries («… встретился с представителями миссии
// ОБСЕ. Они прибыли в область для наблюдения за выборами Президента РФ»).
func (a *Analysis) theyObserve(i int, hosts []string) []string {
	if i == 0 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	f := toks[0].Fold
	// "Those delegates are observing the election", «Эти наблюдатели
	// следят …»: the group the sentence before listed
	named := len(toks) > 2 && (f == "those" || f == "these" || f == "эти") && hasAnyPrefix(toks[1].Fold, []string{"delegate", "representative", "observer", "guest", "делегат", "представител", "наблюдател", "гост"}) ||
		// "… has invited observers from the EU and ANFREL to monitor the
		// polls. The observers will be deployed across the country."
		len(toks) > 3 && f == "the" && (toks[1].Fold == "observers" || toks[1].Fold == "monitors") && (toks[2].Fold == "will" || toks[2].Fold == "are" || toks[2].Fold == "were") && a.hasPhrase(i-1, "invit") && a.hasPhrase(i-1, observationWords...)
	if f != "они" && f != "they" && !named {
		return nil
	}
	if a.hasPhrase(i, "обсуд", "discuss") {
		return nil // not «Они обсудили вопросы наблюдения …»
	}
	if !named && !a.hasPhrase(i, append(arrivalWords, "приехал", "came", "are in", "were in", "находятся", "находились", "работают", "работали")...) {
		return nil // they came to observe
	}
	if len(a.withoutHome(a.parties(i))) > 0 {
		return nil // named here
	}
	var out []string
	before := a.parties(i - 1)
	if named {
		// (the list may name states alone: "11 embassies …, including
		// Australia, Bhutan …")
		before = a.listedParties(i - 1)
	}
	for _, k := range before {
		if !contains(hosts, graph.CountryOf(k)) && !contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// bareTeamBefore reports a bare "the team", "the mission", "the group"
// («миссия», «группа») before token oj of sentence i whose owner the
// sentence does not name ("the mandate of the team, led by X, is to
// observe …").
func (a *Analysis) bareTeamBefore(i, oj int) bool {
	toks := a.Sentences[i].Tokens
	for k := 0; k < oj; k++ {
		switch toks[k].Fold {
		case "team", "mission", "group", "миссия", "группа":
		default:
			continue
		}
		if k > 0 && toks[k-1].Fold != "the" && toks[k-1].Fold != "this" && toks[k-1].Fold != "эта" && toks[k-1].Fold != "данная" {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].Fold == "of" || a.mentionStartsAt(i, k+1)) {
			continue // "the team of the AU": named here
		}
		return true
	}
	return false
}

// headlineObservers maps the states a headline names as observers
// («Наблюдатели из Казахстана посетили участки в Ташкенте») to their
// election bodies when the text below names them: a headline sums up the
// article, whose observers are the bodies it names.
func (a *Analysis) headlineObservers(observers []string) []string {
	var out []string
	for _, o := range observers {
		if graph.KindOf(o) == graph.KindGovernment && a.namesBody(graph.BodyKey(graph.CountryOf(o))) {
			o = graph.BodyKey(graph.CountryOf(o))
		}
		if !contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// missionMembersObserve adds, for each person the article names as a head
// or member of an observation mission ("The deputy chief of mission is X,
// director of elections of the Electoral Commission of Jamaica", «член
// миссии X, член ЦИК Киргизии») whose title places him in an election body
// other than the mission's organisation, the observation of that body in
// the country the mission observes (GOLD.md: members of a body inside a
// mission give one observation for their body and one for the mission's
// organisation). Only in an article whose observations are all of one
// country.
func (a *Analysis) missionMembersObserve() {
	host, year := "", 0
	observers := map[string]bool{}
	for _, f := range a.Doc.Facts {
		if f.Type != graph.Observation {
			continue
		}
		if host != "" && f.Country != host {
			return
		}
		host, year = f.Country, f.Year
		observers[f.Observer] = true
	}
	if host == "" {
		return
	}
	for i := range a.Sentences {
		if !a.hasPhrase(i, missionMemberWords...) || a.hasPhrase(i, assessmentMissions...) {
			continue
		}
		owner := a.missionOwnerBefore(i + 1)
		if owner == "" || !observers[owner] {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindPerson || m.Org == "" || m.Org == owner || observers[m.Org] {
				continue
			}
			if k := graph.KindOf(m.Org); k != graph.KindBody && k != graph.KindSubBody || graph.CountryOf(m.Org) == host {
				continue
			}
			a.emit(graph.Fact{Type: graph.Observation, Observer: m.Org, Country: host, Year: year, Evidence: a.evidence(i, "observation_member")})
			observers[m.Org] = true
		}
	}
}

// missionMemberWords say that a sentence names a mission's head or
// members.
var missionMemberWords = []string{"chief of mission", "chief of the mission", "head of mission", "head of the mission", "deputy chief of mission", "deputy head of the mission", "member of the mission", "members of the mission", "mission is led by", "mission is headed by", "mission comprises", "mission includes", "глава миссии", "руководитель миссии", "член миссии", "члены миссии", "в составе миссии", "в состав миссии"}

// missionOwnersObserve adds, in an article about observing one election,
// the observation of every organisation whose mission it names
// («представители Миссии ШОС встретились с руководством ЦИК», «от миссии
// СНГ аккредитовано 35 человек», "the OSCE mission"): an organisation's
// mission at an election observes it. Not a mission that assesses needs,
// a diplomatic or permanent one, or any in an article that places no
// observed election.
func (a *Analysis) missionOwnersObserve() {
	host := a.Frame.ElectionCountry
	observers := map[string]bool{}
	for _, f := range a.Doc.Facts {
		if f.Type == graph.Observation {
			observers[f.Observer] = true
			if host == "" {
				host = f.Country
			}
			if f.Country != host {
				return // several elections: whose mission is where is unclear
			}
		}
	}
	if host == "" || len(observers) == 0 {
		return
	}
	denied := a.deniedActors()
	parents := map[string]bool{} // «Миссия ОБСЕ» over the text's «миссии БДИПЧ ОБСЕ»
	for o := range observers {
		parents[parentOrganisations[o]] = true
	}
	for i := range a.Sentences {
		if i < a.headlineEnd() {
			continue // a headline sums up the missions the text names
		}
		if !a.hasPhrase(i, missionOrDelegation...) || a.hasPhrase(i, assessmentMissions...) || a.hasPhrase(i, diplomaticMission...) || a.hasPhrase(i, "постоянн", "дипломатическ", "permanent", "diplomatic") || a.hasPhrase(i, habitualWords...) || a.hasPhrase(i, observationInGeneral...) {
			continue
		}
		toks := a.Sentences[i].Tokens
		context := i > 0 && a.hasPhrase(i-1, observationWords...) || i > 1 && a.hasPhrase(i-2, observationWords...)
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindOrganization && !denied[m.Key] && m.Tok0 > 0 && context && missionHeadApposition(toks, m.Tok0) {
				// «Глава миссии, первый зампредседателя исполкома Содружества
				// Виктор Гуминский …»: the mission is the one of the
				// organisation its head serves (the CIS's beside the
				// Assembly's observers named before)
				observers[m.Key] = true
				a.emit(graph.Fact{Type: graph.Observation, Observer: m.Key, Country: host, Year: a.docYear(), Evidence: a.evidence(i, "observation")})
				continue
			}
			if m.Kind != graph.KindOrganization || observers[m.Key] || denied[m.Key] || parents[m.Key] || m.Tok0 == 0 {
				continue
			}
			k := m.Tok0 - 1
			if toks[k].Fold == "the" {
				k--
			}
			of := k >= 1 && toks[k].Fold == "of" && hasAnyPrefix(toks[k-1].Fold, []string{"mission", "delegation"})
			if !of && !(k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"мисси", "делегаци"})) && !(m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, []string{"mission", "delegation"}) && !toks[m.Tok0].IsCyrillic()) {
				continue
			}
			if k >= 0 && (toks[k].Fold == "миссий" || toks[k].Fold == "миссиях" || toks[k].Fold == "missions" || toks[k].Fold == "делегаций") || m.Tok1 < len(toks) && (toks[m.Tok1].Fold == "missions" || toks[m.Tok1].Fold == "delegations") {
				continue // «в составе Миссий ШОС»: its missions in general
			}
			// the sentence says they observe, or, right after one about
			// observing, that the missions arrived, were accredited or were
			// led by someone («… возглавил делегацию ПА ОБСЕ»; «С
			// этой целью в Ереван прибыли делегации ПАСЕ …», "The approved
			// missions are from …"); not «встретился с делегацией ОБСЕ,
			// прибывшей обсудить проект», "met the UNDP mission on a support
			// project"
			if !a.hasPhrase(i, observationWords...) && !(context && a.hasPhrase(i, "прибыл", "прибыв", "аккредит", "зарегистрир", "возглавил", "возглавля", "arrived", "approved", "accredited", "registered", "headed", "led the", "leads the")) {
				continue
			}
			if a.hasPhrase(i, meetingWords...) && m.Tok1+1 < len(toks) && (toks[m.Tok1].Fold == "в" || toks[m.Tok1].Fold == "во" || toks[m.Tok1].Fold == "to" || toks[m.Tok1].Fold == "in") && slices.ContainsFunc(a.Mentions[i], func(c Mention) bool { return c.Kind == graph.KindCountry && c.Tok0 == m.Tok1+1 }) {
				continue // met «Делегацию ЕС в Казахстане», "the Delegation of the EU to Kazakhstan": an embassy
			}
			observers[m.Key] = true
			a.emit(graph.Fact{Type: graph.Observation, Observer: m.Key, Country: host, Year: a.docYear(), Evidence: a.evidence(i, "observation")})
		}
	}
}

// observersListedBelow returns the actors of the list of lines under
// sentence i when the sentence ends with a colon and speaks of observers,
// or, naming no actor itself («Работать на выборах будут:»), follows one
// or two that do (or one on accreditation): each item's body, organisation or state, less the states the
// election is in («Посольство США в Кыргызской Республике»).
func (a *Analysis) observersListedBelow(i int, obs []bool) []string {
	toks := a.Sentences[i].Tokens
	n := len(toks)
	if n > 0 && toks[n-1].Text == "." && n > 1 && toks[n-2].Kind == text.Number {
		n -= 2 // the first item's number kept in the sentence («будут:\n\n1.»)
	}
	if n == 0 || toks[n-1].Text != ":" {
		return nil
	}
	before := i > 0 && (obs[i-1] || a.hasPhrase(i-1, "аккредит", "accredit") || i > 1 && obs[i-2])
	if !obs[i] && !(before && !slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return a.actorKey(m) != "" })) {
		return nil
	}
	hosts := a.hostsOrArticles(i)
	var out []string
	for _, k := range a.listedBelow(i) {
		if contains(hosts, graph.CountryOf(k)) || graph.KindOf(k) == graph.KindPerson {
			continue
		}
		out = append(out, k)
	}
	return out
}

// missionHeadApposition reports an organisation at token o named in the
// title of the head of "the mission" just before («Глава миссии, первый
// заместитель председателя исполкома СНГ …», "Head of the Mission, Deputy
// Secretary General of the CIS …"): a comma after «миссии» and only small
// words of a title between it and the organisation.
func missionHeadApposition(toks []text.Token, o int) bool {
	for k := o - 1; k >= 2 && k >= o-7; k-- {
		t := toks[k]
		if t.Text == "," {
			m, h := toks[k-1].Fold, toks[k-2].Fold
			if m == "mission" {
				// "Head of the Mission,"
				j := k - 2
				if toks[j].Fold == "the" {
					j--
				}
				return j >= 1 && toks[j].Fold == "of" && toks[j-1].Fold == "head"
			}
			return m == "миссии" && (h == "глава" || h == "главой" || h == "руководитель" || h == "руководителем")
		}
		if t.Kind == text.Punct || t.IsUpper() && k < o-1 {
			return false
		}
	}
	return false
}

// dropHeadlineParents drops an observation that only the headline states
// and whose observer is the parent organisation of one the text says
// observes the same election («В Баку прибыла делегация наблюдателей ОБСЕ»
// over «Миссия БДИПЧ ОБСЕ … прибыла в Баку»): the headline's short name
// for the same mission.
func (a *Analysis) dropHeadlineParents() {
	if len(a.Sentences) == 0 {
		return
	}
	end := 0
	if lead := a.headlineEnd(); lead > 0 && lead < len(a.Sentences) {
		end = a.Sentences[lead].Start
	}
	headline := strings.TrimSpace(a.Text[a.Sentences[0].Start:a.Sentences[0].End])
	inText := func(e graph.Evidence) bool {
		// below the headline, and not the headline printed again there,
		// nor a headline line below page furniture (a paragraph of one
		// sentence with no final stop)
		return e.Start >= end && strings.TrimSpace(e.Sentence) != headline && !a.headlineLineAt(e.Start)
	}
	children := map[[2]string]bool{} // (parent, country) of observations the text states
	met := map[[2]string]bool{}      // (parent, other party) of meetings the text states
	for _, f := range a.Doc.Facts {
		if f.Type == graph.Observation && parentOrganisations[f.Observer] != "" && slices.ContainsFunc(f.Evidence, inText) {
			children[[2]string{parentOrganisations[f.Observer], f.Country}] = true
		}
		if f.Type == graph.Meeting && len(f.Parties) == 2 && slices.ContainsFunc(f.Evidence, inText) {
			for x := 0; x < 2; x++ {
				if p := parentOrganisations[f.Parties[x]]; p != "" {
					met[[2]string{p, f.Parties[1-x]}] = true
				}
			}
		}
	}
	if len(children) == 0 && len(met) == 0 {
		return
	}
	a.removeFacts(func(f graph.Fact) bool {
		if len(f.Evidence) == 0 || slices.ContainsFunc(f.Evidence, inText) {
			return false
		}
		if f.Type == graph.Meeting && len(f.Parties) == 2 {
			// «Встреча с наблюдателями ОБСЕ» over meetings with the
			// missions of the ODIHR and the OSCE PA
			return met[[2]string{f.Parties[0], f.Parties[1]}] || met[[2]string{f.Parties[1], f.Parties[0]}]
		}
		return f.Type == graph.Observation && children[[2]string{f.Observer, f.Country}]
	})
}

// headlineLineAt reports whether the sentence that starts at byte start is
// a line like a headline: a whole line of the text, with no final stop.
func (a *Analysis) headlineLineAt(start int) bool {
	for _, s := range a.Sentences {
		if s.Start != start {
			continue
		}
		alone := (s.Start == 0 || a.Text[s.Start-1] == '\n') && (s.End == len(a.Text) || a.Text[s.End] == '\n' || a.Text[s.End] == '\r')
		t := strings.TrimSpace(s.Text)
		return alone && t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?…") && !strings.HasSuffix(t, "…")
	}
	return false
}

// negatedSending reports a negation right before a verb of sending,
// coming, observing, taking part or being invited («БДИПЧ ОБСЕ не
// направит наблюдателей», «не получило приглашения», "will not send",
// "did not observe").
func negatedSending(toks []text.Token) bool {
	for k, t := range toks {
		if t.Fold != "не" && t.Fold != "not" && t.Fold != "never" && !strings.HasSuffix(t.Fold, "n't") {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+3; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"направ", "пришл", "присыл", "приед", "прибуд", "прибыл", "наблюд", "участв", "получил", "пригла", "send", "sent", "deploy", "observe", "monitor", "come", "arriv", "attend", "participat", "invit", "receiv"}) {
				return true
			}
		}
	}
	return false
}

// missionOrDelegation are the words of a mission or a delegation.
var missionOrDelegation = []string{"мисси", "mission", "делегаци", "delegation"}

// deniedActors returns the actors named in a sentence that denies they
// observe, come or are invited («БДИПЧ ОБСЕ не направит своих
// наблюдателей», «не получило приглашения», "will not send"): a later
// sentence that only names their mission does not make them observers.
func (a *Analysis) deniedActors() map[string]bool {
	if a.denied != nil {
		return a.denied
	}
	denied := map[string]bool{}
	a.denied = denied
	for i := range a.Sentences {
		if !a.hasPhrase(i, "не", "not", "never", "no", "without", "без", "отказ", "refus", "declin", "denied", "unable", "противит", "opposes", "against") && !strings.Contains(a.Sentences[i].Text, "n't") {
			continue // (no word of denial: the checks below would all say no)
		}
		if a.hasPhrase(i, deniedObservation...) || a.comingDenied(i) || a.counterfactual(i) || a.refusedToTakePart(i) || negatedSending(a.Sentences[i].Tokens) {
			for _, m := range a.Mentions[i] {
				denied[m.Key] = true
			}
		}
	}
	return denied
}

// otherCountryOfForeignObservers returns, for a sentence of sentence i
// whose observers are named by a country's adjective («Французские
// наблюдатели», "French observers"), the one other country it names by
// name, or "".
func (a *Analysis) otherCountryOfForeignObservers(i int) string {
	toks := a.Sentences[i].Tokens
	own, other := "", ""
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry {
			continue
		}
		if m.Via == ViaAdj && m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, []string{"наблюдател", "observer"}) {
			own = m.Key
			continue
		}
		if m.Via == ViaName && m.Key != own {
			if other != "" && other != m.Key {
				return ""
			}
			other = m.Key
		}
	}
	if own == "" || other == own {
		return ""
	}
	return other
}

// coLeadersObserve adds, for each sentence that says states co-lead an
// observer group ("Australia, Indonesia and India are co-leading the MOG",
// «миссию возглавят совместно …»), the observation of each such state
// wherever the group observes: the states that lead a group of observers
// observe with it.
func (a *Analysis) coLeadersObserve() {
	observed := map[string][]string{} // observer -> hosts
	years := map[[2]string]int{}
	for _, f := range a.Doc.Facts {
		if f.Type == graph.Observation {
			observed[f.Observer] = append(observed[f.Observer], f.Country)
			years[[2]string{f.Observer, f.Country}] = f.Year
		}
	}
	if len(observed) == 0 {
		return
	}
	for i := range a.Sentences {
		if a.findStem(i, 0, "co-lead", "co-led", "coleading", "co-chair") < 0 {
			continue
		}
		var group string
		var states []string
		for _, m := range a.Mentions[i] {
			switch {
			case m.Kind == graph.KindOrganization && observed[m.Key] != nil && group == "":
				group = m.Key
			case m.Kind == graph.KindCountry && m.Via == ViaName:
				states = append(states, graph.GovernmentKey(m.Key))
			case m.Kind == graph.KindGovernment:
				states = append(states, m.Key)
			}
		}
		if group == "" {
			continue
		}
		for _, st := range states {
			for _, h := range observed[group] {
				if graph.CountryOf(st) != h {
					a.emit(graph.Fact{Type: graph.Observation, Observer: st, Country: h, Year: years[[2]string{group, h}], Evidence: a.evidence(i, "observation")})
				}
			}
		}
	}
}

// documentNouns head the English names of charters, codes and guidelines.
var documentNouns = []string{"principles", "guidelines", "declaration", "code", "handbook", "manual", "charter", "standards", "convention", "norms", "protocol"}

// insideDocumentTitle reports a capitalised word at token k of sentence i
// that is part of the name of a document ("Principles for Election
// Management, Monitoring, and Observation", "Declaration of Principles for
// International Election Observation").
func (a *Analysis) insideDocumentTitle(i, k int) bool {
	toks := a.Sentences[i].Tokens
	if !toks[k].IsUpper() || toks[k].IsCyrillic() {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		t := toks[n]
		if t.Kind == text.Word && t.IsUpper() && contains(documentNouns, t.Fold) {
			return true
		}
		if t.Kind == text.Word && !t.IsUpper() && !contains([]string{"for", "of", "and", "on", "the", "in"}, t.Fold) || t.Kind == text.Punct && t.Text != "," {
			return false
		}
	}
	return false
}

// observedBefore reports whether a sentence before i speaks of observing.
func observedBefore(obs []bool, i int) bool {
	for k := 0; k < i; k++ {
		if obs[k] {
			return true
		}
	}
	return false
}

// delegationMembers reports whether sentence i lists who a delegation or
// group is made of: «в состав делегации вошли», «в делегацию включены»,
// «Группу возглавляет …, в нее также вошли …»,
// «в составе делегации также …», "the delegation included", "members of
// the delegation were".
func (a *Analysis) delegationMembers(i int) bool {
	return a.hasPhrase(i, "в состав делегац", "в делегацию", "в составе делегац", "в состав групп", "в состав мисси", "в состав наблюдательн", "в группу наблюдател", "в группу входят", "в группу вошли", "в миссию входят", "в миссию вошли", "в нее вошл", "в нее также вошл", "в нее входят", "в ее состав", "delegation included", "delegation includes", "delegation comprised", "delegation consisted", "members of the delegation", "delegation members", "group also includes", "group includes", "group included", "team also includes", "team includes", "team included", "mission also includes", "mission includes", "mission included") &&
		a.hasPhrase(i, "вошл", "вошел", "вошёл", "войдут", "войдет", "войдёт", "входя", "включ", "также", "included", "includes", "include", "comprised", "consisted", "were", "are")
}

// emitObservations adds an observation of every host by every observer of
// sentence i, except a state observing its own election.
func (a *Analysis) emitObservations(i int, observers, hosts []string, year int) {
	for _, o := range observers {
		for _, h := range hosts {
			if graph.KindOf(o) == graph.KindGovernment && graph.CountryOf(o) == h {
				continue
			}
			a.emit(graph.Fact{Type: graph.Observation, Observer: o, Country: h, Year: year, Evidence: a.evidence(i, "observation")})
		}
	}
}

// listOpener returns the first token of a sentence that opens with the
// list of those the sentence before spoke of ("These include …", "They
// include …", "Among them …", «Среди них …», «В их числе …», «Остальные –
// …», "The rest are …"), or -1.
// metRepresentativesFrom returns the token of «представителями» or
// "representatives" after «с» or "with" and before «из» or "from" (met
// with people from places), or -1.
func metRepresentativesFrom(toks []text.Token) int {
	for k := 1; k+1 < len(toks); k++ {
		if p := toks[k-1].Fold; (p == "с" || p == "со" || p == "with" || p == "the" && k >= 2 && toks[k-2].Fold == "with") && hasAnyPrefix(toks[k].Fold, []string{"представител", "representative"}) && (toks[k+1].Fold == "из" || toks[k+1].Fold == "from") {
			return k
		}
	}
	return -1
}

// countedPeopleAt reports a count of people at token k, past an opening
// quote: «два представителя», "three observers".
func countedPeopleAt(toks []text.Token, k int) bool {
	if k < len(toks) && (toks[k].Text == "\"" || toks[k].Text == "«" || toks[k].Text == "“") {
		k++
	}
	return k+1 < len(toks) && (toks[k].Kind == text.Number || contains(numberWords, toks[k].Fold)) && hasAnyPrefix(toks[k+1].Fold, []string{"представител", "наблюдател", "эксперт", "сотрудник", "депутат", "representative", "observer", "expert", "official"})
}

func (a *Analysis) listOpener(i int) int {
	toks := a.Sentences[i].Tokens
	if len(toks) < 3 {
		return -1
	}
	f0, f1 := toks[0].Fold, toks[1].Fold
	switch {
	case (f0 == "these" || f0 == "they" || f0 == "those") && (f1 == "include" || f1 == "included"):
		// not "They were …", which as often goes on with a verb
		return 0
	case f0 == "among" && (f1 == "them" || f1 == "these" || f1 == "those"):
		return 0
	case f0 == "among" && f1 == "the" && contains([]string{"nations", "countries", "states", "delegations", "participants", "visitors", "delegates"}, toks[2].Fold),
		f0 == "среди" && hasAnyPrefix(f1, []string{"стран", "государств", "делегаци", "участник", "гост"}):
		return 0 // "Among the nations that participated in the programme were …"
	case f0 == "среди" && (f1 == "них" || f1 == "аккредитованных"):
		return 0
	case f0 == "из" && f1 == "них", toks[0].Kind == text.Number && f1 == "of" && toks[2].Fold == "them":
		return 0 // "44 of them represent the ODIHR …", «Из них 20 — от СНГ»
	case f0 == "в" && f1 == "их" && toks[2].Fold == "числе":
		return 0
	case f0 == "это" && isDash(toks[1]) && countedPeopleAt(toks, 2):
		return 0 // «Это – "два представителя посольства Азербайджана и …"»
	case f0 == "это" && (strings.HasPrefix(f1, "представител") || isDash(toks[1]) && strings.HasPrefix(toks[2].Fold, "представител")),
		f0 == "они" && strings.HasPrefix(f1, "представля"):
		return 0 // «Это представители избирательных органов …, СВМДА»
	case f0 == "в" && f1 == "составе" && hasAnyPrefix(toks[2].Fold, append([]string{"групп", "делегаци"}, missionWords...)):
		return 0 // «В составе миссии — представители …», «В составе группы парламентарии из …»
	case (f0 == "остальные" || f0 == "другие") && (isDash(toks[1]) || strings.HasPrefix(f1, "представля") || strings.HasPrefix(f1, "представител")),
		(f0 == "the" && (f1 == "rest" || f1 == "others" || f1 == "remaining")) && contains([]string{"are", "were", "represent", "represented", "come", "came"}, toks[2].Fold):
		return 0 // «Остальные – представители иностранных государств, в том числе …»
	case f0 == "это" && a.listAt(i, 1) >= 0, (f0 == "\"" || f0 == "«") && f1 == "это" && a.listAt(i, 2) >= 0:
		return 0 // «Это Германия, Литва, Польша …»: who the sentence before counted
	case f0 == "речь" && (f1 == "идет" || f1 == "идёт") && toks[2].Fold == "о" && len(toks) > 3 && hasAnyPrefix(toks[3].Fold, []string{"представител", "наблюдател", "делегац", "эксперт"}):
		return 0 // «Речь идет о представителях Армении, Кыргызстана …»
	case f0 == "в" && strings.HasPrefix(f1, "списк") && len(toks) > 3 && hasAnyPrefix(toks[2].Fold, []string{"организац", "наблюдател", "аккредитован"}) && hasAnyPrefix(toks[3].Fold, []string{"фигурир", "значат", "значит", "указаны", "вошли", "включены"}):
		return 0 // «В списке организаций фигурируют ОБСЕ, ПАСЕ …»
	case (f0 == "the" && hasAnyPrefix(f1, missionWords) || hasAnyPrefix(f0, missionWords)) && hasAnyPrefix(toks[min(2, len(toks)-1)].Fold, []string{"includ", "compris", "consist"}):
		return 0 // "The mission includes …"
	}
	return -1
}

// listAt returns the first token of a list of states or organisations that
// starts at token k of sentence i, past a dash, when it has two items or
// more, else -1.
func (a *Analysis) listAt(i, k int) int {
	toks := a.Sentences[i].Tokens
	if k < len(toks) && isDash(toks[k]) {
		k++
	}
	n, end := 0, -1
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry && m.Kind != graph.KindOrganization {
			continue
		}
		if n == 0 && m.Tok0 != k || n > 0 && !countryGap(toks[end:m.Tok0]) {
			if n > 0 {
				break
			}
			continue
		}
		n, end = n+1, m.Tok1
	}
	if n < 2 {
		return -1
	}
	return k
}

// openedList reports a state mention m of sentence i that heads the list
// a list opener starts the sentence with («Среди них — Германия, Литва и
// Польша», «Это Германия, Литва …», "These include Japan, …").
func (a *Analysis) openedList(i int, m Mention) bool {
	if a.listOpener(i) != 0 {
		return false
	}
	toks := a.Sentences[i].Tokens
	h := a.listHead(i, m)
	for k := 0; k < h.Tok0; k++ {
		switch f := toks[k].Fold; {
		case k <= 3 && (contains([]string{"среди", "них", "это", "these", "they", "those", "include", "included", "among", "them", "are", "were", "из", "в", "их", "числе", "они", "представляют", "представляли", "represent", "represented"}, f) || isDash(toks[k]) || toks[k].Kind == text.Punct):
			// («Они представляют Азербайджан, Армению …», "They represent …")
		default:
			return false
		}
	}
	return h.Tok0 <= 4
}

// sendsGroup returns the token of a verb of sending followed by a group of
// people in sentence i ("will also send their respective contingents",
// «направят свои делегации», "deployed a team"), or -1.
func (a *Analysis) sendsGroup(i int) int {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"send", "sent", "dispatch", "deploy", "направ", "пришл", "присыла"}) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"contingent", "delegation", "team", "mission", "делегаци", "групп", "мисси", "представител"}) {
				return k
			}
		}
	}
	return -1
}

// groupSentBefore returns the token of a verb of sending in sentence i
// whose object, a delegation or mission, comes just before it («свои
// делегации направили …»), or -1.
func (a *Analysis) groupSentBefore(i int) int {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"направил", "направят", "направит", "прислал", "пришлют", "sent", "send", "dispatched"}) {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			if hasAnyPrefix(toks[n].Fold, []string{"делегаци", "мисси", "delegations", "missions"}) {
				return k
			}
		}
	}
	return -1
}

// missionsAmong returns the token of «миссий»/"missions" after «среди»/
// "among" that opens a sentence, or -1.
func missionsAmong(toks []text.Token) int {
	if len(toks) < 3 || toks[0].Fold != "среди" && toks[0].Fold != "among" {
		return -1
	}
	for k := 1; k < len(toks) && k <= 5; k++ {
		if toks[k].Fold == "миссий" || toks[k].Fold == "missions" {
			return k
		}
	}
	return -1
}

// comingGroup returns the token of a verb of coming in sentence i that
// people of a body or a delegation do («едут три председателя ЦИК …»,
// «прибудут представители …», «приедут наши коллеги из …», "… officials
// will arrive"), or their request for accreditation («попросили об
// аккредитации наши коллеги»), or -1.
func (a *Analysis) comingGroup(i int) int {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !contains([]string{"едут", "приедут", "прибудут", "прибывают", "прибыли", "приехали", "arrive", "arrived", "arriving", "coming"}, t.Fold) {
			continue
		}
		for n := max(0, k-4); n < len(toks) && n <= k+4; n++ {
			if n != k && hasAnyPrefix(toks[n].Fold, []string{"председател", "заместител", "член", "представител", "делегаци", "делегат", "коллег", "chair", "member", "delegat", "representative", "official", "colleague"}) {
				return k
			}
		}
	}
	return -1
}

// bodiesOfCountriesBefore reports sentence i or one of the three before it
// naming the election bodies of a number of countries ("officials from
// the election management bodies (EMBs) of 23 countries", «представители
// избирательных органов 20 стран»).
func (a *Analysis) bodiesOfCountriesBefore(i int) bool {
	for k := i; k >= 0 && k >= i-3; k-- {
		if a.hasPhrase(k, "election management bodies", "electoral management bodies", "embs", "election bodies", "избирательных органов", "избирательных комиссий") && a.hasStem(k, "countries", "стран") {
			return true
		}
	}
	return false
}

// visitorsFrom returns the token of a visitors' noun that opens sentence
// i and says where they come from ("The delegates are from …", "The
// visitors came from …", «Делегаты прибыли из …», «В составе делегации:
// эксперты из …»), or -1.
func (a *Analysis) visitorsFrom(i int) int {
	toks := a.Sentences[i].Tokens
	for k := 0; k < len(toks) && k < 6; k++ {
		if !hasAnyPrefix(toks[k].Fold, []string{"delegat", "visitor", "participant", "делегат", "участник", "гост", "guests"}) && !(k >= 3 && toks[k-1].Text == ":" && hasAnyPrefix(toks[k].Fold, []string{"эксперт", "представител", "наблюдател", "expert", "representative", "observer"})) {
			// («В составе делегации: эксперты из Испании, …»)
			continue
		}
		if k >= 4 && toks[k-1].Text != ":" {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			// "The delegates are from …", "The invited delegates represent
			// EMBs from …"
			if f := toks[n].Fold; f == "from" || f == "из" || f == "от" || hasAnyPrefix(f, []string{"represent", "представля"}) {
				return k
			}
		}
	}
	// "Those in attendance included members of the network from …",
	// "Attendees included delegates from …"
	for k := 0; k+1 < len(toks) && k < 4; k++ {
		if f := toks[k].Fold; f != "attendance" && f != "attendees" && !(f == "those" && toks[k+1].Fold == "present") {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+10; n++ {
			if toks[n].Kind == text.Punct && toks[n].Text != "," {
				break
			}
			if toks[n].Fold == "from" {
				return k
			}
		}
	}
	return -1
}

// programmeHost returns the country of the election body that runs the
// visitors' programme of sentence i: the body after "organised by",
// «организованной», or one with an apostrophe before the programme
// ("ECI's IEVP"); nil when none is named.
func (a *Analysis) programmeHost(i int) []string {
	v := a.findStem(i, 0, "visitor", "посетител", "organi", "организова", "hosted", "conducted")
	if v < 0 {
		return nil
	}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") && m.Tok0 > v && m.Tok0 <= v+12 {
			if k := a.findStem(i, v, "organi", "организова", "hosted", "conducted", "by"); k >= 0 && k < m.Tok0 {
				return []string{graph.CountryOf(m.Key)}
			}
		}
	}
	// "The Election Commission of India hosted the International Election
	// Visitors Programme": the body that is the subject of the verb
	if h := a.findStem(i, 0, "hosted", "organi", "conducted", "провел", "провёл", "организова"); h >= 0 && h <= v {
		for _, m := range a.Mentions[i] {
			if m.Tok0 >= h {
				break
			}
			if m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") && h-m.Tok1 <= 3 {
				return []string{graph.CountryOf(m.Key)}
			}
		}
	}
	return nil
}

// accreditingCountry returns the country whose election body accredits
// the observers of sentence i («ЦИК Казахстана аккредитовал 500
// международных наблюдателей от ОБСЕ, СНГ и ШОС»): the body named before
// the verb, else the article's home when the verb has no named subject or
// is passive («аккредитованы наблюдатели …»); nil without the verb.
func (a *Analysis) accreditingCountry(i int) []string {
	v := a.findStem(i, 0, "аккредитова", "accredit", "зарегистрирова", "registered")
	if v < 0 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	if hasAnySuffix(toks[v].Fold, "ованы", "ован", "ована", "овано") {
		// «… зарегистрированы ЦИК Узбекистана»: the Russian short
		// participle's agent follows it
		for _, m := range a.Mentions[i] {
			if m.Tok0 > v && m.Tok0 <= v+2 && m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") {
				return []string{graph.CountryOf(m.Key)}
			}
		}
	}
	if v > 0 && isPassiveAux(toks[v-1].Fold) {
		// "Observers from the OSCE and the CIS have been accredited by the
		// Central Election Commission of Azerbaijan": the agent after "by",
		// else the home; who stands before the verb was accredited
		for _, m := range a.Mentions[i] {
			if m.Tok0 > v+1 && m.Tok0 <= v+4 && toks[m.Tok0-1].Fold == "by" || m.Tok0 > v+2 && m.Tok0 <= v+5 && toks[m.Tok0-2].Fold == "by" && toks[m.Tok0-1].Fold == "the" {
				if m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") {
					return []string{graph.CountryOf(m.Key)}
				}
			}
		}
		if a.Home == "" || a.Home == "??" || a.guessedHome() {
			return nil
		}
		return []string{a.Home}
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= v {
			break
		}
		if m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") {
			if m.Via == ViaImplicit && a.HomeUnchosen && !a.homeFromText {
				return nil // «Центризбирком» of an article that never names its country
			}
			return []string{graph.CountryOf(m.Key)}
		}
	}
	if a.Home == "" || a.Home == "??" || a.guessedHome() || a.HomeUnchosen && !a.homeFromText {
		return nil
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 < v && a.actorKey(m) != "" {
			return nil // someone else accredits
		}
	}
	return []string{a.Home}
}

// possessiveElection reports a country mention m written with "'s" (as
// its own token or on its last word) followed within three words by an
// election word ("Turkey’s (constitutional) referendum").
func possessiveElection(toks []text.Token, m Mention) bool {
	k := m.Tok1 // the first word after the possessive
	switch {
	case k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s"):
		k++
	case k+1 < len(toks) && (toks[k].Text == "'" || toks[k].Text == "’") && toks[k+1].Fold == "s":
		k += 2
	case hasAnySuffix(toks[m.Tok1-1].Text, "’s", "'s"):
	default:
		return false
	}
	for n := k; n < len(toks) && n < k+4; n++ {
		if hasAnyPrefix(toks[n].Fold, electionWords) {
			// ("Jamaica's Director of Elections X": an office)
			return !(n >= 2 && toks[n-1].Fold == "of" && contains([]string{"director", "supervisor", "commissioner", "registrar", "minister"}, toks[n-2].Fold))
		}
	}
	return false
}

// visitedBodyCountry returns the country of the national election body
// that the observers of sentence i visited ("the IPA CIS observers … visited
// the Central Election Commission of Armenia", «наблюдатели СНГ посетили
// ЦИК Армении»): its election is the one they observe. Nil when none.
func (a *Analysis) visitedBodyCountry(i int) []string {
	v := a.findStem(i, 0, "visited", "посетил", "посетили", "посетила")
	if v < 0 {
		return nil
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 > v && m.Tok0 <= v+3 && m.Kind == graph.KindBody && !strings.HasPrefix(m.Key, "??") {
			return []string{graph.CountryOf(m.Key)}
		}
	}
	return nil
}

// invitingCountry returns the country of the election body or state that
// invites the observers of sentence i («По приглашению ЦИК Кыргызстана
// делегация … будет наблюдать за выборами», "At the invitation of the CEC
// of X, a delegation … will observe the presidential election"): the
// election is that country's. Nil when no body or state invites.
func (a *Analysis) invitingCountry(i int) []string {
	j := a.triggerAt(i, 0, invitationStems...)
	if j < 0 || a.invitesHere(i) {
		return nil
	}
	for _, m := range a.listAfter(i, j) {
		if k := graph.KindOf(m.Key); (k == graph.KindBody || k == graph.KindGovernment) && m.Tok0 <= j+4 {
			return []string{graph.CountryOf(m.Key)}
		}
		break
	}
	return nil
}

// isPassiveAux reports the English auxiliary of a passive ("been", "were",
// "are", "was", "is", "be").
func isPassiveAux(f string) bool {
	switch f {
	case "been", "were", "are", "was", "is", "be":
		return true
	}
	return false
}

// electionMissionOwners returns the organisations whose mission sentence i
// names right after the mission word («глава миссии ШОС», «миссия
// наблюдателей от СНГ», "the Commonwealth mission"), when no meeting's
// counterpart or invitee is named in the sentence.
func (a *Analysis) electionMissionOwners(i int) []string {
	if a.findStem(i, 0, "встреч", "встрет", "переговор", "бесед", "met", "meeting", "talks") >= 0 || a.invitesHere(i) {
		return nil
	}
	toks := a.Sentences[i].Tokens
	var owners []string
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, missionWords) || k > 0 && (toks[k-1].Fold == "с" || toks[k-1].Fold == "with") {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization || contains(owners, m.Key) {
				continue
			}
			before := m.Tok1 == k || m.Tok1 == k-1 && toks[k-1].Fold == "the"
			after := m.Tok0 > k && m.Tok0 <= k+3 && !slices.ContainsFunc(toks[k+1:m.Tok0], func(t text.Token) bool {
				return t.Kind == text.Punct || !hasAnyPrefix(t.Fold, []string{"наблюдател", "от", "observ", "of", "the"})
			})
			if m.Tok0 == k+1 || after || before && !toks[k].IsCyrillic() {
				owners = append(owners, m.Key)
			}
		}
	}
	// «миссии СНГ и БДИПЧ ОБСЕ», "the missions of the AU and ECOWAS": the
	// later items of a list that opens with an owner
	for n := 1; n < len(a.Mentions[i]); n++ {
		p, m := a.Mentions[i][n-1], a.Mentions[i][n]
		if m.Kind != graph.KindOrganization || contains(owners, m.Key) || !contains(owners, p.Key) || m.Tok0 != p.Tok1+1 && !(m.Tok0 == p.Tok1+2 && toks[p.Tok1+1].Fold == "the") {
			continue
		}
		if c := toks[p.Tok1]; isConj(c) || c.Text == "," {
			owners = append(owners, m.Key)
		}
	}
	return owners
}

// refusedToTakePart reports a refusal to take part in an observation
// named by its noun («прокомментировал отказ БДИПЧ ОБСЕ от участия в
// наблюдении»), however far the refusing actor stands from «от участия».
func (a *Analysis) refusedToTakePart(i int) bool {
	// not «отказ оппозиции от участия в выборах»: the refusing one is an
	// organisation, or what is refused is observing
	if a.hasPhrase(i, "отказ от наблюден", "отказа от наблюден", "отказе от наблюден", "отказ от направлени", "отказа от направлени", "от участия в наблюдени", "от участия в мониторинг", "от участия в миссии") {
		return a.hasPhrase(i, "отказ ", "отказа ", "отказе ", "отказом ")
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "отказ" && t.Fold != "отказа" && t.Fold != "отказе" && t.Fold != "отказом" {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindOrganization && m.Tok0 > k && m.Tok0 <= k+8 && m.Tok1+1 < len(toks) && toks[m.Tok1].Fold == "от" && strings.HasPrefix(toks[m.Tok1+1].Fold, "участи") {
				return true // «отказ БДИПЧ ОБСЕ от участия»
			}
		}
	}
	return false
}

// fromTerritory reports a sentence that says someone comes from a province
// or territory («Делегация из Приднестровья», "observers from Gagauzia"):
// its own people, not the home country's commission.
func (a *Analysis) fromTerritory(i int) bool {
	for k, t := range a.Sentences[i].Tokens {
		if (t.Fold == "из" || t.Fold == "от" || t.Fold == "from") && a.territoryAt(i, k+1) {
			return true
		}
	}
	return false
}

// diplomaticMission are titles of an embassy's staff that hold the word
// "mission": no observers' mission.
var diplomaticMission = []string{"deputy head of mission", "deputy chief of mission", "head of mission at", "заместитель главы миссии", "заместителя главы миссии"}

// credentialsHanded reads a sentence in which an election body hands
// observers their credentials («ЦИК России вручила заместителю генсека СНГ
// удостоверение международного наблюдателя», "the ECI handed observer
// credentials to the delegates of X"): the actors of those it hands them
// to observe in the body's country. It returns them and that country, or
// nil.
func (a *Analysis) credentialsHanded(i int) ([]string, string) {
	if !a.hasPhrase(i, "удостоверени", "мандат", "observer cred", "observers cred", "observers' cred", "observer accred", "observers accred", "observer badg", "observer card") {
		return nil, ""
	}
	toks := a.Sentences[i].Tokens
	at := -1
	for k := 0; k+1 < len(toks) && at < 0; k++ {
		f := toks[k].Fold
		switch {
		case strings.HasPrefix(f, "удостоверени") || strings.HasPrefix(f, "мандат"):
			for n := k + 1; n < len(toks) && n <= k+2; n++ {
				if strings.HasPrefix(toks[n].Fold, "наблюдател") {
					at = k
				}
			}
		case (f == "observer" || f == "observers" || f == "observers'") && hasAnyPrefix(toks[k+1].Fold, []string{"credential", "accreditation", "badge", "card"}):
			at = k
		}
	}
	if at < 0 {
		return nil, ""
	}
	v := a.findStem(i, 0, "вручил", "вручает", "вручат", "выдал", "выдает", "выдаёт", "handed", "hands", "presented", "issued")
	if v < 0 {
		return nil, ""
	}
	host := ""
	for _, m := range a.Mentions[i] {
		if m.Tok1 <= v && host == "" {
			if k := a.actorKey(m); graph.KindOf(k) == graph.KindBody {
				host = graph.CountryOf(k)
			}
		}
	}
	if host == "" {
		return nil, ""
	}
	var observers []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= v {
			continue
		}
		if k := a.actorKey(m); k != "" && graph.CountryOf(k) != host && !contains(observers, k) {
			observers = append(observers, k)
		}
	}
	return observers, host
}

// missionMetElectionBody returns the organisations whose mission, named
// before the meeting verb of sentence i («Миссия ШОС», «члены миссии
// СНГ», "the Mission of the CIS"), met the election body of the country
// whose election the article is about (the home country when it places no
// election), and that country: observers at that election. Nil
// for any other sentence, or a mission that is an office in the country
// («Миссия ОБСЕ в Казахстане»), or one come to assess.
func (a *Analysis) missionMetElectionBody(i int) ([]string, string) {
	if !a.hasPhrase(i, missionWords...) {
		return nil, ""
	}
	host := a.Frame.ElectionCountry
	if host == "" {
		host = a.Frame.UnplacedElection
	}
	if host == "" {
		host = a.Home // «подготовка к референдуму»: the home country's
	}
	if host == "" || host == "??" || !a.Frame.SpeaksOfElection || a.fieldMission(i) || a.hasPhrase(i, assessmentMissions...) || a.hasPhrase(i, diplomaticMission...) || a.hasPhrase(i, "постоянн", "дипломатическ", "permanent", "diplomatic") {
		return nil, ""
	}
	v := a.findStem(i, 0, "встретил", "встретят", "встретит", "провели встреч", "провела встреч", "провел встреч", "провёл встреч", "met ", "met,", "held a meeting", "held meetings")
	if v < 0 {
		return nil, ""
	}
	toks := a.Sentences[i].Tokens
	met := false
	for _, m := range a.Mentions[i] {
		if m.Tok0 > v && m.Kind == graph.KindBody && a.actorKey(m) == graph.BodyKey(host) {
			met = true
		}
	}
	if !met {
		return nil, ""
	}
	var owners []string
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindOrganization || m.Tok1 > v || m.Tok0 == 0 {
			continue
		}
		k := m.Tok0 - 1
		if toks[k].Fold == "the" && k > 0 {
			k--
		}
		if toks[k].Fold == "of" && k > 0 {
			k--
		}
		if f := toks[k].Fold; (f == "миссии" || f == "миссия" || f == "mission") && !contains(owners, m.Key) {
			owners = append(owners, m.Key)
		}
	}
	return owners, host
}

// fieldMission reports a mission of sentence i named by its organisation
// and the country it is posted in («представители Миссии ОБСЕ в Молдове»,
// "the OSCE Mission to Serbia", "the UN mission in Libya"): an
// organisation's office there, not a mission of observers.
func (a *Analysis) fieldMission(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, missionWords) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization || m.Tok0 < k-3 || m.Tok0 > k+2 || m.Tok1 >= len(toks)-1 {
				continue
			}
			end := max(m.Tok1, k+1)
			if end+1 >= len(toks) {
				continue
			}
			if f := toks[end].Fold; f != "в" && f != "to" && f != "in" {
				continue
			}
			if d := a.dictAt(i, end+1); d != nil && d.Start == end+1 && (d.Entry.Kind == gazetteer.CountryName || d.Entry.Kind == gazetteer.City) {
				return true
			}
		}
	}
	return false
}

// missionNear reports a mission word within three tokens of the
// observation word at token oj («Миссии международных наблюдателей»,
// "Election Observation Mission", "missions to observe").
func (a *Analysis) missionNear(i, oj int) bool {
	toks := a.Sentences[i].Tokens
	for k := max(0, oj-3); k < len(toks) && k <= oj+3; k++ {
		if hasAnyPrefix(toks[k].Fold, missionWords) {
			return true
		}
	}
	return false
}

// observedHosts returns where the observers a meeting of sentence i names
// observe: the sentence's election hosts, else those of the last sentence
// that named them (lastHosts), else the article's election country, else
// its home; nil when none is known.
func (a *Analysis) observedHosts(i int, lastHosts []string) []string {
	switch hs := a.electionHosts(i); {
	case len(hs) > 0:
		return hs
	case len(lastHosts) > 0:
		return lastHosts
	case a.Frame.ElectionCountry != "":
		return []string{a.Frame.ElectionCountry}
	case a.Home != "" && a.Home != "??":
		return []string{a.Home}
	}
	return nil
}

// delegationToObserve returns the actors of the delegation or mission
// that a relative clause ending in the observation word at token oj of
// sentence i describes: "the delegation of the Turkic Council which is on a
// visit to the country to observe the elections", «с делегацией ЦИК
// Киргизии, которая прибыла для наблюдения за выборами»; nil otherwise.
func (a *Analysis) delegationToObserve(i, oj int) []string {
	if oj < 0 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	rel := -1
	for k := oj - 1; k >= 0 && k >= oj-14; k-- {
		if toks[k].Text == "." || toks[k].Text == ";" {
			break
		}
		if toks[k].Fold == "which" || toks[k].Fold == "who" || strings.HasPrefix(toks[k].Fold, "котор") || k > 0 && toks[k-1].Text == "," && participlePhrase(toks[k]) {
			// (or a participle after the comma: «с делегацией СНГ,
			// находящейся с визитом в стране для наблюдения за выборами»)
			rel = k
			break
		}
	}
	if rel < 0 {
		return a.delegationForObserving(i, oj)
	}
	d := a.findStemBefore(i, rel, 8, "delegation", "делегаци")
	if d < 0 {
		// «делегацией во главе с первым заместителем генерального
		// секретаря СНГ Леонидом Анфимовым, находящейся …»: past its leader
		if d = a.findStemBefore(i, rel, 18, "delegation", "делегаци"); d < 0 || a.findStem(i, d, "главе", "led", "headed") != d+2 && a.findStem(i, d, "главе", "led", "headed") != d+1 {
			return nil
		}
	}
	return a.actorKeysIn(i, d, rel)
}

// delegationForObserving returns the actors of a delegation whose purpose
// follows its name directly, with no clause between: «с делегацией МПА СНГ
// в Армении для наблюдения за выборами», "with a delegation of the CIS
// to observe the elections" — the delegation's owners, not the country
// after «в», "in".
func (a *Analysis) delegationForObserving(i, oj int) []string {
	toks := a.Sentences[i].Tokens
	if oj < 2 || toks[oj-1].Fold != "для" && toks[oj-1].Fold != "to" {
		return nil
	}
	d := a.findStemBefore(i, oj-1, 12, "delegation", "делегаци")
	if d < 0 {
		return nil
	}
	var out []string
	for k := d + 1; k < oj-1; k++ {
		m := a.mentionCovering(i, k)
		if m == nil {
			if f := toks[k].Fold; f != "в" && f != "in" && f != "the" && f != "of" && f != "(" && f != ")" && !toks[k].IsUpper() {
				return nil // other words: not the delegation's name alone
			}
			continue
		}
		if f := toks[k-1].Fold; m.Kind != graph.KindCountry || f != "в" && f != "in" {
			if key := a.actorKey(*m); key != "" && !strings.HasPrefix(key, "??") && !contains(out, key) {
				out = append(out, key)
			}
		}
		k = m.Tok1 - 1
	}
	return out
}

// mentionCovering returns the first mention of sentence i that covers
// token k, or nil.
func (a *Analysis) mentionCovering(i, k int) *Mention {
	for n := range a.Mentions[i] {
		if m := &a.Mentions[i][n]; k >= m.Tok0 && k < m.Tok1 {
			return m
		}
	}
	return nil
}

// participlePhrase reports a Russian active participle in the feminine
// that opens a participial phrase after «делегацией» or «миссии»:
// «находящейся», «прибывшей», «работающей».
func participlePhrase(t text.Token) bool {
	if t.Kind != text.Word || !t.IsCyrillic() || t.IsUpper() || hasAnyPrefix(t.Fold, []string{"общ", "будущ", "следующ", "текущ", "предыдущ", "настоящ", "бывш", "высш", "лучш", "худш"}) {
		return false // adjectives with a participle's ending
	}
	// (agreeing with «делегацией», «делегации», «миссией»: feminine)
	return hasAnySuffix(t.Fold, "щейся", "щей", "вшейся", "вшей")
}

// actorKeysIn returns the actor keys of the mentions of sentence i that lie
// within tokens [from, to), each once, in order.
func (a *Analysis) actorKeysIn(i, from, to int) []string {
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= from && m.Tok1 <= to {
			if k := a.actorKey(m); k != "" && !strings.HasPrefix(k, "??") && !contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// arrivedToObserve returns the actors a participle says came to observe,
// around the observation word at token oj of sentence i: «с прибывшими
// для наблюдения за выборами членами ЦИК Кыргызстана и Узбекистана» (the
// actors after the participle's clause, to its end), «с членами ЦИК
// Кыргызстана, прибывшими для наблюдения» (those just before it),
// "delegates who arrived to observe".
func (a *Analysis) arrivedToObserve(i, oj int) []string {
	if oj < 1 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	p := a.findStemBefore(i, oj, 3, "прибывш", "приехавш", "прибывающ", "arrived", "came")
	if p < 0 {
		return nil
	}
	if p > 0 && (toks[p-1].Fold == "с" || toks[p-1].Fold == "со") {
		return a.actorKeysIn(i, oj+1, a.clauseEnd(i, oj))
	}
	return a.actorKeysIn(i, max(0, p-12), p)
}

// emitMissionOwners adds an observation of hosts by the organisations
// named around the observation word at token oj of sentence i, in its
// clause: the owners of the mission a meeting's counterpart leads or is.
func (a *Analysis) emitMissionOwners(i, oj int, hosts []string) {
	end := a.clauseEnd(i, oj)
	// "… the Head of the ECOWAS Election Observer Mission … and also met
	// with the Resident Representative of UNDP": the next meeting's
	// counterparts own no mission
	if v := a.findStem(i, oj+1, "met", "meet", "встрет", "встреч", "called"); v >= 0 && v < end {
		end = v
	}
	var owners []string
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindOrganization && m.Tok0 >= oj-8 && m.Tok0 < end {
			owners = append(owners, m.Key)
		}
	}
	a.emitObservations(i, owners, hosts, a.docYear())
}

// emitMetObservers adds an observation of hosts by every counterpart of
// the meetings of sentence i (the actors after «с», "with", or met), except
// the hosts' own bodies and states.
func (a *Analysis) emitMetObservers(i int, hosts []string) {
	var met []string
	ms := a.actors(i)
	for _, m := range a.Mentions[i] {
		// "Fuwad Thowfeek, Maldives Chief Elections Commissioner": a person
		// met stands for the body of the title
		if m.Kind == graph.KindPerson && a.personOrg(m) != "" && graph.KindOf(a.personOrg(m)) != graph.KindPerson {
			ms = append(ms, Mention{Kind: graph.KindOf(a.personOrg(m)), Key: a.personOrg(m), Tok0: m.Tok0, Tok1: m.Tok1})
		}
	}
	for _, m := range ms {
		if !a.governed(i, m) && !a.afterWith(i, m) || contains(met, m.Key) {
			continue
		}
		if contains(hosts, graph.CountryOf(m.Key)) && graph.KindOf(m.Key) != graph.KindOrganization {
			continue
		}
		met = append(met, m.Key)
	}
	a.emitObservations(i, met, hosts, a.docYear())
}

// observerNoun reports an observation word at token oj that names
// observers or a mission ("30 long-term observers", «наблюдатели ОБСЕ»)
// rather than the act («наблюдали», "observed", «участие в наблюдении»):
// with nobody named, such a sentence says nothing of the home body.
func (a *Analysis) observerNoun(i, oj int) bool {
	if oj < 0 {
		return false
	}
	toks := a.Sentences[i].Tokens
	f := toks[oj].Fold
	if !hasAnyPrefix(f, []string{"наблюдател", "observer", "monitors"}) {
		return false
	}
	// «будучи наблюдателем», «в качестве наблюдателя», "as an observer":
	// someone's role, that is the act
	for k := oj - 1; k >= 0 && k >= oj-3; k-- {
		switch toks[k].Fold {
		case "будучи", "качестве", "as":
			return false
		}
	}
	return true
}

// reportedClause returns the token of «что», "that" after a verb of saying
// in sentence i («ОБСЕ сообщает, что …», "OSCE says that …"), or -1: the
// actors before it speak, those after it act.
func (a *Analysis) reportedClause(i int) int {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if t.Fold != "что" && t.Fold != "that" {
			continue
		}
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if hasAnyPrefix(toks[p].Fold, []string{"says", "said", "stated", "reported", "announced", "noted", "сообщ", "заяв", "отмет", "говор", "рассказал", "подчеркнул"}) {
				return k
			}
		}
	}
	return -1
}

// reportedUnnamedObservers reports whether the observation word at token
// oj of sentence i is the subject of a reported clause («X заявил, что
// международные наблюдатели …», "X said that the observers …") that names
// no actor: the speaker reports, he is no observer.
func (a *Analysis) reportedUnnamedObservers(i, oj int) bool {
	c := a.reportedClause(i)
	if c < 0 || oj <= c || oj > c+6 {
		return false
	}
	toks := a.Sentences[i].Tokens
	if f := toks[oj].Fold; f != "наблюдатели" && f != "observers" && f != "monitors" {
		return false
	}
	for _, t := range toks[c+1 : oj] {
		if t.Text == "," || t.Kind == text.Word && t.IsUpper() {
			return false
		}
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 > c && m.Kind != graph.KindCountry && a.actorKey(m) != "" {
			return false
		}
		if m.Tok0 > oj && m.Kind == graph.KindCountry && a.countrySendsObservers(i, m) {
			// «… рассказала, что приедут наблюдатели из 100 стран, в том
			// числе из Китая и Индии»: the clause names whence they come
			return false
		}
	}
	return true
}

// statusWord reports an observer status («имеющего статус постоянного
// наблюдателя при ООН», "observer status"): the word before the
// observation word at token oj, past adjectives.
func (a *Analysis) statusWord(i, oj int) bool {
	toks := a.Sentences[i].Tokens
	for k := oj - 1; k >= 0 && k >= oj-3; k-- {
		if strings.HasPrefix(toks[k].Fold, "статус") {
			return true
		}
	}
	return oj+1 < len(toks) && strings.HasPrefix(toks[oj+1].Fold, "status")
}

// inMeetingCounterpart reports whether the observation word at token oj of
// sentence i stands in the counterpart of a meeting («провел встречу с
// главой миссии наблюдателей»).
func (a *Analysis) inMeetingCounterpart(i, oj int) bool {
	mj := a.findStem(i, 0, "встреч", "встрет", "переговор", "бесед", "met", "meeting", "talks", "call")
	if mj < 0 || mj > oj {
		return false
	}
	toks := a.Sentences[i].Tokens
	for k := mj + 1; k < oj; k++ {
		// "paid a courtesy call on the Head of the … Observer Mission"
		if f := toks[k].Fold; f == "с" || f == "со" || f == "with" || f == "by" && k > 0 && toks[k-1].Fold == "attended" || f == "on" && toks[k-1].Fold == "call" {
			// «встретился с …», "met with …", "meetings attended by …" —
			// in the same clause as the observation word ("…, which met
			// with the poll body yesterday, Japan will send …" is not)
			for n := k + 1; n < oj; n++ {
				if toks[n].Text == "," && n+1 < oj && a.mentionStartsAt(i, n+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// withoutHome returns keys without the article's home body.
func (a *Analysis) withoutHome(keys []string) []string {
	var out []string
	for _, k := range keys {
		if k != a.homeBody() {
			out = append(out, k)
		}
	}
	return out
}

// invitesHere reports a sentence that invites (not «по приглашению»).
func (a *Analysis) invitesHere(i int) bool {
	j := a.triggerAt(i, 0, invitationStems...)
	if j < 0 {
		return false
	}
	toks := a.Sentences[i].Tokens
	if j > 0 && (toks[j-1].Fold == "an" || toks[j-1].Fold == "the") && j > 1 && hasAnyPrefix(toks[j-2].Fold, []string{"following", "upon", "after", "at", "on", "accepting", "accepted"}) {
		// "deployed a mission following an invitation from X": it observes
		return false
	}
	return !(j > 0 && (toks[j-1].Fold == "по" || toks[j-1].Fold == "the" || j > 1 && toks[j-2].Fold == "по"))
}

// observers returns who observes in sentence i: its bodies, organisations
// and NGOs, and persons' organisations, except the hosts' own state bodies
// and the counterparts of a meeting («… пообщался с председателем ЦИК
// Аргентины»); and a country named as the sender or as the observers'
// origin («Казахстан направил 203 наблюдателя», «Представители Республики
// Казахстан приняли участие в наблюдении», «наблюдатели от Узбекистана»)
// is its government, unless a body of that country is named.
func (a *Analysis) observers(i int, hosts []string) []string {
	var out []string
	toks := a.Sentences[i].Tokens
	// endsAt[k] is the first token of a mention that ends at token k
	endsAt := map[int]int{}
	for _, m := range a.Mentions[i] {
		endsAt[m.Tok1-1] = m.Tok0
	}
	afterWith := func(m Mention) bool {
		for k, lim := m.Tok0-1, m.Tok0-4; k >= 0 && k >= lim; k-- {
			switch toks[k].Fold {
			case "с", "со", "with":
				if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Fold, "сторон") {
					return false // «наблюдатели со стороны посольств»: whose they are
				}
				// «вела наблюдение совместно с делегациями из Азербайджана»,
				// "observed together with the delegations of …": they
				// observe too
				return k == 0 || !contains([]string{"совместно", "вместе", "together", "jointly", "alongside"}, toks[k-1].Fold)
			case ",", "и", "and":
				// «с коллегами из Бразилии и Чили»: a list goes on
				// back to its first item
				if p, ok := endsAt[k-1]; ok {
					k, lim = p, p-4
					continue
				}
				return false
			case ".":
				return false
			}
		}
		return false
	}
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if k == "" || strings.HasPrefix(k, "??") || contains(out, k) {
			continue
		}
		if afterWith(m) || a.example(i, m) || a.electedBody(i, m) || formerOfficeOf(toks, m.Tok0) || a.formerHolder(i, m) || accreditorAt(toks, m) {
			continue
		}
		if m.Kind == graph.KindNGO && m.Tok0 > 0 && contains([]string{"в", "во", "at", "in"}, toks[m.Tok0-1].Fold) {
			continue // «находится … в Центре общественного наблюдения»: a place
		}
		kind := graph.KindOf(k)
		if kind == graph.KindGovernment && (m.Kind != graph.KindPerson && a.inOfficersTitle(i, m.Tok0, m.Tok1) || m.Kind == graph.KindPerson && a.organisationsMission(i)) {
			// «Миссию наблюдателей МПА СНГ возглавляют … председатель
			// комиссии парламента Республики Молдова … Александр
			// Стояногло»: a state's officer who observes for an
			// organisation's mission, not for his state
			continue
		}
		if kind == graph.KindGovernment && m.Kind != graph.KindPerson && !a.embassy(i, m) && m.Via != ViaAgency && m.Via != ViaOrigin && !a.organSends(i, m) && !a.parliamentarians(i, m) && !sideSends(toks, m) {
			// a ministry or parliament named in the sentence observes only
			// when the country sends observers (below); an embassy's staff
			// observe for their state
			continue
		}
		if kind == graph.KindNGO || kind == graph.KindOrganization || !contains(hosts, graph.CountryOf(k)) {
			out = append(out, k)
		}
	}
	if c := a.reportedClause(i); c >= 0 {
		// "OSCE says that … ODIHR has deployed …": the speaker does not observe
		var after []string
		for _, m := range a.Mentions[i] {
			if k := a.actorKey(m); m.Tok0 > c && contains(out, k) {
				after = append(after, k)
			}
		}
		if len(after) > 0 {
			out = after
		}
	}
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || contains(hosts, m.Key) || m.Via == ViaPeople {
			continue
		}
		gov := graph.GovernmentKey(m.Key)
		if contains(out, gov) || a.namesBodyOf(i, m.Key) {
			continue
		}
		if assoc := a.associationMembersFrom(i, m); assoc != "" {
			// "members of the PIANZEA network from Fiji, Samoa and
			// Vanuatu": the members are those states' election bodies, the
			// association itself does not observe
			out = append(slices.DeleteFunc(out, func(k string) bool { return k == assoc }), graph.BodyKey(m.Key))
			continue
		}
		if a.countrySendsObservers(i, m) {
			out = append(out, gov)
		} else if body := graph.BodyKey(m.Key); m.Via == ViaAdj && m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, []string{"наблюдател", "observer"}) && i+1 < len(a.Sentences) && a.reportedByMemberOf(i+1, body) && !contains(out, body) {
			// «Российские наблюдатели не увидели нарушений … Об этом сообщил
			// член ЦИК РФ»: the observers of the country's election body
			// the article names
			out = append(out, body)
		}
	}
	return out
}

// accreditorAt reports a mention m that is the agent of a participle of
// accrediting or inviting («наблюдатели, аккредитованные ЦИК России, из
// …», "observers accredited by the Commission"): the body that let the
// observers in, not one of them, nor one they met.
func accreditorAt(toks []text.Token, m Mention) bool {
	if m.Tok0 < 1 {
		return false
	}
	p := toks[m.Tok0-1].Fold
	if hasAnyPrefix(p, []string{"аккредитованн", "приглашенн", "приглашённ"}) {
		return true
	}
	if q := m.Tok0 - 1; p == "the" && q > 0 {
		p = toks[q-1].Fold
	}
	if p == "assisting" || p == "advising" || p == "supporting" {
		return true // "advisers …, assisting the Guyana Elections Commission, paid a visit to …"
	}
	return p == "by" && m.Tok0 > 1 && (toks[m.Tok0-2].Fold == "accredited" || toks[m.Tok0-2].Fold == "invited")
}

// associationMembersFrom returns the association of election bodies whose
// members come from country mention m of sentence i ("members of the
// PIANZEA network from Fiji, Samoa …", «члены АВИО из Кореи и Индии»),
// or "".
func (a *Analysis) associationMembersFrom(i int, m Mention) string {
	toks := a.Sentences[i].Tokens
	h := a.listHead(i, m)
	k := h.Tok0 - 1
	if k < 0 || toks[k].Fold != "from" && toks[k].Fold != "из" {
		return ""
	}
	k--
	if k >= 0 && contains([]string{"network", "association", "сети", "ассоциации"}, toks[k].Fold) {
		k--
	}
	for _, o := range a.Mentions[i] {
		if o.Kind != graph.KindOrganization || o.Tok1 != k+1 || !electoralAssociations[o.Key] {
			continue
		}
		p := o.Tok0 - 1
		if p >= 0 && toks[p].Fold == "the" {
			p--
		}
		if p >= 0 && toks[p].Fold == "of" {
			p--
		}
		if p >= 0 && hasAnyPrefix(toks[p].Fold, []string{"member", "член"}) {
			return o.Key
		}
	}
	return ""
}

// sideSends reports a state named as a side («Японская сторона», "the
// Japanese side") followed by a verb of sending («направит наблюдателей»):
// the state observes.
func sideSends(toks []text.Token, m Mention) bool {
	if m.Tok1 < 1 || m.Tok1 > len(toks) {
		return false
	}
	if f := toks[m.Tok1-1].Fold; !strings.HasPrefix(f, "сторон") && f != "side" {
		return false
	}
	return sendsAfter(toks, m.Tok1)
}

// parliamentarians reports a government mention m of sentence i named by
// members of the state's parliament («белорусский парламентарий»,
// «депутаты парламента Киргизии», "Kenyan lawmakers"): people who observe
// for their state, as its embassy's staff do.
func (a *Analysis) parliamentarians(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	for k := max(0, m.Tok0-1); k < m.Tok1 && k < len(toks); k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"депутат", "сенатор", "парламентари", "parliamentarian", "lawmaker", "senator"}) {
			// not an apposition on someone named before («Наблюдатель от
			// ЦИК Грузии, депутат парламента Латвии»), nor what an election
			// fills («выборы депутатов маслихатов»)
			return k == 0 || toks[k-1].Text != "," && !hasAnyPrefix(toks[k-1].Fold, []string{"выбор", "election", "кандидат", "candida"})
		}
	}
	// «депутаты парламентов Армении и Белоруссии»: a later item of the list
	if m.Tok0 > 1 && isConj(toks[m.Tok0-1]) {
		for _, p := range a.Mentions[i] {
			if p.Tok1 == m.Tok0-1 && p.Kind == graph.KindGovernment {
				return a.parliamentarians(i, p)
			}
		}
	}
	return false
}

// electedBody reports a mention that is what an election fills, not who
// observes it: «выборы в Европейский парламент», «выборами депутатов в
// Парламентскую ассамблею», "elections to the European Parliament".
func (a *Analysis) electedBody(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	k := m.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "the" || isAdjective(toks[k].Fold) || toks[k].Kind == text.Number || toks[k].Fold == "-" && k > 0 && toks[k-1].Kind == text.Number) {
		k-- // «в 5-ю Госдуму»
	}
	if k >= 0 && hasAnyPrefix(toks[k].Fold, electionWords) && m.Tok0-k <= 2 && m.Kind == graph.KindGovernment && a.parliament(i, m) {
		// «к выборам Маджлиси Оли», "Jogorku Kenesh elections" is the
		// other order, below
		return true
	}
	for n := 0; n < 3 && k >= 1; n++ {
		// «выборов в Палату представителей Национального собрания», "to
		// the House of Representatives of the …": the chamber of the
		// parliament named
		switch f := toks[k].Fold; {
		case f == "of" || f == "the" || hasAnyPrefix(f, []string{"палат"}) || f == "house":
			k--
		case (strings.HasPrefix(f, "представител") || f == "representatives") && (hasAnyPrefix(toks[k-1].Fold, []string{"палат"}) || toks[k-1].Fold == "of" && k >= 2 && toks[k-2].Fold == "house"):
			k--
		default:
			n = 3
		}
	}
	if k < 1 || !(toks[k].Fold == "в" || toks[k].Fold == "во" || toks[k].Fold == "to" || toks[k].Fold == "for") {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		f := toks[p].Fold
		if hasAnyPrefix(f, electionWords) || strings.HasPrefix(f, "избрани") {
			return true // (also «избрания представителей Румынии в Европейский парламент»)
		}
		if !hasAnyPrefix(f, []string{"депутат", "член", "member", "deputies", "представител", "representatives"}) && !isAdjective(f) && !a.insideMention(i, p) {
			return false
		}
	}
	return false
}

// embassy reports a government mention of sentence i named by an embassy
// («посольств Беларуси и России», "the Embassy of Japan"), or an item of a
// list that one heads.
func (a *Analysis) embassy(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	if h := a.listHead(i, m); h.Tok0 < m.Tok0 {
		return a.embassy(i, h) // "embassies of Australia, …, the Maldives"
	}
	for k := m.Tok1 - 1; k >= 0 && k >= m.Tok0-8; k-- {
		// (the mention's own words first: «от украинского посольства»)
		if hasAnyPrefix(toks[k].Fold, []string{"посольств", "embass", "дипмисси", "консульств", "consulate"}) {
			return true
		}
		if k < m.Tok0 && toks[k].Kind == text.Word && !isConj(toks[k]) && toks[k].Fold != "the" && !a.insideMention(i, k) {
			return false // ("embassies of Malaysia, the Maldives": a list goes on)
		}
	}
	return false
}

// example reports a mention given as an example ("monitors, such as the
// OSCE or the Carter Centre, begin work …", «такие организации, как …»):
// a statement about a kind of actor, not a fact about this one.
func (a *Analysis) example(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 1 && k >= m.Tok0-6; k-- {
		f, p := toks[k].Fold, toks[k-1].Fold
		if f == "as" && p == "such" || f == "как" && (strings.HasPrefix(p, "так") || p == ",") && k >= 2 && strings.HasPrefix(toks[k-2].Fold, "так") {
			return true
		}
		if f == "." || f == ";" {
			return false
		}
	}
	return false
}

// reportedByMemberOf reports a sentence that gives a person of body as the
// source («Об этом сообщил ТАСС член ЦИК РФ X»).
func (a *Analysis) reportedByMemberOf(i int, body string) bool {
	if a.findStem(i, 0, speechVerbs...) < 0 {
		return false
	}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindPerson && a.personOrg(m) == body {
			return true
		}
	}
	return false
}

// namesBodyOf reports whether sentence i names a body of country cc by
// its name («ЦИК Казахстана»), not by a delegation or colleagues.
func (a *Analysis) namesBodyOf(i int, cc string) bool {
	for _, m := range a.Mentions[i] {
		if (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && m.Via != ViaAdj && graph.CountryOf(m.Key) == cc {
			return true
		}
	}
	return false
}

// intentNouns are nouns of intent a state's name follows in the genitive
// before a verb of sending («о готовности Японии направить», "the decision
// of Japan to send").
var intentNouns = []string{"готовност", "намерени", "решени", "желани", "планах", "планы", "readiness", "willingness", "intention", "decision", "plan"}

// countrySendsObservers reports a country mention m that stands for the
// observers: the subject at the start of the sentence («Казахстан
// направил …»), after «представители/делегация/наблюдатели (от/из)», or an
// adjective on «наблюдатели/делегация» («узбекские наблюдатели»).
func (a *Analysis) countrySendsObservers(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	if m.Via == ViaAdj {
		// «казахстанские наблюдатели»: the country's government, unless the
		// article names the country's election body
		if a.bodyCountries == nil {
			a.bodyCountries = map[string]bool{}
			for k := range a.Mentions {
				for _, o := range a.Mentions[k] {
					if o.Kind == graph.KindBody || o.Kind == graph.KindSubBody {
						a.bodyCountries[graph.CountryOf(o.Key)] = true
					}
				}
			}
		}
		if a.bodyCountries[m.Key] {
			return false
		}
		return m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, []string{"наблюдател", "делегаци", "observer", "delegation"})
	}
	if m.Via != ViaName && m.Via != ViaAbbrev {
		return false
	}
	if f := m.Tok0 - 1; f >= 1 && (toks[f].Fold == "from" || toks[f].Fold == "the" && f >= 2 && toks[f-1].Fold == "from") && a.hasPhrase(i, "наблюдател", "observer", "monitor") {
		// "six election observers, including two from China, three from
		// the Netherlands": a count of them from each country
		if toks[f].Fold == "the" {
			f--
		}
		if n := toks[f-1]; n.Kind == text.Number || contains(numberWords, n.Fold) {
			return true
		}
	}
	if m.Tok0 >= 3 && isDash(toks[m.Tok0-1]) && toks[m.Tok0-2].Kind == text.Number && len(toks[m.Tok0-2].Text) <= 3 && (toks[m.Tok0-3].Text == "," || isConj(toks[m.Tok0-3])) && a.hasPhrase(i, "наблюдател", "observer") {
		// «37 наблюдателей БДИПЧ, 17 наблюдателей от ПА СНГ, 5 - Турции»:
		// a count of observers, then whence they come
		return true
	}
	if p := m.Tok0 - 1; p >= 2 && toks[p].Text == "(" && hasAnyPrefix(toks[p-1].Fold, []string{"государств", "стран", "country", "state"}) && a.hasPhrase(i, "наблюдател", "observer") {
		// «254 — от международных организаций и один — от иностранного
		// государства (Кыргызстан)»: the state in brackets sends one
		for k := p - 2; k >= 0 && k >= p-3; k-- {
			if f := toks[k].Fold; f == "от" || f == "из" || f == "from" {
				return true
			}
		}
	}
	if a.openedList(i, m) {
		// «… аккредитовано 23 представителя государств ЕС. Это Германия,
		// Литва, Польша …»: the states of the observers just counted
		return true
	}
	// «наблюдатели от Узбекистана, Киргизии и Таджикистана», "diplomatic
	// missions of the United States, Russia and China": the list is decided
	// by its first country
	m = a.listHead(i, m)
	k := m.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "от" || toks[k].Fold == "из" || toks[k].Fold == "from" || toks[k].Fold == "of" || toks[k].Fold == "the" || strings.HasPrefix(toks[k].Fold, "республик")) {
		k--
		// "the visitors are from …", "delegates who came from …"
		if k >= 1 && toks[k+1].Fold == "from" && contains([]string{"are", "were", "come", "came", "arrived"}, toks[k].Fold) {
			k--
		}
	}
	// "observers from 20 countries, including India, Russia and Japan",
	// «наблюдатели из 20 стран, в том числе …»
	if k >= 0 && k == m.Tok0-1 && contains([]string{"includes", "include", "included", "comprising", "comprises", "включает", "включала", "включая"}, toks[k].Fold) &&
		wordBeforeInClause(toks, k, 6, func(f string) bool {
			return hasAnyPrefix(f, []string{"observer", "наблюдател", "mission", "мисси"})
		}) {
		// "an international observer force that also includes Australia,
		// New Zealand …": the observers' group just before the verb
		return true
	}
	if k >= 1 && toks[k].Fold == "those" && (toks[k-1].Fold == "including" || toks[k-1].Fold == "as" && k >= 2 && toks[k-2].Fold == "such") && k+1 < m.Tok0 && toks[k+1].Fold == "from" {
		k-- // "including those from Australia, Canada …", "such as those from …"
	}
	if k >= 0 && (toks[k].Fold == "including" || toks[k].Fold == "namely" || toks[k].Fold == "числе" && k >= 2 && toks[k-1].Fold == "том" || toks[k].Fold == "as" && k >= 1 && toks[k-1].Fold == "such") {
		if toks[k].Fold == "числе" || toks[k].Fold == "as" {
			k -= 2
			if toks[k+2].Fold == "as" {
				k++
			}
		}
		if c := k - 1; c >= 1 && toks[c].Text == "," && hasAnyPrefix(toks[c-1].Fold, []string{"наблюдател", "observer", "monitor"}) {
			// «89 645 наблюдателей, в том числе из России, аккредитовались»,
			// "observers, including from Russia": some of the observers
			// come from the country
			return true
		}
		for k--; k >= 0 && k >= m.Tok0-16; k-- {
			if f := toks[k].Fold; f == "countries" || (f == "states" || f == "nations") && !toks[k].IsUpper() || strings.HasPrefix(f, "стран") || strings.HasPrefix(f, "государств") || f == "embassies" || strings.HasPrefix(f, "посольств") {
				if placeOfCountries(toks, k) {
					// "deploying observers in as many as 10 countries
					// including Egypt": where they observe, not whence
					return false
				}
				if f := toks[k].Fold; (f == "embassies" || strings.HasPrefix(f, "посольств")) && a.hasPhrase(i, "наблюд", "observ") {
					// "embassies participating through their own budgets,
					// such as those from Australia, Canada …": the states
					// whose embassies observe
					return true
				}
				// "Thirty countries have been accredited to observe the
				// elections, including Kenya": the countries observe
				for k2 := k + 1; k2 < m.Tok0; k2++ {
					if hasAnyPrefix(toks[k2].Fold, []string{"observ", "monitor", "наблюда"}) {
						return true
					}
				}
				if k == 0 || k == 1 && toks[0].Fold == "the" {
					// "Countries such as Argentina, Chile and Peru will
					// accompany the electoral process": the list is the
					// subject of the verb of observing after it
					last := m.Tok1
					for _, o := range a.Mentions[i] {
						if o.Kind == graph.KindCountry && o.Tok0 >= last && o.Tok0 <= last+3 && !slices.ContainsFunc(toks[last:o.Tok0], func(t text.Token) bool {
							return t.Text != "," && !isConj(t) && t.Fold != "the"
						}) {
							last = o.Tok1
						}
					}
					if observesAfter(toks, last) {
						return true
					}
				}
				// the observers or delegations of those countries, earlier
				// in the clause ("observers from the OSCE and several countries")
				for k2 := k - 1; k2 >= 0 && k2 >= k-15; k2-- {
					if toks[k2].Kind == text.Punct && toks[k2].Text != "," && toks[k2].Text != "-" {
						return false
					}
					if hasAnyPrefix(toks[k2].Fold, senderNouns) {
						return true
					}
				}
				return false
			}
		}
		return false
	}
	if k >= 0 && k == m.Tok0-1 && contains([]string{"are", "were", "include", "includes", "included"}, toks[k].Fold) &&
		wordBeforeInClause(toks, k, 15, func(f string) bool { return f == "countries" || f == "states" || f == "nations" }) {
		// "Asian countries that are accredited to observe the elections are
		// China, India …": the countries the clause's subject spoke of
		return true
	}
	if k < 0 || toks[k].Fold == "that" || toks[k].Fold == "что" || introEndsAt(toks, k) {
		// «Казахстан направил …», "Azerbaijan, Kyrgyzstan to send observers
		// …", "… revealed that Indonesia, Thailand and Cambodia have
		// confirmed their participation", "At the invitation of X,
		// Australia will observe …": the list is the clause's subject
		if k >= 0 && k != m.Tok0-1 {
			return false
		}
		end := a.countryListEnd(i, m)
		return sendsAfter(toks, end) || observesAfter(toks, end)
	}
	if k >= 0 && hasAnyPrefix(toks[k].Fold, intentNouns) && sendsAfter(toks, a.countryListEnd(i, m)) {
		// «сообщил о готовности Японии направить наблюдателей», "the
		// decision of Japan to send observers": the state that means to
		// send them
		return true
	}
	if k == m.Tok0-1 && hasAnyPrefix(toks[k].Fold, []string{"направил", "прислал", "отправил"}) {
		// «Больше всего наблюдателей направили Россия, Казахстан и
		// Турция»: the subject after the verb, the observers before it
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			if hasAnyPrefix(toks[n].Fold, []string{"наблюдател", "делегаци", "представител"}) {
				return true
			}
		}
	}
	if toks[k].Text == "," && k == m.Tok0-1 && sendsAfter(toks, a.countryListEnd(i, m)) {
		// "Aside from the EU delegation, …, Japan and the United States
		// will also send their contingents": a clause of its own
		return true
	}
	if k == m.Tok0-1 && (toks[k].Text == "," || isConj(toks[k])) && a.mixedListAfterSender(i, m) {
		// «представителей БДИПЧ ОБСЕ, МПА СНГ, США и Туркменистана»
		return true
	}
	if h := a.listHead(i, m); h.Tok0 >= 2 && (toks[h.Tok0-1].Fold == "из" || toks[h.Tok0-1].Fold == "from") && wordBeforeInClause(toks, h.Tok0-1, 8, func(f string) bool { return hasAnyPrefix(f, []string{"наблюдател", "observer"}) }) &&
		wordBeforeInClause(toks, h.Tok0-1, 4, func(f string) bool {
			return hasAnyPrefix(f, []string{"приед", "прибуд", "прибыл", "прилет", "arriv", "came", "come", "travel"})
		}) {
		// «Больше всего иностранных наблюдателей приедут в Украину из
		// Дании», "observers will arrive in Harare from Kenya": whence the
		// observers come, past the verb and where they go
		return true
	}
	if c := groupCountriesBefore(toks, a.listHead(i, m).Tok0); c >= 1 {
		// "The other monitors are from SAARC countries of Pakistan,
		// Bangladesh …", «наблюдатели из стран СНГ — Армении, …»: the
		// countries of a group whence the observers come
		for n := c - 1; n >= 0 && n >= c-4; n-- {
			if f := toks[n].Fold; f == "from" || f == "из" || f == "от" {
				if n > 1 && toks[n-1].Text == "," {
					// («наблюдатели, аккредитованные ЦИК России, из …»)
					if q := participleClauseStart(toks, n-1); q != n-1 {
						n = q + 1
					}
				}
				return n > 0 && wordBeforeInClause(toks, n, 4, func(f string) bool { return hasAnyPrefix(f, senderNouns) || strings.HasPrefix(f, "monitors") })
			}
		}
	}
	if h := a.listHead(i, m); h.Tok0 >= 4 && (toks[h.Tok0-1].Fold == "от" || toks[h.Tok0-1].Fold == "из") && isDash(toks[h.Tok0-2]) &&
		(toks[h.Tok0-3].Kind == text.Number || contains(numberWords, toks[h.Tok0-3].Fold)) && (toks[h.Tok0-4].Text == "," || toks[h.Tok0-4].Text == ":" || isConj(toks[h.Tok0-4])) && a.hasPhrase(i, "наблюдател") {
		// «шесть наблюдателей … от Великобритании, один - от Японии», «а
		// именно: 21 - от Германии»: a count of observers, then whence
		// they come
		return true
	}
	if k >= 1 && k == m.Tok0-1 && (hasAnyPrefix(toks[k].Fold, []string{"представляющ", "представлявш", "representing"}) || (toks[k].Fold == "представляют" || toks[k].Fold == "представляли" || toks[k].Fold == "represent") && (toks[k-1].Fold == "которые" || toks[k-1].Fold == "who")) &&
		wordBeforeInClause(toks, k, 4, func(f string) bool { return hasAnyPrefix(f, []string{"наблюдател", "observer", "monitor"}) }) {
		// «55 наблюдателей, представляющих Азербайджанскую Республику,
		// Республику Беларусь …», «наблюдателей, которые представляют
		// Армению …», "observers representing Kenya and Ghana": the
		// states the observers stand for
		return true
	}
	if k >= 1 && k < m.Tok0-1 && toks[k+1].Fold == "от" && hasAnyPrefix(toks[k].Fold, []string{"зарегистрирован", "аккредитован"}) && hasAnyPrefix(toks[k-1].Fold, senderNouns) {
		// «Шесть наблюдателей зарегистрированы от Великобритании»
		return true
	}
	if k >= 0 && k < m.Tok0-1 && toks[k].Text == "," {
		// «наблюдатели, аккредитованные ЦИК России, из 8 стран»: past a
		// participle's clause to the noun it describes
		k = participleClauseStart(toks, k)
	}
	if k >= 1 && k == m.Tok0-1 && hasAnyPrefix(toks[k].Fold, []string{"сообществ", "community"}) && hasAnyPrefix(toks[k-1].Fold, []string{"наблюдател", "observer"}) {
		return true // «наблюдательского сообщества Белоруссии»: its observers
	}
	return k >= 0 && k < m.Tok0-1 && hasAnyPrefix(toks[k].Fold, senderNouns) ||
		k == m.Tok0-1 && hasAnyPrefix(toks[k].Fold, []string{"представител", "делегаци", "delegation"})
}

// participleClauseStart returns the token before a Russian participle's
// clause set off by commas that ends with the comma at token k («…
// наблюдатели, аккредитованные ЦИК России, …» → «наблюдатели»); k when
// there is none.
func participleClauseStart(toks []text.Token, k int) int {
	for n := k - 1; n >= 1 && n >= k-8; n-- {
		if toks[n].Kind == text.Punct {
			if toks[n].Text == "," && n+1 < k && isParticiple(toks[n+1].Fold) {
				return n - 1
			}
			return k
		}
	}
	return k
}

// isParticiple reports a plural Russian participle («аккредитованные»,
// «прибывших», «представляющие»).
func isParticiple(f string) bool {
	for _, e := range []string{"нные", "нных", "вшие", "вших", "щие", "щих"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+4 {
			return true
		}
	}
	return false
}

// mixedListAfterSender reports a country mention m that goes on a
// coordinated list of organisations and states whose first item follows a
// noun of the people sent («131 представителя БДИПЧ ОБСЕ, МПА СНГ, США и
// Туркменистана», "observers from the OSCE, the EU, Japan and Canada").
func (a *Analysis) mixedListAfterSender(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	ms := a.Mentions[i]
	at := -1
	for n := range ms {
		if ms[n].Tok0 == m.Tok0 {
			at = n
			break
		}
	}
	head, mixed := m, false
	for n := at - 1; n >= 0; n-- {
		p := ms[n]
		actor := p.Kind == graph.KindOrganization || p.Kind == graph.KindCountry || p.Kind == graph.KindBody || p.Kind == graph.KindGovernment
		if !actor || p.Tok1 > head.Tok0 || !countryGap(toks[p.Tok1:head.Tok0]) {
			break
		}
		if p.Kind != graph.KindCountry {
			mixed = true
		}
		head = p
	}
	if !mixed {
		return false
	}
	k := head.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "от" || toks[k].Fold == "из" || toks[k].Fold == "from" || toks[k].Fold == "of" || toks[k].Fold == "the") {
		k--
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, senderNouns)
}

// wordBeforeInClause reports a word among the span tokens before token k,
// up to a punctuation mark other than a comma, whose fold is.
func wordBeforeInClause(toks []text.Token, k, span int, is func(fold string) bool) bool {
	for n := k - 1; n >= 0 && n >= k-span; n-- {
		if toks[n].Kind == text.Punct && toks[n].Text != "," {
			return false
		}
		if is(toks[n].Fold) {
			return true
		}
	}
	return false
}

// organSends reports a state organ mention m (or the list of them it
// belongs to) after a noun of the people it sends: «в составе 40
// представителей парламентов Армении, Беларуси и Казахстана», "delegates
// of the parliaments of Armenia and Belarus" (GOLD.md: a parliament
// acting for the state is CC/GOV).
func (a *Analysis) organSends(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	head := a.listHead(i, m)
	k := head.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "of" || toks[k].Fold == "the" || toks[k].Fold == "from") {
		k--
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, senderNouns)
}

// groupCountriesBefore returns the token of a lower-case noun of countries
// ("countries", «стран») that a list starting at token t0 follows, past an
// organisation's name and "of" or a dash ("SAARC countries of Pakistan",
// «стран СНГ — Армении»), or -1.
func groupCountriesBefore(toks []text.Token, t0 int) int {
	for k := t0 - 1; k >= 0 && k >= t0-4; k-- {
		t := toks[k]
		switch {
		case !t.IsUpper() && (t.Fold == "countries" || t.Fold == "states" || hasAnyPrefix(t.Fold, []string{"стран", "государств"})):
			return k
		case t.Fold == "of" || isDash(t) || t.IsUpper() || t.Text == ":" || t.Fold == "мира" || t.Fold == "world":
			// («из 8 стран мира: Испания, Дания …»)
			continue
		}
		return -1
	}
	return -1
}

// envoyPostedBefore reports an envoy's title just before "to" at token k
// of sentence i ("High Commissioner of Samoa to Fiji", "Ambassador to
// Bangladesh", "US Ambassador of the United States to …").
func (a *Analysis) envoyPostedBefore(i, k int) bool {
	toks := a.Sentences[i].Tokens
	for n := k - 1; n >= 0 && n >= k-6; n-- {
		f := toks[n].Fold
		if f == "ambassador" || f == "commissioner" && n > 0 && toks[n-1].Fold == "high" || f == "envoy" || f == "consul" || f == "representative" && n > 0 && toks[n-1].Fold == "permanent" {
			return true
		}
		if toks[n].Kind == text.Punct {
			return false
		}
	}
	return false
}

// placeOfCountries reports a noun of countries at token k preceded, past a
// count ("as many as 10", «более 20»), by «в», "in" or "to": where
// something happens or is sent, not whose it is.
func placeOfCountries(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0 && n >= k-5; n-- {
		switch f := toks[n].Fold; {
		case f == "in" || f == "to" || f == "в" || f == "во":
			return true
		case toks[n].Kind == text.Number || contains(numberWords, f) || f == "as" || f == "more" || f == "than" || f == "over" || f == "about" || f == "other" || f == "более" || f == "около" || f == "свыше" || f == "других" || f == "ряде" || isAdjective(f):
			continue
		}
		return false
	}
	return false
}

// numberWords are the English and Russian number words a count of people
// is given by.
var numberWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "dozens", "один", "одна", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "несколько"}

// senderNouns name the people a country sends: its representatives,
// delegation, observers, or its diplomatic missions and embassies.
var senderNouns = []string{"представител", "делегаци", "делегат", "наблюдател", "посольств", "дипмисси", "участник", "посетител", "гост", "эксперт", "representative", "delegation", "delegate", "observer", "monitor", "mission", "embass", "participant", "visitor", "members", "guests", "experts"}

// listHead returns the first mention of the coordinated list of mentions
// of m's kind that mention m of sentence i belongs to («… от Узбекистана,
// Киргизии и Таджикистана»: Узбекистана for each; «парламентов Армении,
// Беларуси и Казахстана»), or m.
func (a *Analysis) listHead(i int, m Mention) Mention {
	toks := a.Sentences[i].Tokens
	ms := a.Mentions[i]
	at := -1
	for k := range ms {
		if ms[k].Tok0 == m.Tok0 && ms[k].Kind == m.Kind {
			at = k
			break
		}
	}
	for k := at - 1; k >= 0; k-- {
		p := ms[k]
		if p.Kind != m.Kind || p.Tok1 > m.Tok0 || !countryGap(toks[p.Tok1:m.Tok0]) {
			break
		}
		m = p
	}
	return m
}

// countryListEnd returns the token after the last country of the
// coordinated list that country mention head opens.
func (a *Analysis) countryListEnd(i int, head Mention) int {
	toks := a.Sentences[i].Tokens
	end := head.Tok1
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || m.Tok0 < end {
			continue
		}
		if !countryGap(toks[end:m.Tok0]) {
			break
		}
		end = m.Tok1
	}
	return end
}

// sendsAfter reports a verb of sending observers, or of confirming one's
// part in an election, at token k: «направил(и)», «отправят», "sent", "to
// send", "will send", "have confirmed/ratified their participation".
func sendsAfter(toks []text.Token, k int) bool {
	for n := k; n < len(toks) && n <= k+2; n++ {
		f := toks[n].Fold
		if hasAnyPrefix(f, []string{"направ", "отправ", "sent", "send", "dispatch"}) {
			return true
		}
		if hasAnyPrefix(f, []string{"confirmed", "ratified", "подтвердил"}) {
			for p := n + 1; p < len(toks) && p <= n+3; p++ {
				if hasAnyPrefix(toks[p].Fold, []string{"participation", "участи"}) {
					return true
				}
			}
			return false
		}
		switch f {
		case "to", "will", "would", "have", "has", "had", "also", "are", "is", "также", "plans", "planned", "intends", "intended", "plan", "планирует", "планируют", "намерена", "намерен", "намерены", "готова", "готов", "готовы", "собирается", "собираются", "тоже":
			continue // «Япония планирует направить наблюдателей», "Japan plans to send"
		}
		return false
	}
	return false
}

// introEndsAt reports a comma at token k that closes the adverbial phrase
// a sentence opens with ("At the invitation of the Government, …",
// «По приглашению ЦИК, …», "Following the request, …").
func introEndsAt(toks []text.Token, k int) bool {
	if k < 2 || toks[k].Text != "," {
		return false
	}
	if !contains([]string{"at", "on", "upon", "following", "по", "в", "in"}, toks[0].Fold) {
		return false
	}
	for _, t := range toks[1:k] {
		if t.Text == "," {
			return false
		}
	}
	return true
}

// observesAfter reports a verb of observing at token k or after a modal
// or two: "Australia will observe the election", «Россия будет наблюдать».
func observesAfter(toks []text.Token, k int) bool {
	for n := k; n < len(toks) && n <= k+2; n++ {
		f := toks[n].Fold
		if hasAnyPrefix(f, []string{"observe", "monitor", "наблюда", "witness"}) || f == "accompany" {
			// ("will accompany the electoral process": observation's
			// trigger said it is about the election)
			return true
		}
		if !contains([]string{"will", "would", "also", "is", "are", "to", "будет", "будут", "также", "тоже"}, f) {
			return false
		}
	}
	return false
}

// insideParens reports whether token k stands inside parentheses opened
// before it in toks.
func insideParens(toks []text.Token, k int) bool {
	depth := 0
	for _, t := range toks[:k] {
		switch t.Text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// countryGap reports whether only a comma or a conjunction stands between
// two countries of a list.
func countryGap(gap []text.Token) bool {
	// ("Democratic Republic of Congo (DRC), Lesotho": the brackets of an
	// abbreviation)
	return onlyJoiners(withoutCounts(gap), 3, "(", ")")
}

// withoutCounts returns the gap between two items of a list without the
// counts it gives of the first («США (46), ФРГ (8) и Польши», «США — 46
// (!) человек, ФРГ», "the US (12), Japan"), as skipCount reads them.
func withoutCounts(gap []text.Token) []text.Token {
	if !slices.ContainsFunc(gap, func(t text.Token) bool { return t.Text == "(" || isDash(t) }) {
		return gap
	}
	var out []text.Token
	for k := 0; k < len(gap); {
		if n := skipCount(gap, k); n > k {
			k = n
			continue
		}
		out = append(out, gap[k])
		k++
	}
	return out
}

// onlyJoiners reports a gap of one to max tokens, each a comma or a word
// that joins list items («и», «а также», "and", "as well as", "the") or
// one of extra.
func onlyJoiners(gap []text.Token, max int, extra ...string) bool {
	if len(gap) == 0 || len(gap) > max {
		return false
	}
	for _, t := range gap {
		switch t.Fold {
		case ",", "и", "and", "the", "а", "также", "as", "well":
		default:
			if !contains(extra, t.Fold) {
				return false
			}
		}
	}
	return true
}

// electionHosts returns the countries whose elections sentence i names:
// countries after «в/во/in/to» or a visiting verb («посетит Молдову»), or
// right after an election word («выборы Президента Республики Узбекистан»),
// with the enumerations that follow them; else the cities so placed
// («to Tashkent», «в г. Душанбе»).
func (a *Analysis) electionHosts(i int) []string {
	toks := a.Sentences[i].Tokens
	ew := a.electionWord(i)
	placed := func(t0 int) bool {
		if insideParens(toks, t0) {
			// «(организация, признанная нежелательной в РФ)»: an aside
			return false
		}
		k := t0 - 1
		for k >= 0 && (toks[k].Fold == "г" || toks[k].Text == "." || isAdjective(toks[k].Fold) && toks[k].IsUpper()) {
			k--
		}
		if k < 0 {
			return false
		}
		switch f := toks[k].Fold; {
		case f == "to" && k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"extended", "sent", "issued", "addressed", "dispatched"}):
			// "invitations were extended to Cuba and Jamaica": whom, not where
			return false
		case f == "to" && a.envoyPostedBefore(i, k):
			// "High Commissioner of Samoa to Fiji": where the envoy is
			// posted, not where the election is
			return false
		case f == "in" && k >= 2 && toks[k-1].Fold == "elections" && toks[k-2].Fold == "of" && k >= 3 && toks[k-3].IsUpper():
			// "Hughes—Supervisor of Elections in Antigua and Barbuda": the
			// office a person holds there
			return false
		case (f == "в" || f == "во" || f == "in") && k >= 2 && hasAnyPrefix(toks[k-1].Fold, []string{"участк", "stations"}) && (hasAnyPrefix(toks[k-2].Fold, []string{"зарубежн", "заграничн", "overseas", "foreign"}) || k >= 3 && hasAnyPrefix(toks[k-3].Fold, []string{"зарубежн", "заграничн", "overseas", "foreign"})):
			// «на зарубежных участках в Баку, Минске …»: where citizens
			// abroad vote, not where the election is
			return false
		case f == "в" || f == "во" || f == "in" || f == "to" || f == "на":
			return true
		case (f == "всей" || f == "всему") && k > 0 && toks[k-1].Fold == "по" || f == "across" || f == "throughout":
			return true // «по всей Гагаузии», "across Sri Lanka"
		case strings.HasPrefix(f, "посет") || strings.HasPrefix(f, "visit"):
			return true
		case f == "including" || f == "like" || f == "as" && k > 0 && toks[k-1].Fold == "such" || f == "числе" && k > 1 && toks[k-1].Fold == "том":
			// "observers in as many as 10 countries including Egypt",
			// "sent to countries like Egypt": the countries are places
			for n := k - 1; n >= 0 && n >= k-4; n-- {
				if c := toks[n].Fold; c == "countries" || strings.HasPrefix(c, "стран") {
					return placeOfCountries(toks, n)
				}
			}
			return false
		case f == "территории" && k > 0 && (toks[k-1].Fold == "на" || toks[k-1].Fold == "по"):
			// «на территории Воронежской области»: a region, where an
			// election is held; «участки на территории России» are often a
			// foreign election's polling stations abroad
			dm := a.dictAt(i, t0)
			return dm != nil && dm.Entry.Kind == gazetteer.Region
		}
		// «выборы Президента Республики Узбекистан»: right after the
		// election word, in the same phrase ("the poll body yesterday,
		// Japan …" is another; "election observers from the United
		// States" names where they come from)
		limit := 4
		if ew+1 < len(toks) && (strings.HasPrefix(toks[ew+1].Fold, "депутат") || toks[ew+1].Fold == "to") {
			// «выборов депутатов Народного Собрания АТО Гагаузия», "the
			// elections to local self-government bodies of Georgia"
			limit = 6
		}
		if ew < 0 || t0 <= ew || t0-ew > limit {
			return false
		}
		for k := ew + 1; k < t0; k++ {
			if f := toks[k].Fold; f == "from" || f == "из" || f == "от" || isCopula(f) || hasAnyPrefix(f, memberNouns) || toks[k].IsCyrillic() && !toks[k].IsUpper() && pastVerb(f) {
				// «участие в выборах уже подтвердили Беларусь, РФ …»: the
				// subject of a verb after the election word
				// "observers from …"; "the countries invited to observe
				// the elections are Israel, …": no election's place; «за
				// выборами член Парламента Грузии»: the country of a
				// person named next
				return false
			}
		}
		for k := ew + 1; k < t0; k++ {
			if toks[k].Kind == text.Punct && toks[k].Text != "-" {
				return false
			}
		}
		return true
	}
	if cc := a.embassyPollingStation(i); cc != "" {
		return []string{cc}
	}
	var out []string
	prevEnd := -1
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Via != ViaPeople && (possessiveElection(toks, m) || attributiveElection(toks, m)) && !contains(out, m.Key) {
			// "Turkey's referendum", "Sri Lanka's presidential election",
			// "the US presidential elections"
			out = append(out, m.Key)
			continue
		}
		if m.Kind == graph.KindGovernment && ew >= 0 && m.Tok0 > ew && m.Tok0 <= ew+2 && (a.parliament(i, m) || slices.ContainsFunc(toks[m.Tok0:m.Tok1], func(t text.Token) bool { return strings.HasPrefix(t.Fold, "депутат") })) && (placed(m.Tok0) || m.Tok0 > 0 && strings.HasPrefix(toks[m.Tok0-1].Fold, "народн")) && !contains(out, graph.CountryOf(m.Key)) {
			// «на выборах в Парламент Республики Молдова», «выборы
			// народных депутатов Украины»
			out = append(out, graph.CountryOf(m.Key))
			continue
		}
		if m.Kind == graph.KindCountry && m.Via == ViaAdj && isElectionAdj(a, i, m) && !contains(out, m.Key) {
			// "the upcoming Cambodian parliamentary elections"
			out = append(out, m.Key)
			continue
		}
		if m.Kind != graph.KindCountry || m.Via == ViaPeople || m.Via == ViaAdj {
			continue
		}
		enum := prevEnd >= 0 && m.Tok0 > prevEnd && allConj(toks[prevEnd:m.Tok0])
		if placed(m.Tok0) || enum {
			if !contains(out, m.Key) {
				out = append(out, m.Key)
			}
			prevEnd = m.Tok1
		}
	}
	if len(out) == 0 {
		for _, dm := range a.dict[i] {
			// a city, or a region («в Московской области»)
			if (dm.Entry.Kind == gazetteer.City || dm.Entry.Province && provincePlaced(toks, dm.Start) || dm.Entry.Kind == gazetteer.Region && a.regionNounAfter(i, dm.End)) && placed(dm.Start) && !contains(out, dm.Entry.Key) {
				// (a province: «По всей Гагаузии открылись участки … выборов
				// башкана»)
				out = append(out, dm.Entry.Key)
			}
		}
	}
	return out
}

// provincePlaced reports a province at token k placed by «в», «во» or
// «по всей» right before it.
func provincePlaced(toks []text.Token, k int) bool {
	if k < 1 {
		return false
	}
	f := toks[k-1].Fold
	return f == "в" || f == "во" || (f == "всей" || f == "всему") && k >= 2 && toks[k-2].Fold == "по"
}

// programmeOrganisers returns the actors sentence i names as organising or
// hosting a programme or an event ("under the US Election Program, which
// was hosted by IFES", "the IEVP organised by the ECI"): they run it, the
// visitors observe.
func (a *Analysis) programmeOrganisers(i int) []string {
	toks := a.Sentences[i].Tokens
	var out []string
	for _, m := range a.Mentions[i] {
		k := m.Tok0 - 1
		if k >= 0 && toks[k].Fold == "the" {
			k--
		}
		if k >= 2 && toks[k].Fold == "with" && contains([]string{"partnership", "collaboration", "cooperation", "co-operation", "jointly", "together"}, toks[k-1].Fold) {
			// "organised by the ECI in partnership with the UNDP": a
			// co-organiser, after the one "by" names
			if by := slices.IndexFunc(toks[:k], func(t text.Token) bool { return t.Fold == "by" }); by > 0 && hasAnyPrefix(toks[by-1].Fold, []string{"organi", "hosted", "conducted", "sponsored"}) {
				k = by
			}
		}
		if k < 1 || toks[k].Fold != "by" || !hasAnyPrefix(toks[k-1].Fold, []string{"organi", "hosted", "conducted", "sponsored", "run", "funded"}) {
			continue
		}
		// what was organised: a programme or an event a few words before,
		// not a mission («a mission organised by the CIS» observes)
		for n := k - 2; n >= 0 && n >= k-12; n-- {
			if hasAnyPrefix(toks[n].Fold, []string{"mission", "observ", "team", "group"}) {
				break
			}
			if hasAnyPrefix(toks[n].Fold, []string{"program", "visit", "tour", "conference", "seminar", "workshop", "training", "course", "forum", "event"}) {
				if key := a.actorKey(m); key != "" {
					out = append(out, key) // (its abbreviation in brackets after it has the same key)
				}
				break
			}
		}
	}
	return out
}

// attributiveElection reports a country's name used as an attribute of an
// English election noun: "the US presidential elections", "the Sri Lanka
// general election", "the Nepal polls".
func attributiveElection(toks []text.Token, m Mention) bool {
	if m.Tok0 == 0 || toks[m.Tok0-1].Fold != "the" || toks[m.Tok0].IsCyrillic() {
		return false
	}
	k := m.Tok1
	for n := 0; n < 2 && k < len(toks) && contains([]string{"presidential", "parliamentary", "general", "legislative", "local", "municipal", "national", "provincial", "regional", "midterm", "by-election", "snap", "early"}, toks[k].Fold); n++ {
		k++
	}
	return k < len(toks) && contains([]string{"election", "elections", "polls", "referendum", "vote"}, toks[k].Fold)
}

// embassyPollingStation returns the state whose embassy holds a polling
// station in sentence i («на избирательном участке, открытом при посольстве
// Беларуси в Кишиневе», "a polling station at the Embassy of Kazakhstan in
// Seoul"): the election is that state's, wherever the embassy stands; ""
// when the sentence names none.
func (a *Analysis) embassyPollingStation(i int) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindGovernment {
			continue
		}
		at := m.Tok0
		if !hasAnyPrefix(toks[at].Fold, []string{"посольств", "embassy"}) && !(at > 0 && hasAnyPrefix(toks[at-1].Fold, []string{"посольств", "embassy"})) {
			continue
		}
		// the station noun right before: «участке(, открытом) при
		// посольстве X», "polling station at the Embassy of X" (not
		// «посетив участки вместе с сотрудниками посольства X»)
		k := at - 1
		if k >= 0 && (toks[k].Fold == "the" || toks[k].Fold == "территории") {
			k--
		}
		if k >= 0 && (toks[k].Fold == "при" || toks[k].Fold == "в" || toks[k].Fold == "at" || toks[k].Fold == "in") {
			k--
			if k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"открыт", "opened", "set"}) {
				k--
			}
			if k >= 0 && toks[k].Text == "," {
				k--
			}
			if k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"участк", "station"}) {
				return graph.CountryOf(m.Key)
			}
		}
	}
	return ""
}

// memberNouns name people who belong to a body or a mission, not an office
// that is elected: after an election word they begin another phrase.
var memberNouns = []string{"член", "председател", "секретар", "заместител", "руководител", "сотрудник", "представител", "делегаци", "наблюдател", "эксперт", "member", "observer", "delegat", "representative", "chairperson", "chairman", "secretary"}

// memberNounBefore reports a member noun among the three tokens before
// token t of sentence i, after token ew: «выборами член Парламента Грузии».
func (a *Analysis) memberNounBefore(i, ew, t int) bool {
	return wordBeforeInClause(a.Sentences[i].Tokens, t, min(3, t-ew-1), func(f string) bool { return hasAnyPrefix(f, memberNouns) })
}

// regionNounAfter reports whether token k of sentence i is a region noun
// («области», «крае», «районе»), so that a regional adjective before it
// names a region and not, say, a street or a newspaper.
func (a *Analysis) regionNounAfter(i, k int) bool {
	toks := a.Sentences[i].Tokens
	if k >= len(toks) {
		return false
	}
	switch text.Stem(toks[k].Fold) {
	case "област", "кра", "район", "округ":
		return true
	}
	return false
}

// parliamentElection returns the country of a national parliament named
// with an election word in sentence i («на выборах в Мажилис», "elections to
// the Jogorku Kenesh"), or of an election only one country names so
// ("the harmonised elections"; data/home_signals.tsv), or nil.
func (a *Analysis) parliamentElection(i int) []string {
	ew := a.electionWord(i)
	if ew < 0 {
		return nil
	}
	toks := a.Sentences[i].Tokens
	for _, sg := range a.signals {
		if sg.What != "parliament" && sg.What != "election" || !a.hasPhrase(i, sg.Prefix) {
			continue
		}
		// the chamber after the election word («выборы в Мажилис») or
		// right before it ("the Lok Sabha elections"), not a title's ("Vice
		// Speaker of Milli Mejlis, … election monitoring")
		for k := max(0, ew-3); k < len(toks); k++ {
			if k == ew {
				continue
			}
			if strings.HasPrefix(toks[k].Fold, sg.Prefix) || wordsPrefixAt(toks, k, sg.Prefix) {
				return []string{sg.Country}
			}
		}
	}
	return nil
}

// officeOfPerson reports whether country mention m of sentence i names the
// office of the person named right after it: "a mission led by former
// President of Sierra Leone Ernest Koroma", «во главе с экс-президентом
// Сьерра-Леоне Эрнестом Коромой». The country is the person's, not an
// election's place.
func (a *Analysis) officeOfPerson(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	k := m.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "of" || toks[k].Fold == "the") {
		k--
	}
	if k < 0 || !hasAnyPrefix(toks[k].Fold, headsOfState) && !hasAnyPrefix(toks[k].Fold, []string{"minister", "министр", "ambassador", "посл", "speaker", "спикер", "vice-president", "вице-президент"}) {
		return false
	}
	for _, p := range a.Mentions[i] {
		if p.Kind == graph.KindPerson && p.Tok0 >= m.Tok1 && p.Tok0 <= m.Tok1+1 {
			return true
		}
	}
	return false
}

// countriesAfterElection returns countries named by name or abbreviation
// after the election word, at any distance: «выборами депутатов в Сенат
// Парламента РК».
func (a *Analysis) countriesAfterElection(i int) []string {
	ew := a.electionWord(i)
	if ew < 0 {
		return nil
	}
	var out []string
	toks := a.Sentences[i].Tokens
	lastParl := -1
	for _, m := range a.Mentions[i] {
		if m.Tok0 > ew && m.Kind == graph.KindCountry && (m.Via == ViaName || m.Via == ViaAbbrev) && !contains(out, m.Key) && !a.memberNounBefore(i, ew, a.listHead(i, m).Tok0) && !a.officeOfPerson(i, m) {
			// "election observers from the United States, Russia and
			// India": where the observers come from, not where they observe
			if h := a.listHead(i, m); h.Tok0 > 0 {
				p := h.Tok0 - 1
				if p > 0 && toks[p].Fold == "the" {
					p--
				}
				if isCopula(toks[p].Fold) {
					continue // "… the elections are Israel, South Africa and Brazil"
				}
				// "delegates from 23 countries including Bhutan and Mongolia",
				// «наблюдатели из 20 стран, в том числе …»: back past the count
				if q := beforeIncluding(toks, p); q != p {
					p = q
				} else if c := a.findStem(i, 0, "countries", "states", "nations", "стран", "государств"); introducesExamples(toks, p) && c >= 0 && c < ew {
					// "Thirty countries have been accredited to observe the
					// elections, including Kenya and Uganda": examples of
					// the countries that observe, not of the elections
					continue
				}
				if f := toks[p].Fold; f == "from" || f == "из" || f == "от" {
					continue
				}
			}
			out = append(out, m.Key)
		}
		// «выборами депутатов в Сенат Парламента РК»: the chamber's country;
		// «парламента Таджикистана и Киргизии»: and the countries the
		// chamber's name goes on with
		if m.Tok0 > ew && m.Kind == graph.KindGovernment && (a.parliament(i, m) || lastParl >= 0 && m.Tok0 > lastParl && allConj(toks[lastParl:m.Tok0])) && !contains(out, graph.CountryOf(m.Key)) {
			out = append(out, graph.CountryOf(m.Key))
			lastParl = m.Tok1
		}
	}
	return out
}

// beforeIncluding steps back from token p, the last word before a list,
// over "(from) 23 countries (,) including", «(из) 20 стран, в том числе»,
// "such as", to the word before the count; p itself when the words are
// not there.
func beforeIncluding(toks []text.Token, p int) int {
	n := examplesMarker(toks, p)
	if n == 0 {
		return p
	}
	k := p - n
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 0 || !hasAnyPrefix(toks[k].Fold, []string{"countr", "стран", "государств", "states"}) {
		return p
	}
	k--
	if k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"иностранн", "зарубежн", "foreign", "other"}) {
		k--
	}
	if k >= 0 && toks[k].Kind == text.Number {
		k--
	}
	if k < 0 {
		return p
	}
	return k
}

// introducesExamples reports "including", "such as", «включая», «в том
// числе» ending at token p.
func introducesExamples(toks []text.Token, p int) bool {
	return examplesMarker(toks, p) > 0
}

// examplesMarker returns how many words "including", «включая», «в том
// числе», "such as" ending at token p have, 0 when none ends there.
func examplesMarker(toks []text.Token, p int) int {
	switch {
	case p >= 0 && (toks[p].Fold == "including" || toks[p].Fold == "включая"):
		return 1
	case p >= 2 && toks[p].Fold == "числе" && toks[p-1].Fold == "том" && toks[p-2].Fold == "в":
		return 3
	case p >= 1 && toks[p].Fold == "as" && toks[p-1].Fold == "such":
		return 2
	}
	return 0
}

// isCopula reports an English copula that opens a list ("are", "were",
// "include").
func isCopula(f string) bool {
	switch f {
	case "are", "were", "is", "was", "include", "includes", "included":
		return true
	}
	return false
}

// electionWord returns the first election word of sentence i that is not
// a word of a name or a title ("the Election Commission", "two election
// commissioners from Sri Lanka"), or -1.
func (a *Analysis) electionWord(i int) int {
	// asked by several rules of each sentence: found once
	if a.elWord == nil {
		a.elWord = make([]int, len(a.Sentences))
		for k := range a.elWord {
			a.elWord[k] = -2
		}
	}
	if a.elWord[i] == -2 {
		a.elWord[i] = a.findElectionWord(i)
	}
	return a.elWord[i]
}

// findElectionWord is electionWord without the cache.
func (a *Analysis) findElectionWord(i int) int {
	ew := a.findStem(i, 0, electionWords...)
	for ew >= 0 && (a.inNameOrTitle(i, ew) || a.inEventTopic(i, ew) || inQuotedTitle(a.Sentences[i].Tokens, ew)) {
		ew = a.findStem(i, ew+1, electionWords...)
	}
	if ew < 0 {
		// «работают на избирательных участках Таджикистана», "visited
		// polling stations in Nepal": where people vote is an election's
		// place
		if k := a.findStem(i, 0, "участк", "stations"); k > 0 {
			if p := a.Sentences[i].Tokens[k-1].Fold; strings.HasPrefix(p, "избирательн") || p == "polling" {
				return k
			}
		}
	}
	return ew
}

// parliament reports whether government mention m names a parliament or
// one of its chambers («Сенат Парламента РК», «Национальное собрание»).
func (a *Analysis) parliament(i int, m Mention) bool {
	for k := m.Tok0; k < m.Tok1; k++ {
		if hasAnyPrefix(a.Sentences[i].Tokens[k].Fold, []string{"парламент", "мажилис", "сенат", "собрани", "совет", "parliament", "assembly"}) {
			return true
		}
	}
	return false
}

func allConj(toks []text.Token) bool {
	for _, t := range toks {
		if !isConj(t) {
			return false
		}
	}
	return len(toks) > 0
}

// isElectionAdj reports «президентские выборы в России» style adjectives that
// qualify the election itself («российских выборах»).
// The kind of the election may stand between («Cambodian parliamentary
// elections», «киргизских президентских выборах»).
func isElectionAdj(a *Analysis, i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	k := m.Tok1
	// ("the Bhutanese National Council elections": a chamber's English
	// name between, capitalised)
	for n := 0; n < 3 && k < len(toks) && (hasAnyPrefix(toks[k].Fold, electionKinds) || toks[k].Kind == text.Word && !toks[k].IsCyrillic() && toks[k].IsUpper() && !hasAnyPrefix(toks[k].Fold, []string{"election", "poll"})); n++ {
		k++
	}
	if k >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"выбор", "election", "polls"}) {
		return false
	}
	// "Russian election observers", "American election experts": the
	// adjective is the people's, not the election's
	return k+1 >= len(toks) || !hasAnyPrefix(toks[k+1].Fold, []string{"observer", "expert", "official", "commission", "monitor", "body", "bodies", "administrator", "management", "наблюдател", "эксперт", "комисси"})
}

// electionKinds are the adjectives of an election's kind.
var electionKinds = []string{"parliamentary", "presidential", "general", "local", "legislative", "municipal", "provincial", "regional", "snap", "парламентск", "президентск", "местн", "муниципальн", "всеобщ", "досрочн", "региональн"}

// firstMentionAfter returns the token index of the first actor or person
// mention after token j of sentence i, or a large number.
func (a *Analysis) firstMentionAfter(i, j int) int {
	for _, m := range a.Mentions[i] {
		if m.Tok0 > j && m.Kind != graph.KindCountry {
			return m.Tok0
		}
	}
	return 1 << 30
}

// AwardRule finds awards: «Нурлан Абдиров вручил Бахтиёру Худоерзоде
// ведомственную медаль «За вклад …»», «наградил … почетной грамотой»,
// «awarded». From is the giver's body, to the person (or body) after the
// verb, the award its quoted name.
type AwardRule struct{}

// Run adds award facts.
func (r AwardRule) Run(a *Analysis) {
	defer a.headlineAwards()
	for i := range a.Sentences {
		j := a.findStem(i, 0, "вручил", "вручен", "наградил", "наградить", "наградит", "наградят", "вручит", "вручат", "вручить", "награжд", "награжден", "удостоен", "award", "presented", "conferred", "honoured", "honored")
		if r := a.findStem(i, 0, "recognised", "recognized"); r > 0 && (j < 0 || r < j) && contains([]string{"been", "was", "were", "is", "be"}, a.Sentences[i].Tokens[r-1].Fold) && a.hasPhrase(i, "award", "prize") {
			// "X has been recognised by the ICPS at its International
			// Electoral Awards": the passive's subject is awarded
			j = r
		}
		if j < 0 {
			// «Благодарственным письмом ЦИК России отмечен …»: recognised
			// with an award named in the sentence
			j = a.findStem(i, 0, "отмечен", "отмечена", "отмечены")
		}
		if j < 0 && a.hasPhrase(i, "благодарност") {
			// «Глава ЦИК объявила благодарности членам движения …»,
			// «объявлена благодарность»: a letter of thanks given
			if v := a.findStem(i, 0, "объявил", "объявлен", "объявля"); v >= 0 && v+1 < len(a.Sentences[i].Tokens) && hasAnyPrefix(a.Sentences[i].Tokens[v+1].Fold, []string{"благодарност"}) && slices.ContainsFunc(a.Mentions[i], func(m Mention) bool {
				// (by an election body or its officer: not «Путин объявил
				// благодарность артисту …»)
				k := graph.KindOf(m.Key)
				if m.Kind == graph.KindPerson {
					k = graph.KindOf(m.Org)
				}
				return m.Tok1 <= v && (k == graph.KindBody || k == graph.KindSubBody)
			}) {
				j = v
			}
		}
		if j < 0 && a.hasPhrase(i, "звани") {
			// «почётное звание «Заслуженный работник …» присвоили X»,
			// «присвоено звание»: an honorary title conferred
			j = a.findStem(i, 0, "присвоен", "присвоил")
		}
		if j < 0 {
			// "X received a certificate of appreciation from Y": the noun
			// a verb of receiving governs
			for k := range a.Sentences[i].Tokens {
				if _, ok := receivedAward(a.Sentences[i].Tokens, k); ok && !strings.HasPrefix(a.Sentences[i].Tokens[k].Fold, "award") {
					j = k
					break
				}
			}
		}
		if j < 0 {
			a.receivedRussianAward(i)
			continue
		}
		if a.negated(i, j) {
			continue
		}
		toks := a.Sentences[i].Tokens
		if a.wonByAwards(i) {
			continue
		}
		rv, received := receivedAward(toks, j)
		if f := toks[j].Fold; strings.HasPrefix(f, "award") && f != "awarded" && f != "awarding" && !received && !a.hasPhrase(i, "presented", "conferred", "honoured", "honored", "handed", "gave ", "given", "granted", "bestowed", "awarded") {
			// "The awards ceremony was organized by the ICPS": the noun
			// with no one giving or receiving
			continue
		}
		name := quotedAwardName(a.Sentences[i])
		if name == "" && !sourceQuotedAfter(toks, j) {
			name = quotedAfter(a.Sentences[i], j)
		}
		if name == "" {
			name = awardName(a.Sentences[i])
		}
		if name == "" && strings.HasPrefix(toks[j].Fold, "наградил") {
			// «ЦИК Узбекистана наградил секретаря ЦИК Казахстана …»: an
			// award the sentence does not name
			name = "награда"
		}
		if name == "" {
			continue
		}
		for _, m := range a.Mentions[i] {
			// «Почётной грамотой Петренко Ольгу Алексеевну»: the name ends
			// before the person it is given to
			if m.Kind == graph.KindPerson && !inAwardName(a.Sentences[i].Tokens, m) && !namesakeAfter(a.Sentences[i].Tokens, m) {
				if at := strings.Index(name, a.Text[m.Start:m.End]); at > 0 {
					name = strings.TrimSpace(name[:at])
				}
			}
		}
		from, to := "", ""
		decree := a.stateGiver(i, j)
		englishPassive := j > 0 && contains([]string{"was", "were", "been", "is", "be"}, toks[j-1].Fold) || received
		// («подписал Указ о награждении … X»: the noun after «о» is no
		// passive; the receiver follows it)
		if f := toks[j].Fold; strings.HasPrefix(f, "награжден") && !(strings.HasPrefix(f, "награждени") && j > 0 && toks[j-1].Fold == "о") || strings.HasPrefix(f, "удостоен") || strings.HasPrefix(f, "вручен") || strings.HasPrefix(f, "отмечен") || strings.HasPrefix(f, "присвоен") || f == "присвоили" || englishPassive || a.impersonalAward(i, j) {
			// passive: «X награжден знаком «…» ЦИК Казахстана» — the receiver
			// before the verb, the giver after it
			from, to = a.passiveAward(i, j)
			if strings.HasPrefix(toks[j].Fold, "присво") {
				// «звание … присвоили Ольге Филипповой»: the one the title
				// is conferred on, in the dative after the verb
				to = ""
				for _, m := range a.Mentions[i] {
					if m.Tok0 > j && m.Kind == graph.KindPerson && !inAwardName(toks, m) {
						to = m.Key
						break
					}
				}
			}
			if rv >= 0 {
				// "X received the Electoral Commission of the Year award
				// (from Y)": the receiver before "received", the giver after
				// the award's name — nothing inside the name
				from, to = a.receivedAwardRoles(i, rv, j)
			}
			if decree != "" {
				from = decree
			}
			if cc := a.awardCountry(i); from == "" && cc != "" {
				// «награждена казахстанским орденом «Достык»»: the state
				// whose award it is gives it
				from = graph.GovernmentKey(cc)
			}
			if from == "" && a.stateOrder(i) {
				// «удостоен ордена «Достык»»: an order is a state's award
				from = graph.GovernmentKey(a.home())
			}
			if from == "" {
				// «Почетными грамотами Общественной палаты награждены …»:
				// the award's owner, named after it, gives it
				from = a.awardOwner(i)
			}
			if from == "" {
				// "… received various awards" at the awards the article
				// says an organisation held
				from = a.awardsOrganiser()
			}
			if from == "" {
				from = a.homeBody()
			}
			receivers := a.receiverList(i, j, to)
			if b := a.onBehalfOf(i); b != "" {
				// "X received an award on behalf of the IEBC": the body
				// he accepted it for is the one awarded
				receivers = []string{b}
			}
			for _, t := range receivers {
				if t != "" && from != t {
					a.emit(graph.Fact{Type: graph.Award, From: from, To: t, Award: name, Evidence: a.evidence(i, "award")})
				}
			}
			continue
		}
		if j > 0 && datives[toks[j-1].Fold] {
			// «…, награду ей вручил посол Казахстана Ермек Кошербаев»: the
			// giver after the verb, the receiver the person before it
			if g, r := a.invertedAward(i, j); g != "" && r != "" && g != r {
				a.emit(graph.Fact{Type: graph.Award, From: g, To: r, Award: name, Evidence: a.evidence(i, "award")})
			}
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok1 <= j {
				switch m.Kind {
				case graph.KindPerson:
					if to == "" && a.objectBeforeVerb(i, m) {
						// «Самого Чурова президент наградит орденом …»: the
						// person in an oblique case before the verb receives it
						to = m.Key
						continue
					}
					// «Президент России Дмитрий Медведев вручил …»: a person
					// of no body leaves the giver named before him
					if o := a.personOrg(m); o != "" {
						from = o
					}
				case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment:
					from = m.Key
				}
			} else {
				// the receiver: the first person after the verb, else the
				// first body («наградил секретаря ЦИК Армении Армена
				// Смбатяна» is Смбатян's)
				switch m.Kind {
				case graph.KindPerson:
					if nominativeTitled(a, i, m) {
						// «Почётную грамоту вручил председатель ЦИК Фёдоров
						// Г.С.»: the subject after the verb hands it over
						continue
					}
					if (to == "" || graph.KindOf(to) != graph.KindPerson) && !inAwardName(toks, m) {
						to = m.Key
					}
				case graph.KindBody, graph.KindSubBody, graph.KindOrganization:
					if to == "" {
						to = m.Key
					}
				case graph.KindGovernment:
					if to == "" && hasAnyPrefix(a.Sentences[i].Tokens[m.Tok0].Fold, []string{"посл", "посольств", "ambassador", "embass"}) {
						// «вручил медаль … Послу Казахстана в России»: the
						// envoy, for his state, when no name is given
						to = m.Key
					}
				}
			}
		}
		if to == "" {
			to = a.objectFirst(i, j)
		}
		if decree != "" {
			from = decree
		}
		if from == "" {
			// «В завершение встречи посол вручил председателю ЦИК орден
			// …»: the envoy the text named with his state; «гость вручил
			// …»: the visitor's side of the meeting just reported
			from = a.envoyBefore(i, j)
			if from == "" {
				from = a.guestSubject(i, j)
			}
		}
		if from == "" {
			from = a.homeBody()
		}
		if o := a.awardOwner(i); o != "" && o != from && graph.KindOf(from) == graph.KindSubBody && graph.KindOf(o) == graph.KindBody && graph.CountryOf(o) == graph.CountryOf(from) {
			// «председатель ТИК … вручил памятную медаль ЦИК РФ …»: a
			// commission below hands over the national body's award; the
			// national body gives it
			from = o
		}
		if to == "" || from == to {
			continue
		}
		receivers := []string{to}
		if graph.KindOf(to) == graph.KindPerson && a.namedAfter(i, j, to) {
			// «вручила грамоты председателю комиссии X и председателю
			// комиссии Y»: every person of the list after the verb
			receivers = receivers[:0]
			for _, r := range a.personReceivers(i, j, to) {
				if a.namedAfter(i, j, r) && r != from {
					receivers = append(receivers, r)
				}
			}
		}
		for _, r := range receivers {
			a.emit(graph.Fact{Type: graph.Award, From: from, To: r, Award: name, Evidence: a.evidence(i, "award")})
		}
	}
}

// objectBeforeVerb reports a person mention m of sentence i written in an
// oblique case («Чурова», «Памфиловой» for «Чуров», «Памфилова») at the
// head of its clause, where an inverted sentence puts its object («Тогда
// как самого Чурова президент наградит …»), with a nominative subject
// after it.
func (a *Analysis) objectBeforeVerb(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	if m.Tok0 > 0 {
		p := toks[m.Tok0-1]
		if p.Kind == text.Word && !contains([]string{"самого", "самой", "и", "а", "как", "также", "тогда"}, p.Fold) {
			return false
		}
	}
	if writtenAsKeyed(toks, m) || !toks[m.Tok1-1].IsCyrillic() {
		return false
	}
	for _, o := range a.Mentions[i] {
		if o.Tok0 >= m.Tok1 && (o.Kind == graph.KindGovernment || o.Kind == graph.KindBody || o.Kind == graph.KindPerson && writtenAsKeyed(toks, o)) {
			return true // a subject named after it
		}
	}
	return false
}

// writtenAsKeyed reports a person mention m whose last word is written as
// the last word of its key, the nominative («Чуров», not «Чурова»).
func writtenAsKeyed(toks []text.Token, m Mention) bool {
	return toks[m.Tok1-1].Fold == text.Fold(m.Key[strings.LastIndexByte(m.Key, ' ')+1:])
}

// namedAfter reports whether sentence i names the person key after token j.
func (a *Analysis) namedAfter(i, j int, key string) bool {
	for _, m := range a.Mentions[i] {
		if m.Key == key && m.Tok0 > j {
			return true
		}
	}
	return false
}

// onBehalfOf returns the actor named right after "on behalf of", «от
// имени» in sentence i, or "".
func (a *Analysis) onBehalfOf(i int) string {
	toks := a.Sentences[i].Tokens
	for k := 0; k+2 < len(toks); k++ {
		at := -1
		switch {
		case toks[k].Fold == "on" && toks[k+1].Fold == "behalf" && k+3 < len(toks) && toks[k+2].Fold == "of":
			at = k + 3
			if toks[at].Fold == "the" && at+1 < len(toks) {
				at++
			}
		case toks[k].Fold == "от" && toks[k+1].Fold == "имени":
			at = k + 2
		}
		if at < 0 {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 == at && m.Kind != graph.KindPerson && a.actorKey(m) != "" {
				return a.actorKey(m)
			}
		}
		if hasAnyPrefix(toks[at].Fold, []string{"commission", "комисси"}) {
			return a.homeBody() // "on behalf of the Commission": the article's own
		}
	}
	return ""
}

// objectFirst returns the person that sentence i names, not in the
// nominative, before the body, organisation or state that stands right
// before the verb at token j: «Председателя ЦИК Эллу Памфилову Общественная
// палата наградила медалью …» is Памфилова's award, the chamber's gift. ""
// when there is none.
func (a *Analysis) objectFirst(i, j int) string {
	ms := a.Mentions[i]
	giver := -1
	for n, m := range ms {
		if m.Tok1 <= j {
			giver = n
		}
	}
	if giver < 1 || ms[giver].Kind == graph.KindPerson || ms[giver].Kind == graph.KindCountry || ms[giver].Tok1 < j-1 {
		return ""
	}
	toks := a.Sentences[i].Tokens
	for n := giver - 1; n >= 0; n-- {
		m := ms[n]
		if m.Kind != graph.KindPerson || m.Key == "" || a.Text[m.Start:m.End] == m.Key {
			continue
		}
		if m.Tok1 < len(toks) && toks[m.Tok1].Text == "," || a.personOrg(m) == ms[giver].Key {
			// «Нурлан Мажитович Абдиров, председатель ЦИК, наградил …»: the
			// subject set off by its title, the giver's own head
			return ""
		}
		return m.Key
	}
	return ""
}

// receivedRussianAward adds the awards of a Russian sentence that says who
// received them: «Благодарности ЦИК России получили A, B и C», «Николай
// Булаев получил почетную грамоту ЦИК»: the receivers are the persons after
// the verb, else the person before it; the giver the award's owner named
// after its noun, else the state whose order it is.
func (a *Analysis) receivedRussianAward(i int) {
	if !a.hasPhrase(i, "получил", "получит", "получат") {
		return // (asked of nearly every sentence: the phrase index first)
	}
	toks := a.Sentences[i].Tokens
	v := -1
	for k, t := range toks {
		if t.Fold == "получил" || t.Fold == "получила" || t.Fold == "получили" || t.Fold == "получит" || t.Fold == "получат" {
			v = k
			break
		}
	}
	if v < 0 || a.negated(i, v) {
		return
	}
	noun := -1
	first := max(0, v-6)
	if len(toks) > 0 && hasAnyPrefix(toks[0].Fold, []string{"благодарност", "грамот", "медал"}) && v <= 14 {
		first = 0 // «Благодарности за активное содействие … получили X»: the award opens the sentence
	}
	for k := first; k < len(toks) && k <= v+6; k++ {
		if k != v && toks[k].IsCyrillic() && hasAnyPrefix(toks[k].Fold, []string{"благодарност", "грамот", "медал", "орден", "нагрудн", "почетн", "почётн"}) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return
	}
	name := awardName(a.Sentences[i])
	if name == "" {
		return
	}
	from := a.awardOwner(i)
	if from == "" && a.stateOrder(i) {
		from = graph.GovernmentKey(a.home())
	}
	if from == "" {
		// «… объявила благодарности членам движений. Благодарности …
		// получили X и Y»: the giver of the award the sentence before told of
		from = a.awardGiverBefore(i)
	}
	if from == "" {
		return
	}
	var to []string
	last := -1
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindPerson || m.Tok0 <= v || inAwardName(toks, m) {
			continue
		}
		if last >= 0 && !a.coordinated(toks[last:m.Tok0]) {
			break
		}
		to, last = append(to, m.Key), m.Tok1
	}
	if len(to) == 0 {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindPerson && m.Tok1 <= v && m.Tok1 <= noun {
				to = []string{m.Key} // «Николай Булаев получил грамоту ЦИК»
			}
		}
	}
	for _, r := range to {
		if r != from {
			a.emit(graph.Fact{Type: graph.Award, From: from, To: r, Award: name, Evidence: a.evidence(i, "award")})
		}
	}
}

// awardOwner returns the body, organisation or state agency named right
// after an award noun of sentence i («грамотами Общественной палаты»,
// «медалью ЦИК России», "certificate of the Commission"), or "".
// awardGiverBefore returns the giver of an award that one of the two
// sentences before i states, or "".
func (a *Analysis) awardGiverBefore(i int) string {
	for _, f := range a.Doc.Facts {
		if f.Type != graph.Award || len(f.Evidence) == 0 {
			continue
		}
		if k := a.sentenceAt(f.Evidence[0].Start); k >= 0 && k < i && k >= i-2 {
			return f.From
		}
	}
	return ""
}

func (a *Analysis) awardOwner(i int) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		switch m.Kind {
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment:
		default:
			continue
		}
		k := m.Tok0 - 1
		if k >= 1 && (toks[k].Fold == "of" || toks[k].Fold == "the") {
			k--
		}
		if k >= 1 && toks[k].Fold == "of" {
			k--
		}
		if k >= 0 && hasAnyPrefix(toks[k].Fold, awardNouns) && toks[k].Fold != "awarded" {
			return m.Key
		}
	}
	return ""
}

// receivedAwardRoles reads "X received <award> at token j (from Y)": the
// receiver is the last person, else body, before the verb at rv; the giver
// the first body, organisation or state after the award noun.
func (a *Analysis) receivedAwardRoles(i, rv, j int) (from, to string) {
	for _, m := range a.Mentions[i] {
		switch {
		case m.Tok1 <= rv && m.Kind == graph.KindPerson:
			to = m.Key
		case m.Tok1 <= rv && (to == "" || graph.KindOf(to) != graph.KindPerson) && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody):
			to = m.Key
		case m.Tok0 > j && from == "" && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindOrganization || m.Kind == graph.KindGovernment) && !awardCategory(a.Sentences[i].Tokens, m):
			from = m.Key
		}
	}
	return from, to
}

// wonByAwards adds the awards of sentence i stated in the passive with
// their receivers after "by" ("The International Institutional Engagement
// Award was won by the Permanent Electoral Authority of Romania while the
// Electoral Conflict Management Award was jointly won by A and B"), given
// by the organisation whose awards the article tells of; it reports
// whether it added an award (then the sentence is read so only).
func (a *Analysis) wonByAwards(i int) bool {
	toks := a.Sentences[i].Tokens
	read := false
	from, asked := "", false // the awards' organiser, looked up once
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Fold != "won" || toks[k+1].Fold != "by" {
			continue
		}
		aux := k - 1
		if aux > 0 && (toks[aux].Fold == "jointly" || toks[aux].Fold == "also") {
			aux--
		}
		if toks[aux].Fold != "was" && toks[aux].Fold != "were" && toks[aux].Fold != "is" {
			continue
		}
		noun := aux - 1
		if noun < 0 || !hasAnyPrefix(toks[noun].Fold, receivedAwardNouns) {
			continue
		}
		if !asked {
			from, asked = a.awardsOrganiser(), true
		}
		if from == "" {
			continue // (the sentence is read as usual)
		}
		start := noun
		for start > 0 && toks[start-1].Text != "," && toks[start-1].Fold != "while" && toks[start-1].Fold != "whereas" && toks[start-1].Text != ";" {
			start--
		}
		part := a.Sentences[i]
		part.Tokens = toks[start : noun+1] // (the name before "was won", in its clause)
		name := awardName(part)
		for _, m := range a.listAfter(i, k+1) {
			if m.Key != from && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindPerson) {
				a.emit(graph.Fact{Type: graph.Award, From: from, To: m.Key, Award: name, Evidence: a.evidence(i, "award")})
				read = true
			}
		}
	}
	return read
}

// awardCategory reports a mention m that names an award's category, not
// its giver: right after "award for", or after "for" with "of the Year"
// after it ("bagged the award for Electoral Commission of the Year").
func awardCategory(toks []text.Token, m Mention) bool {
	k := m.Tok0 - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 0 || toks[k].Fold != "for" {
		return false
	}
	return k > 0 && strings.HasPrefix(toks[k-1].Fold, "award") || m.Tok1+2 < len(toks) && toks[m.Tok1].Fold == "of" && toks[m.Tok1+1].Fold == "the" && toks[m.Tok1+2].Fold == "year"
}

// receiverList returns the receiver to of an award at token j of sentence
// i with the bodies listed with it before the verb ("The electoral bodies
// from Romania, Kenya and Mexico also received awards"): each receives.
func (a *Analysis) receiverList(i, j int, to string) []string {
	if graph.KindOf(to) == graph.KindPerson {
		return a.personReceivers(i, j, to)
	}
	if graph.KindOf(to) != graph.KindBody {
		return []string{to}
	}
	toks := a.Sentences[i].Tokens
	var list []Mention
	for _, m := range a.Mentions[i] {
		if m.Tok1 > j {
			break
		}
		if m.Kind != graph.KindBody {
			continue
		}
		if n := len(list); n > 0 && !allConj(toks[list[n-1].Tok1:m.Tok0]) {
			list = list[:0]
		}
		list = append(list, m)
	}
	var out []string
	for _, m := range list {
		if !contains(out, m.Key) {
			out = append(out, m.Key)
		}
	}
	if !contains(out, to) {
		return []string{to}
	}
	return out
}

// personReceivers returns the persons coordinated with the receiver to in
// sentence i (whose award verb is token j): «награждены заместитель председателя ЦИК X и член ЦИК Y»,
// «X, Y и Z награждены …» — each named after a comma or «и»/"and", with at
// most a title and its body between them.
func (a *Analysis) personReceivers(i, j int, to string) []string {
	toks := a.Sentences[i].Tokens
	var persons []Mention
	at := -1
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindPerson {
			if m.Key == to && at < 0 {
				at = len(persons)
			}
			persons = append(persons, m)
		}
	}
	if at < 0 {
		return []string{to}
	}
	linked := func(p, q Mention) bool {
		gap := toks[p.Tok1:q.Tok0]
		if len(gap) == 0 || len(gap) > 8 || !isConj(gap[0]) && gap[0].Text != "," {
			return false
		}
		for n, t := range gap {
			switch {
			case n == 0, t.Kind != text.Word, t.IsUpper(), hasAnyPrefix(t.Fold, receiverTitles), a.insideMention(i, p.Tok1+n):
			case hasAnyPrefix(t.Fold, receiverBodyWords):
				// «… и секретарь комиссии Армен Смбатян»: the title's body
				// named short
			case isAdjective(t.Fold) || t.Fold == "of" || t.Fold == "the":
			case listJoiners[t.Fold]:
				// «… Андрей Клишас и его заместитель Алексей Александров, а
				// также …», ", as well as his deputy …"
			default:
				return false
			}
		}
		return true
	}
	lo, hi := at, at
	for lo > 0 && linked(persons[lo-1], persons[lo]) {
		lo--
	}
	for hi+1 < len(persons) && linked(persons[hi], persons[hi+1]) {
		hi++
	}
	if hi > lo {
		// a list ends with «и»/"and" («По представлению председателя X,
		// Y награждена …» is no list)
		ends := false
		for _, t := range toks[persons[hi-1].Tok1:persons[hi].Tok0] {
			if t.Fold == "и" || t.Fold == "and" || t.Fold == "также" || t.Fold == "well" {
				ends = true
			}
		}
		if persons[lo].Tok0 > j && !slices.ContainsFunc(toks[persons[hi].Tok1:], func(t text.Token) bool { return t.Kind == text.Word }) {
			// «… отмечены работники комиссий Елена Т., Руслан Э., Наталия
			// П.»: a list after the verb that ends the sentence
			ends = true
		}
		if !ends {
			return []string{to}
		}
	}
	var out []string
	for _, m := range persons[lo : hi+1] {
		if !contains(out, m.Key) {
			out = append(out, m.Key)
		}
	}
	return out
}

// sourceQuotedAfter reports whether the first quote after token j follows
// a verb of reporting («…, – передает "Росбалт"», "reports “…”"): the
// name of a source, not of an award.
func sourceQuotedAfter(toks []text.Token, j int) bool {
	for k := j + 1; k < len(toks); k++ {
		switch toks[k].Text {
		case "«", "\"", "“":
			return false
		}
		if hasAnyPrefix(toks[k].Fold, []string{"переда", "сообща", "пишет", "сообщил", "report", "writes"}) {
			return true
		}
	}
	return false
}

// listJoiners are the words besides a title that may join two receivers of
// one award: «а также», "as well as", and the possessive of «его
// заместитель», "his deputy".
var listJoiners = map[string]bool{"а": true, "также": true, "его": true, "ее": true, "её": true, "их": true, "as": true, "well": true, "his": true, "her": true, "their": true}

// awardsOrganiser returns the organisation the article says organised its
// awards or their ceremony ("The event was organized by the International
// Centre for Parliamentary Studies"), "" when none.
func (a *Analysis) awardsOrganiser() string {
	if !a.hasPhraseAnywhere("award") {
		return ""
	}
	for _, sch := range awardSchemes {
		if a.hasPhraseAnywhere(sch.name) {
			// "clinched the Accessibility Award at the 17th International
			// Electoral Affairs Awards": the scheme's organiser gives it
			return sch.owner
		}
	}
	for i := range a.Sentences {
		v := a.findStem(i, 0, "organized", "organised", "организован", "организова", "hosted", "convened")
		if v < 0 {
			continue
		}
		window := 4
		if toks := a.Sentences[i].Tokens; toks[v].Fold == "hosted" || toks[v].Fold == "convened" {
			// "The ceremony was hosted by the National Electoral Commission
			// of Portugal in partnership with the ICPS": the organisation
			// whose awards they are, named with the host — in the passive
			if v+1 >= len(toks) || toks[v+1].Fold != "by" {
				continue
			}
			window = 15
		}
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindOrganization && m.Tok0 > v && m.Tok0 <= v+window {
				return m.Key
			}
		}
	}
	return ""
}

// awardSchemes are award schemes of the electoral field known by their
// names, with the organisation that runs them (its key). Facts: the
// International Electoral Awards (also called the International Electoral
// Affairs Awards, given at the International Electoral Affairs Symposium)
// are the International Centre for Parliamentary Studies' (ICPS), as the
// ICPS publishes them. Folded phrases, matched at word starts (so a
// phrase also matches its plural).
var awardSchemes = []struct{ name, owner string }{
	{"international electoral award", "ICPS"}, // (and "… awards")
	{"international electoral affairs award", "ICPS"},
	{"international electoral affairs symposium", "ICPS"},
}

// hasPhraseAnywhere reports a phrase in any sentence of the article.
func (a *Analysis) hasPhraseAnywhere(phrase string) bool {
	for i := range a.Sentences {
		if a.hasPhrase(i, phrase) {
			return true
		}
	}
	return false
}

// receivedAward reads the noun of an award at token j as the object of a
// verb whose subject receives it: "has received the highest award from the
// CEC", "won the Electoral Commission of the Year award", "has been granted
// the award of …". ok says so; verb is the token of "received", "won",
// "got", "accepted" when that is the verb, else -1.
func receivedAward(toks []text.Token, j int) (verb int, ok bool) {
	if !hasAnyPrefix(toks[j].Fold, receivedAwardNouns) {
		return -1, false
	}
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		if toks[k].Kind == text.Punct && toks[k].Text != "-" && toks[k].Text != "'" && toks[k].Text != "’" {
			return -1, false
		}
		switch f := toks[k].Fold; {
		case hasAnyPrefix(f, []string{"received", "receives", "won", "wins", "got", "accepted", "winner", "crowned", "bagged", "clinched", "secured", "scooped", "garnered", "earned", "picked"}):
			return k, true
		case (f == "granted" || f == "given" || f == "presented") && k > 0 && contains([]string{"was", "were", "been", "is"}, toks[k-1].Fold):
			return -1, true
		}
	}
	return -1, false
}

// receivedAwardNouns are the English nouns of awards one receives or wins
// ("received a certificate of appreciation from …", "won the trophy").
var receivedAwardNouns = []string{"award", "certificate", "plaque", "trophy", "medal", "prize"}

// stateOrder reports an order («орден», "Order of …") named in sentence i:
// orders are given by states, not by election bodies.
func (a *Analysis) stateOrder(i int) bool {
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if strings.HasPrefix(t.Fold, "орден") || t.Fold == "order" && k+1 < len(toks) && toks[k+1].Fold == "of" {
			return true
		}
	}
	return false
}

// awardCountry returns the country whose award sentence i names by an
// adjective or a name next to the award's noun: «казахстанским орденом»,
// «орден Республики Казахстан», "the Kazakh Order"; else "".
func (a *Analysis) awardCountry(i int) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry && m.Kind != graph.KindGovernment {
			continue
		}
		if m.Via == ViaAdj && m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, decorationNouns) {
			return graph.CountryOf(m.Key)
		}
		if m.Via == ViaName && m.Tok0 > 0 && hasAnyPrefix(toks[m.Tok0-1].Fold, decorationNouns) {
			return graph.CountryOf(m.Key)
		}
		if m.Via == ViaName && m.Tok0 > 1 && hasAnyPrefix(toks[m.Tok0-2].Fold, decorationNouns) && toks[m.Tok0-1].Kind == text.Word && toks[m.Tok0-1].IsUpper() {
			// «орденом Дружбы Казахстана», "the Order of Friendship of X"
			// is a name: the country at its end is the state's award
			return graph.CountryOf(m.Key)
		}
	}
	return ""
}

// soleChair returns the one person the article names as the chairman of
// body ("" when it names none or several): «Председатель ЦИК России
// награжден …» in a title is that person when the text names her.
func (a *Analysis) soleChair(body string) string {
	name := ""
	for _, p := range a.persons.people {
		if p.excluded || p.org != body || p.title != "chairman" {
			continue
		}
		if name != "" && name != p.name() {
			return ""
		}
		name = p.name()
	}
	return name
}

// decorationNouns are the words of a state's decoration.
var decorationNouns = []string{"орден", "медал", "order", "medal"}

// datives are the pronouns that stand for an award's receiver before the
// verb in an inverted clause («награду ей вручил …»).
var datives = map[string]bool{"ей": true, "ему": true, "им": true}

// invertedAward returns the giver and receiver of an award whose verb at
// token j of sentence i follows a dative pronoun: the giver is the actor
// named after the verb (a person stands for the body he serves), the
// receiver the last person named before it, in this sentence or the ones
// before.
func (a *Analysis) invertedAward(i, j int) (from, to string) {
	for _, m := range a.Mentions[i] {
		if m.Tok1 <= j {
			if m.Kind == graph.KindPerson {
				to = m.Key
			}
			continue
		}
		if from != "" {
			break
		}
		switch m.Kind {
		case graph.KindPerson:
			from = a.personOrg(m)
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment:
			from = m.Key
		}
	}
	if to == "" {
		to = a.lastPerson(i)
	}
	return from, to
}

// impersonalAward reports «Ранее Владимира Чурова наградили орденом …»: a
// plural verb with no subject but the one person before it, who is its
// object — the passive in all but form.
func (a *Analysis) impersonalAward(i, j int) bool {
	if f := a.Sentences[i].Tokens[j].Fold; f != "наградили" && f != "удостоили" {
		return false
	}
	persons := 0
	for _, m := range a.Mentions[i] {
		if m.Tok1 > j {
			break
		}
		switch m.Kind {
		case graph.KindPerson:
			persons++
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
			return false
		}
	}
	return persons == 1
}

// inAwardName reports a person mention that is part of an award's name
// («орденом Александра Невского», «медалью имени Николая Гиренко»).
// nominativeTitles are the titles of persons in the nominative: a person
// they name right after an award verb is its subject («вручил председатель
// ЦИК X»), not the receiver (who is in the dative: «председателю»).
var nominativeTitles = map[string]bool{"председатель": true, "глава": true, "член": true, "секретарь": true, "заместитель": true, "руководитель": true, "посол": true, "министр": true, "губернатор": true}

// nominativeTitled reports a person of sentence i whose title, right before
// the name or before the title's body, is in the nominative.
func nominativeTitled(a *Analysis, i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	// past the title's body: «председатель ЦИК Чувашской Республики Фёдоров»
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-6; k-- {
		switch {
		case nominativeTitles[toks[k].Fold]:
			return true
		case toks[k].Text == ",", hasAnyPrefix(toks[k].Fold, receiverTitles), toks[k].Kind == text.Word && !toks[k].IsUpper() && !a.insideMention(i, k):
			return false
		}
	}
	return false
}

// namesakeAfter reports a person named a few words after «имени»/"named
// after" («медаль имени известного правозащитника Николая Гиренко»): the
// award's namesake.
func namesakeAfter(toks []text.Token, m Mention) bool {
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-5; k-- {
		if toks[k].Text == "," {
			return false
		}
		if toks[k].Fold == "имени" || toks[k].Fold == "after" {
			return true
		}
	}
	return false
}

func inAwardName(toks []text.Token, m Mention) bool {
	if m.Tok1+1 < len(toks) && toks[m.Tok1].Text == "," && hasAnyPrefix(toks[m.Tok1+1].Fold, receiverTitles) {
		// «грамотой Петренко Ольгу Алексеевну, председателя комиссии»: a
		// receiver set off by her title
		return false
	}
	if m.Tok1-m.Tok0 == 3 && isPatronymic(toks[m.Tok1-1].Fold) {
		return false // a full name with a patronymic names a receiver
	}
	k := m.Tok0 - 1
	if k >= 0 && toks[k].Fold == "имени" {
		k--
	}
	return k >= 0 && (hasAnyPrefix(toks[k].Fold, awardNouns) && toks[k].Fold != "awarded" || k > 0 && toks[k].Fold == "of" && toks[k-1].Fold == "order")
}

// awardNouns start the name of an award that is not quoted.
var awardNouns = []string{"медал", "орден", "грамот", "нагрудн", "знак", "благодарност", "благодарственн", "диплом", "преми", "почетн", "звани", "medal", "order of", "certificate", "award", "plaque", "trophy", "prize"}

// quotedAwardName returns the quoted name right after an award noun
// anywhere in sentence s («орденом «Данк» награждена …»), or "".
func quotedAwardName(s Sentence) string {
	toks := s.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if hasAnyPrefix(toks[k].Fold, awardNouns) && toks[k].Fold != "awarded" {
			switch toks[k+1].Text {
			case "«", "\"", "“":
				return quotedAfter(s, k)
			}
		}
	}
	return ""
}

// lastPerson returns the person named last before sentence i (within
// three sentences), or "".
func (a *Analysis) lastPerson(i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		for n := len(a.Mentions[k]) - 1; n >= 0; n-- {
			if m := a.Mentions[k][n]; m.Kind == graph.KindPerson {
				return m.Key
			}
		}
	}
	return ""
}

// receiverTitles open the receiver's title after an award's name
// («… почетной грамотой секретаря ЦИК Армении …»).
// receiverBodyWords name a receiver's body short after his title («секретарь
// комиссии», "member of the Commission").
var receiverBodyWords = []string{"комисси", "цик", "избирком", "центризбирком", "commission", "committee"}

var receiverTitles = []string{"секретар", "председател", "член", "заместител", "глав", "руководител", "сотрудник", "посл", "chairman", "chairperson", "secretary", "member", "commissioner", "ambassador"}

// awardName is the unquoted name of an award in sentence s: from the award
// noun (with the adjectives before it) to the next punctuation mark, at most
// ten words: «памятной медалью имени Николая Гиренко».
func awardName(s Sentence) string {
	toks := s.Tokens
	for k, t := range toks {
		if t.Kind != text.Word || !hasAnyPrefix(t.Fold, awardNouns) && !(t.Fold == "order" && k+1 < len(toks) && toks[k+1].Fold == "of") {
			continue
		}
		if t.Fold == "awarded" || t.Fold == "awarding" {
			continue // the verb
		}
		if k+1 < len(toks) && isAdjective(t.Fold) && hasAnyPrefix(toks[k+1].Fold, awardNouns) {
			continue // «почетной грамотой»: the adjective of the noun after it
		}
		start := k
		for start > 0 && toks[start-1].Kind == text.Word && isAdjective(toks[start-1].Fold) && (!toks[start-1].IsUpper() || hasAnyPrefix(toks[start-1].Fold, []string{"почетн", "почётн", "памятн", "юбилейн", "нагрудн"})) && k-start < 2 {
			start--
		}
		if start == k && !t.IsCyrillic() && (t.IsUpper() || k > 0 && toks[k-1].IsUpper() && englishNameWord(toks[k-1])) {
			// ("the Best Electoral Management Body award": a lower-case
			// noun after the name's capitalised words)
			// "the International Electoral Award", "Special State Award":
			// the capitalised words of its English name
			for start > 0 && k-start < 7 {
				if englishNameWord(toks[start-1]) {
					start--
				} else if start > 2 && toks[start-1].Fold == "the" && toks[start-2].Fold == "of" && englishNameWord(toks[start-3]) {
					start -= 3 // "the Electoral Commission of the Year award"
				} else {
					break
				}
			}
		}
		// the award in the nominative: «почетной грамотой» → «почетная грамота»
		var words []string
		head, gender := t.Text, ""
		for _, h := range awardHeads {
			if strings.HasPrefix(t.Fold, h.stem) {
				head, gender = h.nom, h.gender
				break
			}
		}
		for a := start; a < k; a++ {
			words = append(words, nominativeAdjGender(toks[a].Text, gender))
		}
		words = append(words, head)
		end := k + 1
		for end < len(toks) && toks[end].Kind == text.Word && end-start < 10 && !hasAnyPrefix(toks[end].Fold, []string{"за", "for", "от", "from", "награжд", "вручен", "удостоен", "присужд", "получил", "получат", "получит"}) && !contains([]string{"by", "to", "on", "in", "at", "was", "were", "has", "have", "and"}, toks[end].Fold) && !hasAnyPrefix(toks[end].Fold, receiverTitles) {
			// ("the Election Management Award and runners up …": an
			// English name ends before "and")
			end++
		}
		if end > k+1 {
			words = append(words, s.Text[toks[k+1].Start-s.Start:toks[end-1].End-s.Start])
		}
		return strings.Join(words, " ")
	}
	return ""
}

// awardHeads are the nouns of awards in the nominative, with their gender.
var awardHeads = []struct{ stem, nom, gender string }{
	{"медал", "медаль", "f"}, {"грамот", "грамота", "f"}, {"благодарност", "благодарность", "f"},
	{"преми", "премия", "f"}, {"орден", "орден", "m"}, {"знак", "знак", "m"}, {"диплом", "диплом", "m"},
}

// stateGiver returns the government that gives an award in sentence i —
// «Указом Президента Республики Казахстан …», «Президент Узбекистана
// наградил …» — or "".
func (a *Analysis) stateGiver(i, j int) string {
	toks := a.Sentences[i].Tokens
	for k := 0; k < len(toks); k++ {
		f := toks[k].Fold
		if !(strings.HasPrefix(f, "указ") || (strings.HasPrefix(f, "президент") || f == "president" || f == "presidential") && k < j || f == "decree") {
			continue
		}
		for _, m := range a.Mentions[i] {
			// «Президент Кыргызстана», "the President of Kyrgyzstan",
			// "the Kyrgyz President"
			if (m.Tok0 > k && m.Tok0 <= k+4 || m.Tok1 == k && m.Via == ViaAdj) && (m.Kind == graph.KindCountry || m.Kind == graph.KindGovernment) {
				return graph.GovernmentKey(graph.CountryOf(m.Key))
			}
		}
		if strings.HasPrefix(f, "указ") || f == "decree" {
			return graph.GovernmentKey(a.home())
		}
	}
	return ""
}

// passiveAward reads the giver (the first body or organisation after the
// verb at token j) and the receiver (the last person, else body, before it).
func (a *Analysis) passiveAward(i, j int) (from, to string) {
	defer func() {
		if to != "" {
			return
		}
		// «… орденом «Данк» награждена председатель ЦИК Нуржан
		// Шайлдабекова»: the receiver after the verb; «Ранее она была
		// награждена …»: the person named last
		for _, m := range a.Mentions[i] {
			if m.Tok0 > j && m.Kind == graph.KindPerson && !inAwardName(a.Sentences[i].Tokens, m) {
				to = m.Key
				if from == m.Key || from == a.personOrg(m) {
					from = ""
				}
				return
			}
		}
		toks := a.Sentences[i].Tokens
		for k := 0; k < j; k++ {
			switch toks[k].Fold {
			case "он", "она", "ему", "ей", "he", "she":
				// («Ему вручена медаль …»: to him)
				to = a.lastPerson(i)
				return
			}
		}
	}()
	toks := a.Sentences[i].Tokens
	owner := ""
	for _, m := range a.Mentions[i] {
		// «Почетной грамотой ЦИК Кыргызской Республики награжден …»: the
		// body whose award it is gives it
		if m.Tok1 <= j && m.Tok0 > 0 && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindOrganization) {
			// «Медалью «За заслуги» ЦИК России награждены …»: past the
			// award's quoted name too
			if k := beforeQuoted(toks, m.Tok0-1); k >= 0 && (hasAnyPrefix(toks[k].Fold, awardNouns) || k > 0 && strings.HasPrefix(toks[k].Fold, "письм") && strings.HasPrefix(toks[k-1].Fold, "благодарственн")) {
				// («Благодарственным письмом ЦИК России отмечен …»)
				owner = m.Key
			}
		}
	}
	if owner != "" {
		from = owner
	}
	if owner == "" {
		// "X was awarded the Electoral Commission of the Year award by
		// the ICPS": the agent after "by", not a name inside the award's
		for n := j + 1; n < len(toks); n++ {
			if toks[n].Fold != "by" && toks[n].Fold != "from" {
				continue
			}
			for _, m := range a.Mentions[i] {
				if m.Tok0 > n && m.Tok0 <= n+3 && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindOrganization || m.Kind == graph.KindGovernment) {
					owner, from = m.Key, m.Key
					break
				}
			}
			break
		}
	}
	for _, m := range a.Mentions[i] {
		switch {
		case m.Key == owner:
		case m.Tok1 <= j && m.Kind == graph.KindPerson:
			to = m.Key
		case m.Tok1 <= j && to == "" && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody):
			to = m.Key
			if m.Tok0 > 0 && hasAnyPrefix(toks[m.Tok0-1].Fold, []string{"председател", "глава", "chairman", "chairperson"}) {
				// «Председатель ЦИК России награжден …»: its chairman,
				// where the article names him
				if p := a.soleChair(m.Key); p != "" {
					to = p
				}
			}
		case m.Tok0 > j && from == "" && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindOrganization || m.Kind == graph.KindGovernment) && !awardCategory(a.Sentences[i].Tokens, m):
			from = m.Key
		}
	}
	return from, to
}

// beforeQuoted returns k, or the token before the quotation that closes
// at token k («медалью «За заслуги»» → «медалью»); -1 when its opening
// quote is not within the twelve tokens before.
func beforeQuoted(toks []text.Token, k int) int {
	if k < 0 || (toks[k].Text != "»" && toks[k].Text != "\"" && toks[k].Text != "”") {
		return k
	}
	open := map[string]string{"»": "«", "\"": "\"", "”": "“"}[toks[k].Text]
	for n := k - 1; n >= 0 && n >= k-12; n-- {
		if toks[n].Text == open {
			return n - 1
		}
	}
	return -1
}

// quotedAfter returns the first «quoted» text after token j of sentence s.
func quotedAfter(s Sentence, j int) string {
	if j >= len(s.Tokens) {
		return ""
	}
	rest := s.Text[s.Tokens[j].End-s.Start:]
	for _, q := range [][2]string{{"«", "»"}, {"\"", "\""}, {"“", "”"}} {
		if k := strings.Index(rest, q[0]); k >= 0 {
			if e := strings.Index(rest[k+len(q[0]):], q[1]); e > 0 {
				return strings.TrimSpace(rest[k+len(q[0]) : k+len(q[0])+e])
			}
		}
	}
	return ""
}

// Sentence is a segmented sentence (re-exported for rule helpers).
type Sentence = text.Sentence

// ParticipationRule finds participation in events: «Делегация ЦИК РК …
// приняла участие в международной конференции «…», организованной в
// Нью-Дели избирательной комиссией Индии совместно с А-WEB», «… участвовал
// в заседании Совета …», «прошла конференция с участием ЦИК X и Y», "X
// attended the forum". Every coordinated subject before the trigger takes
// part (persons stand for their bodies; «делегация» alone is the article's
// main actor). Organisers are the actors after «организован…», "organised
// by", an organisation named right after the event noun («заседание Совета
// руководителей … СНГ»), or the subject of a next sentence about the event
// («Мероприятие организовано …»); they are not participants. The place is
// the country or city named, else the organisers' country, else the
// article's dateline.
type ParticipationRule struct{}

var (
	eventWords = []string{"конференц", "форум", "заседани", "сесси", "семинар", "симпозиум", "совещани", "саммит", "ассамбле", "круглом стол", "круглый стол", "круглого стол", "тренинг", "вебинар", "курс", "стажировк", "платформ", "мероприяти", "выставк", "учебн программ", "обучающ программ", "программе по развити", "программы по развити", "программу по развити", "программе обмен", "программы обмен", "программе повышени", "программы повышени", "ознакомительн визит", "ознакомительным визит", "ознакомительного визит", "ознакомительный визит", "учебн визит", "учебным визит", "учебного визит", "учебный визит", "конгресс", "слушани", "летн школ", "школ молод", "школ избират", "школ организатор",
		"conference", "forum", "summit", "symposium", "seminar", "assembly", "session", "workshop", "webinar", "training", "round table", "roundtable", "course", "meeting of the", "programme", "program ", "program(", "program,", "program.", "study tour", "study visit", "learning tour", "learning visit", "benchmarking visit", "benchmarking mission", "congress", "dialogue", "hearing", "summer school"}
	openingVerbs  = []string{"открыл", "открыла", "открыли", "откроет", "откроют", "откроется", "открылась", "открылся", "opened", "opens", "inaugurated"}
	eventSubjects = []string{"мероприяти", "конференц", "форум", "семинар", "встреч", "заседани", "курс", "тренинг", "программ", "симпозиум", "вебинар", "ассамбле", "the event", "the conference", "the forum", "the seminar", "the workshop", "the training", "the course", "the programme", "the program", "the symposium", "the webinar", "the summit", "the assembly", "the general assembly", "it was"}
	subjectNouns  = []string{"делегаци", "представител", "член", "сотрудник", "руководств", "глав", "председател", "delegation", "representatives", "members", "staff", "officials"}
)

// Run adds participation facts.
func (r ParticipationRule) Run(a *Analysis) {
	lastPlace := ""
	for i := range a.Sentences {
		j := a.participationTrigger(i)
		if j < 0 || a.hasPhrase(i, visitorProgrammes...) {
			// a visitors' programme is observation (GOLD.md), not an event
			continue
		}
		if a.invitedTo(i, j) {
			// "invited the Commission to attend the General Assembly": an
			// invitation, not yet a participation
			continue
		}
		// a study visit by another name ("for an exchange of experience")
		learning := learningPurposeAt(a.Sentences[i].Tokens, j)
		// «В его работе приняли участие …», "… took part in it": the event
		// of the sentence just before
		ei, ev := i, -1
		if !a.hasPhrase(i, eventWords...) && !a.compoundEvent(i) && !a.multilateralMeeting(i) && !a.organisationMeeting(i) && !learning {
			if ei, ev = a.eventReferredTo(i, j); ev < 0 {
				continue
			}
		}
		if a.hasPhrase(i, "наблюден", "observ") && a.triggerOutsideTopic(i, 0, "наблюден", "observ") >= 0 {
			continue
		}
		if ei == i {
			ev = a.findEvent(i, j)
			if ev < 0 && a.multilateralMeeting(i) {
				ev = a.findStem(i, 0, "встреч", "meeting")
			}
		}
		if ev < 0 {
			continue
		}
		if ei != i {
			organizers := a.eventOrganizers(ei, ev)
			country := a.eventCountry(ei, ev, organizers)
			if country == "" {
				country = lastPlace
			}
			if country == "" {
				// «состоялась областная конференция … Перед участниками
				// выступили председатель Избирательной комиссии Ростовской
				// области …»: a regional commission among those who took part
				// in an event placed nowhere puts it in its country
				country = subBodiesCountry(a.participants(i, j))
			}
			if country == "" {
				continue
			}
			lastPlace = country
			name := a.eventNameAt(ei, ev)
			if host := a.meetingHost(ei, ev, organizers); bareMeeting(name) && host != "" {
				// «Глава ЦИК провел встречу. В ней приняли участие …»
				a.hostMetEach(host, a.participants(i, j), a.sentenceDate(ei), append(a.evidence(ei, "meeting"), a.evidence(i, "meeting")...))
				continue
			}
			for _, p := range a.participants(i, j) {
				if !contains(organizers, p) {
					a.emit(graph.Fact{Type: graph.Participation, Party: p, Event: name, Country: country, Organizers: organizers, Evidence: append(a.evidence(ei, "participation"), a.evidence(i, "participation")...)})
				}
			}
			continue
		}
		organizers := a.eventOrganizers(i, ev)
		parties := a.participants(i, j)
		if hasAnyPrefix(a.Sentences[i].Tokens[j].Fold, openingVerbs) {
			// «Откроют мероприятие председатель ЦИК …»: the one who opens
			// it is a participant, whoever organised it
			organizers = minus(organizers, parties)
		}
		if host, guests := a.hostedVisitors(i, j); host != "" {
			organizers, parties = []string{host}, guests
		} else if learning {
			organizers, parties = a.learnedFrom(i, j, organizers, parties)
		}
		if len(a.Mentions[i]) == 0 {
			// "The delegation is in the country on a benchmarking visit",
			// «Делегация также приняла участие в семинаре»: the visitors
			// the sentence before named, not the home body by default
			if g := a.delegationNamedBefore(i); g != "" {
				parties = []string{g}
				if len(organizers) == 0 && a.hasPhrase(i, "in the country", "в стране", "в республике") && a.namesBody(a.homeBody()) {
					organizers = []string{a.homeBody()}
				}
			}
		}
		kept := minus(parties, organizers)
		if len(kept) == 0 {
			continue
		}
		country := a.eventCountry(i, ev, organizers)
		name := a.eventNameAt(i, ev)
		if t := a.Sentences[i].Tokens[j]; ev < j && hasAnyPrefix(t.Fold, openingVerbs) {
			// «Заседание рабочей группы в Астане открыл …»: the name ends
			// before the verb
			if k := strings.Index(name, " "+a.Text[t.Start:t.End]); k > 0 {
				name = strings.TrimSpace(name[:k])
			}
		}
		if country == "" {
			country = a.enclosingEventPlace(i, ev)
		}
		// «В работе семинара приняли участие …»: the seminar the sentence
		// before described, with its place and organisers
		if k, ek := a.sameEventBefore(i, ev); k >= 0 {
			// «В форуме приняли участие … Также в работе форума …»: back to
			// the sentence that named it
			for n := 0; n < 3 && !strings.Contains(a.eventNameAt(k, ek), " "); n++ {
				k2, ek2 := a.sameEventBefore(k, ek)
				if k2 <= 0 {
					break // not into the headline
				}
				k, ek = k2, ek2
			}
			if len(organizers) == 0 {
				organizers = a.eventOrganizers(k, ek)
			}
			if c := a.eventCountry(k, ek, organizers); c != "" && (country == "" || country == a.Frame.Place) {
				country = c
			}
			if t := a.Sentences[i].Tokens; ev > 0 && contains([]string{"this", "that", "этом", "этой", "этого", "данном", "данной"}, t[ev-1].Fold) {
				// "the participants of this assembly … agreed to take part
				// in the Inaugural Assembly that will be hosted in Seoul":
				// the assembly named before, where it was held
				k2, ek2 := k, ek
				for n := 0; n < 3 && k2 >= 0; n++ {
					if c := a.eventCountry(k2, ek2, organizers); c != "" {
						country = c
						break
					}
					k2, ek2 = a.sameEventBefore(k2, ek2)
				}
			}
			if country == "" {
				country = a.enclosingEventPlace(k, ek)
			}
			if k > 0 || !strings.Contains(name, " ") {
				// (a headline sums up: its words name the event less well
				// than the text's own)
				name = a.eventNameAt(k, ek)
			}
		}
		inherited := false
		if country == "" || country == a.Frame.Place && lastPlace != "" && !a.ownPlace(i) {
			// the event the article placed before
			country, inherited = lastPlace, true
		}
		if country == "" {
			// "on a week-long study visit to Nigeria": where the visit goes
			country = a.visitDestination(i, ev)
		}
		if country == "" && i > 1 && !(hasAnyPrefix(text.Fold(name), []string{"мероприяти", "event"}) && a.electionWord(i-1) >= 0) {
			// «Делегация … наблюдала за выборами в Южной Корее. Также
			// они участвовали в работе международного форума …»: where
			// the sentences just before took them (a bare «мероприятие»
			// after an election sentence may be the election itself)
			for k := i - 1; k >= 1 && k >= i-3; k-- {
				if hs := a.electionHosts(k); len(hs) > 0 && (a.electionWord(k) >= 0 || a.hasPhrase(k, "gathering", "gather in", "convene", "собираются", "соберутся")) && !a.hasPhrase(k, "the last ", "the previous ", "предыдущ") {
					// (an election or a gathering there; not "The last annual
					// meeting was held in Dhaka": a past event's place)
					if len(hs) == 1 {
						country = hs[0]
					}
					break
				}
			}
		}
		if country == "" {
			// "The Korean Civic Education Institute (KOCEI) hosted a
			// training program for election officials from Mali": an
			// event held for guests is where its unnamed host's country is
			country = a.hostCountryFor(i, j)
		}
		if f := a.Sentences[i].Tokens[j].Fold; (f == "for" || f == "для") && (country == "" || allOf(kept, country)) && a.homeFromText && a.Home != "" && a.Home != "??" && !allOf(kept, a.Home) {
			// "The first course, for poll officials from Kenya, …": the
			// guests come from their country; the course is where the
			// article is at home
			country = a.Home
		}
		if cs := countriesOf(organizers); learning && len(cs) == 1 {
			country = cs[0] // (where the visitors learn: their hosts' country)
		}
		if country == "" && learning {
			// "… is expected to jet into Malawi to hone skills": where the
			// visitors travel
			country = a.destinationBefore(i, j)
		}
		if country == "" && a.allOfHome(kept, organizers) {
			// «… в селе Аса Жамбылского района … приняли участие в
			// заседании районной ТИК»: a domestic event is at home
			country, inherited = a.Home, false
		}
		if country == "" {
			continue
		}
		lastPlace = country
		if host := a.meetingHost(i, ev, organizers); bareMeeting(name) && host != "" {
			// «глава ГИК провел встречу, в которой приняли участие послы
			// Венгрии, Греции …»: a meeting its host held, not a named
			// event — the host met each of them
			a.hostMetEach(host, kept, a.sentenceDate(i), a.evidence(i, "meeting"))
			continue
		}
		for _, p := range kept {
			f := graph.Fact{Type: graph.Participation, Party: p, Event: name, Country: country, Organizers: organizers, Evidence: a.evidence(i, "participation")}
			if inherited && (a.headlineEvent(f) || a.addEvidenceTo(graph.Participation, p, country, i)) {
				// (the headline's event, named in full here)
				continue
			}
			a.emit(f)
		}
	}
	a.settingParticipations()
	for i := range a.Sentences {
		a.actedAtEvent(i)
	}
}

// actedAtEvent adds the participation of the body or organisation that
// opens sentence i and does something there «в рамках (в ходе)» an event
// («Горизбирком подготовил … модель избирательного участка в рамках
// конференции по вопросу международного наблюдения»): whoever acts within
// an event takes part in it. Meetings and signings at an event are
// settingParticipations'; sentences on observing are not events.
func (a *Analysis) actedAtEvent(i int) {
	if i < a.headlineEnd() || len(a.Mentions[i]) == 0 || !a.hasPhrase(i, ownedEvents...) || a.participationTrigger(i) >= 0 {
		return // (the phrase index first: eventSetting reads every token)
	}
	ev := a.eventSetting(i)
	if ev < 0 || a.hasPhrase(i, meetingWords...) || a.hasPhrase(i, "подпис", "signed", "signing") {
		return
	}
	if a.hasPhrase(i, observationWords...) && a.triggerOutsideTopic(i, 0, observationWords...) >= 0 {
		return // observing, not an event (a conference on observation is one)
	}
	// the sentence's first mention, a body or an organisation, and then its
	// verb («Горизбирком подготовил …»)
	toks := a.Sentences[i].Tokens
	subject := a.Mentions[i][0]
	key := a.actorKey(subject)
	if k := graph.KindOf(key); subject.Tok1 >= ev || k != graph.KindBody && k != graph.KindSubBody && k != graph.KindOrganization && k != graph.KindNGO {
		return
	}
	if toks[subject.Tok1].Kind != text.Word || toks[subject.Tok1].IsUpper() {
		return
	}
	for _, t := range toks[:subject.Tok0] {
		if t.Kind == text.Word && !sentenceAdverb(t.Fold) && monthOf(t.Fold) == 0 && t.Fold != "года" && t.Fold != "году" && t.Fold != "the" {
			return // («Третье заседание Совета … состоялось на полях форума»: the Council's session)
		}
	}
	organizers := a.eventOrganizers(i, ev)
	if contains(organizers, key) {
		return
	}
	country := a.eventCountry(i, ev, organizers)
	if country == "" {
		country = subBodiesCountry([]string{key})
	}
	if country == "" {
		return
	}
	a.emit(graph.Fact{Type: graph.Participation, Party: key, Event: a.eventNameAt(i, ev), Country: country, Organizers: organizers, Evidence: a.evidence(i, "participation_setting")})
}

// hostMetEach adds the meeting of host with each of parties but itself,
// on date, with evidence.
func (a *Analysis) hostMetEach(host string, parties []string, date string, evidence []graph.Evidence) {
	for _, p := range parties {
		if p != host {
			a.emit(graph.Fact{Type: graph.Meeting, Parties: []string{host, p}, Date: date, Evidence: slices.Clone(evidence)})
		}
	}
}

// meetingHost returns who held the meeting at token ev of sentence i: the
// one actor named before it in its clause, the subject of a verb of
// holding right before it ("The Chairman of the Commission held a meeting
// attended by …", «провел встречу»); "" otherwise (a meeting «организованной
// БДИПЧ» that several attended is an event its organiser held for them).
func (a *Analysis) meetingHost(i, ev int, organizers []string) string {
	before := a.clauseActorsBefore(i, ev)
	if len(before) != 1 || a.findStemBefore(i, ev, 3, "провел", "провёл", "провела", "провели", "held", "hosted", "convened") < 0 {
		return ""
	}
	return before[0].Key
}

// bareMeeting reports an event name that is only the word for a meeting
// («встречу», "the meeting"), maybe with whom («Встреча с послами»): no
// event of its own.
func bareMeeting(name string) bool {
	f := strings.TrimPrefix(strings.TrimPrefix(text.Fold(name), "the "), "a ")
	head, rest, _ := strings.Cut(f, " ")
	switch head {
	case "встреча", "встречу", "встрече", "встречи", "встречей", "meeting":
		// «Встреча с послами», "meeting with the ambassadors": whom it
		// was with, still no event's name
		return rest == "" || strings.HasPrefix(rest, "с ") || strings.HasPrefix(rest, "со ") || strings.HasPrefix(rest, "with ")
	}
	return false
}

// settingParticipations adds, for each memorandum signed and meeting held
// at an event («… подписали меморандум в рамках конференции АОВСЕ», "met
// on the sidelines of the A-WEB General Assembly", or the next sentence:
// «Подписание состоялось в ходе 24-й конференции АОВСЕ, проходящей в
// Кишинёве»), the participation of its parties in that event (GOLD.md:
// any named event a party takes part in), with the event's organisers
// and place.
func (a *Analysis) settingParticipations() {
	n := len(a.Doc.Facts)
	for fi := 0; fi < n; fi++ {
		f := a.Doc.Facts[fi]
		if f.Type != graph.Memorandum && f.Type != graph.Meeting || len(f.Evidence) == 0 {
			continue
		}
		i, k, ev := -1, -1, -1
		for _, e := range f.Evidence {
			// any sentence that states the fact, or the one after it
			if i = a.sentenceAt(e.Start); i < 0 {
				continue
			}
			if k, ev = i, a.eventSetting(i); ev >= 0 {
				break
			}
			if i+1 < len(a.Sentences) && len(a.actors(i+1)) <= 1 && a.hasPhrase(i+1, "подписани", "встреча состоял", "встреча прошл", "встречи состоял", "встречи прошл", "the signing", "the meeting took", "the meeting was held", "the meetings held", "the meetings took", "the meetings were held") {
				if k, ev = i+1, a.eventSetting(i+1); ev >= 0 {
					break
				}
			}
		}
		if ev < 0 {
			continue
		}
		organizers := a.eventOrganizers(k, ev)
		country := a.eventCountry(k, ev, organizers)
		if country == "" {
			// "on the sidelines of the India International Conference …
			// at the Bharat Mandapam here": the country in the event's own
			// name, else the dateline's place the sentence calls "here"
			for _, m := range a.Mentions[k] {
				if m.Kind == graph.KindCountry && m.Tok1 <= ev && ev-m.Tok1 <= 2 && m.Tok0 > 0 && a.Sentences[k].Tokens[m.Tok0-1].Fold == "the" {
					country = m.Key
				}
			}
			if country == "" && a.Frame.Place != "" && a.hasPhrase(k, " here", "здесь") {
				country = a.Frame.Place
			}
			if country != "" && country == a.Home && len(organizers) == 0 {
				// (the home body at its own country's conference, whose
				// organiser the sentence does not name, is taken to host it)
				organizers = []string{a.homeBody()}
			}
		}
		if country == "" {
			continue
		}
		evidence := a.evidence(k, "participation_setting")
		if k != i {
			// the sentence that names the parties, then the one that
			// names the event
			evidence = append(a.evidence(i, "participation_setting"), evidence...)
		}
		for _, p := range f.Parties {
			if !contains(organizers, p) && graph.KindOf(p) != graph.KindPerson {
				a.emit(graph.Fact{Type: graph.Participation, Party: p, Event: a.eventNameAt(k, ev), Country: country, Organizers: organizers, Evidence: evidence})
			}
		}
	}
}

// settingWords open the event a fact took place at: «в ходе», «в рамках»,
// «на полях», "on the sidelines of", "on the margins of", "during",
// "within the", "at the".
var settingWords = [][]string{{"в", "ходе"}, {"в", "рамках"}, {"на", "полях"}, {"sidelines", "of"}, {"margins", "of"}, {"margin", "of"}, {"during"}, {"within", "the"}, {"at", "the"}, {"in", "the", "framework", "of"}}

// eventSetting returns the event noun of sentence i right after a setting
// phrase (within six tokens: «в ходе 24-й ежегодной конференции»), or -1.
func (a *Analysis) eventSetting(i int) int {
	toks := a.Sentences[i].Tokens
	for k := range toks {
		for _, w := range settingWords {
			if k+len(w) > len(toks) {
				continue
			}
			ok := true
			for x, p := range w {
				if toks[k+x].Fold != p {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			end := k + len(w)
			for e := end; e < len(toks) && e <= end+6; e++ {
				if toks[e].Kind == text.Word && hasAnyPrefix(toks[e].Fold, ownedEvents) && !a.insideMention(i, e) {
					return e
				}
			}
		}
	}
	return -1
}

// sentenceAt returns the sentence that holds byte offset b, or -1.
func (a *Analysis) sentenceAt(b int) int {
	for i, s := range a.Sentences {
		if b >= s.Start && b < s.End {
			return i
		}
	}
	return -1
}

// invitedTo reports an invitation word within six tokens before the
// participation trigger at token j of sentence i, with "to" or «для»,
// «принять» between ("invited X to attend", «пригласил X принять участие»).
func (a *Analysis) invitedTo(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if hasAnyPrefix(toks[k].Fold, []string{"invit", "приглас", "приглаш"}) && !strings.HasPrefix(toks[k].Fold, "invitation") && !strings.HasPrefix(toks[k].Fold, "приглашени") {
			for n := k + 1; n < j; n++ {
				if f := toks[n].Fold; f == "to" || f == "принять" || f == "для" {
					return true
				}
			}
			return toks[j].Fold == "принять"
		}
		if hasAnyPrefix(toks[k].Fold, []string{"invitation", "приглашени"}) && k > 0 && (toks[j].Fold == "принять" || j > 0 && (toks[j-1].Fold == "to" || toks[j-1].Fold == "принять")) {
			// "received an invitation from X to attend", «получил
			// приглашение … принять участие»: invited, not yet there —
			// unless the main clause then says they took part ("Having
			// received an invitation to attend …, the CEC attended it")
			for n := j + 1; n < len(toks); n++ {
				if f := toks[n].Fold; f == "attended" || f == "participated" || f == "приняли" || f == "принял" || f == "приняла" || f == "took" {
					return false
				}
			}
			for n := k - 1; n >= 0 && n >= k-3; n-- {
				if hasAnyPrefix(toks[n].Fold, []string{"received", "receives", "accepted", "accepts", "got", "получил", "получила", "получили", "принял", "приняла", "приняли"}) {
					return true
				}
			}
		}
	}
	return false
}

// allOfHome reports parties and organisers that all belong to the
// article's (known) home country, one of them a sub-national commission.
func (a *Analysis) allOfHome(parties, organizers []string) bool {
	if a.Home == "" || a.Home == "??" || len(parties) == 0 {
		return false
	}
	sub := false
	for _, k := range append(append([]string(nil), parties...), organizers...) {
		if graph.CountryOf(k) != a.Home {
			return false
		}
		if graph.KindOf(k) == graph.KindSubBody {
			sub = true
		}
	}
	// a regional commission takes part: a domestic event; the national
	// body alone may be anywhere
	return sub
}

// hasComma reports a comma among the tokens ("the Assembly, including the
// Election Commission of India": a list of participants, not the
// assembly's organisation).
func hasComma(toks []text.Token) bool {
	for _, t := range toks {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// organBetween reports the words of an organisation's organ between an
// event noun and its organisation: «заседание Исполнительного совета
// A-WEB», "meeting of the Executive Board of A-WEB".
func organBetween(gap []text.Token) bool {
	if len(gap) == 0 {
		return false
	}
	for _, t := range gap {
		if !hasAnyPrefix(t.Fold, []string{"совет", "комитет", "исполнительн", "генеральн", "постоянн", "правлени", "бюро", "ассамбле", "сесси", "пленарн", "board", "council", "committee", "executive", "general", "steering", "bureau", "assembly", "session", "plenary", "of", "the"}) {
			return false
		}
	}
	return true
}

// eventReferredTo resolves an event that sentence i refers to by a pronoun
// or by «работа»: «В его (ее) работе приняли участие …», «В нем приняли
// участие …», «участники мероприятия», "… took part in it": the event noun
// of one of the two sentences before, as (sentence, token); (-1, -1) when
// the sentence refers to none.
// eventNounBefore reports an event named in one of the three sentences
// before i whose noun (or the word after its first) has the stem stem.
func (a *Analysis) eventNounBefore(i int, stem string) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		ek := a.findEvent(k, 0)
		toks := a.Sentences[k].Tokens
		if ek >= 0 && (toks[ek].Stem == stem || ek+1 < len(toks) && toks[ek+1].Stem == stem) {
			return true
		}
	}
	return false
}

func (a *Analysis) eventReferredTo(i, j int) (int, int) {
	toks := a.Sentences[i].Tokens
	refers := false
	for k := 0; k < len(toks) && k <= j+8; k++ {
		f := toks[k].Fold
		switch {
		case (f == "его" || f == "ее" || f == "её" || f == "их") && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Fold, "работ"):
			refers = true
		case (f == "нем" || f == "нём" || f == "ней") && k > 0 && toks[k-1].Fold == "в":
			refers = true
		case f == "it" && k > 0 && toks[k-1].Fold == "in" && k > j:
			refers = true
		case (f == "it" || f == "this") && k == 0 && j <= 3 && j < len(toks) && strings.HasPrefix(toks[j].Fold, "attended"):
			refers = true // "It was attended by …", "It was also attended by …"
		case hasAnyPrefix(f, []string{"дискусси", "обсуждени"}) && k > 0 && toks[k-1].Fold == "в",
			(f == "discussion" || f == "discussions") && k > 1 && toks[k-1].Fold == "the" && toks[k-2].Fold == "in":
			// «В дискуссии примут участие …»: the discussion of the
			// event just named
			refers = true
		case k == j && f == "participants" && participantsOfThisEvent(toks, j):
			refers = true // ("of this assembly": the one just named)
		case k == j && verbOfComing(f):
			refers = true // (the trigger says so: arrivedForEventBefore)
		case k == j && hasAnyPrefix(f, []string{"выступил", "выступит", "выступят"}) && a.eventHeldBefore(i):
			refers = true // (the speakers of the event held: eventHeldBefore)
		case k == 0 && (f == "among" || f == "среди"):
			refers = true // "Among the participants were …", «Среди участников …»
		case k == j+1 && strings.HasPrefix(toks[j].Fold, "участник") && a.eventNounBefore(i, toks[k].Stem):
			// «… открыла летнюю школу. Участниками школы стали …»: the
			// event the sentence before named by the same noun
			refers = true
		case amongParticipants(toks, k):
			// "X and Y were among the participants", «X был в числе
			// участников»: of the event just named
			refers = true
		case (f == "event" || f == "events") && k > 0 && (toks[k-1].Fold == "the" || toks[k-1].Fold == "this"):
			refers = true // "The event was attended by …"
		case f == "participants" && k > 1 && toks[k-1].Fold == "the" && toks[k-2].Fold == "to" && k > j:
			refers = true // "delivered an inaugural speech to the participants"
		case k > 0 && (f == "участникам" && a.hasPhrase(i, "приветств", "вступительн") || f == "участников" && hasAnyPrefix(toks[k-1].Fold, []string{"приветствовал", "поприветствовал"})) || f == "participants" && k > 1 && toks[k-1].Fold == "the" && (toks[k-2].Fold == "welcomed" || toks[k-2].Fold == "greeted" || toks[k-2].Fold == "addressed"):
			// «С приветственным словом к участникам обратится …»: the
			// participants of the event just named
			refers = true
		}
	}
	if !refers && j < len(toks) && (toks[j].Fold == "participants" || toks[j].Fold == "участники") && j+1 < len(toks) && (toks[j+1].Fold == "from" || toks[j+1].Fold == "из" || toks[j+1].Fold == "от" || toks[j+1].Fold == "included" || toks[j+1].Fold == "include" || toks[j+1].Fold == "comprised") {
		// "Nearly 50 participants from 11 countries including … are
		// expected": of the event the article is about, the last one
		// named with its place or organisers
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if ek := a.findEvent(k, 0); ek >= 0 && (len(a.eventOrganizers(k, ek)) > 0 || a.placedAt(k)) {
				return k, ek
			}
		}
		return -1, -1
	}
	if !refers {
		return -1, -1
	}
	// the nearest event placed or with its organisers, in the three
	// sentences before («… в Самарканде состоялось 54-е пленарное заседание
	// МПА СНГ. В повестку дня заседания включены … В ней приняли участие
	// …»), else the nearest of the two before
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ek := a.findEvent(k, 0); ek >= 0 && (a.placedAt(k) || len(a.eventOrganizers(k, ek)) > 0) {
			return k, ek
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if ek := a.findEvent(k, 0); ek >= 0 {
			return k, ek
		}
	}
	if a.hasPhrase(i, "the event", "this event") {
		// "The ECI and IDEA organized a workshop in New Delhi … (three
		// sentences on what was said) … Representatives from A, B and C
		// attended the event": the event the article placed, further back
		for k := i - 3; k >= 0 && k >= i-8; k-- {
			if ek := a.findEvent(k, 0); ek >= 0 && a.placedAt(k) {
				return k, ek
			}
		}
	}
	return -1, -1
}

// placedAt reports whether sentence k names a place after «в»/"in"/"at": a
// country or a city.
func (a *Analysis) placedAt(k int) bool {
	toks := a.Sentences[k].Tokens
	for _, dm := range a.dict[k] {
		if (dm.Entry.Kind == gazetteer.City || dm.Entry.Kind == gazetteer.CountryName) && dm.Start > 0 {
			if f := toks[dm.Start-1].Fold; f == "in" || f == "at" || f == "в" || f == "во" {
				return true
			}
		}
	}
	return false
}

// eventNameAt names the event of sentence i at token ev; a generic noun
// («мероприятие», «the event») takes the name of the event of a sentence
// just before.
func (a *Analysis) eventNameAt(i, ev int) string {
	s := a.Sentences[i]
	if f := s.Tokens[ev].Fold; strings.HasPrefix(f, "мероприяти") || f == "event" {
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if e := a.findEvent(k, 0); e >= 0 && !strings.HasPrefix(a.Sentences[k].Tokens[e].Fold, "мероприяти") {
				return a.beforePerson(k, e, eventName(a.Sentences[k], e))
			}
		}
		return s.Tokens[ev].Text
	}
	if f := s.Tokens[ev].Fold; f == "meeting" || f == "meetings" {
		if m, ok := a.organisationEndingAt(i, ev); ok {
			// "the Association of World Election Bodies (A-WEB) meeting":
			// the organisation's name is the event's, from its full name
			// before the abbreviation
			start := m.Start
			for _, n := range a.Mentions[i] {
				if n.Kind == graph.KindOrganization && n.Key == m.Key && n.Tok1 == m.Tok0-1 {
					start = n.Start
				}
			}
			return a.Text[start:s.Tokens[ev].End]
		}
	}
	return a.beforePerson(i, ev, eventName(s, ev))
}

// beforePerson cuts the name of the event at token ev of sentence i before
// a person named after the event noun («В ходе совещания Ермошина Л.М.
// выступила …» names the meeting, not Ермошина's).
func (a *Analysis) beforePerson(i, ev int, name string) string {
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindPerson || m.Tok0 <= ev {
			continue
		}
		if k := strings.Index(name, a.Text[m.Start:m.End]); k > 0 {
			return strings.TrimSpace(name[:k])
		}
	}
	return name
}

// participationTrigger returns the token of «участие», «участвовал», "took
// part", "attended" … in sentence i, or -1.
func (a *Analysis) participationTrigger(i int) int {
	// asked by several rules of each sentence: found once
	if a.partTrigger == nil {
		a.partTrigger = make([]int, len(a.Sentences))
		for k := range a.partTrigger {
			a.partTrigger[k] = -2
		}
	}
	if t := a.partTrigger[i]; t != -2 {
		return t
	}
	t := a.findParticipationTrigger(i)
	a.partTrigger[i] = t
	return t
}

// findParticipationTrigger is participationTrigger without its cache.
func (a *Analysis) findParticipationTrigger(i int) int {
	toks := a.Sentences[i].Tokens
	quoted := false
	speech := false // a straight quote that opened the sentence is open
	for j, t := range toks {
		switch t.Text {
		case "«", "“":
			// a quote that opens the sentence is speech, not a name
			quoted = j > 0
		case "»", "”":
			quoted = false
		case "\"":
			switch {
			case j == 0:
				speech = true
			case speech && !quoted:
				speech = false // («"…", – сказала X в ходе конференции "…"»)
			default:
				quoted = !quoted
			}
		}
		// «… “Inclusive, Accessible and Participative Elections”»: a word
		// of a quoted name is no trigger
		if t.Kind != text.Word || quoted || a.negated(i, j) {
			continue
		}
		f := t.Fold
		switch {
		case (f == "participating" || f == "attending" || hasAnyPrefix(f, []string{"участвующ"})) && j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"countr", "states", "nations", "bodies", "organi", "delegation", "members", "emb", "стран", "государств", "орган", "делегаци", "организаци"}):
			// "the participating countries", «участвующих стран»: who
			// took part, named in passing, not a clause of taking part
			continue
		case hasAnyPrefix(f, []string{"участи", "участвова", "участвуют", "участвует", "participat", "attend", "присутствовал"}):
			return j
		case f == "addressed" || f == "addresses" || f == "keynote":
			// "X addressed the conference", "delivered a keynote address": spoke at it
			return j
		case (f == "delivered" || f == "gave" || f == "made") && slices.ContainsFunc(toks[j+1:min(len(toks), j+5)], func(t text.Token) bool {
			return t.Fold == "speech" || t.Fold == "address" || t.Fold == "remarks" || t.Fold == "presentation" || t.Fold == "statement"
		}) && a.eventReferredAround(i):
			// "X delivered an inaugural speech to the participants of the
			// meeting", "made a presentation at the conference": spoke at it
			return j
		case learningPurposeAt(toks, j) && visitSignalled(toks):
			// "A delegation of X will be calling on Y for an exchange of
			// experience", "… is expected to jet into Malawi to hone skills
			// on voter education": a study visit by another name
			return j
		case a.organisedStudyVisit(i, j):
			// «находятся в Страсбурге с учебным визитом, организованным
			// Советом Европы»: the visitors take part in the visit its
			// organiser held
			return j
		case (f == "spoke" || f == "speaking" || f == "presented" || f == "represented") && j+1 < len(toks) && toks[j+1].Fold == "at":
			// "officials represented at the conference": there
			return j
		case hasAnyPrefix(f, []string{"выступил", "выступила", "выступили", "выступит", "выступят"}):
			// «выступил на конференции», «выступила с докладом на форуме»,
			// «выступит с докладом перед участниками конференции»
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if toks[k].Fold == "на" || toks[k].Fold == "перед" {
					return j
				}
			}
			if k := slices.IndexFunc(toks[:j], func(t text.Token) bool { return t.Fold == "на" }); k >= 0 && eventWithin(toks, k+1, 4) {
				// «На международной конференции в Астане с докладом
				// выступил …»: the event before the verb
				return j
			}
			if j > 0 && toks[j-1].Fold != "не" && a.eventHeldBefore(i) && !a.hasPhrase(i, "наблюд", "брифинг", "пресс-конференц", "интервью", "заявлени") {
				// «Состоялась областная конференция. … Перед участниками
				// выступили председатель …, губернатор …»: the speakers of
				// the event the sentences before told of
				return j
			}
		case hasAnyPrefix(f, []string{"обратил", "обратит", "выступил", "выступит"}) && slices.ContainsFunc(toks[max(0, j-4):min(len(toks), j+4)], func(t text.Token) bool {
			return hasAnyPrefix(t.Fold, []string{"приветств", "вступительн"})
		}):
			// «С приветственным словом к участникам обратится председатель
			// ЦИК», «выступила с приветственным словом»: who greets an
			// event's participants takes part in it
			return j
		case (hasAnyPrefix(f, []string{"приветствовал", "поприветствовал"}) || f == "welcomed" || f == "greeted") && j+1 < len(toks) && (hasAnyPrefix(toks[j+1].Fold, []string{"участник", "гост"}) || j+2 < len(toks) && toks[j+1].Fold == "the" && (toks[j+2].Fold == "participants" || toks[j+2].Fold == "delegates")):
			// «приветствовал участников форума», "welcomed the participants"
			return j
		case hasAnyPrefix(f, []string{"представля", "представит", "представлял", "represent"}) && f != "representatives" && f != "representative" && a.eventBefore(i, j):
			// «На конференции Республику Таджикистан представляют …»,
			// "At the forum, India was represented by …"
			return j
		case (f == "took" || f == "take" || f == "taking") && j+1 < len(toks) && toks[j+1].Fold == "part":
			return j
		case saidAtEvent(toks, j):
			// «"…", – сказала Памфилова в ходе торжественного заседания
			// международной конференции», "said X at the conference": the
			// speaker was there
			return j
		case f == "participants" && participantsOfThisEvent(toks, j):
			// "electoral bodies including Mexico and Costa Rica who are the
			// participants of this assembly"
			return j
		case verbOfComing(f) && a.arrivedForEventBefore(i):
			// «… конференция собрала представителей разных стран.
			// Обсудить избирательные системы приехали сотрудники ЦИК
			// Азербайджана, Армении …»: those who came to it
			return j
		case (f == "for" || f == "для") && eventWithin(toks, max(0, j-6), 6) && peopleFromAfter(toks, j+1):
			// "hosted a webinar on electoral technology for election
			// officials from Mongolia and Kazakhstan", «провел семинар для
			// представителей избирательных органов из …»: those it was held
			// for took part
			return j
		case f == "represent" || f == "represents" || f == "representing":
			// "to represent the Chairman at the 5th General Assembly of
			// A-WEB": there, for the one represented
			for k := j + 1; k < len(toks) && k <= j+10; k++ {
				if toks[k].Fold == "at" && eventWithin(toks, k+1, 7) {
					return j
				}
			}
		case f == "на" && j > 0 && j+1 < len(toks) && (isEventWord(toks[j+1].Fold) || strings.HasPrefix(toks[j+1].Fold, "встреч")) && len(keys(a.clauseActorsBefore(i, j))) >= 3:
			// «Председатели ЦИК A, B и C на встрече в Туркестане утвердили
			// …»: three or more at a gathering take part in it
			return j
		case (f == "met" || f == "встретился" || f == "встретилась" || f == "встретились") && a.metAtEvent(i, j) && len(a.clauseActorsBefore(i, j)) > 0:
			// "X met with representatives of various countries at the 11th
			// Executive Board Meeting of A-WEB": met there, so present
			return j
		case hostedForEvent(toks, j):
			// "the ECI hosted 51 delegates from A, B, … as a part of a
			// session on election management": the guests take part in
			// the host's event
			return j
		case f == "elected" || f == "избран" || f == "избрана" || f == "избраны":
			// "was elected First Vice President of ECONEC at the ongoing
			// 7th General Assembly", «избран вице-президентом на
			// Генеральной ассамблее»: elected there, so present
			for k := j + 1; k < len(toks) && k <= j+20; k++ {
				if (toks[k].Fold == "at" || toks[k].Fold == "на") && eventWithin(toks, k+1, 7) {
					return j
				}
			}
		case hasAnyPrefix(f, []string{"complet", "undert", "undergoing", "embark", "завершил", "прошл"}) && f != "undertakes" && f != "completes" && f != "embarks":
			// (not "the Secretariat undertakes country programmes": what
			// it does as a rule)
			// "completed a study tour of Ghana's electoral system",
			// "undertook a training course", "completed a two-week capacity
			// building programme", «прошли стажировку»: a course or tour
			// one takes part in
			for k := j + 1; k < len(toks) && k <= j+6; k++ {
				if hasAnyPrefix(toks[k].Fold, []string{"study", "training", "course", "programme", "program", "стажировк", "обучени", "курс", "тренинг"}) {
					return j
				}
			}
		case (f == "led" || f == "headed" || strings.HasPrefix(f, "возглавил") || strings.HasPrefix(f, "возглавля")) && a.delegationToEvent(i, j):
			// "X led a delegation of the Commission to the A-WEB General
			// Assembly", «возглавил делегацию ЦИК на заседании Совета»
			return j
		case strings.HasPrefix(f, "участник") && j+2 < len(toks) && strings.HasPrefix(toks[j+1].Fold, "котор") && hasAnyPrefix(toks[j+2].Fold, []string{"стал", "был"}):
			// «конференция, участниками которой стали делегации …»
			return j
		case (f == "участниками" || f == "участникам") && j+2 < len(toks) && (trainingAfter(toks, j+1) || eventWithin(toks, j+1, 3)) && slices.ContainsFunc(toks[j+2:min(len(toks), j+7)], func(t text.Token) bool {
			return t.Fold == "стали" || t.Fold == "стал" || t.Fold == "стала" || t.Fold == "были" || t.Fold == "был" || t.Fold == "станут"
		}):
			// «Участниками школы стали сотрудники ЦИК …»: those named after
			// the copula took part
			return j
		case strings.HasPrefix(f, "участник") && j > 0 && hasAnyPrefix(toks[j-1].Fold, []string{"стал", "стали", "был", "были", "являлис", "являют"}) && trainingAfter(toks, j+1):
			// «Представители ЦИК … стали участниками учебного курса» (not
			// «стал участником Форума избирательных органов», a member)
			return j
		case (strings.HasPrefix(f, "побывал") || f == "побывали") && j+1 < len(toks) && toks[j+1].Fold == "на" && eventWithin(toks, j+2, 3):
			// «Делегация … побывала на международной выставке»
			return j
		case arrivedAtEvent(toks, j):
			// «На форум прибыли делегации …»
			return j
		case (f == "собрал" || f == "собрала" || f == "собрало" || f == "объединил" || f == "объединила" || f == "объединило") && eventWithin(toks, max(0, j-8), 8):
			// «Семинар, организованный ЦИК Беларуси, собрал представителей …»
			return j
		case j >= 2 && (toks[j-2].Fold == "among" && toks[j-1].Fold == "the" || toks[j-1].Fold == "среди" || toks[j-1].Fold == "числе") && (f == "speakers" || hasAnyPrefix(f, []string{"спикер", "докладчик", "выступающ"})):
			// «был в числе спикеров конференции», "was among the speakers"
			return j
		case f == "participants" && participantsListed(toks, j):
			// "Participants (of the conference) included representatives
			// of …": of the event the article tells of
			return j
		case (f == "participants" || strings.HasPrefix(f, "участник")) && j >= 2 && (toks[j-2].Fold == "among" && toks[j-1].Fold == "the" || toks[j-1].Fold == "среди" || toks[j-1].Fold == "числе"):
			// "A, B and C were among the participants of the workshop",
			// «X был в числе участников конференции»
			return j
		case (f == "joined" || f == "joins" || f == "join" || strings.HasPrefix(f, "присоединил")) && eventWithin(toks, j+1, 8) && !(j+2 < len(toks) && toks[j+1].Fold == "as" || hasFold(toks[j+1:min(len(toks), j+6)], "member", "members", "partner", "членом")):
			// ("Botswana's IEC joined counterparts from the region at a
			// training"; not "joined as a full member the forum")
			// "joined the virtual conference"
			return j
		case (f == "gathered" || f == "собрались") && eventWithin(toks, j+1, 10):
			// "Delegates from 30 countries gathered in Nairobi for the
			// conference"
			return j
		case (f == "gathered" || f == "brought" && j+1 < len(toks) && toks[j+1].Fold == "together") && j+1 < len(toks) && toks[j+1].Kind == text.Word && eventWithin(toks, max(0, j-12), 12):
			// "The conference gathered representatives of …", "The
			// conference organised by the CEC brought together …"
			return j
		case (f == "include" || f == "included" || f == "includes") && j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"delegat", "participant", "representative", "official"}) && eventWithin(toks, max(0, j-6), 6):
			// "The conference would include delegates from A, B and C"
			return j
		case f == "brought" && j+1 < len(toks) && toks[j+1].Fold == "together" && eventWithin(toks, max(0, j-6), 6):
			// "The workshop brought together election officials from A,
			// B and C"
			return j
		case (f == "sent" || strings.HasPrefix(f, "направил")) && a.sentToEvent(i, j):
			// "The Commission sent two officials to the BRIDGE training",
			// «направила своих представителей на семинар»
			return j
		case j == 0 && (f == "among" && len(toks) > 2 && toks[1].Fold == "the" && strings.HasPrefix(toks[2].Fold, "participant") || f == "среди" && len(toks) > 1 && strings.HasPrefix(toks[1].Fold, "участник")):
			// "Among the participants were …", «Среди участников …»: of the
			// event just described
			return j
		case hasAnyPrefix(f, openingVerbs):
			// «Откроют мероприятие председатель ЦИК …», "opened the
			// conference": who opens an event takes part in it
			for k := j + 1; k < len(toks) && k <= j+3; k++ {
				if hasAnyPrefix(toks[k].Fold, eventWords) {
					return j
				}
			}
			if j > 0 && toks[0].IsCyrillic() && !strings.HasSuffix(f, "ся") && !strings.HasSuffix(f, "сь") && hasAnyPrefix(toks[0].Fold, eventWords) && j <= 8 && a.actorSoonAfter(i, j) {
				// «Заседание рабочей группы открыл секретарь ЦИК X»: the
				// event fronted, its opener after the verb
				return j
			}
			if strings.HasSuffix(f, "ся") || strings.HasSuffix(f, "сь") {
				// «Конференция откроется выступлением Председателя ЦИК …»:
				// the event is the subject, the opener after the verb
				for k := j - 1; k >= 0 && k >= j-3; k-- {
					if hasAnyPrefix(toks[k].Fold, eventWords) {
						return j
					}
				}
			}
		case f == "chaired" || f == "co-chaired" || f == "presided" || strings.HasPrefix(f, "председательствовал"):
			// "chaired the extraordinary meeting of the A-WEB executive
			// board": the chair takes part in the event
			for k := j + 1; k < len(toks) && k <= j+6; k++ {
				if hasAnyPrefix(toks[k].Fold, eventWords) || hasAnyPrefix(toks[k].Fold, []string{"meeting", "заседани"}) {
					return j
				}
			}
		case (f == "study" || f == "exchange" || f == "learning" || f == "benchmarking" || strings.HasPrefix(f, "ознакомительн") || strings.HasPrefix(f, "обменн")) && j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"tour", "visit", "trip", "mission", "programme", "program", "визит", "поездк", "стажировк"}) && !(j >= 2 && toks[j-1].Fold == "the" && toks[j-2].Fold == "of"):
			// (not "the objectives of the Study Tour include …": what the
			// tour the article told of is for)
			// "completed a study tour of Ghana's electoral system", "is on a
			// study visit in Georgia", «находится с ознакомительным
			// визитом»: the visitors take part in the host's programme
			return j
		case (f == "participants" || f == "участниками" || f == "участников") && j+1 < len(toks) && (toks[j+1].Fold == "from" || toks[j+1].Fold == "из" || toks[j+1].Fold == "от"):
			// "with 22 participants from 11 member organisations including
			// Bangladesh, Belarus …"
			return j
		case (f == "для" || f == "for") && (a.hostedEventBefore(i, j) || a.eventNounJustBefore(i, j) || passiveEventFor(toks, j)) && (a.actorSoonAfter(i, j) || len(a.traineesFrom(i, j)) > 0):
			// «ЦИК Узбекистана провел вебинар для членов избирательных
			// комиссий Таджикистана», "held a training for officials of …"
			// (not «семинар для международных наблюдателей, в котором
			// приняли участие …»: no one named there)
			return j
		case f == "present" && j > 0 && (toks[j-1].Fold == "were" || toks[j-1].Fold == "was"):
			// "All members of the Executive Board were present"
			return j
		case strings.HasPrefix(f, "прош") && j+1 < len(toks) && hasAnyPrefix(toks[j+1].Fold, []string{"курс", "обучени", "стажировк"}):
			return j
		}
	}
	return -1
}

// eventBefore reports «на»/"at" and an event noun before token j of
// sentence i: «На конференции … представляют …».
func (a *Analysis) eventBefore(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := 0; k+1 < j; k++ {
		if (toks[k].Fold == "на" || toks[k].Fold == "at") && (hasAnyPrefix(toks[k+1].Fold, eventWords) || k+2 < j && hasAnyPrefix(toks[k+2].Fold, eventWords)) {
			return true
		}
	}
	return false
}

// findEvent returns the event noun of sentence i: the first after the
// trigger at j, else the first before it.
func (a *Analysis) findEvent(i, j int) int {
	toks := a.Sentences[i].Tokens
	at := func(k int) bool {
		if a.insideMention(i, k) {
			return false // "United Nations Development Programme" is no event
		}
		if k > 0 && (toks[k-1].Fold == "press" || toks[k-1].Fold == "news") || strings.HasPrefix(toks[k].Fold, "пресс-") {
			return false // a press conference is no event one takes part in
		}
		f := toks[k].Fold
		if venueWord(f) {
			return false // «в Конгресс-холле»: a venue
		}
		if compoundEventWord(f) {
			return true // «онлайн-конференция»
		}
		if k == j && learningPurposeAt(toks, k) {
			return true // "for an exchange of experience": the visit's purpose
		}
		if (f == "meeting" || f == "meetings") && a.organisationEndsAt(i, k) {
			return true // "participated in the A-WEB meeting"
		}
		if k+1 < len(toks) {
			f += " " + toks[k+1].Fold
		}
		for _, w := range eventWords {
			if strings.HasPrefix(f, w) {
				return true
			}
			if sp := strings.IndexByte(w, ' '); sp > 0 && strings.HasPrefix(toks[k].Fold, w[:sp]) && wordsPrefixAt(toks, k, w) {
				return true
			}
		}
		return false
	}
	for k := j; k < len(toks); k++ {
		if at(k) {
			return k
		}
	}
	for k := 0; k < j; k++ {
		if at(k) {
			return k
		}
	}
	return -1
}

// metAtEvent reports a setting phrase after the meeting verb at token j of
// sentence i that names a named event ("at the 11th Executive Board
// Meeting of A-WEB", "on the sidelines of the General Assembly", «на полях
// форума»).
func (a *Analysis) metAtEvent(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k+1 < len(toks); k++ {
		f := toks[k].Fold
		if !(f == "at" || f == "during" || f == "sidelines" || f == "margins" || f == "полях" || f == "рамках" || f == "ходе") {
			continue
		}
		for e := k + 1; e < len(toks) && e <= k+6; e++ {
			if a.insideMention(i, e) {
				break
			}
			if hasAnyPrefix(toks[e].Fold, ownedEvents) || toks[e].Fold == "meeting" && toks[e].IsUpper() {
				return true
			}
		}
	}
	return false
}

// eventReferredAround reports an event word in sentence i or the sentence
// before it.
func (a *Analysis) eventReferredAround(i int) bool {
	return a.hasPhrase(i, eventWords...) || a.hasPhrase(i, "participants", "delegates") || i > 0 && a.hasPhrase(i-1, eventWords...)
}

// organisationMeeting reports "meeting" right after an international
// organisation's name in sentence i ("the SADC meeting").
func (a *Analysis) organisationMeeting(i int) bool {
	for k, t := range a.Sentences[i].Tokens {
		if (t.Fold == "meeting" || t.Fold == "meetings") && a.organisationEndsAt(i, k) {
			return true
		}
	}
	return false
}

// organisationEndsAt reports an international organisation's name, or its
// abbreviation in brackets after it, that ends right before token k ("the
// Association of World Election Bodies (A-WEB) meeting").
func (a *Analysis) organisationEndsAt(i, k int) bool {
	_, ok := a.organisationEndingAt(i, k)
	return ok
}

// organisationEndingAt returns the international organisation's mention
// whose name, or abbreviation in brackets after it, ends right before
// token k of sentence i.
func (a *Analysis) organisationEndingAt(i, k int) (Mention, bool) {
	toks := a.Sentences[i].Tokens
	end := k
	if k >= 3 && toks[k-1].Text == ")" {
		end = k - 1
	}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindOrganization && m.Tok1 == end {
			return m, true
		}
	}
	return Mention{}, false
}

// learningPurposeAt reports an English phrase at token j that gives a
// visit the purpose of a study visit: "for an exchange of experience", "to
// hone skills", "to learn the experience of". (Russian articles speak of
// «обмен опытом» as the aim of any meeting, so only English.)
func learningPurposeAt(toks []text.Token, j int) bool {
	f := toks[j].Fold
	next := func(n int) string {
		if j+n < len(toks) {
			return toks[j+n].Fold
		}
		return ""
	}
	switch {
	case f == "exchange" && next(1) == "of" && strings.HasPrefix(next(2), "experience"):
		return j > 0 && (toks[j-1].Fold == "for" || j > 1 && toks[j-2].Fold == "for" && (toks[j-1].Fold == "an" || toks[j-1].Fold == "the"))
	case (f == "hone" || f == "horn" || f == "sharpen") && (next(1) == "skills" || next(1) == "their" && next(2) == "skills"):
		return true
	case f == "learn" && (next(1) == "the" || next(1) == "from") && strings.HasPrefix(next(2), "experience"):
		return true
	case (f == "understudy" || f == "benchmark") && j > 0 && toks[j-1].Fold == "to":
		// "is in Ghana to understudy the Electoral Commission's …",
		// "to benchmark on …": a study visit
		return true
	}
	return false
}

// visitDestination returns the country a visit, tour or trip at token ev
// of sentence i goes to ("study visit to Nigeria", "study tour of Ghana",
// «ознакомительный визит в Грузию»), or "".
func (a *Analysis) visitDestination(i, ev int) string {
	toks := a.Sentences[i].Tokens
	v := -1
	for k := ev; k < len(toks) && k <= ev+2; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"visit", "tour", "trip", "визит", "поездк"}) {
			v = k
			break
		}
	}
	if v < 0 {
		return ""
	}
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || m.Tok0 <= v || m.Tok0 > v+3 {
			continue
		}
		if p := toks[m.Tok0-1].Fold; p == "to" || p == "of" || p == "in" || p == "в" || p == "во" {
			return m.Key
		}
	}
	return ""
}

// learnedFrom reads "The visit aims to learn the experience from the UK
// Electoral Commission" at the learning purpose at token j of sentence i:
// whom the visitors learn from organises the visit and takes no part; the
// visitors, when the sentence names none, are the last foreign party of
// the sentence before.
func (a *Analysis) learnedFrom(i, j int, organizers, parties []string) ([]string, []string) {
	toks := a.Sentences[i].Tokens
	from := foldWithin(toks, j, 4, "from")
	if from < 0 {
		return organizers, parties
	}
	var hosts []string
	for _, m := range a.Mentions[i] {
		if k := a.actorKey(m); m.Tok0 > from && m.Tok0 <= from+3 && k != "" && !strings.HasPrefix(k, "??") {
			hosts = append(hosts, k)
		}
	}
	if len(hosts) == 0 {
		return organizers, parties
	}
	parties = minus(parties, hosts)
	if len(parties) == 0 && i > 0 {
		for _, c := range countriesOf(hosts) {
			if g := a.lastPartyNotOf(max(0, i-2), i-1, c); g != "" {
				parties = []string{g}
			}
		}
	}
	return hosts, parties
}

// foldWithin returns the first token among the n after token j whose fold
// is fold, or -1.
func foldWithin(toks []text.Token, j, n int, fold string) int {
	for k := j + 1; k < len(toks) && k <= j+n; k++ {
		if toks[k].Fold == fold {
			return k
		}
	}
	return -1
}

// countriesOf returns the countries of keys, each once.
func countriesOf(keys []string) []string {
	var out []string
	for _, k := range keys {
		if c := graph.CountryOf(k); c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// destinationBefore returns the country a word of travel sends the
// subject of sentence i to before token j ("jet into Malawi", "travel to
// Kenya", "arrive in Ghana"), or "".
func (a *Analysis) destinationBefore(i, j int) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Kind != graph.KindCountry || m.Tok1 > j || m.Tok0 < 1 {
			continue
		}
		if p := toks[m.Tok0-1].Fold; p == "into" || p == "to" || p == "in" {
			return m.Key
		}
	}
	return ""
}

// visitSignalled reports a sentence that speaks of a visit or of a
// delegation travelling: the frame a learning purpose completes.
func visitSignalled(toks []text.Token) bool {
	for k, t := range toks {
		switch t.Fold {
		case "visit", "visits", "visited", "visiting", "delegation", "tour", "trip", "jet", "travel", "travelled", "traveled", "arrive", "arrived", "arrives":
			return true
		case "calling", "called", "call":
			if k+1 < len(toks) && toks[k+1].Fold == "on" {
				return true
			}
		}
	}
	return false
}

// hostedVisitors reads "X hosted a delegation of Y on a study tour",
// «X принял делегацию Y с ознакомительным визитом» around the study-visit
// trigger at token j: X organises, the actors between the verb and the
// trigger take part. "" when the sentence is not so built.
func (a *Analysis) hostedVisitors(i, j int) (string, []string) {
	toks := a.Sentences[i].Tokens
	if hostedForEvent(toks, j) {
		// "X hosted 51 delegates from A, B, … as a part of a session": X
		// holds it, the guests from the list take part
		host := ""
		for _, m := range a.Mentions[i] {
			if k := a.actorKey(m); k != "" && !strings.HasPrefix(k, "??") && m.Tok1 <= j {
				host = k
			}
		}
		return host, minus(a.participants(i, j), []string{host})
	}
	if f := toks[j].Fold; f != "study" && f != "exchange" && f != "learning" && f != "benchmarking" && !strings.HasPrefix(f, "ознакомительн") && !learningPurposeAt(toks, j) {
		return "", nil
	}
	v := -1
	for k := 0; k < j; k++ {
		switch toks[k].Fold {
		case "hosted", "hosts", "hosting", "received", "receives", "welcomed", "welcomes", "принял", "приняла", "принимает", "принимал", "принимала":
			v = k
		case "visited", "visits", "посетил", "посетила", "посетили", "calling", "called", "call", "calls":
			if strings.HasPrefix(toks[k].Fold, "call") && (k+1 >= j || toks[k+1].Fold != "on") {
				continue // ("call on": a visit; "call for": none)
			}
			// "X visited Y on a study tour": Y hosts, X takes part
			host, guests := "", []string(nil)
			for _, m := range a.Mentions[i] {
				key := a.actorKey(m)
				if key == "" || strings.HasPrefix(key, "??") {
					continue
				}
				switch {
				case m.Tok1 <= k && !contains(guests, key):
					guests = append(guests, key)
				case m.Tok0 > k && m.Tok1 <= j && host == "":
					host = key
				}
			}
			if host != "" && len(guests) > 0 && !contains(guests, host) {
				return host, guests
			}
			return "", nil
		}
	}
	if v < 0 {
		return "", nil
	}
	host := ""
	var guests []string
	for _, m := range a.Mentions[i] {
		k := a.actorKey(m)
		if k == "" || strings.HasPrefix(k, "??") {
			continue
		}
		switch {
		case m.Tok1 <= v && host == "":
			host = k
		case m.Tok0 > v && m.Tok1 <= j && k != host && !contains(guests, k):
			guests = append(guests, k)
		case m.Tok0 > j && k != host && !contains(guests, k) && forGuests(toks[j:m.Tok0]):
			// "hosted a study tour for officials of the NEC of Tanzania"
			guests = append(guests, k)
		}
	}
	// with no guest named, the host is still no participant of its own
	// programme
	return host, guests
}

// phraseWords caches the words of the multi-word phrases wordsPrefixAt is
// asked about (the event words and the home signals: a fixed set).
var phraseWords sync.Map // string → []string

// wordsPrefixAt reports a phrase of two words or more whose every word is
// a prefix of the token at its place from token k: «ознакомительн визит»
// at «ознакомительным визитом».
func wordsPrefixAt(toks []text.Token, k int, phrase string) bool {
	if strings.IndexByte(phrase, ' ') < 0 {
		return false
	}
	v, ok := phraseWords.Load(phrase)
	if !ok {
		v, _ = phraseWords.LoadOrStore(phrase, strings.Fields(phrase))
	}
	ws := v.([]string)
	if len(ws) < 2 || k+len(ws) > len(toks) {
		return false
	}
	for n, w := range ws {
		if !strings.HasPrefix(toks[k+n].Fold, w) {
			return false
		}
	}
	return true
}

// hostedEventBefore reports «провел вебинар», "held a training" right
// before token j of sentence i: an event noun within three tokens before j
// with a verb of holding or organising just before it.
func (a *Analysis) hostedEventBefore(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if !hasAnyPrefix(toks[k].Fold, eventWords) {
			continue
		}
		// "sponsored a three-day BRIDGE training for …"
		for v := k - 1; v >= 0 && v >= k-6; v-- {
			if hasAnyPrefix(toks[v].Fold, hostingVerbs) {
				return true
			}
		}
	}
	return false
}

// asDidActors returns the actors of an ", as did X" or «, как и X» clause
// after the trigger at token j of sentence i ("attended the conference, as
// did representatives of IFES and International IDEA"), up to the clause's
// end.
func (a *Analysis) asDidActors(i, j int) []string {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k+2 < len(toks); k++ {
		if toks[k].Text != "," || !(toks[k+1].Fold == "as" && hasAnyPrefix(toks[k+2].Fold, []string{"did", "were", "was", "have", "has"}) || toks[k+1].Fold == "как" && toks[k+2].Fold == "и") {
			continue
		}
		var out []string
		for _, m := range a.Mentions[i] {
			if m.Tok0 <= k+2 {
				continue
			}
			if slices.ContainsFunc(toks[k+3:m.Tok0], func(t text.Token) bool {
				return t.Kind == text.Punct && t.Text != "," && t.Text != "(" && t.Text != ")"
			}) {
				break
			}
			if key := a.actorKey(m); key != "" && !strings.HasPrefix(key, "??") && !contains(out, key) {
				out = append(out, key)
			}
		}
		return out
	}
	return nil
}

// participants returns who takes part in sentence i with the trigger at j:
// the coordinated actors before it in its clause; «с участием X и Y» —
// the list after it; a bare «делегация/представители» — the article's main
// actor.
func (a *Analysis) participants(i, j int) []string {
	if toks := a.Sentences[i].Tokens; toks[j].Fold == "participants" && participantsOfThisEvent(toks, j) {
		// "… bodies including Mexico and Costa Rica who are the
		// participants of this assembly": those named before "who"
		var out []string
		for _, m := range a.Mentions[i] {
			if k := a.actorKey(m); m.Tok1 < j && k != "" && !strings.HasPrefix(k, "??") && !contains(out, k) {
				out = append(out, k)
			}
		}
		return out
	}
	out := a.namedParticipants(i, j)
	if len(out) == 0 {
		return out
	}
	// "… attended the conference, as did representatives of IFES": the
	// clause's own subjects took part too
	for _, p := range a.asDidActors(i, j) {
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// namedParticipants is participants without an ", as did X" clause.
func (a *Analysis) namedParticipants(i, j int) []string {
	toks := a.Sentences[i].Tokens
	if toks[j].Fold == "на" {
		// «Председатели ЦИК A, B и C на встрече …»: the subjects, not
		// the group their states belong to («государств-членов ОТГ»)
		var out []string
		for _, m := range a.clauseActorsBefore(i, j) {
			if m.Kind == graph.KindOrganization && m.Tok0 > 0 && (toks[m.Tok0-1].Fold == "при" || hasAnyPrefix(toks[m.Tok0-1].Fold, []string{"государств", "стран", "член", "участник"})) {
				continue
			}
			if k := a.actorKey(m); k != "" && !contains(out, k) {
				out = append(out, k)
			}
		}
		return out
	}
	if list := a.followingList(i, j); len(list) > 0 {
		return list
	}
	if hasAnyPrefix(toks[j].Fold, []string{"выступил", "выступят"}) && a.eventHeldBefore(i) && len(a.clauseActorsBefore(i, j)) == 0 {
		// «Перед участниками выступили председатель Избирательной
		// комиссии Ростовской области X, губернатор Y, председатель ЦИК
		// России Z»: each speaker's body, «title body name» after «title
		// body name»
		var out []string
		for _, m := range a.Mentions[i] {
			if m.Tok0 <= j {
				continue
			}
			k := a.actorKey(m)
			if m.Kind == graph.KindPerson {
				k = m.Org
			}
			if k != "" && !strings.HasPrefix(k, "??") && graph.KindOf(k) != graph.KindPerson && !contains(out, k) {
				out = append(out, k)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if j > 0 && (toks[j-1].Fold == "с" || toks[j-1].Fold == "при" || toks[j-1].Fold == "with") {
		return keys(a.listAfter(i, j))
	}
	if f := toks[j].Fold; f == "для" || f == "for" || hostedForEvent(toks, j) {
		if f == "for" {
			if from := a.traineesFrom(i, j); len(from) > 0 {
				return from
			}
		}
		return keys(a.listAfter(i, j))
	}
	if f := toks[j].Fold; f == "собрал" || f == "собрала" || f == "собрало" || f == "объединил" || f == "объединила" || f == "объединило" || f == "brought" || arrivedAtEvent(toks, j) || (f == "gathered" || f == "include" || f == "included" || f == "includes") && a.eventBeforeWithin(i, j, 12) {
		// «Семинар, организованный ЦИК Беларуси, собрал представителей
		// …», "The workshop brought together …", "The conference gathered
		// (would include) representatives of …": whom the event gathered
		return keys(a.listAfter(i, j))
	}
	if f := toks[j].Fold; f == "participants" || f == "участниками" || f == "участников" {
		if j > 0 && hasAnyPrefix(toks[j-1].Fold, []string{"стал", "был", "являлис", "являют"}) {
			// «Представители ЦИК A, B и C стали участниками курса»: the
			// subject before the copula
			return keys(a.clauseActorsBefore(i, j))
		}
		// "X organised a programme with 22 participants from … including
		// Bangladesh and Kenya": the list after the noun takes part
		if after := a.listAfter(i, j); len(after) > 0 {
			return keys(after)
		}
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindCountry && m.Tok0 > j && m.Tok0 <= j+8 && m.Via != ViaAdj && m.Via != ViaPeople {
				return a.countriesAfter(i, m.Tok0-1)
			}
		}
		if j >= 2 && (toks[j-2].Fold == "among" && toks[j-1].Fold == "the" || toks[j-1].Fold == "среди" || toks[j-1].Fold == "числе") {
			// "Representatives of A, B and C were among the participants
			// of the workshop"
			return keys(a.clauseActorsBefore(i, j))
		}
		return nil
	}
	if f := toks[j].Fold; (f == "attended" || f == "addressed") && j+1 < len(toks) && toks[j+1].Fold == "by" {
		if bs := a.bodiesOfCountriesListed(i, j+1); len(bs) > 0 {
			// "attended by junior election professionals from eleven
			// election management bodies of the region, including:
			// Antigua and Barbuda; The Bahamas; Belize"
			return bs
		}
		// "the Seoul International Electoral Forum, attended by delegates
		// from Mongolia, Kenya and Peru": the agents after "by"
		return keys(a.listAfter(i, j+1))
	}
	// «… заседание Совета A-WEB, в котором принял участие X»: the relative
	// clause's subject follows its verb; what stands before is the event's
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if strings.HasPrefix(toks[k].Fold, "котор") || toks[k].Fold == "which" {
			return keys(a.listAfter(i, j))
		}
	}
	var before []Mention
	for _, m := range a.clauseActorsBefore(i, j) {
		if !a.inAdjunct(i, m) && !eventOwnerInPhrase(toks, m) {
			before = append(before, m)
		}
	}
	var out []string
	for _, m := range before {
		out = append(out, m.Key)
	}
	plural := contains([]string{"участвовали", "участвуют", "присутствовали", "присутствуют"}, toks[j].Fold) || j > 0 && contains([]string{"приняли", "принимают", "примут"}, toks[j-1].Fold)
	if len(out) > 1 && !plural {
		// only the list that ends next to the trigger: «По приглашению X
		// делегация Y приняла участие» keeps Y; a plural verb takes the
		// whole subject list («председатель …, аким …, а также
		// руководители … приняли участие»)
		last := before[len(before)-1]
		var list []string
		for k := len(before) - 1; k >= 0; k-- {
			m := before[k]
			if k < len(before)-1 && !a.coordinated(toks[m.Tok1:last.Tok0]) {
				break
			}
			list = append([]string{m.Key}, list...)
			last = m
		}
		out = list
	}
	if len(out) == 0 {
		if cc := a.countryBefore(i, j); cc != "" && a.Sentences[i].Tokens[0].Kind == text.Word {
			// "Pakistan replied it has deputed an official to attend the
			// event": a state named as the subject takes part
			for _, m := range a.Mentions[i] {
				if m.Kind == graph.KindCountry && m.Key == cc && m.Tok0 == 0 {
					return []string{graph.GovernmentKey(cc)}
				}
			}
		}
		for k := 0; k < j && k <= 1; k++ {
			// a pronoun that opens the clause («Также они …»), not one
			// inside a relative clause («В семинаре, который он открыл, …»)
			switch toks[k].Fold {
			case "они", "он", "она", "they", "he", "she":
				// «Также они участвовали в работе форума …»: the
				// subject of the sentence before, else the main actor
				if p := a.openingActor(i - 1); p != "" {
					return []string{p}
				}
				if !strings.HasPrefix(a.Frame.Main, "??") {
					return []string{a.Frame.Main}
				}
			}
		}
		// "The representatives of 15 countries participated in the
		// conference, among them officials from Albania, Belarus …"
		if list := a.amongThemFrom(i, j); len(list) > 0 {
			return list
		}
		// "Delegates from 30 countries, including Kenya, Uganda and
		// Tanzania, gathered in Nairobi for the conference"
		if list := a.countriesFromBefore(i, j); len(list) > 0 {
			return list
		}
		if len(toks) > 2 && toks[0].Fold == "the" && toks[1].Fold == "commission" && j > 1 && a.Home != "" && a.Home != "??" && a.namesBody(graph.BodyKey(a.Home)) {
			// "The Commission was represented at the conference …": the
			// article's commission, which it names elsewhere
			return []string{graph.BodyKey(a.Home)}
		}
		if f := toks[j].Fold; f == "gathered" || f == "собрались" {
			// "Election officials from 25 countries gathered in Manila for
			// the AAEA General Assembly": many we cannot name, not the
			// event's owner after the verb nor the article's main actor
			return out
		}
		// «На заседании присутствовали: председатель ЦИК X, …»: the list
		// after the colon
		if j+1 < len(toks) && toks[j+1].Text == ":" {
			if after := a.listAfter(i, j+1); len(after) > 0 {
				return keys(after)
			}
		}
		// «В мероприятии приняли участие представители X, Y и Z»: the
		// subject after the verb
		if after := a.listAfter(i, j); len(after) > 0 {
			return keys(after)
		}

		if f := toks[j].Fold; f == "brought" {
			// "The workshop brought together …": no one else
			return out
		}
		for k := 0; k < j; k++ {
			if hasAnyPrefix(toks[k].Fold, subjectNouns) {
				return []string{a.Frame.Main}
			}
		}
	}
	return out
}

// bodiesOfCountriesListed returns the election bodies of the countries a
// clause after token k lists once it has named election bodies ("…
// from eleven election management bodies of the region, including: A; B;
// C", «… избирательных органов … , в том числе A, B»), or nil.
func (a *Analysis) bodiesOfCountriesListed(i, k int) []string {
	toks := a.Sentences[i].Tokens
	emb := -1
	for n := k + 1; n < len(toks) && n <= k+14; n++ {
		if toks[n].Text == "." {
			break
		}
		f := toks[n].Fold
		if (f == "bodies" || f == "commissions" || f == "embs" || hasAnyPrefix(f, []string{"органов", "комиссий"})) && n > 0 && hasAnyPrefix(toks[n-1].Fold, []string{"management", "election", "electoral", "избирательн"}) || f == "embs" {
			emb = n
			break
		}
	}
	if emb < 0 {
		return nil
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= emb || m.Tok0 > emb+12 && len(out) == 0 {
			continue
		}
		if m.Kind != graph.KindCountry || m.Via != ViaName {
			if len(out) > 0 {
				break
			}
			continue
		}
		if b := graph.BodyKey(m.Key); !contains(out, b) {
			out = append(out, b)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// hostedForEvent reports "hosted (51) delegates from …  as (a) part of
// <event>" at token j: a host's event for many guests, not meetings.
func hostedForEvent(toks []text.Token, j int) bool {
	if f := toks[j].Fold; f != "hosted" && f != "hosts" && f != "hosting" {
		return false
	}
	from := foldWithin(toks, j, 5, "from")
	if from < 0 {
		return false
	}
	for k := from + 1; k+3 < len(toks); k++ {
		if toks[k].Fold == "as" && (toks[k+1].Fold == "part" || toks[k+1].Fold == "a" && toks[k+2].Fold == "part") {
			return eventWithin(toks, k+2, 6)
		}
	}
	return false
}

// participantsListed reports "Participants included …", "Participants of
// the conference included (were) …" with "participants" at token j, the
// sentence's first or second word.
func participantsListed(toks []text.Token, j int) bool {
	if j > 1 || j+1 >= len(toks) {
		return false
	}
	if contains([]string{"included", "include", "comprised"}, toks[j+1].Fold) {
		return true
	}
	if f := toks[j+1].Fold; f != "of" && f != "at" && f != "in" {
		return false
	}
	return slices.ContainsFunc(toks[j+1:min(len(toks), j+9)], func(t text.Token) bool {
		return contains([]string{"included", "include", "were", "comprised"}, t.Fold)
	})
}

// arrivedAtEvent reports «На форум прибыли …», «На конференцию приехали
// …»: a verb of arriving at token j right after «на» and an event's noun
// (the ones who came follow the verb).
func arrivedAtEvent(toks []text.Token, j int) bool {
	return j >= 2 && toks[j-2].Fold == "на" && hasAnyPrefix(toks[j].Fold, []string{"прибыл", "приехал"}) && isEventWord(toks[j-1].Fold)
}

// amongParticipants reports "among the participants", «среди
// участников», «в числе участников» at token k.
func amongParticipants(toks []text.Token, k int) bool {
	n := -1
	switch f := toks[k].Fold; {
	case f == "among" && k+1 < len(toks) && toks[k+1].Fold == "the":
		n = k + 2
	case f == "среди":
		n = k + 1
	case f == "числе" && k > 0 && toks[k-1].Fold == "в":
		n = k + 1
	}
	return n > 0 && n < len(toks) && hasAnyPrefix(toks[n].Fold, []string{"participant", "участник"})
}

// eventBeforeWithin reports an event's noun among the n words before token
// j of sentence i: the event is the subject of the verb at j.
func (a *Analysis) eventBeforeWithin(i, j, n int) bool {
	return eventWithin(a.Sentences[i].Tokens, max(0, j-n), min(n, j))
}

// organisedStudyVisit reports «учебный/ознакомительный визит» at token j
// of sentence i with «организованн…» after it: an event an organiser held
// for its visitors, not a meeting of the visitors with anyone.
func (a *Analysis) organisedStudyVisit(i, j int) bool {
	toks := a.Sentences[i].Tokens
	if j+1 < len(toks) && hasAnyPrefix(toks[j].Fold, []string{"учебн", "ознакомительн"}) {
		j++ // (the adjective's token, where the trigger may stand)
	}
	return strings.HasPrefix(toks[j].Fold, "визит") && j > 0 && hasAnyPrefix(toks[j-1].Fold, []string{"учебн", "ознакомительн"}) && a.findStem(i, j, "организованн") > j
}

// eventOwnerInPhrase reports a mention m right after an event noun that
// a preposition of place opens («В заседании Избирательной комиссии
// Свердловской области приняли участие …», "At the session of the
// Commission …"): whose event it is, not who took part.
func eventOwnerInPhrase(toks []text.Token, m Mention) bool {
	k := m.Tok0 - 1
	if k >= 0 && (toks[k].Fold == "of" || toks[k].Fold == "the") {
		k--
	}
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 1 || !hasAnyPrefix(toks[k].Fold, []string{"заседани", "сессии", "session", "meeting", "sitting"}) {
		return false
	}
	p := k - 1
	if p >= 0 && (isAdjective(toks[p].Fold) || toks[p].Fold == "the") {
		p--
	}
	return p >= 0 && (toks[p].Fold == "в" || toks[p].Fold == "во" || toks[p].Fold == "на" || toks[p].Fold == "at" || toks[p].Fold == "in")
}

// openingActor returns the first actor of sentence i when it stands
// before the sentence's first verb-like word, "" when there is none.
func (a *Analysis) openingActor(i int) string {
	if i < 1 || i >= len(a.Sentences) {
		return "" // not the headline
	}
	verb := firstPastVerb(a.Sentences[i].Tokens)
	for _, m := range a.Mentions[i] {
		if verb < m.Tok0 {
			return ""
		}
		if k := a.actorKey(m); k != "" && !strings.HasPrefix(k, "??") && graph.KindOf(k) != graph.KindCountry {
			return k
		}
	}
	return ""
}

// firstPastVerb returns the token of the first lower-case past-tense verb
// of toks («встретился», "met"), or len(toks) when there is none.
func firstPastVerb(toks []text.Token) int {
	for k, t := range toks {
		if t.Kind == text.Word && !t.IsUpper() && pastVerb(t.Fold) {
			return k
		}
	}
	return len(toks)
}

// addEvidenceTo adds sentence i as evidence of the article's earlier
// participation of party in country, if there is one: a later sentence
// that names no place speaks of the same event.
func (a *Analysis) addEvidenceTo(typ graph.FactType, party, country string, i int) bool {
	k, ok := a.factsByParty[partyKey{string(typ), party, country}]
	if !ok {
		return false
	}
	f := &a.Doc.Facts[k]
	f.Evidence = append(f.Evidence, a.evidence(i, "participation")...)
	return true
}

// ownPlace reports whether sentence i names a country or city itself.
func (a *Analysis) ownPlace(i int) bool {
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Via != ViaAdj && m.Via != ViaPeople {
			return true
		}
	}
	for _, dm := range a.dict[i] {
		if dm.Entry.Kind == gazetteer.City {
			return true
		}
	}
	return false
}

// inAdjunct reports whether mention m of sentence i sits in an adjunct
// that names someone other than the subject: «по приглашению X», «при
// поддержке X», «по инициативе X», "at the invitation of X".
func (a *Analysis) inAdjunct(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-6; k-- {
		f := toks[k].Fold
		if f == "," || a.insideOtherActor(i, k, m) {
			return false
		}
		if hasAnyPrefix(f, []string{"приглашени", "поддержк", "инициатив", "invitation", "support", "initiative"}) {
			return true
		}
		if (f == "с" || f == "со" || f == "with") && k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"переговор", "встреч", "встрет", "беседу", "беседова", "консультаци", "talks", "met", "meeting", "meetings"}) {
			// «проведет переговоры с руководством ЦИК Узбекистана и примет
			// участие в конференции»: whom the subject meets, not who
			// takes part
			return true
		}
		// «В семинаре, организованном ЦИК Казахстана, приняли участие …»,
		// "At the workshop, organised by X, …": the organiser in a
		// participle clause set off by a comma
		if k > 0 && toks[k-1].Text == "," && hasAnyPrefix(f, []string{"организованн", "проведенн", "проведённ", "проводим", "организуем", "organised", "organized", "hosted", "convened"}) {
			return true
		}
	}
	return false
}

// initiators returns the actors named right after «по инициативе» or "(on|at)
// the initiative of" in sentence i, coordinated, up to the end of their
// clause («по инициативе ЦИК России, поддержанной …» is the commission's
// alone), and the token of the initiative; nil and -1 when the sentence
// names no initiative.
func (a *Analysis) initiators(i int) ([]string, int) {
	toks := a.Sentences[i].Tokens
	for k := 1; k < len(toks); k++ {
		var at int
		switch {
		case toks[k].Fold == "инициативе" && toks[k-1].Fold == "по":
			at = k
		case toks[k].Fold == "initiative" && k+1 < len(toks) && toks[k+1].Fold == "of" && toks[k-1].Fold == "the":
			at = k + 1
		default:
			continue
		}
		next := at + 1
		if next < len(toks) && toks[next].Fold == "the" {
			next++
		}
		var out []string
		last := -1
		for _, m := range a.listAfter(i, at) {
			if m.Tok0 > next && len(out) == 0 {
				break // not right after it
			}
			if last >= 0 && !onlyListGlue(toks[last:m.Tok0]) {
				break // «…, поддержанной посольством X»: another's part
			}
			last = m.Tok1
			if m.Kind != graph.KindCountry {
				out = append(out, m.Key)
			}
		}
		return out, k
	}
	return nil, -1
}

// insideOtherActor reports whether token k of sentence i belongs to an
// actor mention other than m.
func (a *Analysis) insideOtherActor(i, k int, m Mention) bool {
	for _, o := range a.Mentions[i] {
		if k >= o.Tok0 && k < o.Tok1 && o.Tok0 != m.Tok0 && o.Kind != graph.KindCountry {
			return true
		}
	}
	return false
}

// eventOrganizers returns the organisers of the event named at token ev of
// sentence i.
func (a *Analysis) eventOrganizers(i, ev int) []string {
	if host := a.visitedHost(i, ev); host != "" {
		return []string{host}
	}
	if org := a.findStem(i, ev, "организова", "organized", "organised", "organizing", "organising", "проводим", "проведенн", "проведённ", "conducted", "hosted", "convened"); org >= 0 && !(org+1 < len(a.Sentences[i].Tokens) && a.Sentences[i].Tokens[org+1].Fold == "for") {
		// (not "organized for officials of X": for whom, not by whom)
		return a.organizersAfter(i, org, "")
	}
	// "A-WEB organized a Capacity Building Program", «ЦИК организовал
	// семинар», "the Commission is also holding a training course": the
	// subject of the verb right before the event
	if v := a.findStem(i, max(0, ev-5), "organized", "organised", "organizes", "organises", "organizing", "organising", "hosted", "hosts", "hosting", "holding", "holds", "held", "ran", "convened", "conduct", "sponsored", "carried", "carries", "организовал", "организует", "провел", "провёл", "провела", "проводит", "проводил", "проводят"); v >= 0 && v < ev {
		if before := a.clauseActorsBefore(i, v); len(before) > 0 {
			// "The Election Commission of Nepal and International IDEA
			// jointly organised …": each subject joined to the last
			toks := a.Sentences[i].Tokens
			out := []string{before[len(before)-1].Key}
			for k := len(before) - 1; k > 0; k-- {
				gap := toks[before[k-1].Tok1:before[k].Tok0]
				if len(gap) == 0 || slices.ContainsFunc(gap, func(t text.Token) bool { return t.Text != "," && !isConj(t) && t.Fold != "the" }) {
					break
				}
				if !contains(out, before[k-1].Key) {
					out = append([]string{before[k-1].Key}, out...)
				}
			}
			return out
		}
	}
	// "the ECONEC General Assembly", "the A-WEB webinar": the organisation
	// named right before the event's English name
	if toks := a.Sentences[i].Tokens; !toks[ev].IsCyrillic() {
		end := ev
		if ev >= 3 && toks[ev-1].Text == ")" {
			end = ev - 1 // "the Association of World Election Bodies (A-WEB) meeting"
		}
		start := end
		for start > 0 && end-start < 3 && englishNameWord(toks[start-1]) {
			start--
		}
		for _, m := range a.Mentions[i] {
			if m.Tok1 <= end && m.Tok1 >= start && m.Tok1 > m.Tok0 && (m.Kind == graph.KindOrganization || m.Kind == graph.KindBody) && m.Via != ViaAdj {
				return []string{m.Key}
			}
		}
	}
	// «заседание Совета руководителей … СНГ», «Генеральная ассамблея ACEEEO»,
	// «заседание Избирательной комиссии Свердловской области»
	for _, m := range a.Mentions[i] {
		if m.Tok0 > ev && (m.Tok0 <= ev+4 || m.Tok0 <= ev+7 && organBetween(a.Sentences[i].Tokens[ev+1:m.Tok0])) && (m.Kind == graph.KindOrganization || m.Kind == graph.KindBody || m.Kind == graph.KindSubBody && m.Tok0 == ev+1) && !hasComma(a.Sentences[i].Tokens[ev+1:m.Tok0]) {
			// ("the 11th meeting of the Executive Board of the A-WEB")
			gap := a.Sentences[i].Tokens[ev+1 : m.Tok0]
			if hasFold(gap, "from", "из") {
				break // "the conference hail from A, B": where they come from
			}
			if m.Tok0 == ev+1 && hasAnyPrefix(a.Sentences[i].Tokens[m.Tok0].Fold, []string{"делегаци", "представител"}) && ev > 1 && a.Sentences[i].Tokens[ev-1].Fold == "в" && strings.HasPrefix(a.Sentences[i].Tokens[ev-2].Fold, "участи") {
				break // «участие в совещании делегации России»: who took part
			}
			if hasFold(gap, "for", "для") {
				break // «семинар для членов комиссий Таджикистана»: its guests
			}
			if hasFold(gap, "were", "was", "are", "is", "included", "includes", "include", "brought", "gathered", "собрал", "собрала", "собрало", "собрали", "стали", "были", "объединил", "объединила") {
				// «Конференция собрала представителей ЦИК Казахстана, …»,
				// "the conference were the commissions of A, B": a verb
				// between, and those after it are its guests
				break
			}
			if slices.ContainsFunc(gap, func(t text.Token) bool {
				return hasAnyPrefix(t.Fold, []string{"участи", "участв", "participat", "attend"})
			}) {
				break // «семинар с участием представителей ЦИК …»: its participants
			}
			if m.Tok0 == ev+1 || a.coordinated(gap) || organBetween(gap) {
				return []string{m.Key}
			}
		}
	}
	// «по инициативе ЦИК России … состоялся круглый стол», "was held at
	// the initiative of X": who initiated an event that took place
	// organised it, when the initiative belongs to the event's own clause
	if v := a.findStem(i, 0, "состоял", "прошел", "прошёл", "прошла", "прошло", "прошли", "проведен", "проведён", "held", "took"); v >= 0 {
		if in, at := a.initiators(i); len(in) > 0 && (abs(at-ev) <= 6 || abs(at-v) <= 8 || at < v && !a.clauseBreak(i, at, v)) && !(at < ev && a.clauseBreak(i, at, ev)) {
			return in
		}
	}
	// «X провел(а) конференцию …» just before: «В мероприятии приняли участие …»
	meeting := hasAnyPrefix(a.Sentences[i].Tokens[ev].Fold, []string{"встреч", "meeting"})
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		// "A meeting of the X Committee was held …" before "… attended the
		// meeting": X's meeting
		if v := a.findStem(k, 0, "провел", "провела", "провели", "организовал", "организовала", "организовали", "held", "organized", "organised", "hosted", "convened"); v >= 0 && (a.hasPhrase(k, eventWords...) || meeting && a.findStem(k, 0, "встреч", "meeting") >= 0) {
			if kt := a.Sentences[k].Tokens; v+1 < len(kt) && (kt[v+1].Fold == "by" || kt[v+1].Fold == "jointly") {
				// "the conference organised by X": the agent after the verb
				if after := a.organizersAfter(k, v, ""); len(after) > 0 {
					return after
				}
			}
			if before := a.clauseActorsBefore(k, v); len(before) > 0 {
				return []string{before[len(before)-1].Key}
			}
		}
	}
	// «Организатором форума выступила X», "The forum was organised by X",
	// "Organisers of the event were X and Y" in one of the next sentences
	for k := i + 1; k < len(a.Sentences) && k <= i+3; k++ {
		nt := a.Sentences[k].Tokens
		if len(nt) < 2 || !hasAnyPrefix(nt[0].Fold, []string{"организатор", "organiser", "organizer", "хозяин"}) {
			continue
		}
		if v := a.findStem(k, 1, "выступил", "выступа", "стал", "являл", "являет", "был", "were", "was", "are", "is"); v >= 0 && v <= 4 {
			if after := a.organizersAfter(k, v, ""); len(after) > 0 {
				return after
			}
		}
	}
	// «Мероприятие организовано X совместно с Y» in the next sentence
	if next := a.nextSentenceHosts(i); len(next) > 0 {
		return next
	}
	if h := a.hostingBody(i, ev); h != "" {
		return []string{h}
	}
	return nil
}

// nextSentenceHosts returns who organised the event of sentence i when the
// next sentence opens with the event and says so ("The conference is
// hosted by the Electoral Commission of Seychelles", «Мероприятие
// организовано X»), else nil.
func (a *Analysis) nextSentenceHosts(i int) []string {
	if i+1 >= len(a.Sentences) {
		return nil
	}
	nt := a.Sentences[i+1].Tokens
	if len(nt) > 0 && hasAnyPrefix(nt[0].Fold, eventSubjects) || len(nt) > 1 && hasAnyPrefix(nt[0].Fold+" "+nt[1].Fold, eventSubjects) {
		if k := a.findStem(i+1, 0, "организова", "organi", "hosted"); k >= 0 && k <= 4 {
			return a.organizersAfter(i+1, k, "")
		}
	}
	return nil
}

// hostingBody returns the election body a training event at token ev of
// sentence i is held at ("a two-week training course at the India
// International Institute of Democracy and Election Management", «курс в
// Учебном центре ЦИК»): the body whose house it is runs it; else "".
func (a *Analysis) hostingBody(i, ev int) string {
	toks := a.Sentences[i].Tokens
	if ev < 0 || !hasAnyPrefix(toks[ev].Fold, []string{"course", "training", "programme", "program", "workshop", "курс", "тренинг", "семинар", "стажировк"}) {
		return ""
	}
	for k := ev + 1; k+1 < len(toks) && k <= ev+3; k++ {
		if toks[k].Text == "," {
			return ""
		}
		if f := toks[k].Fold; f != "at" && f != "в" && f != "во" {
			continue
		}
		at := k + 1
		if toks[at].Fold == "the" && at+1 < len(toks) {
			at++
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 == at && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && !strings.HasPrefix(m.Key, "??") {
				return m.Key
			}
		}
		return ""
	}
	return ""
}

// visitedHost returns the body or organisation a study or benchmarking
// visit at token ev of sentence i goes to ("a benchmarking visit to the
// Electoral Commission of Zambia", «ознакомительный визит в ЦИК Армении»):
// the host, who organises it; else "".
func (a *Analysis) visitedHost(i, ev int) string {
	toks := a.Sentences[i].Tokens
	if ev < 0 {
		return ""
	}
	for n := 0; n < 2 && ev+1 < len(toks) && !hasAnyPrefix(toks[ev].Fold, []string{"visit", "tour", "визит", "поездк"}); n++ {
		ev++ // "study visit", "benchmarking visit": the noun after
	}
	if !hasAnyPrefix(toks[ev].Fold, []string{"visit", "tour", "визит", "поездк"}) {
		return ""
	}
	k := ev + 1
	if k < len(toks) && (toks[k].Fold == "to" || toks[k].Fold == "в" || toks[k].Fold == "во") {
		k++
	} else {
		return ""
	}
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k && (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody || m.Kind == graph.KindOrganization) {
			return m.Key
		}
	}
	return ""
}

// cityEndsAt reports a city name of sentence i that ends right before token
// k ("Budapest, Hungary"), in country cc: not an item of a list of places
// ("participants from Bougainville, Fiji and Nauru").
func (a *Analysis) cityEndsAt(i, k int, cc string) bool {
	for _, dm := range a.dict[i] {
		if dm.Entry.Kind == gazetteer.City && dm.End == k {
			return dm.Entry.Key == cc
		}
	}
	toks := a.Sentences[i].Tokens
	// a city the dictionary lacks, placed by a preposition: "in Manila,"
	return k >= 2 && toks[k-1].Kind == text.Word && toks[k-1].IsUpper() && (toks[k-2].Fold == "in" || toks[k-2].Fold == "в" || toks[k-2].Fold == "во")
}

// eventCountry returns where the event of sentence i is held: a country
// or city after «в», "in" or a comma, else the organisers' country, else
// the article's dateline.
func (a *Analysis) eventCountry(i, ev int, organizers []string) string {
	s := a.Sentences[i]
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Via != ViaAdj && m.Via != ViaPeople && m.Tok0 > 0 && !seatAt(s.Tokens, m.Tok0) {
			if f := s.Tokens[m.Tok0-1].Fold; f == "в" || f == "во" || f == "in" || s.Tokens[m.Tok0-1].Text == "," && a.cityEndsAt(i, m.Tok0-1, m.Key) {
				// "in Manila, Philippines"; not «эксперты из Германии, Литвы»
				return m.Key
			}
			if k := m.Tok0 - 2; k >= 1 && (s.Tokens[k+1].Text == "," || s.Tokens[k+1].Text == "(") && s.Tokens[k].Kind == text.Word && s.Tokens[k].IsUpper() && !a.insideMention(i, k) && contains([]string{"in", "to", "at", "в", "во"}, s.Tokens[k-1].Fold) {
				// "to Cartagena, Colombia", «в Картахене (Колумбия)»: a town
				// no list of ours has, then its country
				return m.Key
			}
		}
		if m.Kind == graph.KindCountry && m.Via == ViaAdj && m.Tok0 > 0 && m.Tok1 < len(s.Tokens) && contains([]string{"городе", "столице", "city", "capital"}, s.Tokens[m.Tok1].Fold) {
			// «в колумбийском городе Картахена», "in the Colombian city
			// of Cartagena"
			k := m.Tok0 - 1
			if s.Tokens[k].Fold == "the" && k > 0 {
				k--
			}
			if contains([]string{"in", "в", "во"}, s.Tokens[k].Fold) {
				return m.Key
			}
		}
	}
	if cc := a.venueCountry(i); cc != "" {
		return cc
	}
	// a city "in" which it is, else one after the event word, else any (not
	// the dateline's when another is named)
	first, after := "", ""
	for _, dm := range a.dict[i] {
		// a city, or a region named with its noun («в акимате
		// Западно-Казахстанской области»)
		if dm.Entry.Kind != gazetteer.City && !(dm.Entry.Kind == gazetteer.Region && a.regionNounAfter(i, dm.End)) || seatAt(s.Tokens, dm.Start) {
			continue
		}
		if dm.Start > 0 {
			// "in Manila", «в Ташкенте», "left for Tashkent to attend",
			// «в северной столице России городе Санкт-Петербург»
			if f := s.Tokens[dm.Start-1].Fold; f == "in" || f == "в" || f == "во" || f == "at" || f == "for" || f == "to" || f == "городе" || f == "столице" {
				return dm.Entry.Key
			}
		}
		if dm.Entry.Province {
			continue // "participants from Bougainville, Fiji …": whence, not where
		}
		if after == "" && dm.Start > ev {
			after = dm.Entry.Key
		}
		if first == "" && dm.Start > 0 {
			first = dm.Entry.Key // not the dateline's city
		}
	}
	if after != "" {
		return after
	}
	for _, k := range organizers {
		if cc := graph.CountryOf(k); cc != "" {
			return cc
		}
	}
	if first != "" {
		return first
	}
	for _, k := range a.nextSentenceHosts(i) {
		// "… attending the Annual Conference of the ECF-SADC. The
		// conference is hosted by the Electoral Commission of Seychelles"
		if cc := graph.CountryOf(k); cc != "" {
			return cc
		}
	}
	if i == 0 {
		// a headline sums up; the place comes with the event below
		return ""
	}
	if cc := a.travelledTo(i); cc != "" {
		return cc
	}
	return a.Frame.Place
}

// travelVerbs say that someone went somewhere ("left the country for
// South Africa", «вылетел в Ташкент»).
var travelVerbs = []string{"left", "departed", "travel", "flew", "arrived", "heading", "headed", "вылетел", "вылетели", "отправил", "прибыл", "прибыв", "выехал", "выехали"}

// travelledTo returns the country that one of the two sentences before i
// says someone travelled to ("X has left the country for South Africa.
// The purpose of his visit is to …"), or "".
func (a *Analysis) travelledTo(i int) string {
	for p := i - 1; p >= 0 && p >= i-2; p-- {
		toks := a.Sentences[p].Tokens
		for _, m := range a.Mentions[p] {
			if m.Kind != graph.KindCountry || m.Via != ViaName || m.Tok0 < 2 {
				continue
			}
			at := m.Tok0 - 1
			if toks[at].Text == "," && a.cityEndsAt(p, at, m.Key) {
				// "to Cape Town, South Africa": past the city
				for at--; at > 0 && toks[at].Kind == text.Word && toks[at].IsUpper(); at-- {
				}
			}
			if f := toks[at].Fold; f != "for" && f != "to" && f != "in" && f != "в" && f != "во" {
				continue
			}
			for k := at - 1; k >= 0 && k >= at-8; k-- {
				if hasAnyPrefix(toks[k].Fold, travelVerbs) {
					return m.Key
				}
			}
		}
	}
	return ""
}

// seatAt reports a place at token k that is an organisation's seat, not
// where something happens: "A-WEB based in Seoul", "headquartered in
// Stockholm", «со штаб-квартирой в Вене».
func seatAt(toks []text.Token, k int) bool {
	if k < 2 || !contains([]string{"in", "в", "во"}, toks[k-1].Fold) {
		return false
	}
	return contains([]string{"based", "headquartered", "seated", "штаб-квартирой", "расположенной", "расположенного", "расположенная", "базирующейся", "базирующаяся"}, toks[k-2].Fold)
}

// organizersAfter returns the bodies and organisations named after the
// word «организован…» at token k of sentence i, up to the comma that ends
// the clause once one is found («… совместно с IDEA, имеющего статус
// наблюдателя при ООН» stops before the UN).
func (a *Analysis) organizersAfter(i, k int, party string) []string {
	var out []string
	toks := a.Sentences[i].Tokens
	last := k
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= k {
			continue
		}
		if len(out) > 0 {
			for t := last; t < m.Tok0; t++ {
				if toks[t].Text == "," || toks[t].Text == ";" || contains(gatheringVerbs, toks[t].Fold) {
					// ("… organised by the CEC brought together
					// representatives of …": the guests after the verb)
					return out
				}
			}
		}
		switch m.Kind {
		case graph.KindBody, graph.KindOrganization, graph.KindGovernment:
			if m.Key != party && !contains(out, m.Key) {
				out = append(out, m.Key)
			}
			last = m.Tok1
		}
	}
	return out
}

// peopleFromAfter reports people from places at token k: "election
// officials from", «представителей из», "members of election bodies from".
func peopleFromAfter(toks []text.Token, k int) bool {
	people := false
	for n := k; n < len(toks) && n <= k+5; n++ {
		f := toks[n].Fold
		switch {
		case hasAnyPrefix(f, []string{"official", "representative", "delegate", "member", "expert", "представител", "делегат", "член", "эксперт", "сотрудник", "специалист"}):
			people = true
		case f == "from" || f == "из":
			return people
		case toks[n].Kind == text.Punct:
			return false
		}
	}
	return false
}

// gatheringVerbs say whom an event brought together, after its
// organisers' names.
var gatheringVerbs = []string{"brought", "gathered", "attracted", "included", "собрал", "собрала", "собрало", "объединил", "объединила", "объединило"}

// eventHeads are the nouns that name events, with their nominative and gender.
var eventHeads = []struct{ stem, nom, gender string }{
	{"конференц", "конференция", "f"}, {"ассамбле", "ассамблея", "f"}, {"сесси", "сессия", "f"},
	{"форум", "форум", "m"}, {"семинар", "семинар", "m"}, {"симпозиум", "симпозиум", "m"}, {"саммит", "саммит", "m"},
	{"заседани", "заседание", "n"}, {"совещани", "совещание", "n"},
	{"курс", "курс", "m"}, {"тренинг", "тренинг", "m"}, {"вебинар", "вебинар", "m"}, {"конгресс", "конгресс", "m"},
	{"стажировк", "стажировка", "f"}, {"выставк", "выставка", "f"}, {"платформ", "платформа", "f"},
	{"мероприяти", "мероприятие", "n"}, {"визит", "визит", "m"}, {"слушани", "слушания", "p"}, {"программ", "программа", "f"},
}

// eventName is the quoted title of the event after token ev, else the words
// from the event noun to the next comma, with the noun and its adjectives in
// the nominative («международной конференции по вопросам …» → «международная
// конференция по вопросам …»).
// sameEventBefore finds the event that the bare event noun at token ev of
// sentence i refers back to: the same kind of event described in one of
// the two sentences before (sentence and token, or -1). A noun with a
// name or adjectives of its own is a new event.
func (a *Analysis) sameEventBefore(i, ev int) (int, int) {
	toks := a.Sentences[i].Tokens
	if quotedAfter(a.Sentences[i], ev) != "" {
		return -1, -1
	}
	prefix := func(f string) string {
		r := []rune(f)
		if len(r) > 5 {
			r = r[:5]
		}
		return string(r)
	}
	// «международной конференции» after «состоится международная
	// конференция»: an event described by an adjective is the one before
	// only when that one had the same adjective
	adj := ""
	if ev > 0 && toks[ev-1].Kind == text.Word && isAdjective(toks[ev-1].Fold) {
		adj = prefix(toks[ev-1].Fold)
	}
	stem := prefix(toks[ev].Fold)
	// «На мероприятии приняли участие …», "The event was attended by …":
	// the word for any event is the one the sentence before named
	generic := hasAnyPrefix(toks[ev].Fold, []string{"мероприяти", "event"})
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		kt := a.Sentences[k].Tokens
		if ek := a.findEvent(k, 0); ek >= 0 && (strings.HasPrefix(kt[ek].Fold, stem) || generic && adj == "" && !hasAnyPrefix(kt[ek].Fold, []string{"мероприяти", "event"})) && (adj == "" || ek > 0 && strings.HasPrefix(kt[ek-1].Fold, adj)) {
			return k, ek
		}
		if adj != "" {
			continue
		}
		// "The Executive Board Meeting was held in Manila. The meeting was
		// attended by …": a meeting is an event only by its context
		if ek := a.findStem(k, 0, stem); ek >= 0 && !a.insideMention(k, ek) {
			return k, ek
		}
	}
	return -1, -1
}

// eventNameStop reports a word that ends an event's name: who holds it,
// where or when ("… organised by", "held in", «организованн…», «прошедш…»).
func eventNameStop(fold string) bool {
	switch fold {
	case "organised", "organized", "held", "hosted", "convened", "which", "that", "in", "at", "was", "were", "is", "are", "will", "would", "has", "had", "took", "attended", "hail", "hails", "come", "comes", "came", "from", "included", "includes", "include", "brought", "gathered",
		"был", "была", "было", "были", "будет", "будут", "является", "являлся", "являлась", "стал", "стала", "стало", "стали", "станет":
		// (and «Целью форума был обмен опытом»: a verb ends the name)
		return true
	}
	return hasAnyPrefix(fold, []string{"организованн", "проведенн", "прошедш", "состоявш", "котор", "принял", "приня", "участвовал", "прошл", "прошел", "состоял", "проход", "присутствова", "посетил", "собрал", "объединил"})
}

// whenAt reports "on Tuesday", "on 5 May", "on March 3", "last week" at
// token k: when the event was, no part of its name.
func whenAt(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	f, n := toks[k].Fold, toks[k+1].Fold
	switch f {
	case "on":
		_, month := monthsEn[n]
		return weekdays[n] || month || toks[k+1].Kind == text.Number
	case "last", "this", "next":
		return n == "week" || n == "month" || n == "year" || weekdays[n]
	case "yesterday", "today", "tomorrow":
		return true
	}
	return false
}

// weekdays are the English days of the week (monthsEn has the months).
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// englishNameWord reports a capitalised Latin word or an ordinal ("32nd")
// that can open an English event name; not an article or a preposition.
func englishNameWord(t text.Token) bool {
	if t.Text == "" || t.Text[0] >= 0x80 {
		return false
	}
	switch t.Fold {
	case "the", "a", "an", "in", "at", "of", "on", "and", "for", "to", "by", "with":
		return false
	}
	if t.Kind == text.Word && t.IsUpper() {
		return true
	}
	return hasAnySuffix(t.Fold, "st", "nd", "rd", "th") && t.Fold[0] >= '0' && t.Fold[0] <= '9'
}

func eventName(s Sentence, ev int) string {
	if q := quotedAfter(s, ev); q != "" {
		return q
	}
	if ev+1 < len(s.Tokens) && hasAnyPrefix(s.Tokens[ev].Fold, []string{"учебн", "ознакомительн"}) && strings.HasPrefix(s.Tokens[ev+1].Fold, "визит") {
		ev++ // «ознакомительным визитом»: the noun heads the name
	}
	start := ev
	for start > 0 && s.Tokens[start-1].Kind == text.Word && isAdjective(s.Tokens[start-1].Fold) && !strings.HasPrefix(s.Tokens[start-1].Fold, "участник") && ev-start < 3 {
		start--
	}
	if start == ev {
		// "the 32nd Annual Conference", "International Forum": the
		// capitalised English words before the head
		for start > 0 && ev-start < 4 && englishNameWord(s.Tokens[start-1]) {
			start--
		}
	}
	end := ev + 1
	for end < len(s.Tokens) && s.Tokens[end].Text != "," && s.Tokens[end].Text != "." && end-start < 12 && !eventNameStop(s.Tokens[end].Fold) && !whenAt(s.Tokens, end) && !(contains([]string{"being", "conducted"}, s.Tokens[end].Fold) && (end > ev+1 || start < ev)) {
		if end+1 < len(s.Tokens) && ((s.Tokens[end].Fold == "с" || s.Tokens[end].Fold == "при") && strings.HasPrefix(s.Tokens[end+1].Fold, "участи") || s.Tokens[end].Fold == "with" && s.Tokens[end+1].Fold == "the" && end+2 < len(s.Tokens) && strings.HasPrefix(s.Tokens[end+2].Fold, "participat")) {
			break // «семинар с участием …», "with the participation of …": who came, not its name
		}
		end++
	}
	end = balancedEnd(s.Tokens, ev+1, end)
	head, gender := s.Tokens[ev].Text, ""
	for _, h := range eventHeads {
		if strings.HasPrefix(s.Tokens[ev].Fold, h.stem) {
			head, gender = h.nom, h.gender
			if s.Tokens[ev].IsUpper() {
				r := []rune(head)
				head = strings.ToUpper(string(r[0])) + string(r[1:])
			}
			break
		}
	}
	var words []string
	for k := start; k < ev; k++ {
		words = append(words, nominativeAdjGender(s.Tokens[k].Text, gender))
	}
	words = append(words, head)
	if end > ev+1 {
		words = append(words, s.Text[s.Tokens[ev+1].Start-s.Start:s.Tokens[end-1].End-s.Start])
	}
	return strings.Join(words, " ")
}

// balancedEnd returns where a name of tokens [from, end) ends so that a
// bracket it opens is closed: past the «)» when it comes within four
// tokens ("… Election Officials (ACEEEO)"), else before the «(».
func balancedEnd(toks []text.Token, from, end int) int {
	open := -1
	for k := from; k < end; k++ {
		switch toks[k].Text {
		case "(":
			if open < 0 {
				open = k
			}
		case ")":
			open = -1
		}
	}
	if open < 0 {
		return end
	}
	for k := end; k < len(toks) && k < end+4; k++ {
		if toks[k].Text == ")" {
			return k + 1
		}
		if toks[k].Text == "(" || toks[k].Text == "." {
			break
		}
	}
	return open
}

// hasFold reports whether one of toks is written as one of folds.
func hasFold(toks []text.Token, folds ...string) bool {
	for _, t := range toks {
		if contains(folds, t.Fold) {
			return true
		}
	}
	return false
}

// minus returns the keys of ss that are not in drop, in order.
func minus(ss, drop []string) []string {
	var out []string
	for _, s := range ss {
		if !contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// guessedHome reports a home country the article only names more often
// than the others in an English list of many countries: no dateline, no
// body of it named, and at least four other countries named.
func (a *Analysis) guessedHome() bool {
	if a.Doc.Language != "en" || a.Frame.Place == a.Home || a.namesBody(graph.BodyKey(a.Home)) {
		return false
	}
	others := map[string]bool{}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindCountry && m.Key != a.Home {
				others[m.Key] = true
			}
		}
	}
	return len(others) >= 4
}

// topicOpeners are the words between an event noun and the words that say
// what it is about: «семинар для наблюдателей», «конференция по вопросам
// наблюдения», "a workshop on election observation".
var topicOpeners = []string{"для", "по", "о", "об", "на", "on", "for", "about", "titled", "entitled", "themed"}

// eventTopic returns the tokens [from, to) of sentence i that say what an
// event named in it is about: the «quoted» title after the event noun
// («совещании ОБСЕ на тему "Демократические выборы и наблюдение за их
// проведением"») or the phrase after it up to a comma («семинар для
// международных наблюдателей и консультантов»); {-1, -1} when there is
// none. Words there name the event's subject, not what the sentence's
// actors do: an observation in a seminar's title is no observation.
func (a *Analysis) eventTopic(i int) (int, int) {
	if a.topics == nil {
		a.topics = make([][2]int16, len(a.Sentences))
		for k := range a.topics {
			a.topics[k] = [2]int16{-2, -2}
		}
	}
	if a.topics[i][0] == -2 {
		from, to := a.findEventTopic(i)
		a.topics[i] = [2]int16{int16(from), int16(to)}
	}
	return int(a.topics[i][0]), int(a.topics[i][1])
}

func (a *Analysis) findEventTopic(i int) (int, int) {
	if !a.hasPhrase(i, eventWords...) {
		return -1, -1
	}
	toks := a.Sentences[i].Tokens
	if len(toks) > 32000 {
		return -1, -1
	}
	closing := quotePairs
	for k := 0; k < len(toks); k++ {
		if !hasAnyPrefix(toks[k].Fold, eventWords) {
			if k+1 >= len(toks) || !hasAnyPrefix(toks[k].Fold+" "+toks[k+1].Fold, eventWords) {
				continue
			}
			k++ // «на «круглом столе» «…»»: a noun of two words
		}
		// a quoted title within the few words after the noun
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			t := toks[q].Text
			if t == "," || t == "." || t == ";" {
				break
			}
			if c, ok := closing[t]; ok {
				for e := q + 1; e < len(toks) && e <= q+40; e++ {
					if toks[e].Text == c {
						return q, e + 1
					}
				}
				break
			}
		}
		if k+2 < len(toks) && slices.Contains([]string{"program", "programme", "course", "session", "workshop", "seminar"}, toks[k+1].Fold) {
			k++ // "a training program on election observation"
		}
		if k+2 < len(toks) && slices.Contains(topicOpeners, toks[k+1].Fold) {
			e := k + 1
			for e < len(toks) && e <= k+10 && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != ";" && toks[e].Text != "(" {
				e++
			}
			return k + 1, e
		}
	}
	return -1, -1
}

// inEventTopic reports whether token k of sentence i is in its eventTopic.
func (a *Analysis) inEventTopic(i, k int) bool {
	from, to := a.eventTopic(i)
	return k >= from && k < to
}

// triggerOutsideTopic is triggerAt without the triggers in the sentence's
// eventTopic.
func (a *Analysis) triggerOutsideTopic(i, from int, stems ...string) int {
	j := a.triggerAt(i, from, stems...)
	for j >= 0 && (a.inEventTopic(i, j) || a.speechObserved(i, j) || a.insideNGOName(i, j) || observationAsSubject(a.Sentences[i].Tokens, j) || inQuotedTitle(a.Sentences[i].Tokens, j) || discussedTopic(a.Sentences[i].Tokens, j) || unitName(a.Sentences[i].Tokens, j) || assistanceTopic(a.Sentences[i].Tokens, j) || topicListItem(a.Sentences[i].Tokens, j) || ballotProduction(a.Sentences[i].Tokens, j)) {
		j = a.triggerAt(i, j+1, stems...)
	}
	return j
}

// insideNGOName reports a token of sentence i inside the name of a
// non-governmental organisation («Центр содействия международным
// наблюдателям», "Centre for Election Monitoring"): the word names the
// organisation, it does not say anyone observes.
func (a *Analysis) insideNGOName(i, j int) bool {
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindNGO && m.Tok0 <= j && j < m.Tok1 {
			return true
		}
	}
	return false
}

// topicListItem reports a word at token j that is an item of a list of
// three or more topics set off by commas ("The briefings encompassed the
// role, the conduct of elections, reinforced election monitoring, gender
// mainstreaming and readiness", «обсудили вопросы регистрации, наблюдения
// за выборами, цифровизации и …»): a subject spoken of, not an act.
func topicListItem(toks []text.Token, j int) bool {
	commas := 0
	for _, t := range toks {
		if t.Text == "," {
			commas++
		}
	}
	if commas < 3 || !slices.ContainsFunc(toks, func(t text.Token) bool {
		return hasAnyPrefix(t.Fold, []string{"encompass", "covered", "covering", "topics", "issues", "вопрос", "тем", "обсуди", "discuss"})
	}) {
		// (a list of topics is said to be one: «обсудили вопросы …», "the
		// briefings encompassed …")
		return false
	}
	// the item: commas (or a list's «и»/"and") on both sides, within six
	// words before and four after, and no verb inside
	before, after := false, false
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if toks[k].Text == "," {
			before = true
			break
		}
		if toks[k].Kind != text.Word || pastVerb(toks[k].Fold) || toks[k].Fold == "что" || toks[k].Fold == "that" {
			return false
		}
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].Text == "," || toks[k].Fold == "and" || toks[k].Fold == "и" {
			after = true
			break
		}
		if toks[k].Kind != text.Word || contains([]string{"из", "от", "from"}, toks[k].Fold) {
			// («наблюдатели из Колумбии, Чехии, …»: whence they come)
			return false
		}
	}
	return before && after
}

// assistanceTopic reports a word at token j that names what someone gives
// help, training or expertise in ("technical expertise on election
// observation for civil society groups", «поддержка в области
// наблюдения», «обучение наблюдателей»): the subject of the help, not an
// act of observing.
func assistanceTopic(toks []text.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if toks[k].Kind == text.Punct {
			return false
		}
		if hasAnyPrefix(toks[k].Fold, []string{"expertise", "training", "assistance", "funding", "capacity", "экспертиз", "обучени", "финансир"}) {
			return true
		}
	}
	return false
}

// unitName reports a word at token j of a department's name («советник
// отдела аналитики и мониторинга выборов», "the Election Monitoring
// Division"): the unit someone works in, not an act of observing.
func unitName(toks []text.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if hasAnyPrefix(toks[k].Fold, []string{"отдел", "департамент", "управлени", "сектор"}) {
			return true
		}
		if toks[k].Kind == text.Punct {
			return false
		}
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if f := toks[k].Fold; (f == "division" || f == "department" || f == "unit" || f == "directorate") && toks[k].IsUpper() {
			return true
		}
	}
	return false
}

// quotePairs maps an opening quotation mark to its closing one.
var quotePairs = map[string]string{"«": "»", "\"": "\"", "“": "”"}

// inQuotedTitle reports whether token j lies inside a quoted title that a
// dash or a word for a talk or its theme introduces («Игорь Борисов –
// «Опережающее развитие …»», «доклад «Институт международного наблюдения
// за выборами: взгляд социолога»», «на тему "…"», "a paper titled “…”"):
// the words of a title say what a talk is about, not what anyone does.
// Quoted speech («Мы направим наблюдателей», – сказал он) opens after a
// colon or at the sentence's start, and stays a statement.
func inQuotedTitle(toks []text.Token, j int) bool {
	if !slices.ContainsFunc(toks[max(0, j-40):j], func(t text.Token) bool { return t.Text == "«" || t.Text == "\"" || t.Text == "“" }) {
		return false // no quote opens before j
	}
	closing := quotePairs
	for q := j - 1; q >= 0 && q >= j-40; q-- {
		c, ok := closing[toks[q].Text]
		if !ok {
			if toks[q].Text == "»" || toks[q].Text == "”" {
				return false // a quote that closed before j
			}
			continue
		}
		if toks[q].Text == "\"" && quoteCloses(toks, q) {
			return false
		}
		closed := false
		for e := j + 1; e < len(toks) && e <= q+40; e++ {
			if toks[e].Text == c {
				closed = true
				break
			}
		}
		if !closed || q == 0 {
			return false
		}
		p := toks[q-1]
		if p.Text == "–" || p.Text == "—" {
			// «Игорь Борисов – «Опережающее развитие …»» in a sentence of
			// talks («С докладами выступили: …»); elsewhere a dash before
			// a quote opens speech («сообщил журналистам – «…»»)
			return slices.ContainsFunc(toks, func(t text.Token) bool {
				return hasAnyPrefix(t.Fold, []string{"доклад", "презентаци", "лекци", "papers", "presentations", "lectures"})
			})
		}
		return hasAnyPrefix(p.Fold, []string{"доклад", "выступлени", "презентаци", "лекци", "тему", "теме", "темой", "названием", "titled", "entitled", "paper", "presentation", "lecture"})
	}
	return false
}

// ballotProduction reports an observation word at token j whose object is
// the making of ballot papers ("monitoring and production of ballot papers
// in Greece", «контроль за изготовлением бюллетеней»), not an election.
func ballotProduction(toks []text.Token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if !hasAnyPrefix(toks[k].Fold, []string{"printing", "production", "procurement", "печат", "изготовлен", "производств"}) {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+3; n++ {
			if hasAnyPrefix(toks[n].Fold, []string{"ballot", "бюллетен", "election material", "materials"}) {
				return true
			}
		}
	}
	return false
}

// discussedTopic reports whether token j of toks lies in the issues a
// verb of discussing governs («обсудили вопросы международного
// наблюдения», "discussed issues of election observation") or in the role
// of someone in it («вопросы о роли Совета Европы … в наблюдении за
// выборами»): a subject of talks, not an act.
func discussedTopic(toks []text.Token, j int) bool {
	if j+1 < len(toks) && toks[j+1].Fold == "by" {
		return false // "issues of the observation by the CIS mission": who observes
	}
	for k := j - 1; k >= 1 && k >= j-14; k-- {
		if toks[k].Kind == text.Punct && toks[k].Text != "," {
			break
		}
		if toks[k].Fold == "роли" && toks[k-1].Fold == "о" || toks[k].Fold == "role" && toks[k-1].Fold == "the" && k+1 < len(toks) && toks[k+1].Fold == "of" {
			return true // «вопросы о роли X … в наблюдении за выборами»: a subject
		}
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		f := toks[k].Fold
		if toks[k].Kind == text.Punct {
			return false
		}
		if !hasAnyPrefix(f, []string{"вопрос", "issues", "matters", "questions", "topics", "тем"}) {
			continue
		}
		for v := k - 1; v >= 0 && v >= k-3; v-- {
			if hasAnyPrefix(toks[v].Fold, []string{"обсуд", "обсужд", "discuss"}) {
				return true
			}
		}
		return false
	}
	return false
}

// quoteCloses reports whether the straight quote at token q closes a quoted
// span opened before it in the same sentence (an odd number of them
// before).
func quoteCloses(toks []text.Token, q int) bool {
	n := 0
	for _, t := range toks[:q] {
		if t.Text == "\"" {
			n++
		}
	}
	return n%2 == 1
}

// speechObserved reports "observed" at token j of sentence i used as a
// verb of saying ("… of the electoral community,” observed Matt Gokhool"):
// right after a closing quote, with or without a comma.
func (a *Analysis) speechObserved(i, j int) bool {
	toks := a.Sentences[i].Tokens
	if f := toks[j].Fold; j == 0 || f != "observed" && f != "observes" {
		return false
	}
	// not after a bare comma: "the elections in Kenya, observed by the AU
	// mission, …" is the participle
	switch toks[j-1].Text {
	case "”", "\"", "»", "’":
		return true
	case ",":
		return j > 1 && (toks[j-2].Text == "”" || toks[j-2].Text == "\"" || toks[j-2].Text == "»")
	}
	return false
}

// actorSoonAfter reports whether an actor is named within the eight tokens
// after token j of sentence i, before a comma.
func (a *Analysis) actorSoonAfter(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= j {
			continue
		}
		if m.Tok0 > j+8 {
			return false
		}
		if slices.ContainsFunc(toks[j:m.Tok0], func(t text.Token) bool { return t.Text == "," }) {
			return false
		}
		if a.actorKey(m) != "" {
			return true
		}
	}
	return false
}

// venueNouns are places an event is held in, named with their country:
// «в Центральном банке Республики Узбекистан», "at the Parliament of
// Ghana". An embassy is not among them: it stands in another country.
var venueNouns = []string{"банк", "министерств", "университет", "здани", "академи", "парламент", "офис", "дворц", "институт", "bank", "ministry", "university", "building", "academy", "parliament", "office", "palace", "institute"}

// venueParts are the Russian nouns of a part or a building of an
// institution an event is held in, before the institution's name.
var venueParts = []string{"комитет", "аппарат", "здани", "зале", "офис", "секретариат", "штаб-квартир", "резиденци"}

// venueCountry returns the country of the venue sentence i places its
// event in: a country named right after «в»/"at" and a venue noun
// («в Центральном банке Республики Узбекистан»), or a body or state
// institution of a country the event is held at («семинар в ЦИК
// Кыргызстана», "a workshop at the Parliament of Ghana"); "" when there
// is none.
func (a *Analysis) venueCountry(i int) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Tok0 < 1 || m.Via == ViaAdj || m.Via == ViaPeople {
			continue
		}
		switch m.Kind {
		case graph.KindBody, graph.KindGovernment:
			p := toks[m.Tok0-1].Fold
			if m.Tok0 >= 2 && hasAnyPrefix(p, venueParts) && (toks[m.Tok0-2].Fold == "в" || toks[m.Tok0-2].Fold == "во") {
				// «в Комитете Совета Федерации», «в здании ЦИК»: a part or a
				// building of the institution
				p = "в"
			}
			if (p == "в" || p == "во") || p == "the" && m.Tok0 >= 2 && toks[m.Tok0-2].Fold == "at" {
				if cc := graph.CountryOf(m.Key); cc != "" {
					return cc
				}
			}
		case graph.KindCountry:
			for k := m.Tok0 - 1; k >= 0 && k >= m.Tok0-4; k-- {
				f := toks[k].Fold
				if f == "в" || f == "во" || f == "at" {
					if k+1 < m.Tok0 && slices.ContainsFunc(toks[k+1:m.Tok0], func(t text.Token) bool { return hasAnyPrefix(t.Fold, venueNouns) }) {
						return m.Key
					}
					break
				}
				if toks[k].Kind != text.Word {
					break
				}
			}
		}
	}
	return ""
}

// followingList returns the actors listed after the colon of a sentence
// that announces them with "the following" («следующих») or opens with
// «Среди участников …:» ("Among the participants"), when the colon comes
// after token j: "participants from national electoral management
// bodies of the following countries attended the conference: Albania,
// Austria and …", «В форуме приняли участие представители следующих
// организаций: …». A country stands for its election body when the words
// before the colon speak of election bodies, else for its government.
func (a *Analysis) followingList(i, j int) []string {
	toks := a.Sentences[i].Tokens
	f := -1
	switch {
	case a.hasPhrase(i, "following", "следующ"):
		f = a.findStem(i, 0, "following", "следующ")
	case len(toks) > 2 && (toks[0].Fold == "среди" && strings.HasPrefix(toks[1].Fold, "участник") || toks[0].Fold == "among" && toks[1].Fold == "the" && strings.HasPrefix(toks[2].Fold, "participant")):
		// «Среди участников конференции: – Председатель ЦИК …; – …»
		f = 0
	}
	colon := -1
	for k := max(f, j) + 1; k < len(toks); k++ {
		if toks[k].Text == ":" {
			colon = k
			break
		}
	}
	if f < 0 || colon < 0 || colon-f > 12 {
		return nil
	}
	bodies := false
	for k := max(0, f-6); k < colon; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"electoral", "election", "emb", "избирательн", "избиркомов", "цик"}) {
			bodies = true
		}
	}
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 <= colon {
			continue
		}
		key := a.actorKey(m)
		if m.Kind == graph.KindCountry {
			if m.Via == ViaAdj || m.Via == ViaPeople {
				continue
			}
			key = m.Key + "/GOV"
			if bodies {
				key = m.Key + "/CEC"
			}
		}
		if key != "" && !strings.HasPrefix(key, "??") && !contains(out, key) {
			out = append(out, key)
		}
	}
	return out
}

// amongThemFrom returns the countries of ", among them officials from A,
// B and C" («…, в том числе представители A, B и C», "including delegates
// from …") after token j of sentence i: the subject of the participation
// the sentence named by number. At an event of election bodies (a body or
// an association of them organises it, or the sentence speaks of
// elections) a country stands for its election body, else for its state.
func (a *Analysis) amongThemFrom(i, j int) []string {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k+2 < len(toks); k++ {
		if toks[k].Text != "," {
			continue
		}
		n := k + 1
		switch {
		case toks[n].Fold == "among" && (toks[n+1].Fold == "them" || toks[n+1].Fold == "whom"),
			toks[n].Fold == "среди" && (toks[n+1].Fold == "них" || toks[n+1].Fold == "которых"),
			toks[n].Fold == "в" && toks[n+1].Fold == "том" && n+2 < len(toks) && toks[n+2].Fold == "числе":
			n += 2
			if toks[n-1].Fold == "том" {
				n++
			}
		case toks[n].Fold == "including":
			n++
		default:
			continue
		}
		for n < len(toks) && n <= k+6 && (hasAnyPrefix(toks[n].Fold, subjectNouns) || hasAnyPrefix(toks[n].Fold, []string{"delegat", "делегат", "were", "was", "from", "из", "от"})) {
			n++
		}
		var out []string
		cc, next := a.countryAt(i, n, false)
		for cc != "" {
			out = append(out, cc)
			k2 := next
			for k2 < len(toks) && (isConj(toks[k2]) || toks[k2].Fold == "the") {
				k2++
			}
			if k2 == next {
				break
			}
			cc, next = a.countryAt(i, k2, false)
		}
		return a.countriesTakingPart(i, j, out)
	}
	return nil
}

// countriesTakingPart keys the countries of a list (two or more) that
// takes part in the event of sentence i (trigger at token j): each
// country's election body at an event of election bodies, else its state.
func (a *Analysis) countriesTakingPart(i, j int, ccs []string) []string {
	if len(ccs) < 2 {
		return nil
	}
	suffix := "/GOV"
	if a.electoralEvent(i, j) {
		suffix = "/CEC"
	}
	out := make([]string, len(ccs))
	for x, cc := range ccs {
		out[x] = cc + suffix
	}
	return out
}

// electoralEvent reports whether the event sentence i speaks of (its
// trigger at token j) is one of election bodies: the sentence or the one
// before speaks of elections, or a body or an association of election
// bodies organises it.
func (a *Analysis) electoralEvent(i, j int) bool {
	if a.hasPhrase(i, "election", "electoral", "избирательн", "выбор") || i > 0 && a.hasPhrase(i-1, "election", "electoral", "избирательн", "выбор") {
		return true
	}
	for k := i; k >= 0 && k >= i-1; k-- {
		if ev := a.findEvent(k, 0); ev >= 0 {
			for _, o := range a.eventOrganizers(k, ev) {
				if a.electoral(o) {
					return true
				}
			}
		}
	}
	return false
}

// eventNounJustBefore reports an event noun right before token j of
// sentence i, a comma apart: "The first course, for poll officials from
// Kenya, will begin on June 27", «курс для сотрудников ЦИК Монголии».
func (a *Analysis) eventNounJustBefore(i, j int) bool {
	toks := a.Sentences[i].Tokens
	k := j - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	// "a training from 5 to 9 June for …": past the dates
	for n := k; n > 0 && n >= j-9; n-- {
		t := toks[n]
		if _, month := monthsEn[t.Fold]; !(t.Kind == text.Number || month || contains([]string{"from", "to", "on", "in", "until", "till", "-", "–", "and"}, t.Fold)) {
			break
		}
		if hasAnyPrefix(toks[n-1].Fold, trainingNouns) {
			return true
		}
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, trainingNouns)
}

// trainingNouns name the courses an election body holds for others.
var trainingNouns = []string{"курс", "семинар", "тренинг", "стажировк", "вебинар", "course", "training", "seminar", "workshop", "webinar"}

// passiveEventFor reports "<event> was (also) organized for" before the
// "for" at token j ("a 2-week training programme was also organized for
// officials of …").
func passiveEventFor(toks []text.Token, j int) bool {
	v := j - 1
	if v < 2 || !contains([]string{"organized", "organised", "held", "conducted", "arranged"}, toks[v].Fold) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if hasAnyPrefix(toks[k].Fold, trainingNouns) || hasAnyPrefix(toks[k].Fold, []string{"programme", "program"}) {
			return true
		}
	}
	return false
}

// traineesFrom returns the states whose officials an event "for" at token
// j of sentence i is held for ("a training for officials from Iraq and
// Palestine", "for election officials from Fiji"), or nil.
func (a *Analysis) traineesFrom(i, j int) []string {
	toks := a.Sentences[i].Tokens
	k := j + 1
	for k < len(toks) && k <= j+4 && (toks[k].Kind == text.Number || contains([]string{"the", "election", "electoral", "senior", "young", "visiting", "two", "three", "four", "five"}, toks[k].Fold)) {
		k++
	}
	if k+1 >= len(toks) || !contains([]string{"officials", "officers", "delegates", "representatives", "staff", "participants", "commissioners"}, toks[k].Fold) || toks[k+1].Fold != "from" && toks[k+1].Fold != "of" {
		return nil
	}
	if toks[k+1].Fold == "of" {
		// "for officials of the National Electoral Commission of Sierra
		// Leone": the body named right after
		if l := a.listAfter(i, k+1); len(l) > 0 && l[0].Tok0 <= k+3 && l[0].Kind != graph.KindCountry {
			return keys(l)
		}
		return nil
	}
	if l := a.listAfter(i, k+1); len(l) > 0 && l[0].Tok0 <= k+3 {
		return keys(l)
	}
	return a.countriesAfter(i, k+1)
}

// allOf reports whether every key is of country cc.
func allOf(keys []string, cc string) bool {
	for _, k := range keys {
		if graph.CountryOf(k) != cc {
			return false
		}
	}
	return len(keys) > 0
}

// trainingAfter reports a course, seminar, training, programme or
// conference within three words from token k: what one becomes a
// participant of, unlike an association one joins.
func trainingAfter(toks []text.Token, k int) bool {
	for n := k; n < len(toks) && n < k+3; n++ {
		if hasAnyPrefix(toks[n].Fold, []string{"курс", "семинар", "программ", "тренинг", "стажировк", "вебинар", "конференц", "совещани", "круглого", "круглом", "школ"}) {
			return true
		}
	}
	return false
}

// eventWithin reports an event word among the n tokens from token from.
func eventWithin(toks []text.Token, from, n int) bool {
	for k := from; k < len(toks) && k < from+n; k++ {
		if k >= 0 && isEventWord(toks[k].Fold) {
			return true
		}
	}
	return false
}

// isEventWord reports an event word, also as the last part of a compound
// («онлайн-конференции», "e-conference").
func isEventWord(f string) bool {
	return hasAnyPrefix(f, eventWords) || compoundEventWord(f)
}

// venueWord reports a compound word whose last part names a venue
// («Конгресс-холле», "Convention-Centre"): a place, not an event.
func venueWord(f string) bool {
	h := strings.IndexByte(f, '-')
	return h > 0 && hasAnyPrefix(f[h+1:], []string{"холл", "зал", "центр", "hall", "centre", "center"})
}

// compoundEventWord reports a compound word whose last part is an event
// word («онлайн-конференции»).
func compoundEventWord(f string) bool {
	h := strings.LastIndexByte(f, '-')
	return h >= 0 && h+1 < len(f) && hasAnyPrefix(f[h+1:], eventWords)
}

// delegationToEvent reports "led a delegation … to the <event>" («возглавил
// делегацию … на <event>») after the verb at token j of sentence i.
func (a *Analysis) delegationToEvent(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if !hasAnyPrefix(toks[k].Fold, []string{"delegation", "делегаци", "team", "group", "групп"}) {
			continue
		}
		for t := k + 1; t < len(toks) && t <= k+10; t++ {
			if f := toks[t].Fold; (f == "to" || f == "на" || f == "at" || f == "for") && eventWithin(toks, t+1, 4) {
				return true
			}
		}
		return false
	}
	return false
}

// sentToEvent reports "sent (two officials) to the <event>" («направил(а)
// (представителей) на <event>») after the verb at token j of sentence i.
func (a *Analysis) sentToEvent(i, j int) bool {
	toks := a.Sentences[i].Tokens
	for t := j + 1; t < len(toks) && t <= j+6; t++ {
		if toks[t].Text == "," || toks[t].Text == "." {
			return false
		}
		if f := toks[t].Fold; (f == "to" || f == "на" || f == "для") && eventWithin(toks, t+1, 7) {
			// ("sent a delegation to the SADC Electoral Commissions Forum
			// annual conference": a long name before the event's noun)
			return true
		}
	}
	return false
}

// countriesFromBefore returns the countries of "from (N countries,
// including) A, B and C" («из (N стран, в том числе) A, B и C») before the
// trigger at token j of sentence i, the subject of a participation no
// actor of which is named: each country's election body at an event of
// election bodies, else its state.
func (a *Analysis) countriesFromBefore(i, j int) []string {
	toks := a.Sentences[i].Tokens
	var out []string
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= j {
			break
		}
		if m.Kind != graph.KindCountry || m.Via == ViaAdj || m.Via == ViaPeople || contains(out, m.Key) {
			continue
		}
		h := a.listHead(i, m)
		p := h.Tok0 - 1
		if p >= 0 {
			p = beforeIncluding(toks, p)
		}
		if p < 0 || (toks[p].Fold != "from" && toks[p].Fold != "из" && toks[p].Fold != "от") {
			continue
		}
		out = append(out, m.Key)
	}
	return a.countriesTakingPart(i, j, out)
}

// sessionByVideo reports a sentence whose only word of meeting is a
// videoconference and that names a session, conference or other event:
// the event was held online.
func (a *Analysis) sessionByVideo(i int) bool {
	if !a.hasPhrase(i, "videoconferenc", "video conferenc", "видеоконференц") || a.hasPhrase(i, "встреч", "встрет", "met ", "meets ", "meeting", "talks", "переговор") {
		return false
	}
	return a.hasPhrase(i, "session", "plenary", "conference ", "conference,", "conference.", "forum", "заседани", "сесси", "конференци", "форум")
}

// compoundEvent reports an event word as the last part of a compound word
// of sentence i («онлайн-конференции», «видео-семинар»).
func (a *Analysis) compoundEvent(i int) bool {
	for _, t := range a.Sentences[i].Tokens {
		if compoundEventWord(t.Fold) {
			return true
		}
	}
	return false
}

// verbOfComing reports a verb of coming («приехали», «прибыли»,
// «съехались»).
func verbOfComing(f string) bool {
	switch f {
	case "приехали", "прибыли", "съехались", "приехал", "прибыл", "приехала", "прибыла":
		return true
	}
	return false
}

// arrivedForEventBefore reports a sentence i whose verb of coming follows
// a sentence that named an event that gathered people («Конференция
// собрала представителей разных стран»), and which itself speaks of no
// election: those who came, came to the event.
func (a *Analysis) arrivedForEventBefore(i int) bool {
	return i > 0 && a.eventHeld(i-1) && !a.hasPhrase(i, "наблюд", "выбор", "референдум", "визит") && len(a.Mentions[i]) >= 2
}

// eventHeld reports a sentence k that says an event took place, opened
// or gathered people («состоялась конференция», «Мероприятие проходило
// …», «Конференция собрала …»).
func (a *Analysis) eventHeld(k int) bool {
	return a.hasPhrase(k, eventWords...) && a.hasPhrase(k, "состоял", "прошл", "прошел", "проходил", "проходит", "проходят", "открыл", "собрал", "стартовал", "начал работу")
}

// subBodiesCountry returns the one country of the sub-national bodies
// among keys, or "" when there are none or they are of several.
func subBodiesCountry(keys []string) string {
	cc := ""
	for _, k := range keys {
		if graph.KindOf(k) != graph.KindSubBody {
			continue
		}
		if c := graph.CountryOf(k); cc != "" && c != cc {
			return ""
		} else {
			cc = c
		}
	}
	return cc
}

// eventHeldBefore reports one of the two sentences before i that says an
// event took place (eventHeld).
func (a *Analysis) eventHeldBefore(i int) bool {
	return i > 0 && a.eventHeld(i-1) || i > 1 && a.eventHeld(i-2)
}

// theseStatesOpen reports a sentence that opens with the representatives
// of the states just named («Представители этих государств …», "The
// representatives of these countries …").
func theseStatesOpen(toks []text.Token) bool {
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k+2 >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"представител", "representative", "delegat", "делегат", "делегаци"}) {
		return false
	}
	k++
	if toks[k].Fold == "of" {
		k++
	}
	return k+1 < len(toks) && contains([]string{"этих", "указанных", "данных", "these", "those"}, toks[k].Fold) && hasAnyPrefix(toks[k+1].Fold, []string{"государств", "стран", "countries", "states"})
}

// participantsOfThisEvent reports "who are (the) participants of this
// assembly" at token j: those named before are the participants of the
// event the sentence before named.
func participantsOfThisEvent(toks []text.Token, j int) bool {
	k := j - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 1 || toks[k].Fold != "are" && toks[k].Fold != "were" || toks[k-1].Fold != "who" && toks[k-1].Fold != "which" {
		return false
	}
	return j+3 < len(toks) && toks[j+1].Fold == "of" && (toks[j+2].Fold == "this" || toks[j+2].Fold == "that") && isEventWord(toks[j+3].Fold)
}

// saidAtEvent reports a verb of saying at token j whose speaker, named
// right after it, spoke at an event («сказала Памфилова в ходе заседания
// конференции», «заявил X на форуме», "said X at the conference").
func saidAtEvent(toks []text.Token, j int) bool {
	switch toks[j].Fold {
	case "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул", "подчеркнула", "said", "stated", "noted":
	default:
		return false
	}
	for k := j + 1; k+1 < len(toks) && k <= j+10; k++ {
		if toks[k].Kind == text.Punct && toks[k].Text != "." {
			return false
		}
		f := toks[k].Fold
		switch {
		case f == "ходе" && toks[k-1].Fold == "в", f == "время" && toks[k-1].Fold == "во", f == "на", f == "at", f == "during":
			return k > j+1 && eventWithin(toks, k+1, 5)
		}
	}
	return false
}

// observationAsSubject reports an observation word at token j that names a
// subject, not an act: «международных стандартов наблюдения за выборами»,
// "principles of election observation".
func observationAsSubject(toks []text.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		f := toks[k].Fold
		if hasAnyPrefix(f, []string{"стандарт", "принцип", "методик", "методолог", "standard", "principle", "methodolog"}) {
			return true
		}
		if toks[k].Kind == text.Punct || !(isAdjective(f) || f == "of" || f == "for" || f == "international" || f == "election" || f == "the") {
			return false
		}
	}
	return false
}
