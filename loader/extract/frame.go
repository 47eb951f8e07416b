package extract

import "github.com/cecgraph/cecgraph/graph"

// DocFrame is what the whole article is about, read once after the
// mentions are tagged and used by every fact rule: the country whose
// election it reports and its main actor.
type DocFrame struct {
	// ElectionCountry is the country of the first election the article
	// names with its place («выборы в Молдове», «выборах Президента
	// Республики Узбекистан»), "" when none.
	ElectionCountry string
	// UnplacedElection is the dateline's country when the article names
	// no election's place but speaks of an election ("this month's
	// Presidential and National Assembly elections"): the last guess at
	// where it is.
	UnplacedElection string
	// SpeaksOfElection is set when some sentence names an election (not as
	// a word of a name or a title).
	SpeaksOfElection bool
	// Main is the article's main actor: the first actor of the headline,
	// else of the lead, else the home body.
	Main string
	// MainSentence is the sentence Main was read from (-1 for the home
	// body).
	MainSentence int
	// Place is the country of the article's dateline («КИШИНЕВ, 10 июл»),
	// "" when it has none.
	Place string
}

// DocumentFrame fills Analysis.Frame.
type DocumentFrame struct{}

// Run sets a.Frame.
func (DocumentFrame) Run(a *Analysis) {
	a.elWord = nil // (the taggers before may have asked with fewer mentions)
	a.Frame = DocFrame{Place: a.datelineCountry()}
	for i := range a.Sentences {
		if !a.hasPhrase(i, electionWords...) || a.electionWord(i) < 0 {
			// (electionWord skips the election words of names, titles and
			// an event's theme: «совещание ОБСЕ на тему "Демократические
			// выборы …"» in Vienna places no election)
			continue
		}
		if hs := a.electionHosts(i); len(hs) > 0 {
			a.Frame.ElectionCountry = hs[0]
			break
		}
	}
	for i := range a.Sentences {
		if a.hasPhrase(i, nationalElections...) || a.electionWord(i) >= 0 {
			a.Frame.SpeaksOfElection = true
			break
		}
	}
	if a.Frame.ElectionCountry == "" && a.Frame.Place != "" && a.Frame.SpeaksOfElection {
		// "observers to monitor the general election next month", dated
		// Colombo: an election the article never places is, failing
		// anything better, the dateline country's own
		a.Frame.UnplacedElection = a.Frame.Place
	}
	for i := range a.Sentences {
		if i > 3 {
			break
		}
		if ps := a.parties(i); len(ps) > 0 {
			a.Frame.Main, a.Frame.MainSentence = ps[0], i
			break
		}
	}
	if a.Frame.Main == "" {
		a.Frame.Main, a.Frame.MainSentence = graph.BodyKey(a.home()), -1
	}
}

// nationalElections name a country's own election without its place.
var nationalElections = []string{"general election", "parliamentary election", "presidential election", "local election", "general polls", "parliamentary polls", "presidential polls", "national election", "парламентских выбор", "президентских выбор", "парламентские выбор", "президентские выбор", "местных выбор", "местные выбор"}
