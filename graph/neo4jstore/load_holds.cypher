// Positions: (:Person)-[:HOLDS {title, first_seen, last_seen}]->(actor).
// Row: {person, target: {key, label}, title (or null), first_seen, last_seen
// (YYYY-MM-DD or null)}. The seen dates widen across loads (min/max).
// Persons and actors are loaded before.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
WITH p, row, row.target AS a
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
WITH p, t, row, date(row.first_seen) AS fs, date(row.last_seen) AS ls
MERGE (p)-[h:HOLDS]->(t)
SET h.title = coalesce(row.title, h.title),
    h.first_seen = CASE WHEN h.first_seen IS NULL OR fs < h.first_seen THEN fs ELSE h.first_seen END,
    h.last_seen = CASE WHEN h.last_seen IS NULL OR ls > h.last_seen THEN ls ELSE h.last_seen END
