// What the facts and persons marked :Unsettled (by a retraction, or by
// marks_scan.cypher) need settled: the keys and identities of the facts and
// the families of the persons.
CALL {
  OPTIONAL MATCH (f:Fact:Unsettled)
  RETURN collect(f.key) AS facts, collect(DISTINCT f.identity) AS identities
}
CALL {
  OPTIONAL MATCH (p:Person:Unsettled)
  RETURN count(p) AS persons, collect(DISTINCT p.family) AS families
}
RETURN facts, identities, persons, families
