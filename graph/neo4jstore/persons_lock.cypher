// Takes write locks on the persons of families, in key order.
MATCH (p:Person) WHERE p.family IN $families
WITH p ORDER BY p.key
SET p.lock = true
REMOVE p.lock
