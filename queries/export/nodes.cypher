// Every node: its labels, key, element id (for nodes without a key) and
// properties with their Cypher types; not the tables that reports read
// (queries.RefreshTables), which cecgraph rewrites from the rest.
MATCH (n) WHERE NOT n:ReportTable AND NOT n:PartnerRow
RETURN labels(n) AS labels,
       n.key AS key,
       elementId(n) AS element_id,
       [k IN keys(n) | {name: k, value: n[k], type: valueType(n[k])}] AS properties
