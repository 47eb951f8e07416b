// Appended to each load_<facts>.cypher statement (rows.go, withAggregates):
// the fact's report count and sorted side keys, as facts_recompute.cypher
// computes them, so that a load need not read every fact it wrote again.
// The statement gives f, reported (the articles it linked f to) and sides
// (the keys it linked f to as sides, repeats allowed), and creates a fact
// with reports -1. A fact it created has no edges but those, so its
// aggregates come from them without reading its edges again; a fact that
// was there before counts its edges. Memoranda still go through
// facts_recompute.cypher for their status and year after the load
// (Store.settle); facts of an older version keep their `aggregates` mark
// for Store.UpgradeFacts.
WITH f, reported, sides
CALL (f) {
  WITH f WHERE coalesce(f.reports, 0) <> -1
  SET f.reports = COUNT { (f)-[:REPORTED_IN]->() },
      f.sides = COLLECT {
        MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o)
        RETURN DISTINCT o.key AS k ORDER BY k
      }
}
CALL (f, reported, sides) {
  WITH f, reported, sides WHERE f.reports = -1
  SET f.reports = reported,
      f.sides = COLLECT { UNWIND sides AS k RETURN DISTINCT k ORDER BY k }
}
