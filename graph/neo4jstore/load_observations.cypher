// Observation missions: (:Observation {key, year})-[:OBSERVER]->(actor),
// -[:OBSERVED]->(:Election), -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, year,
// election (key or null), actors: [{key, label, role}], reports: […]}.
// Elections and actors are loaded before.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Observation, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  MERGE (f)-[x:OBSERVER]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key
}
CALL (f, row) {
  OPTIONAL MATCH (el:Election {key: row.election})
  FOREACH (_ IN CASE WHEN el IS NULL THEN [] ELSE [1] END | MERGE (f)-[:OBSERVED]->(el))
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
