// Package extract turns one cleaned article into a graph.Document. It is a
// pipeline of small stages (segmentation, mention taggers for countries,
// electoral bodies, organisations, governments and persons, the home-country
// resolver, and one rule per fact type), each behind the one-method Stage
// interface, working on a shared Analysis. Every mention and fact keeps byte
// offsets into the cleaned text and the name of the rule that produced it.
package extract
