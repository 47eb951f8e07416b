// Retracts a batch of articles, in one transaction: marks the facts they
// report and the persons they mention :Unsettled (the clean-up that follows,
// Store.settle, settles and unmarks them; a run interrupted before it leaves
// the marks for the next load or remove to settle); takes the articles off
// the HOLDS positions and the ORGANIZED_BY edges that list them (deleting an
// edge no article states any more); and deletes their REPORTED_IN and
// MENTIONS edges. Each position and event is visited once per batch, however
// many of the batch's articles state it. A position's first and last seen
// dates change only when an article that goes has a date on or outside
// them: only then are they recomputed, in the same transaction, from the
// articles left (a person named by tens of thousands of undated or
// mid-range articles is not read again). ORGANIZED_BY edges without an
// articles list (written by older versions) are left alone. With $remove the
// article nodes go too; otherwise they stay, without their hash, to be
// written again. $keys: article keys.
UNWIND $keys AS k
MATCH (a:Article {key: k})
WITH collect(a) AS arts
WITH arts, any(a IN arts WHERE a.published IS NOT NULL) AS dated
CALL (arts, dated) {
  UNWIND arts AS a
  MATCH (a)-[:MENTIONS]->(p:Person)
  WITH DISTINCT p
  SET p:Unsettled
  WITH p
  MATCH (p)-[h:HOLDS]->()
  WITH h, coalesce(h.articles, []) AS had
  WITH h, had, [x IN had WHERE NOT x IN $keys] AS rest
  WHERE size(rest) < size(had)
  SET h.articles = rest
  WITH h, had, rest
  CALL (h, had, rest, dated) {
    WITH h, had, rest WHERE dated AND size(rest) > 0
    UNWIND [x IN had WHERE x IN $keys] AS k
    MATCH (x:Article {key: k})
    WITH h, rest, min(x.published) AS lo, max(x.published) AS hi
    WHERE lo IS NOT NULL AND (h.first_seen IS NULL OR h.last_seen IS NULL OR lo <= h.first_seen OR hi >= h.last_seen)
    CALL (rest) {
      UNWIND rest AS k
      OPTIONAL MATCH (x:Article {key: k})
      RETURN min(x.published) AS fs, max(x.published) AS ls
    }
    SET h.first_seen = fs, h.last_seen = ls
  }
  WITH h, rest WHERE size(rest) = 0
  DELETE h
}
CALL (arts) {
  // An article's key goes on an ORGANIZED_BY edge together with its report
  // of a participation at that event, and reports only move between nodes
  // of the same participation (same event): the edge is found from there.
  UNWIND arts AS a
  MATCH (a)<-[:REPORTED_IN]-(:Participation)-[:AT]->(ev:Event)
  WITH DISTINCT ev
  MATCH (ev)-[o:ORGANIZED_BY]->()
  WHERE o.articles IS NOT NULL
  WITH o, [x IN o.articles WHERE NOT x IN $keys] AS rest
  WHERE size(rest) < size(o.articles)
  SET o.articles = rest
  WITH o, rest WHERE size(rest) = 0
  DELETE o
}
CALL (arts) {
  UNWIND arts AS a
  MATCH (a)<-[r:REPORTED_IN]-(f:Fact)
  SET f:Unsettled
  DELETE r
}
CALL (arts) {
  UNWIND arts AS a
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
UNWIND arts AS a
REMOVE a.sha256
WITH a WHERE $remove
DETACH DELETE a
