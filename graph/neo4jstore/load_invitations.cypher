// Invitations: (:Invitation {key, purpose, date})-[:FROM]->(actor),
// -[:TO]->(actor), -[:REPORTED_IN]->(:Article). Row: {key, purpose, date,
// actors: [{key, label, role: "from"|"to"}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Invitation {key: row.key})
SET f.purpose = coalesce(row.purpose, f.purpose),
    f.date = coalesce(row.date, f.date)
WITH f, row
CALL (f, row) {
  UNWIND row.actors AS a
    CALL (a) {
      MATCH (t:ElectoralBody {key: a.key}) WHERE a.label = 'ElectoralBody' RETURN t
      UNION
      MATCH (t:Organization {key: a.key}) WHERE a.label = 'Organization' RETURN t
      UNION
      MATCH (t:Government {key: a.key}) WHERE a.label = 'Government' RETURN t
      UNION
      MATCH (t:NGO {key: a.key}) WHERE a.label = 'NGO' RETURN t
      UNION
      MATCH (t:Person {key: a.key}) WHERE a.label = 'Person' RETURN t
      UNION
      MATCH (t:Country {key: a.key}) WHERE a.label = 'Country' RETURN t
    }
  FOREACH (_ IN CASE WHEN a.role = 'from' THEN [1] ELSE [] END | MERGE (f)-[:FROM]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'to' THEN [1] ELSE [] END | MERGE (f)-[:TO]->(t))
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
