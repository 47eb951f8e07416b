// Awards: (:Award {key, name})-[:GIVEN_BY]->(actor), -[:GIVEN_TO]->(person or
// body), -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, name, actors: [{key, label,
// role: "by"|"to"}], reports: […]}.
// A fact this statement creates is marked by `reports` -1 (a count is never
// negative; facts_aggregates.cypher sets the count at the end): its edges to
// actors, elections and events cannot exist yet and are CREATEd, which lets
// the writers of a load run side by side (Store.writeSteps); the edges of a
// fact already there are MERGEd.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Award, f.aggregates = 2, f.reports = -1
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
SET f.name = coalesce(row.name, f.name)
WITH f, row, f.reports = -1 AS fresh
CALL (f, row, fresh) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  FOREACH (_ IN CASE WHEN a.role = 'by' AND fresh THEN [1] ELSE [] END | CREATE (f)-[:GIVEN_BY {sort: t.key + '\t' + f.key}]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'by' AND NOT fresh THEN [1] ELSE [] END | MERGE (f)-[x:GIVEN_BY]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
  FOREACH (_ IN CASE WHEN a.role = 'to' AND fresh THEN [1] ELSE [] END | CREATE (f)-[:GIVEN_TO {sort: t.key + '\t' + f.key}]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'to' AND NOT fresh THEN [1] ELSE [] END | MERGE (f)-[x:GIVEN_TO]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
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
