package queries

import (
	_ "embed"
	"strings"
)

//go:embed countries.txt
var countriesTxt string

var countryCodes = parseCountryCodes(countriesTxt)

func parseCountryCodes(text string) map[string]bool {
	out := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for code := range strings.FieldsSeq(line) {
			out[code] = true
		}
	}
	return out
}

// IsCountryCode tells whether code is an ISO 3166-1 alpha-2 country code
// (upper case), or XK, the code in common use for Kosovo.
func IsCountryCode(code string) bool { return countryCodes[code] }
