// The transactions this store started and that still run: their metadata
// carries the store's tag. A user always sees their own transactions.
SHOW TRANSACTIONS
YIELD transactionId, metaData
WHERE metaData.cecgraph = $tag
RETURN transactionId
