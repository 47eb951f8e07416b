// name: pending
// doc: memoranda proposed or planned and not known as signed, and invitations with no later observation, meeting or event participation that answers them
// param: country country optional "only facts with a party of this country, e.g. KZ"
// columns: kind, fact, from, to, status, date, articles
// An invitation from A to B is answered by an observation by B of an
// election in A's country in the invitation's year or later, a meeting of A
// and B on or after its day, or B's participation in an event organised by A
// or held in A's country. Its day is its date, else the first day an article
// reported it.
CALL () {
  MATCH (m:Memorandum)
  WHERE m.status IN ['proposed', 'planned']
  WITH m, COLLECT { MATCH (m)-[:PARTY]->(p) RETURN p.key ORDER BY p.key } AS parties
  WHERE $country IS NULL OR EXISTS { MATCH (m)-[:PARTY]->()-[:OF_COUNTRY]->(:Country {key: $country}) }
  RETURN 'memorandum' AS kind, m AS f, parties[0] AS from, parties[1] AS to, m.status AS status, toString(m.year) AS date
  UNION
  // With a country, its invitations are found from its bodies, not by
  // checking every invitation's parties.
  CALL () {
    MATCH (i:Invitation) WHERE $country IS NULL
    RETURN i
    UNION
    MATCH (:Country {key: $country})<-[:OF_COUNTRY]-()<-[:FROM|TO]-(i:Invitation)
    RETURN i
  }
  MATCH (i)-[:FROM]->(x), (i)-[:TO]->(y)
  WITH x, y, collect(i) AS invitations
  // What answers the invitations from x to y, once per pair and cheapest
  // first: the latest year y observed an election in x's country, an event,
  // the latest day they met (an unknown year or day answers every invitation).
  // The observations are found from the country's few elections and the
  // meetings from the one of x and y that has fewer, each then checked
  // against the other side: a busy body has thousands.
  CALL (x, y) {
    MATCH (x)-[:OF_COUNTRY]->(:Country)<-[:HELD_IN]-(e:Election)<-[:OBSERVED]-(o:Observation)
    WITH y, e, o WHERE (o)-[:OBSERVER]->(y) AND NOT o:Rejected
    RETURN max(coalesce(e.year, 9999)) AS lastObservation
  }
  WITH x, y, invitations, lastObservation
  WHERE NOT EXISTS {
    MATCH (y)<-[:PARTY]-(pp:Participation)-[:AT]->(ev:Event)
    WHERE NOT pp:Rejected AND ((ev)-[:ORGANIZED_BY]->(x) OR EXISTS { (x)-[:OF_COUNTRY]->(:Country)<-[:HELD_IN]-(ev) })
  }
  UNWIND invitations AS i
  WITH i, x, y, lastObservation,
       CASE WHEN i.date IS NOT NULL THEN i.date
            ELSE toString(COLLECT { MATCH (i)-[:REPORTED_IN]->(a:Article) RETURN min(a.published) }[0]) END AS day
  WHERE lastObservation IS NULL OR (day IS NOT NULL AND lastObservation < toInteger(substring(day, 0, 4)))
  WITH x, y, collect([i, day]) AS open
  CALL (x, y) {
    WITH CASE WHEN COUNT { (x)<-[:PARTICIPANT]-() } <= COUNT { (y)<-[:PARTICIPANT]-() } THEN [x, y] ELSE [y, x] END AS pair
    WITH pair[0] AS a, pair[1] AS b
    MATCH (a)<-[:PARTICIPANT]-(m:Meeting)
    WITH b, m WHERE (m)-[:PARTICIPANT]->(b) AND NOT m:Rejected
    RETURN max(coalesce(m.date, '9999')) AS lastMeeting
  }
  UNWIND open AS o
  WITH o[0] AS i, o[1] AS day, x, y, lastMeeting
  WHERE lastMeeting IS NULL OR (day IS NOT NULL AND lastMeeting < day)
  RETURN 'invitation' AS kind, i AS f, x.key AS from, y.key AS to, 'no answer (' + coalesce(i.purpose, 'visit') + ')' AS status, day AS date
}
// Facts an analyst rejected are left out.
WITH kind, f, from, to, status, date WHERE NOT f:Rejected
RETURN kind,
       f.key AS fact,
       from,
       to,
       status,
       date,
       COUNT { (f)-[:REPORTED_IN]->(:Article) } AS articles
ORDER BY kind, date IS NULL, date, fact
