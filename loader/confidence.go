package loader

import (
	"math"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// ruleConfidence is where a report's confidence starts, by the rule that
// found it: the rules that read one verb with its subject and object
// (signing, meeting) are surer than those that assemble a fact from an
// event and its place, or an invitation from a passive with a default
// inviter.
var ruleConfidence = map[string]float64{
	string(graph.Memorandum):    0.9,
	string(graph.Meeting):       0.85,
	string(graph.Observation):   0.85,
	string(graph.Award):         0.85,
	string(graph.Invitation):    0.8,
	string(graph.Participation): 0.75,
}

// How a fact's party was found in the sentence that states it, and what
// that does to the confidence.
const (
	// byDictionary: the sentence names the party by a dictionary entry
	// (its country, its body's or organisation's name or abbreviation).
	byDictionary = 1.0
	// byPattern: the party's own words are in the sentence, but it was
	// recognised by a pattern (a sub-national body, an NGO, a person's
	// name, an event's title).
	byPattern = 0.9
	// acrossSentences: the sentence does not name the party; the article's
	// frame supplied it (its home body, an election carried from an
	// earlier sentence, a default inviter).
	acrossSentences = 0.65
	// moreSentences is the share of the remaining doubt that each further
	// sentence of the same article stating the fact removes.
	moreSentences = 0.25
)

// Score gives every fact of d its Confidence, from 0 to 1: per sentence
// that states it, the confidence of its rule times, for each party, how
// it was found (in the sentence by dictionary, by pattern, or not in the
// sentence at all: across sentences); the article's confidence in the fact
// is the best sentence's, raised a little by each further sentence. The
// graph combines the confidences of the articles that report a fact. g is
// the dictionary the extractor uses.
func Score(d *graph.Document, g *gazetteer.Gazetteer) {
	for i := range d.Facts {
		f := &d.Facts[i]
		var cs []float64
		for _, ev := range f.Evidence {
			cs = append(cs, sentenceConfidence(*f, ev, g))
		}
		f.Confidence = combine(cs)
	}
}

// combine is the best confidence, raised by moreSentences of the remaining
// doubt for each other one.
func combine(cs []float64) float64 {
	if len(cs) == 0 {
		return 0
	}
	best := 0.0
	for _, c := range cs {
		best = max(best, c)
	}
	for range cs[1:] {
		best += (1 - best) * moreSentences
	}
	return math.Round(best*1000) / 1000
}

// sentenceConfidence is the confidence of one sentence's statement of f.
func sentenceConfidence(f graph.Fact, ev graph.Evidence, g *gazetteer.Gazetteer) float64 {
	c, ok := ruleConfidence[ev.Rule]
	if !ok {
		c = ruleConfidence[string(f.Type)]
	}
	if c == 0 {
		c = 0.7
	}
	s := readSentence(ev.Sentence, g)
	parties := f.Actors()
	if f.Type == graph.Observation && f.Country != "" {
		parties = append(parties, f.Country)
	}
	for _, p := range parties {
		c *= s.found(p)
	}
	if f.Type == graph.Participation && f.Event != "" {
		c *= s.words(f.Event)
	}
	return c
}

// sentence is what a sentence names: the keys of the dictionary entries
// found in it (country codes, organisation keys) and the stems of its words.
type sentence struct {
	keys  map[string]bool
	stems map[string]bool
}

func readSentence(s string, g *gazetteer.Gazetteer) sentence {
	out := sentence{keys: map[string]bool{}, stems: map[string]bool{}}
	toks := text.Tokenize(s, 0)
	for i, t := range toks {
		if t.Stem != "" {
			out.stems[t.Stem] = true
		}
		if g == nil {
			continue
		}
		for _, m := range g.MatchAt(toks, i) {
			switch m.Entry.Kind {
			case gazetteer.CountryName, gazetteer.CountryAdj, gazetteer.CountryPeople, gazetteer.CountryAbbrev,
				gazetteer.OrgName, gazetteer.OrgAbbrev, gazetteer.BodyName, gazetteer.BodyAbbrev,
				gazetteer.City, gazetteer.Region, gazetteer.StateName, gazetteer.StateAbbrev:
				out.keys[m.Entry.Key] = true
			}
		}
	}
	return out
}

// found says how the sentence names the party with key k.
func (s sentence) found(k string) float64 {
	switch graph.KindOf(k) {
	case graph.KindCountry, graph.KindBody, graph.KindGovernment:
		if s.keys[k] || s.keys[graph.CountryOf(k)] {
			return byDictionary
		}
		return acrossSentences
	case graph.KindOrganization:
		if s.keys[k] {
			return byDictionary
		}
		return acrossSentences
	case graph.KindSubBody, graph.KindNGO:
		_, name, _ := strings.Cut(k, ":")
		return s.words(name)
	}
	return s.words(k)
}

// words says whether the sentence has a word of name (one of its longer
// words, by stem): byPattern if so, else acrossSentences.
func (s sentence) words(name string) float64 {
	for _, t := range text.Tokenize(name, 0) {
		if len([]rune(t.Text)) > 3 && t.Stem != "" && s.stems[t.Stem] {
			return byPattern
		}
	}
	return acrossSentences
}
