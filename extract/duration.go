package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// durations reads lengths of time tied to what lasts: "a 50-day window", "talks lasted six hours",
// "jailed for 10 years", "a nearly hour-long call". Units are normalised to seconds, minutes
// (minutes and hours under a day), days (a day or more of hours, days, weeks), months, or years
// (years, decades): a 72-hour truce is a three-day one, while a six-month ban never meets a
// 180-day one (the unit is part of the key).
type durations struct{}

func (durations) Name() string { return "duration" }

type timeUnit struct {
	unit   string
	factor float64
}

var durationUnits = map[string]timeUnit{
	"second": {"seconds", 1}, "seconds": {"seconds", 1}, "minute": {"minutes", 1},
	"minutes": {"minutes", 1}, "mins": {"minutes", 1}, "hour": {"minutes", 60}, "hours": {"minutes", 60},
	"hrs": {"minutes", 60}, "day": {"days", 1}, "days": {"days", 1}, "week": {"days", 7}, "weeks": {"days", 7},
	"fortnight": {"days", 14}, "fortnights": {"days", 14}, "month": {"months", 1}, "months": {"months", 1},
	"year": {"years", 1}, "years": {"years", 1}, "decade": {"years", 10}, "decades": {"years", 10},
}

// durationUnit is durationUnits[w]. A small map answers one question faster than classOf does:
// the word-class index pays where it replaces several lookups.
func durationUnit(w string) (timeUnit, bool) {
	u, ok := durationUnits[w]
	return u, ok
}

// changeVerbDur is changeVerbsDur[w].
func changeVerbDur(w string) (string, bool) {
	d, ok := changeVerbsDur[w]
	return d, ok
}

// changeVerbDurAt is changeVerbsDur[s.Lower(k)], asked only of the words the word classes list.
func changeVerbDurAt(s *Sent, k int) (string, bool) {
	if !s.lowerIs(k, wChangeVerbDur) {
		return "", false
	}
	return changeVerbDur(s.Lower(k))
}

// notDurationAfter follow a number of units that is no length of something: "10 years ago", "a
// 40-year high", "the 10-year Treasury yield", "two years after the crash".
var notDurationAfter = map[string]bool{
	"ago": true, "old": true, "high": true, "highs": true, "low": true, "lows": true, "record": true,
	"bond": true, "bonds": true, "note": true, "notes": true, "yield": true, "yields": true,
	"treasury": true, "treasuries": true, "gilt": true, "gilts": true, "bund": true, "bunds": true,
	"mortgage": true, "later": true, "earlier": true, "after": true, "before": true, "since": true,
	"anniversary": true, "late": true, "behind": true, "prior": true, "apart": true, "running": true,
	"straight": true, "younger": true, "older": true, "senior": true, "junior": true, "on": true,
}

// notDurationBefore precede a number of units that marks a period or a point, not a length:
// "in the past 24 hours", "every 15 minutes", "in three weeks", "the first 100 days".
var notDurationBefore = map[string]bool{
	"every": true, "each": true, "past": true, "last": true, "next": true, "previous": true, "coming": true,
	"recent": true, "first": true, "in": true, "final": true, "latest": true, "per": true, "aged": true,
}

// periodBefore reports whether token k marks a period or a point before a number of units; "last"
// is a verb after "to" or an auxiliary ("expected to last three weeks").
func periodBefore(s *Sent, k int) bool {
	w := s.Lower(k)
	if w == "last" && (s.Lower(k-1) == "to" || s.lowerIs(k-1, wAux)) {
		return false
	}
	return listed(w, wNotDurBefore)
}

// readDurations finds the durations of a sentence.
func readDurations(s *Sent) []qty { return readDurationsTo(nil, s) }

// readDurationsTo appends the durations of a sentence to out, in sentence order.
func readDurationsTo(out []qty, s *Sent) []qty {
	base := len(out)
	for ni := range s.Numbers {
		n := &s.Numbers[ni]
		if n.ID || n.Ordinal || n.Year || n.Age || n.Date || n.Fraction || n.Prefix != "" || n.Scale != "" {
			continue
		}
		if !mayBeDuration(s, n) {
			continue
		}
		q, ok := durationAt(s, n)
		if !ok {
			continue
		}
		out = append(out, q)
	}
	// tokens inside the durations read so far are used
	read := len(out)
	used := func(k int) bool {
		for i := base; i < read; i++ {
			if k >= out[i].first && k <= out[i].last {
				return true
			}
		}
		return false
	}
	// "a nearly hour-long call", "for a week", "for a decade"
	if s.sum&(fFor|fUnitLong) == 0 {
		sortQty(out[base:])
		return out
	}
	// scan reads the token k as "hour-long" or as the unit of "for a week"
	scan := func(k int) {
		w := s.lower[k]
		// both forms need a unit word of 3 to 10 letters ("day", "fortnights"; "hour-long" has 5
		// more): the lower-case text decides most tokens before the token itself is looked at
		if len(w) > 15 || len(w) < 3 {
			return
		}
		if len(w) >= 8 && w[len(w)-1] == 'g' && strings.HasSuffix(w, "-long") { // "day-long" is the shortest
			if !s.isWord(k) || used(k) {
				return
			}
			base := w[:len(w)-5]
			if u, ok := durationUnit(base); ok {
				iv, _, first, hedged := numbers.Hedge(s.Tokens, k, u.factor)
				if !hedged {
					first = k
				}
				out = append(out, qty{kind: "duration", first: first, last: k, num: k, iv: iv, unit: u.unit})
			}
			return
		}
		// a unit after "for a" is singular: 3 to 9 letters, not ending in s, opening with a unit's letter
		if len(w) > 9 || w[len(w)-1] == 's' || !unitFirst[w[0]] {
			return
		}
		if a := s.Lower(k - 1); (a != "a" && a != "an") || s.Lower(k-2) != "for" || !s.isWord(k) || used(k) {
			return
		}
		if u, ok := durationUnit(w); ok && !strings.HasSuffix(w, "s") && !s.lowerIs(k+1, wNotDurAfter) {
			out = append(out, qty{kind: "duration", first: k - 1, last: k, num: k, iv: model.Exact(u.factor), unit: u.unit})
		}
	}
	fs := s.facts
	if len(fs) != len(s.lower) {
		// not expected: every token is read
		for k := range s.lower {
			scan(k)
		}
		sortQty(out[base:])
		return out
	}
	// "hour-long" is a word with fUnitLong, "for a week" a unit two tokens after a word with fFor:
	// the facts of the tokens point to the only tokens scan can read a duration at. A unit after
	// "for" is read before the word between them, which then is "a" or "an", never "hour-long":
	// the durations come in the order of their tokens all the same.
	for j, f := range fs {
		if f&(fFor|fUnitLong) == 0 {
			continue
		}
		if f&fUnitLong != 0 {
			scan(j)
		}
		if f&fFor != 0 && j+2 < len(fs) && fs[j+2]&fUnitLong == 0 {
			scan(j + 2) // a word with fUnitLong is read at its own turn
		}
	}
	sortQty(out[base:])
	return out
}

// unitFirst are the first letters of the singular units (second, minute, hour, day, week,
// fortnight, month, year, decade).
var unitFirst = func() (t [256]bool) {
	for _, c := range "smhdwfy" {
		t[c] = true
	}
	return
}()

// mayBeDuration reports whether durationAt can read a duration at n: a unit joined to the numeral
// ("ten-day"), a hyphen after it ("50-day") or a unit word after it ("six hours"). It only spares
// durationAt (and the copy of its result) the numbers that are no duration.
func mayBeDuration(s *Sent, n *numbers.Number) bool {
	if n.Words && strings.IndexByte(s.Lower(n.Last), '-') >= 0 {
		return true
	}
	w := s.Lower(n.Last + 1)
	if w == "-" {
		return true
	}
	return s.lowerIs(n.Last+1, wDurationUnit)
}

// durationAt reads a duration whose numeral is n: "50-day", "ten-day", "six hours".
func durationAt(s *Sent, n *numbers.Number) (qty, bool) {
	var u timeUnit
	last := n.Last
	hyphen := false
	w := s.Lower(n.Last)
	switch {
	case n.Words && strings.Contains(w, "-"):
		// "ten-day", "three-hour-long", "five-year-old" (an age, refused by numbers)
		parts := strings.Split(w, "-")
		found := false
		for i, p := range parts {
			if uu, ok := durationUnit(p); ok && i > 0 {
				u, found = uu, true
				if i+1 < len(parts) && parts[i+1] != "long" {
					return qty{}, false
				}
				break
			}
		}
		if !found {
			return qty{}, false
		}
		hyphen = true
	case s.Lower(n.Last+1) == "-" && s.isWord(n.Last+2) && s.Tokens[n.Last+1].Start == s.Tokens[n.Last].End:
		word := s.Lower(n.Last + 2)
		base := strings.TrimSuffix(word, "-long")
		uu, ok := durationUnit(base)
		if !ok {
			return qty{}, false
		}
		u, last, hyphen = uu, n.Last+2, true
	default:
		uu, ok := durationUnit(s.Lower(n.Last + 1))
		if !ok {
			return qty{}, false
		}
		u, last = uu, n.Last+1
		if s.Lower(last+1) == "-" && s.Lower(last+2) == "old" {
			return qty{}, false
		}
	}
	// the tail of "2 hours 45 minutes" belongs to its head
	tail := n.First - 1
	if s.Lower(tail) == "and" {
		tail--
	}
	if _, ok := durationUnit(s.Lower(tail)); ok && tail >= 1 {
		for mi := range s.Numbers {
			if s.Numbers[mi].Last == tail-1 {
				return qty{}, false
			}
		}
	}
	iv := n.Interval
	iv.Low *= u.factor
	iv.High *= u.factor
	// "2 hours 45 minutes", "three hours and 20 minutes"
	if !hyphen {
		k := last + 1
		if s.Lower(k) == "and" {
			k++
		}
		if k < len(s.Tokens) && s.Tokens[k].Kind == segment.Number {
			if u2, ok := durationUnit(s.Lower(k + 1)); ok && u2.unit == u.unit && u2.factor < u.factor {
				if v, ok := parseSmall(s.Tokens[k].Text); ok {
					iv.Low += v * u2.factor
					iv.High += v * u2.factor
					last = k + 1
				}
			}
		}
	}
	if s.lowerIs(last+1, wNotDurAfter) && !(s.Lower(last+1) == "behind" && s.Lower(last+2) == "bars") && !onDate(s, last+1) || periodBefore(s, n.First-1) || s.Lower(n.First-1) == "the" && periodBefore(s, n.First-2) {
		return qty{}, false
	}
	if !hyphen && s.Lower(last+1) == "of" && s.Lower(last+2) == "age" {
		return qty{}, false
	}
	q := qty{kind: "duration", first: n.First, last: last, num: n.NumFirst, iv: iv, unit: u.unit}
	dayScale(&q)
	return q, true
}

// onDate reports whether token k is an "on" that opens a date ("jailed for nine years on
// Friday", "talks lasted six hours on March 3"): a length followed by the day it was set, not the
// "two years on" of a time since.
func onDate(s *Sent, k int) bool {
	if s.Lower(k) != "on" {
		return false
	}
	if _, ok := weekdayAt(s, k+1); ok {
		return true
	}
	return isMonthWord(s.Lower(k+1)) && s.Tokens[k+1].IsCapitalized()
}

// dayScale states a length of a day or more in days, whatever unit it was written in, so that a
// 72-hour truce and a three-day truce are one figure: minutes from 1,440 on become days.
func dayScale(q *qty) {
	if q.unit == "minutes" && q.iv.Low >= 1440 {
		q.unit = "days"
		q.iv.Low = inDays(q.iv.Low)
		if !q.iv.Unbounded {
			q.iv.High = inDays(q.iv.High)
		}
	}
}

// inDays turns minutes into days, to the second: 70 hours are 2.916667 days.
func inDays(m float64) float64 { return math.Round(m/1440*1e6) / 1e6 }

// parseSmall reads plain digits ("45").
func parseSmall(t string) (float64, bool) {
	v, err := strconv.ParseFloat(t, 64)
	return v, err == nil && !strings.ContainsAny(t, ",/:")
}

func sortQty(qs []qty) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].first < qs[j-1].first; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

func (du durations) Extract(d *Doc) []model.Claim {
	cs := d.quantityClaims(readDurationsTo, func(s *Sent, qs []qty, i int) bool { return du.measure(d, s, qs, i) })
	termsWithoutPeriod(cs)
	return cs
}

// appendClaims appends the durations' claims to b (claimAppender).
func (du durations) appendClaims(d *Doc, b *claimBufs) {
	first := len(b.claims)
	d.appendQuantityClaimsFor(b, &d.figs[figDuration], readDurationsTo, func(s *Sent, qs []qty, i int) bool { return du.measure(d, s, qs, i) }, false, fFor|fUnitLong)
	termsWithoutPeriod(b.claims[first:])
}

// termsWithoutPeriod leaves the period out of the keys of prison terms: "jailed for nine years in
// March" names when the term was passed, and is the term a report without the month gives.
func termsWithoutPeriod(cs []model.Claim) {
	for i := range cs {
		if strings.HasPrefix(cs[i].Key, "quantity|duration|sentenc") {
			dropKeyPeriod(&cs[i], 5) // quantity|duration|what|unit|scope|period
		}
	}
}

// measure says what duration i of qs measures; every duration is a claim.
func (durations) measure(d *Doc, s *Sent, qs []qty, i int) bool {
	d.durationWhat(s, qs, i)
	d.responseTime(s, &qs[i]) // "police arrived within three minutes" (duration_response.go)
	return true
}

// durationLinking words join a thing to how long it lasts: "talks lasted six hours".
var durationLinking = map[string]bool{
	"lasted": true, "last": true, "lasts": true, "lasting": true, "took": true, "take": true, "takes": true,
	"taking": true, "spanned": true, "spans": true, "ran": true, "run": true, "runs": true, "running": true,
	"stretched": true, "went": true, "continued": true, "endured": true, "dragged": true, "on": true,
	"expected": true, "scheduled": true, "set": true, "due": true,
}

// changeVerbsDur change a length of time: "shortened the 50-day window to ten days".
var changeVerbsDur = map[string]string{
	"shortened": "down", "shortens": "down", "shorten": "down", "cut": "down", "cuts": "down", "reduced": "down",
	"reduces": "down", "reduce": "down", "slashed": "down", "halved": "down", "trimmed": "down",
	"extended": "up", "extends": "up", "extend": "up", "lengthened": "up", "doubled": "up", "prolonged": "up",
	"raised": "up", "increased": "up", "moved": "change", "changed": "change", "brought": "down",
}

var prisonWords = map[string]bool{"prison": true, "jail": true, "custody": true, "detention": true, "gaol": true, "bars": true} // "behind bars"

// durationWhat reads what lasts: the noun a length modifies ("a 50-day window"), the thing it is
// "of" ("36 hours of rain"), a prison term, the object of a change ("shortened the window to ten
// days"), the subject of "lasted", or the verb of "for" ("talked for six hours").
func (d *Doc) durationWhat(s *Sent, qs []qty, i int) {
	q := &qs[i]
	q.after = q.last
	q.prev = s.earlierFigure(q.first)
	// the object of a change verb, replaced by a later "to …" figure: "shortened his 50-day window … to ten days"
	for k := q.first - 1; k >= 0 && k >= q.first-4; k-- {
		if s.lowerIs(k, wChangeVerbDur) {
			for _, o := range qs[i+1:] {
				if s.Lower(o.first-1) == "to" || s.Lower(o.first-2) == "to" {
					q.prev = true
				}
			}
			break
		}
		if !s.isWord(k) {
			break
		}
	}
	// attributive: "a 50-day window", "a nearly hour-long call"
	if p := s.npAfter(q.last + 1); p.ok() && s.lowerWord(p.last) && s.Tokens[q.last].Kind == segment.Word || s.Lower(q.last-1) == "-" {
		if p := s.npAfter(q.last + 1); p.ok() && s.lowerWord(p.last) {
			if w, label := d.words(s, p); len(w) > 0 {
				q.what, q.label, q.after = w, label, p.last
				if s.lowerIs(p.last, wPrison) || w[len(w)-1] == "sentenc" || w[len(w)-1] == "term" && prisonTermNP(s, p) {
					d.prisonTerm(s, q, holderVerb(s, q.first-1))
				}
				return
			}
		}
	}
	// "36 hours of heavy rain", "27 years in prison"
	if s.Lower(q.last+1) == "of" {
		k := q.last + 2
		for s.Lower(k) == "the" {
			k++
		}
		if p := s.npAfter(k); p.ok() && s.lowerWord(p.last) {
			if w, label := d.words(s, p); len(w) > 0 {
				q.what, q.label, q.after = w, label, p.last
				return
			}
		}
	}
	if (s.Lower(q.last+1) == "in" || s.Lower(q.last+1) == "behind") && s.lowerIs(q.last+2, wPrison) {
		q.after = q.last + 2
		d.prisonTerm(s, q, sentencingVerbAround(s, q.first-1)) // "Hale was sentenced to seven years in prison"
		return
	}
	// "to ten days" after a change verb, "by 60 days", "sentenced to 18 months"
	before := q.first - 1
	for s.Lower(before) == "just" || s.Lower(before) == "only" || s.Lower(before) == "mere" || s.Lower(before) == "a" && s.Lower(before+1) == "mere" {
		before--
	}
	if p := s.Lower(before); p == "to" || p == "by" {
		for k := before - 1; k >= 0 && k >= before-16; k-- {
			w := s.Lower(k)
			if dir, ok := changeVerbDurAt(s, k); ok {
				if p == "by" {
					q.change = dir
				}
				for _, o := range qs[:i] {
					if o.first > k && len(o.what) > 0 {
						q.what, q.label = o.what, o.label
						return
					}
				}
				m := k + 1
				for s.Lower(m) == "the" || s.Lower(m) == "a" || s.Lower(m) == "its" || s.Lower(m) == "his" || s.Lower(m) == "her" || s.Lower(m) == "their" {
					m++
				}
				if np := s.npAfter(m); np.ok() {
					if w, label := d.words(s, np); len(w) > 0 {
						q.what, q.label = w, label
						return
					}
				}
				break
			}
			if st := stem(w); st == "sentenc" || st == "jail" || st == "imprison" {
				d.prisonTerm(s, q, k)
				return
			}
		}
	}
	// "it took firefighters four days to contain the blaze"
	if s.Lower(q.last+1) == "to" && s.lowerWord(q.last+2) {
		v := q.last + 2
		w := []string{stemAs(s.Lower(v), s.classAt(v))}
		label := s.Tokens[v].Text
		m := v + 1
		for s.Lower(m) == "the" || s.Lower(m) == "a" {
			m++
		}
		if p := s.npAfter(m); p.ok() && s.lowerWord(p.last) {
			pw, pl := d.words(s, p)
			w = append(w, pw...)
			label += " " + pl
		}
		q.what, q.label = w, label
		return
	}
	// "the strike, which lasted 11 days", "the trial is expected to last three weeks"
	if k, _, _ := s.skipBack(q.first-1, wDurationLink); k < q.first-1 && s.lowerIs(k+1, wDurationLink) || s.lowerIs(q.first-1, wDurationLink) {
		if head, comp, scope, _ := s.subjectBefore(k); head.ok() {
			w, label := d.words(s, head)
			if comp.ok() {
				cw, cl := d.words(s, comp)
				w = d.withComplement(w, cw)
				label += " of " + cl
			}
			if len(w) > 0 {
				q.what, q.label = w, label
				if scope.ok() {
					q.scope = s.joinText(scope.first, scope.last) // the label words would give
				}
				return
			}
		}
	}
	// "talked for six hours", "jailed him for 10 years", "remain in place for six months"
	if s.Lower(q.first-1) == "for" {
		for k := q.first - 2; k >= 0 && k >= q.first-7; k-- {
			w := s.Lower(k)
			c := s.classAt(k)
			if !s.lowerWord(k) || c&wFunction != 0 && c&wAux == 0 {
				if s.Lower(k) == "for" || s.Lower(k) == "in" || s.Lower(k) == "the" || s.Lower(k) == "him" || s.Lower(k) == "her" || s.Lower(k) == "them" {
					continue
				}
				if !s.isWord(k) {
					break
				}
				continue
			}
			if c&(wAux|wTime) != 0 {
				continue
			}
			if strings.HasSuffix(w, "ed") || c&wIrregularPast != 0 || s.lowerIs(k-1, wAux) && s.Lower(k-1) != "to" || s.Lower(k-1) == "to" || c&(wUp|wDown) != 0 {
				q.what = d.stems(0, []string{stem(w)})
				q.label = s.Tokens[k].Text
				q.owner = d.ownerOf(s, k)
				if s.subjectPronoun(k) && q.what[0] != "sentenc" {
					q.what = nil // "they talked for six hours": who is not said
				}
				if len(q.what) > 0 && q.what[0] == "sentenc" {
					d.prisonTerm(s, q, k) // "Mark Ellis was jailed for four years"
				}
				return
			}
		}
	}
}
