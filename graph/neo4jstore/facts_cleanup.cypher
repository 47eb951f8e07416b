// After moves: deletes the fact nodes of identities left without reports,
// then elections nobody observes any more.
MATCH (f:Fact) WHERE f.identity IN $identities AND NOT (f)-[:REPORTED_IN]->() AND NOT f:Confirmed DETACH DELETE f;
MATCH (e:Election) WHERE NOT ()-[:OBSERVED]->(e) DETACH DELETE e;
