// Positions: (:Person)-[:HOLDS {title, first_seen, last_seen, articles}]->(actor),
// one per person, actor and title: a person's titles over time are kept.
// Row: one per person, actor and title, {person, target: {key, label},
// title, articles: [article key], first_seen, last_seen (YYYY-MM-DD or null:
// the earliest and latest publication dates of those articles)}. articles
// lists the articles that state the position, each once, in the order they
// were loaded; first_seen and last_seen are the earliest and latest of their
// dates. Persons and actors are loaded before.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (t:Entity {key: row.target.key})
MERGE (p)-[h:HOLDS {title: row.title}]->(t)
WITH h, row, coalesce(h.articles, []) AS had, date(row.first_seen) AS first, date(row.last_seen) AS last
SET h.articles = had + [a IN row.articles WHERE NOT a IN had],
    h.first_seen = CASE WHEN first IS NOT NULL AND (h.first_seen IS NULL OR first < h.first_seen) THEN first ELSE h.first_seen END,
    h.last_seen = CASE WHEN last IS NOT NULL AND (h.last_seen IS NULL OR last > h.last_seen) THEN last ELSE h.last_seen END
