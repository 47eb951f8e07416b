package morphforms

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// DirEnv names the environment variable that holds the folder of forms.tsv.
const DirEnv = "CECGRAPH_MORPH_DIR"

// header is the first line of forms.tsv.
const header = "class\tsource\tlemma\tpos\tgender\tnumber\tcase\tform"

// Cases are OpenCorpora's six main cases, nominative first.
var Cases = []string{"nomn", "gent", "datv", "accs", "ablt", "loct"}

// Form is one case form of a lemma.
type Form struct {
	Class  string // given, surname, country, country_word, title, adj, participle, noun, phrase
	Source string // dict, analogy or rule (see scripts/morph-forms.py)
	Lemma  string // the nominative singular (of Gender, for surnames and adjectives)
	POS    string // NOUN, ADJF, PRTF, NP
	Gender string // masc, femn, neut, ms-f or -
	Number string // sing or plur
	Case   string // one of Cases
	Text   string // the form itself
}

// ErrNoData is returned when DirEnv is unset.
var ErrNoData = errors.New(DirEnv + " is not set: run `make morph-check`")

// Load reads forms.tsv from the folder named by DirEnv.
func Load() ([]Form, error) {
	dir := os.Getenv(DirEnv)
	if dir == "" {
		return nil, ErrNoData
	}
	return Read(filepath.Join(dir, "forms.tsv"))
}

// Read reads a forms file; a missing file, a wrong header, a line of the
// wrong width, an empty field or an unknown case is an error, and so is a
// file without forms.
func Read(path string) ([]Form, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("morph forms: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	if !sc.Scan() || sc.Text() != header {
		return nil, fmt.Errorf("morph forms: %s: the first line is not %q", path, header)
	}
	valid := map[string]bool{}
	for _, c := range Cases {
		valid[c] = true
	}
	var out []Form
	for line := 2; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 8 {
			return nil, fmt.Errorf("morph forms: %s:%d: %d fields, want 8", path, line, len(c))
		}
		for _, v := range c {
			if v == "" {
				return nil, fmt.Errorf("morph forms: %s:%d: an empty field", path, line)
			}
		}
		if !valid[c[6]] {
			return nil, fmt.Errorf("morph forms: %s:%d: unknown case %q", path, line, c[6])
		}
		out = append(out, Form{Class: c[0], Source: c[1], Lemma: c[2], POS: c[3], Gender: c[4], Number: c[5], Case: c[6], Text: c[7]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("morph forms: %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("morph forms: %s: no forms", path)
	}
	return out, nil
}

// Lexeme is the forms of one lemma of one class and gender, by number and
// case ("sing nomn").
type Lexeme struct {
	Class, Source, Lemma, POS, Gender string
	Forms                             map[string]string
}

// Lexemes groups forms by class, lemma and gender, in the order of their
// first form.
func Lexemes(forms []Form) []*Lexeme {
	idx := map[string]*Lexeme{}
	var out []*Lexeme
	for _, f := range forms {
		k := f.Class + "\t" + f.Lemma + "\t" + f.Gender
		l := idx[k]
		if l == nil {
			l = &Lexeme{Class: f.Class, Source: f.Source, Lemma: f.Lemma, POS: f.POS, Gender: f.Gender, Forms: map[string]string{}}
			idx[k] = l
			out = append(out, l)
		}
		l.Forms[f.Number+" "+f.Case] = f.Text
	}
	return out
}

// Percent is a of b in per cent, 0 when b is 0.
func Percent(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
