package resolve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Overrides are a user's corrections of person resolution, read from a YAML
// file:
//
//	persons:
//	  same:                     # these names are one person
//	    - [Н. Абдиров, Нурлан Абдиров]
//	  not_same:                 # these names are different persons
//	    - [А. Иванов, Алексей Иванов]
//	  preferred:                # the name to show for a person (any of its names → name)
//	    Rajiv Kumar: Раджив Кумар
//
// Names are compared after collapsing spaces. The zero value (and nil)
// changes nothing.
type Overrides struct {
	Persons PersonOverrides `yaml:"persons"`
}

// PersonOverrides are the person judgements of an override file.
type PersonOverrides struct {
	// Same lists groups of names that denote one person.
	Same [][]string `yaml:"same"`
	// NotSame lists pairs (or groups) of names that denote different persons.
	NotSame [][]string `yaml:"not_same"`
	// Preferred maps a name to the canonical name of its person.
	Preferred map[string]string `yaml:"preferred"`
}

// LoadOverrides reads and checks an override file.
func LoadOverrides(path string) (*Overrides, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the override file: %w", err)
	}
	ov, err := ParseOverrides(raw)
	if err != nil {
		return nil, fmt.Errorf("override file %s: %w", path, err)
	}
	return ov, nil
}

// ParseOverrides parses and checks the YAML of an override file: unknown
// keys are errors, every group has two or more names, and no pair is both
// same and not-same.
func ParseOverrides(raw []byte) (*Overrides, error) {
	ov := &Overrides{}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(ov); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	for i, g := range ov.Persons.Same {
		if len(g) < 2 {
			return nil, fmt.Errorf("persons.same[%d]: a group needs at least two names", i)
		}
	}
	for i, g := range ov.Persons.NotSame {
		if len(g) < 2 {
			return nil, fmt.Errorf("persons.not_same[%d]: a group needs at least two names", i)
		}
	}
	for _, p := range ov.samePairs() {
		if ov.NotSame(p[0], p[1]) {
			return nil, fmt.Errorf("%q and %q are listed both as same and as not_same", p[0], p[1])
		}
	}
	for k, v := range ov.Persons.Preferred {
		if strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
			return nil, errors.New("persons.preferred: empty name")
		}
	}
	return ov, nil
}

// NotSame reports whether the overrides say that a and b are different persons.
func (o *Overrides) NotSame(a, b string) bool {
	if o == nil {
		return false
	}
	a, b = norm(a), norm(b)
	for _, g := range o.Persons.NotSame {
		ia, ib := false, false
		for _, n := range g {
			n = norm(n)
			ia = ia || n == a
			ib = ib || n == b
		}
		if ia && ib && a != b {
			return true
		}
	}
	return false
}

// Preferred returns the canonical name the overrides give name, or "".
func (o *Overrides) Preferred(name string) string {
	if o == nil {
		return ""
	}
	name = norm(name)
	for k, v := range o.Persons.Preferred {
		if norm(k) == name {
			return norm(v)
		}
	}
	for _, v := range o.Persons.Preferred {
		if norm(v) == name {
			return name
		}
	}
	return ""
}

// Names returns every name the overrides mention, sorted.
func (o *Overrides) Names() []string {
	if o == nil {
		return nil
	}
	set := map[string]bool{}
	for _, g := range o.Persons.Same {
		for _, n := range g {
			set[norm(n)] = true
		}
	}
	for _, g := range o.Persons.NotSame {
		for _, n := range g {
			set[norm(n)] = true
		}
	}
	for k, v := range o.Persons.Preferred {
		set[norm(k)], set[norm(v)] = true, true
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Families returns the families linked to family f by same-person
// overrides (f itself included): the families a resolution of f must see.
func (o *Overrides) Families(f string) []string {
	out := []string{f}
	if o == nil {
		return out
	}
	seen := map[string]bool{f: true}
	for changed := true; changed; {
		changed = false
		for _, g := range o.Persons.Same {
			hit := false
			for _, n := range g {
				if seen[FamilyOf(n)] {
					hit = true
				}
			}
			if !hit {
				continue
			}
			for _, n := range g {
				if fam := FamilyOf(n); !seen[fam] {
					seen[fam] = true
					out = append(out, fam)
					changed = true
				}
			}
		}
		for k, v := range o.Persons.Preferred {
			if seen[FamilyOf(k)] && !seen[FamilyOf(v)] {
				seen[FamilyOf(v)] = true
				out = append(out, FamilyOf(v))
				changed = true
			}
		}
	}
	sort.Strings(out)
	return out
}

// samePairs returns the same-person groups as pairs (first name, other name).
func (o *Overrides) samePairs() [][2]string {
	if o == nil {
		return nil
	}
	var out [][2]string
	for _, g := range o.Persons.Same {
		for _, n := range g[1:] {
			out = append(out, [2]string{norm(g[0]), norm(n)})
		}
	}
	return out
}
