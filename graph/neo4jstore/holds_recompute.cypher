// Recomputes the first and last seen dates of the positions (HOLDS) of the
// persons marked :Unsettled from the articles each lists: a retraction
// takes articles off the lists (retract_delete.cypher) and leaves the dates
// to this, so that a position stated by many articles is recomputed once,
// not once per retracted article. Positions without a list (older
// versions) keep their dates.
MATCH (:Person:Unsettled)-[h:HOLDS]->()
WHERE h.articles IS NOT NULL
CALL (h) {
  UNWIND h.articles AS k
  OPTIONAL MATCH (x:Article {key: k})
  RETURN min(x.published) AS fs, max(x.published) AS ls
}
SET h.first_seen = fs, h.last_seen = ls
