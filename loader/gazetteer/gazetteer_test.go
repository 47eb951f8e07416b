package gazetteer

import (
	"io/fs"
	"strings"
	"testing"

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
		{"МПА СНГ", OrgAbbrev, "CIS-IPA"},
		{"ТюркПА", OrgAbbrev, "TURKPA"},
		{"ТюркПа", OrgAbbrev, "TURKPA"},
		{"Шанхайской организации сотрудничества", OrgName, "SCO"},
		{"International Institute for Democracy & Electoral Assistance", OrgName, "IDEA"},
		{"Нью-Дели", City, "IN"},
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
