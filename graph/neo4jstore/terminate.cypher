// Stops transactions this store started (ids from own_transactions.cypher).
TERMINATE TRANSACTIONS $ids
