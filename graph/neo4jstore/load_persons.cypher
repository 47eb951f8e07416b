// Persons, keyed by their canonical name (graph/resolve). Row: {key, name,
// family, aliases}. Aliases accumulate here; resolution recomputes them from
// the MENTIONS edges of the articles that name the person.
UNWIND $rows AS row
MERGE (p:Entity {key: row.key})
ON CREATE SET p:Person
SET p.name = row.name,
    p.family = row.family,
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc OR x = row.key THEN acc ELSE acc + x END)
