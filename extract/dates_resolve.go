package extract

import (
	"fmt"
	"sync"
	"time"
)

// specKind is the shape of a date expression before it is resolved.
type specKind uint8

const (
	specDay     specKind = iota + 1 // a calendar day: "August 8", "24 February 2022", "2025-03-14"
	specMonth                       // a month or part of one: "October 2024", "in late October", "last March"
	specYear                        // a year or part of one: "in 2022", "early 2023", "the spring of 2020"
	specWeekday                     // "on Sunday", "last Friday", "next Monday"
	specRelDay                      // "yesterday", "today", "tomorrow", "last night"
	specAgo                         // "two days ago", "three years ago"
	specRelUnit                     // "earlier this week", "last month", "next year", "over the weekend"
	specWeekOf                      // "the first week of November"
	specAnaphor                     // "the same day", "that day", "the following day": n days from the date just named
)

// dtTense is the direction a relative date points to from the publication date.
type dtTense uint8

const (
	tenseUnknown dtTense = iota
	tensePast
	tenseFuture
)

func (t dtTense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "unknown"
}

// dateSpec is what an expression says, read but not resolved.
type dateSpec struct {
	kind  specKind
	year  int    // 0 when the expression gives none
	month int    // 1..12, 0 when none
	day   int    // 1..31, 0 when none
	day2  int    // last day of a day range ("August 8-10"), 0 when none
	part  string // part of a month or year: early, mid, late, end, start, h1, h2, q1..q4, spring, summer, autumn
	wd    time.Weekday
	rel   string // "", "last", "next", "this"
	mod   string // "", "earlier", "later"
	unit  string // specRelUnit and specAgo: "day", "week", "month", "year", "weekend"
	n     int    // specAgo: how many units; specRelDay, specAnaphor: day offset; specWeekOf: week number (5 = last)
	// night marks "last night": the evening before or the night of the publication date.
	night bool
	// easter marks a day counted from Easter Sunday by n days ("Good Friday": -2): its month and
	// day hang on the year
	easter bool
	// num flags a numeric date ("3/4/2025") whose order or century is settled per document
	// (dtSettleNumeric), or whose form tells its order
	num uint8
}

// needsPub reports whether resolving the spec needs the publication date.
func (sp dateSpec) needsPub() bool {
	switch sp.kind {
	case specDay, specMonth, specWeekOf:
		return sp.year == 0
	case specYear, specAnaphor:
		return false // an anaphor is read from the date before it (dtResolveAnaphors)
	}
	return true
}

// dtSlack is how far a date may lie on the "wrong" side of the publication date for the tense and
// still be read in the publication's own year: tense detection is noisy, a year's jump is not.
const dtSlack = 7 * 24 * time.Hour

// dtCivil returns the UTC midnight of a calendar day; time.Date normalizes overflow.
func dtCivil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dtPubDay is the calendar day of a publication time, in the time's own location.
func dtPubDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return dtCivil(y, m, d)
}

// dtAddDays is t.AddDate(0, 0, n): a UTC time (every day the readers work out is a dtCivil
// midnight) moves by whole days of 24 hours, without AddDate's calendar round trip.
func dtAddDays(t time.Time, n int) time.Time {
	if t.Location() != time.UTC {
		return t.AddDate(0, 0, n)
	}
	return t.Add(time.Duration(n) * 24 * time.Hour)
}

// dtDaysIn is the number of days of a month (leap years included). A month of the year is
// counted without time.Date; another is normalized by it.
func dtDaysIn(y int, m time.Month) int {
	if m < 1 || m > 12 {
		return dtCivil(y, m+1, 0).Day()
	}
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return int(dtMonthDays[m])
}

// dtMonthDays are the days of each month of a common year, by month number.
var dtMonthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// dtValidDay reports whether y-m-d is a real calendar day.
func dtValidDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= dtDaysIn(y, time.Month(m))
}

// dtIsoDays holds "2006-01-02" of every day of the years dates are mostly read in, written once
// into one string on first use: a resolved date's ends are slices of it, no allocation each.
var dtIsoDays struct {
	once sync.Once
	text string
}

// The years of dtIsoDays: dtIsoYears from dtIsoFirstYear; 31 slots a month, 10 bytes a day.
const (
	dtIsoFirstYear = 1990
	dtIsoYears     = 60
)

func buildDtIsoDays() {
	b := make([]byte, dtIsoYears*12*31*10)
	p := 0
	for y := dtIsoFirstYear; y < dtIsoFirstYear+dtIsoYears; y++ {
		// "2024-03-" is written once a month, the day's two digits after it
		var head [8]byte
		dtPut(head[:4], y)
		head[4], head[7] = '-', '-'
		for m := 1; m <= 12; m++ {
			dtPut(head[5:7], m)
			for d := 1; d <= 31; d++ {
				day := b[p : p+10]
				copy(day, head[:])
				day[8], day[9] = byte('0'+d/10), byte('0'+d%10)
				p += 10
			}
		}
	}
	dtIsoDays.text = string(b)
}

// dtIsoDayText is dtIsoDay of y-m-d (a date Time.Date gave: m 1..12, d 1..31) from dtIsoDays;
// ok is false for a year outside it.
func dtIsoDayText(y int, m time.Month, d int) (string, bool) {
	i := y - dtIsoFirstYear
	if i < 0 || i >= dtIsoYears || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	dtIsoDays.once.Do(buildDtIsoDays)
	at := ((i*12+int(m)-1)*31 + d - 1) * 10
	return dtIsoDays.text[at : at+10], true
}

// dtIsoDay renders "2006-01-02"; years of four digits are written directly (Format is slower).
func dtIsoDay(t time.Time) string {
	y, m, d := t.Date()
	return dtIsoDayOf(t, y, m, d)
}

// dtIsoDayOf is dtIsoDay of t, whose date is y-m-d.
func dtIsoDayOf(t time.Time, y int, m time.Month, d int) string {
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	var b [10]byte
	dtPut(b[:4], y)
	b[4] = '-'
	dtPut(b[5:7], int(m))
	b[7] = '-'
	dtPut(b[8:], d)
	return string(b[:])
}

// dtIsoMonth renders "2006-01".
func dtIsoMonth(t time.Time) string {
	y, m, _ := t.Date()
	return dtIsoMonthOf(t, y, m)
}

// dtIsoMonthOf is dtIsoMonth of t, whose date is in month m of year y.
func dtIsoMonthOf(t time.Time, y int, m time.Month) string {
	if y < 0 || y > 9999 {
		return t.Format("2006-01")
	}
	var b [7]byte
	dtPut(b[:4], y)
	b[4] = '-'
	dtPut(b[5:], int(m))
	return string(b[:])
}

// dtIsoYear renders a year on four digits at least.
func dtIsoYear(y int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y)
	}
	if y >= dtFirstYear && y < dtFirstYear+len(dtYears) {
		return dtYears[y-dtFirstYear]
	}
	var b [4]byte
	dtPut(b[:], y)
	return string(b[:])
}

// dtYears are the years dates are read in (1900..2100, dtYearAt), written once.
const dtFirstYear = 1900

var dtYears = func() (t [201]string) {
	for i := range t {
		var b [4]byte
		dtPut(b[:], dtFirstYear+i)
		t[i] = string(b[:])
	}
	return t
}()

// dtPut writes n (>= 0) in decimal into all of b, zero-padded on the left.
func dtPut(b []byte, n int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

// dtSpan is a resolved date: a day range or, with month set, a month range; equal ends mean a point.
type dtSpan struct {
	lo, hi time.Time
	prec   byte // 'd' day, 'm' month, 'y' year
}

func (p dtSpan) iso() (string, string) {
	// each end's date is worked out once, for its writing and the comparison
	ly, lm, ld := p.lo.Date()
	lo := dtIsoOf(p.prec, p.lo, ly, lm, ld)
	// the ends written alike are the same day, month or year: hi needs no writing then
	hy, hm, hd := p.hi.Date()
	if ly == hy && (p.prec == 'y' || lm == hm && (p.prec == 'm' || ld == hd)) {
		return lo, ""
	}
	hi := dtIsoOf(p.prec, p.hi, hy, hm, hd)
	if lo == hi {
		return lo, ""
	}
	return lo, hi
}

// dtIsoOf writes t, whose date is y-m-d, at precision prec: dtIsoDay, dtIsoMonth or dtIsoYear
// of its year, without working out the date again.
func dtIsoOf(prec byte, t time.Time, y int, m time.Month, d int) string {
	switch prec {
	case 'd':
		if s, ok := dtIsoDayText(y, m, d); ok {
			return s
		}
	case 'm':
		if s, ok := dtIsoDayText(y, m, 1); ok {
			return s[:len("2006-01")]
		}
	}
	switch prec {
	case 'm':
		return dtIsoMonthOf(t, y, m)
	case 'y':
		return dtIsoYear(y)
	}
	return dtIsoDayOf(t, y, m, d)
}

// first and last day a span covers.
func (p dtSpan) firstDay() time.Time { return p.lo }
func (p dtSpan) lastDay() time.Time {
	switch p.prec {
	case 'm':
		y, m, _ := p.hi.Date() // once, not per Year and Month
		return dtCivil(y, m, dtDaysIn(y, m))
	case 'y':
		return dtCivil(p.hi.Year(), 12, 31)
	}
	return p.hi
}

func dtDaySpan(lo, hi time.Time) dtSpan { return dtSpan{lo: lo, hi: hi, prec: 'd'} }

// dtMonthPart is the day range a part of a month covers ("late October" = 21..31).
func dtMonthPart(y, m int, part string) dtSpan {
	last := dtDaysIn(y, time.Month(m))
	lo, hi := 1, last
	switch part {
	case "early", "start":
		hi = 10
	case "mid":
		lo, hi = 11, 20
	case "late", "end":
		lo = 21
	case "":
		return dtSpan{lo: dtCivil(y, time.Month(m), 1), hi: dtCivil(y, time.Month(m), 1), prec: 'm'}
	}
	return dtDaySpan(dtCivil(y, time.Month(m), lo), dtCivil(y, time.Month(m), hi))
}

// dtYearParts are the month ranges a part of a year covers.
var dtYearParts = map[string][2]int{
	"early": {1, 4}, "mid": {5, 8}, "late": {9, 12}, "end": {12, 12}, "start": {1, 1},
	"h1": {1, 6}, "h2": {7, 12}, "q1": {1, 3}, "q2": {4, 6}, "q3": {7, 9}, "q4": {10, 12},
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11},
}

func dtYearSpan(y int, part string) dtSpan {
	if part == "" {
		return dtSpan{lo: dtCivil(y, 1, 1), hi: dtCivil(y, 1, 1), prec: 'y'}
	}
	r := dtYearParts[part]
	return dtSpan{lo: dtCivil(y, time.Month(r[0]), 1), hi: dtCivil(y, time.Month(r[1]), 1), prec: 'm'}
}

// dtWeekOf is the day range of the n-th week of a month (5 = the last seven days).
func dtWeekOf(y, m, n int) dtSpan {
	last := dtDaysIn(y, time.Month(m))
	if n >= 5 {
		return dtDaySpan(dtCivil(y, time.Month(m), last-6), dtCivil(y, time.Month(m), last))
	}
	return dtDaySpan(dtCivil(y, time.Month(m), 1+7*(n-1)), dtCivil(y, time.Month(m), min(7*n, last)))
}

// dtResolve turns a spec into ISO start and end. ok is false when the spec needs a publication
// date and none is known, or when the expression names no real day (February 30).
func dtResolve(sp dateSpec, pub *time.Time, t dtTense) (start, end string, ok bool) {
	p, ok := dtResolveSpan(sp, pub, t)
	if !ok {
		return "", "", false
	}
	start, end = p.iso()
	return start, end, true
}

func dtResolveSpan(sp dateSpec, pub *time.Time, t dtTense) (dtSpan, bool) {
	var ref time.Time
	if pub != nil {
		ref = dtPubDay(*pub)
	}
	return dtResolveSpanAt(sp, pub != nil, ref, t)
}

// dtResolveSpanAt is dtResolveSpan given the publication day ref (dtPubDay), worked out once per
// document; hasPub is false when no publication date is known (ref is then not read).
func dtResolveSpanAt(sp dateSpec, hasPub bool, ref time.Time, t dtTense) (dtSpan, bool) {
	if sp.needsPub() && !hasPub {
		return dtSpan{}, false
	}
	switch sp.kind {
	case specDay:
		if sp.year != 0 {
			if !dtValidDay(sp.year, sp.month, sp.day) || sp.day2 != 0 && !dtValidDay(sp.year, sp.month, sp.day2) {
				return dtSpan{}, false
			}
			return dtDaySpan(dtCivil(sp.year, time.Month(sp.month), sp.day), dtCivil(sp.year, time.Month(sp.month), max(sp.day, sp.day2))), true
		}
		if sp.easter {
			return dtPickYear(ref, t, func(y int) (dtSpan, bool) {
				d := dtAddDays(dtEaster(y), sp.n)
				return dtDaySpan(d, d), true
			})
		}
		return dtPickYear(ref, t, func(y int) (dtSpan, bool) {
			if !dtValidDay(y, sp.month, sp.day) || sp.day2 != 0 && !dtValidDay(y, sp.month, sp.day2) {
				return dtSpan{}, false
			}
			lo := dtCivil(y, time.Month(sp.month), sp.day)
			hi := lo // one day, worked out once (max(day, day2) is day)
			if sp.day2 > sp.day {
				hi = dtCivil(y, time.Month(sp.month), sp.day2)
			}
			return dtDaySpan(lo, hi), true
		})
	case specMonth:
		mk := func(y int) (dtSpan, bool) { return dtMonthPart(y, sp.month, sp.part), true }
		if sp.year != 0 {
			return dtMonthPart(sp.year, sp.month, sp.part), true
		}
		switch sp.rel {
		case "last": // the most recent such month strictly before the publication month
			y := ref.Year()
			if sp.month >= int(ref.Month()) {
				y--
			}
			return mk(y)
		case "next":
			y := ref.Year()
			if sp.month <= int(ref.Month()) {
				y++
			}
			return mk(y)
		case "this":
			return mk(ref.Year())
		}
		return dtPickYear(ref, t, mk)
	case specWeekOf:
		mk := func(y int) (dtSpan, bool) { return dtWeekOf(y, sp.month, sp.n), true }
		if sp.year != 0 {
			return mk(sp.year)
		}
		return dtPickYear(ref, t, mk)
	case specYear:
		return dtYearSpan(sp.year, sp.part), true
	case specWeekday:
		return dtDaySpan(dtWeekday(ref, sp.wd, sp.rel, t), dtWeekday(ref, sp.wd, sp.rel, t)), true
	case specRelDay:
		d := dtAddDays(ref, sp.n)
		if sp.night {
			return dtDaySpan(dtAddDays(ref, -1), ref), true
		}
		return dtDaySpan(d, d), true
	case specAgo:
		switch sp.unit {
		case "day":
			d := dtAddDays(ref, -sp.n)
			return dtDaySpan(d, d), true
		case "week":
			d := dtAddDays(ref, -7*sp.n)
			return dtDaySpan(dtAddDays(d, -2), dtAddDays(d, 2)), true
		case "month":
			m := dtCivil(ref.Year(), ref.Month()-time.Month(sp.n), 1)
			return dtSpan{lo: m, hi: m, prec: 'm'}, true
		case "year":
			return dtYearSpan(ref.Year()-sp.n, ""), true
		}
	case specRelUnit:
		return dtRelUnit(ref, sp, t)
	}
	return dtSpan{}, false
}

// dtPickYear chooses the year of a date given without one: for past tense the latest on or before
// publication, for future tense the earliest on or after it (each with a week of slack), and the
// nearest otherwise. Candidates that are no real day (February 29 of a common year) are skipped.
func dtPickYear(ref time.Time, t dtTense, mk func(y int) (dtSpan, bool)) (dtSpan, bool) {
	type cand struct {
		p    dtSpan
		dist time.Duration
	}
	var room [9]cand // one per year tried: no allocation
	cs := room[:0]
	ry := ref.Year()
	for y := ry - 4; y <= ry+4; y++ {
		p, ok := mk(y)
		if !ok {
			continue
		}
		var dist time.Duration
		switch {
		case ref.Before(p.firstDay()):
			dist = p.firstDay().Sub(ref)
		case ref.After(p.lastDay()):
			dist = ref.Sub(p.lastDay())
		}
		cs = append(cs, cand{p, dist})
	}
	if len(cs) == 0 {
		return dtSpan{}, false
	}
	switch t {
	case tensePast:
		for i := len(cs) - 1; i >= 0; i-- {
			if !cs[i].p.firstDay().After(ref.Add(dtSlack)) {
				return cs[i].p, true
			}
		}
	case tenseFuture:
		for _, c := range cs {
			if !c.p.lastDay().Before(ref.Add(-dtSlack)) {
				return c.p, true
			}
		}
	}
	best := cs[0]
	for _, c := range cs[1:] {
		if c.dist < best.dist {
			best = c
		}
	}
	return best.p, true
}

// dtWeekday resolves a weekday name against the publication day: "last" is strictly before, "next"
// strictly after; otherwise past tense (and unknown) takes the last such day on or before
// publication and future tense the next one on or after it.
func dtWeekday(ref time.Time, wd time.Weekday, rel string, t dtTense) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days back to the last such day (0 = today)
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7  // days ahead to the next one (0 = today)
	switch rel {
	case "last":
		if back == 0 {
			back = 7
		}
		return dtAddDays(ref, -back)
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		return dtAddDays(ref, fwd)
	}
	if t == tenseFuture || rel == "this" && t != tensePast {
		return dtAddDays(ref, fwd)
	}
	return dtAddDays(ref, -back)
}

// dtMonday is the Monday of the ISO week holding ref.
func dtMonday(ref time.Time) time.Time {
	return dtAddDays(ref, -((int(ref.Weekday()) + 6) % 7))
}

func dtRelUnit(ref time.Time, sp dateSpec, t dtTense) (dtSpan, bool) {
	switch sp.unit {
	case "week":
		mon := dtMonday(ref)
		switch sp.rel {
		case "last":
			return dtDaySpan(dtAddDays(mon, -7), dtAddDays(mon, -1)), true
		case "next":
			return dtDaySpan(dtAddDays(mon, 7), dtAddDays(mon, 13)), true
		}
		switch {
		case sp.mod == "earlier" || sp.mod == "" && t == tensePast:
			return dtDaySpan(mon, ref), true
		case sp.mod == "later" || t == tenseFuture:
			return dtDaySpan(ref, dtAddDays(mon, 6)), true
		}
		return dtDaySpan(mon, dtAddDays(mon, 6)), true
	case "month":
		first := dtCivil(ref.Year(), ref.Month(), 1)
		switch sp.rel {
		case "last":
			m := first.AddDate(0, -1, 0)
			return dtSpan{lo: m, hi: m, prec: 'm'}, true
		case "next":
			m := first.AddDate(0, 1, 0)
			return dtSpan{lo: m, hi: m, prec: 'm'}, true
		}
		switch sp.mod {
		case "earlier":
			return dtDaySpan(first, ref), true
		case "later":
			return dtDaySpan(ref, dtCivil(ref.Year(), ref.Month(), dtDaysIn(ref.Year(), ref.Month()))), true
		}
		if sp.part != "" {
			return dtMonthPart(ref.Year(), int(ref.Month()), sp.part), true
		}
		return dtSpan{lo: first, hi: first, prec: 'm'}, true
	case "year":
		y := ref.Year()
		switch sp.rel {
		case "last":
			y--
		case "next":
			y++
		}
		if sp.rel == "this" || sp.rel == "" {
			switch sp.mod {
			case "earlier":
				return dtDaySpan(dtCivil(y, 1, 1), ref), true
			case "later":
				return dtDaySpan(ref, dtCivil(y, 12, 31)), true
			}
		}
		return dtYearSpan(y, sp.part), true
	case "weekend":
		back := (int(ref.Weekday()) - int(time.Saturday) + 7) % 7
		sat := dtAddDays(ref, -back) // the last Saturday on or before publication
		inWeekend := back <= 1
		switch {
		case sp.rel == "last":
			if !dtAddDays(sat, 1).Before(ref) {
				sat = dtAddDays(sat, -7)
			}
		case sp.rel == "next":
			sat = dtAddDays(sat, 7)
		case t == tenseFuture && !inWeekend:
			sat = dtAddDays(sat, 7)
		}
		return dtDaySpan(sat, dtAddDays(sat, 1)), true
	case "season":
		y := ref.Year()
		r := dtYearParts[sp.part]
		switch sp.rel {
		case "last":
			if r[0] >= int(ref.Month()) {
				y--
			}
		case "next":
			if r[0] <= int(ref.Month()) {
				y++
			}
		}
		return dtYearSpan(y, sp.part), true
	}
	return dtSpan{}, false
}
