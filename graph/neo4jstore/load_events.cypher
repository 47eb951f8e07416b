// Events (conferences, forums, seminars), keyed "name|CC" (or the name alone
// when the country is unknown). Row: {key, name, country (or null)}.
// Countries are loaded before.
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
SET e.name = row.name,
    e.country = coalesce(row.country, e.country)
WITH e, row
OPTIONAL MATCH (c:Country {key: row.country})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HELD_IN]->(c))
