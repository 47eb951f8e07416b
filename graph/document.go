package graph

import (
	"sort"
	"strconv"
	"strings"
)

// FactType names a kind of cooperation fact.
type FactType string

// The fact types of the gold schema.
const (
	Memorandum    FactType = "memorandum"
	Observation   FactType = "observation"
	Meeting       FactType = "meeting"
	Invitation    FactType = "invitation"
	Award         FactType = "award"
	Participation FactType = "participation"
)

// FactTypes lists every fact type in a fixed order.
var FactTypes = []FactType{Memorandum, Observation, Meeting, Invitation, Award, Participation}

// Memorandum statuses.
const (
	StatusSigned   = "signed"
	StatusProposed = "proposed"
	StatusPlanned  = "planned"
)

// StatusRank orders memorandum statuses by strength, so that the strongest
// report wins: signed (3) > planned (2) > proposed (1) > anything else (0).
func StatusRank(s string) int {
	switch s {
	case StatusSigned:
		return 3
	case StatusPlanned:
		return 2
	case StatusProposed:
		return 1
	}
	return 0
}

// Evidence ties a fact to the sentence that states it: the sentence text, its
// byte offsets [Start, End) in the article's cleaned text, and the rule that fired.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule"`
}

// Fact is one cooperation fact. Which fields are set depends on Type:
// memorandum (Parties, Status, Year), observation (Observer, Country, Year),
// meeting (Parties, Date), invitation (From, To, Purpose, Date),
// award (From, To, Award), participation (Party, Event, Country, Organizers).
// Year 0 and Date "" mean unknown.
type Fact struct {
	Type       FactType   `json:"type"`
	Parties    []string   `json:"parties,omitempty"`
	Status     string     `json:"status,omitempty"`
	Year       int        `json:"year,omitempty"`
	Date       string     `json:"date,omitempty"`
	Observer   string     `json:"observer,omitempty"`
	Country    string     `json:"country,omitempty"`
	From       string     `json:"from,omitempty"`
	To         string     `json:"to,omitempty"`
	Purpose    string     `json:"purpose,omitempty"`
	Award      string     `json:"award,omitempty"`
	Party      string     `json:"party,omitempty"`
	Event      string     `json:"event,omitempty"`
	Organizers []string   `json:"organizers,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
	// Confidence, from 0 to 1, says how surely the article states the
	// fact, from how it was found (see loader.Score); 0 means not scored.
	Confidence float64 `json:"confidence,omitempty"`
}

// Actors returns every actor key the fact links to, in a stable order.
func (f Fact) Actors() []string {
	var out []string
	add := func(ks ...string) {
		for _, k := range ks {
			if k != "" {
				out = append(out, k)
			}
		}
	}
	add(f.Parties...)
	add(f.Observer, f.From, f.To, f.Party)
	add(f.Organizers...)
	return out
}

// Identity is the part of a fact's key that does not depend on when it
// happened: its type and sorted parties (and, per type, the direction, the
// observed country, the purpose or the award). Two reports with the same
// identity and compatible dates are the same fact.
func (f Fact) Identity() string {
	var b strings.Builder
	b.WriteString(string(f.Type))
	sep := func(s string) { b.WriteByte('|'); b.WriteString(s) }
	switch f.Type {
	case Memorandum, Meeting:
		ps := append([]string(nil), f.Parties...)
		sort.Strings(ps)
		sep(strings.Join(ps, "+"))
	case Observation:
		sep(f.Observer)
		sep(f.Country)
	case Invitation:
		sep(f.From)
		sep(f.To)
		sep(f.Purpose)
	case Award:
		sep(f.From)
		sep(f.To)
		sep(f.Award)
	case Participation:
		sep(f.Party)
		sep(f.Event)
		sep(f.Country)
	}
	return b.String()
}

// When is the fact's time qualifier: its date, else its year, else "".
func (f Fact) When() string {
	if f.Date != "" {
		return f.Date
	}
	if f.Year != 0 {
		return strconv.Itoa(f.Year)
	}
	return ""
}

// Key is the fact's stable key: Identity plus When where known. Memoranda
// are keyed without a time (one memorandum per pair of parties).
func (f Fact) Key() string {
	if f.Type == Memorandum || f.When() == "" {
		return f.Identity()
	}
	return f.Identity() + "@" + f.When()
}

// Person is a named person as an article presents them: the name in the
// nominative (given name first, no patronymic), other spellings seen, and the
// title and organisation key from an apposition. Title is one of chairman,
// deputy_chairman, secretary, member, head, ambassador, diplomat, official,
// expert, observer, other, or "".
type Person struct {
	Name    string   `json:"name"`
	Title   string   `json:"title,omitempty"`
	Org     string   `json:"org,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// Entity is a named non-person actor of a Document with its display name as
// the article gives it.
type Entity struct {
	Key  string `json:"key"`
	Kind Kind   `json:"kind"`
	Name string `json:"name,omitempty"`
}

// Document is one article's extraction: metadata, the cleaned text, the
// entities it names and the facts it states. Its JSON form is the gold schema
// of the evaluation corpus plus evidence and metadata.
type Document struct {
	ID               string   `json:"id"`
	Path             string   `json:"path,omitempty"`
	URL              string   `json:"source_url,omitempty"`
	Title            string   `json:"title,omitempty"`
	Published        string   `json:"published,omitempty"`
	Source           string   `json:"source,omitempty"`
	Language         string   `json:"language,omitempty"`
	Encoding         string   `json:"encoding,omitempty"`
	SHA256           string   `json:"sha256,omitempty"`
	ExtractorVersion string   `json:"extractor_version,omitempty"`
	Countries        []string `json:"countries"`
	Bodies           []string `json:"bodies"`
	Organizations    []string `json:"organizations"`
	Persons          []Person `json:"persons"`
	Facts            []Fact   `json:"facts"`
	// Entities gives display names for the keys in Countries, Bodies and
	// Organizations and for governments, NGOs and sub-national bodies.
	Entities []Entity `json:"entities,omitempty"`
	// Text is the cleaned text that evidence offsets point into; it is not
	// part of the JSON output.
	Text string `json:"-"`
}
