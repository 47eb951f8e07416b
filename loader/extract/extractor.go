package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/gazetteer"
	"github.com/cecgraph/cecgraph/loader/text"
)

// Version is the extractor's version, recorded on every article so that a
// changed extractor can redo them.
const Version = "0.2.0"

// Input is one cleaned article to extract from.
type Input struct {
	ID, Path, URL, Title, Published, Source, Language, Encoding, SHA256 string
	// Text is the cleaned article, headline included (paragraphs separated
	// by line breaks): what evidence offsets point into.
	Text string
	// Byline is the rest of an author line the cleaner cut from the text
	// ("Астана, Vласть" after the writer's name): a city or country there
	// places the article when no dateline does.
	Byline string
}

// Options configure an Extractor.
type Options struct {
	// HomeCountry is the fallback country of unqualified «ЦИК». Empty
	// means none was chosen: such a «ЦИК» is keyed to KZ but states no
	// fact, since an article that never names its own country is seldom
	// KZ's (HomeUnchosen).
	HomeCountry string
	// SectionBytes is the size of the sections a longer text is extracted
	// in; 0 means SectionBytes.
	SectionBytes int
}

// Extractor runs the extraction pipeline. It is safe for concurrent use.
type Extractor struct {
	gaz     *gazetteer.Gazetteer
	signals []gazetteer.HomeSignal
	// parliaments are the words of the signals that name a parliament,
	// split once
	parliaments [][]string
	opts        Options
	stages      []Stage
	// homeUnchosen is set when Options named no home country.
	homeUnchosen bool
}

// New returns an Extractor with the standard pipeline.
func New(opts Options) (*Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	unchosen := opts.HomeCountry == ""
	if unchosen {
		opts.HomeCountry = "KZ"
	}
	signals, err := gazetteer.HomeSignals()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	e := &Extractor{gaz: g, signals: signals, opts: opts, homeUnchosen: unchosen}
	for _, sg := range signals {
		if sg.What == "parliament" {
			e.parliaments = append(e.parliaments, strings.Fields(sg.Prefix))
		}
	}
	e.stages = []Stage{
		DictionaryTagger{Gaz: g},
		NewMisspeltCountryTagger(g),
		BodyTagger{},
		OrganizationTagger{Gaz: g},
		OpenOrganizationTagger{},
		CountryTagger{},
		NGOTagger{},
		ExceptedFilter{},
		ParentNameFilter{},
		BracketAliases{},
		AgencyShortNames{},
		StateRepresentatives{},
		HomeResolver{},
		PersonTagger{Gaz: g},
		PersonCollector{},
		OfficialsOfStates{},
		DocumentFrame{},
		MemorandumRule{},
		MeetingRule{},
		ObservationRule{},
		InvitationRule{},
		AwardRule{},
		ParticipationRule{},
		PersonKeys{},
	}
	return e, nil
}

// Stages returns the pipeline, in order.
func (e *Extractor) Stages() []Stage { return e.stages }

// Extract runs the pipeline over one article and returns its Document. The
// Document's Text is the title and body that evidence offsets point into.
// An article longer than the section size is extracted section by section
// (see Options.SectionBytes).
func (e *Extractor) Extract(in Input) graph.Document {
	size := e.opts.SectionBytes
	if size <= 0 {
		size = SectionBytes
	}
	if len(in.Text) > size {
		return e.extractSections(in, size)
	}
	return e.extract(in)
}

func (e *Extractor) extract(in Input) graph.Document {
	full := in.Text
	doc := graph.Document{
		ID: in.ID, Path: in.Path, URL: in.URL, Title: in.Title, Published: in.Published,
		Source: in.Source, Language: in.Language, Encoding: in.Encoding, SHA256: in.SHA256,
		ExtractorVersion: Version, Text: full,
		Countries: []string{}, Bodies: []string{}, Organizations: []string{}, Persons: []graph.Person{}, Facts: []graph.Fact{},
	}
	if doc.Language == "" {
		doc.Language = guessLanguage(full)
	}
	a := &Analysis{Doc: &doc, Text: full, HomeDefault: e.opts.HomeCountry, Byline: in.Byline, HomeUnchosen: e.homeUnchosen, gaz: e.gaz, signals: e.signals, parliaments: e.parliaments, persons: &personBook{}}
	if len(in.Published) >= 4 {
		a.Year, _ = strconv.Atoi(in.Published[:4])
		if len(in.Published) >= 7 {
			a.Month, _ = strconv.Atoi(in.Published[5:7])
		}
	}
	a.foldedAll = text.Fold(full)
	a.Sentences = text.SplitFolded(full, a.foldedAll)
	a.Mentions = make([][]Mention, len(a.Sentences))
	for _, s := range e.stages {
		s.Run(a)
	}
	e.collect(a)
	return doc
}

// collect fills the Document's entity lists from the mentions and facts.
func (e *Extractor) collect(a *Analysis) {
	d := a.Doc
	seen := map[string]bool{}
	names := map[string]string{}
	addCountry := func(cc string) {
		if cc != "" && cc != "??" && !seen["c:"+cc] {
			seen["c:"+cc] = true
			d.Countries = append(d.Countries, cc)
		}
	}
	for i := range a.Mentions {
		for _, m := range a.Mentions[i] {
			if m.Key == "" || strings.HasPrefix(m.Key, "??") {
				continue
			}
			switch m.Kind {
			case graph.KindBody, graph.KindSubBody:
				if !seen[m.Key] {
					seen[m.Key] = true
					d.Bodies = append(d.Bodies, m.Key)
				}
				addCountry(graph.CountryOf(m.Key))
				if m.Name != "" {
					names[m.Key] = m.Name
				}
			case graph.KindOrganization:
				if !seen[m.Key] {
					seen[m.Key] = true
					d.Organizations = append(d.Organizations, m.Key)
				}
				names[m.Key] = m.Name
			case graph.KindGovernment, graph.KindNGO:
				// a government or NGO lists its country only through a fact
				// or a person's position (below), as the annotation guide says
				if !seen["e:"+m.Key] {
					seen["e:"+m.Key] = true
					d.Entities = append(d.Entities, graph.Entity{Key: m.Key, Kind: m.Kind, Name: m.Name})
				}
			}
		}
	}
	for _, f := range d.Facts {
		for _, k := range f.Actors() {
			if seen[k] && contains(d.Organizations, k) {
				continue // "AU", the African Union, is no country here
			}
			addCountry(graph.CountryOf(k))
		}
		addCountry(f.Country)
	}
	for _, p := range d.Persons {
		addCountry(graph.CountryOf(p.Org))
	}
	for _, k := range a.named {
		if !seen[k] {
			seen[k] = true
			d.Organizations = append(d.Organizations, k)
			if o := e.gaz.Organization(k); o != nil {
				names[k] = o.NameRu
			}
		}
	}
	sort.Strings(d.Countries)
	for _, k := range d.Bodies {
		n := names[k]
		if n == "" {
			if c := e.gaz.Country(graph.CountryOf(k)); c != nil && graph.KindOf(k) == graph.KindBody {
				n = "Центральная избирательная комиссия (" + c.NameRu + ")"
			}
		}
		kind := graph.KindOf(k)
		d.Entities = append(d.Entities, graph.Entity{Key: k, Kind: kind, Name: n})
	}
	for _, k := range d.Organizations {
		d.Entities = append(d.Entities, graph.Entity{Key: k, Kind: graph.KindOrganization, Name: names[k]})
	}
	for _, cc := range d.Countries {
		n := ""
		if c := e.gaz.Country(cc); c != nil {
			n = c.NameRu
		}
		d.Entities = append(d.Entities, graph.Entity{Key: cc, Kind: graph.KindCountry, Name: n})
	}
}

// guessLanguage tells Russian from English by the share of Cyrillic letters.
func guessLanguage(s string) string {
	if len(s) > 4096 {
		s = s[:4096] // enough to tell; a cut rune at the end is skipped
	}
	cyr, lat := 0, 0
	for _, r := range s {
		switch {
		case r >= 'а' && r <= 'я' || r >= 'А' && r <= 'Я' || r == 'ё' || r == 'Ё':
			cyr++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			lat++
		}
	}
	if cyr >= lat {
		return "ru"
	}
	return "en"
}
