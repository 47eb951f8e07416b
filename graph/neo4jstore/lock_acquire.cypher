// Takes or renews the load lease: one node per database that names its
// holder ($holder, random per Store; who, a description for people: the
// program, its process id and host), since when it holds it and when the
// lease runs out. A lease that ran out (its holder died) is taken over. The
// node is write-locked before it is read, so that two takers cannot both
// find it free. Returns whether $holder has the lease, and who holds it.
//
// The holder gives the lease back by deleting the node (lock_release.cypher).
// When that deletion commits while this statement waits for the node's
// lock, the SET finds no node and does nothing (Neo4j ignores a write to a
// node another transaction deleted), and every property of l reads null,
// its key too: the lease would look free, and $holder would get it with no
// node to show for it while the next taker creates one and gets it too.
// So a node gone by then (gone) is not taken: the caller asks again, and
// that MERGE creates the node anew (its uniqueness constraint makes two
// creators take turns).
MERGE (l:CecgraphLock {key: 'load'})
SET l.locked = true
REMOVE l.locked
WITH l, l.key IS NULL AS gone
WITH l, gone, NOT gone AND (l.holder IS NULL OR l.holder = $holder OR l.expires < datetime()) AS free,
     l.holder = $holder AS renew
CALL (l, free, renew) {
  WITH l WHERE free
  SET l.holder = $holder, l.who = $who, l.expires = datetime() + duration({seconds: $ttl}),
      l.since = CASE WHEN renew THEN l.since ELSE datetime() END
}
RETURN free AS got, gone, l.holder AS holder, l.who AS who, l.since AS since, l.expires AS expires
