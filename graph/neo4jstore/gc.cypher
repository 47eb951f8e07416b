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
// Each statement deletes at most $limit nodes (or edges) and returns how
// many it deleted; Store.gc runs it, one transaction each time, until it
// deletes fewer, then the next: removing a whole graph deletes more than one
// transaction's memory holds. The statements run in this order (a country
// is left alone while a body of it is still there).
MATCH (f:Fact) WHERE NOT (f)-[:REPORTED_IN]->() AND NOT f:Confirmed
WITH f LIMIT $limit
DETACH DELETE f
RETURN count(*) AS n;
MATCH (n) WHERE (n:ElectoralBody OR n:Organization OR n:Government OR n:NGO OR n:Person) AND NOT ()-[:MENTIONS]->(n) AND NOT (:Confirmed)-->(n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS n;
MATCH (x)-[r:PARTICIPATED_IN]->(ev:Event) WHERE NOT EXISTS { MATCH (p:Participation)-[:PARTY]->(x), (p)-[:AT]->(ev) }
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS n;
MATCH (e:Election) WHERE NOT ()-[:OBSERVED]->(e)
WITH e LIMIT $limit
DETACH DELETE e
RETURN count(*) AS n;
MATCH (e:Event) WHERE NOT ()-[:AT]->(e)
WITH e LIMIT $limit
DETACH DELETE e
RETURN count(*) AS n;
MATCH (c:Country) WHERE NOT ()-->(c)
WITH c LIMIT $limit
DETACH DELETE c
RETURN count(*) AS n;
