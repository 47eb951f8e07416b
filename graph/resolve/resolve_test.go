package resolve

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseName(t *testing.T) {
	tests := []struct {
		raw                    string
		family, given, initial string
		latin                  bool
	}{
		{"Нурлан Абдиров", "abdirov", "nurlan", "n", false},
		{"Нурлану  Абдирову", "abdirov", "nurlan", "n", false},
		{"Н. Абдиров", "abdirov", "", "n", false},
		{"Nurlan Abdirov", "abdirov", "nurlan", "n", true},
		{"Раджив Кумар", "kumar", "rajiv", "r", false},
		{"Rajiv Kumar", "kumar", "rajiv", "r", true},
		{"Ilkhom Nematov", "nematov", "ilh", "i", true},
		{"Илхом Нематов", "nematov", "ilh", "i", false},
		{"Мирза-Улугбек Абдусаломов", "abdusalomov", "mirz-ulugbek", "m", false},
		{"Бахтиёру Худоерзоде", "hudoerzod", "bahtier", "b", false},
		{"Абдиров", "abdirov", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			n := ParseName(tt.raw)
			assert.Equal(t, tt.family, n.Family)
			assert.Equal(t, tt.given, n.Given)
			assert.Equal(t, tt.initial, n.Initial)
			assert.Equal(t, tt.latin, n.Latin)
		})
	}
}

func TestClusters(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		ov    string
		want  map[string]string
	}{
		{"initial joins the full name", []string{"Н. Абдиров", "Нурлан Абдиров"}, "",
			map[string]string{"Н. Абдиров": "Нурлан Абдиров", "Нурлан Абдиров": "Нурлан Абдиров"}},
		{"declined and Latin forms", []string{"Нурлану Абдирову", "Nurlan Abdirov", "Нурлан Абдиров"}, "",
			map[string]string{"Нурлану Абдирову": "Нурлан Абдиров", "Nurlan Abdirov": "Нурлан Абдиров", "Нурлан Абдиров": "Нурлан Абдиров"}},
		{"Latin only keeps its spelling", []string{"Rajiv Kumar"}, "", map[string]string{"Rajiv Kumar": "Rajiv Kumar"}},
		{"an initial between two full names stays apart", []string{"А. Иванов", "Алексей Иванов", "Андрей Иванов"}, "",
			map[string]string{"А. Иванов": "А. Иванов", "Алексей Иванов": "Алексей Иванов", "Андрей Иванов": "Андрей Иванов"}},
		{"another initial stays apart", []string{"Б. Иванов", "Алексей Иванов"}, "",
			map[string]string{"Б. Иванов": "Б. Иванов", "Алексей Иванов": "Алексей Иванов"}},
		{"different given names", []string{"Ольга Смирнова", "Олег Смирнов"}, "",
			map[string]string{"Ольга Смирнова": "Ольга Смирнова", "Олег Смирнов": "Олег Смирнов"}},
		{"not_same override", []string{"А. Иванов", "Алексей Иванов"}, "persons: {not_same: [[А. Иванов, Алексей Иванов]]}",
			map[string]string{"А. Иванов": "А. Иванов", "Алексей Иванов": "Алексей Иванов"}},
		{"same override across spellings", []string{"М. Абдусаломов", "Мирза-Улугбек Абдусаламов"}, "persons: {same: [[М. Абдусаломов, Мирза-Улугбек Абдусаламов]]}",
			map[string]string{"М. Абдусаломов": "Мирза-Улугбек Абдусаламов", "Мирза-Улугбек Абдусаламов": "Мирза-Улугбек Абдусаламов"}},
		{"preferred name", []string{"Rajiv Kumar", "Раджив Кумар"}, "persons: {preferred: {Раджив Кумар: Rajiv Kumar}}",
			map[string]string{"Rajiv Kumar": "Rajiv Kumar", "Раджив Кумар": "Rajiv Kumar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ov *Overrides
			if tt.ov != "" {
				var err error
				ov, err = ParseOverrides([]byte(tt.ov))
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, Clusters(tt.names, ov))
			// The result does not depend on the order of names.
			r := rand.New(rand.NewSource(1))
			for i := 0; i < 5; i++ {
				names := append([]string(nil), tt.names...)
				r.Shuffle(len(names), func(a, b int) { names[a], names[b] = names[b], names[a] })
				assert.Equal(t, tt.want, Clusters(names, ov))
			}
		})
	}
}

func TestWhens(t *testing.T) {
	tests := []struct {
		name  string
		whens []string
		want  map[string]string
	}{
		{"alone", []string{""}, map[string]string{"": ""}},
		{"undated joins the date", []string{"", "2024-04-09"}, map[string]string{"": "2024-04-09", "2024-04-09": "2024-04-09"}},
		{"year joins the date", []string{"2024", "2024-04-09"}, map[string]string{"2024": "2024-04-09", "2024-04-09": "2024-04-09"}},
		{"other year stays", []string{"2023", "2024-04-09", ""}, map[string]string{"2023": "2023", "2024-04-09": "2024-04-09", "": ""}},
		{"two dates: nothing joins", []string{"", "2024", "2024-04-09", "2024-06-02"},
			map[string]string{"": "", "2024": "2024", "2024-04-09": "2024-04-09", "2024-06-02": "2024-06-02"}},
		{"year alone takes the undated", []string{"", "2024"}, map[string]string{"": "2024", "2024": "2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, Whens(tt.whens)) })
	}
}

func TestFactKeyAndRename(t *testing.T) {
	assert.Equal(t, "meeting|A+B", FactKey("meeting|A+B", ""))
	assert.Equal(t, "meeting|A+B@2024", FactKey("meeting|A+B", "2024"))
	assert.Equal(t, "award|KZ/CEC|Нурлан Абдиров|медаль", RenameInIdentity("award|KZ/CEC|Н. Абдиров|медаль", "Н. Абдиров", "Нурлан Абдиров"))
	assert.Equal(t, "meeting|KZ/CEC+Азамат Ахмедов", RenameInIdentity("meeting|KZ/CEC+Я. Ахмедов", "Я. Ахмедов", "Азамат Ахмедов"))
	assert.Equal(t, "meeting|Borat+KZ/CEC", RenameInIdentity("meeting|KZ/CEC+Zed", "Zed", "Borat"), "parties stay sorted")
}

func TestParseOverrides(t *testing.T) {
	tests := []struct {
		name, yaml, err string
	}{
		{"empty", "", ""},
		{"unknown key", "people: {}", "field people not found"},
		{"one-name group", "persons: {same: [[A. B]]}", "at least two names"},
		{"same and not same", "persons: {same: [[А. Б, Анна Б]], not_same: [[Анна Б, А. Б]]}", "both as same and as not_same"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOverrides([]byte(tt.yaml))
			if tt.err == "" {
				assert.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
			}
		})
	}
}
