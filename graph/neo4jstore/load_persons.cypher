// Persons, keyed by their name in the nominative. Row: {key, name, aliases}.
// Aliases accumulate across loads.
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
SET p.name = coalesce(row.name, p.name),
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END)
