// Electoral bodies (national CC/CEC and sub-national CC/SUB:name) and their
// country. Row: {key, name (or null), level ("national"|"subnational"), country}.
// Countries are loaded before.
UNWIND $rows AS row
MERGE (b:Entity {key: row.key})
ON CREATE SET b:ElectoralBody
SET b.name = coalesce(row.name, b.name),
    b.level = row.level
WITH b, row
MATCH (c:Country {key: row.country})
MERGE (b)-[:OF_COUNTRY]->(c)
