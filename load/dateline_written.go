package load

import (
	"strings"
	"time"
)

// A plain-text article saved from a page often opens with its date written out rather than in
// ISO form: "January 14, 2026", "Wednesday, 14 January 2026", "Published: Jan. 14, 2026 10:30
// GMT". Such a line, alone on the first line of text, gives the publication date as an ISO one
// does. Only a line that is a date and nothing more (a time may follow) counts: "January 14,
// 2026 was the coldest day" is a sentence, not a dateline.

// writtenDateLayouts are the orders a written date takes, after weekdays, commas and dots are
// dropped and the spaces made single.
var writtenDateLayouts = []string{"January 2 2006", "2 January 2006", "Jan 2 2006", "2 Jan 2006"}

// writtenDateLine reads a first line that is a date written out, with an optional label before
// it ("Published:", "Updated") and an optional time after it.
func writtenDateLine(line string) (time.Time, bool) {
	s := strings.TrimSpace(line)
	if len(s) < 8 || len(s) > 64 {
		return time.Time{}, false
	}
	low := strings.ToLower(s)
	for _, label := range []string{"published", "posted", "updated", "date"} {
		if strings.HasPrefix(low, label) {
			s = strings.TrimLeft(s[len(label):], " :")
			break
		}
	}
	// the date ends at its four-digit year; what follows may only be a time
	fields := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	year := -1
	for i, f := range fields {
		if len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && allDigits(f) {
			year = i
			break
		}
	}
	if year < 2 || year > 4 || !timeOnly(fields[year+1:]) {
		return time.Time{}, false
	}
	date := fields[:year+1]
	if _, err := time.Parse("Monday", date[0]); err == nil {
		date = date[1:] // "Wednesday, 14 January 2026"
	} else if _, err := time.Parse("Mon", date[0]); err == nil {
		date = date[1:]
	}
	if len(date) != 3 {
		return time.Time{}, false
	}
	if strings.EqualFold(date[0], "sept") {
		date[0] = "Sep"
	} else if strings.EqualFold(date[1], "sept") {
		date[1] = "Sep"
	}
	text := strings.Join(date, " ")
	for _, layout := range writtenDateLayouts {
		if t, err := time.Parse(layout, text); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// timeOnly reports whether the fields after a date are at most a time of day and its zone:
// "10:30", "10:30 am", "10:30 GMT", "at 10:30 ET", "| 10:30".
func timeOnly(fs []string) bool {
	if len(fs) > 4 {
		return false
	}
	clock := false
	for _, f := range fs {
		switch lf := strings.ToLower(f); {
		case strings.Contains(f, ":") && strings.IndexAny(f, "0123456789") == 0:
			clock = true
		case lf == "at" || lf == "|" || lf == "-" || lf == "–" || lf == "am" || lf == "pm":
		case clock && len(f) <= 5 && strings.ToUpper(f) == f: // a zone: GMT, ET, CEST, UTC
		default:
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// A byline often carries the date: "By Jane Doe, 14 January 2026", "By a staff reporter |
// Jan. 14, 2026 10:30 GMT", "Posted by Admin on January 14, 2026". The date is what follows the
// byline's last separator, read as writtenDateLine reads a line that is a date alone.

// bylineDate reads a byline that ends with a written date.
func bylineDate(line string) (time.Time, bool) {
	s := strings.TrimSpace(line)
	if len(s) > 120 || strings.HasSuffix(s, ".") { // a sentence: "By noon, 26 had died on …."
		return time.Time{}, false
	}
	low := strings.ToLower(s)
	switch {
	case strings.HasPrefix(low, "by "):
	case strings.HasPrefix(low, "posted by ") || strings.HasPrefix(low, "written by "):
	default:
		return time.Time{}, false
	}
	// the date is after the last separator: a comma, a bar, a dash, or " on "; a date has
	// commas of its own ("Jan. 14, 2026"), so each cut is tried from the last to the first
	for cut := len(s); cut > 0; {
		i := strings.LastIndexAny(s[:cut], ",|–—-")
		on := strings.LastIndex(s[:cut], " on ")
		if on > i {
			i = on + 3
		}
		if i < 0 {
			break
		}
		if t, ok := writtenDateLine(s[i+1:]); ok {
			return t, true
		}
		cut = i
	}
	return time.Time{}, false
}

// headLine reports whether a line may belong to an article's head (title, byline, dateline) rather
// than its body: short, and not a sentence. The first line that is not ends the head.
func headLine(trim string) bool {
	return len(trim) <= 120 && !strings.HasSuffix(trim, ".")
}
