// (:Article)-[:MENTIONS {name, aliases}]->(actor) for every entity and person
// an article names; for a person, name is the name as the article writes it
// and aliases its other forms there. Row: {article, target: {key, label},
// name, aliases}. Articles and actors are loaded before.
UNWIND $rows AS row
MATCH (art:Article {key: row.article})
WITH art, row, row.target AS a
  MATCH (t:Entity {key: a.key})
WITH art, t, row
MERGE (art)-[m:MENTIONS]->(t)
SET m.name = row.name,
    m.aliases = CASE WHEN row.name IS NULL THEN null ELSE row.aliases END
