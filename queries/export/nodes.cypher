// Every node: its labels, key, element id (for nodes without a key) and
// properties with their Cypher types.
MATCH (n)
RETURN labels(n) AS labels,
       n.key AS key,
       elementId(n) AS element_id,
       [k IN keys(n) | {name: k, value: n[k], type: valueType(n[k])}] AS properties
