// Meetings: (:Meeting {key, date})-[:PARTICIPANT]->(actor) x2,
// -[:REPORTED_IN]->(:Article). Row: {key, date (as extracted, or null),
// actors: [{key, label, role}], reports: […]}.
UNWIND $rows AS row
MERGE (f:Meeting {key: row.key})
SET f.date = coalesce(row.date, f.date)
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
  MERGE (f)-[:PARTICIPANT]->(t)
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
