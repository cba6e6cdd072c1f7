package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/segment"
)

// dateExpr is one date expression read from a sentence.
type dateExpr struct {
	first, last int // token indices, inclusive, preposition included
	start, end  int // byte span in the article text
	prep        string
	spec        dateSpec
	// attributive dates stand before what they date: "Friday's attack", "the 2022 invasion".
	attributive bool
}

// dtMonthNames maps month names and abbreviations to month numbers.
var dtMonthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

var dtWeekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// datePreps introduce a date; the value is the role the date plays for its event.
var datePreps = map[string]string{
	"on": "at", "in": "at", "at": "at", "during": "at", "for": "at", "to": "at", "of": "at", "over": "at",
	"around": "at", "circa": "at", "by": "deadline", "until": "until", "till": "until", "through": "until",
	"since": "since", "from": "since", "before": "before", "after": "after", "between": "before",
}

var dtSeasons = map[string]string{"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn"}

// dtTimesOfDay may follow a day: "on Sunday night", "Friday morning".
var dtTimesOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "noon": true, "midday": true, "overnight": true}

var dtSmallNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}

var dtOrdinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5}

// findDates reads every date expression of a sentence, left to right, without overlaps.
func findDates(s *Sent) []dateExpr { return appendDates(nil, s) }

// appendDates appends the date expressions of a sentence to out.
func appendDates(out []dateExpr, s *Sent) []dateExpr {
	core := nextDateCore(s, 0) // mayHoldDate, its answer kept for the scan
	if core >= len(s.Tokens) {
		return out
	}
	return scanDatesFrom(out, s, core)
}

// scanDates tries a date expression at every token that may start one, appending to out.
func scanDates(out []dateExpr, s *Sent) []dateExpr { return scanDatesFrom(out, s, -1) }

// scanDatesFrom is scanDates given nextDateCore(s, 0) as core, or -1 for not known.
func scanDatesFrom(out []dateExpr, s *Sent, core int) []dateExpr {
	var e dateExpr
	// core is the first core token at or after i
	for i := 0; i < len(s.Tokens); i++ {
		if core < i {
			core = nextDateCore(s, i)
		}
		if core == len(s.Tokens) {
			break // every date holds a core token: none starts after the last one
		}
		if core-i > dateReach {
			i = core - dateReach - 1 // too far before the next core token to reach it
			continue
		}
		// mayStartDate's refusals of most tokens, written out: punctuation, and a word with no
		// start or weekday fact that is no "mid-…" or "end-…"; every token up to core is passed
		// over here, without the tests above (core stays ahead of them and within reach)
		if i = skipNoDateStart(s, i, core); i > core {
			i = core // the loop's i++ moves past core, whose successor is looked for then
			continue
		}
		if !mayStartDate(s, i) {
			continue
		}
		if !readDateStarted(&e, s, i) {
			continue
		}
		if e.end <= e.start {
			continue
		}
		out = append(out, e)
		i = e.last
	}
	return out
}

// skipNoDateStart returns the first token from i to core that scanDatesFrom's written-out
// refusals let through (core+1 when none): not punctuation, and no word without a start or
// weekday fact that is no "mid-…" or "end-…".
func skipNoDateStart(s *Sent, i, core int) int {
	toks := s.Tokens
	for ; i <= core && i < len(toks); i++ {
		switch toks[i].Kind {
		case segment.Punct:
			continue
		case segment.Word:
			if uint(i) < uint(len(s.facts)) && s.facts[i]&(fDateStart|fWeekday) == 0 {
				if w := s.Lower(i); len(w) <= 4 || w[3] != '-' {
					continue
				}
			}
		}
		return i
	}
	return core + 1
}

// mayHoldDate is a cheap test whether a sentence can hold a date expression at all: every date
// has a year (four digits, 1900..2100), a month or weekday name, or one of the few words of a
// relative date ("today", "last week", "this spring", "two days ago", "mid-October"); a day of the
// month never goes without its month. Most sentences have none and are left without a look-up
// per token.
func mayHoldDate(s *Sent) bool {
	return nextDateCore(s, 0) < len(s.Tokens)
}

// nextDateCore returns the index of the first token from k on that a date may not do without
// (see mayHoldDate), or len(s.Tokens) when there is none.
func nextDateCore(s *Sent, k int) int {
	low := s.lower[:min(len(s.lower), len(s.Tokens))] // Lower is "" past the lower-case texts
	if len(s.facts) < len(low) {
		return nextDateCoreLooked(s, k)
	}
	if s.sum&(fDateCore|fDateYear) == 0 && !dtMayHoldShape(s.Text) {
		return len(s.Tokens) // no core word nor year, and no token of the shapes below
	}
	fs := s.facts[:len(low)]
	for ; k < len(low); k++ {
		// the facts say of the core words and their possessives (fDateCore) and of the years
		// (fDateYear); a numeric date (six bytes or more) and "mid-…" or "end-…" are read from
		// the text
		if fs[k]&(fDateCore|fDateYear) != 0 {
			return k
		}
		w := low[k]
		if len(w) < 5 {
			continue
		}
		if c := w[0]; c >= '0' && c <= '9' {
			// only a number token starts with a digit
			if dtNumericShape(w) {
				return k // "8/8/2025"
			}
		} else if w[3] == '-' && dateCoreWord(w) {
			return k
		}
	}
	return len(s.Tokens)
}

// dtMayHoldShape reports whether a sentence's text may hold a numeric date ("8/8/2025",
// "14.03.2025") or a "mid-…" or "end-…" word: each has a "/", "." or "-" inside (lowering
// keeps those bytes). Most sentences have neither but their closing full stop.
func dtMayHoldShape(text string) bool {
	if strings.IndexByte(text, '-') >= 0 || strings.IndexByte(text, '/') >= 0 {
		return true
	}
	i := strings.IndexByte(text, '.')
	return i >= 0 && i < len(text)-1 // a "." inside a token comes before the text's last byte
}

// nextDateCoreLooked is nextDateCore for a sentence without facts: each word is asked of the
// lists.
func nextDateCoreLooked(s *Sent, k int) int {
	low := s.lower[:min(len(s.lower), len(s.Tokens))]
	for ; k < len(low); k++ {
		w := low[k]
		if len(w) < 3 {
			continue
		}
		if c := w[0]; c >= '0' && c <= '9' {
			if len(w) == 4 && (w[:2] == "19" || w[:2] == "20" || w == "2100") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
				return k
			} else if len(w) >= 6 && dtNumericShape(w) {
				return k // "8/8/2025"
			}
		} else if h := dtWordHash(w); (dateCoreBloom[h>>6]&(1<<(h&63)) != 0 || len(w) > 4 && w[3] == '-') && dateCoreWord(w) {
			return k
		}
	}
	return len(s.Tokens)
}

// dateCoreBloom has a bit per dtWordHash of the core words, alone and with "'s" or "’s": a clear bit
// refuses a word (but "mid-…" and "end-…") without dateCoreWord.
var dateCoreBloom [1 << 10]uint64

// dateReach bounds how many tokens a date expression runs from its first token to its first core
// token (see mayHoldDate): at most three of a lead ("no later than"), then six of "8th-10th of"
// before "August". Kept above that: it only decides where scanning may skip.
const dateReach = 12

// dateCoreWords are the words a date expression without a year cannot do without (a possessive
// "'s" may follow them).
var dateCoreWords = map[string]bool{}

// dateCoreShape has, per first and last letter, a bit for each length of a core word: most words
// are refused without a map look-up.
var dateCoreShape wordShapes

// wordShapes records the shape of a set of lower-case ASCII words: first letter, last letter and
// length (below 16 bytes).
type wordShapes [26 * 26]uint16

func (t *wordShapes) add(w string) {
	n := len(w)
	if n == 0 || n >= 16 || w[0] < 'a' || w[0] > 'z' || w[n-1] < 'a' || w[n-1] > 'z' {
		panic("extract: word shape out of range: " + w)
	}
	t[int(w[0]-'a')*26+int(w[n-1]-'a')] |= 1 << n
}

// may reports whether a word of w's shape is in the set; false means surely not.
func (t *wordShapes) may(w string) bool {
	n := len(w)
	if n == 0 || n >= 16 {
		return false
	}
	a, z := w[0]-'a', w[n-1]-'a'
	return a < 26 && z < 26 && t[int(a)*26+int(z)]&(1<<n) != 0
}

func init() {
	for _, w := range strings.Fields(`january february march april may june july august september
		october november december jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday
		today tonight yesterday tomorrow ago week month year weekend night morning afternoon evening day
		spring summer autumn
		christmas boxing valentine halloween patrick bastille juneteenth canada australia anzac
		veterans armistice independence easter`) {
		dateCoreWords[w] = true
		dateCoreShape.add(w)
		for _, f := range []string{w, w + "'s", w + "’s"} {
			h := dtWordHash(f)
			dateCoreBloom[h>>6] |= 1 << (h & 63)
		}
	}
}

// dateCoreWord reports whether a lower-case token is one a date expression cannot do without.
func dateCoreWord(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	if (w[0] == 'm' || w[0] == 'e') && n > 4 && (w[:4] == "mid-" || w[:4] == "end-") {
		return true
	}
	if w[n-1] == 's' {
		// a possessive: "Friday's", "week’s"
		if w[n-2] == '\'' {
			n -= 2
		} else if n >= 5 && w[n-4:n-1] == "’" {
			n -= 4
		}
	}
	return dateCoreShape.may(w[:n]) && dateCoreWords[w[:n]]
}

// dateStarters are the words a date expression may start with, besides month and weekday names
// and numbers.
var dateStarters = map[string]bool{
	"no": true, "as": true, "early": true, "late": true, "mid": true, "end": true, "beginning": true,
	"start": true, "middle": true, "earlier": true, "later": true, "last": true, "next": true, "this": true,
	"coming": true, "the": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"that": true,
}

// mayStartDate is a cheap test whether a date expression can start at token i.
func mayStartDate(s *Sent, i int) bool {
	t := &s.Tokens[i]
	switch t.Kind {
	case segment.Number:
		return true
	case segment.Word:
	default:
		return false
	}
	f := s.dateFactsAt(i)
	if f&fDateStart != 0 {
		return true
	}
	if w := s.Lower(i); len(w) > 4 && w[3] == '-' && (strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "end-")) {
		return true
	}
	// weekdayAt, told by the facts: "Friday's"
	return f&fWeekday != 0 && dtCap(t)
}

// startWords gathers every word a date may start with, for one lookup per token.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range dateStarters {
		m[w] = true
	}
	for w := range datePreps {
		m[w] = true
	}
	for w := range dtSeasons {
		m[w] = true
	}
	for w := range dtSmallNumbers {
		m[w] = true
	}
	for w := range dtMonthNames {
		m[w] = true // capitalisation is checked when the month is read
	}
	for w := range dtWeekdayNames {
		m[w] = true
	}
	for w := range dtHolidayFirst {
		m[w] = true // "Christmas Day", "New Year's Eve", "U.S. Independence Day"
	}
	for w := range m {
		startShape.add(w)
	}
	return m
}()

// startShape has the shapes of the start words: most words are refused without a map look-up.
var startShape wordShapes

// readDate reads a date expression starting at token i: an optional lead ("early on"), an optional
// preposition, then the date itself.
func readDate(s *Sent, i int) (dateExpr, bool) {
	var e dateExpr
	ok := readDateInto(&e, s, i)
	return e, ok
}

// readDateInto is readDate writing the expression read to *out (left alone when none is read):
// most starts read none, and a zero expression returned costs its copying.
func readDateInto(out *dateExpr, s *Sent, i int) bool { return readDateAt(out, s, i, false) }

// readDateStarted is readDateInto at a token i known to pass mayStartDate (scanDatesFrom asked).
func readDateStarted(out *dateExpr, s *Sent, i int) bool { return readDateAt(out, s, i, true) }

// readDateAt is readDateInto; started tells that mayStartDate(s, i) is known true, so that a
// date read from token i itself (no lead, no preposition) is not asked it again.
func readDateAt(out *dateExpr, s *Sent, i int, started bool) bool {
	j := i
	prep := ""
	if w := s.Lower(j); (w == "early" || w == "late") && s.Lower(j+1) == "on" {
		if _, ok := weekdayAt(s, j+2); ok {
			j++ // "early on Tuesday": the day itself
		}
	}
	if s.Lower(j) == "no" && s.Lower(j+1) == "later" && s.Lower(j+2) == "than" {
		prep = "by"
		j += 3
	} else if s.Lower(j) == "as" && s.Lower(j+1) == "of" {
		prep = "at"
		j += 2
	} else if _, ok := datePrep(s.Lower(j)); ok {
		prep = s.Lower(j)
		j++
	}
	if j == i && started {
		if !readCoreMayStarted(s, j) {
			return false
		}
	} else if !readCoreMay(s, j) {
		return false
	}
	sp, last, attr, ok := readCore(s, j, prep != "")
	if !ok {
		return false
	}
	if sp.kind == specDay && sp.day2 == 0 && (prep == "from" || prep == "between") {
		// "from June 15 to 17", "between June 15 and June 17, 2025": one range
		if d2, l2, y, ok := rangeEnd(s, last+1, sp.month, prep); ok && d2 > sp.day && (y == 0 || sp.year == 0 || y == sp.year) {
			sp.day2, last, prep = d2, l2, "at"
			if y != 0 {
				sp.year = y
			}
		}
	}
	if attr || dtIsPossessive(s.Lower(last)) {
		// "from Saturday's landslide": the preposition governs the noun, not the date
		i, prep = j, ""
	}
	e := dateExpr{first: i, last: last, prep: prep, spec: sp, attributive: attr}
	e.start = s.Tokens[i].Start
	e.end = s.Tokens[last].End
	if w := s.Tokens[last].Text; dtIsPossessive(s.Lower(last)) {
		e.end -= len("'s")
		if strings.HasSuffix(w, "’s") {
			e.end -= len("’s") - len("'s")
		}
	}
	*out = e
	return true
}

// rangeEnd reads the end of a day range at k: "to 17", "to June 17", "and 17, 2025" (same month).
func rangeEnd(s *Sent, k, month int, prep string) (day, last, year int, ok bool) {
	w := s.Lower(k)
	if !(prep == "from" && (w == "to" || w == "until" || w == "through" || w == "till") || prep == "between" && w == "and") {
		return 0, 0, 0, false
	}
	k++
	if m, ml, isMonth := dtMonthAt(s, k); isMonth {
		if m != month {
			return 0, 0, 0, false
		}
		k = ml + 1
	}
	d, dl, isDay := dtDayAt(s, k)
	if !isDay {
		return 0, 0, 0, false
	}
	last = dl
	if y, yk := yearAfter(s, dl+1); yk > 0 {
		year, last = y, yk
	}
	return d, last, year, true
}

// dtIsDigits reports whether a number token is made of digits only.
func dtIsDigits(t segment.Token) bool {
	if t.Kind != segment.Number {
		return false
	}
	for i := 0; i < len(t.Text); i++ {
		if t.Text[i] < '0' || t.Text[i] > '9' {
			return false
		}
	}
	return true
}

// dtMonthAt reads a capitalised month name or abbreviation ("Nov." included) at token k.
func dtMonthAt(s *Sent, k int) (month, last int, ok bool) {
	if k < 0 || k >= len(s.Tokens) {
		return 0, 0, false
	}
	t := &s.Tokens[k]
	// every month name is a core word (fDateCore): the facts refuse the others without the map
	if t.Kind != segment.Word || s.dateFactsAt(k)&fDateCore == 0 || !dtCap(t) {
		return 0, 0, false
	}
	w := s.Lower(k)
	m, ok := dtMonthNames[w]
	if !ok {
		return 0, 0, false
	}
	last = k
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" {
		// an abbreviation, optionally with its period
		if s.Lower(k+1) == "." && s.Tokens[k+1].Start == t.End {
			last = k + 1
		}
	}
	return m, last, true
}

// dtDayAt reads a day of the month at token k: 1..31 with an optional ordinal suffix ("8th").
func dtDayAt(s *Sent, k int) (day, last int, ok bool) {
	if k < 0 || k >= len(s.Tokens) || !dtIsDigits(s.Tokens[k]) || len(s.Tokens[k].Text) > 2 {
		return 0, 0, false
	}
	d, _ := strconv.Atoi(s.Tokens[k].Text)
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	last = k
	switch s.Lower(k + 1) {
	case "st", "nd", "rd", "th":
		if s.Tokens[k+1].Start == s.Tokens[k].End {
			last = k + 1
		}
	}
	return d, last, true
}

// dtYearAt reads a four-digit year 1900..2100 at token k.
func dtYearAt(s *Sent, k int) (int, bool) {
	if k < 0 || k >= len(s.Tokens) || !dtIsDigits(s.Tokens[k]) || len(s.Tokens[k].Text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(s.Tokens[k].Text)
	if y < 1900 || y > 2100 {
		return 0, false
	}
	// "2022 people", "2025 tonnes": a count, not a year
	if n := s.Lower(k + 1); n != "" && s.Tokens[k+1].Kind == segment.Word && !dtCap(&s.Tokens[k+1]) {
		if _, counted := countedNouns[n]; counted || timeUnitAfter(s, k+1) {
			return 0, false
		}
	}
	return y, true
}

// weekdayAt reads a capitalised weekday ("Sunday", "Sunday's") at token k.
func weekdayAt(s *Sent, k int) (time.Weekday, bool) {
	if k < 0 || k >= len(s.Tokens) || s.Tokens[k].Kind != segment.Word || s.dateFactsAt(k)&fWeekday == 0 || !dtCap(&s.Tokens[k]) {
		return 0, false // fWeekday: a weekday name in one of the forms trimmed below (weekdayForms)
	}
	w := strings.TrimSuffix(strings.TrimSuffix(s.Lower(k), "'s"), "’s")
	wd, ok := dtWeekdayNames[w]
	return wd, ok
}

// yearAfter reads an optional year after a day or month: "August 8, 2025", "8 August 2025".
func yearAfter(s *Sent, k int) (int, int) {
	if s.Lower(k) == "," {
		if y, ok := dtYearAt(s, k+1); ok {
			return y, k + 1
		}
		return 0, -1
	}
	if y, ok := dtYearAt(s, k); ok {
		return y, k
	}
	return 0, -1
}

// readCoreMay is a cheap test whether readCore can read a date at token j: most tokens tried
// ("in Kyiv", "of the war", "9 people") start none. It asks what readCore's own tests ask first,
// a token or two on: a number of digits before a month or "ago" or of four digits, a word of its
// switch with what must follow it, a small count before "ago", a season, a month or weekday name.
// A month name, a year and the units of "last week" are core tokens (nextDateCore).
func readCoreMay(s *Sent, j int) bool {
	return j < len(s.Tokens) && mayStartDate(s, j) && readCoreMayStarted(s, j)
}

// readCoreMayStarted is readCoreMay at a token j < len(s.Tokens) that passes mayStartDate.
func readCoreMayStarted(s *Sent, j int) bool {
	if t := &s.Tokens[j]; t.Kind == segment.Number {
		// every reading of a number asks dtIsDigits: a count before "ago" (three digits at most),
		// a day before its month (two digits, the month within six tokens), a year (four); a
		// numeric date is one token ("8/8/2025") but for its dashed form, read as a day
		if !dtIsDigits(*t) {
			return dtNumericShape(t.Text)
		}
		switch n := len(t.Text); {
		case n == 4:
			return true
		case n <= 3 && s.Lower(j+2) == "ago":
			return true
		case n <= 2:
			return nextDateCore(s, j+1) <= j+6
		}
		return false
	}
	w := s.Lower(j)
	switch w {
	case "the":
		if j+1 < len(s.Tokens) && s.Tokens[j+1].Kind == segment.Number {
			return true // "the 8th of August"
		}
		switch w1, w2 := s.Lower(j+1), s.Lower(j+2); w1 {
		case "end", "beginning", "start", "middle":
			return w2 == "of"
		case "first", "second", "third", "fourth", "last", "final":
			return w2 == "week" || w2 == "half" || w2 == "quarter" || w1 == "fourth" && w2 == "of"
		case "spring", "summer", "autumn", "fall", "weekend":
			return true
		case "day":
			return w2 == "before" || w2 == "after"
		case "same", "following", "next", "previous":
			return w2 == "day"
		}
		return false
	case "that":
		return s.Lower(j+1) == "day" || s.Lower(j+1) == "same" && s.Lower(j+2) == "day"
	case "end", "beginning", "start", "middle":
		return s.Lower(j+1) == "of"
	case "early", "mid", "late":
		return nextDateCore(s, j+1) <= j+2 // a month or year, maybe after "-"
	case "earlier", "later":
		return s.Lower(j+1) == "this"
	case "last", "next", "this", "coming":
		// readRel: a weekday, unit, time of day, season or month one or two tokens on ("this
		// past week"); the units less odd possessives ("week’s's") are core tokens
		return nextDateCore(s, j+1) <= j+2 || s.dateFactsAt(j+1)&fWeekday != 0 || s.dateFactsAt(j+2)&fWeekday != 0 ||
			dtIsPossessive(s.Lower(j+1)) || dtIsPossessive(s.Lower(j+2))
	case "no", "as":
		return false // dateStarters that only lead ("no later than", "as of")
	}
	if _, isPrep := datePrep(w); isPrep {
		return false
	}
	if _, ok := dtSmallNumber(w); ok {
		return s.Lower(j+2) == "ago" // "two days ago": a count is a date only so
	}
	return true
}

// readCore reads the date proper at token j. withPrep tells whether a preposition or modifier
// introduced it: a bare month or year is a date only then.
func readCore(s *Sent, j int, withPrep bool) (dateSpec, int, bool, bool) {
	if j >= len(s.Tokens) {
		return dateSpec{}, 0, false, false
	}
	w := s.Lower(j)
	switch w {
	case "today", "tonight":
		return dateSpec{kind: specRelDay}, j, false, true
	case "yesterday":
		return dateSpec{kind: specRelDay, n: -1}, j, false, true
	case "tomorrow":
		return dateSpec{kind: specRelDay, n: 1}, j, false, true
	case "the", "that":
		if sp, last, ok := readAnaphor(s, j); ok {
			return sp, last, false, true // "the same day", "that day" (dates_anaphor.go)
		}
		if w == "that" {
			return dateSpec{}, 0, false, false
		}
		return readThe(s, j, withPrep)
	case "end", "beginning", "start", "middle":
		if s.Lower(j+1) == "of" && withPrep {
			return readPartOf(s, j+2, dtPartWord(w))
		}
	case "early", "mid", "late":
		return readPart(s, j+1, w)
	case "earlier", "later":
		if s.Lower(j+1) == "this" {
			if u := s.Lower(j + 2); u == "week" || u == "month" || u == "year" {
				return dateSpec{kind: specRelUnit, unit: u, rel: "this", mod: w}, j + 2, false, true
			}
		}
		return dateSpec{}, 0, false, false
	case "last", "next", "this", "coming":
		return readRel(s, j)
	}
	if withPrep {
		if sp, last, ok := readHoliday(s, j); ok {
			return sp, last, false, true // "on Christmas Day", "on July Fourth", "by Good Friday"
		}
	}
	if strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "end-") {
		if m, ok := dtMonthNames[w[4:]]; ok && s.Tokens[j].Kind == segment.Word {
			part := "mid"
			if w[:3] == "end" {
				part = "end"
			}
			sp := dateSpec{kind: specMonth, month: m, part: part}
			last := j
			if y, k := yearAfter(s, j+1); k > 0 {
				sp.year, last = y, k
			}
			return sp, last, false, true
		}
	}
	// "a week ago", "two days ago", "3 years ago"
	if n, ok := dtCountAt(s, j); ok {
		u := strings.TrimSuffix(s.Lower(j+1), "s")
		if (u == "day" || u == "week" || u == "month" || u == "year") && s.Lower(j+2) == "ago" && n > 0 {
			return dateSpec{kind: specAgo, unit: u, n: n}, j + 2, false, true
		}
	}
	if season, ok := dtSeason(w); ok {
		k := j + 1
		if s.Lower(k) == "of" {
			k++
		}
		if y, ok := dtYearAt(s, k); ok && (withPrep || k > j+1) {
			return dateSpec{kind: specYear, year: y, part: season}, k, false, true
		}
		return dateSpec{}, 0, false, false
	}
	if m, last, ok := dtMonthAt(s, j); ok {
		return readMonth(s, j, m, last, "", withPrep)
	}
	if s.Tokens[j].Kind == segment.Number {
		if sp, last, ok := readNumeric(s, j); ok {
			return sp, last, false, true // "8/8/2025", "3-14-2025"
		}
	}
	if d, last, ok := dtDayAt(s, j); ok {
		k := last + 1
		var d2 int
		if (s.Lower(k) == "-" || s.Lower(k) == "–") && s.Tokens[k].Start == s.Tokens[last].End {
			if x, l2, ok := dtDayAt(s, k+1); ok && x > d {
				d2, k = x, l2+1
			}
		}
		if s.Lower(k) == "of" {
			k++
		}
		if m, ml, ok := dtMonthAt(s, k); ok {
			sp := dateSpec{kind: specDay, month: m, day: d, day2: d2}
			last := ml
			if y, yk := yearAfter(s, ml+1); yk > 0 {
				sp.year, last = y, yk
			}
			return sp, last, false, true
		}
	}
	if wd, ok := weekdayAt(s, j); ok {
		return readWeekday(s, j, wd, "", withPrep)
	}
	if y, ok := dtYearAt(s, j); ok {
		// ISO "2025-03-14"
		if iso, last, ok := readISO(s, j, y); ok {
			return iso, last, false, true
		}
		if withPrep {
			return dateSpec{kind: specYear, year: y}, j, false, true
		}
		// attributive: "the 2022 invasion"
		if p := s.Lower(j - 1); (p == "the" || dtIsPossessive(p)) && eventNounAt(s, j+1) != "" {
			return dateSpec{kind: specYear, year: y}, j, true, true
		}
	}
	return dateSpec{}, 0, false, false
}

// readISO reads "2025-03-14" (tokens 2025 - 03 - 14, glued).
func readISO(s *Sent, j, y int) (dateSpec, int, bool) {
	if j+4 >= len(s.Tokens) || s.Lower(j+1) != "-" || s.Lower(j+3) != "-" {
		return dateSpec{}, 0, false
	}
	for k := j + 1; k <= j+4; k++ {
		if s.Tokens[k].Start != s.Tokens[k-1].End {
			return dateSpec{}, 0, false
		}
	}
	mt, dt := s.Tokens[j+2], s.Tokens[j+4]
	if !dtIsDigits(mt) || !dtIsDigits(dt) || len(mt.Text) != 2 || len(dt.Text) != 2 {
		return dateSpec{}, 0, false
	}
	m, _ := strconv.Atoi(mt.Text)
	d, _ := strconv.Atoi(dt.Text)
	if !dtValidDay(y, m, d) {
		return dateSpec{}, 0, false
	}
	return dateSpec{kind: specDay, year: y, month: m, day: d}, j + 4, true
}

// dtCountAt reads a small count at token j: digits or a number word ("a", "two").
func dtCountAt(s *Sent, j int) (int, bool) {
	if j >= len(s.Tokens) {
		return 0, false
	}
	if dtIsDigits(s.Tokens[j]) && len(s.Tokens[j].Text) <= 3 {
		n, _ := strconv.Atoi(s.Tokens[j].Text)
		return n, true
	}
	n, ok := dtSmallNumber(s.Lower(j))
	return n, ok
}

func dtPartWord(w string) string {
	switch w {
	case "beginning", "start":
		return "start"
	case "middle":
		return "mid"
	}
	return w
}

// readMonth reads what follows a month name at j..last: a day ("August 8", "Aug. 8-10, 2025"),
// a year ("October 2024") or nothing ("in October", only with a preposition or part).
func readMonth(s *Sent, j, m, last int, part string, withPrep bool) (dateSpec, int, bool, bool) {
	if part == "" {
		if d, dl, ok := dtDayAt(s, last+1); ok && s.Tokens[last+1].Start > s.Tokens[last].End {
			sp := dateSpec{kind: specDay, month: m, day: d}
			end := dl
			k := dl + 1
			if k < len(s.Tokens) && (s.Lower(k) == "-" || s.Lower(k) == "–") && s.Tokens[k].Start == s.Tokens[dl].End {
				if d2, l2, ok := dtDayAt(s, k+1); ok && d2 > d {
					sp.day2, end, k = d2, l2, l2+1
				}
			}
			if y, yk := yearAfter(s, k); yk > 0 {
				sp.year, end = y, yk
			}
			return sp, end, false, true
		}
	}
	sp := dateSpec{kind: specMonth, month: m, part: part}
	if y, ok := dtYearAt(s, last+1); ok {
		sp.year = y
		return sp, last + 1, false, true
	}
	if s.Lower(last+1) == "of" {
		if y, ok := dtYearAt(s, last+2); ok {
			sp.year = y
			return sp, last + 2, false, true
		}
	}
	if !withPrep && part == "" {
		return dateSpec{}, 0, false, false
	}
	// "May" and "March" alone are too often a verb or a name
	if (m == 5 || m == 3) && !withPrep && part == "" {
		return dateSpec{}, 0, false, false
	}
	return sp, last, false, true
}

// readWeekday reads a weekday at j ("Sunday", "Sunday night", "Monday, Jan. 12", "Friday's").
func readWeekday(s *Sent, j int, wd time.Weekday, rel string, withPrep bool) (dateSpec, int, bool, bool) {
	if j > 0 && rel == "" && dtCap(&s.Tokens[j-1]) && dtNamedWeekdays[s.Lower(j-1)] {
		return dateSpec{}, 0, false, false // "Good Friday", "Super Tuesday": a named day, not the nearest Friday
	}
	sp := dateSpec{kind: specWeekday, wd: wd, rel: rel}
	last := j
	poss := dtIsPossessive(s.Lower(j))
	if !poss {
		// "Monday, Jan. 12" / "Monday (Jan. 12)": the calendar day wins
		k := j + 1
		if s.Lower(k) == "," || s.Lower(k) == "(" {
			if m, ml, ok := dtMonthAt(s, k+1); ok {
				if d, dl, ok := dtDayAt(s, ml+1); ok {
					sp2 := dateSpec{kind: specDay, month: m, day: d}
					end := dl
					if y, yk := yearAfter(s, dl+1); yk > 0 {
						sp2.year, end = y, yk
					}
					if s.Lower(k) == "(" && s.Lower(end+1) == ")" {
						end++
					}
					return sp2, end, false, true
				}
			}
			if d, dl, ok := dtDayAt(s, k+1); ok {
				if m, ml, ok := dtMonthAt(s, dl+1); ok {
					sp2 := dateSpec{kind: specDay, month: m, day: d}
					end := ml
					if y, yk := yearAfter(s, ml+1); yk > 0 {
						sp2.year, end = y, yk
					}
					return sp2, end, false, true
				}
			}
		}
		if dtTimeOfDaySet.has(s.Lower(j + 1)) {
			last = j + 1
		}
	}
	if withPrep || rel != "" {
		return sp, last, false, true
	}
	// a bare weekday: "said Sunday", "Sunday's attack", "On Sunday" was read with its preposition.
	// Not: "Friday prayers", "the Sunday Times", "Mondays".
	n := s.Lower(last + 1)
	if poss {
		return sp, last, eventNounAt(s, j+1) != "", true
	}
	if last+1 < len(s.Tokens) {
		nt := s.Tokens[last+1]
		if nt.Kind == segment.Word && dtCap(&nt) {
			return dateSpec{}, 0, false, false
		}
		if nt.Kind == segment.Word && !isFunctionWord(n) && !dtTimeOfDaySet.has(n) && !dtIsVerbLike(n) {
			if eventNounAt(s, last+1) != "" && (s.Lower(j-1) == "the" || s.Lower(j-1) == "a") {
				return sp, last, true, true // "the Monday deadline"
			}
			return dateSpec{}, 0, false, false
		}
	}
	if j > 0 && s.Lower(j-1) == "the" {
		return dateSpec{}, 0, false, false
	}
	return sp, last, false, true
}

// dtNamedWeekdays are the words that make a weekday a named day of its own ("Easter Sunday",
// "Black Friday", "Bloody Sunday"): the nearest such weekday is not that day.
var dtNamedWeekdays = map[string]bool{
	"good": true, "holy": true, "easter": true, "palm": true, "ash": true, "maundy": true, "black": true,
	"cyber": true, "super": true, "bloody": true, "whit": true, "trinity": true, "pentecost": true,
}

// dtIsVerbLike reports whether a word after a bare weekday continues the clause ("met Monday with",
// "said Sunday it would").
func dtIsVerbLike(w string) bool {
	if _, ok := dtVerbOf(w); ok {
		return true
	}
	switch w {
	case "it", "he", "she", "they", "we", "i", "you", "there", "amid", "as", "after", "before", "following", "ahead":
		return true
	}
	return false
}

// readPart reads "early/mid/late" + month or year at j ("late October", "mid-2023", "early 2023").
func readPart(s *Sent, j int, part string) (dateSpec, int, bool, bool) {
	if s.Lower(j) == "-" && j < len(s.Tokens) && s.Tokens[j].Start == s.Tokens[j-1].End {
		j++
	}
	if m, last, ok := dtMonthAt(s, j); ok {
		return readMonth(s, j, m, last, part, true)
	}
	if y, ok := dtYearAt(s, j); ok {
		return dateSpec{kind: specYear, year: y, part: part}, j, false, true
	}
	// "late last year", "early next month" are left to the plain relative reading
	return dateSpec{}, 0, false, false
}

// readPartOf reads what follows "end of", "beginning of", "middle of".
func readPartOf(s *Sent, j int, part string) (dateSpec, int, bool, bool) {
	if m, last, ok := dtMonthAt(s, j); ok {
		return readMonth(s, j, m, last, part, true)
	}
	if y, ok := dtYearAt(s, j); ok {
		return dateSpec{kind: specYear, year: y, part: part}, j, false, true
	}
	w, u := s.Lower(j), s.Lower(j+1)
	if (w == "the" || w == "this" || w == "next" || w == "last") && (u == "month" || u == "year" || u == "week") {
		rel := w
		if w == "the" {
			rel = "this"
		}
		if u == "week" {
			return dateSpec{}, 0, false, false
		}
		return dateSpec{kind: specRelUnit, unit: u, rel: rel, part: part}, j + 1, false, true
	}
	return dateSpec{}, 0, false, false
}

// readThe reads dates that start with "the": "the end of June", "the first week of November",
// "the spring of 2020", "the first half of 2024", "the 8th of August", "the weekend",
// "the day before yesterday".
func readThe(s *Sent, j int, withPrep bool) (dateSpec, int, bool, bool) {
	if withPrep {
		if sp, last, ok := readHoliday(s, j); ok {
			return sp, last, false, true // "on the Fourth of July"
		}
	}
	w1, w2 := s.Lower(j+1), s.Lower(j+2)
	switch {
	case (w1 == "end" || w1 == "beginning" || w1 == "start" || w1 == "middle") && w2 == "of":
		return readPartOf(s, j+3, dtPartWord(w1))
	case w2 == "week" && dtOrdinalWords[w1] > 0 && s.Lower(j+3) == "of":
		if m, last, ok := dtMonthAt(s, j+4); ok {
			sp := dateSpec{kind: specWeekOf, month: m, n: dtOrdinalWords[w1]}
			if y, ok := dtYearAt(s, last+1); ok {
				sp.year, last = y, last+1
			}
			return sp, last, false, true
		}
	case (w1 == "first" || w1 == "second") && w2 == "half" && s.Lower(j+3) == "of":
		part := "h1"
		if w1 == "second" {
			part = "h2"
		}
		if y, ok := dtYearAt(s, j+4); ok {
			return dateSpec{kind: specYear, year: y, part: part}, j + 4, false, true
		}
		if s.Lower(j+4) == "the" && s.Lower(j+5) == "year" || s.Lower(j+4) == "this" && s.Lower(j+5) == "year" {
			return dateSpec{kind: specRelUnit, unit: "year", rel: "this", part: part}, j + 5, false, true
		}
	case w2 == "quarter" && dtOrdinalWords[w1] > 0 && dtOrdinalWords[w1] < 5 && s.Lower(j+3) == "of":
		if y, ok := dtYearAt(s, j+4); ok {
			return dateSpec{kind: specYear, year: y, part: "q" + strconv.Itoa(dtOrdinalWords[w1])}, j + 4, false, true
		}
	case len(w1) >= 4 && len(w1) <= 6 && dtSeasons[w1] != "": // "fall" to "autumn": most words skip the map
		k := j + 2
		if w2 == "of" {
			k++
		}
		if y, ok := dtYearAt(s, k); ok {
			return dateSpec{kind: specYear, year: y, part: dtSeasons[w1]}, k, false, true
		}
	case w1 == "weekend" && withPrep:
		return dateSpec{kind: specRelUnit, unit: "weekend"}, j + 1, false, true
	case w1 == "day" && (w2 == "before" || w2 == "after"):
		switch {
		case w2 == "before" && s.Lower(j+3) == "yesterday":
			return dateSpec{kind: specRelDay, n: -2}, j + 3, false, true
		case w2 == "after" && s.Lower(j+3) == "tomorrow":
			return dateSpec{kind: specRelDay, n: 2}, j + 3, false, true
		}
	}
	// "the 8th of August"
	if d, last, ok := dtDayAt(s, j+1); ok && last > j+1 && s.Lower(last+1) == "of" {
		if m, ml, ok := dtMonthAt(s, last+2); ok {
			sp := dateSpec{kind: specDay, month: m, day: d}
			end := ml
			if y, yk := yearAfter(s, ml+1); yk > 0 {
				sp.year, end = y, yk
			}
			return sp, end, false, true
		}
	}
	return dateSpec{}, 0, false, false
}

// readRel reads "last/next/this/coming" + weekday, week, month, year, weekend, month name,
// season, "night" or a time of day ("this morning").
func readRel(s *Sent, j int) (dateSpec, int, bool, bool) {
	rel := s.Lower(j)
	if p := s.Lower(j - 1); p == "the" || p == "a" || p == "within" {
		return dateSpec{}, 0, false, false // "the last week of the campaign", "the next year": periods
	}
	k := j + 1
	if rel == "this" && s.Lower(k) == "past" {
		rel = "last"
		k++
	}
	if rel == "coming" {
		rel = "next"
	}
	w := s.Lower(k)
	if wd, ok := weekdayAt(s, k); ok {
		return readWeekday(s, k, wd, rel, true)
	}
	switch u := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); u {
	case "week", "month", "year", "weekend":
		return dateSpec{kind: specRelUnit, unit: u, rel: rel}, k, u != w, true
	case "night":
		if rel == "last" {
			return dateSpec{kind: specRelDay, night: true}, k, false, true
		}
	case "morning", "afternoon", "evening":
		if rel == "this" {
			return dateSpec{kind: specRelDay}, k, false, true
		}
	}
	if season, ok := dtSeason(w); ok && w != "fall" {
		return dateSpec{kind: specRelUnit, unit: "season", rel: rel, part: season}, k, false, true
	}
	if m, last, ok := dtMonthAt(s, k); ok && dtCap(&s.Tokens[k]) {
		if _, _, isDay := dtDayAt(s, last+1); !isDay {
			return dateSpec{kind: specMonth, month: m, rel: rel}, last, false, true
		}
	}
	return dateSpec{}, 0, false, false
}

// dtHoliday is a named day: a fixed calendar day, or a day counted from Western Easter.
type dtHoliday struct {
	words      []string // lower-case tokens, "'s" written straight
	month, day int
	easter     bool // day counted from Easter Sunday, by offset
	offset     int
	onOnly     bool // read only after "on": "over Christmas" is a season, "on Christmas" a day
}

// dtHolidays are the named days news writing dates events with. Only days that fall on one date
// everywhere they are named so: "Independence Day" is July 4 only as the United States' (other
// countries have theirs), Thanksgiving and Labor Day differ between countries and are left out,
// as is Orthodox Easter ("on Orthodox Easter" starts at "Orthodox", which no phrase does).
var dtHolidays = func() []dtHoliday {
	fixed := []struct {
		phrase     string
		month, day int
	}{
		{"christmas day", 12, 25}, {"christmas eve", 12, 24}, {"boxing day", 12, 26},
		{"new year's day", 1, 1}, {"new year's eve", 12, 31}, {"valentine's day", 2, 14},
		{"halloween", 10, 31}, {"st . patrick's day", 3, 17}, {"st patrick's day", 3, 17},
		{"saint patrick's day", 3, 17}, {"bastille day", 7, 14}, {"juneteenth", 6, 19},
		{"canada day", 7, 1}, {"australia day", 1, 26}, {"anzac day", 4, 25},
		{"veterans day", 11, 11}, {"veterans ' day", 11, 11}, {"armistice day", 11, 11},
		{"the fourth of july", 7, 4}, {"fourth of july", 7, 4}, {"july fourth", 7, 4},
		{"u . s . independence day", 7, 4}, {"us independence day", 7, 4},
		{"american independence day", 7, 4}, {"america's independence day", 7, 4},
	}
	var hs []dtHoliday
	for _, f := range fixed {
		hs = append(hs, dtHoliday{words: strings.Fields(f.phrase), month: f.month, day: f.day})
	}
	hs = append(hs, dtHoliday{words: []string{"christmas"}, month: 12, day: 25, onOnly: true})
	for _, e := range []struct {
		phrase string
		offset int
	}{{"good friday", -2}, {"holy saturday", -1}, {"easter sunday", 0}, {"easter day", 0}, {"easter monday", 1}} {
		hs = append(hs, dtHoliday{words: strings.Fields(e.phrase), easter: true, offset: e.offset})
	}
	hs = append(hs, dtHoliday{words: []string{"easter"}, easter: true, onOnly: true})
	return hs
}()

// dtHolidayFirst are the first words of the holiday phrases, "'s" written either way: the words
// a holiday may start at (startWords).
var dtHolidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range dtHolidays {
		w := h.words[0]
		m[w] = true
		if strings.HasSuffix(w, "'s") {
			m[strings.TrimSuffix(w, "'s")+"’s"] = true
		}
	}
	return m
}()

// dtHolidayPreps are the prepositions a named day is read after: "on Christmas Day", "by New
// Year's Eve", "no later than Christmas Eve". Bare, the words are more often a name or a season
// ("the Boxing Day Test", "Christmas Day shoppers", "over Christmas").
var dtHolidayPreps = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "through": true, "since": true, "from": true,
	"before": true, "after": true, "than": true,
}

// readHoliday reads a named day at token j ("Christmas Day", "New Year's Eve", "Good Friday"),
// after a preposition at j-1, with an optional year ("on Christmas Day 2024").
func readHoliday(s *Sent, j int) (dateSpec, int, bool) {
	if j >= len(s.Tokens) {
		return dateSpec{}, 0, false
	}
	if w := s.Lower(j); s.Tokens[j].Kind == segment.Word && !dtCap(&s.Tokens[j]) && w != "the" && w != "of" {
		return dateSpec{}, 0, false // a holiday's first word is capitalised but these (dtPhraseAt)
	}
	if uint(j) < uint(len(s.facts)) && s.facts[j]&fDateStart == 0 {
		return dateSpec{}, 0, false // every first word of a holiday is a start word (startWords)
	}
	if !dtHolidayFirst[s.Lower(j)] || !dtHolidayPrep(s.Lower(j-1)) {
		return dateSpec{}, 0, false
	}
	for _, h := range dtHolidays {
		last, ok := dtPhraseAt(s, j, h.words)
		if !ok || h.onOnly && s.Lower(j-1) != "on" {
			continue
		}
		if n := last + 1; n < len(s.Tokens) && s.Tokens[n].Kind == segment.Word {
			if dtCap(&s.Tokens[n]) {
				return dateSpec{}, 0, false // part of a name: "Good Friday Agreement", "Boxing Day Test"
			}
			if h.onOnly && !dtTimeOfDaySet.has(s.Lower(n)) {
				// "on Christmas eve", "on Easter weekend": not the day itself; "on Christmas
				// morning" is
				return dateSpec{}, 0, false
			}
		}
		sp := dateSpec{kind: specDay, month: h.month, day: h.day}
		if h.easter {
			sp = dateSpec{kind: specDay, easter: true, n: h.offset}
		}
		if y, yk := yearAfter(s, last+1); yk > 0 {
			sp.year, last = y, yk
			if h.easter {
				e := dtEaster(y).AddDate(0, 0, h.offset)
				sp.month, sp.day, sp.easter, sp.n = int(e.Month()), e.Day(), false, 0
			}
		}
		return sp, last, true
	}
	return dateSpec{}, 0, false
}

// dtPhraseAt matches the lower-case words of a phrase at token j, each word capitalised but
// punctuation and, after the first, "of", "the", "day" and "eve"; "’s" matches "'s". It returns the
// last token.
func dtPhraseAt(s *Sent, j int, words []string) (int, bool) {
	for i, w := range words {
		k := j + i
		if k >= len(s.Tokens) {
			return 0, false
		}
		lw := s.Lower(k)
		if lw != w && !(strings.HasSuffix(w, "'s") && lw == strings.TrimSuffix(w, "'s")+"’s") {
			return 0, false
		}
		// "of" and "the" are lower case; so may "day" and "eve" be after the first word
		// ("Christmas day")
		if t := &s.Tokens[k]; t.Kind == segment.Word && !dtCap(t) && w != "of" && w != "the" && (i == 0 || w != "day" && w != "eve") {
			return 0, false
		}
		if i > 0 && s.Tokens[k].Start > s.Tokens[k-1].End+1 {
			return 0, false // one space at most between words, none around "." of "St."
		}
	}
	return j + len(words) - 1, true
}

// dtEaster is Western Easter Sunday of year y (the anonymous Gregorian computus).
func dtEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dtCivil(y, time.Month(month), day)
}
