// Fact nodes written before facts kept their sides list, or the `sort` of
// their edges to actors (facts_recompute.cypher, aggregates 2), for
// Store.UpgradeFacts.
MATCH (f:Fact) WHERE f.sides IS NULL OR f.aggregates IS NULL OR f.aggregates < 2
RETURN f.key AS key
