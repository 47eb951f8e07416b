// Package export writes the whole graph out for other tools: JSON lines
// (every node and relationship with its properties), GraphML (for Gephi and
// Cytoscape), CSV files in the header format of `neo4j-admin database import
// full`, and a table of observation missions, one row per observer and
// election, to join with election-monitoring datasets such as NELDA or DIEM
// by country and year.
//
// It reads the graph with the fixed, read-only Cypher of nodes.cypher,
// relationships.cypher and observations.cypher through a queries.Runner.
// Nodes are named by their labels (sorted) and key, e.g.
// "ElectoralBody:KZ/CEC", which stays the same across exports and loads.
package export
