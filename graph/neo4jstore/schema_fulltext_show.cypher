// The labels and properties of the full-text index entity_names, if any.
SHOW INDEXES YIELD name, labelsOrTypes, properties
WHERE name = 'entity_names'
RETURN labelsOrTypes AS labels, properties
