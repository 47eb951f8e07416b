// Recomputes the persons of families from the articles that name them: the
// name is the key, the family its match key, and the aliases every other
// spelling the articles give, sorted.
MATCH (p:Person) WHERE p.family IN $families
CALL (p) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(p)
  UNWIND ([m.name] + coalesce(m.aliases, [])) AS n
  WITH DISTINCT n WHERE n IS NOT NULL AND n <> p.key
  ORDER BY n
  RETURN collect(n) AS aliases
}
SET p.name = p.key, p.aliases = aliases
