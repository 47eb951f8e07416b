package clean

import (
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cecgraph/cecgraph/loader/text"
)

// Reasons a piece of text was removed, as found in Span.Reason.
const (
	ReasonSection      = "section"          // a section header ("Популярное", "Читайте также", …) and all after it
	ReasonTeaser       = "teaser"           // another article's teaser above a section header the page's article follows
	ReasonFooter       = "footer"           // a masthead after the article body and all after it
	ReasonHeadlineList = "headline-list"    // four or more short lines in a row after the body began
	ReasonMenu         = "menu"             // menu items, buttons, four or more short lines before the body
	ReasonLink         = "link"             // a link to another article inside the body
	ReasonCounter      = "counter"          // a bare number: views, comments
	ReasonDate         = "date"             // a line that is only a date or a time
	ReasonPhoto        = "photo"            // a photo caption or credit, a source line
	ReasonAuthor       = "author"           // the author's name
	ReasonMasthead     = "masthead"         // copyright, editors, addresses, phone numbers, e-mail
	ReasonShare        = "share"            // share buttons
	ReasonSubscribe    = "subscribe"        // calls to subscribe or read on
	ReasonHandle       = "handle"           // a bare account name, domain or URL
	ReasonForeign      = "foreign-language" // lines in another alphabet after the body
)

// Span is a removed piece of text: byte offsets [Start, End) into the input
// body and why it went.
type Span struct {
	Start, End int
	Reason     string
}

// Result is the cleaned text plus what was cut.
type Result struct {
	// Text is the article's own text: one paragraph per line, paragraphs
	// separated by a blank line, no leading or trailing white space.
	Text string
	// Removed lists the cut pieces of the input in order, without overlaps.
	Removed []Span
	// Date is the first line that was only a date, as YYYY-MM-DD ("" if none).
	Date string
	// Author is the name on the first author line ("" if none).
	Author string
	// Byline is what follows the name on that line after a comma, trimmed
	// ("Астана, Vласть" of "Ирина Петрова, Астана, Vласть"; "" if none):
	// where a place there is, the extractor reads the article's place.
	Byline string
}

// Cleaner removes page furniture from an article body. It is safe for
// concurrent use.
type Cleaner struct {
	m *markers
}

//go:embed furniture.txt
var furnitureFile string

// NewCleaner returns a Cleaner with the marker lists embedded in the package
// (furniture.txt).
func NewCleaner() *Cleaner {
	c, err := NewCleanerFrom(strings.NewReader(furnitureFile))
	if err != nil {
		// The embedded file is part of the source; the package tests parse it.
		panic(fmt.Sprintf("clean: embedded furniture.txt: %v", err))
	}
	return c
}

// NewCleanerFrom returns a Cleaner with marker lists read from r, in the
// format of the embedded furniture.txt.
func NewCleanerFrom(r io.Reader) (*Cleaner, error) {
	m, err := parseMarkers(r, "furniture list")
	if err != nil {
		return nil, err
	}
	return &Cleaner{m: m}, nil
}

var (
	counterLine = regexp.MustCompile(`^(?:(?:просмотр(?:ов|ы|а)?|views?|👁|👁️)\s*:?\s*)?\d{1,3}(?:[  ]?\d{3})*(?:[.,]\d+\s*(?:k|к|тыс\.?))?(?:\s*(?:просмотр(?:ов|а)?|views?))?$`)
	handleLine  = regexp.MustCompile(`^(?:https?://\S+|www\.\S+|@?[\p{L}\d._-]*[_@][\p{L}\d._@-]*|[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:/\S*)?)$`)
	phoneNumber = regexp.MustCompile(`(?:\+\d{1,3}|\b8)?[\s-]?\(?\d{3,5}\)?[\s-]?\d{2,3}[\s-]\d{2}[\s-]\d{2}\b`)
	emailAddr   = regexp.MustCompile(`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`)
)

// Clean removes page furniture from body and returns the article's text,
// the removed spans and any date or author found among the furniture.
func (c *Cleaner) Clean(body string) Result {
	all := splitLines(body)
	if w := wrapWidth(all); w > 0 {
		all = unwrap(all, body, w)
	}
	lines, tail := c.splitAtTailMarks(all, body)
	markForeign(lines)
	markPrevNext(lines)
	var res Result

	cut := c.findSection(lines)
	if tail >= 0 && tail < cut && bodyBefore(lines, tail) {
		cut = tail
	}
	for i := range cut {
		if c.isFooterMark(lines[i]) {
			lines[i].reason = ReasonMasthead
		}
	}
	firstBody, lastBody := -1, -1
	for i := range cut {
		if lines[i].reason == "" && lines[i].body() {
			if firstBody < 0 {
				firstBody = i
			}
			lastBody = i
		}
	}
	hasBody := firstBody >= 0
	inTail := func(i int) bool { return hasBody && i > lastBody }

	for i := range cut {
		c.classify(lines[i], inTail(i), &res)
	}
	markRuns(lines[:cut], firstBody, lastBody)
	if hasBody {
		markAuthorLines(lines[:cut], firstBody, lastBody, &res)
		markTail(lines[:cut], lastBody)
		markInlineLinks(lines[:cut], firstBody, lastBody)
	}
	for i := cut; i < len(lines); i++ {
		lines[i].reason = ReasonSection
	}
	res.Text = joinKept(lines)
	res.Removed = spans(lines, cut, len(body))
	return res
}

// markPrevNext marks a pair of adjacent lines that link to the next and the
// previous article by their headlines ("Next   Visit from …" then "Before
// The 8th Symposium …", «Следующая …», «Предыдущая …»): each starts with its
// word and a capitalised headline without a final full stop.
func markPrevNext(lines []*line) {
	nav := func(l *line) int {
		if l.reason != "" || l.final || l.runes > 200 {
			return 0
		}
		word, rest, ok := strings.Cut(l.text, " ")
		if !ok || len(word) > len("предыдущая:") {
			return 0
		}
		dir := 0
		switch strings.ToLower(word) {
		case "next", "следующая", "следующая:":
			dir = 1
		case "before", "previous", "prev", "предыдущая", "предыдущая:":
			dir = 2
		}
		rest = strings.TrimLeft(rest, " ")
		if first, _ := utf8.DecodeRuneInString(rest); dir == 0 || rest == "" || !unicode.IsUpper(first) {
			return 0
		}
		return dir
	}
	for i := 0; i+1 < len(lines); i++ {
		if a, b := nav(lines[i]), nav(lines[i+1]); a > 0 && b > 0 && a != b {
			lines[i].reason, lines[i+1].reason = ReasonLink, ReasonLink
			i++
		}
	}
}

// markAuthorLines marks a name standing alone before the first or after the
// last body paragraph as the author's, and records the first such name.
func markAuthorLines(lines []*line, firstBody, lastBody int, res *Result) {
	firstLine := true
	for i, l := range lines {
		if l.blank() {
			continue
		}
		first := firstLine
		firstLine = false
		if l.reason != "" || (i > firstBody && i < lastBody) || !standsAlone(lines, i) {
			continue
		}
		name, ok := authorName(l.text)
		// The first line of a page is more often a title or the site's name
		// than a byline; there only the sure shapes count: a byline with a
		// comma, or a surname in capitals.
		if !ok || first && !strings.Contains(l.text, ",") && name == l.text {
			continue
		}
		l.reason = ReasonAuthor
		if res.Author == "" {
			res.Author = name
			if _, rest, ok := strings.Cut(l.text, ","); ok {
				res.Byline = strings.TrimSpace(rest)
			}
		}
	}
}

// markTail handles the lines after the last body paragraph: from the first
// masthead line on everything is the footer, and lines in another alphabet
// are cut.
func markTail(lines []*line, lastBody int) {
	for i := lastBody + 1; i < len(lines); i++ {
		if lines[i].reason == ReasonMasthead {
			for j := i; j < len(lines); j++ {
				lines[j].reason = ReasonFooter
			}
			return
		}
		if lines[i].foreign && lines[i].reason == "" {
			lines[i].reason = ReasonForeign
		}
	}
}

// findSection returns the index of the first section header met after a
// body paragraph, or len(lines) if there is none.
// splitAtTailMarks splits a line at a "previous/next article" link glued
// to the text («… сказал А.Вешняков. Предыдущая статьяГуд бай, СНГ!») and
// returns the lines and the index of the first line that starts with such
// a mark, or -1.
func (c *Cleaner) splitAtTailMarks(lines []*line, body string) ([]*line, int) {
	if len(c.m.tailMark) == 0 {
		return lines, -1
	}
	first := -1
	out := lines[:0:0]
	for _, l := range lines {
		raw := body[l.start:l.end]
		k := c.tailMarkAt(raw)
		if k < 0 {
			out = append(out, l)
			continue
		}
		if strings.TrimSpace(raw[:k]) != "" {
			out = append(out, newLine(raw[:k], l.start, l.start+k))
		}
		if first < 0 {
			first = len(out)
		}
		out = append(out, newLine(raw[k:], l.start+k, l.end))
	}
	return out, first
}

// tailMarkAt returns the byte offset of the first tail mark in raw, written
// with a small or a capital first letter and the rest as listed, or -1.
func (c *Cleaner) tailMarkAt(raw string) int {
	k := -1
	for _, m := range c.m.tailMark {
		r, size := utf8.DecodeRuneInString(m)
		rest := m[size:]
		for at := 0; ; {
			j := strings.Index(raw[at:], rest)
			if j < 0 {
				break
			}
			j += at
			if p, psize := utf8.DecodeLastRuneInString(raw[:j]); psize > 0 && unicode.ToLower(p) == r {
				if start := j - psize; k < 0 || start < k {
					k = start
				}
				break
			}
			at = j + len(rest)
		}
	}
	return k
}

// bodyBefore reports whether a line of article text comes before line i.
func bodyBefore(lines []*line, i int) bool {
	for _, l := range lines[:i] {
		if l.body() {
			return true
		}
	}
	return false
}

func (c *Cleaner) findSection(lines []*line) int {
	seenBody := false
	for i, l := range lines {
		if l.blank() {
			continue
		}
		if seenBody && c.isSectionHeader(l) {
			if t := teaserAbove(lines, i); t > 0 && c.bodyFollows(lines, i, t) {
				// «Финалистки конкурса … получили сертификаты …» /
				// «Новости» / the article: one paragraph above a section's
				// header that the page's own article follows is a teaser
				// of another one
				for k := 0; k <= i; k++ {
					if lines[k].reason == "" && !lines[k].blank() {
						lines[k].reason = ReasonTeaser
					}
				}
				seenBody = false
				continue
			}
			return i
		}
		if l.body() {
			seenBody = true
		}
	}
	return len(lines)
}

// teaserAbove returns the length in runes of the one body paragraph
// above line i, when there is nothing else above it but a line or two of
// headline (what a page shows of another article before the header of a
// section), else 0.
func teaserAbove(lines []*line, i int) int {
	body, other, runes := 0, 0, 0
	for _, l := range lines[:i] {
		switch {
		case l.blank() || l.reason != "":
		case l.body():
			body++
			runes = l.runes
		default:
			other++
		}
	}
	if body != 1 || other > 2 {
		return 0
	}
	return runes
}

// bodyFollows reports a body paragraph, and lines longer together than the
// teaser's runes, after the section header at line i and before the next
// one: an article, not a list of headlines.
func (c *Cleaner) bodyFollows(lines []*line, i, teaser int) bool {
	n, runes := 0, 0
	for _, l := range lines[i+1:] {
		if l.blank() {
			continue
		}
		if c.isSectionHeader(l) {
			break
		}
		if l.body() {
			n++
		}
		runes += l.runes
	}
	return n >= 1 && runes > teaser
}

func (c *Cleaner) isSectionHeader(l *line) bool {
	if !l.short() {
		return false
	}
	if c.m.section[l.key] {
		return true
	}
	_, rest, ok := matchPrefix(l.lower, c.m.sectionPrefix)
	return ok && (strings.TrimSpace(rest) == "" || strings.HasPrefix(strings.TrimSpace(rest), ":"))
}

// classify applies the line rules to one line before the section cut and
// records a date or author it finds.
func (c *Cleaner) classify(l *line, inTail bool, res *Result) {
	if l.blank() || l.reason != "" || l.prose() || l.foreign {
		return
	}
	switch {
	case hasDigit(l.key) && counterLine.MatchString(l.key):
		l.reason = ReasonCounter
	case c.isDate(l, res):
		l.reason = ReasonDate
	case c.isShareBar(l.key):
		l.reason = ReasonShare
	case !strings.Contains(l.text, " ") && handleLine.MatchString(l.lower):
		l.reason = ReasonHandle
	case c.m.menu[l.key] || c.isSectionHeader(l):
		l.reason = ReasonMenu
	case c.isInlineLink(l):
		l.reason = ReasonLink
	case l.short() && hasAnyPrefix(l.lower, c.m.subscribePrefix):
		l.reason = ReasonSubscribe
	case c.isPhoto(l):
		l.reason = ReasonPhoto
	case c.isAuthorLabel(l, res):
		l.reason = ReasonAuthor
	case c.isMasthead(l, inTail):
		l.reason = ReasonMasthead
	}
}

func (c *Cleaner) isDate(l *line, res *Result) bool {
	if l.runes > 60 {
		return false
	}
	date, ok := parseDateLine(l.key)
	if ok && res.Date == "" {
		res.Date = date
	}
	return ok
}

// isFooterMark reports a copyright line: up to 300 characters with "©" or
// with a phrase like "Все права защищены" opening a sentence.
func (c *Cleaner) isFooterMark(l *line) bool {
	if l.blank() || l.runes > 300 {
		return false
	}
	for _, mark := range c.m.mastheadMark {
		for at := 0; ; {
			k := strings.Index(l.lower[at:], mark)
			if k < 0 {
				break
			}
			k += at
			first, _ := utf8.DecodeRuneInString(mark)
			before := strings.TrimRight(l.lower[:k], " ")
			if !unicode.IsLetter(first) || before == "" || strings.HasSuffix(before, ".") {
				return true
			}
			at = k + len(mark)
		}
	}
	return false
}

// isShareBar reports whether key is made of nothing but social network
// names and share buttons, spaced ("VK Telegram") or glued ("FacebookTelegram").
func (c *Cleaner) isShareBar(key string) bool {
	// each field a share name, read in place: most lines are text, whose
	// first word already says no, and cost no allocation
	fields, all := 0, true
	for rest := key; rest != ""; {
		k := strings.IndexFunc(rest, isShareSeparator)
		f := rest
		if k >= 0 {
			_, w := utf8.DecodeRuneInString(rest[k:])
			f, rest = rest[:k], rest[k+w:]
		} else {
			rest = ""
		}
		if f == "" {
			continue
		}
		fields++
		if !c.m.share[f] && !c.gluedShareNames(f) {
			all = false
			break
		}
	}
	if fields == 0 {
		return false
	}
	if all {
		return true
	}
	if joined := len(key) - separatorBytes(key); joined > c.m.shareLongest {
		return false // longer than any share phrase once its separators are one space each
	}
	// a share phrase of several words ("share this"), however spaced
	return c.m.share[strings.Join(strings.FieldsFunc(key, isShareSeparator), " ")]
}

// separatorBytes returns how many bytes the separators of s take beyond
// one space between fields: what joining the fields with single spaces
// saves.
func separatorBytes(s string) int {
	n, inField, fields := 0, false, 0
	for _, r := range s {
		if isShareSeparator(r) {
			n += utf8.RuneLen(r)
			inField = false
			continue
		}
		if !inField {
			fields++
			inField = true
		}
	}
	if fields > 1 {
		n -= fields - 1
	}
	return n
}

// isShareSeparator reports a rune that separates the buttons of a share
// bar.
func isShareSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '/' || r == ',' || r == '•' || r == '·'
}

// gluedShareNames reports whether s is two or more share names written
// together, like "facebookwhatsapptelegram".
func (c *Cleaner) gluedShareNames(s string) bool {
	parts := 0
	for s != "" {
		matched := false
		for _, name := range c.m.shareByLength {
			if utf8.RuneCountInString(name) < 3 {
				continue // "x", "ok", "vk" glue into too many words
			}
			if strings.HasPrefix(s, name) {
				s, matched = s[len(name):], true
				parts++
				break
			}
		}
		if !matched {
			return false
		}
	}
	return parts >= 2
}

// isInlineLink reports a "Читайте также: …" line inside the text.
func (c *Cleaner) isInlineLink(l *line) bool {
	_, rest, ok := matchPrefix(l.lower, c.m.inlinePrefix)
	rest = strings.TrimSpace(rest)
	return ok && strings.HasPrefix(rest, ":") && strings.TrimSpace(rest[1:]) != ""
}

func (c *Cleaner) isPhoto(l *line) bool {
	if l.runes > 150 {
		return false
	}
	if l.key == "фото" || l.key == "photo" || hasAnyPrefix(l.lower, c.m.photoPrefix) {
		return true
	}
	return !l.final && hasPhotoWord(l.lower)
}

// photoWords are the words that say a line is a photo credit or caption.
var photoWords = []string{"фотография", "фото", "photo"}

// hasPhotoWord reports one of photoWords in the lower-case line s as a word
// of its own (not «фотограф», "photography"); a plain search, as the
// regular expression it replaces cost a per cent of the whole extraction.
func hasPhotoWord(s string) bool {
	for _, w := range photoWords {
		for from := 0; ; {
			at := strings.Index(s[from:], w)
			if at < 0 {
				break
			}
			at += from
			before, _ := utf8.DecodeLastRuneInString(s[:at])
			after, _ := utf8.DecodeRuneInString(s[at+len(w):])
			if (at == 0 || !unicode.IsLetter(before)) && (at+len(w) == len(s) || !unicode.IsLetter(after)) {
				return true
			}
			from = at + len(w)
		}
	}
	return false
}

// hasDigit reports an ASCII digit in s: every counter and date shape has one.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// isAuthorLabel reports an "Автор: Имя Фамилия" line and records the name.
// After the label there must be a colon or a name.
func (c *Cleaner) isAuthorLabel(l *line, res *Result) bool {
	if l.runes > 80 {
		return false
	}
	prefix, _, ok := matchPrefix(l.lower, c.m.authorPrefix)
	if !ok {
		return false
	}
	// l.lower and l.text differ only in case (and leading bullets), so the
	// rest of the original text starts after as many runes as the prefix has.
	text := strings.TrimLeftFunc(l.text, func(r rune) bool { return isBullet(r) || r == ' ' })
	rest := string([]rune(text)[utf8.RuneCountInString(prefix):])
	colon := strings.HasPrefix(strings.TrimSpace(rest), ":")
	rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":-–—"))
	if rest == "" || len(strings.Fields(rest)) > 6 {
		return false
	}
	name, isName := authorName(rest)
	if !colon && !isName {
		return false
	}
	if res.Author == "" {
		if isName {
			res.Author = name
		} else {
			res.Author = strings.TrimRight(rest, ".")
		}
	}
	return true
}

// isMasthead reports a masthead or footer line: a label like "Главный
// редактор:" or, after the body, a line starting with one; a phone number or
// e-mail address on a line that is not a sentence.
func (c *Cleaner) isMasthead(l *line, inTail bool) bool {
	if !l.short() {
		return false
	}
	if _, rest, ok := matchPrefix(l.lower, c.m.mastheadPrefix); ok {
		if inTail || strings.HasPrefix(strings.TrimSpace(rest), ":") || strings.TrimSpace(rest) == "" {
			return true
		}
	}
	if l.final && l.words >= 6 {
		return false
	}
	// cheap guards before the regular expressions: a phone has digits, an e-mail an @
	return strings.ContainsAny(l.text, "0123456789") && phoneNumber.MatchString(l.text) ||
		strings.IndexByte(l.text, '@') >= 0 && emailAddr.MatchString(l.text)
}

// markRuns marks four or more short lines in a row as a menu (before the
// body) or a headline list (after it began). After the body, blank lines do
// not break a run. A run right after a line ending in ":" is a list that
// belongs to the text and stays, and so do hard-wrapped lines.
func markRuns(lines []*line, firstBody, lastBody int) {
	candidate := func(i int) bool {
		l := lines[i]
		if l.reason != "" || l.blank() || !l.short() || l.foreign || wrapped(lines, i) {
			return false
		}
		t := strings.TrimRightFunc(l.text, isClosing)
		return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ";") &&
			!strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ":")
	}
	inTail := func(i int) bool { return firstBody >= 0 && i > lastBody }
	for i := 0; i < len(lines); {
		if lines[i].blank() || (lines[i].reason == "" && !candidate(i)) {
			i++
			continue
		}
		j, members, candidates := i, 0, 0
		for ; j < len(lines); j++ {
			l := lines[j]
			if l.blank() {
				if inTail(j) {
					continue
				}
				break
			}
			if l.reason == "" && !candidate(j) {
				break
			}
			members++
			if l.reason == "" {
				candidates++
			}
		}
		if members >= 4 && candidates > 0 && !introducesList(lines, i) {
			reason := ReasonHeadlineList
			if firstBody < 0 || i < firstBody {
				reason = ReasonMenu
			}
			for k := i; k < j; k++ {
				if candidate(k) {
					lines[k].reason = reason
				}
			}
		}
		i = max(j, i+1)
	}
}

// wrapped reports whether line i is part of a hard-wrapped paragraph: it
// continues the line before it or the line after it continues it.
func wrapped(lines []*line, i int) bool {
	l := lines[i]
	kept := func(k int) bool { return k >= 0 && k < len(lines) && !lines[k].blank() && lines[k].reason == "" }
	return kept(i-1) && continues(lines[i-1], l) || kept(i+1) && continues(l, lines[i+1])
}

// standsAlone reports whether line i has no kept text right above or below
// it (only blank or removed lines), as author lines do.
func standsAlone(lines []*line, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(lines) && !lines[k].blank() && lines[k].reason == "" {
			return false
		}
	}
	return true
}

// introducesList reports whether the nearest kept line before i ends in a
// colon, so that the lines from i on are a list in the text.
func introducesList(lines []*line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		l := lines[k]
		if l.blank() || l.reason != "" {
			continue
		}
		return strings.HasSuffix(l.text, ":")
	}
	return false
}

// markInlineLinks marks one to three short lines inside the body that sit
// after a paragraph break and are glued to the next paragraph: the way
// text dumps carry links to other articles ("Related headline\nParagraph").
func markInlineLinks(lines []*line, firstBody, lastBody int) {
	for i := firstBody + 1; i < lastBody; i++ {
		l := lines[i]
		if !inlineLinkCandidate(l) {
			continue
		}
		// A paragraph break (blank or removed line) and then a body paragraph before it.
		k := i - 1
		gap := false
		for ; k > firstBody && (lines[k].blank() || lines[k].reason != ""); k-- {
			gap = true
		}
		if !gap || !lines[k].body() || lines[k].reason != "" {
			continue
		}
		j := i
		for j < lastBody && j-i < 3 && inlineLinkCandidate(lines[j]) {
			j++
		}
		if next := lines[j]; j-i <= 3 && !next.blank() && next.reason == "" && next.body() {
			for m := i; m < j; m++ {
				lines[m].reason = ReasonLink
			}
			i = j
		}
	}
}

func inlineLinkCandidate(l *line) bool {
	return l.reason == "" && !l.blank() && l.short() && !l.final && l.words >= 2 && !l.foreign &&
		!strings.HasSuffix(l.text, ":")
}

// joinKept writes the kept lines as paragraphs separated by blank lines. A
// kept line that starts with a lower-case letter right after a kept line
// (no blank line between) that does not end a sentence continues it, except
// in a list: the lines after one that ends in ":".
func joinKept(lines []*line) string {
	size := 0 // an upper bound of the result: each kept line and a separator
	for _, l := range lines {
		if !l.blank() && l.reason == "" {
			size += len(l.text) + 2
		}
	}
	var b strings.Builder
	b.Grow(size)
	var prev *line
	inList := false // after a line ending in ":" up to the next blank line
	for _, l := range lines {
		if l.blank() {
			prev, inList = nil, false
			continue
		}
		if l.reason != "" {
			prev = nil
			continue
		}
		switch {
		case prev != nil && !inList && continues(prev, l):
			b.WriteByte(' ')
		case b.Len() > 0:
			b.WriteString("\n\n")
		}
		b.WriteString(l.text)
		prev = l
		if strings.HasSuffix(l.text, ":") {
			inList = true
		}
	}
	return b.String()
}

// wrapWidth returns the width the text was hard-wrapped at (an e-mail, a
// plain-text export, a terminal dump: most lines end near one width under
// 120 characters), or 0 when its lines are paragraphs.
func wrapWidth(lines []*line) int {
	n, widest := 0, 0
	for _, l := range lines {
		if !l.blank() {
			n++
			widest = max(widest, l.runes)
		}
	}
	if n < 4 || widest > 120 || widest < 40 {
		return 0
	}
	near := 0
	for _, l := range lines {
		if !l.blank() && l.runes >= widest-15 {
			near++
		}
	}
	if near < 3 || near*5 < n*2 {
		return 0
	}
	return widest
}

// unwrap joins the lines of a text hard-wrapped at width into the
// paragraphs they were cut from: a line that reaches the width runs on into
// the next non-blank line unless that one is a bulleted item. Offsets stay
// those of the input.
func unwrap(lines []*line, body string, width int) []*line {
	out := make([]*line, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		j := i
		for j+1 < len(lines) && !lines[j].blank() && lines[j].runes >= width-15 && !lines[j+1].blank() {
			first, _ := utf8.DecodeRuneInString(lines[j+1].text)
			if isBullet(first) {
				break
			}
			j++
		}
		if j == i {
			out = append(out, lines[i])
			continue
		}
		out = append(out, newLine(body[lines[i].start:lines[j].end], lines[i].start, lines[j].end))
		i = j
	}
	return out
}

// continues reports whether line l goes on with the sentence of line prev
// (a text wrapped at a fixed width, a PDF's lines): l begins in lower case
// after a line that does not end a sentence, or prev ends with a comma or
// with a word no sentence ends with ("… of the", «… и»).
func continues(prev, l *line) bool {
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	first, _ := utf8.DecodeRuneInString(l.text)
	if unicode.IsLower(first) && !isTerminal(last) && last != ':' && last != ';' {
		return true
	}
	if text.Bulleted(l.text) {
		return false
	}
	if last == ',' {
		return true
	}
	k := strings.LastIndexFunc(prev.text, func(r rune) bool { return !unicode.IsLetter(r) })
	return unicode.IsLetter(last) && wrapWords[strings.ToLower(prev.text[k+1:])]
}

// wrapWords are the words a line cannot end a sentence with: a line that
// ends with one goes on in the next.
var wrapWords = map[string]bool{"the": true, "of": true, "and": true, "a": true, "an": true, "in": true, "for": true, "with": true, "to": true, "by": true, "on": true, "at": true, "from": true,
	"и": true, "в": true, "во": true, "с": true, "со": true, "по": true, "на": true, "для": true, "от": true, "из": true, "к": true, "о": true, "об": true, "а": true}

// spans turns the reasons of the lines into byte spans of the input,
// merging neighbouring lines removed for the same reason. The section cut,
// from line cut on, is one span to the end of the input.
func spans(lines []*line, cut, size int) []Span {
	var out []Span
	for i := 0; i < cut; i++ {
		l := lines[i]
		if l.reason == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Reason == l.reason && onlyBlankBetween(lines, out[n-1].End, i) {
			out[n-1].End = l.end
			continue
		}
		out = append(out, Span{Start: l.start, End: l.end, Reason: l.reason})
	}
	if cut < len(lines) {
		out = append(out, Span{Start: lines[cut].start, End: size, Reason: ReasonSection})
	}
	return out
}

// onlyBlankBetween reports whether every line from the one ending at byte
// end up to line i (exclusive) is blank.
func onlyBlankBetween(lines []*line, end, i int) bool {
	for k := i - 1; k >= 0 && lines[k].end > end; k-- {
		if !lines[k].blank() {
			return false
		}
	}
	return true
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	_, _, ok := matchPrefix(s, prefixes)
	return ok
}

// authorName reports whether s is a person's name as sites print bylines:
// two or three capitalised words ("Анна ВЛАДИМИРОВА", "Елена Иванова",
// "А. Петров"), optionally followed by ", city, outlet". It returns the name
// with upper-case surnames written in title case.
func authorName(s string) (string, bool) {
	namePart, rest, hasRest := strings.Cut(s, ",")
	if hasRest && (utf8.RuneCountInString(rest) > 60 || endsSentence(strings.TrimSpace(rest))) {
		return "", false
	}
	words := strings.Fields(namePart)
	if len(words) < 2 || len(words) > 3 {
		return "", false
	}
	full := 0
	for i, w := range words {
		switch {
		case isInitial(w):
		case isTitleWord(w):
			full++
		case i > 0 && isUpperWord(w):
			full++
			words[i] = titleCase(w)
		default:
			return "", false
		}
	}
	if full < 1 || isInitial(words[len(words)-1]) {
		return "", false
	}
	return strings.Join(words, " "), true
}

// isInitial is "А." — one upper-case letter and a dot.
func isInitial(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && unicode.IsUpper(rs[0]) && rs[1] == '.'
}

// isTitleWord is a capitalised word of letters (hyphens allowed): "Анна", "Мирза-Улугбек".
func isTitleWord(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := 0
	for i, r := range rs[1:] {
		switch {
		case r == '-' && i+2 < len(rs):
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r) && i > 0 && rs[i] == '-':
		default:
			return false
		}
	}
	return lower > 0
}

// isUpperWord is a word of two or more upper-case letters: "ВЛАДИМИРОВА".
func isUpperWord(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	for _, r := range rs {
		if !unicode.IsUpper(r) && r != '-' {
			return false
		}
	}
	return true
}

func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	upNext := true
	for i, r := range rs {
		if upNext {
			rs[i] = unicode.ToUpper(r)
		}
		upNext = r == '-'
	}
	return string(rs)
}
