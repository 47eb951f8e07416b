// name: person
// doc: a person (the name in any word form): titles over time, the facts they took part in, directly or for a body they hold a position in, and the articles
// param: name fulltext required "the person's name, in any case, e.g. 'Нурлана Абдирова'"
// param: limit int optional "print at most this many rows (default: all)"
// columns: person, kind, item, via, from, until, sources
// Facts "via" a body are facts of a body the person holds a position in,
// reported in an article that names the person.
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node
WITH node AS p WHERE p:Person
CALL (p) {
  MATCH (p)-[h:HOLDS]->(org)
  OPTIONAL MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(org)
  WITH h, org, a ORDER BY a.key
  RETURN 'title' AS kind, h.title AS item, org.key AS via,
         toString(h.first_seen) AS from, toString(h.last_seen) AS until,
         collect(DISTINCT coalesce(a.url, a.key)) AS sources
  UNION
  MATCH (p)<-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]-(f)-[:REPORTED_IN]->(a:Article)
  WITH f, a ORDER BY a.key
  RETURN [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS kind, f.key AS item, null AS via,
         coalesce(f.date, toString(f.year)) AS from, null AS until,
         collect(DISTINCT coalesce(a.url, a.key)) AS sources
  UNION
  MATCH (p)-[:HOLDS]->(org)<-[:GIVEN_TO|GIVEN_BY|PARTY|PARTICIPANT|OBSERVER|FROM|TO]-(f)-[:REPORTED_IN]->(a:Article)-[:MENTIONS]->(p)
  WITH f, org, a ORDER BY a.key
  RETURN [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS kind, f.key AS item, org.key AS via,
         coalesce(f.date, toString(f.year)) AS from, null AS until,
         collect(DISTINCT coalesce(a.url, a.key)) AS sources
}
RETURN p.name AS person, kind, item, via, from, until, sources
ORDER BY person, kind <> 'title', from IS NULL, from, kind, item
LIMIT coalesce($limit, 1000000000)
