package extract

import (
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// Via says how a mention was recognised.
type Via string

// Ways a mention can be recognised.
const (
	ViaName     Via = "name"     // a full or short name
	ViaAdj      Via = "adj"      // a country adjective («японскими коллегами»)
	ViaAbbrev   Via = "abbrev"   // an abbreviation («ЦИК РК», «ШОС»)
	ViaImplicit Via = "implicit" // an unqualified name resolved to the home country
	ViaPeople   Via = "people"   // a demonym («казахстанцы»)
	ViaOrigin   Via = "origin"   // a delegation from a country («делегация из Узбекистана»)
	ViaAgency   Via = "agency"   // a state agency by its own name ("USAID", "Civic Chamber of the Russian Federation")
	// ViaRegional marks a region's own state body («министерство образования
	// Тверской области», «областное министерство»), of the region's or the
	// home country.
	ViaRegional Via = "regional"
	// ViaOfficials marks people of a country's elections, their body unnamed
	// ("election officials from Mali"), until OfficialsOfStates decides.
	ViaOfficials Via = "officials"
)

// Mention is a recognised actor in one sentence: its kind and key, the token
// range [Tok0, Tok1) in the sentence and the byte range [Start, End) in the
// cleaned text.
type Mention struct {
	Kind  graph.Kind
	Key   string
	Via   Via
	Tok0  int
	Tok1  int
	Start int
	End   int
	// Plural marks a mention from a plural head («комиссиями», «органами»).
	Plural bool
	// Name is the display name for non-person actors, the normalised name
	// for persons.
	Name string
	// Title and Org are a person's title class and organisation key.
	Title string
	Org   string
	// Country is set on country mentions inside a larger mention.
	inner bool
}

// Analysis is the working state of one article as it passes through the
// stages: the text, its sentences, the mentions per sentence, the home
// country and the Document being built.
type Analysis struct {
	Doc       *graph.Document
	Text      string
	Sentences []text.Sentence
	// Mentions[i] are the mentions of sentence i in token order.
	Mentions [][]Mention
	// Home is the country of unqualified «ЦИК», «Центризбирком».
	Home string
	// Year and Month of the article date, 0 when unknown.
	Year  int
	Month int
	// Frame is what the whole article is about (see DocumentFrame).
	Frame DocFrame
	// HomeDefault is the configured fallback home country.
	HomeDefault string
	// Byline is the rest of the author line cut from the text (Input.Byline).
	Byline string
	// HomeUnchosen is set when nobody chose HomeDefault (the built-in
	// one): the facts of the home's unqualified body are then left out of
	// an article that does not name its home.
	HomeUnchosen bool
	// homeFromText is set when the home country was read from the article
	// (dateline, bodies, signals, countries), not taken from HomeDefault.
	homeFromText bool
	// homeSignalled is set when the home country came from a home signal
	// (data/home_signals.tsv).
	homeSignalled bool
	// partTrigger caches participationTrigger by sentence (-2: not yet).
	partTrigger []int
	// denials caches mayDeny by sentence (0: not yet, 1: yes, -1: no).
	denials []int8
	// elWord caches electionWord by sentence (-2: not yet).
	elWord []int
	// topics caches eventTopic by sentence ({-2, -2}: not yet).
	topics  [][2]int16
	persons *personBook
	// lastPair is the last pair of parties a bilateral fact named: who
	// «стороны» are in a later sentence.
	lastPair [2]string
	// denied holds the actors a denying sentence names (deniedActors),
	// computed once.
	denied map[string]bool
	// factsByID indexes Doc.Facts by Fact.Identity, factsByParty by type,
	// party and country (the first such fact), so that merging a fact
	// into the article's earlier ones does not scan them all
	factsByID    map[string][]int
	factsByParty map[partyKey]int
	// subBodyEnds lists, by each word-initial ending of their folded names,
	// the sentences that name sub-national commissions (in order)
	subBodyEnds map[string][]int
	// provinceKeys holds the keys of the commissions the article named of
	// each province or city («ЦИК Гагаузии», «Центральная избирательная
	// комиссия Гагаузии»), by the place's country and phrase, in order
	provinceKeys map[string][]string
	// electionsSpoken caches whether the article speaks of elections or
	// election bodies at all (0 not asked, 1 yes, 2 no).
	electionsSpoken int8
	// bodyCountries holds the countries of the article's election bodies,
	// filled on first use, once the taggers are done
	bodyCountries map[string]bool
	// countryNames counts the dictionary's country matches of the article,
	// filled on first use (see countryCounts)
	countryNames map[string]int
	dict         dictMatches
	// bodyAlts holds, per sentence and start token, the countries of a body
	// name several countries use ("National Election Commission", "NEC").
	bodyAlts map[[2]int][]string
	// shortNames maps an abbreviation the article defines right after a
	// body's name ("the Liberia National Electoral Commission (NEC)") to
	// that body's key: later bare uses of it are that body.
	shortNames map[string]string
	// missionOwnerKey is missionOwner's answer once missionOwnerDone.
	missionOwnerKey  string
	missionOwnerDone bool
	// qualifiedNames maps a body's name that several countries use to the
	// body the article first named with its country ("Sri Lanka's National
	// Election Commission"), for the name alone later on.
	qualifiedNames map[string]string
	// named are organisations the article names only to describe others
	// («государств — участников СНГ»): listed, but no party to any fact.
	named      []string
	textYear   int
	foldedText []string
	foldedAll  string // Fold(Text), computed once
	// startIndex[i] indexes the word starts of folded sentence i for
	// hasPhrase, once startIndexed[i] is set
	startIndex   []wordStartIndex
	startIndexed []bool
	// tokenStarts[i] holds the first two and the first four bytes of the
	// folded tokens of sentence i (startingPrefixes), built on first use
	tokenStarts [][2]pairSet
	gaz         *gazetteer.Gazetteer
	signals     []gazetteer.HomeSignal
	// parliaments are the words of the signals that name a parliament
	parliaments [][]string
	// nameNotCountry marks the country names of sentence i at token k that
	// are a person's name after an envoy's title («послом Доминикой Вааг»).
	nameNotCountry map[[2]int]bool
}

// Stage is one step of the extraction pipeline.
type Stage interface {
	Run(a *Analysis)
}

// StageFunc adapts a function to Stage.
type StageFunc func(a *Analysis)

// Run calls f(a).
func (f StageFunc) Run(a *Analysis) { f(a) }

// mentionsOf returns the mentions of sentence i of the given kinds.
func (a *Analysis) mentionsOf(i int, kinds ...graph.Kind) []Mention {
	var out []Mention
	for _, m := range a.Mentions[i] {
		for _, k := range kinds {
			if m.Kind == k {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// actorKinds are the kinds that can be party to a fact.
var actorKinds = []graph.Kind{graph.KindBody, graph.KindSubBody, graph.KindOrganization, graph.KindGovernment, graph.KindNGO}

// addMention inserts m into sentence i's mentions in token order, unless it
// overlaps a mention already there.
func (a *Analysis) addMention(i int, m Mention) bool {
	if m.Kind == graph.KindSubBody && m.Via == ViaName && m.Tok0 > 0 && m.Name != "" {
		// "State Election Commission of Kerala": the word before the
		// commission's head is part of its name
		toks := a.Sentences[i].Tokens
		if p := toks[m.Tok0-1]; p.Text == "State" && strings.HasPrefix(m.Name, toks[m.Tok0].Text) {
			m.Tok0--
			m.Start = p.Start
			m.Name = "State " + m.Name
			m.Key = graph.SubBodyKey(graph.CountryOf(m.Key), m.Name)
		}
	}
	ms := a.Mentions[i]
	pos := len(ms)
	for j, o := range ms {
		if m.Tok0 < o.Tok1 && o.Tok0 < m.Tok1 {
			return false
		}
		if o.Tok0 >= m.Tok1 && pos == len(ms) {
			pos = j
		}
	}
	ms = append(ms, Mention{})
	copy(ms[pos+1:], ms[pos:])
	ms[pos] = m
	a.Mentions[i] = ms
	if m.Kind == graph.KindSubBody {
		a.indexSubBody(i, m)
	}
	return true
}

// indexSubBody records that sentence i names the sub-national commission
// m, under every ending of its folded name that starts a word («районная
// территориальная избирательная комиссия», «территориальная избирательная
// комиссия», …), for earlierSubBody.
func (a *Analysis) indexSubBody(i int, m Mention) {
	if a.subBodyEnds == nil {
		a.subBodyEnds = map[string][]int{}
	}
	name := text.Fold(m.Name)
	for p := 1; p < len(name); p++ {
		if name[p-1] != ' ' {
			continue
		}
		end := name[p:]
		if ix := a.subBodyEnds[end]; len(ix) == 0 || ix[len(ix)-1] != i {
			a.subBodyEnds[end] = append(ix, i)
		}
	}
}

// span sets the byte range of m from sentence s's tokens.
func span(s text.Sentence, m *Mention) {
	m.Start = s.Tokens[m.Tok0].Start
	m.End = s.Tokens[m.Tok1-1].End
}
