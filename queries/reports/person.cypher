// name: person
// doc: a person (the name in any word form): titles over time, the facts they took part in, directly or for a body they hold a position in, and the articles
// param: name fulltext required "the person's name, in any case, e.g. 'Нурлана Абдирова'"
// param: limit int optional "print at most this many rows (default: all)"
// columns: person, kind, item, via, from, until, sources
// rows: packed
// Facts "via" a body are facts of a body the person holds a position in,
// reported in an article that names the person.
// The person's articles are read once; facts "via" a body are found from
// those articles, not from the body, which may be party to thousands.
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node
WITH node AS p WHERE p:Person
CALL (p) {
  MATCH (p)<-[:MENTIONS]-(a:Article)
  WITH a ORDER BY a.key
  RETURN collect(a) AS arts
}
CALL (p, arts) {
  MATCH (p)-[h:HOLDS]->(org)
  CALL (arts, org) {
    UNWIND arts AS a
    WITH a WHERE EXISTS { (a)-[:MENTIONS]->(org) }
    RETURN collect(DISTINCT coalesce(a.url, a.key)) AS sources
  }
  RETURN 'title' AS kind, h.title AS item, org.key AS via,
         toString(h.first_seen) AS from, toString(h.last_seen) AS until, sources
  UNION ALL
  MATCH (p)<-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]-(f)
  CALL (f) {
    MATCH (f)-[:REPORTED_IN]->(a:Article)
    WITH a ORDER BY a.key
    RETURN collect(DISTINCT coalesce(a.url, a.key)) AS sources
  }
  RETURN [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS kind, f.key AS item, null AS via,
         coalesce(f.date, toString(f.year)) AS from, null AS until, sources
  UNION ALL
  MATCH (p)-[:HOLDS]->(org)
  WITH arts, collect(org) AS orgs
  UNWIND arts AS a
  MATCH (a)<-[:REPORTED_IN]-(f)-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]->(org)
  WHERE org IN orgs
  WITH f, org, a ORDER BY a.key
  RETURN [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS kind, f.key AS item, org.key AS via,
         coalesce(f.date, toString(f.year)) AS from, null AS until,
         collect(DISTINCT coalesce(a.url, a.key)) AS sources
}
WITH p.name AS person, kind, item, via, from, until, sources
ORDER BY person, kind <> 'title', from IS NULL, from, kind, item
LIMIT coalesce($limit, 1000000000)
RETURN collect([person, kind, item, via, from, until, sources]) AS rows
