package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/graph"
)

// SectionBytes is the default size of the sections in which Extract reads a
// text longer than that. Extraction holds the tokens, mentions and indexes
// of all the sentences it reads at once, some forty bytes for every byte of
// text; reading a long text a section at a time keeps that to one section.
// News articles are far shorter: a text this long is a collection (an
// archive, a site saved as one file), whose parts are read each in its own
// context. Each section ends at a line break, else at a sentence end.
const SectionBytes = 2 << 20

// extractSections extracts in.Text section by section and merges the
// Documents into one, as if the facts, persons and entities of all the
// sections had been found in one text: the same fact is one fact with the
// evidence of every section, the same person one person, and evidence and
// person offsets point into the whole text.
func (e *Extractor) extractSections(in Input, size int) graph.Document {
	var m sectionMerger
	for base := 0; base < len(in.Text); {
		end := sectionEnd(in.Text, base, size)
		part := in
		part.Text = in.Text[base:end]
		d := e.extract(part)
		if base == 0 {
			m.start(d)
		}
		m.add(d, base)
		base = end
	}
	m.doc.Text = in.Text
	sort.Strings(m.doc.Countries)
	return m.doc
}

// sectionEnd returns where the section of text that starts at base ends:
// after the last line break within size bytes, else after the last sentence
// end, else at a rune boundary; at the end of the text when it is near.
func sectionEnd(text string, base, size int) int {
	if len(text)-base <= size {
		return len(text)
	}
	window := text[base : base+size]
	if k := strings.LastIndexByte(window, '\n'); k > 0 {
		return base + k + 1
	}
	if k := strings.LastIndex(window, ". "); k > 0 {
		return base + k + 2
	}
	end := base + size
	for end > base && !utf8.RuneStart(text[end]) {
		end--
	}
	if end == base {
		return base + size
	}
	return end
}

// sectionMerger builds one Document from the Documents of the sections.
type sectionMerger struct {
	doc      graph.Document
	seen     map[string]bool
	persons  map[string]int   // name → index in doc.Persons
	facts    map[string][]int // Fact.Identity → indexes in doc.Facts
	entities map[string]bool  // kind and key
}

// start takes the metadata of the first section's Document.
func (m *sectionMerger) start(d graph.Document) {
	m.doc = d
	m.doc.Countries, m.doc.Bodies, m.doc.Organizations = []string{}, []string{}, []string{}
	m.doc.Persons, m.doc.Facts, m.doc.Entities = []graph.Person{}, []graph.Fact{}, nil
	m.seen = map[string]bool{}
	m.persons = map[string]int{}
	m.facts = map[string][]int{}
	m.entities = map[string]bool{}
}

// add merges the Document of the section that starts at byte base.
func (m *sectionMerger) add(d graph.Document, base int) {
	union := func(list *[]string, prefix string, keys []string) {
		for _, k := range keys {
			if !m.seen[prefix+k] {
				m.seen[prefix+k] = true
				*list = append(*list, k)
			}
		}
	}
	union(&m.doc.Countries, "c:", d.Countries)
	union(&m.doc.Bodies, "b:", d.Bodies)
	union(&m.doc.Organizations, "o:", d.Organizations)
	for _, en := range d.Entities {
		if k := string(en.Kind) + " " + en.Key; !m.entities[k] {
			m.entities[k] = true
			m.doc.Entities = append(m.doc.Entities, en)
		}
	}
	for _, p := range d.Persons {
		p.Start += base
		p.End += base
		k, ok := m.persons[p.Name]
		if !ok {
			m.persons[p.Name] = len(m.doc.Persons)
			m.doc.Persons = append(m.doc.Persons, p)
			continue
		}
		o := &m.doc.Persons[k]
		if o.Title == "" {
			o.Title = p.Title
		}
		if o.Org == "" {
			o.Org = p.Org
		}
		for _, al := range p.Aliases {
			o.Aliases = appendUnique(o.Aliases, al)
		}
	}
facts:
	for _, f := range d.Facts {
		for i := range f.Evidence {
			f.Evidence[i].Start += base
			f.Evidence[i].End += base
		}
		id := f.Identity()
		for _, k := range m.facts[id] {
			if o := &m.doc.Facts[k]; sameReport(o, &f) {
				absorb(o, f)
				continue facts
			}
		}
		m.facts[id] = append(m.facts[id], len(m.doc.Facts))
		m.doc.Facts = append(m.doc.Facts, f)
	}
}
