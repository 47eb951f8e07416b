// Marks articles as completely loaded by setting their content hash, and
// records when (the stats report shows the latest).
// Row: {key, sha256}.
UNWIND $rows AS row
MATCH (a:Article {key: row.key})
SET a.sha256 = row.sha256, a.loaded_at = datetime()
