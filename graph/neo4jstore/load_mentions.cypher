// (:Article)-[:MENTIONS {name, aliases}]->(actor) for every entity and person
// an article names; for a person, name is the name as the article writes it
// and aliases its other forms there. Row: one per article, {article,
// targets: [{target: {key, label}, name, aliases}]}. Articles and actors
// are loaded before.
UNWIND $rows AS row
MATCH (art:Article {key: row.article})
WITH art, row
UNWIND row.targets AS x
MATCH (t:Entity {key: x.target.key})
MERGE (art)-[m:MENTIONS]->(t)
SET m.name = x.name,
    m.aliases = CASE WHEN x.name IS NULL THEN null ELSE x.aliases END
