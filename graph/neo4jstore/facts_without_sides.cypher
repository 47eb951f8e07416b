// Fact nodes written before facts kept their sides list (facts_recompute.cypher):
// a load recomputes them with the facts it touched.
MATCH (f:Fact) WHERE f.sides IS NULL
RETURN f.key AS key
