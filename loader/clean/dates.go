package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNumbers maps month names (Russian genitive and nominative, English,
// and their usual abbreviations) to month numbers.
var monthNumbers = map[string]int{
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
	"июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
	"сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

const (
	timeOfDay = `(?:\d{1,2}:\d{2}(?::\d{2})?)`
	monthName = `([a-zа-я]+)\.?`
)

var (
	// datePrefixes are labels and week days that may open a date line.
	datePrefixes = regexp.MustCompile(`^(?:(?:опубликовано|опубликован|дата публикации|дата|обновлено|изменено|published|updated|posted|date)\s*:?\s*)?` +
		`(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\s*,?\s*)?` +
		`(?:` + timeOfDay + `\s*[,|/]?\s*)?`)
	// dateSuffix is what may follow the date itself: a year word, a time of
	// day, a time zone.
	dateSuffix = `(?:\s*(?:г\.|г|года|год))?(?:\s*[,|/]?\s*(?:в\s*)?` + timeOfDay + `(?:\s*(?:utc|gmt|мск|msk|[+-]\d{2}:?\d{2}))?)?`

	numericDMY = regexp.MustCompile(`^(\d{1,2})[./](\d{1,2})[./](\d{4})` + dateSuffix + `$`)
	isoDate    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[ t]` + timeOfDay + `(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?` + dateSuffix + `$`)
	wordDMY    = regexp.MustCompile(`^(\d{1,2})\s+` + monthName + `,?\s+(\d{4})` + dateSuffix + `$`)
	wordMDY    = regexp.MustCompile(`^` + monthName + `\s+(\d{1,2}),?\s+(\d{4})` + dateSuffix + `$`)
	// dayMonthOnly is a date without a year: furniture, but no value.
	dayMonthOnly = regexp.MustCompile(`^(\d{1,2})\s+` + monthName + dateSuffix + `$`)
	// relativeTime is "5 часов назад", "вчера, 14:30", a bare time of day.
	relativeTime = regexp.MustCompile(`^(?:(?:\d+|одну|один|одна|две|два|три)\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|лет|год(?:а)?|seconds?|minutes?|hours?|days?|weeks?|months?)\s+(?:назад|ago)$` +
		`|^(?:сегодня|вчера|позавчера|today|yesterday)(?:\s*[,в]?\s*` + timeOfDay + `)?$` +
		`|^` + timeOfDay + `$`)
)

// parseDateLine reports whether a folded line is nothing but a date or a
// time, and returns the date as YYYY-MM-DD when the line names a full,
// valid calendar date.
func parseDateLine(key string) (date string, isDate bool) {
	s := strings.TrimSpace(key)
	if s == "" || len(s) > 120 { // a date line is short: «Среда, 8 Октября 2025 16:53»
		return "", false
	}
	if !hasDigit(s) && !strings.HasSuffix(s, "назад") && !strings.HasSuffix(s, "ago") && !hasAnyPrefix(s, []string{"сегодня", "вчера", "позавчера", "today", "yesterday"}) {
		// every shape below has a digit but "5 минут назад"'s and
		// «вчера»'s: most lines are no dates, and this saves their regular
		// expressions
		return "", false
	}
	if relativeTime.MatchString(s) {
		return "", true
	}
	if loc := datePrefixes.FindStringIndex(s); loc != nil {
		s = strings.TrimSpace(s[loc[1]:])
	}
	if m := numericDMY.FindStringSubmatch(s); m != nil {
		return validDate(m[3], m[2], m[1])
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return validDate(m[1], m[2], m[3])
	}
	if m := wordDMY.FindStringSubmatch(s); m != nil {
		if month, ok := monthNumbers[m[2]]; ok {
			return validDate(m[3], strconv.Itoa(month), m[1])
		}
	}
	if m := wordMDY.FindStringSubmatch(s); m != nil {
		if month, ok := monthNumbers[m[1]]; ok {
			return validDate(m[3], strconv.Itoa(month), m[2])
		}
	}
	if m := dayMonthOnly.FindStringSubmatch(s); m != nil {
		if _, ok := monthNumbers[m[2]]; ok {
			return "", true
		}
	}
	return "", false
}

// validDate formats year, month and day as YYYY-MM-DD if they name a real
// day between 1990 and 2100; a line shaped like a date that names no real
// day is still a date line, but has no value.
func validDate(year, month, day string) (string, bool) {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return "", true
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", true
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}
