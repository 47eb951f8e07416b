// Participations: (:Participation {key})-[:PARTY]->(actor), -[:AT]->(:Event),
// -[:REPORTED_IN {sentence, start, end, rule, when, status, year, confidence}]->(:Article); and on the event itself
// (actor)-[:PARTICIPATED_IN]->(:Event)-[:ORGANIZED_BY {articles}]->(organizer).
// Row: {key, event (key or null), actors: [{key, label, role:
// "party"|"organizer"}], reports: [{article, …, organizers: [key]}]}.
// A row gathers the reports of several articles, so the organisers are
// taken per report: ORGANIZED_BY.articles lists the articles that state
// that organiser for that event (added once; an edge of an older version
// without the list is adopted). Events and actors are loaded before.
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
ON CREATE SET f:Participation, f.aggregates = 2
SET f.identity = row.identity, f.when = row.when, f.date = row.date, f.year = row.year
WITH f, row
OPTIONAL MATCH (ev:Event {key: row.event})
FOREACH (_ IN CASE WHEN ev IS NULL THEN [] ELSE [1] END | MERGE (f)-[:AT]->(ev))
WITH f, ev, row
CALL (f, ev, row) {
  UNWIND row.actors AS a
  MATCH (t:Entity {key: a.key})
  FOREACH (_ IN CASE WHEN a.role = 'party' THEN [1] ELSE [] END | MERGE (f)-[x:PARTY]->(t) ON CREATE SET x.sort = t.key + '\t' + f.key)
  FOREACH (_ IN CASE WHEN a.role = 'party' AND ev IS NOT NULL THEN [1] ELSE [] END | MERGE (t)-[:PARTICIPATED_IN]->(ev))
}
CALL (ev, row) {
  UNWIND CASE WHEN ev IS NULL THEN [] ELSE row.reports END AS r
  UNWIND coalesce(r.organizers, []) AS o
  MATCH (t:Entity {key: o})
  MERGE (ev)-[ob:ORGANIZED_BY]->(t)
  SET ob.articles = CASE WHEN r.article IN coalesce(ob.articles, []) THEN ob.articles ELSE coalesce(ob.articles, []) + r.article END
}
CALL (f, row) {
  UNWIND row.reports AS r
  MATCH (art:Article {key: r.article})
  MERGE (f)-[e:REPORTED_IN]->(art)
  SET e.sentence = r.sentence, e.start = r.start, e.`end` = r.`end`, e.rule = r.rule,
      e.when = r.when, e.status = r.status, e.year = r.year, e.confidence = r.confidence
}
