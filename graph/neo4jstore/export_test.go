package neo4jstore

// SetAfterRetractBatch makes every retraction call f after each of its
// batches (an error stops it there, as an interruption would) until the
// returned function is called. For tests only.
func SetAfterRetractBatch(f func(batch int) error) (restore func()) {
	old := afterRetractBatch
	afterRetractBatch = f
	return func() { afterRetractBatch = old }
}

// SetGCBatch makes the clean-up delete at most n nodes (or edges) per
// transaction and call f after each of its transactions, until the returned
// function is called. For tests only.
func SetGCBatch(n int, f func(statement int, deleted LoadStats)) (restore func()) {
	oldN, oldF := gcBatch, afterGCBatch
	gcBatch, afterGCBatch = n, f
	return func() { gcBatch, afterGCBatch = oldN, oldF }
}

// SetJudgementsApplied makes every application of the judgements call f,
// until the returned function is called. For tests only.
func SetJudgementsApplied(f func()) (restore func()) {
	old := judgementsApplied
	judgementsApplied = f
	return func() { judgementsApplied = old }
}
