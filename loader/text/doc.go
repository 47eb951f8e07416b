// Package text segments cleaned article text into paragraphs, sentences and
// tokens, every one with byte offsets into that text. Russian abbreviations
// and initials («т.г.», «г.», «К. Турганкулов», «Н.М.Абдиров») do not end a
// sentence. Tokens carry a folded lower-case form (ё→е) and a Snowball stem
// for matching; neither is ever output.
package text
