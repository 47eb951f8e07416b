// Articles. Row: {key, path, url, title, published (YYYY-MM-DD or null),
// source, language, sha256, extractor_version}. A new load of an article
// replaces its metadata.
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.path = row.path,
    a.url = row.url,
    a.title = row.title,
    a.published = date(row.published),
    a.source = row.source,
    a.language = row.language,
    a.sha256 = row.sha256,
    a.extractor_version = row.extractor_version
