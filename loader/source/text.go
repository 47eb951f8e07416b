package source

import (
	"regexp"
	"strings"
	"time"
)

// datePrefix matches the "date YYYY-MM-DD " tag some scrapers put in front
// of the first line of a text dump.
var datePrefix = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\s+`)

// parseText splits a decoded text dump into its title (the first non-empty
// line) and body (everything after it, without leading and trailing white
// space). A leading "date YYYY-MM-DD" tag on the title line
// becomes the publication date.
func parseText(text string) (title, published, body string) {
	rest := text
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if strings.TrimSpace(line) == "" {
			continue
		}
		title = strings.TrimSpace(line)
		break
	}
	if m := datePrefix.FindStringSubmatch(title); m != nil {
		if _, err := time.Parse(time.DateOnly, m[1]); err == nil {
			published = m[1]
			title = strings.TrimSpace(title[len(m[0]):])
		}
	}
	body = strings.TrimSpace(rest)
	return title, published, body
}
