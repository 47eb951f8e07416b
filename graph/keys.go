package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Kind says what sort of actor a key names.
type Kind string

// The kinds of actor a key can name.
const (
	KindCountry      Kind = "country"
	KindBody         Kind = "body"         // national electoral body, CC/CEC
	KindSubBody      Kind = "subbody"      // sub-national commission, CC/SUB:name
	KindOrganization Kind = "organization" // international organisation, SCO, OSCE…
	KindGovernment   Kind = "government"   // a state's government, ministry or embassy, CC/GOV
	KindNGO          Kind = "ngo"          // domestic NGO, CC/NGO:name
	KindPerson       Kind = "person"
	KindUnknown      Kind = ""
)

// The shapes of keys, read by hand: KindOf and CountryOf run for every
// mention and fact, where a regular expression cost several per cent of
// the extraction.

// isCountryKey reports "KZ": two capital Latin letters.
func isCountryKey(key string) bool {
	return len(key) == 2 && isCapital(key[0]) && isCapital(key[1])
}

// actorKeyParts splits "KZ/CEC", "KZ/SUB:name" into the country and the
// kind's tag; ok is false for any other shape.
func actorKeyParts(key string) (cc, tag string, ok bool) {
	if len(key) < 6 || !isCapital(key[0]) || !isCapital(key[1]) || key[2] != '/' {
		return "", "", false
	}
	switch tag = key[3:6]; tag {
	case "CEC", "GOV", "SUB", "NGO":
	default:
		return "", "", false
	}
	if len(key) > 6 && (key[6] != ':' || len(key) == 7 || strings.Contains(key[7:], "\n")) {
		return "", "", false // a name after the colon, on one line
	}
	return key[:2], tag, true
}

// isOrganizationKey reports "CIS", "A-WEB": a capital Latin letter, then
// capitals, digits and hyphens.
func isOrganizationKey(key string) bool {
	if key == "" || !isCapital(key[0]) {
		return false
	}
	for i := 1; i < len(key); i++ {
		if c := key[i]; !isCapital(c) && !('0' <= c && c <= '9') && c != '-' {
			return false
		}
	}
	return true
}

func isCapital(c byte) bool { return 'A' <= c && c <= 'Z' }

// BodyKey is the key of country cc's national electoral body, "CC/CEC".
func BodyKey(cc string) string { return cc + "/CEC" }

// GovernmentKey is the key of country cc's government or other state actor, "CC/GOV".
func GovernmentKey(cc string) string { return cc + "/GOV" }

// SubBodyKey is the key of a sub-national commission of country cc named name (nominative).
func SubBodyKey(cc, name string) string { return cc + "/SUB:" + name }

// NGOKey is the key of a domestic NGO of country cc named name.
func NGOKey(cc, name string) string { return cc + "/NGO:" + name }

// organizationCodes are two-letter organisation keys that are not
// countries: UN and EU are codes ISO 3166-1 reserves for them, EP (the
// European Parliament) is unassigned. Every other organisation key is
// longer than two letters, so it cannot be taken for a country.
var organizationCodes = map[string]bool{"UN": true, "EU": true, "EP": true}

// KindOf tells what sort of actor key names. Anything that is not a country,
// actor or organisation key is a person's name.
func KindOf(key string) Kind {
	if organizationCodes[key] {
		return KindOrganization
	}
	if isCountryKey(key) {
		return KindCountry
	}
	if _, tag, ok := actorKeyParts(key); ok {
		switch tag {
		case "CEC":
			return KindBody
		case "GOV":
			return KindGovernment
		case "SUB":
			return KindSubBody
		case "NGO":
			return KindNGO
		}
	}
	if isOrganizationKey(key) {
		return KindOrganization
	}
	if strings.TrimSpace(key) == "" {
		return KindUnknown
	}
	return KindPerson
}

// CountryOf returns the country code of an actor key ("KZ" for "KZ/CEC" or
// "KZ/SUB:…"), or "" for organisations and persons.
func CountryOf(key string) string {
	if organizationCodes[key] {
		return ""
	}
	if isCountryKey(key) {
		return key
	}
	if cc, _, ok := actorKeyParts(key); ok {
		return cc
	}
	return ""
}

// Key length bounds, in bytes of UTF-8. Neo4j cannot index a property value
// of more than about 8 KB, and keys are indexed: a node's key, a fact's
// identity and key (which join the keys of its parties), a person's family.
const (
	// MaxKeyBytes bounds the key of an entity, event or person, and a
	// person's family.
	MaxKeyBytes = 1024
	// MaxIdentityBytes bounds a fact's identity; its key adds at most a
	// date to it.
	MaxIdentityBytes = 4096
)

// boundHashDigits is how many hex digits of SHA-256 end a shortened key.
const boundHashDigits = 16

// Bound returns s when it is at most max bytes long. A longer s is cut at a
// character boundary and ends with "…#" and the first 16 hex digits of the
// SHA-256 of the whole s, so that the result is at most max bytes, the same
// s always gives the same result, and different long strings with the same
// beginning give different results. max must leave room for the suffix
// (at least 64).
func Bound(s string, max int) string {
	if len(s) <= max {
		return s
	}
	sum := sha256.Sum256([]byte(s))
	suffix := "…#" + hex.EncodeToString(sum[:])[:boundHashDigits]
	cut := max - len(suffix)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + suffix
}

// BoundKey is Bound(s, MaxKeyBytes): the key of an entity, event or person
// named s.
func BoundKey(s string) string { return Bound(s, MaxKeyBytes) }
