// Takes the load lease: one node per database that names its holder and
// when the lease runs out. A lease that ran out (its holder died) is taken over.
MERGE (l:CecgraphLock {key: 'load'})
WITH l
WHERE l.holder IS NULL OR l.holder = $holder OR l.expires < datetime()
SET l.holder = $holder, l.expires = datetime() + duration({seconds: $ttl})
RETURN count(l) AS got
