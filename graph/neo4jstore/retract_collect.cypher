// What retracting articles touches: the keys and identities of the facts
// they report and the families of the persons they mention. $keys: article keys.
UNWIND $keys AS k
MATCH (a:Article {key: k})
CALL (a) {
  OPTIONAL MATCH (f:Fact)-[:REPORTED_IN]->(a)
  RETURN collect(DISTINCT f.identity) AS identities, collect(DISTINCT f.key) AS facts
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(p:Person)
  RETURN collect(DISTINCT p.family) AS families
}
RETURN identities, facts, families
