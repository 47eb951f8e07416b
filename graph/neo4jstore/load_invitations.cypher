// Invitations: (:Invitation {key, purpose, date})-[:FROM]->(actor),
// -[:TO]->(actor), -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article). Row: {key, purpose, date,
// actors: [{key, label, role: "from"|"to"}], reports: […]}.
// A fact this statement creates is marked by `reports` -1 (a count is never
// negative; facts_aggregates.cypher sets the count at the end): its edges to
// actors, elections and events cannot exist yet and are CREATEd, which lets
// the writers of a load run side by side (Store.writeSteps); the edges of a
// fact already there are MERGEd.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Invitation, f.aggregates = 2, f.reports = -1
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
SET f.purpose = coalesce(row.purpose, f.purpose)
WITH f, row, f.reports = -1 AS fresh
CALL (f, row, fresh) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  FOREACH (_ IN CASE WHEN a.role = 'from' AND fresh THEN [1] ELSE [] END | CREATE (f)-[:FROM {sort: t.key + '\t' + f.key}]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'from' AND NOT fresh THEN [1] ELSE [] END | MERGE (f)-[x:FROM]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
  FOREACH (_ IN CASE WHEN a.role = 'to' AND fresh THEN [1] ELSE [] END | CREATE (f)-[:TO {sort: t.key + '\t' + f.key}]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'to' AND NOT fresh THEN [1] ELSE [] END | MERGE (f)-[x:TO]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
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
