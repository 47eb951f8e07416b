// The stored state of articles: content hash (null while a load of it is
// incomplete) and extractor version. $keys: article keys.
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a.key AS key, a.sha256 AS sha256, a.extractor_version AS version, a.path AS path
