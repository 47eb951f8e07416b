// name: person
// doc: a person (the name in any word form): titles over time, the facts they took part in, directly or for a body they hold a position in, and the articles
// param: name fulltext required "the person's name, in any case, e.g. 'Нурлана Абдирова'"
// param: limit rows optional "print at most this many rows (default: all)"
// columns: person, kind, item, via, from, until, sources
// rows: packed
// parts: 2
// A title's sources are the articles that state it (HOLDS.articles). Facts
// "via" a body are facts of a body the person holds a position in, reported
// in an article that names the person; they are found from the person's
// articles, not from the body, which may be party to thousands, and the
// body is looked up in each fact's sides list (its side edges for a fact
// without one). A fact's kind is the start of its key (meeting|…).
// It runs in two parts at once (see Report.Parts in report.go): part 0 has
// the titles and the facts whose node id is even, part 1 the facts whose id
// is odd. Each row ends with its merge key, the values it is sorted on.
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node
WITH node AS p WHERE p:Person
CALL (p) {
  WITH p WHERE $part = 0
  MATCH (p)-[h:HOLDS]->(org)
  CALL (h) {
    UNWIND h.articles AS k
    MATCH (a:Article {key: k})
    WITH a ORDER BY a.key
    RETURN collect(DISTINCT coalesce(a.url, a.key)) AS sources
  }
  RETURN 'title' AS kind, h.title AS item, org.key AS via,
         toString(h.first_seen) AS from, toString(h.last_seen) AS until, sources
  UNION ALL
  // The facts, each with the [key, source] of the articles that report it:
  // the person's own, then those "via" a body.
  CALL (p) {
    MATCH (p)<-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]-(f)
    WHERE id(f) % $parts = $part AND NOT f:Rejected
    RETURN f, null AS via, [(f)-[:REPORTED_IN]->(a:Article) | [a.key, coalesce(a.url, a.key)]] AS found
    UNION ALL
    MATCH (p)-[:HOLDS]->(org)
    WITH p, collect(DISTINCT org.key) AS orgs
    MATCH (p)<-[:MENTIONS]-(a:Article)<-[:REPORTED_IN]-(f)
    WHERE id(f) % $parts = $part AND NOT f:Rejected
    UNWIND [k IN coalesce(f.sides, COLLECT { MATCH (f)-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]->(o) RETURN o.key AS k })
            WHERE k IN orgs] AS via
    RETURN f, via, collect([a.key, coalesce(a.url, a.key)]) AS found
  }
  // A fact's few sources, sorted by article key (insertion sort), once each.
  WITH f, f.key AS item, via,
       reduce(acc = [], x IN found | [y IN acc WHERE y[0] < x[0]] + [x] + [y IN acc WHERE y[0] >= x[0]]) AS arts
  RETURN split(item, '|')[0] AS kind, item, via,
         coalesce(f.date, toString(f.year)) AS from, null AS until,
         reduce(acc = [], x IN arts | CASE WHEN x[1] IN acc THEN acc ELSE acc + x[1] END) AS sources
}
WITH p.name AS person, kind, item, via, from, until, sources
ORDER BY person, kind <> 'title', from IS NULL, from, kind, item, via
LIMIT coalesce($limit, 1000000000)
RETURN collect([person, kind, item, via, from, until, sources,
                [person, kind <> 'title', from, kind, item, via]]) AS rows
