// (:Article)-[:MENTIONS {name, aliases}]->(actor) for every entity and person
// an article names; for a person, name is the name as the article writes it
// and aliases its other forms there. Row: one per article, {article,
// targets: [{target: {key, label}, name, aliases}]}, each target key once
// (byArticle). Articles and actors are loaded before. The articles of a
// load have no mentions yet (new, or retracted first): CREATE, which takes
// its locks at commit, lets the writers of a load run side by side, where
// MERGE would lock each actor while the statement runs.
UNWIND $rows AS row
MATCH (art:Article {key: row.article})
WITH art, row
UNWIND row.targets AS x
MATCH (t:Entity {key: x.target.key})
CREATE (art)-[:MENTIONS {name: x.name, aliases: CASE WHEN x.name IS NULL THEN null ELSE x.aliases END}]->(t)
