// Waits (up to 300 s) for every index to come online.
CALL db.awaitIndexes(300)
