// Awards: (:Award {key, name})-[:GIVEN_BY]->(actor), -[:GIVEN_TO]->(person or
// body), -[:REPORTED_IN]->(:Article). Row: {key, name, actors: [{key, label,
// role: "by"|"to"}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Award {key: row.key})
SET f.name = coalesce(row.name, f.name)
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
  FOREACH (_ IN CASE WHEN a.role = 'by' THEN [1] ELSE [] END | MERGE (f)-[:GIVEN_BY]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'to' THEN [1] ELSE [] END | MERGE (f)-[:GIVEN_TO]->(t))
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
