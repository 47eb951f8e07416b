// The persons of families with every name the articles give them.
MATCH (p:Person) WHERE p.family IN $families
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(p)
WITH p, [n IN collect(m.name) WHERE n IS NOT NULL] AS names
RETURN p.key AS key, names
ORDER BY key
