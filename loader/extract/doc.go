// Package extract turns one cleaned article into a graph.Document. It is a
// pipeline of small stages, each behind the one-method Stage interface,
// working on a shared Analysis: dictionary matching, mention taggers for
// electoral bodies, state actors, international organisations (from the
// dictionaries and, open-class, from a name with its abbreviation in
// brackets), countries, NGOs and persons; the home-country resolver; the
// document frame (what the whole article is about: its home, the election
// it reports, its dateline); then one rule per fact type, which reads
// clauses — a subject, a coordinated list, an adjunct such as «по
// приглашению X» — rather than whole sentences, and settles persons to
// their fullest names. Russian and English share the stages; words of both
// languages sit side by side in the rules' word lists. A text longer than a
// few megabytes is read in sections and merged into one Document. Every
// mention and fact keeps byte offsets into the cleaned text and the name of
// the rule that produced it.
package extract
