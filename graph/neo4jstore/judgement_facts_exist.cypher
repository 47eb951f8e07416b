// Which of $keys are the keys of fact nodes.
UNWIND $keys AS k
OPTIONAL MATCH (f:Fact {key: k})
RETURN k AS key, f IS NOT NULL AS found
