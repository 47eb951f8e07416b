// Memoranda: (:Memorandum {key, status, year})-[:PARTY]->(actor) x2 and
// -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, status, year, actors: [{key, label,
// role}], reports: [{article, sentence, start, end, rule}]}. Across loads the
// strongest status wins (signed > planned > proposed); the year goes with the
// strongest status where known, else a known year is kept.
// A fact this statement creates is marked by `reports` -1 (a count is never
// negative; facts_aggregates.cypher sets the count at the end): its edges to
// actors, elections and events cannot exist yet and are CREATEd, which lets
// the writers of a load run side by side (Store.writeSteps); the edges of a
// fact already there are MERGEd.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Memorandum, f.aggregates = 2, f.reports = -1
SET f.identity = row.identity, f.when = row.when
WITH f, row,
     CASE row.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS newRank,
     CASE f.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS oldRank
SET f.year = CASE WHEN newRank > oldRank THEN coalesce(row.year, f.year) ELSE coalesce(f.year, row.year) END,
    f.status = CASE WHEN newRank > oldRank THEN row.status ELSE f.status END
WITH f, row, f.reports = -1 AS fresh
CALL (f, row, fresh) {
  UNWIND row.actors AS a
  WITH DISTINCT f, fresh, a.key AS k
  MATCH (t:Entity {key: k})
  FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | CREATE (f)-[:PARTY {sort: t.key + '\t' + f.key}]->(t))
  FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END | MERGE (f)-[x:PARTY]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
}
CALL (f, row) {
  // The articles of a load have no reports yet (new, or retracted first):
  // CREATE, which takes its locks at commit, not MERGE, which locks both
  // nodes while the statement runs and so makes concurrent writers wait.
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  CREATE (f)-[:REPORTED_IN {sentence: r.sentence, start: r.start, `end`: r.`end`, rule: r.rule,
      when: r.when, status: r.status, year: r.year, confidence: r.confidence}]->(art)
}
