// Invitations: (:Invitation {key, purpose, date})-[:FROM]->(actor),
// -[:TO]->(actor), -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, purpose, date,
// actors: [{key, label, role: "from"|"to"}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Invitation, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
SET f.purpose = coalesce(row.purpose, f.purpose)
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  FOREACH (_ IN CASE WHEN a.role = 'from' THEN [1] ELSE [] END | MERGE (f)-[x:FROM]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
  FOREACH (_ IN CASE WHEN a.role = 'to' THEN [1] ELSE [] END | MERGE (f)-[x:TO]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
