// Memoranda: (:Memorandum {key, status, year})-[:PARTY]->(actor) x2 and
// -[:REPORTED_IN]->(:Article). Row: {key, status, year, actors: [{key, label,
// role}], reports: [{article, sentence, start, end, rule}]}. Across loads the
// strongest status wins (signed > planned > proposed); the year goes with the
// strongest status where known, else a known year is kept.
UNWIND $rows AS row
MERGE (f:Memorandum {key: row.key})
WITH f, row,
     CASE row.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS newRank,
     CASE f.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS oldRank
SET f.year = CASE WHEN newRank > oldRank THEN coalesce(row.year, f.year) ELSE coalesce(f.year, row.year) END,
    f.status = CASE WHEN newRank > oldRank THEN row.status ELSE f.status END
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
  MERGE (f)-[:PARTY]->(t)
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
