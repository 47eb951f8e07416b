// Recomputes what fact nodes aggregate over their edges: the number of
// reports; the sorted keys of their sides (the actors, the observed
// election, the event), which reports read instead of expanding every fact;
// and for memoranda the strongest status (signed > planned > proposed) with
// the earliest year reported with it, else the earliest year reported at
// all. The result depends only on the set of reports and sides.
// Each edge to an actor has `sort`, the actor's key, a tab and the fact's
// key: the body report seeks a body's facts in key order through the
// indexes on it (schema.cypher). The statements that create the edges set
// it (load_*.cypher, facts_move.cypher, facts_rekey.cypher), and new facts
// get `aggregates` 2, the version of these; here the edges of a fact of an
// older version get it (Store.UpgradeFacts).
// A row with `unknown` (after a retraction) also recomputes the fact's
// confidence, as facts_confidence.cypher does for every fact, `unknown`
// being the confidence of a report without one, and unmarks the fact
// (:Unsettled): this is the last step of its settling.
UNWIND $rows AS row
MATCH (f:Fact {key: row.key})
WITH f, row, coalesce(f.aggregates, 0) < 2 AS upgrade
// The count reads the node's degree; only memoranda read their reports.
SET f.reports = COUNT { (f)-[:REPORTED_IN]->() },
    f.sides = COLLECT {
      MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o)
      RETURN DISTINCT o.key AS k ORDER BY k
    },
    f.aggregates = 2
FOREACH (_ IN CASE WHEN row.unknown IS NOT NULL THEN [1] ELSE [] END | REMOVE f:Unsettled)
WITH f, upgrade, row
CALL (f, row) {
  // Each report can only lower the product of the (1 - c): once that of
  // some reports is under 0.0001, the rounded confidence is 1.0 whatever
  // the others are, so a fact named by thousands of articles is decided by
  // its first reports (32 read, where 8 usually suffice). Fewer than 32 are
  // all of them; more that leave it open are read again, all of them.
  WITH f WHERE row.unknown IS NOT NULL
  WITH f, COLLECT {
    MATCH (f)-[r:REPORTED_IN]->()
    RETURN coalesce(r.confidence, row.unknown) AS c LIMIT 32
  } AS first
  WHERE size(first) > 0
  WITH f, size(first) AS n, reduce(p = 1.0, c IN first | p * (1.0 - c)) AS p
  WITH f, CASE
    WHEN p < 0.0001 THEN 1.0
    WHEN n < 32 THEN round(1.0 - p, 3)
    ELSE round(1.0 - reduce(p = 1.0, c IN [(f)-[r:REPORTED_IN]->() | coalesce(r.confidence, row.unknown)] | p * (1.0 - c)), 3)
  END AS c
  WHERE f.confidence IS NULL OR f.confidence <> c
  SET f.confidence = c
}
WITH f, upgrade
CALL (f, upgrade) {
  WITH f WHERE upgrade
  MATCH (f)-[r:PARTY|PARTICIPANT|OBSERVER|FROM|TO|GIVEN_BY|GIVEN_TO]->(o)
  WITH r, o.key + '\t' + f.key AS sort
  WHERE r.sort IS NULL OR r.sort <> sort
  SET r.sort = sort
}
WITH f WHERE f:Memorandum
CALL (f) {
  OPTIONAL MATCH (f)-[r:REPORTED_IN]->()
  WITH r, CASE r.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS rank
  RETURN max(rank) AS top, collect({rank: rank, status: r.status, year: r.year}) AS xs
}
WITH f, [x IN xs WHERE x.rank = top] AS tops, xs
WITH f, head([x IN tops WHERE x.status IS NOT NULL | x.status]) AS status,
     reduce(m = null, x IN tops | CASE WHEN x.year IS NOT NULL AND (m IS NULL OR x.year < m) THEN x.year ELSE m END) AS ytop,
     reduce(m = null, x IN xs | CASE WHEN x.year IS NOT NULL AND (m IS NULL OR x.year < m) THEN x.year ELSE m END) AS yany
SET f.status = status, f.year = coalesce(ytop, yany)
