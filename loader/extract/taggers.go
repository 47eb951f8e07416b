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

// dictMatches holds, per sentence, the non-overlapping dictionary matches
// (longest first, left to right).
type dictMatches [][]gazetteer.Match

// DictionaryTagger finds dictionary entries in every sentence. Later taggers
// read its matches.
type DictionaryTagger struct{ Gaz *gazetteer.Gazetteer }

// Run fills a.dict.
func (t DictionaryTagger) Run(a *Analysis) {
	a.dict = make(dictMatches, len(a.Sentences))
	for i, s := range a.Sentences {
		var out []gazetteer.Match
		for j := 0; j < len(s.Tokens); {
			ms := dropNonForms(t.Gaz.MatchAt(s.Tokens, j), s.Tokens)
			best := pick(ms, s.Tokens)
			if best == nil || continentalAdjective(best, s.Tokens) {
				j++
				continue
			}
			if best.Entry.Kind == gazetteer.BodyName || best.Entry.Kind == gazetteer.BodyAbbrev {
				var alts []string
				for _, m := range ms {
					if m.End == best.End && m.Entry.Kind == best.Entry.Kind && !contains(alts, m.Entry.Key) {
						alts = append(alts, m.Entry.Key)
					}
				}
				if len(alts) > 1 {
					if a.bodyAlts == nil {
						a.bodyAlts = map[[2]int][]string{}
					}
					a.bodyAlts[[2]int{i, best.Start}] = alts
				}
			}
			out = append(out, *best)
			j = best.End
		}
		a.dict[i] = out
	}
}

// continentalAdjective reports a country adjective that names part of a
// continent with the word before it ("South American countries", "Latin
// American", «латиноамериканских» is one word and no match).
func continentalAdjective(m *gazetteer.Match, toks []text.Token) bool {
	if m.Entry.Kind != gazetteer.CountryAdj || m.Start == 0 {
		return false
	}
	switch toks[m.Start-1].Fold {
	case "north", "south", "latin", "central", "northern", "southern":
		return true
	}
	return false
}

// dropNonForms drops one-word country names matched by a word that is no
// case form of them: stems collide («Армен» and «Армения» share «армен»),
// but a name ending in «-а», «-я» never ends in a consonant.
func dropNonForms(ms []gazetteer.Match, toks []text.Token) []gazetteer.Match {
	out := ms[:0:0]
	for _, m := range ms {
		if m.Entry.Kind == gazetteer.CountryName && m.End == m.Start+1 && toks[m.Start].IsCyrillic() {
			ph, _ := utf8.DecodeLastRuneInString(text.Fold(m.Entry.Phrase))
			w, _ := utf8.DecodeLastRuneInString(toks[m.Start].Fold)
			if (ph == 'а' || ph == 'я') && !strings.ContainsRune("аеёиоуыэюяйь", w) {
				continue
			}
			// «Армения» declines «Армении», «Армению», «Армениией»: «Армена»
			// (a given name) is none of them
			if f := text.Fold(m.Entry.Phrase); strings.HasSuffix(f, "ия") && !hasAnySuffix(toks[m.Start].Fold, "ия", "ии", "ию", "ией") {
				continue
			}
		}
		if (m.Entry.Kind == gazetteer.Title || m.Entry.Kind == gazetteer.Head) && toks[m.Start].Fold == "после" {
			continue // the preposition «после» ("after") is no «посол»
		}
		out = append(out, m)
	}
	return out
}

// hasAnySubstring reports whether s contains any of subs.
func hasAnySubstring(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// pick chooses among the matches at one position: the longest, and among
// equally long ones the most specific kind (a head or organisation over a
// country adjective; a name over a given name).
func pick(ms []gazetteer.Match, toks []text.Token) *gazetteer.Match {
	if len(ms) == 0 {
		return nil
	}
	best := &ms[0]
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.End < best.End {
			break
		}
		if rank(m.Entry.Kind) > rank(best.Entry.Kind) && !(best.Entry.Kind == gazetteer.Title && exactEnd(best, toks) && !exactEnd(m, toks)) {
			best = m
		}
	}
	return best
}

// exactEnd reports whether the last word of the match is written as its
// entry's last word: in "Election Commissioner" the title's, not the head
// "Election Commission"'s.
func exactEnd(m *gazetteer.Match, toks []text.Token) bool {
	ws := strings.Fields(text.Fold(m.Entry.Phrase))
	return len(ws) > 0 && m.End > 0 && m.End <= len(toks) && !toks[m.End-1].IsCyrillic() && toks[m.End-1].Fold == ws[len(ws)-1]
}

func rank(k gazetteer.Kind) int {
	switch k {
	case gazetteer.Head:
		return 9
	case gazetteer.BodyName, gazetteer.BodyAbbrev, gazetteer.StateName, gazetteer.StateAbbrev:
		return 8
	case gazetteer.NGOName, gazetteer.NGOAbbrev:
		return 7
	case gazetteer.OrgName, gazetteer.OrgAbbrev:
		return 7
	case gazetteer.CountryName, gazetteer.CountryAbbrev, gazetteer.City:
		return 6
	case gazetteer.CountryAdj, gazetteer.CountryPeople:
		return 5
	case gazetteer.Title:
		return 4
	case gazetteer.GivenName:
		return 1
	}
	return 0
}

// dictAt returns the dictionary match that starts at token j of sentence i.
func (a *Analysis) dictAt(i, j int) *gazetteer.Match {
	for k := range a.dict[i] {
		m := &a.dict[i][k]
		if m.Start == j {
			return m
		}
		if m.Start > j {
			break
		}
	}
	return nil
}

// qualifierAbbrevs are abbreviations that name a country only right after an
// electoral body's head («ЦИК РА»); alone they are ambiguous.
var qualifierAbbrevs = map[string]string{
	"РА": "AM", "РБ": "BY", "РТ": "TJ", "РМ": "MD", "АР": "AZ", "РУз": "UZ", "КР": "KG",
	"РК": "KZ", "РФ": "RU", "ТР": "TR", "КНР": "CN",
}

// republicAbbrevs are the ambiguous abbreviations that name a Russian
// republic as well as a state, with the stems of the republics' names.
var republicAbbrevs = map[string][]string{
	"РТ": {"татарстан", "тыв"}, "РБ": {"башкорт", "бурят"}, "РА": {"адыге", "алта"}, "РМ": {"мордов"},
}

// republicsOwnCommission reads an ambiguous abbreviation at token j after
// the head h of an election body in sentence i («ЦИК РТ»), in an article
// that names the Russian republic it can stand for and not the state
// (Tatarstan, not Tajikistan): that republic's commission, the one the
// article named in full when it did («ЦИК Татарстана»).
func (a *Analysis) republicsOwnCommission(i int, h gazetteer.Match, j int) (Mention, bool) {
	toks := a.Sentences[i].Tokens
	if j >= len(toks) {
		return Mention{}, false
	}
	ab := toks[j].Text
	stems, ok := republicAbbrevs[ab]
	if !ok || a.countryNamed(qualifierAbbrevs[ab]) {
		return Mention{}, false
	}
	named := false
	for _, st := range stems {
		if a.hasPhraseAnywhere(st) {
			named = true
		}
	}
	if !named {
		return Mention{}, false
	}
	for k := range a.Mentions {
		for _, m := range a.Mentions[k] {
			if m.Kind == graph.KindSubBody && hasAnySubstring(text.Fold(m.Name), stems...) {
				out := m
				out.Tok0, out.Tok1, out.Via = h.Start, j+1, ViaName
				span(a.Sentences[i], &out)
				return out, true
			}
		}
	}
	name := a.Text[toks[h.Start].Start:toks[j].End]
	return a.subBodyMention(i, name, h.Start, j+1, h.Start, j+1, false), true
}

// hasStemAnywhere reports a token of the article that starts with stem.
func (a *Analysis) hasStemAnywhere(stem string) bool {
	for i := range a.Sentences {
		if a.hasStem(i, stem) {
			return true
		}
	}
	return false
}

// countryAt reads a country named at token j of sentence i (a name, an
// abbreviation or, when qualifying, an ambiguous abbreviation) and returns
// its code and the token after it.
func (a *Analysis) countryAt(i, j int, qualifying bool) (string, int) {
	s := a.Sentences[i]
	if j >= len(s.Tokens) {
		return "", j
	}
	if m := a.dictAt(i, j); m != nil {
		switch m.Entry.Kind {
		case gazetteer.CountryName, gazetteer.CountryAbbrev:
			return m.Entry.Key, m.End
		}
	}
	if qualifying {
		if cc, ok := qualifierAbbrevs[s.Tokens[j].Text]; ok {
			return cc, j + 1
		}
	}
	return "", j
}

// possessiveBodyAt reports a country in the possessive at token k of
// sentence i with a head of an election body right after it ("Nepal's
// Election Commission", "Kazakhstan’s Central Election Commission"): the
// country is that body's, which the head's own tagging reads.
func (a *Analysis) possessiveBodyAt(i, k int) bool {
	m := a.dictAt(i, k)
	if m == nil || m.Entry.Kind != gazetteer.CountryName || m.End != k+1 {
		return false
	}
	if t := a.Sentences[i].Tokens[k].Text; !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") {
		return false
	}
	h := a.dictAt(i, m.End)
	return h != nil && (h.Entry.Kind == gazetteer.Head && h.Entry.Key == "national" || h.Entry.Kind == gazetteer.BodyAbbrev || h.Entry.Kind == gazetteer.BodyName)
}

// isConj reports whether a token joins items of an enumeration.
func isConj(t text.Token) bool {
	switch t.Fold {
	case ",", "и", "and", "а", "также":
		return true
	}
	return false
}

// BodyTagger recognises electoral bodies and state actors around head words:
// «ЦИК Узбекистана», «Центральной избирательной комиссии Республики
// Узбекистан», «ЦКВР Таджикистана», «центральными избирательными
// комиссиями Республики Кореи, Российской Федерации …» (one body per
// country), «японский ЦИК», «Uzbekistan's central poll body»,
// «Жамбылской областной избирательной комиссии» (sub-national), and
// unqualified national heads resolved to the home country.
type BodyTagger struct{}

// Run adds body, sub-body and government mentions.
func (BodyTagger) Run(a *Analysis) {
	defer a.delegationsOfStates()
	defer a.oneNamePerProvince()
	var bareAt [][2]int // bare «облизбирком»s, by sentence and token
	for i, s := range a.Sentences {
		for _, m := range a.dict[i] {
			switch m.Entry.Kind {
			case gazetteer.BodyName, gazetteer.BodyAbbrev:
				if m.Entry.Kind == gazetteer.BodyAbbrev && m.Start > 0 && s.Tokens[m.Start-1].Text == "(" && m.End < len(s.Tokens) && s.Tokens[m.End].Text == ")" &&
					len(a.bodyAlts[[2]int{i, m.Start}]) <= 1 && !a.countryNamed(m.Entry.Key) {
					// "the Kota Bharu People's Organization (OKB)": a
					// bracketed short name of the name before it, not the
					// body of a country the article never names
					continue
				}
				if m.Entry.Kind == gazetteer.BodyAbbrev && m.End == m.Start+1 && s.Tokens[m.Start].Text == "ГИК" && !a.countryNamed(m.Entry.Key) {
					// «глава ГИК» in an article that never names Mongolia:
					// Russia's city commissions are «ГИК» too
					continue
				}
				if m.Entry.Kind == gazetteer.BodyName && officerOffice(m.Entry.Phrase) && !a.countryNamed(m.Entry.Key) {
					// "the office of the Chief Electoral Officer, Delhi":
					// every Indian state has one; Canada's only where the
					// article names Canada
					continue
				}
				if at := skipOf(s.Tokens, m.End); m.Entry.Kind == gazetteer.BodyName && at > m.End && a.orgAt(i, at) {
					// "the Election Department of ODIHR", «Избирательный
					// департамент ОБСЕ»: an organisation's own department,
					// not the body a country calls so
					continue
				}
				if m.Entry.Kind == gazetteer.BodyName && m.Start > 0 && !a.countryNamed(m.Entry.Key) && slices.ContainsFunc(a.dict[i], func(om gazetteer.Match) bool {
					return om.End == m.Start && (om.Entry.Kind == gazetteer.OrgAbbrev || om.Entry.Kind == gazetteer.OrgName)
				}) {
					// "the ODIHR Election Department": the organisation's
					// own, not Singapore's Elections Department in an
					// article that never names Singapore
					continue
				}
				mm := Mention{Kind: graph.KindBody, Key: graph.BodyKey(m.Entry.Key), Via: ViaName, Tok0: m.Start, Tok1: m.End}
				// a name several countries use, followed by another country
				// («Высший избирательный совет Республики Никарагуа», "the
				// National Election Commission (NEC) of Korea"): that country's
				name := text.Fold(m.Entry.Phrase)
				if m.Entry.Kind == gazetteer.BodyName {
					if cc, _ := a.countryAt(i, skipOf(s.Tokens, skipParen(s.Tokens, m.End)), false); cc == "" {
						// "Zanzibar Electoral Commission", "State Election
						// Commission of Maharashtra": a place's own
						if sm, ok := a.englishSubBody(i, m, true); ok {
							a.addMention(i, sm)
							continue
						}
					}
				}
				if cc, next := a.countryAt(i, skipOf(s.Tokens, skipParen(s.Tokens, m.End)), false); cc != "" && cc != m.Entry.Key {
					mm.Key, mm.Tok1 = graph.BodyKey(cc), next
					a.qualify(name, mm.Key)
				} else if cc != "" && skipOf(s.Tokens, m.End) > m.End {
					// "the Independent Electoral Commission of South Africa":
					// the name and its own country are one mention, so that a
					// list of bodies goes on after it
					mm.Tok1 = next
				} else if pm := a.dictBefore(i, m.Start); cc == "" && (m.Entry.Kind == gazetteer.BodyName || m.Entry.Kind == gazetteer.BodyAbbrev && m.Start > 0 && possessive(s.Tokens[m.Start-1])) && pm != nil && (pm.Entry.Kind == gazetteer.CountryName || pm.Entry.Kind == gazetteer.CountryAdj) && pm.Entry.Key != m.Entry.Key && !s.Tokens[m.Start].IsCyrillic() {
					// ("Botswana's IEC": an abbreviation several countries
					// use, after a country's possessive)
					// "the Liberia National Electoral Commission", "Ghana's
					// Electoral Commission": a name several countries use,
					// after the country it belongs to
					mm.Key, mm.Tok0 = graph.BodyKey(pm.Entry.Key), pm.Start
					a.qualify(name, mm.Key)
				} else if k, ok := a.qualifiedNames[name]; ok && cc == "" && m.Entry.Kind == gazetteer.BodyName {
					// "National Election Commission member X" after "Sri
					// Lanka's National Election Commission": that body
					mm.Key = k
				} else if k, ok := a.shortNames[s.Tokens[m.Start].Text]; ok && cc == "" && m.Entry.Kind == gazetteer.BodyAbbrev {
					// "the NEC" after "the Liberia National Electoral
					// Commission (NEC)": the body the article named so
					mm.Key = k
				} else if alts := a.bodyAlts[[2]int{i, m.Start}]; cc == "" && len(alts) > 1 {
					// alone ("the NEC"): the one whose country the article names most
					mm.Key = graph.BodyKey(a.likeliestCountry(alts))
				}
				if m.Entry.Kind == gazetteer.BodyName && mm.Tok1 == m.End {
					if k := a.commaAbbrev(i, mm); k != "" {
						// "Independent Electoral Commission, INEC, chairman":
						// the body the abbreviation after the comma names
						mm.Key = k
					}
				}
				if m.Entry.Kind == gazetteer.BodyName {
					if k, start := a.bracketedOwnAbbrev(i, mm); k != "" && mm.Key == graph.BodyKey(m.Entry.Key) {
						// "The High National Electoral Commission (HNEC)":
						// the words before the name another country uses
						// make, with it, the abbreviation after it, which
						// names whose body it is
						mm.Key, mm.Tok0 = k, start
					}
					a.defineShortName(s, mm.Key, mm.Tok1)
				}
				span(s, &mm)
				if a.addMention(i, mm) && mm.Tok1 > mm.Tok0 && isPluralHead(s.Tokens[mm.Tok0:mm.Tok1]) {
					// "the Central Election Commissions of the Russian
					// Federation and Kazakhstan": the plural name goes on
					a.enumeration(i, mm.Tok1, graph.KindBody, ViaName)
				}
			case gazetteer.NGOName, gazetteer.NGOAbbrev:
				// «Promo-LEX», «Ассоциация молодых юристов Грузии»: a domestic
				// observer group whose name does not say it observes
				mm := Mention{Kind: graph.KindNGO, Key: m.Entry.Key, Name: m.Entry.Usual, Via: ViaName, Tok0: m.Start, Tok1: m.End}
				span(s, &mm)
				a.addMention(i, mm)
			case gazetteer.StateName, gazetteer.StateAbbrev:
				// «USAID», "Department for International Development": the state's government
				if a.parliamentName(i, m.Start, m.End) && (electedHouse(s.Tokens, m.Start, m.End) || a.inOfficersTitle(i, m.Start, m.End)) {
					// «выборы депутатов Государственной Думы»: what is
					// elected; «вице-спикер мажилиса», «председатель комитета
					// Госдумы»: a person's title, whose office the person
					// tagger reads
					continue
				}
				if m.Start >= 2 && (hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"депутат", "член"}) || s.Tokens[m.Start-1].Fold == "в" || s.Tokens[m.Start-1].Fold == "to") && hasAnyPrefix(s.Tokens[m.Start-2].Fold, []string{"выбор", "избран", "election"}) {
					// «к выборам депутатов Маджлиси намояндагон», «выборы в
					// Жогорку Кенеш», "elections to the Majlis": the house
					// elected, not the state acting
					continue
				}
				mm := Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(m.Entry.Key), Via: ViaAgency, Tok0: m.Start, Tok1: m.End}
				span(s, &mm)
				a.addMention(i, mm)
			case gazetteer.Head:
				a.tagHead(i, m)
			case gazetteer.Title:
				// "the Chief Election Commissioner of Nepal", «председатель
				// Центральной избирательной комиссии Армении»: a title that
				// names the election body, then its country, names the body
				if ph := text.Fold(m.Entry.Phrase); m.Entry.Key != "observer" && !formerTitle(s.Tokens, m.Start) && (strings.Contains(ph, "election") || strings.Contains(ph, "electoral") || strings.Contains(ph, "избират") || strings.Contains(ph, "по выборам")) {
					at := skipOf(s.Tokens, m.End)
					if at < len(s.Tokens) && s.Tokens[at].Fold == "from" {
						at++ // "two election commissioners from Sri Lanka"
					}
					if sm, ok := a.stateElectoralOfficer(i, m); ok {
						// "the Chief Electoral Officer of Assam": a state's
						// own election office
						a.addMention(i, sm)
					} else if cc, next := a.countryAt(i, at, false); cc != "" {
						mm := Mention{Kind: graph.KindBody, Key: graph.BodyKey(cc), Via: ViaName, Tok0: m.Start, Tok1: next}
						span(s, &mm)
						if a.addMention(i, mm) {
							// "national election commissioners from
							// Indonesia, Thailand and Cambodia": one body
							// per country of the list, the first one too
							// marked as an item of a list
							before := len(a.Mentions[i])
							a.enumeration(i, next, graph.KindBody, ViaName)
							if len(a.Mentions[i]) > before {
								for n := range a.Mentions[i] {
									if a.Mentions[i][n].Tok0 == mm.Tok0 && a.Mentions[i][n].Key == mm.Key {
										a.Mentions[i][n].Plural = true
									}
								}
							}
						}
					} else if a.bareEnglishElectionTitle(i, m) {
						// "The Chief Election Commissioner attended …": the
						// article's own commission, as an unqualified
						// "the Commission" is
						mm := Mention{Kind: graph.KindBody, Via: ViaImplicit, Tok0: m.Start, Tok1: m.End}
						span(s, &mm)
						a.addMention(i, mm)
					} else if c := commissionInTitle(s.Tokens, m); c >= 0 {
						// "met members of the Central Election Commission":
						// the commission the title names, the article's own
						mm := Mention{Kind: graph.KindBody, Via: ViaImplicit, Tok0: c, Tok1: m.End}
						span(s, &mm)
						a.addMention(i, mm)
					}
				}
				// «Чрезвычайного и Полномочного Посла Ирана», «Генеральным
				// консулом России», «Министр иностранных дел Казахстана»: an
				// envoy's or a minister's title names its state as «Посла
				// Ирана» does
				// «Президент Казахстана», "the Prime Minister of Bhutan": a
				// head of state or government stands for the state (GOLD.md)
				if isLeaderHead(m.Entry.Phrase) && m.Entry.Key == "head" {
					a.tagHead(i, gazetteer.Match{Entry: leaderHead, Start: m.Start, End: m.End})
				}
				switch ph := text.Fold(m.Entry.Phrase); {
				case formerTitle(s.Tokens, m.Start):
					// "former High Commissioner of Ghana", «бывший посол»: no
					// longer the state's
				case m.Entry.Key == "ambassador" || strings.Contains(ph, "консул") || strings.Contains(ph, "consul") || (strings.Contains(ph, "министр") || strings.Contains(ph, "minister")) && !strings.Contains(ph, "премьер") && !strings.Contains(ph, "prime"):
					a.tagHead(i, gazetteer.Match{Entry: envoyHead, Start: m.Start, End: m.End})
				case hasAnyPrefix(ph, []string{"депутат", "сенатор", "парламентари", "parliamentarian", "lawmaker", "senator"}) && (m.Start == 0 || !hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"выбор", "election", "кандидат", "candida", "избран"})):
					// «азербайджанские, казахстанские и турецкие депутаты»,
					// "Kenyan lawmakers": members of a state's parliament stand
					// for the state (GOLD.md), as its envoys do; «выборы
					// депутатов маслихатов РК» is what is elected
					a.tagHead(i, gazetteer.Match{Entry: envoyHead, Start: m.Start, End: m.End})
				}
			}
		}
		// «CEC-Uzbekistan»
		for j, t := range s.Tokens {
			if k := strings.IndexByte(t.Text, '-'); k > 0 && (t.Text[:k] == "CEC" || t.Text[:k] == "ЦИК") {
				if cc := a.keyByName(t.Text[k+1:], gazetteer.CountryName, gazetteer.CountryAbbrev); cc != "" {
					mm := Mention{Kind: graph.KindBody, Key: graph.BodyKey(cc), Via: ViaName, Tok0: j, Tok1: j + 1}
					span(s, &mm)
					a.addMention(i, mm)
				}
			}
		}
		// «облизбирком», «Леноблизбиркома», «Мосгоризбиркомом»
		for j, t := range s.Tokens {
			if !strings.Contains(t.Fold, "избирком") {
				continue
			}
			if name, cc := compoundCommission(t.Text); name != "" {
				bare := cc == ""
				if bare {
					cc = a.home()
				}
				mm := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaName, Tok0: j, Tok1: j + 1, Name: name}
				span(s, &mm)
				if a.addMention(i, mm) && bare {
					bareAt = append(bareAt, [2]int{i, j})
				}
			}
		}
	}
	a.namedCommissionsFirst(bareAt)
}

// sameLevel reports whether the full name of a sub-national commission may
// be what the one-word name word stands for: a region's («облизбирком»,
// «крайизбирком») names a region, a city's («горизбирком») no region, and
// neither a territorial, district or precinct commission.
func sameLevel(word, name string) bool {
	if hasAnySubstring(name, "территориальн", "тик", "уик", "участков", "окружн", "районн", "теризбирком", "райизбирком") && !hasAnySubstring(word, "тер", "рай", "окр") {
		return false
	}
	region := hasAnySubstring(name, "област", "обл", "кра", "республик")
	switch {
	case strings.Contains(word, "облизбирком"), strings.Contains(word, "крайизбирком"):
		return region
	case strings.Contains(word, "горизбирком"):
		return !region
	}
	return true
}

// namedCommissionsFirst keys each bare «облизбирком», «горизбирком» (at
// sentence and token) as the sub-national commission the article named in
// full, the last before it, else the first after it («Избирательная
// комиссия Челябинской области …», then «глава облизбиркома»): the short
// word stands for that one.
func (a *Analysis) namedCommissionsFirst(bareAt [][2]int) {
	if len(bareAt) == 0 {
		return
	}
	bare := func(i int, m Mention) bool {
		return slices.Contains(bareAt, [2]int{i, m.Tok0})
	}
	var named []Mention // every sub-body named in full, in order
	var namedAt []int   // and its sentence
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindSubBody && !bare(i, m) && m.Name != "" {
				named, namedAt = append(named, m), append(namedAt, i)
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for _, at := range bareAt {
		var pick *Mention
		word := a.Sentences[at[0]].Tokens[at[1]].Fold
		for n := range named {
			if !sameLevel(word, text.Fold(named[n].Name)) {
				continue
			}
			if pick == nil || namedAt[n] < at[0] || namedAt[n] == at[0] && named[n].Tok0 < at[1] {
				pick = &named[n]
			}
		}
		if pick == nil {
			continue
		}
		for k := range a.Mentions[at[0]] {
			if m := &a.Mentions[at[0]][k]; m.Tok0 == at[1] && m.Kind == graph.KindSubBody {
				m.Key, m.Name = pick.Key, pick.Name
			}
		}
	}
}

// parliamentName reports a name (tokens start to end of sentence i) that
// starts as a national parliament of data/home_signals.tsv does: word by
// word, each of the signal's a prefix of the name's («совет федерации» of
// «Совета Федерации»).
func (a *Analysis) parliamentName(i, start, end int) bool {
	toks := a.Sentences[i].Tokens[start:end]
	return slices.ContainsFunc(a.parliaments, func(pw []string) bool {
		if len(pw) > len(toks) {
			return false
		}
		for n, w := range pw {
			if !strings.HasPrefix(toks[n].Fold, w) {
				return false
			}
		}
		return true
	})
}

// inOfficersTitle reports a name (tokens start to end of sentence i) in a
// person's title: an officer's or a committee's word among the three tokens
// before it, and a capitalised word no dictionary knows, a name, among the
// fourteen after it («заместитель председателя Комитета Жогорку Кенеша
// Кыргызской Республики Абдыжапар Бекматов», "Deputy Speaker of the
// Mazhilis X"); «по приглашению руководителей палат Федерального Собрания»
// names no one, and the parliament acts.
func (a *Analysis) inOfficersTitle(i, start, end int) bool {
	toks := a.Sentences[i].Tokens
	title := false
	words := 0
	for k := start - 1; k >= 0 && words < 3 && (toks[k].Kind == text.Word || toks[k].Text == "(" || toks[k].Text == ")"); k-- {
		if toks[k].Kind != text.Word {
			continue // «вице-спикер мажилиса (нижней палаты) парламента»
		}
		if hasAnyPrefix(toks[k].Fold, []string{"председател", "заместител", "спикер", "вице-спикер", "депутат", "член", "сенатор", "комитет", "секретар", "руководител", "глав", "speaker", "deputy", "chair", "member", "committee", "senator", "head"}) {
			title = true
		}
		if !a.insideMention(i, k) && !inBrackets(toks, k) {
			words++
		}
	}
	if !title {
		return false
	}
	for k := end; k < len(toks) && k < end+14 && toks[k].Text != "." && toks[k].Text != ";" && !isQuote(toks[k].Text); k++ {
		// (a quoted name is no person's: «в Комитете Совета Федерации …
		// состоялись слушания «Универсальные стандарты …»»)
		if dm := a.dictAt(i, k); toks[k].Kind == text.Word && toks[k].IsUpper() && (dm == nil || dm.Entry.Kind == gazetteer.GivenName) {
			return true
		}
	}
	return false
}

// inBrackets reports a token k inside round brackets of its sentence.
func inBrackets(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0; n-- {
		switch toks[n].Text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// electedHouse reports a name of a state institution (tokens start to end)
// that an election word stands right before or after, as what is elected
// («выборы депутатов Государственной Думы», «выборах в Жогорку Кенеш»,
// "State Duma elections"), not an actor.
func electedHouse(toks []text.Token, start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-6 && toks[k].Kind == text.Word; k-- {
		if hasAnyPrefix(toks[k].Fold, []string{"выбор", "избран", "кандидат", "election", "elected", "candida", "polls"}) {
			return true // (also «выборам депутатов Государственной Думы Федерального Собрания»)
		}
	}
	return end < len(toks) && hasAnyPrefix(toks[end].Fold, []string{"election", "poll"})
}

// compoundCommission reads a one-word name of a sub-national commission,
// «(обл|гор|рай|тер|край|окр)избирком» with any case ending and, perhaps, a
// place before it («облизбиркома», «Леноблизбирком», «Мосгоризбиркомом»):
// the name in the nominative, as the text writes it, and the country when
// the word names a Russian place (bare ones are of the article's home).
// «Центризбирком» is the national body and no sub-national one.
func compoundCommission(word string) (name, cc string) {
	f := text.Fold(word)
	at := strings.Index(f, "избирком")
	if at <= 0 {
		return "", ""
	}
	if !contains([]string{"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"}, f[at+len("избирком"):]) {
		return "", ""
	}
	prefix := f[:at]
	kind := ""
	for _, k := range []string{"обл", "гор", "рай", "тер", "край", "окр"} {
		if strings.HasSuffix(prefix, k) {
			kind = k
		}
	}
	if kind == "" {
		return "", ""
	}
	if place := strings.TrimSuffix(prefix, kind); place != "" {
		if !contains([]string{"лен", "мос", "сверд", "новосиб", "ростов"}, place) {
			return "", ""
		}
		cc = "RU" // «Леноблизбирком», «Мособлизбирком», «Мосгоризбирком»
	}
	// the word up to «…избирком», as written
	n := len([]rune(prefix)) + len([]rune("избирком"))
	return string([]rune(word)[:n]), cc
}

// qualify records that the article named the body name with its
// country, the first time it does.
func (a *Analysis) qualify(name, key string) {
	if a.qualifiedNames == nil {
		a.qualifiedNames = map[string]string{}
	}
	if _, ok := a.qualifiedNames[name]; !ok {
		a.qualifiedNames[name] = key
	}
}

// officerOffice reports a body name that is the office of an officer's
// title ("Office of the Chief Electoral Officer") or the officer himself
// ("the Commissioner of Elections"): other countries' and provinces'
// offices bear the same title.
func officerOffice(phrase string) bool {
	f := text.Fold(phrase)
	return strings.HasPrefix(f, "office of the") || f == "commissioner of elections"
}

// bracketedOwnAbbrev returns the key of the body whose abbreviation stands
// in brackets right after body mention mm of sentence i, when that body is
// not mm's and the initials of mm's capitalised words, with one or two
// more right before it, spell it ("High National Electoral Commission
// (HNEC)": not the "National Electoral Commission" of Poland), and the
// first token of those words; "" otherwise.
func (a *Analysis) bracketedOwnAbbrev(i int, mm Mention) (string, int) {
	toks := a.Sentences[i].Tokens
	k := mm.Tok1
	if k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || !toks[k+1].IsAllUpper() {
		return "", 0
	}
	abbrev := ""
	for _, dm := range a.dict[i] {
		if dm.Start == k+1 && dm.End == k+2 && dm.Entry.Kind == gazetteer.BodyAbbrev && graph.BodyKey(dm.Entry.Key) != mm.Key {
			if abbrev != "" {
				return "", 0 // several countries' abbreviation
			}
			abbrev = graph.BodyKey(dm.Entry.Key)
		}
	}
	if abbrev == "" {
		return "", 0
	}
	want := []rune(toks[k+1].Text)
	for start := mm.Tok0 - 1; start >= 0 && start >= mm.Tok0-2; start-- {
		if !toks[start].IsUpper() || toks[start].Fold == "the" {
			break
		}
		var initials []rune
		for _, t := range toks[start:mm.Tok1] {
			if t.Kind == text.Word && t.IsUpper() {
				r, _ := utf8.DecodeRuneInString(t.Text)
				initials = append(initials, r)
			}
		}
		if string(initials) == string(want) {
			return abbrev, start
		}
	}
	return "", 0
}

// commaAbbrev returns the key of the one body whose abbreviation stands
// between commas right after body mention mm of sentence i ("Independent
// Electoral Commission, INEC, chairman"), when it is another body than mm's
// and its letters begin with those of mm's first word; "" otherwise.
func (a *Analysis) commaAbbrev(i int, mm Mention) string {
	toks := a.Sentences[i].Tokens
	k := mm.Tok1
	if k+2 >= len(toks) || toks[k].Text != "," || toks[k+2].Text != "," || !toks[k+1].IsAllUpper() || mm.Tok0 >= len(toks) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(toks[mm.Tok0].Text); !strings.HasPrefix(toks[k+1].Text, string(r)) {
		return ""
	}
	key := ""
	for _, dm := range a.dict[i] {
		if dm.Start == k+1 && dm.End == k+2 && dm.Entry.Kind == gazetteer.BodyAbbrev && graph.BodyKey(dm.Entry.Key) != mm.Key {
			if key != "" {
				return "" // several countries' abbreviation
			}
			key = graph.BodyKey(dm.Entry.Key)
		}
	}
	return key
}

// defineShortName records an abbreviation in brackets at token k of s,
// right after a body's name: "(NEC)", "(HNEC)".
func (a *Analysis) defineShortName(s text.Sentence, key string, k int) {
	if k+2 >= len(s.Tokens) || s.Tokens[k].Text != "(" || s.Tokens[k+2].Text != ")" || !s.Tokens[k+1].IsAllUpper() || strings.HasPrefix(key, "??") || key == "" {
		return
	}
	if a.shortNames == nil {
		a.shortNames = map[string]string{}
	}
	if _, ok := a.shortNames[s.Tokens[k+1].Text]; !ok {
		a.shortNames[s.Tokens[k+1].Text] = key
	}
}

// keyByName returns the key of the dictionary entry of one of kinds whose
// whole name (or abbreviation) is name, or "": «МПА СНГ» an organisation's,
// «Армения» a country's.
func (a *Analysis) keyByName(name string, kinds ...gazetteer.Kind) string {
	toks := text.Tokenize(name, 0)
	for _, m := range a.gaz.MatchAt(toks, 0) {
		if m.End == len(toks) && slices.Contains(kinds, m.Entry.Kind) {
			return m.Entry.Key
		}
	}
	return ""
}

// delegationMakeup are the words between a delegation and the countries
// its people come from.
var delegationMakeup = map[string]bool{"comprising": true, "consisting": true, "composed": true, "including": true, "included": true, "includes": true, "of": true, "members": true, "representatives": true, "delegates": true, "officials": true, "в": true, "составе": true, "представителей": true, "членов": true}

// delegationsOfStates turns «делегация из Узбекистана», "a delegation from
// Liberia" into the country's state when the article names no election
// body of that country by name (GOLD.md: a country named without its
// election body is CC/GOV); with the body named, the delegation is its.
func (a *Analysis) delegationsOfStates() {
	named := map[string]bool{}
	delegation := func(i int, m Mention) bool { return namesDelegation(a.Sentences[i].Tokens[m.Tok0:m.Tok1]) }
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && m.Via != ViaOrigin && m.Via != ViaImplicit && !(m.Via == ViaAdj && delegation(i, m) && !delegationLedByCommission(a.Sentences[i].Tokens, m.Tok1)) {
				named[m.Key] = true
			}
		}
	}
	for i := range a.Mentions {
		for k := range a.Mentions[i] {
			if m := &a.Mentions[i][k]; m.Kind == graph.KindBody && m.Via == ViaOrigin && !named[m.Key] {
				// (Via stays ViaOrigin: the state sends the delegation)
				m.Kind, m.Key = graph.KindGovernment, graph.GovernmentKey(graph.CountryOf(m.Key))
			}
			if m := &a.Mentions[i][k]; m.Kind == graph.KindBody && m.Via == ViaAdj && !named[m.Key] && delegation(i, *m) && !delegationLedByCommission(a.Sentences[i].Tokens, m.Tok1) {
				// "Sri Lankan delegation visits India": the same
				m.Kind, m.Key, m.Via = graph.KindGovernment, graph.GovernmentKey(graph.CountryOf(m.Key)), ViaOrigin
			}
		}
	}
}

// delegationsFrom reports "delegation(s) from (the)", "representatives
// of", «делегации из», «представители от» right before token t.
func delegationsFrom(toks []text.Token, t int) bool {
	k := t - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 1 || !contains([]string{"from", "of", "из", "от"}, toks[k].Fold) {
		return false
	}
	return hasAnyPrefix(toks[k-1].Fold, []string{"delegation", "representative", "делегаци", "представител"})
}

// includingList returns the token after «(N) стран, в том числе», «…
// государств, включая», "of (N) countries, including", "such as" that
// starts at token j, or j when the words are not there. After a plural
// head (plural), ", including" alone will do.
func includingList(toks []text.Token, j int, plural bool) int {
	k := j
	if k+1 < len(toks) && (toks[k].Fold == "and" || toks[k].Fold == "и") && hasAnyPrefix(toks[k+1].Fold, []string{"organization", "organisation", "организаци"}) {
		// "EMBs and organizations from 23 countries, namely …"
		k += 2
	}
	origin := k < len(toks) && (toks[k].Fold == "from" || toks[k].Fold == "из")
	if origin && j > 0 && hasAnyPrefix(toks[j-1].Fold, []string{"delegat", "делегац"}) {
		// "delegates from 23 countries including …" are where they come
		// from, not their bodies (BodyTagger reads the origin)
		return j
	}
	if k < len(toks) && (toks[k].Fold == "of" || origin) {
		k++
	}
	world := false
	if origin && k+2 < len(toks) && (toks[k].Fold == "across" || toks[k].Fold == "around") && toks[k+1].Fold == "the" && toks[k+2].Fold == "world" {
		// "… (EMBs) from across the world, namely A, B …"
		k, world = k+3, true
	}
	if k < len(toks) && toks[k].Kind == text.Number {
		k++
	}
	if k < len(toks) && hasAnyPrefix(toks[k].Fold, []string{"иностранн", "зарубежн", "foreign", "other"}) {
		k++
	}
	if k+1 < len(toks) && toks[k].IsAllUpper() && !toks[k].IsCyrillic() && (toks[k+1].Fold == "member" || toks[k+1].Fold == "members") {
		k += 2 // "the election commissions of SAARC member states, including …"
	}
	switch {
	case world:
	case k < len(toks) && hasAnyPrefix(toks[k].Fold, []string{"стран", "государств", "countries", "states"}):
		k++
	case k == j && plural:
		// "about 20 electoral bodies, including Bhutan and Sri Lanka":
		// the list follows the head itself
	default:
		return j
	}
	if k < len(toks) && toks[k].Text == ":" {
		// «… органов иностранных государств: Турция, Узбекистан, …»
		return k + 1
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	switch {
	case k+2 < len(toks) && toks[k].Fold == "в" && toks[k+1].Fold == "том" && toks[k+2].Fold == "числе":
		return k + 3
	case k+2 < len(toks) && toks[k].Fold == "including" && toks[k+1].Fold == "those" && toks[k+2].Fold == "of":
		// "25 EMBs, including those of Ghana, Liberia and Gambia", "…
		// those of the US, UK and Bhutan"
		if k+4 < len(toks) && toks[k+3].Fold == "the" {
			return k + 4
		}
		return k + 3
	case k < len(toks) && (toks[k].Fold == "включая" || toks[k].Fold == "including" || toks[k].Fold == "namely"):
		return k + 1
	case k+1 < len(toks) && toks[k].Fold == "а" && toks[k+1].Fold == "именно":
		return k + 2
	case k+1 < len(toks) && toks[k].Fold == "such" && toks[k+1].Fold == "as":
		return k + 2
	}
	return j
}

// originAfterVerb returns the token after "from" (and "the") when a plural
// English head at h is followed, within its clause and before any other
// name, by a few lower-case words and "from": "election officials
// represented at the meeting come from", 0 otherwise.
func (a *Analysis) originAfterVerb(i int, h gazetteer.Match, j int) int {
	toks := a.Sentences[i].Tokens
	if toks[h.Start].IsCyrillic() || !isPluralHead(toks[h.Start:h.End]) {
		return 0
	}
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if t.Kind != text.Word || t.IsUpper() {
			return 0
		}
		if m := a.dictAt(i, k); m != nil && m.Entry.Kind != gazetteer.Title {
			return 0
		}
		if t.Fold == "from" {
			if k+1 < len(toks) && toks[k+1].Fold == "the" {
				return k + 2
			}
			return k + 1
		}
	}
	return 0
}

// isPluralHead reports a body's name written in the plural ("Central
// Election Commissions of …", «центральных избирательных комиссий …»).
func isPluralHead(toks []text.Token) bool {
	for _, t := range toks {
		if hasAnyPrefix(t.Fold, []string{"commissions", "embs", "cecs", "election management bodies", "councils", "bodies", "authorities", "officials", "organizations", "organisations", "комиссий", "комиссиями", "комиссиям", "комиссиях", "органов", "органами", "органам", "органах"}) || t.Fold == "органы" {
			return true
		}
	}
	return false
}

// enumeration adds one mention of kind per country of the list that goes
// on at token next of sentence i after a head and its first country: «…
// Республики Кореи, Российской Федерации и Латвийской Республики», "the
// CECs of the Russian Federation (represented by …) and Kazakhstan".
func (a *Analysis) enumeration(i, next int, kind graph.Kind, via Via) {
	s := a.Sentences[i]
	key := graph.BodyKey
	if kind == graph.KindGovernment {
		key = graph.GovernmentKey
	}
	if next < len(s.Tokens) && s.Tokens[next].Text == "(" {
		for k := next + 1; k < len(s.Tokens) && k < next+20; k++ {
			if s.Tokens[k].Text == ")" {
				if k+1 < len(s.Tokens) && isConj(s.Tokens[k+1]) {
					next = k + 1
				}
				break
			}
		}
	}
	for k := next; k < len(s.Tokens); {
		k = skipCount(s.Tokens, k) // «США — 46 человек, ФРГ (8), …»
		if k >= len(s.Tokens) {
			break
		}
		k2 := k + 1
		if !isConj(s.Tokens[k]) {
			// "…, Chile Costa Rica, Croatia …": a comma the text lost
			// between two items of a list that goes on
			if cc, n := a.countryAt(i, k, false); cc == "" || n >= len(s.Tokens) || !isConj(s.Tokens[n]) {
				break
			}
			k2 = k
		}
		for k2 < len(s.Tokens) && (isConj(s.Tokens[k2]) || s.Tokens[k2].Fold == "the") {
			k2++
		}
		cc2, n2 := a.countryAt(i, k2, false)
		if cc2 == "" && k2+3 < len(s.Tokens) && s.Tokens[k2].Fold == "rep" && s.Tokens[k2+1].Text == "." && s.Tokens[k2+2].Fold == "of" {
			// "…, Rep. of Korea, …"
			cc2, n2 = a.countryAt(i, k2+3, false)
		}
		if cc2 == "" && k2+2 < len(s.Tokens) && (s.Tokens[k2].Fold == "republic" || s.Tokens[k2].Fold == "kingdom") && s.Tokens[k2+1].Fold == "of" {
			// "…, Republic of Marshall Islands, …": a long form the
			// dictionary lacks
			k3 := k2 + 2
			if s.Tokens[k3].Fold == "the" && k3+1 < len(s.Tokens) {
				k3++
			}
			cc2, n2 = a.countryAt(i, k3, false)
		}
		if cc2 == "" {
			break
		}
		m2 := Mention{Kind: kind, Key: key(cc2), Via: via, Tok0: k2, Tok1: n2, Plural: true}
		span(s, &m2)
		a.addMention(i, m2)
		k = n2
		if k < len(s.Tokens) && s.Tokens[k].Text == "(" {
			// "…, Republic of Korea (South Korea), Kyrgyzstan, …": past
			// an item's aside
			for e := k + 1; e < len(s.Tokens) && e <= k+8; e++ {
				if s.Tokens[e].Text == ")" {
					k = e + 1
					break
				}
			}
		}
	}
}

// skipCount returns the token after a count that follows an item of a
// list at token k («(8)», «— 46 человек», «— 46 (!) человек»), else k.
func skipCount(toks []text.Token, k int) int {
	if k+2 < len(toks) && toks[k].Text == "(" && toks[k+1].Kind == text.Number && toks[k+2].Text == ")" {
		return k + 3
	}
	if k+1 < len(toks) && isDash(toks[k]) && toks[k+1].Kind == text.Number {
		k += 2
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3 // «(!)»
		}
		if k < len(toks) && toks[k].Kind == text.Word && !isConj(toks[k]) {
			k++ // «человек», "observers"
		}
	}
	return k
}

// regionalHeads are the state heads a region has of its own: its ministries,
// government and administration (a governor is a person's title).
var regionalHeads = []string{"министерств", "правительств", "администраци", "государственн", "законодательн"}

// regionalAdjectives say that a state body is a region's («областное
// министерство образования», «региональное правительство»).
var regionalAdjectives = []string{"областн", "краев", "регионал", "республиканск", "окружн"}

// regionalStateBody reads a region's own state body at head h of sentence
// i, whose own words end at token k: «министерство образования Тверской
// области» (the region's country) or «с областным министерством
// образования» (the home country's). It acts for its state (GOLD.md: a
// commission's agreement with its own ministry is a domestic fact).
func (a *Analysis) regionalStateBody(i int, h gazetteer.Match, k int) (Mention, bool) {
	s := a.Sentences[i]
	if !hasAnyPrefix(s.Tokens[h.Start].Fold, regionalHeads) || !s.Tokens[h.Start].IsCyrillic() {
		return Mention{}, false
	}
	if dm := a.dictAt(i, k); dm != nil && dm.Start == k && dm.Entry.Kind == gazetteer.Region && a.regionNounAfter(i, dm.End) {
		m := Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(dm.Entry.Key), Via: ViaRegional, Tok0: h.Start, Tok1: dm.End + 1}
		span(s, &m)
		return m, true
	}
	if k+1 < len(s.Tokens) && strings.HasPrefix(s.Tokens[k].Fold, "республик") {
		// «Государственного Совета Республики Татарстан»: a republic's
		// own legislature or government
		if dm := a.dictAt(i, k+1); dm != nil && dm.Start == k+1 && (dm.Entry.Kind == gazetteer.Region || dm.Entry.Kind == gazetteer.City && dm.Entry.Province) {
			m := Mention{Kind: graph.KindGovernment, Key: graph.GovernmentKey(dm.Entry.Key), Via: ViaRegional, Tok0: h.Start, Tok1: dm.End}
			span(s, &m)
			return m, true
		}
	}
	if h.Start > 0 && !s.Tokens[h.Start-1].IsUpper() && hasAnyPrefix(s.Tokens[h.Start-1].Fold, regionalAdjectives) {
		m := Mention{Kind: graph.KindGovernment, Via: ViaRegional, Tok0: h.Start - 1, Tok1: h.End}
		span(s, &m)
		return m, true
	}
	return Mention{}, false
}

// envoyHead is the embassy head an envoy's title stands for.
// isLeaderHead reports the head of a state or a government among the
// state heads («Президент», "Prime Minister").
func isLeaderHead(phrase string) bool {
	return hasAnyPrefix(text.Fold(phrase), []string{"президент", "премьер", "president", "prime minister"})
}

// leaderHead is the state head a head of state's or government's title
// gives.
var leaderHead = &gazetteer.Entry{Kind: gazetteer.Head, Key: "gov", Phrase: "President"}

var envoyHead = &gazetteer.Entry{Kind: gazetteer.Head, Key: "gov", Phrase: "Посол"}

func (a *Analysis) tagHead(i int, h gazetteer.Match) {
	s := a.Sentences[i]
	role := h.Entry.Key
	if role == "gov" && formerTitle(s.Tokens, h.Start) {
		return // «бывший посол Японии»: no longer the state's
	}
	if role == "gov" && h.Start > 0 && isLeaderHead(h.Entry.Phrase) {
		// «выборов Президента Узбекистана», "elections of the President of
		// X", "candidate for President", "Vice President": what is elected
		// or someone else, not the state
		b := h.Start - 1
		if pm := a.dictBefore(i, h.Start); pm != nil && pm.Entry.Kind == gazetteer.CountryAdj && pm.Start > 0 && pm.Start == h.Start-1 {
			b = pm.Start - 1 // "former Nigerian President"
		}
		if s.Tokens[b].Fold == "the" && b > 0 {
			b--
		}
		if p := s.Tokens[b].Fold; hasAnyPrefix(p, []string{"выбор", "кандидат", "election", "candida", "vice", "вице", "former", "бывш", "ex"}) || p == "for" || p == "of" && b > 0 && hasAnyPrefix(s.Tokens[b-1].Fold, []string{"election", "candida"}) {
			return
		}
		if cm := a.dictAt(i, skipOf(s.Tokens, h.End)); cm != nil && (cm.Entry.Kind == gazetteer.CountryName || cm.Entry.Kind == gazetteer.CountryAdj) {
			if bm := a.dictAt(i, cm.End); bm != nil && bm.Start == cm.End && (bm.Entry.Kind == gazetteer.BodyName || bm.Entry.Kind == gazetteer.Head && bm.Entry.Key != "gov") {
				// "president of the Guinea Electoral Commission": the
				// commission's, not the state's
				return
			}
		}
	}
	kind := graph.KindBody
	if role == "gov" {
		kind = graph.KindGovernment
	}
	if kind == graph.KindBody && a.counterpartOfNoBody(i, h) {
		return // "the Rajya Sabha inked an MoU with its counterpart in Rwanda"
	}
	if kind == graph.KindGovernment && electedParliament(s.Tokens, h) {
		return // «кампании в узбекистанский парламент»: what is elected
	}
	if kind == graph.KindBody && h.End-h.Start == 1 && !s.Tokens[h.Start].IsCyrillic() && otherCommissionBefore(s.Tokens, h.Start) {
		// "the Constitutional and Law Reform Commission from Papua New
		// Guinea", "the Human Rights Commission": no election body
		return
	}
	if kind == graph.KindBody && h.Start > 0 && !s.Tokens[h.Start].IsCyrillic() && !s.Tokens[h.Start].IsUpper() && localCouncilWords[s.Tokens[h.Start-1].Fold] && strings.HasSuffix(s.Tokens[h.End-1].Fold, "s") && (h.Start < 2 || !s.Tokens[h.Start-2].IsUpper()) && (h.End >= len(s.Tokens) || s.Tokens[h.End].Fold != "of") {
		// "district electoral councils", "county election commissions":
		// local bodies, not the national one (not "the Akmola regional
		// election commission" nor "regional election commissions of
		// Akmola and Karaganda regions", named ones)
		return
	}
	key := func(cc string) string {
		if kind == graph.KindGovernment {
			return graph.GovernmentKey(cc)
		}
		return graph.BodyKey(cc)
	}
	if kind == graph.KindGovernment && h.Start > 0 && s.Tokens[h.Start].IsCyrillic() && hasAnyPrefix(s.Tokens[h.Start].Fold, []string{"посл"}) {
		// «с французским послом Доминикой Вааг»: the envoy's state is the
		// adjective before the title; what follows in the title's own case
		// is his or her name, not a state
		if pm := a.dictBefore(i, h.Start); pm != nil && pm.Entry.Kind == gazetteer.CountryAdj && pm.End == h.Start {
			if cc, _ := a.countryAt(i, h.End, false); cc != "" {
				m := Mention{Kind: kind, Key: key(pm.Entry.Key), Via: ViaAdj, Tok0: pm.Start, Tok1: h.End}
				span(s, &m)
				a.addMention(i, m)
				if a.nameNotCountry == nil {
					a.nameNotCountry = map[[2]int]bool{}
				}
				a.nameNotCountry[[2]int{i, h.End}] = true
				return
			}
		}
	}
	// 1. a country after the head, maybe after a parenthesis «(ЦИК)», or «of India»
	j := h.End
	j = skipParen(s.Tokens, j)
	if kind == graph.KindBody && j+1 < len(s.Tokens) && isDash(s.Tokens[j]) {
		if cc, _ := a.countryAt(i, j+1, false); cc != "" && !s.Tokens[j+1].IsAllUpper() {
			j++ // «три председателя ЦИК – Узбекистана, Казахстана и Таджикистана»
		}
	}
	if kind == graph.KindBody {
		// «Центральной избирательной комиссии и референдумов (ЦИКР) Кыргызской
		// Республики»: the rest of a long official name before the country
		k := j
		for k < len(s.Tokens) && k < j+4 && (s.Tokens[k].Fold == "и" || s.Tokens[k].Fold == "по" || !s.Tokens[k].IsUpper() && hasAnyPrefix(s.Tokens[k].Fold, []string{"выбор", "референдум", "проведени", "республиканск"})) {
			k++
		}
		if k > j {
			if k2 := skipParen(s.Tokens, k); k2 < len(s.Tokens) {
				if cc, _ := a.countryAt(i, k2, true); cc != "" {
					j = k2
				}
			}
		}
	}
	// "Electoral Commission Chairperson of Seychelles": the head's own
	// officer between it and the country
	if kind == graph.KindBody && j < len(s.Tokens) && s.Tokens[j].IsUpper() && !s.Tokens[j].IsCyrillic() {
		for _, dm := range a.dict[i] {
			if dm.Start == j && dm.Entry.Kind == gazetteer.Title && dm.End < len(s.Tokens) && s.Tokens[dm.End].Fold == "of" {
				if cc, _ := a.countryAt(i, skipOf(s.Tokens, dm.End), false); cc != "" {
					j = dm.End
				}
				break
			}
		}
	}
	// «с избирательными органами 25 стран, в том числе России, Китая и
	// Турции», "with the election bodies of 25 countries, including …":
	// the head's countries are the ones the list names
	// "election officials from Mali and Papua New Guinea": people whence
	// (OfficialsOfStates decides whose)
	officials := ViaName
	if strings.HasSuffix(text.Fold(h.Entry.Phrase), " official") {
		officials = ViaOfficials
	}
	if kind == graph.KindBody && j+1 < len(s.Tokens) && s.Tokens[j].Text == "(" && isPluralHead(s.Tokens[h.Start:h.End]) {
		// "participants from eight member EMBs (Brazil, Iraq, Kosovo …)":
		// the plural head's countries in brackets
		if cc, next := a.countryAt(i, j+1, false); cc != "" {
			m := Mention{Kind: kind, Key: key(cc), Via: ViaName, Tok0: h.Start, Tok1: next, Plural: true}
			span(s, &m)
			if a.addMention(i, m) {
				a.enumeration(i, next, kind, ViaName)
			}
			return
		}
	}
	if kind == graph.KindBody && isPluralHead(s.Tokens[h.Start:h.End]) {
		// «избирательных органов государств-членов ОТГ – Азербайджана,
		// Казахстана …», «стран СНГ — Армении, Беларуси»: the group's
		// states listed after a dash
		if k := a.groupDashList(i, j); k > j {
			if cc, next := a.countryAt(i, k, false); cc != "" {
				m := Mention{Kind: kind, Key: key(cc), Via: ViaName, Tok0: h.Start, Tok1: next, Plural: true}
				span(s, &m)
				if a.addMention(i, m) {
					a.enumeration(i, next, kind, ViaName)
				}
				return
			}
		}
	}
	if kind == graph.KindBody {
		if k := includingList(s.Tokens, j, isPluralHead(s.Tokens[h.Start:h.End])); k > j && !a.possessiveBodyAt(i, k) {
			if cc, next := a.countryAt(i, k, false); cc != "" {
				via := ViaName
				if s.Tokens[j].Fold == "from" {
					via = officials
				}
				m := Mention{Kind: kind, Key: key(cc), Via: via, Tok0: h.Start, Tok1: next, Plural: true}
				span(s, &m)
				if a.addMention(i, m) {
					a.enumeration(i, next, kind, via)
				}
				return
			}
		}
	}
	// "Election officials represented at the conference hail from A, B and
	// C": a plural English head whose countries follow a short verb phrase
	// and "from"
	if k := a.originAfterVerb(i, h, j); k > j && kind == graph.KindBody && !a.possessiveBodyAt(i, k) {
		if cc, next := a.countryAt(i, k, false); cc != "" {
			m := Mention{Kind: kind, Key: key(cc), Via: officials, Tok0: k, Tok1: next, Plural: true}
			span(s, &m)
			if a.addMention(i, m) {
				a.enumeration(i, next, kind, officials)
			}
			return
		}
	}
	if kind == graph.KindBody && hasAnyPrefix(text.Fold(h.Entry.Phrase), []string{"делегац", "delegation"}) {
		// "a delegation comprising members from the US, China …", "the
		// delegation included representatives from …", «делегация в
		// составе представителей Германии, Непала …»: past the words of
		// whom it is made
		k := j
		for k < len(s.Tokens) && k < j+4 && delegationMakeup[s.Tokens[k].Fold] {
			k++
		}
		if k > j && k < len(s.Tokens) {
			if s.Tokens[k].Fold == "from" || s.Tokens[k].Fold == "из" {
				j = k
			} else if f := s.Tokens[k-1].Fold; f == "представителей" || f == "членов" {
				if cc, _ := a.countryAt(i, k, true); cc != "" {
					j = k - 1 // read as «из»
				}
			}
		}
	}
	origin := j < len(s.Tokens) && (s.Tokens[j].Fold == "из" || s.Tokens[j].Fold == "from" || s.Tokens[j].Fold == "представителей" || s.Tokens[j].Fold == "членов") && kind == graph.KindBody && hasAnyPrefix(text.Fold(h.Entry.Phrase), []string{"делегац", "delegation"})
	if j < len(s.Tokens) && (s.Tokens[j].Fold == "of" || s.Tokens[j].Fold == "in" || s.Tokens[j].Fold == "из" || s.Tokens[j].Fold == "from" || origin) && kind == graph.KindBody {
		j++
		if j < len(s.Tokens) && s.Tokens[j].Fold == "the" {
			j++
		}
	}
	if kind == graph.KindGovernment {
		// «Министерство образования и науки Украины»: the ministry's own
		// words stand between the head and the country
		k := j
		for k < len(s.Tokens) && k < j+6 && s.Tokens[k].Kind == text.Word && !s.Tokens[k].IsUpper() {
			if f := s.Tokens[k].Fold; f == "to" || f == "in" || f == "at" || f == "в" || f == "при" {
				// "Ambassador to Georgia", «Посол … в Таджикистане»: where
				// the envoy is posted, not whose
				break
			}
			if f := s.Tokens[k].Fold; !s.Tokens[k].IsCyrillic() && (isPassiveAux(f) || f == "has" || f == "have" || f == "had" || f == "will" || strings.HasSuffix(f, "ed")) {
				// "The Fijian Government has invited Australia": a verb
				// and its object, not the government's own words
				break
			}
			if f := s.Tokens[k].Fold; s.Tokens[k].IsCyrillic() && (pastVerb(f) || f == "о" || f == "об" || f == "что" || f == "на" || f == "с") {
				// «Посол сообщил о готовности Италии …»: the same
				break
			}
			k++
		}
		if k > j {
			if cc, _ := a.countryAt(i, k, false); cc != "" {
				j = k
			}
		}
		if m, ok := a.regionalStateBody(i, h, k); ok {
			a.addMention(i, m)
			return
		}
	}
	if kind == graph.KindGovernment && j+2 < len(s.Tokens) && (hasAnyPrefix(s.Tokens[j].Fold, []string{"стран", "государств", "countries", "states"}) || a.orgAt(i, j)) {
		// «с послами (стран) СНГ, Франции и США»: the envoys of a group of
		// states, then of states by name
		for k := j + 1; k < len(s.Tokens) && k <= j+4; k++ {
			if s.Tokens[k].Text == "," {
				if cc, _ := a.countryAt(i, k+1, true); cc != "" {
					j = k + 1
				}
				break
			}
		}
	}
	if kind == graph.KindGovernment && j+1 < len(s.Tokens) && s.Tokens[j].Text == ":" && hasAnyPrefix(s.Tokens[j-1].Fold, []string{"посольств", "embassies"}) && s.Tokens[j-1].Fold != "посольство" {
		j++ // «наблюдатели от посольств: США — 46 человек, ФРГ (8), …»
	}
	if origin && a.territoryAt(i, j) {
		return // «Делегация из Приднестровья»: the territory's, not its state's body
	}
	if origin && a.possessiveBodyAt(i, j) {
		return // "a delegation from Nepal's Election Commission": the body's
	}
	if m, ok := a.republicsOwnCommission(i, h, j); ok && kind == graph.KindBody {
		// «Председатель ЦИК РТ» in an article on Tatarstan
		a.addMention(i, m)
		return
	}
	if kind == graph.KindBody && localCommissionHead(s.Tokens, h) {
		// «председатель Бишкекской ТИК Кыргызской Республики»,
		// «Лейлек-Сулукту ТИК при ЦИК Кыргызской Республики»: a territorial
		// commission of that country, never its national body
		if m, ok := a.namedLocalCommission(i, h, j); ok {
			a.addMention(i, m)
			return
		}
		if cc, _ := a.countryAt(i, j, true); cc != "" {
			return
		}
	}
	if cc, next := a.countryAt(i, j, true); cc != "" {
		via := ViaName
		if next == j+1 && s.Tokens[j].IsAllUpper() {
			via = ViaAbbrev
		}
		if origin {
			via = ViaOrigin
		}
		m := Mention{Kind: kind, Key: key(cc), Via: via, Tok0: h.Start, Tok1: next}
		span(s, &m)
		if !a.addMention(i, m) {
			return
		}
		via2 := ViaName
		if origin {
			via2 = ViaOrigin // «делегации из Либерии и Сьерра-Леоне»
		}
		a.enumeration(i, next, kind, via2)
		return
	}
	// 2. a country adjective or an English country name right before the head
	if h.Start > 0 {
		if m := a.dictBefore(i, h.Start); m != nil {
			switch m.Entry.Kind {
			case gazetteer.CountryAdj, gazetteer.CountryName, gazetteer.CountryAbbrev:
				if m.Entry.Kind != gazetteer.CountryAdj && s.Tokens[m.Start].IsCyrillic() {
					break // («the US Ambassador», "the UK Electoral Commission": Latin abbreviations too)
				}
				mm := Mention{Kind: kind, Key: key(m.Entry.Key), Via: ViaAdj, Tok0: m.Start, Tok1: h.End}
				span(s, &mm)
				a.addMention(i, mm)
				// "Japanese and Canadian embassies", «японское и канадское
				// посольства»: coordinated adjectives share the head; so do
				// English names before a plural head ("Tonga, Tuvalu and
				// Samoa EMB members")
				names := m.Entry.Kind == gazetteer.CountryName && (isPluralHead(s.Tokens[h.Start:h.End]) || h.End < len(s.Tokens) && contains([]string{"members", "officials", "representatives", "delegates", "staff", "commissioners"}, s.Tokens[h.End].Fold))
				for k := m.Start; k > 1 && isConj(s.Tokens[k-1]); {
					p := a.dictBefore(i, k-1)
					if p == nil || p.Entry.Kind != gazetteer.CountryAdj && !(names && p.Entry.Kind == gazetteer.CountryName) {
						break
					}
					m2 := Mention{Kind: kind, Key: key(p.Entry.Key), Via: ViaAdj, Tok0: p.Start, Tok1: p.End, Plural: true}
					span(s, &m2)
					a.addMention(i, m2)
					k = p.Start
				}
				return
			}
		}
	}
	if kind == graph.KindGovernment {
		// "The Government invited …", «Правительство пригласило …»: the
		// unqualified government of the country the article is about
		if t := s.Tokens[h.Start]; h.End == h.Start+1 && t.Fold == "authorities" && h.Start > 0 && (s.Tokens[h.Start-1].Fold == "national" || s.Tokens[h.Start-1].Fold == "state") {
			// "following an invitation from the national authorities": the
			// state of the country the article is about
			m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: h.Start, Tok1: h.End}
			span(s, &m)
			a.addMention(i, m)
		} else if t := s.Tokens[h.Start]; h.End == h.Start+1 && t.IsUpper() && (t.Fold == "government" || strings.HasPrefix(t.Fold, "правительств")) &&
			(h.Start == 0 || s.Tokens[h.Start-1].Fold == "the" || isConj(s.Tokens[h.Start-1]) || s.Tokens[h.Start-1].Text == ",") &&
			(h.End >= len(s.Tokens) || s.Tokens[h.End].Fold != "of" && !s.Tokens[h.End].IsUpper()) {
			m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: h.Start, Tok1: h.End}
			span(s, &m)
			a.addMention(i, m)
		} else if t := s.Tokens[h.Start]; h.End == h.Start+1 && (t.Text == "Parliament" || t.Text == "Парламента") && h.Start >= 2 && (s.Tokens[h.Start-1].Fold == "of" && hasAnyPrefix(s.Tokens[h.Start-2].Fold, []string{"speaker", "president", "chairman", "chairperson"}) || hasAnyPrefix(s.Tokens[h.Start-1].Fold, []string{"спикер", "председател"})) &&
			(h.End >= len(s.Tokens) || s.Tokens[h.End].Fold != "of" && !s.Tokens[h.End].IsUpper()) {
			// "met the Speaker of Parliament", «со спикером Парламента»:
			// the parliament of the country the article is about
			t0 := h.Start - 1 // «спикером», or "Speaker of"
			if s.Tokens[t0].Fold == "of" {
				t0--
			}
			m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: t0, Tok1: h.End}
			span(s, &m)
			a.addMention(i, m)
		} else if e := ministryNameEnd(s.Tokens, h); e > h.End {
			// "signed a MoU with the Ministry of Education", «с
			// Министерством образования»: a ministry of the country the
			// article is about
			m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: h.Start, Tok1: e}
			span(s, &m)
			a.addMention(i, m)
		}
		return
	}
	// 2b. «по приглашению ЦИК этой страны»: the country named last before
	if j+1 < len(s.Tokens) && role == "national" && contains([]string{"этой", "данной", "этого", "данного"}, s.Tokens[j].Fold) && hasAnyPrefix(s.Tokens[j+1].Fold, []string{"стран", "государств", "республик"}) {
		if cc := a.countryNamedLast(i, h.Start); cc != "" {
			m := Mention{Kind: kind, Key: key(cc), Via: ViaName, Tok0: h.Start, Tok1: j + 2}
			span(s, &m)
			a.addMention(i, m)
			return
		}
	}
	// 3. a sub-national commission: a province or a city after the head
	// («ЦИК Гагаузии»), a regional name around it
	if m, ok := a.provinceBody(i, h, j); ok {
		a.addMention(i, m)
		return
	}
	if ms := a.englishRegionBodies(i, h); len(ms) > 0 {
		for _, m := range ms {
			a.addMention(i, m)
		}
		return
	}
	if m, ok := a.englishSubBody(i, h, false); ok {
		a.addMention(i, m)
		return
	}
	if role != "body" || !isCommissionHead(h.Entry.Phrase) {
		if role == "national" && !lowerGeneric(s.Tokens[h.Start:h.End]) && !a.titleAbbrev(i, h) {
			m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: h.Start, Tok1: h.End}
			span(s, &m)
			a.addMention(i, m)
		}
		return
	}
	ms := a.coordinatedRegionBodies(i, h)
	if len(ms) == 0 {
		ms = a.regionListAfterColon(i, h)
	}
	if len(ms) > 0 {
		for _, m := range ms {
			a.addMention(i, m)
		}
		return
	}
	if sub, t0, t1 := a.subBodyName(i, h); sub != "" {
		a.addMention(i, a.subBodyMention(i, sub, t0, t1, t0, t1, false))
		return
	}
	// 3b. «районной территориальной избирательной комиссии» in lower case:
	// the sub-national commission the article named in full before
	if m, ok := a.earlierSubBody(i, h); ok {
		a.addMention(i, m)
		return
	}
	// 3c. «областной избирательной комиссии» in an article about one
	// region («в Витебской области»): that region's commission
	if m, ok := a.regionsOwnCommission(i, h); ok {
		a.addMention(i, m)
		return
	}
	// 3d. «избирательной комиссии региона» after the article named one
	// province's commission: that commission
	if m, ok := a.provincesOwnCommission(i, h); ok {
		a.addMention(i, m)
		return
	}
	// 4. an unqualified national head: the home country's body
	if role == "national" && !lowerGeneric(s.Tokens[h.Start:h.End]) && !a.titleAbbrev(i, h) {
		m := Mention{Kind: kind, Key: "", Via: ViaImplicit, Tok0: h.Start, Tok1: h.End}
		span(s, &m)
		a.addMention(i, m)
	}
}

// namesOtherCountry reports a mention in sentence i of a country, or of a
// body or state keyed to one, other than the home.
func (a *Analysis) namesOtherCountry(i int) bool {
	for _, m := range a.Mentions[i] {
		if m.Key == "" || strings.HasPrefix(m.Key, "??") || m.Kind == graph.KindPerson || m.Kind == graph.KindOrganization || m.Kind == graph.KindNGO {
			continue
		}
		if cc := graph.CountryOf(m.Key); cc != "" && cc != a.Home {
			return true
		}
	}
	return false
}

// domesticAgency reports a state agency named with its country's name
// before its head ("Maldives Police Service", "Namibia Statistics
// Agency"): the country is named as much as a country mention would.
func domesticAgency(toks []text.Token, m Mention) bool {
	if m.Kind != graph.KindGovernment || m.Via != ViaAdj || m.Tok1-m.Tok0 < 2 {
		return false
	}
	f := toks[m.Tok1-1].Fold
	return f == "service" || f == "force" || f == "agency" || f == "office" || f == "statistics" || f == "police"
}

// verbEnding reports a Russian word ending as a finite verb does
// («подписала», «заключили», «работает»), where a ministry's name stops.
func verbEnding(f string) bool {
	return hasAnySuffix(f, "ли", "ла", "ло", "ет", "ит", "ют", "ат", "ят")
}

// ministryNameEnd returns the token after the name of a ministry that
// names no country ("the Ministry of Education", "Ministry of Home
// Affairs", «Министерство образования и науки»), or -1.
func ministryNameEnd(toks []text.Token, h gazetteer.Match) int {
	t := toks[h.Start]
	federal := h.End == h.Start+2 && strings.HasPrefix(t.Fold, "федеральн")
	if h.End != h.Start+1 && !federal || !t.IsUpper() {
		return -1
	}
	e := h.End
	switch {
	case federal:
		// «Федеральное агентство по туризму», «Федеральная служба
		// государственной статистики»
		word := func(k int) bool {
			return k < len(toks) && toks[k].Kind == text.Word && !toks[k].IsUpper() && toks[k].IsCyrillic() && !verbEnding(toks[k].Fold)
		}
		if e < len(toks) && toks[e].Fold == "по" {
			// «по туризму», «по делам молодежи»: the words that «по»
			// governs, adjectives then a noun
			e++
			for word(e) && isAdjective(toks[e].Fold) {
				e++
			}
			if word(e) {
				e++
			}
			if word(e) && hasAnySuffix(toks[e].Fold, "ии", "и", "ы", "а", "ей", "ов") && !isAdjective(toks[e].Fold) {
				e++ // «по делам молодежи»
			}
		} else {
			for word(e) && e < h.End+3 && (isAdjective(toks[e].Fold) || hasAnySuffix(toks[e].Fold, "ии", "и", "ы", "а")) {
				e++
			}
		}
	case t.Fold == "ministry":
		if e+1 >= len(toks) || toks[e].Fold != "of" || !toks[e+1].IsUpper() {
			return -1
		}
		e++
		for e < len(toks) && e < h.End+6 && toks[e].Kind == text.Word && (toks[e].IsUpper() || toks[e].Fold == "and") {
			e++
		}
	case strings.HasPrefix(t.Fold, "министерств"):
		for e < len(toks) && e < h.End+5 && toks[e].Kind == text.Word && !toks[e].IsUpper() && !verbEnding(toks[e].Fold) && (isAdjective(toks[e].Fold) || hasAnySuffix(toks[e].Fold, "ия", "ии", "ов", "ы", "и", "а") || toks[e].Fold == "и") {
			e++
		}
		if e < len(toks) && toks[e].Fold == "и" {
			e--
		}
	default:
		return -1
	}
	if toks[e-1].Fold == "and" || toks[e-1].Fold == "of" {
		return -1
	}
	return e
}

// provinceWords may stand between a commission's head and the province or
// city it serves: «Избирательная комиссия Республики Карелия», «ЦИК АТО
// Гагауз-Ери», «избирком города Москвы», "the Election Commission of the
// Republic of Karelia".
var provinceWords = []string{"республики", "ато", "автономии", "города", "административно-территориального", "образования", "(", ")", "of", "the", "republic", "city"}

// provinceBody reads a commission's head followed by the province or the
// city it serves, named by a noun in the dictionary of places («ЦИК
// Гагаузии», «Центральная избирательная комиссия Республики Татарстан»,
// «Избирательная комиссия города Москвы», "the Central Election Commission
// of Gagauzia"): a sub-national commission of the place's state, named as
// the text names it, with the head in the nominative. j is the token after
// the head. English names need "of" ("Election Commission Accra" is not a
// name).
func (a *Analysis) provinceBody(i int, h gazetteer.Match, j int) (Mention, bool) {
	s := a.Sentences[i]
	ph := text.Fold(h.Entry.Phrase)
	if h.Entry.Key != "national" && !isCommissionHead(ph) || lowerGeneric(s.Tokens[h.Start:h.End]) || hasAnyPrefix(ph, []string{"делегац", "delegation", "коллег", "colleague", "counterpart"}) || strings.Contains(ph, "official") {
		return Mention{}, false
	}
	k := j
	for k < len(s.Tokens) && k < j+6 && contains(provinceWords, s.Tokens[k].Fold) {
		k++
	}
	latin := !s.Tokens[h.Start].IsCyrillic()
	if k == len(s.Tokens) || latin && !slices.ContainsFunc(s.Tokens[h.End:k], func(t text.Token) bool { return t.Fold == "of" }) {
		return Mention{}, false
	}
	dm := a.dictAt(i, k)
	if dm == nil || dm.Start != k || dm.Entry.Kind != gazetteer.City || s.Tokens[k].IsCyrillic() == latin {
		return Mention{}, false
	}
	if a.regionNounAfter(i, dm.End) || hasAnySuffix(s.Tokens[dm.End-1].Fold, "ской", "ского", "ская", "ский", "скую", "ском", "скому", "ские", "ских") {
		// «Избирательная комиссия Челябинской области»: a region's
		// adjective, not its centre
		return Mention{}, false
	}
	var words []string
	switch {
	case strings.HasPrefix(s.Tokens[h.Start].Text, "ЦИК"):
		words = []string{"ЦИК"} // «ЦИКа Гагаузии»
	case h.Entry.Words() == h.End-h.Start:
		words = strings.Fields(h.Entry.Phrase)
	default:
		for t := h.Start; t < h.End; t++ {
			words = append(words, s.Tokens[t].Text)
		}
	}
	abbrev := slices.ContainsFunc(s.Tokens[h.End:k], func(t text.Token) bool { return t.Text == "(" })
	end, usual := dm.End, ""
	if dm.End == k+1 && s.Tokens[k].IsAllUpper() && dm.Entry.Usual != "" && dm.Entry.Usual != dm.Entry.Phrase && !latin {
		// «ЦИК ПМР», «Центризбиркома ПМР»: named with the territory's usual
		// name, as our annotators name it («ЦИК Приднестровья»)
		end, usual = k, nominativeToGenitive(dm.Entry.Usual)
		if hasAnyPrefix(text.Fold(h.Entry.Phrase), []string{"центризбирком", "центральн"}) {
			words = []string{"ЦИК"}
		}
	}
	for t := h.End; t < end; t++ {
		switch f := s.Tokens[t].Fold; {
		case f == "(" || f == ")":
			continue
		case abbrev && (f == "административно-территориального" || f == "образования"):
			continue // «… образования (АТО) Гагауз-Ери»: «АТО Гагауз-Ери»
		}
		words = append(words, s.Tokens[t].Text)
	}
	if usual != "" {
		words = append(words, usual)
	}
	m := a.subBodyMention(i, strings.Join(words, " "), h.Start, dm.End, k, dm.End, false)
	place := dm.Entry.Key + "\t" + dm.Entry.Phrase
	if a.provinceKeys == nil {
		a.provinceKeys = map[string][]string{}
	}
	if !contains(a.provinceKeys[place], m.Key) {
		a.provinceKeys[place] = append(a.provinceKeys[place], m.Key)
	}
	return m, true
}

// oneNamePerProvince gives the commissions of one province or city the
// article names in several ways («ЦИК Гагаузии», «Центральная
// избирательная комиссия Гагаузии») one key: the fullest name whose head
// is written out, else the first.
func (a *Analysis) oneNamePerProvince() {
	alias := map[string]string{}
	for _, keys := range a.provinceKeys {
		if len(keys) < 2 {
			continue
		}
		best, words := keys[0], 0
		for _, k := range keys {
			// the fullest name whose head is written out: «Центральная
			// избирательная комиссия Республики Татарстан» over «Избирком
			// Татарстана» and «ЦИК РТ»
			name := k[strings.IndexByte(k, ':')+1:]
			if first, _, _ := strings.Cut(name, " "); first != strings.ToUpper(first) && len(strings.Fields(name)) > words {
				best, words = k, len(strings.Fields(name))
			}
		}
		for _, k := range keys {
			alias[k] = best
		}
	}
	if len(alias) == 0 {
		return
	}
	for i := range a.Mentions {
		for n, m := range a.Mentions[i] {
			if b, ok := alias[m.Key]; ok && m.Kind == graph.KindSubBody {
				a.Mentions[i][n].Key = b
				a.Mentions[i][n].Name = b[strings.IndexByte(b, ':')+1:]
			}
		}
	}
}

// earlierSubBody matches lower-case adjectives and a commission head
// («районной территориальной избирательной комиссии», «районной ТИК»)
// with a sub-national commission named earlier in the article whose name
// ends with the same words.
func (a *Analysis) earlierSubBody(i int, h gazetteer.Match) (Mention, bool) {
	s := a.Sentences[i]
	t0 := h.Start
	for t0 > 0 && s.Tokens[t0-1].Kind == text.Word && isAdjective(s.Tokens[t0-1].Fold) && !s.Tokens[t0-1].IsUpper() {
		t0--
	}
	if t0 == h.Start {
		return Mention{}, false
	}
	var words []string
	for k := t0; k < h.Start; k++ {
		words = append(words, text.Fold(nominativeAdj(s.Tokens[k].Text)))
	}
	head := strings.Fields(text.Fold(h.Entry.Phrase))
	if exp, ok := commissionAbbrevs[s.Tokens[h.Start].Text]; ok {
		head = strings.Fields(exp)
	}
	suffix := strings.Join(append(words, head...), " ")
	// the sentences, latest first, that name a sub-national commission whose
	// name ends with suffix
	ks := a.subBodyEnds[suffix]
	for x := len(ks) - 1; x >= 0; x-- {
		k := ks[x]
		if k > i {
			continue
		}
		for _, m := range a.Mentions[k] {
			if m.Kind == graph.KindSubBody && strings.HasSuffix(text.Fold(m.Name), " "+suffix) {
				out := Mention{Kind: graph.KindSubBody, Key: m.Key, Name: m.Name, Via: ViaImplicit, Tok0: t0, Tok1: h.End}
				span(s, &out)
				return out, true
			}
		}
	}
	return Mention{}, false
}

// provincesOwnCommission reads a commission's head followed by a
// lower-case «региона», «автономии» or «республики» («Глава избирательной
// комиссии региона») in an article that has named the commission of one
// province: that commission.
func (a *Analysis) provincesOwnCommission(i int, h gazetteer.Match) (Mention, bool) {
	s := a.Sentences[i]
	if !isCommissionHead(h.Entry.Phrase) || h.End >= len(s.Tokens) {
		return Mention{}, false
	}
	if t := s.Tokens[h.End]; t.IsUpper() || t.Fold != "региона" && t.Fold != "автономии" && t.Fold != "республики" {
		return Mention{}, false
	}
	if region := a.oneRussianRegion(); len(a.provinceKeys) == 0 && region != "" && s.Tokens[h.End].Fold == "региона" && text.Fold(h.Entry.Phrase) == "избирательная комиссия" && !isPluralAdj(s.Tokens[h.Start].Fold) {
		// «в пресс-службе Избирательной комиссии региона» in an article on
		// Sverdlovsk Oblast: its commission, by the name Russia's regions'
		// commissions bear
		name := "Избирательная комиссия " + region
		m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey("RU", name), Via: ViaImplicit, Tok0: h.Start, Tok1: h.End + 1, Name: name}
		span(s, &m)
		return m, true
	}
	if len(a.provinceKeys) != 1 {
		return Mention{}, false
	}
	for _, keys := range a.provinceKeys {
		key := keys[0]
		m := Mention{Kind: graph.KindSubBody, Key: key, Via: ViaImplicit, Tok0: h.Start, Tok1: h.End + 1, Name: key[strings.IndexByte(key, ':')+1:]}
		span(s, &m)
		return m, true
	}
	return Mention{}, false
}

// isPluralAdj reports a folded adjective in a plural ending
// («региональных», «региональные», «региональными»).
func isPluralAdj(fold string) bool {
	return hasAnySuffix(fold, "ые", "ие", "ых", "их", "ыми", "ими")
}

// oneRussianRegion returns the one region of Russia the article names
// («в Свердловской области», «Пермский край»), in the genitive its
// commission's name takes («Свердловской области», «Пермского края»);
// "" when it names none or several.
func (a *Analysis) oneRussianRegion() string {
	out := ""
	for k := range a.Sentences {
		toks := a.Sentences[k].Tokens
		for _, dm := range a.dict[k] {
			if dm.Entry.Kind != gazetteer.Region || dm.End != dm.Start+1 || dm.End >= len(toks) || !toks[dm.Start].IsUpper() || !isAdjective(toks[dm.Start].Fold) {
				continue
			}
			var g string
			switch noun := text.Stem(toks[dm.End].Fold); {
			case dm.Entry.Key != "RU":
				return ""
			case noun == "област":
				g = strings.TrimSuffix(nominativeAdj(toks[dm.Start].Text), "ая") + "ой области"
			case noun == "кра":
				w := toks[dm.Start].Text
				for _, e := range []string{"ого", "ому", "ом", "ий", "ый", "им", "ым"} {
					if strings.HasSuffix(w, e) {
						w = strings.TrimSuffix(w, e)
						break
					}
				}
				g = w + "ого края"
			default:
				continue
			}
			if out != "" && out != g {
				return ""
			}
			out = g
		}
	}
	return out
}

// regionsOwnCommission reads a lower-case «областная» or «краевая» before
// a commission's head («с председателем областной избирательной
// комиссии») in an article that names one such region in or before
// sentence i («в Витебской области»): that region's commission, named in
// full («Витебская областная избирательная комиссия»).
func (a *Analysis) regionsOwnCommission(i int, h gazetteer.Match) (Mention, bool) {
	s := a.Sentences[i]
	if h.Start == 0 || !isCommissionHead(h.Entry.Phrase) || h.Entry.Words() != h.End-h.Start {
		return Mention{}, false
	}
	adj := s.Tokens[h.Start-1]
	noun := ""
	switch {
	case strings.HasPrefix(adj.Fold, "областн"):
		noun = "област"
	case strings.HasPrefix(adj.Fold, "краев"):
		noun = "кра"
	case strings.HasPrefix(adj.Fold, "региональн"):
		noun = "*"
	}
	if noun == "" || adj.IsUpper() || h.Start > 1 && s.Tokens[h.Start-2].Kind == text.Word && isAdjective(s.Tokens[h.Start-2].Fold) && !hasAnyPrefix(s.Tokens[h.Start-2].Fold, personNouns) {
		return Mention{}, false
	}
	if noun == "*" {
		// «побывать в региональном избиркоме» in an article on one region
		// of Russia: its commission, by the name those bear
		region := a.oneRussianRegion()
		if region == "" || isPluralAdj(adj.Fold) {
			return Mention{}, false
		}
		name := "Избирательная комиссия " + region
		m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey("RU", name), Via: ViaImplicit, Tok0: h.Start - 1, Tok1: h.End, Name: name}
		span(s, &m)
		return m, true
	}
	// the region's adjective as written, and its country («Витебской
	// области»: the dictionary may know it as its centre's name)
	regionWord, cc := "", ""
	for k := 0; k <= i; k++ {
		toks := a.Sentences[k].Tokens
		for _, dm := range a.dict[k] {
			if dm.Entry.Kind != gazetteer.Region && dm.Entry.Kind != gazetteer.City || dm.End != dm.Start+1 || dm.End >= len(toks) || text.Stem(toks[dm.End].Fold) != noun || !toks[dm.Start].IsUpper() || !isAdjective(toks[dm.Start].Fold) {
				continue
			}
			w := nominativeAdj(toks[dm.Start].Text)
			if regionWord != "" && regionWord != w {
				return Mention{}, false // two regions: which one's
			}
			regionWord, cc = w, dm.Entry.Key
		}
	}
	head := strings.Fields(h.Entry.Phrase)
	abbrev := s.Tokens[h.Start].IsAllUpper()
	if !abbrev {
		head[0] = strings.ToLower(head[0])
	}
	gender := "f" // of the head's noun, its first word no adjective
	for _, w := range head {
		if f := []rune(text.Fold(w)); !isAdjective(string(f)) {
			if !abbrev && !strings.ContainsRune("аяь", f[len(f)-1]) {
				gender = "m"
			}
			break
		}
	}
	if own, end := a.countryInName(i, h.End); own != "" && own != cc {
		// «областной комиссии по выборам президента Республики Беларусь»:
		// a region's commission of the country its name ends with, whatever
		// region the article named; named as written
		name := nominativeAdjGender(adj.Text, gender) + " " + strings.Join(head, " ") + " " + s.Text[s.Tokens[h.End].Start-s.Start:s.Tokens[end-1].End-s.Start]
		m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(own, name), Via: ViaImplicit, Tok0: h.Start - 1, Tok1: end, Name: name}
		span(s, &m)
		return m, true
	}
	if regionWord == "" {
		return Mention{}, false
	}
	name := strings.Join(append([]string{regionWord, nominativeAdjGender(adj.Text, "f")}, head...), " ")
	if gender == "m" {
		// «Витебская» → «Витебский областной избирком»
		masc := strings.TrimSuffix(regionWord, "ая") + "ый"
		if hasAnySuffix(text.Fold(regionWord), "кая", "гая", "хая") {
			masc = strings.TrimSuffix(regionWord, "ая") + "ий"
		}
		name = strings.Join(append([]string{masc, nominativeAdjGender(adj.Text, "m")}, head...), " ")
	}
	m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaImplicit, Tok0: h.Start - 1, Tok1: h.End, Name: name}
	span(s, &m)
	return m, true
}

// countryInName returns the country a commission's name names after its
// head, among the six words after token k of sentence i («комиссии по
// выборам президента Республики Беларусь»), and the token after it; ""
// when a stop, a bracket or a capitalised word that is no country comes
// first.
func (a *Analysis) countryInName(i, k int) (string, int) {
	toks := a.Sentences[i].Tokens
	for n := k; n < len(toks) && n < k+6; n++ {
		if cc, end := a.countryAt(i, n, false); cc != "" {
			return cc, end
		}
		if toks[n].Kind != text.Word || toks[n].IsUpper() {
			return "", k
		}
	}
	return "", k
}

// isCommissionHead reports whether a head names a commission (and so can
// head a sub-national commission's name), not a delegation or colleagues.
func isCommissionHead(phrase string) bool {
	f := text.Fold(phrase)
	for _, w := range []string{"комисси", "тик", "избирком", "орган"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// lowerGeneric reports whether a head is written in lower case in plural
// («центральными избирательными органами») — a generic phrase, not a name.
func lowerGeneric(toks []text.Token) bool {
	if toks[0].IsUpper() {
		return false
	}
	last := toks[len(toks)-1].Fold
	for _, e := range []string{"ами", "ями", "ов", "ых", "их", "ы"} {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// dictBefore returns the dictionary match that ends right before token j,
// skipping at most two lower-case adjectives («японский центральный …»).
func (a *Analysis) dictBefore(i, j int) *gazetteer.Match {
	s := a.Sentences[i]
	for skip := 0; skip <= 2 && j > 0; skip++ {
		for k := range a.dict[i] {
			m := &a.dict[i][k]
			if m.End == j {
				return m
			}
		}
		t := s.Tokens[j-1]
		if t.Kind == text.Word && !t.IsUpper() && !t.IsCyrillic() && englishAdjectives[t.Fold] {
			j-- // "Egypt's interim government"
			continue
		}
		if t.Kind == text.Word && t.IsUpper() && !t.IsCyrillic() && bodyNameQualifiers[t.Fold] {
			j-- // "the Mauritanian Independent National Elections Commission"
			continue
		}
		if t.Text == "'s" || t.Text == "’s" || t.Text == "'" || t.Text == "’" || t.Fold == "s" && j >= 2 && (s.Tokens[j-2].Text == "'" || s.Tokens[j-2].Text == "’") {
			j--
			skip--
			continue
		}
		if t.Kind != text.Word || !isAdjective(t.Fold) || t.IsUpper() {
			return nil
		}
		j--
	}
	return nil
}

// englishAdjectives qualify a state actor between its country and its head
// ("Egypt's interim government", "India's federal ministry").
var englishAdjectives = map[string]bool{"interim": true, "new": true, "federal": true, "national": true, "transitional": true, "provisional": true, "central": true, "former": true, "current": true, "outgoing": true}

// electedParliament reports a parliament head h after «выборы в» or
// «кампании в» (past an adjective of its country): the chamber elected,
// not the state acting.
func electedParliament(toks []text.Token, h gazetteer.Match) bool {
	if !hasAnyPrefix(toks[h.Start].Fold, []string{"парламент", "мажилис", "сенат", "parliament"}) {
		return false
	}
	k := h.Start - 1
	if k >= 0 && isAdjective(toks[k].Fold) {
		k--
	}
	if k < 1 || toks[k].Fold != "в" && toks[k].Fold != "во" && toks[k].Fold != "to" {
		return false
	}
	return hasAnyPrefix(toks[k-1].Fold, []string{"выбор", "кампани", "election", "elections"})
}

// otherCommissionBefore reports, among the capitalised words right before
// token k, a word of a commission of another field ("Law Reform", "Human
// Rights", "Anti-Corruption", "Public Service").
func otherCommissionBefore(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0 && n >= k-5; n-- {
		t := toks[n]
		if t.Kind != text.Word || !t.IsUpper() && t.Fold != "and" && t.Fold != "of" {
			return false
		}
		if otherCommissionWords[t.Fold] {
			return true
		}
	}
	return false
}

// otherCommissionWords name the fields of commissions that are no election
// bodies.
var otherCommissionWords = map[string]bool{"reform": true, "rights": true, "human": true, "law": true, "anti-corruption": true, "corruption": true, "audit": true, "planning": true, "service": true, "trade": true, "competition": true, "communications": true, "broadcasting": true, "media": true, "lands": true, "police": true, "truth": true, "reconciliation": true, "constitutional": true, "judicial": true, "revenue": true}

// localCouncilWords are the lower-case English words that make an
// election body's head a local one.
var localCouncilWords = map[string]bool{"district": true, "county": true, "municipal": true, "local": true, "regional": true, "provincial": true, "precinct": true, "polling": true, "constituency": true, "ward": true, "city": true}

// bodyNameQualifiers are the capitalised words that open an election
// body's own name before a name other countries use ("Independent National
// Elections Commission").
var bodyNameQualifiers = map[string]bool{"independent": true, "autonomous": true, "permanent": true, "supreme": true, "high": true, "interim": true}

func isAdjective(fold string) bool {
	// every adjective ending ends in one of these letters: a cheap rejection
	r, _ := utf8.DecodeLastRuneInString(fold)
	switch r {
	case 'й', 'я', 'е', 'о', 'у', 'м', 'ю', 'х', 'и':
	default:
		return false
	}
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими"} {
		if strings.HasSuffix(fold, e) && utf8.RuneCountInString(fold) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// subBodyName reads a sub-national commission's name: regional adjectives
// before the head («Жамбылской областной избирательной комиссии») or a
// regional genitive after it («Избирательную комиссию Ленинградской
// области»). It returns the name in the nominative and its token range.
// personNouns are nouns of people whose case endings look like adjectives'
// («председателем», «членом»).
var personNouns = []string{"председател", "заместител", "секретар", "член", "руководител", "представител", "делегаци", "сотрудник", "аппарат", "глав", "коллег"}

func (a *Analysis) subBodyName(i int, h gazetteer.Match) (string, int, int) {
	s := a.Sentences[i]
	t0 := h.Start
	capital := false
	for t0 > 0 {
		t := s.Tokens[t0-1]
		if t.Kind != text.Word || !isAdjective(t.Fold) || hasAnyPrefix(t.Fold, personNouns) {
			break
		}
		if (!t.IsUpper() || t0-1 == 0) && !adjectiveStem(t.Fold) {
			// «с работой Акмолинской областной избирательной комиссии»:
			// a lower-case noun with an adjective's ending (or a noun that
			// opens the sentence: «Руководством Центральной комиссии …»)
			break
		}
		if t.IsUpper() {
			capital = true
		}
		t0--
	}
	t1 := h.End
	// «Участковой избирательной комиссии избирательного участка № 912»: a
	// precinct commission named by its polling station's number
	if t1+3 < len(s.Tokens) && s.Tokens[t1].Fold == "избирательного" && strings.HasPrefix(s.Tokens[t1+1].Fold, "участк") && s.Tokens[t1+2].Text == "№" && s.Tokens[t1+3].Kind == text.Number {
		t1 += 2
		capital = capital || t0 < h.Start
	}
	// «окружную избирательную комиссию № 9 города Еревана»: a numbered
	// commission, and the city or district it is of
	if t1+1 < len(s.Tokens) && s.Tokens[t1].Text == "№" && s.Tokens[t1+1].Kind == text.Number {
		t1 += 2
		if t1+1 < len(s.Tokens) && hasAnyPrefix(s.Tokens[t1].Fold, []string{"города", "района", "округа", "области"}) && s.Tokens[t1+1].IsUpper() {
			t1 += 2
			capital = true
		}
	}
	// «… Ленинградской области», «… Заднепровского района города
	// Смоленска», «… округа Муром»: the place it is of, an adjective and
	// its noun or a noun and a name, twice at most
	for range 2 {
		if t1+1 < len(s.Tokens) && s.Tokens[t1].IsUpper() && isAdjective(s.Tokens[t1].Fold) {
			switch text.Stem(s.Tokens[t1+1].Fold) {
			case "област", "кра", "район", "округ", "город", "республик":
				if t0 == h.Start || capital || singularAdjectives(s.Tokens[t0:h.Start]) {
					// («территориальной избирательной комиссии
					// Заднепровского района»: one commission of a named
					// place; not «территориальных избирательных комиссий
					// Ставропольского края», all of them)
					capital = true
					t1 += 2
					continue
				}
			}
		}
		if t1+1 < len(s.Tokens) && (s.Tokens[t1].Fold == "города" || s.Tokens[t1].Fold == "округа") && nameWord(s.Tokens[t1+1]) && (t0 < h.Start && capital || t1 > h.End) {
			t1 += 2
			continue
		}
		break
	}
	if !capital || t0 == h.Start && t1 == h.End {
		return "", 0, 0
	}
	for k := t0; k < h.Start; k++ {
		if strings.HasPrefix(s.Tokens[k].Fold, "центральн") {
			return "", 0, 0
		}
	}
	head := strings.Fields(h.Entry.Phrase)
	if exp, ok := commissionAbbrevs[s.Tokens[h.Start].Text]; ok {
		head = strings.Fields(exp)
	} else if h.Entry.Words() != h.End-h.Start {
		head = nil
		for k := h.Start; k < h.End; k++ {
			head = append(head, s.Tokens[k].Text)
		}
	}
	// the adjectives agree with the head: «областной избирательной
	// комиссии» → «областная …», «областного избиркома» → «областной избирком»
	gender := "f"
	if last := []rune(text.Fold(head[len(head)-1])); len(last) > 0 && !strings.ContainsRune("аяь", last[len(last)-1]) {
		gender = "m"
	}
	var words []string
	for k := t0; k < h.Start; k++ {
		words = append(words, nominativeAdjGender(s.Tokens[k].Text, gender))
	}
	for n, w := range head {
		if n == 0 && t0 < h.Start {
			w = strings.ToLower(w)
		}
		words = append(words, w)
	}
	for k := h.End; k < t1; k++ {
		words = append(words, s.Tokens[k].Text)
	}
	return strings.Join(words, " "), t0, t1
}

// singularAdjectives reports adjectives in a singular case form
// («территориальной избирательной»), none plural («-ые», «-ых», «-ими»).
func singularAdjectives(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if hasAnySuffix(t.Fold, "ые", "ых", "ыми", "ие", "их", "ими") {
			return false
		}
	}
	return true
}

// countryMentioned reports a mention of country cc, or of an actor of
// it, anywhere in the article.
func (a *Analysis) countryMentioned(cc string) bool {
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Key != "" && graph.CountryOf(m.Key) == cc {
				return true
			}
		}
	}
	return false
}

// localCommissionHead reports a head of a territorial, district or
// precinct commission («ТИК», «ОИК», «УИК»), which a country after it
// does not make a national body.
func localCommissionHead(toks []text.Token, h gazetteer.Match) bool {
	switch toks[h.Start].Text {
	case "ТИК", "ОИК", "УИК", "ОВК", "УВК", "ТИКи":
		return h.End == h.Start+1
	}
	return false
}

// namedLocalCommission reads the name before a local commission's head at
// h and the country after it (at token j, or after «при» and a national
// body there): «Бишкекской ТИК Кыргызской Республики» is Kyrgyzstan's
// «Бишкекская ТИК», «Лейлек-Сулукту ТИК при ЦИК Кыргызской Республики» its
// «Лейлек-Сулукту ТИК».
func (a *Analysis) namedLocalCommission(i int, h gazetteer.Match, j int) (Mention, bool) {
	s := a.Sentences[i]
	toks := s.Tokens
	t0 := h.Start
	for t0 > 0 && h.Start-t0 < 2 && toks[t0-1].Kind == text.Word && toks[t0-1].IsUpper() && toks[t0-1].IsCyrillic() && a.dictAt(i, t0-1) == nil && !a.insideMention(i, t0-1) && (isAdjective(toks[t0-1].Fold) || strings.Contains(toks[t0-1].Text, "-")) {
		t0--
	}
	if t0 == h.Start {
		return Mention{}, false
	}
	cc, next := a.countryAt(i, j, true)
	if cc == "" && j < len(toks) && toks[j].Fold == "при" {
		// the national body it is attached to, and that body's country
		if dm := a.dictAt(i, j+1); dm != nil && (dm.Entry.Kind == gazetteer.Head || dm.Entry.Kind == gazetteer.BodyAbbrev) {
			var end int
			if cc, end = a.countryAt(i, dm.End, true); cc != "" {
				next = end // the attachment is the name's, no actor of its own
			}
		}
	}
	if cc == "" {
		return Mention{}, false
	}
	var words []string
	for k := t0; k < h.Start; k++ {
		w := toks[k].Text
		if isAdjective(toks[k].Fold) {
			w = nominativeAdjGender(w, "f")
		}
		words = append(words, w)
	}
	name := strings.Join(append(words, toks[h.Start].Text), " ")
	m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaName, Tok0: t0, Tok1: next, Name: name}
	span(s, &m)
	return m, true
}

// adjectiveStem reports a Russian word whose stem, before an adjective's
// case ending, ends as adjectives' stems do: «-н-» (областной,
// молодежных), «-ск-»/«-цк-» (городской), «-ов-»/«-ев-» (участковой,
// краевой), «-ин-», and participles' «-щ-», «-м-», «-ш-» (действующей,
// независимой, высшей); «работой», «встречей» are nouns.
func adjectiveStem(f string) bool {
	for _, e := range []string{"ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ою", "ею", "ым", "им", "ом", "ем", "ую", "юю", "ая", "яя", "ый", "ий", "ые", "ие", "ых", "их", "ое", "ее"} {
		if stem, ok := strings.CutSuffix(f, e); ok && len(stem) > 2 {
			return hasAnySuffix(stem, "н", "ск", "цк", "ов", "ев", "ин", "щ", "м", "ш")
		}
	}
	return false
}

// regionNounsPlural gives the singular genitive of the plural region nouns
// that coordinated regional adjectives share («Ульяновской и Смоленской
// областей»), by their fold in any plural case.
var regionNounsPlural = map[string]string{
	"областей": "области", "областям": "области", "областями": "области", "областях": "области",
	"краев": "края", "краям": "края", "краями": "края", "краях": "края",
	"районов": "района", "районам": "района", "районами": "района", "районах": "района",
	"округов": "округа", "округам": "округа", "округами": "округа", "округах": "округа",
}

// coordinatedRegionBodies reads a commission head followed by coordinated
// regional adjectives that share one plural region noun («избирательных
// комиссий Ульяновской и Смоленской областей», «избиркомов Тверской,
// Псковской и Новгородской областей»): one sub-national commission per
// adjective, each named in full in the nominative («Избирательная комиссия
// Ульяновской области»), the first spanning the head, the others their
// adjective (the last also the region noun).
func (a *Analysis) coordinatedRegionBodies(i int, h gazetteer.Match) []Mention {
	s := a.Sentences[i]
	if h.Start > 0 && strings.HasPrefix(s.Tokens[h.Start-1].Fold, "центральн") {
		return nil
	}
	var adjs []int
	j := h.End
	for j < len(s.Tokens) {
		t := s.Tokens[j]
		if t.Kind != text.Word || !t.IsUpper() || !isAdjective(t.Fold) || !(strings.HasSuffix(t.Fold, "ой") || strings.HasSuffix(t.Fold, "ого")) {
			break
		}
		adjs = append(adjs, j)
		j++
		if j < len(s.Tokens) && (s.Tokens[j].Text == "," || isConj(s.Tokens[j])) {
			if j+1 < len(s.Tokens) && s.Tokens[j+1].IsUpper() {
				j++
				continue
			}
		}
		break
	}
	if len(adjs) < 2 || j >= len(s.Tokens) || j != adjs[len(adjs)-1]+1 {
		return nil
	}
	noun, ok := regionNounsPlural[s.Tokens[j].Fold]
	if !ok {
		return nil
	}
	head := strings.Fields(h.Entry.Phrase)
	if exp, ok := commissionAbbrevs[s.Tokens[h.Start].Text]; ok {
		head = strings.Fields(exp)
		head[0] = strings.ToUpper(head[0][:2]) + head[0][2:]
	}
	out := make([]Mention, 0, len(adjs))
	for n, k := range adjs {
		adj := s.Tokens[k].Text
		if noun != "области" {
			// «Краснодарского края», «Ленинского района»: masculine genitive
			if strings.HasSuffix(adj, "ой") {
				adj = strings.TrimSuffix(adj, "ой") + "ого"
			}
		}
		name := strings.Join(append(append([]string{}, head...), adj, noun), " ")
		t0, t1 := k, k+1
		if n == 0 {
			t0 = h.Start
		}
		if n == len(adjs)-1 {
			t1 = j + 1
		}
		out = append(out, a.subBodyMention(i, name, t0, t1, k, k+1, true))
	}
	return out
}

// subNationalWords qualify an English commission head as a state's,
// province's or city's own ("State Election Commission", "Provincial
// Electoral Commission").
var subNationalWords = []string{"state", "provincial", "province", "regional", "region", "district", "county", "municipal", "city", "local", "territorial"}

// nationalWords open the names of national bodies ("National Electoral
// Commission", "Independent Election Commission"), never a place's.
var nationalWords = []string{"national", "independent", "central", "supreme", "superior", "constitutional", "federal", "chief", "joint", "permanent", "high", "general", "union", "interim", "electoral", "election", "elections", "the", "a", "an", "its", "their", "his", "her", "our"}

// englishRegionBodies reads "regional election commissions of Akmola and
// Karaganda regions": a lower-case sub-national word before a plural head,
// then "of" and coordinated place names (with a plural region noun at the
// end or not): one sub-national commission per place, each named in the
// singular ("Akmola regional election commission"); nil otherwise.
func (a *Analysis) englishRegionBodies(i int, h gazetteer.Match) []Mention {
	s := a.Sentences[i]
	toks := s.Tokens
	if h.Start == 0 || toks[h.Start].IsCyrillic() || !contains(subNationalWords, toks[h.Start-1].Fold) || toks[h.Start-1].IsUpper() {
		return nil
	}
	last := toks[h.End-1].Fold
	if last != "commissions" && last != "committees" && last != "bodies" {
		return nil
	}
	k := h.End
	if k >= len(toks) || toks[k].Fold != "of" {
		return nil
	}
	k++
	type place struct{ t0, t1 int }
	var places []place
	for k < len(toks) {
		p0 := k
		if dm := a.dictAt(i, k); dm != nil && dm.Start == k && (dm.Entry.Kind == gazetteer.Region || dm.Entry.Kind == gazetteer.City) {
			k = dm.End // "North Kazakhstan": a region's whole name
		} else {
			for k < len(toks) && toks[k].Kind == text.Word && toks[k].IsUpper() && !toks[k].IsCyrillic() && a.dictAt(i, k) == nil {
				k++
			}
		}
		if k == p0 {
			break
		}
		if k < len(toks) && toks[k].Text != "," && toks[k].Fold != "and" && toks[k].Text != "." && !contains([]string{"regions", "districts", "provinces", "states", "counties", "cities"}, toks[k].Fold) {
			return nil // a name we do not read whole
		}
		places = append(places, place{p0, k})
		if k < len(toks) && (toks[k].Text == "," || toks[k].Fold == "and") {
			k++
			if k < len(toks) && toks[k].Fold == "and" {
				k++
			}
			continue
		}
		break
	}
	if len(places) < 2 {
		return nil
	}
	head := strings.TrimSuffix(s.Text[toks[h.Start].Start-s.Start:toks[h.End-1].End-s.Start], "s") // "commissions" → "commission"
	if strings.HasSuffix(last, "bodies") {
		head = strings.TrimSuffix(s.Text[toks[h.Start].Start-s.Start:toks[h.End-1].End-s.Start], "bodies") + "body"
	}
	var out []Mention
	for n, p := range places {
		name := s.Text[toks[p.t0].Start-s.Start:toks[p.t1-1].End-s.Start] + " " + toks[h.Start-1].Text + " " + head
		m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(a.home(), name), Via: ViaName, Tok0: p.t0, Tok1: p.t1, Name: name, Plural: true}
		if n == 0 {
			m.Tok0 = h.Start - 1
		}
		span(s, &m)
		out = append(out, m)
	}
	return out
}

// englishSubBody reads an English sub-national commission around the head
// h of sentence i: a place or a sub-national word before it ("Zanzibar
// Electoral Commission", "Moscow City Election Commission", "State
// Election Commission of Maharashtra"), named in full; the country is a
// city's, else the article's home. A name that is a national body's own
// (strict) needs a known city or a sub-national word.
func (a *Analysis) englishSubBody(i int, h gazetteer.Match, strict bool) (Mention, bool) {
	s := a.Sentences[i]
	toks := s.Tokens
	if ph := text.Fold(h.Entry.Phrase); toks[h.Start].IsCyrillic() || !hasAnySubstring(ph, "commission", "institute", "tribunal", "court", "council") || !strings.Contains(ph, "elect") {
		// "Public Service Commission", "European Commission": no
		// election body
		return Mention{}, false
	}
	t0 := h.Start
	cc, place, sub := "", false, false
	for t0 > 0 && h.Start-t0 < 3 {
		t := toks[t0-1]
		// "the Akmola regional election commission": a lower-case
		// sub-national word may stand between the place and the head
		federalPlace := t.Fold == "federal" && (toks[t0].Fold == "district" || toks[t0].Fold == "territory")
		if t.Kind != text.Word || !t.IsUpper() && !(contains(subNationalWords, t.Fold) && t0 == h.Start) || t.IsCyrillic() || contains(nationalWords, t.Fold) && !federalPlace {
			break
		}
		if m := a.dictAt(i, t0-1); m != nil && m.Entry.Kind == gazetteer.City && m.End == t0 {
			cc, place = m.Entry.Key, true
		} else if a.dictAt(i, t0-1) != nil || a.insideMention(i, t0-1) {
			break // a country, an organisation or a person: not a place of ours
		}
		if contains(subNationalWords, t.Fold) {
			sub = true
		} else {
			place = true
		}
		t0--
	}
	if !place && !sub || strict && !sub && cc == "" {
		return Mention{}, false
	}
	t1 := h.End
	if !place {
		// "State Election Commission of Maharashtra": the place after "of"
		k := t1
		if k+1 < len(toks) && toks[k].Fold == "of" && toks[k+1].IsUpper() && !toks[k+1].IsCyrillic() && a.dictAt(i, k+1) == nil {
			k++
			for k < len(toks) && k < t1+4 && toks[k].Kind == text.Word && toks[k].IsUpper() && a.dictAt(i, k) == nil {
				k++
			}
			t1 = k
		} else {
			return Mention{}, false // "the State Election Commission" alone
		}
	}
	if t0 > 0 && toks[t0-1].Kind == text.Word && toks[t0-1].IsUpper() && !contains(nationalWords, toks[t0-1].Fold) {
		return Mention{}, false // a longer name we do not read
	}
	if cc == "" {
		cc = a.home() // "??" until HomeResolver decides
	}
	name := s.Text[toks[t0].Start-s.Start : toks[t1-1].End-s.Start]
	m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaName, Tok0: t0, Tok1: t1, Name: name}
	span(s, &m)
	return m, true
}

// stateElectoralOfficer reads "Chief Electoral Officer of Assam": the
// election office of a state of the home
// country (India's states each have one), named with its place.
func (a *Analysis) stateElectoralOfficer(i int, m gazetteer.Match) (Mention, bool) {
	s := a.Sentences[i]
	toks := s.Tokens
	ph := text.Fold(m.Entry.Phrase)
	if !strings.Contains(ph, "officer") || !(strings.Contains(ph, "electoral") || strings.Contains(ph, "election")) || m.End+1 >= len(toks) {
		return Mention{}, false
	}
	if toks[m.End].Fold != "of" {
		return Mention{}, false
	}
	k := m.End + 1
	cc := a.home()
	if pm := a.dictAt(i, k); pm != nil && pm.Entry.Province {
		// "Chief Electoral Officer of Madhya Pradesh": a state we know
		k, cc = pm.End, pm.Entry.Key
	} else {
		for k < len(toks) && k < m.End+3 && toks[k].Kind == text.Word && toks[k].IsUpper() && !toks[k].IsCyrillic() && a.dictAt(i, k) == nil {
			k++
		}
		if k == m.End+1 || a.dictAt(i, m.End+1) != nil {
			return Mention{}, false
		}
	}
	if k < len(toks) && toks[k].Kind == text.Word && toks[k].IsUpper() {
		return Mention{}, false // a person's name goes on: "…, Ravi Kumar Sharma"
	}
	name := s.Text[toks[m.Start].Start-s.Start : toks[k-1].End-s.Start]
	if toks[m.Start].IsUpper() == false {
		// "chief electoral officer of Assam": as a name, capitalised
		name = strings.ToUpper(name[:1]) + name[1:]
	}
	sm := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaName, Tok0: m.Start, Tok1: k, Name: name}
	span(s, &sm)
	return sm, true
}

// subBodyMention is the mention at tokens [t0, t1) of sentence i of the
// sub-national commission named name, in the country of the region named
// at tokens [r0, r1) («… Ленинградской области» is Russian), else in the
// home country.
func (a *Analysis) subBodyMention(i int, name string, t0, t1, r0, r1 int, plural bool) Mention {
	s := a.Sentences[i]
	cc := a.home()
	for k := r0; k < r1; k++ {
		for _, rm := range a.gaz.MatchAt(s.Tokens, k) {
			// a region's or a city's country («№ 9 города Еревана»)
			if rm.Entry.Kind == gazetteer.Region || rm.Entry.Kind == gazetteer.City {
				cc = rm.Entry.Key
			}
		}
	}
	m := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Via: ViaName, Tok0: t0, Tok1: t1, Name: name, Plural: plural}
	span(s, &m)
	return m
}

// regionNounsSingular are the genitive region nouns of a list of regional
// commissions after a colon.
var regionNounsSingular = map[string]bool{"области": true, "края": true, "района": true, "округа": true}

// regionListAfterColon reads a plural commission head, a colon and a list
// of regions each with the name of its commission's officer («председатели
// региональных избирательных комиссий: Ульяновской области – Иван Петров и
// Смоленской области – Олег Сидоров»): one sub-national commission per
// region, named in full («Избирательная комиссия Ульяновской области»),
// each spanning its region's words.
func (a *Analysis) regionListAfterColon(i int, h gazetteer.Match) []Mention {
	s := a.Sentences[i]
	if !isPluralHead(s.Tokens[h.Start:h.End]) || h.End >= len(s.Tokens) || s.Tokens[h.End].Text != ":" {
		return nil
	}
	head := strings.Fields(h.Entry.Phrase)
	var out []Mention
	j := h.End + 1
	for j+1 < len(s.Tokens) {
		t := s.Tokens[j]
		if t.Kind != text.Word || !t.IsUpper() || !strings.HasSuffix(t.Fold, "ой") && !strings.HasSuffix(t.Fold, "ого") || !regionNounsSingular[s.Tokens[j+1].Fold] {
			break
		}
		name := strings.Join(append(append([]string{}, head...), t.Text, s.Tokens[j+1].Text), " ")
		out = append(out, a.subBodyMention(i, name, j, j+2, j, j+1, true))
		// the officer's name after a dash, up to the next item
		k := j + 2
		if k < len(s.Tokens) && isDash(s.Tokens[k]) {
			k++
			for k < len(s.Tokens) && k < j+7 && s.Tokens[k].Kind == text.Word && s.Tokens[k].IsUpper() {
				k++
			}
		}
		if k < len(s.Tokens) && (s.Tokens[k].Text == "," || s.Tokens[k].Text == ";" || isConj(s.Tokens[k])) {
			k++
		}
		if k == j+2 {
			break
		}
		j = k
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// isDash reports whether t is a dash between words (–, —, -).
func isDash(t text.Token) bool {
	return t.Text == "–" || t.Text == "—" || t.Text == "-"
}

// commissionAbbrevs spell out the abbreviations of sub-national commissions.
var commissionAbbrevs = map[string]string{
	"ТИК": "территориальная избирательная комиссия",
	"ОИК": "окружная избирательная комиссия",
	"УИК": "участковая избирательная комиссия",
}

// nominativeAdj turns a feminine adjective in an oblique case into the
// nominative: «Жамбылской» → «Жамбылская», «областную» → «областная».
func nominativeAdj(w string) string {
	for _, p := range [][2]string{{"ской", "ская"}, {"ской", "ская"}, {"ную", "ная"}, {"ной", "ная"}, {"ую", "ая"}, {"ой", "ая"}, {"ней", "няя"}, {"ей", "ая"}} {
		if strings.HasSuffix(w, p[0]) {
			return strings.TrimSuffix(w, p[0]) + p[1]
		}
	}
	return w
}

// skipOf skips "of" or "of the" at token j.
func skipOf(toks []text.Token, j int) int {
	if j < len(toks) && toks[j].Fold == "of" {
		j++
		if j < len(toks) && toks[j].Fold == "the" {
			j++
		}
	}
	return j
}

// countryNamed reports whether the article names country cc (by name,
// adjective, abbreviation or city) anywhere.
func (a *Analysis) countryNamed(cc string) bool {
	return a.countryCounts()[cc] > 0
}

// likeliestCountry returns, among the country codes ccs, the one the
// article names most often (by name, adjective, abbreviation or city); when
// it names none, the first of busiestBodies among them, else the first of
// ccs.
func (a *Analysis) likeliestCountry(ccs []string) string {
	counts := a.countryCounts()
	best := ccs[0]
	for _, cc := range ccs[1:] {
		if counts[cc] > counts[best] {
			best = cc
		}
	}
	if counts[best] == 0 {
		if dl := a.datelineCountry(); dl != "" && !slices.Contains(ccs, dl) && !a.bodyNamedOf(dl) {
			// "COLOMBO: The National Election Commission has invited …":
			// none of the countries that use the name is named, and the
			// dateline's own body is not named otherwise: it is the
			// dateline's
			return dl
		}
		// none named: the country whose body goes by that name most
		// often in the news of electoral cooperation
		for _, cc := range busiestBodies {
			if slices.Contains(ccs, cc) {
				return cc
			}
		}
	}
	return best
}

// bodyNamedOf reports whether the dictionary found a name or an
// abbreviation of country cc's own election body in the article.
func (a *Analysis) bodyNamedOf(cc string) bool {
	for i := range a.dict {
		for _, m := range a.dict[i] {
			if (m.Entry.Kind == gazetteer.BodyName || m.Entry.Kind == gazetteer.BodyAbbrev) && m.Entry.Key == cc {
				return true
			}
		}
	}
	return false
}

// busiestBodies are the countries whose election bodies the international
// news of electoral cooperation names most (Korea's NEC hosts A-WEB; India's
// ECI runs its visitors' programme; South Africa's IEC, Kenya's IEBC and
// Nigeria's INEC lead African associations), in that order: a name that
// several countries' bodies share and an article that names none of the
// countries is read as theirs.
var busiestBodies = []string{"KR", "IN", "ZA", "KE", "NG", "GH", "BD", "NP", "PK", "PH", "ID"}

// bareEnglishElectionTitle reports an English election title that opens a
// sentence as "The …" and names no country, body or person after it: "The
// Chief Election Commissioner attended the Assembly".
func (a *Analysis) bareEnglishElectionTitle(i int, m gazetteer.Match) bool {
	toks := a.Sentences[i].Tokens
	if m.Start != 1 || toks[0].Fold != "the" || toks[m.Start].IsCyrillic() || m.End >= len(toks) {
		return false
	}
	n := toks[m.End]
	if n.Fold == "of" || n.Fold == "from" || n.Text == "," || n.Text == "(" || n.Kind == text.Word && n.IsUpper() {
		return false // "… of Nepal", "…, X", "… Rajiv Kumar"
	}
	return hasAnyPrefix(text.Fold(m.Entry.Phrase), []string{"chief election", "chief electoral", "election commissioner", "electoral commissioner"})
}

// possessive reports a token that is or ends with the English possessive
// "'s" ("Botswana's").
func possessive(t text.Token) bool {
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s") || t.Fold == "s"
}

// countryCounts returns how often the article names each country by name,
// adjective, abbreviation or city, counted once the dictionary matches
// are in.
func (a *Analysis) countryCounts() map[string]int {
	if a.countryNames == nil {
		a.countryNames = map[string]int{}
		for i := range a.dict {
			for _, m := range a.dict[i] {
				switch m.Entry.Kind {
				case gazetteer.CountryName, gazetteer.CountryAdj, gazetteer.CountryAbbrev, gazetteer.City:
					a.countryNames[m.Entry.Key]++
				}
			}
		}
	}
	return a.countryNames
}

// skipParen returns the token after a bracketed aside that starts at token
// j («(ЦИК)», "(NEC)") or an abbreviation set off by slashes («/ЦИК/»), or j.
func skipParen(toks []text.Token, j int) int {
	if j < len(toks) && toks[j].Text == "(" {
		for k := j + 1; k < len(toks) && k < j+6; k++ {
			if toks[k].Text == ")" {
				return k + 1
			}
		}
	}
	if j+2 < len(toks) && toks[j].Text == "/" && toks[j+2].Text == "/" && toks[j+1].IsAllUpper() {
		// «Центральной избирательной комиссии /ЦИК/ Монголии»: an
		// abbreviation set off by slashes, as some agencies write it
		return j + 3
	}
	return j
}

// envoyWords begin the titles of envoys, which "to"/«при» and an
// organisation follow where they are posted.
var envoyWords = []string{"representative", "ambassador", "envoy", "представител", "посол", "послом", "посла"}

// OrganizationTagger adds international organisations from the dictionary.
// A sub-body written next to its parent («БДИПЧ ОБСЕ», «БДИПЧ/ОБСЕ») is the
// sub-body only.
type OrganizationTagger struct{ Gaz *gazetteer.Gazetteer }

// Run adds organisation mentions.
func (t OrganizationTagger) Run(a *Analysis) {
	defer a.headWordAliases()
	defer a.sharedOwnerOrgs()
	for i, s := range a.Sentences {
		var last *Mention
		for _, m := range a.dict[i] {
			if m.Entry.Kind != gazetteer.OrgName && m.Entry.Kind != gazetteer.OrgAbbrev {
				continue
			}
			if last != nil && (m.Start == last.Tok1 || m.Start-last.Tok1 == 1 && strings.Contains("/()-–", s.Tokens[last.Tok1].Text)) && parentOf(m.Entry.Key, last.Key) {
				// «БДИПЧ ОБСЕ», "ODIHR/OSCE": the sub-body's own name; "ODIHR,
				// OSCE, CIS" lists both. The sub-body's mention spans both
				// names, so that a list goes on past them («представителей
				// БДИПЧ/ОБСЕ, МПА СНГ, США»)
				if m.Start > last.Tok1 && s.Tokens[last.Tok1].Text == "/" {
					last.Tok1 = m.End
					span(s, last)
				}
				continue
			}
			if last != nil && (m.Start == last.Tok1 || m.Start-last.Tok1 == 1 && (s.Tokens[last.Tok1].Text == "/" || s.Tokens[last.Tok1].Text == "(")) && parentOf(last.Key, m.Entry.Key) {
				// «ОБСЕ/БДИПЧ», "OSCE/ODIHR", "… Council of Europe (PACE)":
				// the sub-body only
				parent := *last
				a.Mentions[i] = slices.DeleteFunc(a.Mentions[i], func(o Mention) bool { return o.Tok0 == parent.Tok0 && o.Key == parent.Key })
				if s.Tokens[parent.Tok1].Text == "/" {
					m.Start = parent.Tok0 // («ОБСЕ/БДИПЧ» is one mention)
				}
				last = nil
			}
			if k := m.Start - 1; k >= 2 && (s.Tokens[k].Fold == "the" && s.Tokens[k-1].Fold == "to" && hasAnyPrefix(s.Tokens[k-2].Fold, []string{"representative", "ambassador", "envoy"}) || (s.Tokens[k].Fold == "to" || s.Tokens[k].Fold == "при") && (hasAnyPrefix(s.Tokens[k-1].Fold, envoyWords) || s.Tokens[k-1].IsUpper() && hasAnyPrefix(s.Tokens[k-2].Fold, envoyWords))) {
				// "Permanent Representatives to the UN from 12 Countries",
				// «постоянный представитель России при ОБСЕ»: where the
				// envoys are posted, not who acts
				a.named = append(a.named, m.Entry.Key)
				continue
			}
			if m.End < len(s.Tokens) && (s.Tokens[m.End].Text == "Party" || s.Tokens[m.End].Text == "Front") {
				// "the United National Party": a political party's name
				continue
			}
			// «директора института СНГ и Восточной Европы», "Institute of
			// ASEAN Studies": the organisation names another institution's field
			if m.Start > 0 && hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"институт", "университет", "академи", "institute", "university", "academy"}) ||
				m.Start > 1 && hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"стран", "государств"}) && hasAnyPrefix(s.Tokens[m.Start-2].Fold, []string{"институт", "университет", "академи"}) {
				// («Института стран СНГ и Восточной Европы»)
				continue
			}
			// «избирательных органов государств — участников СНГ», «стран СНГ»,
			// "member states of the OSCE", "OSCE participating States",
			// «комитет по делам СНГ»: the organisation describes its
			// members, it does not act
			// («исполнительного комитета стран СНГ» is the organisation's own organ)
			// («участники Межпарламентской ассамблеи» without the states are
			// its members at work)
			if m.Start > 0 && (hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"стран", "делам", "государств"}) && !(m.Start > 1 && hasAnyPrefix(s.Tokens[m.Start-2].Fold, []string{"комитет", "исполком", "секретариат"})) ||
				m.Start > 0 && hasAnyPrefix(s.Tokens[m.Start-1].Fold, []string{"участник", "участниц"}) && m.Start > 1 && (isDash(s.Tokens[m.Start-2]) || hasAnyPrefix(s.Tokens[m.Start-2].Fold, []string{"государств", "стран", "-"})) ||
				m.Start > 2 && s.Tokens[m.Start-1].Fold == "the" && s.Tokens[m.Start-2].Fold == "of" && hasAnyPrefix(s.Tokens[m.Start-3].Fold, []string{"states", "countries"}) ||
				m.Start > 1 && s.Tokens[m.Start-1].Fold == "of" && hasAnyPrefix(s.Tokens[m.Start-2].Fold, []string{"states", "countries"}) ||
				m.End+1 < len(s.Tokens) && hasAnyPrefix(s.Tokens[m.End].Fold, []string{"participating", "member"}) && hasAnyPrefix(s.Tokens[m.End+1].Fold, []string{"states", "countries"}) ||
				m.End < len(s.Tokens) && (s.Tokens[m.End].Fold == "countries" || s.Tokens[m.End].Fold == "states") && m.Start > 0 && s.Tokens[m.Start-1].Fold == "of") {
				// named, so listed among the article's organisations
				a.named = append(a.named, m.Entry.Key)
				continue
			}
			mm := Mention{Kind: graph.KindOrganization, Key: m.Entry.Key, Via: ViaName, Tok0: m.Start, Tok1: m.End}
			if m.Entry.Kind == gazetteer.OrgAbbrev {
				mm.Via = ViaAbbrev
			}
			if k := m.Start; k >= 3 && s.Tokens[k-1].Text == ")" && s.Tokens[k-3].Text == "(" {
				// «Межпарламентской ассамблеи (МПА) СНГ»: the abbreviation
				// in brackets and the one after it name one organisation
				// («МПА СНГ»), not the one after it alone
				if key := a.keyByName(s.Tokens[k-2].Text+" "+s.Text[s.Tokens[k].Start-s.Start:s.Tokens[m.End-1].End-s.Start], gazetteer.OrgName, gazetteer.OrgAbbrev); key != "" && key != mm.Key {
					mm.Key, mm.Via = key, ViaAbbrev
				}
			}
			if o := t.Gaz.Organization(mm.Key); o != nil {
				mm.Name = o.NameRu
			}
			span(s, &mm)
			if a.addMention(i, mm) {
				last = &a.Mentions[i][indexOf(a.Mentions[i], mm)]
			}
		}
		t.sharedGenitive(a, i)
		t.shortReference(a, i)
	}
	t.bareCommonwealth(a)
}

// bareCommonwealth reads "Commonwealth" alone ("observers from the EU,
// Commonwealth and ANFREL", "Commonwealth countries") as the Commonwealth
// of Nations in an English article that never speaks of the CIS, which
// English texts from its region call "the Commonwealth" too.
func (t OrganizationTagger) bareCommonwealth(a *Analysis) {
	if a.Doc.Language != "en" {
		return
	}
	for i := range a.Sentences {
		for _, m := range a.Mentions[i] {
			if m.Key == "CIS" {
				return
			}
		}
		if a.hasPhrase(i, "independent states", "cis ", "cis,", "cis.") {
			return
		}
	}
	for i, s := range a.Sentences {
		for k, tok := range s.Tokens {
			if tok.Text != "Commonwealth" || a.insideMention(i, k) {
				continue
			}
			if k+1 < len(s.Tokens) && (s.Tokens[k+1].Fold == "of" || s.Tokens[k+1].Kind == text.Word && s.Tokens[k+1].IsUpper() && !contains(commonwealthMissionWords, s.Tokens[k+1].Fold)) {
				continue // "Commonwealth of …", "Commonwealth Games": another name
			}
			if k+2 < len(s.Tokens) && s.Tokens[k+1].Fold == "and" && s.Tokens[k+2].Fold == "development" {
				continue // "Ministry of Foreign Affairs, Commonwealth and Development Affairs": a ministry's name
			}
			if k+2 < len(s.Tokens) && contains([]string{"professionals", "network", "initiative"}, s.Tokens[k+2].Fold) {
				continue // "Commonwealth Election Professionals", "Commonwealth Electoral Network": a programme's or network's name
			}
			mm := Mention{Kind: graph.KindOrganization, Key: "COMMONWEALTH", Via: ViaName, Tok0: k, Tok1: k + 1}
			if o := t.Gaz.Organization("COMMONWEALTH"); o != nil {
				mm.Name = o.NameRu
			}
			span(s, &mm)
			a.addMention(i, mm)
		}
	}
}

// commonwealthMissionWords may follow a bare "Commonwealth" in the name of
// one of its missions or officers ("the Commonwealth Pre-Election
// Assessment team", "Commonwealth Observer Group", "Commonwealth
// Secretary-General").
var commonwealthMissionWords = []string{"observer", "observers", "observation", "election", "elections", "pre-election", "electoral", "expert", "experts", "assessment", "mission", "team", "secretary-general", "deputy", "delegation"}

// orgHeads are the generic head nouns of organisations' names that the
// press uses alone for the organisation named before («Совет», "the
// Association").
var orgHeads = []string{"совет", "организац", "ассоциац", "ассамбле", "комитет", "союз", "содружеств", "council", "organization", "organisation", "association", "assembly", "committee", "union", "forum"}

// shortReference adds the organisation that a capitalised head noun alone
// refers to, named up to eight sentences before: «Эксперты Совета по
// приглашению ЦИК будут наблюдать …» after
// «… Совета сотрудничества тюркоязычных государств …» names that council.
func (t OrganizationTagger) shortReference(a *Analysis, i int) {
	s := a.Sentences[i]
	for k, tok := range s.Tokens {
		if tok.Kind != text.Word || !tok.IsUpper() || k == 0 || a.insideMention(i, k) || !hasAnyPrefix(tok.Fold, orgHeads) {
			continue
		}
		if k+1 < len(s.Tokens) && s.Tokens[k+1].Kind == text.Word && s.Tokens[k+1].IsUpper() && !(s.Tokens[k+1].Fold == "team" && !tok.IsCyrillic()) {
			continue // the start of another name (not "the Forum Team")
		}
		if p := s.Tokens[k-1]; k > 1 && p.Kind == text.Word && p.IsUpper() {
			continue // the end of another name ("the National Assembly")
		}
		stem := text.Stem(tok.Fold)
		found := ""
		for p := i; p >= 0 && p >= i-8 && found == ""; p-- {
			for _, m := range a.mentionsOf(p, graph.KindOrganization) {
				if p == i && m.Tok0 >= k || m.Tok1-m.Tok0 < 2 {
					continue
				}
				// «Совет сотрудничества …» by its first word, "the Pacific
				// Islands Forum" by its last
				if text.Stem(a.Sentences[p].Tokens[m.Tok0].Fold) == stem || !tok.IsCyrillic() && a.Sentences[p].Tokens[m.Tok1-1].Fold == tok.Fold {
					found = m.Key
				}
			}
		}
		if found == "" {
			continue
		}
		mm := Mention{Kind: graph.KindOrganization, Key: found, Via: ViaName, Tok0: k, Tok1: k + 1}
		if o := t.Gaz.Organization(found); o != nil {
			mm.Name = o.NameRu
		}
		span(s, &mm)
		a.addMention(i, mm)
	}
}

// sharedGenitive adds the organ named before «и», "and" that shares the
// organisation written at the end of the next one: «исполком и
// Межпарламентская ассамблея СНГ» names the CIS Executive Committee (CIS)
// too, "the Secretariat and the Parliamentary Assembly of the OSCE".
func (t OrganizationTagger) sharedGenitive(a *Analysis, i int) {
	s := a.Sentences[i]
	for _, m := range a.mentionsOf(i, graph.KindOrganization) {
		k := m.Tok0 - 1
		if k < 1 || s.Tokens[k].Fold != "и" && s.Tokens[k].Fold != "and" {
			continue
		}
		organ := s.Tokens[k-1]
		if organ.Kind != text.Word || a.insideMention(i, k-1) {
			continue
		}
		owner := s.Tokens[m.Tok1-1]
		if m.Tok1-1 > m.Tok0 && s.Tokens[m.Tok1-2].Fold == "of" || owner.Kind != text.Word {
			continue
		}
		r := []rune(organ.Text)
		phrase := strings.ToUpper(string(r[0])) + string(r[1:]) + " " + owner.Text
		toks := text.Tokenize(phrase, 0)
		for _, dm := range t.Gaz.MatchAt(toks, 0) {
			if dm.End == len(toks) && dm.Entry.Kind == gazetteer.OrgName && dm.Entry.Key != m.Key {
				mm := Mention{Kind: graph.KindOrganization, Key: dm.Entry.Key, Via: ViaName, Tok0: k - 1, Tok1: k}
				if o := t.Gaz.Organization(dm.Entry.Key); o != nil {
					mm.Name = o.NameRu
				}
				span(s, &mm)
				a.addMention(i, mm)
				break
			}
		}
	}
}

func indexOf(ms []Mention, m Mention) int {
	for k := range ms {
		if ms[k].Tok0 == m.Tok0 && ms[k].Tok1 == m.Tok1 {
			return k
		}
	}
	return 0
}

// parentOf reports whether organisation parent contains sub.
func parentOf(parent, sub string) bool {
	switch sub {
	case "ODIHR", "OSCE-PA":
		return parent == "OSCE"
	case "CIS-IPA":
		return parent == "CIS"
	case "CSTO-PA":
		return parent == "CSTO"
	case "PACE", "VENICE", "COE-CONGRESS":
		return parent == "COE" // "Parliamentary Assembly of the Council of Europe"
	case "ACP-EU-JPA":
		return parent == "ACP" || parent == "EU"
	case "EALA":
		return parent == "EAC"
	case "NATO-PA":
		return parent == "NATO"
	case "OSCE-HCNM":
		return parent == "OSCE"
	}
	return false
}

// CountryTagger adds the countries named outside other mentions: by name,
// abbreviation, adjective or demonym.
type CountryTagger struct{}

// Run adds country mentions.
func (CountryTagger) Run(a *Analysis) {
	for i, s := range a.Sentences {
		for _, m := range a.dict[i] {
			var via Via
			switch m.Entry.Kind {
			case gazetteer.CountryName:
				if a.nameNotCountry[[2]int{i, m.Start}] {
					continue // «послом Доминикой Вааг»: a given name
				}
				via = ViaName
			case gazetteer.CountryAbbrev:
				via = ViaAbbrev
			case gazetteer.CountryAdj:
				via = ViaAdj
				if a.adjectiveInNameList(i, m) {
					via = ViaName // "Iran, German and Japan": a list of names
				}
			case gazetteer.CountryPeople:
				via = ViaPeople
			case gazetteer.City:
				if m.Entry.Province && m.Start > 0 && (s.Tokens[m.Start-1].Text == "Elections" || s.Tokens[m.Start-1].Text == "Élections") {
					// "Elections Ontario", «Élections Québec»: a province's
					// own election agency
					name := s.Text[s.Tokens[m.Start-1].Start-s.Start : s.Tokens[m.End-1].End-s.Start]
					sm := Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(m.Entry.Key, name), Via: ViaName, Tok0: m.Start - 1, Tok1: m.End, Name: name}
					span(s, &sm)
					a.addMention(i, sm)
					continue
				}
				if !m.Entry.Province || !s.Tokens[m.Start].IsCyrillic() || !a.provinceInCountryList(i, m) {
					continue
				}
				via = ViaName // «наблюдатели из России, Приднестровья и Абхазии»
			default:
				continue
			}
			mm := Mention{Kind: graph.KindCountry, Key: m.Entry.Key, Via: via, Tok0: m.Start, Tok1: m.End}
			span(s, &mm)
			a.addMention(i, mm)
		}
	}
}

// provinceInCountryList reports a province or territory named as an item
// of a list of countries («представители России, ДНР, Нагорного Карабаха и
// Приднестровья»): it stands for its state there, as our annotators key a
// contested territory to the UN member state. The items are dictionary
// matches joined by commas and «и»/"and"; at least one of them is a
// country's name.
func (a *Analysis) provinceInCountryList(i int, m gazetteer.Match) bool {
	toks := a.Sentences[i].Tokens
	joiner := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Text == "," || toks[k].Fold == "и" || toks[k].Fold == "and")
	}
	item := func(d gazetteer.Match) bool {
		return d.Entry.Kind == gazetteer.CountryName || d.Entry.Kind == gazetteer.City && d.Entry.Province
	}
	at := map[int]gazetteer.Match{} // by start and by end+1
	ends := map[int]gazetteer.Match{}
	for _, d := range a.dict[i] {
		if item(d) {
			at[d.Start] = d
			ends[d.End] = d
		}
	}
	for d, ok := m, true; ok; d, ok = ends[d.Start-1] {
		if d.Entry.Kind == gazetteer.CountryName {
			return true
		}
		if !joiner(d.Start - 1) {
			break
		}
	}
	for d, ok := m, true; ok; d, ok = at[d.End+1] {
		if d.Entry.Kind == gazetteer.CountryName {
			return true
		}
		if !joiner(d.End) {
			break
		}
	}
	return false
}

// adjectiveInNameList reports an English country adjective written as an
// item of a list of country names ("Iran, German and Japan"): a country
// name before it, list punctuation on both sides, no noun after it.
func (a *Analysis) adjectiveInNameList(i int, m gazetteer.Match) bool {
	toks := a.Sentences[i].Tokens
	if m.Start < 2 || m.End >= len(toks) || toks[m.Start].IsCyrillic() {
		return false
	}
	if p := toks[m.Start-1]; p.Text != "," && p.Fold != "and" {
		return false
	}
	if n := toks[m.End]; n.Text != "," && n.Fold != "and" && n.Text != "." {
		return false
	}
	for _, d := range a.dict[i] {
		if d.End == m.Start-1 && d.Entry.Kind == gazetteer.CountryName {
			return true
		}
	}
	return false
}

// countryNamedLast returns the country named last before token k of
// sentence i, or in the two sentences before it; "" when none is.
func (a *Analysis) countryNamedLast(i, k int) string {
	for b := i; b >= 0 && b >= i-2; b-- {
		cc, end := "", -1
		for _, dm := range a.dict[b] {
			if (dm.Entry.Kind == gazetteer.CountryName || dm.Entry.Kind == gazetteer.CountryAbbrev) && (b < i || dm.End <= k) && dm.End > end {
				cc, end = dm.Entry.Key, dm.End
			}
		}
		if cc != "" {
			return cc
		}
	}
	return ""
}

// homeParliamentIn reports a sentence that names the home country's own
// parliament by its name («Меджлис» in an article from Ashgabat).
func (a *Analysis) homeParliamentIn(i int) bool {
	if a.Home == "" || a.Home == "??" {
		return false
	}
	gov := graph.GovernmentKey(a.Home)
	return slices.ContainsFunc(a.Mentions[i], func(m Mention) bool {
		return m.Kind == graph.KindGovernment && m.Via == ViaAgency && m.Key == gov && a.parliamentName(i, m.Tok0, m.Tok1)
	})
}

// nationalNameWithoutCountry reports a name of two or more words that a
// name of the home country's national body begins with, followed by the
// country only («Республиканская избирательная комиссия» of «…
// комиссия Сербии»).
func (a *Analysis) nationalNameWithoutCountry(name string) bool {
	f := text.Fold(name)
	if len(strings.Fields(f)) < 2 || a.Home == "" || a.Home == "??" {
		return false
	}
	for _, n := range a.gaz.BodyNames(a.Home) {
		rest, ok := strings.CutPrefix(text.Fold(n), f+" ")
		if ok && len(strings.Fields(rest)) <= 3 {
			return true
		}
	}
	return false
}

// foreignBodyOfThatName returns the key of the one body of another country
// than the home that the article names, with its country, by a name of
// two or more Latin words that unqualified mention m repeats ("the UK
// Electoral Commission" for "the Electoral Commission"), when the home
// body is never called so, in the article or in the dictionary, and the
// sentence of m (at) does not name that body too; "" otherwise.
func (a *Analysis) foreignBodyOfThatName(at int, m Mention) string {
	name := text.Fold(a.Text[m.Start:m.End])
	if len(strings.Fields(name)) < 2 || !isLatin(name) || a.Home == "" || a.Home == "??" {
		return ""
	}
	home := graph.BodyKey(a.Home)
	for _, n := range a.gaz.BodyNames(a.Home) {
		if containsWords(text.Fold(n), name) {
			// ("the Election Commission" in an article about India's,
			// whose dictionary name it is part of)
			return ""
		}
	}
	found, sameSentence := "", false
	for i := range a.Mentions {
		for _, o := range a.Mentions[i] {
			if o.Kind != graph.KindBody || o.Via == ViaImplicit || o.Key == "" || strings.HasPrefix(o.Key, "??") {
				continue
			}
			if !containsWords(text.Fold(a.Text[o.Start:o.End]), name) {
				continue
			}
			if a.rosterTitleOf(i, o) || a.rosterAffiliation(i, o.Tok0) {
				continue // a listed guest's body ("Chairman of the X, N. Name")
			}
			switch {
			case o.Key == home:
				return "" // the home body goes by that name too
			case found != "" && found != o.Key:
				return ""
			}
			found = o.Key
			sameSentence = sameSentence || i == at
		}
	}
	if sameSentence {
		// "the proposal of the Election Commission to sign an MoU with
		// the Election Commission of Maldives": another body than the one
		// it meets
		return ""
	}
	return found
}

// containsWords reports whether the words of phrase stand together in s.
func containsWords(s, phrase string) bool {
	return strings.Contains(" "+s+" ", " "+phrase+" ")
}

// isLatin reports whether s has no Cyrillic letter.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return true
}

// thatCountrysAt reports "that country's", "the country's" or "this
// country's" just before token k.
func thatCountrysAt(toks []text.Token, k int) bool {
	if k >= 2 && (toks[k-1].Fold == "country's" || toks[k-1].Fold == "country’s") {
		d := toks[k-2].Fold
		return d == "that" || d == "the" || d == "this"
	}
	if k >= 3 && toks[k-2].Fold == "country" && (toks[k-1].Fold == "'s" || toks[k-1].Fold == "’s" || toks[k-1].Fold == "s") {
		d := toks[k-3].Fold
		return d == "that" || d == "the" || d == "this"
	}
	return false
}

// countryNamedBefore returns the country named last before token k of
// sentence i, else in the sentence before, or "".
func (a *Analysis) countryNamedBefore(i, k int) string {
	for n := i; n >= 0 && n >= i-1; n-- {
		cc := ""
		for _, m := range a.Mentions[n] {
			if n == i && m.Tok0 >= k {
				break
			}
			if m.Kind == graph.KindCountry && m.Via == ViaName {
				cc = m.Key
			}
		}
		if cc != "" {
			return cc
		}
	}
	return ""
}

// fullSubBodyNames keys a regional commission the article names both as
// «избирком Псковской области» and as «Избирательная комиссия Псковской
// области» by its full name, so that the two are one party.
func (a *Analysis) fullSubBodyNames() {
	full := map[string]Mention{} // the words after the head, stemmed → the full-named mention
	short := false
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindSubBody {
				continue
			}
			f := text.Fold(m.Name)
			if rest, ok := strings.CutPrefix(f, "избирательная комиссия "); ok {
				full[graph.CountryOf(m.Key)+" "+stemWords(rest)] = m
			} else if strings.HasPrefix(f, "избирком") {
				short = true
			}
		}
	}
	if len(full) == 0 || !short {
		return
	}
	for i := range a.Mentions {
		for k := range a.Mentions[i] {
			m := &a.Mentions[i][k]
			if m.Kind != graph.KindSubBody {
				continue
			}
			head, rest, ok := strings.Cut(text.Fold(m.Name), " ")
			if !ok || !strings.HasPrefix(head, "избирком") {
				continue
			}
			if o, ok := full[graph.CountryOf(m.Key)+" "+stemWords(rest)]; ok {
				m.Key, m.Name = o.Key, o.Name
			}
		}
	}
}

// stemWords is the first five letters of each word of s: «Псковской
// области» and «Псковская область» agree.
func stemWords(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// bodyAbbrevs are the abbreviations of election bodies' generic names that
// the press joins to a country's name by a hyphen ("NEC-Liberia",
// "INEC-Nigeria", "CEC-Georgia") to say whose body it is.
var bodyAbbrevs = map[string]bool{"NEC": true, "INEC": true, "CEC": true, "IEC": true, "EC": true, "NEA": true, "CENI": true, "CENA": true}

// hyphenCountryBodies tags "NEC-Sierra Leone", "NEC-Liberia" as the
// election body of the country after the hyphen, and a body named just
// before it by "or" or in brackets ("the Independent National Electoral
// Commission or NEC-Sierra Leone") as the same body.
func (a *Analysis) hyphenCountryBodies() {
	for i, s := range a.Sentences {
		toks := s.Tokens
		for k := 0; k < len(toks); k++ {
			abbr, rest, ok := strings.Cut(toks[k].Text, "-")
			if !ok || !bodyAbbrevs[abbr] || rest == "" || a.insideMention(i, k) && !a.bodyMentionAt(i, k) {
				continue
			}
			// the country's name, of one word or going on past the token
			key, end := "", k+1
			if cc := a.keyByName(rest, gazetteer.CountryName); cc != "" {
				key = cc
			}
			if k+1 < len(toks) && toks[k+1].Kind == text.Word && toks[k+1].IsUpper() {
				if cc := a.keyByName(rest+" "+toks[k+1].Text, gazetteer.CountryName); cc != "" {
					key, end = cc, k+2
				}
			}
			if key == "" {
				continue
			}
			body := graph.BodyKey(key)
			a.Mentions[i] = slices.DeleteFunc(a.Mentions[i], func(m Mention) bool { return m.Tok0 < end && k < m.Tok1 })
			m := Mention{Kind: graph.KindBody, Key: body, Via: ViaName, Tok0: k, Tok1: end}
			span(s, &m)
			a.addMention(i, m)
			if k >= 1 && (toks[k-1].Fold == "or" || toks[k-1].Text == "(") {
				for n := range a.Mentions[i] {
					if o := &a.Mentions[i][n]; o.Kind == graph.KindBody && o.Tok1 == k-1 && o.Key != body {
						o.Key = body // ("… Commission or NEC-Sierra Leone": one body)
					}
				}
			}
			k = end - 1
		}
	}
}

// bodyCountryAfterComma rekeys an English body name that several
// countries' bodies share, set off by a comma from a country in a roster
// ("Chairman, Interim Independent Electoral Commission, Kenya"), as that
// country's body: the country says whose it is.
func (a *Analysis) bodyCountryAfterComma() {
	for i, s := range a.Sentences {
		toks := s.Tokens
		for n := range a.Mentions[i] {
			m := &a.Mentions[i][n]
			if m.Kind != graph.KindBody || m.Via != ViaName || toks[m.Tok0].IsCyrillic() || m.Tok1+1 >= len(toks) || toks[m.Tok1].Text != "," {
				continue
			}
			for _, c := range a.Mentions[i] {
				if c.Kind != graph.KindCountry || c.Tok0 != m.Tok1+1 || c.Via == ViaAdj || c.Key == graph.CountryOf(m.Key) {
					continue
				}
				if e := c.Tok1; e == len(toks) || toks[e].Text == "," || toks[e].Text == "." || toks[e].Text == ";" || isConj(toks[e]) {
					m.Key = graph.BodyKey(c.Key)
				}
			}
		}
	}
}

// bodyMentionAt reports a body mention of sentence i that starts at token k.
func (a *Analysis) bodyMentionAt(i, k int) bool {
	for _, m := range a.Mentions[i] {
		if m.Tok0 == k && m.Kind == graph.KindBody {
			return true
		}
	}
	return false
}

// shortCentralCommission tags a bare «Центральная комиссия» (no
// «избирательная») as the one body the article named by a full name that
// begins so: Belarus's «Центральная комиссия Республики Беларусь по выборам
// и проведению республиканских референдумов» and Kyrgyzstan's «Центральная
// комиссия по выборам и проведению референдумов» go by the short form in
// their own press («члены Центральной комиссии встретились …»), which is
// not the home country's commission.
func (a *Analysis) shortCentralCommission() {
	if a.Doc.Language == "en" {
		return
	}
	key := ""
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			toks := a.Sentences[i].Tokens
			if m.Kind != graph.KindBody || m.Key == "" || strings.HasPrefix(m.Key, "??") || m.Tok1-m.Tok0 < 3 || !strings.HasPrefix(toks[m.Tok0].Fold, "центральн") || !strings.HasPrefix(toks[m.Tok0+1].Fold, "комисси") {
				continue
			}
			if key != "" && key != m.Key {
				return // two such bodies: the short form names neither
			}
			key = m.Key
		}
	}
	if key == "" {
		return
	}
	for i, s := range a.Sentences {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			if !strings.HasPrefix(toks[k].Fold, "центральн") || !strings.HasPrefix(toks[k+1].Fold, "комисси") || !toks[k].IsUpper() || a.insideMention(i, k) || a.insideMention(i, k+1) {
				continue
			}
			m := Mention{Kind: graph.KindBody, Key: key, Via: ViaName, Tok0: k, Tok1: k + 2}
			span(s, &m)
			a.addMention(i, m)
		}
	}
}

// HomeResolver decides the article's home country — the country of its
// first qualified national electoral body, else of a dateline city, else
// the most named country, else the configured default — and gives
// unqualified bodies their key.
type HomeResolver struct{}

// Run sets a.Home and resolves implicit mentions.
func (HomeResolver) Run(a *Analysis) {
	a.hyphenCountryBodies()
	a.bodyCountryAfterComma()
	a.shortCentralCommission()
	a.fullSubBodyNames()
	if a.Home == "" {
		a.homeFromText = true // inferHome clears it when it falls back
		a.Home = a.inferHome()
	}
	govKey := ""  // of "The Government", decided at its first mention
	subHome := "" // of a sub-national body named without its place, at its first
	province := a.homeProvinceCommission()
	restated := a.headlineRestated()
	for i := range a.Mentions {
		for k := range a.Mentions[i] {
			m := &a.Mentions[i][k]
			if i == 0 && restated != "" && m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody {
				// «Глава ЦИК выступил …» over «Председатель ЦИК Республики
				// Казахстан … выступил …»: the lead says whose
				m.Key = restated
				continue
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody {
				if p, ok := provinceCommissionBefore(a.Mentions[i][:k]); ok {
					// «председатель ЦИК Гагаузии Яна К., секретарь ЦИК
					// Елена Г.»: the province's commission named just before
					m.Kind, m.Key, m.Name = graph.KindSubBody, p.Key, p.Name
					continue
				}
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody && province.Key != "" {
				// «ЦИК» after «ЦИК Гагаузии» opened the article
				m.Kind, m.Key, m.Name = graph.KindSubBody, province.Key, province.Name
				continue
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody {
				if cc := a.ledDelegationsCountry(i, m.Tok0); cc != "" {
					// «белорусская делегация во главе с секретарем
					// Центральной избирательной комиссии»: the delegation's
					// own commission
					m.Key = graph.BodyKey(cc)
					continue
				}
				if cc := a.representedBy(i, m.Tok0); cc != "" {
					// "State of Palestine, represented by the Central
					// Elections Commission": that state's body
					m.Key = graph.BodyKey(cc)
					continue
				}
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody && thatCountrysAt(a.Sentences[i].Tokens, m.Tok0) {
				if cc := a.countryNamedBefore(i, m.Tok0); cc != "" {
					// "going to Zimbabwe at the invitation of that
					// country's electoral commission": the country named
					// last
					m.Key = graph.BodyKey(cc)
					continue
				}
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindBody {
				if k := a.foreignBodyOfThatName(i, *m); k != "" {
					// "a visit to the United Kingdom at the invitation of the
					// Chair of the Electoral Commission", then "the UK
					// Electoral Commission": that one, not the home body
					m.Key = k
					continue
				}
			}
			if m.Via == ViaRegional && m.Key == "" {
				m.Key = graph.GovernmentKey(a.Home) // «областное министерство»: the home region's
				continue
			}
			if m.Via == ViaImplicit && m.Key == "" && m.Kind == graph.KindGovernment && m.Tok1-m.Tok0 > 1 && a.namesOtherCountry(i) {
				// "meetings with the Directorate of Elections, Ministry of
				// Interior, and the Hellenic Republic": a ministry in a
				// sentence about another country may be that country's
				m.Key = "??/GOV"
				continue
			}
			if m.Via == ViaImplicit && m.Key == "" {
				m.Key = graph.BodyKey(a.Home)
				if toks := a.Sentences[i].Tokens; m.Kind == graph.KindGovernment && m.Tok0 > 0 && (toks[m.Tok0-1].Fold == "national" || toks[m.Tok0-1].Fold == "state") && a.Home != "??" {
					// "the national authorities": of the country the
					// article is about, by their own word
					m.Key = graph.GovernmentKey(a.Home)
					continue
				}
				if m.Kind == graph.KindGovernment {
					// "The Government": only of a country the article
					// places itself in (its dateline), names the body of,
					// or ties itself to by a home signal ("the harmonised
					// elections", a parliament's own name)
					if govKey == "" {
						govKey = "??/GOV"
						if a.homeFromText && (a.datelineCountry() == a.Home || a.namesBody(graph.BodyKey(a.Home)) || a.homeSignalled) {
							govKey = graph.GovernmentKey(a.Home)
						}
					}
					m.Key = govKey
				}
			}
			if m.Kind == graph.KindSubBody && strings.HasPrefix(m.Key, "??/") {
				// «ТИК Ленинского округа», «крайизбирком»: of the country
				// whose regions and towns the article names, else the home
				if subHome == "" {
					subHome = a.Home
					if cc := a.placesCountry(); cc != "" {
						subHome = cc
					}
				}
				m.Key = graph.SubBodyKey(subHome, m.Name)
			}
			if m.Kind == graph.KindSubBody && graph.CountryOf(m.Key) == a.Home && a.nationalNameWithoutCountry(m.Name) {
				// «по приглашению Республиканской избирательной комиссии»
				// in an article on Serbia: its national body, whose name
				// is that and the country's
				m.Kind, m.Key, m.Name = graph.KindBody, graph.BodyKey(a.Home), ""
			}
			if m.Kind == graph.KindNGO && strings.HasPrefix(m.Key, "??/") {
				m.Key = graph.NGOKey(a.Home, m.Name)
			}
		}
	}
}

// placesCountry returns the country whose places the article names, when
// they are all of one country: its regions («Пермского края»), provinces,
// and towns other than its capital («Калуга»), since a capital is where
// delegations go as much as where they come from; else "".
func (a *Analysis) placesCountry() string {
	cc := ""
	for i := range a.Sentences {
		for _, dm := range a.dict[i] {
			if dm.Entry.Kind != gazetteer.Region && (dm.Entry.Kind != gazetteer.City || dm.Entry.Capital) {
				continue
			}
			if cc != "" && cc != dm.Entry.Key {
				return ""
			}
			cc = dm.Entry.Key
		}
	}
	return cc
}

// envoyCountry reports a country mention m of sentence i that qualifies an
// embassy or an envoy: "the U.S. Ambassador", "U.S. Embassy", «посол США»,
// «посольства Японии».
func (a *Analysis) envoyCountry(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	envoy := []string{"ambassador", "embassy", "envoy", "посол", "посла", "послом", "посольств"}
	if m.Tok1 < len(toks) && hasAnyPrefix(toks[m.Tok1].Fold, envoy) {
		return true
	}
	k := m.Tok0 - 1
	for k >= 0 && m.Tok0-k <= 2 && (toks[k].Fold == "of" || toks[k].Fold == "the") {
		k-- // "the Ambassador of the United States"
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, envoy)
}

// headlineRestated returns the body of the lead's subject when the lead
// restates the headline — the same verb, the headline's subject an
// unqualified «ЦИК» («Глава ЦИК выступил на конференции в Кишиневе» over
// «Председатель ЦИК Республики Казахстан Нурлан Абдиров выступил …») — else
// "". The headline's «ЦИК» is then that body, whatever the dateline says.
func (a *Analysis) headlineRestated() string {
	if len(a.Sentences) < 2 {
		return ""
	}
	toks := a.Sentences[0].Tokens
	v0 := firstPastVerb(toks)
	if v0 >= len(toks) {
		return ""
	}
	implicit := false
	for _, m := range a.Mentions[0] {
		if m.Tok0 < v0 && m.Via == ViaImplicit && m.Kind == graph.KindBody {
			implicit = true
		}
		if m.Tok0 < v0 && m.Via != ViaImplicit {
			return "" // the headline names its subject itself
		}
	}
	if !implicit {
		return ""
	}
	stem := []rune(toks[v0].Fold)
	if len(stem) < 5 {
		return ""
	}
	for i := 1; i < len(a.Sentences) && i <= 3; i++ {
		st := a.Sentences[i].Tokens
		v := -1
		for k, t := range st {
			if t.Kind == text.Word && pastVerb(t.Fold) && strings.HasPrefix(t.Fold, string(stem[:5])) {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Tok0 >= v {
				break
			}
			switch {
			case m.Kind == graph.KindBody && (m.Via == ViaName || m.Via == ViaAbbrev) && m.Key != "":
				return m.Key
			case m.Kind == graph.KindPerson && graph.KindOf(m.Org) == graph.KindBody:
				return m.Org
			}
		}
		return ""
	}
	return ""
}

// provinceCommissionBefore returns the central commission of a province
// («ЦИК Гагаузии») among the mentions before, when no national body with
// a name of its own comes after it.
func provinceCommissionBefore(before []Mention) (Mention, bool) {
	for n := len(before) - 1; n >= 0; n-- {
		m := before[n]
		switch {
		case m.Kind == graph.KindBody && m.Via != ViaImplicit:
			return Mention{}, false
		case m.Kind == graph.KindSubBody && hasAnyPrefix(text.Fold(m.Name), []string{"цик ", "центральн", "центризбирком"}):
			return m, true
		}
	}
	return Mention{}, false
}

// homeProvinceCommission returns the central commission of a province
// («ЦИК Гагаузии», «Центральная избирательная комиссия Республики
// Татарстан») when it is the first election body the article names and
// the article never names its state's national body: the body an
// unqualified «ЦИК» of that article means.
func (a *Analysis) homeProvinceCommission() Mention {
	if len(a.provinceKeys) == 0 {
		return a.electionProvinceCommission()
	}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			switch {
			case m.Kind == graph.KindBody && m.Key != "":
				return Mention{}
			case m.Kind == graph.KindSubBody && newsSourceAt(a.Sentences[i].Tokens, m.Tok0):
				// «… сообщили в Избиркоме Бурятии»: where the news came
				// from, not whose «Центризбирком» the article's is
				continue
			case m.Kind == graph.KindSubBody:
				name := text.Fold(m.Name)
				if !hasAnyPrefix(name, []string{"цик ", "центральн", "центризбирком", "избирком ", "central"}) {
					return Mention{}
				}
				cc, _, _ := strings.Cut(m.Key, "/")
				if a.namesBody(graph.BodyKey(cc)) {
					return Mention{}
				}
				return m
			}
		}
	}
	return Mention{}
}

// electionProvince returns the province or territory whose election the
// article's title or lead is about («Выборы в Южной Осетии», "the
// elections in Gagauzia"), with the province's words as the text writes
// them, or "" when there is none.
func (a *Analysis) electionProvince() (cc string, words []string) {
	for i := 0; i < 2 && i < len(a.Sentences); i++ {
		toks := a.Sentences[i].Tokens
		for k, t := range toks {
			if !hasAnyPrefix(t.Fold, []string{"выбор", "референдум", "голосован", "election", "referendum", "poll"}) {
				continue
			}
			for j := k + 1; j < len(toks)-1 && j <= k+4; j++ {
				if f := toks[j].Fold; f != "в" && f != "на" && f != "in" {
					continue
				}
				if !a.territoryAt(i, j+1) {
					continue
				}
				d := a.dictAt(i, j+1)
				for n := d.Start; n < d.End; n++ {
					words = append(words, toks[n].Text)
				}
				return d.Entry.Key, words
			}
		}
	}
	return "", nil
}

// electionProvinceCommission is the central commission of the province
// whose election the article is about, when the article names no
// commission of its own: the body its unqualified «ЦИК» means («ЦИК Южной
// Осетии» in an article on «Выборы в Южной Осетии»), named with the
// province in the genitive.
func (a *Analysis) electionProvinceCommission() Mention {
	cc, words := a.electionProvince()
	if cc == "" || !isCyrillicWord(words[0]) || a.namesBody(graph.BodyKey(cc)) {
		return Mention{}
	}
first:
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody {
				if m.Key != "" {
					return Mention{} // «ЦИК России» before: «ЦИК» may be its
				}
				break first
			}
		}
	}
	for n, w := range words {
		words[n] = prepositionalToGenitive(w)
	}
	name := "ЦИК " + strings.Join(words, " ")
	return Mention{Kind: graph.KindSubBody, Key: graph.SubBodyKey(cc, name), Name: name}
}

// nominativeToGenitive puts a Russian place name in the nominative into
// the genitive, word by word: «Приднестровье» → «Приднестровья», «Южная
// Осетия» → «Южной Осетии», «Нагорный Карабах» → «Нагорного Карабаха»,
// «Нахичевань» → «Нахичевани»; abbreviations stay.
func nominativeToGenitive(name string) string {
	words := strings.Fields(name)
	for n, w := range words {
		r := []rune(w)
		if len(r) < 3 || unicode.IsUpper(r[len(r)-1]) {
			continue
		}
		stem2, stem1 := string(r[:len(r)-2]), string(r[:len(r)-1])
		switch {
		case strings.HasSuffix(w, "ая"):
			words[n] = stem2 + "ой"
		case strings.HasSuffix(w, "ый") || strings.HasSuffix(w, "ий") || strings.HasSuffix(w, "ое"):
			words[n] = stem2 + "ого"
		case strings.HasSuffix(w, "ье"):
			words[n] = stem1 + "я"
		case strings.HasSuffix(w, "ия") || strings.HasSuffix(w, "я") || strings.HasSuffix(w, "ь"):
			words[n] = stem1 + "и"
		case strings.HasSuffix(w, "а"):
			if strings.ContainsRune("кгхжшчщ", r[len(r)-2]) {
				words[n] = stem1 + "и"
			} else {
				words[n] = stem1 + "ы"
			}
		case !strings.ContainsRune("аеёиоуыэюя", r[len(r)-1]):
			words[n] = w + "а"
		}
	}
	return strings.Join(words, " ")
}

// prepositionalToGenitive turns a Russian place word from «в …» into the
// genitive: «Карабахе» → «Карабаха», «Приднестровье» → «Приднестровья»,
// «Нагорном» → «Нагорного»; «Осетии», «Южной», «ДНР» stay.
func prepositionalToGenitive(w string) string {
	r := []rune(w)
	if len(r) < 4 || unicode.IsUpper(r[len(r)-1]) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ье"):
		return string(r[:len(r)-1]) + "я"
	case strings.HasSuffix(w, "ом"):
		return string(r[:len(r)-2]) + "ого"
	case strings.HasSuffix(w, "е") && !strings.ContainsRune("аеёиоуыэюяь", r[len(r)-2]):
		return string(r[:len(r)-1]) + "а"
	}
	return w
}

// home returns the home country while tagging (resolved later).
func (a *Analysis) home() string {
	if a.Home != "" {
		return a.Home
	}
	return "??"
}

// opensListItem reports a name at byte b that opens an item of a list,
// after only a number and a dot or bracket, or a dash or bullet, on its
// line («2. Центральная избирательная комиссия Грузии»).
func (a *Analysis) opensListItem(b int) bool {
	ls := strings.LastIndexByte(a.Text[:b], '\n') + 1
	lead := strings.TrimSpace(a.Text[ls:b])
	return lead != "" && len(lead) <= 5 && listItemLine(lead+" ")
}

func (a *Analysis) inferHome() string {
	dateline := a.datelineCountry()
	named := func(i int, m Mention) bool {
		// not an item of a list of bodies ("national election
		// commissioners from Indonesia, Thailand …"): the visitors; nor
		// a plural head («Избирательные органы США и ряда стран ЕС»)
		return m.Kind == graph.KindBody && (m.Via == ViaName || m.Via == ViaAbbrev) && m.Key != "" && !m.Plural && !isPluralHead(a.Sentences[i].Tokens[m.Tok0:m.Tok1])
	}
	// a body named as a partner («… с ЦИК Монголии», «with the CEC of …») says
	// little about whose article it is
	var partner func(i int, m Mention) bool
	partner = func(i int, m Mention) bool {
		if a.opensListItem(a.Sentences[i].Tokens[m.Tok0].Start) {
			// «Работать на выборах будут:\n1. Национальная избирательная
			// комиссия Кореи …»: an item of a numbered or dashed list
			return true
		}
		if m.Tok0 == 0 {
			return false
		}
		if p := m.Tok0 - 1; p >= 1 && a.Sentences[i].Tokens[p].Text == "(" {
			// "a delegation from the National Electoral Commission of
			// Sierra Leone (NEC SL)": the abbreviation in brackets is the
			// name before it again, a partner as much as it
			toks := a.Sentences[i].Tokens
			for _, o := range a.Mentions[i] {
				if o.Key != m.Key || o.Tok1 != p {
					continue
				}
				k := o.Tok0 - 1
				if k > 0 && toks[k].Fold == "the" {
					k--
				}
				if k >= 0 && contains([]string{"from", "with", "by", "от", "из", "с", "со"}, toks[k].Fold) {
					return partner(i, o)
				}
			}
		}
		// "…, the (National) Independent Election Commission of Guinea": past
		// the article and the name's words the mention left out
		for n := 0; n < 4 && m.Tok0 > 1; n++ {
			if t := a.Sentences[i].Tokens[m.Tok0-1]; t.Fold == "the" || t.Kind == text.Word && t.IsUpper() && !t.IsCyrillic() {
				m.Tok0--
				continue
			}
			break
		}
		if p := m.Tok0 - 1; p >= 0 {
			switch a.Sentences[i].Tokens[p].Text {
			case "•", "·", "▪":
				return true // an item of a bulleted list of partners
			}
		}
		if a.rosterAffiliation(i, m.Tok0) || a.rosterTitleOf(i, m) {
			// "… with Ms. X, Commissioner, Federal Election Commission,
			// USA, Mr. Y, Chairman, …": a listed person's body
			return true
		}
		if p := m.Tok0 - 1; p >= 0 && (isConj(a.Sentences[i].Tokens[p]) || a.Sentences[i].Tokens[p].Text == ",") && a.governed(i, m) {
			// a later item of a list after «с», "with", "between"
			return true
		}
		toks := a.Sentences[i].Tokens
		k := m.Tok0 - 1
		if k > 0 && toks[k].Fold == "the" {
			k-- // "with the Central Election Commission of …"
		}
		// «встретился с делегацией Избирательной комиссии Кореи», "met the
		// delegation of …": past the people who stand for the body
		for n := 0; n < 4 && k > 0; n++ {
			f := toks[k].Fold
			if f == "of" || f == "the" || isAdjective(f) || hasAnyPrefix(f, []string{"делегаци", "представител", "руководств", "руководител", "председател", "глав", "коллег", "посл", "член", "сотрудник", "эксперт", "delegation", "representative", "head", "chair", "member", "colleague", "secretary", "deputy", "vice", "commissioner"}) {
				k--
				continue
			}
			break
		}
		if toks[k].Kind == text.Number || contains(numberWords, toks[k].Fold) {
			// «один представитель ЦИК России», "two members of the
			// Election Commission of Nepal": people counted from a body are
			// its guests'
			return true
		}
		switch toks[k].Fold {
		case "посетил", "посетила", "посетили", "посетит", "visited":
			// «ЗАМЕСТИТЕЛЬ ПРЕДСЕДАТЕЛЯ ЦИК … ПОСЕТИЛ ИЗБИРАТЕЛЬНУЮ КОМИССИЮ
			// МАЛЬДИВ»: the home's unqualified «ЦИК» visits a partner; a
			// visit by a mission or an organisation leaves the article the
			// visited body's
			for _, o := range a.Mentions[i] {
				if o.Tok1 <= k && o.Kind == graph.KindBody && o.Via == ViaImplicit {
					return true
				}
			}
			return false
		case "с", "со", "with", "между", "and", "и", "from", "met", "received", "принял", "приняла", "by", "for", "для", "адрес", "от", "из":
			// («наблюдатели от ЦИК России»: whence guests came)
			// («в адрес ЦИК Монголии»: to whom something was sent)
			return true
		case ",":
			// «встретился с председателями ЦИК Азербайджана, Молдовы,
			// членами ЦИК Турции»: a later item of the list after «с»
			return a.governed(i, m)
		}
		return false
	}
	for i := range a.Mentions {
		if i >= 4 {
			break
		}
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && m.Via == ViaImplicit {
				if cc := a.representedBy(i, m.Tok0); cc != "" {
					// "State of Palestine, represented by the Central
					// Elections Commission (CEC), participated …": the
					// lead's own commission
					return cc
				}
			}
		}
	}
	// the dateline's country, unless an English lead names another
	// country's body ("STOCKHOLM – International IDEA and the National
	// Election Commission of Korea …": the article is Korea's; in the
	// Russian-language press the dateline is the home far more often)
	if dateline != "" && dateline == a.headlineCountry() {
		return dateline
	}
	if dateline != "" {
		agency := ""
		if a.Doc.Language != "en" && !a.countryMentioned(dateline) {
			// in Russian, when a national news agency of another country
			// wrote it and the text never names the dateline's country
			// again: «БУЭНОС-АЙРЕС, 18 августа. /ТАСС/. Центральная
			// избирательная комиссия России пригласила …», a
			// correspondent's town (not «АСТАНА, 5 мая. Член ЦИК
			// Таджикистана … награжден медалью «Сайлау»»: at home)
			if ag := a.agencyHome(); ag != "" && ag != dateline {
				agency = ag
			}
		}
		if a.Doc.Language == "en" || agency != "" {
			limit := 3
			if agency != "" {
				limit = 4 // («БУЭНОС-АЙРЕС, 18 августа.» and «/ТАСС/.» may be two)
			}
		lead:
			for i := range a.Mentions {
				if i >= limit {
					break
				}
				for _, m := range a.Mentions[i] {
					if named(i, m) && !partner(i, m) && a.subjectPosition(i, m) {
						if cc := graph.CountryOf(m.Key); cc != dateline && (agency == "" || cc == agency) {
							return cc
						}
						break lead // the first body named is the dateline's
					}
				}
			}
		}
		return dateline
	}
	if cc := a.ownNameCountry(); cc != "" {
		// "The Elections Commission (EC) has invited …" in an article that
		// names the Maldives: of the named countries, only the Maldives'
		// body bears that very name
		return cc
	}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if named(i, m) && m.Via == ViaAbbrev && !partner(i, m) {
				return graph.CountryOf(m.Key)
			}
		}
	}
	for i := range a.Mentions {
		if i >= 4 {
			break
		}
		for _, m := range a.Mentions[i] {
			if named(i, m) && !partner(i, m) {
				if cc := a.guestArrivedIn(m.Key); cc != "" && cc != graph.CountryOf(m.Key) {
					// «Председатель ЦИК Узбекистана X, прибывший в Казахстан
					// в качестве наблюдателя, …»: a guest; the story is the
					// country he came to
					return cc
				}
				return graph.CountryOf(m.Key)
			}
		}
	}
	if cc := a.signalledHome(); cc != "" {
		a.homeSignalled = true
		return cc
	}
	if cc := a.narratorsCountry(); cc != "" {
		return cc
	}
	// «возглавит делегацию российского Центризбиркома», "the Kazakh CEC":
	// a commission named by its country's adjective, not as a partner
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind == graph.KindBody && m.Via == ViaAdj && !m.Plural && m.Key != "" && !partner(i, m) && a.commissionHead(i, m) {
				return graph.CountryOf(m.Key)
			}
		}
	}
	counts := map[string]int{}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if named(i, m) && !partner(i, m) {
				return graph.CountryOf(m.Key)
			}
			if m.Kind == graph.KindCountry && a.envoyCountry(i, m) {
				// "the U.S. Ambassador", «посольство Японии»: a foreign
				// envoy's state is no article's home
				continue
			}
			if m.Kind == graph.KindCountry && a.observersOrigin(i, m) {
				// «наблюдатели от Канады, Республики Корея …»: whence the
				// guests came, not where they are
				continue
			}
			if m.Kind == graph.KindCountry && !a.territoryAt(i, m.Tok0) || a.ownLeader(i, m) && !partner(i, m) || domesticAgency(a.Sentences[i].Tokens, m) || a.ownGovernment(i, m) {
				counts[graph.CountryOf(m.Key)]++
			}
		}
	}
	best, n := mostCounted(counts)
	if a.Doc.Language == "en" && n < 3 && len(counts) >= 5 {
		// an English list of many countries, none named much more than
		// the others, no dateline and no body of its own: nobody's home
		a.homeFromText = false
		return "??"
	}
	if n >= 2 && !a.tiedCount(counts, n) || n == 1 && len(counts) == 1 && (a.Doc.Language == "en" || !a.countryPartner()) {
		// the default home is a setting for the Russian-language press; an
		// English article about one named country is that country's, and
		// so is a Russian one whose only country is no counterpart
		// («… в соответствии с законодательством Республики Молдова»)
		return best
	}
	if a.Doc.Language == "en" && a.HomeDefault != "" && len(counts) == 0 {
		// an English article that names no country: its "Election
		// Commission" is nobody we know, not the default's
		return "??"
	}
	if cc := a.onlyElectionCountry(); cc != "" {
		// «На выборы народных депутатов Украины ЦИК зарегистрировала …
		// наблюдателей … от Германии, Швеции»: the commission that runs
		// the one election the article places
		return cc
	}
	if cc := a.agencyHome(); cc != "" {
		// «…, передает «УНИАН»», «/Корр. БЕЛТА/»: a press release of a
		// national news agency about a commission the text never places
		// is about the agency's own country's
		return cc
	}
	a.homeFromText = false
	if cc, clear := a.mostNamedCountry(partner); cc != "" {
		// the country whose own actors, cities and regions the article
		// names most: a better guess than the setting, which holds for few
		// of the articles that name no home of their own; an English
		// article that names it clearly more than any other ("Bangkok",
		// "Thailand's …" over one mention each of three observers'
		// countries) is its
		a.homeFromText = clear && a.Doc.Language == "en"
		return cc
	}
	return a.HomeDefault
}

// rosterTitleOf reports a body mention m of sentence i that ends the
// title before a listed person's name ("…, Secretary of the Election
// Commission of Bangladesh, A. Jahangir, and …"): a comma before the title
// (or "by", "and") and one after the body, then the name.
func (a *Analysis) rosterTitleOf(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	if m.Tok1+1 >= len(toks) || toks[m.Tok1].Text != "," || toks[m.Tok0].IsCyrillic() {
		return false
	}
	named := false
	if t := toks[m.Tok1+1]; t.Kind == text.Word && t.IsUpper() && len(t.Text) == 1 && m.Tok1+2 < len(toks) && toks[m.Tok1+2].Text == "." {
		named = true // an initial: "A. Jahangir"
	}
	for _, o := range a.Mentions[i] {
		if o.Kind == graph.KindPerson && o.Tok0 == m.Tok1+1 {
			named = true
		}
	}
	if !named {
		return false
	}
	k := m.Tok0 - 1
	for n := 0; n < 5 && k >= 0 && toks[k].Kind == text.Word && (toks[k].IsUpper() || toks[k].Fold == "of" || toks[k].Fold == "the"); n++ {
		k--
	}
	return k >= 0 && (toks[k].Text == "," || toks[k].Fold == "by" || toks[k].Fold == "and")
}

// representedBy returns the country named right before ", represented by
// (the)" that ends at token t0 of sentence i, or "".
func (a *Analysis) representedBy(i, t0 int) string {
	toks := a.Sentences[i].Tokens
	k := t0 - 1
	if k >= 0 && toks[k].Fold == "the" {
		k--
	}
	if k < 2 || toks[k].Fold != "by" || toks[k-1].Fold != "represented" {
		return ""
	}
	k -= 2
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindCountry && m.Tok1 == k+1 {
			return m.Key
		}
	}
	return ""
}

// ledDelegationsCountry returns the country of a delegation whose leader's
// title names an unqualified body at token t0 of sentence i: «белорусская
// делегация во главе с секретарем Центральной избирательной комиссии»,
// «делегация Узбекистана под руководством председателя ЦИК», "the Kenyan
// delegation led by the Chairperson of the Electoral Commission"; else "".
func (a *Analysis) ledDelegationsCountry(i, t0 int) string {
	toks := a.Sentences[i].Tokens
	k := t0 - 1
	for k >= 0 && t0-k <= 4 && toks[k].Kind == text.Word && !contains([]string{"с", "by", "руководством"}, toks[k].Fold) {
		k-- // the leader's title («секретарем», «заместителя председателя»)
	}
	start := -1 // of «во главе с», «под руководством», "led by"
	switch {
	case k >= 2 && toks[k].Fold == "с" && toks[k-1].Fold == "главе" && toks[k-2].Fold == "во":
		start = k - 2
	case k >= 1 && toks[k].Fold == "руководством" && toks[k-1].Fold == "под",
		k >= 1 && toks[k].Fold == "by" && (toks[k-1].Fold == "led" || toks[k-1].Fold == "headed"):
		start = k - 1
	}
	if start < 0 {
		return ""
	}
	for n := start - 1; n >= 0 && n >= start-4; n-- {
		if !hasAnyPrefix(toks[n].Fold, []string{"делегац", "delegation"}) {
			continue
		}
		// its country: an adjective or a name right before or after it
		for _, o := range a.Mentions[i] {
			if o.Tok0 <= n+1 && o.Tok1 >= n-1 && o.Tok1 <= start && (o.Kind == graph.KindBody || o.Kind == graph.KindCountry) && o.Via != ViaImplicit && len(o.Key) >= 2 && !strings.HasPrefix(o.Key, "??") {
				return graph.CountryOf(o.Key)
			}
		}
		return ""
	}
	return ""
}

// ownGovernment reports an English government mention m of sentence i
// named by its country's adjective ("the Albanian Government"), not an
// envoy or embassy: a country the article is about.
func (a *Analysis) ownGovernment(i int, m Mention) bool {
	if m.Kind != graph.KindGovernment || m.Via != ViaAdj || a.Doc.Language != "en" {
		return false
	}
	for k := m.Tok0; k < m.Tok1 && k < len(a.Sentences[i].Tokens); k++ {
		if f := a.Sentences[i].Tokens[k].Fold; f == "government" {
			return true
		}
	}
	return false
}

// ownNameCountry returns the one country the article names whose national
// body's own name contains the words of the English head the article's
// lead opens its subject with ("The Elections Commission (EC) has
// invited …"), or "" when there is none or more than one, or the lead
// names a body by name.
func (a *Analysis) ownNameCountry() string {
	if a.Doc.Language != "en" {
		return ""
	}
	head := ""
	for i := range a.Mentions {
		if i >= 4 {
			break
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindBody {
				continue
			}
			if m.Via != ViaImplicit {
				return ""
			}
			if head == "" && m.Tok1-m.Tok0 >= 2 {
				head = text.Fold(a.Text[m.Start:m.End])
			}
		}
	}
	if head == "" || !strings.Contains(head, " ") {
		return ""
	}
	found := ""
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindCountry || m.Key == found {
				continue
			}
			for _, n := range a.gaz.BodyNames(m.Key) {
				if containsWords(text.Fold(n), head) {
					if found != "" {
						return ""
					}
					found = m.Key
					break
				}
			}
		}
	}
	return found
}

// rosterAffiliation reports a body mention starting at token t0 of
// sentence i that is the last part of a roster entry: a person, a comma,
// a capitalised title and a comma before it ("Mr. Kyung Keun Kang,
// Standing Commissioner, National Election Commission, Republic of
// Korea").
func (a *Analysis) rosterAffiliation(i, t0 int) bool {
	toks := a.Sentences[i].Tokens
	k := t0 - 1
	if k < 2 || toks[k].Text != "," {
		return false
	}
	n := k - 1
	for ; n >= 0 && n >= k-4 && toks[n].Kind == text.Word && (toks[n].IsUpper() || toks[n].Fold == "of"); n-- {
	}
	if n == k-1 || n < 1 || toks[n].Text != "," {
		return false
	}
	for _, m := range a.Mentions[i] {
		if m.Kind == graph.KindPerson && m.Tok1 == n {
			return true
		}
	}
	// a name no list has, after an honorific ("Mr. Kyung Keun Kang,")
	for q := n - 1; q >= 0 && q >= n-8; q-- {
		t := toks[q]
		if honorifics[strings.TrimSuffix(t.Fold, ".")] {
			return true
		}
		if t.Kind == text.Word && !t.IsUpper() || t.Kind == text.Punct && t.Text != "." {
			return false
		}
	}
	return false
}

// tiedCount reports an English article whose most named countries are
// named n times each, more than one of them: the code order of their ISO
// codes would decide, not the article.
func (a *Analysis) tiedCount(counts map[string]int, n int) bool {
	if a.Doc.Language != "en" {
		return false
	}
	tied := 0
	for _, c := range counts {
		if c == n {
			tied++
		}
	}
	return tied > 1
}

// onlyElectionCountry returns the country of the election the article's
// first sentence about an election places, when that sentence places one
// election only and the article speaks of its commission accrediting or
// registering observers (its own election's work); "" otherwise.
func (a *Analysis) onlyElectionCountry() string {
	if !a.hasPhraseAnywhere("аккредит") && !a.hasPhraseAnywhere("зарегистрир") && !a.hasPhraseAnywhere("accredit") && !a.hasPhraseAnywhere("registered") {
		return ""
	}
	for i := range a.Sentences {
		if !a.hasPhrase(i, electionWords...) {
			continue
		}
		if hs := a.electionHosts(i); len(hs) > 0 {
			if len(hs) == 1 {
				return hs[0]
			}
			return ""
		}
	}
	return ""
}

// mostNamedCountry returns the country whose actors, name, cities and
// regions the article names most often (the first in code order on a
// tie), or "": not counting counterparts (partner) nor where visitors come
// from («делегация из Армении»). clear is set when it is named at least
// twice and more often than any other.
func (a *Analysis) mostNamedCountry(partner func(int, Mention) bool) (best string, clear bool) {
	counts := map[string]int{}
	origin := func(i, k int) bool {
		if k == 0 {
			return false
		}
		f := a.Sentences[i].Tokens[k-1].Fold
		return f == "из" || f == "от" || f == "from"
	}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Key != "" && !strings.HasPrefix(m.Key, "??") && m.Kind != graph.KindPerson && m.Kind != graph.KindOrganization && !partner(i, m) && !origin(i, m.Tok0) && !a.territoryAt(i, m.Tok0) && !(m.Kind == graph.KindCountry && a.observersOrigin(i, m)) &&
				(m.Kind != graph.KindGovernment || a.ownLeader(i, m)) { // an envoy is a foreign state's
				counts[graph.CountryOf(m.Key)]++
			}
		}
		for _, d := range a.dict[i] {
			if (d.Entry.Kind == gazetteer.City || d.Entry.Kind == gazetteer.Region && a.regionNounAfter(i, d.End)) && !origin(i, d.Start) {
				counts[d.Entry.Key]++
			}
		}
	}
	best, n := mostCounted(counts)
	clear = n >= 2
	for cc, c := range counts {
		if cc != best && c == n {
			clear = false
		}
	}
	return best, clear
}

// observersOrigin reports a country mention m of sentence i that is an
// item of a list opened by «от»/«из»/"from" after a word for observers,
// guests or delegations («наблюдатели от Канады, Республики Корея и
// Казахстана», "observers from Kenya and Ghana"): whence they came.
func (a *Analysis) observersOrigin(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	h := a.listHead(i, m)
	k := h.Tok0 - 1
	for k >= 0 && (toks[k].Fold == "the" || strings.HasPrefix(toks[k].Fold, "республик")) {
		k--
	}
	if k < 1 || toks[k].Fold != "от" && toks[k].Fold != "из" && toks[k].Fold != "from" {
		return false
	}
	return wordBeforeInClause(toks, k, 6, func(f string) bool { return hasAnyPrefix(f, senderNouns) })
}

// territoryAt reports a province or territory (provinces.tsv) that starts
// at token k of sentence i: a place of its own, not its state.
func (a *Analysis) territoryAt(i, k int) bool {
	d := a.dictAt(i, k)
	return d != nil && d.Start == k && d.Entry.Kind == gazetteer.City && d.Entry.Province
}

// mostCounted returns the country counted most often and its count, the
// first in code order on a tie ("" and 0 for none).
func mostCounted(counts map[string]int) (string, int) {
	best, n := "", 0
	for cc, c := range counts {
		if c > n || c == n && cc < best {
			best, n = cc, c
		}
	}
	return best, n
}

// ownLeader reports a government mention m of sentence i named by its head
// of state, government or parliament («Президент Грузии», "the Prime
// Minister of Bhutan"), not by an envoy or a ministry abroad: a state an
// article about its own election speaks of.
func (a *Analysis) ownLeader(i int, m Mention) bool {
	if m.Kind != graph.KindGovernment || m.Key == "" || m.Tok0 >= len(a.Sentences[i].Tokens) {
		return false
	}
	f := a.Sentences[i].Tokens[m.Tok0].Fold
	return hasAnyPrefix(f, []string{"президент", "премьер", "правительств", "парламент", "спикер", "president", "prime", "government", "parliament", "speaker"}) &&
		!hasAnyPrefix(f, []string{"парламентари", "parliamentarian"})
}

// countryPartner reports an article with a country mention that stands
// after «с», "with" or another word of a counterpart.
func (a *Analysis) countryPartner() bool {
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindCountry || m.Tok0 == 0 {
				continue
			}
			switch a.Sentences[i].Tokens[m.Tok0-1].Fold {
			case "с", "со", "из", "от", "для", "between", "with", "from":
				return true
			}
		}
	}
	return false
}

// subjectPosition reports a mention that opens its sentence's subject:
// only the dateline, articles, conjunctions, punctuation and capitalised
// words or other mentions before it ("STOCKHOLM – International IDEA and
// the National Election Commission of Korea …"), not one after a verb or a
// preposition ("… on the invitation of the Election Commission of Bhutan").
func (a *Analysis) subjectPosition(i int, m Mention) bool {
	toks := a.Sentences[i].Tokens
	k := 0
	for d := 0; d < len(toks) && d < 10 && d < m.Tok0; d++ {
		if t := toks[d].Text; t == ":" || t == "–" || t == "—" || t == "-" {
			k = d + 1 // past the dateline
		}
	}
	for ; k < m.Tok0; k++ {
		t := toks[k]
		if t.Kind != text.Word || t.Fold == "the" || t.Fold == "and" || t.Fold == "и" || t.IsUpper() || a.insideMention(i, k) {
			continue
		}
		// a verb or a preposition: only an introductory clause closed by a
		// comma before m ("As the landscape changes, International IDEA and
		// the NEC …") leaves m the subject
		comma := -1
		for n := k + 1; n < m.Tok0; n++ {
			if toks[n].Text == "," {
				comma = n
			}
		}
		if comma < 0 {
			return false
		}
		k = comma
	}
	return true
}

// signalledHome returns the country that the article's home signals
// (data/home_signals.tsv: a national parliament, the head of a national
// election body) point to most, "" when none does.
func (a *Analysis) signalledHome() string {
	counts := map[string]int{}
	first := map[string]int{}
	for i := range a.Sentences {
		for _, sg := range a.signals {
			if sg.What == "agency" || sg.What == "likely" {
				continue // asked last (agencyHome)
			}
			if sg.What == "body" && slices.ContainsFunc(a.Mentions[i], func(m Mention) bool {
				return m.Kind == graph.KindBody && m.Via != ViaImplicit && graph.CountryOf(m.Key) != sg.Country
			}) {
				// «Центральной комиссии по выборам и референдумам
				// Туркменистана»: the words of one body's name in another's
				continue
			}
			if a.hasPhrase(i, sg.Prefix) && !a.signalAsCounterpart(i, sg.Prefix) {
				counts[sg.Country]++
				if _, ok := first[sg.Country]; !ok {
					first[sg.Country] = i
				}
			}
		}
	}
	best, tied := "", false
	for cc, n := range counts {
		switch {
		case best == "" || n > counts[best] || n == counts[best] && first[cc] < first[best]:
			best, tied = cc, false
		case n == counts[best] && first[cc] == first[best]:
			tied = true
		}
	}
	if tied {
		// «депутат мажилиса … на выборах в Госдуму»: two homes in one
		// sentence as often tell nothing; the article's other signs decide
		return ""
	}
	return best
}

// agencyHome returns the country of the national news agency the article
// names, or of the election body whose likely name it uses
// (data/home_signals.tsv, "agency" and "likely"), or "" when it names none
// or those of two countries.
func (a *Analysis) agencyHome() string {
	found := ""
	for _, sg := range a.signals {
		if sg.What != "agency" && sg.What != "likely" || found == sg.Country || !a.hasPhraseAnywhere(sg.Prefix) {
			continue
		}
		if found != "" {
			return ""
		}
		found = sg.Country
	}
	return found
}

// datelineCountry reads «АСТАНА, 18 мар —», «БАКУ /Trend/», «New Delhi, Oct 25»:
// a city at the start of one of the first sentences, followed by a comma,
// a slash, a dash or a bracket.
func (a *Analysis) datelineCountry() string {
	if cc := a.headlineCountry(); cc != "" {
		return cc
	}
	limit := 3
	if h := a.headlineEnd(); h > limit && h < 12 {
		// "• A • A • A", «Время чтения: 2 минуты»: a page's short lines
		// before the lead, which the dateline opens
		limit = h
	}
	for i, s := range a.Sentences {
		if i > limit {
			break
		}
		for _, dm := range a.dict[i] {
			if dm.Start == 0 && dm.End == len(s.Tokens) && i > 0 && (dm.Entry.Kind == gazetteer.City || dm.Entry.Kind == gazetteer.CountryName) &&
				slices.ContainsFunc(a.Sentences[i-1].Tokens, func(t text.Token) bool { return t.Kind == text.Number && len(t.Text) == 4 }) {
				// "Introduction to Elections\n5-7 November 2024\nSamoa": a
				// report's place on a line of its own under its date
				return dm.Entry.Key
			}
			if dm.Entry.Kind == gazetteer.CountryName && dm.Start == 0 && dm.End+2 < len(s.Tokens) && s.Tokens[dm.End].Text == "," && s.Tokens[dm.End+1].Kind == text.Number && monthOf(s.Tokens[dm.End+2].Fold) > 0 {
				// «Грузия, 12 октября, ГРУЗИНФОРМ.»: a dateline that gives
				// the country, not its capital
				return dm.Entry.Key
			}
			if dm.Entry.Kind != gazetteer.City || dm.Start > 6 || dm.End >= len(s.Tokens) {
				continue
			}
			if dm.Start >= 3 && s.Tokens[0].Kind == text.Number && monthOf(s.Tokens[1].Fold) > 0 && s.Tokens[dm.Start-1].Text == "," && s.Tokens[dm.End].Kind == text.Punct {
				// «22 февраля, Минск /Корр. БЕЛТА/.», «5 апреля, Ташкент.»:
				// the date first, then the place
				date := true
				for _, t := range s.Tokens[2 : dm.Start-1] {
					if t.Kind != text.Number && t.Text != "," {
						date = false // only a year may stand between
					}
				}
				if date {
					return dm.Entry.Key
				}
			}
			switch s.Tokens[dm.End].Text {
			case ",", "/", "(", "–", "—", "-":
				capitalsOnly := !slices.ContainsFunc(s.Tokens[:dm.Start], func(t text.Token) bool { return t.Kind == text.Word && !t.IsUpper() })
				if s.Tokens[dm.Start].IsAllUpper() || dm.Start == 0 || !s.Tokens[dm.Start].IsCyrillic() && capitalsOnly {
					// (not "The exchange program which started in
					// Washington, DC.": a place the clause speaks of)
					return dm.Entry.Key
				}
				if capitalsOnly && len(s.Tokens) <= 8 && s.Tokens[dm.Start-1].Text == "," {
					// «Ирина Петрова, Астана, Vласть»: a byline's writer,
					// place and outlet on a line of their own
					return dm.Entry.Key
				}
			case ":", ".":
				// "KATHMANDU: The Election Commission …", «АСТАНА. …»,
				// «Ташкент. 5 апреля. УзА.»
				if dm.Start == 0 && (s.Tokens[dm.Start].IsAllUpper() || dm.End+1 == len(s.Tokens) || dm.End+1 < len(s.Tokens) && (s.Tokens[dm.End+1].Kind == text.Number || s.Tokens[dm.End+1].IsAllUpper())) {
					return dm.Entry.Key
				}
			}
		}
	}
	return a.bylinePlace()
}

// guestArrivedIn returns the country that the lead (the first four
// sentences) says the body key, or its person, arrived in, or "".
func (a *Analysis) guestArrivedIn(key string) string {
	for p := 0; p < len(a.Mentions) && p < 4; p++ {
		for _, m := range a.Mentions[p] {
			if m.Key == key {
				if cc := a.arrivedIn(p, m.Tok1); cc != "" {
					return cc
				}
			}
		}
	}
	return ""
}

// arrivedIn returns the country named right after a verb of arriving
// within the eight tokens after token k of sentence i («, прибывший в
// Казахстан», ", who arrived in Nepal"), or "".
func (a *Analysis) arrivedIn(i, k int) string {
	toks := a.Sentences[i].Tokens
	for j := k; j < len(toks) && j <= k+8; j++ {
		f := toks[j].Fold
		if !hasAnyPrefix(f, []string{"прибывш", "прибыл", "прибыв", "arrived", "arriving"}) {
			continue
		}
		at := j + 1
		if at < len(toks) && (toks[at].Fold == "в" || toks[at].Fold == "во" || toks[at].Fold == "in") {
			at++
			for _, m := range a.Mentions[i] {
				if m.Kind == graph.KindCountry && m.Tok0 == at && m.Via == ViaName {
					return m.Key
				}
			}
		}
		return ""
	}
	return ""
}

// headlineCountry returns the country a headline opens with before a
// colon ("Liberia: Sierra Leone Electoral Commission Visits NEC"), the
// news agencies' way of saying whose story it is, or "".
func (a *Analysis) headlineCountry() string {
	if len(a.Sentences) == 0 || len(a.dict) == 0 {
		return ""
	}
	toks := a.Sentences[0].Tokens
	for _, dm := range a.dict[0] {
		if dm.Entry.Kind == gazetteer.CountryName && dm.End+1 < len(toks) && toks[dm.End].Text == ":" && !slices.ContainsFunc(toks[:dm.Start], func(t text.Token) bool { return t.Kind == text.Word && t.Fold != "date" }) {
			return dm.Entry.Key
		}
	}
	return ""
}

// bylinePlace is the country of the first city or country named in the
// article's byline («Астана» of «Ирина Петрова, Астана, Vласть»), "" when
// it names none.
func (a *Analysis) bylinePlace() string {
	if a.Byline == "" || a.gaz == nil {
		return ""
	}
	toks := text.Tokenize(a.Byline, 0)
	for j := 0; j < len(toks); j++ {
		for _, m := range a.gaz.MatchAt(toks, j) {
			if (m.Entry.Kind == gazetteer.City || m.Entry.Kind == gazetteer.CountryName) && toks[j].IsUpper() {
				return m.Entry.Key
			}
		}
	}
	return ""
}

func isUpperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleAbbrev reports a head that is the abbreviation of the title just
// before it, in brackets, with the title's country after it: "Chief
// Election Commissioner (CEC) of India" names a person's title, not a
// second body. ("Chief Election Commissioner (CEC) Dinesh Kumar Thapaliya"
// keeps the home body: nothing else names his.)
func (a *Analysis) titleAbbrev(i int, h gazetteer.Match) bool {
	toks := a.Sentences[i].Tokens
	if h.Start < 2 || h.End+1 >= len(toks) || toks[h.Start-1].Text != "(" || toks[h.End].Text != ")" || toks[h.End+1].Fold != "of" {
		return false
	}
	for _, dm := range a.dict[i] {
		if dm.End == h.Start-1 && dm.Entry.Kind == gazetteer.Title {
			return true
		}
	}
	return false
}

// narratorsCountry returns the country an article written in the first
// person places its writer in: a country after "in" in a sentence that
// says "we", "our" or "us" ("something we tend to take for granted in the
// UK", «у нас в Казахстане»), when the article names one such country;
// "" otherwise. Quoted or reported speech is the speaker's.
func (a *Analysis) narratorsCountry() string {
	found := ""
	for i := range a.Sentences {
		if !a.hasPhrase(i, "we ", "our ", "us ", "мы ", "наш", "у нас") {
			continue
		}
		toks := a.Sentences[i].Tokens
		if directSpeech(a.Sentences[i]) || slices.ContainsFunc(toks, func(t text.Token) bool {
			return t.Text == "«" || t.Text == "\"" || t.Text == "“" || t.Text == "”"
		}) || a.hasPhrase(i, "said", "says", "told", "stated", "сказал", "отметил", "заявил", "подчеркнул", "сообщил") {
			// a speaker's "we" is the speaker's, not the writer's
			continue
		}
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindCountry || m.Via == ViaAdj || m.Via == ViaPeople || m.Tok0 == 0 {
				continue
			}
			p := m.Tok0 - 1
			if toks[p].Fold == "the" && p > 0 {
				p--
			}
			if f := toks[p].Fold; f != "in" && f != "в" && f != "во" {
				continue
			}
			if p > 0 && (toks[p-1].Fold == "like" || toks[p-1].Fold == "как") {
				continue
			}
			if found != "" && found != m.Key {
				return ""
			}
			found = m.Key
		}
	}
	return found
}

// commissionHead reports whether mention m of sentence i is headed by a
// commission's word («Центризбирком», «ЦИК», «избирательная комиссия»,
// "commission"), not by a delegation's.
func (a *Analysis) commissionHead(i int, m Mention) bool {
	for _, t := range a.Sentences[i].Tokens[m.Tok0:m.Tok1] {
		if hasAnyPrefix(t.Fold, []string{"центризбирком", "цик", "избирком", "комисси", "commission", "cec"}) {
			return true
		}
	}
	return false
}

// signalAsCounterpart reports whether the home signal prefix stands in
// sentence i as someone met or worked with («встречи с главой ЦИК Армении
// Тиграном Мукучяном», "talks with Chairman X"): a counterpart's name says
// nothing of whose article it is.
func (a *Analysis) signalAsCounterpart(i int, prefix string) bool {
	first, _, _ := strings.Cut(prefix, " ")
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		if !strings.HasPrefix(t.Fold, first) {
			continue
		}
		b := k - 1
		for b >= 1 && (toks[b].Text == "." && len(toks[b-1].Text) == 1 || len(toks[b].Text) == 1 && toks[b].IsUpper()) {
			b-- // past initials ("N. Abdirov")
		}
		if b >= 1 && toks[b].Text == "," && slices.ContainsFunc(a.Mentions[i], func(m Mention) bool {
			return m.Tok1 == b && m.Kind == graph.KindBody && a.rosterTitleOf(i, m)
		}) {
			// "…, and Chairman of the Central Election Commission of
			// Kazakhstan, N. Abdirov": a listed guest
			return true
		}
		for b := k - 1; b >= 0 && b >= k-7; b-- {
			switch f := toks[b].Fold; {
			case f == "с" || f == "со" || f == "with" || f == "между" || f == "between":
				return true
			case toks[b].Text == "." || toks[b].Text == ";" || toks[b].Text == ":":
				return false
			}
		}
		return false
	}
	return false
}

// groupDashList returns the token after the dash or colon that follows a
// group of states at token j of sentence i («государств-членов ОТГ –»,
// «стран СНГ —», «государств – участников СНГ:»), or -1.
func (a *Analysis) groupDashList(i, j int) int {
	toks := a.Sentences[i].Tokens
	group := false
	for k := j; k < len(toks) && k < j+7; k++ {
		t := toks[k]
		switch {
		case hasAnyPrefix(t.Fold, []string{"государств", "стран", "член", "участник", "countries", "states", "members"}):
			group = true
		case a.orgAt(i, k) || t.IsAllUpper():
		case (isDash(t) || t.Text == ":") && group && k+1 < len(toks) && toks[k+1].IsUpper():
			if k > j && (toks[k-1].Fold == "государств" || toks[k-1].Fold == "стран") {
				continue // «государств – участников СНГ»: the group's name goes on
			}
			return k + 1
		default:
			return -1
		}
	}
	return -1
}

// orgAt reports whether an organisation's name or abbreviation begins at
// token k of sentence i.
func (a *Analysis) orgAt(i, k int) bool {
	for _, dm := range a.dict[i] {
		if dm.Start == k && (dm.Entry.Kind == gazetteer.OrgName || dm.Entry.Kind == gazetteer.OrgAbbrev) {
			return true
		}
	}
	return false
}

// counterpartOfNoBody reports an English "its counterpart", "their
// counterparts" whose owner, the words before the possessive, names no
// election body nor anything electoral: "the Rajya Sabha inked an MoU with
// its counterpart in Rwanda" is a parliament's counterpart, not Rwanda's
// election commission ("The Commission signed an MoU with its counterpart
// in Rwanda" is one).
func (a *Analysis) counterpartOfNoBody(i int, h gazetteer.Match) bool {
	toks := a.Sentences[i].Tokens
	if h.Start < 2 || toks[h.Start].IsCyrillic() || !possessivePronoun(toks[h.Start-1].Fold) || !hasAnyPrefix(toks[h.Start].Fold, []string{"counterpart", "colleague"}) {
		return false
	}
	for k := 0; k < h.Start-1; k++ {
		if hasAnyPrefix(toks[k].Fold, []string{"election", "electoral", "commission", "body", "bodies", "emb", "cec", "poll"}) {
			return false
		}
	}
	for _, m := range a.dict[i] {
		if m.Start >= h.Start-1 {
			break
		}
		switch m.Entry.Kind {
		case gazetteer.BodyName, gazetteer.BodyAbbrev, gazetteer.Head:
			return false
		}
	}
	return true
}

// sharedOwnerOrgs reads two organs of one organisation that share its
// short name («представители Исполнительного комитета и Межпарламентской
// ассамблеи СНГ», "the Secretariat and the Parliamentary Assembly of the
// OSCE" is not read): the words before «и», "and", with the short name
// that closes the second, name the first when the dictionary knows them
// so.
func (a *Analysis) sharedOwnerOrgs() {
	if a.gaz == nil {
		return
	}
	for i, s := range a.Sentences {
		toks := s.Tokens
		var add []Mention
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization || m.Tok1-m.Tok0 < 2 || m.Tok0 < 2 {
				continue
			}
			abbr := toks[m.Tok1-1]
			if len([]rune(abbr.Text)) < 2 || strings.ToUpper(abbr.Text) != abbr.Text || toks[m.Tok0-1].Fold != "и" && toks[m.Tok0-1].Fold != "and" {
				continue
			}
			for s0 := max(0, m.Tok0-4); s0 < m.Tok0-1; s0++ {
				if slices.ContainsFunc(toks[s0:m.Tok0-1], func(t text.Token) bool { return t.Kind != text.Word }) || a.insideMention(i, s0) || !toks[s0].IsUpper() {
					continue
				}
				syn := append(slices.Clone(toks[s0:m.Tok0-1]), abbr)
				for _, gm := range a.gaz.MatchAt(syn, 0) {
					if gm.End == len(syn) && (gm.Entry.Kind == gazetteer.OrgName || gm.Entry.Kind == gazetteer.OrgAbbrev) && gm.Entry.Key != m.Key {
						mm := Mention{Kind: graph.KindOrganization, Key: gm.Entry.Key, Via: ViaName, Tok0: s0, Tok1: m.Tok0 - 1}
						span(s, &mm)
						add = append(add, mm)
					}
				}
				break
			}
		}
		for _, mm := range add {
			a.addMention(i, mm)
		}
	}
}

// commissionInTitle returns the token where an English title names the
// commission itself ("member(s) of the Central Election Commission",
// "Secretary of the Central Election Commission"), with no country after
// it, or -1.
func commissionInTitle(toks []text.Token, m gazetteer.Match) int {
	if m.End-m.Start < 4 || toks[m.Start].IsCyrillic() || toks[m.End-1].Fold != "commission" {
		return -1
	}
	if m.End < len(toks) && (toks[m.End].Fold == "of" || toks[m.End].Fold == "(" || toks[m.End].Fold == "for") {
		return -1 // "… of Moldova", "… (CEC) of …": the country's, read elsewhere
	}
	for k := m.Start + 1; k < m.End; k++ {
		if toks[k-1].Fold == "the" && (toks[k].Fold == "central" || toks[k].Fold == "election" || toks[k].Fold == "electoral") {
			return k
		}
	}
	return -1
}

// newsSourceAt reports a mention at token t that the news is credited to
// («сообщили в Избиркоме Бурятии», «сообщает пресс-служба облизбиркома»).
func newsSourceAt(toks []text.Token, t int) bool {
	k := t - 1
	if k >= 0 && (toks[k].Fold == "в" || toks[k].Fold == "во") {
		k--
	}
	if k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"пресс-служб"}) {
		k--
	}
	return k >= 0 && hasAnyPrefix(toks[k].Fold, []string{"сообщил", "сообщает", "сообщают", "рассказал", "пояснил", "уточнил", "передает", "передаёт"})
}

// aliasHeads are the last words of organisations' names that the press
// uses alone, capitalised, for the one organisation it named in full
// ("The Carter Center …. The Center was invited …").
var aliasHeads = map[string]bool{"center": true, "centre": true, "foundation": true, "institute": true}

// headWordAliases reads "the Center", "the Foundation", "the Institute",
// capitalised and not followed by "of" or "for", as the one organisation
// of the article whose English name ends with that word.
func (a *Analysis) headWordAliases() {
	key := map[string]string{} // head word → the organisation, "" when two
	for i, s := range a.Sentences {
		for _, m := range a.Mentions[i] {
			if m.Kind != graph.KindOrganization || m.Tok1 == 0 || s.Tokens[m.Tok0].IsCyrillic() {
				continue
			}
			h := s.Tokens[m.Tok1-1].Fold
			if !aliasHeads[h] {
				continue
			}
			if k, ok := key[h]; ok && k != m.Key {
				key[h] = ""
			} else {
				key[h] = m.Key
			}
		}
	}
	if len(key) == 0 {
		return
	}
	for i, s := range a.Sentences {
		toks := s.Tokens
		for k := 1; k < len(toks); k++ {
			org := key[toks[k].Fold]
			if org == "" || toks[k-1].Fold != "the" || !toks[k].IsUpper() || a.insideMention(i, k) {
				continue
			}
			if k+1 < len(toks) && (toks[k+1].Fold == "of" || toks[k+1].Fold == "for" || toks[k+1].IsUpper()) {
				continue // "the Center for …", "the Institute of …": another name
			}
			mm := Mention{Kind: graph.KindOrganization, Key: org, Via: ViaName, Tok0: k - 1, Tok1: k + 1}
			span(s, &mm)
			a.addMention(i, mm)
		}
	}
}

// isQuote reports a quotation mark token.
func isQuote(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”", "„":
		return true
	}
	return false
}
