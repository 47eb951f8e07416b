// Appended to each load_<facts>.cypher statement (rows.go, withAggregates):
// the fact's report count and sorted side keys, computed once its row has
// written all its edges, as facts_recompute.cypher computes them, so that a
// load need not read every fact it wrote again. Memoranda still go through
// facts_recompute.cypher for their status and year; facts of an older
// version keep their `aggregates` mark for Store.UpgradeFacts.
WITH f
SET f.reports = COUNT { (f)-[:REPORTED_IN]->() },
    f.sides = COLLECT {
      MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o)
      RETURN DISTINCT o.key AS k ORDER BY k
    }
