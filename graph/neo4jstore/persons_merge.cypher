// Merges person nodes into the node of their canonical name. Row: {from, to,
// family}. Every relationship moves; positions (HOLDS) of the same title
// join their article lists and dates, and so do ORGANIZED_BY edges.
UNWIND $rows AS row
MATCH (src:Person {key: row.from})
MERGE (dst:Entity {key: row.to})
ON CREATE SET dst:Person, dst.name = row.to, dst.family = row.family, dst.aliases = []
WITH src, dst
CALL (src, dst) {
  MATCH (src)-[h:HOLDS]->(t)
  MERGE (dst)-[x:HOLDS {title: h.title}]->(t)
  SET x.articles = reduce(acc = coalesce(x.articles, []), a IN h.articles | CASE WHEN a IN acc THEN acc ELSE acc + a END),
      x.first_seen = CASE WHEN x.first_seen IS NULL OR h.first_seen < x.first_seen THEN h.first_seen ELSE x.first_seen END,
      x.last_seen = CASE WHEN x.last_seen IS NULL OR h.last_seen > x.last_seen THEN h.last_seen ELSE x.last_seen END
  DELETE h
}
CALL (src, dst) {
  MATCH (src)-[r]->(t)
  WITH dst, r, t, type(r) AS ty, properties(r) AS props
  MERGE (dst)-[x:$(ty)]->(t)
  ON CREATE SET x = props
  DELETE r
}
// An organiser's ORGANIZED_BY edge joins its article list with the one the
// canonical person may already have (a list missing on both stays missing:
// an edge of an older version).
CALL (src, dst) {
  MATCH (ev:Event)-[o:ORGANIZED_BY]->(src)
  MERGE (ev)-[x:ORGANIZED_BY]->(dst)
  SET x.articles = CASE WHEN o.articles IS NULL AND x.articles IS NULL THEN null
      ELSE reduce(acc = coalesce(x.articles, []), a IN coalesce(o.articles, []) | CASE WHEN a IN acc THEN acc ELSE acc + a END) END
  DELETE o
}
// A fact's edge keeps its sort key (facts_recompute.cypher), now the
// canonical person's.
CALL (src, dst) {
  MATCH (s)-[r]->(src)
  WITH dst, r, s, type(r) AS ty, properties(r) AS props
  MERGE (s)-[x:$(ty)]->(dst)
  ON CREATE SET x = props, x.sort = CASE WHEN props.sort IS NULL THEN null ELSE dst.key + '\t' + s.key END
  DELETE r
}
DETACH DELETE src
