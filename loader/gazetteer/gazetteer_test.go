package gazetteer

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/loader/text"
)

// TestEveryDataFileLoads reads every embedded data file, checks its header
// says where its facts come from, and builds the gazetteer.
func TestEveryDataFileLoads(t *testing.T) {
	files, err := fs.Glob(dataFS, "data/*")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 7)
	for _, f := range files {
		raw, err := fs.ReadFile(dataFS, f)
		require.NoError(t, err)
		head := strings.SplitN(string(raw), "\n", 4)
		require.True(t, strings.HasPrefix(head[0], "#"), "%s starts with a header comment", f)
	}
	g, err := Load()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(g.Countries()), 193, "all UN member states")
	for _, cc := range []string{"KZ", "KR", "US", "UZ", "TJ", "JP", "IN"} {
		assert.NotNil(t, g.Country(cc), cc)
	}
	for _, k := range []string{"SCO", "CIS", "CIS-IPA", "OSCE", "ODIHR", "A-WEB", "IFES", "IDEA", "UN", "EU", "TURKPA", "OIC", "CSTO"} {
		assert.NotNil(t, g.Organization(k), k)
	}
}

func TestMatchAt(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	tests := []struct {
		text string
		kind Kind
		key  string
	}{
		{"Республики Кореи", CountryName, "KR"},
		{"Кыргызской Республики", CountryName, "KG"},
		{"Российской Федерации", CountryName, "RU"},
		{"японскими", CountryAdj, "JP"},
		{"казахстанским", CountryAdj, "KZ"},
		{"узбекской", CountryAdj, "UZ"},
		{"США", CountryAbbrev, "US"},
		{"РФ", CountryAbbrev, "RU"},
		{"Kazakhstan", CountryName, "KZ"},
		{"ШОС", OrgAbbrev, "SCO"},
		{"А-WEB", OrgAbbrev, "A-WEB"}, // Cyrillic А
		{"A-WEB", OrgAbbrev, "A-WEB"},
		{"АОВCЕ", OrgAbbrev, "ACEEEO"}, // Cyrillic with a Latin C
		{"Arab EMBs", OrgName, "ARAB-EMBS"},
		{"МПА СНГ", OrgAbbrev, "CIS-IPA"},
		{"ТюркПА", OrgAbbrev, "TURKPA"},
		{"ТюркПа", OrgAbbrev, "TURKPA"},
		{"Шанхайской организации сотрудничества", OrgName, "SCO"},
		{"International Institute for Democracy & Electoral Assistance", OrgName, "IDEA"},
		{"Нью-Дели", City, "IN"},
		{"Гагаузии", City, "MD"},                 // a province named by a noun
		{"Республики Грузия", CountryName, "GE"}, // the CIS documents' form
		{"STAE", BodyAbbrev, "TL"},               // Timor-Leste's as well as Mozambique's
		{"АИПА", OrgAbbrev, "AIPA"},
		{"Британии", CountryName, "GB"},
		{"Нагорного Карабаха", City, "AZ"},   // keyed as the UN General Assembly counts it
		{"Timor – Leste", CountryName, "TL"}, // a hyphen written as a spaced dash
		{"Нью - Дели", City, "IN"},
		{"Межпарламентская Ассамблея Содружества Независимых Государств", OrgName, "CIS-IPA"},
		{"Папуа-Новой Гвинеи", CountryName, "PG"}, // «Папуа — Новая Гвинея» hyphenated
		{"Международного института мониторинга развития демократии, парламентаризма и соблюдения избирательных прав граждан государств-участников МПА СНГ", OrgName, "IIMDD"},
		{"Международного института мониторинга демократии", OrgName, "IIMDD"}, // the press's short form
		{"Тюркской Академии", OrgName, "TURKIC-ACADEMY"},
		{"Кыргыстана", CountryName, "KG"}, // the press's common misspelling
		{"Dominican", CountryAdj, "DO"},   // not Dominica's
		{"Central American Parliament", OrgName, "PARLACEN"},
		{"Comelec", BodyName, "PH"}, // a short name written as a word
		{"Bawaslu", BodyName, "ID"},
		{"Мажилисе Парламента", StateName, "KZ"},
		{"Центризбиркома", Head, "national"},
		{"центральными избирательными комиссиями", Head, "national"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := text.Tokenize(tt.text, 0)
			ms := g.MatchAt(toks, 0)
			require.NotEmpty(t, ms)
			found := false
			for _, m := range ms {
				if m.End == len(toks) && m.Entry.Kind == tt.kind && m.Entry.Key == tt.key {
					found = true
				}
			}
			assert.True(t, found, "%q → %v %s; got %+v", tt.text, tt.kind, tt.key, ms[0].Entry)
		})
	}
}

// TestProvincesAreMarked: the entries of provinces.tsv are places marked
// as provinces or territories; a city is not.
func TestProvincesAreMarked(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	for s, want := range map[string]bool{"Приднестровья": true, "Южной Осетии": true, "Gagauzia": true, "Тирасполя": false, "Ташкента": false} {
		toks := text.Tokenize(s, 0)
		ms := g.MatchAt(toks, 0)
		require.NotEmpty(t, ms, s)
		assert.Equal(t, City, ms[0].Entry.Kind, s)
		assert.Equal(t, want, ms[0].Entry.Province, s)
	}
}

func TestCaseSensitiveNames(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	// «того» (pronoun) is not Togo; «ес» is not the EU
	for _, s := range []string{"того", "мали"} {
		for _, m := range g.MatchAt(text.Tokenize(s, 0), 0) {
			assert.NotEqual(t, CountryName, m.Entry.Kind, s)
		}
	}
}

// Load computes the match keys on all cores and indexes afterwards; the
// result is the same index and trie as indexing each entry as it is added.
func TestParallelLoadIndexesAsSequentialLoad(t *testing.T) {
	par, err := load(true)
	require.NoError(t, err)
	seq, err := load(false)
	require.NoError(t, err)
	require.NotEmpty(t, seq.byKey)
	assert.Equal(t, seq.byKey, par.byKey)
	assert.Equal(t, seq.root, par.root)
	assert.Nil(t, par.pending)
}

// TestLatinSpellings: a Cyrillic given name gets its English-language
// spellings, the usual one first.
func TestLatinSpellings(t *testing.T) {
	assert.Equal(t, []string{"Vladimir"}, Latin("Владимир"))
	assert.Equal(t, []string{"Mazakhir", "Mazahir"}, Latin("Мазахир"))
	assert.Equal(t, []string{"Dzhamshed", "Jamshed"}, Latin("Джамшед"))
	assert.Equal(t, []string{"Yelena", "Elena"}, Latin("Елена"))
	assert.Contains(t, Latin("Раджив"), "Rajiv")
	assert.Nil(t, Latin("Chen"))
}

// TestElectionBodiesCoverEveryState: every UN member state in countries.tsv
// has at least one row in election_bodies.tsv with an English name, except
// the few states that have no national election management body to name.
func TestElectionBodiesCoverEveryState(t *testing.T) {
	// in countries.tsv but not UN member states
	notUN := map[string]bool{"PS": true, "VA": true, "XK": true, "TW": true, "HK": true, "MO": true, "PR": true, "CK": true, "NU": true, "TK": true}
	exempt := map[string]string{
		"BN": "no national elections; the Legislative Council is appointed",
		"ER": "no national elections held since independence",
		"SA": "municipal council elections only, run by the ministry for municipal affairs",
		"CN": "no EMB; elections of deputies are run by the people's congresses' standing committees and local election committees",
		"MA": "elections run by the Ministry of the Interior, no separately named body",
		"MC": "elections run by the government's own services, no separately named body",
		"LU": "elections run by a ministry, no separately named body",
		"SM": "elections run by the state civil registry and electoral services office, no established English name",
	}
	var states []string
	require.NoError(t, readTSV("data/countries.tsv", func(cols []string) error {
		if cc := strings.TrimSpace(cols[0]); !notUN[cc] {
			states = append(states, cc)
		}
		return nil
	}))
	require.Len(t, states, 193, "UN member states in countries.tsv")
	withEnglish := map[string]bool{}
	firstNames := map[[2]string]bool{}
	require.NoError(t, readTSV("data/election_bodies.tsv", func(cols []string) error {
		cc := strings.TrimSpace(cols[0])
		if len(col(cols, 3)) > 0 {
			withEnglish[cc] = true
		}
		var names []string
		for i := 1; i <= 4; i++ {
			names = append(names, col(cols, i)...)
		}
		k := [2]string{cc, first(names)}
		assert.False(t, firstNames[k], "duplicate row %v", k)
		firstNames[k] = true
		return nil
	}))
	for _, cc := range states {
		if why, ok := exempt[cc]; ok {
			assert.False(t, withEnglish[cc], "%s has a body now; drop its exemption (%s)", cc, why)
			continue
		}
		assert.True(t, withEnglish[cc], "%s has no election body with an English name", cc)
	}
}

// TestGivenNameForms: a word is a form of a Cyrillic given name only when
// it is the name's stem and a case ending; the adverb «Ранее» is no form of
// «Ранил», the country «Германии» none of «Герман».
func TestGivenNameForms(t *testing.T) {
	for _, c := range []struct {
		w, name string
		want    bool
	}{
		{"ранее", "ранил", false},
		{"ранила", "ранил", true},
		{"марии", "мария", true},
		{"ольгой", "ольга", true},
		{"павла", "павел", true},
		{"льва", "лев", true},
		{"юрия", "юрий", true},
		{"rajiv", "rajiv", true},
		{"германии", "герман", false},
		{"армению", "армен", false},
		{"ахматов", "ахмат", false},
		{"георгиев", "георгий", false},
		{"любовью", "любовь", true},
		{"ильей", "илья", true},
		{"юрием", "юрий", true},
		{"нурланом", "нурлан", true},
	} {
		assert.Equal(t, c.want, givenNameForm(c.w, c.name), "%s as %s", c.w, c.name)
	}
}

// TestBodyNames: a country's national election bodies by their full names.
func TestBodyNames(t *testing.T) {
	g, err := Load()
	require.NoError(t, err)
	assert.Contains(t, g.BodyNames("IN"), "Election Commission of India")
	assert.Contains(t, g.BodyNames("IN"), "Избирательная комиссия Индии")
	assert.Nil(t, g.BodyNames("XX"))
}

// TestDominicanIsTheDominicanRepublic: "the Dominican Central Electoral
// Board" is the Dominican Republic's; the adjective names no other state.
func TestDominicanIsTheDominicanRepublic(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	for _, m := range g.MatchAt(text.Tokenize("Dominican", 0), 0) {
		assert.NotEqual(t, "DM", m.Entry.Key)
	}
}

// TestEveryAbbreviationCanMatch: an abbreviation is matched by its exact
// text only when the token has two capitals or more («ЦИК», "ТюркПА"); one
// written with a single capital ("Bawaslu", «Госдеп») belongs among the
// names, which match in every case form.
func TestEveryAbbreviationCanMatch(t *testing.T) {
	columns := map[string][]int{ // the abbreviation columns of each file
		"data/election_bodies.tsv": {2, 4},
		"data/state_agencies.tsv":  {2, 4},
		"data/organizations.tsv":   {3, 5},
	}
	for file, cols := range columns {
		raw, err := fs.ReadFile(dataFS, file)
		require.NoError(t, err)
		for n, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			fields := strings.Split(line, "\t")
			for _, c := range cols {
				if c >= len(fields) || fields[c] == "" {
					continue
				}
				for _, ab := range strings.Split(fields[c], "|") {
					assert.True(t, upperCount(ab) >= 2 || utf8.RuneCountInString(ab) == 1, "%s:%d: abbreviation %q has one capital", file, n+1, ab)
				}
			}
		}
	}
}

// TestLowerCaseHeadOfAName: a Russian name of two words or more written
// with a small first word mid-sentence but a capital after it («исполкома
// Содружества») is the organisation; an English article before a capital
// ("the Commonwealth") makes no two-word name.
func TestLowerCaseHeadOfAName(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	keys := func(s string) []string {
		var out []string
		for _, m := range g.MatchAt(text.Tokenize(s, 0), 0) {
			if len(m.Entry.words) == 2 {
				out = append(out, m.Entry.Key)
			}
		}
		return out
	}
	assert.Contains(t, keys("исполкома Содружества"), "CIS")
	assert.Empty(t, keys("the Commonwealth"))
}

// TestMemoAnswersAsTheIndex checks that what the gazetteer keeps by word
// number gives the matches a fresh look into its index gives: every token
// of a sentence read twice (the second time from the memo), and a token
// stripped of its number.
func TestMemoAnswersAsTheIndex(t *testing.T) {
	g, err := Load()
	require.NoError(t, err)
	s := "Центральная избирательная комиссия Республики Казахстан и ЦИК России встретились с делегацией ОБСЕ в Астане; Election Commission of India signed an MoU with the NEC"
	toks := text.Tokenize(s, 0)
	first := make([][]Match, len(toks))
	for i := range toks {
		first[i] = g.MatchAt(toks, i)
	}
	bare := slices.Clone(toks)
	for i := range bare {
		bare[i].Word = 0
	}
	found := 0
	for i := range toks {
		assert.Equal(t, first[i], g.MatchAt(toks, i), toks[i].Text)
		assert.Equal(t, first[i], g.MatchAt(bare, i), toks[i].Text)
		found += len(first[i])
	}
	assert.GreaterOrEqual(t, found, 6)
}
