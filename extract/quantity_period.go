package extract

import (
	"strconv"
	"time"
)

// A figure's period is written relative to the day of writing as often as by name: in a report
// of 12 November, "inflation rose to 3.6% last month" is October's figure, which another report
// writes "in October"; "last year" is the year before publication. Such a period is keyed by the
// month or year it names, so that the two meet; without a publication date it stays as written.
// A month's abbreviation is keyed as its name ("Oct." as "october").

// monthPeriodNames are the months' names as periods are keyed, January first.
var monthPeriodNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// absolutePeriod writes period p (as periodNear reads it) as the month or year it names.
func (d *Doc) absolutePeriod(p string) string {
	var months, years int
	switch p {
	case "last month":
		months = -1
	case "this month":
	case "next month":
		months = 1
	case "last year":
		years = -1
	case "this year":
	case "next year":
		years = 1
	default:
		if p == "" {
			return p // most figures have no period (dtMonthNames has no "")
		}
		if m, ok := dtMonthNames[p]; ok && len(p) <= 4 {
			return monthPeriodNames[m-1] // "oct", "sept"
		}
		return p
	}
	pub := d.Article.Published
	if pub == nil {
		return p
	}
	t := pub.UTC()
	if p[len(p)-4:] == "year" {
		return strconv.Itoa(t.Year() + years)
	}
	// the first of the month, so that a month's end does not run into the next ("31 March" and
	// "last month" is February, not March)
	m := time.Date(t.Year(), t.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	return monthPeriodNames[m.Month()-1]
}
