package extract

import (
	"net/url"
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// Numeric dates: "8/8/2025", "3/14/2025", "14/3/2025", "14.03.2025", "3-14-2025", "2025/08/08" and
// "on 3/14/25".
//
// A numeric date is read only when it can be read one way: one part above 12 tells which is the
// day, equal parts need no order, and a dotted date is day first (the European form). When both
// parts are 12 or less and differ ("3/4/2025"), the order is taken from evidence: the article's
// other numeric dates that tell it, or else a source from a day-first country (its address's
// domain). Without evidence no date is read: a wrong day would make a false conflict.

// Flags of dateSpec.num.
const (
	numAmbiguous  uint8 = 1 << iota // both parts may be the month: month/day hold the month-first reading
	numShortYear                    // a two-digit year: year holds 2000+yy, the century is chosen on resolving
	numMonthFirst                   // the form tells the month comes first ("3/14/2025")
	numDayFirst                     // the form tells the day comes first ("14/3/2025")
)

// dtNumericShape reports whether a number token has the shape of a numeric date: d{1,2} s d{1,2}
// s (d{4}|d{2}), with one separator s of "/" or "." (a two-digit year after slashes only), or the
// year first, d{4} s d{2} s d{2}. Most numbers are refused on their length.
func dtNumericShape(w string) bool {
	if len(w) < 6 || len(w) > 10 || w[0] < '0' || w[0] > '9' {
		return false
	}
	if _, _, _, ok := dtSplitYearFirst(w); ok {
		return true
	}
	a, b, y, sep, ok := dtSplitNumeric(w)
	return ok && a != "" && b != "" && (len(y) == 4 || len(y) == 2 && sep == '/')
}

// dtSplitYearFirst reads "2025/08/08" or "2025.08.08": a year first, then month and day on two
// digits each (the East Asian and ISO-like forms, never written year-day-month).
func dtSplitYearFirst(w string) (y, m, d int, ok bool) {
	if len(w) != 10 || (w[4] != '/' && w[4] != '.') || w[7] != w[4] {
		return 0, 0, 0, false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if w[i] < '0' || w[i] > '9' {
			return 0, 0, 0, false
		}
	}
	return dtAtoi(w[:4]), dtAtoi(w[5:7]), dtAtoi(w[8:]), true
}

// dtSplitNumeric splits "8/8/2025" into its three runs of digits and the separator; ok is false
// when w is not three runs of 1-2, 1-2 and 2 or 4 digits joined by one separator, "/" or ".".
func dtSplitNumeric(w string) (a, b, y string, sep byte, ok bool) {
	i := 0
	run := func() string {
		s := i
		for i < len(w) && w[i] >= '0' && w[i] <= '9' {
			i++
		}
		return w[s:i]
	}
	a = run()
	if i >= len(w) || (w[i] != '/' && w[i] != '.') || len(a) == 0 || len(a) > 2 {
		return "", "", "", 0, false
	}
	sep = w[i]
	i++
	b = run()
	if i >= len(w) || w[i] != sep || len(b) == 0 || len(b) > 2 {
		return "", "", "", 0, false
	}
	i++
	y = run()
	if i != len(w) || (len(y) != 4 && len(y) != 2) {
		return "", "", "", 0, false
	}
	return a, b, y, sep, true
}

// dtAtoi reads a short run of digits.
func dtAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dtNumericNotBefore are the words after which a numeric date shape is a number of another kind:
// a version, a reference, a page, a phone number ("version 1.2.2025", "case no. 3/14/2025").
var dtNumericNotBefore = map[string]bool{
	"version": true, "v": true, "ver": true, "build": true, "release": true, "firmware": true,
	"patch": true, "update": true, "no": true, "nos": true, "number": true, "num": true, "ref": true,
	"#": true, "page": true, "pages": true, "p": true, "pp": true, "phone": true, "tel": true,
	"fax": true, "ratio": true, "score": true, "scores": true, "odds": true, "ip": true, "file": true,
}

// readNumeric reads a numeric date at token j: one number token ("8/8/2025", "14.03.2025",
// "3/14/25" after "on") or five glued tokens ("3-14-2025"). It returns the spec and its last token.
func readNumeric(s *Sent, j int) (dateSpec, int, bool) {
	t := &s.Tokens[j]
	if t.Kind != segment.Number {
		return dateSpec{}, 0, false
	}
	if yr, m, d, ok := dtSplitYearFirst(t.Text); ok {
		if yr < 1900 || yr > 2100 || !dtValidDay(yr, m, d) || !dtNumericAlone(s, j, j) {
			return dateSpec{}, 0, false
		}
		return dateSpec{kind: specDay, year: yr, month: m, day: d}, j, true
	}
	var a, b, y string
	var sep byte
	last := j
	if a1, b1, y1, sep1, ok := dtSplitNumeric(t.Text); ok {
		a, b, y, sep = a1, b1, y1, sep1
		if len(y) == 2 && (sep != '/' || s.Lower(j-1) != "on") {
			return dateSpec{}, 0, false // "1/2/25" is a date only as "on 1/2/25"
		}
	} else if dtIsDigits(*t) && len(t.Text) <= 2 && j+4 < len(s.Tokens) {
		// "3-14-2025": the tokens 3 - 14 - 2025, glued
		for k := j + 1; k <= j+4; k++ {
			if s.Tokens[k].Start != s.Tokens[k-1].End {
				return dateSpec{}, 0, false
			}
		}
		if s.Lower(j+1) != "-" || s.Lower(j+3) != "-" || !dtIsDigits(s.Tokens[j+2]) || len(s.Tokens[j+2].Text) > 2 ||
			!dtIsDigits(s.Tokens[j+4]) || len(s.Tokens[j+4].Text) != 4 {
			return dateSpec{}, 0, false
		}
		a, b, y, sep, last = t.Text, s.Tokens[j+2].Text, s.Tokens[j+4].Text, '-', j+4
	} else {
		return dateSpec{}, 0, false
	}
	if !dtNumericAlone(s, j, last) {
		return dateSpec{}, 0, false
	}
	p1, p2, yr := dtAtoi(a), dtAtoi(b), dtAtoi(y)
	sp := dateSpec{kind: specDay, year: yr}
	if len(y) == 2 {
		sp.year = 2000 + yr
		sp.num |= numShortYear
	} else if yr < 1900 || yr > 2100 {
		return dateSpec{}, 0, false
	}
	switch {
	case sep == '.':
		// dotted dates are written day first; "3.14.2025" is no date but a version or a code
		sp.day, sp.month = p1, p2
	case p1 == p2:
		sp.day, sp.month = p1, p2
	case p1 > 12:
		sp.day, sp.month = p1, p2
		sp.num |= numDayFirst
	case p2 > 12:
		sp.month, sp.day = p1, p2
		sp.num |= numMonthFirst
	default:
		sp.month, sp.day = p1, p2
		sp.num |= numAmbiguous
	}
	if !dtValidDay(sp.year, sp.month, sp.day) {
		return dateSpec{}, 0, false
	}
	return sp, last, true
}

// dtNumericAlone reports whether tokens first..last stand alone as a date: not glued to a word,
// a number, a slash or a dash before or after (a path, an address, a longer code), and not after
// a word that makes them a version, a reference or a phone number.
func dtNumericAlone(s *Sent, first, last int) bool {
	if first > 0 {
		p := &s.Tokens[first-1]
		if p.End == s.Tokens[first].Start {
			switch p.Text {
			case "(", "[", "\"", "'", "“", "‘":
			default:
				return false
			}
		}
		w := s.Lower(first - 1)
		if dtNumericNotBefore[w] || w == "." && dtNumericNotBefore[s.Lower(first-2)] {
			return false
		}
	}
	if last+1 < len(s.Tokens) {
		n := &s.Tokens[last+1]
		if n.Start == s.Tokens[last].End {
			switch n.Text {
			case "/", "-", "–", "_", "@", "%":
				return false
			}
			if n.Kind == segment.Word || n.Kind == segment.Number {
				return false
			}
			// "8/8/2025.pdf", "3.4.2025.1": a dot or colon that goes on into a word or number
			if last+2 < len(s.Tokens) && s.Tokens[last+2].Start == n.End && (n.Text == "." || n.Text == ":") &&
				(s.Tokens[last+2].Kind == segment.Word || s.Tokens[last+2].Kind == segment.Number) {
				return false
			}
		}
	}
	return true
}

// dtDayFirstDomains are the country domains of the English-language press that writes dates day
// first; "us" and "ph" write them month first. Generic domains (.com, .org) tell nothing.
var dtDayFirstDomains = map[string]bool{
	"uk": true, "ie": true, "au": true, "nz": true, "in": true, "za": true, "ng": true, "ke": true,
	"gh": true, "pk": true, "lk": true, "bd": true, "sg": true, "my": true, "hk": true, "mt": true,
	"ug": true, "tz": true, "zw": true, "jm": true, "tt": true, "fj": true,
}

// dtSourceOrder reads a day-first or month-first signal from a source's address: +1 month first,
// -1 day first, 0 none.
func dtSourceOrder(rawURL string) int {
	if rawURL == "" {
		return 0
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return 0
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	tld := host[strings.LastIndexByte(host, '.')+1:]
	switch {
	case tld == "us" || tld == "ph":
		return 1
	case dtDayFirstDomains[tld]:
		return -1
	}
	return 0
}

// dtSettleNumeric settles the numeric dates of one document's readings rs: an ambiguous order is
// taken from the document's other numeric dates or, failing them, from the source's domain, and a
// two-digit year gets its century from the publication year. A reading that cannot be settled is
// marked invalid: no date is read from it; a settled one is resolved again.
func dtSettleNumeric(rs []dateReading, sourceURL string, pubYear int) {
	order, seen := 0, false
	for i := range rs {
		switch f := rs[i].expr.spec.num; {
		case f&numMonthFirst != 0:
			order, seen = dtJoinOrder(order, seen, 1)
		case f&numDayFirst != 0:
			order, seen = dtJoinOrder(order, seen, -1)
		}
	}
	if !seen {
		order = dtSourceOrder(sourceURL)
	}
	for i := range rs {
		sp := &rs[i].expr.spec
		if sp.num&(numAmbiguous|numShortYear) == 0 {
			continue
		}
		if sp.num&numAmbiguous != 0 {
			switch order {
			case 1:
			case -1:
				sp.month, sp.day = sp.day, sp.month
			default:
				rs[i].valid = false
				continue
			}
		}
		if sp.num&numShortYear != 0 {
			if pubYear == 0 {
				rs[i].valid = false
				continue
			}
			switch {
			case sp.year > pubYear+20:
				sp.year -= 100 // "on 3/14/98" in 2025 is 1998
			case sp.year > pubYear+1:
				rs[i].valid = false // "on 3/14/31" in 2025: 2031 or 1931, no reader could tell
				continue
			}
			if !dtValidDay(sp.year, sp.month, sp.day) { // 29/2: a leap day of the other century
				rs[i].valid = false
				continue
			}
		}
		sp.num &^= numAmbiguous | numShortYear
		rs[i].value.Resolved = false
		rs[i].value.Start, rs[i].value.End = "", ""
		if p, ok := dtResolveSpan(*sp, nil, tenseUnknown); ok {
			rs[i].p = p
			rs[i].value.Start, rs[i].value.End = p.iso()
			rs[i].value.Resolved = true
		} else {
			rs[i].valid = false
		}
	}
}

// dtJoinOrder adds one date's order to what the document's dates told so far: two dates that
// tell different orders leave none (the article mixes styles, or one of them is no date).
func dtJoinOrder(order int, seen bool, o int) (int, bool) {
	if !seen {
		return o, true
	}
	if order != o {
		return 0, true
	}
	return order, true
}
