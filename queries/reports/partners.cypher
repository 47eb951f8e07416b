// name: partners
// doc: a country's partners (countries and organisations) ranked by the distinct facts of each type that link them, with the first and last contact
// param: country country required "ISO 3166-1 alpha-2 code of the country, e.g. KZ"
// columns: partner, memoranda, observations, meetings, invitations, awards, participations, facts, first_contact, last_contact
// A partner is the country of the other side of a fact (or the organisation,
// or the person when neither is known); a contact's day is the fact's date,
// else the first day an article reported it.
// The rows are kept in a table, (:PartnerRow {country, partner, …}) nodes
// that cecgraph rewrites after every run that changes the graph
// (queries.RefreshTables, from the part between "live: begin" and "live:
// end" below, run for every country); any write marks the table out of date
// first ((:ReportTable {key: 'partners', current: false})), and while it is,
// the rows are computed from the facts, as that part does.
MATCH (c:Country {key: $country})
OPTIONAL MATCH (t:ReportTable {key: 'partners'})
CALL (c, t) {
  WITH c, t WHERE t.current
  MATCH (r:PartnerRow {country: c.key})
  RETURN r.partner AS partner, r.memoranda AS memoranda, r.observations AS observations, r.meetings AS meetings,
         r.invitations AS invitations, r.awards AS awards, r.participations AS participations, r.facts AS facts,
         r.first_contact AS first_contact, r.last_contact AS last_contact
  UNION ALL
  WITH c, t WHERE t IS NULL OR NOT t.current
  // live: begin
  WITH c, c.key AS country
  CALL (c) {
    // memoranda and meetings: the other party
    MATCH (c)<-[:OF_COUNTRY]-(own)<-[:PARTY|PARTICIPANT]-(f)-[:PARTY|PARTICIPANT]->(other)
    WHERE (f:Memorandum OR f:Meeting) AND other <> own
    RETURN f, other
    UNION
    MATCH (c)<-[:OF_COUNTRY]-(own)<-[:FROM|TO]-(f:Invitation)-[:FROM|TO]->(other)
    WHERE other <> own
    RETURN f, other
    UNION
    MATCH (c)<-[:OF_COUNTRY]-(own)<-[:GIVEN_BY|GIVEN_TO]-(f:Award)-[:GIVEN_BY|GIVEN_TO]->(other)
    WHERE other <> own
    RETURN f, other
    UNION
    // awards to people who hold a position in one of the country's bodies
    MATCH (c)<-[:OF_COUNTRY]-(:ElectoralBody)<-[:HOLDS]-(:Person)<-[:GIVEN_TO]-(f:Award)-[:GIVEN_BY]->(other)
    RETURN f, other
    UNION
    // observation abroad: the host country
    MATCH (c)<-[:OF_COUNTRY]-(:ElectoralBody|Government|NGO)<-[:OBSERVER]-(f:Observation)-[:OBSERVED]->(:Election)-[:HELD_IN]->(other:Country)
    WHERE other <> c
    RETURN f, other
    UNION
    // observers at home: the observer
    MATCH (c)<-[:HELD_IN]-(:Election)<-[:OBSERVED]-(f:Observation)-[:OBSERVER]->(other)
    RETURN f, other
    UNION
    // participation abroad: the organisers and the host country
    MATCH (c)<-[:OF_COUNTRY]-(:ElectoralBody|Government|NGO)<-[:PARTY]-(f:Participation)-[:AT]->(:Event)-[:ORGANIZED_BY|HELD_IN]->(other)
    RETURN f, other
    UNION
    // participation at home: the foreign party
    MATCH (c)<-[:HELD_IN]-(:Event)<-[:AT]-(f:Participation)-[:PARTY]->(other)
    RETURN f, other
  }
  // The partner is worked out once per other side, and the articles are read
  // only for facts without a date of their own.
  WITH country, f, other WHERE NOT f:Rejected
  WITH country, other, collect(f) AS fs
  OPTIONAL MATCH (other)-[:OF_COUNTRY]->(oc:Country)
  OPTIONAL MATCH (other:Person)-[:HOLDS]->()-[:OF_COUNTRY]->(pc:Country)
  WITH country, fs, CASE WHEN other:Country THEN other.key ELSE coalesce(oc.key, pc.key, other.key) END AS partner
  WHERE partner <> country
  UNWIND fs AS f
  WITH DISTINCT partner, f
  WITH partner, f, [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation']][0] AS kind,
       coalesce(f.date, COLLECT { MATCH (f)-[:REPORTED_IN]->(a:Article) WHERE a.published IS NOT NULL RETURN toString(a.published) AS day ORDER BY day LIMIT 1 }[0]) AS day
  RETURN partner,
         count(CASE kind WHEN 'Memorandum' THEN 1 END) AS memoranda,
         count(CASE kind WHEN 'Observation' THEN 1 END) AS observations,
         count(CASE kind WHEN 'Meeting' THEN 1 END) AS meetings,
         count(CASE kind WHEN 'Invitation' THEN 1 END) AS invitations,
         count(CASE kind WHEN 'Award' THEN 1 END) AS awards,
         count(CASE kind WHEN 'Participation' THEN 1 END) AS participations,
         count(f) AS facts,
         min(day) AS first_contact,
         max(day) AS last_contact
  // live: end
}
RETURN partner, memoranda, observations, meetings, invitations, awards, participations, facts, first_contact, last_contact
ORDER BY facts DESC, partner
