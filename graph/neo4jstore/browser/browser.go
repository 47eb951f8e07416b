package browser

import (
	_ "embed"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
)

var (
	//go:embed style.grass
	style string
	//go:embed guide.md
	guide string
)

// Style returns the GraSS style sheet.
func Style() string { return style }

// Guide returns the Markdown guide; slides are separated by lines "---".
func Guide() string { return guide }

// StyleJSON returns the style as one line of JSON, {selector: {property:
// value}}, the form Browser's :style command also accepts inline (and the
// form that fits browser.post_connect_cmd, which splits commands on ';').
// Selectors keep the order of the style sheet: for a node with several
// labels, Browser lets later rules win.
func StyleJSON() (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, r := range Rules(style) {
		if i > 0 {
			b.WriteByte(',')
		}
		sel, err := json.Marshal(r.Selector)
		if err != nil {
			return "", err
		}
		props, err := json.Marshal(r.Props)
		if err != nil {
			return "", err
		}
		b.Write(sel)
		b.WriteByte(':')
		b.Write(props)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// Rule is one rule of a GraSS style sheet.
type Rule struct {
	Selector string
	Props    map[string]string
}

// Rules parses GraSS text into its rules, in order: "selector { property:
// value; … }", values with their quotes removed. Braces and semicolons
// inside quotes ("{name}") are part of the value.
func Rules(text string) []Rule {
	var out []Rule
	var sel, body strings.Builder
	inBody, quoted := false, rune(0)
	for _, r := range text {
		switch {
		case quoted != 0:
			if r == quoted {
				quoted = 0
			}
			body.WriteRune(r)
		case inBody && (r == '"' || r == '\''):
			quoted = r
			body.WriteRune(r)
		case !inBody && r == '{':
			inBody = true
		case inBody && r == '}':
			out = append(out, Rule{Selector: strings.TrimSpace(sel.String()), Props: declarations(body.String())})
			sel.Reset()
			body.Reset()
			inBody = false
		case inBody:
			body.WriteRune(r)
		default:
			sel.WriteRune(r)
		}
	}
	return out
}

// declarations parses "property: value; …", splitting on semicolons outside quotes.
func declarations(body string) map[string]string {
	props := map[string]string{}
	var cur strings.Builder
	quoted := rune(0)
	flush := func() {
		if k, v, ok := strings.Cut(cur.String(), ":"); ok {
			props[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
		cur.Reset()
	}
	for _, r := range body {
		switch {
		case quoted != 0:
			if r == quoted {
				quoted = 0
			}
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quoted = r
			cur.WriteRune(r)
		case r == ';':
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return props
}

// ParseGrass parses GraSS text into {selector: {property: value}} (see Rules).
func ParseGrass(text string) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, r := range Rules(text) {
		out[r.Selector] = r.Props
	}
	return out
}

// Selectors returns the style's selectors, sorted.
func Selectors() []string {
	var out []string
	for s := range ParseGrass(style) {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Handler serves /guide.md, /style.grass and /style.json with
// Access-Control-Allow-Origin: *, so that Neo4j Browser can load them with
// `:guide http://localhost:PORT/guide.md` and `:style http://localhost:PORT/style.grass`.
func Handler() http.Handler {
	mux := http.NewServeMux()
	serve := func(path, contentType string, body func() (string, error)) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Access-Control-Allow-Origin", "*")
			w.Header().Set("Content-Type", contentType)
			b, err := body()
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			_, _ = w.Write([]byte(b))
		})
	}
	serve("/guide.md", "text/markdown; charset=utf-8", func() (string, error) { return guide, nil })
	serve("/style.grass", "text/plain; charset=utf-8", func() (string, error) { return style, nil })
	serve("/style.json", "application/json", StyleJSON)
	return mux
}
