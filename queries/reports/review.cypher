// name: review
// doc: the review queue: facts no analyst has judged, least confident first (confidence from how each was found and how many articles report it), with a sentence that states it; judge them with cecgraph judge confirm|reject|set
// param: limit rows optional "print at most this many rows (default: 20)"
// param: type enum(memorandum|observation|meeting|invitation|award|participation) optional "only facts of this type"
// columns: confidence, fact, articles, article, sentence
// Facts come in the order of the index on confidence (fact_confidence,
// judgements.go), so that only the first ones are read; every fact has a
// confidence once a load has applied the judgements.
MATCH (f:Fact)
WHERE f.confidence >= 0.0
  AND NOT f:Rejected AND NOT f:Confirmed
  AND NOT EXISTS { MATCH (j:Judgement {target: f.key}) }
  AND ($type IS NULL OR f.key STARTS WITH $type + '|')
WITH f ORDER BY f.confidence, f.key
LIMIT coalesce($limit, 20)
CALL (f) {
  MATCH (f)-[r:REPORTED_IN]->(a:Article)
  WITH r, a ORDER BY coalesce(r.confidence, 0.5), a.key
  LIMIT 1
  RETURN r.sentence AS sentence, a.key AS article
}
RETURN round(f.confidence, 2) AS confidence,
       f.key AS fact,
       f.reports AS articles,
       article,
       sentence
ORDER BY confidence, fact
