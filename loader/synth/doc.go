// Package synth generates synthetic news articles about electoral
// cooperation from our own template sentences, for benchmarks of extraction,
// loading and reports. The same seed gives the same articles.
package synth
