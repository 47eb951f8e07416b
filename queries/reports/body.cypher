// name: body
// doc: profile of an electoral body: its country, the people who hold positions in it with their titles, and every cooperation fact it is party to
// param: body body required "key of the electoral body, e.g. KZ/CEC"
// param: limit rows optional "print at most this many rows (default: all)"
// columns: section, item, detail, date, articles
// rows: packed
// parts: 2
// Rows: one "body" row (the name), one "country" row, a "person" row per
// position (title, first and last seen), and a row per fact named by its
// type (the other sides, and the status, purpose or award name), in the
// order of the fact keys: by type, then parties, then date.
// The rows come back packed, as one list of [section, item, detail, date,
// articles, merge key] lists, and in two parts run at once, one on each
// core (see Report.Parts in report.go): a body may be party to thousands of
// facts. Part 0 has the body, country and people rows, under the merge key
// '' so they come first, and the facts whose node id is even; part 1 those
// whose id is odd. A fact's merge key is its key. id() is deprecated in
// Neo4j 5 in favour of elementId(), an opaque string; id() is a number the
// runtime already holds, so splitting on it reads nothing.
// The facts are found in the order of their keys, and only as many as
// are printed. Each edge from a fact to an actor has `sort`, the actor's
// key, a tab and the fact's key (kept by facts_recompute.cypher), and each
// type of edge an index on it, so a body's first facts are the first
// entries of those indexes after its key; no fact is read only to be
// sorted away.
MATCH (b:ElectoralBody {key: $body})
CALL (b) {
  WITH b WHERE $part = 0
  MATCH (b)-[:OF_COUNTRY]->(c:Country)
  RETURN collect(['country', c.key, c.name, null, null, '']) AS country
}
CALL (b) {
  WITH b WHERE $part = 0
  MATCH (b)<-[h:HOLDS]-(p:Person)
  WITH p, h, toString(h.first_seen) + '..' + toString(h.last_seen) AS date
  ORDER BY date IS NULL, date, p.name
  RETURN collect(['person', p.name, h.title, date, null, '']) AS people
}
CALL (b) {
  WITH b.key AS bkey, b.key + '\t' AS prefix
  CALL (prefix) {
    MATCH (f)-[r:PARTY]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:PARTICIPANT]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:OBSERVER]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:FROM]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:TO]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:GIVEN_BY]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
    UNION ALL
    MATCH (f)-[r:GIVEN_TO]->() WHERE r.sort STARTS WITH prefix AND id(f) % $parts = $part AND NOT f:Rejected
    WITH f, r.sort AS sort ORDER BY sort LIMIT coalesce($limit, 1000000000) RETURN f, sort
  }
  // Facts come in the order of their keys, one string to compare: by type
  // (the key starts with it: memorandum|…, meeting|…), then the parties as
  // the key names them (sorted for memoranda and meetings, from and to for
  // invitations and awards), then the date, an undated fact first.
  WITH DISTINCT bkey, f, sort
  ORDER BY sort
  LIMIT coalesce($limit, 1000000000)
  WITH bkey, f, f.key AS key
  WITH bkey, f, key, split(key, '|')[0] AS section, coalesce(f.date, toString(f.year)) AS date
  // The other sides are read only for the facts printed, from the fact's
  // sorted list of the keys of its sides (see docs/GRAPH.md); a fact
  // without one (written by an older version) has its side edges read
  // instead.
  WITH bkey, f, key, section, date, CASE section WHEN 'memorandum' THEN f.status WHEN 'invitation' THEN f.purpose WHEN 'award' THEN f.name END AS what,
       [x IN coalesce(f.sides, COLLECT { MATCH (f)-[:PARTY|PARTICIPANT|OBSERVER|OBSERVED|FROM|TO|GIVEN_BY|GIVEN_TO|AT]->(o) RETURN DISTINCT o.key AS k ORDER BY k })
        WHERE x <> bkey] AS others
  RETURN collect([section, key,
                  reduce(s = '', x IN others | s + CASE s WHEN '' THEN '' ELSE ', ' END + x) + CASE WHEN what IS NULL THEN '' ELSE ' (' + what + ')' END,
                  date, f.reports, key]) AS facts
}
// The sections come in order: the body, its country, people, then facts;
// the lists keep that order without a sort over every row.
RETURN (CASE $part WHEN 0 THEN [['body', b.key, b.name, null, null, '']] ELSE [] END + country + people + facts)[..coalesce($limit, 1000000000)] AS rows
