package extract

import "github.com/crosscheck/crosscheck/segment"

// A strike that ends, is called off or is suspended is a walkout: "the strike is expected to end
// on Friday", "the strike was called off on Tuesday", "bosses want to end the strike". Attacks are
// launched, carried out and hit; a strike on a target ("called off the strike on Iran") stays an
// attack, and war words in the sentence still win (strikeEvent).

// strikeEnding reports whether the strike noun at i is the subject or object of a verb that ends
// or suspends it, with no target after it ("on Kharkiv", "against Iran").
func strikeEnding(s *Sent, i int) bool {
	if p := s.Lower(i + 1); (p == "on" || p == "against") && i+2 < len(s.Tokens) && dtCap(&s.Tokens[i+2]) {
		if _, isDay := weekdayAt(s, i+2); !isDay && !isMonthWord(s.Lower(i+2)) {
			return false // a target, not a date
		}
	}
	// the strike as subject: "the strike ended", "is expected to end", "was called off"
	for j := i + 1; j < len(s.Tokens) && j <= i+9; j++ {
		if strikeEndWord(s, j) {
			return true
		}
		// only the verb group's auxiliaries and hedges between, and a name the strike is at ("the
		// strike at Caledonian Isles Ferries will end"): "the strike on Friday ended a truce" is
		// no strike ending
		if w := s.Lower(j); !(dtIsBe(w) || dtIsModal(w) || dtIsFutureAux(w) || adverbAt(s, j) || w == "to" || w == "expected" ||
			w == "due" || w == "set" || w == "likely" || w == "has" || w == "have" || w == "had" || w == "being" ||
			w == "at" || w == "by" || strikeAtName(s, j)) {
			break
		}
	}
	// the strike as object: "to end the strike", "called off the strike", "suspended its strike"
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if strikeEndWord(s, j) {
			return true
		}
		if w := s.Lower(j); !(w == "the" || w == "a" || w == "its" || w == "their" || w == "planned" || w == "off" || dtIsPossessive(w)) {
			return false
		}
	}
	return false
}

// strikeEndWord reports whether token j is a verb that ends or suspends a walkout: end, suspend,
// or call off (with "off" after "called", or "called" before "off").
func strikeEndWord(s *Sent, j int) bool {
	switch s.Lower(j) {
	case "end", "ends", "ended", "ending", "suspend", "suspends", "suspended", "suspending":
		return true
	case "call", "calls", "called", "calling":
		return s.Lower(j+1) == "off"
	case "off":
		switch s.Lower(j - 1) {
		case "call", "calls", "called", "calling":
			return true
		}
	}
	return false
}

// strikeAtName reports whether token j is a capitalised word of a name, no weekday or month.
func strikeAtName(s *Sent, j int) bool {
	if s.Tokens[j].Kind != segment.Word || !dtCap(&s.Tokens[j]) {
		return false
	}
	_, isDay := weekdayAt(s, j)
	return !isDay && !isMonthWord(s.Lower(j))
}
