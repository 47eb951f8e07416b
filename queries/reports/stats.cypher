// name: stats
// doc: what the graph holds: nodes by label, facts by type, relationships by type, articles loaded, the last load time and the extractor versions
// columns: group, name, value
// Counts come from the count store (db.stats.retrieve('GRAPH COUNTS')), so
// they cost nothing on a large graph. The last load time is the latest
// Article.loaded_at, null until the loader records it.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
CALL (data) {
  UNWIND data.nodes AS c
  WITH c WHERE c.label IS NOT NULL AND c.count > 0
  RETURN 0 AS rank, 'nodes' AS group, c.label AS name, c.count AS value
  UNION
  UNWIND data.nodes AS c
  WITH c, {Memorandum: 'memorandum', Observation: 'observation', Meeting: 'meeting', Invitation: 'invitation',
           Award: 'award', Participation: 'participation'}[c.label] AS type
  WHERE type IS NOT NULL
  RETURN 1 AS rank, 'facts' AS group, type AS name, c.count AS value
  UNION
  UNWIND data.relationships AS c
  WITH c WHERE c.relationshipType IS NOT NULL AND c.startLabel IS NULL AND c.endLabel IS NULL AND c.count > 0
  RETURN 2 AS rank, 'relationships' AS group, c.relationshipType AS name, c.count AS value
  UNION
  UNWIND data.nodes AS c
  WITH c WHERE c.label = 'Article'
  RETURN 3 AS rank, 'articles' AS group, 'loaded' AS name, c.count AS value
  UNION
  MATCH (a:Article)
  RETURN 3 AS rank, 'articles' AS group, 'last load time' AS name, toString(max(a.loaded_at)) AS value
  UNION
  MATCH (a:Article)
  WITH coalesce(a.extractor_version, 'unknown') AS version, count(*) AS n
  RETURN 4 AS rank, 'extractor version' AS group, version AS name, n AS value
}
RETURN group, name, value
ORDER BY rank, name
