package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// grammatical case of a name as written
type gcase uint8

const (
	caseUnknown gcase = iota
	caseNom
	caseGen // also accusative of masculine animate nouns
	caseDat
	caseAcc
	caseIns
	casePre
)

// PersonTagger finds named persons — «Куандык Турганкулов», «К. Турганкулов»,
// «Н.М.Абдиров», «Айдапкелов Сергали Умирзакович», and names after a title
// («генеральным секретарем A-WEB Ин-шиком Джангом») — normalises them to the
// nominative, given name first, patronymic dropped, and reads their title and
// organisation from the apposition around them. A person without a title
// anywhere in the article is not an actor of the graph (authors, people in
// passing) and is left out.
type PersonTagger struct{ Gaz *gazetteer.Gazetteer }

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func isInitial(g string) bool {
	return strings.HasSuffix(g, ".") && utf8.RuneCountInString(g) <= 4
}

func compatibleGiven(a, b string) bool {
	if text.Fold(a) == text.Fold(b) {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(text.Fold(a))
	rb, _ := utf8.DecodeRuneInString(text.Fold(b))
	return (isInitial(a) || isInitial(b)) && ra == rb
}

var patronymicEnds = []string{"ович", "евич", "ьич", "овна", "евна", "ична", "инична", "улы", "уулу", "кызы", "угли", "оглы", "ovich", "evich", "yvich", "ivich", "ovna", "evna", "ugli", "ogli"}

// slavicSurnameAfterTitle reports a word in «-вич» at token k, after a
// given name a title names, that is a surname (Serbian «Димитриевич»,
// Belarusian «Мясникович»): news names an officer by given name and
// patronymic alone only when the surname follows («председатель Владимир
// Димитриевич сообщил»), so with no name word after it (nor before the
// given name: «Айдапкелов Сергали Умирзакович») the word is the surname,
// unless a person of the article already has that given name (the later
// «председатель … Сергали Умирзакович отметил» is he).
func slavicSurnameAfterTitle(toks []text.Token, k int) bool {
	f := strings.TrimRight(toks[k].Fold, "аеуом")
	if !strings.HasSuffix(f, "вич") || toks[k].Fold != f && !hasAnyPrefix(toks[k].Fold[len(f):], []string{"а", "у", "ем", "е"}) {
		return false
	}
	return k+1 >= len(toks) || !nameWord(toks[k+1])
}

func isPatronymic(fold string) bool {
	base := fold
	for _, e := range []string{"ем", "ом", "ой", "а", "у", "е", "ы"} {
		if strings.HasSuffix(base, e) {
			base = strings.TrimSuffix(base, e)
			break
		}
	}
	for _, e := range patronymicEnds {
		if strings.HasSuffix(fold, e) || strings.HasSuffix(base, e) {
			return true
		}
	}
	// «Алексеевну», «Петровной»: a woman's patronymic less its ending
	return base != fold && utf8.RuneCountInString(base) > 4 && (strings.HasSuffix(base, "овн") || strings.HasSuffix(base, "евн") || strings.HasSuffix(base, "ичн"))
}

// nameWord reports whether a token can be part of a name: a capitalised word
// that is not all upper case (an abbreviation) — except short all-caps
// surnames are not names either.
func nameWord(t text.Token) bool {
	if t.Kind != text.Word || !t.IsUpper() || t.IsAllUpper() {
		return false
	}
	if englishNonNames[t.Fold] {
		return false
	}
	return utf8.RuneCountInString(t.Text) >= 2
}

// listBreak reports a comma among the tokens: the end of one list item and
// the start of the next («и» and "and" also join the words of a title).
func listBreak(toks []text.Token) bool {
	for _, t := range toks {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// isInitialAt reports an initial at token k: one or two capital letters
// of a given name («М», «Дж») followed by a stop.
func isInitialAt(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Text != "." {
		return false
	}
	t := toks[k]
	n := utf8.RuneCountInString(t.Text)
	return t.Kind == text.Word && t.IsUpper() && (n == 1 || n == 2 && t.IsCyrillic() && strings.HasPrefix(t.Text, "Дж"))
}

// honorifics are the courtesy words before English-language names, dropped
// from the name ("H.E. Mr.", "Dr.", "Shri", "Smt.").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "shri": true, "smt": true,
	"hon": true, "sri": true, "sir": true, "dame": true, "madam": true, "h.e": true, "he": true, "justice": true, "dasho": true, "cllr": true, "engr": true, "amb": true}

// afterHonorific reports "Mr", "Mr.", "Dr.", "H.E." right before token j.
func afterHonorific(toks []text.Token, j int) bool {
	k := j - 1
	if k >= 0 && toks[k].Text == "." {
		k--
	}
	return k >= 0 && honorifics[strings.TrimSuffix(toks[k].Fold, ".")]
}

// englishNonNames are capitalised English words of institutions, titles and
// events, never part of a person's name ("International Coalition",
// "Needs Assessment Mission", "Parliamentary Election").
var englishNonNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`international national coalition mission missions needs assessment
		parliamentary presidential election elections electoral commission commissioner committee council
		assembly general republic ministry foreign affairs union european asian african american arab
		organization organisation association institute center centre foundation network observer observers
		deputy chief secretary chairman chairperson chair president vice head director ambassador embassy
		state states united kingdom department office agency programme program development democratic
		democracy human rights local regional central supreme high court tribunal independent joint
		executive board forum conference summit seminar workshop secretariat parliament senate congress
		government minister prime excellency honourable honorable mr mrs ms dr prof shri smt sri hon dasho
		justice party parties movement front bloc legislative chamber house lower upper majlis mejlis
		oliy kenesh khural duma sabha assemblies councils deputies representatives people's peoples
		room meeting services service section unit team core body bodies staff trainers trainer level
		representation proportional support peer statement preliminary relations community public corporate
		quick reaction policy information consultation popular protocol supplementary economic
		co-operation cooperation supervisory countries country district region province complex hotel inn
		holiday riverside caucasus pradesh island islands north south east west great creation
		division aviation offices projects consultations education manager territory alliance task special good
		voter federal transformation continuous external project coordinator co-ordinator coordinators officer officers
		the of and for in on`) {
		m[w] = true
	}
	return m
}()

// Run finds persons in every sentence.
func (pt PersonTagger) Run(a *Analysis) {
	for i, s := range a.Sentences {
		if i == 0 && len(a.Sentences) > 1 && titleCaseHeadline(s) {
			// "Heads Of CECs Of Several Countries Arrive In Azerbaijan": in a
			// headline written in Title Case every word looks like a name;
			// its persons come back in the body
			continue
		}
		covered := make([]bool, len(s.Tokens))
		for _, m := range a.Mentions[i] {
			for k := m.Tok0; k < m.Tok1; k++ {
				covered[k] = true
			}
		}
		var inferred map[int]bool // the names whose title is known, not written
		// words of titles, heads, places and organisations are not names
		for _, dm := range a.dict[i] {
			switch dm.Entry.Kind {
			case gazetteer.GivenName:
			case gazetteer.City, gazetteer.CountryName:
				// a given name whose stem is a place's («Ханна», «Ханой»),
				// followed by a surname: a name
				if dm.End == dm.Start+1 && pt.givenAt(a, i, dm.Start) != nil && dm.End < len(s.Tokens) && nameWord(s.Tokens[dm.End]) && a.dictAt(i, dm.End) == nil {
					continue
				}
				for k := dm.Start; k < dm.End; k++ {
					covered[k] = true
				}
			default:
				for k := dm.Start; k < dm.End; k++ {
					covered[k] = true
				}
			}
		}
		for k, t := range s.Tokens {
			if t.Kind == text.Word && t.IsUpper() && (nonNameStems[t.Stem] || nonNameStems[t.Fold] || !t.IsCyrillic() && honorifics[t.Fold]) {
				// ("Sir John Holmes": the honorific is no part of the name)
				covered[k] = true
			}
		}
		for j := 0; j < len(s.Tokens); j++ {
			if covered[j] {
				continue
			}
			n, ok := pt.nameAt(a, i, j, covered)
			if !ok {
				continue
			}
			for k := n.t0; k < n.t1; k++ {
				covered[k] = true
			}
			rec := a.persons.add(n.given, n.surname, s.Tokens[n.t0].Start, s.Tokens[n.t1-1].End)
			if rec == nil {
				j = n.t1 - 1
				continue
			}
			m := Mention{Kind: graph.KindPerson, Key: rec.name(), Tok0: n.t0, Tok1: n.t1}
			span(s, &m)
			title, org, excluded := pt.role(a, i, n.t0, n.t1)
			if (title == "" || org == "" && (title == "official" || title == "chairman")) && !excluded {
				// «Игорь Карпенко встретился с …», "The Chairperson of the
				// Commission, Zayniddin Nizamkhodjaev": a known head of a
				// national election body (data/home_signals.tsv) named
				// without his title or his body chairs it (a "head" leads
				// something else: a mission, a delegation)
				if cc := a.officialCountry(i, n.t0, n.t1); cc != "" {
					title, org = "chairman", graph.BodyKey(cc)
					if inferred == nil {
						inferred = map[int]bool{}
					}
					inferred[n.t0] = true
				}
			}
			ministerOf := ""
			if title == "head" && org == "" && !excluded && a.stateTitleBefore(i, n.t0) {
				// «председатель комитета Совета Федерации Константин
				// Косачев», «Глава Калмыкии Бату Хасиков», "Governor X": an
				// officer of the state, its official (GOLD.md: "head" is
				// for heads of non-state bodies)
				title = "official"
				ministerOf = a.ministersState(i, max(0, n.t0-6), n.t0)
			}
			if title == "official" && org == "" && !excluded && ministerOf == "" {
				// "Minister of Foreign Affairs of Uzbekistan Bakhtiyor
				// Saidov", "Foreign Minister Karen Cummings": a minister
				// holds his office in his state, the one his title names,
				// else the article's home (the person's record only: as a
				// party the minister's state stays what the sentence makes
				// of it)
				if tm, _, ok := pt.titleBefore(a, i, n.t0); ok && hasAnyPrefix(text.Fold(tm.Entry.Phrase), []string{"министр", "minister", "foreign minister"}) && !formerTitle(s.Tokens, tm.Start) {
					ministerOf = a.ministersState(i, tm.Start, n.t0)
				} else if a.stateTitleBefore(i, n.t0) {
					// «заместитель Председателя Совета Федерации Ильяс
					// Умаханов»: the same
					ministerOf = a.ministersState(i, max(0, n.t0-6), n.t0)
				}
			}
			if (title == "head" || title == "observer") && org == "" && !excluded {
				// «… — заявил глава миссии Оуэн Мерфи»: the mission the
				// article tells of, when it names one organisation's only
				if tm, _, ok := pt.titleBefore(a, i, n.t0); ok && hasAnyPrefix(text.Fold(tm.Entry.Phrase), []string{"глава миссии", "руководитель миссии", "head of mission", "head of the mission", "mission head", "mission chief", "chief of mission"}) {
					org = a.missionOwner()
				}
			}
			if org == a.homeBody() && !a.namesBodyIn(i, org, n.t0) {
				// "Chief Election Commissioner Rajiv Kumar" in an article
				// from Nepal: a known head of another country's body
				// (data/home_signals.tsv) is that body's
				if cc := a.officialCountry(i, n.t0, n.t1); cc != "" && cc != a.Home {
					org = graph.BodyKey(cc)
				}
			}
			if excluded {
				rec.excluded = true
				// «Президент Касым-Жомарт Токаев принял …»: a head of state
				// or government named without his country stands for the
				// home state (GOLD.md: CC/GOV)
				if tm, _, ok := pt.titleBefore(a, i, n.t0); ok && isLeaderHead(tm.Entry.Phrase) && tm.End == n.t0 && a.Home != "" && a.Home != "??" && !a.stateMentionAt(i, tm.Start, n.t0) && !a.formerOrForeign(i, tm.Start) {
					gm := Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(a.Home), Via: ViaImplicit, Tok0: tm.Start, Tok1: n.t1}
					span(s, &gm)
					a.addMention(i, gm)
				}
			}
			if title == "" && speaks(s, n.t0, n.t1) {
				rec.speaker = true
			}
			if title != "" && rec.title == "" {
				rec.title, rec.org = title, org
			} else if rec.org == "" && org != "" && title != "" {
				rec.org = org
			}
			if ministerOf != "" && rec.office == "" {
				rec.office = ministerOf
			}
			m.Title, m.Org = title, org
			a.addMention(i, m)
			j = n.t1 - 1
		}
		// «члены Центризбиркома Марат Сарсембаев и Татьяна Охлопкова»: a title
		// shared by an enumeration of names
		// (not a title known from elsewhere: «вошли Нурлан Абдиров, Асем
		// Аманали» shares none)
		pms := a.mentionsOf(i, graph.KindPerson)
		for k := 1; k < len(pms); k++ {
			prev, cur := pms[k-1], pms[k]
			if prev.Title == "" || cur.Title != "" && (cur.Org != "" || prev.Org == "") || inferred[prev.Tok0] {
				continue
			}
			// «X и Y», "X and Dr. Y": conjunctions, commas and honorifics only
			gapOK := onlyListGlue(s.Tokens[prev.Tok1:cur.Tok0])
			if gapOK && cur.Tok0 > prev.Tok1 {
				for _, r := range a.persons.named(cur.Key) {
					if r.title == "" || r.org == "" {
						r.title, r.org = prev.Title, prev.Org
					}
				}
			}
		}
		// «председателями ЦИК России и Беларуси Эллой Памфиловой и Игорем
		// Карпенко», "the chairs of the CECs of A and B, X and Y": the names
		// take the bodies in turn
		a.respectively(i)
		if len(pms) > 0 && (a.delegationMembers(i) && a.hasPhrase(i, "наблюд", "мисси", "observ", "mission") || a.observerListEntered(i)) {
			// «В состав наблюдательной миссии вошли А, Б и В», "The observer
			// mission included A and B": the members named without a title
			// observe
			for _, pm := range pms {
				if pm.Title != "" {
					continue
				}
				for _, r := range a.persons.named(pm.Key) {
					if r.title == "" && !r.excluded {
						r.title = "observer"
						if r.org == "" && a.observerListEntered(i) {
							// the commission that approves the list sends them
							for _, m := range a.Mentions[i-1] {
								if m.Kind == graph.KindBody && m.Key != "" {
									r.org = m.Key
									break
								}
							}
						}
					}
				}
			}
		}
	}
}

// nameWordBetween reports a capitalised word outside every mention among
// tokens [from, to) of sentence i: a name, as of a person between two
// titles («председатель ЦИК Иван Петров, посол Японии …»).
func (a *Analysis) nameWordBetween(i, from, to int) bool {
	toks := a.Sentences[i].Tokens
	for k := from; k < to; k++ {
		if toks[k].Kind == text.Word && toks[k].IsUpper() && !a.insideMention(i, k) {
			return true
		}
	}
	return false
}

// observerListEntered reports «В список вошли: …» after a sentence on a
// list of observers («комиссия утверждает список наблюдателей от …»):
// those named make up that list.
func (a *Analysis) observerListEntered(i int) bool {
	return i > 0 && a.hasPhrase(i, "в список вошл", "в список входя", "в список включ", "в этот список вошл", "the list includes", "the list included") && a.hasPhrase(i-1, "список наблюдател", "списка наблюдател", "списком наблюдател", "list of observers")
}

// titleCaseHeadline reports an English headline with every word of four
// letters or more capitalised ("Heads Of CECs Of Several Countries Arrive").
func titleCaseHeadline(s text.Sentence) bool {
	if n := len(s.Tokens); n == 0 || s.Tokens[n-1].Text == "." {
		return false // a sentence, not a headline
	}
	words, upper := 0, 0
	for _, t := range s.Tokens {
		if t.Kind != text.Word || t.IsCyrillic() || utf8.RuneCountInString(t.Text) < 4 {
			continue
		}
		words++
		if t.IsUpper() {
			upper++
		}
	}
	return words >= 4 && upper == words
}

// respectively gives the persons of a coordinated list in sentence i the
// bodies of the coordinated list right before it, in turn, when the two
// lists are as long as each other (two or more).
func (a *Analysis) respectively(i int) {
	toks := a.Sentences[i].Tokens
	pms := a.mentionsOf(i, graph.KindPerson)
	if len(pms) < 2 {
		return
	}
	for k := 1; k < len(pms); k++ {
		if !allConj(toks[pms[k-1].Tok1:pms[k].Tok0]) {
			return
		}
	}
	var bodies []Mention
	for _, m := range a.Mentions[i] {
		if (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && m.Tok1 <= pms[0].Tok0 {
			bodies = append(bodies, m)
		}
	}
	if len(bodies) < len(pms) {
		return
	}
	bodies = bodies[len(bodies)-len(pms):]
	if bodies[len(bodies)-1].Tok1 != pms[0].Tok0 {
		return // the names must follow the list of bodies
	}
	for k := 1; k < len(bodies); k++ {
		if bodies[k].Key == bodies[k-1].Key || bodies[k].Tok0 > bodies[k-1].Tok1+2 {
			return
		}
	}
	for k, pm := range pms {
		for _, r := range a.persons.named(pm.Key) {
			r.org = bodies[k].Key
		}
		for n := range a.Mentions[i] {
			if m := &a.Mentions[i][n]; m.Kind == graph.KindPerson && m.Tok0 == pm.Tok0 {
				m.Org = bodies[k].Key
			}
		}
	}
}

type nameSpan struct {
	given, surname string
	t0, t1         int
}

// nameAt reads a person's name starting at token j.
func (pt PersonTagger) nameAt(a *Analysis, i, j int, covered []bool) (nameSpan, bool) {
	toks := a.Sentences[i].Tokens
	free := func(k int) bool { return k < len(toks) && !covered[k] }
	t := toks[j]
	if j+1 < len(toks) && (t.Fold == "его" || t.Fold == "ее" || t.Fold == "её" || t.Fold == "их" || t.Fold == "ваше") && hasAnyPrefix(toks[j+1].Fold, []string{"превосходительств", "величеств", "высочеств", "святейшеств"}) {
		// «Его Превосходительством, Дереком Хоганом»: a style of address
		return nameSpan{}, false
	}
	if t.Kind == text.Word && !t.IsCyrillic() && len(t.Text) > 1 && j > 0 && (toks[j-1].Fold == "the" && j > 1 && (toks[j-2].Fold == "of" || toks[j-2].Fold == "for" || toks[j-2].Fold == "at" || toks[j-2].Fold == "in") || (toks[j-1].Fold == "of" || toks[j-1].Fold == "for") && institutionWords(toks, j)) && pt.givenAt(a, i, j) == nil {
		// "the Institute of Strategic Studies", "the President of the
		// International Fellowship": capitalised words of an institution's
		// name (not "the delegation of Wafula Chebukati")
		return nameSpan{}, false
	}
	// initials: «К. Турганкулов», «Н.М.Абдиров», «К.К. Токаевым»
	if t.Kind == text.Word && len(t.Text) <= 4 && utf8.RuneCountInString(t.Text) == 1 && t.IsUpper() && free(j+1) && toks[j+1].Text == "." {
		k := j + 2
		initials := t.Text + "."
		for free(k+1) && utf8.RuneCountInString(toks[k].Text) == 1 && toks[k+1].Text == "." && toks[k].IsUpper() {
			if !t.IsCyrillic() {
				// "S. Y. Quraishi", "H.S. Brahma", "R.M.A.L. Rathnayake":
				// English names keep every initial, as printed
				st := a.Sentences[i]
				initials = st.Text[t.Start-st.Start : toks[k+1].End-st.Start]
				k += 2
				continue
			}
			k += 2 // a Russian second initial is the patronymic: dropped
			break
		}
		if free(k) && nameWord(toks[k]) && toks[k].IsCyrillic() == t.IsCyrillic() {
			c := pt.caseFromTitle(a, i, j)
			if !t.IsCyrillic() && free(k+1) && nameWord(toks[k+1]) && !toks[k+1].IsCyrillic() && !slices.ContainsFunc(a.dict[i], func(dm gazetteer.Match) bool { return dm.Start == k+1 && dm.Entry.Kind != gazetteer.GivenName }) {
				// "Mr. M.I. Abdool Rahman", "Dr. A.T.M. Shamsul Huda": a
				// surname of two words after English initials
				st := a.Sentences[i]
				return nameSpan{given: initials, surname: st.Text[toks[k].Start-st.Start : toks[k+1].End-st.Start], t0: j, t1: k + 2}, true
			}
			return nameSpan{given: initials, surname: nominativeSurname(toks[k].Text, c, false), t0: j, t1: k + 1}, true
		}
		return nameSpan{}, false
	}
	// "Chief Election Commissioner S Y Quraishi", "Chairman R M A L
	// Ratnayake": English initials (up to five)
	// written without stops, after a title
	if t.Kind == text.Word && !t.IsCyrillic() && len(t.Text) == 1 && t.IsUpper() && pt.titled(a, i, j) {
		k := j + 1
		for k < j+5 && free(k) && toks[k].Kind == text.Word && len(toks[k].Text) == 1 && toks[k].IsUpper() {
			k++
		}
		if free(k) && nameWord(toks[k]) && !toks[k].IsCyrillic() {
			st := a.Sentences[i]
			return nameSpan{given: st.Text[t.Start-st.Start : toks[k-1].End-st.Start], surname: toks[k].Text, t0: j, t1: k + 1}, true
		}
	}
	if !nameWord(t) {
		return nameSpan{}, false
	}
	// «эксперт аппарата ЦИК КР Узюров М.О.»: a surname, then initials
	if t.IsCyrillic() && free(j+2) && pt.titled(a, i, j) && isInitialAt(toks, j+1) {
		k := j + 3
		if isInitialAt(toks, k) {
			k += 2 // the patronymic's initial, dropped
		}
		c := pt.caseFromTitle(a, i, j)
		return nameSpan{given: toks[j+1].Text + ".", surname: nominativeSurname(t.Text, c, false), t0: j, t1: k}, true
	}
	// Korean names, surname first in three syllables: «Ли Ин Бок», «Ким Ён Хо»
	if koreanSurnames[t.Text] && free(j+1) && free(j+2) && shortName(toks[j+1]) && shortName(toks[j+2]) {
		c := pt.caseFromTitle(a, i, j)
		return nameSpan{given: t.Text + " " + toks[j+1].Text, surname: koreanSyllable(toks[j+2].Text, c), t0: j, t1: j + 3}, true
	}
	// Chinese names after a title, surname first in one syllable: «Послом
	// Китая Ли Мином» → «Ли Мин»
	if chineseSurnames[t.Text] && free(j+1) && nameWord(toks[j+1]) && toks[j+1].IsCyrillic() && utf8.RuneCountInString(toks[j+1].Text) <= 9 && (!free(j+2) || !nameWord(toks[j+2])) && pt.titled(a, i, j) {
		c := pt.caseFromTitle(a, i, j)
		return nameSpan{given: t.Text, surname: nominativeSurname(toks[j+1].Text, c, false), t0: j, t1: j + 2}, true
	}
	gm := pt.givenAt(a, i, j)
	// surname first: «Айдапкелов Сергали Умирзакович», «Khusanova Mukhtabar»
	if free(j+1) && nameWord(toks[j+1]) && free(j+2) && isPatronymic(toks[j+2].Fold) && pt.givenAt(a, i, j+1) != nil {
		gm = nil
	}
	if gm == nil && free(j+1) && nameWord(toks[j+1]) {
		if g2 := pt.givenAt(a, i, j+1); g2 != nil && free(j+2) && isPatronymic(toks[j+2].Fold) {
			c, fem := givenCase(toks[j+1].Text, g2.Entry.Phrase)
			return nameSpan{given: g2.Entry.Phrase, surname: nominativeSurname(t.Text, c, fem), t0: j, t1: j + 3}, true
		}
		if !t.IsCyrillic() && latinSurname(t.Fold) && !latinSurname(toks[j+1].Fold) && (pt.titled(a, i, j) || pt.titleAfter(a, i, j+2)) {
			return nameSpan{given: toks[j+1].Text, surname: t.Text, t0: j, t1: j + 2}, true
		}
	}
	if gm == nil && t.IsCyrillic() && free(j+1) && pt.givenAt(a, i, j+1) != nil && free(j+2) && nameWord(toks[j+2]) && !isPatronymic(toks[j+2].Fold) {
		// «… Европы Александра Цинкера»: the name starts at the known
		// given name after an unknown capitalised word
		return nameSpan{}, false
	}
	if gm == nil && t.IsCyrillic() && hasAnySuffix(t.Fold, "ной", "ской", "цкой", "ного", "ского", "ному", "скому") {
		// «института СНГ и Восточной Европы Александра Цинкера»: an
		// adjective of a place, not a given name
		return nameSpan{}, false
	}
	if gm == nil && !t.IsCyrillic() && free(j+1) && nameWord(toks[j+1]) && !toks[j+1].IsCyrillic() && !pt.titled(a, i, j) {
		// "said Kim Yong-bin, Chairperson of the NEC": an English-written
		// name set off by a title after it, as printed
		k := j + 2
		if free(k) && nameWord(toks[k]) && !toks[k].IsCyrillic() {
			k++ // a third part: "Dinesh Kumar Thapaliya"
		}
		if _, ok := pt.titleAfterMatch(a, i, k); ok {
			st := a.Sentences[i]
			return nameSpan{given: st.Text[t.Start-st.Start : toks[k-2].End-st.Start], surname: toks[k-1].Text, t0: j, t1: k}, true
		}
	}
	if gm == nil && t.IsCyrillic() && free(j+1) && nameWord(toks[j+1]) && toks[j+1].IsCyrillic() && !pt.titled(a, i, j) {
		// «с г-ном Даниелом Ионицей, послом Румынии»: an unknown given name
		// and a surname set off by a title after them, in that title's case
		if tm, ok := pt.titleAfterMatch(a, i, j+2); ok {
			c := titleCase(a.Sentences[i].Tokens[tm.Start].Fold, tm.Entry.Phrase)
			if c != caseUnknown {
				return nameSpan{given: nominativeGiven(t.Text, c), surname: nominativeSurname(toks[j+1].Text, c, false), t0: j, t1: j + 2}, true
			}
		}
	}
	if gm == nil && !pt.titled(a, i, j) {
		// a person the article already named: «Ин-шик Джанг принял приглашение»
		if free(j+1) && nameWord(toks[j+1]) {
			if p := a.persons.known(t, toks[j+1]); p != nil {
				return nameSpan{given: p.given, surname: p.surname, t0: j, t1: j + 2}, true
			}
		}
		// "H.E. Mr. Churov" after "Vladimir Churov": an honorific and the
		// surname alone of a person the article named in full
		if !t.IsCyrillic() && afterHonorific(toks, j) && !(free(j+1) && nameWord(toks[j+1])) {
			if p := a.persons.knownBySurname(t); p != nil {
				return nameSpan{given: p.given, surname: p.surname, t0: j, t1: j + 1}, true
			}
		}
		// «Памфилова вручила Шахбазяну знак» after «Элла Памфилова» and
		// «Ваграмом Шахбазяном», "In addition, Arora … held a meeting"
		// after "Sunil Arora": the surname alone, in any case, of a person
		// the article named in full — one person only
		if utf8.RuneCountInString(t.Text) >= 4 && !(free(j+1) && nameWord(toks[j+1])) && !(j > 0 && toks[j-1].Kind == text.Word && toks[j-1].IsUpper() && !(j == 1 && sentenceAdverb(toks[0].Fold)) && !a.mentionEndsAt(i, j)) {
			// («По приглашению ЦИК Узбекистана Вешняков отправился …»: a
			// capitalised word before that ends a mention ends a name)
			if p := a.persons.knownBySurname(t); p != nil {
				return nameSpan{given: p.given, surname: p.surname, t0: j, t1: j + 1}, true
			}
		}
		return nameSpan{}, false
	}
	// given name, optional middle name or patronymic, surname
	k := j + 1
	midInitial := ""
	if !t.IsCyrillic() && free(k+2) && toks[k].Kind == text.Word && utf8.RuneCountInString(toks[k].Text) == 1 && toks[k].IsUpper() && toks[k+1].Text == "." && nameWord(toks[k+2]) && !toks[k+2].IsCyrillic() {
		// "Richard E. Hoagland": a middle initial, kept as printed
		midInitial = toks[k].Text + "."
		k += 2
	}
	var middle []int
	for free(k) && (nameWord(toks[k]) || nameParticle(toks, k) && free(k+1) && nameWord(toks[k+1])) && (len(middle) < 2 || nameParticle(toks, k-1)) {
		// (the word after a particle is the surname's: «Гезой Андреасом фон
		// Гайром»)
		middle = append(middle, k)
		k++
	}
	if len(middle) == 0 {
		return nameSpan{}, false
	}
	surIdx := middle[len(middle)-1]
	// a patronymic at the end: «Сергали Умирзакович» names no surname
	if isPatronymic(toks[surIdx].Fold) && !(len(middle) == 1 && turkicSurname(toks[surIdx].Fold)) && !(len(middle) == 1 && slavicSurnameAfterTitle(toks, surIdx) && !(j > 0 && nameWord(toks[j-1])) && !a.persons.givenKnown(t) && pt.titled(a, i, j)) {
		if len(middle) == 1 {
			return nameSpan{}, false
		}
		surIdx = middle[0]
		k = middle[1] + 1
	} else if len(middle) == 2 && !isPatronymic(toks[middle[0]].Fold) && pt.givenAt(a, i, middle[1]) != nil {
		// «Нурлан Абдиров Берик …» — two names in a row without a comma: take the first pair
		surIdx = middle[0]
		k = middle[0] + 1
	}
	phrase := ""
	if gm != nil {
		phrase = gm.Entry.Phrase
	}
	given, sur, c := nominativeName(t, toks[surIdx], phrase, pt.caseFromTitle(a, i, j))
	// a Latin-script name keeps its middle names as printed ("José
	// Alejandro Luna", "Sheikh Hasina Wajed"); a patronymic is dropped
	if !t.IsCyrillic() {
		if midInitial != "" {
			given += " " + midInitial
		}
		for _, mk := range middle {
			if mk < surIdx && !isPatronymic(toks[mk].Fold) {
				given += " " + toks[mk].Text
			}
		}
	} else {
		particle := -1
		if p := surIdx - 1; p > j && slices.Contains(middle, p) && surnameParticles[toks[p].Fold] {
			// «Даниэла Де Риддер», «Гезой Андреасом фон Гайром»: the
			// particle is part of the surname, as printed
			sur = toks[p].Text + " " + sur
			particle = p
		}
		if c == caseIns {
			// «с советником Хосе Мартином Фернандесом»: a foreign second
			// given name in the same case as the surname
			for _, mk := range middle {
				if mk < surIdx && mk != particle && !isPatronymic(toks[mk].Fold) && caseEnding(toks[mk].Fold, caseIns) {
					given += " " + nominativeGiven(toks[mk].Text, caseIns)
				}
			}
		}
	}
	return nameSpan{given: given, surname: sur, t0: j, t1: k}, true
}

// mentionEndsAt reports a mention of sentence i that ends right before
// token j.
func (a *Analysis) mentionEndsAt(i, j int) bool {
	return slices.ContainsFunc(a.Mentions[i], func(m Mention) bool { return m.Tok1 == j && m.Kind != graph.KindPerson })
}

// surnameParticles open European surnames written in Cyrillic («Де
// Риддер», «ван Бален», «фон Штейн», «Ди Стефано», «Ла Порта»).
var surnameParticles = map[string]bool{"де": true, "ван": true, "фон": true, "ди": true, "да": true, "дель": true, "ла": true, "ле": true, "дю": true, "делла": true}

// nameParticle reports a lower-case particle inside a name ("Ramlan bin
// Harun", "Noor binti Ahmad", "Ahmed ibn Ali", «Ханс фон Штейн»).
func nameParticle(toks []text.Token, k int) bool {
	switch toks[k].Fold {
	case "bin", "binti", "bint", "ibn":
		return !toks[k].IsCyrillic()
	}
	// «Ханс фон Штейн», «Питер ван Бален»: written small in Cyrillic too
	return toks[k].IsCyrillic() && !toks[k].IsUpper() && surnameParticles[toks[k].Fold]
}

// caseEnding reports a masculine name ending of case c: «-ом», «-ем»,
// «-ым», «-им» in the instrumental, «-у», «-ю» in the dative, «-е» in the
// prepositional.
func caseEnding(fold string, c gcase) bool {
	if utf8.RuneCountInString(fold) < 5 {
		return false
	}
	switch c {
	case caseIns:
		return hasAnySuffix(fold, "ом", "ем", "ём", "ым", "им")
	case caseDat:
		return hasAnySuffix(fold, "у", "ю")
	case casePre:
		return hasAnySuffix(fold, "е")
	}
	return false
}

// chineseSurnames are the commonest Chinese family names in their Russian
// spelling, which open a name of two or three syllables («Ли Мин», «Ван
// И»).
var chineseSurnames = map[string]bool{
	"Ли": true, "Ван": true, "Чжан": true, "Лю": true, "Чэнь": true, "Хуан": true, "Чжао": true, "Чжоу": true,
	"Сюй": true, "Сунь": true, "Чжу": true, "Ху": true, "Го": true, "Хэ": true, "Линь": true, "Гао": true,
	"Чжэн": true, "Лян": true, "Се": true, "Тан": true, "Фэн": true, "Дэн": true, "Цао": true, "Пэн": true,
	"Цзэн": true, "Сяо": true, "Тянь": true, "Пань": true, "Юань": true, "Цай": true, "Цзян": true, "Шэнь": true,
}

// koreanSyllable returns the last syllable of a Korean name in the
// nominative: the case ending of a short syllable goes too («с Но Тэ Аком»
// → «Ак», «Ким Ён Хо» stays), which surnames' rules keep for longer stems.
func koreanSyllable(w string, c gcase) string {
	f := text.Fold(w)
	n := utf8.RuneCountInString(f)
	switch {
	case c == caseIns && n >= 4 && (strings.HasSuffix(f, "ом") || strings.HasSuffix(f, "ем")):
		return trimRunes(w, 2)
	case (c == caseGen && strings.HasSuffix(f, "а") || c == caseDat && strings.HasSuffix(f, "у")) && n >= 3:
		return trimRunes(w, 1)
	}
	return nominativeSurname(w, c, false)
}

// koreanSurnames are the commonest Korean family names in their Russian
// spelling (Ким, Ли, Пак …), which open a three-syllable name.
var koreanSurnames = map[string]bool{
	"Ким": true, "Ли": true, "Пак": true, "Чхве": true, "Чон": true, "Кан": true, "Чо": true, "Юн": true,
	"Чан": true, "Лим": true, "Им": true, "Хан": true, "Со": true, "Син": true, "Квон": true, "Хван": true,
	"Ан": true, "Сон": true, "Ю": true, "Хон": true, "Мун": true, "Ян": true, "Пэ": true, "Ро": true,
	"Но": true, "Ха": true, "Пён": true, "Нам": true, "Сим": true, "Чу": true, "Ку": true, "Мин": true,
}

// shortName reports a capitalised syllable of a Korean name («Ин», «Бока»).
func shortName(t text.Token) bool {
	return nameWord(t) && t.IsCyrillic() && utf8.RuneCountInString(t.Text) <= 5
}

// turkicSurname reports a surname formed like a patronymic («Ералыулы»,
// «Кыдыралыулы»), which stands where the surname stands.
func turkicSurname(fold string) bool {
	for _, e := range []string{"улы", "уулу", "кызы", "угли", "оглы"} {
		if strings.HasSuffix(fold, e) {
			return true
		}
	}
	return false
}

func latinSurname(fold string) bool {
	for _, e := range []string{"ova", "eva", "ov", "ev", "yev", "yeva", "ina", "enko", "ski", "sky", "uly", "zoda", "zade"} {
		if strings.HasSuffix(fold, e) {
			return true
		}
	}
	return false
}

// nominativeName turns a given name t and a surname sur written in some
// case into the nominative («Нурлана Абдирова» → «Нурлан», «Абдиров»):
// phrase is the given-name dictionary entry t is a form of ("" for a name
// the dictionary lacks), tc the case of the title before the name
// (caseUnknown without one). It also returns the case it read.
func nominativeName(t, sur text.Token, phrase string, tc gcase) (given, surname string, c gcase) {
	c, fem := caseUnknown, false
	given = t.Text
	insGiven := false
	if phrase != "" {
		// a given name in the instrumental («Марией», «Нурланом») says the
		// case whatever the title looks like («зампредседателя ПАСЕ Марией»)
		gc, _ := givenCase(t.Text, phrase)
		insGiven = gc == caseIns
	}
	if tc == caseNom && !insGiven {
		// «третий секретарь посольства Японии Маки Такаси»: a title in the
		// nominative puts the name in the nominative, whatever it resembles
		c = caseNom
		if phrase != "" {
			_, fem = givenCase(phrase, phrase)
		}
	} else if phrase != "" {
		given = phrase
		c, fem = givenCase(t.Text, phrase)
		if w := t.Fold; !fem && t.IsCyrillic() && w != text.Fold(phrase) && (tc == caseDat && strings.HasSuffix(w, "е") || tc == caseGen && hasAnySuffix(w, "ы", "и") || tc == caseIns && hasAnySuffix(w, "ой", "ей")) {
			// «председателю Совета Валентине Матвиенко»: after a title
			// in the dative a given name in «-е» is a woman's (a man's
			// would end in «-у»), as «-ы» after the genitive and «-ой»
			// after the instrumental
			given, c, fem = phrase+"а", tc, true
		}
		if c == caseNom && tc == caseGen && hasAnySuffix(sur.Fold, "ову", "еву", "ину") {
			// «члена ЦИК Айгуль Жумабаеву»: an undeclined given name before
			// a surname in «-ову» is a woman's, in the accusative (after a
			// title in the dative, «послу Паоло Ахметшину», a man's)
			c, fem = caseAcc, true
		}
		if c == caseNom && tc != caseUnknown && tc != caseNom && hasAnySuffix(sur.Fold, "овой", "евой", "иной") {
			// «с председателем Нуржан Шайлдабековой»: a given name that
			// does not decline; the title says the case
			c = tc
		}
		if c == caseNom && tc == caseGen && t.Text == phrase && hasAnySuffix(sur.Fold, "ова", "ева", "ина", "ына") {
			// «председателя … Мирзоали Болтуева»: after a title in the
			// genitive a surname in «-ова» is a man's (a woman's would be
			// «-овой»), whatever his given name's ending says
			c, fem = caseGen, false
		}
		if c == caseNom && tc == caseIns && t.Text == phrase && undeclinedGiven(phrase) && strings.HasSuffix(sur.Fold, "ой") && !hasAnySuffix(sur.Fold, "ской", "цкой", "овой", "евой", "иной") {
			// «возглавляемой Хейди Хауталой»: a given name that does not
			// decline, a woman's surname in «-ой» after a word that governs
			// the instrumental
			c, fem = caseIns, true
		}
		if c == caseNom && (tc == caseIns || tc == caseDat || tc == casePre) && t.Text == phrase && !fem && caseEnding(sur.Fold, tc) {
			// «с послом Нико Хермансом»: a given name that does not
			// decline, a surname that does, in the title's case
			c = tc
		}
		if c == caseNom && tc == caseUnknown && t.Text == phrase && !fem {
			// «с Паоло Ахметшиным», «Гаяне Касумовой»: a given name that
			// does not decline says nothing of the case; a surname's own
			// ending may («-овым», «-евой», «-ского»), but «-овой» only after
			// a name on a vowel («Андрей Луговой» is in the nominative)
			if s := nominativeSurname(sur.Text, caseUnknown, false); s != sur.Text && (undeclinedGiven(phrase) || hasAnySuffix(sur.Fold, "евой", "иной", "ыной")) {
				return given, s, c
			}
		}
	} else {
		c = tc
		given = nominativeGiven(t.Text, c)
	}
	return given, nominativeSurname(sur.Text, c, fem), c
}

// undeclinedGiven reports a given name that keeps one form in every case:
// one on a vowel other than «-а», «-я» («Паоло», «Гаяне», «Иржи»).
func undeclinedGiven(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(text.Fold(name))
	return strings.ContainsRune("оеиуюыэ", r)
}

// givenAt returns the given-name dictionary match at token j, if any.
func (pt PersonTagger) givenAt(a *Analysis, i, j int) *gazetteer.Match {
	toks := a.Sentences[i].Tokens
	for _, m := range pt.Gaz.MatchAt(toks, j) {
		if m.Entry.Kind == gazetteer.GivenName && m.End == j+1 {
			if m.Entry.Ambiguous && j == 0 {
				continue
			}
			// only the name's own case forms: «Нурлана», not «Жумабеков» for «Жумабек»
			if c, _ := givenCase(toks[j].Text, m.Entry.Phrase); c == caseUnknown {
				continue
			}
			mm := m
			return &mm
		}
	}
	return nil
}

// titled reports whether a title word stands right before token j, maybe
// with an organisation or body between («председатель ЦИК Узбекистана …»).
func (pt PersonTagger) titled(a *Analysis, i, j int) bool {
	_, _, ok := pt.titleBefore(a, i, j)
	return ok
}

// envoyTitles turn the head words of embassies into titles.
var envoyTitles = map[string]*gazetteer.Entry{
	"посол":      {Key: "ambassador", Kind: gazetteer.Title, Phrase: "посол"},
	"посла":      {Key: "ambassador", Kind: gazetteer.Title, Phrase: "посол"},
	"ambassador": {Key: "ambassador", Kind: gazetteer.Title, Phrase: "ambassador"},
}

// titleAfter reports «Name, member of CEC-Uzbekistan»: a comma and a title
// right after token j.
func (pt PersonTagger) titleAfter(a *Analysis, i, j int) bool {
	_, ok := pt.titleAfterMatch(a, i, j)
	return ok
}

// titleAfterMatch returns the title after the comma at token j («X,
// послом Румынии», "X, former Ambassador of …"), past «бывший» or "former".
func (pt PersonTagger) titleAfterMatch(a *Analysis, i, j int) (gazetteer.Match, bool) {
	toks := a.Sentences[i].Tokens
	if j >= len(toks) || toks[j].Text != "," && !(toks[j].Text == "–" || toks[j].Text == "—" || toks[j].Text == "-") {
		// («Г. Мырадов – Председатель Центризбиркома Туркменистана»: a
		// dash sets the title off as a comma does)
		return gazetteer.Match{}, false
	}
	k := j + 1
	if k < len(toks) && toks[k].Fold == "the" {
		k++ // "X, the Chief Election Commissioner of Nepal"
	}
	if k < len(toks) && (strings.HasPrefix(toks[k].Fold, "бывш") || toks[k].Fold == "former") {
		k++
	}
	if k < len(toks) && (toks[k].Fold == "acting" || toks[k].Fold == "interim" || strings.HasPrefix(toks[k].Fold, "исполняющ")) {
		k++ // "X, Acting Chief Election Commissioner, Nepal"
	}
	// "Robin Dunnigan, the United States Ambassador to Georgia": a country
	// before the title
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k && m.Kind == graph.KindCountry && m.Tok1 < len(toks) {
			k = m.Tok1
			break
		}
		if m.Tok0 == k && m.Kind == graph.KindGovernment {
			// the envoy's title inside the state's mention
			for _, dm := range a.dict[i] {
				if dm.Start > k && dm.End <= m.Tok1 {
					if dm.Entry.Kind == gazetteer.Title {
						return dm, true
					}
					if e, ok := envoyTitles[text.Fold(dm.Entry.Phrase)]; ok && dm.Entry.Kind == gazetteer.Head {
						dm.Entry = e
						return dm, true
					}
				}
			}
		}
	}
	for _, dm := range a.dict[i] {
		if dm.Start == k && dm.Entry.Kind == gazetteer.Title {
			return dm, true
		}
		if dm.Start == k && dm.Entry.Kind == gazetteer.Head && dm.Entry.Key == "gov" {
			if e, ok := envoyTitles[text.Fold(dm.Entry.Phrase)]; ok {
				dm.Entry = e
				return dm, true
			}
		}
	}
	// «…, возглавляющим ЦИК Узбекистана», "…, who heads the Commission":
	// heading a body is chairing it
	if k < len(toks) && hasAnyPrefix(toks[k].Fold, []string{"возглавляющ", "возглавлявш"}) {
		return gazetteer.Match{Entry: headingTitle, Start: k, End: k + 1}, true
	}
	if k+1 < len(toks) && toks[k].Fold == "who" && (toks[k+1].Fold == "chairs" || toks[k+1].Fold == "heads" || toks[k+1].Fold == "leads") {
		return gazetteer.Match{Entry: headingTitle, Start: k + 1, End: k + 2}, true
	}
	return gazetteer.Match{}, false
}

// titleOfNextName reports a title that ends at token k and is followed,
// past the words of its body («Центральной избирательной комиссии»), by a
// given name: the title of the next person of a list («с главой МИД
// Джейхуном Байрамовым, руководителем ЦИК Мазахиром Панаховым»), not an
// apposition to the name before it.
func (pt PersonTagger) titleOfNextName(a *Analysis, i, k int) bool {
	toks := a.Sentences[i].Tokens
	for n := k; n < len(toks) && n < k+8; n++ {
		if toks[n].Kind != text.Word {
			return false
		}
		if a.insideMention(i, n) {
			continue
		}
		if !toks[n].IsUpper() {
			return false // «…, заместитель председателя комиссии и Ирина …»
		}
		if dm := a.dictAt(i, n); dm != nil && dm.Entry.Kind != gazetteer.GivenName {
			continue // a word of a body's name the dictionary has
		}
		return pt.givenAt(a, i, n) != nil && n+1 < len(toks) && nameWord(toks[n+1])
	}
	return false
}

// headingTitle is the title a participle of «возглавлять» gives: the body
// it governs is chaired.
var headingTitle = &gazetteer.Entry{Kind: gazetteer.Title, Key: "chairman", Phrase: "возглавляющий"}

// titleBefore finds the title match that governs a name at token j: the
// nearest title before j with only mentions, adjectives, genitive words
// and punctuation like «(A-WEB)» between.
func (pt PersonTagger) titleBefore(a *Analysis, i, j int) (gazetteer.Match, int, bool) {
	toks := a.Sentences[i].Tokens
	for k := len(a.dict[i]) - 1; k >= 0; k-- {
		m := a.dict[i][k]
		if m.End > j {
			continue
		}
		// «послом Японии …»: the embassy head word is also the person's title
		if m.Entry.Kind == gazetteer.Head && m.Entry.Key == "gov" {
			if e, ok := envoyTitles[text.Fold(m.Entry.Phrase)]; ok {
				m.Entry = e
			}
		}
		if m.Entry.Kind != gazetteer.Title {
			continue
		}
		if slices.ContainsFunc(a.dict[i], func(o gazetteer.Match) bool {
			return o.Entry.Kind == gazetteer.Title && o.End == m.End && o.Start < m.Start
		}) {
			continue // "Senior Deputy Election Commissioner": the whole title, not its tail
		}
		if j-m.End > 18 {
			return gazetteer.Match{}, 0, false
		}
		// «… при Президенте Беларуси Андрей Беляков»: a title after a
		// preposition names someone else; «за выборами депутатов»,
		// "elections of deputies" name what is elected
		if m.Start > 0 {
			switch toks[m.Start-1].Fold {
			case "при", "под", "under":
				continue
			}
			if hasAnyPrefix(toks[m.Start-1].Fold, []string{"выбор", "election"}) && !nominativeTitle(toks[m.Start], m.Entry.Phrase) || m.Start > 1 && toks[m.Start-1].Fold == "of" && hasAnyPrefix(toks[m.Start-2].Fold, []string{"election"}) {
				// («за выборами член Парламента Грузии …»: a title in the
				// nominative begins the subject, it is not what is elected)
				continue
			}
		}
		// nothing between may end a clause, and no other person may stand
		// between: «секретарь … Наталья Будникова вручила Бахтиёру …»
		for t := m.End; t < j; t++ {
			if toks[t].Kind == text.Word && !toks[t].IsUpper() && pastVerb(toks[t].Fold) {
				// «Посол пригласил Мазахира Панахова …»: the name is the
				// verb's object, not the titled person
				return gazetteer.Match{}, 0, false
			}
			switch toks[t].Text {
			case ".":
				// "H.E. Mr. Vladimir Churov", "Dr. S. Y. Quraishi": the stop
				// of an honorific or an initial
				if t > 0 && (honorifics[toks[t-1].Fold] || utf8.RuneCountInString(toks[t-1].Text) == 1 && toks[t-1].IsUpper()) {
					continue
				}
				return gazetteer.Match{}, 0, false
			case ":", ";", "–", "—", "!", "?":
				return gazetteer.Match{}, 0, false
			}
		}
		for _, pm := range a.Mentions[i] {
			if pm.Kind == graph.KindPerson && pm.Tok0 >= m.End && pm.Tok1 <= j && !(pluralTitle(toks[m.End-1]) && onlyListGlue(toks[pm.Tok1:j])) {
				// "Election Commissioners Gyanesh Kumar and Dr. Sukhbir
				// Singh Sandhu": a plural title governs each name of its list
				return gazetteer.Match{}, 0, false
			}
			// "P.N. Rao, Election Commissioner of Fiji, and X": the title
			// is Rao's, set off after his name
			// "P.N. Rao, Election Commissioner of Fiji and Ms. X": an "and"
			// after such a title opens the next item too
			if pm.Kind == graph.KindPerson && m.Start >= 1 && pm.Tok1 == m.Start-1 && toks[m.Start-1].Text == "," && (listBreak(toks[m.End:j]) || hasConj(toks[m.End:j])) && !a.titleFirstRoster(i) {
				// (unless the list gives each title before its name: "led
				// by Head of X, H. Ipek, Secretary of Y, A. Jahangir")
				return gazetteer.Match{}, 0, false
			}
		}
		if toks[m.Start].IsCyrillic() && !nominativeTitle(toks[m.Start], m.Entry.Phrase) {
			// «заведующий секретариатом Председателя ЦИК Айбек Жекен»: the
			// title in the genitive names whose office the one before it
			// serves
			for _, pm := range a.dict[i] {
				if pm.Entry.Kind == gazetteer.Title && pm.End == m.Start && pm.Start < m.Start {
					m = pm
					break
				}
			}
		}
		if formerTitle(toks, m.Start) && m.Start > 2 && toks[m.Start-2].Text == "," {
			// «председателя Международного экспертного центра …, бывшего
			// члена парламента Израиля Александра Цинкера»: the office he
			// holds, named first in the chain, over the one he held
			if om, after, ok := pt.titleBefore(a, i, m.Start-2); ok && !formerTitle(toks, om.Start) {
				return om, after, true
			}
		}
		if academicTitle(m.Entry.Phrase) && m.Start > 0 {
			// "The Chairman of INEC, Professor Mahmood Yakubu", «Председатель
			// ЦИК профессор …»: an academic rank before the name, the office
			// named before it is the title
			if om, after, ok := pt.titleBefore(a, i, m.Start); ok && !academicTitle(om.Entry.Phrase) {
				return om, after, true
			}
		}
		return m, m.End, true
	}
	return gazetteer.Match{}, 0, false
}

// titleFirstRoster reports a sentence whose first named person follows
// his title and its body, set off by a comma, with no one named before
// ("… delegations led by Deputy Secretary General of the Organization of
// Turkic States, S. Jafarov, and …"): a roster that gives each title
// before its name.
func (a *Analysis) titleFirstRoster(i int) bool {
	toks := a.Sentences[i].Tokens
	first := -1
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindPerson {
			first = m.Tok0
			break
		}
	}
	if first < 3 || toks[first-1].Text != "," || toks[first].IsCyrillic() {
		return false
	}
	for _, dm := range a.dict[i] {
		if dm.Entry.Kind != gazetteer.Title || dm.End > first-1 || first-1-dm.End > 10 {
			continue
		}
		between := toks[dm.End : first-1]
		if !slices.ContainsFunc(between, func(t text.Token) bool { return t.Kind == text.Punct }) && (len(between) == 0 || between[0].Fold == "of") {
			return true
		}
	}
	return false
}

// institutionWords reports a word of an institution's field or kind among
// the capitalised English words from token j on ("Strategic Studies",
// "Evangelical Students", "International Affairs").
func institutionWords(toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k < j+5 && toks[k].Kind == text.Word && toks[k].IsUpper(); k++ {
		switch toks[k].Fold {
		case "studies", "students", "affairs", "relations", "development", "research", "rights", "democracy", "sciences", "science", "policy", "governance", "cooperation", "assistance", "institute", "university", "foundation", "centre", "center", "council", "commission", "committee", "department", "ministry", "office", "agency", "network", "association", "society", "union", "organisation", "organization", "programme", "program", "fund", "bank", "elections", "systems", "administration", "management", "services":
			return true
		}
	}
	return false
}

// academicTitle reports whether a title phrase is an academic rank, which a
// person bears beside an office: "Professor", «профессор», «доктор наук».
func academicTitle(phrase string) bool {
	return hasAnyPrefix(text.Fold(phrase), []string{"professor", "prof", "профессор", "доктор", "doctor", "академик", "academician"})
}

// countryAfter returns the country named at token at of sentence i, past
// one of the prepositions preps and a "the" ("of the United Kingdom", "from
// India", «Великобритании»), or "".
func (a *Analysis) countryAfter(i, at int, preps ...string) string {
	toks := a.Sentences[i].Tokens
	if at < len(toks) && contains(preps, toks[at].Fold) {
		at++
	}
	if at < len(toks) && toks[at].Fold == "the" {
		at++
	}
	cc, _ := a.countryAt(i, at, false)
	return cc
}

// hasConj reports an "and" among the tokens (not «и», which joins the
// words of long Russian titles: «начальник центра по работе с населением и
// избирательному процессу»).
func hasConj(toks []text.Token) bool {
	for _, t := range toks {
		if t.Fold == "and" {
			return true
		}
	}
	return false
}

// pluralTitle reports the last word of a title in the plural
// ("Commissioners", "members", «члены», «заместители»).
func pluralTitle(t text.Token) bool {
	if t.IsCyrillic() {
		return hasAnySuffix(t.Fold, "ы", "и")
	}
	return strings.HasSuffix(t.Fold, "s")
}

// onlyListGlue reports tokens that only join the names of a list: commas,
// conjunctions, honorifics and their stops.
func onlyListGlue(toks []text.Token) bool {
	for k, t := range toks {
		switch {
		case t.Text == "," || isConj(t) || honorifics[t.Fold]:
		case t.Text == "." && k > 0 && honorifics[toks[k-1].Fold]:
		default:
			return false
		}
	}
	return true
}

// theCommissionAfter reports "of the Commission", "at the Commission"
// (or "of Elections at the Commission") right after a title ending at
// token k of sentence i.
func (a *Analysis) theCommissionAfter(i, k int) bool {
	toks := a.Sentences[i].Tokens
	if k+1 < len(toks) && toks[k].Fold == "of" && toks[k+1].Fold == "elections" {
		k += 2 // "Director of Elections at the Commission"
	}
	return k+2 < len(toks) && (toks[k].Fold == "of" || toks[k].Fold == "at") && toks[k+1].Fold == "the" && toks[k+2].Fold == "commission"
}

// pastVerb reports a Russian past-tense verb («пригласил», «вручила»,
// «встретились», «обсудили») or an English one ("invited", "met"): a word
// that cannot stand inside a title's apposition.
func pastVerb(fold string) bool {
	switch fold {
	case "met", "told", "said", "gave", "sent", "took", "thanked", "welcomed", "invited", "received", "congratulated", "presented", "awarded", "held", "signed", "visited", "hosted", "attended", "discussed", "led", "chaired", "addressed", "briefed":
		return true
	}
	// nouns with the same endings («начальник отдела», «канала», «правила»)
	if hasAnyPrefix(fold, []string{"отдел", "раздел", "предел", "журнал", "канал", "сигнал", "финал", "правил", "модел", "недел", "детал", "арсенал", "интервал", "кардинал", "материал", "персонал", "генерал", "потенциал", "капитал", "маршал", "адмирал", "посол", "зал", "стол", "орел", "орёл", "пол", "тыл", "портал", "филиал", "мебел", "цел", "дел", "тел", "сил", "власт", "област"}) {
		return false
	}
	for _, e := range []string{"ил", "ила", "или", "ал", "ала", "али", "ял", "яла", "яли", "ел", "ела", "ели", "ёл", "ыл", "ыла", "ыли", "ился", "илась", "ились", "ался", "алась", "ались", "елся", "елась", "елись", "ялся", "ялась", "ялись"} {
		if strings.HasSuffix(fold, e) && utf8.RuneCountInString(fold) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// caseFromTitle guesses the grammatical case of a name from its title word:
// «председателем» → instrumental, «председателя» → genitive.
func (pt PersonTagger) caseFromTitle(a *Analysis, i, j int) gcase {
	toks := a.Sentences[i].Tokens
	// «во главе с замредседателя ПА Мариэттой Тидей», «во главе с
	// Матиасом Ерши»: after «с», past the words of a title, a name with an
	// instrumental's ending is in the instrumental, whatever an undeclined
	// title looks like
	ins := hasAnySuffix(toks[j].Fold, "ом", "ем", "ой", "ей", "ью") || j+1 < len(toks) && hasAnySuffix(toks[j+1].Fold, "ом", "ым", "ем", "ой", "ей")
	for k := j - 1; k >= 0 && k >= j-8 && toks[k].Kind == text.Word && ins; k-- {
		if withPreposition(toks[k].Fold) || strings.HasPrefix(toks[k].Fold, "возглавляем") {
			return caseIns // (and «миссии ЕС, возглавляемой Хейди Хауталой»)
		}
	}
	m, _, ok := pt.titleBefore(a, i, j)
	if !ok {
		return caseUnknown
	}
	return titleCase(toks[m.Start].Fold, m.Entry.Phrase)
}

// withPreposition reports «с», «со»: before a person, the instrumental.
func withPreposition(f string) bool { return f == "с" || f == "со" }

// titleCase guesses the grammatical case of a title word w written for the
// title phrase: «председателем» → instrumental, «председателя» → genitive.
func titleCase(w, phrase string) gcase {
	head := strings.Fields(text.Fold(phrase))[0]
	if w == head {
		return caseNom
	}
	suffix := strings.TrimPrefix(w, commonPrefix(w, head))
	if (suffix == "ы" || suffix == "и") && !hasAnySuffix(head, "а", "я") {
		// «Члены ЦИК …», «председатели»: the plural of a masculine title is
		// in the nominative (the genitive «главы» is of «глава»)
		return caseNom
	}
	switch {
	case strings.HasSuffix(w, "ем") || strings.HasSuffix(w, "ом") || strings.HasSuffix(w, "ым") || strings.HasSuffix(w, "им") || strings.HasSuffix(w, "ой") && !strings.HasSuffix(head, "ой"):
		return caseIns
	case strings.HasSuffix(w, "ов") || strings.HasSuffix(w, "ей") && !strings.HasSuffix(head, "ей"):
		return caseGen
	case strings.HasSuffix(w, "ю") || strings.HasSuffix(w, "у"):
		return caseDat
	case strings.HasSuffix(w, "я") || strings.HasSuffix(w, "а") || strings.HasSuffix(w, "ы") || suffix == "и":
		return caseGen
	case strings.HasSuffix(w, "е"):
		return casePre
	}
	return caseUnknown
}

func commonPrefix(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return string(ra[:n])
}

// givenCase reads the case and gender of a given name from how it is
// written compared with its nominative: «Бахтиёру»/«Бахтиёр» → dative,
// «Натальей»/«Наталья» → instrumental, feminine.
func givenCase(written, nominative string) (gcase, bool) {
	w, n := text.Fold(written), text.Fold(nominative)
	fem := strings.HasSuffix(n, "а") || strings.HasSuffix(n, "я")
	if w == n {
		return caseNom, fem
	}
	if fem {
		switch {
		case strings.HasSuffix(w, "ой") || strings.HasSuffix(w, "ей") || strings.HasSuffix(w, "ою"):
			return caseIns, fem
		case strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю"):
			return caseAcc, fem
		case strings.HasSuffix(w, "ы") || strings.HasSuffix(w, "и"):
			return caseGen, fem
		case strings.HasSuffix(w, "е"):
			return caseDat, fem
		}
		return caseUnknown, fem
	}
	suffix := strings.TrimPrefix(w, n)
	if strings.HasSuffix(n, "й") || strings.HasSuffix(n, "ь") {
		suffix = strings.TrimPrefix(w, n[:len(n)-2])
	}
	if suffix == w {
		// a vowel that drops in the other cases: «Павла» of «Павел»,
		// «Львом» of «Лев»
		for _, short := range gazetteer.FleetingStems(n) {
			if rest, ok := strings.CutPrefix(w, short); ok {
				suffix = rest
				break
			}
		}
	}
	switch suffix {
	case "а", "я":
		return caseGen, fem
	case "у", "ю":
		return caseDat, fem
	case "ом", "ем", "ём":
		return caseIns, fem
	case "е":
		return casePre, fem
	}
	return caseUnknown, fem
}

// nominativeGiven undoes the case ending of an unknown given name.
func nominativeGiven(w string, c gcase) string {
	return stripCase(w, c, false)
}

// nominativeSurname turns a surname written in case c into the nominative:
// «Худоерзоде» (dative) → «Худоерзода», «Будариной» → «Бударина»,
// «Радживом Кумаром» → «Кумар». Surnames that do not decline stay.
func nominativeSurname(w string, c gcase, fem bool) string {
	if !isCyrillicWord(w) {
		return w
	}
	if c == caseUnknown {
		// the ending itself may tell: «-овым», «-ской», «-ова»
		f := text.Fold(w)
		switch {
		case strings.HasSuffix(f, "овым") || strings.HasSuffix(f, "евым") || strings.HasSuffix(f, "иным"):
			return trimRunes(w, 2)
		case strings.HasSuffix(f, "овой") || strings.HasSuffix(f, "евой") || strings.HasSuffix(f, "иной"):
			return trimRunes(w, 2) + "а"
		case utf8.RuneCountInString(f) > 6 && (strings.HasSuffix(f, "ского") || strings.HasSuffix(f, "цкого") || strings.HasSuffix(f, "скому") || strings.HasSuffix(f, "цкому")):
			// «В. Гуминского»: an adjectival surname in an oblique case
			return trimRunes(w, 3) + "ий"
		}
		return w
	}
	// «с председателем Нуржан Шайлдабековой»: a given name that does not
	// decline says nothing of gender; «-овой» does
	if f := text.Fold(w); !fem && (c == caseIns || c == caseGen || c == caseDat || c == casePre) && (strings.HasSuffix(f, "овой") || strings.HasSuffix(f, "евой") || strings.HasSuffix(f, "иной")) {
		return trimRunes(w, 2) + "а"
	}
	return stripCase(w, c, fem)
}

func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

func trimRunes(w string, n int) string {
	r := []rune(w)
	if len(r) <= n {
		return w
	}
	return string(r[:len(r)-n])
}

func stripCase(w string, c gcase, fem bool) string {
	f := text.Fold(w)
	has := func(e string) bool {
		return strings.HasSuffix(f, e) && utf8.RuneCountInString(f) > utf8.RuneCountInString(e)+2
	}
	if has("дзе") || has("швили") || has("ели") || has("енко") || has("ых") || has("их") {
		// surnames that do not decline: Georgian «Кобахидзе»,
		// «Маргвелашвили», «Церетели», Ukrainian «Петренко», «Черных»
		return w
	}
	// adjectival surnames: «-ский»
	for _, e := range []string{"ского", "скому", "ским", "ском"} {
		if has(e) && !fem {
			return trimRunes(w, utf8.RuneCountInString(e)) + "ский"
		}
	}
	for _, e := range []string{"ской", "скую"} {
		if has(e) {
			return trimRunes(w, utf8.RuneCountInString(e)) + "ская"
		}
	}
	// «-цкий»: «Слуцким» → «Слуцкий»
	for _, e := range []string{"цкого", "цкому", "цким", "цком"} {
		if has(e) && !fem {
			return trimRunes(w, utf8.RuneCountInString(e)) + "цкий"
		}
	}
	for _, e := range []string{"цкой", "цкую"} {
		if has(e) {
			return trimRunes(w, utf8.RuneCountInString(e)) + "цкая"
		}
	}
	if fem {
		switch {
		case has("овой") || has("евой") || has("иной") || has("ыной"):
			return trimRunes(w, 2) + "а"
		case has("ову") || has("еву") || has("ину"):
			return trimRunes(w, 1) + "а"
		case c == caseIns && has("ой") && !has("ской"):
			return trimRunes(w, 2) + "а" // «с Послом Кристиной Ромилой»
		case c == caseGen && has("ы"):
			return trimRunes(w, 1) + "а"
		}
		return w // «Караман»: feminine surnames on a consonant do not decline
	}
	switch c {
	case caseGen:
		switch {
		case has("ова") || has("ева") || has("ина") || has("ына") || has("ёва"):
			return trimRunes(w, 1)
		case has("ы") || has("и") && !has("ии"):
			return trimRunes(w, 1) + "а" // «Худоерзоды»
		case has("у"):
			return trimRunes(w, 1) + "а" // accusative «Худоерзоду» beside «Бахтиёра»
		case has("а") && !has("ия"):
			return trimRunes(w, 1)
		case has("я") && !has("ия"):
			// «Гайдая» → «Гайдай»; Georgian surnames end in «-ия» in the
			// nominative («Лаша Тордия») and do not decline
			return trimRunes(w, 1) + "й"
		}
	case caseAcc:
		if has("у") {
			return trimRunes(w, 1) + "а"
		}
		if has("а") {
			return trimRunes(w, 1)
		}
	case caseDat:
		switch {
		case has("у"):
			return trimRunes(w, 1)
		case has("ю"):
			return trimRunes(w, 1) + "й"
		case has("е"):
			return trimRunes(w, 1) + "а" // «Худоерзоде»
		}
	case caseIns:
		switch {
		case has("ым") || has("ом") && !has("ым"):
			return trimRunes(w, 2)
		case has("ем"):
			return trimRunes(w, 2)
		case has("ой"):
			return trimRunes(w, 2) + "а"
		case has("цей") || has("жей") || has("шей") || has("чей") || has("щей"):
			return trimRunes(w, 2) + "а" // «Ионицей»: a name in «-а» after a hushing sound
		}
	case casePre:
		if has("е") {
			return trimRunes(w, 1)
		}
	}
	return w
}

// nonNameStems are capitalised words of institutions and offices that
// follow titles and are not names («депутатов Сената Парламента»,
// «Маджлиси Оли», «Deputy Secretary General»).
var nonNameStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`сенат парламент мажилис маджлис маджлиси оли милли меджлис халк кенгаш курултай хурал жогорку кенеш
		дума собрание совет ассамбле академ министерств комисси комитет республик президент правительств конституц
		управлени департамент аппарат секретариат центр фонд суд прокуратур акимат администрац област район город
		палат верховн национальн государствен генеральн исполнительн
		deputy general secretary chairman chairperson chief commissioner president minister director head senate parliament
		assembly council committee commission national republic state lok sabha award awards prize`) {
		m[w] = true
		m[text.Stem(w)] = true
	}
	return m
}()

// formerOrForeign reports a head of state's title at token k that is a
// former one ("former President", «бывший президент») or another
// country's ("former Nigerian President", "the Tanzanian President"): no
// stand-in for the home state.
func (a *Analysis) formerOrForeign(i, k int) bool {
	toks := a.Sentences[i].Tokens
	if pm := a.dictBefore(i, k); pm != nil && pm.Entry.Kind == gazetteer.CountryAdj && pm.End == k {
		return true
	}
	return k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"former", "ex-", "бывш", "экс"})
}

// headsOfState are titles whose holders are not actors of electoral cooperation.
var headsOfState = []string{"президент", "премьер", "король", "эмир", "president", "prime minister", "king"}

// role reads the title and organisation of a person named at tokens
// [t0, t1) of sentence i.
func (pt PersonTagger) role(a *Analysis, i, t0, t1 int) (title, org string, excluded bool) {
	s := a.Sentences[i]
	// «медалью имени Николая Гиренко», "named after X": the name of an
	// award or a school, not an actor; «кандидатуру … X», "candidate X":
	// candidates are no actors of electoral cooperation (GOLD.md)
	for k := t0 - 1; k >= 0 && k >= t0-10; k-- {
		f := s.Tokens[k].Fold
		if f == "," || f == "." {
			break
		}
		if f == "имени" || f == "after" && k > 0 && s.Tokens[k-1].Fold == "named" {
			return "", "", true
		}
		if strings.HasPrefix(f, "кандидат") || strings.HasPrefix(f, "candida") {
			return "", "", true
		}
	}
	// «Миссию наблюдателей СНГ возглавил Сергей Лебедев», "The CIS mission
	// was headed by X": the head of what the verb governs
	if t0 > 0 {
		b := t0 - 1
		if b > 1 && s.Tokens[b].Fold == "ambassador" {
			b-- // "Headed by Ambassador Eberhard Pohl, the Mission of ODIHR …"
		}
		if f := s.Tokens[b].Fold; hasAnyPrefix(f, []string{"возглавил", "возглавляет", "возглавлял"}) || b > 0 && f == "by" && (s.Tokens[b-1].Fold == "headed" || s.Tokens[b-1].Fold == "led") {
			for _, om := range a.Mentions[i] {
				if om.Tok1 <= b && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindGovernment || om.Kind == graph.KindNGO) {
					org = om.Key
				}
			}
			if org == "" && b <= 2 {
				// a sentence that opens with "Headed by X, the Mission of
				// ODIHR …": the organisation after the name
				for _, om := range a.Mentions[i] {
					if om.Tok0 >= t1 && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindNGO) {
						org = om.Key
						break
					}
				}
			}
			if org != "" {
				if dm, found := pt.titleAfterMatch(a, i, t1); found && graph.KindOf(org) == graph.KindGovernment {
					// "the Indian delegation led by X, Senior Deputy Election
					// Commissioner": an election title after the name makes
					// him an officer of the state's election body
					if ph := text.Fold(dm.Entry.Phrase); strings.Contains(ph, "election") || strings.Contains(ph, "electoral") || strings.Contains(ph, "избират") || strings.Contains(ph, "цик") {
						class := dm.Entry.Key
						if class == "head" || class == "other" || class == "" {
							class = "official"
						}
						return class, graph.BodyKey(graph.CountryOf(org)), false
					}
				}
				return "head", org, false
			}
		}
	}
	// "X has been appointed to lead the Commonwealth observer group", «X
	// возглавит миссию наблюдателей СНГ»: the head of the group the verb
	// after the name governs
	for n := t1; n < len(s.Tokens) && n <= t1+5; n++ {
		f := s.Tokens[n].Fold
		if !contains([]string{"lead", "leads", "leading", "head", "heads", "heading", "возглавит", "возглавляет", "возглавил", "возглавила", "возглавлял", "возглавляла"}, f) || s.Tokens[n].IsUpper() {
			if !contains([]string{"who", "will", "has", "have", "been", "is", "was", "appointed", "named", "chosen", "to", "также", "который", "которая"}, f) {
				break // only the verb's own words between: "has been appointed to lead"
			}
			continue
		}
		if tm, _, titled := pt.titleBefore(a, i, t0); titled && !slices.ContainsFunc(s.Tokens[max(0, tm.Start-3):tm.Start], func(t text.Token) bool { return hasAnyPrefix(t.Fold, []string{"бывш", "former", "ex-"}) }) {
			// «член ЦИК России X возглавит группу»: his title is his own
			// (not "Former South African President X")
			break
		}
		group := false
		for _, om := range a.Mentions[i] {
			if om.Tok0 <= n || om.Tok0 > n+6 {
				continue
			}
			for k := n + 1; k < len(s.Tokens) && k <= om.Tok1+2; k++ {
				group = group || hasAnyPrefix(s.Tokens[k].Fold, []string{"mission", "group", "team", "delegation", "мисси", "групп", "делегаци"})
			}
			if group && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindNGO) {
				return "head", om.Key, false
			}
		}
		break
	}
	if title, org, ok := a.regionListOfficer(i, t0); ok {
		return title, org, false
	}
	m, after, ok := pt.titleBefore(a, i, t0)
	if ok && t1 < len(s.Tokens) && isDash(s.Tokens[t1]) && m.End < t0 && slices.ContainsFunc(s.Tokens[m.End:t0], func(t text.Token) bool { return t.Text == "," || t.Fold == "и" || t.Fold == "and" }) {
		// «…, Даниэла Де Риддер - глава делегации ПА ОБСЕ, Кристиан Штрохал
		// - директор БДИПЧ ОБСЕ»: in a list of «name - title», the title
		// before the comma is the previous name's; the one after the dash
		// is this one's
		if _, found := pt.titleAfterMatch(a, i, t1); found {
			ok = false
		}
	}
	if ok && m.Entry.Key == "ambassador" && m.End == t0 {
		// «директор БДИПЧ ОБСЕ посол Кристиан Штрохал», «глава миссии
		// посол Ян Петерсен»: «посол» is the diplomat's rank before his
		// name; the office is the title before it
		end := m.Start
		if end > 0 && s.Tokens[end-1].Text == "," {
			end-- // «глава ереванского офиса ОБСЕ, посол Андрей Сорокин»
		}
		if m2, after2, ok2 := pt.titleBefore(a, i, end); ok2 && m2.Entry.Key != "ambassador" && m2.Entry.Key != "diplomat" && m.Start-m2.End <= 10 &&
			!slices.ContainsFunc(s.Tokens[m2.End:end], func(t text.Token) bool { return t.Kind == text.Punct && !isDash(t) || pastVerb(t.Fold) }) &&
			(end == m.Start || !a.nameWordBetween(i, m2.End, end)) {
			m, after = m2, after2
		}
	}
	// the words that may name the title's body: between the title and the
	// name, or after a title that follows the name
	from, to := after, t0
	if !ok {
		// after the name: «Мирза-Улугбек Абдусаломов, председатель ЦИК Узбекистана»
		if dm, found := pt.titleAfterMatch(a, i, t1); found && !pt.titleOfNextName(a, i, dm.End) {
			m, after, ok = dm, dm.End, true
			// the title's own words, up to the comma that ends the
			// apposition ("X, Maldives Chief Elections Commissioner, and the
			// Chairman of …" is not the next one's)
			end := dm.End
			for end < len(s.Tokens) && end < dm.End+8 && !strings.Contains(",;.", s.Tokens[end].Text) {
				end++
			}
			org = pt.orgIn(a, i, dm.Start, end, dm.Entry.Key)
			if ph := text.Fold(dm.Entry.Phrase); org == "" && (strings.Contains(ph, "election") || strings.Contains(ph, "electoral")) {
				// "X, Maldives Chief Elections Commissioner": the country
				// before an election title names its body
				for _, cm := range a.Mentions[i] {
					if cm.Kind == graph.KindCountry && cm.Tok1 == dm.Start {
						org = graph.BodyKey(cm.Key)
					}
				}
				// "X, Chief Election Commissioner (CEC) of India": the
				// country after it, past the title's abbreviation
				at := dm.End
				if at+2 < len(s.Tokens) && s.Tokens[at].Text == "(" && s.Tokens[at+2].Text == ")" {
					at += 3
				}
				if org == "" && at+1 < len(s.Tokens) && s.Tokens[at].Fold == "of" {
					if cc := a.countryAfter(i, at, "of"); cc != "" {
						org = graph.BodyKey(cc)
					}
				}
			}
			if org == "" && end+1 < len(s.Tokens) && s.Tokens[end].Text == "," {
				// "X, Chairman, Interim Independent Electoral Commission,
				// Kenya", "Y, Election Commissioner, Mauritius": a roster's
				// title, then its body or its country
				org = a.rosterOrgAt(i, end+1, dm.Entry.Phrase)
			}
			for _, gm := range a.Mentions[i] {
				// "X, the United States Ambassador to Georgia": the state
				// whose mention holds the title
				if gm.Kind == graph.KindGovernment && gm.Tok0 <= dm.Start && gm.Tok1 >= dm.End {
					org = gm.Key
				}
			}
			from, to = dm.End, min(dm.End+4, len(s.Tokens))
		}
		if !ok {
			return "", "", false
		}
	} else {
		org = pt.orgIn(a, i, after, t0, m.Entry.Key)
		if org == "" && m.Start > 0 && !s.Tokens[m.Start].IsCyrillic() {
			// "IFES President Anthony Banbury", "UNDP Assistant
			// Administrator X": the organisation named right before the title
			for _, om := range a.Mentions[i] {
				if om.Tok1 == m.Start && (om.Kind == graph.KindOrganization || om.Kind == graph.KindNGO) {
					// (a body's, "NEC Secretary General", is read below)
					org = om.Key
				}
			}
		}
		if ph := text.Fold(m.Entry.Phrase); org == "" && !formerTitle(s.Tokens, m.Start) && hasAnyPrefix(ph, []string{"член парламент", "депутат", "member of parliament", "member of the parliament", "parliamentarian"}) {
			// «член Парламента Великобритании Джон Гроган»: a member of a
			// country's parliament acts for its state (GOLD.md: CC/GOV)
			if cc := a.countryAfter(i, m.End, "of"); cc != "" {
				org = graph.GovernmentKey(cc)
			}
		}
	}
	// "The ECOWAS Commission has pledged … Its Commissioner for Political
	// Affairs, X, …": the organisation the sentence before opened with
	if org == "" && m.Start > 0 && i > 0 && (s.Tokens[m.Start-1].Fold == "its" || s.Tokens[m.Start-1].Fold == "their") && !s.Tokens[m.Start].IsCyrillic() {
		for _, om := range a.Mentions[i-1] {
			if om.Key != "" && om.Via != ViaImplicit && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindNGO) {
				if om.Tok0 <= 2 {
					org = om.Key
				}
				break
			}
		}
	}
	// "the Chairperson of the Commission, Mrs. Jean Mensa": the Commission
	// is the article's own, when the article names it
	if org == "" && a.theCommissionAfter(i, m.End) && a.Home != "" && a.Home != "??" && a.namesBody(graph.BodyKey(a.Home)) {
		org = graph.BodyKey(a.Home)
	}
	// "Matt Gokhool, Chief Executive, ICPS": the organisation set off by a
	// comma after a title that follows the name
	if org == "" && m.Start > t1 && m.End+1 < len(s.Tokens) && s.Tokens[m.End].Text == "," && !s.Tokens[m.End+1].IsCyrillic() {
		for _, om := range a.Mentions[i] {
			if om.Tok0 == m.End+1 && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindSubBody || om.Kind == graph.KindNGO) {
				org = om.Key
			}
		}
	}
	// "Election Commissioner Ashok Lavasa of India": a title that names
	// the election body, the country after the name
	if ph := text.Fold(m.Entry.Phrase); t1+1 < len(s.Tokens) && (s.Tokens[t1].Fold == "of" || s.Tokens[t1].Fold == "from") && (strings.Contains(ph, "election") || strings.Contains(ph, "electoral")) {
		if cc := a.countryAfter(i, t1, "of", "from"); cc != "" {
			org = graph.BodyKey(cc)
		}
	}
	// "Advisor Keara Castaldo of ODIHR": the organisation after the name
	if at := skipOf(s.Tokens, t1); org == "" && at > t1 && !s.Tokens[t0].IsCyrillic() {
		for _, om := range a.Mentions[i] {
			if om.Tok0 == at && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindSubBody || om.Kind == graph.KindNGO) {
				org = om.Key
			}
		}
	}
	// "Chairman of the Central Election Commission of Belarus": the title
	// itself names the body (BodyTagger made it a mention)
	for _, bm := range a.Mentions[i] {
		if (bm.Tok0 == m.Start && bm.Tok1 > m.End || bm.Tok0 < m.Start && bm.Tok1 > m.End) && bm.Kind == graph.KindBody {
			// "Electoral Commission Chairperson of Seychelles" too
			org = bm.Key
		}
	}
	class := m.Entry.Key
	phrase := text.Fold(m.Entry.Phrase)
	for _, h := range headsOfState {
		if !strings.HasPrefix(phrase, h) {
			continue
		}
		if org == "" && h == "president" && m.Start > 0 {
			// "CENA president Sacca Lafia": the body named right before
			// the title
			for _, bm := range a.Mentions[i] {
				if bm.Tok1 == m.Start && (bm.Kind == graph.KindBody || bm.Kind == graph.KindSubBody) && bm.Key != "" {
					org = bm.Key
				}
			}
		}
		if k := graph.KindOf(org); (k == graph.KindBody || k == graph.KindSubBody) && (h == "президент" || h == "president") {
			// "President of the Electoral Commission of Ghana": the
			// commission's chair
			class = "chairman"
			break
		}
		if graph.KindOf(org) != graph.KindOrganization && graph.KindOf(org) != graph.KindNGO {
			return "", "", true
		}
	}
	// «главы республики», «главы государства»: a head of state
	for k := after; k < t0 && k < after+2; k++ {
		if f := s.Tokens[k].Fold; f == "государства" || f == "государство" || strings.HasPrefix(f, "республик") && !strings.HasPrefix(f, "республиканск") && !s.Tokens[k].IsUpper() {
			return "", "", true
		}
	}
	// a title after the name («во главе которой X, председатель ЦИК
	// Узбекистана») beats a bare «во главе» before it; in a list of
	// «title name, title name» the next title belongs to the next name
	if org == "" && strings.HasPrefix(phrase, "глав") && t1+1 < len(s.Tokens) && s.Tokens[t1].Text == "," {
		for _, dm := range a.dict[i] {
			if dm.Start == t1+1 && dm.Entry.Kind == gazetteer.Title {
				if o := pt.orgIn(a, i, dm.End, min(dm.End+8, len(s.Tokens)), dm.Entry.Key); o != "" && !pt.titleOfNextName(a, i, dm.End) {
					m, after, org = dm, dm.End, o
				}
				break
			}
		}
	}
	class = m.Entry.Key
	// local executives (аким, хоким, губернатор, мэр) are officials of
	// their state's government
	for _, w := range []string{"аким", "хоким", "губернатор", "мэр", "mayor", "governor"} {
		if phrase == w {
			return "official", graph.GovernmentKey(a.Home), false
		}
	}
	// an ombudsman («Защитник прав человека», «уполномоченный по правам
	// человека») is an officer of his state: the one his title names, else
	// the home's (not an organisation named before in the sentence)
	if contains([]string{"защитник прав человека", "уполномоченный по правам человека", "омбудсмен", "ombudsman", "human rights defender"}, phrase) {
		if graph.KindOf(org) != graph.KindGovernment {
			org = ""
			if cc := a.countryAfter(i, m.End, "of"); cc != "" {
				org = graph.GovernmentKey(cc)
			} else if a.Home != "" && a.Home != "??" {
				org = graph.GovernmentKey(a.Home)
			}
		}
		return "official", org, false
	}
	// an apposition chain «с международным экспертом – старшим советником
	// IDEA X»: the first title says what the person is
	dash := m.Start - 1
	for dash > 0 && s.Tokens[dash].Kind == text.Word && isAdjective(s.Tokens[dash].Fold) && !s.Tokens[dash].IsUpper() {
		dash-- // «– старшим советником»
	}
	if dash >= 1 && (s.Tokens[dash].Text == "–" || s.Tokens[dash].Text == "—" || s.Tokens[dash].Text == "-") {
		end, via := dash, ""
		// «члены Центризбиркома - ученый секретарь Академии наук X»: the
		// first title with its body
		for _, bm := range a.Mentions[i] {
			if bm.Tok1 == dash && (bm.Kind == graph.KindBody || bm.Kind == graph.KindOrganization) {
				end, via = bm.Tok0, bm.Key
			}
		}
		for _, dm := range a.dict[i] {
			if dm.Entry.Kind == gazetteer.Title && dm.End == end {
				class = dm.Entry.Key
				if via != "" {
					org = via
				}
			}
		}
	}
	commission := class == "chairman" || class == "deputy_chairman" || class == "secretary" || class == "member"
	if class == "head" && (graph.KindOf(org) == graph.KindBody || graph.KindOf(org) == graph.KindSubBody) {
		class, commission = "chairman", true
		if hasAnyPrefix(phrase, []string{"director", "директор", "manager", "начальник"}) {
			// "Director of Elections at the Commission": its staff
			class, commission = "official", false
		}
	}
	// "Kenya's Election Commissioner Ken Nyaundi", "U.S. Ambassador John
	// Bass", «казахстанский посол»: a country right before the title
	if org == "" && m.Start > 0 {
		for _, cm := range a.Mentions[i] {
			if cm.Kind != graph.KindCountry || cm.Tok1 != m.Start {
				continue
			}
			if commission || strings.Contains(phrase, "election") || strings.Contains(phrase, "electoral") || strings.Contains(phrase, "избират") {
				org = graph.BodyKey(cm.Key)
			} else if class == "ambassador" || class == "diplomat" || class == "official" && hasAnyPrefix(phrase, []string{"secretary of state", "state secretary", "minister", "deputy minister", "госсекретар", "государственн", "статс", "министр", "замминистр"}) {
				// "U.S. Ambassador", "Angolan Secretary of State": officers
				// of their state
				org = graph.GovernmentKey(cm.Key)
			}
		}
	}
	// «заместителем Генерального секретаря ШОС, главой Миссии … от
	// организации Нурланом Акошкаровым»: a second title in a chain keeps
	// the organisation of the first
	if org == "" && m.Start >= 2 && s.Tokens[m.Start-1].Text == "," {
		for _, om := range a.Mentions[i] {
			if om.Tok1 == m.Start-1 && (om.Kind == graph.KindOrganization || om.Kind == graph.KindBody || om.Kind == graph.KindNGO) {
				org = om.Key
			}
		}
	}
	// "a delegation of A-WEB led by Secretary General X", «делегация ЦИК
	// Грузии во главе с председателем X»: the delegation's organisation
	if org == "" && m.Start >= 2 {
		f1, f2 := s.Tokens[m.Start-2].Fold, s.Tokens[m.Start-1].Fold
		if (f1 == "led" || f1 == "headed") && f2 == "by" || f1 == "главе" && (f2 == "с" || f2 == "со") {
			for _, bm := range a.Mentions[i] {
				if bm.Tok1 <= m.Start-2 && bm.Tok1 >= m.Start-10 {
					switch bm.Kind {
					case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
						org = bm.Key
					}
				}
			}
		}
	}
	// "the Election Commission of India (represented by its Chief Election
	// Commissioner X)", «по поручению Совета ПА ОДКБ и его председателя X»:
	// the possessive is the body or organisation named last before the title
	if m.Start > 0 && possessivePronoun(s.Tokens[m.Start-1].Fold) && (org == "" || org == a.homeBody()) {
		for _, bm := range a.Mentions[i] {
			if bm.Tok1 <= m.Start && (bm.Kind == graph.KindBody || bm.Kind == graph.KindOrganization || bm.Kind == graph.KindSubBody || bm.Kind == graph.KindNGO) {
				org = bm.Key
			}
		}
	}
	// "NEC Secretary General Kim Pil-gon", «ЦИК секретарь …»: a body or
	// organisation right before the title
	if org == "" && m.Start > 0 {
		for _, bm := range a.Mentions[i] {
			if bm.Tok1 == m.Start && (bm.Kind == graph.KindBody || bm.Kind == graph.KindOrganization || bm.Kind == graph.KindNGO) {
				org = bm.Key
			}
		}
	}
	// «Делегация ТюркПА, заместитель генсека X и секретарь комиссии Y»:
	// a bare commission in a list of the delegation's people is one of
	// the organisation's own
	if org == "" && commission && (after < t0 && genericCommission(s.Tokens[after:t0]) || after == t0 && strings.HasSuffix(phrase, " комиссии")) && !strings.Contains(text.Fold(s.Text), "избират") {
		if d := a.delegationOpening(i); d != "" && graph.KindOf(d) == graph.KindOrganization {
			return "official", d, false
		}
	}
	// «член комиссии Ровзат Гасымов»: the commission named before
	if org == "" && commission && after < t0 && genericCommission(s.Tokens[after:t0]) {
		org = a.bodyBefore(i, m.Start)
	}
	// "Chairman of the Central Election Commission of Uzbekistan X": a
	// title that names the election body, then its country
	if org == "" && from < to && (strings.Contains(phrase, "election") || strings.Contains(phrase, "electoral") || strings.Contains(phrase, "избират") || strings.Contains(phrase, "цик")) {
		for _, cm := range a.Mentions[i] {
			if cm.Kind == graph.KindCountry && cm.Tok0 >= from && cm.Tok1 <= to {
				org = graph.BodyKey(cm.Key)
				break
			}
		}
	}
	// «председатель парламента Армении Овик Абрамян», "Speaker of the
	// Parliament of Georgia": a parliament acts for its state (GOLD.md)
	if org == "" && after < t0 && !formerTitle(s.Tokens, m.Start) {
		for k := m.Start; k < t0; k++ {
			if hasAnyPrefix(s.Tokens[k].Fold, []string{"парламент", "parliament"}) {
				for _, cm := range a.Mentions[i] {
					if cm.Kind == graph.KindCountry && cm.Via != ViaPeople && cm.Tok0 > k && cm.Tok1 <= t0 {
						return "official", graph.GovernmentKey(cm.Key), false
					}
				}
			}
		}
	}
	// «заместитель министра иностранных дел Армении Артак Апитонян», «глава
	// МВД Украины», "Deputy Minister of Foreign Affairs of Zambia": a
	// ministry's officer is his state's
	if org == "" && after < t0 && !formerTitle(s.Tokens, m.Start) {
		for k := m.Start; k < t0 && org == ""; k++ {
			if !hasAnyPrefix(s.Tokens[k].Fold, []string{"министр", "замминистр", "minister", "ministry", "мид", "мвд", "правительств", "government"}) {
				continue
			}
			for _, cm := range a.Mentions[i] {
				if (cm.Kind == graph.KindCountry && cm.Via != ViaPeople && cm.Tok0 >= k || cm.Kind == graph.KindGovernment && cm.Tok1 > k) && cm.Tok1 <= t0 {
					org = graph.GovernmentKey(graph.CountryOf(cm.Key))
					if commission {
						class, commission = "official", false
					}
					break
				}
			}
		}
	}
	// «председатель Гомельского горисполкома Владимир Привалов»: the title
	// belongs to something we do not know
	if org == "" && commission && after < t0 && unknownWordsBetween(a, i, after, t0) {
		return "official", "", false
	}
	// "Rajya Sabha Chair X", "Senate President X": a capitalised name we
	// do not know right before an English title is what X chairs
	if org == "" && commission && m.Start > 0 && !s.Tokens[m.Start].IsCyrillic() && unknownNameBefore(a, i, m.Start) {
		return class, "", false
	}
	if org == "" && (commission || strings.Contains(phrase, "election") || strings.Contains(phrase, "electoral")) && (strings.Contains(phrase, "election") || strings.Contains(phrase, "electoral")) {
		org = a.homeBody()
	}
	if org == "" && commission {
		// the nearest body before the title in the sentence, else the home body
		for _, bm := range a.Mentions[i] {
			if bm.Tok1 <= m.Start && (bm.Kind == graph.KindBody || bm.Kind == graph.KindSubBody) {
				org = bm.Key
			}
		}
		if org == "" {
			org = a.homeBody()
		}
	}
	if (class == "ambassador" || class == "diplomat") && graph.KindOf(org) != graph.KindOrganization && graph.KindOf(org) != graph.KindGovernment {
		org = ""
		for _, cm := range a.Mentions[i] {
			// the country in the title or right before it ("British High
			// Commissioner X", «посол Японии»)
			if (cm.Tok0 >= m.Start || cm.Tok1 >= m.Start) && cm.Tok1 <= t0 && (cm.Kind == graph.KindCountry || cm.Kind == graph.KindGovernment) {
				org = graph.GovernmentKey(graph.CountryOf(cm.Key))
				break
			}
		}
		if org == "" && m.Start >= t1 {
			// "Ray Davidson – Deputy High Commissioner of the United
			// Kingdom to Guyana": the state after "of" that follows the
			// title set off after the name (not the one after "to")
			if cc := a.countryAfter(i, m.End, "of"); cc != "" {
				org = graph.GovernmentKey(cc)
			}
		}
	}
	if class == "chairman" && graph.KindOf(org) == graph.KindGovernment {
		// «Председатель Государственного Совета Республики Татарстан»:
		// the chair of a state's body heads it (titles.tsv)
		class = "head"
	}
	if commission && (graph.KindOf(org) == graph.KindOrganization || graph.KindOf(org) == graph.KindNGO) {
		switch class {
		case "chairman":
			class = "head"
		case "deputy_chairman":
			// «зампредседателя ПАСЕ»: a deputy chair stays one (GOLD.md)
		default:
			class = "official"
		}
	}
	// «старшего советника БДИПЧ ОБСЕ»: an adviser of an organisation is
	// its official, not an embassy's diplomat
	if class == "diplomat" && graph.KindOf(org) == graph.KindOrganization {
		class = "official"
	}
	if formerTitle(s.Tokens, m.Start) {
		// «бывший посол Японии», "former High Commissioner of Ghana",
		// "Former member of the Independent Electoral Council of
		// Suriname": no longer the state's or the body's
		org = ""
	}
	headWord := hasAnyPrefix(phrase, []string{"глав", "руководител", "начальник", "head"})
	if headWord && m.End < len(s.Tokens) && hasAnyPrefix(s.Tokens[m.End].Fold, subUnitWords) && (class == "chairman" || class == "head") {
		// «глава секретариата аппарата ЦИК», "head of the department":
		// the head of a part of the body is its official, not its chair
		class = "official"
	}
	if (headWord || hasAnyPrefix(phrase, []string{"director", "директор"})) && class == "head" && !s.Tokens[m.Start].IsCyrillic() && unitAfterOf(s.Tokens, m.End) {
		// "Director of Political Affairs", "the Head of its Electoral
		// Assistance Unit": the head of a part of an organisation is its
		// official
		class = "official"
	}
	if org == "" && headWord && (strings.Contains(phrase, "мисси") || strings.Contains(phrase, "mission") || m.End < len(s.Tokens) && hasAnyPrefix(s.Tokens[m.End].Fold, []string{"мисси", "mission"})) {
		// «глава миссии Ильхом Нематов» after «Миссия наблюдателей от
		// СНГ …»: the head of the mission named before
		if os := a.missionOwnersBefore(i + 1); len(os) == 1 {
			org = os[0] // (two missions leave it unplaced)
		}
	}
	if org == "" && m.End < t0 && slices.ContainsFunc(s.Tokens[m.End:t0], func(t text.Token) bool { return hasAnyPrefix(t.Fold, subUnitWords) }) {
		// «ведущий специалист отдела внешних связей ЦИК X, начальник
		// программно-методологического отдела Y»: a department of the body
		// the list named before
		for _, pm := range a.Mentions[i] {
			if pm.Kind == graph.KindPerson && pm.Tok1 <= m.Start && pm.Org != "" && graph.KindOf(pm.Org) != graph.KindPerson {
				org = pm.Org
			}
		}
	}
	if org == "" && (class == "head" || class == "official") {
		// "Other members of the NEC-Sierra Leone delegation are the
		// Director of Operations, X, …", "The Director of ICT Y … are the
		// rest of the NEC delegation": the delegation's members, its
		// directors its officials
		if owner := a.delegationOwnerIn(i); owner != "" {
			org = owner
			if class == "head" && graph.KindOf(owner) == graph.KindBody && hasAnyPrefix(phrase, []string{"director", "директор", "executive", "assistant"}) {
				class = "official"
			}
		}
	}
	return class, org, false
}

// rosterOrgAt returns the body a roster names at token k after a title
// set off by commas: a body or organisation mention (as the country after
// its own comma says, "Interim Independent Electoral Commission, Kenya"),
// or a country alone, whose election body an election title names; "".
func (a *Analysis) rosterOrgAt(i, k int, title string) string {
	toks := a.Sentences[i].Tokens
	for _, m := range a.Mentions[i] {
		if m.Tok0 != k {
			continue
		}
		switch m.Kind {
		case graph.KindBody, graph.KindSubBody, graph.KindOrganization:
			key := a.actorKey(m)
			if m.Kind == graph.KindBody && m.Tok1+1 < len(toks) && toks[m.Tok1].Text == "," {
				for _, c := range a.Mentions[i] {
					if c.Kind == graph.KindCountry && c.Tok0 == m.Tok1+1 && c.Via != ViaAdj {
						key = graph.BodyKey(c.Key)
					}
				}
			}
			return key
		case graph.KindCountry:
			if ph := text.Fold(title); m.Via != ViaAdj && (strings.Contains(ph, "election") || strings.Contains(ph, "electoral")) {
				return graph.BodyKey(m.Key)
			}
		}
	}
	return ""
}

// delegationOwnerIn returns the one body or organisation whose delegation
// sentence i names ("the NEC-Sierra Leone delegation", "members of the
// delegation of the CEC", «в состав делегации ЦИК вошли»), or "".
func (a *Analysis) delegationOwnerIn(i int) string {
	toks := a.Sentences[i].Tokens
	owner := ""
	for k, t := range toks {
		if !hasAnyPrefix(t.Fold, []string{"delegation", "делегаци"}) || delegationMet(toks, k) {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindBody && m.Kind != graph.KindOrganization {
				continue
			}
			// right before the word (English), or right after it and
			// "of (the)" («делегации ЦИК», "delegation of the NEC")
			after := k + 1
			for after < len(toks) && after <= k+2 && (toks[after].Fold == "of" || toks[after].Fold == "the") {
				after++
			}
			if m.Tok1 == k && !t.IsCyrillic() || m.Tok0 == after || !t.IsCyrillic() && m.Tok1 < k && m.Tok1 >= k-4 && possessive(toks[m.Tok1-1]) && possessiveGap(toks[m.Tok1:k]) {
				// ("IEC's two-member delegation")
				if owner != "" && owner != m.Key {
					return ""
				}
				owner = m.Key
			}
		}
	}
	return owner
}

// delegationMet reports the delegation noun at token k as the one a host
// receives or meets, not the one its members belong to («принял делегацию
// ЦИК России», «встретился с делегацией», "received the NEC delegation").
func delegationMet(toks []text.Token, k int) bool {
	switch toks[k].Fold {
	case "делегацию", "делегацией", "делегациями", "делегациям":
		return true
	}
	for n := k - 1; n >= 0 && n >= k-4; n-- {
		switch f := toks[n].Fold; {
		case f == "met" || f == "received" || f == "welcomed" || f == "hosted" || f == "with" || f == "meets" || f == "receives":
			return true
		case toks[n].Kind == text.Punct:
			return false
		}
	}
	return false
}

// onlyDelegationsMet reports a sentence whose every delegation noun is one
// a host receives or meets (delegationMet).
func onlyDelegationsMet(toks []text.Token) bool {
	for k, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"delegation", "делегаци"}) && !delegationMet(toks, k) {
			return false
		}
	}
	return true
}

// possessiveGap reports the words between an owner in the possessive and
// its delegation: "two-member", "high-level".
func possessiveGap(toks []text.Token) bool {
	for _, t := range toks {
		if t.Fold == "s" || t.Kind == text.Number || t.Text == "-" || t.Kind == text.Word && !t.IsUpper() {
			continue
		}
		return false
	}
	return true
}

// unitAfterOf reports "of (its|the) <Capitalised words> Unit" (or
// Department, Division, Affairs, Section, Directorate) right after token
// k.
func unitAfterOf(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Fold != "of" {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+6; n++ {
		f := toks[n].Fold
		if f == "unit" || f == "department" || f == "division" || f == "affairs" || f == "section" || f == "directorate" {
			return true
		}
		if f != "its" && f != "the" && !(toks[n].Kind == text.Word && toks[n].IsUpper()) {
			return false
		}
	}
	return false
}

// subUnitWords name a part of a body («отдела», «управления», "department").
var subUnitWords = []string{"отдел", "управлени", "департамент", "секретариат", "аппарат", "служб", "пресс-служб", "сектор", "department", "division", "directorate", "secretariat", "unit"}

// stateMentionAt reports a government mention of sentence i within tokens
// [from, to).
func (a *Analysis) stateMentionAt(i, from, to int) bool {
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindGovernment && m.Tok0 < to && m.Tok1 > from {
			return true
		}
	}
	return false
}

// namesBodyIn reports whether sentence i names body key by its name or
// abbreviation with its country (not an unqualified «ЦИК», "the CEC"),
// starting before token before (a body named after a person is another
// person's: "… Sunil Arora and X, Electoral Commissioner of Mauritius").
func (a *Analysis) namesBodyIn(i int, key string, before int) bool {
	for _, m := range a.Mentions[i] {
		if m.Key == key && m.Via != ViaImplicit && m.Tok0 < before {
			for k := m.Tok0; k < m.Tok1; k++ {
				if a.countryWordAt(i, k) {
					return true
				}
			}
		}
	}
	return false
}

// countryWordAt reports a dictionary country name or adjective at token k
// of sentence i.
func (a *Analysis) countryWordAt(i, k int) bool {
	for _, dm := range a.dict[i] {
		if dm.Start <= k && k < dm.End && (dm.Entry.Kind == gazetteer.CountryName || dm.Entry.Kind == gazetteer.CountryAdj || dm.Entry.Kind == gazetteer.CountryAbbrev) {
			return true
		}
	}
	return false
}

// officialCountry returns the country whose election body the person
// named at tokens [t0, t1) of sentence i is known to head
// (data/home_signals.tsv, "official"), "" when none.
func (a *Analysis) officialCountry(i, t0, t1 int) string {
	toks := a.Sentences[i].Tokens
	for _, sg := range a.signals {
		if sg.What != "official" {
			continue
		}
		for k := t0; k < t1; k++ {
			if strings.HasPrefix(toks[k].Fold, sg.Prefix) || wordsPrefixAt(toks[:t1], k, sg.Prefix) {
				return sg.Country
			}
		}
	}
	return ""
}

// genericCommission reports words that refer back to a commission without
// naming it: «комиссии», «этой комиссии», «Центризбиркома».
func genericCommission(toks []text.Token) bool {
	n := 0
	for _, t := range toks {
		switch {
		case t.Kind != text.Word:
			return false
		case hasAnyPrefix(t.Fold, []string{"комисси", "избирком", "центризбирком"}):
			n++
		case t.Fold == "этой" || t.Fold == "данной" || t.Fold == "той" || t.Fold == "же" || strings.HasPrefix(t.Fold, "избирательн") && !t.IsUpper():
			// «председатель избирательной комиссии Мазахир Панахов»
		default:
			return false
		}
	}
	return n == 1
}

// bodyBefore returns the election body named last before token k of
// sentence i, else in the sentences before it, else the home body.
func (a *Analysis) bodyBefore(i, k int) string {
	for s := i; s >= 0 && s >= i-3; s-- {
		found := ""
		for _, m := range a.Mentions[s] {
			if s == i && m.Tok1 > k {
				break
			}
			if (m.Kind == graph.KindBody || m.Kind == graph.KindSubBody) && m.Key != "" {
				found = m.Key
			}
		}
		if found != "" {
			return found
		}
	}
	return graph.BodyKey(a.home())
}

// unknownWordsBetween reports whether tokens [from, to) hold a word outside
// any mention: the title governs an unrecognised noun phrase.
func unknownWordsBetween(a *Analysis, i, from, to int) bool {
	s := a.Sentences[i]
	for k := from; k < to; k++ {
		t := s.Tokens[k]
		if t.Kind != text.Word || honorifics[t.Fold] || !t.IsUpper() && isAdjective(t.Fold) {
			// "Election Commissioner Shri Gyanesh Kumar": an honorific;
			// «председатель республиканского Центризбиркома»: a common
			// adjective of the body's own name
			continue
		}
		inside := false
		for _, m := range a.Mentions[i] {
			if k >= m.Tok0 && k < m.Tok1 {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// orgIn returns the key of the first body, organisation, government or NGO
// mention in tokens [from, to) of sentence i.
func (pt PersonTagger) orgIn(a *Analysis, i, from, to int, class string) string {
	found := ""
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= from && m.Tok0 < to {
			switch m.Kind {
			case graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO:
				if found != "" {
					// «руководитель армянской делегации ЕС»: the
					// organisation whose delegation it is, not the country
					// its adjective says it is in
					if m.Kind == graph.KindOrganization {
						return m.Key
					}
					return found
				}
				found = m.Key
				if m.Kind != graph.KindGovernment || m.Via != ViaAdj && m.Via != ViaOrigin {
					return found
				}
			}
		}
	}
	return found
}

// speechVerbs mark a person who speaks or acts in the article.
var speechVerbs = []string{"отметил", "сказал", "подчеркнул", "заявил", "выразил", "сообщил", "рассказал", "проинформировал", "предложил", "said", "noted", "stressed", "stated"}

// speaks reports whether a speech verb stands right before or after the name.
func speaks(s text.Sentence, t0, t1 int) bool {
	for k := max(0, t0-4); k < min(len(s.Tokens), t1+2); k++ {
		if k >= t0 && k < t1 {
			continue
		}
		for _, v := range speechVerbs {
			if strings.HasPrefix(s.Tokens[k].Fold, v) {
				return true
			}
		}
	}
	return false
}

// PersonKeys settles the person keys of facts once every rule has run: a
// receiver written as «Б. Жумагулова» before or after the article names
// «Бакытжан Жумагулов» is that person.
type PersonKeys struct{}

// Run rewrites award receivers to the article's fullest name of them, and
// lists a receiver the article gives no title as "other".
func (PersonKeys) Run(a *Analysis) {
	for k := range a.Doc.Facts {
		f := &a.Doc.Facts[k]
		if f.Type != graph.Award || graph.KindOf(f.To) != graph.KindPerson {
			continue
		}
		if p := a.persons.resolve(f.To); p != nil {
			f.To = p.name()
			continue
		}
		// (resolve knows only titled persons)
		for _, p := range a.persons.people {
			if p.name() != f.To || p.excluded || p.title != "" || p.speaker || slices.ContainsFunc(a.Doc.Persons, func(q graph.Person) bool { return q.Name == f.To }) {
				continue
			}
			if before := text.Fold(a.Text[max(0, p.start-120):p.start]); strings.Contains(before, "победител") || strings.Contains(before, "учени") || strings.Contains(before, "школьни") || strings.Contains(before, "студент") || strings.Contains(before, "журналист") || strings.Contains(before, "winner") || strings.Contains(before, "student") || strings.Contains(before, "pupil") {
				break // «победителей конкурса рисунков … Марию Белову»: no one acting in the electoral field
			}
			// one whom an election body honours acts in the electoral
			// field even when the article gives no title
			a.Doc.Persons = append(a.Doc.Persons, graph.Person{Name: f.To, Title: "other", Aliases: p.aliases, Start: p.start, End: p.end})
			break
		}
	}
}

// PersonCollector writes the article's persons into the Document: the
// fullest form of each name, with title and organisation; persons without
// a title are left out.
type PersonCollector struct{}

// Run fills Doc.Persons.
func (PersonCollector) Run(a *Analysis) {
	for _, p := range a.persons.people {
		if p.excluded || p.title == "" && !p.speaker {
			continue
		}
		org := p.org
		if org == "" {
			org = p.office
		}
		a.Doc.Persons = append(a.Doc.Persons, graph.Person{Name: p.name(), Title: headOf(p.title, org), Org: org, Aliases: p.aliases, Start: p.start, End: p.end})
	}
}

// headOf returns the title class of a person whose title reads as a head
// ("director", "chief electoral officer") in the organisation keyed org:
// "head" only of a body other than an election commission (GOLD.md: head
// of a non-commission body); a director within a commission is its
// "official". (A minister is left as he is: "head of the USAID Mission"
// is the state's head in dev, a foreign minister its official in the
// sets the helpers made.)
func headOf(title, org string) string {
	if title != "head" {
		return title
	}
	switch graph.KindOf(org) {
	case graph.KindBody, graph.KindSubBody:
		return "official"
	}
	return title
}

// ministersState returns the government key of the state whose minister's
// title spans tokens [t0, t1) of sentence i: the country the title names
// («министр иностранных дел Туркменистана», "Minister of Foreign Affairs
// of Uzbekistan", "Uzbek Foreign Minister"), else the article's home when
// the text gives it; "" otherwise.
func (a *Analysis) ministersState(i, t0, t1 int) string {
	if gov := a.namedState(i, t0-2, t1); gov != "" {
		return gov
	}
	// «заместитель Председателя Совета Федерации»: a parliament only one
	// state has (data/home_signals.tsv)
	toks := a.Sentences[i].Tokens[max(0, t0):min(t1, len(a.Sentences[i].Tokens))]
	for _, sg := range a.signals {
		if sg.What != "parliament" {
			continue
		}
		for k := range toks {
			if strings.HasPrefix(toks[k].Fold, sg.Prefix) || wordsPrefixAt(toks, k, sg.Prefix) {
				return graph.GovernmentKey(sg.Country)
			}
		}
	}
	if a.Home == "" || a.Home == "??" || !a.homeFromText {
		return ""
	}
	return graph.GovernmentKey(a.Home)
}

// namedState returns the government key of the country a country or
// government mention within tokens [t0, t1) of sentence i names, or "".
func (a *Analysis) namedState(i, t0, t1 int) string {
	for _, m := range a.Mentions[i] {
		if m.Tok0 >= t0 && m.Tok1 <= t1 && (m.Kind == graph.KindCountry || m.Kind == graph.KindGovernment) && m.Key != "" && !strings.HasPrefix(m.Key, "??") {
			return graph.GovernmentKey(graph.CountryOf(m.Key))
		}
	}
	return ""
}

// regionListOfficer reads the officer named after a dash in a list of
// regional commissions after a colon («председатели региональных
// избирательных комиссий: Ульяновской области – Иван Петров и …»): the
// commission of the region before the dash, and the title the list opens
// with ("" when none).
func (a *Analysis) regionListOfficer(i, t0 int) (title, org string, ok bool) {
	s := a.Sentences[i]
	if t0 < 2 || !isDash(s.Tokens[t0-1]) {
		return "", "", false
	}
	var body Mention
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindSubBody && m.Plural && m.Tok1 == t0-1 {
			body, ok = m, true
		}
	}
	if !ok {
		return "", "", false
	}
	colon := -1
	for k := body.Tok0 - 1; k >= 0 && k >= body.Tok0-40; k-- {
		if s.Tokens[k].Text == ":" {
			colon = k
			break
		}
	}
	for _, d := range a.dict[i] {
		if d.Entry.Kind == gazetteer.Title && d.End <= colon && d.End >= colon-5 {
			title = d.Entry.Key
		}
	}
	return title, body.Key, true
}

// formerTitle reports a title at token k that the person no longer holds
// («бывшего члена парламента Израиля», "former Speaker").
func formerTitle(toks []text.Token, k int) bool {
	return k > 0 && hasAnyPrefix(toks[k-1].Fold, []string{"бывш", "former", "ex-"})
}

// nominativeTitle reports a Russian title whose first word t stands in the
// dictionary form of its phrase (the nominative: «член», not «членов»).
func nominativeTitle(t text.Token, phrase string) bool {
	if !t.IsCyrillic() {
		return false
	}
	first, _, _ := strings.Cut(text.Fold(phrase), " ")
	return t.Fold == first
}

// missionOwner returns the one organisation or body whose mission or
// observers the article names («миссия наблюдателей от СНГ», «группа наблюдателей БДИПЧ
// ОБСЕ», "the ODIHR mission"), "" when it names none or several; computed
// once.
func (a *Analysis) missionOwner() string {
	if a.missionOwnerDone {
		return a.missionOwnerKey
	}
	a.missionOwnerDone = true
	found := ""
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization && m.Kind != graph.KindBody {
				continue // («миссия наблюдателей ЦИК Казахстана» counts too)
			}
			missionWord := func(f string) bool {
				return hasAnyPrefix(f, []string{"мисси", "mission", "наблюдател", "observer"})
			}
			// the words before it in its clause («миссии наблюдателей БДИПЧ
			// ОБСЕ и СНГ»), or right after it ("the ODIHR mission")
			near := wordBeforeInClause(toks, m.Tok0, 6, missionWord)
			for k := m.Tok1; k < m.Tok1+2 && k < len(toks); k++ {
				near = near || missionWord(toks[k].Fold)
			}
			if !near {
				continue
			}
			if found != "" && found != m.Key {
				return ""
			}
			found = m.Key
		}
	}
	a.missionOwnerKey = found
	return found
}

// sentenceAdverbs open a sentence before its subject («Затем Карпенко
// встретился …», "Later Arora met …"): capitalised only by their place, no
// given name.
var sentenceAdverbs = map[string]bool{"затем": true, "потом": true, "также": true, "позже": true, "позднее": true, "впоследствии": true, "кроме": true, "далее": true, "сегодня": true, "вчера": true, "ранее": true, "недавно": true, "накануне": true, "then": true, "earlier": true, "recently": true, "later": true, "also": true, "today": true, "yesterday": true, "afterwards": true, "subsequently": true, "meanwhile": true}

func sentenceAdverb(fold string) bool { return sentenceAdverbs[fold] }

// possessivePronoun reports whether fold is a possessive that can stand for
// an organisation («его», «её», «их», "its", "their").
func possessivePronoun(fold string) bool {
	switch fold {
	case "его", "её", "ее", "их", "its", "their":
		return true
	}
	return false
}

// unknownNameBefore reports whether the two words right before token at
// of sentence i are capitalised words of a name no dictionary knows
// ("Rajya Sabha" in "Rajya Sabha Chair X"): not function words, not a word
// of a mention or a dictionary phrase ("Standing Commissioner" is one
// title; "FNC members" may be anyone's).
func unknownNameBefore(a *Analysis, i, at int) bool {
	if at < 2 {
		return false
	}
	for k := at - 2; k < at; k++ {
		t := a.Sentences[i].Tokens[k]
		if t.Kind != text.Word || !t.IsUpper() || t.IsCyrillic() || honorifics[t.Fold] || len(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text {
			return false
		}
		switch t.Fold {
		case "the", "a", "an", "and", "its", "their", "his", "her", "our", "former", "deputy", "vice", "acting", "chief", "new", "national", "general", "standing", "senior", "executive":
			return false
		}
		if a.insideMention(i, k) {
			return false
		}
		for _, m := range a.dict[i] {
			if k >= m.Start && k < m.End {
				return false
			}
		}
	}
	return true
}

// delegationOpening returns the organisation of a sentence that opens
// with its delegation and a comma («Делегация ТюркПА, заместитель генсека
// …», "The delegation of A-WEB, its Secretary General …"), or "".
func (a *Analysis) delegationOpening(i int) string {
	toks := a.Sentences[i].Tokens
	k := 0
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	if k >= len(toks) || !hasAnyPrefix(toks[k].Fold, []string{"делегаци", "delegation"}) {
		return ""
	}
	for _, m := range a.Mentions[i] {
		if m.Tok0 > k && m.Tok0 <= k+2 && m.Tok1 < len(toks) && toks[m.Tok1].Text == "," && m.Key != "" {
			return m.Key
		}
	}
	return ""
}
