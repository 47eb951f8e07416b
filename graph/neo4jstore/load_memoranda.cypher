// Memoranda: (:Memorandum {key, status, year})-[:PARTY]->(actor) x2 and
// -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, status, year, actors: [{key, label,
// role}], reports: [{article, sentence, start, end, rule}]}. Across loads the
// strongest status wins (signed > planned > proposed); the year goes with the
// strongest status where known, else a known year is kept.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Memorandum, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when
WITH f, row,
     CASE row.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS newRank,
     CASE f.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS oldRank
SET f.year = CASE WHEN newRank > oldRank THEN coalesce(row.year, f.year) ELSE coalesce(f.year, row.year) END,
    f.status = CASE WHEN newRank > oldRank THEN row.status ELSE f.status END
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  MERGE (f)-[x:PARTY]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
