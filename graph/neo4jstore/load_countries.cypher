// Countries. Row: {key (ISO 3166-1 alpha-2), name (or null: keep the old one)}.
UNWIND $rows AS row
MERGE (c:Entity {key: row.key})
ON CREATE SET c:Country
SET c.name = coalesce(row.name, c.name)
