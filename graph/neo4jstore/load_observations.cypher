// Observation missions: (:Observation {key, year})-[:OBSERVER]->(actor),
// -[:OBSERVED]->(:Election), -[:REPORTED_IN]->(:Article). Row: {key, year,
// election (key or null), actors: [{key, label, role}], reports: […]}.
// Elections and actors are loaded before.
UNWIND $rows AS row
MERGE (f:Observation {key: row.key})
SET f.year = coalesce(row.year, f.year)
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
  MERGE (f)-[:OBSERVER]->(t)
}
CALL (f, row) {
  OPTIONAL MATCH (el:Election {key: row.election})
  FOREACH (_ IN CASE WHEN el IS NULL THEN [] ELSE [1] END | MERGE (f)-[:OBSERVED]->(el))
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
