// Articles. Row: {key, path, url, title, published (YYYY-MM-DD or null),
// source, language, extractor_version}. A new load of an article replaces its
// metadata. sha256 is not written here: commit_articles.cypher sets it once
// everything of the article is written, so an interrupted load leaves
// articles without sha256, which the next load redoes.
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.path = row.path,
    a.url = row.url,
    a.title = row.title,
    a.published = date(row.published),
    a.source = row.source,
    a.language = row.language,
    a.extractor_version = row.extractor_version
REMOVE a.sha256
