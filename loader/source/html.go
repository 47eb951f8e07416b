package source

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what the HTML reader takes out of a web page.
type page struct {
	title, url, published, source, author string
	body                                  string
}

// extractHTML pulls the main text and the metadata out of a decoded HTML
// page with trafilatura. When trafilatura finds no main text the page's whole
// visible text is taken instead, so that no article is lost silently.
func extractHTML(text string) (p page, err error) {
	defer func() {
		// A panic inside the third-party extractor must not end the run:
		// it becomes this article's error.
		if r := recover(); r != nil {
			p, err = page{}, fmt.Errorf("extract HTML: %v", r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return page{}, fmt.Errorf("parse HTML: %w", err)
	}
	// MinExtractedSize 0 turns off trafilatura's last-resort "baseline",
	// which glues all paragraphs of a short page into one; our own
	// renderParagraphs of the visible body takes its place below.
	config := trafilatura.DefaultConfig()
	config.MinExtractedSize = 0
	result, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		Config:          config,
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err == nil && result != nil {
		md := result.Metadata
		p.title = collapseSpace(md.Title)
		p.url = md.URL
		p.author = collapseSpace(md.Author)
		p.source = collapseSpace(md.Sitename)
		if !md.Date.IsZero() {
			p.published = md.Date.Format(time.DateOnly)
		}
		if result.ContentNode != nil {
			p.body = renderParagraphs(result.ContentNode)
		}
	}
	if p.title == "" {
		p.title = documentTitle(doc)
	}
	if p.body == "" {
		p.body = renderParagraphs(visibleBody(doc))
	}
	p.body = dropLeadingTitle(p.body, p.title)
	return p, nil
}

// blockElements start a new paragraph.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "caption": true,
	"dd": true, "details": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "lb": true,
	"li": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "td": true, "th": true, "tr": true, "ul": true,
}

// invisibleElements hold no readable text.
var invisibleElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Svg: true, atom.Object: true,
}

// renderParagraphs writes the text under n as paragraphs, one per line, with
// a blank line between paragraphs and runs of white space collapsed.
func renderParagraphs(n *html.Node) string {
	if n == nil {
		return ""
	}
	var paragraphs []string
	var cur strings.Builder
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paragraphs = append(paragraphs, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if invisibleElements[n.DataAtom] {
				return
			}
			if blockElements[strings.ToLower(n.Data)] {
				flush()
				defer flush()
			} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				cur.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(paragraphs, "\n\n")
}

// visibleBody returns the <body> element of doc, or doc itself when there is none.
func visibleBody(doc *html.Node) *html.Node {
	if b := findElement(doc, atom.Body); b != nil {
		return b
	}
	return doc
}

// documentTitle returns the text of the page's <title>, or of its first <h1>.
func documentTitle(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.Title, atom.H1} {
		if n := findElement(doc, a); n != nil {
			var b bytes.Buffer
			textContent(n, &b)
			if t := collapseSpace(b.String()); t != "" {
				return t
			}
		}
	}
	return ""
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, a); found != nil {
			return found
		}
	}
	return nil
}

func textContent(n *html.Node, b *bytes.Buffer) {
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		textContent(c, b)
	}
}

// dropLeadingTitle removes a first paragraph that repeats the title.
func dropLeadingTitle(body, title string) string {
	if title == "" {
		return body
	}
	first, rest, _ := strings.Cut(body, "\n\n")
	if strings.EqualFold(first, title) {
		return rest
	}
	return body
}

var spaceRun = regexp.MustCompile(`[\s\p{Zs}\x{200B}\x{FEFF}]+`)

// collapseSpace turns every run of white space into one space and trims the ends.
func collapseSpace(s string) string {
	return strings.TrimSpace(spaceRun.ReplaceAllString(s, " "))
}

// declaredCharset matches the charset a page declares in a meta tag.
var declaredCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)`)

// declaredEncoding returns the single-byte encoding a page declares in its
// first 4 KiB, or "" when it declares none that Decode knows.
func declaredEncoding(raw []byte) string {
	head := raw[:min(len(raw), 4096)]
	m := declaredCharset.FindSubmatch(head)
	if m == nil {
		return ""
	}
	switch strings.ToLower(string(m[1])) {
	case "windows-1251", "cp1251", "win-1251", "x-cp1251":
		return EncodingCP1251
	case "koi8-r", "koi8r", "koi8":
		return EncodingKOI8R
	}
	return ""
}
