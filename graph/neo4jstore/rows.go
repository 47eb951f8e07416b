package neo4jstore

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/graph/resolve"
)

// Node labels of actors, decided from their keys by graph.KindOf.
const (
	labelCountry       = "Country"
	labelBody          = "ElectoralBody"
	labelOrganization  = "Organization"
	labelGovernment    = "Government"
	labelNGO           = "NGO"
	labelPerson        = "Person"
	levelNational      = "national"
	levelSubnational   = "subnational"
	unknownElectionKey = "unknown"
)

// step is one kind of write: a fixed Cypher statement and the rows it
// UNWINDs, run in batches.
type step struct {
	name  string
	query string
	rows  []map[string]any
	// parallel steps may run in several transactions at once
	// (Store.writeSteps): each row writes its own fact or article's
	// mentions, with CREATE where MERGE would lock shared nodes.
	parallel bool
}

// rowSet keeps rows by key in first-seen order.
type rowSet struct {
	keys []string
	rows map[string]map[string]any
}

func (r *rowSet) get(key string) (map[string]any, bool) {
	row, ok := r.rows[key]
	return row, ok
}

func (r *rowSet) put(key string, row map[string]any) {
	if r.rows == nil {
		r.rows = map[string]map[string]any{}
	}
	if _, ok := r.rows[key]; !ok {
		r.keys = append(r.keys, key)
	}
	r.rows[key] = row
}

func (r *rowSet) list() []map[string]any {
	out := make([]map[string]any, 0, len(r.keys))
	for _, k := range r.keys {
		out = append(out, r.rows[k])
	}
	return out
}

// plan collects the rows of every step for a set of documents, merging
// duplicates in Go the way the Cypher merges them across loads.
type plan struct {
	articles, countries, bodies, governments, ngos, organizations, persons rowSet
	elections, events, holds, mentions                                     rowSet
	facts                                                                  map[graph.FactType]*rowSet
	reported                                                               map[string]int        // fact label+key+article → index in reports
	canon                                                                  map[string]string     // raw person name → canonical key
	identities                                                             map[string]bool       // identities of the facts written
	factKeys                                                               []string              // keys of the memoranda written (recomputed after the load)
	families                                                               map[string]bool       // families of the persons written
	kinds                                                                  map[string]graph.Kind // graph.KindOf of the keys seen, which it finds with regular expressions
}

// kindOf is graph.KindOf, remembered for each key: a load asks about the
// same few actors thousands of times.
func (p *plan) kindOf(key string) graph.Kind {
	if k, ok := p.kinds[key]; ok {
		return k
	}
	if p.kinds == nil {
		p.kinds = map[string]graph.Kind{}
	}
	k := graph.KindOf(key)
	p.kinds[key] = k
	return k
}

// personKey is the canonical key of a raw person name, bounded in length
// (graph.BoundKey).
func (p *plan) personKey(raw string) string {
	raw = strings.Join(strings.Fields(raw), " ")
	if k, ok := p.canon[raw]; ok && k != "" {
		return graph.BoundKey(k)
	}
	return graph.BoundKey(raw)
}

// buildSteps turns documents into the ordered write steps of a load: nodes
// before the relationships that need them.
func buildSteps(docs []graph.Document, canon map[string]string) ([]step, *plan, error) {
	p := &plan{facts: map[graph.FactType]*rowSet{}, reported: map[string]int{}, canon: canon, identities: map[string]bool{}}
	for _, t := range graph.FactTypes {
		p.facts[t] = &rowSet{}
	}
	for i := range docs {
		if err := p.addDocument(&docs[i]); err != nil {
			return nil, nil, err
		}
	}
	steps := []step{
		{"articles", loadArticlesCypher, p.articles.list(), false},
		{"countries", loadCountriesCypher, p.countries.list(), false},
		{"electoral bodies", loadBodiesCypher, p.bodies.list(), false},
		{"governments", loadGovernmentsCypher, p.governments.list(), false},
		{"NGOs", loadNGOsCypher, p.ngos.list(), false},
		{"organizations", loadOrganizationsCypher, p.organizations.list(), false},
		{"persons", loadPersonsCypher, p.persons.list(), false},
		{"elections", loadElectionsCypher, p.elections.list(), false},
		{"events", loadEventsCypher, p.events.list(), false},
		{"positions", loadHoldsCypher, p.holds.list(), false},
		{"mentions", loadMentionsCypher, byArticle(p.mentions.list()), true},
		{"memoranda", withAggregates(loadMemorandaCypher), p.facts[graph.Memorandum].list(), true},
		{"observations", withAggregates(loadObservationsCypher), p.facts[graph.Observation].list(), true},
		{"meetings", withAggregates(loadMeetingsCypher), p.facts[graph.Meeting].list(), true},
		{"invitations", withAggregates(loadInvitationsCypher), p.facts[graph.Invitation].list(), true},
		{"awards", withAggregates(loadAwardsCypher), p.facts[graph.Award].list(), true},
		// participations MERGE edges between actors and events, and the
		// organisers' lists, which other rows share: alone, after the others
		{"participations", withAggregates(loadParticipationsCypher), p.facts[graph.Participation].list(), false},
	}
	for i := range steps {
		steps[i].query = plannedOnce(steps[i].query)
	}
	return steps, p, nil
}

// plannedOnce asks Neo4j to keep the plan it made for a statement of a
// load (CYPHER replan=skip). Otherwise Neo4j plans it again whenever the
// counts of nodes and relationships it planned with have changed by more
// than a threshold, at most every 10 seconds: a load into a new or emptied
// graph changes them that much with every batch, and planning the write
// statements once takes about 0.9 s of the server's CPU (warm; more on a
// fresh server). Their plans do not depend on those counts: every node they
// touch is found by its key through a uniqueness constraint, and every
// relationship from a node found so.
func plannedOnce(query string) string {
	return "CYPHER replan=skip\n" + query
}

// withAggregates appends to a statement that writes facts the computation
// of their report counts and sides (facts_aggregates.cypher).
func withAggregates(query string) string {
	return strings.TrimRight(query, " \n") + "\n" + factsAggregatesCypher
}

// byArticle groups mention rows by their article, in order: one row
// {article, targets: [{target, name, aliases}]} per article, so that the
// statement finds each article once. A target key comes once per article:
// the statement creates one edge per target, and the last of two rows of
// one key (one node, whatever the label) is the one kept, as a MERGE and
// SET of each would leave it.
func byArticle(rows []map[string]any) []map[string]any {
	var out []map[string]any
	at := map[string]int{}
	targetAt := map[[2]string]int{}
	for _, r := range rows {
		id := r["article"].(string)
		n, ok := at[id]
		if !ok {
			n = len(out)
			at[id] = n
			out = append(out, map[string]any{"article": id, "targets": []any{}})
		}
		x := map[string]any{"target": r["target"], "name": r["name"], "aliases": r["aliases"]}
		targets := out[n]["targets"].([]any)
		tk := [2]string{id, r["target"].(map[string]any)["key"].(string)}
		if i, dup := targetAt[tk]; dup {
			targets[i] = x
			continue
		}
		targetAt[tk] = len(targets)
		out[n]["targets"] = append(targets, x)
	}
	return out
}

// docContext is what the rows of one document share.
type docContext struct {
	id        string
	published any // "YYYY-MM-DD" or nil
	names     map[string]string
	// organizations are the document's organisation keys, some of which
	// are also country codes ("AU").
	organizations map[string]bool
	// confidence is the highest confidence of the document's facts of each
	// identity: the confidence of its report on that fact, whichever node
	// (dated or not) holds the report.
	confidence map[string]float64
}

func (p *plan) addDocument(doc *graph.Document) error {
	id := strings.TrimSpace(doc.ID)
	if id == "" {
		return fmt.Errorf("document %q has no id", doc.Path)
	}
	dc := &docContext{id: id, published: nullable(NormalizeDate(doc.Published)), names: map[string]string{}, organizations: map[string]bool{}}
	for _, e := range doc.Entities {
		if name := strings.TrimSpace(e.Name); name != "" && e.Key != "" {
			dc.names[e.Key] = name
		}
		if e.Kind == graph.KindOrganization {
			dc.organizations[strings.TrimSpace(e.Key)] = true
		}
	}
	for _, k := range doc.Organizations {
		dc.organizations[strings.TrimSpace(k)] = true
	}
	p.articles.put(id, map[string]any{
		"key":               id,
		"path":              nullable(doc.Path),
		"url":               nullable(doc.URL),
		"title":             nullable(doc.Title),
		"published":         dc.published,
		"source":            nullable(doc.Source),
		"language":          nullable(doc.Language),
		"extractor_version": nullable(doc.ExtractorVersion),
	})

	mentionRef := func(ref map[string]any, ok bool) {
		if !ok {
			return
		}
		mkey := id + "\x00" + ref["label"].(string) + "\x00" + ref["key"].(string)
		if _, seen := p.mentions.get(mkey); !seen {
			p.mentions.put(mkey, map[string]any{"article": id, "target": ref, "name": nil, "aliases": []any{}})
		}
	}
	mention := func(key string) { mentionRef(p.actor(key, dc)) }
	mentionPerson := func(raw string, aliases []string) {
		ref, ok := p.actor(raw, dc)
		if !ok {
			return
		}
		mkey := id + "\x00" + labelPerson + "\x00" + ref["key"].(string)
		row, seen := p.mentions.get(mkey)
		if !seen {
			row = map[string]any{"article": id, "target": ref, "name": strings.Join(strings.Fields(raw), " "), "aliases": []any{}}
			p.mentions.put(mkey, row)
		}
		list := row["aliases"].([]any)
		for _, a := range aliases {
			a = strings.Join(strings.Fields(a), " ")
			if a != "" && !containsAny(list, a) {
				list = append(list, a)
			}
		}
		row["aliases"] = list
	}
	for _, k := range doc.Countries {
		// a country, even when an organisation's key is the same code
		mentionRef(p.actorOfKind(strings.TrimSpace(k), graph.KindCountry, dc))
	}
	for _, k := range doc.Bodies {
		mention(k)
	}
	for _, k := range doc.Organizations {
		mention(k)
	}
	for _, e := range doc.Entities {
		mention(e.Key)
	}
	for _, person := range doc.Persons {
		name := strings.TrimSpace(person.Name)
		if name == "" {
			continue
		}
		key := p.personKey(name)
		p.person(key, append([]string{name}, person.Aliases...))
		mentionPerson(name, person.Aliases)
		if person.Org == "" {
			continue
		}
		ref, ok := p.actor(person.Org, dc)
		if !ok || ref["label"] == labelPerson || ref["label"] == labelCountry {
			continue
		}
		mention(person.Org)
		p.hold(key, ref, person.Title, dc)
	}
	facts := make([]graph.Fact, len(doc.Facts))
	dc.confidence = map[string]float64{}
	for i, f := range doc.Facts {
		facts[i] = p.canonFact(f)
		id := graph.Bound(facts[i].Identity(), graph.MaxIdentityBytes)
		dc.confidence[id] = max(dc.confidence[id], f.Confidence)
	}
	for i, f := range doc.Facts {
		for _, k := range f.Actors() {
			if p.kindOf(strings.TrimSpace(k)) == graph.KindPerson {
				mentionPerson(k, nil)
			} else {
				mention(k)
			}
		}
		p.addFact(facts[i], dc)
	}
	return nil
}

// actor makes sure the node of an actor key exists in the plan and returns
// its reference {key, label}; ok is false for keys that name nothing. A key
// longer than graph.MaxKeyBytes is shortened (graph.BoundKey); the node's
// name keeps the whole key when the article gives no name.
func (p *plan) actor(key string, dc *docContext) (map[string]any, bool) {
	full := strings.TrimSpace(key)
	kind := p.kindOf(full)
	if kind == graph.KindCountry && dc.organizations[full] {
		// "AU", the African Union's key, is also Australia's code: where
		// the document lists it among its organisations, an actor "AU" is
		// the organisation (a country is never an actor by its code)
		kind = graph.KindOrganization
	}
	return p.actorOfKind(full, kind, dc)
}

// actorOfKind is actor for a key whose kind is known.
func (p *plan) actorOfKind(full string, kind graph.Kind, dc *docContext) (map[string]any, bool) {
	name := nullable(dc.names[full])
	key := graph.BoundKey(full)
	if key != full && name == nil {
		name = full
	}
	var label string
	switch kind {
	case graph.KindCountry:
		label = labelCountry
		p.country(key, dc)
	case graph.KindBody, graph.KindSubBody:
		label = labelBody
		level := levelNational
		if kind == graph.KindSubBody {
			level = levelSubnational
		}
		cc := graph.CountryOf(full)
		p.country(cc, dc)
		mergeNamed(&p.bodies, key, map[string]any{"key": key, "name": name, "level": level, "country": cc})
	case graph.KindGovernment:
		label = labelGovernment
		cc := graph.CountryOf(full)
		p.country(cc, dc)
		mergeNamed(&p.governments, key, map[string]any{"key": key, "name": name, "country": cc})
	case graph.KindNGO:
		label = labelNGO
		cc := graph.CountryOf(full)
		p.country(cc, dc)
		mergeNamed(&p.ngos, key, map[string]any{"key": key, "name": name, "country": cc})
	case graph.KindOrganization:
		label = labelOrganization
		mergeNamed(&p.organizations, key, map[string]any{"key": key, "name": name, "abbrev": key})
	case graph.KindPerson:
		label = labelPerson
		key = p.personKey(full)
		p.person(key, []string{full})
	default:
		return nil, false
	}
	return map[string]any{"key": key, "label": label}, true
}

// country makes sure a Country row exists for code cc.
func (p *plan) country(cc string, dc *docContext) {
	if cc == "" {
		return
	}
	mergeNamed(&p.countries, cc, map[string]any{"key": cc, "name": nullable(dc.names[cc])})
}

// mergeNamed adds row under key, or fills in the name of the row already
// there if it has none.
func mergeNamed(set *rowSet, key string, row map[string]any) {
	old, ok := set.get(key)
	if !ok {
		set.put(key, row)
		return
	}
	if old["name"] == nil && row["name"] != nil {
		old["name"] = row["name"]
	}
}

// person makes sure a Person row exists and gathers its aliases.
func (p *plan) person(name string, aliases []string) {
	row, ok := p.persons.get(name)
	if !ok {
		family := resolve.FamilyOf(name)
		row = map[string]any{"key": name, "name": name, "family": family, "aliases": []any{}}
		p.persons.put(name, row)
		if p.families == nil {
			p.families = map[string]bool{}
		}
		p.families[family] = true
	}
	list := row["aliases"].([]any)
	for _, a := range aliases {
		a = strings.Join(strings.Fields(a), " ")
		if a == "" || a == name || containsAny(list, a) {
			continue
		}
		list = append(list, a)
	}
	row["aliases"] = list
}

// hold records that person holds position title in target, as article dc
// (published on its date) says. One HOLDS per person, target and title; it
// lists the articles that say so, and its first and last seen dates are
// the earliest and latest of their dates. The plan keeps one row per HOLDS
// edge, with its articles in order and their earliest and latest dates, so
// that the statement writes each edge once per batch, not once per article.
func (p *plan) hold(person string, target map[string]any, title string, dc *docContext) {
	if title = strings.TrimSpace(title); title == "" {
		title = TitleUnknown
	}
	key := person + "\x00" + target["key"].(string) + "\x00" + title
	row, ok := p.holds.get(key)
	if !ok {
		row = map[string]any{"person": person, "target": target, "title": title, "articles": []any{}, "first_seen": nil, "last_seen": nil}
		p.holds.put(key, row)
	}
	articles := row["articles"].([]any)
	if n := len(articles); n > 0 && articles[n-1] == dc.id {
		return // the article named the position before (its documents come one after the other)
	}
	row["articles"] = append(articles, dc.id)
	if d, ok := dc.published.(string); ok {
		if first, ok := row["first_seen"].(string); !ok || d < first {
			row["first_seen"] = d
		}
		if last, ok := row["last_seen"].(string); !ok || d > last {
			row["last_seen"] = d
		}
	}
}

// TitleUnknown is the title of a HOLDS edge when the article names the
// organisation but no title.
const TitleUnknown = "other"

// canonFact returns f with its person actors replaced by their canonical keys.
func (p *plan) canonFact(f graph.Fact) graph.Fact {
	c := func(k string) string {
		if p.kindOf(strings.TrimSpace(k)) == graph.KindPerson {
			return p.personKey(k)
		}
		return k
	}
	list := func(ks []string) []string {
		if ks == nil {
			return nil
		}
		out := make([]string, len(ks))
		for i, k := range ks {
			out[i] = c(k)
		}
		return out
	}
	f.Parties = list(f.Parties)
	f.Organizers = list(f.Organizers)
	f.Observer, f.From, f.To, f.Party = c(f.Observer), c(f.From), c(f.To), c(f.Party)
	return f
}

// addFact merges fact f of the document into the plan.
func (p *plan) addFact(f graph.Fact, dc *docContext) {
	set, ok := p.facts[f.Type]
	if !ok {
		return
	}
	identity, when := graph.Bound(f.Identity(), graph.MaxIdentityBytes), f.When()
	if f.Type == graph.Memorandum {
		when = ""
	}
	key := resolve.FactKey(identity, when)
	row, seen := set.get(key)
	if !seen {
		row = map[string]any{"key": key, "identity": identity, "when": when, "actors": []any{}, "reports": []any{}}
		for k, v := range whenProps(when) {
			row[k] = v
		}
		set.put(key, row)
		if f.Type == graph.Memorandum {
			// the status and year of a memorandum are recomputed over all
			// its reports; other facts get their aggregates as they are
			// written (facts_aggregates.cypher)
			p.factKeys = append(p.factKeys, key)
		}
		p.identities[identity] = true
	}
	year := nullableInt(factYear(f))
	switch f.Type {
	case graph.Memorandum:
		if !seen {
			row["status"], row["year"] = nullable(f.Status), year
		} else if graph.StatusRank(f.Status) > graph.StatusRank(str(row["status"])) {
			row["status"] = f.Status
			row["year"] = coalesce(year, row["year"])
		} else {
			row["year"] = coalesce(row["year"], year)
		}
		for _, k := range f.Parties {
			p.factActor(row, k, "party", dc)
		}
	case graph.Observation:
		row["year"] = coalesce(row["year"], year)
		p.factActor(row, f.Observer, "observer", dc)
		if cc := graph.CountryOf(strings.TrimSpace(f.Country)); cc != "" && p.kindOf(cc) == graph.KindCountry {
			p.country(cc, dc)
			ekey := ElectionKey(cc, factYear(f))
			if _, ok := p.elections.get(ekey); !ok {
				p.elections.put(ekey, map[string]any{"key": ekey, "country": cc, "year": year, "kind": nil})
			}
			row["election"] = ekey
		} else if !seen {
			row["election"] = nil
		}
	case graph.Meeting:
		row["date"] = coalesce(row["date"], nullable(f.Date))
		for _, k := range f.Parties {
			p.factActor(row, k, "participant", dc)
		}
	case graph.Invitation:
		row["purpose"] = coalesce(row["purpose"], nullable(f.Purpose))
		row["date"] = coalesce(row["date"], nullable(f.Date))
		p.factActor(row, f.From, "from", dc)
		p.factActor(row, f.To, "to", dc)
	case graph.Award:
		row["name"] = coalesce(row["name"], nullable(f.Award))
		p.factActor(row, f.From, "by", dc)
		p.factActor(row, f.To, "to", dc)
	case graph.Participation:
		if name := strings.TrimSpace(f.Event); name != "" {
			cc := ""
			if c := strings.TrimSpace(f.Country); p.kindOf(c) == graph.KindCountry {
				cc = c
				p.country(cc, dc)
			}
			ekey := graph.BoundKey(EventKey(name, cc))
			if _, ok := p.events.get(ekey); !ok {
				p.events.put(ekey, map[string]any{"key": ekey, "name": name, "country": nullable(cc)})
			}
			row["event"] = ekey
		} else if !seen {
			row["event"] = nil
		}
		p.factActor(row, f.Party, "party", dc)
	}
	r := p.report(f, row, dc)
	if f.Type == graph.Participation {
		p.organizers(f, row, r, dc)
	}
}

// organizers adds the organisers of participation f to its row (role
// "organizer") and to report r, the report of article dc: a row gathers
// the reports of several articles, and an ORGANIZED_BY edge lists the
// articles that state that organiser for that event.
func (p *plan) organizers(f graph.Fact, row, r map[string]any, dc *docContext) {
	orgs, _ := r["organizers"].([]any)
	if orgs == nil {
		orgs = []any{}
	}
	for _, k := range f.Organizers {
		if ref, ok := p.factActor(row, k, "organizer", dc); ok && !containsAny(orgs, ref["key"].(string)) {
			orgs = append(orgs, ref["key"])
		}
	}
	r["organizers"] = orgs
}

// factActor adds actor key with role to a fact row, once, and returns the
// actor's reference {key, label}; ok is false for keys that name nothing.
func (p *plan) factActor(row map[string]any, key, role string, dc *docContext) (map[string]any, bool) {
	ref, ok := p.actor(key, dc)
	if !ok {
		return nil, false
	}
	actors := row["actors"].([]any)
	for _, a := range actors {
		m := a.(map[string]any)
		if m["key"] == ref["key"] && m["role"] == role {
			return ref, true
		}
	}
	row["actors"] = append(actors, map[string]any{"key": ref["key"], "label": ref["label"], "role": role})
	return ref, true
}

// report adds the provenance of fact f in article dc to its row: one per
// (fact, article), from the first evidence item, with the confidence of the
// article's facts of its identity (the review queue's). It returns the
// report.
func (p *plan) report(f graph.Fact, row map[string]any, dc *docContext) map[string]any {
	id := dc.id
	rkey := string(f.Type) + "\x00" + row["key"].(string) + "\x00" + id
	reports := row["reports"].([]any)
	idx, seen := p.reported[rkey]
	if !seen {
		when := ""
		if f.Type != graph.Memorandum {
			when = f.When()
		}
		reports = append(reports, map[string]any{"article": id, "sentence": nil, "start": nil, "end": nil, "rule": nil,
			"when": when, "status": nullable(f.Status), "year": nullableInt(factYear(f)), "confidence": nil})
		idx = len(reports) - 1
		p.reported[rkey] = idx
		row["reports"] = reports
	}
	r := reports[idx].(map[string]any)
	if c := dc.confidence[row["identity"].(string)]; c > 0 {
		r["confidence"] = c
	}
	if r["sentence"] == nil && r["rule"] == nil && len(f.Evidence) > 0 {
		ev := f.Evidence[0]
		r["sentence"] = nullable(ev.Sentence)
		r["start"] = int64(ev.Start)
		r["end"] = int64(ev.End)
		r["rule"] = nullable(ev.Rule)
	}
	return r
}

// ElectionKey is the key of the election observed in country cc in year
// (0 = unknown): "KZ/2024" or "KZ/unknown".
func ElectionKey(cc string, year int) string {
	if year == 0 {
		return cc + "/" + unknownElectionKey
	}
	return cc + "/" + strconv.Itoa(year)
}

// EventKey is the key of an event: its name and country, "name|CC", or the
// name alone when the country is unknown.
func EventKey(name, cc string) string {
	if cc == "" {
		return name
	}
	return name + "|" + cc
}

// whenProps are the properties a fact node takes from its time qualifier:
// date (a full YYYY-MM-DD, else null) and year (else null).
func whenProps(when string) map[string]any {
	props := map[string]any{"date": nil, "year": nil}
	if len(when) == len("2006-01-02") {
		props["date"] = when
	}
	if len(when) >= 4 {
		if y, err := strconv.Atoi(when[:4]); err == nil {
			props["year"] = int64(y)
		}
	}
	return props
}

var isoDateRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})`)

// NormalizeDate returns the calendar date of s as YYYY-MM-DD, or "" if s is
// not a date. It accepts ISO dates and timestamps (the date part is kept as
// written) and DD.MM.YYYY.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		if _, err := time.Parse(time.DateOnly, m[1]); err == nil {
			return m[1]
		}
		return ""
	}
	if t, err := time.Parse("02.01.2006", s); err == nil {
		return t.Format(time.DateOnly)
	}
	return ""
}

// factYear is the fact's year, or the year of its date, or 0.
func factYear(f graph.Fact) int {
	if f.Year != 0 {
		return f.Year
	}
	if len(f.Date) >= 4 {
		if y, err := strconv.Atoi(f.Date[:4]); err == nil {
			return y
		}
	}
	return 0
}

func nullable(s string) any {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return s
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

func coalesce(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func containsAny(list []any, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
