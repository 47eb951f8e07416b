// Marks :Unsettled the facts whose report count is not the number of
// articles that report them, among them the facts no article supports any
// more: what a removal interrupted before its clean-up leaves when it was
// run by a version without marks (or the graph was changed by hand).
// Returns how many it marked.
MATCH (f:Fact)
WHERE coalesce(f.reports, -1) <> COUNT { (f)-[:REPORTED_IN]->() }
SET f:Unsettled
RETURN count(f) AS n
