// Re-keys fact nodes after a person they take part in was merged into
// another: every report moves from the old node to the node of the new key
// (created like in facts_move.cypher), and the old node is deleted. Row:
// {from, to, identity, when, date, year}.
UNWIND $rows AS row
MATCH (src:Fact {key: row.from})
MERGE (dst:Fact {key: row.to})
ON CREATE SET dst.purpose = src.purpose, dst.name = src.name, dst.status = src.status
SET dst:$(labels(src)), dst.mixed = CASE WHEN src.mixed OR dst.mixed THEN true ELSE null END,
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
CALL (src, dst) {
  MATCH (src)-[r:REPORTED_IN]->(a:Article)
  WHERE src <> dst
  MERGE (dst)-[e:REPORTED_IN]->(a)
  ON CREATE SET e = properties(r)
  WITH r, e, CASE WHEN r.start < e.start THEN properties(r) ELSE properties(e) END AS keep
  SET e = keep
  DELETE r
}
WITH src, dst WHERE src <> dst
DETACH DELETE src
