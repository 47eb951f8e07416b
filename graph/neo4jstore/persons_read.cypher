// The persons of families with every name the articles give them, each
// once: a person named by a hundred thousand articles comes with its few
// spellings, not a hundred thousand names.
MATCH (p:Person) WHERE p.family IN $families
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(p)
WITH p, collect(DISTINCT m.name) AS names
RETURN p.key AS key, names
ORDER BY key
