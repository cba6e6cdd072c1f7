package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A wire story may carry its date only in its dateline: "YORK, March 9, 2026 (Reuters) -",
// "GENEVA, 9 March 2026 (AFP) —". An article that carries no publication date is dated by such a
// dateline: the day it was filed, which its relative dates ("on Monday", "last week") count
// from, as they count from a publication date. A dateline without a year ("LONDON, March 3 (PA)
// -") dates nothing: a year guessed from the calendar could be any, and one from the other
// articles of the run is not known while each is read on its own.

// dtDatelineDate matches a dateline with a date at the start of a paragraph: the city in
// capitals, an optional region, the date with its year, an optional agency, a spaced dash.
var dtDatelineDate = regexp.MustCompile(`^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,4}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?, ` +
	`(?:([A-Z][a-z]{2,8})\.? (\d{1,2})|(\d{1,2}) ([A-Z][a-z]{2,8})\.?),? (\d{4}) ?(?:\([^)]{1,40}\) ?)?(?:—|–|--|-) `)

// dtDatelineMonths are the months a dateline writes, in full or cut.
var dtDatelineMonths = map[string]time.Month{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
	"September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3,
	"Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

// datesPublished is the day the document's relative dates count from: its publication date, or
// when it has none the date of a dateline with a year opening one of its first paragraphs.
func (d *Doc) datesPublished() *time.Time {
	if d.Article.Published != nil {
		return d.Article.Published
	}
	text := d.Article.Text
	for _, start := range d.paragraphOpenings() {
		if t, ok := readDatelineDate(text[start:min(len(text), start+160)]); ok {
			return &t
		}
	}
	return nil
}

// readDatelineDate reads the date of a dateline at the start of t.
func readDatelineDate(t string) (time.Time, bool) {
	if len(t) < 8 || t[0] < 'A' || t[0] > 'Z' || !strings.Contains(t, " ") {
		return time.Time{}, false
	}
	m := dtDatelineDate.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}, false
	}
	month, day := m[1], m[2]
	if month == "" {
		month, day = m[4], m[3]
	}
	mo, ok := dtDatelineMonths[month]
	dn, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(m[5])
	if !ok || dn < 1 || y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	at := time.Date(y, mo, dn, 0, 0, 0, 0, time.UTC)
	if at.Day() != dn {
		return time.Time{}, false // "February 30"
	}
	return at, true
}

// dtDatelineDay matches the date a dateline may write after its city or region, year optional:
// ", Feb 26", ", March 9, 2026", ", 9 March 2026".
var dtDatelineDay = regexp.MustCompile(`^, (?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?:,? \d{4})?`)

// skipDatelineDay returns rest past a dateline's date (dtDatelineDay), or rest: "HELSINKI, Feb
// 26 (Reuters) -" is a dateline of Helsinki, as "HELSINKI (Reuters) -" is.
func skipDatelineDay(rest string) string {
	if len(rest) < 4 || rest[0] != ',' {
		return rest
	}
	if loc := dtDatelineDay.FindStringIndex(rest); loc != nil {
		return rest[loc[1]:]
	}
	return rest
}
