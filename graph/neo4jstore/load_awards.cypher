// Awards: (:Award {key, name})-[:GIVEN_BY]->(actor), -[:GIVEN_TO]->(person or
// body), -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, name, actors: [{key, label,
// role: "by"|"to"}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Award, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
SET f.name = coalesce(row.name, f.name)
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  FOREACH (_ IN CASE WHEN a.role = 'by' THEN [1] ELSE [] END | MERGE (f)-[x:GIVEN_BY]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
  FOREACH (_ IN CASE WHEN a.role = 'to' THEN [1] ELSE [] END | MERGE (f)-[x:GIVEN_TO]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
