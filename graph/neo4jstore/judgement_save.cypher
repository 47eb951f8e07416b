// Stores judgements, one node each (its key is its id), replacing a
// judgement with the same id.
// Row: {id, kind, target, key, names, attrs ("attr=value" strings), who,
// at (RFC 3339), why}.
UNWIND $rows AS row
MERGE (j:Judgement {id: row.id})
SET j.key = row.id, j.kind = row.kind, j.target = row.target, j.alias_key = row.key, j.names = row.names,
    j.attrs = row.attrs, j.who = row.who, j.at = row.at, j.why = row.why
