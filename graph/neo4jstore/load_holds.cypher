// Positions: (:Person)-[:HOLDS {title, first_seen, last_seen, articles}]->(actor),
// one per person, actor and title: a person's titles over time are kept.
// Row: {person, target: {key, label}, title, article, published (YYYY-MM-DD
// or null)}. articles lists the articles that state the position;
// first_seen and last_seen are the earliest and latest of their dates.
// Persons and actors are loaded before.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
WITH p, row, row.target AS a
  MATCH (t:Entity {key: a.key})
WITH p, t, row, date(row.published) AS d
MERGE (p)-[h:HOLDS {title: row.title}]->(t)
SET h.articles = CASE WHEN row.article IN coalesce(h.articles, []) THEN h.articles ELSE coalesce(h.articles, []) + row.article END,
    h.first_seen = CASE WHEN d IS NOT NULL AND (h.first_seen IS NULL OR d < h.first_seen) THEN d ELSE h.first_seen END,
    h.last_seen = CASE WHEN d IS NOT NULL AND (h.last_seen IS NULL OR d > h.last_seen) THEN d ELSE h.last_seen END
