// Governments, ministries, embassies (CC/GOV) and their country.
// Row: {key, name (or null), country}. Countries are loaded before.
UNWIND $rows AS row
MERGE (g:Entity {key: row.key})
ON CREATE SET g:Government
SET g.name = coalesce(row.name, g.name)
WITH g, row
MATCH (c:Country {key: row.country})
MERGE (g)-[:OF_COUNTRY]->(c)
