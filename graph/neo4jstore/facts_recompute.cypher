// Recomputes what fact nodes aggregate over their reports: the number of
// reports, and for memoranda the strongest status (signed > planned >
// proposed) with the earliest year reported with it, else the earliest year
// reported at all. The result depends only on the set of reports.
UNWIND $rows AS row
MATCH (f:Fact {key: row.key})
CALL (f) {
  OPTIONAL MATCH (f)-[r:REPORTED_IN]->()
  WITH r, CASE r.status WHEN 'signed' THEN 3 WHEN 'planned' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END AS rank
  RETURN count(r) AS n, max(rank) AS top,
         collect({rank: rank, status: r.status, year: r.year}) AS xs
}
SET f.reports = n
WITH f, top, xs WHERE f:Memorandum
WITH f, [x IN xs WHERE x.rank = top] AS tops, xs
WITH f, head([x IN tops WHERE x.status IS NOT NULL | x.status]) AS status,
     reduce(m = null, x IN tops | CASE WHEN x.year IS NOT NULL AND (m IS NULL OR x.year < m) THEN x.year ELSE m END) AS ytop,
     reduce(m = null, x IN xs | CASE WHEN x.year IS NOT NULL AND (m IS NULL OR x.year < m) THEN x.year ELSE m END) AS yany
SET f.status = status, f.year = coalesce(ytop, yany)
