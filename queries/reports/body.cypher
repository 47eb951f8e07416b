// name: body
// doc: profile of an electoral body: its country, the people who hold positions in it with their titles, and every cooperation fact it is party to
// param: body body required "key of the electoral body, e.g. KZ/CEC"
// param: limit int optional "print at most this many rows (default: all)"
// columns: section, item, detail, date, articles
// Rows: one "body" row (the name), one "country" row, a "person" row per
// position (title, first and last seen), and a row per fact named by its
// type (the other sides, and the status, purpose or award name).
MATCH (b:ElectoralBody {key: $body})
CALL (b) {
  RETURN 0 AS rank, 'body' AS section, b.key AS item, b.name AS detail, null AS date, null AS articles
  UNION
  MATCH (b)-[:OF_COUNTRY]->(c:Country)
  RETURN 1 AS rank, 'country' AS section, c.key AS item, c.name AS detail, null AS date, null AS articles
  UNION
  MATCH (b)<-[h:HOLDS]-(p:Person)
  RETURN 2 AS rank, 'person' AS section, p.name AS item, h.title AS detail,
         toString(h.first_seen) + '..' + toString(h.last_seen) AS date, null AS articles
  UNION
  // Facts are ordered and cut to the limit before their other sides are
  // read, so a short report of a busy body reads only the facts it prints.
  MATCH (b)<-[:PARTY|PARTICIPANT|OBSERVER|FROM|TO|GIVEN_BY|GIVEN_TO]-(f)
  WITH DISTINCT b, f
  WITH b, f, [l IN labels(f) WHERE l IN ['Memorandum', 'Observation', 'Meeting', 'Invitation', 'Award', 'Participation'] | toLower(l)][0] AS section,
       coalesce(f.date, toString(f.year)) AS date
  ORDER BY section, date IS NULL, date, f.key
  LIMIT coalesce($limit, 1000000000)
  WITH f, section, date, CASE section WHEN 'memorandum' THEN f.status WHEN 'invitation' THEN f.purpose WHEN 'award' THEN f.name END AS what,
       COLLECT { MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o) WHERE o <> b RETURN o.key ORDER BY o.key } AS others
  RETURN 3 AS rank, section, f.key AS item,
         reduce(s = '', x IN others | s + CASE s WHEN '' THEN '' ELSE ', ' END + x) + CASE WHEN what IS NULL THEN '' ELSE ' (' + what + ')' END AS detail,
         date, f.reports AS articles
}
RETURN section, item, detail, date, articles
ORDER BY rank, section, date IS NULL, date, item
LIMIT coalesce($limit, 1000000000)
