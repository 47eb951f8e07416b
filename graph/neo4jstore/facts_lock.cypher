// Takes write locks on the fact nodes of identities, in key order, so that
// concurrent resolutions of the same identities run one after the other.
MATCH (f:Fact) WHERE f.identity IN $identities
WITH f ORDER BY f.key
SET f.lock = true
REMOVE f.lock
