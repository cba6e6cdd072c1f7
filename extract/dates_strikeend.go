package extract

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
	for j := i + 1; j < len(s.Tokens) && j <= i+6; j++ {
		w := s.Lower(j)
		if strikeEndWord(s, j) {
			return true
		}
		if w == "," || w == "." || w == "and" || w == "but" || w == "that" || w == "which" || w == "after" || w == "before" {
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
