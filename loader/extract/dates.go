package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cecgraph/cecgraph/loader/text"
)

// dateRef is a date written in a sentence: day and month, and the year when
// the text gives it (or says «т.г.», «текущего года», «this year»).
type dateRef struct {
	Day, Month, Year int
	// ThisYear marks «т.г.», «текущего года», «this year».
	ThisYear bool
	// LastYear marks «прошлого года», «last year».
	LastYear bool
	Tok0     int
}

var monthsRu = map[string]int{
	"январ": 1, "феврал": 2, "март": 3, "марта": 3, "апрел": 4, "ма": 5, "мая": 5, "май": 5, "июн": 6, "июл": 7,
	"август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "дек": 12,
}

var monthsEn = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(fold string) int {
	if m, ok := monthsEn[fold]; ok {
		return m
	}
	if m, ok := monthsRu[fold]; ok {
		return m
	}
	for _, stem := range []string{"январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"} {
		if strings.HasPrefix(fold, stem) {
			return monthsRu[stem]
		}
	}
	if fold == "мая" || fold == "май" || fold == "маю" {
		return 5
	}
	return 0
}

// dates finds the dates written in sentence toks: «5 октября», «27 октября
// т.г.», «21-23 января 2026 года» (its first day), «4 декабря 2016 года»,
// «October 27», «Oct 25, 2024», «25.01.2026».
func dates(toks []text.Token) []dateRef {
	var out []dateRef
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		// dd.mm.yyyy
		if t.Kind == text.Number && strings.Count(t.Text, ".") == 2 {
			p := strings.Split(t.Text, ".")
			d, _ := strconv.Atoi(p[0])
			m, _ := strconv.Atoi(p[1])
			y, _ := strconv.Atoi(p[2])
			if d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1990 && y <= 2100 {
				out = append(out, dateRef{Day: d, Month: m, Year: y, Tok0: j})
			}
			continue
		}
		// day [-day] month [year]
		if t.Kind == text.Number && j+1 < len(toks) {
			d, err := strconv.Atoi(t.Text)
			k := j + 1
			if k+1 < len(toks) && (toks[k].Text == "-" || toks[k].Text == "–") && toks[k+1].Kind == text.Number {
				k += 2
			}
			if err == nil && d >= 1 && d <= 31 && k < len(toks) {
				if m := monthOf(toks[k].Fold); m != 0 {
					dr := dateRef{Day: d, Month: m, Tok0: j}
					dr.Year, dr.ThisYear = yearAfter(toks, k+1)
					dr.LastYear = lastYearAfter(toks, k+1)
					out = append(out, dr)
					j = k
					continue
				}
			}
		}
		// English: month day[, year]
		if t.Kind == text.Word && j+1 < len(toks) {
			if m, ok := monthsEn[t.Fold]; ok && toks[j+1].Kind == text.Number {
				d, err := strconv.Atoi(toks[j+1].Text)
				if err == nil && d >= 1 && d <= 31 {
					dr := dateRef{Day: d, Month: m, Tok0: j}
					k := j + 2
					if k < len(toks) && toks[k].Text == "," {
						k++
					}
					dr.Year, dr.ThisYear = yearAfter(toks, k)
					dr.LastYear = lastYearAfter(toks, k)
					out = append(out, dr)
					j++
				}
			}
		}
	}
	return out
}

// yearAfter reads «2024 года», «2024 г.», «т.г.», «текущего года», «this year» at token k.
func yearAfter(toks []text.Token, k int) (int, bool) {
	if k >= len(toks) {
		return 0, false
	}
	if toks[k].Kind == text.Number && len(toks[k].Text) == 4 {
		if y, err := strconv.Atoi(toks[k].Text); err == nil && y >= 1990 && y <= 2100 {
			return y, false
		}
	}
	f := toks[k].Fold
	if f == "т" && k+2 < len(toks) && toks[k+2].Fold == "г" {
		return 0, true
	}
	if f == "т.г" || f == "тг" {
		return 0, true
	}
	if strings.HasPrefix(f, "текущ") || strings.HasPrefix(f, "этого") || f == "this" {
		return 0, true
	}
	return 0, false
}

// lastYearAfter reads «прошлого года», «last year» at token k.
func lastYearAfter(toks []text.Token, k int) bool {
	return k < len(toks) && (strings.HasPrefix(toks[k].Fold, "прошл") || toks[k].Fold == "last")
}

// docYear is the year against which «т.г.» and year-less dates are read: the
// article's own year, else the latest year the text names.
func (a *Analysis) docYear() int {
	if a.Year != 0 {
		return a.Year
	}
	if a.textYear == 0 {
		a.textYear = -1
		for i := range a.Sentences {
			for _, y := range a.years(i) {
				if y > a.textYear {
					a.textYear = y
				}
			}
		}
	}
	if a.textYear > 0 {
		return a.textYear
	}
	return 0
}

// iso formats a date reference with the document year where the text gives none.
func (a *Analysis) iso(d dateRef) string {
	y := d.Year
	if y == 0 && d.LastYear && a.Year != 0 {
		y = a.Year - 1 // only against the article's own date
	} else if y == 0 && d.LastYear {
		return ""
	}
	if y == 0 {
		y = a.docYear()
	}
	if y == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
}

// sentenceDate is the first date of sentence i as YYYY-MM-DD; a relative
// day («в пятницу», «сегодня», «on Friday») gives the article's date, and
// «сегодня», "today" in an article with no such date the dateline's.
func (a *Analysis) sentenceDate(i int) string {
	if d := a.writtenDate(i); d != "" {
		return d
	}
	if a.hasPhrase(i, relativeDay...) {
		// "called on the Chief Election Commissioner … today", "on
		// Tuesday" under "New Delhi, 3 April 2023": counted from the
		// dateline's day
		return a.relativeDate(i, a.leadDate())
	}
	return ""
}

// relativeDays are the days «сегодня», «вчера», "today", "yesterday" and
// the weekdays name, by a word's start: the offset back from the day of
// writing (0 today, 1 yesterday) or, for weekdays, 10 plus the weekday
// (Sunday 0).
var relativeDays = []struct {
	word   string
	offset int
}{
	{"сегодня", 0}, {"today", 0}, {"вчера", 1}, {"yesterday", 1},
	{"воскресень", 10}, {"sunday", 10}, {"понедельник", 11}, {"monday", 11}, {"вторник", 12}, {"tuesday", 12},
	{"среду", 13}, {"wednesday", 13}, {"четверг", 14}, {"thursday", 14}, {"пятниц", 15}, {"friday", 15},
	{"субботу", 16}, {"saturday", 16},
}

// futureBefore reports a word of what is to come before token k of toks
// in its clause ("will visit the office … on Tuesday", «состоится во
// вторник»), whose weekday is the next one, not the last.
func futureBefore(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0; n-- {
		switch f := toks[n].Fold; {
		case f == "," || f == ";" || f == ":":
			return false
		case f == "will" || f == "shall" || f == "scheduled" || f == "expected" || hasAnyPrefix(f, []string{"будет", "будут", "состоится", "пройдет", "пройдёт", "намечен", "планиру", "предстоит"}):
			return true
		}
	}
	return false
}

// relativeDayWords are the words of relativeDays, for hasPhrase.
func relativeDayWords() []string {
	out := make([]string, len(relativeDays))
	for n, r := range relativeDays {
		out[n] = r.word
	}
	return out
}

// relativeDate is the day the first relative day word of sentence i names,
// counted back from ref (YYYY-MM-DD): ref itself for «сегодня», the day
// before for «вчера», the latest such weekday on or before ref («во
// вторник»), or the next in a sentence about what is to come; "" when ref
// is no date.
func (a *Analysis) relativeDate(i int, ref string) string {
	day, err := time.Parse("2006-01-02", ref)
	if err != nil {
		return ""
	}
	toks := a.Sentences[i].Tokens
	for k, t := range toks {
		for _, r := range relativeDays {
			if !strings.HasPrefix(t.Fold, r.word) {
				continue
			}
			switch {
			case r.offset < 10:
				return day.AddDate(0, 0, -r.offset).Format("2006-01-02")
			case futureBefore(toks, k):
				// "will visit … on Tuesday": the next Tuesday
				ahead := (r.offset - 10 - int(day.Weekday()) + 7) % 7
				return day.AddDate(0, 0, ahead).Format("2006-01-02")
			default:
				back := (int(day.Weekday()) - (r.offset - 10) + 7) % 7
				return day.AddDate(0, 0, -back).Format("2006-01-02")
			}
		}
	}
	return ref
}

// writtenDate is the date sentence i writes (not a document's), or the
// article's published day for a relative day.
func (a *Analysis) writtenDate(i int) string {
	toks := a.Sentences[i].Tokens
	for _, d := range dates(toks) {
		if documentDateAt(toks, d.Tok0) {
			continue // «Меморандума … от 9 августа 2012 года»: the document's day
		}
		if s := a.iso(d); s != "" {
			return s
		}
	}
	if a.Doc.Published != "" && len(a.Doc.Published) >= 10 && a.hasPhrase(i, relativeDay...) {
		return a.relativeDate(i, a.Doc.Published[:10])
	}
	return ""
}

// documentDateAt reports a date at token k that dates a document: «от»
// right before it and a document's noun within the ten words before that
// («Меморандума о взаимопонимании … от 9 августа 2012 года», «соглашения
// от 12.03.2019»).
func documentDateAt(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Fold != "от" {
		return false
	}
	for n := k - 2; n >= 0 && n >= k-12; n-- {
		if hasAnyPrefix(toks[n].Fold, []string{"меморандум", "соглашени", "договор", "протокол", "постановлени", "указ", "закон", "решени", "программ"}) {
			return true
		}
	}
	return false
}

// leadDate is the first date of the article's first paragraphs: the day a
// report's events happened when later sentences do not repeat it.
func (a *Analysis) leadDate() string {
	for i, s := range a.Sentences {
		if s.Paragraph > 3 || i > 5 {
			break
		}
		// «Напомним, выборы президента состоятся 18 марта»: the date of an
		// election to come, not of what the article reports
		if a.hasPhrase(i, "напомним", "состоятся", "состоится", "пройдут", "назначен", "will be held", "scheduled", "are due", "is due") && a.hasPhrase(i, electionWords...) {
			continue
		}
		if d := a.writtenDate(i); d != "" {
			return d
		}
	}
	return ""
}

// datelineYear returns the year of the lead's date when the lead writes
// it out («Астана, 4 июня 2023 года.», "Nairobi, 4 June 2023."), else 0:
// not a year guessed from elsewhere in the text.
func (a *Analysis) datelineYear() int {
	for i, s := range a.Sentences {
		if s.Paragraph > 3 || i > 5 {
			break
		}
		d := a.writtenDate(i)
		if len(d) < 4 {
			continue
		}
		for _, t := range s.Tokens {
			if t.Kind == text.Number && t.Text == d[:4] {
				y, _ := strconv.Atoi(d[:4])
				return y
			}
		}
		return 0
	}
	return 0
}

// electionAhead moves the day iso of an election written without its year
// to the next year when the article is dated six months or more after it
// in the same year: "Dhaka, 5 December 2023 … the January 7 polls" are
// those of January 2024, not a past election eleven months back.
func (a *Analysis) electionAhead(iso string) string {
	ref := a.leadDate()
	if ref == "" && a.Year != 0 && a.Month != 0 {
		ref = fmt.Sprintf("%04d-%02d-01", a.Year, a.Month)
	}
	if len(ref) < 7 || len(iso) < 10 || ref[:4] != iso[:4] {
		return iso
	}
	rm, _ := strconv.Atoi(ref[5:7])
	em, _ := strconv.Atoi(iso[5:7])
	if rm-em < 6 {
		return iso
	}
	y, _ := strconv.Atoi(iso[:4])
	return fmt.Sprintf("%04d%s", y+1, iso[4:])
}

// electionDay returns the day of the election the article reports, as
// written next to an election word («18 августа … примет участие во
// внеочередных выборах», "the elections on May 12"), or "".
func (a *Analysis) electionDay() string {
	for i, s := range a.Sentences {
		best, bestDist := "", 11
		for _, d := range dates(s.Tokens) {
			iso := a.iso(d)
			if iso == "" {
				continue
			}
			if d.Year == 0 {
				iso = a.electionAhead(iso)
			}
			for k, t := range s.Tokens {
				if !hasAnyPrefix(t.Fold, electionWords) {
					continue
				}
				dist := k - d.Tok0
				if dist < 0 {
					dist = -dist
				}
				if dist < bestDist {
					best, bestDist = iso, dist
				}
			}
		}
		if best != "" && a.hasPhrase(i, electionWords...) {
			return best
		}
	}
	return ""
}
