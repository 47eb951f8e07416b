// Every relationship: its type, the labels, key and element id of both ends,
// and its properties with their Cypher types.
MATCH (a)-[r]->(b)
RETURN type(r) AS type,
       labels(a) AS start_labels, a.key AS start_key, elementId(a) AS start_element_id,
       labels(b) AS end_labels, b.key AS end_key, elementId(b) AS end_element_id,
       [k IN keys(r) | {name: k, value: r[k], type: valueType(r[k])}] AS properties
