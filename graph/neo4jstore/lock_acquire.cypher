// Takes or renews the load lease: one node per database that names its
// holder ($holder, random per Store; who, a description for people: the
// program, its process id and host), since when it holds it and when the
// lease runs out. A lease that ran out (its holder died) is taken over. The
// node is write-locked before it is read, so that two takers cannot both
// find it free. Returns whether $holder has the lease, and who holds it.
MERGE (l:CecgraphLock {key: 'load'})
SET l.locked = true
REMOVE l.locked
WITH l, (l.holder IS NULL OR l.holder = $holder OR l.expires < datetime()) AS free, l.holder = $holder AS renew
CALL (l, free, renew) {
  WITH l WHERE free
  SET l.holder = $holder, l.who = $who, l.expires = datetime() + duration({seconds: $ttl}),
      l.since = CASE WHEN renew THEN l.since ELSE datetime() END
}
RETURN free AS got, l.holder AS holder, l.who AS who, l.since AS since, l.expires AS expires
