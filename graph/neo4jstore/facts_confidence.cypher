// Confidence of every fact (ApplyJudgements, after loads and judgements):
// a fact's is 1 - the product of (1 - c) over its reports, c being a
// report's own confidence (REPORTED_IN.confidence, $unknown when a report
// has none). A fact no article reports keeps the one it had. A removal
// recomputes it only for the facts that lost a report
// (facts_recompute.cypher with $confidence), which is all it can change.
MATCH (f:Fact)
WITH f, [(f)-[r:REPORTED_IN]->() | coalesce(r.confidence, $unknown)] AS cs
WHERE size(cs) > 0
WITH f, round(1.0 - reduce(p = 1.0, c IN cs | p * (1.0 - c)), 3) AS c
WHERE f.confidence IS NULL OR f.confidence <> c
SET f.confidence = c
RETURN 'confidence' AS what, count(f) AS n
