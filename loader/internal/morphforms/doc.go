// Package morphforms reads the case forms that `make morph-check` writes
// (scripts/morph-forms.py, from the OpenCorpora dictionary): one word form a
// line with its lemma, part of speech, gender, number and case. The
// measurements that read them are test files built only with the
// morphcheck build tag.
package morphforms
