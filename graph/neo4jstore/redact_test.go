package neo4jstore

import "testing"

func TestRedactURI(t *testing.T) {
	for uri, want := range map[string]string{
		"bolt://127.0.0.1:7687":                  "bolt://127.0.0.1:7687",
		"bolt://neo4j@127.0.0.1:7687":            "bolt://neo4j@127.0.0.1:7687",
		"bolt://neo4j:PW@127.0.0.1:7687":         "bolt://neo4j:********@127.0.0.1:7687",
		"neo4j+s://u:p%40ss@db.example:7687/x?y": "neo4j+s://u:********@db.example:7687/x?y",
		"bolt://u:pa/ss@host:7687":               "bolt://u:********@host:7687",
		"bolt://u:a@b@host:7687":                 "bolt://u:********@host:7687",
		"u:PW@host:7687":                         "u:********@host:7687",
		"":                                       "",
	} {
		if got := RedactURI(uri); got != want {
			t.Errorf("RedactURI(%q) = %q, want %q", uri, got, want)
		}
	}
}

func TestRedactIn(t *testing.T) {
	const uri = "bolt://neo4j:p%40ss-W0rd@host:7687"
	for text, want := range map[string]string{
		`parse "bolt://neo4j:p%40ss-W0rd@host:7687": bad`: `parse "bolt://neo4j:********@host:7687": bad`,
		"auth failed for p@ss-W0rd":                       "auth failed for ********",
		"raw p%40ss-W0rd":                                 "raw ********",
		"nothing secret":                                  "nothing secret",
	} {
		if got := RedactIn(text, uri); got != want {
			t.Errorf("RedactIn(%q) = %q, want %q", text, got, want)
		}
	}
	if got := RedactIn("bolt://host:7687 down", "bolt://host:7687"); got != "bolt://host:7687 down" {
		t.Errorf("a URI without a password changed the text: %q", got)
	}
}
