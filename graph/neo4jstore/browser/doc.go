// Package browser holds what cecgraph ships for Neo4j Browser: a GraSS style
// (colour, size and caption per label: countries, electoral bodies,
// organisations, persons, articles and each type of fact) and a Markdown
// guide whose slides ask the main questions as runnable Cypher. Both are
// embedded; Handler serves them with the CORS header Browser needs to fetch
// them from another origin.
package browser
