// Total node and relationship counts (from the count store), without the
// tables that reports read (queries.RefreshTables).
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (n:ReportTable) RETURN count(n) AS tables }
CALL () { MATCH (n:PartnerRow) RETURN count(n) AS rows }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - tables - rows AS nodes, relationships
