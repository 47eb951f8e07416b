// Deletes what no article supports any more: facts without reports, actors
// and persons no article mentions, derived PARTICIPATED_IN edges without a
// participation of that actor at that event behind them, elections nobody
// observed, events nobody took part in, and countries nothing refers to.
// Run after retractions, and before a load or removal that finds what an
// interrupted run left (Store.settleLeftovers). ORGANIZED_BY edges follow their articles lists
// (retract_delete.cypher); one without a list was written by an older
// version, its articles are unknown, and it is left alone. A fact an analyst
// confirmed (:Confirmed, judgements.go) stays without reports, and so do its
// actors.
MATCH (f:Fact) WHERE NOT (f)-[:REPORTED_IN]->() AND NOT f:Confirmed DETACH DELETE f;
MATCH (n) WHERE (n:ElectoralBody OR n:Organization OR n:Government OR n:NGO OR n:Person) AND NOT ()-[:MENTIONS]->(n) AND NOT (:Confirmed)-->(n) DETACH DELETE n;
MATCH (x)-[r:PARTICIPATED_IN]->(ev:Event) WHERE NOT EXISTS { MATCH (p:Participation)-[:PARTY]->(x), (p)-[:AT]->(ev) } DELETE r;
MATCH (e:Election) WHERE NOT ()-[:OBSERVED]->(e) DETACH DELETE e;
MATCH (e:Event) WHERE NOT ()-[:AT]->(e) DETACH DELETE e;
MATCH (c:Country) WHERE NOT ()-->(c) DETACH DELETE c;
