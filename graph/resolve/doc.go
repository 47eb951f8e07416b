// Package resolve decides cross-article identity, in pure Go: which person
// names denote the same person (initials and full names, declined forms,
// Latin and Cyrillic spellings), which reports of a fact are the same fact
// (an undated or year-only report joins the one more precise report it is
// compatible with), and how a user's override file (same / not-same
// judgements, preferred names) changes those decisions.
//
// Every decision is a function of the whole set of names or reports, not of
// the order they arrive in, so that a graph built incrementally equals the
// graph built in one run.
package resolve
