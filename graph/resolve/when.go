package resolve

import (
	"sort"
	"strings"
)

// Compatible reports whether two time qualifiers of a fact can describe the
// same event: one is empty, or one is a prefix of the other on a date
// boundary ("2024" and "2024-04-09", "2024-04" and "2024-04-09").
func Compatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && b[len(a)] == '-'
}

// Whens resolves the time qualifiers of the reports of one fact identity
// (type and parties): it maps each qualifier to the qualifier of the fact
// node its reports belong to. A qualifier goes to the one most precise
// qualifier it is compatible with, when there is exactly one; otherwise it
// stays itself (so an undated report joins the dated one of the same pair
// when nothing contradicts, and stays apart when two dates compete). The
// result depends only on the set of qualifiers.
func Whens(whens []string) map[string]string {
	set := map[string]bool{}
	for _, w := range whens {
		set[w] = true
	}
	var all []string
	for w := range set {
		all = append(all, w)
	}
	sort.Strings(all)
	// Maximal qualifiers: nothing else refines them.
	var maximal []string
	for _, w := range all {
		if w == "" {
			continue
		}
		refined := false
		for _, o := range all {
			if o != w && o != "" && len(o) > len(w) && Compatible(w, o) {
				refined = true
				break
			}
		}
		if !refined {
			maximal = append(maximal, w)
		}
	}
	out := make(map[string]string, len(all))
	for _, w := range all {
		var cands []string
		for _, m := range maximal {
			if Compatible(w, m) {
				cands = append(cands, m)
			}
		}
		if len(cands) == 1 {
			out[w] = cands[0]
		} else {
			out[w] = w
		}
	}
	return out
}

// FactKey is the key of the fact node with identity and time qualifier
// when: "identity@when", or the identity alone when when is empty.
func FactKey(identity, when string) string {
	if when == "" {
		return identity
	}
	return identity + "@" + when
}

// RenameInIdentity replaces the actor key from by to in a fact identity
// (graph.Fact.Identity: "type|a+b" for memoranda and meetings, "type|x|y|…"
// otherwise), keeping party lists sorted.
func RenameInIdentity(identity, from, to string) string {
	fields := strings.Split(identity, "|")
	for i := 1; i < len(fields); i++ {
		if fields[i] == from {
			fields[i] = to
			continue
		}
		if (fields[0] == "memorandum" || fields[0] == "meeting") && i == 1 {
			ps := strings.Split(fields[i], "+")
			changed := false
			for j, p := range ps {
				if p == from {
					ps[j] = to
					changed = true
				}
			}
			if changed {
				sort.Strings(ps)
				fields[i] = strings.Join(ps, "+")
			}
		}
	}
	return strings.Join(fields, "|")
}
