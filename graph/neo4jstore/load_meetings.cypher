// Meetings: (:Meeting {key, date})-[:PARTICIPANT]->(actor) x2,
// -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, date (as extracted, or null),
// actors: [{key, label, role}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Meeting, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  MERGE (f)-[x:PARTICIPANT]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
