// A liveness check and the check that the database exists: the cheapest
// statement the server must answer.
RETURN 1
