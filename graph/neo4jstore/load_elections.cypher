// Elections, keyed "CC/year" or "CC/unknown", held in their country.
// Row: {key, country, year (or null), kind (or null)}. Countries are loaded before.
UNWIND $rows AS row
MERGE (e:Election {key: row.key})
SET e.country = row.country,
    e.year = coalesce(row.year, e.year),
    e.kind = coalesce(row.kind, e.kind)
WITH e, row
MATCH (c:Country {key: row.country})
MERGE (e)-[:HELD_IN]->(c)
