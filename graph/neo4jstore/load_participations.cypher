// Participations: (:Participation {key})-[:PARTY]->(actor), -[:AT]->(:Event),
// -[:REPORTED_IN]->(:Article); and on the event itself
// (actor)-[:PARTICIPATED_IN]->(:Event)-[:ORGANIZED_BY]->(organizer).
// Row: {key, event (key or null), actors: [{key, label, role:
// "party"|"organizer"}], reports: […]}. Events and actors are loaded before.
UNWIND $rows AS row
MERGE (f:Participation {key: row.key})
WITH f, row
OPTIONAL MATCH (ev:Event {key: row.event})
FOREACH (_ IN CASE WHEN ev IS NULL THEN [] ELSE [1] END | MERGE (f)-[:AT]->(ev))
WITH f, ev, row
CALL (f, ev, row) {
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
  FOREACH (_ IN CASE WHEN a.role = 'party' THEN [1] ELSE [] END | MERGE (f)-[:PARTY]->(t))
  FOREACH (_ IN CASE WHEN a.role = 'party' AND ev IS NOT NULL THEN [1] ELSE [] END | MERGE (t)-[:PARTICIPATED_IN]->(ev))
  FOREACH (_ IN CASE WHEN a.role = 'organizer' AND ev IS NOT NULL THEN [1] ELSE [] END | MERGE (ev)-[:ORGANIZED_BY]->(t))
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule
}
