package graph

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// JudgementKind says what an analyst's judgement does.
type JudgementKind string

// The kinds of judgement.
const (
	// JudgeReject hides a fact (Target: its key) from every report,
	// whatever the articles say, until the judgement is withdrawn.
	JudgeReject JudgementKind = "reject"
	// JudgeConfirm marks a fact (Target: its key) reviewed; it stays in the
	// graph, with the evidence it had, when no article reports it any more.
	JudgeConfirm JudgementKind = "confirm"
	// JudgeAlias maps a name (Target) to an actor key (Key) on every
	// extraction.
	JudgeAlias JudgementKind = "alias"
	// JudgeSet corrects attributes (Attrs) of a fact (Target: its key).
	JudgeSet JudgementKind = "set"
	// JudgeSame says that persons' names (Names) denote one person.
	JudgeSame JudgementKind = "same"
	// JudgeNotSame says that persons' names (Names) denote different persons.
	JudgeNotSame JudgementKind = "not-same"
)

// JudgementKinds lists every kind in a fixed order.
var JudgementKinds = []JudgementKind{JudgeReject, JudgeConfirm, JudgeAlias, JudgeSet, JudgeSame, JudgeNotSame}

// SettableAttrs are the fact attributes a set judgement may correct, with
// the fact types that have them.
var SettableAttrs = map[string][]FactType{
	"status":  {Memorandum},
	"year":    {Memorandum, Observation},
	"date":    {Meeting, Invitation},
	"purpose": {Invitation},
}

// Judgement is one analyst's correction: what it does (Kind), what it is
// about (Target: a fact key, or for an alias the name), and who made it,
// when and why. Key is an alias's actor key; Attrs a set judgement's
// attributes; Names the persons' names of same and not-same.
type Judgement struct {
	Kind   JudgementKind     `yaml:"kind" json:"kind"`
	Target string            `yaml:"target,omitempty" json:"target,omitempty"`
	Key    string            `yaml:"key,omitempty" json:"key,omitempty"`
	Attrs  map[string]string `yaml:"set,omitempty" json:"set,omitempty"`
	Names  []string          `yaml:"names,omitempty" json:"names,omitempty"`
	Who    string            `yaml:"who" json:"who"`
	When   time.Time         `yaml:"when" json:"when"`
	Why    string            `yaml:"why" json:"why"`
}

// ID is the judgement's identity: its kind and what it is about. Two
// judgements with one ID are the same judgement (the later replaces the
// earlier); withdraw names a judgement by its kind and target.
func (j Judgement) ID() string {
	switch j.Kind {
	case JudgeSame, JudgeNotSame:
		ns := make([]string, len(j.Names))
		for i, n := range j.Names {
			ns[i] = strings.Join(strings.Fields(n), " ")
		}
		sort.Strings(ns)
		return string(j.Kind) + "|" + strings.Join(ns, "+")
	case JudgeAlias:
		return string(j.Kind) + "|" + NormalizeAlias(j.Target)
	}
	return string(j.Kind) + "|" + j.Target
}

// OnFact tells whether the judgement is about a fact (reject, confirm, set).
func (j Judgement) OnFact() bool {
	return j.Kind == JudgeReject || j.Kind == JudgeConfirm || j.Kind == JudgeSet
}

// NormalizeAlias is the form in which alias names are compared: lower
// case, ё as е, spaces collapsed, quotes dropped.
func NormalizeAlias(name string) string {
	name = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(name, "ё", "е"), "Ё", "Е"))
	name = strings.Map(func(r rune) rune {
		switch r {
		case '«', '»', '"', '“', '”', '„':
			return -1
		}
		return r
	}, name)
	return strings.Join(strings.Fields(name), " ")
}

// Check says what is wrong with a judgement, or nil: a known kind, a
// target of the right form, a who, a when, and for its kind an actor key,
// attributes or two names. Whether a fact key exists is for the store to
// say.
func (j Judgement) Check() error {
	if strings.TrimSpace(j.Who) == "" {
		return errors.New("who is empty: say who made the judgement")
	}
	if j.When.IsZero() {
		return errors.New("when is empty")
	}
	switch j.Kind {
	case JudgeReject, JudgeConfirm, JudgeSet:
		if err := checkFactKey(j.Target); err != nil {
			return err
		}
		if j.Kind != JudgeSet {
			if len(j.Attrs) > 0 || j.Key != "" || len(j.Names) > 0 {
				return fmt.Errorf("%s takes a fact key only", j.Kind)
			}
			return nil
		}
		if len(j.Attrs) == 0 {
			return errors.New("set needs at least one attribute, e.g. status=signed")
		}
		typ := FactType(strings.SplitN(j.Target, "|", 2)[0])
		for _, a := range sortedAttrs(j.Attrs) {
			if err := checkAttr(typ, a, j.Attrs[a]); err != nil {
				return err
			}
		}
	case JudgeAlias:
		if NormalizeAlias(j.Target) == "" {
			return errors.New("alias needs a name")
		}
		if k := KindOf(j.Key); k == KindPerson || k == KindUnknown || k == KindCountry {
			return fmt.Errorf("alias key %q is not the key of an electoral body, government, NGO or organisation (e.g. EE/CEC, OSCE)", j.Key)
		}
	case JudgeSame, JudgeNotSame:
		if len(j.Names) < 2 {
			return fmt.Errorf("%s needs at least two names", j.Kind)
		}
		for _, n := range j.Names {
			if strings.TrimSpace(n) == "" {
				return fmt.Errorf("%s: an empty name", j.Kind)
			}
		}
	default:
		return fmt.Errorf("unknown kind %q (want one of %s)", j.Kind, kindList())
	}
	return nil
}

func kindList() string {
	ks := make([]string, len(JudgementKinds))
	for i, k := range JudgementKinds {
		ks[i] = string(k)
	}
	return strings.Join(ks, ", ")
}

// checkFactKey checks that key has the form of a fact key: a fact type,
// '|' and the rest.
func checkFactKey(key string) error {
	typ, rest, ok := strings.Cut(key, "|")
	if ok && rest != "" {
		for _, t := range FactTypes {
			if FactType(typ) == t {
				return nil
			}
		}
	}
	return fmt.Errorf("%q is not a fact key (e.g. 'memorandum|KG/CEC+KZ/CEC', as the reports print them)", key)
}

// checkAttr checks one attribute of a set judgement on a fact of type typ.
func checkAttr(typ FactType, attr, value string) error {
	types, ok := SettableAttrs[attr]
	if !ok {
		return fmt.Errorf("cannot set %q: settable attributes are %s", attr, strings.Join(sortedAttrs(SettableAttrs), ", "))
	}
	found := false
	for _, t := range types {
		found = found || t == typ
	}
	if !found {
		return fmt.Errorf("a %s has no %s", typ, attr)
	}
	switch attr {
	case "status":
		if StatusRank(value) == 0 {
			return fmt.Errorf("status must be signed, planned or proposed, not %q", value)
		}
	case "year":
		if y, err := strconv.Atoi(value); err != nil || y < 1900 || y > 2200 {
			return fmt.Errorf("year must be a year such as 2019, not %q", value)
		}
	case "date":
		if _, err := time.Parse("2006-01-02", value); err != nil {
			return fmt.Errorf("date must be YYYY-MM-DD, not %q", value)
		}
	case "purpose":
		if strings.TrimSpace(value) == "" {
			return errors.New("purpose is empty")
		}
	}
	return nil
}

func sortedAttrs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// AttrList is a set judgement's attributes as attr=value words, sorted.
func (j Judgement) AttrList() []string {
	out := make([]string, 0, len(j.Attrs))
	for _, k := range sortedAttrs(j.Attrs) {
		out = append(out, k+"="+j.Attrs[k])
	}
	return out
}

// ParseAttrs reads attr=value words (status=signed year=2019) into a map.
func ParseAttrs(words []string) (map[string]string, error) {
	out := map[string]string{}
	for _, w := range words {
		k, v, ok := strings.Cut(w, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("%q is not attr=value", w)
		}
		out[k] = v
	}
	return out, nil
}

// Aliases maps normalised names to actor keys: the alias judgements in
// force, applied to every extraction.
type Aliases map[string]string

// NewAliases collects the alias judgements among js.
func NewAliases(js []Judgement) Aliases {
	a := Aliases{}
	for _, j := range js {
		if j.Kind == JudgeAlias {
			a[NormalizeAlias(j.Target)] = j.Key
		}
	}
	return a
}

// Apply rewrites a document by the aliases: an entity whose name (as the
// extraction gives it) or key an alias names takes the alias's key, and every use of its old key in the
// document (bodies, organisations, persons' organisations, facts' parties)
// follows. It returns how many entities changed key.
func (a Aliases) Apply(d *Document) int {
	if len(a) == 0 {
		return 0
	}
	re := map[string]string{}
	for i, e := range d.Entities {
		to, ok := a[NormalizeAlias(e.Name)]
		if !ok {
			to, ok = a[NormalizeAlias(e.Key)]
		}
		if !ok || to == e.Key {
			continue
		}
		re[e.Key] = to
		d.Entities[i].Key = to
		d.Entities[i].Kind = KindOf(to)
	}
	if len(re) == 0 {
		return 0
	}
	sub := func(k string) string {
		if to, ok := re[k]; ok {
			return to
		}
		return k
	}
	subAll := func(ks []string) []string {
		out := make([]string, 0, len(ks))
		seen := map[string]bool{}
		for _, k := range ks {
			k = sub(k)
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
		return out
	}
	// The key's new kind decides its list.
	all := append(append([]string(nil), d.Bodies...), d.Organizations...)
	d.Bodies, d.Organizations = nil, nil
	for _, k := range subAll(all) {
		if KindOf(k) == KindOrganization {
			d.Organizations = append(d.Organizations, k)
		} else {
			d.Bodies = append(d.Bodies, k)
		}
	}
	if d.Bodies == nil {
		d.Bodies = []string{}
	}
	if d.Organizations == nil {
		d.Organizations = []string{}
	}
	for _, k := range re {
		if cc := CountryOf(k); cc != "" && !contains(d.Countries, cc) {
			d.Countries = append(d.Countries, cc)
		}
	}
	for i := range d.Persons {
		d.Persons[i].Org = sub(d.Persons[i].Org)
	}
	for i := range d.Facts {
		f := &d.Facts[i]
		f.Parties = subAll(f.Parties)
		f.Organizers = subAll(f.Organizers)
		f.Observer, f.From, f.To, f.Party = sub(f.Observer), sub(f.From), sub(f.To), sub(f.Party)
	}
	return len(re)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
