// Sets the confidence of reports: row {article, identity, confidence}: the
// report of article on the fact of that identity (whichever of its nodes,
// dated or not, holds the report).
UNWIND $rows AS row
MATCH (a:Article {key: row.article})<-[r:REPORTED_IN]-(f:Fact)
WHERE f.identity = row.identity
SET r.confidence = row.confidence
