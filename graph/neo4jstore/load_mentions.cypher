// (:Article)-[:MENTIONS]->(actor) for every entity and person an article names.
// Row: {article, target: {key, label}}. Articles and actors are loaded before.
UNWIND $rows AS row
MATCH (art:Article {key: row.article})
WITH art, row.target AS a
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
MERGE (art)-[:MENTIONS]->(t)
