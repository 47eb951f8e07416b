package neo4jstore

// SetAfterRetractBatch makes every retraction call f after each of its
// batches (an error stops it there, as an interruption would) until the
// returned function is called. For tests only.
func SetAfterRetractBatch(f func(batch int) error) (restore func()) {
	old := afterRetractBatch
	afterRetractBatch = f
	return func() { afterRetractBatch = old }
}
