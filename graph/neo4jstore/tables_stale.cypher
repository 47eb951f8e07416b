// Marks the tables that reports read instead of every fact (queries.
// RefreshTables) out of date: the reports compute their rows from the facts
// until the tables are rewritten. Every run that writes facts, judgements or
// raw Cypher runs it before writing and after.
MATCH (t:ReportTable)
SET t.current = false
