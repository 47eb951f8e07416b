// Package gazetteer holds cecgraph's dictionaries — countries (names in every
// case form, adjectives, demonyms, abbreviations, English names),
// international organisations, national electoral bodies with special names,
// given names and position titles — as embedded TSV files under data/, each
// with a header saying where its facts come from, and finds their entries in
// token streams by longest match over inflection-aware stems.
package gazetteer
