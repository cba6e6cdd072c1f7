package extract

import "github.com/crosscheck/crosscheck/segment"

// An anaphoric date ("the same day", "that day", "the following day", "the day before") names no
// day itself: it is the day of the date just named, or one day on or back from it. "The plant
// closed on March 2, and the union called a strike the same day" dates the strike March 2. It is
// read only from a date named in its own sentence or the one before, when that date is one day
// said to be when something happened ("on March 2", not "before March 2" or "in March"); else
// it is left unread: a guess would date an event that no source dated.

// readAnaphor reads an anaphoric date at token j ("the" or "that"): its spec and last token.
// "The same day as the vote" and "the day before the vote" name their own reference, not the date
// before: they are refused.
func readAnaphor(s *Sent, j int) (dateSpec, int, bool) {
	w1, w2 := s.Lower(j+1), s.Lower(j+2)
	n, last := 0, -1
	switch {
	case s.Lower(j) == "that" && w1 == "day":
		last = j + 1
	case w1 == "same" && w2 == "day":
		last = j + 2 // "the same day", "that same day"
	case s.Lower(j) == "the" && w2 == "day" && (w1 == "following" || w1 == "next"):
		n, last = 1, j+2
	case s.Lower(j) == "the" && w2 == "day" && w1 == "previous":
		n, last = -1, j+2
	case s.Lower(j) == "the" && w1 == "day" && (w2 == "before" || w2 == "after"):
		if !dtClauseEndsAt(s, j+3) {
			return dateSpec{}, 0, false // "the day before the vote", "the day before yesterday"
		}
		n, last = 1, j+2
		if w2 == "before" {
			n = -1
		}
	default:
		return dateSpec{}, 0, false
	}
	if w := s.Lower(last + 1); w == "as" || w == "of" || w == "when" || w == "that" || w == "before" || w == "after" {
		return dateSpec{}, 0, false // "the same day as the vote", "that day of the year", "the next day that…"
	}
	return dateSpec{kind: specAnaphor, n: n}, last, true
}

// dtClauseEndsAt reports whether token k ends the sentence or is punctuation closing a clause.
func dtClauseEndsAt(s *Sent, k int) bool {
	if k >= len(s.Tokens) {
		return true
	}
	if s.Tokens[k].Kind != segment.Punct {
		return false
	}
	switch s.Tokens[k].Text {
	case ",", ".", ";", ":", "!", "?", ")", "—", "–":
		return true
	}
	return false
}

// dtResolveAnaphors resolves the anaphoric dates among one document's readings rs, in order,
// against the reading before each (see above). Those it cannot resolve are marked invalid.
func dtResolveAnaphors(d *Doc, rs []dateReading) {
	for i := range rs {
		r := &rs[i]
		if r.expr.spec.kind != specAnaphor {
			continue
		}
		r.valid = false
		if i == 0 {
			continue
		}
		a := &rs[i-1]
		if !a.valid || !a.value.Resolved || a.p.prec != 'd' || !a.p.lo.Equal(a.p.hi) || !dtSentWithin(d, a.sent, r.sent) {
			continue
		}
		if a.expr.prep != "" && datePreps[a.expr.prep] != "at" {
			continue // "before March 2", "since March 2", "by March 2": no one day named
		}
		day := a.p.lo.AddDate(0, 0, r.expr.spec.n)
		r.p = dtDaySpan(day, day)
		r.value.Start, r.value.End = r.p.iso()
		r.value.Resolved, r.valid = true, true
	}
}

// dtSentWithin reports whether sentence b is sentence a or the one after it in d.
func dtSentWithin(d *Doc, a, b *Sent) bool {
	if a == b {
		return true
	}
	for i := 1; i < len(d.Sentences); i++ {
		if &d.Sentences[i] == b {
			return &d.Sentences[i-1] == a
		}
	}
	return false
}
