// International organisations. Row: {key, name (or null), abbrev}.
UNWIND $rows AS row
MERGE (o:Organization {key: row.key})
SET o.name = coalesce(row.name, o.name),
    o.abbrev = coalesce(row.abbrev, o.abbrev)
