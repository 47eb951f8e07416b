// name: meetings
// doc: timeline of the meetings of a country's electoral bodies (or of one body or organisation): date, counterpart and the articles that report them
// param: country country optional "ISO 3166-1 alpha-2 code of the country, e.g. KZ"
// param: body actor optional "key of an electoral body or organisation, e.g. KZ/CEC or OSCE (instead of --country)"
// param: since date optional "first day, YYYY-MM-DD (meetings without a date are then left out)"
// param: until date optional "last day, YYYY-MM-DD (meetings without a date are then left out)"
// oneof: country, body
// param: limit rows optional "print at most this many rows (default: all)"
// columns: date, body, counterpart, counterpart_country, sources
// rows: packed
// parts: 2
// It runs in two parts at once (see Report.Parts in report.go), one for the
// meetings whose node id is even, one for the odd; each row ends with its
// merge key, the values it is sorted on. A meeting's key breaks ties.
CALL () {
  MATCH (:Country {key: $country})<-[:OF_COUNTRY]-(b:ElectoralBody) RETURN b
  UNION
  MATCH (b:ElectoralBody {key: $body}) RETURN b
  UNION
  MATCH (b:Organization {key: $body}) RETURN b
  UNION
  MATCH (b:Government {key: $body}) RETURN b
  UNION
  MATCH (b:NGO {key: $body}) RETURN b
}
// Each counterpart's country is read once, and the sources only for the
// meetings that are printed.
MATCH (b)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(other)
WHERE other <> b
  AND id(m) % $parts = $part
  AND NOT m:Rejected
  AND ($since IS NULL OR m.date >= $since)
  AND ($until IS NULL OR m.date <= $until)
WITH b, other, collect(m) AS ms
OPTIONAL MATCH (other)-[:OF_COUNTRY]->(oc:Country)
WITH b, other, oc, ms
WHERE $country IS NULL OR oc IS NULL OR oc.key <> $country
UNWIND ms AS m
WITH m, b.key AS body, other.key AS counterpart, oc.key AS counterpart_country
ORDER BY m.date IS NULL, m.date, body, counterpart, m.key
LIMIT coalesce($limit, 1000000000)
// The sources of a meeting, a few articles, sorted by key with an
// insertion sort and without repeats.
WITH m, body, counterpart, counterpart_country,
     reduce(acc = [], x IN [(m)-[:REPORTED_IN]->(a:Article) | [a.key, coalesce(a.url, a.key)]] |
            [y IN acc WHERE y[0] < x[0]] + [x] + [y IN acc WHERE y[0] >= x[0]]) AS arts
WITH m, body, counterpart, counterpart_country,
     reduce(acc = [], x IN arts | CASE WHEN x[1] IN acc THEN acc ELSE acc + x[1] END) AS sources
WITH m.date AS date, body, counterpart, counterpart_country, sources, m.key AS key
ORDER BY date IS NULL, date, body, counterpart, key
RETURN collect([date, body, counterpart, counterpart_country, sources, [date, body, counterpart, key]]) AS rows
