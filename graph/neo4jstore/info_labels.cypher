// Node counts by label; not the tables that reports read (queries.
// RefreshTables).
MATCH (n) WHERE NOT n:ReportTable AND NOT n:PartnerRow
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
