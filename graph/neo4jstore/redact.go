package neo4jstore

import (
	"net/url"
	"strings"
)

// masked stands for a password that is not shown.
const masked = "********"

// RedactURI returns uri with the password of its user information masked
// ("bolt://neo4j:********@host:7687"), for every message and printout that
// shows a URI. It does not need a valid URI: everything between "://" and
// the last "@" is taken for user information, so that a password with an
// unescaped "/", "?" or "#" is masked too.
func RedactURI(uri string) string {
	scheme, rest, ok := strings.Cut(uri, "://")
	if ok {
		scheme += "://"
	} else {
		scheme, rest = "", uri
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return uri
	}
	user, _, hasPassword := strings.Cut(rest[:at], ":")
	if hasPassword {
		user += ":" + masked
	}
	return scheme + user + rest[at:]
}

// RedactIn returns text, a message that may quote uri (a driver's or a
// parser's error), with uri's password masked wherever it appears: as part
// of uri, or on its own, as written or decoded.
func RedactIn(text, uri string) string {
	if uri == "" {
		return text
	}
	shown := RedactURI(uri)
	if shown == uri {
		return text
	}
	text = strings.ReplaceAll(text, uri, shown)
	for _, pw := range uriPasswords(uri) {
		text = strings.ReplaceAll(text, pw, masked)
	}
	return text
}

// uriPasswords returns the password of uri's user information as written
// and, when it differs, decoded.
func uriPasswords(uri string) []string {
	_, rest, ok := strings.Cut(uri, "://")
	if !ok {
		rest = uri
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return nil
	}
	_, pw, ok := strings.Cut(rest[:at], ":")
	if !ok || pw == "" {
		return nil
	}
	out := []string{pw}
	if dec, err := url.PathUnescape(pw); err == nil && dec != pw && dec != "" {
		out = append(out, dec)
	}
	return out
}
