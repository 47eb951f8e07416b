// Package queries is cecgraph's report catalogue: canned Cypher reports
// embedded from reports/*.cypher, each with a header that names it, says what
// it answers, declares its typed parameters and its columns; parameter
// validation that turns command-line strings into query parameters (and
// refuses bad input with a clear error rather than an empty table); and
// writers that print a result as an aligned table, CSV, JSON or Markdown.
//
// A report header is a block of "//" lines at the top of the file:
//
//	// name: memoranda
//	// doc: one-line description
//	// param: country country required "ISO 3166-1 alpha-2 code, e.g. KZ"
//	// param: status enum(signed|proposed|planned) optional "memorandum status"
//	// columns: partner_country, partner_body, status, year, articles
//
// Optional keys: "oneof: a, b" (exactly one of these optional parameters
// must be given) and "rows: packed" (the query returns one record whose
// column rows is the list of result rows, each a list in the order of the
// columns; Report.Run unpacks it) and, for a packed report, "parts: N"
// (Report.Run runs the query N times at once, $part from 0 to $parts-1, each
// part's rows ending with a merge key, and merges the parts on it; see
// Report.Parts). Parameter types are string, int, date
// (YYYY-MM-DD), country (an ISO 3166-1 alpha-2 code; lower case is
// upper-cased), actor, body, fulltext and enum(a|b|…).
package queries
