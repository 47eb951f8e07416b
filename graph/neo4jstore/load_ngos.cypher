// Domestic NGOs (CC/NGO:name) and their country.
// Row: {key, name (or null), country}. Countries are loaded before.
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
ON CREATE SET n:NGO
SET n.name = coalesce(row.name, n.name)
WITH n, row
MATCH (c:Country {key: row.country})
MERGE (n)-[:OF_COUNTRY]->(c)
