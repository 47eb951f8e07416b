// Package source reads raw articles from files, directories and standard
// input: plain-text dumps of news pages (.txt), saved web pages (.html) and
// JSON-lines exports of scrapers (.jsonl).
//
// It decides the character set of each input (UTF-8 with or without a byte
// order mark, Windows-1251 or KOI8-R), normalises the text to NFC with "\n"
// line ends, pulls the main text and metadata out of HTML with
// go-trafilatura, and returns one Article per article. It does not remove
// page furniture; that is the job of package clean.
//
// The JSONLReader works like encoding/csv: call Read until io.EOF. A bad line
// yields an *Error naming the file and line, and the next Read goes on with the
// following line.
package source
