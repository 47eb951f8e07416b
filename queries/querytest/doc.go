// Package querytest supports the integration tests of the reports and
// exports: it loads the fixture articles of queries/testdata/articles (our
// own texts, each stating a few facts the extractor gets right) through the
// real pipeline (source → clean → extract) into the test Neo4j.
package querytest
