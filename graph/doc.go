// Package graph holds cecgraph's domain: the keys that name countries,
// electoral bodies, organisations and persons, the facts stated about them
// (memoranda, observations, meetings, invitations, awards, participations),
// the evidence that ties each fact to a sentence, and Document, one article's
// extraction, and Judgement, an analyst's correction of facts and keys. It
// imports nothing of ours; extraction produces Documents and graph stores
// consume them.
package graph
