package extract

import "github.com/crosscheck/crosscheck/segment"

// A figure's level is dated by the period it was measured over: "Unemployment in the region
// stood at 6% last year", "Inflation remained at 3% in 2023". The date is no event's: two
// sources giving different periods for their figures ("stood at 4% last year", "stood at 3.1% in
// 2023") report two measures, not one misdated happening, and the figures themselves are
// compared as quantities. Such a verb names no event.

// dtLevelAt reports whether the verb at k states a level: "stand", "remain" or "sit" before "at"
// and a figure ("stood at 6%", "remained at about 3.1%"); "remained at the base until Friday"
// is a stay, an event.
func dtLevelAt(s *Sent, k int) bool {
	v, ok := dtVerbAt(s, k)
	if !ok {
		return false
	}
	switch v.lemma {
	case "stand", "remain", "sit":
	default:
		return false
	}
	if s.Lower(k+1) != "at" {
		return false
	}
	n := k + 2
	switch s.Lower(n) {
	case "about", "around", "nearly", "almost", "roughly", "just", "some", "over", "under", "below", "above":
		n++ // "stood at about 6%"
	}
	if n >= len(s.Tokens) {
		return false
	}
	if s.Tokens[n].Kind == segment.Number {
		return true
	}
	switch w := s.Lower(n); w {
	case "record":
		return true // "stood at record highs"
	case "a", "an":
		return s.Lower(n+1) == "record" // "a record high"; not "remained at a base"
	default:
		_, word := dtSmallNumber(w)
		return word // "stood at two million"
	}
}
