// Gives the load lease back; the lock node leaves no trace in the graph.
MATCH (l:CecgraphLock {key: 'load', holder: $holder})
DELETE l
