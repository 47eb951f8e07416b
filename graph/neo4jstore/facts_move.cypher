// Moves reports between fact nodes of the same fact. Row: {from, to,
// article, rwhen, identity, when, date, year}: the report of article, or
// (article null) every report whose own time qualifier is rwhen, moves from
// node from to node to (whose qualifier is when); the target is marked mixed. The target is created when missing, with the labels and actor
// edges of the source; an observation's target observes the election of its
// own year (key "CC/year" or "CC/unknown", like ElectionKey). When the target
// already has a report from the article, the one earlier in the text stays.
UNWIND $rows AS row
MATCH (src:Fact {key: row.from})
MERGE (dst:Fact {key: row.to})
ON CREATE SET dst.purpose = src.purpose, dst.name = src.name, dst.status = src.status
SET dst:$(labels(src)), dst.mixed = true,
    dst.identity = row.identity, dst.when = row.when, dst.date = row.date, dst.year = row.year
WITH src, dst, row
CALL (src, dst) {
  MATCH (src)-[x]->(t) WHERE NOT type(x) IN ['REPORTED_IN', 'OBSERVED']
  WITH dst, t, type(x) AS ty
  MERGE (dst)-[x:$(ty)]->(t)
  ON CREATE SET x.sort = t.key + '\t' + dst.key
}
CALL (src, dst, row) {
  MATCH (src)-[:OBSERVED]->(:Election)-[:HELD_IN]->(c:Country)
  WITH dst, c, row, c.key + '/' + coalesce(toString(row.year), 'unknown') AS ekey
  MERGE (el:Election {key: ekey})
  ON CREATE SET el.country = c.key, el.year = row.year
  MERGE (el)-[:HELD_IN]->(c)
  MERGE (dst)-[:OBSERVED]->(el)
}
CALL (src, dst, row) {
  MATCH (src)-[r:REPORTED_IN]->(a:Article)
  WHERE src <> dst AND (a.key = row.article OR (row.article IS NULL AND coalesce(r.when, '') = row.rwhen))
  MERGE (dst)-[e:REPORTED_IN]->(a)
  ON CREATE SET e = properties(r)
  WITH r, e, CASE WHEN r.start < e.start THEN properties(r) ELSE properties(e) END AS keep
  SET e = keep
  DELETE r
}
