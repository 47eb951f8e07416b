// Retracts articles: removes each from the HOLDS positions it states
// (recomputing first_seen and last_seen from the articles left, deleting a
// position no article states any more) and from the ORGANIZED_BY edges of
// events it names an organiser of (deleting an edge no article states any
// more), and deletes its REPORTED_IN and MENTIONS edges. ORGANIZED_BY edges
// without an articles list (written by older versions) are left alone.
// With $remove the article node goes too; otherwise it stays, without its
// hash, to be written again. $keys: article keys.
UNWIND $keys AS k
MATCH (a:Article {key: k})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Person)-[h:HOLDS]->()
  WHERE a.key IN h.articles
  WITH DISTINCT h, [x IN h.articles WHERE x <> a.key] AS rest
  CALL (rest) {
    OPTIONAL MATCH (x:Article) WHERE x.key IN rest
    RETURN min(x.published) AS fs, max(x.published) AS ls
  }
  SET h.articles = rest, h.first_seen = fs, h.last_seen = ls
  WITH h, rest WHERE size(rest) = 0
  DELETE h
}
CALL (a) {
  // An article's key goes on an ORGANIZED_BY edge together with its report
  // of a participation at that event, and reports only move between nodes
  // of the same participation (same event): the edge is found from there.
  MATCH (a)<-[:REPORTED_IN]-(:Participation)-[:AT]->(:Event)-[o:ORGANIZED_BY]->()
  WHERE a.key IN o.articles
  WITH DISTINCT o, [x IN o.articles WHERE x <> a.key] AS rest
  SET o.articles = rest
  WITH o, rest WHERE size(rest) = 0
  DELETE o
}
CALL (a) {
  MATCH (a)<-[r:REPORTED_IN]-()
  DELETE r
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
REMOVE a.sha256
WITH a WHERE $remove
DETACH DELETE a
