// Rewrites the table of the partners report (reports/partners.cypher) when
// it is out of date: the rows of every country, from the part of the report
// between "live: begin" and "live: end", which RefreshTables puts in place
// of the line "// live" below. The table's state node is written first, so
// that a run marking the table out of date meanwhile (neo4jstore) waits for
// this one and marks it after.
MERGE (t:ReportTable {key: 'partners'})
WITH t WHERE t.current IS NULL OR NOT t.current
SET t.current = false
WITH t
CALL (t) {
  MATCH (r:PartnerRow)
  DELETE r
}
CALL (t) {
  MATCH (c:Country)
  CALL (c) {
    // live
  }
  CREATE (:PartnerRow {key: c.key + '>' + partner, country: c.key, partner: partner, memoranda: memoranda, observations: observations, meetings: meetings,
                       invitations: invitations, awards: awards, participations: participations, facts: facts,
                       first_contact: first_contact, last_contact: last_contact})
}
SET t.current = true, t.refreshed_at = datetime()
RETURN true AS refreshed
