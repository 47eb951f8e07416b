// The fact nodes of identities. A node that only holds the reports written
// to it has their time qualifier; the reports of a node that received
// reports from other nodes (mixed) are listed with their own qualifiers.
MATCH (f:Fact) WHERE f.identity IN $identities
CALL (f) {
  WITH f WHERE f.mixed = true
  MATCH (f)-[r:REPORTED_IN]->(a:Article)
  RETURN collect({article: a.key, when: coalesce(r.when, '')}) AS reports
}
RETURN f.identity AS identity, f.key AS key, coalesce(f.when, '') AS when,
       coalesce(f.mixed, false) AS mixed, reports
ORDER BY key
