// Fact nodes written before facts kept their sides list (facts_recompute.cypher),
// for Store.UpgradeFacts.
MATCH (f:Fact) WHERE f.sides IS NULL
RETURN f.key AS key
