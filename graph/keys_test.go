package graph

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestKindOfAndCountryOf(t *testing.T) {
	tests := []struct {
		key     string
		kind    Kind
		country string
	}{
		{"KZ", KindCountry, "KZ"},
		{"KZ/CEC", KindBody, "KZ"},
		{"JP/GOV", KindGovernment, "JP"},
		{"KZ/SUB:Жамбылская областная избирательная комиссия", KindSubBody, "KZ"},
		{"KZ/NGO:Центр непартийного наблюдения", KindNGO, "KZ"},
		{"SCO", KindOrganization, ""},
		{"A-WEB", KindOrganization, ""},
		{"UN", KindOrganization, ""},
		{"EU", KindOrganization, ""},
		{"AU", KindCountry, "AU"}, // Australia, not the African Union
		{"Бахтиёр Худоерзода", KindPerson, ""},
		{"Rajiv Kumar", KindPerson, ""},
		{"", KindUnknown, ""},
		{"KZ/SUB:", KindPerson, ""},        // no name after the colon
		{"KZ/SUB:a\nb", KindPerson, ""},    // a name on two lines
		{"KZ/CECX", KindPerson, ""},        // no colon after the tag
		{"kz/CEC", KindPerson, ""},         // lower-case country
		{"KZ/XYZ", KindPerson, ""},         // no kind of ours
		{"OSCE-PA2", KindOrganization, ""}, // digits and hyphens after a capital
		{"2GO", KindPerson, ""},            // a digit first
		{"KZ/NGO:x", KindNGO, "KZ"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.kind, KindOf(tt.key), tt.key)
		assert.Equal(t, tt.country, CountryOf(tt.key), tt.key)
	}
}

func TestFactKeys(t *testing.T) {
	a := Fact{Type: Memorandum, Parties: []string{"UZ/CEC", "KZ/CEC"}, Status: StatusSigned, Year: 2023}
	b := Fact{Type: Memorandum, Parties: []string{"KZ/CEC", "UZ/CEC"}, Status: StatusProposed}
	assert.Equal(t, a.Key(), b.Key(), "a memorandum is one per pair, whatever its order or year")
	m1 := Fact{Type: Meeting, Parties: []string{"KZ/CEC", "UZ/CEC"}, Date: "2024-10-05"}
	m2 := Fact{Type: Meeting, Parties: []string{"UZ/CEC", "KZ/CEC"}, Date: "2024-10-06"}
	assert.NotEqual(t, m1.Key(), m2.Key(), "meetings on different days are different facts")
	assert.Equal(t, m1.Identity(), m2.Identity())
	o := Fact{Type: Observation, Observer: "KZ/CEC", Country: "UZ", Year: 2016}
	assert.Equal(t, "observation|KZ/CEC|UZ@2016", o.Key())
	assert.Equal(t, []string{"KZ/CEC"}, o.Actors())
}

func TestBound(t *testing.T) {
	assert.Equal(t, "KZ/CEC", BoundKey("KZ/CEC"), "a short key is itself")
	exact := strings.Repeat("я", MaxKeyBytes/2)
	assert.Equal(t, exact, BoundKey(exact), "a key of exactly the limit is itself")

	long := "Форум " + strings.Repeat("избирательных органов ", 1000)
	k := BoundKey(long)
	assert.LessOrEqual(t, len(k), MaxKeyBytes)
	assert.True(t, utf8.ValidString(k), "cut at a character boundary")
	assert.True(t, strings.HasPrefix(k, "Форум избирательных органов"), "readable: it begins like the name")
	assert.Regexp(t, `…#[0-9a-f]{16}$`, k)
	assert.Equal(t, k, BoundKey(long), "deterministic")
	other := long[:len(long)-2] + "ы "
	assert.NotEqual(t, k, BoundKey(other), "names that differ only at the end get different keys")
	assert.Equal(t, len(BoundKey(long)), len(BoundKey(other)))

	id := Bound(strings.Repeat("x", 5000), MaxIdentityBytes)
	assert.Len(t, id, MaxIdentityBytes)
}
