// International organisations. Row: {key, name (or null), abbrev}.
UNWIND $rows AS row
MERGE (o:Entity {key: row.key})
ON CREATE SET o:Organization
SET o.name = coalesce(row.name, o.name),
    o.abbrev = coalesce(row.abbrev, o.abbrev)
