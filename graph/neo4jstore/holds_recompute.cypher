// Recomputes the first and last seen dates of the positions (HOLDS) of the
// persons marked :Unsettled from the articles each lists, when settling what
// an interrupted run left (Store.settleLeftovers): a retraction of an older
// version took articles off the lists and left the dates to the clean-up;
// this version's retraction recomputes them in its own transaction
// (retract_delete.cypher). Positions without a list (older versions) keep
// their dates.
MATCH (:Person:Unsettled)-[h:HOLDS]->()
WHERE h.articles IS NOT NULL
CALL (h) {
  UNWIND h.articles AS k
  OPTIONAL MATCH (x:Article {key: k})
  RETURN min(x.published) AS fs, max(x.published) AS ls
}
SET h.first_seen = fs, h.last_seen = ls
