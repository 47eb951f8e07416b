// The transactions this store started and that still run: their metadata
// carries the store's tag. A user always sees their own transactions. The
// clean-ups after the work (the release of the load lease, on a
// cleanupContext: metaData.cecgraph_cleanup) are left to run.
SHOW TRANSACTIONS
YIELD transactionId, metaData
WHERE metaData.cecgraph = $tag AND metaData.cecgraph_cleanup IS NULL
RETURN transactionId
